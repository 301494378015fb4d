"""The certificate rule comes from the published plan; --min-sessions overrides it.

A laptop of group g1 ticks one member present at two sessions and another at one, and
syncs; the organisers publish the plan with ``certificate.min_sessions`` and issue the
certificates from the central store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from certificate_plans import tick, tick_and_sync, write_plan
from laptops import Laptop

from facilitator_app.cli import main
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.certificates import CertificateError, issue_certificates


@pytest.fixture
def synced(
    central_url: str, make_laptop: Callable[..., Laptop], tmp_path: Path
) -> tuple[str, str, str]:
    """A central store with the plan (rule: 2 sessions) and g1's attendance."""
    plan = write_plan(tmp_path, 2)
    assert main(["central", "publish", str(plan), "--central", central_url]) == 0
    twice, once = tick_and_sync(make_laptop("a", plan=False), plan, central_url)
    return central_url, twice, once


def register_lines(folder: Path) -> list[str]:
    return (folder / "certificates.csv").read_bytes().decode("utf-8-sig").splitlines()


def test_the_plans_rule_decides_who_gets_a_certificate(synced: tuple[str, str, str]) -> None:
    url, twice, once = synced
    central = CentralStore.open(url)
    try:
        issued = issue_certificates(central)
        assert (issued.rule.min_sessions, issued.rule.source) == (2, "plan")
        assert issued.rule.sessions_in_plan == 4
        assert [c.name for c in issued.certificates] == [twice]
        assert [s.key for s in issued.certificates[0].sessions] == ["s1", "s2"]
        # Only g1's laptop synced: the others' people cannot have a certificate yet.
        assert issued.no_attendance == [f"Gruppe {n}" for n in range(2, 10)]
        # The command's number overrides the plan's.
        issued = issue_certificates(central, min_sessions=1)
        assert (issued.rule.min_sessions, issued.rule.source) == (1, "command")
        assert sorted(c.name for c in issued.certificates) == sorted([twice, once])
        with pytest.raises(CertificateError, match="Nobody can attend 5 sessions"):
            issue_certificates(central, min_sessions=5)
    finally:
        central.close()


def test_the_command_prints_the_rule_and_the_register_states_it(
    synced: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, twice, once = synced
    capsys.readouterr()
    out = tmp_path / "plan-rule"
    assert main(["central", "certificates", "--central", url, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "rule: present at 2 or more of 4 session(s) (set by the plan)" in printed
    assert "1 certificate(s) issued" in printed
    assert "note: no attendance has arrived from Gruppe 2, Gruppe 3," in printed
    lines = register_lines(out)
    assert (
        lines[0]
        == "Regel;Til stede på minst 2 av idéverkstedets 4 sesjoner (satt i verkstedplanen)"
    )
    assert lines[1] == ""
    assert lines[2].split(";")[:3] == ["id", "Navn", "Kommune"]
    assert [line.split(";")[1] for line in lines[3:]] == [twice]

    out = tmp_path / "override"
    args = ["central", "certificates", "--central", url, "--out", str(out)]
    assert main([*args, "--min-sessions", "1", "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "rule: present at 1 or more of 4 session(s) (given with --min-sessions)" in printed
    lines = register_lines(out)
    assert lines[0] == (
        "Rule;Present at 1 or more of the workshop's 4 sessions "
        "(chosen when the certificates were made)"
    )
    assert sorted(line.split(";")[1] for line in lines[3:]) == sorted([twice, once])

    assert main([*args, "--min-sessions", "5"]) == 2
    assert "Nobody can attend 5 sessions: the workshop has 4." in capsys.readouterr().err


def test_republishing_without_a_rule_falls_back_to_one_session(
    synced: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, twice, once = synced
    plan = write_plan(tmp_path, None)
    assert main(["central", "publish", str(plan), "--central", url]) == 0
    capsys.readouterr()
    out = tmp_path / "default"
    assert main(["central", "certificates", "--central", url, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "rule: present at 1 or more of 4 session(s) (the default; the plan sets no rule)" in (
        printed
    )
    assert sorted(line.split(";")[1] for line in register_lines(out)[3:]) == sorted([twice, once])
    assert register_lines(out)[0].endswith("(standard: verkstedplanen setter ingen regel)")
    # And publishing a rule again reaches the store.
    assert main(["central", "publish", str(write_plan(tmp_path, 2)), "--central", url]) == 0
    central = CentralStore.open(url)
    try:
        assert [c.name for c in issue_certificates(central).certificates] == [twice]
    finally:
        central.close()


def test_purge_refuses_while_attendance_changed_after_the_certificates(
    central_url: str, make_laptop: Callable[..., Laptop], tmp_path: Path
) -> None:
    from facilitator_app.sync.certificates import verify_code
    from facilitator_app.sync.purge import PurgeError, purge_workshop

    url = central_url
    plan = write_plan(tmp_path, 2, only_g1=True)
    assert main(["central", "publish", str(plan), "--central", url]) == 0
    laptop = make_laptop("a", plan=False)
    twice, once = tick_and_sync(laptop, plan, url)
    central = CentralStore.open(url)
    try:
        # Sessions 3 and 4 brought nothing yet (the test is about attendance: accepted).
        with pytest.raises(PurgeError, match="have not been issued"):
            purge_workshop(central, "klimakronsj-2021", accept_missing=True)
        assert [c.name for c in issue_certificates(central).certificates] == [twice]
        # Ticked at a third session after the certificates: now 2 sessions, no certificate.
        tick(laptop, "s3", once, True)
        assert laptop.sync(url).waiting == 0
        with pytest.raises(PurgeError, match=f"1 participant\\(s\\) \\({once}\\)"):
            purge_workshop(central, "klimakronsj-2021", accept_missing=True)
        issued = issue_certificates(central).certificates
        assert sorted(c.name for c in issued) == sorted([twice, once])
        old_code = next(c.code for c in issued if c.name == twice)
        # A session corrected away: the certificate lists a session no longer ticked.
        tick(laptop, "s2", twice, False)
        assert laptop.sync(url).waiting == 0
        with pytest.raises(PurgeError, match=f"\\({twice}\\) arrived or changed"):
            purge_workshop(central, "klimakronsj-2021", accept_missing=True)
        # Issued again: one session is below the rule, so that certificate is withdrawn.
        assert [c.name for c in issue_certificates(central).certificates] == [once]
        assert not verify_code(central, old_code).valid
        result = purge_workshop(central, "klimakronsj-2021", accept_missing=True)
        assert (
            result.removed["participants"] == 6 and result.kept["certificates in the register"] == 1
        )
    finally:
        central.close()
