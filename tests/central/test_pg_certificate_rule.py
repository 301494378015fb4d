"""PostgreSQL: the plan's certificate rule reaches the store with the published plan, and a
facilitator's laptop that imported a plan without the rule cannot change it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from certificate_plans import tick_and_sync, write_plan
from pg_cluster import new_login_role

from facilitator_app.cli import main
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.certificates import issue_certificates

pytestmark = pytest.mark.postgres


def test_rule_published_on_postgres_applies_and_a_laptop_cannot_change_it(
    central_pg: str, make_laptop: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = central_pg
    assert main(["central", "publish", str(write_plan(tmp_path, 2)), "--central", admin]) == 0
    role, password, url = new_login_role(admin, "kari_cert")
    assert main(["central", "grant", "--role", role, "--group", "g1", "--central", admin]) == 0
    # The laptop works from an older plan file without the rule.
    laptop = make_laptop("a", plan=False)
    twice, _once = tick_and_sync(laptop, write_plan(tmp_path, None), url, password)
    central = CentralStore.open(admin)
    try:
        issued = issue_certificates(central)
    finally:
        central.close()
    assert (issued.rule.min_sessions, issued.rule.source) == (2, "plan")
    assert [c.name for c in issued.certificates] == [twice]
    capsys.readouterr()
    out = tmp_path / "certs"
    assert main(["central", "certificates", "--central", admin, "--out", str(out)]) == 0
    assert "(set by the plan)" in capsys.readouterr().out
    register = (out / "certificates.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert register[0].startswith("Regel;Til stede på minst 2 av")
