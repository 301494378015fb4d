"""The core of sync against a real PostgreSQL central store."""

from __future__ import annotations

import json
from typing import Any

import pytest
from laptops import central_conflicts, central_contents, central_count
from sqlalchemy import create_engine, delete

from facilitator_app.errors import CentralStoreError
from facilitator_app.models import Idea
from facilitator_app.sync.central_schema import laptop_table
from facilitator_app.sync.central_store import CentralStore, init_central

pytestmark = pytest.mark.postgres


def test_push_resend_and_two_laptops_converge(make_laptop: Any, central_pg: str) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    idea = a.add_idea("Klimabudsjett")
    a.sync(central_pg)
    assert central_contents(central_pg) == a.contents()
    again = a.sync(central_pg)
    assert again.pushed.sent == 0
    b.sync(central_pg)
    a.edit(Idea, idea, text="Klimabudsjett (A)")
    b.clock.advance(20)
    b.edit(Idea, idea, text="Klimabudsjett (B)")
    b.add_idea("Fra B")
    a.sync(central_pg)
    b.sync(central_pg)
    a.sync(central_pg)
    assert a.contents() == b.contents() == central_contents(central_pg)
    assert central_count(central_pg, "idea") == 2
    [conflict] = central_conflicts(central_pg)
    assert json.loads(conflict["loser_payload"])["text"] == "Klimabudsjett (A)"


def test_init_is_idempotent_and_reports_schema(central_pg: str) -> None:
    init_central(central_pg).close()
    central = CentralStore.open(central_pg)
    try:
        assert central.is_postgres and central.is_organiser and central.store_id
    finally:
        central.close()


def test_wrong_password_is_named(central_pg: str) -> None:
    host = central_pg.split("@", 1)[1]
    with pytest.raises(CentralStoreError, match="rejected the password for role 'postgres'"):
        CentralStore.open(f"postgresql+psycopg://postgres@{host}", "not-the-password")


def test_missing_database_is_named(pg_server: str) -> None:
    url = pg_server.rsplit("/", 1)[0] + "/no_such_db"
    with pytest.raises(CentralStoreError, match="does not exist"):
        CentralStore.open(url)


def test_resending_after_both_sides_forgot_changes_nothing(
    make_laptop: Any, central_pg: str
) -> None:
    # Notes created on this laptop are written as new without a look-up; here they are
    # in the store already, so the batch falls back to merging every row.
    a = make_laptop()
    ideas = [a.add_idea(f"Ladestasjon {n}") for n in range(3)]
    a.edit(Idea, ideas[0], text="Ladestasjoner ved rådhuset")
    a.sync(central_pg)
    before = central_contents(central_pg)
    a.forget_acks()
    engine = create_engine(central_pg)
    with engine.begin() as conn:
        conn.execute(delete(laptop_table))
    engine.dispose()
    report = a.sync(central_pg)
    assert report.pushed.sent > 0
    assert (report.pushed.stored, report.pushed.conflicts) == (0, 0)
    assert central_contents(central_pg) == before == a.contents()
    assert central_conflicts(central_pg) == []
    assert central_count(central_pg, "idea") == 3
