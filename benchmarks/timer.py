"""Timer benchmark: computing the timer from stored events, with many events.

Run: ``.venv/bin/python benchmarks/timer.py``
Prints ``name: value unit`` lines. The timer state is recomputed on every repaint (4 times
a second) from the events, so that must stay far below a frame (16 ms) even for an item
whose timer was paused and resumed thousands of times; reading the timeline happens
only after a change.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from facilitator_app.clock import FakeClock
from facilitator_app.models import TimerEvent
from facilitator_app.models.enums import TimerEventKind
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import agenda, timer_commands
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import load_plan
from facilitator_app.services.plan_import import import_plan
from facilitator_app.services.timer import EventData, compute_state
from facilitator_app.store import Store

EVENTS = 10_000
T0 = dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC)


def median_ms(run: Callable[[], object], repeat: int = 21) -> float:
    """Median wall time of ``run`` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def events(n: int) -> list[EventData]:
    """``n`` events: start, then pause/resume pairs one second apart."""
    out = [EventData(TimerEventKind.START, T0)]
    for i in range(1, n):
        kind = TimerEventKind.PAUSE if i % 2 else TimerEventKind.RESUME
        out.append(EventData(kind, T0 + dt.timedelta(seconds=i)))
    return out


def main() -> None:
    """Measure and print the figures."""
    data = events(EVENTS)
    now = T0 + dt.timedelta(hours=4)
    print(
        f"compute_state_{EVENTS}_events: {median_ms(lambda: compute_state(data, 30, now)):.2f} ms"
    )
    small = events(20)
    print(
        f"compute_state_20_events: {median_ms(lambda: compute_state(small, 30, now)) * 1000:.1f} us"
    )

    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(T0)
        store = Store.open(Path(tmp) / "data", clock)
        try:
            import_plan(store, load_plan(demo_plan_path()))
            ws, session, group = ws_service.find_by_keys(store, "s1", "g1")
            ctx = ws_service.load_context(store, ws.id, session.id, group.id)
            assert ctx is not None
            change = agenda.next_item(store, ctx)
            item_id = change.current_after
            assert item_id is not None
            with store.transaction() as s:
                for e in data[1:]:
                    s.add(TimerEvent(agenda_item_id=item_id, kind=e.kind.value, at=e.at))
            clock.set(now)
            line = timer_commands.load_timeline(store, ctx)
            print(
                f"load_timeline_{EVENTS}_events: "
                f"{median_ms(lambda: timer_commands.load_timeline(store, ctx), 7):.1f} ms"
            )
            print(f"repaint_state_{EVENTS}_events: {median_ms(lambda: line.timer(now)):.2f} ms")
            print(
                f"schedule_signal_{EVENTS}_events: {median_ms(lambda: line.schedule(now)):.2f} ms"
            )
            # On another day than planned the signal also looks for that day's first start:
            # the same events two weeks later (the demo run on another date).
            later = dt.timedelta(days=14)
            other_day = now + later
            shifted = replace(
                line,
                items=tuple(
                    replace(i, started_at=i.started_at + later if i.started_at else None)
                    for i in line.items
                ),
                events={
                    k: tuple(replace(e, at=e.at + later) for e in v) for k, v in line.events.items()
                },
            )
            assert shifted.schedule(other_day) is not None
            print(
                f"schedule_signal_other_day_{EVENTS}_events: "
                f"{median_ms(lambda: shifted.schedule(other_day)):.2f} ms"
            )
            print(
                f"start_pause_command_{EVENTS}_events: "
                f"{median_ms(lambda: timer_commands.start_pause(store, ctx), 7):.1f} ms"
            )
        finally:
            store.close()


if __name__ == "__main__":
    sys.exit(main())
