"""The board's controller: every board operation, one service call each, on one undo path.

``BoardController`` owns the store, the session context, the undo stack, the scene and
the open vote. Each operation takes note ids, calls the service in one transaction,
shows the returned ``BoardChange`` on the scene and pushes one ``AppliedChange``; undo
and redo write the other side of the same change. It reports through signals and never
touches a widget, so the board is tested on a bare controller (no window needed).
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from facilitator_app.errors import UserError
from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import board, capture_syntax, expert_answers, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.board import BoardChange, NoteDraft
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui.board.answers import AnswerItem, show_answers
from facilitator_app.ui.board.scene import BoardScene
from facilitator_app.ui.board.vote_operations import VoteOperations
from facilitator_app.ui.messages import user_message
from facilitator_app.ui.undo import AppliedChange

MOVE_MERGE_ID = 4001


class BoardController(VoteOperations, QObject):
    """One group's board in one session, as operations.

    Signals: ``message`` a problem in words (nothing was changed); ``info`` a short
    confirmation; ``settled`` an action went through, so an older message no longer
    holds; ``changed`` a ``BoardChange`` now shown on the scene; ``votes_changed`` the
    vote round, its counts or the chosen voter changed; ``defaults_changed`` the
    category, actor or author of the next note changed; ``reloaded`` the whole board
    was read again; ``question_changed`` new notes now go to another question.
    """

    message = Signal(str)
    info = Signal(str)
    settled = Signal()
    changed = Signal(object)
    votes_changed = Signal()
    defaults_changed = Signal()
    reloaded = Signal()
    question_changed = Signal()

    def __init__(
        self,
        store: Store,
        context: SessionContext,
        undo_stack: QUndoStack,
        scene: BoardScene,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.context = context
        self.undo_stack = undo_stack
        self.scene = scene
        self.current_question: uuid.UUID | None = None
        self.vote_round: voting.RoundInfo | None = None
        self.voter: uuid.UUID | None = None  # None: anonymous dots
        self.next_category = Category.MEASURE.value
        self.next_actor = Actor.UNKNOWN.value
        self.next_author: uuid.UUID | None = None
        self.participants = ws_service.list_participants(store, context.group.id)
        self.people = capture_syntax.people_index(self.participants)
        self.answers: dict[uuid.UUID, AnswerItem] = {}  # the experts' answer cards shown

    # --- loading -----------------------------------------------------------------------

    def load(self) -> None:
        """Read the whole board from the store and show it on the scene."""
        loaded = board.load_board(self.store, self.session_id, self.group_id)
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
        self.answers = show_answers(
            self.scene,
            dict(self.scene.notes),
            expert_answers.current_answers(self.store, self.session_id, self.group_id),
        )
        self.reloaded.emit()

    def frames_outdated(self) -> bool:
        """True when the agenda's questions differ from the frames shown."""
        wanted = board.question_frames(self.store, self.session_id, self.group_id)
        shown = [
            board.QuestionFrame(fid, self.scene.frames[fid].title)
            for fid in self.scene.frame_order
            if fid is not None
        ]
        return wanted != shown

    def set_current_question(self, item_id: object) -> bool:
        """Follow the agenda: new notes go to this question; False for other items."""
        if not isinstance(item_id, uuid.UUID) or item_id not in self.scene.frames:
            return False
        changed = item_id != self.current_question
        self.current_question = item_id
        self.scene.set_current(item_id)
        if changed:
            self.question_changed.emit()
        return True

    def selected(self) -> list[uuid.UUID]:
        """The selected notes' ids."""
        return self.scene.selected_note_ids()

    # --- the one path: run, show, push -------------------------------------------------

    def _refuse(self, exc: UserError) -> None:
        self.message.emit(user_message(exc))

    def run(
        self, text: str, action: Callable[[], BoardChange], *, step: bool = False
    ) -> BoardChange | None:
        """Run a service action, show it and push its undo command; None if refused.

        ``step`` marks an arrow-key move: consecutive steps of the same notes merge.
        """
        try:
            change = action()
        except UserError as exc:
            self._refuse(exc)
            return None
        self.settled.emit()
        if change.is_empty:
            return change
        self._show(change)
        merge = None
        if step:

            def merge(other: AppliedChange) -> bool:
                later = other.payload
                if not isinstance(later, BoardChange) or other.id() != MOVE_MERGE_ID:
                    return False
                if set(later.notes_after) != set(change.notes_after):
                    return False
                change.notes_after = dict(later.notes_after)
                return True

        self.undo_stack.push(
            AppliedChange(
                text,
                lambda: self._write(change.inverted()),
                lambda: self._write(change),
                payload=change,
                merge_id=MOVE_MERGE_ID if step else -1,
                merge=merge,
            )
        )
        return change

    def _show(self, change: BoardChange) -> None:
        self.scene.apply(change)
        self.changed.emit(change)

    def _write(self, change: BoardChange) -> bool:
        """Undo/redo: write one side of a change with the service, then show it."""
        try:
            board.apply_change(self.store, change)
        except UserError as exc:
            self._refuse(exc)
            return False
        self._show(change)
        return True

    def _say(self, text: str) -> None:
        self.message.emit(text)

    def _inform(self, text: str) -> None:
        self.info.emit(text)

    def _voter_changed(self) -> None:
        self.settled.emit()
        self.votes_changed.emit()

    def _votes_shown(self) -> None:
        self.votes_changed.emit()

    def _call(self, text: str, action: Callable[[], object], undo: Callable[[], object]) -> bool:
        """Run a vote action and push its inverse pair (votes have no ``BoardChange``)."""
        try:
            action()
        except UserError as exc:
            self._refuse(exc)
            return False
        self.settled.emit()
        self.undo_stack.push(
            AppliedChange(text, lambda: self._vote_write(undo), lambda: self._vote_write(action))
        )
        return True

    def _vote_write(self, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except UserError as exc:
            self._refuse(exc)
            self.refresh_votes()
            return False
        self.settled.emit()  # an undone dot: "Used all 3 dots" no longer holds
        self.refresh_votes()
        return True

    # --- capture and paste ---------------------------------------------------------------

    def capture(self, line: str) -> BoardChange | None:
        """Enter: parse the prefixes, store the note, show it; None (and why) if refused."""
        try:
            parsed = capture_syntax.parse(line, self.people)
        except capture_syntax.CaptureSyntaxError as exc:
            self.message.emit(" ".join(self._syntax_problem(p) for p in exc.problems))
            return None
        if not parsed.text.strip():
            self.message.emit(self.tr("Type the idea first; an empty note is not added."))
            return None
        author = None if parsed.anonymous else parsed.author_id or self.next_author
        draft = NoteDraft(
            parsed.text,
            self.current_question,
            parsed.category or self.next_category,
            parsed.actor or self.next_actor,
            author,
        )
        sid, gid = self.session_id, self.group_id
        return self.run(self.tr("Add note"), lambda: board.capture(self.store, sid, gid, draft))

    def _syntax_problem(self, problem: capture_syntax.Problem) -> str:
        kinds = {
            "participant": self.tr("No single participant matches {word}."),
            "category": self.tr("{word} is not a category: use #c, #m, #q or #o."),
            "actor": self.tr(
                "{word} is not an actor: use !council, !admin, !county, !state, "
                "!business, !citizens or !unknown."
            ),
        }
        return kinds[problem.kind].format(word=problem.word)

    def paste_problem(self, lines: Sequence[str]) -> str | None:
        """Why these lines cannot become notes at once, or None when they can."""
        if not lines:
            return self.tr("The clipboard holds no text; only text can become notes.")
        if len(lines) > board.MAX_NOTES_AT_ONCE:
            return self.tr(
                "The clipboard holds {n} lines; at most {max} can be pasted at once. "
                "Use 'facilitator-app ideas import' for long lists."
            ).format(n=f"{len(lines):,}", max=board.MAX_NOTES_AT_ONCE)
        too_long = [ln for ln in lines if len(ln) > board.MAX_NOTE_CHARS]
        if too_long:
            return self.tr(
                "{n} of the lines are longer than {max} characters; nothing was added."
            ).format(n=len(too_long), max=f"{board.MAX_NOTE_CHARS:,}")
        return None

    def paste_lines(self, lines: Sequence[str], question: uuid.UUID | None = None) -> bool:
        """One note per line in ``question`` (default: the current one); False if refused."""
        problem = self.paste_problem(lines)
        if problem is not None:
            self.message.emit(problem)
            return False
        target = question if question is not None else self.current_question
        drafts = [
            NoteDraft(ln, target, self.next_category, self.next_actor, self.next_author)
            for ln in lines
        ]
        sid, gid = self.session_id, self.group_id
        change = self.run(
            self.tr("Paste {n} notes").format(n=len(lines)),
            lambda: board.add_notes(self.store, sid, gid, drafts),
        )
        return change is not None

    # --- editing notes ---------------------------------------------------------------------

    def edit_text(self, note_id: uuid.UUID, text: str) -> BoardChange | None:
        """New text for a note (F2, double-click); prefixes work as in capture
        (``#c`` category, ``!admin`` who must act, ``@name`` author). Unchanged does nothing."""
        item = self.scene.notes.get(note_id)
        if item is None:
            return None
        try:
            parsed = capture_syntax.parse(text, self.people)
        except capture_syntax.CaptureSyntaxError as exc:
            self.message.emit(" ".join(self._syntax_problem(p) for p in exc.problems))
            return None
        choices = board.NoteChoices(
            parsed.category, parsed.actor, parsed.author_id, parsed.anonymous
        )
        if parsed.text.strip() == item.state.text and choices == board.NoteChoices():
            return None
        if parsed.text.strip():
            body = parsed.text
        else:  # only prefixes: the note keeps its text; nothing at all is refused
            body = item.state.text if choices != board.NoteChoices() else text
        return self.run(
            self.tr("Edit note"),
            lambda: board.edit_text(self.store, note_id, body, choices),
        )

    def move(
        self, positions: dict[uuid.UUID, tuple[float, float]], *, step: bool = False
    ) -> BoardChange | None:
        """Move notes (frame-content coordinates); refused: drawn back where stored."""
        change = self.run(
            self.tr("Move notes"), lambda: board.move(self.store, positions), step=step
        )
        if change is None:
            for nid in positions:
                item = self.scene.notes.get(nid)
                if item is not None:
                    item.set_state(item.state)
        return change

    def nudge(self, note_ids: Iterable[uuid.UUID], dx: float, dy: float) -> BoardChange | None:
        """Arrow keys: move notes a step (consecutive steps are one undo)."""
        notes = self.scene.notes
        target = {n: (notes[n].state.x + dx, notes[n].state.y + dy) for n in note_ids}
        return self.move(target, step=True)

    def resize(self, note_id: uuid.UUID, width: float, height: float) -> BoardChange | None:
        """Store a note's new size (clamped by the service)."""
        change = self.run(
            self.tr("Resize note"), lambda: board.resize(self.store, note_id, width, height)
        )
        item = self.scene.notes.get(note_id)
        if item is not None:
            item.reset_size()  # the stored (possibly clamped) size, or the old one if refused
        return change

    def delete(self, note_ids: Sequence[uuid.UUID]) -> BoardChange | None:
        """Delete notes to tombstones (undo brings them back)."""
        if not note_ids:
            return None
        ids = list(note_ids)
        return self.run(
            self.tr("Delete {n} note(s)").format(n=len(ids)),
            lambda: board.delete(self.store, ids),
        )

    def set_category(self, note_ids: Sequence[uuid.UUID], value: str) -> BoardChange | None:
        """Category of the notes; with none given, of the next note."""
        if not note_ids:
            self.next_category = value
            self.defaults_changed.emit()
            return None
        ids = list(note_ids)
        return self.run(self.tr("Change notes"), lambda: board.set_category(self.store, ids, value))

    def set_actor(self, note_ids: Sequence[uuid.UUID], value: str) -> BoardChange | None:
        """Who must act, for the notes; with none given, for the next note."""
        if not note_ids:
            self.next_actor = value
            self.defaults_changed.emit()
            return None
        ids = list(note_ids)
        return self.run(self.tr("Change notes"), lambda: board.set_actor(self.store, ids, value))

    def set_next_author(self, author: uuid.UUID | None) -> None:
        """The author of the next note (None: anonymous)."""
        self.next_author = author
        self.defaults_changed.emit()

    def set_colour(self, note_ids: Sequence[uuid.UUID], colour: str) -> BoardChange | None:
        """Colour of the notes."""
        if not note_ids:
            self.message.emit(self.tr("Select one or more notes first."))
            return None
        ids = list(note_ids)
        return self.run(self.tr("Change notes"), lambda: board.set_colour(self.store, ids, colour))

    def set_author(
        self, note_ids: Sequence[uuid.UUID], author: uuid.UUID | None
    ) -> BoardChange | None:
        """Author of the notes (None: anonymous)."""
        ids = list(note_ids)
        return self.run(self.tr("Change author"), lambda: board.set_author(self.store, ids, author))

    def duplicate(self, note_ids: Sequence[uuid.UUID]) -> BoardChange | None:
        """Copy the notes."""
        ids = list(note_ids)
        return self.run(self.tr("Duplicate notes"), lambda: board.duplicate(self.store, ids))

    def move_to_question(
        self, note_ids: Sequence[uuid.UUID], question: uuid.UUID | None
    ) -> BoardChange | None:
        """Give the notes to another question (default: the current one)."""
        target = question if question is not None else self.current_question
        if target is None:
            self.message.emit(self.tr("The agenda has no question to move notes to."))
            return None
        ids = list(note_ids)
        return self.run(
            self.tr("Move to question"),
            lambda: board.move_to_question(self.store, ids, target),
        )

    # --- clusters and arranging ------------------------------------------------------------

    def group(self, note_ids: Sequence[uuid.UUID], name: str) -> BoardChange | None:
        """Make a cluster of the notes."""
        ids = list(note_ids)
        return self.run(self.tr("Group notes"), lambda: board.group_notes(self.store, ids, name))

    def one_cluster(
        self, note_ids: Sequence[uuid.UUID], cluster_ids: Sequence[uuid.UUID] = ()
    ) -> uuid.UUID | None:
        """The single cluster meant by a selection (its frame, or notes of one cluster)."""
        clusters = list(cluster_ids)
        if not clusters:
            states = [self.scene.notes[n].state for n in note_ids if n in self.scene.notes]
            clusters = list({s.cluster_id for s in states if s.cluster_id is not None})
        if len(clusters) != 1:
            self.message.emit(self.tr("Select one cluster (or notes of one cluster) first."))
            return None
        return clusters[0]

    def rename_cluster(self, cluster_id: uuid.UUID, name: str) -> BoardChange | None:
        """A new name for a cluster."""
        return self.run(
            self.tr("Rename cluster"), lambda: board.rename_cluster(self.store, cluster_id, name)
        )

    def ungroup(self, cluster_id: uuid.UUID) -> BoardChange | None:
        """Dissolve a cluster (its notes stay)."""
        return self.run(self.tr("Ungroup"), lambda: board.ungroup(self.store, cluster_id))

    def arrange(self, question: uuid.UUID | None) -> BoardChange | None:
        """Tidy a question's notes into a grid, cluster by cluster."""
        sid, gid = self.session_id, self.group_id
        return self.run(
            self.tr("Arrange notes"), lambda: board.arrange(self.store, sid, gid, question)
        )

    def sort_by_votes(self, question: uuid.UUID | None) -> BoardChange | None:
        """Arrange a question's notes by the dots of the current vote."""
        r = self.vote_round
        if r is None:
            self.message.emit(self.tr("There has been no vote on this board yet."))
            return None
        counts = voting.tally(self.store, r.id)
        sid, gid = self.session_id, self.group_id
        return self.run(
            self.tr("Sort by votes"),
            lambda: board.arrange(self.store, sid, gid, question, votes=counts),
        )
