"""The central rows a workshop report (or certificates, or a purge) is made from.

The report reads the stored JSON payloads directly instead of copying them into a
temporary laptop store (``materialise``): for 50 groups of 1,000 ideas the copy alone
took longer than the whole report may (see docs/benchmarks.md). Tombstoned rows are
left out here, once, so no later step can count them.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import from_json
from sqlalchemy import Connection, inspect, select

from facilitator_app.collector import collector_paused
from facilitator_app.errors import NotFoundError
from facilitator_app.sync.central_schema import entity_tables, laptop_table
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.rows import (
    CENTRAL_ORIGIN,
    PLAN_MADE,
    PLAN_ORIGIN,
    is_untouched_plan_row,
)

Row = dict[str, Any]
# The expert-answers table another part of the app adds; read when the store has it.
ANSWER_TABLE = "expert_answer"


def _live(payload: Row) -> bool:
    return payload.get("deleted_at") is None


@dataclass
class WorkshopRows:
    """One workshop's live central rows, by table, plus who delivered what and when."""

    workshop: Row
    sessions: list[Row]
    groups: list[Row]
    participants: list[Row]
    attendance: list[Row]
    agenda: list[Row]
    clusters: list[Row]
    ideas: list[Row]
    rounds: list[Row]
    dots: list[Row]
    answers: list[Row] | None
    # group id → last time a laptop that wrote that group's rows was in contact (UTC)
    last_synced: dict[str, dt.datetime] = field(default_factory=dict)
    # group id → True when any row of the group came from a laptop (not only the plan)
    delivered: dict[str, set[str]] = field(default_factory=dict)


def _rows(
    conn: Connection,
    table: str,
    origins: dict[str, set[str]] | None = None,
    live_only: bool = True,
) -> list[Row]:
    t = entity_tables[table]
    per_row = origins is not None and table in PLAN_MADE
    # Only payloads are read row by row: converting every row's group id to a UUID cost
    # more than parsing its JSON (50,000 ideas).
    columns = (t.c.payload, t.c.group_id, t.c.origin) if per_row else (t.c.payload,)
    fetched = conn.execute(select(*columns)).all()
    parsed = _parse_all([r[0] for r in fetched])
    if not per_row:
        # Most rows (50,000 ideas) need no more than this.
        out = [d for d in parsed if d.get("deleted_at") is None] if live_only else parsed
        if origins is not None:
            query = select(t.c.group_id, t.c.origin).where(t.c.group_id.is_not(None)).distinct()
            for group_id, origin in conn.execute(query):
                if origin != PLAN_ORIGIN:
                    origins.setdefault(str(group_id), set()).add(origin)
        return out
    out = []
    for row, data in zip(fetched, parsed, strict=True):
        if live_only and not _live(data):
            continue
        out.append(data)
        # Every laptop imports the whole plan, so untouched plan rows of a group say
        # nothing about whether that group's own laptop delivered.
        if (
            origins is not None
            and row[1] is not None
            and row[2] != PLAN_ORIGIN
            and not is_untouched_plan_row(table, data)
        ):
            origins.setdefault(str(row[1]), set()).add(row[2])
    return out


def _parse_all(payloads: list[str]) -> list[Row]:
    """Every payload parsed, in order, exactly as ``json.loads`` would. pydantic's JSON
    parser (written in Rust) takes half the time of ``json`` for 50,000 ideas; what it
    refuses that ``json.loads`` takes (a lone surrogate escape) goes through ``loads``,
    which also says why a broken payload is broken. Both give the same values otherwise
    (last of duplicate keys, NaN, big integers, floats: tests/sync/test_report_rows.py)."""
    out: list[Row] = []
    parse, keep = from_json, out.append
    for text in payloads:
        try:
            data = parse(text)
        except ValueError:
            data = json.loads(text)
        keep(data)
    return out


def find_workshop(conn: Connection, key: str | None) -> Row:
    """The workshop named by ``key`` (or the only one); ``NotFoundError`` otherwise."""
    workshops = _rows(conn, "workshop")
    if key is not None:
        found = [w for w in workshops if w["key"] == key or w["id"] == key]
        if not found:
            raise NotFoundError("There is no workshop '{key}' in the central store.", key=key)
        return found[0]
    if not workshops:
        raise NotFoundError(
            "The central store holds no workshop yet. Publish the plan first "
            "('facilitator-app central publish PLAN.json --central URL')."
        )
    if len(workshops) > 1:
        raise NotFoundError(
            "The central store holds several workshops ({keys}); name one with --workshop.",
            keys=", ".join(sorted(w["key"] for w in workshops)),
        )
    return workshops[0]


def load_workshop_rows(
    central: CentralStore,
    workshop_key: str | None = None,
    *,
    live_only: bool = True,
    boards: bool = True,
) -> WorkshopRows:
    """Read every live row of one workshop from the central store (all with ``live_only``
    False: a purge must reach tombstoned rows too)."""
    with collector_paused(), central.engine.connect() as conn:
        workshop = find_workshop(conn, workshop_key)
        wid = workshop["id"]
        origins: dict[str, set[str]] = {}
        sessions = [r for r in _rows(conn, "session", None, live_only) if r["workshop_id"] == wid]
        groups = [
            r for r in _rows(conn, "breakout_group", None, live_only) if r["workshop_id"] == wid
        ]
        participants = [
            r for r in _rows(conn, "participant", None, live_only) if r["workshop_id"] == wid
        ]
        session_ids = {s["id"] for s in sessions}
        group_ids = {g["id"] for g in groups}
        people = {p["id"] for p in participants}
        attendance = [
            r
            for r in _rows(conn, "attendance", origins, live_only)
            if r["session_id"] in session_ids and r["participant_id"] in people
        ]

        # Certificates need no boards: ``boards=False`` skips the largest tables.
        def board(table: str) -> list[Row]:
            if not boards:
                return []
            return [r for r in _rows(conn, table, origins, live_only) if r["group_id"] in group_ids]

        agenda = board("agenda_item")
        clusters = board("cluster")
        ideas = board("idea")
        rounds = board("vote_round")
        round_ids = {r["id"] for r in rounds}
        dots = (
            [r for r in _rows(conn, "dot_vote", origins, live_only) if r["round_id"] in round_ids]
            if boards
            else []
        )
        answers = _answers(conn)
        seen = {
            node: when
            for node, when in conn.execute(select(laptop_table.c.node, laptop_table.c.last_seen_at))
        }
        conn.rollback()
    last: dict[str, dt.datetime] = {}
    for group_id, nodes in origins.items():
        times = [_utc(seen[n]) for n in nodes if n in seen and n != CENTRAL_ORIGIN]
        if times:
            last[group_id] = max(times)
    return WorkshopRows(
        workshop=workshop,
        sessions=sorted(sessions, key=lambda s: (s["position"], s["date"], s["key"])),
        groups=sorted(groups, key=lambda g: (g["position"], g["key"])),
        participants=participants,
        attendance=attendance,
        agenda=agenda,
        clusters=clusters,
        ideas=ideas,
        rounds=rounds,
        dots=dots,
        answers=answers,
        last_synced=last,
        delivered={g: n - {CENTRAL_ORIGIN} for g, n in origins.items()},
    )


def _utc(when: dt.datetime) -> dt.datetime:
    # SQLite gives naive datetimes back; the store writes UTC.
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def _answers(conn: Connection) -> list[Row] | None:
    """Expert answers, when this store has the table for them (None: it has not)."""
    if not inspect(conn).has_table(ANSWER_TABLE):
        return None
    from sqlalchemy import column, table

    t = table(ANSWER_TABLE, column("payload"))
    out = []
    for (payload,) in conn.execute(select(t.c.payload)):
        data = json.loads(payload)
        if _live(data):
            out.append(data)
    return out


def as_uuid(value: Any) -> uuid.UUID:
    """A payload's id as a UUID."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
