"""PostgreSQL: after the organisers purged a workshop, a facilitator's role learns why its
laptop's changes are no longer kept (it may read the closed-workshop record), instead of
bringing the purged data back or failing on a permission."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from certificate_plans import tick_and_sync, write_plan
from pg_cluster import new_login_role
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from facilitator_app.cli import main
from facilitator_app.services import workshop as ws_service
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.certificates import issue_certificates
from facilitator_app.sync.purge import purge_workshop

pytestmark = pytest.mark.postgres


def _ideas(admin: str) -> list[str]:
    engine = create_engine(admin)
    try:
        with engine.connect() as conn:
            t = entity_tables["idea"]
            return [p for (p,) in conn.execute(select(t.c.payload))]
    finally:
        engine.dispose()


def test_a_facilitator_role_is_told_the_workshop_is_closed_and_sends_nothing_back(
    central_pg: str, make_laptop: Any, tmp_path: Path
) -> None:
    admin = central_pg
    plan = write_plan(tmp_path, 1, only_g1=True)
    assert main(["central", "publish", str(plan), "--central", admin]) == 0
    role, password, url = new_login_role(admin, "kari_closed")
    assert main(["central", "grant", "--role", role, "--group", "g1", "--central", admin]) == 0
    laptop = make_laptop("a", plan=False)
    tick_and_sync(laptop, plan, url, password)
    _ws, laptop.session, laptop.group = ws_service.find_by_keys(laptop.store, "s1", "g1")
    laptop.add_idea("Ladestasjoner ved skolen")
    assert laptop.sync(url, password).pushed.stored == 1

    central = CentralStore.open(admin)
    try:
        issue_certificates(central)
        purge_workshop(central, "klimakronsj-2021", keep_public_results=True, accept_missing=True)
    finally:
        central.close()
    before = _ideas(admin)

    laptop.add_idea("Skrevet etter at verkstedet var stengt")
    report = laptop.sync(url, password)
    assert [c.key for c in report.closed] == ["klimakronsj-2021"]
    assert report.pushed.closed == 1 and report.pushed.stored == 0
    assert report.waiting == 0
    assert report.receipt is not None and report.receipt.groups == []
    assert _ideas(admin) == before
    engine = create_engine(admin)
    try:
        with engine.connect() as conn:
            t = entity_tables["participant"]
            assert conn.execute(select(func.count()).select_from(t)).scalar_one() == 0
    finally:
        engine.dispose()


def test_roles_granted_before_the_upgrade_may_read_the_closed_workshops(
    central_pg: str, tmp_path: Path
) -> None:
    """A store made by the previous version (schema c0002_report) with a facilitator
    already granted: upgraded, that role reads the closed workshops without a new grant."""
    from alembic import command
    from sqlalchemy import text

    from facilitator_app.sync.central_store import _alembic_config

    admin = central_pg
    plan = write_plan(tmp_path, 1, only_g1=True)
    assert main(["central", "publish", str(plan), "--central", admin]) == 0
    role, password, url = new_login_role(admin, "kari_before")
    assert main(["central", "grant", "--role", role, "--group", "g1", "--central", admin]) == 0
    engine = create_engine(admin)
    try:
        with engine.begin() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "c0002_report")
            exists = conn.execute(text("SELECT to_regclass('central_closed_workshop')")).scalar()
            assert exists is None
    finally:
        engine.dispose()
    assert main(["central", "init", admin]) == 0  # the organisers' upgrade
    u = make_url(url)
    with psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password
    ) as conn:
        assert conn.execute("SELECT count(*) FROM central_closed_workshop").fetchone() == (0,)
