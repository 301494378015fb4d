"""The current question's notes as a table: what a screen reader (or a facilitator who
prefers lists to a canvas) uses instead of the board's drawn notes.

The notes on the board are ``QGraphicsItem``s, which no screen reader reaches. This table
shows the same notes, one row each (text, category, who must act, author, votes, cluster),
and works through the same ``BoardController``: editing, deleting and choosing a category
here are the board's own operations on the board's own undo stack. Selecting a row selects
the note on the board and the other way round, so every board shortcut (Ctrl+1, Alt+2,
Delete, Ctrl+G, Alt+Up …) acts on the rows selected here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator_app.services.board import MAX_NOTE_CHARS
from facilitator_app.ui.board.controller import BoardController
from facilitator_app.ui.board.items import NoteItem
from facilitator_app.ui.board.scene import actor_label, category_label

NOTE_ID = Qt.ItemDataRole.UserRole
TEXT, CATEGORY, ACTOR, AUTHOR, VOTES, CLUSTER = range(6)


class _TextDelegate(QStyledItemDelegate):
    """Edits a note's text in its cell; the new text goes to the controller, not the model
    (the row is redrawn from the store when the controller reports the change)."""

    def __init__(self, commit: Callable[[uuid.UUID, str], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._commit = commit

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(MAX_NOTE_CHARS)
        editor.setAccessibleName(self.tr("Note text"))
        editor.setAccessibleDescription(
            self.tr("Enter saves, Esc cancels; #c #m #q #o, !actor and @name work as in capture")
        )
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        note_id = index.data(NOTE_ID)
        if isinstance(note_id, uuid.UUID):
            self._commit(note_id, editor.text())


class NotesList(QTableWidget):
    """The current question's notes, one row each, in reading order (top to bottom).

    ``context_requested(pos)``: the menu key or a right-click asks for the notes' menu at
    ``pos`` (global coordinates); the board widget shows the board's own note menu.
    """

    context_requested = Signal(QPoint)

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.controller = controller
        self.scene = controller.scene
        self._dirty = True
        self._syncing = False  # selection being copied between list and board
        self.setObjectName("notesList")
        self.setAccessibleName(self.tr("Notes of the current question"))
        self.setAccessibleDescription(
            self.tr(
                "F2 or Enter edits the text, Delete deletes, Ctrl+1 to Ctrl+4 set the "
                "category, Alt+1 to Alt+7 who must act; the menu key shows all choices"
            )
        )
        self.setHorizontalHeaderLabels(
            [
                self.tr("Text"),
                self.tr("Category"),
                self.tr("Who must act"),
                self.tr("Author"),
                self.tr("Votes"),
                self.tr("Cluster"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in range(CATEGORY, CLUSTER + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move within it
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # F2 and Enter are handled here (the window's F2 comes here too while the list
        # is shown); a double-click edits as on the board.
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setItemDelegateForColumn(TEXT, _TextDelegate(self._edited, self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.context_requested.emit(self.viewport().mapToGlobal(pos))
        )
        self.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.scene.selectionChanged.connect(self._board_selection_changed)
        c = controller
        c.changed.connect(lambda _change: self.refresh())
        c.reloaded.connect(self.refresh)
        c.question_changed.connect(self.refresh)
        c.votes_changed.connect(self.refresh)

    # --- contents --------------------------------------------------------------------

    def note_ids(self) -> list[uuid.UUID]:
        """The notes the list shows, top row first (brought up to date first)."""
        self.refresh(force=True)
        ids = [self._id_at(r) for r in range(self.rowCount())]
        return [i for i in ids if isinstance(i, uuid.UUID)]

    def refresh(self, force: bool = False) -> None:
        """Show the notes again; while hidden, only remember to (capture stays fast)."""
        self._dirty = True
        if (force or self.isVisible()) and self.state() != QAbstractItemView.State.EditingState:
            self._rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        """Brought up to date when shown."""
        super().showEvent(event)
        if self._dirty:
            self._rebuild()

    def _id_at(self, row: int) -> object:
        return self.model().index(row, TEXT).data(NOTE_ID)

    def _notes(self) -> list[NoteItem]:
        scene, question = self.scene, self.controller.current_question
        return sorted(
            (i for i in scene.notes.values() if scene.frame_of_note(i.state) == question),
            key=lambda i: (i.state.y, i.state.x),
        )

    def _rebuild(self) -> None:
        self._dirty = False
        current = self.currentItem()
        current_id = current.data(NOTE_ID) if current is not None else None
        current_row = self.currentRow()
        notes = self._notes()
        self._syncing = True
        try:
            self.setRowCount(len(notes))
            for row, item in enumerate(notes):
                self._fill_row(row, item)
            self._copy_selection_from_board()
            ids = [n.note_id for n in notes]
            # The focus stays on the same note, or (after a delete) on the row below it.
            row = ids.index(current_id) if current_id in ids else min(current_row, len(ids) - 1)
            if row >= 0:
                index = self.model().index(row, TEXT)
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._syncing = False
        self.resizeRowsToContents()

    def _fill_row(self, row: int, note: NoteItem) -> None:
        state = note.state
        scene = self.scene
        if state.author_id is None:
            author = self.tr("Anonymous")
        else:
            author = scene.author_names.get(state.author_id, self.tr("Unknown participant"))
        cluster = scene.clusters.get(state.cluster_id) if state.cluster_id else None
        values = [
            (state.text, state.text),
            (category_label(state.category), None),
            (actor_label(state.actor), None),
            (author, None),
            (str(note.votes), self.tr("%n vote(s)", "", note.votes)),
            (
                cluster.state.name if cluster is not None else "",
                None if cluster is not None else self.tr("No cluster"),
            ),
        ]
        for column, (shown, spoken) in enumerate(values):
            cell = self.item(row, column)
            if cell is None:
                cell = QTableWidgetItem()
                self.setItem(row, column, cell)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if column == TEXT:
                flags |= Qt.ItemFlag.ItemIsEditable
            cell.setFlags(flags)
            cell.setText(shown)
            # What a screen reader says for the cell: never empty, counts in words.
            cell.setData(Qt.ItemDataRole.AccessibleTextRole, spoken or shown)
            cell.setData(NOTE_ID, state.id)

    # --- selection, both ways -------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        """The notes of the selected rows, top row first."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows(TEXT)})
        ids = [self._id_at(r) for r in rows]
        return [i for i in ids if isinstance(i, uuid.UUID)]

    def _list_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        if self._syncing:
            return
        chosen = set(self.selected_ids())
        self._syncing = True
        try:
            for nid, item in self.scene.notes.items():
                want = nid in chosen
                if item.isSelected() != want:
                    item.setSelected(want)
        except RuntimeError:  # the notes are gone already: the window is closing
            pass
        finally:
            self._syncing = False

    def _board_selection_changed(self) -> None:
        if self._syncing or self._dirty:
            return
        try:
            self.scene.selectedItems()
        except RuntimeError:  # the scene goes first when the window closes
            return
        self._syncing = True
        try:
            self._copy_selection_from_board()
        finally:
            self._syncing = False

    def _copy_selection_from_board(self) -> None:
        chosen = set(self.scene.selected_note_ids())
        selection = QItemSelection()
        last = self.columnCount() - 1
        for row in range(self.rowCount()):
            if self._id_at(row) in chosen:
                selection.select(self.model().index(row, TEXT), self.model().index(row, last))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # --- keys ----------------------------------------------------------------------

    def edit_current(self) -> None:
        """Edit the text of the current row's note in its cell."""
        row = self.currentRow()
        if row < 0 and self.rowCount():
            row = 0
        if row < 0:
            self.controller.message.emit(self.tr("The current question has no notes yet."))
            return
        self.setCurrentCell(row, TEXT)
        self.edit(self.model().index(row, TEXT))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (and F2 when no window shortcut took it) edits; the menu key opens the
        notes' menu under the current row."""
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_current()
            return
        if not editing and key == Qt.Key.Key_Delete:
            self.controller.delete(self.selected_ids())
            return
        if key == Qt.Key.Key_Menu:
            rect = self.visualRect(self.currentIndex())
            self.context_requested.emit(self.viewport().mapToGlobal(rect.center()))
            return
        super().keyPressEvent(event)

    def _edited(self, note_id: uuid.UUID, text: str) -> None:
        self.controller.edit_text(note_id, text)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """After an edit the rows are redrawn from the store (a redraw waits while the
        editor is open, so it does not close under the typing)."""
        super().closeEditor(editor, hint)
        if self._dirty:
            self._rebuild()
