"""Quick capture's own path: one note, stored durably, in as few steps as possible.

Enter is pressed dozens of times a session while people talk, so this one action skips
the ORM: it checks the question and author, scans the frame for the first free slot,
inserts the note and its change-log entry with prepared Core statements, and commits.
Everything else about it is as for any board action: one transaction (WAL,
``synchronous=FULL``), the same HLC stamp and change-log snapshot the ORM hook would
write (a test compares the two), and a ``BoardChange`` for the screen and undo.

The free-slot scan reads every note of the frame (1 ms and more on a big board), so the
slot finder of the last capture is kept and reused while nothing else has been written:
every write of a synced row, from any path or connection (edits, sync pulls, imports),
appends to the change log, so an unchanged highest ``seq`` proves the frame is as the
last capture left it. Anything else written meanwhile makes the next capture scan again.
"""

from __future__ import annotations

import uuid
import weakref
from dataclasses import replace

from sqlalchemy import Connection, bindparam, insert, select

from facilitator_app.errors import QT_TRANSLATE_NOOP
from facilitator_app.models import AgendaItem, ChangeLogEntry, Idea, Participant
from facilitator_app.services import board_layout as layout
from facilitator_app.services.board_model import (
    BoardChange,
    BoardError,
    NoteDraft,
    _occupied,
    _state,
    check_choice,
    check_colour,
    clean_text,
    new_idea,
)
from facilitator_app.store import Store
from facilitator_app.store.changelog import LAST_SEQ, entry

_QUESTION = select(AgendaItem.session_id, AgendaItem.group_id, AgendaItem.deleted_at).where(
    AgendaItem.id == bindparam("id")
)
_AUTHOR = select(Participant.group_id).where(Participant.id == bindparam("id"))
_INSERT_IDEA = insert(Idea)
_INSERT_LOG = insert(ChangeLogEntry)

FrameKey = tuple[uuid.UUID, uuid.UUID, uuid.UUID | None]
# Per store: the frame of the last capture, the change-log seq it wrote, its slot finder.
_LAST: weakref.WeakKeyDictionary[Store, tuple[FrameKey, int, layout.SlotFinder]] = (
    weakref.WeakKeyDictionary()
)


def _check(conn: Connection, session_id: uuid.UUID, group_id: uuid.UUID, d: NoteDraft) -> None:
    """The same refusals as ``add_notes``: a foreign question or author adds nothing."""
    if d.agenda_item_id is not None:
        row = conn.execute(_QUESTION, {"id": d.agenda_item_id}).first()
        if row is None or (row[0], row[1]) != (session_id, group_id) or row[2] is not None:
            raise BoardError(
                QT_TRANSLATE_NOOP(
                    "UserError", "That question is not on this group's agenda; nothing was added."
                )
            )
    if d.author_id is not None:
        owner = conn.execute(_AUTHOR, {"id": d.author_id}).scalar()
        if owner != group_id:
            raise BoardError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "That author is not a participant of this group; nothing was added.",
                )
            )


def capture_one(
    store: Store, session_id: uuid.UUID, group_id: uuid.UUID, draft: NoteDraft
) -> BoardChange:
    """Store one note in the first free slot of its question; durable when this returns."""
    text = clean_text(draft.text)
    check_choice(draft.category, draft.actor)
    check_colour(draft.colour)
    key: FrameKey = (session_id, group_id, draft.agenda_item_id)
    kept = _LAST.pop(store, None)  # put back only after a commit
    with store.core_transaction() as conn:
        _check(conn, session_id, group_id, draft)
        last = conn.execute(LAST_SEQ).scalar_one()
        if kept is not None and kept[0] == key and kept[1] == last:
            finder = kept[2]
        else:
            finder = _occupied(conn, session_id, group_id, draft.agenda_item_id)
        x, y = finder.take()
        now = store.clock.now()
        # Stamped exactly as the change-log hook stamps a new row before a flush.
        idea = new_idea(session_id, group_id, draft, text, x, y)
        idea.created_at = idea.updated_at = now
        idea.hlc = store.hlc.tick()
        idea.deleted_at = None
        conn.execute(_INSERT_IDEA, _columns(idea))
        conn.execute(_INSERT_LOG, entry(idea, last + 1, now))
    _LAST[store] = (key, last + 1, finder)
    after = _state(idea)
    return BoardChange(
        notes_before={idea.id: replace(after, deleted=True)}, notes_after={idea.id: after}
    )


def _columns(idea: Idea) -> dict[str, object]:
    return {c.key: getattr(idea, c.key) for c in Idea.__table__.columns}
