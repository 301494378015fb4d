"""One group, read-only: its board as the facilitator sees it and its agenda log.

The board is drawn by the facilitator window's own ``BoardScene`` (same frames, notes,
clusters, colours and vote counts) in a plain view that accepts no edits; the data is
read in the desk's worker thread from the central store.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.clock import Clock, SystemClock
from facilitator_app.errors import UserError
from facilitator_app.sync.group_view import GroupBoard, read_group_board
from facilitator_app.sync.overview import GroupStatus
from facilitator_app.ui.board.answers import show_answers
from facilitator_app.ui.board.scene import OVERVIEW_SCALE, BoardScene
from facilitator_app.ui.messages import user_message
from facilitator_app.ui.organiser.worker import DeskReader


class ReadOnlyBoardView(QGraphicsView):
    """A board scene that can be zoomed and scrolled but not changed."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setInteractive(False)  # no selection, drag or edit of any note
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def zoom_by(self, factor: float) -> None:
        """Zoom between 2 % and 400 %; far out big boards show one picture per frame."""
        current = self.transform().m11()
        target = min(4.0, max(0.02, current * factor))
        self.scale(target / current, target / current)
        self.board.set_overview(target < OVERVIEW_SCALE)

    def fit_all(self) -> None:
        """Show the whole board."""
        rect = self.board.all_rect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
            self.board.set_overview(self.transform().m11() < OVERVIEW_SCALE)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)


class GroupWindow(QDialog):
    """A group's board and agenda (planned and actual times), read-only."""

    def __init__(
        self,
        reader: DeskReader,
        session_id: uuid.UUID,
        group: GroupStatus,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.reader = reader
        self.session_id = session_id
        self.group = group
        self.data: GroupBoard | None = None
        self.what = f"board:{group.group_id}"
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = self.tr("%1 (read-only)").replace("%1", group.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build()
        reader.done.connect(self._done)
        reader.failed.connect(self._failed)
        self.resize(1280, 700)
        self.refresh()

    def _build(self) -> None:
        self.scene = BoardScene(self)
        self.view = ReadOnlyBoardView(self.scene, None)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel(self.tr("Reading the board…"), self)
        self.heading.setAccessibleName(self.tr("About this board"))
        self.heading.setWordWrap(True)
        bar.addWidget(self.heading, 1)
        buttons: list[tuple[str, str, QKeySequence, Callable[[], None]]] = [
            (
                self.tr("Zoom &in"),
                self.tr("Zoom in"),
                QKeySequence(QKeySequence.StandardKey.ZoomIn),
                lambda: self.view.zoom_by(1.25),
            ),
            (
                self.tr("Zoom &out"),
                self.tr("Zoom out"),
                QKeySequence(QKeySequence.StandardKey.ZoomOut),
                lambda: self.view.zoom_by(0.8),
            ),
            (
                self.tr("&Whole board"),
                self.tr("Show the whole board"),
                QKeySequence("Ctrl+0"),
                lambda: self.view.fit_all(),
            ),
            (
                self.tr("&Refresh (F5)"),
                self.tr("Read the board again"),
                QKeySequence("F5"),
                self.refresh,
            ),
        ]
        for text, name, keys, slot in buttons:
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            action = QAction(name, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
            bar.addWidget(button)
        close = QPushButton(self.tr("&Close"), self)
        close.setAccessibleName(self.tr("Close this group"))
        close.clicked.connect(self.close)
        bar.addWidget(close)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.view.setParent(split)
        self.view.setAccessibleName(
            self.tr("Board of %1, read-only").replace("%1", self.group.name)
        )
        self.agenda = QTableWidget(0, 5, split)
        self.agenda.setAccessibleName(self.tr("Agenda: planned and actual times"))
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setHorizontalHeaderLabels(
            [
                self.tr("Agenda item"),
                self.tr("Planned"),
                self.tr("Actual"),
                self.tr("Minutes (plan/actual)"),
                self.tr("Status"),
            ]
        )
        self.agenda.verticalHeader().setVisible(False)
        self.agenda.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.agenda.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.view)
        split.addWidget(self.agenda)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 460])  # the board gets most of the width
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        """Read the board again in the background."""
        sid, gid, now = self.session_id, self.group.group_id, self.clock.now()
        self.reader.submit(self.what, lambda central: read_group_board(central, sid, gid, now))

    def _done(self, what: str, result: object) -> None:
        if what != self.what or not isinstance(result, GroupBoard):
            return
        first = self.data is None
        self.data = result
        self.scene.load(result.board)
        self.scene.set_votes(result.votes)
        show_answers(self.scene, dict(self.scene.notes), result.answers)
        self._fill_agenda(result)
        self.heading.setText(self._heading(result))
        if first:
            self.view.fit_all()

    def _failed(self, what: str, error: object) -> None:
        if what != self.what:
            return
        message = user_message(error) if isinstance(error, UserError) else str(error)
        if self.data is None:
            self.heading.setText(message)
        else:
            self.heading.setText(self.tr("STALE: %1 Shown as read before.").replace("%1", message))

    def _heading(self, data: GroupBoard) -> str:
        from zoneinfo import ZoneInfo

        read = data.read_at.astimezone(ZoneInfo(data.time_zone)).strftime("%H:%M:%S")
        text = self.tr("%1, %2: %3 notes, read at %4.")
        text = text.replace("%1", data.group_name).replace("%2", data.session_title)
        text = text.replace("%3", str(len(data.board.notes))).replace("%4", read)
        if data.vote_open:
            text += " " + self.tr("A vote is open.")
        return text

    def _fill_agenda(self, data: GroupBoard) -> None:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(data.time_zone)
        statuses = {
            "pending": self.tr("to do"),
            "active": self.tr("running"),
            "done": self.tr("done"),
            "skipped": self.tr("skipped"),
        }
        self.agenda.setRowCount(len(data.log))
        for row, item in enumerate(data.log):
            actual = (
                item.started_at.astimezone(zone).strftime("%H:%M")
                if item.started_at is not None
                else "–"
            )
            ran = round(item.ran_s / 60) if item.started_at is not None else None
            cells = [
                item.title,
                item.planned_start.astimezone(zone).strftime("%H:%M"),
                actual,
                f"{item.planned_min} / {'–' if ran is None else ran}",
                statuses.get(item.status, item.status),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col and col < 4:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if item.status == "active":
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.agenda.setItem(row, col, cell)
        self.agenda.resizeColumnsToContents()
        self.agenda.setColumnWidth(0, min(self.agenda.columnWidth(0), 200))
        self.agenda.resizeRowsToContents()
