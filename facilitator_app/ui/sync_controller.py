"""Background sync for the window: one job at a time, its state, and what it found.

The sync itself runs in a ``QThreadPool`` worker with its own database sessions, so the
board never waits for the network. The UI thread only asks how many changes wait (one
indexed count) and paints the result the worker reports. Failures arrive with their
kind (``CentralErrorKind``): the state is chosen from the kind, never from the words.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal

from facilitator_app.errors import CentralErrorKind, CentralStoreError, UserError
from facilitator_app.store import Store
from facilitator_app.sync.credentials import PasswordVault, needs_password
from facilitator_app.sync.push import waiting
from facilitator_app.sync.service import (
    Destination,
    LostVersion,
    SyncReport,
    configured_url,
    destination,
    is_default,
    lost_versions,
    sync_once,
)
from facilitator_app.ui.announce import announce
from facilitator_app.ui.messages import user_message

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
    INCOMPLETE = "incomplete"  # the receipt found the store lacking, even after re-sending
    CLOSED = "closed"  # the organisers closed (purged) this laptop's workshop
    OFFLINE = "offline"
    ERROR = "error"


class _Signals(QObject):
    finished = Signal(object)  # SyncReport
    failed = Signal(str, object)  # reason, CentralErrorKind


class SyncJob(QRunnable):
    """One sync in a worker thread; reports back through queued signals."""

    def __init__(self, store: Store, url: str, vault: PasswordVault, signals: _Signals) -> None:
        super().__init__()
        self.store = store
        self.url = url
        self.vault = vault
        self.signals = signals

    def run(self) -> None:
        """Push, pull and check; never raises (a failure becomes a signal)."""
        try:
            password = self.vault.get(self.url) if needs_password(self.url) else None
            report = sync_once(self.store, self.url, password)
        except CentralStoreError as exc:
            self.signals.failed.emit(user_message(exc), exc.kind)
        except UserError as exc:
            self.signals.failed.emit(user_message(exc), CentralErrorKind.OTHER)
        except Exception as exc:  # a worker must never take the app down
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", CentralErrorKind.OTHER)
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
        self.error_kind: CentralErrorKind | None = None
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
        """The central store in use (the one setting, kept in the data folder)."""
        return configured_url(self.store)

    @property
    def local_only(self) -> bool:
        """True while no central store is set: sync goes to the one in the data folder."""
        return is_default(self.store, self.url)

    @property
    def destination(self) -> Destination:
        """Where this laptop delivers."""
        return destination(self.store, self.url)

    def refresh_waiting(self) -> None:
        """Recount the changes not yet acknowledged (cheap: an indexed count)."""
        try:
            self.waiting = waiting(self.store)
        except Exception:  # a status count must never break the window (store closing)
            return
        if self.state in (SyncState.WAITING, SyncState.UP_TO_DATE) and not self.running:
            self.state = SyncState.WAITING if self.waiting else SyncState.UP_TO_DATE
        self.state_changed.emit()

    def store_changed(self) -> None:
        """The address was changed: what was checked belonged to the other store."""
        self.last_report = None
        self.last_synced = None
        self.reason = ""
        self.error_kind = None
        if self.state in (
            SyncState.INCOMPLETE,
            SyncState.CLOSED,
            SyncState.OFFLINE,
            SyncState.ERROR,
        ):
            self.state = SyncState.WAITING
        self.refresh_waiting()

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
        self.error_kind = None
        self.waiting = report.waiting
        if report.receipt is not None and not report.receipt.complete:
            self.state = SyncState.INCOMPLETE  # shown, never hidden
        elif report.closed:
            if self.state is not SyncState.CLOSED:
                announce(self, self.tr("The organisers have closed this workshop."))
            self.state = SyncState.CLOSED
        else:
            self.state = SyncState.WAITING if report.waiting else SyncState.UP_TO_DATE
        self.state_changed.emit()
        if report.pulled.total:
            self.data_pulled.emit(report)

    def _failed(self, reason: str, kind: CentralErrorKind) -> None:
        self.running = False
        # Say it once, not on every retry a minute apart with the same reason (a sync
        # that works clears ``reason``, so the next failure is news again).
        news = reason != self.reason
        self.reason = reason
        self.error_kind = kind
        self.state = SyncState.OFFLINE if kind is CentralErrorKind.UNREACHABLE else SyncState.ERROR
        if news:
            announce(self, self.tr("Sync failed: {reason}").format(reason=reason))
        self.refresh_waiting()

    def conflicts(self) -> list[LostVersion]:
        """Losing versions known on this laptop, newest first."""
        return lost_versions(self.store)

    def shutdown(self) -> None:
        """Stop syncing by itself (the window closes)."""
        self.timer.stop()
        self.count_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Stop when the window this controller serves is closed."""
        if event.type() == QEvent.Type.Close:
            self.shutdown()
        return False
