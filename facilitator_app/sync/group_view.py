"""One group seen from the organisers' desk: its board, agenda log and the attendance grid.

The board is read straight from the group's central payloads into the laptop's own
``Board`` / ``NoteState`` data, with ``load_board``'s rules (question frames in agenda
order, an extra frame for notes without a question, notes in capture order), so the
board scene draws it as the facilitator sees it. A temporary copy of the rows
(``materialise``) gave the same result but took seconds for 2,000 notes.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from facilitator_app.errors import CentralStoreError
from facilitator_app.services.board import Board, ClusterState, NoteState, QuestionFrame
from facilitator_app.services.expert_answers import AnswerVersion
from facilitator_app.services.timer import LogRow, Timeline
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import CentralStore, describe_error
from facilitator_app.sync.overview import (
    SessionRef,
    check_role,
    group_timelines,
    payloads,
    plan_sessions,
)

Payload = dict[str, Any]


@dataclass(frozen=True)
class GroupBoard:
    """A group's board and agenda in one session, as the central store holds them."""

    group_name: str
    session_title: str
    time_zone: str
    board: Board
    votes: dict[uuid.UUID, int]
    vote_open: bool
    answers: dict[uuid.UUID, AnswerVersion]
    log: tuple[LogRow, ...]
    read_at: dt.datetime


def _group_rows(conn: Connection, table: str, group_id: uuid.UUID, session: str) -> list[Payload]:
    """Live payloads of one group's rows of ``table`` in one session (group index)."""
    t = entity_tables[table]
    rows = conn.execute(select(t.c.payload).where(t.c.group_id == group_id, t.c.deleted.is_(False)))
    out = []
    for (text,) in rows:
        p = json.loads(text)
        if p.get("session_id", session) == session and p.get("deleted_at") is None:
            out.append(p)
    return out


def _as_uuid(value: object, cache: dict[str, uuid.UUID]) -> uuid.UUID | None:
    if value is None:
        return None
    key = str(value)
    found = cache.get(key)
    if found is None:
        found = cache[key] = uuid.UUID(key)
    return found


def _board(conn: Connection, session: str, group_id: uuid.UUID) -> Board:
    """The board as ``services.board.load_board`` reads it on the laptop, from payloads.

    The same frames (the agenda's questions in order, an extra one for notes without a
    question), notes in capture order and clusters; no temporary copy of the rows.
    """
    items = sorted(
        (p for p in _group_rows(conn, "agenda_item", group_id, session) if p["kind"] == "question"),
        key=lambda p: (p.get("position", 0), p["created_at"]),
    )
    frames = [QuestionFrame(uuid.UUID(p["id"]), p["title"]) for p in items]
    ids: dict[str, uuid.UUID] = {}
    ideas = sorted(_group_rows(conn, "idea", group_id, session), key=lambda p: p["created_at"])
    notes = [
        NoteState(
            uuid.UUID(p["id"]),
            _as_uuid(p.get("agenda_item_id"), ids),
            _as_uuid(p.get("cluster_id"), ids),
            _as_uuid(p.get("author_id"), ids),
            p["text"],
            p["colour"],
            p["category"],
            p["actor"],
            float(p["x"]),
            float(p["y"]),
            float(p["width"]),
            float(p["height"]),
        )
        for p in ideas
    ]
    clusters = [
        ClusterState(uuid.UUID(p["id"]), _as_uuid(p.get("agenda_item_id"), ids), p["name"])
        for p in _group_rows(conn, "cluster", group_id, session)
    ]
    known = {f.id for f in frames}
    if any(n.agenda_item_id not in known for n in notes):
        frames.append(QuestionFrame(None, ""))
    return Board(frames, notes, clusters)


def _votes(
    conn: Connection, session: str, group_id: uuid.UUID
) -> tuple[dict[uuid.UUID, int], bool]:
    """Dots per note of the current round (the open one, else the last closed one)."""
    rounds = _group_rows(conn, "vote_round", group_id, session)
    if not rounds:
        return {}, False
    open_rounds = [r for r in rounds if r.get("closed_at") is None]
    current = (
        open_rounds[0]
        if open_rounds
        else max(rounds, key=lambda r: (r["opened_at"], r.get("closed_at") or ""))
    )
    counts: Counter[uuid.UUID] = Counter()
    for _g, p in payloads_of_group(conn, "dot_vote", group_id):
        if p.get("round_id") == current["id"] and p.get("deleted_at") is None:
            counts[uuid.UUID(p["idea_id"])] += 1
    return dict(counts), bool(open_rounds)


def payloads_of_group(
    conn: Connection, table: str, group_id: uuid.UUID
) -> list[tuple[Any, Payload]]:
    """(group, payload) of the live rows of one group in ``table``."""
    t = entity_tables[table]
    rows = conn.execute(
        select(t.c.group_id, t.c.payload).where(t.c.group_id == group_id, t.c.deleted.is_(False))
    )
    return [(r.group_id, json.loads(r.payload)) for r in rows]


def _answers(conn: Connection, session: str, group_id: uuid.UUID) -> dict[uuid.UUID, AnswerVersion]:
    out: dict[uuid.UUID, AnswerVersion] = {}
    rows = sorted(
        _group_rows(conn, "expert_answer", group_id, session),
        key=lambda p: (p["answered_at"], p["hlc"]),
    )
    for p in rows:
        replaces = p.get("replaces_id")
        out[uuid.UUID(p["idea_id"])] = AnswerVersion(
            uuid.UUID(p["id"]),
            uuid.UUID(p["idea_id"]),
            p["text"],
            p["expert"],
            dt.datetime.fromisoformat(p["answered_at"]),
            uuid.UUID(replaces) if replaces else None,
        )
    return out


def read_group_board(
    central: CentralStore,
    session_id: uuid.UUID,
    group_id: uuid.UUID,
    now: dt.datetime | None = None,
) -> GroupBoard:
    """The board (read-only data) and the planned-versus-actual log of one group."""
    check_role(central)
    now = now or dt.datetime.now(dt.UTC)
    session_key = str(session_id)
    try:
        with central.engine.connect() as conn:
            workshop, _refs = plan_sessions(conn)
            session = next(
                (p for _g, p in payloads(conn, "session") if p["id"] == session_key), None
            )
            group = next(
                (p for _g, p in payloads(conn, "breakout_group") if p["id"] == str(group_id)),
                None,
            )
            if session is None or group is None:
                raise CentralStoreError("That group or session is no longer in the central store.")
            timeline: Timeline | None = group_timelines(conn, workshop, session).get(group_id)
            board = _board(conn, session_key, group_id)
            votes, vote_open = _votes(conn, session_key, group_id)
            answers = _answers(conn, session_key, group_id)
            conn.rollback()
    except SQLAlchemyError as exc:
        raise CentralStoreError(describe_error(exc, central.url)) from None
    log = tuple(timeline.log(now)) if timeline is not None else ()
    return GroupBoard(
        group["name"],
        session["title"],
        workshop["time_zone"],
        board,
        votes,
        vote_open,
        answers,
        log,
        now,
    )


@dataclass(frozen=True)
class GroupRef:
    """A group of the published plan."""

    id: uuid.UUID
    key: str
    name: str
    members: int


@dataclass(frozen=True)
class WorkshopGrid:
    """Attendance of every group in every session (present of members)."""

    workshop_title: str
    sessions: tuple[SessionRef, ...]
    groups: tuple[GroupRef, ...]
    present: dict[tuple[uuid.UUID, uuid.UUID], int]  # (session, group) -> present


def read_workshop_grid(central: CentralStore) -> WorkshopGrid:
    """Sessions × groups with the number of people ticked present."""
    check_role(central)
    try:
        with central.engine.connect() as conn:
            workshop, sessions = plan_sessions(conn)
            members: dict[uuid.UUID, int] = defaultdict(int)
            for _g, p in payloads(conn, "participant"):
                if p.get("group_id") and p.get("deleted_at") is None:
                    members[uuid.UUID(p["group_id"])] += 1
            groups = sorted(
                (p for _g, p in payloads(conn, "breakout_group") if p.get("deleted_at") is None),
                key=lambda p: (p.get("position", 0), p["key"]),
            )
            present: dict[tuple[uuid.UUID, uuid.UUID], int] = defaultdict(int)
            for group_id, p in payloads(conn, "attendance"):
                if p.get("present") and group_id is not None:
                    key = (uuid.UUID(p["session_id"]), uuid.UUID(str(group_id)))
                    present[key] += 1
            conn.rollback()
    except SQLAlchemyError as exc:
        raise CentralStoreError(describe_error(exc, central.url)) from None
    refs = tuple(
        GroupRef(uuid.UUID(p["id"]), p["key"], p["name"], members.get(uuid.UUID(p["id"]), 0))
        for p in groups
    )
    return WorkshopGrid(workshop["title"], tuple(sessions), refs, dict(present))
