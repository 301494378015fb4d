"""Keyboard bindings of the board, read from the capture field (which keeps focus).

With text in the field every key types; with the field empty, arrows move the selected
notes, Delete deletes them, Escape clears the selection, Ctrl+Z/Ctrl+Shift+Z undo and
redo board actions (with text in the field they undo typing), and holding Space over the
board pans with the mouse. Ctrl+V with several lines pastes them as notes. Other board
keys are window shortcuts (see ``actions``). No plain letter is ever taken from typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

from facilitator_app.ui.board import mouse_bindings

if TYPE_CHECKING:
    from facilitator_app.ui.board.widget import BoardWidget

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
STEP = 12.0
FINE_STEP = 1.0


class FilterKeys(QObject):
    """Escape in the filter box clears it and goes back to capturing."""

    def __init__(self, board: BoardWidget) -> None:
        super().__init__(board)
        self.board = board

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handle Escape; everything else is the box's."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.board.filter_edit.clear()
                self.board.capture_edit.setFocus()
                return True
        return False


class CaptureKeys(QObject):
    """Event filter on the capture field that adds the board's keys."""

    def __init__(self, board: BoardWidget) -> None:
        super().__init__(board)
        self.board = board
        self.panning = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handle a board key, or let the field have it."""
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            # An empty field must not swallow Ctrl+Z: it belongs to the board's undo stack.
            undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            if not self.board.capture_edit.text() and any(event.matches(k) for k in undo_keys):
                event.ignore()
                return True
            return False
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._press(event)
        if event.type() == QEvent.Type.KeyRelease:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and self.panning and not event.isAutoRepeat():
                self.panning = False
                mouse_bindings.end_space_pan(self.board.view)
                return True
        return False

    def _press(self, event: QKeyEvent) -> bool:
        board = self.board
        key = Qt.Key(event.key())
        mods = event.modifiers()
        empty = not board.capture_edit.text()
        selected = bool(board.scene.selected_note_ids())
        if event.matches(QKeySequence.StandardKey.Paste):
            return board.paste_from_clipboard(QGuiApplication.clipboard().mimeData())
        if not empty:
            return False
        plain = not mods & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if key in ARROWS and selected and plain:
            step = FINE_STEP if mods & Qt.KeyboardModifier.ShiftModifier else STEP
            dx, dy = ARROWS[key]
            board.nudge(dx * step, dy * step)
            return True
        if key == Qt.Key.Key_Delete and selected:
            board.delete_selected()
            return True
        if key == Qt.Key.Key_Escape:
            board.scene.clearSelection()
            return True
        if key == Qt.Key.Key_Space and board.view.underMouse():
            if not event.isAutoRepeat() and not self.panning:
                self.panning = True
                mouse_bindings.begin_space_pan(board.view)
            return True
        return False
