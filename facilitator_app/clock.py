"""The one source of time: an injectable clock so timers and stamps are testable."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Tells the current time as an aware UTC datetime."""

    def now(self) -> dt.datetime:
        """Return the current time (UTC, timezone-aware)."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> dt.datetime:
        """Return the current time (UTC, timezone-aware)."""
        return dt.datetime.now(dt.UTC)


class FakeClock:
    """A clock that only moves when told to; for tests and benchmarks."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        """Return the fake current time."""
        return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock by ``seconds`` (negative moves it backwards, like an NTP fix)."""
        self._now += dt.timedelta(seconds=seconds)

    def set(self, when: dt.datetime) -> None:
        """Jump to ``when`` (must be timezone-aware)."""
        self._now = when
