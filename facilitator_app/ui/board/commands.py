"""Undo commands of the board: each wraps one service call that has already run.

The service runs before the command is pushed (so a refused action never reaches the
stack); the first ``redo`` only records. Undo and redo call the service again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from facilitator_app.errors import UserError
from facilitator_app.services import board, voting
from facilitator_app.services.board import BoardChange
from facilitator_app.store import Store
from facilitator_app.ui.messages import user_message

MOVE_ID = 4001


class BoardHost(Protocol):
    """What commands need from the board widget."""

    store: Store

    def show_change(self, change: BoardChange) -> None:
        """Redraw what a change touched."""

    def refresh_votes(self) -> None:
        """Re-read the vote counts."""

    def report(self, message: str) -> None:
        """Tell the user something went wrong."""


class BoardEditCommand(QUndoCommand):
    """A board edit whose before/after states are in ``change``."""

    def __init__(self, host: BoardHost, text: str, change: BoardChange) -> None:
        super().__init__(text)
        self.host = host
        self.change = change
        self._first = True

    def redo(self) -> None:
        """Write the after states (nothing to do the first time: the action just ran)."""
        if self._first:
            self._first = False
            return
        self._run(self.change)

    def undo(self) -> None:
        """Write the before states."""
        self._run(self.change.inverted())

    def _run(self, change: BoardChange) -> None:
        try:
            board.apply_change(self.host.store, change)
        except UserError as exc:
            self.host.report(user_message(exc))
            self.setObsolete(True)
            return
        self.host.show_change(change)


class MoveCommand(BoardEditCommand):
    """A move; consecutive arrow-key steps of the same notes merge into one command."""

    def __init__(
        self, host: BoardHost, text: str, change: BoardChange, mergeable: bool = False
    ) -> None:
        super().__init__(host, text, change)
        self.mergeable = mergeable

    def id(self) -> int:
        """Moves share an id so Qt offers them to ``mergeWith``."""
        return MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next step when it moves the same notes."""
        if not (isinstance(other, MoveCommand) and self.mergeable and other.mergeable):
            return False
        if set(other.change.notes_after) != set(self.change.notes_after):
            return False
        self.change.notes_after = dict(other.change.notes_after)
        return True


class CallCommand(QUndoCommand):
    """An undoable pair of service calls (votes, vote rounds) that already ran once."""

    def __init__(
        self, host: BoardHost, text: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        super().__init__(text)
        self.host = host
        self._undo = undo
        self._redo = redo
        self._first = True

    def redo(self) -> None:
        """Call the service again (not the first time)."""
        if self._first:
            self._first = False
            return
        self._call(self._redo)

    def undo(self) -> None:
        """Call the inverse service function."""
        self._call(self._undo)

    def _call(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except UserError as exc:
            self.host.report(user_message(exc))
            self.setObsolete(True)
        self.host.refresh_votes()


def cast_command(host: BoardHost, text: str, vote_ids: list[uuid.UUID]) -> CallCommand:
    """Undo of placing dots takes them back; redo puts them back within the limit."""
    store = host.store
    return CallCommand(
        host, text, lambda: voting.retract(store, vote_ids), lambda: voting.restore(store, vote_ids)
    )


def take_back_command(host: BoardHost, text: str, vote_id: uuid.UUID) -> CallCommand:
    """Undo of taking a dot back restores it."""
    store = host.store
    return CallCommand(
        host,
        text,
        lambda: voting.restore(store, [vote_id]),
        lambda: voting.retract(store, [vote_id]),
    )


def round_command(host: BoardHost, text: str, round_id: uuid.UUID, opened: bool) -> CallCommand:
    """Opening is undone by closing (the empty round stays on record), closing by reopening."""
    store = host.store

    def do_close() -> object:
        return voting.close(store, round_id)

    def do_open() -> object:
        return voting.reopen(store, round_id)

    return CallCommand(host, text, do_close if opened else do_open, do_open if opened else do_close)
