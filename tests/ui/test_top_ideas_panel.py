"""The window's list of most-voted ideas follows the votes, undo included."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from facilitator_app.clock import FakeClock
from facilitator_app.services import board, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui.main_window import MainWindow


def test_ranking_follows_votes_sync_and_the_undo_stack(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    ctx = demo_context
    question = next(
        i
        for i in ws_service.list_agenda(demo_store, ctx.session.id, ctx.group.id)
        if i.kind == "question"
    )
    ids = []
    for text in ("Sykkelvei", "Klimabudsjett", "Ladepunkt"):
        change = board.capture(
            demo_store, ctx.session.id, ctx.group.id, board.NoteDraft(text, question.id)
        )
        ids.extend(change.notes_after)
        clock.advance(1)
    window = MainWindow(demo_store, ctx, demo_store.clock)
    qtbot.addWidget(window)
    panel = window.top_ideas
    assert panel.list.accessibleName()
    assert "No votes yet" in panel.rows()[0]
    vote = voting.open_round(demo_store, ctx.session.id, ctx.group.id, question.id, 5)
    voting.cast(demo_store, vote.id, ids[1], None, 3)
    voting.cast(demo_store, vote.id, ids[2], None, 1)
    # A change on the undo stack (here an agenda step) makes the panel read again.
    window.agenda.go_next()
    qtbot.waitUntil(lambda: len(panel.rows()) == 3, timeout=3000)
    rows = panel.rows()
    assert rows[0] == question.title
    assert rows[1].startswith("1. Klimabudsjett (3 vote")
    assert rows[2].startswith("2. Ladepunkt (1 vote")
    # A sync that brought changes in refreshes it too; a tie goes to the earlier idea.
    voting.cast(demo_store, vote.id, ids[0], None, 1)
    window._show_pulled(None)
    qtbot.waitUntil(lambda: len(panel.rows()) == 4, timeout=3000)
    assert panel.rows()[2].startswith("2. Sykkelvei")
    assert panel.rows()[3].startswith("3. Ladepunkt")
    # Undo (of anything) reads again: the retracted dots are gone from the ranking.
    voting.take_back(demo_store, vote.id, ids[1], None)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.rows()[1].startswith("1. Klimabudsjett (2 vote"), timeout=3000)
