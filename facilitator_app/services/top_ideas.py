"""The most-voted ideas of each question: the window's side list and the documents' lists.

One ranking rule for both: ideas with at least one dot, most dots first; a tie goes to
the idea captured first (it has stood on the board longest). At most ``TOP_COUNT`` per
question: a short list people read at a glance, the full list is the board.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select

from facilitator_app.models import AgendaItem, DotVote, Idea
from facilitator_app.models.enums import ItemKind
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store

TOP_COUNT = 5
T = TypeVar("T")


def ranked(
    ideas: Iterable[T],
    votes: Callable[[T], int],
    created: Callable[[T], dt.datetime],
    count: int = TOP_COUNT,
) -> list[T]:
    """The ``count`` most-voted of ``ideas`` (only those with votes), best first."""
    voted = [i for i in ideas if votes(i) > 0]
    voted.sort(key=lambda i: (-votes(i), created(i)))
    return voted[:count]


@dataclass(frozen=True)
class TopIdea:
    """An idea in a top list: its text, category and dots."""

    idea_id: uuid.UUID
    text: str
    category: str
    votes: int
    created_at: dt.datetime


@dataclass(frozen=True)
class QuestionTop:
    """One question and its most-voted ideas (empty until someone votes)."""

    agenda_item_id: uuid.UUID | None
    title: str
    ideas: tuple[TopIdea, ...]


def top_ideas(store: Store, context: SessionContext, count: int = TOP_COUNT) -> list[QuestionTop]:
    """Every question of the group's agenda, in agenda order, with its top ideas.

    Two grouped queries (ideas with their dot counts, the questions); dots of every round
    count, as in the summary, and dots on deleted ideas or deleted dots do not.
    """
    with store.read() as s:
        dots = (
            select(DotVote.idea_id, func.count().label("n"))
            .where(DotVote.deleted_at.is_(None))
            .group_by(DotVote.idea_id)
            .subquery()
        )
        rows = s.execute(
            select(
                Idea.id, Idea.agenda_item_id, Idea.text, Idea.category, Idea.created_at, dots.c.n
            )
            .join(dots, dots.c.idea_id == Idea.id)
            .where(
                Idea.session_id == context.session.id,
                Idea.group_id == context.group.id,
                Idea.deleted_at.is_(None),
            )
            .order_by(Idea.created_at, Idea.id)  # ties: the same order on every screen
        ).all()
        items = s.execute(
            select(AgendaItem.id, AgendaItem.title, AgendaItem.kind)
            .where(
                AgendaItem.session_id == context.session.id,
                AgendaItem.group_id == context.group.id,
                AgendaItem.deleted_at.is_(None),
            )
            .order_by(AgendaItem.position)
        ).all()
    by_item: dict[uuid.UUID | None, list[TopIdea]] = {}
    for idea_id, item_id, text, category, created, n in rows:
        by_item.setdefault(item_id, []).append(TopIdea(idea_id, text, category, int(n), created))
    out = []
    for item_id, title, kind in items:
        if kind == ItemKind.QUESTION or item_id in by_item:
            top = ranked(by_item.get(item_id, []), lambda t: t.votes, lambda t: t.created_at, count)
            out.append(QuestionTop(item_id, title, tuple(top)))
    if None in by_item:  # ideas on the board outside any question (title left to the UI)
        top = ranked(by_item[None], lambda t: t.votes, lambda t: t.created_at, count)
        out.append(QuestionTop(None, "", tuple(top)))
    return out
