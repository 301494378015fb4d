"""Quick capture's own path writes what the ORM path writes, and never stacks notes."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select, text

from facilitator_app.errors import DataFolderError
from facilitator_app.models import AgendaItem, ChangeLogEntry, Idea
from facilitator_app.services import board
from facilitator_app.services.board import BoardError, NoteDraft
from facilitator_app.services.workshop import SessionContext, find_by_keys, list_participants
from facilitator_app.store import Store
from tests.disk import disk_full

COLUMNS = [c.key for c in Idea.__table__.columns]
STAMPS = {"id", "created_at", "updated_at", "hlc"}


def raw_row(store: Store, nid: uuid.UUID) -> dict[str, object]:
    """The row as SQLite holds it (text as stored, not as the ORM turns it back)."""
    with store.engine.connect() as conn:
        row = conn.execute(
            text(f"SELECT {', '.join(COLUMNS)} FROM idea WHERE id = :id"), {"id": nid.hex}
        ).one()
    return dict(zip(COLUMNS, row, strict=True))


def log_of(store: Store, nid: uuid.UUID) -> ChangeLogEntry:
    with store.read() as s:
        found = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.row_id == nid)).all()
    assert len(found) == 1
    return found[0]


def test_capture_writes_the_row_and_log_entry_the_orm_path_writes(
    demo_store: Store, demo_context: SessionContext
) -> None:
    sid, gid = demo_context.session.id, demo_context.group.id
    q = board.load_board(demo_store, sid, gid).frames[1].id
    author = list_participants(demo_store, gid)[0].id
    draft = NoteDraft("  Sykkelvei  ", q, "challenge", "county", author, board.PALETTE[3])
    (fast,) = board.capture(demo_store, sid, gid, draft).notes_after
    (slow,) = board.add_notes(demo_store, sid, gid, [draft]).notes_after
    a, b = raw_row(demo_store, fast), raw_row(demo_store, slow)
    for row in (a, b):
        assert isinstance(row["created_at"], str) and isinstance(row["id"], str)
    assert {k: v for k, v in a.items() if k not in STAMPS | {"x"}} == {
        k: v for k, v in b.items() if k not in STAMPS | {"x"}
    }
    assert a["x"] != b["x"]  # the ORM path saw the fast one and took the next slot
    assert len(str(a["created_at"])) == len(str(b["created_at"]))  # same stored form
    assert len(str(a["hlc"])) == len(str(b["hlc"])) and a["hlc"] < b["hlc"]
    la, lb = log_of(demo_store, fast), log_of(demo_store, slow)
    assert lb.seq == la.seq + 1 and la.row_hlc == a["hlc"] and la.acked_at is None
    pa, pb = json.loads(la.payload), json.loads(lb.payload)
    assert pa.keys() == pb.keys() == set(COLUMNS)
    assert {k: v for k, v in pa.items() if k not in STAMPS | {"x"}} == {
        k: v for k, v in pb.items() if k not in STAMPS | {"x"}
    }


def test_a_kept_slot_finder_is_dropped_when_anything_else_was_written(
    demo_store: Store, demo_context: SessionContext
) -> None:
    sid, gid = demo_context.session.id, demo_context.group.id
    q = board.load_board(demo_store, sid, gid).frames[0].id
    first = next(iter(board.capture(demo_store, sid, gid, NoteDraft("en", q)).notes_after))
    # Another action puts a note into the slot the next capture would have taken.
    board.move(demo_store, {first: (board.layout.STEP_X * 2, 0)})
    board.capture(demo_store, sid, gid, NoteDraft("to", q))
    board.capture(demo_store, sid, gid, NoteDraft("tre", q))
    notes = board.load_board(demo_store, sid, gid).notes
    spots = [(n.x, n.y) for n in notes]
    assert len(set(spots)) == len(spots) == 3


def test_a_refused_capture_writes_nothing(demo_store: Store, demo_context: SessionContext) -> None:
    sid, gid = demo_context.session.id, demo_context.group.id
    _ws, _session, other = find_by_keys(demo_store, "s1", "g2")
    other_question = board.load_board(demo_store, sid, other.id).frames[0].id
    other_author = list_participants(demo_store, other.id)[0].id
    gone = board.load_board(demo_store, sid, gid).frames[0].id
    with demo_store.transaction() as s:
        item = s.get(AgendaItem, gone)
        assert item is not None
        item.deleted_at = demo_store.clock.now()
    with demo_store.read() as s:
        before = s.scalar(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq.desc()))
    for draft, why in (
        (NoteDraft("x", uuid.uuid4()), "question"),
        (NoteDraft("x", other_question), "question"),
        (NoteDraft("x", gone), "question"),
        (NoteDraft("x", None, author_id=uuid.uuid4()), "author"),
        (NoteDraft("x", None, author_id=other_author), "author"),
        (NoteDraft("   ", None), "text"),
    ):
        with pytest.raises(BoardError, match=why):
            board.capture(demo_store, sid, gid, draft)
    with demo_store.read() as s:
        after = s.scalar(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq.desc()))
    assert after == before


def test_a_full_disk_stops_a_capture_with_its_sentence_and_writes_nothing(
    demo_store: Store, demo_context: SessionContext
) -> None:
    """A capture's own statements fail as the ORM's do: in words, rolled back whole."""
    sid, gid = demo_context.session.id, demo_context.group.id
    q = board.load_board(demo_store, sid, gid).frames[0].id
    stored = 0
    with disk_full(demo_store.engine), pytest.raises(DataFolderError, match="is full"):
        for n in range(5000):  # until the pages the database has are used up
            board.capture(demo_store, sid, gid, NoteDraft(f"Idé {n}: {'lang tekst ' * 30}", q))
            stored += 1
    assert stored > 0
    with demo_store.read() as s:
        ideas = s.scalars(select(Idea.id).where(Idea.group_id == gid)).all()
        logged = s.scalars(select(ChangeLogEntry.row_id).where(ChangeLogEntry.row_id.in_(ideas)))
        assert len(ideas) == len(set(logged)) == stored  # each stored note logged, no more
    board.capture(demo_store, sid, gid, NoteDraft("Plass igjen", q))  # and capture goes on
