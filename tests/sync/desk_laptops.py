"""Laptops that run a session the way a facilitator does, for the organisers' desk tests.

Everything goes through the app's own services (context, board, attendance, agenda,
votes) and reaches the central store through the app's own sync.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from laptops import Laptop

from facilitator_app.models.enums import Category
from facilitator_app.services import agenda, attendance, voting
from facilitator_app.services import board as board_service
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.timer import current_item
from facilitator_app.services.workshop import SessionContext


@dataclass
class Activity:
    """What a laptop did in its session (ids of what it made)."""

    ideas: list[uuid.UUID]
    questions: list[uuid.UUID]
    present: int


def context_of(laptop: Laptop) -> SessionContext:
    """The laptop's workshop/session/group, remembered as the window would."""
    context = ws_service.load_context(
        laptop.store, laptop.group.workshop_id, laptop.session.id, laptop.group.id
    )
    assert context is not None
    ws_service.remember_context(laptop.store, context)
    return context


def question_ids(laptop: Laptop) -> list[uuid.UUID]:
    """The agenda questions of the laptop's group in s1, in order."""
    return [
        i.id
        for i in ws_service.list_agenda(laptop.store, laptop.session.id, laptop.group.id)
        if i.kind == "question"
    ]


def run_session(
    laptop: Laptop, *, ideas: int, questions: int, present: int, vote: bool = False
) -> Activity:
    """Start the agenda, tick attendance, capture notes and expert questions."""
    context = context_of(laptop)
    agenda.next_item(laptop.store, context)
    members = ws_service.list_participants(laptop.store, laptop.group.id)
    for person in members[:present]:
        attendance.set_present(laptop.store, laptop.session.id, person.id, True)
    first, second = question_ids(laptop)[:2]
    made: list[uuid.UUID] = []
    for n in range(ideas):
        target = first if n % 2 == 0 else second
        draft = board_service.NoteDraft(f"Idé {n} fra {laptop.group.key}", target)
        change = board_service.capture(laptop.store, laptop.session.id, laptop.group.id, draft)
        made += list(change.notes_after)
    asked: list[uuid.UUID] = []
    for n in range(questions):
        draft = board_service.NoteDraft(
            f"Spørsmål {n} fra {laptop.group.key}?", first, category=Category.EXPERT_QUESTION
        )
        change = board_service.capture(laptop.store, laptop.session.id, laptop.group.id, draft)
        asked += list(change.notes_after)
    if vote:
        voting.open_round(laptop.store, laptop.session.id, laptop.group.id, first, 3)
    return Activity(made, asked, present)


def expected(laptop: Laptop) -> dict[str, Any]:
    """The desk's figures for the laptop's group, computed from the laptop's own store."""
    board = board_service.load_board(laptop.store, laptop.session.id, laptop.group.id)
    items = ws_service.list_agenda(laptop.store, laptop.session.id, laptop.group.id)
    now_on = current_item(items)
    per_question = {i.id: 0 for i in items if i.kind == "question"}
    for note in board.notes:
        per_question[note.agenda_item_id] += 1  # type: ignore[index]
    members = {p.id for p in ws_service.list_participants(laptop.store, laptop.group.id)}
    present = attendance.present_ids(laptop.store, laptop.session.id) & members
    return {
        "ideas": len(board.notes),
        "questions": [per_question[i] for i in per_question],
        "waiting": sum(n.category == Category.EXPERT_QUESTION for n in board.notes),
        "present": len(present),
        "members": len(members),
        "current": now_on.title if now_on is not None else None,
    }
