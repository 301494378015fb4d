"""Dot voting: limits per participant and for the group, take back, close, undo paths."""

from __future__ import annotations

import uuid

import pytest

from facilitator_app.services import board, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.voting import VoteError
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store


@pytest.fixture
def setup(
    demo_store: Store, demo_context: SessionContext
) -> tuple[Store, SessionContext, list[uuid.UUID], list[uuid.UUID]]:
    sid, gid = demo_context.session.id, demo_context.group.id
    q = board.load_board(demo_store, sid, gid).frames[0].id
    change = board.add_notes(
        demo_store, sid, gid, [board.NoteDraft(f"idé {i}", q) for i in range(3)]
    )
    people = [p.id for p in ws_service.list_participants(demo_store, gid)]
    return demo_store, demo_context, list(change.notes_after), people


def open_round(store: Store, ctx: SessionContext, dots: int = 2) -> voting.RoundInfo:
    q = board.load_board(store, ctx.session.id, ctx.group.id).frames[0].id
    return voting.open_round(store, ctx.session.id, ctx.group.id, q, dots)


def test_participant_cannot_exceed_dots(setup: tuple) -> None:  # type: ignore[type-arg]
    store, ctx, notes, people = setup
    r = open_round(store, ctx, dots=2)
    voting.cast(store, r.id, notes[0], people[0])
    voting.cast(store, r.id, notes[0], people[0])  # stacking dots on one note is allowed
    with pytest.raises(VoteError, match="used all 2 dots"):
        voting.cast(store, r.id, notes[1], people[0])
    assert voting.tally(store, r.id) == {notes[0]: 2}
    voting.take_back(store, r.id, notes[0], people[0])
    voting.cast(store, r.id, notes[1], people[0])
    assert voting.tally(store, r.id) == {notes[0]: 1, notes[1]: 1}
    assert voting.used_by(store, r.id) == {people[0]: 2}


def test_anonymous_counts_share_the_groups_total(setup: tuple) -> None:  # type: ignore[type-arg]
    store, ctx, notes, people = setup
    r = open_round(store, ctx, dots=1)
    assert r.capacity == len(people) == 6
    voting.cast(store, r.id, notes[0], None, count=5)
    voting.cast(store, r.id, notes[1], people[0])
    with pytest.raises(VoteError, match="All 6 dots"):
        voting.cast(store, r.id, notes[2], None)
    with pytest.raises(VoteError, match="All 6 dots"):
        voting.cast(store, r.id, notes[2], None, count=3)
    assert voting.tally(store, r.id) == {notes[0]: 5, notes[1]: 1}


def test_take_back_needs_a_dot(setup: tuple) -> None:  # type: ignore[type-arg]
    store, ctx, notes, people = setup
    r = open_round(store, ctx)
    with pytest.raises(VoteError, match="no such dot"):
        voting.take_back(store, r.id, notes[0], people[1])


def test_retract_and_restore_respect_the_limit(setup: tuple) -> None:  # type: ignore[type-arg]
    store, ctx, notes, people = setup
    r = open_round(store, ctx, dots=1)
    first = voting.cast(store, r.id, notes[0], people[0])
    voting.retract(store, first)  # undo
    voting.cast(store, r.id, notes[1], people[0])
    with pytest.raises(VoteError, match="used all 1 dots"):
        voting.restore(store, first)  # redo would exceed the limit: refused
    assert voting.tally(store, r.id) == {notes[1]: 1}


def test_close_records_and_blocks_votes(setup: tuple) -> None:  # type: ignore[type-arg]
    store, ctx, notes, people = setup
    r = open_round(store, ctx)
    voting.cast(store, r.id, notes[2], people[2])
    closed = voting.close(store, r.id)
    assert not closed.is_open
    with pytest.raises(VoteError, match="closed"):
        voting.cast(store, r.id, notes[0], people[1])
    current = voting.current_round(store, ctx.session.id, ctx.group.id)
    assert current is not None and current.id == r.id and not current.is_open
    assert voting.tally(store, r.id) == {notes[2]: 1}
    voting.reopen(store, r.id)
    voting.cast(store, r.id, notes[0], people[1])


def test_one_open_round_per_board_and_dots_range(setup: tuple) -> None:  # type: ignore[type-arg]
    store, ctx, _notes, _people = setup
    open_round(store, ctx)
    with pytest.raises(VoteError, match="already open"):
        voting.open_round(store, ctx.session.id, ctx.group.id, None, 3)
    with pytest.raises(VoteError, match="between 1 and"):
        voting.open_round(store, ctx.session.id, ctx.group.id, None, 0)


def test_question_round_excludes_other_questions_and_strangers(
    setup: tuple,  # type: ignore[type-arg]
) -> None:
    store, ctx, notes, _people = setup
    sid, gid = ctx.session.id, ctx.group.id
    q2 = board.load_board(store, sid, gid).frames[1].id
    other = board.capture(store, sid, gid, board.NoteDraft("annet spørsmål", q2))
    r = open_round(store, ctx)
    with pytest.raises(VoteError, match="not part of this vote"):
        voting.cast(store, r.id, next(iter(other.notes_after)))
    with pytest.raises(VoteError, match="not in this group"):
        voting.cast(store, r.id, notes[0], uuid.uuid4())
    board.delete(store, [notes[0]])
    with pytest.raises(VoteError, match="no longer exists"):
        voting.cast(store, r.id, notes[0])
