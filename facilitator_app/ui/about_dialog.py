"""Help → About: the version, where the data is, and how to report a problem.

"Copy details" puts the same lines ``facilitator-app about`` prints on the clipboard,
so a facilitator can paste them into a message without finding a terminal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import __version__
from facilitator_app.diagnostics import collect


class AboutDialog(QDialog):
    """The version, the data folder (with a button to open it) and how to report a problem."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("About the facilitator app"))
        self.setAccessibleName(self.tr("About the facilitator app"))

        self.version_label = QLabel(
            self.tr("Facilitator app, version {version}").format(version=__version__)
        )
        self.version_label.setAccessibleName(self.tr("Version"))
        font = self.version_label.font()
        font.setBold(True)
        self.version_label.setFont(font)

        intro = QLabel(self.tr("Offline-first tool for the facilitators of idea workshops."))
        intro.setAccessibleName(self.tr("What the app is"))

        self.folder_label = QLabel(
            self.tr(
                "Everything you do is saved in this data folder. Uninstalling the app "
                "leaves it in place; copy it to keep a backup:\n{folder}"
            ).format(folder=str(data_dir))
        )
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Data folder"))

        self.report_label = QLabel(
            self.tr(
                "To report a problem, click Copy details and send them to the organisers of "
                "your workshop, together with what you did and what you saw."
            )
        )
        self.report_label.setWordWrap(True)
        self.report_label.setAccessibleName(self.tr("How to report a problem"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details for a problem report"))
        self.open_button = QPushButton(self.tr("&Open data folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.open_button.clicked.connect(self.open_data_folder)

        layout = QVBoxLayout(self)
        for label in (self.version_label, intro, self.folder_label, self.report_label):
            layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMaximumWidth(640)

    def details_text(self) -> str:
        """The lines "Copy details" puts on the clipboard (English, for whoever helps)."""
        return "\n".join(collect(self.data_dir).lines()) + "\n"

    def copy_details(self) -> None:
        """Put the details on the clipboard and say so on the button."""
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    def open_data_folder(self) -> None:
        """Show the data folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
