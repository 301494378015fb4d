"""Quick capture's own path: one note, stored durably, in as few steps as possible.

Enter is pressed dozens of times a session while people talk, so this one action skips
the ORM and SQLAlchemy's statement machinery: inside one ``BEGIN IMMEDIATE`` transaction
it runs three statements prepared once, on the connection's own cursor: a read that
checks the question and author and gives the change log's highest ``seq``, the insert of
the note and the insert of its change-log entry; then it commits. Everything else about
it is as for any board action: one transaction (WAL, ``synchronous=FULL``), the same HLC
stamp and change-log snapshot the ORM hook would write (a test compares the two), and a
``BoardChange`` for the screen and undo. Each statement through SQLAlchemy cost about
45 µs of Python, as much as SQLite's own work on it; the values are converted by the
columns' own SQLAlchemy bind processors, so the stored form is the ORM's.

The free-slot scan reads every note of the frame (1 ms and more on a big board), so the
slot finder of the last capture is kept and reused while nothing else has been written:
every write of a synced row, from any path or connection (edits, sync pulls, imports),
appends to the change log, so an unchanged highest ``seq`` proves the frame is as the
last capture left it. Anything else written meanwhile makes the next capture scan again.
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.dialects import sqlite

from facilitator_app.errors import QT_TRANSLATE_NOOP
from facilitator_app.models import ChangeLogEntry, Idea
from facilitator_app.services import board_layout as layout
from facilitator_app.services.board_model import (
    BoardChange,
    BoardError,
    NoteDraft,
    _occupied,
    check_choice,
    check_colour,
    clean_text,
    new_idea_values,
    state_of_values,
)
from facilitator_app.store import Store
from facilitator_app.store.changelog import entry_of, to_jsonable

_DIALECT = sqlite.dialect()
Prepared = tuple[str, list[tuple[str, Callable[[Any], Any] | None]]]


def _prepared_insert(table: Table) -> Prepared:
    """``INSERT`` of every column of ``table`` as SQLite text with positional parameters,
    and each parameter's column with its bind processor (how SQLAlchemy stores a value)."""
    compiled = insert(table).compile(dialect=_DIALECT)
    keys = compiled.positiontup or []
    return compiled.string, [
        (k, table.c[k].type.dialect_impl(_DIALECT).bind_processor(_DIALECT)) for k in keys
    ]


_INSERT_IDEA = _prepared_insert(Idea.__table__)  # type: ignore[arg-type]
_INSERT_LOG = _prepared_insert(ChangeLogEntry.__table__)  # type: ignore[arg-type]
_UUID = Idea.__table__.c.id.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
# One read: the change log's highest seq; whether the question is this group's, of this
# session and not deleted (NULL: no such question); whether the author is of this group.
_PRECHECK = (
    "SELECT (SELECT coalesce(max(seq), 0) FROM change_log),"
    " (SELECT session_id = ? AND group_id = ? AND deleted_at IS NULL"
    "  FROM agenda_item WHERE id = ?),"
    " (SELECT group_id = ? FROM participant WHERE id = ?)"
)

FrameKey = tuple[uuid.UUID, uuid.UUID, uuid.UUID | None]
# Per store: the frame of the last capture, the change-log seq it wrote, its slot finder.
_LAST: weakref.WeakKeyDictionary[Store, tuple[FrameKey, int, layout.SlotFinder]] = (
    weakref.WeakKeyDictionary()
)


def _uuid(value: uuid.UUID | None) -> Any:
    return None if value is None or _UUID is None else _UUID(value)


def _bound(prepared: Prepared, values: dict[str, Any]) -> list[Any]:
    return [values[k] if proc is None else proc(values[k]) for k, proc in prepared[1]]


def _refuse_foreign(d: NoteDraft, question_ok: int | None, author_ok: int | None) -> None:
    """The same refusals as ``add_notes``: a foreign question or author adds nothing."""
    if d.agenda_item_id is not None and not question_ok:
        raise BoardError(
            QT_TRANSLATE_NOOP(
                "UserError", "That question is not on this group's agenda; nothing was added."
            )
        )
    if d.author_id is not None and not author_ok:
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
    sid, gid = _uuid(session_id), _uuid(group_id)
    with store.core_transaction() as conn:
        cursor = conn.connection.cursor()
        cursor.execute(
            _PRECHECK, (sid, gid, _uuid(draft.agenda_item_id), gid, _uuid(draft.author_id))
        )
        row = cursor.fetchone()
        assert row is not None  # scalar subqueries: always exactly one row
        last, question_ok, author_ok = row
        _refuse_foreign(draft, question_ok, author_ok)
        if kept is not None and kept[0] == key and kept[1] == last:
            finder = kept[2]
        else:
            finder = _occupied(conn, session_id, group_id, draft.agenda_item_id)
        x, y = finder.take()
        now = store.clock.now()
        # Stamped exactly as the change-log hook stamps a new row before a flush.
        idea = new_idea_values(session_id, group_id, draft, text, x, y)
        idea.update(created_at=now, updated_at=now, hlc=store.hlc.tick(), deleted_at=None)
        data = {k: to_jsonable(idea[k]) for k, _proc in _INSERT_IDEA[1]}
        cursor.execute(_INSERT_IDEA[0], _bound(_INSERT_IDEA, idea))
        log = entry_of(Idea.__tablename__, idea["id"], idea["hlc"], data, last + 1, now)
        cursor.execute(_INSERT_LOG[0], _bound(_INSERT_LOG, log))
    _LAST[store] = (key, last + 1, finder)
    after = state_of_values(idea)
    return BoardChange(
        notes_before={after.id: replace(after, deleted=True)}, notes_after={after.id: after}
    )
