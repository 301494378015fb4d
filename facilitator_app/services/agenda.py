"""Agenda commands: move through the agenda, mark, reorder, add, edit timebox and note.

Each command is one transaction and returns an ``AgendaChange``: the items it changed,
their fields before and after (including whether their timer ran), and the current item
before and after. ``apply_fields`` puts fields back, so undo is ``apply_fields(before)``
and redo ``apply_fields(after)``; it too is one transaction. Timer history is never
rewritten: restoring a timer appends pause/resume/reset events at "now".
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session as OrmSession

from facilitator_app.errors import QT_TRANSLATE_NOOP, AgendaError
from facilitator_app.models import AgendaItem, Session, Workshop
from facilitator_app.models.enums import ItemKind, ItemStatus
from facilitator_app.services.schedule import session_bounds
from facilitator_app.services.timer import compute_state, current_item
from facilitator_app.services.timer_commands import load_events, load_items, set_mode
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store

MAX_TITLE = 500
MAX_NOTE = 2000


@dataclass(frozen=True)
class ItemFields:
    """The facilitator-owned fields of one item, and its timer mode, at one moment."""

    item_id: uuid.UUID
    status: str
    position: int
    timebox_min: int
    note: str
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    deleted_at: dt.datetime | None
    timer: str  # idle / running / paused


@dataclass(frozen=True)
class AgendaChange:
    """What one agenda command changed; ``before``/``after`` are its undo/redo states."""

    changed: tuple[uuid.UUID, ...]
    before: tuple[ItemFields, ...]
    after: tuple[ItemFields, ...]
    current_before: uuid.UUID | None
    current_after: uuid.UUID | None
    overflow_min: int

    @property
    def current_changed(self) -> bool:
        """True when the group is now on another item."""
        return self.current_before != self.current_after


def _snapshot(
    rows: Sequence[AgendaItem], s: OrmSession, now: dt.datetime
) -> dict[uuid.UUID, ItemFields]:
    events = load_events(s, [r.id for r in rows])
    return {
        r.id: ItemFields(
            r.id,
            r.status,
            r.position,
            r.timebox_min,
            r.note,
            r.started_at,
            r.ended_at,
            r.deleted_at,
            compute_state(events[r.id], r.timebox_min, now).mode,
        )
        for r in rows
    }


def _bounds(s: OrmSession, context: SessionContext) -> tuple[dt.datetime, dt.datetime]:
    workshop = s.get(Workshop, context.workshop.id)
    session = s.get(Session, context.session.id)
    assert workshop is not None and session is not None
    return session_bounds(workshop, session)


def _overflow(rows: Sequence[AgendaItem], bounds: tuple[dt.datetime, dt.datetime]) -> int:
    length = (bounds[1] - bounds[0]).total_seconds() / 60
    planned = sum(r.timebox_min for r in rows if r.status != ItemStatus.SKIPPED)
    return max(0, math.ceil(planned - length))


Action = Callable[[OrmSession, list[AgendaItem], dt.datetime], None]


def _run(store: Store, context: SessionContext, action: Action) -> AgendaChange:
    """Run ``action`` on the group's agenda in one transaction and describe the change."""
    now = store.clock.now()
    with store.transaction() as s:
        rows = load_items(s, context.session.id, context.group.id)
        before = _snapshot(rows, s, now)
        cur = current_item(rows)
        current_before = cur.id if cur is not None else None
        action(s, rows, now)
        s.flush()
        after_rows = load_items(s, context.session.id, context.group.id)
        known = {r.id for r in after_rows}
        # Items the action tombstoned are no longer listed but their change counts.
        after_rows += [r for r in rows if r.id not in known]
        after = _snapshot(after_rows, s, now)
        for item_id, fields in after.items():
            # An item the action created did not exist before: undo tombstones it.
            before.setdefault(item_id, replace(fields, deleted_at=now, timer="idle"))
        changed = tuple(i for i in after if after[i] != before[i])
        live = [r for r in after_rows if r.deleted_at is None]
        live.sort(key=lambda r: r.position)
        cur = current_item(live)
        return AgendaChange(
            changed,
            tuple(before[i] for i in changed),
            tuple(after[i] for i in changed),
            current_before,
            cur.id if cur is not None else None,
            _overflow(live, _bounds(s, context)),
        )


def _end(s: OrmSession, row: AgendaItem, status: ItemStatus, now: dt.datetime) -> None:
    """Close an item: stop its timer and, if it ran, log when it ended (never before start)."""
    if row.status == ItemStatus.ACTIVE or (row.started_at is not None and row.ended_at is None):
        start = row.started_at or now
        row.ended_at = now if now >= start else start
    row.status = status.value
    set_mode(s, row, "paused", now)


def _activate(s: OrmSession, row: AgendaItem, now: dt.datetime) -> None:
    row.status = ItemStatus.ACTIVE.value
    if row.started_at is None:
        row.started_at = now
    row.ended_at = None
    set_mode(s, row, "running", now)


def _renumber(rows: Sequence[AgendaItem]) -> None:
    for n, row in enumerate(rows):
        if row.position != n:
            row.position = n


def _find(rows: Sequence[AgendaItem], item_id: uuid.UUID) -> AgendaItem:
    for row in rows:
        if row.id == item_id:
            return row
    raise AgendaError(
        QT_TRANSLATE_NOOP("UserError", "That agenda item no longer exists."), code="missing"
    )


def next_item(store: Store, context: SessionContext) -> AgendaChange:
    """Finish the active item and start the next pending one (its timer runs)."""

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        active = next((r for r in rows if r.status == ItemStatus.ACTIVE), None)
        pending = [r for r in rows if r.status == ItemStatus.PENDING]
        if active is None and not pending:
            raise AgendaError(
                QT_TRANSLATE_NOOP("UserError", "The agenda is finished: there is no next item."),
                code="finished",
            )
        target = pending[0] if pending else None
        if active is not None:
            later = [r for r in pending if r.position > active.position]
            target = later[0] if later else target
            _end(s, active, ItemStatus.DONE, now)
        if target is not None:
            _activate(s, target, now)

    return _run(store, context, action)


def previous_item(store: Store, context: SessionContext) -> AgendaChange:
    """Go back to the item before the active one (its timer goes on where it stopped)."""

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        active = next((r for r in rows if r.status == ItemStatus.ACTIVE), None)
        limit = active.position if active is not None else math.inf
        earlier = [
            r
            for r in rows
            if r.position < limit and r.status in (ItemStatus.DONE, ItemStatus.PENDING)
        ]
        if not earlier:
            raise AgendaError(
                QT_TRANSLATE_NOOP("UserError", "This is the first item: there is no previous one."),
                code="first",
            )
        if active is not None:
            active.status = ItemStatus.PENDING.value
            active.ended_at = None
            set_mode(s, active, "paused", now)
        _activate(s, earlier[-1], now)

    return _run(store, context, action)


def set_status(
    store: Store, context: SessionContext, item_id: uuid.UUID, status: ItemStatus
) -> AgendaChange:
    """Mark an item done or skipped, or reopen it (pending). Does not start another item."""
    if status == ItemStatus.ACTIVE:
        raise AgendaError(
            QT_TRANSLATE_NOOP("UserError", "Use next or previous to make an item current."),
            code="bad_status",
        )

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        row = _find(rows, item_id)
        if row.status == status:
            return
        if status == ItemStatus.PENDING:
            row.status = status.value
            row.ended_at = None
            set_mode(s, row, "paused", now)
        else:
            _end(s, row, status, now)

    return _run(store, context, action)


def end_session(store: Store, context: SessionContext) -> AgendaChange:
    """End the group's session: the current item is done with the time it actually ran,
    items not reached are skipped and every timer stops (one transaction, one undo).

    A session that is already closed changes nothing (the change lists no items).
    """

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        for row in rows:
            if row.status == ItemStatus.ACTIVE:
                _end(s, row, ItemStatus.DONE, now)
            elif row.status == ItemStatus.PENDING:
                # Not reached: "skipped" in the time table, and no current item is left.
                _end(s, row, ItemStatus.SKIPPED, now)
            else:
                set_mode(s, row, "paused", now)

    return _run(store, context, action)


def move_item(
    store: Store, context: SessionContext, item_id: uuid.UUID, new_index: int
) -> AgendaChange:
    """Move an item to ``new_index`` in the agenda (0 = first)."""

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        row = _find(rows, item_id)
        if not 0 <= new_index < len(rows):
            raise AgendaError(
                QT_TRANSLATE_NOOP("UserError", "An item can only move to places 1 to {count}."),
                code="bad_index",
                count=len(rows),
            )
        rows.remove(row)
        rows.insert(new_index, row)
        _renumber(rows)

    return _run(store, context, action)


def session_minutes(store: Store, context: SessionContext) -> int:
    """Length of the session in minutes: the longest timebox that makes sense."""
    with store.read() as s:
        start, end = _bounds(s, context)
    return max(1, int((end - start).total_seconds() // 60))


def check_timebox(value: int | str, max_min: int) -> int:
    """A timebox in whole minutes from 1 to ``max_min``, or ``AgendaError`` saying why not."""
    try:
        minutes = int(str(value).strip())
    except ValueError:
        minutes = None
    if minutes is None or not 1 <= minutes <= max_min:
        raise AgendaError(
            QT_TRANSLATE_NOOP(
                "UserError", "A timebox must be a whole number of minutes from 1 to {max}."
            ),
            code="timebox_range",
            max=max_min,
        )
    return minutes


def set_timebox(
    store: Store, context: SessionContext, item_id: uuid.UUID, minutes: int | str
) -> AgendaChange:
    """Change an item's timebox (whole minutes, 1 to the session's length)."""
    checked = check_timebox(minutes, session_minutes(store, context))

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        _find(rows, item_id).timebox_min = checked

    return _run(store, context, action)


def set_note(store: Store, context: SessionContext, item_id: uuid.UUID, note: str) -> AgendaChange:
    """Set the facilitator's short note on an item (empty removes it)."""
    text = note.strip()
    if len(text) > MAX_NOTE:
        raise AgendaError(
            QT_TRANSLATE_NOOP("UserError", "A note can have at most {max} characters."),
            code="note_long",
            max=MAX_NOTE,
        )

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        _find(rows, item_id).note = text

    return _run(store, context, action)


def add_item(
    store: Store,
    context: SessionContext,
    title: str,
    timebox_min: int | str,
    kind: ItemKind = ItemKind.QUESTION,
    after: uuid.UUID | None = None,
    sub_questions: Sequence[str] = (),
) -> AgendaChange:
    """Add an ad-hoc item after ``after`` (default: after the current item, else at the end)."""
    clean = " ".join(title.split())
    if not clean or len(clean) > MAX_TITLE:
        raise AgendaError(
            QT_TRANSLATE_NOOP("UserError", "An item needs a title of 1 to {max} characters."),
            code="title",
            max=MAX_TITLE,
        )
    checked = check_timebox(timebox_min, session_minutes(store, context))
    subs = [q.strip() for q in sub_questions if q.strip()]

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        anchor = _find(rows, after) if after is not None else current_item(rows)
        index = rows.index(anchor) + 1 if anchor is not None else len(rows)
        row = AgendaItem(
            id=uuid.uuid4(),
            session_id=context.session.id,
            group_id=context.group.id,
            key=None,
            kind=ItemKind(kind).value,
            title=clean,
            description="",
            sub_questions=json.dumps(subs, ensure_ascii=False),
            plan_timebox_min=None,
            timebox_min=checked,
            status=ItemStatus.PENDING.value,
            note="",
        )
        s.add(row)
        rows.insert(index, row)
        _renumber(rows)

    return _run(store, context, action)


def apply_fields(
    store: Store, context: SessionContext, fields: Sequence[ItemFields]
) -> AgendaChange:
    """Put items back to the given fields (the inverse of any command, for undo and redo)."""

    def action(s: OrmSession, rows: list[AgendaItem], now: dt.datetime) -> None:
        targets = []
        for f in fields:
            row = s.get(AgendaItem, f.item_id)
            if row is None:
                raise AgendaError(
                    QT_TRANSLATE_NOOP("UserError", "That agenda item no longer exists."),
                    code="missing",
                )
            row.status = f.status
            row.position = f.position
            row.timebox_min = f.timebox_min
            row.note = f.note
            row.started_at = f.started_at
            row.ended_at = f.ended_at
            row.deleted_at = f.deleted_at
            if row not in rows:
                rows.append(row)
            targets.append((row, f.timer))
        s.flush()
        # Stop timers first so two never run at once, then start the one that ran.
        for row, mode in sorted(targets, key=lambda t: t[1] == "running"):
            set_mode(s, row, mode, now)

    return _run(store, context, action)
