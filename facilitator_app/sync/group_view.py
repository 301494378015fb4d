"""One group seen from the organisers' desk: its board, agenda log and the attendance grid.

The board is read with the laptop's own ``load_board`` over a temporary copy of the
group's central rows (``materialise``), so the desk shows the same frames, clusters,
colours and vote counts as the facilitator's screen, from one implementation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from facilitator_app.errors import CentralStoreError
from facilitator_app.services import voting
from facilitator_app.services.board import Board, load_board
from facilitator_app.services.expert_answers import AnswerVersion, current_answers
from facilitator_app.services.timer import LogRow, Timeline
from facilitator_app.sync.central_store import CentralStore, describe_error
from facilitator_app.sync.materialise import materialised
from facilitator_app.sync.overview import (
    SessionRef,
    check_role,
    group_timelines,
    payloads,
    plan_sessions,
)

BOARD_TABLES = (
    "workshop",
    "session",
    "breakout_group",
    "participant",
    "agenda_item",
    "cluster",
    "idea",
    "vote_round",
    "dot_vote",
    "expert_answer",
)


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


def read_group_board(
    central: CentralStore,
    session_id: uuid.UUID,
    group_id: uuid.UUID,
    now: dt.datetime | None = None,
) -> GroupBoard:
    """The board (read-only data) and the planned-versus-actual log of one group."""
    check_role(central)
    now = now or dt.datetime.now(dt.UTC)
    try:
        with central.engine.connect() as conn:
            workshop, _refs = plan_sessions(conn)
            session = next(
                (p for _g, p in payloads(conn, "session") if p["id"] == str(session_id)), None
            )
            group = next(
                (p for _g, p in payloads(conn, "breakout_group") if p["id"] == str(group_id)),
                None,
            )
            if session is None or group is None:
                raise CentralStoreError("That group or session is no longer in the central store.")
            timeline: Timeline | None = group_timelines(conn, workshop, session).get(group_id)
            conn.rollback()
        with materialised(central, BOARD_TABLES, group_id) as copy:
            board = load_board(copy, session_id, group_id)
            current = voting.current_round(copy, session_id, group_id)
            votes = voting.tally(copy, current.id) if current is not None else {}
            answers = current_answers(copy, session_id, group_id)
    except SQLAlchemyError as exc:
        raise CentralStoreError(describe_error(exc, central.url)) from None
    log = tuple(timeline.log(now)) if timeline is not None else ()
    return GroupBoard(
        group["name"],
        session["title"],
        workshop["time_zone"],
        board,
        votes,
        current is not None,
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
