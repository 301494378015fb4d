"""The facilitator's main window: agenda, timer area, board area, participants."""

from __future__ import annotations

import contextlib
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.clock import Clock
from facilitator_app.errors import UserError
from facilitator_app.services import agenda as agenda_service
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui import keymap
from facilitator_app.ui.agenda_actions import AgendaTimerActions
from facilitator_app.ui.agenda_panel import AgendaPanel
from facilitator_app.ui.board import BoardWidget
from facilitator_app.ui.participants_panel import ParticipantsPanel
from facilitator_app.ui.shortcut_priority import WindowShortcutsFirst
from facilitator_app.ui.sync_panel import install_sync
from facilitator_app.ui.timer_panel import LiveSession, TimerPanel
from facilitator_app.ui.top_ideas_panel import TopIdeasPanel
from facilitator_app.ui.window_geometry import place_on_screen, save_layout


class MainWindow(QMainWindow):
    """One screen for one group in one session.

    ``undo_stack`` is the one undo history of the session: agenda and board commands go
    on it, so Ctrl+Z always undoes the facilitator's last action, wherever it was.
    ``current_item_changed`` carries the id of the agenda item the group is on (or None).
    """

    current_item_changed = Signal(object)

    def __init__(
        self, store: Store, context: SessionContext, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.context = context
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(
            self.tr("{group} · {session} – Facilitator").format(
                group=context.group.name, session=context.session.title
            )
        )
        # Agenda and timer share one live view of the stored agenda and timer events.
        self.live = LiveSession(store, context, clock, self)
        self.agenda = AgendaPanel(self.live, self.undo_stack)
        self.timer = TimerPanel(self.live)
        self.participants = ParticipantsPanel(store, context)

        self.timer_area = QWidget()
        self.timer_area.setObjectName("timerArea")
        timer_layout = QVBoxLayout(self.timer_area)
        # Only the session's title: the timer below already says when it is planned and
        # how much of it is left, in the workshop's time zone and the app's language.
        self.session_label = QLabel(context.session.title)
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)
        self.session_label.setWordWrap(True)
        title_font = self.session_label.font()
        title_font.setBold(True)
        self.session_label.setFont(title_font)
        timer_layout.addWidget(self.session_label)
        timer_layout.addWidget(self.timer)

        self.board_area = QWidget()
        self.board_area.setObjectName("boardArea")
        self.board_layout = QVBoxLayout(self.board_area)
        self.board_layout.setContentsMargins(0, 0, 0, 0)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.agenda, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.timer_area)
        # Participants and the most-voted ideas share what the timer leaves of the column.
        self.top_ideas = TopIdeasPanel(store, context)
        self.top_ideas.setObjectName("topIdeas")
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.setObjectName("rightSplitter")
        right_split.setChildrenCollapsible(False)
        right_split.addWidget(self.participants)
        right_split.addWidget(self.top_ideas)
        right_layout.addWidget(right_split, 1)
        self.right_splitter = right_split

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.board_area)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 2)
        self.setCentralWidget(splitter)
        self.agenda_actions = AgendaTimerActions(self, self.live, self.agenda, self.timer)
        self._build_menus()
        # The whiteboard fills the centre; its actions go in a Board menu and the View menu.
        self.board = BoardWidget(store, context, self.undo_stack)
        self.board_layout.addWidget(self.board)
        self.board_menu = self.board.board_actions.install(
            self, self.view_menu, self.help_menu.menuAction()
        )
        # Votes, undo and edits all pass through the undo stack: re-rank after them.
        self.undo_stack.indexChanged.connect(self.top_ideas.schedule_reload)
        self.current_item_changed.connect(self.board.set_current_item)
        # A late arrival ticked present joins a running vote (budget and voter list).
        self.participants.attendance_changed.connect(self.board.controller.refresh_votes)
        self.live.changed.connect(self.board.sync_frames)  # questions added, moved, renamed
        # A permanent line, not a message: short messages ("Time is up…") cover it for a
        # while and it comes back, instead of leaving the status bar empty.
        self.context_label = QLabel(
            self.tr(
                "{workshop} · {group} ({facilitator}) · everything is saved as you work"
            ).format(
                workshop=context.workshop.title,
                group=context.group.name,
                facilitator=context.group.facilitator,
            )
        )
        self.statusBar().addWidget(self.context_label, 1)
        # Sized and placed by show_fitted(), from the screen it opens on.
        self.sync = install_sync(self, store, self.menuBar().actions()[0].menu())
        self._set_tab_order()
        self.sync.data_pulled.connect(self._show_pulled)
        # Ctrl+E is "end of line" in an X11 text field, and the capture field has the focus.
        self.shortcuts_first = WindowShortcutsFirst.install(self, [self.export_action])
        self.live.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.live.current_changed.connect(self.current_item_changed.emit)
        # Once at start, so the board opens on the question the group is on; during a
        # break or a talk, on the last question before it (where notes went before).
        self.board.set_current_item(self._last_question_so_far())
        self.current_item_changed.emit(self.live.current_id)

    def splitters(self) -> list[QSplitter]:
        """The splitters whose sizes are remembered per screen."""
        return [self.splitter, self.right_splitter]

    def show_fitted(self) -> None:
        """Show the window inside its screen, as it was last left on that screen."""
        place_on_screen(self, self.store, self.splitters())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember size, place and column widths for this screen, then close."""
        # A read-only or full data folder must not keep the window from closing.
        with contextlib.suppress(UserError):
            save_layout(self, self.store, self.splitters())
        super().closeEvent(event)

    def _last_question_so_far(self) -> object:
        """The current item if it is a question, else the last question before it."""
        ids = [item.id for item in self.live.timeline.items]
        current = self.live.current_id
        so_far = ids[: ids.index(current) + 1] if current in ids else []
        return next((i for i in reversed(so_far) if i in self.board.scene.frames), None)

    def _set_tab_order(self) -> None:
        """Tab goes through the window as it reads: board, agenda, timer, participants."""
        board, agenda, timer = self.board, self.agenda, self.timer
        chain: list[QWidget] = [
            board.capture_edit,
            board.author_box,
            board.category_box,
            board.actor_box,
            board.filter_edit,
            board.list_button,
            board.notes_list,
            agenda.list,
            agenda.previous_button,
            agenda.next_button,
            agenda.done_button,
            agenda.skip_button,
            agenda.add_button,
            agenda.timebox_button,
            agenda.note_button,
            timer.start_button,
            timer.minus_button,
            timer.plus_button,
            timer.reset_button,
            self.participants.list,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_pulled(self, _report: object) -> None:
        """Redraw what a sync brought in (plan updates, other laptops' notes)."""
        self.agenda.reload()
        self.participants.reload()
        self.board.reload()
        self.top_ideas.schedule_reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_action = QAction(keymap.text("file.switch"), self)
        self.switch_action.setShortcuts(keymap.sequences("file.switch"))
        self.switch_action.triggered.connect(self.switch_context)
        file_menu.addAction(self.switch_action)
        self.export_action = QAction(keymap.text("file.export"), self)
        self.export_action.setShortcuts(keymap.sequences("file.export"))
        self.export_action.triggered.connect(self.export_summary)
        file_menu.addAction(self.export_action)
        self.desk_action = QAction(self.tr("&Organisers' desk…"), self)
        self.desk_action.triggered.connect(self.open_desk)
        file_menu.addAction(self.desk_action)
        from facilitator_app.ui.purge_action import add_purge_action

        self.purge_action = add_purge_action(self, file_menu, self.store, self.context.workshop.key)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.edit_menu = edit_menu
        self.agenda_menu = self.menuBar().addMenu(self.tr("&Agenda"))
        self.agenda_actions.fill_agenda_menu(self.agenda_menu)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.agenda_actions.fill_view_menu(self.view_menu)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.agenda_actions.shortcuts_action)
        about = QAction(self.tr("&About"), self)
        self.about_action = about
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def open_desk(self) -> None:
        """Open the organisers' desk on a central store (asks which one)."""
        from facilitator_app.ui.organiser.opening import ask_and_open_desk

        ask_and_open_desk(self, self.store)

    def end_session(self) -> bool:
        """End the session as one undoable step: the current item is done with the time it
        ran, items not reached are skipped, the timer stops. True when something changed."""
        change = self.agenda.controller.push(
            self.tr("End session"), lambda: agenda_service.end_session(self.store, self.context)
        )
        if change is None or not change.changed:
            return False
        self.statusBar().showMessage(
            self.tr("The session is ended. Edit ▸ Undo reopens it."), 15000
        )
        return True

    def export_summary(self) -> None:
        """End the session, then review and export the group's summary (in the background)."""
        from facilitator_app.ui.export_dialog import ExportDialog

        self.end_session()
        ExportDialog(self.store, self.context, parent=self).exec()

    def switch_context(self) -> None:
        """Choose another session or group; the window reopens on it."""
        from facilitator_app.ui.chooser import ContextChooser

        chooser = ContextChooser(self.store, self)
        chooser.select(self.context.session.id, self.context.group.id)
        if chooser.exec() and (chosen := chooser.chosen()) is not None:
            ws_service.remember_context(self.store, chosen)
            save_layout(self, self.store, self.splitters())  # the new window opens the same way
            replacement = MainWindow(self.store, chosen, self.clock)
            replacement.show_fitted()
            self.close()

    def _about(self) -> None:
        from facilitator_app.ui.about_dialog import AboutDialog

        AboutDialog(self.store.data_dir, self).exec()
