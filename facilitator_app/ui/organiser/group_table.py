"""The desk's table model: one row per group of the session, greyed out when stale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator_app.sync.overview import GroupStatus, SessionOverview

Index = QModelIndex | QPersistentModelIndex
# A laptop silent for longer than this is shown in orange: worth a phone call.
QUIET_MIN = 10
BEHIND = QColor("#ffcdd2")
QUIET = QColor("#ffe0b2")
STALE_TEXT = QColor("#757575")


class GroupTableModel(QAbstractTableModel):
    """The groups of one ``SessionOverview``; keeps the last one when marked stale."""

    COLUMNS = 10

    def __init__(self) -> None:
        super().__init__()
        self.overview: SessionOverview | None = None
        self.stale = False
        self._italic = QFont()
        self._italic.setItalic(True)

    def headers(self) -> list[str]:
        """Column titles in the UI language."""
        return [
            self.tr("Group"),
            self.tr("Facilitator"),
            self.tr("Laptops (last sync)"),
            self.tr("Now on"),
            self.tr("Plan"),
            self.tr("Present"),
            self.tr("Ideas (per question)"),
            self.tr("Open votes"),
            self.tr("Expert questions"),
            self.tr("Conflicts"),
        ]

    def set_overview(self, overview: SessionOverview) -> None:
        """Show a fresh overview (not stale)."""
        self.beginResetModel()
        self.overview = overview
        self.stale = False
        self.endResetModel()

    def set_stale(self, stale: bool) -> None:
        """Mark what is shown as old (kept, drawn grey and italic)."""
        if stale != self.stale:
            self.stale = stale
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.COLUMNS - 1)
                )

    def group(self, row: int) -> GroupStatus | None:
        """The group shown in ``row``."""
        if self.overview is None or not 0 <= row < len(self.overview.groups):
            return None
        return self.overview.groups[row]

    # --- Qt model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of groups."""
        return 0 if self.overview is None or parent.isValid() else len(self.overview.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles; rows are numbered by the group's key instead."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, tooltips, colours (behind plan, quiet laptop, stale)."""
        group = self.group(index.row())
        if group is None or self.overview is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(group, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(group, col)
        if role == Qt.ItemDataRole.ForegroundRole and self.stale:
            return QBrush(STALE_TEXT)
        if role == Qt.ItemDataRole.FontRole and self.stale:
            return self._italic
        if role == Qt.ItemDataRole.BackgroundRole and not self.stale:
            if col == 4 and group.behind_min:
                return QBrush(BEHIND)
            if col == 2 and self._quiet(group):
                return QBrush(QUIET)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _quiet(self, group: GroupStatus) -> bool:
        assert self.overview is not None
        last = group.last_sync
        return last is None or self.overview.read_at - last > dt.timedelta(minutes=QUIET_MIN)

    def _since(self, when: dt.datetime) -> str:
        assert self.overview is not None
        minutes = max(0, int((self.overview.read_at - when).total_seconds() // 60))
        clock = self.overview.local(when).strftime("%H:%M")
        return self.tr("%1 (%n min ago)", "", minutes).replace("%1", clock)

    def _text(self, group: GroupStatus, col: int) -> str:
        if col == 0:
            return f"{group.key}  {group.name}"
        if col == 1:
            return group.facilitator
        if col == 2:
            if not group.laptops:
                return self.tr("no sync yet")
            return "; ".join(f"{lap.name} {self._since(lap.synced_at)}" for lap in group.laptops)
        if col == 3:
            return group.current_item or self.tr("agenda finished")
        if col == 4:
            if group.behind_min is None:
                return self.tr("not started")
            if group.behind_min > 0:
                return self.tr("%n min behind", "", group.behind_min)
            return self.tr("on time (%n min to spare)", "", group.spare_min)
        if col == 5:
            return (
                self.tr("%1 of %2")
                .replace("%1", str(group.present))
                .replace("%2", str(group.members))
            )
        if col == 6:
            parts = " · ".join(str(q.ideas) for q in group.questions)
            return f"{group.ideas}" + (f"  ({parts})" if parts else "")
        return str((group.open_votes, group.waiting_questions, group.conflicts)[col - 7])

    def _tooltip(self, group: GroupStatus, col: int) -> str | None:
        if col == 6 and group.questions:
            return "\n".join(f"{q.ideas}: {q.title}" for q in group.questions)
        if col == 3 and group.current_item:
            return group.current_item
        return None
