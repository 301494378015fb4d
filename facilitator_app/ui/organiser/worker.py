"""Reads of the central store off the UI thread, on one connection the worker owns.

Every read runs in a one-thread pool of its own, so reads never overlap and never touch
the UI thread; results and errors come back as queued signals. The connection is
opened on first use inside the worker and reopened after a failure.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from facilitator_app.errors import CentralStoreError, UserError
from facilitator_app.sync.central_store import CentralStore, resolve_central_url
from facilitator_app.sync.credentials import PasswordVault, needs_password

Read = Callable[[CentralStore], Any]


class DeskConnection:
    """The central store as the desk's worker opens it (lazily, once, reopened on error)."""

    def __init__(self, spec: str) -> None:
        self.url = resolve_central_url(spec)
        self._central: CentralStore | None = None
        self._lock = threading.Lock()

    def get(self) -> CentralStore:
        """The open store; opens it on first use (raises ``CentralStoreError``)."""
        with self._lock:
            if self._central is None:
                password = PasswordVault().get(self.url) if needs_password(self.url) else None
                self._central = CentralStore.open(self.url, password)
            return self._central

    def reset(self) -> None:
        """Drop the connection; the next read opens a fresh one."""
        with self._lock:
            if self._central is not None:
                self._central.close()
                self._central = None


class _Signals(QObject):
    done = Signal(str, object)  # what was read, result
    failed = Signal(str, object)  # what was read, UserError


class _Job(QRunnable):
    def __init__(self, connection: DeskConnection, what: str, read: Read, signals: _Signals):
        super().__init__()
        self.connection, self.what, self.read, self.signals = connection, what, read, signals

    def run(self) -> None:
        try:
            result = self.read(self.connection.get())
        except UserError as exc:
            if isinstance(exc, CentralStoreError):
                self.connection.reset()
            self.signals.failed.emit(self.what, exc)
        except Exception as exc:  # a worker must never take the window down
            self.connection.reset()
            self.signals.failed.emit(self.what, UserError(f"{type(exc).__name__}: {exc}"))
        else:
            self.signals.done.emit(self.what, result)


class DeskReader(QObject):
    """Runs reads one at a time in the background and reports through signals."""

    done = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, connection: DeskConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.busy: set[str] = set()
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def submit(self, what: str, read: Read) -> bool:
        """Queue a read named ``what``; False when one of that name is still running."""
        if what in self.busy:
            return False
        self.busy.add(what)
        self.pool.start(_Job(self.connection, what, read, self._signals))
        return True

    def _done(self, what: str, result: object) -> None:
        self.busy.discard(what)
        self.done.emit(what, result)

    def _failed(self, what: str, error: object) -> None:
        self.busy.discard(what)
        self.failed.emit(what, error)

    def shutdown(self) -> None:
        """Wait for the running read and close the connection."""
        self.pool.waitForDone(15_000)
        self.connection.reset()
