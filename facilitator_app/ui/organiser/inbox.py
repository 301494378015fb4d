"""The experts' inbox: the groups' questions, and writing or correcting an answer.

Reading and answering run in the desk's worker; an answer goes to the central store at
once and reaches the group's board on the group's next sync.
"""

from __future__ import annotations

import getpass
import uuid
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import UserError
from facilitator_app.services.expert_answers import AnswerVersion
from facilitator_app.sync.questions import Question, answer_question, list_questions
from facilitator_app.ui.messages import user_message
from facilitator_app.ui.organiser.worker import DeskReader


class ExpertInbox(QWidget):
    """Questions of the session (all, or open only) with an answer editor below."""

    answered = Signal()

    def __init__(self, reader: DeskReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.session_key: str | None = None
        self.questions: list[Question] = []
        self._shown_id: uuid.UUID | None = None  # the question the editor is for
        self.zone: ZoneInfo | None = None  # the workshop's, set by the window
        self._build()
        reader.done.connect(self._done)
        reader.failed.connect(self._failed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_only = QCheckBox(self.tr("Only &unanswered"), self)
        self.open_only.setAccessibleName(self.tr("Show only unanswered questions"))
        self.open_only.toggled.connect(lambda _on: self._fill())
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Status of the inbox"))
        top.addWidget(self.open_only)
        top.addWidget(self.state, 1)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 5, split)
        self.table.setAccessibleName(self.tr("Questions for the experts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Agenda question"),
                self.tr("The group asks"),
                self.tr("Asked"),
                self.tr("Answer"),
            ]
        )
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        editor = QWidget(split)
        form = QFormLayout(editor)
        self.history = QLabel(editor)
        self.history.setAccessibleName(self.tr("Earlier answers"))
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_edit = QPlainTextEdit(editor)
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMaximumHeight(110)
        self.expert_edit = QLineEdit(getpass.getuser(), editor)
        self.expert_edit.setAccessibleName(self.tr("Answered by"))
        self.send_button = QPushButton(self.tr("&Send answer (Ctrl+Enter)"), editor)
        self.send_button.setAccessibleName(self.tr("Send answer"))
        self.send_button.clicked.connect(self.send)
        send = QAction(self.tr("Send answer"), self)
        send.setShortcut(QKeySequence("Ctrl+Return"))
        send.triggered.connect(self.send)
        self.addAction(send)
        answer_label = QLabel(self.tr("&Answer:"), editor)
        answer_label.setBuddy(self.answer_edit)
        expert_label = QLabel(self.tr("Answered &by:"), editor)
        expert_label.setBuddy(self.expert_edit)
        form.addRow(self.history)
        form.addRow(answer_label, self.answer_edit)
        form.addRow(expert_label, self.expert_edit)
        form.addRow(self.send_button)
        split.addWidget(self.table)
        split.addWidget(editor)
        split.setStretchFactor(0, 3)
        layout.addWidget(split, 1)
        self._selected()

    # --- reading ---------------------------------------------------------------------

    def refresh(self, session_key: str | None) -> None:
        """Read the session's questions again (in the background)."""
        self.session_key = session_key
        self.reader.submit("questions", lambda central: list_questions(central, session_key))

    def _done(self, what: str, result: object) -> None:
        if what == "questions" and isinstance(result, list):
            self.questions = [q for q in result if isinstance(q, Question)]
            self._fill()
        elif what == "answer" and isinstance(result, AnswerVersion):
            self.answer_edit.clear()
            self.state.setText(self.tr("Answer stored; the group sees it after its next sync."))
            self.answered.emit()
            self.refresh(self.session_key)

    def _failed(self, what: str, error: object) -> None:
        if what in ("questions", "answer"):
            message = user_message(error) if isinstance(error, UserError) else str(error)
            if what == "answer":
                message = self.tr("The answer was not stored: %1").replace("%1", message)
            self.state.setText(message)

    def _shown(self) -> list[Question]:
        if self.open_only.isChecked():
            return [q for q in self.questions if q.answer is None]
        return self.questions

    def _fill(self) -> None:
        chosen = self.selected_question()
        shown = self._shown()
        self.table.setRowCount(len(shown))
        for row, q in enumerate(shown):
            current = q.answer
            cells = [
                f"{q.group_key} {q.group_name}",
                q.agenda_title,
                q.text,
                q.asked_at.astimezone(self.zone).strftime("%H:%M"),
                current.text if current is not None else self.tr("waiting"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(q.id))
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            if chosen is not None and q.id == chosen.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        for col in range(4):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 300))
        self._selected()  # the history shown follows a new answer
        waiting = sum(q.answer is None for q in self.questions)
        self.state.setText(self.tr("%n question(s) waiting for an answer", "", waiting))

    # --- answering -------------------------------------------------------------------

    def selected_question(self) -> Question | None:
        """The question the selected row shows."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((q for q in self.questions if str(q.id) == wanted), None)

    def _selected(self) -> None:
        q = self.selected_question()
        self.send_button.setEnabled(q is not None)
        changed = (q.id if q is not None else None) != self._shown_id
        self._shown_id = q.id if q is not None else None
        if q is None:
            self.history.setText(self.tr("Choose a question to answer it."))
            return
        lines = [self.tr("%1 asks: %2").replace("%1", q.group_name).replace("%2", q.text)]
        for version in q.answers:
            when = version.answered_at.astimezone(self.zone).strftime("%H:%M")
            lines.append(f"{when} {version.expert}: {version.text}")
        if q.answers:
            lines.append(self.tr("Sending again corrects the answer; earlier words are kept."))
        if changed:  # a refresh must never replace what the expert is typing
            self.answer_edit.setPlainText(q.answers[-1].text if q.answers else "")
        self.history.setText("\n".join(lines))

    def send(self) -> None:
        """Store the answer (or correction) to the selected question."""
        q = self.selected_question()
        if q is None:
            return
        qid: uuid.UUID = q.id
        words, expert = self.answer_edit.toPlainText(), self.expert_edit.text()
        self.state.setText(self.tr("Sending the answer…"))
        self.reader.submit("answer", lambda central: answer_question(central, qid, words, expert))
