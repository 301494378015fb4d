"""Board service: capture, placement without overlap, edits, clusters, arrange, undo states."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from facilitator_app.models import AgendaItem, ChangeLogEntry, Idea
from facilitator_app.services import board
from facilitator_app.services import board_layout as layout
from facilitator_app.services.board import BoardError, NoteDraft
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store


def ids(ctx: SessionContext) -> tuple[uuid.UUID, uuid.UUID]:
    return ctx.session.id, ctx.group.id


def questions(store: Store, ctx: SessionContext) -> list[uuid.UUID | None]:
    return [f.id for f in board.load_board(store, *ids(ctx)).frames]


def capture(store: Store, ctx: SessionContext, text: str, q: uuid.UUID | None = None) -> uuid.UUID:
    q = q if q is not None else questions(store, ctx)[0]
    change = board.capture(store, *ids(ctx), NoteDraft(text, q))
    (nid,) = change.notes_after
    return nid


def shown(store: Store, ctx: SessionContext) -> dict[uuid.UUID, board.NoteState]:
    return {n.id: n for n in board.load_board(store, *ids(ctx)).notes}


def no_overlaps(notes: list[board.NoteState]) -> bool:
    by_q: dict[uuid.UUID | None, list[layout.Rect]] = {}
    for n in notes:
        by_q.setdefault(n.agenda_item_id, []).append(layout.Rect(n.x, n.y, n.width, n.height))
    for rects in by_q.values():
        for i, a in enumerate(rects):
            if any(a.intersects(b) for b in rects[i + 1 :]):
                return False
    return True


def test_board_has_one_frame_per_question_in_agenda_order(
    demo_store: Store, demo_context: SessionContext
) -> None:
    loaded = board.load_board(demo_store, *ids(demo_context))
    with demo_store.read() as s:
        titles = [
            a.title
            for a in s.scalars(
                select(AgendaItem)
                .where(
                    AgendaItem.session_id == demo_context.session.id,
                    AgendaItem.group_id == demo_context.group.id,
                    AgendaItem.kind == "question",
                )
                .order_by(AgendaItem.position)
            )
        ]
    assert [f.title for f in loaded.frames] == titles
    assert loaded.notes == []


def test_capture_stores_note_and_logs_change(
    demo_store: Store, demo_context: SessionContext
) -> None:
    nid = capture(demo_store, demo_context, "  Sykkelvei til skolen  ")
    note = shown(demo_store, demo_context)[nid]
    assert note.text == "Sykkelvei til skolen"
    assert (note.x, note.y) == (0.0, 0.0)
    with demo_store.read() as s:
        assert s.scalar(select(ChangeLogEntry).where(ChangeLogEntry.row_id == nid)) is not None


def test_captures_fill_grid_without_overlap_even_around_moved_notes(
    demo_store: Store, demo_context: SessionContext
) -> None:
    first = [capture(demo_store, demo_context, f"idé {i}") for i in range(7)]
    assert [(n.x, n.y) for n in shown(demo_store, demo_context).values()][:6] == [
        layout.slot_position(i) for i in range(6)
    ]
    # A note dragged half over slots 8 and 9 makes the next captures go around it.
    board.move(demo_store, {first[0]: (layout.STEP_X * 2 + 40, layout.STEP_Y * 1 + 30)})
    for i in range(6):
        capture(demo_store, demo_context, f"mer {i}")
    assert no_overlaps(list(shown(demo_store, demo_context).values()))


def test_deleted_note_slot_is_reused(demo_store: Store, demo_context: SessionContext) -> None:
    a = capture(demo_store, demo_context, "a")
    capture(demo_store, demo_context, "b")
    board.delete(demo_store, [a])
    c = capture(demo_store, demo_context, "c")
    assert (shown(demo_store, demo_context)[c].x, shown(demo_store, demo_context)[c].y) == (0, 0)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_note_is_refused_and_nothing_written(
    demo_store: Store, demo_context: SessionContext, text: str
) -> None:
    with pytest.raises(BoardError, match="needs some text"):
        capture(demo_store, demo_context, text)
    assert shown(demo_store, demo_context) == {}


def test_long_rtl_and_emoji_text_is_kept_exactly(
    demo_store: Store, demo_context: SessionContext
) -> None:
    long_text = "klima " * 1665 + "slutt"  # just under the 10,000-character limit
    rtl = "שלום עולם مرحبا 🌍🚲👩🏽‍🌾"
    a = capture(demo_store, demo_context, long_text)
    b = capture(demo_store, demo_context, rtl)
    notes = shown(demo_store, demo_context)
    assert notes[a].text == long_text and len(long_text) > 9_990
    assert notes[b].text == rtl


def test_too_long_note_is_refused(demo_store: Store, demo_context: SessionContext) -> None:
    with pytest.raises(BoardError, match="at most 10,000"):
        capture(demo_store, demo_context, "x" * (board.MAX_NOTE_CHARS + 1))
    assert shown(demo_store, demo_context) == {}


def test_unknown_question_category_actor_colour_are_refused(
    demo_store: Store, demo_context: SessionContext
) -> None:
    sid, gid = ids(demo_context)
    q = questions(demo_store, demo_context)[0]
    with pytest.raises(BoardError, match="not on this group's agenda"):
        board.capture(demo_store, sid, gid, NoteDraft("x", uuid.uuid4()))
    with pytest.raises(BoardError, match="Unknown category"):
        board.capture(demo_store, sid, gid, NoteDraft("x", q, category="solution"))
    with pytest.raises(BoardError, match="Unknown actor"):
        board.capture(demo_store, sid, gid, NoteDraft("x", q, actor="king"))
    with pytest.raises(BoardError, match="#rrggbb"):
        board.capture(demo_store, sid, gid, NoteDraft("x", q, colour="red"))
    with pytest.raises(BoardError, match="not a participant"):
        board.capture(demo_store, sid, gid, NoteDraft("x", q, author_id=uuid.uuid4()))
    assert shown(demo_store, demo_context) == {}


def test_edits_return_before_and_after_and_undo_restores(
    demo_store: Store, demo_context: SessionContext
) -> None:
    nid = capture(demo_store, demo_context, "original")
    start = shown(demo_store, demo_context)[nid]
    changes = [
        board.edit_text(demo_store, nid, "endret"),
        board.set_colour(demo_store, [nid], board.PALETTE[2]),
        board.set_category(demo_store, [nid], "challenge"),
        board.set_actor(demo_store, [nid], "council"),
        board.move(demo_store, {nid: (30.0, 40.0)}),
        board.resize(demo_store, nid, 300, 200),
    ]
    end = shown(demo_store, demo_context)[nid]
    assert (end.text, end.colour, end.category, end.actor) == (
        "endret",
        board.PALETTE[2],
        "challenge",
        "council",
    )
    assert (end.x, end.y, end.width, end.height) == (30.0, 40.0, 300.0, 200.0)
    for change in reversed(changes):
        board.apply_change(demo_store, change.inverted())
    assert shown(demo_store, demo_context)[nid] == start
    for change in changes:
        board.apply_change(demo_store, change)
    assert shown(demo_store, demo_context)[nid] == end


def test_move_keeps_note_inside_its_frame(demo_store: Store, demo_context: SessionContext) -> None:
    nid = capture(demo_store, demo_context, "a")
    board.move(demo_store, {nid: (-500.0, -20.0)})
    assert (shown(demo_store, demo_context)[nid].x, shown(demo_store, demo_context)[nid].y) == (
        0,
        0,
    )
    board.move(demo_store, {nid: (99_999.0, 10.0)})
    assert shown(demo_store, demo_context)[nid].x == layout.CONTENT_W - layout.NOTE_W


def test_delete_tombstones_and_restore_brings_back(
    demo_store: Store, demo_context: SessionContext
) -> None:
    nid = capture(demo_store, demo_context, "a")
    change = board.delete(demo_store, [nid])
    assert nid not in shown(demo_store, demo_context)
    with demo_store.read() as s:
        assert s.get(Idea, nid).deleted_at is not None  # type: ignore[union-attr]
    board.apply_change(demo_store, change.inverted())
    assert nid in shown(demo_store, demo_context)
    board.delete(demo_store, [nid])
    board.restore(demo_store, [nid])
    assert nid in shown(demo_store, demo_context)
    with pytest.raises(BoardError):
        board.edit_text(demo_store, uuid.uuid4(), "ghost")


def test_duplicate_copies_into_free_slot(demo_store: Store, demo_context: SessionContext) -> None:
    nid = capture(demo_store, demo_context, "original #1")
    board.set_category(demo_store, [nid], "challenge")
    change = board.duplicate(demo_store, [nid])
    (copy,) = change.notes_after.values()
    assert copy.text == "original #1" and copy.category == "challenge" and copy.id != nid
    assert no_overlaps(list(shown(demo_store, demo_context).values()))


def test_paste_many_in_one_transaction_and_cap(
    demo_store: Store, demo_context: SessionContext
) -> None:
    q = questions(demo_store, demo_context)[0]
    drafts = [NoteDraft(f"linje {i}", q) for i in range(40)]
    change = board.add_notes(demo_store, *ids(demo_context), drafts)
    assert len(change.notes_after) == 40
    assert no_overlaps(list(shown(demo_store, demo_context).values()))
    too_many = [NoteDraft("x", q)] * (board.MAX_NOTES_AT_ONCE + 1)
    with pytest.raises(BoardError, match="at most 500"):
        board.add_notes(demo_store, *ids(demo_context), too_many)
    assert len(shown(demo_store, demo_context)) == 40
    # One bad line refuses the whole paste.
    with pytest.raises(BoardError):
        board.add_notes(demo_store, *ids(demo_context), [NoteDraft("ok", q), NoteDraft(" ", q)])
    assert len(shown(demo_store, demo_context)) == 40


def test_clusters_group_rename_ungroup_and_undo(
    demo_store: Store, demo_context: SessionContext
) -> None:
    notes = [capture(demo_store, demo_context, f"n{i}") for i in range(4)]
    grouped = board.group_notes(demo_store, notes[:3], " Transport ")
    (cid,) = grouped.clusters_after
    loaded = board.load_board(demo_store, *ids(demo_context))
    assert [c.name for c in loaded.clusters] == ["Transport"]
    assert {n.id for n in loaded.notes if n.cluster_id == cid} == set(notes[:3])
    # A clustered note still belongs to its question.
    assert {n.agenda_item_id for n in loaded.notes} == {questions(demo_store, demo_context)[0]}
    renamed = board.rename_cluster(demo_store, cid, "Mobilitet")
    ungrouped = board.ungroup(demo_store, cid)
    loaded = board.load_board(demo_store, *ids(demo_context))
    assert loaded.clusters == [] and all(n.cluster_id is None for n in loaded.notes)
    board.apply_change(demo_store, ungrouped.inverted())
    board.apply_change(demo_store, renamed.inverted())
    loaded = board.load_board(demo_store, *ids(demo_context))
    assert [c.name for c in loaded.clusters] == ["Transport"]
    board.apply_change(demo_store, grouped.inverted())
    assert board.load_board(demo_store, *ids(demo_context)).clusters == []
    with pytest.raises(BoardError, match="needs a name"):
        board.group_notes(demo_store, notes, "  ")


def test_cluster_cannot_span_questions(demo_store: Store, demo_context: SessionContext) -> None:
    q1, q2 = questions(demo_store, demo_context)[:2]
    a = capture(demo_store, demo_context, "a", q1)
    b = capture(demo_store, demo_context, "b", q2)
    with pytest.raises(BoardError, match="different questions"):
        board.group_notes(demo_store, [a, b], "Mix")


def test_new_notes_do_not_land_inside_a_cluster_frame(
    demo_store: Store, demo_context: SessionContext
) -> None:
    notes = [capture(demo_store, demo_context, f"n{i}") for i in range(2)]
    board.group_notes(demo_store, notes, "Gruppe")
    board.move(demo_store, {notes[0]: (0.0, 300.0), notes[1]: (172.0, 300.0)})
    new = capture(demo_store, demo_context, "ny")
    state = shown(demo_store, demo_context)[new]
    members = [shown(demo_store, demo_context)[n] for n in notes]
    frame = layout.cluster_rect(layout.Rect(m.x, m.y, m.width, m.height) for m in members)
    assert frame is not None
    assert not frame.intersects(layout.Rect(state.x, state.y, state.width, state.height))


def test_arrange_by_cluster_and_by_votes(demo_store: Store, demo_context: SessionContext) -> None:
    sid, gid = ids(demo_context)
    q = questions(demo_store, demo_context)[0]
    notes = [capture(demo_store, demo_context, f"n{i}") for i in range(8)]
    board.group_notes(demo_store, notes[5:7], "B-klynge")
    board.group_notes(demo_store, notes[1:3], "A-klynge")
    board.move(demo_store, {n: (layout.CONTENT_W, 900.0 + i) for i, n in enumerate(notes)})
    change = board.arrange(demo_store, sid, gid, q)
    after = shown(demo_store, demo_context)
    assert no_overlaps(list(after.values()))
    ys = {n: after[n].y for n in notes}
    # Cluster A first, then B, then the unclustered notes.
    assert ys[notes[1]] < ys[notes[5]] < ys[notes[0]]
    board.apply_change(demo_store, change.inverted())
    assert shown(demo_store, demo_context)[notes[0]].y == 900.0
    board.arrange(demo_store, sid, gid, q, votes={notes[7]: 5, notes[0]: 2})
    after = shown(demo_store, demo_context)
    loose = sorted((after[n].y, after[n].x, n) for n in (notes[0], notes[3], notes[4], notes[7]))
    assert [n for _y, _x, n in loose][:2] == [notes[7], notes[0]]


def test_move_to_question_and_removed_question_frame(
    demo_store: Store, demo_context: SessionContext
) -> None:
    q1, q2 = questions(demo_store, demo_context)[:2]
    nid = capture(demo_store, demo_context, "flytt meg", q1)
    board.move_to_question(demo_store, [nid], q2)
    assert shown(demo_store, demo_context)[nid].agenda_item_id == q2
    # The organiser removes q2 from the agenda: the note stays, in the extra frame.
    with demo_store.transaction() as s:
        item = s.get(AgendaItem, q2)
        assert item is not None
        item.deleted_at = demo_store.clock.now()
    loaded = board.load_board(demo_store, *ids(demo_context))
    assert loaded.frames[-1].id is None
    assert [n.text for n in loaded.notes] == ["flytt meg"]
    with pytest.raises(BoardError, match="not on this group's agenda"):
        board.capture(demo_store, *ids(demo_context), NoteDraft("ny", q2))
    board.move_to_question(demo_store, [nid], q1)
    loaded = board.load_board(demo_store, *ids(demo_context))
    assert loaded.frames[-1].id is not None


def test_slot_finder_marks_partly_covered_slots() -> None:
    finder = layout.SlotFinder([layout.Rect(100, 50, 160, 100)])
    # Overlaps slots 0, 1, 5, 6: the first free is slot 2.
    assert finder.take() == layout.slot_position(2)
    assert finder.take() == layout.slot_position(3)


def test_cluster_of_an_l_shaped_selection_encloses_only_its_notes(
    demo_store: Store, demo_context: SessionContext
) -> None:
    # A 5-wide grid: slots 0, 1, 2 in the first row, 5, 6, 7 in the second, 10 in the third.
    notes = [capture(demo_store, demo_context, f"n{i}") for i in range(11)]
    before = shown(demo_store, demo_context)
    # An L: the first column down (slots 0, 5, 10) and the first row across (slots 1, 2).
    chosen = [notes[0], notes[5], notes[10], notes[1], notes[2]]
    grouped = board.group_notes(demo_store, chosen, "L")
    after = shown(demo_store, demo_context)
    members = [after[n] for n in chosen]
    frame = layout.cluster_rect(layout.Rect(m.x, m.y, m.width, m.height) for m in members)
    assert frame is not None
    for nid, state in after.items():
        if nid not in chosen:
            assert not frame.intersects(layout.Rect(state.x, state.y, state.width, state.height))
    assert no_overlaps(list(after.values()))
    # Compact: the five notes fill one row from where the selection began.
    assert sorted((m.x, m.y) for m in members) == sorted(
        (col * layout.STEP_X, 0.0) for col in range(5)
    )
    # One change: undone, every note is back where it was and the cluster is gone.
    board.apply_change(demo_store, grouped.inverted())
    assert shown(demo_store, demo_context) == before
    assert board.load_board(demo_store, *ids(demo_context)).clusters == []


def test_cluster_block_and_make_room_are_pure_geometry() -> None:
    r = layout.Rect
    # Three notes in an L become one row; a block at the right edge stays in the frame.
    members = [r(0, 0, 160, 100), r(0, 112, 160, 100), r(172, 0, 160, 100)]
    assert layout.cluster_block(members) == [(0.0, 0.0), (344.0, 0.0), (172.0, 0.0)]
    assert layout.cluster_block([r(800, 0, 160, 100), r(800, 112, 160, 100)]) == [
        (layout.CONTENT_W - 332.0, 0.0),
        (layout.CONTENT_W - 160.0, 0.0),
    ]
    # A note under the cluster's name is moved to a free slot outside the frame.
    block = layout.cluster_rect([r(0, 112, 160, 100)])
    assert block is not None
    moved = layout.make_room(block, [r(0, 0, 160, 100), r(172, 0, 160, 100)], [])
    assert list(moved) == [0]
    assert not moved[0].intersects(block) and not moved[0].intersects(r(172, 0, 160, 100))
