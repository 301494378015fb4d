"""Timer commands and reading a group's timeline from the store.

Commands (start/pause, ±minutes, reset) each run in one transaction and append
``TimerEvent`` rows; the state they report is computed by ``services.timer`` from those
rows. Clock jumps: a new event is never stamped earlier than the item's last one, so a
clock set back (NTP fix) cannot make a span negative.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.errors import QT_TRANSLATE_NOOP, AgendaError
from facilitator_app.models import AgendaItem, Session, TimerEvent, Workshop
from facilitator_app.models.enums import ItemStatus, TimerEventKind
from facilitator_app.services.schedule import session_bounds
from facilitator_app.services.timer import (
    EventData,
    ItemData,
    Timeline,
    TimerState,
    compute_state,
    current_item,
)
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store

# A facilitator may stretch or cut a running timebox, but not beyond this (8 hours).
MAX_ADJUST_SECONDS = 8 * 3600


def load_items(s: OrmSession, session_id: uuid.UUID, group_id: uuid.UUID) -> list[AgendaItem]:
    """The live agenda rows of a group in a session, in order (inside a transaction)."""
    return list(
        s.scalars(
            select(AgendaItem)
            .where(
                AgendaItem.session_id == session_id,
                AgendaItem.group_id == group_id,
                AgendaItem.deleted_at.is_(None),
            )
            .order_by(AgendaItem.position, AgendaItem.created_at)
        )
    )


def load_events(s: OrmSession, item_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[EventData]]:
    """Timer events of these items in the order they were recorded (plain rows: fast)."""
    out: dict[uuid.UUID, list[EventData]] = {i: [] for i in item_ids}
    if not item_ids:
        return out
    rows = s.execute(
        select(TimerEvent.agenda_item_id, TimerEvent.kind, TimerEvent.at, TimerEvent.seconds)
        .where(TimerEvent.agenda_item_id.in_(list(item_ids)))
        # ``at`` never decreases per item (see ``record``); the HLC breaks ties in order.
        .order_by(TimerEvent.at, TimerEvent.hlc)
    )
    for item_id, kind, at, seconds in rows:
        out[item_id].append(EventData(kind, at, seconds))
    return out


def load_timeline(store: Store, context: SessionContext) -> Timeline:
    """Read the group's agenda and timer events of the session in one go."""
    with store.read() as s:
        workshop = s.get(Workshop, context.workshop.id)
        session = s.get(Session, context.session.id)
        assert workshop is not None and session is not None
        start, end = session_bounds(workshop, session)
        rows = load_items(s, session.id, context.group.id)
        events = load_events(s, [r.id for r in rows])
        return Timeline(
            workshop.time_zone,
            start.astimezone(dt.UTC),
            end.astimezone(dt.UTC),
            tuple(ItemData.of(r) for r in rows),
            {k: tuple(v) for k, v in events.items()},
        )


def record(
    s: OrmSession,
    item_id: uuid.UUID,
    kind: TimerEventKind,
    now: dt.datetime,
    seconds: int = 0,
    last_at: dt.datetime | None = None,
) -> TimerEvent:
    """Store one timer event; never earlier than the item's last event (clock went back)."""
    if last_at is None:
        last_at = s.scalar(
            select(TimerEvent.at)
            .where(TimerEvent.agenda_item_id == item_id)
            .order_by(TimerEvent.at.desc())
            .limit(1)
        )
    at = now if last_at is None or now >= last_at else last_at
    row = TimerEvent(agenda_item_id=item_id, kind=kind.value, at=at, seconds=seconds)
    s.add(row)
    s.flush()
    return row


def state_in(s: OrmSession, item: AgendaItem, now: dt.datetime) -> TimerState:
    """The item's timer state at ``now`` read inside a transaction."""
    return compute_state(load_events(s, [item.id])[item.id], item.timebox_min, now)


def set_mode(s: OrmSession, item: AgendaItem, mode: str, now: dt.datetime) -> bool:
    """Bring the item's timer to ``mode`` (idle/running/paused) with new events."""
    state = state_in(s, item, now)
    if state.mode == mode:
        return False
    if mode == "running":
        kind = TimerEventKind.START if state.mode == "idle" else TimerEventKind.RESUME
        record(s, item.id, kind, now)
    elif mode == "paused":
        if state.mode != "running":
            return False  # an idle timer has nothing to pause
        record(s, item.id, TimerEventKind.PAUSE, now)
    else:
        record(s, item.id, TimerEventKind.RESET, now)
    return True


@dataclass(frozen=True)
class TimerChange:
    """What a timer command did: the item and its state right after."""

    item_id: uuid.UUID
    state: TimerState
    activated: bool = False


def _current_row(s: OrmSession, context: SessionContext) -> AgendaItem:
    row = current_item(load_items(s, context.session.id, context.group.id))
    if row is None:
        raise AgendaError(
            QT_TRANSLATE_NOOP("UserError", "The agenda is finished: there is no item to time."),
            code="finished",
        )
    return row


def start_pause(store: Store, context: SessionContext) -> TimerChange:
    """Start, pause or resume the current item's timer (starting makes the item active)."""
    now = store.clock.now()
    with store.transaction() as s:
        item = _current_row(s, context)
        activated = item.status != ItemStatus.ACTIVE
        if activated:
            item.status = ItemStatus.ACTIVE.value
            if item.started_at is None:
                item.started_at = now
            item.ended_at = None
        state = state_in(s, item, now)
        set_mode(s, item, "paused" if state.running else "running", now)
        return TimerChange(item.id, state_in(s, item, now), activated)


def adjust(store: Store, context: SessionContext, minutes: int) -> TimerChange:
    """Add (or with a negative number take) minutes to the current item's countdown."""
    if minutes == 0 or abs(minutes) * 60 > MAX_ADJUST_SECONDS:
        raise AgendaError(
            QT_TRANSLATE_NOOP(
                "UserError", "Adjust the timer by whole minutes between 1 and {max}."
            ),
            code="adjust_range",
            max=MAX_ADJUST_SECONDS // 60,
        )
    now = store.clock.now()
    with store.transaction() as s:
        item = _current_row(s, context)
        state = state_in(s, item, now)
        seconds = minutes * 60
        # Taking time can end the countdown but never make the timebox itself negative.
        seconds = max(seconds, -state.budget_s)
        if state.adjust_s + seconds > MAX_ADJUST_SECONDS:
            seconds = MAX_ADJUST_SECONDS - state.adjust_s
        if seconds != 0:
            record(s, item.id, TimerEventKind.ADJUST, now, seconds)
        return TimerChange(item.id, state_in(s, item, now))


def reset(store: Store, context: SessionContext) -> TimerChange:
    """Set the current item's timer back to its full timebox, stopped."""
    now = store.clock.now()
    with store.transaction() as s:
        item = _current_row(s, context)
        record(s, item.id, TimerEventKind.RESET, now)
        return TimerChange(item.id, state_in(s, item, now))
