"""The sync settings dialog: which central store this laptop delivers to, and its password.

The address is the one setting ``sync --central URL`` sets too, kept in the data folder.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import UserError
from facilitator_app.sync.credentials import KeyringUnavailable, needs_password
from facilitator_app.sync.presence import laptop_name, set_laptop_name
from facilitator_app.sync.service import set_configured_url
from facilitator_app.ui.colours import Tone, text_style
from facilitator_app.ui.messages import user_message
from facilitator_app.ui.sync_status import spec_of

if TYPE_CHECKING:
    from facilitator_app.ui.sync_controller import SyncController


class SyncSettingsDialog(QDialog):
    """The central store's URL or folder, and its password (kept in the system keyring)."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Sync settings"))
        self.address = QLineEdit(spec_of(controller.url))
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
        # The organisers' desk names the laptop by this (the facilitator's name until set).
        self.laptop = QLineEdit(laptop_name(controller.store))
        self.laptop.setAccessibleName(self.tr("Name of this laptop"))
        self.laptop.setToolTip(self.tr("The organisers see this name on their desk."))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style(Tone.ERROR))
        form = QFormLayout()
        form.addRow(self.tr("Central store:"), row)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Laptop name:"), self.laptop)
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
            if self.laptop.text().strip() != laptop_name(self.controller.store):
                set_laptop_name(self.controller.store, self.laptop.text())
            url = set_configured_url(self.controller.store, self.address.text())
        except UserError as exc:
            self.error.setText(user_message(exc))
            return
        if self.password.text() and needs_password(url):
            # Without a keyring it is kept in memory only; the note above says so.
            with contextlib.suppress(KeyringUnavailable):
                self.controller.vault.set(url, self.password.text())
        self.controller.store_changed()
        self.accept()
