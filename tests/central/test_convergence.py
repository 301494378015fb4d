"""Randomised two-laptop histories (Hypothesis) against PostgreSQL converge, losing nothing.

Two laptops edit the same group's notes with skewed clocks and sync at random moments.
After a final round of syncs both laptops and the central store hold the same rows, and
every note text ever typed is still somewhere: in the final rows, in the conflicts table
(it lost to a concurrent edit), or it was replaced by someone who had seen it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from laptops import SESSION_MORNING, Laptop, central_conflicts, central_contents

from facilitator_app.clock import FakeClock
from facilitator_app.models import Idea
from facilitator_app.paths import demo_plan_path
from facilitator_app.services.plan_file import load_plan
from facilitator_app.services.plan_import import import_plan
from facilitator_app.store import Store
from facilitator_app.sync.central_store import init_central

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

OPS = st.lists(
    st.tuples(
        st.sampled_from(["a", "b"]),
        st.sampled_from(["add", "text", "colour", "move", "delete", "sync"]),
        st.integers(min_value=0, max_value=5),  # which note
        st.integers(min_value=1, max_value=90),  # seconds that pass
    ),
    min_size=4,
    max_size=30,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo plan imported, copied for each laptop (fast)."""
    folder = tmp_path_factory.mktemp("template") / "data"
    store = Store.open(folder, FakeClock(SESSION_MORNING))
    import_plan(store, load_plan(demo_plan_path()))
    store.close()
    return folder


def _laptop(template: Path, folder: Path, skew: float) -> Laptop:
    shutil.copytree(template, folder)
    (folder / "facilitator-app.lock").unlink(missing_ok=True)
    with sqlite3.connect(folder / "facilitator.sqlite3") as db:  # each laptop its own node
        db.execute(
            "UPDATE preference SET value = ? WHERE key = 'node_id'", (uuid.uuid4().hex[:12],)
        )
    clock = FakeClock(SESSION_MORNING)
    clock.advance(skew)
    return Laptop(folder, clock, plan=False)


@pytest.fixture
def world(pg_server: str, template: Path, tmp_path: Path, central_db: Any) -> Iterator[Any]:
    """Makes a fresh central database and two laptops per Hypothesis example."""
    made: list[tuple[str, list[Laptop]]] = []

    def build(skew: float) -> tuple[str, Laptop, Laptop]:
        url = central_db.create_database(pg_server)
        init_central(url).close()
        root = tmp_path / uuid.uuid4().hex[:8]
        a = _laptop(template, root / "a", 0.0)
        b = _laptop(template, root / "b", skew)
        made.append((url, [a, b]))
        return url, a, b

    yield build
    for url, laptops in made:
        for laptop in laptops:
            laptop.close()
        central_db.drop_database(pg_server, url)


def _texts(laptop: Laptop) -> dict[uuid.UUID, str]:
    with laptop.store.read() as s:
        return {i.id: i.text for i in s.query(Idea)}


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS, skew=st.floats(min_value=-120, max_value=120))
def test_two_laptop_histories_converge(world: Any, ops: list[Any], skew: float) -> None:
    url, a, b = world(skew)
    laptops = {"a": a, "b": b}
    typed: set[str] = set()
    replaced_knowingly: set[str] = set()
    for counter, (who, op, pick, seconds) in enumerate(ops, start=1):
        laptop = laptops[who]
        laptop.clock.advance(seconds)
        notes = sorted(_texts(laptop).items())
        if op == "sync":
            laptop.sync(url)
        elif op == "add" or not notes:
            text = f"{who}-ny-{counter}"
            laptop.add_idea(text)
            typed.add(text)
        else:
            note_id, old = notes[pick % len(notes)]
            if op == "text":
                text = f"{who}-endret-{counter}"
                replaced_knowingly.add(old)
                laptop.edit(Idea, note_id, text=text)
                typed.add(text)
            elif op == "colour":
                laptop.edit(Idea, note_id, colour=["#f8bbd0", "#c5e1a5", "#b3e5fc"][pick % 3])
            elif op == "move":
                laptop.edit(Idea, note_id, x=float(pick * 50 + counter), y=float(counter))
            else:
                laptop.delete(Idea, note_id)
    for laptop in (a, b, a, b):
        laptop.sync(url)
    assert a.contents() == b.contents() == central_contents(url)
    final = {r["text"] for (t, _i), r in central_contents(url, ("idea",)).items() if t == "idea"}
    lost = {json.loads(c["loser_payload"]).get("text") for c in central_conflicts(url)}
    missing = typed - final - lost - replaced_knowingly
    assert not missing, f"silently dropped: {missing}"
    assert a.unacked() == b.unacked() == 0
