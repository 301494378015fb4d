"""Board operations on a bare ``BoardController``: no window, no widgets.

After every step the scene equals the store, and undo/redo walk the same path back and
forth. Messages come out as signals.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from facilitator_app.models import Idea
from facilitator_app.services import attendance, board, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.ui.board.controller import BoardController
from facilitator_app.ui.board.scene import BoardScene


class Board:
    """A controller with its stack and scene, and what it said."""

    def __init__(self, store: Store, context: ws_service.SessionContext) -> None:
        self.stack = QUndoStack()
        self.scene = BoardScene()
        self.c = BoardController(store, context, self.stack, self.scene)
        self.messages: list[str] = []
        self.settled = 0
        self.c.message.connect(self.messages.append)
        self.c.settled.connect(self._settle)
        self.c.load()

    def _settle(self) -> None:
        self.settled += 1

    def ids(self) -> dict[str, uuid.UUID]:
        return {item.state.text: nid for nid, item in self.scene.notes.items()}

    def check(self) -> None:
        """The scene shows exactly what the store holds."""
        c = self.c
        loaded = board.load_board(c.store, c.session_id, c.group_id)
        assert self.scene.states() == {n.id: n for n in loaded.notes}
        assert {x.id: x for x in loaded.clusters} == {
            cid: item.state for cid, item in self.scene.clusters.items()
        }
        r = voting.current_round(c.store, c.session_id, c.group_id)
        counts = voting.tally(c.store, r.id) if r else {}
        assert {n: i.votes for n, i in self.scene.notes.items() if i.votes} == counts


@pytest.fixture
def b(
    qapp: QApplication, demo_store: Store, demo_context: ws_service.SessionContext
) -> Iterator[Board]:
    made = Board(demo_store, demo_context)
    yield made
    made.stack.clear()


def test_capture_parses_prefixes_and_refuses_with_every_problem(b: Board) -> None:
    c = b.c
    first = c.current_question
    assert first is not None and first == b.scene.frame_order[0]
    change = c.capture("@lars Klimabudsjett mangler #c !council")
    assert change is not None and b.stack.count() == 1
    state = next(iter(change.notes_after.values()))
    people = {p.display_name: p.id for p in c.participants}
    assert (state.category, state.actor) == ("challenge", "council")
    assert state.author_id == people["Lars Eksempelrud"] and state.agenda_item_id == first
    assert c.capture("@nobody #zz Noe !nowhere") is None
    assert b.messages[-1].count(".") >= 3  # all three problems in one message
    assert "@nobody" in b.messages[-1] and "#zz" in b.messages[-1]
    assert "!nowhere" in b.messages[-1]
    assert c.capture("   #m") is None and "empty note" in b.messages[-1]
    assert b.stack.count() == 1 and len(b.scene.notes) == 1
    b.check()


def test_every_note_operation_then_undo_all_and_redo_all(b: Board) -> None:
    c = b.c
    for text in ("en", "to", "tre"):
        c.capture(text)
    ids = b.ids()
    for _ in range(3):
        c.nudge([ids["en"]], 12, 0)  # three steps, one command
    assert b.scene.notes[ids["en"]].state.x == 36 and b.stack.count() == 4
    c.resize(ids["to"], 10, 10)  # clamped to the smallest note
    assert (b.scene.notes[ids["to"]].state.width, b.scene.notes[ids["to"]].state.height) == (
        60,
        40,
    )
    c.edit_text(ids["to"], "to (rettet)")
    c.set_category([ids["en"]], "challenge")
    c.set_actor([ids["en"]], "county")
    c.set_colour([ids["en"]], board.PALETTE[2])
    people = [p.id for p in c.participants]
    c.set_author([ids["tre"]], people[0])
    c.duplicate([ids["tre"]])
    c.move_to_question([ids["tre"]], b.scene.frame_order[1])
    c.group([ids["en"], ids["to"]], "Par")
    (cid,) = b.scene.clusters
    assert c.one_cluster([ids["en"]]) == cid
    c.rename_cluster(cid, "Paret")
    c.arrange(c.current_question)
    c.ungroup(cid)
    c.delete([ids["en"]])
    assert ids["en"] not in b.scene.notes
    b.check()
    snapshots = []
    for _ in range(b.stack.count()):
        snapshots.append(b.scene.states())
        b.stack.undo()
        b.check()
    assert b.scene.notes == {}
    for expected in reversed(snapshots):
        b.stack.redo()
        b.check()
        assert b.scene.states() == expected


def test_defaults_without_a_selection_and_refusals(b: Board) -> None:
    c = b.c
    said: list[int] = []
    c.defaults_changed.connect(lambda: said.append(1))
    assert c.set_category([], "expert_question") is None and c.next_category == "expert_question"
    assert c.set_actor([], "state") is None and c.next_actor == "state"
    c.set_next_author(c.participants[1].id)
    assert len(said) == 3
    change = c.capture("Hvem betaler?")
    assert change is not None
    (state,) = change.notes_after.values()
    assert (state.category, state.actor, state.author_id) == (
        "expert_question",
        "state",
        c.participants[1].id,
    )
    assert c.set_colour([], board.PALETTE[1]) is None and "Select one" in b.messages[-1]
    assert c.one_cluster([state.id]) is None
    settled = b.settled
    assert c.edit_text(state.id, "   ") is None and "needs some text" in b.messages[-1]
    assert b.settled == settled  # a refusal does not clear the message
    b.check()


def test_paste_lines_checks_limits_before_writing(b: Board) -> None:
    c = b.c
    assert c.paste_problem([]) is not None
    assert c.paste_problem(["x"] * (board.MAX_NOTES_AT_ONCE + 1)) is not None
    assert c.paste_problem(["y" * (board.MAX_NOTE_CHARS + 1)]) is not None
    assert not c.paste_lines(["y" * (board.MAX_NOTE_CHARS + 1), "kort"])
    assert b.scene.notes == {}
    assert c.paste_lines(["a", "b", "c"], b.scene.frame_order[2])
    assert {s.agenda_item_id for s in b.scene.states().values()} == {b.scene.frame_order[2]}
    assert b.stack.count() == 1
    b.stack.undo()
    assert b.scene.notes == {}
    b.check()


def test_a_refused_move_draws_the_notes_back(b: Board) -> None:
    c = b.c
    c.capture("flytt meg")
    (nid,) = b.scene.notes
    item = b.scene.notes[nid]
    item.setPos(item.pos().x() + 50, item.pos().y())  # as a drag leaves it
    with c.store.transaction() as s:  # meanwhile a sync deleted it
        idea = s.get(Idea, nid)
        assert idea is not None
        idea.deleted_at = c.store.clock.now()
    assert c.move({nid: item.relative_pos()}) is None
    assert item.relative_pos() == (item.state.x, item.state.y)


def test_votes_open_cast_take_back_close_and_undo(b: Board) -> None:
    c = b.c
    c.capture("stem på meg")
    (nid,) = b.scene.notes
    c.cast([nid])
    assert "No vote is open" in b.messages[-1]
    assert c.open_vote(c.current_question, 2) and c.vote_is_open()
    c.cast([])
    assert "Select the note" in b.messages[-1]
    c.step_voter(1)  # the first participant
    assert c.voter == c.participants[0].id
    c.cast([nid])
    c.cast([nid])
    assert b.scene.notes[nid].votes == 2
    c.cast([nid])  # a third dot is over the budget: refused, counts unchanged
    assert b.scene.notes[nid].votes == 2
    c.take_back([nid])
    assert b.scene.notes[nid].votes == 1 and c.dots_used() == {c.voter: 1}
    assert c.close_vote() and not c.vote_is_open()
    b.check()
    b.stack.undo()  # reopen
    assert c.vote_is_open()
    b.stack.undo()  # the dot comes back
    assert b.scene.notes[nid].votes == 2
    b.stack.redo()
    b.stack.redo()
    assert not c.vote_is_open() and b.scene.notes[nid].votes == 1
    b.check()
    c.step_voter(-1)
    assert c.voter is None


def test_only_participants_ticked_present_vote_and_a_late_arrival_joins(b: Board) -> None:
    c = b.c
    people = [p.id for p in c.participants]
    assert len(people) >= 4
    # Attendance not taken yet: everyone may vote.
    assert c.voters() == [None, *people]
    for pid in people[:2]:
        attendance.set_present(c.store, c.session_id, pid, True)
    c.capture("stem")
    (nid,) = b.scene.notes
    assert c.open_vote(None, 3)
    assert c.vote_round is not None and c.vote_round.capacity == 6  # 3 dots × 2 present
    assert c.voters() == [None, *people[:2]]
    # A late arrival is ticked present during the vote: budget and voter list grow.
    attendance.set_present(c.store, c.session_id, people[2], True)
    c.refresh_votes()
    assert c.vote_round.capacity == 9 and c.voters() == [None, *people[:3]]
    c.set_voter(people[2])
    c.cast([nid])
    assert b.scene.notes[nid].votes == 1
    b.check()


def test_editing_understands_the_capture_prefixes(b: Board) -> None:
    c = b.c
    c.capture("Skrivefeil")
    (nid,) = b.scene.notes
    lars = next(p.id for p in c.participants if p.display_name.startswith("Lars"))
    assert c.edit_text(nid, "Rettet tekst #c !admin @lars") is not None
    state = b.scene.notes[nid].state
    assert (state.text, state.category, state.actor, state.author_id) == (
        "Rettet tekst",
        "challenge",
        "administration",
        lars,
    )
    assert c.edit_text(nid, "#q @-") is not None  # prefixes only: the text stays
    state = b.scene.notes[nid].state
    assert (state.text, state.category) == ("Rettet tekst", "expert_question")
    assert state.author_id is None
    assert c.edit_text(nid, "Ny tekst #zz") is None and "#zz" in b.messages[-1]
    assert b.scene.notes[nid].state.text == "Rettet tekst"
    assert b.stack.count() == 3
    b.stack.undo()
    b.stack.undo()
    assert b.scene.notes[nid].state.text == "Skrivefeil"
    b.check()
