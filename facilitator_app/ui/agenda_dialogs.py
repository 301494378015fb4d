"""Dialogs of the agenda panel: a one-line prompt (timebox, note) and "add an item".

Both stay open and say why when the service refuses the answer, so bad input changes
nothing and the facilitator can correct it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.models.enums import ItemKind
from facilitator_app.ui.colours import Tone, text_style

# Adds an item (title, minutes, kind, sub-questions); returns the problem in words or None.
AddItem = Callable[[str, str, ItemKind, list[str]], str | None]


def kind_names() -> dict[str, str]:
    """Item kinds in the user's language."""
    return {
        ItemKind.QUESTION: QCoreApplication.translate("AgendaPanel", "Question"),
        ItemKind.BREAK: QCoreApplication.translate("AgendaPanel", "Break"),
        ItemKind.TALK: QCoreApplication.translate("AgendaPanel", "Talk"),
        ItemKind.WALK_AND_TALK: QCoreApplication.translate("AgendaPanel", "Walk and talk"),
    }


class PromptDialog(QDialog):
    """Asks for one line of text; stays open and says why when the answer is refused."""

    def __init__(
        self,
        title: str,
        label: str,
        value: str,
        apply: Callable[[str], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._apply = apply
        self.field = QLineEdit(value)
        self.field.setAccessibleName(title)
        self.field.selectAll()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(text_style(Tone.ERROR))
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        prompt.setBuddy(self.field)
        layout.addWidget(prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Apply the answer; close only when it was taken."""
        problem = self._apply(self.field.text())
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.setVisible(True)
            self.field.selectAll()
            self.field.setFocus()
            return
        super().accept()


class AddItemDialog(QDialog):
    """Title, kind, timebox and sub-questions of an ad-hoc item."""

    def __init__(self, add: AddItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add = add
        self.setWindowTitle(self.tr("Add an agenda item"))
        self.title_field = QLineEdit()
        self.title_field.setAccessibleName(self.tr("Title"))
        self.kind_field = QComboBox()
        self.kind_field.setAccessibleName(self.tr("Kind"))
        for kind, name in kind_names().items():
            self.kind_field.addItem(name, str(kind))
        self.minutes_field = QLineEdit("10")
        self.minutes_field.setAccessibleName(self.tr("Timebox in minutes"))
        self.subs_field = QPlainTextEdit()
        self.subs_field.setAccessibleName(self.tr("Sub-questions, one per line"))
        self.subs_field.setTabChangesFocus(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(text_style(Tone.ERROR))
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_field)
        form.addRow(self.tr("&Kind:"), self.kind_field)
        form.addRow(self.tr("&Minutes:"), self.minutes_field)
        form.addRow(self.tr("&Sub-questions:"), self.subs_field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Add the item; close only when it was taken."""
        problem = self._add(
            self.title_field.text(),
            self.minutes_field.text(),
            ItemKind(self.kind_field.currentData()),
            self.subs_field.toPlainText().splitlines(),
        )
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.setVisible(True)
            return
        super().accept()
