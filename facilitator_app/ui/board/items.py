"""The board's graphics items: light sticky notes, question frames, cluster frames.

A note is one small top-level ``QGraphicsItem`` that paints its own text (no text item,
no child items) and draws less when it is small on screen. Notes are not children of
their frame: the scene's BSP index culls top-level items only, and children of a visible
frame would all be visited on every repaint. Brushes and fonts are shared.

A note is filled with its category's colour (``services.palette``, as in every board
picture); a colour the facilitator chose for it is a band along its top edge.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPen,
    QPicture,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from facilitator_app.services import board_layout as layout
from facilitator_app.services import palette
from facilitator_app.services.board import ClusterState, NoteState
from facilitator_app.ui.colours import CATEGORY_BRUSHES, OTHER_BRUSH, band_brush

# Text beyond this is not laid out: a 10,000-character note shows its beginning and "…".
SHOWN_CHARS = 400
# Below this scale text would be under 5 pt: unreadable, and the raster engine drops some.
DETAIL_LOD = 0.45
GRIP = 14.0
# The facilitator's own colour: a band this high along the note's top edge (the fill is
# the category's colour). The starting colour (yellow) draws no band.
MARK_BAND = 10.0
# 10 pt on a 160×100 note: five wrapped lines, a typical idea of ~80 characters shows
# whole at the zoom that shows a whole question (60–100 %, readable on a projector).
# A larger system font zooms the whole board instead (``view.text_scale``), so notes
# grow with their text and keep their layout.
NOTE_POINT_SIZE = 10.0
_NOTE_FONT = QFont()
_NOTE_FONT.setPointSizeF(NOTE_POINT_SIZE)
# The footer (category · who must act · author) on one line of its own, so the text gets
# the rest of the note.
_BADGE_FONT = QFont()
_BADGE_FONT.setPointSizeF(8.5)
# The vote count: big enough to read the result of a dot vote on a shared screen.
_VOTE_W = 36.0
_VOTE_FONT = QFont()
_VOTE_FONT.setPointSizeF(11)
_VOTE_FONT.setBold(True)
_TITLE_FONT = QFont()
_TITLE_FONT.setPointSizeF(15)
_TITLE_FONT.setBold(True)
_CLUSTER_FONT = QFont()
_CLUSTER_FONT.setPointSizeF(11)
_CLUSTER_FONT.setBold(True)
# Solid colours only: a translucent pen makes every outline ~25 times slower to draw.
_BORDER = QPen(QColor("#6d6d5e"), 1)
_SELECTED = QPen(QColor("#1565c0"), 3)
_MATCH = QPen(QColor("#e65100"), 3)
_DIM = QColor(255, 255, 255, 190)
_TEXT = QColor(palette.TEXT)
_VOTE = QColor("#c62828")

CATEGORY_MARK = {"challenge": "!", "measure": "✓", "expert_question": "?", "other": "·"}


# Flags combined once: enum arithmetic in every paint call costs more than the drawing.
_WRAP_WORDS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_WRAP_ANY = int(
    Qt.TextFlag.TextWrapAnywhere | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
)
CACHE_MODE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NOTE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)
_BOTTOM_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


_METRICS: list[QFontMetricsF] = []


def _metrics() -> tuple[QFontMetricsF, QFontMetricsF]:
    """Metrics of the note and footer fonts (made once, after the application exists)."""
    if not _METRICS:
        use_application_font()
    return _METRICS[0], _METRICS[1]


def use_application_font() -> None:
    """Draw in the application's font family (again, after the system's font changed).

    The fonts were made at import, perhaps before the application: a QFont made then
    resolves to another family and size (a serif in tests) than the application's.
    The sizes stay: the view's zoom follows the system's font size.
    """
    base = QGuiApplication.font()
    for font in (_NOTE_FONT, _BADGE_FONT, _VOTE_FONT, _TITLE_FONT, _CLUSTER_FONT):
        size, bold = font.pointSizeF(), font.bold()
        font.swap(QFont(base))
        font.setPointSizeF(size)
        font.setBold(bold)
    _METRICS[:] = [QFontMetricsF(_NOTE_FONT), QFontMetricsF(_BADGE_FONT)]


def _fit_text(text: str, width: float, height: float, flags: int) -> str:
    """``text``, or its longest beginning ending in "…" whose wrapped lines fit the area.

    Whole lines only: a half-drawn last line is hard to read and hides that text is missing.
    """

    def fits(candidate: str) -> bool:
        box = _metrics()[0].boundingRect(QRectF(0, 0, width, 1e6), flags, candidate)
        return box.height() <= height + 0.5

    if fits(text):
        return text
    low, high = 0, len(text)  # fits(text[:low] + "…") holds; text[:high] + "…" does not
    while high - low > 1:
        mid = (low + high) // 2
        if fits(text[:mid].rstrip() + "…"):
            low = mid
        else:
            high = mid
    return text[:low].rstrip() + "…"


def _wrap_flag(text: str) -> int:
    """Wrap at words, or anywhere when a word is too long for a note (URLs, "xxxx…")."""
    if max(map(len, text.split()), default=0) > 18:
        return _WRAP_ANY
    return _WRAP_WORDS


class NoteItem(QGraphicsItem):
    """One sticky note; ``state`` is exactly what the store holds for it."""

    def __init__(self, state: NoteState, origin: QPointF) -> None:
        super().__init__()
        self.origin = origin  # scene position of the frame's content area
        self.note_id: uuid.UUID = state.id
        self.votes = 0
        self.dimmed = False
        self.matched = False
        # "mark category · who must act · author", then a newline and the same without the
        # category's word (the mark stays) for a note too narrow for the first; set by
        # the scene.
        self.badges = ""
        self.state = state
        self._band = band_brush(state.colour)
        self._rect = QRectF(0, 0, state.width, state.height)
        self._wrap = -1  # worked out at the first detailed paint (most notes are never)
        # What is drawn, fitted to the note once per change (most notes are never drawn in
        # detail): the text cut at a whole line with "…", the footer lines elided.
        self._fitted: tuple[object, ...] | None = None
        self._shown_text = ""
        self._footer: list[str] = []
        self.cut = False  # True when the text or footer does not show whole
        self.setFlags(_NOTE_FLAGS)
        # Drawn once into a pixmap at the current zoom and blitted after that: a repaint
        # of the notes around a new one no longer lays out every note's text again. Qt's
        # pixmap cache (10 MB, ~160 notes at 100 %) holds more than a screenful.
        self.setCacheMode(CACHE_MODE)
        self.setPos(origin.x() + state.x, origin.y() + state.y)

    def relative_pos(self) -> tuple[float, float]:
        """Where the note is drawn, in its frame's content coordinates."""
        pos = self.pos() - self.origin
        return pos.x(), pos.y()

    def set_state(self, state: NoteState) -> None:
        """Show a new state of the note (text, colour, geometry, …)."""
        if (state.width, state.height) != (self.state.width, self.state.height):
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, state.width, state.height)
        self.state = state
        self._band = band_brush(state.colour)
        self._wrap = -1
        self._fitted = None
        target = QPointF(self.origin.x() + state.x, self.origin.y() + state.y)
        if self.pos() != target:
            self.setPos(target)
        self.update()

    def refit(self) -> None:
        """Lay the text out again at the next paint (the font changed)."""
        self._fitted = None
        self.update()

    def preview_size(self, width: float, height: float) -> None:
        """Draw at another size while the corner is dragged (the store is not touched)."""
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, width, height)
        self._fitted = None
        self.update()  # the cached pixmap is of the old size

    def reset_size(self) -> None:
        """Back to the stored size (a refused resize)."""
        self.preview_size(self.state.width, self.state.height)

    def in_resize_grip(self, scene_pos: QPointF) -> bool:
        """True when ``scene_pos`` is on the bottom-right corner (drag it to resize)."""
        local = self.mapFromScene(scene_pos)
        return (
            self._rect.right() - GRIP <= local.x() <= self._rect.right()
            and self._rect.bottom() - GRIP <= local.y() <= self._rect.bottom()
        )

    def boundingRect(self) -> QRectF:
        """The note's rectangle plus room for the selection outline."""
        return self._rect.adjusted(-2, -2, 2, 2)

    def marked(self) -> bool:
        """True when the facilitator gave the note a colour of its own (drawn as a band)."""
        return self._band is not None

    def _text_rect(self) -> QRectF:
        footer = _metrics()[1].lineSpacing() if self.badges else 0
        top = 4 if self._band is None else 4 + MARK_BAND
        # Narrow margins: every pixel of height is worth a line of text on a small note.
        return self._rect.adjusted(6, top, -6, -(footer + 3))

    def _fit(self, key: tuple[object, ...]) -> None:
        """Cut the text at the last whole line that fits (with "…") and elide the footer."""
        self._fitted = key
        text = self.state.text
        if len(text) > SHOWN_CHARS:
            text = text[:SHOWN_CHARS]
        self._wrap = _wrap_flag(text)
        area = self._text_rect()
        shown = _fit_text(text, area.width(), area.height(), self._wrap)
        cut = shown != self.state.text
        self._shown_text = shown
        width = self._rect.width() - 12
        self._footer = []
        # The vote count sits at the bottom right of the footer line.
        room = width - (_VOTE_W if self.votes else 0)
        if self.badges:
            full, _, short = self.badges.partition("\n")
            line = full
            if _metrics()[1].horizontalAdvance(full) > room and short:
                line = short  # who must act matters more on the board than the word
                cut = True
            elided = _metrics()[1].elidedText(line, Qt.TextElideMode.ElideRight, room)
            cut = cut or elided != line
            self._footer.append(elided)
        self.cut = cut

    def full_text(self, mark: str = "") -> str:
        """The whole note as a tooltip shows it: its text, then category, actor, author,
        then ``mark`` (the name of the colour the facilitator chose)."""
        details = "\n".join(x for x in (self.badges.partition("\n")[0], mark) if x)
        return f"{self.state.text}\n\n{details}" if details else self.state.text

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the note; below ``DETAIL_LOD`` only its coloured rectangle (and band)."""
        rect = self._rect
        # The brush looked up inline: this line runs for every note on screen.
        painter.fillRect(rect, CATEGORY_BRUSHES.get(self.state.category, OTHER_BRUSH))
        band = self._band
        marked = band is not None
        if band is not None:
            painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), MARK_BAND), band)
        # Rounded: float noise must not draw neighbours at the same zoom differently.
        lod = round(option.levelOfDetailFromTransform(painter.worldTransform()), 3)
        if lod >= DETAIL_LOD:
            painter.setPen(_BORDER)
            painter.drawRect(rect)
            if marked:
                y = rect.top() + MARK_BAND
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(_TEXT)
            key = (rect.width(), rect.height(), self.badges, bool(self.votes), marked)
            if self._fitted != key:
                self._fit(key)
            painter.setFont(_NOTE_FONT)
            painter.drawText(self._text_rect(), self._wrap, self._shown_text)
            painter.setFont(_BADGE_FONT)
            line = _metrics()[1].lineSpacing()
            bottom = rect.bottom() - 2
            for n, text in enumerate(reversed(self._footer)):
                painter.drawText(
                    QRectF(rect.left() + 6, bottom - (n + 1) * line, rect.width() - 12, line),
                    _BOTTOM_LEFT,
                    text,
                )
            if self.votes:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_VOTE)
                # In the footer line's corner, so it does not cover the text's last line.
                badge = QRectF(rect.right() - 32, rect.bottom() - 19, 28, 18)
                painter.drawRoundedRect(badge, 9, 9)
                painter.setFont(_VOTE_FONT)
                painter.setPen(Qt.GlobalColor.white)
                painter.drawText(badge, _CENTER, str(self.votes))
        if self.dimmed:
            painter.fillRect(rect, _DIM)
        if self.isSelected():
            painter.setPen(_SELECTED)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            # The resize grip: a small corner triangle.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_SELECTED.color())
            corner = rect.bottomRight()
            painter.drawPolygon([corner, corner - QPointF(GRIP, 0), corner - QPointF(0, GRIP)])
        elif self.matched:
            painter.setPen(_MATCH)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)


class ClusterItem(QGraphicsItem):
    """The named frame around a cluster's notes; dragging it moves its notes."""

    def __init__(self, state: ClusterState, origin: QPointF) -> None:
        super().__init__()
        _metrics()  # the fonts take the application's family
        self.origin = origin
        self.setPos(origin)
        self.cluster_id = state.id
        self.state = state
        self._rect = QRectF()
        self.setZValue(-1)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )

    def set_rect(self, rect: layout.Rect | None) -> None:
        """Wrap the members' rectangle (None: no members, nothing drawn)."""
        new = QRectF() if rect is None else QRectF(rect.x, rect.y, rect.w, rect.h)
        if new != self._rect:
            self.prepareGeometryChange()
            self._rect = new
        if self.pos() != self.origin:
            self.setPos(self.origin)

    def boundingRect(self) -> QRectF:
        """The cluster frame."""
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """A rounded frame with the cluster's name on top."""
        if self._rect.isEmpty():
            return
        painter.setPen(_SELECTED if self.isSelected() else QPen(QColor("#607d8b"), 2))
        painter.setBrush(QColor(96, 125, 139, 30))
        painter.drawRoundedRect(self._rect, 8, 8)
        painter.setPen(QColor("#37474f"))
        painter.setFont(_CLUSTER_FONT)
        painter.drawText(
            self._rect.adjusted(8, 2, -8, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.state.name,
        )


class OverviewItem(QGraphicsItem):
    """A frame's notes as coloured rectangles in one recorded picture.

    Shown instead of the individual notes when a big board is zoomed far out, so a
    repaint replays one picture per frame instead of calling every note.
    """

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._picture: QPicture | None = None
        self._rect = QRectF()
        self.source: dict[uuid.UUID, NoteItem] = {}
        # At one zoom the replayed picture is blitted from a small pixmap: a repaint of a
        # 20,000-note board at fit-all draws three pixmaps instead of 20,000 rectangles.
        self.setCacheMode(CACHE_MODE)

    def invalidate(self) -> None:
        """The notes changed: record again at the next paint."""
        self._picture = None
        self.update()

    def set_rect(self, rect: QRectF) -> None:
        """Area covered (the frame's content)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        """The content area of the frame."""
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Replay the recorded picture (record it first if the notes changed)."""
        if self._picture is None:
            picture = QPicture()
            p = QPainter(picture)
            p.setPen(Qt.PenStyle.NoPen)
            # One brush change per category, not per note: replaying a change of brush
            # for each of 2,000 notes of mixed categories cost ~12 % more CPU.
            groups: dict[str, list[QRectF]] = {}
            for note in self.source.values():
                s = note.state
                key = "" if note.dimmed else s.category
                groups.setdefault(key, []).append(QRectF(s.x, s.y, s.width, s.height))
            for key, rects in groups.items():
                p.setBrush(CATEGORY_BRUSHES.get(key, OTHER_BRUSH) if key else _DIM)
                p.drawRects(rects)
            p.end()
            self._picture = picture
        painter.drawPicture(0, 0, self._picture)


class FrameItem(QGraphicsRectItem):
    """The labelled area of one agenda question (its notes are separate top-level items)."""

    def __init__(self, frame_id: uuid.UUID | None, title: str) -> None:
        super().__init__()
        _metrics()  # the fonts take the application's family
        self.frame_id = frame_id
        self.title = title
        self.current = False
        self.content_bottom = 0.0  # lowest note edge, kept by the scene
        self.setPen(QPen(QColor("#90a4ae"), 2))
        self.setBrush(QColor("#fafafa"))
        self.setZValue(-10)
        self.overview = OverviewItem(self)
        self.overview.setPos(layout.FRAME_PAD, layout.FRAME_HEADER)
        self.overview.hide()
        self.set_content_height(layout.frame_content_height(0))

    def set_content_height(self, height: float) -> None:
        """Grow or shrink to hold content of this height."""
        total = layout.FRAME_HEADER + height + layout.FRAME_PAD
        if self.rect().height() != total:
            self.setRect(0, 0, layout.FRAME_W, total)
            self.overview.set_rect(QRectF(0, 0, layout.CONTENT_W, height))

    def origin(self) -> QPointF:
        """Scene position of the content area (note coordinates are relative to it)."""
        return self.pos() + QPointF(layout.FRAME_PAD, layout.FRAME_HEADER)

    def display_title(self) -> str:
        """The label: the question's title, or what the extra frame is for."""
        if self.frame_id is None:
            return QCoreApplication.translate(
                "BoardScene", "Notes whose question is no longer on the agenda"
            )
        return self.title

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """The frame, highlighted when it is the current question, and its title."""
        painter.setPen(QPen(QColor("#1565c0"), 4) if self.current else self.pen())
        painter.setBrush(QColor("#eef4fb") if self.current else self.brush())
        painter.drawRoundedRect(self.rect(), 12, 12)
        painter.setPen(QColor("#263238"))
        painter.setFont(_TITLE_FONT)
        painter.drawText(
            self.rect().adjusted(layout.FRAME_PAD, 8, -layout.FRAME_PAD, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.display_title(),
        )
