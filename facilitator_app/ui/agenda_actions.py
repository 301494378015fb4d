"""Keyboard-first actions of the agenda and timer, their menus and the shortcut sheet.

The board's capture field has the focus most of the time, so window-wide shortcuts all
carry a modifier that a text field does not use (Ctrl+Right would move by word there);
the item editing keys work only while the agenda list has the focus. No key is shared
with another window-wide action (the board's): Qt would treat both as ambiguous and run
neither.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.models.enums import ItemStatus
from facilitator_app.services import timer_commands
from facilitator_app.ui.agenda_panel import AgendaPanel
from facilitator_app.ui.presenter import PresenterWindow
from facilitator_app.ui.timer_panel import LiveSession, TimerPanel


class AgendaTimerActions(QObject):
    """Every agenda and timer action of the main window, with its shortcuts.

    ``window_actions`` work anywhere in the main window and the presenter view;
    ``list_actions`` while the agenda list has the focus.
    """

    def __init__(
        self,
        window: QMainWindow,
        live: LiveSession,
        panel: AgendaPanel,
        timer_panel: TimerPanel,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.live = live
        self.panel = panel
        self.timer_panel = timer_panel
        self.presenter: PresenterWindow | None = None
        # The whiteboard's (what, keys) rows for the sheet, set once the board exists.
        self.board_rows: Callable[[], list[tuple[str, str]]] = list

        def make(text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
            action = QAction(text, window)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.next_action = make(
            self.tr("&Next item"), [self.tr("Ctrl+PgDown"), self.tr("Alt+Right")], panel.go_next
        )
        self.previous_action = make(
            self.tr("&Previous item"),
            [self.tr("Ctrl+PgUp"), self.tr("Alt+Left")],
            panel.go_previous,
        )
        self.start_action = make(
            self.tr("&Start / pause timer"), [self.tr("Ctrl+Space")], self.start_pause
        )
        self.plus_action = make(
            self.tr("&One minute more"), [self.tr("Ctrl+Shift+Up")], lambda: self.adjust(1)
        )
        self.minus_action = make(
            self.tr("One minute &less"), [self.tr("Ctrl+Shift+Down")], lambda: self.adjust(-1)
        )
        self.reset_action = make(self.tr("&Reset timer"), [], self.reset)
        self.presenter_action = make(
            self.tr("&Presenter view"), [self.tr("F5")], self.toggle_presenter
        )
        self.presenter_action.setCheckable(True)
        self.sound_action = QAction(self.tr("&Sound when time is up"), window)
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(live.sound_on)
        self.sound_action.toggled.connect(live.set_sound)
        self.shortcuts_action = make(
            self.tr("&Keyboard shortcuts"), [self.tr("F1")], self.show_shortcuts
        )
        self.window_actions = [
            self.next_action,
            self.previous_action,
            self.start_action,
            self.plus_action,
            self.minus_action,
            self.presenter_action,
        ]
        for action in [*self.window_actions, self.shortcuts_action]:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)

        self.done_action = make(
            self.tr("Mark &done"), [self.tr("Ctrl+D")], lambda: panel.mark(ItemStatus.DONE)
        )
        self.skip_action = make(
            self.tr("S&kip item"), [self.tr("Ctrl+K")], lambda: panel.mark(ItemStatus.SKIPPED)
        )
        self.reopen_action = make(
            self.tr("R&eopen item"), [self.tr("Ctrl+R")], lambda: panel.mark(ItemStatus.PENDING)
        )
        self.up_action = make(
            self.tr("Move item &up"), [self.tr("Ctrl+Shift+PgUp")], lambda: panel.move_selected(-1)
        )
        self.down_action = make(
            self.tr("Move item do&wn"),
            [self.tr("Ctrl+Shift+PgDown")],
            lambda: panel.move_selected(1),
        )
        self.add_action = make(self.tr("&Add item…"), [self.tr("Ins")], panel.ask_add)
        self.timebox_action = make(
            self.tr("Edit &timebox…"), [self.tr("Ctrl+T")], panel.ask_timebox
        )
        self.note_action = make(self.tr("Ed&it note…"), [self.tr("Ctrl+Shift+N")], panel.ask_note)
        self.list_actions = [
            self.done_action,
            self.skip_action,
            self.reopen_action,
            self.up_action,
            self.down_action,
            self.add_action,
            self.timebox_action,
            self.note_action,
        ]
        for action in self.list_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            panel.addAction(action)

        panel.previous_button.clicked.connect(panel.go_previous)
        panel.next_button.clicked.connect(panel.go_next)
        panel.done_button.clicked.connect(lambda: panel.mark(ItemStatus.DONE))
        panel.skip_button.clicked.connect(lambda: panel.mark(ItemStatus.SKIPPED))
        panel.add_button.clicked.connect(panel.ask_add)
        panel.timebox_button.clicked.connect(panel.ask_timebox)
        panel.note_button.clicked.connect(panel.ask_note)
        timer_panel.start_button.clicked.connect(self.start_pause)
        timer_panel.plus_button.clicked.connect(lambda: self.adjust(1))
        timer_panel.minus_button.clicked.connect(lambda: self.adjust(-1))
        timer_panel.reset_button.clicked.connect(self.reset)
        for action, button in (
            (self.next_action, panel.next_button),
            (self.previous_action, panel.previous_button),
            (self.done_action, panel.done_button),
            (self.skip_action, panel.skip_button),
            (self.add_action, panel.add_button),
            (self.timebox_action, panel.timebox_button),
            (self.note_action, panel.note_button),
            (self.start_action, timer_panel.start_button),
            (self.plus_action, timer_panel.plus_button),
            (self.minus_action, timer_panel.minus_button),
        ):
            button.setToolTip(
                f"{action.text().replace('&', '')} "
                f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )

    # ------------------------------------------------------------------ timer

    def start_pause(self) -> None:
        """Start, pause or resume the current item's timer."""
        self.live.run(lambda: timer_commands.start_pause(self.live.store, self.live.context))

    def adjust(self, minutes: int) -> None:
        """One minute more (+1) or less (−1) for the current item."""
        self.live.run(lambda: timer_commands.adjust(self.live.store, self.live.context, minutes))

    def reset(self) -> None:
        """Set the current item's timer back to its full timebox."""
        self.live.run(lambda: timer_commands.reset(self.live.store, self.live.context))

    # ---------------------------------------------------------------- windows

    def toggle_presenter(self) -> None:
        """Show or hide the presenter view."""
        if self.presenter is None:
            self.presenter = PresenterWindow(self.live, self.window)
            # The same actions work while the presenter window has the focus.
            self.presenter.addActions(self.window_actions)
            self.presenter.shown.connect(self.presenter_action.setChecked)
        if self.presenter.isVisible():
            self.presenter.hide()
        else:
            self.presenter.show_on_best_screen()

    def show_shortcuts(self) -> ShortcutSheet:
        """Open the keyboard shortcut sheet."""
        sheet = ShortcutSheet(self, self.window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    # ------------------------------------------------------------------ menus

    def fill_agenda_menu(self, menu: QMenu) -> None:
        """Put the agenda and timer actions into ``menu``."""
        for action in (self.next_action, self.previous_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.start_action, self.plus_action, self.minus_action, self.reset_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.list_actions:
            menu.addAction(action)

    def fill_view_menu(self, menu: QMenu) -> None:
        """Presenter view and the time-up sound."""
        menu.addAction(self.presenter_action)
        menu.addAction(self.sound_action)

    def sheet_rows(self) -> list[tuple[str, str, str]]:
        """(where, what, keys) for every shortcut, straight from the actions."""
        rows = []
        groups: list[tuple[str, list[QAction]]] = [
            (self.tr("Anywhere"), [*self.window_actions, self.shortcuts_action]),
            (self.tr("In the agenda list"), self.list_actions),
        ]
        for where, actions in groups:
            for action in actions:
                keys = " · ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append((where, action.text().replace("&", ""), keys))
        for what, keys in PresenterWindow.shortcut_rows():
            rows.append((self.tr("In the presenter view"), what, keys))
        rows.append(
            (self.tr("In the agenda list"), self.tr("Reorder by dragging"), self.tr("Mouse"))
        )
        for what, keys in self.board_rows():
            rows.append((self.tr("On the whiteboard"), what, keys))
        return rows


class ShortcutSheet(QDialog):
    """The keyboard shortcut sheet (Help menu)."""

    def __init__(self, actions: AgendaTimerActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = actions.sheet_rows()
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for n, row in enumerate(rows):
            for col, text in enumerate(row):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        native = QKeySequence.SequenceFormat.NativeText
        note = QLabel(
            self.tr(
                "Undo ({undo}) and redo ({redo}) work for agenda changes too. "
                "Tab moves between all controls."
            ).format(
                undo=QKeySequence(QKeySequence.StandardKey.Undo).toString(native),
                redo=QKeySequence(QKeySequence.StandardKey.Redo).toString(native),
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def texts(self) -> list[tuple[str, str, str]]:
        """The rows as shown."""

        def cell(row: int, col: int) -> str:
            item = self.table.item(row, col)
            return item.text() if item is not None else ""

        return [(cell(n, 0), cell(n, 1), cell(n, 2)) for n in range(self.table.rowCount())]
