"""The board view: zoom, pan, fit, rubber-band selection; never takes keyboard focus.

Keyboard focus stays in the capture field (see ``key_bindings``); the view reports what
the mouse did through signals and the board widget hands that to the controller.

The board follows the system's font size by zoom: at "100 %" note text is as large as
the system's text (never below ``items.NOTE_POINT_SIZE``), and the notes grow with it,
so a larger system font shows larger notes with the same words on them. Zooming keeps
the stored layout (and every board picture) as it is.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontInfo,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from facilitator_app.ui.board import items, mouse_bindings
from facilitator_app.ui.board.items import SHOWN_CHARS, ClusterItem, NoteItem
from facilitator_app.ui.board.scene import OVERVIEW_SCALE, BoardScene, colour_label

MIN_SCALE = 0.02
MAX_SCALE = 4.0
# Showing a question never zooms out further than this: below it note text gets too small
# to read (a frame wider than that shows its left part, where the first notes are).
READABLE_SCALE = 0.6
MARGIN = 16
TOOLTIP_CHARS = 3000


def text_scale(font: QFont) -> float:
    """How much larger than designed the board is drawn for a user whose font is ``font``:
    note text at 100 % is as large as ``font``, never smaller than designed (1.0)."""
    points = QFontInfo(font).pointSizeF()
    return max(1.0, points / items.NOTE_POINT_SIZE)


class BoardView(QGraphicsView):
    """Shows the board scene; emits what the user did with the mouse."""

    notes_dragged = Signal(object)  # dict[note id, (x, y)]
    edit_requested = Signal(object)  # note id
    rename_requested = Signal(object)  # cluster id
    context_requested = Signal(object, QPoint)  # item or None, global position
    note_resized = Signal(object, float, float)  # note id, width, height
    resized = Signal()  # the viewport's size, or the system's font size, changed

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setAccessibleName(self.tr("Whiteboard"))
        # The viewport is what a screen reader lands on; without a name it is "client".
        self.viewport().setAccessibleName(self.tr("Whiteboard"))
        self._middle = mouse_bindings.MiddlePan()
        self._resize = mouse_bindings.CornerResize(self.note_resized.emit)
        self.text_scale = text_scale(self.font())
        # The zoom ``show_question`` chose; a zoom of the user's own differs from it.
        self.auto_zoom: float | None = None

    def changeEvent(self, event: QEvent) -> None:
        """The system's (or the window's) font changed: draw the board to match it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.follow_font()

    def follow_font(self) -> None:
        """Take the font's family and size: the same zoom relative to it, notes laid out
        again in the family (the widget then shows the current question again)."""
        scale = text_scale(self.font())
        items.use_application_font()
        self.board.refit_notes()
        if abs(scale - self.text_scale) > 1e-6:
            auto = self.zoom_is_auto()
            ratio = scale / self.text_scale
            self.text_scale = scale
            self.zoom_by(ratio)
            if auto:
                self.auto_zoom = self.zoom
        self.resized.emit()

    def zoom_is_auto(self) -> bool:
        """True while the zoom is the one ``show_question`` chose (not the user's own)."""
        return self.auto_zoom is not None and abs(self.zoom - self.auto_zoom) < 1e-6

    # --- zoom and pan ----------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom by ``factor`` within sensible limits."""
        target = min(MAX_SCALE, max(MIN_SCALE, self.zoom * factor))
        self.scale(target / self.zoom, target / self.zoom)
        self._zoom_changed()

    def set_zoom(self, scale: float) -> None:
        """Set an absolute scale."""
        self.zoom_by(scale / self.zoom)

    def zoom_normal(self) -> None:
        """ "100 %": note text as large as the system's text."""
        self.set_zoom(self.text_scale)

    def fit(self, rect: QRectF) -> None:
        """Show ``rect`` whole."""
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom_changed()

    def show_question(self, rect: QRectF, keep_top: bool = False) -> None:
        """Show a question's frame whole in width, its title and first rows in view.

        Zooms out as far as needed (never below ``READABLE_SCALE``) and never zooms in past
        100 % (both times ``text_scale``: a larger system font shows larger notes). A frame
        that fits is centred; a taller one shows its top. ``keep_top`` (after a resize)
        keeps the scene point at the top of the view where it was, so a facilitator
        scrolled down to the newest notes stays there.
        """
        size = self.viewport().size()
        if rect.isEmpty() or size.width() <= 2 * MARGIN or size.height() <= 2 * MARGIN:
            return
        top = self.mapToScene(0, 0).y()
        scale = min(self.text_scale, (size.width() - 2 * MARGIN) / rect.width())
        scale = max(READABLE_SCALE * self.text_scale, min(MAX_SCALE, scale))
        if abs(scale - self.zoom) > 1e-6:
            self.set_zoom(scale)
        self.auto_zoom = self.zoom
        width, height = size.width() / scale, size.height() / scale
        margin = MARGIN / scale
        if rect.width() + 2 * margin <= width:
            x = rect.center().x()
        else:
            x = rect.left() - margin + width / 2
        if keep_top:
            y = top + height / 2
        elif rect.height() + 2 * margin <= height:
            y = rect.center().y()
        else:
            y = rect.top() - margin + height / 2
        self.centerOn(x, y)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Tell the board (it may show the current question again at the new size)."""
        super().resizeEvent(event)
        self.resized.emit()

    def pan_by(self, dx: int, dy: int) -> None:
        """Scroll the board by pixels."""
        mouse_bindings.pan_by(self, dx, dy)

    def _zoom_changed(self) -> None:
        self.board.set_overview(self.zoom < OVERVIEW_SCALE)

    # --- mouse -----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms; the wheel alone scrolls."""
        if not mouse_bindings.wheel(event, self.zoom_by):
            super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Middle button pans; pressing a cluster frame also selects its notes."""
        if self._middle.press(self, event) or self._resize.press(self, event):
            return
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, ClusterItem) and self.isInteractive():
            for nid in self.board.members.get(item.cluster_id, ()):
                note = self.board.notes.get(nid)
                if note is not None:
                    note.setSelected(True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan while the middle button is down."""
        if not (self._middle.move(self, event) or self._resize.move(self, event)):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """After a drag, report the notes that moved (one command for the whole drag)."""
        if self._middle.release(self, event) or self._resize.release(self, event):
            return
        super().mouseReleaseEvent(event)
        moved: dict[uuid.UUID, tuple[float, float]] = {}
        for item in self.board.selectedItems():
            if isinstance(item, NoteItem):
                pos = item.relative_pos()
                if pos != (item.state.x, item.state.y):
                    moved[item.note_id] = pos
            elif isinstance(item, ClusterItem) and item.pos() != item.origin:
                item.setPos(item.origin)
        if moved:
            self.notes_dragged.emit(moved)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click edits a note or renames a cluster."""
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NoteItem):
            self.edit_requested.emit(item.note_id)
        elif isinstance(item, ClusterItem):
            self.rename_requested.emit(item.cluster_id)
        else:
            super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """A tooltip with the whole note when it does not show whole (made when asked for)."""
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            item = self.itemAt(event.pos())
            if isinstance(item, NoteItem) and (
                item.cut or item.marked() or len(item.state.text) > SHOWN_CHARS
            ):
                mark = colour_label(item.state.colour) if item.marked() else ""
                text = item.full_text(self.tr("Colour: {name}").format(name=mark) if mark else "")
                if len(text) > TOOLTIP_CHARS:
                    text = text[:TOOLTIP_CHARS] + "…"
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click: a note (selected if it was not), a cluster, or the board."""
        item = self.itemAt(event.pos())
        if isinstance(item, NoteItem) and not item.isSelected():
            self.board.clearSelection()
            item.setSelected(True)
        self.context_requested.emit(item, event.globalPos())
