"""The whiteboard panel: capture field, choices for the next note, filter, vote bar, view.

The panel only lays out and shows: every operation is a method of its
``BoardController``, which runs the service, redraws the scene and pushes the undo
command; the panel listens to the controller's signals for messages and votes.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.models import Participant
from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import board, capture_syntax, voting
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui.announce import announce
from facilitator_app.ui.board.actions import BoardActions
from facilitator_app.ui.board.answers import AnswerItem
from facilitator_app.ui.board.controller import BoardController
from facilitator_app.ui.board.editor import NoteEditor
from facilitator_app.ui.board.items import NoteItem
from facilitator_app.ui.board.key_bindings import CaptureKeys, FilterKeys
from facilitator_app.ui.board.legend import CategoryLegend
from facilitator_app.ui.board.notes_list import NotesList
from facilitator_app.ui.board.scene import BoardScene, actor_label, category_label
from facilitator_app.ui.board.view import BoardView
from facilitator_app.ui.colours import Tone, text_style

MAX_CAPTURE_CHARS = board.MAX_NOTE_CHARS


class BoardWidget(QWidget):
    """One group's board in one session, with quick capture on top."""

    def __init__(
        self,
        store: Store,
        context: SessionContext,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.context = context
        self.undo_stack = undo_stack
        self.scene = BoardScene(self)
        self.controller = BoardController(store, context, undo_stack, self.scene, self)
        self._shown_question: uuid.UUID | None = None
        self._shown_once = False

        self.capture_edit = QLineEdit()
        self.capture_edit.setMaxLength(MAX_CAPTURE_CHARS)
        self.capture_edit.setPlaceholderText(
            self.tr("Type an idea, press Enter  ·  @name author  #c #m #q #o category  !actor")
        )
        self.capture_edit.setAccessibleName(self.tr("Capture an idea"))
        self.capture_edit.setClearButtonEnabled(True)
        self.capture_edit.returnPressed.connect(self.capture)
        self._line_refused = False
        self._problem_shown = False  # the feedback line shows a problem (not a confirmation)
        self.capture_edit.textEdited.connect(self._line_edited)

        self.author_box = QComboBox()
        self.author_box.setAccessibleName(self.tr("Author of the next note"))
        self.author_box.addItem(self.tr("Anonymous"), None)
        for p in self.participants:
            self.author_box.addItem(p.display_name, p.id)
        self.category_box = QComboBox()
        self.category_box.setAccessibleName(self.tr("Category of the next note"))
        for c in Category:
            self.category_box.addItem(category_label(c.value), c.value)
        self.category_box.setCurrentIndex(self.category_box.findData(Category.MEASURE.value))
        self.actor_box = QComboBox()
        self.actor_box.setAccessibleName(self.tr("Who must act, for the next note"))
        for a in Actor:
            self.actor_box.addItem(actor_label(a.value), a.value)
        self.actor_box.setCurrentIndex(self.actor_box.findData(Actor.UNKNOWN.value))
        for box in (self.author_box, self.category_box, self.actor_box):
            # Reachable by Tab from the capture field (keyboard and screen-reader users);
            # choosing a value returns to the capture field.
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.activated.connect(lambda _i: self.capture_edit.setFocus())
        self.author_box.activated.connect(
            lambda _i: self.controller.set_next_author(self.author_box.currentData())
        )
        self.category_box.activated.connect(
            lambda _i: self.controller.set_category([], self.category_box.currentData())
        )
        self.actor_box.activated.connect(
            lambda _i: self.controller.set_actor([], self.actor_box.currentData())
        )

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter notes…"))
        self.filter_edit.setAccessibleName(self.tr("Filter notes"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(220)
        # Wide enough to read what it is for in a 1280-pixel window.
        self.filter_edit.setMinimumWidth(
            self.filter_edit.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
            + 40
        )
        self.filter_edit.returnPressed.connect(self.capture_edit.setFocus)
        self.filter_keys = FilterKeys(self.filter_edit, self.capture_edit.setFocus)
        self.filter_edit.installEventFilter(self.filter_keys)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.match_label = QLabel()

        self.feedback = QLabel()
        self.feedback.setObjectName("boardFeedback")
        self.feedback.setWordWrap(True)

        self.vote_label = QLabel()
        self.vote_label.setWordWrap(True)
        self.voter_box = QComboBox()
        self.voter_box.setAccessibleName(self.tr("Who is voting"))
        self.voter_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Filled with who may vote by _fill_voters (those present) once the board loads.
        self.voter_box.activated.connect(
            lambda _i: self.controller.set_voter(self.voter_box.currentData())
        )
        self.close_vote_button = QPushButton(self.tr("Close vote"))
        self.close_vote_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.vote_bar = QWidget()
        vote_layout = QHBoxLayout(self.vote_bar)
        vote_layout.setContentsMargins(0, 0, 0, 0)
        vote_layout.addWidget(self.vote_label, 1)
        vote_layout.addWidget(QLabel(self.tr("Voter:")))
        vote_layout.addWidget(self.voter_box)
        vote_layout.addWidget(self.close_vote_button)

        self.view = BoardView(self.scene)
        self.editor = NoteEditor(self.view.viewport())
        self.editor.finished.connect(self._edit_finished)
        self.editor.cancelled.connect(self.capture_edit.setFocus)
        self.view.notes_dragged.connect(self._dragged)
        self.view.edit_requested.connect(self.edit_note)
        self.view.note_resized.connect(self._resized)
        self.view.resized.connect(self._view_resized)
        # The same notes as a table, for screen readers and for list people.
        self.notes_list = NotesList(self.controller)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.notes_list)
        self.legend = CategoryLegend()  # what the notes' colours and marks mean
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("List"))
        self.list_button.setCheckable(True)
        self.list_button.setAccessibleName(self.tr("Show notes as a list"))
        self.list_button.setToolTip(self.tr("Show the current question's notes as a list"))
        self.list_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        choices = QHBoxLayout()
        choices.addWidget(self.author_box)
        choices.addWidget(self.category_box)
        choices.addWidget(self.actor_box)
        choices.addStretch(1)
        choices.addWidget(self.filter_edit, 1)
        choices.addWidget(self.match_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # The list switch sits beside the capture field: the row of choices below is
        # what sets the board's narrowest width (the window must fit 1280 pixels).
        capture_row = QHBoxLayout()
        capture_row.addWidget(self.capture_edit, 1)
        capture_row.addWidget(self.list_button)
        layout.addLayout(capture_row)
        layout.addLayout(choices)
        layout.addWidget(self.feedback)
        layout.addWidget(self.vote_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self.feedback.hide()
        QWidget.setTabOrder(self.capture_edit, self.author_box)
        QWidget.setTabOrder(self.author_box, self.category_box)
        QWidget.setTabOrder(self.category_box, self.actor_box)
        QWidget.setTabOrder(self.actor_box, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.list_button)
        QWidget.setTabOrder(self.list_button, self.notes_list)

        self.board_actions = BoardActions(self.controller, self, self)
        self.keys = CaptureKeys(self.capture_edit, self.controller, self.view, self._paste)
        self.capture_edit.installEventFilter(self.keys)
        self.close_vote_button.clicked.connect(self.controller.close_vote)
        self.view.rename_requested.connect(self.board_actions.rename_cluster)
        self.view.context_requested.connect(self.board_actions.context_menu)
        self.notes_list.context_requested.connect(self.board_actions.list_menu)
        self.list_button.toggled.connect(self.board_actions.list_button_toggled)
        self.board_actions.notes_list.toggled.connect(self.list_button.setChecked)
        ctl = self.controller
        ctl.message.connect(self.report)
        ctl.info.connect(self.inform)
        ctl.settled.connect(self.feedback.hide)
        # "Select … first", "Used all 3 dots": no longer true once other notes are chosen.
        self.scene.selectionChanged.connect(self._problem_outdated)
        ctl.votes_changed.connect(self._show_vote_bar)
        ctl.defaults_changed.connect(self._show_defaults)
        self.reload()

    # --- what the controller holds ------------------------------------------------------

    @property
    def current_question(self) -> uuid.UUID | None:
        """The question new notes go to."""
        return self.controller.current_question

    @property
    def answers(self) -> dict[uuid.UUID, AnswerItem]:
        """The experts' answer cards shown, by question note."""
        return self.controller.answers

    @property
    def vote_round(self) -> voting.RoundInfo | None:
        """The current (open or last closed) vote round."""
        return self.controller.vote_round

    @property
    def participants(self) -> list[Participant]:
        """The group's participants."""
        return self.controller.participants

    def _show_defaults(self) -> None:
        c = self.controller
        for box, value in (
            (self.category_box, c.next_category),
            (self.actor_box, c.next_actor),
            (self.author_box, c.next_author),
        ):
            box.setCurrentIndex(_index_of(box, value))

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole board from the store and show it."""
        self.controller.load()
        # A reload (a sync brought notes, the agenda changed) leaves the view where the
        # facilitator has it, unless the question itself changed.
        if self.current_question != self._shown_question:
            self.show_question(self.current_question)

    def sync_frames(self) -> None:
        """After an agenda change: lay the board out again if its questions changed."""
        if self.controller.frames_outdated():
            self.reload()

    def set_current_item(self, item_id: object) -> None:
        """Follow the agenda: notes go to this question (other items keep the last one)."""
        if self.controller.set_current_question(item_id):
            self.show_question(self.controller.current_question)

    def show_question(self, frame_id: uuid.UUID | None, keep_top: bool = False) -> None:
        """Show a question's frame whole in width with its title in view (see the view)."""
        if frame_id not in self.scene.frames:
            return
        self._shown_question = frame_id
        self.view.show_question(self.scene.frame_rect(frame_id), keep_top)

    def _view_resized(self) -> None:
        """Show the current question whole in width again, unless the user chose a zoom."""
        if self.view.zoom_is_auto():
            self.show_question(self.current_question, keep_top=True)

    def showEvent(self, event: QShowEvent) -> None:
        """The capture field has focus whenever the board is shown; the current question
        is shown at the board's real size (before the first show it has none)."""
        super().showEvent(event)
        self.capture_edit.setFocus()
        QTimer.singleShot(0, self.capture_edit.setFocus)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, lambda: self.show_question(self.current_question))

    # --- feedback --------------------------------------------------------------------

    def report(self, message: str) -> None:
        """Show a problem in red above the board (nothing is lost)."""
        self.feedback.setStyleSheet(text_style(Tone.ERROR))
        self.feedback.setText(message)
        self.feedback.show()
        self._problem_shown = True
        announce(self, message, assertive=True)

    def inform(self, message: str) -> None:
        """Show a short confirmation above the board."""
        self.feedback.setStyleSheet(text_style(Tone.GOOD))
        self.feedback.setText(message)
        self.feedback.setVisible(bool(message))
        self._problem_shown = False

    def _problem_outdated(self) -> None:
        """Hide a problem that was about what was chosen or typed before (not a confirmation)."""
        if self._problem_shown:
            self._problem_shown = False
            self.feedback.hide()

    def focus_capture(self) -> None:
        """Give the capture field the focus."""
        self.capture_edit.setFocus()

    def focus_filter(self) -> None:
        """Ctrl+F: type in the filter box (Enter goes back to capturing)."""
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def keeps_focus(self) -> bool:
        """True while the note editor, the filter box or the notes list is in use."""
        return (
            self.editor.isVisible()
            or self.filter_edit.hasFocus()
            or self.notes_list.hasFocus()
            or self.notes_list.state() == NotesList.State.EditingState
        )

    def list_shown(self) -> bool:
        """True while the notes are shown as a list instead of the board."""
        return self.stack.currentWidget() is self.notes_list

    def show_list(self, on: bool) -> None:
        """Show the notes as a list (focus in the list) or the board (focus to capture)."""
        self.stack.setCurrentWidget(self.notes_list if on else self.view)
        self.board_actions.notes_list.setChecked(on)
        self.legend.setVisible(not on)  # the list says the category in words
        if on:
            self.notes_list.setFocus()
            if self.notes_list.currentRow() < 0 and self.notes_list.rowCount():
                self.notes_list.setCurrentCell(0, 0)
        else:
            self.capture_edit.setFocus()
            QTimer.singleShot(0, lambda: self.show_question(self.current_question, True))

    # --- capture ---------------------------------------------------------------------

    def capture(self) -> None:
        """Enter in the capture field: store the note, paint it, clear the field."""
        change = self.controller.capture(self.capture_edit.text())
        if change is None:
            # The refused line stays, selected: typing the next idea replaces it instead
            # of joining the two, and the arrow keys keep it to correct it.
            self.capture_edit.selectAll()
            self._line_refused = True
            return
        self.capture_edit.clear()
        for nid in change.notes_after:
            self._keep_in_view(self.scene.notes[nid])

    def _line_edited(self, _text: str) -> None:
        """A problem ("Type the idea first", a refused line, …) no longer holds once typing."""
        self._line_refused = False
        self._problem_outdated()

    def _keep_in_view(self, item: NoteItem) -> None:
        """Scroll to a new note, and then some: room for the next rows comes into view too.

        Scrolling one row per new row would repaint the whole board every fifth Enter;
        this scrolls once every few rows.
        """
        rect = item.sceneBoundingRect()
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if visible.contains(rect):
            return
        room = max(0.0, visible.height() * 0.6 - rect.height())
        self.view.ensureVisible(rect.adjusted(-40, -40, 40, room), 0, 0)

    def _paste(self, text: str) -> bool:
        """Ctrl+V in the capture field: several lines become notes (after asking); returns
        False to let the field paste a single short line itself."""
        lines = capture_syntax.text_lines(text)
        if len(lines) <= 1 and len(text) <= MAX_CAPTURE_CHARS:
            return False
        if len(lines) <= 1:
            self.report(
                self.tr(
                    "The clipboard text has {n} characters; a note holds at most {max}."
                ).format(n=f"{len(text):,}", max=f"{MAX_CAPTURE_CHARS:,}")
            )
            return True
        self.board_actions.paste_text(text)
        return True

    # --- editing ---------------------------------------------------------------------

    def edit_selected(self) -> None:
        """F2: edit the first selected note in place (in its row, while the list shows)."""
        if self.list_shown():
            self.notes_list.edit_current()
            return
        ids = self.controller.selected()
        if ids:
            self.edit_note(ids[0])

    def edit_note(self, note_id: object) -> None:
        """Open the in-place editor over a note."""
        if not isinstance(note_id, uuid.UUID) or note_id not in self.scene.notes:
            return
        item = self.scene.notes[note_id]
        self.view.ensureVisible(item)
        rect = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        self.editor.start(note_id, item.state.text, rect)

    def _edit_finished(self, note_id: object, text: str) -> None:
        assert isinstance(note_id, uuid.UUID)
        self.capture_edit.setFocus()
        self.controller.edit_text(note_id, text)

    def _dragged(self, positions: object) -> None:
        assert isinstance(positions, dict)
        self.controller.move(positions)
        self.capture_edit.setFocus()

    def _resized(self, note_id: object, width: float, height: float) -> None:
        assert isinstance(note_id, uuid.UUID)
        self.controller.resize(note_id, width, height)

    # --- votes -----------------------------------------------------------------------

    def _fill_voters(self, voters: list[uuid.UUID | None]) -> None:
        """The voter list: anonymous dots, then the participants who are present."""
        shown = [self.voter_box.itemData(i) for i in range(self.voter_box.count())]
        if shown == voters:
            return
        names = {p.id: p.display_name for p in self.participants}
        self.voter_box.clear()
        for voter in voters:
            name = self.tr("Anonymous dots") if voter is None else names.get(voter, "")
            self.voter_box.addItem(name, voter)

    def _show_vote_bar(self) -> None:
        c = self.controller
        self._fill_voters(c.voters())
        index = _index_of(self.voter_box, c.voter)
        if index >= 0 and index != self.voter_box.currentIndex():
            self.voter_box.setCurrentIndex(index)
        r = c.vote_round
        self.vote_bar.setVisible(r is not None and r.is_open)
        if r is None or not r.is_open:
            return
        used = c.dots_used()
        voter = c.voter
        scope = (
            self.tr("the whole board")
            if r.agenda_item_id is None
            else _short(self.scene.frames[r.agenda_item_id].title)
            if r.agenda_item_id in self.scene.frames
            else self.tr("a removed question")
        )
        if voter is not None:
            mine = self.tr("{used} of {dots} dots used").format(
                used=used.get(voter, 0), dots=r.dots_per_participant
            )
        else:
            mine = self.tr("{used} anonymous dots").format(used=used.get(None, 0))
        self.vote_label.setText(
            self.tr(
                "Vote open on {scope}: {dots} dots each · {total} of {cap} placed · {mine}"
            ).format(
                scope=scope,
                dots=r.dots_per_participant,
                total=sum(used.values()),
                cap=r.capacity,
                mine=mine,
            )
        )

    # --- filter ----------------------------------------------------------------------

    def _apply_filter(self) -> None:
        text = self.filter_edit.text()
        count = self.scene.set_filter(text)
        self.match_label.setText(self.tr("{n} match(es)").format(n=count) if text.strip() else "")


def _short(text: str, limit: int = 40) -> str:
    """A long question title cut for a one-line label."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _index_of(box: QComboBox, value: object) -> int:
    """The row whose data equals ``value`` (``findData`` compares UUIDs by identity)."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), -1)
