"""Opening the organisers' desk from the facilitator window (File menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from facilitator_app.errors import UserError
from facilitator_app.store import Store
from facilitator_app.sync.service import configured_url
from facilitator_app.ui.messages import user_message
from facilitator_app.ui.organiser.window import OrganiserWindow
from facilitator_app.ui.organiser.worker import DeskConnection
from facilitator_app.ui.window_geometry import show_fitted


def ask_and_open_desk(parent: QWidget, store: Store) -> OrganiserWindow | None:
    """Ask for the central store (the configured one filled in) and open the desk on it."""
    spec, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("OrganiserWindow", "Organisers' desk"),
        QCoreApplication.translate(
            "OrganiserWindow", "Central store (folder, .sqlite3 file or postgresql+psycopg://…):"
        ),
        QLineEdit.EchoMode.Normal,
        configured_url(store),
    )
    if not ok:
        return None
    return open_desk(parent, spec)


def open_desk(parent: QWidget, spec: str) -> OrganiserWindow | None:
    """A desk window on ``spec``; a malformed address is said in a message box."""
    try:
        connection = DeskConnection(spec)
    except UserError as exc:
        title = QCoreApplication.translate("OrganiserWindow", "Organisers' desk")
        QMessageBox.warning(parent, title, user_message(exc))
        return None
    window = OrganiserWindow(connection, parent)
    # A window of its own (not a child widget), closed with the facilitator window.
    window.setWindowFlag(Qt.WindowType.Window)
    show_fitted(window)
    return window
