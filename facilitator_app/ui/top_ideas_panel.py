"""The most-voted ideas of every question, ranked, beside the board.

Fed by ``services.top_ideas`` (one read of the store, no widgets), refreshed shortly after
anything on the session's undo stack changes (a vote, an undo, an edit) or a sync brings
changes in. The short delay folds a burst of changes (fast capture) into one read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator_app.services.palette import category_colour
from facilitator_app.services.top_ideas import top_ideas
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store

REFRESH_DELAY_MS = 300


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TopIdeasPanel(QWidget):
    """A list per question: its ideas with most dots first (only ideas with dots)."""

    def __init__(self, store: Store, context: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.context = context
        self.heading = QLabel(self.tr("Most votes"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Most-voted ideas per question"))
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a read-out, not a control
        self._icons: dict[str, QIcon] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.reload()

    def schedule_reload(self, *_args: object) -> None:
        """Read again shortly (a burst of changes costs one read)."""
        self._timer.start()

    def reload(self) -> None:
        """Read the ranking from the store and show it."""
        questions = top_ideas(self.store, self.context)
        self.list.clear()
        bold = QFont(self.list.font())
        bold.setBold(True)
        any_votes = False
        for question in questions:
            if not question.ideas:
                continue
            any_votes = True
            title = question.title or self.tr("Not on a question")
            heading = QListWidgetItem(title)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(heading)
            for rank, idea in enumerate(question.ideas, start=1):
                text = self.tr("{rank}. {text} ({votes})").format(
                    rank=rank,
                    text=" ".join(idea.text.split()),
                    votes=self.tr("%n vote(s)", "", idea.votes),
                )
                row = QListWidgetItem(self._icon(idea.category), text)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
                row.setToolTip(idea.text)
                self.list.addItem(row)
        if not any_votes:
            empty = QListWidgetItem(self.tr("No votes yet: the ranking shows after a dot vote."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(empty)

    def rows(self) -> list[str]:
        """The shown lines (for tests and the screen reader's summary)."""
        return [self.list.item(n).text() for n in range(self.list.count())]

    def _icon(self, category: str) -> QIcon:
        if category not in self._icons:
            self._icons[category] = _swatch(category_colour(category))
        return self._icons[category]
