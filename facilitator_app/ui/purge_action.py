"""File → "Remove this workshop from the laptop…": the laptop's purge, with confirmation.

Refused (with the reason) while changes wait for the organisers' store; otherwise the
facilitator confirms, the workshop's rows go (``services.purge``), and the window closes,
since what it showed no longer exists on this laptop.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from facilitator_app.errors import UserError
from facilitator_app.services.purge import check_purge, closed_note, purge_laptop
from facilitator_app.services.workshop_time import workshop_time_text
from facilitator_app.store import Store
from facilitator_app.ui.messages import user_message


class PurgeAction(QAction):
    """The menu entry; ``run`` does the checks, the confirmation and the purge."""

    def __init__(self, window: QMainWindow, store: Store, workshop_key: str) -> None:
        super().__init__(window)
        self.setText(self.tr("&Remove this workshop from the laptop…"))
        self.window_ = window
        self.store = store
        self.workshop_key = workshop_key
        self.triggered.connect(self.run)

    def run(self) -> bool:
        """Purge after confirmation; returns True when the workshop was removed."""
        title = self.tr("Remove workshop")
        try:
            workshop_id, name = check_purge(self.store, self.workshop_key)
        except UserError as exc:
            QMessageBox.warning(self.window_, title, user_message(exc))
            return False
        closed = closed_note(self.store, workshop_id)
        if closed is None:
            question = self.tr(
                "The organisers' store holds everything this laptop recorded for "
                "“{workshop}”.\n\nRemove the workshop from this laptop now? Names, ideas, "
                "votes and attendance are deleted here and cannot be brought back; the "
                "organisers keep their copy. The window closes afterwards."
            ).format(workshop=name)
        else:
            # What the organisers' store did not keep is lost with the rest: say so.
            question = self.tr(
                "The organisers closed “{workshop}” on {date} and removed its personal data "
                "from their store."
            ).format(
                workshop=name,
                date=workshop_time_text(self.store, closed.closed_at, with_date=True),
            )
            if closed.not_kept:
                question += " " + self.tr(
                    "%n change(s) made here after that were not kept by them and are "
                    "deleted with the rest.",
                    "",
                    closed.not_kept,
                )
            question += "\n\n" + self.tr(
                "Remove the workshop from this laptop now? Names, ideas, votes and "
                "attendance are deleted here and cannot be brought back. The window closes "
                "afterwards."
            )
        answer = QMessageBox.question(
            self.window_,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            purge_laptop(self.store, self.workshop_key)
        except UserError as exc:
            QMessageBox.warning(self.window_, title, user_message(exc))
            return False
        QMessageBox.information(
            self.window_,
            title,
            self.tr("“{workshop}” was removed from this laptop.").format(workshop=name),
        )
        self.window_.close()
        return True


def add_purge_action(window: QMainWindow, menu: QMenu, store: Store, workshop_key: str) -> QAction:
    """Add the entry to ``menu`` and return it."""
    action = PurgeAction(window, store, workshop_key)
    menu.addAction(action)
    return action
