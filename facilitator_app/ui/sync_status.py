"""The status-bar indicator and the words for where this laptop delivers.

"This laptop only" (the store inside the data folder, which the organisers do not see)
never reads like "up to date": only a receipt from the organisers' store says
"delivered".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolButton, QWidget

from facilitator_app.errors import CentralErrorKind
from facilitator_app.sync.central_store import display_url
from facilitator_app.sync.service import Destination
from facilitator_app.ui.sync_controller import SyncController, SyncState


def local_only_note() -> str:
    """Why a laptop without a chosen central store sends the organisers nothing."""
    return QCoreApplication.translate(
        "SyncPanel",
        "No central store is set: changes go to a store inside this data folder, which the "
        "organisers do not see. Choose their central store under Settings…, or give them "
        "the summary file.",
    )


def destination_text(dest: Destination) -> str:
    """Where this laptop delivers, in a facilitator's words."""
    if dest.kind == "laptop":
        return QCoreApplication.translate(
            "SyncPanel", "this laptop only (the organisers do not see it)"
        )
    if dest.kind == "folder":
        return QCoreApplication.translate(
            "SyncPanel", "the organisers' store in the folder {where}"
        ).format(where=dest.where)
    return QCoreApplication.translate("SyncPanel", "the organisers' server {where}").format(
        where=dest.where
    )


def spec_of(url: str) -> str:
    """What to show in the address field: a folder for SQLite folder stores."""
    if url.startswith("sqlite:///") and url.endswith("/central.sqlite3"):
        return str(Path(url.removeprefix("sqlite:///")).parent)
    return url


class SyncStatus(QToolButton):
    """The status-bar indicator; a click opens the sync panel."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Sync status"))
        controller.state_changed.connect(self.refresh)
        self.refresh()

    def _error_text(self, kind: CentralErrorKind | None) -> str:
        if kind is CentralErrorKind.AUTHENTICATION:
            return self.tr("Sync: password needed")
        if kind is CentralErrorKind.PERMISSION:
            return self.tr("Sync: not allowed")
        if kind is CentralErrorKind.SCHEMA:
            return self.tr("Sync: error (store version)")
        return self.tr("Sync: error")

    def refresh(self) -> None:
        """Show the controller's state and where it delivers."""
        c = self.controller
        local = c.local_only
        report = c.last_report
        receipt = report.receipt if report is not None else None
        if c.state is SyncState.SYNCING:
            text = self.tr("Sync: syncing…")
        elif c.state is SyncState.OFFLINE:
            text = self.tr("Sync: offline")
        elif c.state is SyncState.ERROR:
            text = self._error_text(c.error_kind)
        elif c.state is SyncState.INCOMPLETE:
            text = self.tr("Sync: the organisers' store is missing work")
        elif c.state is SyncState.CLOSED:
            text = self.tr("Sync: workshop closed by the organisers")
        elif local:
            # "Up to date" would reassure wrongly: the organisers have received nothing.
            text = self.tr("Sync: this laptop only")
            if c.state is SyncState.WAITING:
                text += ", " + self.tr("%n change(s) waiting", "", c.waiting)
        elif c.state is SyncState.WAITING:
            text = self.tr("Sync: %n change(s) waiting", "", c.waiting)
        elif receipt is not None and receipt.complete:
            text = self.tr("Sync: delivered to the organisers")
        else:
            text = self.tr("Sync: nothing waiting")
        if c.state in (SyncState.OFFLINE, SyncState.ERROR) and c.waiting:
            text += " " + self.tr("({n} waiting)").format(n=c.waiting)
        self.setText(text)
        tip = self.tr("Delivers to: {where}").format(where=destination_text(c.destination))
        tip += "\n" + self.tr("Central store: {where}").format(where=spec_of(display_url(c.url)))
        if local:
            tip += "\n" + local_only_note()
        if c.reason:
            tip += "\n" + c.reason
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
