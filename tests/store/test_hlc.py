"""The hybrid logical clock never goes backwards, even when the wall clock does."""

from __future__ import annotations

from facilitator_app.clock import FakeClock
from facilitator_app.store.hlc import HybridLogicalClock, parse_hlc


def test_stamps_increase_when_clock_stands_still_or_jumps_back() -> None:
    clock = FakeClock()
    hlc = HybridLogicalClock(clock, "node1")
    stamps = [hlc.tick() for _ in range(5)]
    clock.advance(-3600)  # NTP correction backwards
    stamps += [hlc.tick() for _ in range(3)]
    clock.advance(7200)
    stamps.append(hlc.tick())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)


def test_observe_moves_past_remote_stamp() -> None:
    clock = FakeClock()
    local = HybridLogicalClock(clock, "a")
    remote = HybridLogicalClock(FakeClock(clock.now().replace(year=2030)), "b")
    far = remote.tick()
    local.observe(far)
    assert local.tick() > far
    assert parse_hlc(far)[2] == "b"
