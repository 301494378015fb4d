"""Sync in the window: status in the status bar, background sync, settings, conflicts.

The sync itself runs in a ``QThreadPool`` worker with its own database sessions, so the
board never waits for the network. The UI thread only asks how many changes wait (one
indexed count) and paints the result the worker reports.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from facilitator_app.errors import UserError
from facilitator_app.models import Conflict
from facilitator_app.store import Store
from facilitator_app.store.hlc import parse_hlc
from facilitator_app.sync.central_store import display_url
from facilitator_app.sync.credentials import KeyringUnavailable, PasswordVault, needs_password
from facilitator_app.sync.push import waiting
from facilitator_app.sync.service import (
    SyncReport,
    configured_url,
    is_default,
    set_configured_url,
    sync_once,
)
from facilitator_app.ui.announce import announce
from facilitator_app.ui.colours import Tone, text_style

INTERVAL_MS = 60_000
_automatic = False


def enable_automatic_sync() -> None:
    """Let windows sync by themselves every minute (the app turns this on; tests do not)."""
    global _automatic
    _automatic = True


class SyncState(enum.Enum):
    """What the status indicator shows."""

    WAITING = "waiting"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    OFFLINE = "offline"
    ERROR = "error"


class _Signals(QObject):
    finished = Signal(object)  # SyncReport
    failed = Signal(str, bool)  # reason, offline?


class SyncJob(QRunnable):
    """One sync in a worker thread; reports back through queued signals."""

    def __init__(self, store: Store, url: str, vault: PasswordVault, signals: _Signals) -> None:
        super().__init__()
        self.store = store
        self.url = url
        self.vault = vault
        self.signals = signals

    def run(self) -> None:
        """Push and pull; never raises (a failure becomes a signal)."""
        try:
            password = self.vault.get(self.url) if needs_password(self.url) else None
            report = sync_once(self.store, self.url, password)
        except UserError as exc:
            text = str(exc)
            self.signals.failed.emit(text, "cannot be reached" in text)
        except Exception as exc:  # a worker must never take the app down
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", False)
        else:
            self.signals.finished.emit(report)


class SyncController(QObject):
    """Runs syncs (every minute and on demand) and keeps the current state."""

    state_changed = Signal()
    data_pulled = Signal(object)  # SyncReport with received rows

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.vault = PasswordVault()
        self.state = SyncState.WAITING
        self.reason = ""
        self.waiting = 0
        self.last_report: SyncReport | None = None
        self.last_synced: dt.datetime | None = None
        self.running = False
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(5_000)
        self.count_timer.timeout.connect(self.refresh_waiting)
        self.count_timer.start()
        self.refresh_waiting()
        if _automatic:
            self.timer.start()
            QTimer.singleShot(2_000, self.sync_now)

    @property
    def url(self) -> str:
        """The central store in use."""
        return configured_url(self.store)

    @property
    def local_only(self) -> bool:
        """True while no central store is set: sync goes to the one in the data folder."""
        return is_default(self.store, self.url)

    def refresh_waiting(self) -> None:
        """Recount the changes not yet acknowledged (cheap: an indexed count)."""
        try:
            self.waiting = waiting(self.store)
        except Exception:  # a status count must never break the window (store closing)
            return
        if self.state in (SyncState.WAITING, SyncState.UP_TO_DATE) and not self.running:
            self.state = SyncState.WAITING if self.waiting else SyncState.UP_TO_DATE
        self.state_changed.emit()

    def sync_now(self) -> bool:
        """Start a sync in the background; False when one is already running."""
        if self.running:
            return False
        self.running = True
        self.state = SyncState.SYNCING
        self.state_changed.emit()
        QThreadPool.globalInstance().start(SyncJob(self.store, self.url, self.vault, self._signals))
        return True

    def _finished(self, report: SyncReport) -> None:
        self.running = False
        self.last_report = report
        self.last_synced = dt.datetime.now(dt.UTC)
        self.reason = ""
        self.waiting = report.waiting
        self.state = SyncState.WAITING if report.waiting else SyncState.UP_TO_DATE
        self.state_changed.emit()
        if report.pulled.total:
            self.data_pulled.emit(report)

    def _failed(self, reason: str, offline: bool) -> None:
        self.running = False
        # Say it once, not on every retry a minute apart with the same reason (a sync
        # that works clears ``reason``, so the next failure is news again).
        news = reason != self.reason
        self.reason = reason
        self.state = SyncState.OFFLINE if offline else SyncState.ERROR
        if news:
            announce(self, self.tr("Sync failed: {reason}").format(reason=reason))
        self.refresh_waiting()

    def conflicts(self) -> list[Conflict]:
        """Losing versions known on this laptop, newest first."""
        with self.store.read() as s:
            return list(s.scalars(select(Conflict).order_by(Conflict.loser_hlc.desc())))

    def shutdown(self) -> None:
        """Stop syncing by itself (the window closes)."""
        self.timer.stop()
        self.count_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Stop when the window this controller serves is closed."""
        if event.type() == QEvent.Type.Close:
            self.shutdown()
        return False


class SyncStatus(QToolButton):
    """The status-bar indicator; a click opens the sync panel."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Sync status"))
        controller.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the controller's state."""
        c = self.controller
        texts = {
            SyncState.SYNCING: self.tr("Sync: syncing…"),
            SyncState.UP_TO_DATE: self.tr("Sync: up to date"),
            SyncState.OFFLINE: self.tr("Sync: offline"),
            SyncState.ERROR: self.tr("Sync: error"),
        }
        if c.state is SyncState.WAITING:
            text = self.tr("Sync: %n change(s) waiting", "", c.waiting)
        elif c.state is SyncState.UP_TO_DATE and c.local_only:
            # "Up to date" would reassure wrongly: the organisers have received nothing.
            text = self.tr("Sync: this laptop only")
        else:
            text = texts[c.state]
        if c.state in (SyncState.OFFLINE, SyncState.ERROR) and c.waiting:
            text += " " + self.tr("({n} waiting)").format(n=c.waiting)
        self.setText(text)
        tip = self.tr("Central store: {where}").format(where=_spec_of(display_url(c.url)))
        if c.local_only:
            tip += "\n" + local_only_note()
        if c.reason:
            tip += "\n" + c.reason
        self.setToolTip(tip)


def local_only_note() -> str:
    """Why a laptop without a chosen central store sends the organisers nothing."""
    return QCoreApplication.translate(
        "SyncPanel",
        "No central store is set: changes go to a store inside this data folder, which the "
        "organisers do not see. Choose their central store under Settings…, or give them "
        "the summary file.",
    )


def _when(stamp: str) -> str:
    wall_ms, _c, _n = parse_hlc(stamp)
    return dt.datetime.fromtimestamp(wall_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


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
            self.tr("<b>Central store:</b> {where}").format(where=_spec_of(display_url(c.url)))
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
                    time=c.last_synced.astimezone().strftime("%H:%M:%S"),
                    sent=r.pushed.sent,
                    received=r.pulled.total,
                )
            )
        lines.append(self.tr("%n change(s) waiting to be sent.", "", c.waiting))
        if c.local_only:
            lines.append(local_only_note())
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
        for n, conflict in enumerate(rows):
            payload = json.loads(conflict.loser_payload)
            what = payload.get("text") or payload.get("title") or payload.get("name") or ""
            values = (
                _kind(conflict.table_name),
                str(what),
                _when(conflict.loser_hlc),
            )
            for col, value in enumerate(values):
                self.conflicts.setItem(n, col, QTableWidgetItem(value))

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


class SyncSettingsDialog(QDialog):
    """The central store's URL or folder, and its password (kept in the system keyring)."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Sync settings"))
        self.address = QLineEdit(_spec_of(controller.url))
        self.address.setAccessibleName(self.tr("Central store address"))
        self.address.setPlaceholderText(
            self.tr("a folder, or postgresql+psycopg://role@host/database")
        )
        browse = QPushButton(self.tr("Folder…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style(Tone.ERROR))
        form = QFormLayout()
        form.addRow(self.tr("Central store:"), row)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.address.textChanged.connect(self._update_note)
        self._update_note()
        self.resize(560, 200)

    def _update_note(self) -> None:
        spec = self.address.text().strip()
        postgres = "postgresql" in spec
        self.password.setEnabled(postgres)
        if not postgres:
            self.note.setText(
                self.tr("A folder (for example on a shared drive) holds a central.sqlite3 file.")
            )
        elif self.controller.vault.available:
            self.note.setText(self.tr("The password is kept in the system keyring."))
        else:
            self.note.setText(
                self.tr(
                    "No system keyring is available ({problem}): the password is kept in "
                    "memory only until the app closes."
                ).format(problem=self.controller.vault.problem)
            )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Central store folder"))
        if folder:
            self.address.setText(folder)

    def save(self) -> None:
        """Check and store the address, put the password in the keyring, close."""
        try:
            url = set_configured_url(self.controller.store, self.address.text())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        if self.password.text() and needs_password(url):
            # Without a keyring it is kept in memory only; the note above says so.
            with contextlib.suppress(KeyringUnavailable):
                self.controller.vault.set(url, self.password.text())
        self.controller.refresh_waiting()
        self.accept()


def _spec_of(url: str) -> str:
    """What to show in the address field: a folder for SQLite folder stores."""
    if url.startswith("sqlite:///") and url.endswith("/central.sqlite3"):
        return str(Path(url.removeprefix("sqlite:///")).parent)
    return url


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
