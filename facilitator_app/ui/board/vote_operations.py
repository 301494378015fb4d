"""The dot-vote operations of the board controller (a part of ``BoardController``).

Votes have no ``BoardChange``: each operation is a service call with an inverse
(cast/retract, take back/restore, open/close, close/reopen), pushed as the same
``AppliedChange`` as every other board operation.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from facilitator_app.models import Participant
from facilitator_app.services import voting
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui.board.scene import BoardScene


def _listed(fn: Callable[[], uuid.UUID]) -> list[uuid.UUID]:
    return [fn()]


class VoteOperations:
    """Open/close a vote, cast/take back dots, choose the voter; counts on the scene."""

    store: Store
    context: SessionContext
    scene: BoardScene
    participants: list[Participant]
    vote_round: voting.RoundInfo | None
    voter: uuid.UUID | None

    @property
    def session_id(self) -> uuid.UUID:
        """The session the board belongs to."""
        return self.context.session.id

    @property
    def group_id(self) -> uuid.UUID:
        """The group the board belongs to."""
        return self.context.group.id

    def _say(self, text: str) -> None:
        raise NotImplementedError

    def _inform(self, text: str) -> None:
        raise NotImplementedError

    def _voter_changed(self) -> None:
        raise NotImplementedError

    def _votes_shown(self) -> None:
        raise NotImplementedError

    def _call(self, text: str, action: Callable[[], object], undo: Callable[[], object]) -> bool:
        raise NotImplementedError

    # --- votes -------------------------------------------------------------------------------

    def refresh_votes(self) -> None:
        """Re-read the current vote round and show its counts on the notes."""
        self.vote_round = voting.current_round(self.store, self.session_id, self.group_id)
        counts = voting.tally(self.store, self.vote_round.id) if self.vote_round else {}
        self.scene.set_votes(counts)
        self._votes_shown()

    def vote_is_open(self) -> bool:
        """True while a vote round is open."""
        return self.vote_round is not None and self.vote_round.is_open

    def dots_used(self) -> dict[uuid.UUID | None, int]:
        """Dots placed in the open round, per voter (None: anonymous)."""
        return voting.used_by(self.store, self.vote_round.id) if self.vote_round else {}

    def voters(self) -> list[uuid.UUID | None]:
        """Who can vote, in order: anonymous dots, then each participant ticked present
        (everyone while attendance has not been taken)."""
        return [None, *voting.voters(self.store, self.session_id, self.group_id)]

    def set_voter(self, voter: uuid.UUID | None) -> None:
        """Choose whose dots the next votes are."""
        self.voter = voter
        self._voter_changed()

    def step_voter(self, step: int) -> None:
        """The next (+1) or previous (−1) voter, round the list."""
        order = self.voters()
        index = order.index(self.voter) if self.voter in order else 0
        self.set_voter(order[(index + step) % len(order)])

    def open_vote(self, question: uuid.UUID | None, dots: int) -> bool:
        """Open a vote on one question (None: the whole board)."""
        opened: list[uuid.UUID] = []

        def do_open() -> object:
            if not opened:
                r = voting.open_round(self.store, self.session_id, self.group_id, question, dots)
                opened.append(r.id)
                return r
            return voting.reopen(self.store, opened[0])

        done = self._call(
            QCoreApplication.translate("BoardController", "Open vote"),
            do_open,
            lambda: voting.close(self.store, opened[0]),
        )
        self.refresh_votes()
        return done

    def close_vote(self) -> bool:
        """Close the open vote; its dots stay recorded and shown."""
        r = self.vote_round
        if r is None or not r.is_open:
            self._say(QCoreApplication.translate("BoardController", "No vote is open."))
            return False
        rid = r.id
        done = self._call(
            QCoreApplication.translate("BoardController", "Close vote"),
            lambda: voting.close(self.store, rid),
            lambda: voting.reopen(self.store, rid),
        )
        self.refresh_votes()
        if done:
            self._inform(
                QCoreApplication.translate("BoardController", "The vote is closed and recorded.")
            )
        return done

    def _voting_on(self, note_ids: Sequence[uuid.UUID]) -> uuid.UUID | None:
        r = self.vote_round
        if r is None or not r.is_open:
            self._say(
                QCoreApplication.translate(
                    "BoardController", "No vote is open. Open one from the Board menu."
                )
            )
            return None
        if not note_ids:
            self._say(
                QCoreApplication.translate("BoardController", "Select the note to vote on first.")
            )
            return None
        return r.id

    def _placing(
        self,
        first: Callable[[], list[uuid.UUID]],
        again: Callable[[list[uuid.UUID]], None],
        back: Callable[[list[uuid.UUID]], None],
    ) -> tuple[Callable[[], object], Callable[[], object]]:
        """(do, undo) of a dot action: the first run makes the votes, redo ``again``s them."""
        ids: list[uuid.UUID] = []

        def do() -> object:
            if ids:
                again(ids)
            else:
                ids.extend(first())
            return ids

        def undo() -> object:
            back(ids)
            return ids

        return do, undo

    def cast(self, note_ids: Sequence[uuid.UUID]) -> None:
        """One dot from the chosen voter on each note."""
        rid, voter, store = self._voting_on(note_ids), self.voter, self.store
        if rid is None:
            return
        text = QCoreApplication.translate("BoardController", "Add a dot")
        for nid in note_ids:
            do, undo = self._placing(
                functools.partial(voting.cast, store, rid, nid, voter),
                functools.partial(voting.restore, store),
                functools.partial(voting.retract, store),
            )
            self._call(text, do, undo)
        self.refresh_votes()

    def take_back(self, note_ids: Sequence[uuid.UUID]) -> None:
        """Take back one of the chosen voter's dots from each note."""
        rid, voter, store = self._voting_on(note_ids), self.voter, self.store
        if rid is None:
            return
        text = QCoreApplication.translate("BoardController", "Take back a dot")
        for nid in note_ids:
            take = functools.partial(voting.take_back, store, rid, nid, voter)
            do, undo = self._placing(
                functools.partial(_listed, take),
                functools.partial(voting.retract, store),
                functools.partial(voting.restore, store),
            )
            self._call(text, do, undo)
        self.refresh_votes()
