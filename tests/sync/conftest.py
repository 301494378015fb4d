"""Fixtures for sync tests: a SQLite central store and laptops on their own fake clocks."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from laptops import SESSION_MORNING, Laptop

from facilitator_app.clock import FakeClock
from facilitator_app.sync.central_store import init_central, sqlite_url


@pytest.fixture
def central_url(tmp_path: Path) -> str:
    """A freshly initialised SQLite central store."""
    url = sqlite_url(tmp_path / "central" / "central.sqlite3")
    init_central(url).close()
    return url


@pytest.fixture
def make_laptop(tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    """Factory of laptops (each its own data folder and fake clock), closed afterwards."""
    made: list[Laptop] = []

    def make(
        name: str = "a", *, plan: bool = True, offset_s: float = 0.0, group: str = "g1"
    ) -> Laptop:
        clock = FakeClock(SESSION_MORNING)
        clock.advance(offset_s)
        laptop = Laptop(tmp_path / name, clock, plan=plan, group=group)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
