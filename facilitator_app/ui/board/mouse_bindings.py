"""Mouse bindings of the board view: Ctrl+wheel zoom, space-drag and middle-drag pan,
and dragging a selected note's corner to resize it.

They work on any ``QGraphicsView`` and report through callbacks, so this module does not
know the board's view (which uses it) and the two do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from facilitator_app.services import board_layout as layout
from facilitator_app.ui.board.items import NoteItem

ZOOM_STEP = 1.15


def wheel(event: QWheelEvent, zoom_by: Callable[[float], None]) -> bool:
    """Ctrl+wheel zooms around the mouse; returns True when handled."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    steps = event.angleDelta().y() / 120
    if steps:
        zoom_by(ZOOM_STEP**steps)
    event.accept()
    return True


def pan_by(view: QGraphicsView, dx: int, dy: int) -> None:
    """Scroll a view by pixels."""
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + dx)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + dy)


def begin_space_pan(view: QGraphicsView) -> None:
    """Space held: the left button drags the board instead of selecting."""
    view.setInteractive(False)
    view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)


def end_space_pan(view: QGraphicsView) -> None:
    """Space released: back to selecting and moving notes."""
    view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
    view.setInteractive(True)


class MiddlePan:
    """Drag with the middle button to pan, at any time."""

    def __init__(self) -> None:
        self.last: QPoint | None = None

    def press(self, view: QGraphicsView, event: QMouseEvent) -> bool:
        """Start panning on a middle press."""
        if event.button() != Qt.MouseButton.MiddleButton:
            return False
        self.last = event.position().toPoint()
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def move(self, view: QGraphicsView, event: QMouseEvent) -> bool:
        """Scroll by the mouse's movement."""
        if self.last is None:
            return False
        pos = event.position().toPoint()
        delta = pos - self.last
        self.last = pos
        pan_by(view, -delta.x(), -delta.y())
        return True

    def release(self, view: QGraphicsView, event: QMouseEvent) -> bool:
        """Stop panning."""
        if self.last is None or event.button() != Qt.MouseButton.MiddleButton:
            return False
        self.last = None
        view.viewport().unsetCursor()
        return True


class CornerResize:
    """Drag the bottom-right corner of a selected note to resize it (one command).

    ``resized(note_id, width, height)`` is called once, when the button is released.
    """

    def __init__(self, resized: Callable[[object, float, float], None]) -> None:
        self.resized = resized
        self.note: NoteItem | None = None
        self.start = QPointF()
        self.size = (0.0, 0.0)

    def press(self, view: QGraphicsView, event: QMouseEvent) -> bool:
        """Start when the left button goes down on a selected note's grip."""
        if event.button() != Qt.MouseButton.LeftButton or not view.isInteractive():
            return False
        item = view.itemAt(event.position().toPoint())
        scene_pos = view.mapToScene(event.position().toPoint())
        if not isinstance(item, NoteItem) or not item.isSelected():
            return False
        if not item.in_resize_grip(scene_pos):
            return False
        self.note, self.start = item, scene_pos
        self.size = (item.state.width, item.state.height)
        return True

    def _target(self, view: QGraphicsView, event: QMouseEvent) -> tuple[float, float]:
        delta = view.mapToScene(event.position().toPoint()) - self.start
        return layout.clamp_size(self.size[0] + delta.x(), self.size[1] + delta.y())

    def move(self, view: QGraphicsView, event: QMouseEvent) -> bool:
        """Show the new size while dragging."""
        if self.note is None:
            return False
        self.note.preview_size(*self._target(view, event))
        return True

    def release(self, view: QGraphicsView, event: QMouseEvent) -> bool:
        """Report the final size; the widget stores it."""
        if self.note is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        note, self.note = self.note, None
        width, height = self._target(view, event)
        if (width, height) != self.size:
            self.resized(note.note_id, width, height)
        else:
            note.reset_size()
        return True
