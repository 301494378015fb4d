"""The desk's conflicts tab: each conflict in words, newest last."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator_app.sync.conflict_report import ConflictView


class ConflictTable(QTableWidget):
    """Group, facilitator, question, the kept and the lost version with laptop and time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setAccessibleName(self.tr("Conflicts between laptops"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Group (facilitator)"),
                self.tr("Question"),
                self.tr("Kept (the later change won)"),
                self.tr("Lost (kept in this list)"),
                self.tr("What"),
            ]
        )
        self.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)

    def show_conflicts(self, zone_name: str, views: list[ConflictView]) -> None:
        """Replace the rows with ``views``."""
        zone = ZoneInfo(zone_name)

        def version(words: str, laptop: str, when: dt.datetime) -> str:
            at = when.astimezone(zone).strftime("%H:%M:%S")
            text = self.tr("'%1' from %2 at %3")
            return text.replace("%1", words).replace("%2", laptop).replace("%3", at)

        self.setRowCount(len(views))
        for row, v in enumerate(views):
            who = f"{v.group_name} ({v.facilitator})" if v.facilitator else v.group_name
            cells = [
                who,
                v.question,
                version(v.kept_words, v.kept_laptop, v.kept_at),
                version(v.lost_words, v.lost_laptop, v.lost_at),
                f"{v.kind} {v.row_id}",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, item)
        self.resizeColumnsToContents()
        for col in range(4):
            self.setColumnWidth(col, min(self.columnWidth(col), 320))
