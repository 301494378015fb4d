"""Delivery you can prove, on a real PostgreSQL server: per-store acknowledgement, the
receipt, a restored store and a copied data folder, also as a facilitator's role."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from laptops import Laptop, central_conflicts, central_contents
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from facilitator_app.cli import main
from facilitator_app.clock import FakeClock
from facilitator_app.paths import demo_plan_path
from facilitator_app.sync.central_schema import laptop_table
from facilitator_app.sync.central_store import init_central, sqlite_url
from facilitator_app.sync.service import check_delivery

pytestmark = pytest.mark.postgres


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _texts(url: str) -> list[str]:
    return sorted(v["text"] for v in central_contents(url, ("idea",)).values())


def _restore(server: str, url: str, backup: str) -> None:
    """Replace database ``url`` with a copy of ``backup`` (the organisers' restore)."""
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(_plain(server), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{backup}"')


def _backup(server: str, url: str) -> str:
    name = f"bk_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(_plain(server), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{url.rsplit("/", 1)[1]}"')
    return name


def test_restored_postgres_store_gets_what_it_lost(
    make_laptop: Any, central_pg: str, pg_server: str
) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=5)
    a.sync(central_pg)
    b.sync(central_pg)
    backup = _backup(pg_server, central_pg)
    try:
        a.add_idea("fra a")
        a.sync(central_pg)
        b.add_idea("fra b")
        b.sync(central_pg)
        _restore(pg_server, central_pg, backup)
        assert _texts(central_pg) == []
        assert not check_delivery(b.store, central_pg).complete
        report = b.sync(central_pg)
        assert report.receipt is not None and report.receipt.complete
        assert _texts(central_pg) == ["fra a", "fra b"]
        assert central_conflicts(central_pg) == []
        assert a.sync(central_pg).receipt.exact  # type: ignore[union-attr]
    finally:
        with psycopg.connect(_plain(pg_server), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{backup}"')


def test_switching_between_postgres_and_a_folder(
    make_laptop: Any, central_pg: str, tmp_path: Path
) -> None:
    folder = sqlite_url(tmp_path / "f" / "central.sqlite3")
    init_central(folder).close()
    a = make_laptop()
    a.add_idea("første")
    a.sync(folder)
    report = a.sync(central_pg)
    assert report.pushed.meeting.first and report.pushed.sent > 0
    a.add_idea("andre")
    assert a.sync(folder).pushed.sent == 1
    assert a.sync(central_pg).pushed.sent == 1  # only what that store lacks
    assert a.sync(central_pg).pushed.sent == a.sync(folder).pushed.sent == 0
    for url in (folder, central_pg):
        assert _texts(url) == ["andre", "første"]
        assert check_delivery(a.store, url).exact


def test_copied_folder_on_postgres_with_a_facilitator_role(
    make_laptop: Any, central_pg: str, tmp_path: Path
) -> None:
    assert main(["central", "publish", str(demo_plan_path()), "--central", central_pg]) == 0
    role, password = f"fa_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with psycopg.connect(_plain(central_pg), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    assert main(["central", "grant", "--role", role, "--group", "g1", "--central", central_pg]) == 0
    u = make_url(central_pg)
    fa = f"postgresql+psycopg://{role}@{u.host}:{u.port}/{u.database}"
    a = make_laptop("a")
    a.add_idea("før kopien")
    a.sync(fa, password)
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "spare")
    a = Laptop(tmp_path / "a", FakeClock(a.clock.now()), plan=False)
    spare = Laptop(tmp_path / "spare", FakeClock(a.clock.now()), plan=False)
    try:
        a.add_idea("på den første")
        spare.add_idea("på reservemaskinen")
        for laptop in (spare, a, spare):
            report = laptop.sync(fa, password)
            assert report.receipt is not None and report.receipt.complete
        engine = create_engine(central_pg)
        with engine.connect() as conn:
            nodes = conn.execute(select(laptop_table.c.node)).scalars().all()
        engine.dispose()
        # Two laptops, two records (the third is the organisers' publish).
        assert a.store.hlc.node != spare.store.hlc.node
        assert {a.store.hlc.node, spare.store.hlc.node} <= set(nodes)
        assert _texts(central_pg) == ["før kopien", "på den første", "på reservemaskinen"]
        assert central_conflicts(central_pg) == []
    finally:
        a.close()
        spare.close()
