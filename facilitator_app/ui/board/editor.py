"""In-place editor of a note's text, laid over the note in the view."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class NoteEditor(QPlainTextEdit):
    """Enter saves, Shift+Enter breaks the line, Escape cancels; leaving saves too."""

    finished = Signal(object, str)  # note id, new text
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.note_id: uuid.UUID | None = None
        self.setStyleSheet("QPlainTextEdit { background: #fffde7; border: 2px solid #1565c0; }")
        self.setAccessibleName(self.tr("Edit note"))
        self.hide()

    def start(self, note_id: uuid.UUID, text: str, rect: QRect) -> None:
        """Open over ``rect`` (viewport pixels) with the note's text selected."""
        self.note_id = note_id
        self.setPlainText(text)
        self.selectAll()
        self.setGeometry(rect.adjusted(0, 0, 0, 0).united(QRect(rect.topLeft(), rect.size())))
        if self.width() < 220 or self.height() < 120:
            self.resize(max(220, self.width()), max(120, self.height()))
        self.show()
        self.setFocus()

    def _close(self, save: bool) -> None:
        if self.note_id is None:
            return
        note_id, self.note_id = self.note_id, None
        self.hide()
        if save:
            self.finished.emit(note_id, self.toPlainText())
        else:
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves, Escape cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._close(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._close(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Clicking elsewhere saves."""
        super().focusOutEvent(event)
        self._close(True)
