"""Removing a finished workshop from this laptop once the organisers hold all of it.

Refused while any change is not yet acknowledged by the central store: "acknowledged"
means the store committed it (``store/changelog.py``), which is the proof that the
organisers hold the group's data. Then every row of the workshop goes, with the
change-log entries and losing versions that copy them (they hold the same names).

The change log's highest entry stays (its payload emptied): new entries are numbered
after the highest one, and the acknowledgement watermark must never cover an entry not
yet sent.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, select, update

from facilitator_app.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from facilitator_app.models import (
    AgendaItem,
    Attendance,
    ChangeLogEntry,
    Cluster,
    Conflict,
    DotVote,
    Group,
    Idea,
    Participant,
    Preference,
    Session,
    TimerEvent,
    VoteRound,
    Workshop,
)
from facilitator_app.store import Store
from facilitator_app.store.changelog import waiting_count


def _done(result: Any) -> int:
    """Rows a DELETE or UPDATE touched (an ORM session's result is a cursor result)."""
    return int(result.rowcount)


class LaptopPurgeError(UserError):
    """The laptop's copy of a workshop must not be removed now."""


@dataclass
class LaptopPurge:
    """What was removed, per kind of row."""

    workshop: str
    removed: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        """One line for the command line."""
        done = ", ".join(f"{n} {t}" for t, n in sorted(self.removed.items()) if n)
        return f"{self.workshop}: removed {done or 'nothing'}"


# Preference key prefix: the organisers closed this workshop (value: JSON, see ClosedNote).
CLOSED_PREFIX = "organisers_closed."


@dataclass(frozen=True)
class ClosedNote:
    """What a sync learnt: the organisers closed (purged) a workshop this laptop holds,
    when, and how many of this laptop's changes their store did not keep since."""

    closed_at: dt.datetime
    not_kept: int


def note_closed(store: Store, closed: dict[uuid.UUID, tuple[dt.datetime, int]]) -> None:
    """Keep what a sync learnt: ``closed`` maps each workshop of this laptop that the
    store has closed to (when, changes it did not keep in this sync). A note of a
    workshop the store has not closed goes (another store was chosen). Writes only
    when something changed: every sync calls it."""
    with store.read() as s:
        held = dict(
            s.execute(
                select(Preference.key, Preference.value).where(
                    Preference.key.startswith(CLOSED_PREFIX, autoescape=True)
                )
            ).all()
        )
    wanted = {}
    for workshop_id, (closed_at, not_kept) in closed.items():
        key = f"{CLOSED_PREFIX}{workshop_id}"
        before = _note(held[key]).not_kept if key in held else 0
        wanted[key] = json.dumps(
            {"closed_at": closed_at.isoformat(), "not_kept": before + not_kept}
        )
    if wanted == held:
        return
    with store.transaction() as s:
        s.execute(delete(Preference).where(Preference.key.in_(set(held) - set(wanted))))
        for key, value in wanted.items():
            if key not in held:
                s.add(Preference(key=key, value=value))
            elif held[key] != value:
                s.execute(update(Preference).where(Preference.key == key).values(value=value))


def closed_note(store: Store, workshop_id: uuid.UUID) -> ClosedNote | None:
    """What the last syncs learnt about the organisers closing the workshop, if anything."""
    with store.read() as s:
        value = s.scalar(
            select(Preference.value).where(Preference.key == f"{CLOSED_PREFIX}{workshop_id}")
        )
    return None if value is None else _note(value)


def _note(value: str) -> ClosedNote:
    data = json.loads(value)
    return ClosedNote(dt.datetime.fromisoformat(data["closed_at"]), int(data["not_kept"]))


def check_purge(store: Store, workshop_key: str) -> tuple[uuid.UUID, str]:
    """The workshop's id and title, or an error saying why it cannot be purged now."""
    with store.read() as s:
        workshop = s.scalar(select(Workshop).where(Workshop.key == workshop_key))
        if workshop is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("UserError", "There is no workshop '{key}' on this laptop."),
                key=workshop_key,
            )
        waiting = waiting_count(s)
    if waiting:
        raise LaptopPurgeError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Not removed: changes waiting for the organisers' store: {n}. They have not "
                "reached it yet. Sync first; nothing was removed.",
            ),
            n=waiting,
        )
    return workshop.id, workshop.title


def purge_laptop(store: Store, workshop_key: str) -> LaptopPurge:
    """Remove the workshop's rows and their copies from this laptop (one transaction)."""
    workshop_id, title = check_purge(store, workshop_key)
    result = LaptopPurge(title)
    with store.transaction() as s:
        # Checked again inside the transaction: a sync may have run in between.
        if waiting_count(s):
            raise LaptopPurgeError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Not removed: a change has not reached the organisers' store yet.",
                )
            )
        sessions = list(s.scalars(select(Session.id).where(Session.workshop_id == workshop_id)))
        groups = list(s.scalars(select(Group.id).where(Group.workshop_id == workshop_id)))
        people = list(
            s.scalars(select(Participant.id).where(Participant.workshop_id == workshop_id))
        )
        items = list(s.scalars(select(AgendaItem.id).where(AgendaItem.group_id.in_(groups))))
        rounds = list(s.scalars(select(VoteRound.id).where(VoteRound.group_id.in_(groups))))
        ids: list[uuid.UUID] = [workshop_id, *sessions, *groups, *people, *items, *rounds]
        steps: list[tuple[str, type, object]] = [
            ("dots", DotVote, DotVote.round_id.in_(rounds)),
            ("vote rounds", VoteRound, VoteRound.id.in_(rounds)),
            ("timer events", TimerEvent, TimerEvent.agenda_item_id.in_(items)),
            ("ideas", Idea, Idea.group_id.in_(groups)),
            ("clusters", Cluster, Cluster.group_id.in_(groups)),
            ("agenda items", AgendaItem, AgendaItem.id.in_(items)),
            ("attendance ticks", Attendance, Attendance.session_id.in_(sessions)),
            ("participants", Participant, Participant.id.in_(people)),
            ("groups", Group, Group.id.in_(groups)),
            ("sessions", Session, Session.id.in_(sessions)),
            ("workshop", Workshop, Workshop.id == workshop_id),
        ]
        for label, model, where in steps:
            table: Table = model.__table__  # type: ignore[attr-defined]
            if label in ("dots", "ideas", "clusters", "timer events", "attendance ticks"):
                ids += list(s.scalars(select(table.c.id).where(where)))  # type: ignore[arg-type]
            result.removed[label] = _done(s.execute(delete(table).where(where)))  # type: ignore[arg-type]
        s.execute(delete(Preference).where(Preference.key == f"{CLOSED_PREFIX}{workshop_id}"))
        last = int(s.scalar(select(func.max(ChangeLogEntry.seq))) or 0)
        copies = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            copies += _done(
                s.execute(
                    delete(ChangeLogEntry).where(
                        ChangeLogEntry.row_id.in_(chunk), ChangeLogEntry.seq != last
                    )
                )
            )
            s.execute(
                update(ChangeLogEntry)
                .where(ChangeLogEntry.row_id.in_(chunk), ChangeLogEntry.seq == last)
                .values(payload="{}")
            )
            result.removed["conflict copies"] += _done(
                s.execute(delete(Conflict).where(Conflict.row_id.in_(chunk)))
            )
        result.removed["change-log copies"] = copies
    return result
