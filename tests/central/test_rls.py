"""Row-level security: a facilitator's role reads and writes only its granted groups.

Every check runs as the role itself with hand-written SQL, not through the app.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from laptops import central_contents
from pg_cluster import new_login_role
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from facilitator_app.cli import main
from facilitator_app.errors import CentralStoreError
from facilitator_app.models import ChangeLogEntry, Idea
from facilitator_app.paths import demo_plan_path
from facilitator_app.store.changelog import unacknowledged

pytestmark = pytest.mark.postgres


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
def setup(central_pg: str, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[str, Role, Role]]:
    """A published central store with role A granted g1 and role B granted g2."""
    assert main(["central", "publish", str(demo_plan_path()), "--central", central_pg]) == 0
    a, b = _make_role(central_pg, "fac_a"), _make_role(central_pg, "fac_b")
    assert (
        main(["central", "grant", "--role", a.name, "--group", "g1", "--central", central_pg]) == 0
    )
    assert (
        main(["central", "grant", "--role", b.name, "--group", "g2", "--central", central_pg]) == 0
    )
    assert "may now read and write group Gruppe 1" in capsys.readouterr().out
    yield central_pg, a, b


def _group_ids(admin_url: str) -> dict[str, str]:
    rows = central_contents(admin_url, ("breakout_group",))
    return {r["key"]: i for (_t, i), r in rows.items()}


def test_role_a_cannot_read_change_or_delete_group_b(make_laptop: Any, setup: Any) -> None:
    admin, a, b = setup
    groups = _group_ids(admin)
    laptop_a = make_laptop("a", group="g1")
    laptop_b = make_laptop("b", group="g2")
    laptop_a.add_idea("Gruppe 1 sin idé")
    laptop_b.add_idea("Gruppe 2 sin idé")
    report_a = laptop_a.sync(a.url, a.password)
    laptop_b.sync(b.url, b.password)
    assert report_a.pushed.skipped > 0  # the organisers' workshop-wide rows are theirs
    g1, g2 = groups["g1"], groups["g2"]
    before = central_contents(admin)

    with a.connect() as conn:
        texts = [r[0] for r in conn.execute("SELECT payload::json->>'text' FROM idea")]
        assert texts == ["Gruppe 1 sin idé"]
        assert conn.execute("SELECT count(*) FROM idea WHERE group_id = %s", (g2,)).fetchone() == (
            0,
        )
        assert conn.execute(
            "SELECT count(*) FROM agenda_item WHERE group_id = %s", (g2,)
        ).fetchone() == (0,)
        assert (
            conn.execute("SELECT count(*) FROM agenda_item WHERE group_id = %s", (g1,)).fetchone()[
                0
            ]
            > 0
        )
        # Only the six people of group 1 (issue 9 §6; test_role_isolation.py goes further).
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 6
        cur = conn.execute("UPDATE idea SET payload = '{}' WHERE group_id = %s", (g2,))
        assert cur.rowcount == 0
        cur = conn.execute("DELETE FROM idea WHERE group_id = %s", (g2,))
        assert cur.rowcount == 0
        cur = conn.execute(
            "DELETE FROM agenda_item WHERE group_id IS NULL OR group_id <> %s", (g1,)
        )
        assert cur.rowcount == 0
        cur = conn.execute("UPDATE session SET payload = '{}'")
        assert cur.rowcount == 0  # workshop-wide rows are the organisers'
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO idea (id, group_id, hlc, origin, change_seq, deleted, payload) "
                "VALUES (%s, %s, 'x', 'x', 0, false, '{}')",
                (uuid.uuid4(), g2),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE idea SET group_id = %s WHERE group_id = %s", (g2, g1))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO central_grant VALUES (%s, %s)", (a.name, g2))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE idea DISABLE ROW LEVEL SECURITY")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SET row_security = off; SELECT count(*) FROM idea")
        assert conn.execute("SELECT count(*) FROM central_laptop").fetchone() == (1,)  # own only
        cur = conn.execute("UPDATE central_laptop SET acked_seq = 0")
        assert cur.rowcount == 1

    after = central_contents(admin)
    assert after == before  # nothing of anyone changed
    assert any(r.get("text") == "Gruppe 2 sin idé" for r in after.values())


def test_pushing_another_groups_rows_is_refused_and_kept_locally(
    make_laptop: Any, setup: Any
) -> None:
    admin, a, _b = setup
    laptop = make_laptop("a", group="g2")  # role A only has g1
    laptop.sync(a.url, a.password)
    idea = laptop.add_idea("Skrevet i feil gruppe")
    with pytest.raises(CentralStoreError, match=r"in group 'Gruppe 2'.*may not write"):
        laptop.sync(a.url, a.password)
    with laptop.store.read() as s:
        entry = s.query(ChangeLogEntry).filter(ChangeLogEntry.row_id == idea).one()
        assert entry.acked_at is None  # still waiting: nothing lost
        assert (
            s.scalar(select(func.count()).where(unacknowledged(), ChangeLogEntry.seq == entry.seq))
            == 1
        )
        assert s.get(Idea, idea) is not None
    assert ("idea", str(idea)) not in central_contents(admin)
    # Once the organisers grant the group, the held change goes up.
    assert main(["central", "grant", "--role", a.name, "--group", "g2", "--central", admin]) == 0
    laptop.sync(a.url, a.password)
    assert central_contents(admin)[("idea", str(idea))]["text"] == "Skrevet i feil gruppe"
    assert laptop.unacked() == 0


def test_facilitator_role_cannot_grant_or_publish(
    setup: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _admin, a, b = setup
    url = make_url(a.url).set(password=a.password).render_as_string(hide_password=False)
    assert main(["central", "grant", "--role", b.name, "--group", "g1", "--central", url]) == 2
    assert "may not grant" in capsys.readouterr().err
    assert main(["central", "publish", str(demo_plan_path()), "--central", url]) == 2
    assert "may not publish" in capsys.readouterr().err


def test_grant_names_missing_role_and_group(setup: Any, capsys: pytest.CaptureFixture[str]) -> None:
    admin, a, _b = setup
    assert (
        main(["central", "grant", "--role", "nobody_here", "--group", "g1", "--central", admin])
        == 2
    )
    assert "no database role 'nobody_here'" in capsys.readouterr().err
    assert main(["central", "grant", "--role", a.name, "--group", "g77", "--central", admin]) == 2
    assert "no group 'g77'" in capsys.readouterr().err
