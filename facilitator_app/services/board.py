"""The whiteboard's use cases: capture, edit, move, delete, duplicate, cluster, arrange.

Every function is one user action: one transaction that returns a ``BoardChange`` with
the state of each touched note and cluster before and after. The UI redraws only those,
and undo is ``apply_change(store, change.inverted())`` — the same path as any edit.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Integer, String, and_, case, func, not_, select, type_coerce
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.errors import QT_TRANSLATE_NOOP, UserError
from facilitator_app.models import AgendaItem, Cluster, Idea, Participant
from facilitator_app.models.enums import Actor, Category, ItemKind
from facilitator_app.schemas.summary import NOTE_MAX_CHARS
from facilitator_app.services import board_layout as layout
from facilitator_app.store import Store

MAX_NOTE_CHARS = NOTE_MAX_CHARS  # the summary file's limit: every note can be exported
MAX_NOTES_AT_ONCE = 500
DEFAULT_COLOUR = "#fff59d"
PALETTE = ("#fff59d", "#f8bbd0", "#c5e1a5", "#b3e5fc", "#ffcc80", "#d1c4e9")
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


class BoardError(UserError):
    """A board action cannot be done as asked; nothing was changed."""


@dataclass(frozen=True, slots=True)
class NoteState:
    """Everything the board shows of one sticky note (a row of ``idea``)."""

    id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    cluster_id: uuid.UUID | None
    author_id: uuid.UUID | None
    text: str
    colour: str
    category: str
    actor: str
    x: float
    y: float
    width: float
    height: float
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ClusterState:
    """A named cluster of notes within one question."""

    id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    name: str
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class QuestionFrame:
    """The labelled area of one agenda question (``id`` None: notes without a question)."""

    id: uuid.UUID | None
    title: str


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """A note to be created: its text and choices; placement is the service's job."""

    text: str
    agenda_item_id: uuid.UUID | None
    category: str = Category.MEASURE.value
    actor: str = Actor.UNKNOWN.value
    author_id: uuid.UUID | None = None
    colour: str = DEFAULT_COLOUR


@dataclass(slots=True)
class BoardChange:
    """What one action changed: states before and after, keyed by id."""

    notes_before: dict[uuid.UUID, NoteState] = field(default_factory=dict)
    notes_after: dict[uuid.UUID, NoteState] = field(default_factory=dict)
    clusters_before: dict[uuid.UUID, ClusterState] = field(default_factory=dict)
    clusters_after: dict[uuid.UUID, ClusterState] = field(default_factory=dict)

    def inverted(self) -> BoardChange:
        """The change that takes the board back."""
        return BoardChange(
            self.notes_after, self.notes_before, self.clusters_after, self.clusters_before
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing changed."""
        return self.notes_after == self.notes_before and (
            self.clusters_after == self.clusters_before
        )


@dataclass(slots=True)
class Board:
    """One group's board in one session: frames in agenda order, notes, clusters."""

    frames: list[QuestionFrame]
    notes: list[NoteState]
    clusters: list[ClusterState]


# --- reading -----------------------------------------------------------------------------

_NOTE_COLUMNS = (
    Idea.id,
    type_coerce(Idea.agenda_item_id, String),
    type_coerce(Idea.cluster_id, String),
    type_coerce(Idea.author_id, String),
    Idea.text,
    Idea.colour,
    Idea.category,
    Idea.actor,
    Idea.x,
    Idea.y,
    Idea.width,
    Idea.height,
)


def _state(idea: Idea) -> NoteState:
    return NoteState(
        idea.id,
        idea.agenda_item_id,
        idea.cluster_id,
        idea.author_id,
        idea.text,
        idea.colour,
        idea.category,
        idea.actor,
        idea.x,
        idea.y,
        idea.width,
        idea.height,
        idea.deleted_at is not None,
    )


def _cluster_state(cluster: Cluster) -> ClusterState:
    return ClusterState(
        cluster.id, cluster.agenda_item_id, cluster.name, cluster.deleted_at is not None
    )


def _note_states(rows: Sequence[Any]) -> list[NoteState]:
    """Rows of ``_NOTE_COLUMNS`` (foreign keys as hex text) as states.

    The question, cluster and author columns repeat a handful of values across thousands
    of notes: each distinct one becomes a UUID once instead of once per row.
    """
    ids: dict[str, uuid.UUID] = {}

    def as_uuid(hex_text: str | None) -> uuid.UUID | None:
        if hex_text is None:
            return None
        found = ids.get(hex_text)
        if found is None:
            found = ids[hex_text] = uuid.UUID(hex_text)
        return found

    return [
        NoteState(
            nid, as_uuid(q), as_uuid(c), as_uuid(a), text, colour, category, actor, x, y, w, h
        )
        for nid, q, c, a, text, colour, category, actor, x, y, w, h in rows
    ]


def question_items(s: OrmSession, session_id: uuid.UUID, group_id: uuid.UUID) -> list[AgendaItem]:
    """The agenda's question items in the facilitator's order (each gets a frame)."""
    return list(
        s.scalars(
            select(AgendaItem)
            .where(
                AgendaItem.session_id == session_id,
                AgendaItem.group_id == group_id,
                AgendaItem.kind == ItemKind.QUESTION.value,
                AgendaItem.deleted_at.is_(None),
            )
            .order_by(AgendaItem.position)
        )
    )


def question_frames(
    store: Store, session_id: uuid.UUID, group_id: uuid.UUID
) -> list[QuestionFrame]:
    """The frames the agenda asks for now (cheap: tells the board when to re-lay out)."""
    with store.read() as s:
        return [QuestionFrame(q.id, q.title) for q in question_items(s, session_id, group_id)]


def load_board(store: Store, session_id: uuid.UUID, group_id: uuid.UUID) -> Board:
    """The whole board in bulk (plain column rows, no ORM objects per note).

    Notes whose question is no longer on the agenda are put in the extra frame with id
    None at the end, so nothing captured is ever hidden.
    """
    with store.read() as s:
        frames = [QuestionFrame(q.id, q.title) for q in question_items(s, session_id, group_id)]
        rows = s.execute(
            select(*_NOTE_COLUMNS)
            .where(
                Idea.session_id == session_id,
                Idea.group_id == group_id,
                Idea.deleted_at.is_(None),
            )
            .order_by(Idea.created_at)
        ).all()
        clusters = [
            _cluster_state(c)
            for c in s.scalars(
                select(Cluster).where(
                    Cluster.session_id == session_id,
                    Cluster.group_id == group_id,
                    Cluster.deleted_at.is_(None),
                )
            )
        ]
    notes = _note_states(rows)
    known = {f.id for f in frames}
    if any(n.agenda_item_id not in known for n in notes):
        frames.append(QuestionFrame(None, ""))
    return Board(frames, notes, clusters)


def frame_key(
    agenda_item_id: uuid.UUID | None, frames: Sequence[QuestionFrame]
) -> uuid.UUID | None:
    """The frame a note with this question is drawn in (None: the extra frame)."""
    return agenda_item_id if any(f.id == agenda_item_id for f in frames) else None


# --- validation --------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """The note text as stored, or ``BoardError`` when it is empty or too long."""
    cleaned = text.strip()
    if not cleaned:
        raise BoardError(
            QT_TRANSLATE_NOOP("UserError", "A note needs some text; nothing was added.")
        )
    if len(cleaned) > MAX_NOTE_CHARS:
        raise BoardError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "That note has {count} characters; a note holds at most {max}. "
                "Split it into several notes.",
            ),
            count=f"{len(cleaned):,}",
            max=f"{MAX_NOTE_CHARS:,}",
        )
    return cleaned


def check_choice(category: str | None = None, actor: str | None = None) -> None:
    """Raise ``BoardError`` for a category or actor outside the vocabulary."""
    if category is not None and category not in {c.value for c in Category}:
        raise BoardError(
            QT_TRANSLATE_NOOP("UserError", "Unknown category “{value}”."), value=category
        )
    if actor is not None and actor not in {a.value for a in Actor}:
        raise BoardError(QT_TRANSLATE_NOOP("UserError", "Unknown actor “{value}”."), value=actor)


def check_colour(colour: str) -> None:
    """Raise ``BoardError`` unless ``colour`` is ``#rrggbb``."""
    if not _COLOUR_RE.match(colour):
        raise BoardError(
            QT_TRANSLATE_NOOP("UserError", "Colour “{value}” is not of the form #rrggbb."),
            value=colour,
        )


# --- placement ---------------------------------------------------------------------------


def _occupied(
    s: OrmSession, session_id: uuid.UUID, group_id: uuid.UUID, agenda_item_id: uuid.UUID | None
) -> layout.SlotFinder:
    """A slot finder knowing the notes and cluster frames already in a question's frame.

    Notes sitting exactly in a grid slot (the usual case) are reduced to their slot number
    by SQLite, so a capture on a board of thousands of notes stays cheap; only notes moved
    off the grid, resized or clustered are looked at one by one.
    """
    where = (
        Idea.session_id == session_id,
        Idea.group_id == group_id,
        Idea.deleted_at.is_(None),
        Idea.agenda_item_id == agenda_item_id
        if agenda_item_id is not None
        else Idea.agenda_item_id.is_(None),
    )
    col = func.cast(Idea.x / layout.STEP_X, Integer)
    row = func.cast(Idea.y / layout.STEP_Y, Integer)
    on_grid = and_(
        Idea.width == layout.NOTE_W,
        Idea.height == layout.NOTE_H,
        Idea.x == col * layout.STEP_X,
        Idea.y == row * layout.STEP_Y,
        Idea.x < layout.CONTENT_W,
        Idea.cluster_id.is_(None),
    )
    # One scan, two strings instead of thousands of result rows (the row machinery is the
    # slow part): slot numbers of notes on the grid, and the rectangles of the others.
    off_grid = func.printf(
        "%s,%s,%s,%s,%s",
        Idea.x,
        Idea.y,
        Idea.width,
        Idea.height,
        func.coalesce(type_coerce(Idea.cluster_id, String), ""),
    )
    slots, others = s.execute(
        select(
            func.group_concat(case((on_grid, row * layout.COLUMNS + col))),
            func.group_concat(case((not_(on_grid), off_grid)), ";"),
        ).where(*where)
    ).one()
    finder = layout.SlotFinder(())
    if slots:
        finder.taken.update(map(int, slots.split(",")))
    by_cluster: dict[str, list[layout.Rect]] = defaultdict(list)
    for item in others.split(";") if others else ():
        x, y, w, h, cluster = item.split(",")
        r = layout.Rect(float(x), float(y), float(w), float(h))
        finder.occupy(r)
        if cluster:
            by_cluster[cluster].append(r)
    for members in by_cluster.values():
        frame = layout.cluster_rect(members)
        if frame is not None:
            finder.occupy(frame)
    return finder


def _finder(
    s: OrmSession,
    finders: dict[uuid.UUID | None, layout.SlotFinder],
    session_id: uuid.UUID,
    group_id: uuid.UUID,
    agenda_item_id: uuid.UUID | None,
) -> layout.SlotFinder:
    if agenda_item_id not in finders:
        finders[agenda_item_id] = _occupied(s, session_id, group_id, agenda_item_id)
    return finders[agenda_item_id]


def _check_question(
    s: OrmSession, session_id: uuid.UUID, group_id: uuid.UUID, agenda_item_id: uuid.UUID | None
) -> None:
    if agenda_item_id is None:
        return
    item = s.get(AgendaItem, agenda_item_id)
    if (
        item is None
        or item.session_id != session_id
        or item.group_id != group_id
        or item.deleted_at is not None
    ):
        raise BoardError(
            QT_TRANSLATE_NOOP(
                "UserError", "That question is not on this group's agenda; nothing was added."
            )
        )


def _check_author(s: OrmSession, group_id: uuid.UUID, author_id: uuid.UUID | None) -> None:
    if author_id is None:
        return
    person = s.get(Participant, author_id)
    if person is None or person.group_id != group_id:
        raise BoardError(
            QT_TRANSLATE_NOOP(
                "UserError", "That author is not a participant of this group; nothing was added."
            )
        )


# --- actions -----------------------------------------------------------------------------


def add_notes(
    store: Store,
    session_id: uuid.UUID,
    group_id: uuid.UUID,
    drafts: Sequence[NoteDraft],
    limit: int = MAX_NOTES_AT_ONCE,
) -> BoardChange:
    """Create notes, each in the first free slot of its question's frame."""
    if not drafts:
        raise BoardError(QT_TRANSLATE_NOOP("UserError", "There is nothing to add."))
    if len(drafts) > limit:
        raise BoardError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "That is {count} notes; at most {max} can be added at once. "
                "Use 'facilitator-app ideas import' for long lists.",
            ),
            count=f"{len(drafts):,}",
            max=limit,
        )
    texts = [clean_text(d.text) for d in drafts]
    for d in drafts:
        check_choice(d.category, d.actor)
        check_colour(d.colour)
    change = BoardChange()
    with store.transaction() as s:
        finders: dict[uuid.UUID | None, layout.SlotFinder] = {}
        for q in {d.agenda_item_id for d in drafts}:
            _check_question(s, session_id, group_id, q)
        for a in {d.author_id for d in drafts}:
            _check_author(s, group_id, a)
        for d, text in zip(drafts, texts, strict=True):
            x, y = _finder(s, finders, session_id, group_id, d.agenda_item_id).take()
            idea = Idea(
                id=uuid.uuid4(),
                session_id=session_id,
                group_id=group_id,
                agenda_item_id=d.agenda_item_id,
                author_id=d.author_id,
                text=text,
                colour=d.colour,
                category=d.category,
                actor=d.actor,
                x=x,
                y=y,
                width=layout.NOTE_W,
                height=layout.NOTE_H,
            )
            s.add(idea)
            after = _state(idea)
            change.notes_before[idea.id] = replace(after, deleted=True)
            change.notes_after[idea.id] = after
    return change


def capture(
    store: Store, session_id: uuid.UUID, group_id: uuid.UUID, draft: NoteDraft
) -> BoardChange:
    """Quick capture: one note, stored durably before this returns."""
    return add_notes(store, session_id, group_id, [draft])


def _load_notes(s: OrmSession, ids: Iterable[uuid.UUID]) -> list[Idea]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise BoardError(QT_TRANSLATE_NOOP("UserError", "Select one or more notes first."))
    found = {i.id: i for i in s.scalars(select(Idea).where(Idea.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise BoardError(
            QT_TRANSLATE_NOOP("UserError", "A selected note no longer exists; nothing was changed.")
        )
    return [found[i] for i in wanted]


def _update(
    store: Store, ids: Iterable[uuid.UUID], edit: Any, *, include_deleted: bool = False
) -> BoardChange:
    """Run ``edit(session, idea)`` on each note in one transaction and record the change."""
    change = BoardChange()
    with store.transaction() as s:
        for idea in _load_notes(s, ids):
            if idea.deleted_at is not None and not include_deleted:
                raise BoardError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "A selected note has been deleted; nothing was changed."
                    )
                )
            before = _state(idea)
            edit(s, idea)
            after = _state(idea)
            if after != before:
                change.notes_before[idea.id] = before
                change.notes_after[idea.id] = after
    return change


def separate_stacked(store: Store, received: Iterable[uuid.UUID]) -> BoardChange:
    """Move notes ``received`` from another laptop off the notes already here, where they
    lie exactly on top of each other (same frame, same x and y).

    Sync calls this after a pull: two laptops capturing on the same question place their
    notes in the same next free slot. Of the two sides sharing a spot (the received notes
    and the ones already here) the side whose smallest id is larger moves, each note to
    the next free slot. The receiving laptop on the other side applies the same rule to
    the same notes, so both move the same ones (to the same slots when their boards agree;
    equal values never conflict). The move is an ordinary change that syncs back, so the
    other laptop and the organisers see the same board. Notes stacked on purpose on one
    laptop (all received, or all already here) stay as they are.
    """
    wanted = set(received)
    change = BoardChange()
    if not wanted:
        return change
    with store.transaction() as s:
        ids = sorted(wanted)
        frames: set[tuple[uuid.UUID, uuid.UUID, uuid.UUID | None]] = set()
        for i in range(0, len(ids), 500):  # a pull may bring many: keep under SQLite's limit
            frames.update(
                (r.session_id, r.group_id, r.agenda_item_id)
                for r in s.execute(
                    select(Idea.session_id, Idea.group_id, Idea.agenda_item_id).where(
                        Idea.id.in_(ids[i : i + 500]), Idea.deleted_at.is_(None)
                    )
                )
            )
        finders: dict[uuid.UUID | None, layout.SlotFinder] = {}
        for session_id, group_id, agenda_item_id in sorted(frames, key=str):
            frame = (
                Idea.agenda_item_id == agenda_item_id
                if agenda_item_id is not None
                else Idea.agenda_item_id.is_(None)
            )
            notes = s.scalars(
                select(Idea).where(
                    Idea.session_id == session_id,
                    Idea.group_id == group_id,
                    Idea.deleted_at.is_(None),
                    frame,
                )
            ).all()
            spots: dict[tuple[float, float], list[Idea]] = defaultdict(list)
            for note in notes:
                spots[(note.x, note.y)].append(note)
            finders.clear()
            for stacked in spots.values():
                theirs = sorted((n for n in stacked if n.id in wanted), key=lambda n: n.id)
                ours = sorted((n for n in stacked if n.id not in wanted), key=lambda n: n.id)
                if not theirs or not ours:
                    continue
                movers = theirs if theirs[0].id > ours[0].id else ours
                finder = _finder(s, finders, session_id, group_id, agenda_item_id)
                for note in movers:
                    before = _state(note)
                    note.x, note.y = finder.take()
                    change.notes_before[note.id] = before
                    change.notes_after[note.id] = _state(note)
    return change


def edit_text(store: Store, note_id: uuid.UUID, text: str) -> BoardChange:
    """Replace a note's text (empty text is refused; delete the note instead)."""
    cleaned = clean_text(text)
    return _update(store, [note_id], lambda _s, i: setattr(i, "text", cleaned))


def set_colour(store: Store, note_ids: Iterable[uuid.UUID], colour: str) -> BoardChange:
    """Give notes a colour (``#rrggbb``)."""
    check_colour(colour)
    return _update(store, note_ids, lambda _s, i: setattr(i, "colour", colour))


def set_category(store: Store, note_ids: Iterable[uuid.UUID], category: str) -> BoardChange:
    """Set the category (challenge, measure, expert question, other) of notes."""
    check_choice(category=category)
    return _update(store, note_ids, lambda _s, i: setattr(i, "category", category))


def set_actor(store: Store, note_ids: Iterable[uuid.UUID], actor: str) -> BoardChange:
    """Set who must act on notes."""
    check_choice(actor=actor)
    return _update(store, note_ids, lambda _s, i: setattr(i, "actor", actor))


def set_author(
    store: Store, note_ids: Iterable[uuid.UUID], author_id: uuid.UUID | None
) -> BoardChange:
    """Set (or clear, with None) the author of notes."""

    def edit(s: OrmSession, idea: Idea) -> None:
        _check_author(s, idea.group_id, author_id)
        idea.author_id = author_id

    return _update(store, note_ids, edit)


def move(store: Store, positions: dict[uuid.UUID, tuple[float, float]]) -> BoardChange:
    """Move notes to new positions (frame-content coordinates, kept inside the frame)."""

    def edit(_s: OrmSession, idea: Idea) -> None:
        x, y = positions[idea.id]
        idea.x = layout.clamp_x(x, idea.width)
        idea.y = max(0.0, y)

    return _update(store, positions, edit)


def resize(store: Store, note_id: uuid.UUID, width: float, height: float) -> BoardChange:
    """Resize a note (at least 60×40, at most the frame's width)."""

    def edit(_s: OrmSession, idea: Idea) -> None:
        idea.width = min(max(60.0, width), layout.CONTENT_W)
        idea.height = min(max(40.0, height), 2000.0)
        idea.x = layout.clamp_x(idea.x, idea.width)

    return _update(store, [note_id], edit)


def delete(store: Store, note_ids: Iterable[uuid.UUID]) -> BoardChange:
    """Delete notes to a tombstone (undo restores them)."""
    now = store.clock.now()
    return _update(store, note_ids, lambda _s, i: setattr(i, "deleted_at", now))


def restore(store: Store, note_ids: Iterable[uuid.UUID]) -> BoardChange:
    """Bring tombstoned notes back."""
    return _update(
        store, note_ids, lambda _s, i: setattr(i, "deleted_at", None), include_deleted=True
    )


def duplicate(store: Store, note_ids: Iterable[uuid.UUID]) -> BoardChange:
    """Copy notes (text, colour, category, actor, author) into free slots of their frame."""
    with store.read() as s:
        sources = _load_notes(s, note_ids)
    drafts = [
        NoteDraft(i.text, i.agenda_item_id, i.category, i.actor, i.author_id, i.colour)
        for i in sources
        if i.deleted_at is None
    ]
    session_id, group_id = sources[0].session_id, sources[0].group_id
    return add_notes(store, session_id, group_id, drafts)


def move_to_question(
    store: Store, note_ids: Iterable[uuid.UUID], agenda_item_id: uuid.UUID
) -> BoardChange:
    """Give notes to another question: they leave any cluster and go to free slots there."""
    finders: dict[uuid.UUID | None, layout.SlotFinder] = {}

    def edit(s: OrmSession, idea: Idea) -> None:
        if idea.agenda_item_id == agenda_item_id:
            return
        _check_question(s, idea.session_id, idea.group_id, agenda_item_id)
        finder = _finder(s, finders, idea.session_id, idea.group_id, agenda_item_id)
        idea.x, idea.y = finder.take()
        idea.agenda_item_id = agenda_item_id
        idea.cluster_id = None

    return _update(store, note_ids, edit)


# --- clusters ----------------------------------------------------------------------------


def group_notes(store: Store, note_ids: Iterable[uuid.UUID], name: str) -> BoardChange:
    """Make a named cluster of notes of one question (they leave former clusters)."""
    name = name.strip()
    if not name:
        raise BoardError(QT_TRANSLATE_NOOP("UserError", "A cluster needs a name."))
    ids = list(note_ids)
    change = BoardChange()
    with store.transaction() as s:
        ideas = [i for i in _load_notes(s, ids) if i.deleted_at is None]
        questions = {i.agenda_item_id for i in ideas}
        if len(questions) != 1:
            raise BoardError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Notes of different questions cannot share a cluster."
                )
            )
        cluster = Cluster(
            id=uuid.uuid4(),
            session_id=ideas[0].session_id,
            group_id=ideas[0].group_id,
            agenda_item_id=ideas[0].agenda_item_id,
            name=name[:500],
        )
        s.add(cluster)
        after_c = _cluster_state(cluster)
        change.clusters_before[cluster.id] = replace(after_c, deleted=True)
        change.clusters_after[cluster.id] = after_c
        for idea in ideas:
            change.notes_before[idea.id] = _state(idea)
            idea.cluster_id = cluster.id
            change.notes_after[idea.id] = _state(idea)
    return change


def rename_cluster(store: Store, cluster_id: uuid.UUID, name: str) -> BoardChange:
    """Rename a cluster."""
    name = name.strip()
    if not name:
        raise BoardError(QT_TRANSLATE_NOOP("UserError", "A cluster needs a name."))
    change = BoardChange()
    with store.transaction() as s:
        cluster = s.get(Cluster, cluster_id)
        if cluster is None or cluster.deleted_at is not None:
            raise BoardError(QT_TRANSLATE_NOOP("UserError", "That cluster no longer exists."))
        change.clusters_before[cluster.id] = _cluster_state(cluster)
        cluster.name = name[:500]
        change.clusters_after[cluster.id] = _cluster_state(cluster)
    return change


def ungroup(store: Store, cluster_id: uuid.UUID) -> BoardChange:
    """Dissolve a cluster: its notes stay where they are, in their question."""
    change = BoardChange()
    with store.transaction() as s:
        cluster = s.get(Cluster, cluster_id)
        if cluster is None or cluster.deleted_at is not None:
            raise BoardError(QT_TRANSLATE_NOOP("UserError", "That cluster no longer exists."))
        change.clusters_before[cluster.id] = _cluster_state(cluster)
        cluster.deleted_at = store.clock.now()
        change.clusters_after[cluster.id] = _cluster_state(cluster)
        for idea in s.scalars(select(Idea).where(Idea.cluster_id == cluster_id)):
            change.notes_before[idea.id] = _state(idea)
            idea.cluster_id = None
            change.notes_after[idea.id] = _state(idea)
    return change


def arrange(
    store: Store,
    session_id: uuid.UUID,
    group_id: uuid.UUID,
    agenda_item_id: uuid.UUID | None,
    votes: dict[uuid.UUID, int] | None = None,
) -> BoardChange:
    """Lay out a question's notes in a tidy grid, one block per cluster.

    Without ``votes`` clusters come in name order and notes in capture order, unclustered
    notes last. With ``votes`` (idea id → dots) every block is sorted by votes, most first,
    and blocks by their best note.
    """
    with store.read() as s:
        q = select(Idea).where(
            Idea.session_id == session_id,
            Idea.group_id == group_id,
            Idea.deleted_at.is_(None),
            Idea.agenda_item_id == agenda_item_id
            if agenda_item_id is not None
            else Idea.agenda_item_id.is_(None),
        )
        ideas = list(s.scalars(q.order_by(Idea.created_at)))
        names = {
            c.id: c.name
            for c in s.scalars(select(Cluster).where(Cluster.id.in_({i.cluster_id for i in ideas})))
        }
    blocks: dict[uuid.UUID | None, list[Idea]] = defaultdict(list)
    for idea in ideas:
        key = idea.cluster_id if idea.cluster_id in names else None
        blocks[key].append(idea)
    named = sorted((k for k in blocks if k is not None), key=lambda k: names[k].casefold())
    order: list[uuid.UUID | None] = list(named)
    if None in blocks:
        order.append(None)
    if votes is not None:
        for members in blocks.values():
            members.sort(key=lambda i: -votes.get(i.id, 0))
        order.sort(key=lambda k: -max(votes.get(i.id, 0) for i in blocks[k]))
    positions: dict[uuid.UUID, tuple[float, float]] = {}
    spots = layout.grid_blocks((k is not None, len(blocks[k])) for k in order)
    for key, block_spots in zip(order, spots, strict=True):
        for idea, pos in zip(blocks[key], block_spots, strict=True):
            positions[idea.id] = pos
    if not positions:
        return BoardChange()

    def edit(_s: OrmSession, idea: Idea) -> None:
        idea.x, idea.y = positions[idea.id]
        idea.width, idea.height = layout.NOTE_W, layout.NOTE_H

    return _update(store, positions, edit)


# --- undo / redo -------------------------------------------------------------------------


def apply_change(store: Store, change: BoardChange) -> BoardChange:
    """Write the ``notes_after``/``clusters_after`` states of ``change`` (undo and redo)."""
    now = store.clock.now()
    with store.transaction() as s:
        for cid, cstate in change.clusters_after.items():
            cluster = s.get(Cluster, cid)
            if cluster is None:
                raise BoardError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "A cluster to restore is missing from the store."
                    )
                )
            cluster.name = cstate.name
            cluster.agenda_item_id = cstate.agenda_item_id
            if cstate.deleted != (cluster.deleted_at is not None):
                cluster.deleted_at = now if cstate.deleted else None
        s.flush()
        ideas = {i.id: i for i in _load_notes(s, change.notes_after)} if change.notes_after else {}
        for nid, state in change.notes_after.items():
            idea = ideas[nid]
            idea.agenda_item_id = state.agenda_item_id
            idea.cluster_id = state.cluster_id
            idea.author_id = state.author_id
            idea.text = state.text
            idea.colour = state.colour
            idea.category = state.category
            idea.actor = state.actor
            idea.x, idea.y = state.x, state.y
            idea.width, idea.height = state.width, state.height
            if state.deleted != (idea.deleted_at is not None):
                idea.deleted_at = now if state.deleted else None
    return change
