"""The agenda panel: the session's items in order, the current one obvious.

Every change is an operation of the ``AgendaController`` (one service call, one
``AppliedChange`` on the window's undo stack); the panel chooses the item it acts on and
redraws from the live session.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.models.enums import ItemKind, ItemStatus
from facilitator_app.services import agenda
from facilitator_app.services.timer import ItemData
from facilitator_app.services.workshop import SessionContext
from facilitator_app.ui import colours
from facilitator_app.ui.agenda_controller import AgendaController
from facilitator_app.ui.agenda_dialogs import AddItemDialog, PromptDialog, kind_names
from facilitator_app.ui.colours import Tone, text_style
from facilitator_app.ui.timer_panel import LiveSession, minutes_text

ID_ROLE = Qt.ItemDataRole.UserRole
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_BACKGROUND = QColor(colours.AGENDA_CURRENT_BACKGROUND)
_SELECTED_FRAME = QPen(QColor("#1565c0"), 2)


class AgendaDelegate(QStyledItemDelegate):
    """Draws the current item yellow even while it is selected (a blue frame shows that).

    The selection follows the group when it moves on, so without this the current item
    would always look like any selected row.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint the row; the current one keeps its yellow background."""
        if not index.data(CURRENT_ROLE):
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        selected = bool(plain.state & QStyle.StateFlag.State_Selected)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(_SELECTED_FRAME)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class AgendaPanel(QWidget):
    """The agenda list with its controls; drag or Ctrl+Shift+PgUp/PgDown to reorder."""

    selection_changed = Signal()

    def __init__(
        self, live: LiveSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.undo_stack = undo_stack
        self.controller = AgendaController(live, undo_stack, self)
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegate(AgendaDelegate(self.list))
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.currentRowChanged.connect(lambda _row: self.selection_changed.emit())
        self.fit_label = QLabel()
        self.fit_label.setWordWrap(True)
        self.fit_label.setStyleSheet(text_style(Tone.WARNING, bold=True))
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected item done"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the selected item"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add an item"))
        self.timebox_button = QPushButton(self.tr("Timebox…"))
        self.timebox_button.setAccessibleName(self.tr("Edit the timebox of the selected item"))
        self.note_button = QPushButton(self.tr("Note…"))
        self.note_button.setAccessibleName(self.tr("Edit the note of the selected item"))
        grid = QGridLayout()
        grid.addWidget(self.previous_button, 0, 0)
        grid.addWidget(self.next_button, 0, 1, 1, 2)
        grid.addWidget(self.done_button, 1, 0)
        grid.addWidget(self.skip_button, 1, 1)
        grid.addWidget(self.add_button, 1, 2)
        grid.addWidget(self.timebox_button, 2, 0, 1, 2)
        grid.addWidget(self.note_button, 2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.fit_label)
        layout.addLayout(grid)
        self.setTabOrder(self.list, self.previous_button)
        self._shown_current: uuid.UUID | None = None
        live.changed.connect(self.reload)
        self.reload()

    # ----------------------------------------------------------------- display

    def reload(self) -> None:
        """Redraw from the live timeline, keeping the selection."""
        selected = self.selected_id()
        line = self.live.timeline
        current = line.current
        # Only the list's own signals are held back (no selection_changed per row); the
        # model's must reach the view, or it keeps the old rows' heights and highlights.
        self.list.blockSignals(True)
        self.list.clear()
        zone = line.zone
        # On another day than planned, once the group has started, the times move with it
        # (the plan counted from the actual start); before that they stay as planned.
        run = line.run(self.live.now())
        starts = line.planned_starts(run.start if run is not None else None)
        for item, start in zip(line.items, starts, strict=True):
            is_current = current is not None and item.id == current.id
            row = QListWidgetItem(self._row_text(item, start.astimezone(zone).strftime("%H:%M")))
            row.setData(ID_ROLE, item.id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(item, is_current))
            font = QFont(row.font())
            row.setData(CURRENT_ROLE, is_current)
            if is_current:
                font.setBold(True)
                row.setBackground(QBrush(CURRENT_BACKGROUND))
                row.setForeground(QBrush(QColor(colours.AGENDA_CURRENT_TEXT)))
            if item.status == ItemStatus.SKIPPED:
                font.setStrikeOut(True)
                row.setForeground(QBrush(QColor(colours.AGENDA_SKIPPED)))
            elif item.status == ItemStatus.DONE:
                row.setForeground(QBrush(QColor(colours.AGENDA_DONE)))
            row.setFont(font)
            self.list.addItem(row)
        self.list.blockSignals(False)
        current_id = current.id if current is not None else None
        # The selection follows the group when it moves on, so Done/Skip act on the new item.
        if selected is None or current_id != self._shown_current:
            selected = current_id
        self._shown_current = current_id
        self.select(selected)
        planned = line.planned_minutes()
        length = round((line.session_end - line.session_start).total_seconds() / 60)
        self.heading.setText(
            QCoreApplication.translate(
                "AgendaPanel", "<b>Agenda</b> – {planned} of {length} min planned"
            ).format(planned=planned, length=length)
        )
        overflow = line.overflow_min()
        self.fit_label.setVisible(overflow > 0)
        self.fit_label.setText(
            self.tr(
                "The agenda is {n} min longer than the session: shorten or skip something."
            ).format(n=overflow)
        )
        self.selection_changed.emit()

    def _row_text(self, item: ItemData, start: str) -> str:
        marks = {
            ItemStatus.ACTIVE: "▶ ",
            ItemStatus.DONE: "✓ ",
            ItemStatus.SKIPPED: "– ",
            ItemStatus.PENDING: "",
        }
        text = QCoreApplication.translate(
            "AgendaPanel", "{mark}{start}  {title}  ({minutes} min)"
        ).format(
            mark=marks.get(ItemStatus(item.status), ""),
            start=start,
            title=item.title,
            minutes=item.timebox_min,
        )
        kind = kind_names().get(item.kind, item.kind)
        if item.kind != ItemKind.QUESTION and kind != item.title:
            text += f"  · {kind}"
        if item.started_at is not None and item.ended_at is not None:
            ran = (item.ended_at - item.started_at).total_seconds()
            text += "  " + self.tr("(took {time})").format(time=minutes_text(max(0.0, ran)))
        if item.sub_questions:
            text += "\n" + "\n".join(f"    • {q}" for q in item.sub_questions)
        if item.note:
            text += "\n    ✎ " + item.note
        return text

    def _spoken(self, item: ItemData, is_current: bool) -> str:
        status = {
            ItemStatus.ACTIVE: self.tr("current"),
            ItemStatus.DONE: self.tr("done"),
            ItemStatus.SKIPPED: self.tr("skipped"),
            ItemStatus.PENDING: self.tr("current") if is_current else self.tr("to do"),
        }[ItemStatus(item.status)]
        return QCoreApplication.translate(
            "AgendaPanel", "{title}, {minutes} minutes, {status}"
        ).format(title=item.title, minutes=item.timebox_min, status=status)

    def selected_id(self) -> uuid.UUID | None:
        """Id of the selected item, if any."""
        row = self.list.currentItem()
        if row is None:
            return None
        value = row.data(ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def target_id(self) -> uuid.UUID | None:
        """The item a command acts on: the selected one, else the current one."""
        selected = self.selected_id()
        if selected is not None:
            return selected
        current = self.live.timeline.current
        return current.id if current is not None else None

    def select(self, item_id: uuid.UUID | None) -> None:
        """Select the row of ``item_id``."""
        for n in range(self.list.count()):
            if self.list.item(n).data(ID_ROLE) == item_id:
                self.list.setCurrentRow(n)
                return

    def row_texts(self) -> list[str]:
        """The visible text of every row (for tests and screen checks)."""
        return [self.list.item(n).text() for n in range(self.list.count())]

    # ---------------------------------------------------------------- commands

    def go_next(self) -> None:
        """Finish the current item and start the next."""
        self.controller.next_item()

    def go_previous(self) -> None:
        """Go back to the previous item."""
        self.controller.previous_item()

    def mark(self, status: ItemStatus) -> None:
        """Mark the selected (or current) item done, skipped or to do."""
        item_id = self.target_id()
        if item_id is not None:
            self.controller.set_status(item_id, status)

    def move_selected(self, delta: int) -> None:
        """Move the selected item up (−1) or down (+1)."""
        item_id = self.selected_id()
        if item_id is None:
            return
        index = self.list.currentRow() + delta
        if not 0 <= index < self.list.count():
            return
        self.move_to(item_id, index)

    def move_to(self, item_id: uuid.UUID, index: int) -> None:
        """Move an item to ``index`` (one undoable step)."""
        self.controller.move_item(item_id, index)
        self.select(item_id)

    def _rows_moved(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        _end: int,
        _dest: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        # A drag moved the row in the widget; store it, then redraw from the store.
        item_id = self.list.item(row if row < start else row - 1).data(ID_ROLE)
        index = row if row < start else row - 1
        QTimer.singleShot(0, lambda: self.move_to(item_id, index))

    def set_timebox(self, item_id: uuid.UUID, value: str | int) -> str | None:
        """Change a timebox; returns the problem in words, or None when done."""
        change, error = self.controller.set_timebox(item_id, value)
        if change is not None and change.overflow_min:
            self.live.message.emit(self.fit_label.text())
        return error

    def set_note(self, item_id: uuid.UUID, note: str) -> str | None:
        """Change a note; returns the problem in words, or None when done."""
        return self.controller.set_note(item_id, note)[1]

    def add_item(
        self, title: str, minutes: str | int, kind: ItemKind, subs: list[str]
    ) -> str | None:
        """Add an ad-hoc item after the selected (or current) one; the problem or None."""
        change, error = self.controller.add_item(title, minutes, kind, self.target_id(), subs)
        if change is not None:
            # The new item is the one that did not exist (was "deleted") before.
            new = [f.item_id for f in change.before if f.deleted_at is not None]
            if new:
                self.select(new[0])
            if change.overflow_min:
                self.live.message.emit(self.fit_label.text())
        return error

    def _ctx(self) -> SessionContext:
        return self.live.context

    # ----------------------------------------------------------------- dialogs

    def ask_timebox(self) -> QDialog | None:
        """Open the timebox editor for the selected (or current) item."""
        item = self._target_item()
        if item is None:
            return None
        return self._open(
            PromptDialog(
                self.tr("Timebox"),
                QCoreApplication.translate(
                    "AgendaPanel", "Minutes for “{title}” (1 to {max}):"
                ).format(
                    title=item.title, max=agenda.session_minutes(self.live.store, self._ctx())
                ),
                str(item.timebox_min),
                lambda text: self.set_timebox(item.id, text),
                self,
            )
        )

    def ask_note(self) -> QDialog | None:
        """Open the note editor for the selected (or current) item."""
        item = self._target_item()
        if item is None:
            return None
        return self._open(
            PromptDialog(
                self.tr("Facilitator note"),
                QCoreApplication.translate(
                    "AgendaPanel", "Note on “{title}” (only for you):"
                ).format(title=item.title),
                item.note,
                lambda text: self.set_note(item.id, text),
                self,
            )
        )

    def ask_add(self) -> QDialog | None:
        """Open the dialog that adds an ad-hoc item."""
        return self._open(AddItemDialog(self.add_item, self))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _target_item(self) -> ItemData | None:
        item_id = self.target_id()
        return self.live.timeline.item(item_id) if item_id is not None else None
