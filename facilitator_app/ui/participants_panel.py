"""The group's participants with an attendance tick for the current session."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator_app.services import attendance
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store


class ParticipantsPanel(QWidget):
    """Lists the group's members; ticking one marks them present (stored at once).

    ``attendance_changed`` fires after a tick is stored (the dot vote counts who is there).
    """

    attendance_changed = Signal()

    def __init__(
        self, store: Store, context: SessionContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.context = context
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Participants and attendance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.list.itemChanged.connect(self._ticked)
        self.reload()

    def reload(self) -> None:
        """Redraw from the store."""
        present = attendance.present_ids(self.store, self.context.session.id)
        people = ws_service.list_participants(self.store, self.context.group.id)
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            item = QListWidgetItem(f"{person.display_name} · {person.municipality}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in present
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setToolTip(
                self.tr("Tick when {name} is present in this session.").format(
                    name=person.display_name
                )
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_heading(len(present), len(people))

    def _update_heading(self, present: int, total: int) -> None:
        self.heading.setText(
            self.tr("<b>Participants</b> – {present} of {total} present").format(
                present=present, total=total
            )
        )

    def _ticked(self, item: QListWidgetItem) -> None:
        pid: uuid.UUID = item.data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        attendance.set_present(self.store, self.context.session.id, pid, present)
        self.attendance_changed.emit()
        count = sum(
            self.list.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.list.count())
        )
        self._update_heading(count, self.list.count())

    def set_present(self, row: int, present: bool) -> None:
        """Tick or untick the participant in ``row`` as a click would."""
        self.list.item(row).setCheckState(
            Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        )
