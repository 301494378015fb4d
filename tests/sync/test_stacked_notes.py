"""Notes two laptops placed in the same free slot are moved apart by the pull."""

from __future__ import annotations

import uuid
from typing import Any

from laptops import Laptop, central_conflicts, central_contents
from sqlalchemy import select

from facilitator_app.models import Idea
from facilitator_app.services import board
from facilitator_app.services import board_layout as layout
from facilitator_app.sync.pull import pull
from facilitator_app.sync.push import push
from facilitator_app.sync.service import open_central


def _capture(laptop: Laptop, text: str) -> uuid.UUID:
    laptop.clock.advance(1)
    change = board.capture(
        laptop.store,
        laptop.session.id,
        laptop.group.id,
        board.NoteDraft(text, laptop.question(1).id),
    )
    [note_id] = change.notes_after
    return note_id


def _spots(laptop: Laptop) -> dict[uuid.UUID, tuple[float, float]]:
    with laptop.store.read() as s:
        return {i.id: (i.x, i.y) for i in s.scalars(select(Idea).where(Idea.deleted_at.is_(None)))}


def test_notes_captured_on_two_laptops_end_up_side_by_side(
    make_laptop: Any, central_url: str
) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    first_a, second_a = _capture(a, "Sykkelparkering"), _capture(a, "Gratis buss")
    first_b = _capture(b, "Lading ved skolen")
    # Each laptop put its first note in slot 0: on top of each other once synced.
    assert _spots(a)[first_a] == _spots(b)[first_b] == layout.slot_position(0)

    a.sync(central_url)
    report = b.sync(central_url)
    assert report.pulled.separated >= 1
    a.sync(central_url)

    for laptop in (a, b):
        spots = _spots(laptop)
        assert set(spots) == {first_a, second_a, first_b}
        assert len(set(spots.values())) == 3, spots  # no two notes on the same spot
        assert set(spots.values()) == {layout.slot_position(n) for n in range(3)}
    assert a.contents() == b.contents() == central_contents(central_url)
    assert central_conflicts(central_url) == []
    assert report.waiting == 0  # the move went up in the same sync

    # Once separated, further syncs move nothing.
    assert a.sync(central_url).pulled.separated == 0
    assert b.sync(central_url).pulled.separated == 0


def test_both_laptops_separating_the_same_pair_agree(make_laptop: Any, central_url: str) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    note_a = _capture(a, "Fra A")
    note_b = _capture(b, "Fra B")
    # Both send, then both pull: each laptop finds the other's note on its own and moves
    # one of the pair before it knows what the other did.
    for laptop in (a, b):
        central = open_central(laptop.store, central_url)
        try:
            push(laptop.store, central)
        finally:
            central.close()
    for laptop in (a, b):
        central = open_central(laptop.store, central_url)
        try:
            assert pull(laptop.store, central).separated == 1
        finally:
            central.close()
    for laptop in (a, b, a):
        laptop.sync(central_url)
    mover = max(note_a, note_b)
    for laptop in (a, b):
        spots = _spots(laptop)
        assert spots[min(note_a, note_b)] == layout.slot_position(0)
        assert spots[mover] == layout.slot_position(1)
    assert central_conflicts(central_url) == []
    assert a.contents() == b.contents() == central_contents(central_url)


def test_notes_stacked_on_purpose_on_one_laptop_stay_stacked(
    make_laptop: Any, central_url: str
) -> None:
    a, b = make_laptop("a"), make_laptop("b", offset_s=0.5)
    one, two = _capture(a, "Nederst"), _capture(a, "Øverst")
    board.move(a.store, {two: layout.slot_position(0)})  # dragged onto the first on purpose
    a.sync(central_url)
    report = b.sync(central_url)
    assert report.pulled.separated == 0
    spots = _spots(b)
    assert spots[one] == spots[two] == layout.slot_position(0)


def test_a_large_pull_is_checked_in_chunks(make_laptop: Any) -> None:
    a = make_laptop("a")
    one, two = _capture(a, "Første"), _capture(a, "Andre")
    board.move(a.store, {two: layout.slot_position(0)})
    # 40,000 ids are more than SQLite takes in one statement; the stacked pair is among them
    # only as "received" (two) beside one already here (one): the larger id moves.
    received = [uuid.uuid4() for _ in range(40_000)] + [two]
    change = board.separate_stacked(a.store, received)
    assert set(change.notes_after) == ({two} if two > one else {one})
    assert len(set(_spots(a).values())) == 2
