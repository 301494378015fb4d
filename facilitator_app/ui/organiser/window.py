"""The organisers' desk: the session's groups (refreshed every 15 s), the workshop grid.

Reads run in ``DeskReader``'s worker thread on its own connection; the window only
paints. After a failed read it keeps what it showed, greys it out as stale and says
why; so it does when a read is older than two refresh intervals.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.clock import Clock, SystemClock
from facilitator_app.errors import UserError
from facilitator_app.sync.conflict_report import read_conflicts
from facilitator_app.sync.group_view import WorkshopGrid, read_workshop_grid
from facilitator_app.sync.idea_tally import DeskCache
from facilitator_app.sync.overview import SessionOverview, read_overview
from facilitator_app.ui.messages import user_message
from facilitator_app.ui.organiser.conflicts import ConflictTable
from facilitator_app.ui.organiser.group_table import GroupTableModel
from facilitator_app.ui.organiser.group_window import GroupWindow
from facilitator_app.ui.organiser.inbox import ExpertInbox
from facilitator_app.ui.organiser.worker import DeskConnection, DeskReader

REFRESH_MS = 15_000


class OrganiserWindow(QMainWindow):
    """Every group of a session at a glance, from the central store only."""

    def __init__(
        self, connection: DeskConnection, parent: QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.setWindowTitle(self.tr("Organisers' desk"))
        self.setAccessibleName(self.tr("Organisers' desk"))
        self.connection = connection
        self.reader = DeskReader(connection, self)
        self.reader.done.connect(self._read_done)
        self.reader.failed.connect(self._read_failed)
        self.overview: SessionOverview | None = None
        self.cache = DeskCache()
        self.last_read: dt.datetime | None = None
        self.problem = ""
        self.session_key: str | None = None
        self.group_windows: list[GroupWindow] = []
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.stale_timer = QTimer(self)
        self.stale_timer.setInterval(1_000)
        self.stale_timer.timeout.connect(self._update_status)
        self.stale_timer.start()
        self.resize(1280, 700)
        self.refresh()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Session:"), central)
        self.session_box = QComboBox(central)
        self.session_box.setAccessibleName(self.tr("Session"))
        self.session_box.setMinimumContentsLength(40)
        label.setBuddy(self.session_box)
        self.session_box.activated.connect(self._session_chosen)
        self.refresh_button = QPushButton(self.tr("&Refresh now (F5)"), central)
        self.refresh_button.setAccessibleName(self.tr("Refresh now"))
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("&Open group…"), central)
        self.open_button.setAccessibleName(self.tr("Open the selected group's board"))
        self.open_button.clicked.connect(self.open_selected)
        bar.addWidget(label)
        bar.addWidget(self.session_box)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.open_button)
        self.results_button = QPushButton(self.tr("Res&ults and certificates…"), central)
        self.results_button.setAccessibleName(
            self.tr("Build the workshop results and the participation certificates")
        )
        self.results_button.clicked.connect(self.open_results)
        bar.addWidget(self.results_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.status = QLabel(central)
        self.status.setAccessibleName(self.tr("Status of the overview"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.tabs = QTabWidget(central)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.model = GroupTableModel()
        self.table = QTableView(self.tabs)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Groups of the session"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.activated.connect(self._open_index)
        self.tabs.addTab(self.table, self.tr("&Groups"))
        self.grid = QTableWidget(self.tabs)
        self.grid.setAccessibleName(self.tr("Attendance per session and group"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setAccessibleName(self.tr("Sessions"))
        self.grid.verticalHeader().setAccessibleName(self.tr("Groups"))
        self.tabs.addTab(self.grid, self.tr("&Workshop"))
        self.inbox = ExpertInbox(self.reader, self.tabs)
        self.inbox.answered.connect(self.refresh)
        self.tabs.addTab(self.inbox, self.tr("&Questions for the experts"))
        self.conflicts = ConflictTable(self.tabs)
        self.tabs.addTab(self.conflicts, self.tr("&Conflicts"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        refresh = QAction(self.tr("Refresh now"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    # --- reading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again now (in the background); the table stays usable meanwhile."""
        key, now = self.session_key, self.clock.now()
        shown = key or (self.overview.session.key if self.overview is not None else None)
        cache = self.cache  # used by the one worker thread only
        self.reader.submit("overview", lambda central: read_overview(central, key, now, cache))
        if self.tabs.currentWidget() is self.grid:
            self.reader.submit("grid", read_workshop_grid)
        if self.tabs.currentWidget() is self.inbox:
            self.inbox.refresh(shown)
        if self.tabs.currentWidget() is self.conflicts:
            self.reader.submit("conflicts", read_conflicts)
        self._update_status()

    def _read_done(self, what: str, result: object) -> None:
        if what == "overview" and isinstance(result, SessionOverview):
            self._show_overview(result)
        elif what == "grid" and isinstance(result, WorkshopGrid):
            self._show_grid(result)
        elif what == "conflicts" and isinstance(result, tuple):
            self.conflicts.show_conflicts(*result)

    def _read_failed(self, what: str, error: object) -> None:
        if what not in ("overview", "grid", "conflicts"):
            return
        self.problem = user_message(error) if isinstance(error, UserError) else str(error)
        self.model.set_stale(True)
        self._update_status()

    def _show_overview(self, overview: SessionOverview) -> None:
        selected = self._selected_group()
        self.overview = overview
        self.last_read = self.clock.now()
        self.problem = ""
        self.model.set_overview(overview)
        self.inbox.zone = ZoneInfo(overview.time_zone)
        self.table.resizeColumnsToContents()
        for col in range(self.model.COLUMNS):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        if selected is not None:
            for row, group in enumerate(overview.groups):
                if group.group_id == selected:
                    self.table.selectRow(row)
        self._fill_sessions(overview)
        self._update_status()

    def _fill_sessions(self, overview: SessionOverview) -> None:
        self.session_box.blockSignals(True)
        try:
            self.session_box.clear()
            for ref in overview.sessions:
                self.session_box.addItem(
                    f"{ref.key}  {ref.title} ({ref.date.isoformat()})", ref.key
                )
            self.session_box.setCurrentIndex(
                max(0, self.session_box.findData(overview.session.key))
            )
        finally:
            self.session_box.blockSignals(False)

    def _session_chosen(self, index: int) -> None:
        key = self.session_box.itemData(index)
        if isinstance(key, str) and key != self.session_key:
            self.session_key = key
            self.refresh()

    def is_stale(self) -> bool:
        """True when what is shown failed to refresh or is older than two intervals."""
        if self.problem or self.last_read is None:
            return True
        return self.clock.now() - self.last_read > dt.timedelta(milliseconds=2 * REFRESH_MS)

    def _update_status(self) -> None:
        stale = self.is_stale()
        self.model.set_stale(stale and self.overview is not None)
        if self.overview is None:
            text = self.problem or self.tr("Reading the central store…")
        else:
            read = self.overview.local(self.overview.read_at).strftime("%H:%M:%S")
            s = self.overview.session
            where = f"{self.overview.workshop_title}: {s.title} ({s.date.isoformat()})"
            if stale:
                text = self.tr("STALE: shown as read at %1. %2").replace("%1", read)
                text = text.replace("%2", self.problem or self.tr("No fresh read yet."))
            else:
                text = self.tr("%1, read at %2; refreshes every 15 seconds.")
                text = text.replace("%1", where).replace("%2", read)
        if self.reader.busy:
            text += " " + self.tr("(reading…)")
        colour = "#b71c1c" if stale and (self.problem or self.overview) else "palette(text)"
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)

    def _show_grid(self, grid: WorkshopGrid) -> None:
        self.grid.clear()
        self.grid.setRowCount(len(grid.groups))
        self.grid.setColumnCount(len(grid.sessions))
        self.grid.setHorizontalHeaderLabels(
            [f"{s.key} {s.date.strftime('%d.%m.')}" for s in grid.sessions]
        )
        self.grid.setVerticalHeaderLabels([f"{g.key} {g.name}" for g in grid.groups])
        for row, group in enumerate(grid.groups):
            for col, session in enumerate(grid.sessions):
                present = grid.present.get((session.id, group.id), 0)
                text = self.tr("%1 of %2").replace("%1", str(present))
                item = QTableWidgetItem(text.replace("%2", str(group.members)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{group.name}, {session.title}: {item.text()}",
                )
                self.grid.setItem(row, col, item)
        self.grid.resizeColumnsToContents()

    # --- opening a group -------------------------------------------------------------

    def _selected_group(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        group = self.model.group(rows[0].row()) if rows else None
        return group.group_id if group is not None else None

    def _open_index(self, index: QModelIndex) -> None:
        self.open_group(index.row())

    def open_results(self) -> None:
        """The combined report of all groups and the certificates, from this store."""
        from facilitator_app.ui.report_dialog import ReportDialog

        ReportDialog(self.connection.url, Path.home(), self).exec()

    def open_selected(self) -> None:
        """Open the selected group (the first one when nothing is selected)."""
        rows = self.table.selectionModel().selectedRows()
        self.open_group(rows[0].row() if rows else 0)

    def open_group(self, row: int) -> GroupWindow | None:
        """A read-only window with the group's board and agenda."""
        group = self.model.group(row)
        if group is None or self.overview is None:
            return None
        window = GroupWindow(self.reader, self.overview.session.id, group, self, self.clock)
        self.group_windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        window.show()
        return window

    def _forget(self, window: GroupWindow) -> None:
        if window in self.group_windows:
            self.group_windows.remove(window)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop refreshing and close the connection."""
        self.timer.stop()
        self.stale_timer.stop()
        self.reader.shutdown()
        super().closeEvent(event)
