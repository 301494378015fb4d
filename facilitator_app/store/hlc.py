"""Hybrid logical clock: version stamps that order changes across laptops.

A stamp is ``WWWWWWWWWWWWW.CCCCC.NODE`` (wall milliseconds, counter, node id) and sorts
as a string. It never goes backwards, even when the wall clock does (NTP fix).
"""

from __future__ import annotations

import threading

from facilitator_app.clock import Clock


def format_hlc(wall_ms: int, counter: int, node: str) -> str:
    """Render a stamp so that string order equals causal order."""
    return f"{wall_ms:013d}.{counter:05d}.{node}"


def parse_hlc(stamp: str) -> tuple[int, int, str]:
    """Split a stamp into (wall ms, counter, node); raises ValueError when malformed."""
    wall, counter, node = stamp.split(".", 2)
    return int(wall), int(counter), node


class HybridLogicalClock:
    """Issues strictly increasing stamps for one node."""

    def __init__(self, clock: Clock, node: str, last: str = "") -> None:
        self._clock = clock
        self.node = node
        self._wall = 0
        self._counter = 0
        self._lock = threading.Lock()
        if last:
            self.observe(last)

    def _now_ms(self) -> int:
        return int(self._clock.now().timestamp() * 1000)

    def tick(self) -> str:
        """Return a new stamp later than every stamp issued or observed so far."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._wall:
                self._wall, self._counter = wall, 0
            else:
                self._counter += 1
            return format_hlc(self._wall, self._counter, self.node)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen elsewhere (another laptop, the central store)."""
        wall, counter, _node = parse_hlc(stamp)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter
