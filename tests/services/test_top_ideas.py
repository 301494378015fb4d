"""The ranking of most-voted ideas per question, read from the store."""

from __future__ import annotations

from facilitator_app.clock import FakeClock
from facilitator_app.services import board, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.top_ideas import TOP_COUNT, top_ideas
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store


def test_most_voted_first_ties_by_capture_and_deleted_left_out(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    ctx = demo_context
    questions = [
        i
        for i in ws_service.list_agenda(demo_store, ctx.session.id, ctx.group.id)
        if i.kind == "question"
    ]
    first = questions[0]
    ids = []
    for n in range(8):
        change = board.capture(
            demo_store, ctx.session.id, ctx.group.id, board.NoteDraft(f"Idé {n}", first.id)
        )
        ids.extend(change.notes_after)
        clock.advance(1)
    vote = voting.open_round(demo_store, ctx.session.id, ctx.group.id, first.id, 10)
    for idea, dots in zip(ids, [1, 3, 0, 3, 2, 1, 1, 5], strict=True):
        if dots:
            voting.cast(demo_store, vote.id, idea, None, dots)
    board.delete(demo_store, [ids[7]])  # the top one is deleted: its dots go too
    tops = {q.agenda_item_id: q for q in top_ideas(demo_store, ctx)}
    ranked = tops[first.id].ideas
    assert [t.text for t in ranked] == ["Idé 1", "Idé 3", "Idé 4", "Idé 0", "Idé 5"]
    assert [t.votes for t in ranked] == [3, 3, 2, 1, 1]
    assert len(ranked) == TOP_COUNT
    # Every question is listed, in agenda order; those without votes are empty.
    assert [q.agenda_item_id for q in top_ideas(demo_store, ctx)][: len(questions)] == [
        q.id for q in questions
    ]
    assert tops[questions[1].id].ideas == ()
