"""The organisers' desk: every group of a session at a glance, read from the central store.

One ``read_overview`` call reads the plan rows, each group's agenda and timer events, and
counts of notes, votes, attendance and conflicts, and returns plain data (no Qt): the
window's table and ``facilitator-app central status`` show the same thing. The notes
are counted incrementally (``IdeaTally``): a refresh reads only the notes changed since the
last one, not 100,000 payloads.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import SQLAlchemyError

from facilitator_app.errors import QT_TRANSLATE_NOOP, CentralStoreError, NotFoundError
from facilitator_app.models.enums import Category, ItemStatus
from facilitator_app.services.timer import EventData, ItemData, Timeline
from facilitator_app.sync.central_schema import conflict_table, entity_tables, laptop_sync_table
from facilitator_app.sync.central_store import CentralStore, describe_error
from facilitator_app.sync.idea_tally import DeskCache, IdeaTally


@dataclass(frozen=True)
class LaptopSeen:
    """A laptop working for a group and when it last completed a sync."""

    name: str
    synced_at: dt.datetime


@dataclass(frozen=True)
class QuestionCount:
    """How many notes a group has on one agenda question."""

    item_id: uuid.UUID
    title: str
    ideas: int


@dataclass(frozen=True)
class GroupStatus:
    """One line of the desk: where one group is in the session."""

    group_id: uuid.UUID
    key: str
    name: str
    facilitator: str
    laptops: tuple[LaptopSeen, ...]
    current_item: str | None
    behind_min: int | None  # None: the session clock has not started for this group
    spare_min: int
    present: int
    members: int
    questions: tuple[QuestionCount, ...]
    ideas: int
    open_votes: int
    waiting_questions: int
    conflicts: int

    @property
    def last_sync(self) -> dt.datetime | None:
        """When any of the group's laptops last completed a sync."""
        return max((lap.synced_at for lap in self.laptops), default=None)


@dataclass(frozen=True)
class SessionRef:
    """A session of the published plan."""

    id: uuid.UUID
    key: str
    title: str
    date: dt.date


@dataclass(frozen=True)
class SessionOverview:
    """Every group of one session, as the central store holds it at ``read_at``."""

    workshop_title: str
    time_zone: str
    session: SessionRef
    sessions: tuple[SessionRef, ...]
    groups: tuple[GroupStatus, ...]
    read_at: dt.datetime
    question_titles: tuple[str, ...] = field(default=())

    def local(self, when: dt.datetime) -> dt.datetime:
        """A UTC time in the workshop's time zone."""
        return when.astimezone(ZoneInfo(self.time_zone))


# --- reading --------------------------------------------------------------------------


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def payloads(conn: Connection, table: str) -> list[tuple[Any, dict[str, Any]]]:
    """(group id, parsed payload) of every live row of a central table."""
    t = entity_tables[table]
    rows = conn.execute(select(t.c.group_id, t.c.payload).where(t.c.deleted.is_(False))).all()
    return [(r.group_id, json.loads(r.payload)) for r in rows]


Rows = Callable[[str], list[tuple[Any, dict[str, Any]]]]


def reader(conn: Connection) -> Rows:
    """``payloads`` on one connection, as a function of the table name."""
    return lambda table: payloads(conn, table)


def check_role(central: CentralStore) -> None:
    """Refuse a facilitator's role: the desk reads every group, theirs only one."""
    if not central.is_organiser:
        raise CentralStoreError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Role '{role}' is a facilitator's role: the organisers' desk needs the "
                "organisers' role, which may read every group. Nothing was shown.",
            ),
            role=central.role,
        )


def plan_sessions(
    conn: Connection, rows: Rows | None = None
) -> tuple[dict[str, Any], list[SessionRef]]:
    """The published workshop (payload) and its sessions by date; no plan: an error."""
    rows = rows or reader(conn)
    workshops = rows("workshop")
    if not workshops:
        raise CentralStoreError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The central store holds no published plan yet. Publish it with "
                "'facilitator-app central publish PLAN.json --central URL'.",
            )
        )
    refs = []
    for _g, p in rows("session"):
        refs.append(
            SessionRef(uuid.UUID(p["id"]), p["key"], p["title"], dt.date.fromisoformat(p["date"]))
        )
    refs.sort(key=lambda r: (r.date, r.key))
    return workshops[0][1], refs


def pick_session(sessions: list[SessionRef], key: str | None, today: dt.date) -> SessionRef:
    """The session named ``key``; without a key today's, else the last one before today."""
    if key is not None:
        for ref in sessions:
            if ref.key == key:
                return ref
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "UserError", "There is no session '{key}' in the central store (it has: {known})."
            ),
            key=key,
            known=", ".join(r.key for r in sessions) or "none",
        )
    if not sessions:
        raise CentralStoreError(
            QT_TRANSLATE_NOOP("UserError", "The published plan has no sessions.")
        )
    past = [r for r in sessions if r.date <= today]
    return past[-1] if past else sessions[0]


def _timeline(
    workshop: dict[str, Any],
    session: dict[str, Any],
    items: list[ItemData],
    events: dict[uuid.UUID, list[EventData]],
) -> Timeline:
    zone = ZoneInfo(workshop["time_zone"])
    day = dt.date.fromisoformat(session["date"])
    start = dt.datetime.combine(day, dt.time.fromisoformat(session["start_time"]), tzinfo=zone)
    end = dt.datetime.combine(day, dt.time.fromisoformat(session["end_time"]), tzinfo=zone)
    ordered = sorted(items, key=lambda i: i.position)
    return Timeline(
        workshop["time_zone"],
        start.astimezone(dt.UTC),
        end.astimezone(dt.UTC),
        tuple(ordered),
        {i.id: tuple(sorted(events.get(i.id, []), key=lambda e: e.at)) for i in ordered},
    )


def _item(p: dict[str, Any]) -> ItemData:
    def when(key: str) -> dt.datetime | None:
        raw = p.get(key)
        return None if raw is None else dt.datetime.fromisoformat(raw)

    try:
        subs = tuple(str(q) for q in json.loads(p.get("sub_questions") or "[]"))
    except (ValueError, TypeError):
        subs = ()
    return ItemData(
        uuid.UUID(p["id"]),
        p.get("key"),
        p["kind"],
        p["title"],
        p.get("description", ""),
        subs,
        p.get("plan_timebox_min"),
        int(p["timebox_min"]),
        int(p.get("position", 0)),
        p.get("status", ItemStatus.PENDING.value),
        p.get("note", ""),
        when("started_at"),
        when("ended_at"),
    )


@dataclass
class _Read:
    workshop: dict[str, Any]
    session: dict[str, Any]
    groups: list[dict[str, Any]]
    timelines: dict[uuid.UUID, Timeline]
    idea_counts: dict[uuid.UUID, list[tuple[uuid.UUID | None, str, int]]]
    present: dict[uuid.UUID, int]
    members: dict[uuid.UUID, int]
    open_votes: dict[uuid.UUID, int]
    conflicts: dict[uuid.UUID, int]
    laptops: dict[uuid.UUID, list[LaptopSeen]]
    answered: dict[uuid.UUID, int]  # questions with an answer, per group


def group_timelines(
    conn: Connection, workshop: dict[str, Any], session: dict[str, Any], rows: Rows | None = None
) -> dict[uuid.UUID, Timeline]:
    """Each group's agenda and timer events in ``session``, as the timer reads them."""
    rows = rows or reader(conn)
    session_id = session["id"]
    items: dict[uuid.UUID, list[ItemData]] = defaultdict(list)
    for group_id, p in rows("agenda_item"):
        if p.get("session_id") == session_id and p.get("deleted_at") is None:
            items[_uuid(group_id) or uuid.UUID(p["group_id"])].append(_item(p))
    wanted = {i.id for group_items in items.values() for i in group_items}
    events: dict[uuid.UUID, list[EventData]] = defaultdict(list)
    for _g, p in rows("timer_event"):
        item_id = uuid.UUID(p["agenda_item_id"])
        if item_id in wanted:
            at = dt.datetime.fromisoformat(p["at"])
            events[item_id].append(EventData(p["kind"], at, int(p.get("seconds", 0))))
    return {g: _timeline(workshop, session, rows, events) for g, rows in items.items()}


def _read(
    conn: Connection,
    central: CentralStore,
    ref: SessionRef,
    workshop: dict[str, Any],
    cache: DeskCache,
) -> _Read:
    rows = cache.rows.payloads
    session = next(p for _g, p in rows("session") if p["id"] == str(ref.id))
    groups = sorted(
        (
            p
            for _g, p in rows("breakout_group")
            if p.get("deleted_at") is None and p.get("workshop_id") == session["workshop_id"]
        ),
        key=lambda p: (p.get("position", 0), p["key"]),
    )
    members: dict[uuid.UUID, int] = defaultdict(int)
    for _g, p in rows("participant"):
        gid = _uuid(p.get("group_id"))
        if gid is not None and p.get("deleted_at") is None:
            members[gid] += 1
    present: dict[uuid.UUID, int] = defaultdict(int)
    for group_id, p in rows("attendance"):
        if p.get("session_id") == str(ref.id) and p.get("present") and group_id is not None:
            present[uuid.UUID(str(group_id))] += 1
    open_votes: dict[uuid.UUID, int] = defaultdict(int)
    for group_id, p in rows("vote_round"):
        if p.get("session_id") == str(ref.id) and p.get("closed_at") is None:
            open_votes[_uuid(group_id) or uuid.UUID(p["group_id"])] += 1
    conflicts: dict[uuid.UUID, int] = defaultdict(int)
    for group_id, n in conn.execute(
        select(conflict_table.c.group_id, func.count()).group_by(conflict_table.c.group_id)
    ):
        if group_id is not None:
            conflicts[uuid.UUID(str(group_id))] = int(n)
    laptops: dict[uuid.UUID, list[LaptopSeen]] = defaultdict(list)
    for row in conn.execute(select(laptop_sync_table)):
        gid = _uuid(row.group_id)
        if gid is not None:
            synced = row.synced_at
            if synced.tzinfo is None:  # SQLite gives naive UTC back
                synced = synced.replace(tzinfo=dt.UTC)
            laptops[gid].append(LaptopSeen(row.laptop_name, synced))
    return _Read(
        workshop,
        session,
        groups,
        group_timelines(conn, workshop, session, rows),
        _counted(conn, central, cache.tally, str(ref.id)),
        present,
        members,
        open_votes,
        conflicts,
        laptops,
        _answered(rows, str(ref.id)),
    )


def _counted(
    conn: Connection, central: CentralStore, tally: IdeaTally, session_id: str
) -> dict[uuid.UUID, list[tuple[uuid.UUID | None, str, int]]]:
    tally.update(conn, central)
    return tally.for_session(session_id)


def _answered(rows: Rows, session_id: str) -> dict[uuid.UUID, int]:
    questions: dict[uuid.UUID, set[str]] = defaultdict(set)
    for group_id, p in rows("expert_answer"):
        if p.get("session_id") == session_id and group_id is not None:
            questions[uuid.UUID(str(group_id))].add(str(p["idea_id"]))
    return {g: len(ids) for g, ids in questions.items()}


def _status(read: _Read, group: dict[str, Any], now: dt.datetime) -> GroupStatus:
    gid = uuid.UUID(group["id"])
    timeline = read.timelines.get(gid)
    behind: int | None = None
    spare = 0
    current = None
    per_item: dict[uuid.UUID | None, int] = defaultdict(int)
    questions_waiting = 0
    total = 0
    for item_id, category, n in read.idea_counts.get(gid, []):
        per_item[item_id] += n
        total += n
        if category == Category.EXPERT_QUESTION.value:
            questions_waiting += n
    if timeline is not None:
        item = timeline.current
        current = item.title if item is not None else None
        signal = timeline.schedule(now)
        if signal is not None:
            behind, spare = signal.behind_min, signal.spare_min
    items = timeline.items if timeline is not None else ()
    questions = tuple(
        QuestionCount(i.id, i.title, per_item.get(i.id, 0)) for i in items if i.kind == "question"
    )
    laptops = tuple(sorted(read.laptops.get(gid, []), key=lambda lap: lap.name.casefold()))
    return GroupStatus(
        gid,
        group["key"],
        group["name"],
        group.get("facilitator", ""),
        laptops,
        current,
        behind,
        spare,
        read.present.get(gid, 0),
        read.members.get(gid, 0),
        questions,
        total,
        read.open_votes.get(gid, 0),
        max(0, questions_waiting - read.answered.get(gid, 0)),
        read.conflicts.get(gid, 0),
    )


def read_overview(
    central: CentralStore,
    session_key: str | None = None,
    now: dt.datetime | None = None,
    cache: DeskCache | None = None,
) -> SessionOverview:
    """The desk's view of one session (``session_key``; default: today's or the last).

    Pass the same ``cache`` on every refresh: then only rows written since the last
    refresh are read.
    """
    cache = cache if cache is not None else DeskCache()
    check_role(central)
    now = now or dt.datetime.now(dt.UTC)
    try:
        with central.engine.connect() as conn:
            cache.rows.update(conn, central)
            workshop, sessions = plan_sessions(conn, cache.rows.payloads)
            today = now.astimezone(ZoneInfo(workshop["time_zone"])).date()
            ref = pick_session(sessions, session_key, today)
            read = _read(conn, central, ref, workshop, cache)
            conn.rollback()
    except SQLAlchemyError as exc:
        raise CentralStoreError(describe_error(exc, central.url)) from None
    groups = tuple(_status(read, g, now) for g in read.groups)
    titles = groups[0].questions if groups else ()
    return SessionOverview(
        workshop["title"],
        workshop["time_zone"],
        ref,
        tuple(sessions),
        groups,
        now,
        tuple(q.title for q in titles),
    )
