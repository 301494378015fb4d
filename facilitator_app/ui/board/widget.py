"""The whiteboard panel: capture field, choices for the next note, filter, vote bar, view.

Every user action here is one service call and one undo command on the window's stack;
the scene then redraws only what the service says changed.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import UserError
from facilitator_app.models import Participant
from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import board, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.board import BoardChange, NoteDraft
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui.announce import announce
from facilitator_app.ui.board import capture_syntax
from facilitator_app.ui.board.commands import (
    BoardEditCommand,
    MoveCommand,
    cast_command,
    take_back_command,
)
from facilitator_app.ui.board.editor import NoteEditor
from facilitator_app.ui.board.items import NoteItem
from facilitator_app.ui.board.key_bindings import CaptureKeys, FilterKeys
from facilitator_app.ui.board.scene import BoardScene, actor_label, category_label
from facilitator_app.ui.board.view import BoardView
from facilitator_app.ui.colours import Tone, text_style
from facilitator_app.ui.messages import user_message

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
        self.current_question: uuid.UUID | None = None
        # The zoom the board chose to show the current question; None once the user zooms.
        self._auto_zoom: float | None = None
        self._shown_question: uuid.UUID | None = None
        self._shown_once = False
        self.vote_round: voting.RoundInfo | None = None
        self.participants = ws_service.list_participants(store, context.group.id)
        self.people = _people_index(self.participants)

        self.capture_edit = QLineEdit()
        self.capture_edit.setMaxLength(MAX_CAPTURE_CHARS)
        self.capture_edit.setPlaceholderText(
            self.tr("Type an idea, press Enter  ·  @name author  #c #m #q #o category  !actor")
        )
        self.capture_edit.setAccessibleName(self.tr("Capture an idea"))
        self.capture_edit.setClearButtonEnabled(True)
        self.capture_edit.returnPressed.connect(self.capture)
        self.keys = CaptureKeys(self)
        self.capture_edit.installEventFilter(self.keys)

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
        self.filter_keys = FilterKeys(self)
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
        self.voter_box.addItem(self.tr("Anonymous dots"), None)
        for p in self.participants:
            self.voter_box.addItem(p.display_name, p.id)
        self.voter_box.activated.connect(lambda _i: self._show_vote_bar())
        self.close_vote_button = QPushButton(self.tr("Close vote"))
        self.close_vote_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.vote_bar = QWidget()
        vote_layout = QHBoxLayout(self.vote_bar)
        vote_layout.setContentsMargins(0, 0, 0, 0)
        vote_layout.addWidget(self.vote_label, 1)
        vote_layout.addWidget(QLabel(self.tr("Voter:")))
        vote_layout.addWidget(self.voter_box)
        vote_layout.addWidget(self.close_vote_button)

        self.scene = BoardScene(self)
        self.view = BoardView(self.scene)
        self.editor = NoteEditor(self.view.viewport())
        self.editor.finished.connect(self._edit_finished)
        self.editor.cancelled.connect(self.capture_edit.setFocus)
        self.view.notes_dragged.connect(self._dragged)
        self.view.edit_requested.connect(self.edit_note)
        self.view.note_resized.connect(self._resized)
        self.view.resized.connect(self._view_resized)

        choices = QHBoxLayout()
        choices.addWidget(self.author_box)
        choices.addWidget(self.category_box)
        choices.addWidget(self.actor_box)
        choices.addStretch(1)
        choices.addWidget(self.filter_edit, 1)
        choices.addWidget(self.match_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.capture_edit)
        layout.addLayout(choices)
        layout.addWidget(self.feedback)
        layout.addWidget(self.vote_bar)
        layout.addWidget(self.view, 1)
        self.feedback.hide()
        QWidget.setTabOrder(self.capture_edit, self.author_box)
        QWidget.setTabOrder(self.author_box, self.category_box)
        QWidget.setTabOrder(self.category_box, self.actor_box)
        QWidget.setTabOrder(self.actor_box, self.filter_edit)

        from facilitator_app.ui.board.actions import BoardActions

        self.board_actions = BoardActions(self)
        self.close_vote_button.clicked.connect(self.board_actions.close_vote)
        self.view.rename_requested.connect(self.board_actions.rename_cluster)
        self.view.context_requested.connect(self.board_actions.context_menu)
        self.reload()

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole board from the store and show it."""
        loaded = board.load_board(self.store, self.context.session.id, self.context.group.id)
        self.scene.author_names = {p.id: p.display_name for p in self.participants}
        self.scene.load(loaded)
        # Thousands of long-lived note objects: keep them out of the cyclic garbage
        # collector's full scans, which otherwise pause typing for tens of milliseconds.
        gc.freeze()
        question_ids = [f.id for f in loaded.frames if f.id is not None]
        if self.current_question not in question_ids:
            self.current_question = question_ids[0] if question_ids else None
        self.scene.set_current(self.current_question)
        self.refresh_votes()
        # A reload (a sync brought notes, the agenda changed) leaves the view where the
        # facilitator has it, unless the question itself changed.
        if self.current_question != self._shown_question:
            self.show_question(self.current_question)

    def sync_frames(self) -> None:
        """After an agenda change: lay the board out again if its questions changed."""
        wanted = board.question_frames(self.store, self.context.session.id, self.context.group.id)
        shown = [
            board.QuestionFrame(fid, self.scene.frames[fid].title)
            for fid in self.scene.frame_order
            if fid is not None
        ]
        if wanted != shown:
            self.reload()

    def set_current_item(self, item_id: object) -> None:
        """Follow the agenda: notes go to this question (other items keep the last one)."""
        if isinstance(item_id, uuid.UUID) and item_id in self.scene.frames:
            self.current_question = item_id
            self.scene.set_current(item_id)
            self.show_question(item_id)

    def show_question(self, frame_id: uuid.UUID | None, keep_top: bool = False) -> None:
        """Show a question's frame whole in width with its title in view (see the view)."""
        if frame_id not in self.scene.frames:
            return
        self._shown_question = frame_id
        self.view.show_question(self.scene.frame_rect(frame_id), keep_top)
        self._auto_zoom = self.view.zoom

    def _view_resized(self) -> None:
        """A bigger or smaller board still shows the current question whole in width,
        unless the facilitator chose a zoom of their own since."""
        if self._auto_zoom is not None and abs(self.view.zoom - self._auto_zoom) < 1e-6:
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
        announce(self, message, assertive=True)

    def inform(self, message: str) -> None:
        """Show a short confirmation above the board."""
        self.feedback.setStyleSheet(text_style(Tone.GOOD))
        self.feedback.setText(message)
        self.feedback.setVisible(bool(message))

    def show_change(self, change: BoardChange) -> None:
        """Redraw what ``change`` touched."""
        self.scene.apply(change)

    def run(
        self, text: str, action: Callable[[], BoardChange], move: bool = False
    ) -> BoardChange | None:
        """Run a service action, show it and push its undo command; None if refused."""
        try:
            change = action()
        except UserError as exc:
            self.report(user_message(exc))
            return None
        self.feedback.hide()
        if change.is_empty:
            return change
        self.show_change(change)
        command = (
            MoveCommand(self, text, change, mergeable=move)
            if move
            else BoardEditCommand(self, text, change)
        )
        self.undo_stack.push(command)
        return change

    # --- capture ---------------------------------------------------------------------

    def capture(self) -> None:
        """Enter in the capture field: store the note, paint it, clear the field."""
        line = self.capture_edit.text()
        try:
            parsed = capture_syntax.parse(line, self.people)
        except capture_syntax.CaptureSyntaxError as exc:
            kinds = {
                "participant": self.tr("No single participant matches {word}."),
                "category": self.tr("{word} is not a category: use #c, #m, #q or #o."),
                "actor": self.tr(
                    "{word} is not an actor: use !council, !admin, !county, !state, "
                    "!business, !citizens or !unknown."
                ),
            }
            self.report(kinds[exc.kind].format(word=exc.word))
            return
        if not parsed.text.strip():
            self.report(self.tr("Type the idea first; an empty note is not added."))
            return
        author = None if parsed.anonymous else parsed.author_id or self.author_box.currentData()
        draft = NoteDraft(
            parsed.text,
            self.current_question,
            parsed.category or self.category_box.currentData(),
            parsed.actor or self.actor_box.currentData(),
            author,
        )
        sid, gid = self.context.session.id, self.context.group.id
        change = self.run(self.tr("Add note"), lambda: board.capture(self.store, sid, gid, draft))
        if change is not None:
            self.capture_edit.clear()
            for nid in change.notes_after:
                self._keep_in_view(self.scene.notes[nid])

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

    def paste_from_clipboard(self, mime: QMimeData | None) -> bool:
        """Ctrl+V in the capture field: several lines become notes (after asking).

        Returns False to let the field paste a single short line itself.
        """
        if mime is None or not mime.hasText():
            self.report(self.tr("The clipboard holds no text; only text can become notes."))
            return True
        text = mime.text()
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if len(lines) <= 1 and len(text) <= MAX_CAPTURE_CHARS:
            return False
        if len(lines) <= 1:
            self.report(
                self.tr(
                    "The clipboard text has {n} characters; a note holds at most {max}."
                ).format(n=f"{len(text):,}", max=f"{MAX_CAPTURE_CHARS:,}")
            )
            return True
        self.paste_lines(lines)
        return True

    def paste_lines(self, lines: list[str], question: uuid.UUID | None = None) -> bool:
        """Ask, then make one note per line in the current question; False if refused."""
        target = question if question is not None else self.current_question
        if len(lines) > board.MAX_NOTES_AT_ONCE:
            self.report(
                self.tr(
                    "The clipboard holds {n} lines; at most {max} can be pasted at once. "
                    "Use 'facilitator-app ideas import' for long lists."
                ).format(n=f"{len(lines):,}", max=board.MAX_NOTES_AT_ONCE)
            )
            return False
        too_long = [ln for ln in lines if len(ln) > board.MAX_NOTE_CHARS]
        if too_long:
            self.report(
                self.tr(
                    "{n} of the lines are longer than {max} characters; nothing was added."
                ).format(n=len(too_long), max=f"{board.MAX_NOTE_CHARS:,}")
            )
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Paste as notes"),
            self.tr("Make {n} notes, one per line, in the current question?").format(n=len(lines)),
        )
        self.capture_edit.setFocus()
        if answer != QMessageBox.StandardButton.Yes:
            return False
        drafts = [
            NoteDraft(
                ln,
                target,
                self.category_box.currentData(),
                self.actor_box.currentData(),
                self.author_box.currentData(),
            )
            for ln in lines
        ]
        sid, gid = self.context.session.id, self.context.group.id
        change = self.run(
            self.tr("Paste {n} notes").format(n=len(lines)),
            lambda: board.add_notes(self.store, sid, gid, drafts),
        )
        return change is not None

    # --- editing ---------------------------------------------------------------------

    def edit_selected(self) -> None:
        """F2: edit the first selected note in place."""
        ids = self.scene.selected_note_ids()
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
        item = self.scene.notes.get(note_id)
        if item is None or text.strip() == item.state.text:
            return
        self.run(self.tr("Edit note"), lambda: board.edit_text(self.store, note_id, text))

    def nudge(self, dx: float, dy: float) -> None:
        """Arrow keys: move the selected notes a step (steps merge into one undo)."""
        ids = self.scene.selected_note_ids()
        target = {
            n: (self.scene.notes[n].state.x + dx, self.scene.notes[n].state.y + dy) for n in ids
        }
        self.run(self.tr("Move notes"), lambda: board.move(self.store, target), move=True)

    def _dragged(self, positions: object) -> None:
        assert isinstance(positions, dict)
        if self.run(self.tr("Move notes"), lambda: board.move(self.store, positions)) is None:
            # Refused: put the notes back where the store has them.
            for nid in positions:
                item = self.scene.notes.get(nid)
                if item is not None:
                    item.set_state(item.state)
                    item.setPos(item.origin.x() + item.state.x, item.origin.y() + item.state.y)
        self.capture_edit.setFocus()

    def _resized(self, note_id: object, width: float, height: float) -> None:
        assert isinstance(note_id, uuid.UUID)
        item = self.scene.notes.get(note_id)
        self.run(self.tr("Resize note"), lambda: board.resize(self.store, note_id, width, height))
        if item is not None:
            item.reset_size()  # the stored (possibly clamped) size, or the old one if refused

    def delete_selected(self) -> None:
        """Delete the selected notes (to tombstones; undo brings them back)."""
        ids = self.scene.selected_note_ids()
        if ids:
            self.run(
                self.tr("Delete {n} note(s)").format(n=len(ids)),
                lambda: board.delete(self.store, ids),
            )

    # --- votes -----------------------------------------------------------------------

    def refresh_votes(self) -> None:
        """Re-read the current vote round and show its counts on the notes."""
        sid, gid = self.context.session.id, self.context.group.id
        self.vote_round = voting.current_round(self.store, sid, gid)
        counts = voting.tally(self.store, self.vote_round.id) if self.vote_round else {}
        self.scene.set_votes(counts)
        self._show_vote_bar()

    def _show_vote_bar(self) -> None:
        r = self.vote_round
        self.vote_bar.setVisible(r is not None and r.is_open)
        if r is None or not r.is_open:
            return
        used = voting.used_by(self.store, r.id)
        voter = self.voter_box.currentData()
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

    def add_dot(self) -> None:
        """Alt+Up: one dot from the chosen voter on each selected note."""
        self._vote(lambda rid, nid, voter: self._cast(rid, nid, voter))

    def take_back_dot(self) -> None:
        """Alt+Down: take back one of the chosen voter's dots from each selected note."""
        self._vote(lambda rid, nid, voter: self._take_back(rid, nid, voter))

    def _vote(self, fn: Callable[[uuid.UUID, uuid.UUID, uuid.UUID | None], None]) -> None:
        r = self.vote_round
        if r is None or not r.is_open:
            self.report(self.tr("No vote is open. Open one from the Board menu."))
            return
        ids = self.scene.selected_note_ids()
        if not ids:
            self.report(self.tr("Select the note to vote on first."))
            return
        voter = self.voter_box.currentData()
        for nid in ids:
            fn(r.id, nid, voter)
        self.refresh_votes()

    def _cast(self, round_id: uuid.UUID, note_id: uuid.UUID, voter: uuid.UUID | None) -> None:
        try:
            ids = voting.cast(self.store, round_id, note_id, voter)
        except UserError as exc:
            self.report(user_message(exc))
            return
        self.feedback.hide()
        self.undo_stack.push(cast_command(self, self.tr("Add a dot"), ids))

    def _take_back(self, round_id: uuid.UUID, note_id: uuid.UUID, voter: uuid.UUID | None) -> None:
        try:
            vid = voting.take_back(self.store, round_id, note_id, voter)
        except UserError as exc:
            self.report(user_message(exc))
            return
        self.feedback.hide()
        self.undo_stack.push(take_back_command(self, self.tr("Take back a dot"), vid))

    # --- filter ----------------------------------------------------------------------

    def _apply_filter(self) -> None:
        text = self.filter_edit.text()
        count = self.scene.set_filter(text)
        self.match_label.setText(self.tr("{n} match(es)").format(n=count) if text.strip() else "")


def _short(text: str, limit: int = 40) -> str:
    """A long question title cut for a one-line label."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _people_index(participants: Sequence[Participant]) -> dict[str, uuid.UUID]:
    """Lower-case names (spaces removed) and plan ids of participants → id.

    ``@ingrid`` matches "Ingrid Fiktivsen" by prefix; ``@p01`` by plan id.
    """
    index: dict[str, uuid.UUID] = {}
    for p in participants:
        index[p.display_name.casefold().replace(" ", "")] = p.id
        index[p.key.casefold()] = p.id
    return index
