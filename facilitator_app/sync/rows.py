"""Rows as they travel: JSON payloads, their content, their group and the merge of versions.

A payload is the change log's snapshot of a row (every column, JSON-ready). Two versions
have the same *content* when they differ only in bookkeeping (HLC, created/updated time).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Table, Time, Uuid, select
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.models import (
    AgendaItem,
    Attendance,
    Cluster,
    DotVote,
    Entity,
    ExpertAnswer,
    Group,
    Idea,
    Participant,
    Session,
    TimerEvent,
    VoteRound,
    Workshop,
)
from facilitator_app.models.base import UTCDateTime
from facilitator_app.schemas.summary import NOTE_MAX_CHARS
from facilitator_app.store.hlc import format_hlc, parse_hlc
from facilitator_app.sync.central_schema import SYNCED_TABLES

MODELS: dict[str, type[Entity]] = {
    m.__tablename__: m
    for m in (
        Workshop,
        Session,
        Group,
        Participant,
        Attendance,
        AgendaItem,
        Cluster,
        Idea,
        VoteRound,
        DotVote,
        TimerEvent,
        ExpertAnswer,
    )
}
assert tuple(MODELS) == SYNCED_TABLES
# What a group makes in a session: the rows a laptop delivers for its group (plan-wide
# rows, the group itself and its participants belong to the organisers).
GROUP_CONTENT: tuple[str, ...] = (
    "agenda_item",
    "attendance",
    "cluster",
    "idea",
    "vote_round",
    "dot_vote",
    "timer_event",
)
# Bookkeeping columns: not part of what a user changed.
META = frozenset({"hlc", "created_at", "updated_at"})
CENTRAL_ORIGIN = "central"
PLAN_ORIGIN = "plan"

Payload = dict[str, Any]


# Tables whose payload names the group the row belongs to (the central ``group_id``
# column is that value); workshop and session rows belong to no group, a group row to
# itself, and attendance, dot votes and timer events to their parent's group.
GROUP_IN_PAYLOAD = frozenset({"participant", "agenda_item", "cluster", "idea", "vote_round"})
WORKSHOP_WIDE = frozenset({"workshop", "session"})


def trusted_payload(
    table: str, row_id: uuid.UUID, group_id: uuid.UUID | None, text: str
) -> Payload | None:
    """The payload of a central row when it agrees with the row's own columns, else None.

    The ``id`` and ``group_id`` columns are what the store checked (row-level security
    on PostgreSQL); the JSON is whatever the writer put there. A payload that names
    another id or group (a forged row), is not a JSON object, or holds a note longer
    than any way in allows is never applied.
    """
    try:
        payload = json.loads(text)
        if not isinstance(payload, dict) or _uuid(payload.get("id")) != row_id:
            return None
        if table in GROUP_IN_PAYLOAD and _uuid(payload.get("group_id")) != group_id:
            return None
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    if table == "breakout_group" and group_id != row_id:
        return None
    if table in WORKSHOP_WIDE and group_id is not None:
        return None
    if table == "idea" and len(str(payload.get("text") or "")) > NOTE_MAX_CHARS:
        return None
    return payload


def content(payload: Payload) -> Payload:
    """The payload without bookkeeping columns."""
    return {k: v for k, v in payload.items() if k not in META}


def same_content(a: Payload, b: Payload) -> bool:
    """True when two versions differ in bookkeeping only."""
    return content(a) == content(b)


def from_payload(table: Table, payload: Payload) -> dict[str, Any]:
    """Column values for ``table`` from a JSON payload (the reverse of the snapshot)."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in payload:
            continue
        raw = payload[column.key]
        if raw is None:
            values[column.key] = None
        elif isinstance(column.type, UTCDateTime):
            values[column.key] = dt.datetime.fromisoformat(raw)
        elif isinstance(column.type, Date):
            values[column.key] = dt.date.fromisoformat(raw)
        elif isinstance(column.type, Time):
            values[column.key] = dt.time.fromisoformat(raw)
        elif isinstance(column.type, Uuid):
            values[column.key] = uuid.UUID(raw)
        else:
            values[column.key] = raw
    return values


def dumps(payload: Payload) -> str:
    """Canonical JSON text of a payload."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def _uuid(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def groups_of(session: OrmSession, items: list[tuple[str, Payload]]) -> list[uuid.UUID | None]:
    """The group each row belongs to (None for workshop-wide rows), from the local store.

    Attendance, dot votes and timer events carry no group themselves: they belong to
    the group of their participant, vote round or agenda item.
    """
    parents: dict[type[Entity], set[uuid.UUID]] = {
        Participant: set(),
        VoteRound: set(),
        AgendaItem: set(),
    }
    via = {
        "attendance": ("participant_id", Participant),
        "dot_vote": ("round_id", VoteRound),
        "timer_event": ("agenda_item_id", AgendaItem),
    }
    for table, payload in items:
        if table in via:
            key, model = via[table]
            parent = _uuid(payload.get(key))
            if parent is not None:
                parents[model].add(parent)
    known: dict[uuid.UUID, uuid.UUID | None] = {}
    for model, ids in parents.items():
        for chunk in _chunks(sorted(ids), 500):
            col = model.__table__.c
            for row_id, group_id in session.execute(
                select(col.id, col.group_id).where(col.id.in_(chunk))
            ):
                known[row_id] = group_id
    # Parents changed in the same batch may not be known locally any more: use the payloads.
    for table, payload in items:
        if table in ("participant", "vote_round", "agenda_item"):
            known.setdefault(uuid.UUID(payload["id"]), _uuid(payload.get("group_id")))
    result: list[uuid.UUID | None] = []
    for table, payload in items:
        if table in ("workshop", "session"):
            result.append(None)
        elif table == "breakout_group":
            result.append(uuid.UUID(payload["id"]))
        elif table in via:
            parent = _uuid(payload.get(via[table][0]))
            result.append(None if parent is None else known.get(parent))
        else:
            result.append(_uuid(payload.get("group_id")))
    return result


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def bump(stamp: str) -> str:
    """A stamp just after ``stamp``, issued by the central store."""
    wall, counter, _node = parse_hlc(stamp)
    return format_hlc(wall, counter + 1, CENTRAL_ORIGIN)


@dataclass
class Version:
    """One version of a row: its stamp, who wrote it and its payload."""

    hlc: str
    origin: str
    payload: Payload
    text: str | None = None  # the payload as JSON text when known (saves re-encoding)


@dataclass
class Merged:
    """What the central store does with an incoming version.

    ``write`` is the new stored version (None: keep the current one); ``loser`` the
    version that lost a field to a concurrent change (kept in the conflicts table).
    """

    write: Version | None
    loser: Version | None
    winner_hlc: str


# Tables whose rows the plan import makes, with ids derived from the plan (uuid5), on
# every laptop that imports the plan: the same row is created independently many times.
PLAN_MADE = frozenset({"breakout_group", "participant", "agenda_item"})
# What a facilitator changes on a plan-made agenda item, and its value as the plan
# import leaves it (``timebox_min`` starts as ``plan_timebox_min``).
AGENDA_FACILITATOR_FIELDS: dict[str, Any] = {
    "status": "pending",
    "note": "",
    "started_at": None,
    "ended_at": None,
    "deleted_at": None,
}


def is_untouched_plan_row(table: str, payload: Payload) -> bool:
    """True for a plan row as the plan import made it, without a facilitator's changes."""
    if table in ("breakout_group", "participant"):
        return True  # facilitators do not edit these
    return (
        table == "agenda_item"
        and payload.get("key") is not None
        and payload.get("status") == "pending"
        and not payload.get("note")
        and payload.get("started_at") is None
        and payload.get("ended_at") is None
        and payload.get("timebox_min") == payload.get("plan_timebox_min")
    )


def plan_base(table: str, payload: Payload) -> Payload | None:
    """The plan's version of a plan-made row, as merge base for a laptop that made it itself.

    A laptop that imported the plan created its plan rows without seeing anyone's
    version: there is no common version in its change log. Yet both laptops started
    from the same plan, so the plan's version is the true common ancestor. An untouched
    import is that version itself. For an agenda item already changed (a summary file
    ingested, say) the facilitator's fields are set back to what the import writes;
    ``position`` is left out (unknown), so a differing position stays a conflict.
    None for rows the plan does not make.
    """
    if table not in PLAN_MADE:
        return None
    if table == "agenda_item" and payload.get("key") is None:
        return None  # an ad-hoc item: made by one facilitator, no plan version
    if is_untouched_plan_row(table, payload):
        return dict(payload)
    base = {k: v for k, v in payload.items() if k != "position"}
    base.update(AGENDA_FACILITATOR_FIELDS)
    base["timebox_min"] = payload.get("plan_timebox_min")
    return base


def merge(
    current: Version | None, incoming: Version, base: Payload | None, table: str | None = None
) -> Merged:
    """Three-way merge of an incoming version onto the stored one, field by field.

    ``base`` is the version the laptop changed (its previous version of the row), None
    when the laptop created the row. A row of ``table`` the plan import made has the
    plan's version as base then (see ``plan_base``). Fields only one side changed since
    the base are taken from that side; fields with equal values never conflict; a field
    both changed differently is a conflict: the later HLC wins it and the whole losing
    version is kept.
    """
    if current is None:
        return Merged(incoming, None, incoming.hlc)
    cur, inc = content(current.payload), content(incoming.payload)
    if cur == inc:
        return Merged(None, None, current.hlc)
    if incoming.origin == current.origin and incoming.hlc <= current.hlc:
        # A laptop's stamps only grow: this is an older version of its own, sent again.
        return Merged(None, None, current.hlc)
    if base is None and table is not None:
        base = plan_base(table, incoming.payload)
    base_c = content(base) if base is not None else None
    incoming_later = incoming.hlc > current.hlc
    merged = dict(cur)
    conflicted = False
    for key in cur.keys() | inc.keys():
        mine, theirs = inc.get(key), cur.get(key)
        if mine == theirs:
            continue
        # A field missing from the base (unknown there) counts as changed on both sides.
        inc_changed = base_c is None or key not in base_c or base_c[key] != mine
        cur_changed = base_c is None or key not in base_c or base_c[key] != theirs
        if inc_changed and cur_changed:
            conflicted = True
            merged[key] = mine if incoming_later else theirs
        elif inc_changed:
            merged[key] = mine
    loser = None
    if conflicted:
        loser = current if incoming_later else incoming
    if merged == cur and incoming.hlc <= current.hlc:
        return Merged(None, loser, current.hlc)
    if merged == inc and incoming_later:
        return Merged(incoming, loser, incoming.hlc)
    # A merged version must sort after both inputs, so every laptop pulls it: also when
    # the stored version wins every field over a later-stamped one (a laptop that made a
    # plan row itself after another laptop edited it), or that laptop would keep its own.
    stamp = bump(max(current.hlc, incoming.hlc))
    payload = dict(merged)
    payload["hlc"] = stamp
    payload["created_at"] = current.payload.get("created_at")
    payload["updated_at"] = (
        max(
            str(current.payload.get("updated_at") or ""),
            str(incoming.payload.get("updated_at") or ""),
        )
        or None
    )
    return Merged(Version(stamp, CENTRAL_ORIGIN, payload), loser, stamp)
