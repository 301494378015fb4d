"""The experts' answers to a group's questions: write a version, read the current one.

An answer belongs to a note of category ``expert_question``. Every answer or
correction is a new ``ExpertAnswer`` row (``replaces_id`` names the version it
corrects), so the history is kept and nothing an expert wrote is overwritten. The
current answer of a question is its latest version.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from facilitator_app.errors import QT_TRANSLATE_NOOP, UserError
from facilitator_app.models import ExpertAnswer, Idea
from facilitator_app.models.enums import Category
from facilitator_app.store import Store

MAX_ANSWER = 10_000
MAX_EXPERT = 200


class AnswerError(UserError):
    """An answer that cannot be stored as asked (empty, too long, not a question)."""


@dataclass(frozen=True)
class AnswerVersion:
    """One version of an answer, as plain data."""

    id: uuid.UUID
    idea_id: uuid.UUID
    text: str
    expert: str
    answered_at: dt.datetime
    replaces_id: uuid.UUID | None


def _version(row: ExpertAnswer) -> AnswerVersion:
    return AnswerVersion(
        row.id, row.idea_id, row.text, row.expert, row.answered_at, row.replaces_id
    )


def check_answer(text: str, expert: str) -> tuple[str, str]:
    """The answer and the expert's name, trimmed; refuses empty or overlong ones."""
    clean = text.strip()
    who = " ".join(expert.split())
    if not clean:
        raise AnswerError(QT_TRANSLATE_NOOP("UserError", "The answer is empty."))
    if len(clean) > MAX_ANSWER:
        raise AnswerError(
            QT_TRANSLATE_NOOP("UserError", "An answer has at most {max} characters."),
            max=MAX_ANSWER,
        )
    if not who or len(who) > MAX_EXPERT:
        raise AnswerError(
            QT_TRANSLATE_NOOP("UserError", "Say who answers (a name of at most {max} characters)."),
            max=MAX_EXPERT,
        )
    return clean, who


def answer(store: Store, idea_id: uuid.UUID, text: str, expert: str) -> AnswerVersion:
    """Store a new answer to a question note, or a correction of its current answer."""
    clean, who = check_answer(text, expert)
    with store.transaction() as s:
        idea = s.get(Idea, idea_id)
        if idea is None or idea.deleted_at is not None:
            raise AnswerError(
                QT_TRANSLATE_NOOP("UserError", "There is no question {id} (it may be deleted)."),
                id=str(idea_id),
            )
        if idea.category != Category.EXPERT_QUESTION.value:
            raise AnswerError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Note {id} is not a question for the experts; only those are answered.",
                ),
                id=str(idea_id),
            )
        current = s.scalar(
            select(ExpertAnswer)
            .where(ExpertAnswer.idea_id == idea_id)
            .order_by(ExpertAnswer.answered_at.desc(), ExpertAnswer.hlc.desc())
            .limit(1)
        )
        if current is not None and current.text == clean and current.expert == who:
            return _version(current)  # the same words again change nothing
        row = ExpertAnswer(
            id=uuid.uuid4(),
            session_id=idea.session_id,
            group_id=idea.group_id,
            idea_id=idea.id,
            text=clean,
            expert=who,
            answered_at=store.clock.now(),
            replaces_id=current.id if current is not None else None,
        )
        s.add(row)
        s.flush()
        return _version(row)


def history(store: Store, idea_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[AnswerVersion]]:
    """Every answer version of these questions, oldest first (the last is the current)."""
    ids = list(idea_ids)
    out: dict[uuid.UUID, list[AnswerVersion]] = defaultdict(list)
    with store.read() as s:
        for start in range(0, len(ids), 500):
            rows = s.scalars(
                select(ExpertAnswer)
                .where(ExpertAnswer.idea_id.in_(ids[start : start + 500]))
                .order_by(ExpertAnswer.answered_at, ExpertAnswer.hlc)
            )
            for row in rows:
                out[row.idea_id].append(_version(row))
    return dict(out)


def current_answers(
    store: Store, session_id: uuid.UUID, group_id: uuid.UUID
) -> dict[uuid.UUID, AnswerVersion]:
    """The current answer of each answered question on a group's board."""
    out: dict[uuid.UUID, AnswerVersion] = {}
    with store.read() as s:
        rows = s.scalars(
            select(ExpertAnswer)
            .where(ExpertAnswer.session_id == session_id, ExpertAnswer.group_id == group_id)
            .order_by(ExpertAnswer.answered_at, ExpertAnswer.hlc)
        )
        for row in rows:
            out[row.idea_id] = _version(row)  # later versions replace earlier ones
    return out
