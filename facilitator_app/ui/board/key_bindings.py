"""Keyboard bindings of the board, read from the capture field (which keeps focus).

With text in the field every key types; with the field empty, arrows move the selected
notes, Delete deletes them, Escape clears the selection, Ctrl+Z/Ctrl+Shift+Z undo and
redo board actions (with text in the field they undo typing), and holding Space over the
board pans with the mouse. Ctrl+V with several lines pastes them as notes. Other board
keys are window shortcuts (see ``actions``). No plain letter is ever taken from typing.
The keys act on the controller; they know neither the widget nor the actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from facilitator_app.ui.board import mouse_bindings
from facilitator_app.ui.board.controller import BoardController

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

    def __init__(self, field: QLineEdit, back: Callable[[], None]) -> None:
        super().__init__(field)
        self.field = field
        self.back = back

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handle Escape; everything else is the box's."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.field.clear()
                self.back()
                return True
        return False


class CaptureKeys(QObject):
    """Event filter on the capture field that adds the board's keys.

    ``paste(text)`` handles Ctrl+V of more than one short line (it asks first) and
    returns False to let the field paste the text itself.
    """

    def __init__(
        self,
        field: QLineEdit,
        controller: BoardController,
        view: QGraphicsView,
        paste: Callable[[str], bool],
    ) -> None:
        super().__init__(field)
        self.field = field
        self.controller = controller
        self.view = view
        self.paste = paste
        self.panning = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handle a board key, or let the field have it."""
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            # An empty field must not swallow Ctrl+Z: it belongs to the board's undo stack.
            undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            if not self.field.text() and any(event.matches(k) for k in undo_keys):
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
                mouse_bindings.end_space_pan(self.view)
                return True
        return False

    def _press(self, event: QKeyEvent) -> bool:
        controller = self.controller
        key = Qt.Key(event.key())
        mods = event.modifiers()
        empty = not self.field.text()
        if event.matches(QKeySequence.StandardKey.Paste):
            mime = QGuiApplication.clipboard().mimeData()
            if mime is None or not mime.hasText():
                controller.message.emit(
                    self.tr("The clipboard holds no text; only text can become notes.")
                )
                return True
            return self.paste(mime.text())
        if not empty:
            return False
        selected = controller.selected()
        plain = not mods & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if key in ARROWS and selected and plain:
            step = FINE_STEP if mods & Qt.KeyboardModifier.ShiftModifier else STEP
            dx, dy = ARROWS[key]
            controller.nudge(selected, dx * step, dy * step)
            return True
        if key == Qt.Key.Key_Delete and selected:
            controller.delete(selected)
            return True
        if key == Qt.Key.Key_Escape:
            controller.scene.clearSelection()
            return True
        if key == Qt.Key.Key_Space and self.view.underMouse():
            if not event.isAutoRepeat() and not self.panning:
                self.panning = True
                mouse_bindings.begin_space_pan(self.view)
            return True
        return False
