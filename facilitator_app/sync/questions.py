"""The experts' inbox: the groups' questions in the central store, and answering them.

Questions are notes of category ``expert_question``. An answer is written with the
laptop's own service (``services.expert_answers``) on a temporary copy of the group's
central rows and pushed back like any change, so it reaches the group's laptop on its
next pull and no other group's (it carries the group of its question).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import SQLAlchemyError

from facilitator_app.errors import QT_TRANSLATE_NOOP, CentralStoreError, NotFoundError
from facilitator_app.services.expert_answers import AnswerVersion, answer, check_answer
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import CentralStore, describe_error
from facilitator_app.sync.materialise import materialised
from facilitator_app.sync.overview import check_role, payloads, pick_session, plan_sessions
from facilitator_app.sync.push import push

ANSWER_TABLES = (
    "workshop",
    "session",
    "breakout_group",
    "participant",
    "agenda_item",
    "cluster",
    "idea",
    "expert_answer",
)


@dataclass(frozen=True)
class Question:
    """A group's question for the experts with every answer version (oldest first)."""

    id: uuid.UUID
    session_key: str
    group_id: uuid.UUID
    group_key: str
    group_name: str
    facilitator: str
    agenda_title: str
    text: str
    asked_at: dt.datetime
    answers: tuple[AnswerVersion, ...]

    @property
    def answer(self) -> AnswerVersion | None:
        """The current answer (the latest version), None while open."""
        return self.answers[-1] if self.answers else None


def _question_rows(conn: Connection, central: CentralStore) -> list[dict[str, object]]:
    if central.is_postgres:
        where = "(payload::json ->> 'category') = 'expert_question'"
    else:
        where = "json_extract(payload, '$.category') = 'expert_question'"
    rows = conn.execute(text(f"SELECT payload FROM idea WHERE NOT deleted AND {where}"))
    return [json.loads(r[0]) for r in rows]


def _version(p: dict[str, object]) -> AnswerVersion:
    replaces = p.get("replaces_id")
    return AnswerVersion(
        uuid.UUID(str(p["id"])),
        uuid.UUID(str(p["idea_id"])),
        str(p["text"]),
        str(p["expert"]),
        dt.datetime.fromisoformat(str(p["answered_at"])),
        uuid.UUID(str(replaces)) if replaces else None,
    )


def list_questions(
    central: CentralStore,
    session_key: str | None = None,
    *,
    open_only: bool = False,
) -> list[Question]:
    """The groups' questions, oldest first; ``open_only``: those without an answer yet."""
    check_role(central)
    try:
        with central.engine.connect() as conn:
            _workshop, sessions = plan_sessions(conn)
            wanted = None
            if session_key is not None:
                wanted = pick_session(sessions, session_key, dt.date.today()).id
            keys = {r.id: r.key for r in sessions}
            groups = {p["id"]: p for _g, p in payloads(conn, "breakout_group")}
            titles = {p["id"]: p["title"] for _g, p in payloads(conn, "agenda_item")}
            asked = _question_rows(conn, central)
            answers: dict[uuid.UUID, list[AnswerVersion]] = defaultdict(list)
            for _g, p in payloads(conn, "expert_answer"):
                answers[uuid.UUID(p["idea_id"])].append(_version(p))
            conn.rollback()
    except SQLAlchemyError as exc:
        raise CentralStoreError(describe_error(exc, central.url)) from None
    out = []
    for p in asked:
        session_id = uuid.UUID(str(p["session_id"]))
        if wanted is not None and session_id != wanted:
            continue
        qid = uuid.UUID(str(p["id"]))
        versions = sorted(answers.get(qid, []), key=lambda v: v.answered_at)
        if open_only and versions:
            continue
        group = groups.get(str(p["group_id"]), {})
        out.append(
            Question(
                qid,
                keys.get(session_id, ""),
                uuid.UUID(str(p["group_id"])),
                str(group.get("key", "")),
                str(group.get("name", "")),
                str(group.get("facilitator", "")),
                str(titles.get(str(p.get("agenda_item_id")), "")),
                str(p["text"]),
                dt.datetime.fromisoformat(str(p["created_at"])),
                tuple(versions),
            )
        )
    out.sort(key=lambda q: (q.asked_at, q.group_key))
    return out


def _group_of(central: CentralStore, question_id: uuid.UUID) -> uuid.UUID:
    ideas = entity_tables["idea"]
    with central.engine.connect() as conn:
        row = conn.execute(select(ideas.c.group_id).where(ideas.c.id == question_id)).first()
        conn.rollback()
    if row is None or row[0] is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("UserError", "There is no question {id} in the central store."),
            id=str(question_id),
        )
    return row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(str(row[0]))


def answer_question(
    central: CentralStore, question_id: uuid.UUID, words: str, expert: str
) -> AnswerVersion:
    """Answer (or correct the answer to) a question; the group gets it on its next sync."""
    check_role(central)
    check_answer(words, expert)  # refuse bad input before reading anything
    try:
        group_id = _group_of(central, question_id)
        with materialised(central, ANSWER_TABLES, group_id) as copy:
            version = answer(copy, question_id, words, expert)
            push(copy, central, batch_size=100)
    except SQLAlchemyError as exc:
        raise CentralStoreError(describe_error(exc, central.url)) from None
    return version


def parse_question_id(value: str) -> uuid.UUID:
    """A question id as typed (with or without dashes)."""
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("UserError", "'{value}' is not a question id (a UUID)."),
            value=value,
        ) from None
