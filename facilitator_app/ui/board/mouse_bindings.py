"""Mouse bindings of the board view: Ctrl+wheel zoom, space-drag and middle-drag pan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

if TYPE_CHECKING:
    from facilitator_app.ui.board.view import BoardView

ZOOM_STEP = 1.15


def wheel(view: BoardView, event: QWheelEvent) -> bool:
    """Ctrl+wheel zooms around the mouse; returns True when handled."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    steps = event.angleDelta().y() / 120
    if steps:
        view.zoom_by(ZOOM_STEP**steps)
    event.accept()
    return True


def begin_space_pan(view: BoardView) -> None:
    """Space held: the left button drags the board instead of selecting."""
    view.setInteractive(False)
    view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)


def end_space_pan(view: BoardView) -> None:
    """Space released: back to selecting and moving notes."""
    view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
    view.setInteractive(True)


class MiddlePan:
    """Drag with the middle button to pan, at any time."""

    def __init__(self) -> None:
        self.last: QPoint | None = None

    def press(self, view: BoardView, event: QMouseEvent) -> bool:
        """Start panning on a middle press."""
        if event.button() != Qt.MouseButton.MiddleButton:
            return False
        self.last = event.position().toPoint()
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def move(self, view: BoardView, event: QMouseEvent) -> bool:
        """Scroll by the mouse's movement."""
        if self.last is None:
            return False
        pos = event.position().toPoint()
        delta = pos - self.last
        self.last = pos
        view.pan_by(-delta.x(), -delta.y())
        return True

    def release(self, view: BoardView, event: QMouseEvent) -> bool:
        """Stop panning."""
        if self.last is None or event.button() != Qt.MouseButton.MiddleButton:
            return False
        self.last = None
        view.viewport().unsetCursor()
        return True
