"""First-start dialog: pick workshop, session and group (or import a plan first)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import UserError
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import load_plan
from facilitator_app.services.plan_import import import_plan
from facilitator_app.store import Store
from facilitator_app.ui.messages import user_message


class ContextChooser(QDialog):
    """Lets the facilitator choose which workshop, session and group to run."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Choose session and group"))
        self.workshop_box = QComboBox()
        self.workshop_box.setAccessibleName(self.tr("Workshop"))
        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Session"))
        self.group_box = QComboBox()
        self.group_box.setAccessibleName(self.tr("Group"))
        # Wide enough for whole session titles and dates (they differ only at their end).
        for box in (self.workshop_box, self.session_box, self.group_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        import_button = QPushButton(self.tr("&Import a plan file…"))
        import_button.clicked.connect(self.import_plan_file)

        form = QFormLayout()
        form.addRow(self.tr("&Workshop:"), self.workshop_box)
        form.addRow(self.tr("&Session:"), self.session_box)
        form.addRow(self.tr("&Group:"), self.group_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(import_button)
        layout.addWidget(self.buttons)
        self.workshop_box.currentIndexChanged.connect(self._fill_sessions_and_groups)
        self._fill_workshops()

    def _fill_workshops(self, select: uuid.UUID | None = None) -> None:
        self.workshop_box.blockSignals(True)
        self.workshop_box.clear()
        for ws in ws_service.list_workshops(self.store):
            self.workshop_box.addItem(ws.title, ws.id)
        for index in range(self.workshop_box.count()):
            if select is not None and self.workshop_box.itemData(index) == select:
                self.workshop_box.setCurrentIndex(index)
        self.workshop_box.blockSignals(False)
        empty = self.workshop_box.count() == 0
        self.hint.setText(
            self.tr("No workshop plan yet. Import the plan file you got from the organisers.")
            if empty
            else self.tr("Which session and group are you leading?")
        )
        self._fill_sessions_and_groups()

    def _fill_sessions_and_groups(self) -> None:
        self.session_box.clear()
        self.group_box.clear()
        ws_id = self.workshop_box.currentData()
        if ws_id is not None:
            for s in ws_service.list_sessions(self.store, ws_id):
                label = self.tr("{title} ({date})").format(title=s.title, date=s.date.isoformat())
                self.session_box.addItem(label, s.id)
            for g in ws_service.list_groups(self.store, ws_id):
                label = self.tr("{name} – {facilitator}").format(
                    name=g.name, facilitator=g.facilitator
                )
                self.group_box.addItem(label, g.id)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.session_box.count() > 0 and self.group_box.count() > 0)
        # Grow with what was filled in (after an import, too); never shrink under the user.
        self.main_layout.activate()
        shown = self.size() if self.isVisible() else self.sizeHint()
        self.resize(self.sizeHint().expandedTo(shown))

    def import_plan_file(self) -> None:
        """Ask for a plan file and import it; errors are shown, nothing is half-imported."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import workshop plan"), "", self.tr("Workshop plan (*.json)")
        )
        if not path:
            return
        from pathlib import Path

        try:
            result = import_plan(self.store, load_plan(Path(path)))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("The plan could not be imported"), user_message(exc))
            return
        self._fill_workshops(select=result.workshop_id)

    def select(self, session_id: uuid.UUID | None, group_id: uuid.UUID | None) -> None:
        """Preselect a session and group (e.g. the ones used last time)."""
        for box, value in ((self.session_box, session_id), (self.group_box, group_id)):
            # findData cannot compare Python objects such as UUIDs; look ourselves.
            for index in range(box.count()):
                if box.itemData(index) == value:
                    box.setCurrentIndex(index)

    def chosen(self) -> ws_service.SessionContext | None:
        """The chosen context (after ``exec``), or None."""
        ids = (
            self.workshop_box.currentData(),
            self.session_box.currentData(),
            self.group_box.currentData(),
        )
        if None in ids:
            return None
        return ws_service.load_context(self.store, *ids)
