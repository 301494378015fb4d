"""The timer is computed from stored wall-clock events with a fake clock."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.clock import FakeClock
from facilitator_app.errors import AgendaError
from facilitator_app.models.enums import TimerEventKind as K
from facilitator_app.services import agenda, timer_commands
from facilitator_app.services.timer import EventData, compute_state, format_clock
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store

T0 = dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_idle_timer_shows_the_whole_timebox() -> None:
    state = compute_state([], 30, at(100))
    assert (state.mode, state.remaining_s, state.overrun) == ("idle", 1800, False)


def test_running_paused_resumed_counts_only_running_time() -> None:
    events = [
        EventData(K.START, at(0)),
        EventData(K.PAUSE, at(300)),
        EventData(K.RESUME, at(900)),
    ]
    state = compute_state(events, 10, at(1000))
    assert state.mode == "running"
    assert state.elapsed_s == 400
    assert state.remaining_s == 200


def test_overrun_keeps_counting() -> None:
    state = compute_state([EventData(K.START, at(0))], 1, at(75))
    assert state.overrun and state.remaining_s == -15
    assert format_clock(state.remaining_s) == "+00:15"


def test_adjust_and_reset() -> None:
    events = [
        EventData(K.START, at(0)),
        EventData(K.ADJUST, at(10), 60),
        EventData(K.ADJUST, at(20), -120),
    ]
    assert compute_state(events, 5, at(60)).budget_s == 240
    events.append(EventData(K.RESET, at(70)))
    state = compute_state(events, 5, at(500))
    assert (state.mode, state.remaining_s, state.adjust_s) == ("idle", 300, 0)


def test_clock_going_backwards_never_gives_negative_time() -> None:
    events = [EventData(K.START, at(600))]
    state = compute_state(events, 10, at(0))
    assert state.elapsed_s == 0 and state.clock_went_back
    # A pause stamped before the start (clock went back in between) adds nothing.
    events.append(EventData(K.PAUSE, at(300)))
    assert compute_state(events, 10, at(900)).elapsed_s == 0


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (1800, "30:00"),
        (1799.4, "30:00"),
        (0.2, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-61, "+01:01"),
        (3725, "1:02:05"),
    ],
)
def test_format_clock(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_events_are_stored_and_survive_a_restart(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    change = timer_commands.start_pause(demo_store, demo_context)
    assert change.activated and change.state.running
    clock.advance(600)
    data_dir = demo_store.data_dir
    demo_store.close()
    clock.advance(120)  # the app was closed for two minutes; the item went on
    reopened = Store.open(data_dir, clock)
    try:
        line = timer_commands.load_timeline(reopened, demo_context)
        state = line.timer(clock.now())
        assert state is not None and state.running
        assert state.remaining_s == 15 * 60 - 720
    finally:
        reopened.close()


def test_backwards_clock_stamps_events_no_earlier_than_the_last(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    timer_commands.start_pause(demo_store, demo_context)
    clock.advance(300)
    clock.advance(-600)  # NTP correction
    change = timer_commands.start_pause(demo_store, demo_context)  # pause
    assert change.state.mode == "paused" and change.state.elapsed_s == 0
    clock.advance(900)
    line = timer_commands.load_timeline(demo_store, demo_context)
    assert all(row.wall_s >= 0 and row.ran_s >= 0 for row in line.log(clock.now()))


def test_adjust_limits(demo_store: Store, demo_context: SessionContext) -> None:
    timer_commands.start_pause(demo_store, demo_context)
    with pytest.raises(AgendaError):
        timer_commands.adjust(demo_store, demo_context, 0)
    with pytest.raises(AgendaError):
        timer_commands.adjust(demo_store, demo_context, 100_000)
    for _ in range(20):
        change = timer_commands.adjust(demo_store, demo_context, -1)
    assert change.state.budget_s == 0 and change.state.overrun
    assert timer_commands.adjust(demo_store, demo_context, 1).state.budget_s == 60


def test_reset(demo_store: Store, demo_context: SessionContext, clock: FakeClock) -> None:
    timer_commands.start_pause(demo_store, demo_context)
    clock.advance(100)
    state = timer_commands.reset(demo_store, demo_context).state
    assert state.mode == "idle" and state.remaining_s == 15 * 60


def test_timer_commands_after_the_agenda_is_finished(
    demo_store: Store, demo_context: SessionContext
) -> None:
    for _ in range(9):
        agenda.next_item(demo_store, demo_context)
    agenda.next_item(demo_store, demo_context)  # ends the last item
    with pytest.raises(AgendaError) as err:
        timer_commands.start_pause(demo_store, demo_context)
    assert err.value.code == "finished"


def test_schedule_signal_and_session_clock(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    # 08:55 Oslo: the agenda (230 min) fits the session (240 min) with 10 to spare.
    line = timer_commands.load_timeline(demo_store, demo_context)
    signal = line.schedule(clock.now())
    assert signal is not None and signal.on_time and signal.spare_min == 10
    assert not signal.run.shifted
    assert signal.session_left_s == 245 * 60
    clock.set(dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC))  # 09:00
    timer_commands.start_pause(demo_store, demo_context)
    clock.advance(32 * 60)  # the welcome (15 min) runs 17 min over
    signal = timer_commands.load_timeline(demo_store, demo_context).schedule(clock.now())
    assert signal is not None and signal.behind_min == 7 and not signal.on_time


def test_break_shows_back_at_in_local_time(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2021, 9, 22, 8, 30, tzinfo=dt.UTC))  # 10:30 Oslo
    for _ in range(4):  # welcome, talk, get-to-know, break
        agenda.next_item(demo_store, demo_context)
    line = timer_commands.load_timeline(demo_store, demo_context)
    current = line.current
    assert current is not None and current.kind == "break"
    back = line.back_at(clock.now())
    assert back is not None and back.strftime("%H:%M") == "10:40"
    assert back.utcoffset() == dt.timedelta(hours=2)


def test_planned_versus_actual_log(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC))
    agenda.next_item(demo_store, demo_context)
    clock.advance(10 * 60)
    timer_commands.start_pause(demo_store, demo_context)  # pause 5 min
    clock.advance(5 * 60)
    timer_commands.start_pause(demo_store, demo_context)
    clock.advance(3 * 60)
    agenda.next_item(demo_store, demo_context)
    rows = timer_commands.load_timeline(demo_store, demo_context).log(clock.now())
    first = rows[0]
    assert first.status == "done"
    assert first.planned_start.astimezone(dt.UTC) == dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC)
    assert first.planned_min == 15
    assert first.wall_s == 18 * 60 and first.ran_s == 13 * 60
    assert rows[1].status == "active" and rows[1].ran_s == 0


def test_ten_thousand_events_compute() -> None:
    events = []
    for n in range(5000):
        events.append(EventData(K.START if n == 0 else K.RESUME, at(n * 10)))
        events.append(EventData(K.PAUSE, at(n * 10 + 4)))
    state = compute_state(events, 600, at(50_000))
    assert state.elapsed_s == 5000 * 4 and state.mode == "paused"


kinds = st.sampled_from([K.START, K.PAUSE, K.RESUME, K.ADJUST, K.RESET])


@given(
    st.lists(st.tuples(kinds, st.integers(-3600, 3600), st.integers(-600, 600)), max_size=40),
    st.integers(-7200, 7200),
    st.integers(1, 240),
)
def test_no_event_history_gives_negative_or_impossible_time(
    steps: list[tuple[K, int, int]], now_s: int, timebox: int
) -> None:
    """Whatever the clock did between events, elapsed time is never negative or too long."""
    history = [
        EventData(kind, at(t), adj * 60 if kind == K.ADJUST else 0) for kind, t, adj in steps
    ]
    state = compute_state(history, timebox, at(now_s))
    assert state.elapsed_s >= 0 and state.budget_s >= 0
    times = [at(t) for _k, t, _a in steps] + [at(now_s)]
    span = (max(times) - min(times)).total_seconds()
    # Each running stretch is clamped to the span of the times seen.
    assert state.elapsed_s <= span * (len(steps) + 1)
    assert 0.0 <= state.progress <= 1.0
    if state.mode == "idle":
        assert state.elapsed_s == 0


# Another day than planned: the demo opened later, a rehearsal, a session moved.
# 14:10 Oslo (summer time) two weeks after the planned date of session s1.
LATER_DAY = dt.datetime(2021, 10, 6, 12, 10, tzinfo=dt.UTC)


def test_on_another_day_before_starting_there_is_no_clock_and_no_signal(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(LATER_DAY)
    line = timer_commands.load_timeline(demo_store, demo_context)
    assert not line.on_planned_day(clock.now())
    assert line.run(clock.now()) is None
    assert line.schedule(clock.now()) is None
    # The agenda keeps its planned clock times until the group starts.
    assert line.planned_starts()[0].astimezone(line.zone).strftime("%H:%M") == "09:00"
    state = line.timer(clock.now())
    assert state is not None and state.mode == "idle" and state.remaining_s == 15 * 60


def test_on_another_day_the_session_runs_from_its_actual_start(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(LATER_DAY)
    timer_commands.start_pause(demo_store, demo_context)
    clock.advance(32 * 60)  # the welcome (15 min) runs 17 min over, as on the planned day
    line = timer_commands.load_timeline(demo_store, demo_context)
    run = line.run(clock.now())
    assert run is not None and run.shifted
    assert (run.start, run.end) == (LATER_DAY, LATER_DAY + dt.timedelta(hours=4))
    signal = line.schedule(clock.now())
    assert signal is not None and signal.run == run
    assert signal.session_left_s == (240 - 32) * 60
    assert signal.behind_min == 7 and not signal.on_time
    starts = [s.astimezone(line.zone).strftime("%H:%M") for s in line.planned_starts(run.start)]
    assert starts[:3] == ["14:10", "14:25", "14:45"]
    # Past the shifted end the session clock goes negative and the rest counts as behind.
    clock.advance(4 * 3600)
    late = line.schedule(clock.now())
    assert late is not None and late.session_left_s < 0 and late.behind_min > 0


def test_only_starts_on_the_same_day_anchor_the_session(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    # Half the demo run the day before, left paused overnight.
    clock.set(LATER_DAY - dt.timedelta(days=1))
    timer_commands.start_pause(demo_store, demo_context)
    clock.advance(5 * 60)
    timer_commands.start_pause(demo_store, demo_context)  # pause
    clock.set(LATER_DAY)
    line = timer_commands.load_timeline(demo_store, demo_context)
    assert line.run(clock.now()) is None  # yesterday's start does not make today hours over
    clock.advance(10 * 60)
    timer_commands.start_pause(demo_store, demo_context)  # resume today: the session runs
    line = timer_commands.load_timeline(demo_store, demo_context)
    run = line.run(clock.now())
    assert run is not None and run.start == LATER_DAY + dt.timedelta(minutes=10)
    signal = line.schedule(clock.now())
    assert signal is not None and signal.session_left_s == 240 * 60
    assert signal.agenda_left_s == 230 * 60 - 5 * 60


def test_on_the_planned_day_the_scheduled_times_count_after_a_rehearsal(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2021, 9, 21, 14, 0, tzinfo=dt.UTC))  # a rehearsal the day before
    agenda.next_item(demo_store, demo_context)
    clock.advance(20 * 60)
    rehearsal = timer_commands.load_timeline(demo_store, demo_context).run(clock.now())
    assert rehearsal is not None and rehearsal.shifted
    clock.set(dt.datetime(2021, 9, 22, 6, 55, tzinfo=dt.UTC))  # 08:55 on the day itself
    line = timer_commands.load_timeline(demo_store, demo_context)
    run = line.run(clock.now())
    assert run is not None and not run.shifted
    assert (run.start, run.end) == (line.session_start, line.session_end)
    signal = line.schedule(clock.now())
    assert signal is not None and signal.session_left_s == 245 * 60


def test_a_session_on_another_day_survives_a_restart(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(LATER_DAY)
    agenda.next_item(demo_store, demo_context)  # starts the welcome
    clock.advance(40 * 60)
    data_dir = demo_store.data_dir
    demo_store.close()
    reopened = Store.open(data_dir, clock)
    try:
        signal = timer_commands.load_timeline(reopened, demo_context).schedule(clock.now())
        assert signal is not None and signal.run.start == LATER_DAY
        assert signal.session_left_s == 200 * 60
    finally:
        reopened.close()


def test_the_day_is_the_workshops_calendar_day_also_when_summer_time_ends(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    # 31 Oct 2021 has 25 hours in Oslo: 00:30 summer time to 23:30 winter time is one day.
    clock.set(dt.datetime(2021, 10, 30, 22, 30, tzinfo=dt.UTC))  # 00:30 on the 31st
    timer_commands.start_pause(demo_store, demo_context)
    clock.set(dt.datetime(2021, 10, 31, 22, 30, tzinfo=dt.UTC))  # 23:30 on the 31st
    line = timer_commands.load_timeline(demo_store, demo_context)
    run = line.run(clock.now())
    assert run is not None and run.start == dt.datetime(2021, 10, 30, 22, 30, tzinfo=dt.UTC)
    clock.set(dt.datetime(2021, 10, 31, 23, 0, tzinfo=dt.UTC))  # midnight: the next day
    assert line.run(clock.now()) is None
