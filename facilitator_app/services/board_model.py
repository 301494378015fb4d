"""The whiteboard's vocabulary and reads: note and cluster states, the change a board
action returns, loading a whole board, the checks every note must pass, and where a new
note goes (the first free slot).

``services.board`` holds the actions and re-exports all of this, so callers keep writing
``board.NoteState`` or ``board.load_board``.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    not_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.errors import QT_TRANSLATE_NOOP, UserError
from facilitator_app.models import AgendaItem, Cluster, Idea, Participant
from facilitator_app.models.enums import Actor, Category, ItemKind
from facilitator_app.schemas.summary import NOTE_MAX_CHARS
from facilitator_app.services import board_layout as layout
from facilitator_app.store import Store

__all__ = [
    "DEFAULT_COLOUR",
    "MAX_NOTES_AT_ONCE",
    "MAX_NOTE_CHARS",
    "PALETTE",
    "Board",
    "BoardChange",
    "BoardError",
    "ClusterState",
    "NoteChoices",
    "NoteDraft",
    "NoteState",
    "QuestionFrame",
    "check_choice",
    "check_colour",
    "clean_text",
    "frame_key",
    "load_board",
    "question_frames",
    "question_items",
]

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


@dataclass(frozen=True, slots=True)
class NoteChoices:
    """Choices typed as prefixes while editing a note (None: keep the note's own)."""

    category: str | None = None
    actor: str | None = None
    author_id: uuid.UUID | None = None
    anonymous: bool = False  # ``@-``: clear the author


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


def new_idea_values(
    session_id: uuid.UUID, group_id: uuid.UUID, d: NoteDraft, text: str, x: float, y: float
) -> dict[str, Any]:
    """The columns of a new note from a draft, placed at (x, y) with the standard size."""
    return {
        "id": uuid.uuid4(),
        "session_id": session_id,
        "group_id": group_id,
        "agenda_item_id": d.agenda_item_id,
        "cluster_id": None,
        "author_id": d.author_id,
        "text": text,
        "colour": d.colour,
        "category": d.category,
        "actor": d.actor,
        "x": x,
        "y": y,
        "width": layout.NOTE_W,
        "height": layout.NOTE_H,
    }


def new_idea(
    session_id: uuid.UUID, group_id: uuid.UUID, d: NoteDraft, text: str, x: float, y: float
) -> Idea:
    """A new note row from a draft, placed at (x, y) with the standard size."""
    return Idea(**new_idea_values(session_id, group_id, d, text, x, y))


# The columns a note's state is made of, in NoteState's order (``deleted`` comes last).
_STATE_COLUMNS = tuple(f for f in NoteState.__dataclass_fields__ if f != "deleted")
_state_columns_of_row: Callable[[Idea], tuple[Any, ...]] = attrgetter(*_STATE_COLUMNS)
_state_columns_of_values: Callable[[dict[str, Any]], tuple[Any, ...]] = itemgetter(*_STATE_COLUMNS)
# NoteState's constructor taking those columns by position (mypy cannot count a tuple).
_note_state: Callable[..., NoteState] = NoteState


def _state(idea: Idea) -> NoteState:
    return _note_state(*_state_columns_of_row(idea), idea.deleted_at is not None)


def state_of_values(values: dict[str, Any]) -> NoteState:
    """The state of a note from its columns (as ``new_idea_values`` gives them)."""
    return _note_state(*_state_columns_of_values(values), values["deleted_at"] is not None)


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


_CATEGORIES = frozenset(c.value for c in Category)
_ACTORS = frozenset(a.value for a in Actor)


def check_choice(category: str | None = None, actor: str | None = None) -> None:
    """Raise ``BoardError`` for a category or actor outside the vocabulary."""
    if category is not None and category not in _CATEGORIES:
        raise BoardError(
            QT_TRANSLATE_NOOP("UserError", "Unknown category “{value}”."), value=category
        )
    if actor is not None and actor not in _ACTORS:
        raise BoardError(QT_TRANSLATE_NOOP("UserError", "Unknown actor “{value}”."), value=actor)


def check_colour(colour: str) -> None:
    """Raise ``BoardError`` unless ``colour`` is ``#rrggbb``."""
    if not _COLOUR_RE.match(colour):
        raise BoardError(
            QT_TRANSLATE_NOOP("UserError", "Colour “{value}” is not of the form #rrggbb."),
            value=colour,
        )


# --- placement ---------------------------------------------------------------------------


def _occupied_query(any_question: bool) -> Select[Any]:
    """The placement scan of one frame, built once with bound parameters (building the
    expression anew on every capture cost about as much as running it)."""
    frame = (
        Idea.agenda_item_id == bindparam("question")
        if any_question
        else Idea.agenda_item_id.is_(None)
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
    return select(
        func.group_concat(case((on_grid, row * layout.COLUMNS + col))),
        func.group_concat(case((not_(on_grid), off_grid)), ";"),
    ).where(
        Idea.session_id == bindparam("session"),
        Idea.group_id == bindparam("group"),
        Idea.deleted_at.is_(None),
        frame,
    )


_OCCUPIED = {True: _occupied_query(True), False: _occupied_query(False)}


def _occupied(
    s: OrmSession | Connection,
    session_id: uuid.UUID,
    group_id: uuid.UUID,
    agenda_item_id: uuid.UUID | None,
) -> layout.SlotFinder:
    """A slot finder knowing the notes and cluster frames already in a question's frame.

    Notes sitting exactly in a grid slot (the usual case) are reduced to their slot number
    by SQLite, so a capture on a board of thousands of notes stays cheap; only notes moved
    off the grid, resized or clustered are looked at one by one.
    """
    params: dict[str, Any] = {"session": session_id, "group": group_id}
    if agenda_item_id is not None:
        params["question"] = agenda_item_id
    found = s.execute(_OCCUPIED[agenda_item_id is not None], params).one()
    slots: str | None = found[0]
    others: str | None = found[1]
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
