"""Keyboard-first actions of the agenda and timer, their menus and the shortcut sheet.

The board's capture field has the focus most of the time, so window-wide shortcuts all
carry a modifier that a text field does not use (Ctrl+Right would move by word there);
the item editing keys work only while the agenda list has the focus. No key is shared
with another window-wide action (the board's): Qt would treat both as ambiguous and run
neither. Texts and keys come from the one table, ``ui/keymap.py``.
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
from facilitator_app.ui import keymap
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

        def make(name: str, slot: Callable[[], object]) -> QAction:
            action = QAction(keymap.text(name), window)
            action.setShortcuts(keymap.sequences(name))
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.next_action = make("agenda.next", panel.go_next)
        self.previous_action = make("agenda.previous", panel.go_previous)
        self.start_action = make("timer.start", self.start_pause)
        self.plus_action = make("timer.plus", lambda: self.adjust(1))
        self.minus_action = make("timer.minus", lambda: self.adjust(-1))
        self.reset_action = make("timer.reset", self.reset)
        self.presenter_action = make("view.presenter", self.toggle_presenter)
        self.presenter_action.setCheckable(True)
        self.sound_action = QAction(self.tr("&Sound when time is up"), window)
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(live.sound_on)
        self.sound_action.toggled.connect(live.set_sound)
        self.shortcuts_action = make("help.shortcuts", self.show_shortcuts)
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

        self.done_action = make("agenda.done", lambda: panel.mark(ItemStatus.DONE))
        self.skip_action = make("agenda.skip", lambda: panel.mark(ItemStatus.SKIPPED))
        self.reopen_action = make("agenda.reopen", lambda: panel.mark(ItemStatus.PENDING))
        self.up_action = make("agenda.up", lambda: panel.move_selected(-1))
        self.down_action = make("agenda.down", lambda: panel.move_selected(1))
        self.add_action = make("agenda.add", panel.ask_add)
        self.timebox_action = make("agenda.timebox", panel.ask_timebox)
        self.note_action = make("agenda.note", panel.ask_note)
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
        """(where, what, keys) for every shortcut: the keymap's table, and the mouse."""
        return [
            *keymap.sheet_rows(),
            (
                keymap.scope_label(keymap.Scope.AGENDA_LIST),
                self.tr("Reorder by dragging"),
                self.tr("Mouse"),
            ),
        ]


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
