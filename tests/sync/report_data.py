"""Nine laptops' worth of generated workshop data, synced into one central store.

Each laptop (groups g1…g9 of the demo plan, session s1) ticks attendance, captures ideas
through the board service, clusters some, runs a dot vote and times a question, then
syncs with the app's own sync — except ``MISSING``, which never syncs. ``Expected`` is
the independent count the report tests compare against: it is what the generator did,
not anything read back from the store.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from laptops import SESSION_MORNING, Laptop
from sqlalchemy import select

from facilitator_app.models import AgendaItem, Participant
from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import attendance, board, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.board import NoteDraft

GROUPS = [f"g{n}" for n in range(1, 10)]
MISSING = "g9"
ACTORS = [a.value for a in Actor]
CATEGORIES = [Category.MEASURE.value, Category.CHALLENGE.value, Category.MEASURE.value]


@dataclass
class Expected:
    """What the generator made, counted as it went."""

    ideas: Counter[tuple[str, str]] = field(default_factory=Counter)  # (question key, group)
    actors: Counter[str] = field(default_factory=Counter)  # synced groups, no expert questions
    votes: dict[str, int] = field(default_factory=dict)  # idea text → dots
    present: dict[str, int] = field(default_factory=dict)  # group → ticked present
    actual_min: dict[str, int] = field(default_factory=dict)  # group → first question's min
    names: set[str] = field(default_factory=set)  # every person named in the plan
    name_notes: int = 0  # notes with a plan person's full name typed in
    expert_questions: int = 0
    synced: set[str] = field(default_factory=set)
    laptops: dict[str, Laptop] = field(default_factory=dict)  # for tests that sync later


def _members(laptop: Laptop) -> list[Participant]:
    with laptop.store.read() as s:
        return list(
            s.scalars(
                select(Participant)
                .where(Participant.group_id == laptop.group.id)
                .order_by(Participant.key)
            )
        )


def _plan_names(laptop: Laptop) -> set[str]:
    with laptop.store.read() as s:
        people = {p.display_name for p in s.scalars(select(Participant))}
    groups = ws_service.list_groups(laptop.store, laptop.session.workshop_id)
    return people | {g.facilitator for g in groups}


def fill_group(laptop: Laptop, n: int, expected: Expected) -> None:
    """Generate group number ``n``'s session: attendance, ideas, cluster, vote, time."""
    key = laptop.group.key
    sid, gid = laptop.session.id, laptop.group.id
    members = _members(laptop)
    # Everyone present except the last member in odd groups: groups of different sizes.
    present = members[:-1] if n % 2 else members
    for p in members:
        attendance.set_present(laptop.store, sid, p.id, p in present)
    expected.present[key] = len(present)
    questions = [
        item for item in ws_service.list_agenda(laptop.store, sid, gid) if item.kind == "question"
    ]
    made: list[uuid.UUID] = []
    for q_no, q in enumerate(questions[:3]):
        for k in range(2 + (n + q_no) % 3):
            category = CATEGORIES[(n + k) % len(CATEGORIES)]
            actor = ACTORS[(n * 3 + k + q_no) % len(ACTORS)]
            text = f"{key} q{q_no} idé {k}: sykkelvei og æøå"
            change = board.capture(
                laptop.store,
                sid,
                gid,
                NoteDraft(
                    text=text,
                    agenda_item_id=q.id,
                    category=category,
                    actor=actor,
                    author_id=members[k % len(members)].id,
                ),
            )
            made += list(change.notes_after)
            expected.ideas[(q.key or "", key)] += 1
            if key != MISSING:
                expected.actors[actor] += 1
    # A note naming the facilitator and a participant of another group (public: scrubbed).
    other = _plan_names(laptop) - {m.display_name for m in members} - {laptop.group.facilitator}
    named = sorted(other)[n]
    board.capture(
        laptop.store,
        sid,
        gid,
        NoteDraft(
            text=f"{laptop.group.facilitator} og {named} foreslo gratis buss",
            agenda_item_id=questions[0].id,
            category=Category.EXPERT_QUESTION.value,
        ),
    )
    expected.ideas[(questions[0].key or "", key)] += 1
    expected.name_notes += 1
    expected.expert_questions += 1
    board.group_notes(laptop.store, made[:2], f"Klynge {key}")
    # Vote on the first question: every present member dots the first idea; n dots on the
    # second from the first member.
    info = voting.open_round(laptop.store, sid, gid, questions[0].id, 9)
    first, second = made[0], made[1]
    for p in present:
        voting.cast(laptop.store, info.id, first, p.id)
    voting.cast(laptop.store, info.id, second, present[0].id, count=n % 4 + 1)
    voting.close(laptop.store, info.id)
    expected.votes[f"{key} q0 idé 0: sykkelvei og æøå"] = len(present)
    expected.votes[f"{key} q0 idé 1: sykkelvei og æøå"] = n % 4 + 1
    # The first question ran 10 + n minutes.
    start = SESSION_MORNING + dt.timedelta(hours=1)
    laptop.edit(
        AgendaItem,
        questions[0].id,
        status="done",
        started_at=start,
        ended_at=start + dt.timedelta(minutes=10 + n),
    )
    expected.actual_min[key] = 10 + n


def build_central(make_laptop: Callable[..., Laptop], url: str) -> Expected:
    """Nine laptops fill their groups; all but ``MISSING`` sync to ``url``."""
    expected = Expected()
    for n, key in enumerate(GROUPS, start=1):
        laptop = make_laptop(f"laptop-{key}", group=key)
        expected.laptops[key] = laptop
        expected.names |= _plan_names(laptop)
        fill_group(laptop, n, expected)
        if key != MISSING:
            report = laptop.sync(url)
            assert report.waiting == 0
            expected.synced.add(key)
    return expected
