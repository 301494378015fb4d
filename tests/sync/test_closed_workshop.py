"""A purge stays a purge: after the organisers closed a workshop, laptops that still hold
it bring nothing of it back (not by the receipt's re-sending, not by a later edit, not by
a restored laptop re-sending everything, not by a summary file), and are told why.

Before ``sync/closed.py`` the next sync of any such laptop sent the purged group's rows
again: the receipt found the store lacking them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from laptops import SESSION_MORNING, Laptop, central_count
from sqlalchemy import create_engine, select

from facilitator_app.cli import main
from facilitator_app.clock import FakeClock
from facilitator_app.errors import SummaryError
from facilitator_app.models import Idea, Participant
from facilitator_app.services.purge import check_purge, closed_note, purge_laptop
from facilitator_app.services.summary import build_summary
from facilitator_app.services.summary_files import summary_to_json
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import CentralStore, init_central, sqlite_url
from facilitator_app.sync.certificates import issue_certificates
from facilitator_app.sync.ingest import ingest_file
from facilitator_app.sync.purge import purge_workshop
from facilitator_app.sync.service import sync_once

WORKSHOP = "klimakronsj-2021"


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[str, list[Laptop]]]:
    """Nine groups, each with one note by a named author, all synced."""
    url = sqlite_url(tmp_path / "central" / "central.sqlite3")
    init_central(url).close()
    made = []
    try:
        for n in range(1, 10):
            laptop = Laptop(tmp_path / f"laptop-{n}", FakeClock(SESSION_MORNING), group=f"g{n}")
            made.append(laptop)
            idea = laptop.add_idea(f"Sykkelvei fra gruppe {n}")
            with laptop.store.read() as s:
                author = s.scalars(
                    select(Participant.id).where(Participant.group_id == laptop.group.id)
                ).first()
            laptop.edit(Idea, idea, author_id=author)
            assert laptop.sync(url).waiting == 0
        yield url, made
    finally:
        for laptop in made:
            laptop.close()


def _names(laptop: Laptop) -> list[str]:
    with laptop.store.read() as s:
        return list(s.scalars(select(Participant.display_name)))


def _stored_text(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return "\n".join(
                payload
                for table in entity_tables.values()
                for (payload,) in conn.execute(select(table.c.payload))
            )
    finally:
        engine.dispose()


def _purge(url: str, *, keep_public_results: bool) -> None:
    central = CentralStore.open(url)
    try:
        issue_certificates(central)
        # The groups worked in session 1 only: the other sessions are accepted missing.
        purge_workshop(
            central, WORKSHOP, keep_public_results=keep_public_results, accept_missing=True
        )
    finally:
        central.close()


def test_a_kept_public_purge_is_not_undone_by_laptops_that_still_hold_the_workshop(
    laptops: tuple[str, list[Laptop]],
) -> None:
    url, made = laptops
    names = _names(made[0])
    ideas_before = central_count(url, "idea")
    _purge(url, keep_public_results=True)
    stored = _stored_text(url)
    assert not [n for n in names if n in stored]
    assert '"author_id": "' not in stored

    # A laptop that changed nothing syncs: nothing is sent again, it is told.
    report = made[0].sync(url)
    assert report.receipt is not None and report.receipt.resent == 0
    assert [c.key for c in report.closed] == [WORKSHOP]
    assert report.closed[0].kept_public
    assert any(line.startswith("closed: the organisers closed workshop") for line in report.lines())
    workshop_id = made[0].session.workshop_id
    assert closed_note(made[0].store, workshop_id) is not None

    # Another edits its note (the author again) and writes a new one: neither is kept,
    # both are acknowledged, so nothing waits and the laptop may let the workshop go.
    second = made[1]
    with second.store.read() as s:
        note = s.scalars(select(Idea).where(Idea.group_id == second.group.id)).one()
    second.edit(Idea, note.id, text="Sykkelvei, sa " + names[6])
    second.add_idea("En ny idé etter stengingen")
    report = second.sync(url)
    assert report.pushed.closed == 2 and report.pushed.stored == 0
    assert report.waiting == 0
    assert central_count(url, "idea") == ideas_before
    stored = _stored_text(url)
    assert not [n for n in names if n in stored]
    assert "etter stengingen" not in stored
    note = closed_note(second.store, workshop_id)
    assert note is not None and note.not_kept == 2
    assert "(2 change(s) from this laptop not kept)" in "\n".join(report.lines())
    check_purge(second.store, WORKSHOP)
    assert purge_laptop(second.store, WORKSHOP).removed["ideas"] >= 2
    assert not any(second.contents().values())


def test_a_whole_purge_stays_empty_after_a_restored_laptop_sends_everything_again(
    laptops: tuple[str, list[Laptop]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, made = laptops
    summary = build_summary(made[3].store, made[3].session.id, made[3].group.id)
    path = tmp_path / "g4.json"
    path.write_bytes(summary_to_json(summary))
    _purge(url, keep_public_results=False)
    assert _stored_text(url) == ""

    # A laptop restored from a backup forgets what the store acknowledged and sends its
    # whole change log again: the store keeps none of it.
    restored = made[2]
    restored.forget_acks()
    assert restored.unacked() > 0
    report = sync_once(restored.store, url)
    assert report.pushed.closed == report.pushed.sent > 0
    assert report.waiting == 0
    assert _stored_text(url) == ""
    # Nor does a summary file of the closed workshop get in.
    central = CentralStore.open(url)
    try:
        with pytest.raises(SummaryError, match="closed"):
            ingest_file(central, path)
    finally:
        central.close()
    assert main(["central", "ingest", str(path), "--central", url]) != 0
    assert "closed" in capsys.readouterr().err
    assert _stored_text(url) == ""
    # The command line says it, and what to do.
    made[4].close()
    assert main(["sync", "--data-dir", str(tmp_path / "laptop-5"), "--central", url]) == 0
    out = capsys.readouterr().out
    assert f"purge --workshop {WORKSHOP}" in out
    # The check says the same, not "nothing to deliver yet".
    folder = str(tmp_path / "laptop-5")
    assert main(["sync", "--check", "--data-dir", folder, "--central", url]) == 0
    out = capsys.readouterr().out
    assert f"workshop {WORKSHOP}: closed by the organisers" in out
    assert "no group content" not in out


def test_a_purge_reads_again_when_a_change_arrives_meanwhile(
    laptops: tuple[str, list[Laptop]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note synced between the purge reading the rows and locking the store is purged
    too (kept public: made anonymous), not left behind with its author."""
    from facilitator_app.sync import purge as purge_module

    url, made = laptops
    central = CentralStore.open(url)
    issue_certificates(central)
    reads = []
    real = purge_module.load_workshop_rows

    def read_then_sync(*args: object, **kwargs: object) -> object:
        rows = real(*args, **kwargs)  # type: ignore[arg-type]
        if not reads:
            made[4].add_idea("Kom inn mens det ble slettet")
            with made[4].store.read() as s:
                author = s.scalars(
                    select(Participant.id).where(Participant.group_id == made[4].group.id)
                ).first()
                late = s.scalars(select(Idea).where(Idea.text.startswith("Kom inn"))).one()
            made[4].edit(Idea, late.id, author_id=author)
            assert made[4].sync(url).pushed.stored >= 1
        reads.append(1)
        return rows

    monkeypatch.setattr(purge_module, "load_workshop_rows", read_then_sync)
    try:
        purge_workshop(central, WORKSHOP, keep_public_results=True, accept_missing=True)
    finally:
        central.close()
    assert len(reads) == 2
    late = [
        json.loads(p) for p in _stored_text(url).splitlines() if "Kom inn mens det ble slettet" in p
    ]
    assert len(late) == 1 and late[0]["author_id"] is None


def test_the_central_purge_command_asks_first(
    laptops: tuple[str, list[Laptop]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, _made = laptops
    central = CentralStore.open(url)
    try:
        issue_certificates(central)
    finally:
        central.close()
    before = _stored_text(url)
    args = ["central", "purge", "--workshop", WORKSHOP, "--central", url]
    # Sessions 2-4 brought nothing: refused before anything is asked.
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "nothing has arrived for Sesjon 2" in err and "--accept-missing" in err
    args.append("--accept-missing")
    # Not at a terminal and no --yes: refused in words.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(args) == 2
    assert "--yes" in capsys.readouterr().err
    # At a terminal, a wrong answer removes nothing.
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "something else")
    assert main(args) == 1
    assert "Not confirmed" in capsys.readouterr().err
    assert _stored_text(url) == before
    # The workshop's id purges it.
    monkeypatch.setattr("builtins.input", lambda _prompt: WORKSHOP)
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "cannot be undone" in out and f"workshop {WORKSHOP} purged" in out
    assert "nothing had arrived for (accepted): Sesjon 2" in out
    assert _stored_text(url) == ""


def test_a_laptop_that_chooses_another_store_forgets_the_closing(
    laptops: tuple[str, list[Laptop]], tmp_path: Path
) -> None:
    """The note belongs to the store that closed the workshop: after a sync with another
    store (one that has not closed it), removing the workshop no longer speaks of it."""
    url, made = laptops
    _purge(url, keep_public_results=True)
    laptop = made[0]
    workshop_id = laptop.session.workshop_id
    assert laptop.sync(url).closed
    assert closed_note(laptop.store, workshop_id) is not None
    other = sqlite_url(tmp_path / "other" / "central.sqlite3")
    init_central(other).close()
    report = laptop.sync(other)
    assert report.closed == [] and report.waiting == 0
    assert closed_note(laptop.store, workshop_id) is None
