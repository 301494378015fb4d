"""The experts' answers on the board: a blue card beside each answered question note.

An answer card is a child of its question's note, so it moves, hides (far zoom) and
disappears (note deleted) with it. It is drawn to the right of the note, above the
neighbouring notes, marked as the experts' answer with the expert's name.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from facilitator_app.services.expert_answers import AnswerVersion

WIDTH = 240.0
GAP = 8.0
PAD = 6.0
MAX_LINES = 9
_FILL = QBrush(QColor("#e1f5fe"))
_BORDER = QPen(QColor("#0277bd"), 2)
_TEXT = QColor("#01579b")
_HEAD_FONT = QFont()
_HEAD_FONT.setPointSizeF(8.5)
_HEAD_FONT.setBold(True)
_BODY_FONT = QFont()
_BODY_FONT.setPointSizeF(9.5)
# Above the notes: a card reaching over the next note must not be hidden by it.
ANSWER_Z = 5.0


def heading(version: AnswerVersion) -> str:
    """'Experts' answer (name)' in the UI language."""
    text = QCoreApplication.translate("Board", "Experts' answer (%1)")
    return text.replace("%1", version.expert)


class AnswerItem(QGraphicsItem):
    """The current experts' answer to one question note."""

    def __init__(self, note: QGraphicsItem, version: AnswerVersion) -> None:
        super().__init__(note)
        self.version = version
        self.heading = heading(version)
        note_rect = note.boundingRect()
        self.setPos(note_rect.right() + GAP, note_rect.top())
        body = QFontMetricsF(_BODY_FONT)
        flags = int(Qt.TextFlag.TextWordWrap)
        text_rect = body.boundingRect(QRectF(0, 0, WIDTH - 2 * PAD, 1e6), flags, version.text)
        head_h = QFontMetricsF(_HEAD_FONT).height()
        height = min(text_rect.height(), MAX_LINES * body.lineSpacing())
        self._rect = QRectF(0, 0, WIDTH, head_h + height + 3 * PAD)
        self._head_h = head_h
        self.setToolTip(f"{self.heading}\n{version.text}")
        self.setZValue(ANSWER_Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)

    def boundingRect(self) -> QRectF:
        """The card."""
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """A blue card: heading, then the answer wrapped (cut when very long)."""
        painter.setPen(_BORDER)
        painter.setBrush(_FILL)
        painter.drawRect(self._rect)
        painter.setPen(_TEXT)
        painter.setFont(_HEAD_FONT)
        inner = self._rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), self._head_h),
            int(Qt.AlignmentFlag.AlignLeft),
            self.heading,
        )
        painter.setFont(_BODY_FONT)
        body = QRectF(inner.left(), inner.top() + self._head_h + PAD, inner.width(), 1e6)
        body.setBottom(inner.bottom())
        painter.drawText(body, int(Qt.TextFlag.TextWordWrap), self.version.text)


def show_answers(
    scene: QGraphicsScene,
    notes: dict[uuid.UUID, QGraphicsItem],
    answers: dict[uuid.UUID, AnswerVersion],
) -> dict[uuid.UUID, AnswerItem]:
    """Put a card beside every answered note shown (replacing earlier cards)."""
    shown: dict[uuid.UUID, AnswerItem] = {}
    for item in list(scene.items()):
        if isinstance(item, AnswerItem):
            scene.removeItem(item)
    for idea_id, version in answers.items():
        note = notes.get(idea_id)
        if note is not None:
            note.setZValue(max(note.zValue(), 1.0))  # its card above later notes
            shown[idea_id] = AnswerItem(note, version)
    return shown
