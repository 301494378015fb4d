"""One clock: spare time that never jumps by two for "+1 min", and times a person reads
on the workshop's clock with its zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from facilitator_app.clock import FakeClock
from facilitator_app.services import timer_commands
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.workshop import SessionContext
from facilitator_app.services.workshop_time import (
    stamp_time_text,
    time_text,
    workshop_time_text,
    workshop_zone,
)
from facilitator_app.store import Store
from facilitator_app.store.hlc import format_hlc


def _spare(store: Store, context: SessionContext, clock: FakeClock) -> int:
    signal = timer_commands.load_timeline(store, context).schedule(clock.now())
    assert signal is not None and signal.on_time
    return signal.spare_min


def test_plus_one_minute_costs_one_minute_of_spare_time(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC))  # 09:00 Oslo
    timer_commands.start_pause(demo_store, demo_context)
    before = _spare(demo_store, demo_context, clock)
    assert before == 10
    seen = []
    for _ in range(3):
        timer_commands.adjust(demo_store, demo_context, 1)
        # While the timer runs, spare time stays put at any fraction of a second.
        for step in (0.001, 0.1, 0.333, 0.5, 0.7777, 1.0, 13.37):
            clock.advance(step)
            seen.append(_spare(demo_store, demo_context, clock))
    assert seen == [9] * 7 + [8] * 7 + [7] * 7


def test_times_are_on_the_workshop_clock_with_its_zone(
    demo_store: Store, demo_context: SessionContext
) -> None:
    ws_service.remember_context(demo_store, demo_context)
    assert workshop_zone(demo_store) == ZoneInfo("Europe/Oslo")
    when = dt.datetime(2021, 9, 22, 7, 15, 2, tzinfo=dt.UTC)
    assert workshop_time_text(demo_store, when) == "09:15:02 CEST"
    winter = dt.datetime(2021, 12, 1, 7, 15, 2, tzinfo=dt.UTC)
    assert time_text(winter, ZoneInfo("Europe/Oslo"), with_date=True) == "2021-12-01 08:15:02 CET"
    stamp = format_hlc(int(when.timestamp() * 1000), 0, "laptop")
    assert stamp_time_text(demo_store, stamp) == "2021-09-22 09:15:02 CEST"


def test_zone_without_a_workshop_is_utc(store: Store) -> None:
    assert workshop_zone(store) == ZoneInfo("UTC")
