"""The agenda's controller: every agenda operation, one service call each, on one undo path.

Like the board's controller: each operation calls ``services.agenda`` in one transaction,
the live session re-reads the timeline (the panels redraw from it), and one
``AppliedChange`` goes on the window's undo stack; undo and redo write the change's
stored fields back with ``agenda.apply_fields``. Problems are returned in words (the
dialogs show them and stay open) and never touch a widget.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from facilitator_app.errors import UserError
from facilitator_app.models.enums import ItemKind, ItemStatus
from facilitator_app.services import agenda
from facilitator_app.services.agenda import AgendaChange, ItemFields
from facilitator_app.ui.messages import user_message
from facilitator_app.ui.timer_panel import LiveSession
from facilitator_app.ui.undo import AppliedChange

Outcome = tuple[AgendaChange | None, str | None]


class AgendaController(QObject):
    """The agenda of one group in one session, as operations on the live session."""

    def __init__(
        self, live: LiveSession, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.undo_stack = undo_stack

    def run(self, text: str, command: Callable[[], AgendaChange]) -> Outcome:
        """Run an agenda command, reload, push its undo; (change, None) or (None, why)."""
        try:
            change = command()
        except UserError as exc:
            return None, user_message(exc)
        self.live.reload()
        if change.changed:
            self.undo_stack.push(
                AppliedChange(
                    text, lambda: self._write(change.before), lambda: self._write(change.after)
                )
            )
        return change, None

    def _write(self, fields: Sequence[ItemFields]) -> bool:
        store, context = self.live.store, self.live.context
        try:
            agenda.apply_fields(store, context, fields)
        except UserError as exc:
            self.live.message.emit(user_message(exc))
            return False
        self.live.reload()
        return True

    def push(self, text: str, command: Callable[[], AgendaChange]) -> AgendaChange | None:
        """Run a command; a refusal goes to the status bar. None when refused."""
        change, error = self.run(text, command)
        if error is not None:
            self.live.say(error, assertive=True)
        return change

    def next_item(self) -> AgendaChange | None:
        """Finish the current item and start the next."""
        return self.push(
            self.tr("Next item"), lambda: agenda.next_item(self.live.store, self.live.context)
        )

    def previous_item(self) -> AgendaChange | None:
        """Go back to the previous item."""
        return self.push(
            self.tr("Previous item"),
            lambda: agenda.previous_item(self.live.store, self.live.context),
        )

    def set_status(self, item_id: uuid.UUID, status: ItemStatus) -> AgendaChange | None:
        """Mark an item done, skipped or to do."""
        texts = {
            ItemStatus.DONE: self.tr("Mark done"),
            ItemStatus.SKIPPED: self.tr("Skip item"),
            ItemStatus.PENDING: self.tr("Reopen item"),
        }
        return self.push(
            texts[status],
            lambda: agenda.set_status(self.live.store, self.live.context, item_id, status),
        )

    def move_item(self, item_id: uuid.UUID, index: int) -> AgendaChange | None:
        """Move an item to ``index`` (one undoable step)."""
        return self.push(
            self.tr("Reorder agenda"),
            lambda: agenda.move_item(self.live.store, self.live.context, item_id, index),
        )

    def set_timebox(self, item_id: uuid.UUID, value: str | int) -> Outcome:
        """Change a timebox."""
        return self.run(
            self.tr("Edit timebox"),
            lambda: agenda.set_timebox(self.live.store, self.live.context, item_id, value),
        )

    def set_note(self, item_id: uuid.UUID, note: str) -> Outcome:
        """Change the facilitator's note on an item."""
        return self.run(
            self.tr("Edit note"),
            lambda: agenda.set_note(self.live.store, self.live.context, item_id, note),
        )

    def add_item(
        self,
        title: str,
        minutes: str | int,
        kind: ItemKind,
        after: uuid.UUID | None,
        subs: list[str],
    ) -> Outcome:
        """Add an ad-hoc item after ``after`` (None: at the end)."""
        return self.run(
            self.tr("Add item"),
            lambda: agenda.add_item(
                self.live.store, self.live.context, title, minutes, kind, after, subs
            ),
        )
