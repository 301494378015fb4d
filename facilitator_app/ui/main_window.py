"""The facilitator's main window: agenda, timer area, board area, participants."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import __version__
from facilitator_app.clock import Clock
from facilitator_app.services import schedule
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui.participants_panel import ParticipantsPanel


class AgendaOverview(QListWidget):
    """The session's agenda for this group with planned start times."""

    def __init__(
        self, store: Store, context: SessionContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.context = context
        self.setAccessibleName(self.tr("Agenda"))
        self.setWordWrap(True)
        self.reload()

    def reload(self) -> None:
        """Redraw from the store."""
        self.clear()
        items = ws_service.list_agenda(self.store, self.context.session.id, self.context.group.id)
        starts = schedule.planned_starts(self.context.workshop, self.context.session, items)
        for item, start in zip(items, starts, strict=True):
            text = self.tr("{start}  {title}  ({minutes} min)").format(
                start=start.strftime("%H:%M"), title=item.title, minutes=item.timebox_min
            )
            subs = json.loads(item.sub_questions)
            if subs:
                text += "\n" + "\n".join(f"   • {q}" for q in subs)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.addItem(row)


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
        start, end = schedule.session_bounds(context.workshop, context.session)
        self.setWindowTitle(
            self.tr("{group} · {session} – Facilitator").format(
                group=context.group.name, session=context.session.title
            )
        )
        self.agenda = AgendaOverview(store, context)
        self.participants = ParticipantsPanel(store, context)

        self.timer_area = QWidget()
        self.timer_area.setObjectName("timerArea")
        timer_layout = QVBoxLayout(self.timer_area)
        self.session_label = QLabel(
            self.tr("<b>{session}</b><br>{date}, {start}–{end} ({zone})").format(
                session=context.session.title,
                date=start.strftime("%Y-%m-%d"),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
                zone=context.workshop.time_zone,
            )
        )
        timer_layout.addWidget(self.session_label)

        self.board_area = QWidget()
        self.board_area.setObjectName("boardArea")
        self.board_layout = QVBoxLayout(self.board_area)
        self.board_layout.setContentsMargins(0, 0, 0, 0)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Agenda</b>")))
        left_layout.addWidget(self.agenda, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.timer_area)
        right_layout.addWidget(self.participants, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.board_area)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 2)
        self.setCentralWidget(splitter)
        self._build_menus()
        self.statusBar().showMessage(
            self.tr(
                "{workshop} · {group} ({facilitator}) · everything is saved as you work"
            ).format(
                workshop=context.workshop.title,
                group=context.group.name,
                facilitator=context.group.facilitator,
            )
        )
        self.resize(1400, 860)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_action = QAction(self.tr("&Switch session or group…"), self)
        self.switch_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+O")))
        self.switch_action.triggered.connect(self.switch_context)
        file_menu.addAction(self.switch_action)
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
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)
        if self.view_menu.isEmpty():
            self.menuBar().removeAction(self.view_menu.menuAction())

    def switch_context(self) -> None:
        """Choose another session or group; the window reopens on it."""
        from facilitator_app.ui.chooser import ContextChooser

        chooser = ContextChooser(self.store, self)
        chooser.select(self.context.session.id, self.context.group.id)
        if chooser.exec() and (chosen := chooser.chosen()) is not None:
            ws_service.remember_context(self.store, chosen)
            replacement = MainWindow(self.store, chosen, self.clock)
            replacement.show()
            self.close()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Facilitator app {version}\nOffline-first tool for idea-workshop facilitators.\n"
                "Data folder: {folder}"
            ).format(version=__version__, folder=str(self.store.data_dir)),
        )
