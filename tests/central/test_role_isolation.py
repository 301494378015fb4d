"""One group's role cannot disturb another group; an empty laptop syncs its plan (issue 9).

§6: logged in as group B's facilitator role, hand-written SQL must not rewind the store's
counter, must not make a forged row show up in group A's data, and must not read other
groups' people. §5: a facilitator's role on an empty data folder gets exactly its group's
plan by syncing, and works. Every check runs on a real PostgreSQL server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from laptops import central_contents
from pg_cluster import new_login_role
from sqlalchemy.engine import make_url

from facilitator_app.cli import main
from facilitator_app.models import Group, Idea, Participant
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import board
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.ingest import export_from_central

pytestmark = pytest.mark.postgres

PLAN = json.loads(demo_plan_path().read_text(encoding="utf-8"))
PEOPLE = {p["id"]: p["display_name"] for p in PLAN["participants"]}
MEMBERS = {g["id"]: set(g["participants"]) for g in PLAN["groups"]}


@dataclass
class Role:
    """A facilitator's database role and how to connect as it."""

    name: str
    password: str
    url: str  # SQLAlchemy URL without password

    def connect(self) -> psycopg.Connection[Any]:
        """A raw connection as this role (autocommit: each statement stands alone)."""
        u = make_url(self.url)
        return psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=u.database,
            user=self.name,
            password=self.password,
            autocommit=True,
        )


def _make_role(admin_url: str, label: str) -> Role:
    return Role(*new_login_role(admin_url, label))


@pytest.fixture
def roles(central_pg: str) -> Iterator[tuple[str, Role, Role]]:
    """A published store; role A may use group g1, role B group g2."""
    assert main(["central", "publish", str(demo_plan_path()), "--central", central_pg]) == 0
    a, b = _make_role(central_pg, "fac_a"), _make_role(central_pg, "fac_b")
    for role, group in ((a, "g1"), (b, "g2")):
        argv = ["central", "grant", "--role", role.name, "--group", group]
        assert main([*argv, "--central", central_pg]) == 0
    yield central_pg, a, b


def _ids(admin: str, table: str, **where: str) -> list[str]:
    rows = central_contents(admin, (table,))
    return [i for (_t, i), r in rows.items() if all(r.get(k) == v for k, v in where.items())]


def _group_id(admin: str, key: str) -> str:
    return _ids(admin, "breakout_group", key=key)[0]


def _export(admin: str, group: str) -> Any:
    central = CentralStore.open(admin)
    try:
        return export_from_central(central, "s1", group)
    finally:
        central.close()


def test_role_b_cannot_rewind_or_take_over_the_counter(make_laptop: Any, roles: Any) -> None:
    """Group A's laptops keep receiving each other's edits whatever B does to the counter."""
    _admin, a, b = roles
    a1, a2 = make_laptop("a1", group="g1"), make_laptop("a2", group="g1")
    idea = a1.add_idea("Første versjon")
    a1.sync(a.url, a.password)
    a2.sync(a.url, a.password)
    with b.connect() as conn:
        (before,) = conn.execute("SELECT value FROM central_counter").fetchone() or (0,)
        for sql in (
            "UPDATE central_counter SET value = 0",
            "UPDATE central_counter SET value = value - 1",
            "UPDATE central_counter SET name = 'other'",
            "UPDATE central_counter SET value = 9223372036854775000",
            "DELETE FROM central_counter",
            "INSERT INTO central_counter VALUES ('change2', 0)",
            "TRUNCATE central_counter",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        assert conn.execute("SELECT name, value FROM central_counter").fetchall() == [
            ("change", before)
        ]
    a1.edit(Idea, idea, text="Andre versjon")
    a1.sync(a.url, a.password)
    a2.sync(a.url, a.password)
    with a2.store.read() as s:
        got = s.get(Idea, idea)
        assert got is not None and got.text == "Andre versjon"


def test_role_b_cannot_forge_rows_into_group_a(make_laptop: Any, roles: Any) -> None:
    admin, a, b = roles
    g1, g2 = _group_id(admin, "g1"), _group_id(admin, "g2")
    laptop_b = make_laptop("b", group="g2")
    laptop_b.sync(b.url, b.password)
    own = _ids(admin, "participant", group_id=g2)[0]
    a_person = _ids(admin, "participant", group_id=g1)[0]
    session = _ids(admin, "session", key="s1")[0]
    before = central_contents(admin)
    with b.connect() as conn:
        (payload,) = conn.execute(
            "SELECT payload FROM participant WHERE id = %s", (own,)
        ).fetchone()
        forged = json.loads(payload)
        forged.update(group_id=g1, display_name="Forfalsket Person")
        with pytest.raises(psycopg.errors.CheckViolation):  # the payload names group A
            conn.execute(
                "UPDATE participant SET payload = %s WHERE id = %s", (json.dumps(forged), own)
            )
        forged.update(group_id=g2, id=a_person)
        with pytest.raises(psycopg.errors.CheckViolation):  # the payload names A's person
            conn.execute(
                "UPDATE participant SET payload = %s WHERE id = %s", (json.dumps(forged), own)
            )
        new_id = str(uuid.uuid4())
        forged.update(id=new_id, group_id=g1)
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute(
                "INSERT INTO participant (id, group_id, hlc, origin, change_seq, deleted, "
                "payload) VALUES (%s, %s, 'x', 'x', 1, false, %s)",
                (new_id, g2, json.dumps(forged)),
            )
        # Attendance carries no group of its own: the row says B, its payload A's person.
        attendance = {"id": str(uuid.uuid4()), "participant_id": a_person}
        attendance.update(session_id=session, present=True)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="group"):
            conn.execute(
                "INSERT INTO attendance (id, group_id, hlc, origin, change_seq, deleted, "
                "payload) VALUES (%s, %s, 'x', 'x', 1, false, %s)",
                (attendance["id"], g2, json.dumps(attendance)),
            )
    assert central_contents(admin) == before
    summary = _export(admin, "g1")
    assert "Forfalsket Person" not in {p.name for p in summary.participants}
    assert {p.key for p in summary.participants} == MEMBERS["g1"]
    laptop_a = make_laptop("a", group="g1")
    laptop_a.sync(a.url, a.password)  # group A's laptops get nothing of it either
    with laptop_a.store.read() as s:
        assert {p.key for p in s.query(Participant).filter_by(group_id=uuid.UUID(g1))} == (
            MEMBERS["g1"]
        )


def test_a_facilitator_role_reads_only_its_own_groups_people(roles: Any) -> None:
    admin, a, b = roles
    for role, group in ((a, "g1"), (b, "g2")):
        with role.connect() as conn:
            keys = {r[0] for r in conn.execute("SELECT payload::json->>'key' FROM participant")}
            names = {
                r[0] for r in conn.execute("SELECT payload::json->>'display_name' FROM participant")
            }
            assert keys == MEMBERS[group]
            assert names == {PEOPLE[k] for k in MEMBERS[group]}
            others = conn.execute(
                "SELECT count(*) FROM participant WHERE group_id IS DISTINCT FROM %s",
                (_group_id(admin, group),),
            ).fetchone()
            assert others == (0,)
            assert conn.execute(
                "SELECT count(*) FROM attendance WHERE group_id IS DISTINCT FROM %s",
                (_group_id(admin, group),),
            ).fetchone() == (0,)


def test_an_empty_laptop_gets_its_groups_plan_by_syncing_and_works(
    roles: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    admin, a, _b = roles
    monkeypatch.setenv("PGPASSWORD", a.password)  # libpq reads it; the keyring has nothing
    data = tmp_path / "empty"
    code = main(["sync", "--central", a.url, "--data-dir", str(data)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code == 0, captured.err
    store = Store.open(data)
    try:
        with store.read() as s:
            assert [g.key for g in s.query(Group)] == ["g1"]
            assert {p.key for p in s.query(Participant)} == MEMBERS["g1"]
        _workshop, session, group = ws_service.find_by_keys(store, "s1", "g1")
        question = ws_service.list_agenda(store, session.id, group.id)[2]
        assert question.title  # the group's agenda arrived
        draft = board.NoteDraft("Skrevet på en tom maskin", question.id)
        board.capture(store, session.id, group.id, draft)
    finally:
        store.close()
    assert main(["sync", "--central", a.url, "--data-dir", str(data)]) == 0
    texts = [i.text for i in _export(admin, "g1").ideas]
    assert texts == ["Skrevet på en tom maskin"]
