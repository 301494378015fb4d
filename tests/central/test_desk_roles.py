"""The organisers' desk on PostgreSQL: the organisers' role sees every group and answers;
a facilitator's role reads its own group's answers only, writes none, and is refused the
desk. Checked as the roles themselves with hand-written SQL."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from desk_laptops import run_session
from laptops import central_contents
from pg_cluster import new_login_role
from sqlalchemy.engine import make_url

from facilitator_app.cli import main
from facilitator_app.errors import CentralStoreError
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import expert_answers
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.overview import read_overview

pytestmark = pytest.mark.postgres


def _connect(url: str, password: str) -> psycopg.Connection[Any]:
    u = make_url(url)
    return psycopg.connect(
        host=u.host,
        port=u.port,
        dbname=u.database,
        user=u.username,
        password=password,
        autocommit=True,
    )


def test_organisers_see_all_facilitators_read_own_answers_and_write_none(
    central_pg: str, make_laptop: Any, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    admin = central_pg
    assert main(["central", "publish", str(demo_plan_path()), "--central", admin]) == 0
    a_name, a_pw, a_url = new_login_role(admin, "fac_a")
    b_name, b_pw, b_url = new_login_role(admin, "fac_b")
    for role, group in ((a_name, "g1"), (b_name, "g2")):
        assert main(["central", "grant", "--role", role, "--group", group, "--central", admin]) == 0
    laptop_a = make_laptop("a", group="g1")
    laptop_b = make_laptop("b", group="g2")
    done_a = run_session(laptop_a, ideas=3, questions=1, present=2)
    done_b = run_session(laptop_b, ideas=2, questions=1, present=3)
    laptop_a.sync(a_url, a_pw)
    laptop_b.sync(b_url, b_pw)
    capsys.readouterr()

    # The organisers' role: every group, with the laptops' names and last syncs.
    central = CentralStore.open(admin)
    try:
        overview = read_overview(central, "s1", laptop_a.clock.now())
    finally:
        central.close()
    by_key = {g.key: g for g in overview.groups}
    assert (by_key["g1"].ideas, by_key["g2"].ideas) == (4, 3)
    assert [lap.name for lap in by_key["g1"].laptops] == ["Kari Eksempel"]
    assert [lap.name for lap in by_key["g2"].laptops] == ["Ola Prøvesen"]
    question = done_a.questions[0]
    assert (
        main(["central", "answer", str(question), "Svar fra ekspertene", "--central", admin]) == 0
    )

    # A facilitator's role reads its own group's answer and questions, nothing of g2's.
    groups = {r["key"]: i for (_t, i), r in central_contents(admin, ("breakout_group",)).items()}
    with _connect(a_url, a_pw) as conn:
        rows = conn.execute("SELECT payload::json->>'text', group_id FROM expert_answer").fetchall()
        assert rows == [("Svar fra ekspertene", uuid.UUID(groups["g1"]))]
        asked = conn.execute(
            "SELECT payload::json->>'text' FROM idea "
            "WHERE payload::json->>'category' = 'expert_question'"
        ).fetchall()
        assert asked == [("Spørsmål 0 fra g1?",)]
        # ... and may write no answer: not for its own group, not for another.
        for group in (groups["g1"], groups["g2"]):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(
                    "INSERT INTO expert_answer (id, group_id, hlc, origin, change_seq, deleted, "
                    "payload) VALUES (%s, %s, 'x', 'x', 0, false, '{}')",
                    (uuid.uuid4(), group),
                )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE expert_answer SET payload = '{}'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM expert_answer")
        own = conn.execute("SELECT laptop_name, db_role FROM central_laptop_sync").fetchall()
        assert own == [("Kari Eksempel", a_name)]  # its own laptop only
    with _connect(b_url, b_pw) as conn:
        assert conn.execute("SELECT count(*) FROM expert_answer").fetchone() == (0,)
        asked = conn.execute(
            "SELECT payload::json->>'text' FROM idea "
            "WHERE payload::json->>'category' = 'expert_question'"
        ).fetchall()
        assert asked == [("Spørsmål 0 fra g2?",)]

    # The answer reaches g1's laptop through its own role, and not g2's.
    laptop_a.sync(a_url, a_pw)
    laptop_b.sync(b_url, b_pw)
    got = expert_answers.current_answers(laptop_a.store, laptop_a.session.id, laptop_a.group.id)
    assert [v.text for v in got.values()] == ["Svar fra ekspertene"]
    assert expert_answers.history(laptop_b.store, [question]) == {}
    assert done_b.questions

    # A facilitator's role is refused the desk in words, on the command line too.
    central = CentralStore.open(a_url, a_pw)
    try:
        with pytest.raises(CentralStoreError, match="facilitator's role"):
            read_overview(central, "s1")
    finally:
        central.close()
    monkeypatch.setenv("PGPASSWORD", a_pw)
    for argv in (
        ["central", "status", "--central", a_url],
        ["central", "questions", "--central", a_url],
        ["central", "answer", str(question), "Mitt eget svar", "--central", a_url],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "is a facilitator's role" in err and "Nothing was shown" in err
