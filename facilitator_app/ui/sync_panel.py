"""The sync panel (where this laptop delivers, the last result and receipt, conflicts)
and the wiring of sync into the main window.

The controller, the status indicator and the settings dialog have modules of their own;
their names are re-exported here for the window and the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services.workshop_time import workshop_time_text
from facilitator_app.store import Store
from facilitator_app.sync.central_store import display_url
from facilitator_app.ui.sync_controller import (
    SyncController,
    SyncJob,
    SyncState,
    enable_automatic_sync,
)
from facilitator_app.ui.sync_settings import SyncSettingsDialog
from facilitator_app.ui.sync_status import (
    SyncStatus,
    destination_text,
    local_only_note,
    spec_of,
)

__all__ = [
    "SyncController",
    "SyncJob",
    "SyncPanel",
    "SyncSettingsDialog",
    "SyncState",
    "SyncStatus",
    "enable_automatic_sync",
    "install_sync",
]


class SyncPanel(QDialog):
    """Sync state, last result, a Sync now button, settings and the conflicts list."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Sync"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(controller.sync_now)
        settings = QPushButton(self.tr("Settings…"))
        settings.clicked.connect(self.open_settings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(settings)
        buttons.addStretch(1)
        self.conflicts = QTableWidget(0, 3)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Version that was replaced"), self.tr("Written")]
        )
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(close)
        controller.state_changed.connect(self.refresh)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the controller and the store."""
        c = self.controller
        self.status.setText(
            self.tr("<b>Delivers to:</b> {where}").format(where=destination_text(c.destination))
            + "<br>"
            + self.tr("Central store: {where}").format(where=spec_of(display_url(c.url)))
        )
        lines = []
        if c.state is SyncState.SYNCING:
            lines.append(self.tr("Syncing…"))
        elif c.reason:
            lines.append(self.tr("Last sync failed: {reason}").format(reason=c.reason))
        if c.last_report is not None and c.last_synced is not None:
            r = c.last_report
            lines.append(
                self.tr("Last sync at {time}: sent {sent}, received {received}.").format(
                    time=workshop_time_text(c.store, c.last_synced),
                    sent=r.pushed.sent,
                    received=r.pulled.total,
                )
            )
        lines.extend(self._receipt_lines())
        lines.extend(self._closed_lines())
        lines.append(self.tr("%n change(s) waiting to be sent.", "", c.waiting))
        if c.local_only:
            lines.append(local_only_note())
        if c.store.copied_from is not None:
            lines.append(
                self.tr(
                    "This data folder was copied from another laptop. It now has an identity "
                    "of its own, so the organisers' store tells the two laptops apart."
                )
            )
        self.details.setText("\n".join(lines))
        self.sync_button.setEnabled(not c.running)
        rows = c.conflicts()
        self.conflicts_label.setText(
            self.tr(
                "Conflicts: {n}. When the same thing was changed on two laptops the later "
                "change wins; the other version is kept here and sent to the organisers."
            ).format(n=len(rows))
        )
        self.conflicts.setRowCount(len(rows))
        for n, lost in enumerate(rows):
            values = (
                _kind(lost.table),
                lost.what,
                workshop_time_text(self.controller.store, lost.written, with_date=True),
            )
            for col, value in enumerate(values):
                self.conflicts.setItem(n, col, QTableWidgetItem(value))

    def _receipt_lines(self) -> list[str]:
        """What the last receipt found, per group of this laptop."""
        report = self.controller.last_report
        receipt = report.receipt if report is not None else None
        if receipt is None:
            return []
        lines = []
        if receipt.resent:
            lines.append(
                self.tr(
                    "Sent again: %n row(s) the store lacked (it was restored, replaced or "
                    "missed them).",
                    "",
                    receipt.resent,
                )
            )
        for group in receipt.groups:
            if group.complete:
                lines.append(
                    self.tr(
                        "Checked: the organisers' store holds all %n note(s) of group {name}, "
                        "and everything else the group made here.",
                        "",
                        group.counts.get("idea", 0),
                    ).format(name=group.name)
                )
            else:
                lines.append(
                    self.tr(
                        "Not delivered: the store lacks %n row(s) of group {name} even after "
                        "sending them again. Tell the organisers; your work is safe on this "
                        "laptop.",
                        "",
                        group.missing_count,
                    ).format(name=group.name)
                )
        return lines

    def _closed_lines(self) -> list[str]:
        """The workshops of this laptop the organisers closed, and what to do."""
        report = self.controller.last_report
        if report is None:
            return []
        lines = []
        store = self.controller.store
        for closed in report.closed:
            lines.append(
                self.tr(
                    "The organisers closed the workshop {title} on {date} and removed its "
                    "personal data from their store. It keeps nothing more of it: changes "
                    "made here are not kept. Remove the workshop from this laptop with "
                    "File → Remove this workshop from the laptop…"
                ).format(
                    title=closed.title,
                    date=workshop_time_text(store, closed.closed_at, with_date=True),
                )
            )
        if report.closed and report.pushed.closed:
            lines.append(
                self.tr(
                    "%n change(s) made here after the workshop was closed were not kept.",
                    "",
                    report.pushed.closed,
                )
            )
        return lines

    def open_settings(self) -> None:
        """Edit the central store's address and password."""
        dialog = SyncSettingsDialog(self.controller, self)
        if dialog.exec():
            self.refresh()


def _kind(table: str) -> str:
    names = {
        "idea": QCoreApplication.translate("SyncPanel", "Note"),
        "agenda_item": QCoreApplication.translate("SyncPanel", "Agenda item"),
        "cluster": QCoreApplication.translate("SyncPanel", "Cluster"),
        "participant": QCoreApplication.translate("SyncPanel", "Participant"),
        "attendance": QCoreApplication.translate("SyncPanel", "Attendance"),
    }
    return names.get(table, table)


def install_sync(window: QMainWindow, store: Store, file_menu: object) -> SyncController:
    """Put the sync indicator in ``window``'s status bar and sync actions in its File menu."""
    from PySide6.QtWidgets import QMenu

    controller = SyncController(store, window)
    status = SyncStatus(controller, window)
    window.statusBar().addPermanentWidget(status)

    def show_panel() -> None:
        SyncPanel(controller, window).exec()

    status.clicked.connect(show_panel)
    sync_now = QAction(QCoreApplication.translate("SyncPanel", "Sync &now"), window)
    sync_now.setShortcut("F9")
    sync_now.triggered.connect(controller.sync_now)
    panel = QAction(QCoreApplication.translate("SyncPanel", "S&ync status and conflicts…"), window)
    panel.triggered.connect(show_panel)
    assert isinstance(file_menu, QMenu)
    before = next((a for a in file_menu.actions() if a.isSeparator()), None)
    for action in (sync_now, panel):
        if before is None:
            file_menu.addAction(action)
        else:
            file_menu.insertAction(before, action)
    window.installEventFilter(controller)
    return controller
