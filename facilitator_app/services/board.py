"""The whiteboard's use cases: capture, edit, move, delete, duplicate, cluster, arrange.

The states, the ``BoardChange``, loading and the checks are in ``board_model`` (and
re-exported here).

Every function is one user action: one transaction that returns a ``BoardChange`` with
the state of each touched note and cluster before and after. The UI redraws only those,
and undo is ``apply_change(store, change.inverted())`` — the same path as any edit.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.errors import QT_TRANSLATE_NOOP
from facilitator_app.models import Cluster, Idea
from facilitator_app.services import board_layout as layout
from facilitator_app.services.board_capture import capture_one

# The states, the change and the reads are part of this module's interface (board.NoteState).
from facilitator_app.services.board_model import *  # noqa: F403
from facilitator_app.services.board_model import (
    MAX_NOTES_AT_ONCE,
    BoardChange,
    BoardError,
    NoteChoices,
    NoteDraft,
    _check_author,
    _check_question,
    _cluster_state,
    _finder,
    _state,
    check_choice,
    check_colour,
    clean_text,
    new_idea,
)
from facilitator_app.services.board_sync import separate_stacked as separate_stacked
from facilitator_app.store import Store

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
            idea = new_idea(session_id, group_id, d, text, x, y)
            s.add(idea)
            after = _state(idea)
            change.notes_before[idea.id] = replace(after, deleted=True)
            change.notes_after[idea.id] = after
    return change


def capture(
    store: Store, session_id: uuid.UUID, group_id: uuid.UUID, draft: NoteDraft
) -> BoardChange:
    """Quick capture: one note, stored durably before this returns (its own fast path,
    ``board_capture``; the same checks, placement and change log as ``add_notes``)."""
    return capture_one(store, session_id, group_id, draft)


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


def edit_text(
    store: Store, note_id: uuid.UUID, text: str, choices: NoteChoices | None = None
) -> BoardChange:
    """Replace a note's text (empty text is refused; delete the note instead), and with
    ``choices`` (prefixes typed into the editor) its category, actor or author too."""
    cleaned = clean_text(text)
    given = choices or NoteChoices()
    check_choice(given.category, given.actor)

    def edit(s: OrmSession, idea: Idea) -> None:
        idea.text = cleaned
        idea.category = given.category or idea.category
        idea.actor = given.actor or idea.actor
        if given.anonymous or given.author_id is not None:
            _check_author(s, idea.group_id, given.author_id)
            idea.author_id = given.author_id

    return _update(store, [note_id], edit)


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
        idea.width, idea.height = layout.clamp_size(width, height)
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
        _pack_cluster(s, ideas, change)
        for idea in ideas:
            change.notes_after[idea.id] = _state(idea)
    return change


def _pack_cluster(s: OrmSession, ideas: list[Idea], change: BoardChange) -> None:
    """Move a new cluster's notes into one block and the notes in its way out of it.

    Part of the grouping's one change (one undo): the cluster's frame then holds only its
    own notes, and no other note hides its name.
    """
    rects = [layout.Rect(i.x, i.y, i.width, i.height) for i in ideas]
    for idea, (x, y) in zip(ideas, layout.cluster_block(rects), strict=True):
        idea.x, idea.y = x, y
    block = layout.cluster_rect(layout.Rect(i.x, i.y, i.width, i.height) for i in ideas)
    if block is None:
        return
    first, ids = ideas[0], {i.id for i in ideas}
    frame = (
        Idea.agenda_item_id.is_(None)
        if first.agenda_item_id is None
        else Idea.agenda_item_id == first.agenda_item_id
    )
    others = [
        i
        for i in s.scalars(
            select(Idea).where(
                Idea.session_id == first.session_id,
                Idea.group_id == first.group_id,
                Idea.deleted_at.is_(None),
                frame,
            )
        )
        if i.id not in ids
    ]
    other_rects = [layout.Rect(i.x, i.y, i.width, i.height) for i in others]
    by_cluster: dict[uuid.UUID, list[layout.Rect]] = defaultdict(list)
    for idea, r in zip(others, other_rects, strict=True):
        if idea.cluster_id is not None:
            by_cluster[idea.cluster_id].append(r)
    frames = [f for f in map(layout.cluster_rect, by_cluster.values()) if f is not None]
    for index, r in layout.make_room(block, other_rects, frames).items():
        idea = others[index]
        change.notes_before[idea.id] = _state(idea)
        idea.x, idea.y = r.x, r.y
        change.notes_after[idea.id] = _state(idea)


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
