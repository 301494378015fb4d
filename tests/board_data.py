"""Test data for the summary and export tests: a filled-in board, written straight to the store.

The agenda/timer and whiteboard services are built in parallel, so these rows are made
directly (``store.transaction()``), the way those services store them.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select

from facilitator_app.models import (
    AgendaItem,
    Attendance,
    Cluster,
    DotVote,
    Idea,
    Participant,
    VoteRound,
)
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store

NASTY = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '=HYPERLINK("http://evil.example","click")',
    "+1+2",
    "-3*4",
    "@SUM(A1:A2)",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "Budsjett & *plan* [lenke](http://x) # ikke overskrift | pipe",
]
CATEGORIES = ["challenge", "measure", "expert_question", "other"]
ACTORS = ["council", "administration", "county", "state", "business", "citizens", "unknown"]
COLOURS = ["#fff59d", "#a5d6a7", "#90caf9", "#f48fb1"]


def fill_board(store: Store, context: SessionContext, ideas: int = 24, seed: int = 1) -> None:
    """Give the group in ``context`` a realistic session: times, attendance, notes, ideas
    (some with hostile text), clusters and a closed and an open vote round."""
    rng = random.Random(seed)
    sid, gid = context.session.id, context.group.id
    now = store.clock.now()
    with store.transaction() as s:
        items = list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.session_id == sid, AgendaItem.group_id == gid)
                .order_by(AgendaItem.position)
            )
        )
        people = list(
            s.scalars(
                select(Participant)
                .where(Participant.group_id == gid)
                .order_by(Participant.position)
            )
        )
        at = now
        for n, item in enumerate(items[:-1]):
            item.status = "done"
            item.started_at = at
            # Every other item runs over its timebox by a few minutes.
            at = at + dt.timedelta(minutes=item.timebox_min + (4 if n % 2 else -2))
            item.ended_at = at
        items[-1].status = "active"
        items[-1].started_at = at
        items[2].note = f"Notat: {people[0].display_name} ba om ordet. <b>fet</b>"
        for n, person in enumerate(people):
            s.add(Attendance(session_id=sid, participant_id=person.id, present=n != 1))
        questions = [i for i in items if i.kind == "question"]
        clusters = [
            Cluster(
                id=uuid.UUID(int=rng.getrandbits(128)),
                session_id=sid,
                group_id=gid,
                agenda_item_id=questions[0].id,
                name=name,
            )
            for name in ("Planer og styring", "<i>Innbyggere</i> & næringsliv")
        ]
        s.add_all(clusters)
        s.flush()
        made = []
        for n in range(ideas):
            question = questions[n % len(questions)]
            text = NASTY[n] if n < len(NASTY) else f"Idé nummer {n}: {rng.random():.4f}"
            idea = Idea(
                id=uuid.UUID(int=rng.getrandbits(128)),
                session_id=sid,
                group_id=gid,
                agenda_item_id=question.id,
                cluster_id=clusters[(n // 3) % 2].id
                if question is questions[0] and (n // 3) % 3
                else None,
                author_id=people[n % len(people)].id if n % 4 else None,
                text=text,
                colour=COLOURS[n % len(COLOURS)],
                category=CATEGORIES[n % len(CATEGORIES)],
                actor=ACTORS[n % len(ACTORS)],
                x=float((n % 6) * 180),
                y=float((n // 6) * 120),
            )
            made.append(idea)
        s.add_all(made)
        s.flush()
        closed = VoteRound(
            id=uuid.UUID(int=rng.getrandbits(128)),
            session_id=sid,
            group_id=gid,
            agenda_item_id=questions[0].id,
            dots_per_participant=3,
            opened_at=now,
            closed_at=now + dt.timedelta(minutes=5),
        )
        still_open = VoteRound(
            id=uuid.UUID(int=rng.getrandbits(128)),
            session_id=sid,
            group_id=gid,
            agenda_item_id=None,
            dots_per_participant=2,
            opened_at=now + dt.timedelta(minutes=6),
        )
        s.add_all([closed, still_open])
        s.flush()
        for n, person in enumerate(people):
            for k in range(3):
                s.add(
                    DotVote(
                        id=uuid.UUID(int=rng.getrandbits(128)),
                        round_id=closed.id,
                        idea_id=made[(n + k * 2) % len(made)].id,
                        participant_id=person.id if n % 2 else None,
                    )
                )
        s.add(
            DotVote(
                id=uuid.UUID(int=rng.getrandbits(128)),
                round_id=still_open.id,
                idea_id=made[0].id,
                participant_id=people[0].id,
            )
        )
