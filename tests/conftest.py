"""Shared fixtures: a fresh store on a fake clock, and the same with the demo plan."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from facilitator_app.clock import FakeClock
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import load_plan
from facilitator_app.services.plan_import import import_plan
from facilitator_app.store import Store

# 08:55 Oslo time (summer time, UTC+2) on the first demo session day.
SESSION_MORNING = dt.datetime(2021, 9, 22, 6, 55, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    """A clock that moves only when the test says so."""
    return FakeClock(SESSION_MORNING)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    """A fresh, empty store in a temporary data folder."""
    opened = Store.open(tmp_path / "data", clock)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The store with the Klimakrønsj 2021 demo plan imported."""
    import_plan(store, load_plan(demo_plan_path()))
    return store


@pytest.fixture
def demo_context(demo_store: Store) -> ws_service.SessionContext:
    """Session s1, group g1 of the demo workshop."""
    _ws, session, group = ws_service.find_by_keys(demo_store, "s1", "g1")
    context = ws_service.load_context(demo_store, _ws.id, session.id, group.id)
    assert context is not None
    return context
