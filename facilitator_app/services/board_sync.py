"""After a pull: notes another laptop placed exactly on one of ours move to a free slot.

Part of the board's service (``board.separate_stacked``); see docs/architecture.md, "Notes
two laptops put on the same spot".
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select

from facilitator_app.models import Idea
from facilitator_app.services import board_layout as layout
from facilitator_app.services.batches import chunks
from facilitator_app.services.board_model import BoardChange, _finder, _state
from facilitator_app.store import Store


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
        for chunk in chunks(ids):  # a pull may bring many: keep under SQLite's limit
            frames.update(
                (r.session_id, r.group_id, r.agenda_item_id)
                for r in s.execute(
                    select(Idea.session_id, Idea.group_id, Idea.agenda_item_id).where(
                        Idea.id.in_(chunk), Idea.deleted_at.is_(None)
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
