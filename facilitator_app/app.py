"""Composition root: builds the store, services and main window; the one place that wires things."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator_app.clock import Clock, SystemClock
from facilitator_app.errors import UserError
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store


def open_store_for_gui(data_dir: Path, demo: bool, clock: Clock) -> Store:
    """Open the store; with ``demo`` make sure the demo plan is imported."""
    store = Store.open(data_dir, clock)
    if demo:
        try:
            ensure_demo_plan(store)
        except BaseException:
            store.close()
            raise
    return store


DEMO_DIGEST_KEY = "demo_plan_file_sha256"


def ensure_demo_plan(store: Store) -> None:
    """Import the bundled demo plan unless this exact file was imported already.

    Comparing the file's hash first spares every later start the plan validation
    (and loading Pydantic): about a tenth of a second.
    """
    import hashlib

    from facilitator_app.services.preferences import get_preference, set_preference

    data = demo_plan_path().read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if get_preference(store, DEMO_DIGEST_KEY) == digest:
        return
    from facilitator_app.services.plan_file import parse_plan
    from facilitator_app.services.plan_import import import_plan

    import_plan(store, parse_plan(data))
    set_preference(store, DEMO_DIGEST_KEY, digest)


def initial_context(store: Store, demo: bool) -> ws_service.SessionContext | None:
    """Last time's context; for the demo the first session and group; else ask."""
    remembered = ws_service.remembered_context(store)
    if remembered is not None:
        return remembered
    if demo:
        workshops = ws_service.list_workshops(store)
        ws = next((w for w in workshops if w.key == "klimakronsj-2021"), None)
        if ws is not None:
            sessions = ws_service.list_sessions(store, ws.id)
            groups = ws_service.list_groups(store, ws.id)
            if sessions and groups:
                return ws_service.load_context(store, ws.id, sessions[0].id, groups[0].id)
    from facilitator_app.ui.chooser import ContextChooser

    chooser = ContextChooser(store)
    if chooser.exec():
        return chooser.chosen()
    return None


class _CloseAfterFirstPaint(QObject):
    """Closes its window ``seconds`` after the window's first paint (``--quit-after``).

    Counting from the first paint, not from start-up, proves the window really drew
    before it closes, however slow the start was.
    """

    def __init__(self, window: QWidget, seconds: float) -> None:
        super().__init__(window)
        self._window = window
        self._seconds = seconds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event, start the timer that closes the window."""
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(round(self._seconds * 1000), self._window.close)
        return False


def run_gui(
    data_dir: Path,
    demo: bool = False,
    lang: str | None = None,
    quit_after: float | None = None,
) -> int:
    """Run the desktop app until its window closes; returns the exit code.

    With ``quit_after`` the window closes itself that many seconds after it first painted.
    """
    from facilitator_app.ui.i18n import install_translators
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.messages import user_message
    from facilitator_app.ui.sync_panel import enable_automatic_sync

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("facilitator-app")
    install_translators(app, lang)
    # PDF needs Qt, so the export (pure Python) gets it from here, the composition root.
    from facilitator_app.ui.export_dialog import register_format
    from facilitator_app.ui.pdf_render import PDF_FORMAT

    register_format(PDF_FORMAT)
    clock = SystemClock()
    try:
        store = open_store_for_gui(data_dir, demo, clock)
    except UserError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "The facilitator app cannot start"),
            user_message(exc),
        )
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        context = initial_context(store, demo)
        if context is None:
            return 0
        ws_service.remember_context(store, context)
        enable_automatic_sync()
        window = MainWindow(store, context, clock)
        if quit_after is not None:
            window.installEventFilter(_CloseAfterFirstPaint(window, quit_after))
        window.show_fitted()
        return app.exec()
    finally:
        # A sync may still be running in the background: let it finish before closing.
        QThreadPool.globalInstance().waitForDone(15_000)
        store.close()


def run_organiser(spec: str, lang: str | None = None) -> int:
    """Run the organisers' desk on the central store ``spec`` until its window closes."""
    from facilitator_app.ui.i18n import install_translators
    from facilitator_app.ui.organiser.window import OrganiserWindow
    from facilitator_app.ui.organiser.worker import DeskConnection
    from facilitator_app.ui.window_geometry import show_fitted

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("facilitator-app")
    install_translators(app, lang)
    connection = DeskConnection(spec)  # a malformed address: CentralStoreError, exit 2
    window = OrganiserWindow(connection)
    show_fitted(window)
    return app.exec()
