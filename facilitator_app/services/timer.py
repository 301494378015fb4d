"""The agenda timer: state computed from wall-clock events, never from counted ticks.

Every start, pause, resume, adjustment and reset is stored as a ``TimerEvent`` with the
wall-clock time it happened (``timer_commands`` writes and reads them). What the timer
shows is a pure function of those events, the item's timebox and "now" from the injected
clock, so a crash, a restart or a laptop that slept over a break shows the right
remaining time. ``Timeline`` is a plain snapshot of a group's agenda and timer events
(read once after each change); the UI asks it for the state at "now" on every repaint
without touching the database. Nothing here reads or writes the store.

Another day than planned: on the session's planned date the session clock counts to the
scheduled end. On any other date (the demo opened today, a rehearsal, a session moved)
the session is taken to run today from when the group actually started it (the first
item start or timer start of that day), for the session's scheduled length; before
anything has started that day there is no session clock and no schedule signal
(``Timeline.run`` is None) -- the UI then shows when the session was planned.

Clock jumps: a clock that goes backwards (NTP fix) can never make a duration negative:
new events are stamped no earlier than the item's last event, and every span is clamped
at zero. A jump forwards (sleep) is real time that passed, so it counts.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from facilitator_app.models import AgendaItem
from facilitator_app.models.enums import ItemKind, ItemStatus, TimerEventKind


class TimerEventLike(Protocol):
    """What the computation needs of an event (a stored row or an ``EventData``)."""

    @property
    def kind(self) -> str: ...

    @property
    def at(self) -> dt.datetime: ...

    @property
    def seconds(self) -> int: ...


@dataclass(frozen=True)
class EventData:
    """A timer event as plain data."""

    kind: str
    at: dt.datetime
    seconds: int = 0


@dataclass(frozen=True)
class TimerState:
    """What an item's timer shows at one moment.

    ``remaining_s`` is negative when the timebox is overrun. ``mode`` is ``idle`` (never
    started since the last reset), ``running`` or ``paused``.
    """

    budget_s: int
    elapsed_s: float
    mode: str
    adjust_s: int = 0
    clock_went_back: bool = False

    @property
    def remaining_s(self) -> float:
        """Seconds left of the (adjusted) timebox; negative when overrun."""
        return self.budget_s - self.elapsed_s

    @property
    def running(self) -> bool:
        """True while the countdown runs."""
        return self.mode == "running"

    @property
    def overrun(self) -> bool:
        """True once the timebox is used up (and the timer has been started)."""
        return self.mode != "idle" and self.remaining_s <= 0

    @property
    def progress(self) -> float:
        """Share of the timebox used, 0.0–1.0 (1.0 when overrun or when the budget is 0)."""
        if self.budget_s <= 0:
            return 1.0
        return min(1.0, max(0.0, self.elapsed_s / self.budget_s))


def compute_state(
    events: Iterable[TimerEventLike], timebox_min: int, now: dt.datetime
) -> TimerState:
    """The timer state at ``now`` from the item's events in the order they happened."""
    elapsed = 0.0
    adjust = 0
    running_since: dt.datetime | None = None
    started = False
    last_at: dt.datetime | None = None
    for event in events:
        at = event.at
        last_at = at if last_at is None or at > last_at else last_at
        kind = event.kind
        if kind in (TimerEventKind.START, TimerEventKind.RESUME):
            if running_since is None:
                running_since = at
            started = True
        elif kind == TimerEventKind.PAUSE:
            if running_since is not None:
                elapsed += max(0.0, (at - running_since).total_seconds())
                running_since = None
        elif kind == TimerEventKind.ADJUST:
            adjust += event.seconds
        elif kind == TimerEventKind.RESET:
            elapsed, adjust, running_since, started = 0.0, 0, None, False
    if running_since is not None:
        elapsed += max(0.0, (now - running_since).total_seconds())
    mode = "running" if running_since is not None else ("paused" if started else "idle")
    budget = max(0, timebox_min * 60 + adjust)
    went_back = last_at is not None and now < last_at
    return TimerState(budget, elapsed, mode, adjust, went_back)


def format_clock(seconds: float) -> str:
    """``mm:ss`` (or ``h:mm:ss``) of a countdown; overrun gets a leading ``+``.

    A running countdown shows the second it is in (29:59.4 left shows 30:00 would be
    wrong after the first tick), so positive values round up and overrun rounds down.
    """
    if seconds > 0:
        whole, sign = math.ceil(seconds), ""
    else:
        whole, sign = math.floor(-seconds), ("+" if seconds < 0 and -seconds >= 1 else "")
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


@dataclass(frozen=True)
class ItemData:
    """An agenda item as plain data for the timer and the panels."""

    id: uuid.UUID
    key: str | None
    kind: str
    title: str
    description: str
    sub_questions: tuple[str, ...]
    plan_timebox_min: int | None
    timebox_min: int
    position: int
    status: str
    note: str
    started_at: dt.datetime | None
    ended_at: dt.datetime | None

    @classmethod
    def of(cls, row: AgendaItem) -> ItemData:
        """Copy a stored row."""
        try:
            subs = tuple(str(q) for q in json.loads(row.sub_questions or "[]"))
        except (ValueError, TypeError):
            subs = ()
        return cls(
            row.id,
            row.key,
            row.kind,
            row.title,
            row.description,
            subs,
            row.plan_timebox_min,
            row.timebox_min,
            row.position,
            row.status,
            row.note,
            row.started_at,
            row.ended_at,
        )


_Item = TypeVar("_Item", AgendaItem, ItemData)


def current_item(items: Sequence[_Item]) -> _Item | None:
    """The item the group is on: the active one, else the first pending one."""
    for item in items:
        if item.status == ItemStatus.ACTIVE:
            return item
    for item in items:
        if item.status == ItemStatus.PENDING:
            return item
    return None


@dataclass(frozen=True)
class SessionRun:
    """When the session runs, as the session clock counts it.

    On the planned date: the scheduled start and end (``shifted`` False). On another
    date: from the group's actual start that day for the session's scheduled length
    (``shifted`` True).
    """

    start: dt.datetime
    end: dt.datetime
    shifted: bool


@dataclass(frozen=True)
class ScheduleSignal:
    """The session clock and how the rest of the agenda fits the time left.

    ``behind_min`` > 0: the agenda left needs that many minutes more than the session
    has left; 0 means on time. ``spare_min`` is the slack when on time. ``run`` is the
    start and end the session clock counts against.
    """

    session_left_s: float
    agenda_left_s: float
    behind_min: int
    spare_min: int
    run: SessionRun

    @property
    def on_time(self) -> bool:
        """True when what is left of the agenda fits in what is left of the session."""
        return self.behind_min == 0


@dataclass(frozen=True)
class LogRow:
    """Planned versus actual time of one item (the group summary uses these)."""

    item_id: uuid.UUID
    title: str
    kind: str
    status: str
    planned_start: dt.datetime
    planned_min: int
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    wall_s: float
    ran_s: float


@dataclass(frozen=True)
class Timeline:
    """A snapshot of one group's agenda and timer events in one session."""

    time_zone: str
    session_start: dt.datetime
    session_end: dt.datetime
    items: tuple[ItemData, ...]
    events: dict[uuid.UUID, tuple[EventData, ...]] = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        """The workshop's time zone."""
        return ZoneInfo(self.time_zone)

    @property
    def current(self) -> ItemData | None:
        """The item the group is on (active, else the next pending one)."""
        return current_item(self.items)

    def item(self, item_id: uuid.UUID) -> ItemData | None:
        """The item with that id, if it is on the agenda."""
        return next((i for i in self.items if i.id == item_id), None)

    def timer(self, now: dt.datetime, item_id: uuid.UUID | None = None) -> TimerState | None:
        """Timer state of ``item_id`` (default: the current item) at ``now``."""
        item = self.current if item_id is None else self.item(item_id)
        if item is None:
            return None
        return compute_state(self.events.get(item.id, ()), item.timebox_min, now)

    def planned_starts(self, start: dt.datetime | None = None) -> list[dt.datetime]:
        """Planned start of each item from ``start`` (default: the scheduled session start).

        Skipped items take no time. Pass ``run(now).start`` for the times of a session
        that runs on another day than planned.
        """
        out = []
        at = self.session_start if start is None else start
        for item in self.items:
            out.append(at)
            if item.status != ItemStatus.SKIPPED:
                at += dt.timedelta(minutes=item.timebox_min)
        return out

    def planned_minutes(self) -> int:
        """Minutes the agenda needs in total (skipped items left out)."""
        return sum(i.timebox_min for i in self.items if i.status != ItemStatus.SKIPPED)

    def overflow_min(self) -> int:
        """Minutes by which the planned agenda is longer than the session (0 if it fits)."""
        length = (self.session_end - self.session_start).total_seconds() / 60
        return max(0, math.ceil(self.planned_minutes() - length))

    def on_planned_day(self, now: dt.datetime) -> bool:
        """True when ``now`` falls on the session's planned date (in the workshop's zone)."""
        zone = self.zone
        return now.astimezone(zone).date() == self.session_start.astimezone(zone).date()

    def actual_start(self, now: dt.datetime) -> dt.datetime | None:
        """When the group started the session on ``now``'s date: the earliest item start
        or timer start/resume that day (workshop's zone); None when nothing started.

        Only that day counts, so a rehearsal the day before or a half-run demo from last
        week does not make today's session look hours over.
        """
        zone = self.zone
        midnight = dt.datetime.combine(now.astimezone(zone).date(), dt.time(), tzinfo=zone)
        # That day's bounds in UTC: comparing is much cheaper than converting every event.
        begin = midnight.astimezone(dt.UTC)
        end = (midnight + dt.timedelta(days=1)).astimezone(dt.UTC)  # wall-clock day: 23–25 h
        starts = [i.started_at for i in self.items if i.started_at is not None]
        starts += [
            e.at
            for events in self.events.values()
            for e in events
            if e.kind in (TimerEventKind.START, TimerEventKind.RESUME)
        ]
        same_day = [at for at in starts if begin <= at < end]
        return min(same_day) if same_day else None

    def run(self, now: dt.datetime) -> SessionRun | None:
        """The start and end the session clock counts against at ``now``.

        The scheduled times on the planned date; on another date the scheduled length from
        the actual start that day; None on another date before anything has started.
        """
        if self.on_planned_day(now):
            return SessionRun(self.session_start, self.session_end, shifted=False)
        start = self.actual_start(now)
        if start is None:
            return None
        return SessionRun(start, start + (self.session_end - self.session_start), shifted=True)

    def schedule(self, now: dt.datetime) -> ScheduleSignal | None:
        """Session time left and the schedule signal at ``now``.

        None on another day than planned before the group has started: there is no clock
        to count against yet, so no "behind plan" either.
        """
        run = self.run(now)
        if run is None:
            return None
        session_left = (run.end - now).total_seconds()
        # Before the session starts the whole session is still ahead; after its end the
        # time left is negative, so any agenda left counts as behind.
        available = (run.end - max(now, run.start)).total_seconds()
        current = self.current
        agenda_left = 0.0
        for item in self.items:
            if item.status in (ItemStatus.DONE, ItemStatus.SKIPPED):
                continue
            if current is not None and item.id == current.id:
                state = self.timer(now, item.id)
                assert state is not None
                agenda_left += max(0.0, state.remaining_s)
            else:
                agenda_left += item.timebox_min * 60
        diff = agenda_left - available
        # Within half a minute counts as on time: the signal is for whole-minute decisions.
        behind = math.ceil(diff / 60) if diff >= 30 else 0
        # Spare time to the nearest minute: rounded down, a running timer's float error
        # (299.9999 s) showed one minute less, so "+1 min" seemed to cost two.
        spare = math.floor(-diff / 60 + 0.5) if diff < 0 else 0  # half a minute up
        return ScheduleSignal(session_left, agenda_left, behind, spare, run)

    def back_at(self, now: dt.datetime) -> dt.datetime | None:
        """For a current break: when the group is back, in the workshop's time zone."""
        current = self.current
        if current is None or current.kind != ItemKind.BREAK:
            return None
        state = self.timer(now, current.id)
        assert state is not None
        return (now + dt.timedelta(seconds=max(0.0, state.remaining_s))).astimezone(self.zone)

    def log(self, now: dt.datetime) -> list[LogRow]:
        """Planned versus actual: start, end and run time of every item (never negative)."""
        rows = []
        for item, planned in zip(self.items, self.planned_starts(), strict=True):
            until = item.ended_at or now
            state = compute_state(self.events.get(item.id, ()), item.timebox_min, until)
            wall = 0.0
            if item.started_at is not None:
                wall = max(0.0, (until - item.started_at).total_seconds())
            rows.append(
                LogRow(
                    item.id,
                    item.title,
                    item.kind,
                    item.status,
                    planned,
                    item.timebox_min,
                    item.started_at,
                    item.ended_at,
                    wall,
                    state.elapsed_s,
                )
            )
        return rows
