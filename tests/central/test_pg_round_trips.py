"""What travels to PostgreSQL: the receipt is one statement in one round trip, and only a
connection that sat idle is pinged before use (a dead one is then replaced)."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from facilitator_app.errors import CentralErrorKind, CentralStoreError
from facilitator_app.sync import central_store
from facilitator_app.sync.central_store import CentralStore, reading
from facilitator_app.sync.delivery import laptop_groups
from facilitator_app.sync.receipt import check

pytestmark = pytest.mark.postgres


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _backend_pid(central: CentralStore) -> int:
    with reading(central) as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _terminate(url: str, pid: int) -> None:
    with psycopg.connect(_plain(url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_receipt_sends_postgresql_one_statement_and_nothing_else(
    make_laptop: Any, central_pg: str, pg_cluster: Any
) -> None:
    name = central_pg.rsplit("/", 1)[1]
    with psycopg.connect(_plain(central_pg), autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE \"{name}\" SET log_statement = 'all'")
    laptop = make_laptop("a")
    laptop.add_idea("Sykkelvei til skolen")
    laptop.sync(central_pg)
    central = CentralStore.open(central_pg)
    try:
        groups = laptop_groups(laptop.store)
        assert check(laptop.store, central, groups).exact
        start = pg_cluster.log.stat().st_size
        assert check(laptop.store, central, groups).exact
        with open(pg_cluster.log, encoding="utf-8") as log:
            log.seek(start)
            sent = [line for line in log if "statement: " in line or "execute " in line]
    finally:
        central.close()
    # No ping (";"), no BEGIN or ROLLBACK: the summary of the group, and that is all.
    assert len(sent) == len(groups) == 1, sent
    assert "count(*), md5(" in sent[0]


def test_an_idle_connection_is_pinged_and_a_dead_one_replaced(
    central_pg: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    central = CentralStore.open(central_pg)
    try:
        dead = _backend_pid(central)
        _terminate(central_pg, dead)
        monkeypatch.setattr(central_store, "PING_AFTER_IDLE_S", 0.0)  # everything is idle
        assert _backend_pid(central) != dead  # the ping found it dead: a new connection
    finally:
        central.close()


def test_a_connection_that_died_a_moment_after_use_fails_one_step_then_is_replaced(
    central_pg: str,
) -> None:
    """The price of not pinging a connection used a moment ago: the step that meets it
    dead fails as any dropped connection does, and the next one works."""
    central = CentralStore.open(central_pg)
    try:
        dead = _backend_pid(central)
        _terminate(central_pg, dead)
        with pytest.raises(CentralStoreError) as failed:
            _backend_pid(central)
        assert failed.value.kind is CentralErrorKind.UNREACHABLE
        assert _backend_pid(central) != dead
    finally:
        central.close()
