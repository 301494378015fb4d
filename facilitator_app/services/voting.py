"""Dot voting: open a round, place and take back dots within the limit, close it.

A round covers one question (or the whole board). Each participant has N dots; dots
entered anonymously (as counts) share the group's total of N × participants. Every
function is one transaction; undo uses ``retract``/``restore`` and ``close``/``reopen``.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.errors import QT_TRANSLATE_NOOP, UserError
from facilitator_app.models import Attendance, DotVote, Idea, Participant, VoteRound
from facilitator_app.store import Store

MAX_DOTS = 50


class VoteError(UserError):
    """A vote cannot be placed or changed as asked; nothing was changed."""


@dataclass(frozen=True, slots=True)
class RoundInfo:
    """A vote round as the board shows it."""

    id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    dots_per_participant: int
    is_open: bool
    participants: int

    @property
    def capacity(self) -> int:
        """All dots the group may place in this round."""
        return self.dots_per_participant * max(1, self.participants)


def _group_size(s: OrmSession, group_id: uuid.UUID, session_id: uuid.UUID) -> int:
    """Who votes: the participants ticked present at the session, or, while nobody has
    been ticked yet (attendance not taken), the whole group."""
    members = select(Participant.id).where(
        Participant.group_id == group_id, Participant.deleted_at.is_(None)
    )
    present = s.scalar(
        select(func.count(Attendance.participant_id)).where(
            Attendance.session_id == session_id,
            Attendance.present.is_(True),
            Attendance.participant_id.in_(members),
        )
    )
    if present:
        return int(present)
    return int(s.scalar(select(func.count()).select_from(members.subquery())) or 0)


def voters(store: Store, session_id: uuid.UUID, group_id: uuid.UUID) -> list[uuid.UUID]:
    """The participants who may vote, in plan order (the same rule as the dot budget)."""
    with store.read() as s:
        people = list(
            s.scalars(
                select(Participant.id)
                .where(Participant.group_id == group_id, Participant.deleted_at.is_(None))
                .order_by(Participant.position)
            )
        )
        present = set(
            s.scalars(
                select(Attendance.participant_id).where(
                    Attendance.session_id == session_id, Attendance.present.is_(True)
                )
            )
        )
    ticked = [p for p in people if p in present]
    return ticked if ticked else people


def _info(s: OrmSession, r: VoteRound) -> RoundInfo:
    return RoundInfo(
        r.id,
        r.agenda_item_id,
        r.dots_per_participant,
        r.closed_at is None,
        _group_size(s, r.group_id, r.session_id),
    )


def open_round(
    store: Store,
    session_id: uuid.UUID,
    group_id: uuid.UUID,
    agenda_item_id: uuid.UUID | None,
    dots_per_participant: int,
) -> RoundInfo:
    """Open a vote on a question (None: the whole board); one open round at a time."""
    if not 1 <= dots_per_participant <= MAX_DOTS:
        raise VoteError(
            QT_TRANSLATE_NOOP("UserError", "Dots per participant must be between 1 and {max}."),
            max=MAX_DOTS,
        )
    with store.transaction() as s:
        if _open_round(s, session_id, group_id) is not None:
            raise VoteError(
                QT_TRANSLATE_NOOP(
                    "UserError", "A vote is already open on this board; close it first."
                )
            )
        r = VoteRound(
            id=uuid.uuid4(),
            session_id=session_id,
            group_id=group_id,
            agenda_item_id=agenda_item_id,
            dots_per_participant=dots_per_participant,
            opened_at=store.clock.now(),
        )
        s.add(r)
        s.flush()
        return _info(s, r)


def _open_round(s: OrmSession, session_id: uuid.UUID, group_id: uuid.UUID) -> VoteRound | None:
    return s.scalar(
        select(VoteRound).where(
            VoteRound.session_id == session_id,
            VoteRound.group_id == group_id,
            VoteRound.closed_at.is_(None),
        )
    )


def current_round(store: Store, session_id: uuid.UUID, group_id: uuid.UUID) -> RoundInfo | None:
    """The open round, else the last closed one (its counts stay on the notes), else None."""
    with store.read() as s:
        r = _open_round(s, session_id, group_id) or s.scalar(
            select(VoteRound)
            .where(VoteRound.session_id == session_id, VoteRound.group_id == group_id)
            .order_by(VoteRound.opened_at.desc(), VoteRound.closed_at.desc())
        )
        return None if r is None else _info(s, r)


def close(store: Store, round_id: uuid.UUID) -> RoundInfo:
    """Close a round; its dots stay recorded."""
    with store.transaction() as s:
        r = _round(s, round_id)
        if r.closed_at is None:
            r.closed_at = store.clock.now()
        return _info(s, r)


def reopen(store: Store, round_id: uuid.UUID) -> RoundInfo:
    """Open a closed round again (undo of close); refused while another round is open."""
    with store.transaction() as s:
        r = _round(s, round_id)
        other = _open_round(s, r.session_id, r.group_id)
        if other is not None and other.id != r.id:
            raise VoteError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Another vote is open on this board; close it first."
                )
            )
        r.closed_at = None
        return _info(s, r)


def _round(s: OrmSession, round_id: uuid.UUID) -> VoteRound:
    r = s.get(VoteRound, round_id)
    if r is None:
        raise VoteError(QT_TRANSLATE_NOOP("UserError", "That vote does not exist."))
    return r


def _live_votes(s: OrmSession, round_id: uuid.UUID) -> list[DotVote]:
    return list(
        s.scalars(
            select(DotVote)
            .where(DotVote.round_id == round_id, DotVote.deleted_at.is_(None))
            .order_by(DotVote.created_at)
        )
    )


def _check_room(s: OrmSession, r: VoteRound, participant_id: uuid.UUID | None, adding: int) -> None:
    """Raise ``VoteError`` if ``adding`` more dots would pass a limit."""
    votes = _live_votes(s, r.id)
    info = _info(s, r)
    if len(votes) + adding > info.capacity:
        raise VoteError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "All {capacity} dots of this vote are used ({dots} per participant). "
                "Take one back first.",
            ),
            capacity=info.capacity,
            dots=r.dots_per_participant,
        )
    if participant_id is not None:
        used = sum(1 for v in votes if v.participant_id == participant_id)
        if used + adding > r.dots_per_participant:
            raise VoteError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "This participant has used all {dots} dots. Take one back first.",
                ),
                dots=r.dots_per_participant,
            )


def cast(
    store: Store,
    round_id: uuid.UUID,
    idea_id: uuid.UUID,
    participant_id: uuid.UUID | None = None,
    count: int = 1,
) -> list[uuid.UUID]:
    """Place ``count`` dots on an idea (by a participant, or anonymous); returns vote ids."""
    if count < 1:
        raise VoteError(QT_TRANSLATE_NOOP("UserError", "Place at least one dot."))
    with store.transaction() as s:
        r = _round(s, round_id)
        if r.closed_at is not None:
            raise VoteError(QT_TRANSLATE_NOOP("UserError", "This vote is closed."))
        idea = s.get(Idea, idea_id)
        if idea is None or idea.deleted_at is not None:
            raise VoteError(QT_TRANSLATE_NOOP("UserError", "That note no longer exists."))
        if (idea.session_id, idea.group_id) != (r.session_id, r.group_id) or (
            r.agenda_item_id is not None and idea.agenda_item_id != r.agenda_item_id
        ):
            raise VoteError(QT_TRANSLATE_NOOP("UserError", "That note is not part of this vote."))
        if participant_id is not None:
            person = s.get(Participant, participant_id)
            if person is None or person.group_id != r.group_id:
                raise VoteError(
                    QT_TRANSLATE_NOOP("UserError", "That participant is not in this group.")
                )
        _check_room(s, r, participant_id, count)
        ids = [uuid.uuid4() for _ in range(count)]
        for vid in ids:
            s.add(DotVote(id=vid, round_id=r.id, idea_id=idea_id, participant_id=participant_id))
        return ids


def take_back(
    store: Store, round_id: uuid.UUID, idea_id: uuid.UUID, participant_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Take back the latest dot of that participant (or an anonymous one) on an idea."""
    with store.transaction() as s:
        r = _round(s, round_id)
        if r.closed_at is not None:
            raise VoteError(QT_TRANSLATE_NOOP("UserError", "This vote is closed."))
        mine = [
            v
            for v in _live_votes(s, round_id)
            if v.idea_id == idea_id and v.participant_id == participant_id
        ]
        if not mine:
            raise VoteError(
                QT_TRANSLATE_NOOP("UserError", "There is no such dot on this note to take back.")
            )
        mine[-1].deleted_at = store.clock.now()
        return mine[-1].id


def retract(store: Store, vote_ids: list[uuid.UUID]) -> None:
    """Tombstone these dots (undo of ``cast``)."""
    with store.transaction() as s:
        now = store.clock.now()
        for v in s.scalars(select(DotVote).where(DotVote.id.in_(vote_ids))):
            if v.deleted_at is None:
                v.deleted_at = now


def restore(store: Store, vote_ids: list[uuid.UUID]) -> None:
    """Bring tombstoned dots back (redo of ``cast``), still within the limits."""
    with store.transaction() as s:
        votes = [
            v
            for v in s.scalars(select(DotVote).where(DotVote.id.in_(vote_ids)))
            if v.deleted_at is not None
        ]
        for v in votes:
            r = _round(s, v.round_id)
            if r.closed_at is not None:
                raise VoteError(QT_TRANSLATE_NOOP("UserError", "This vote is closed."))
            _check_room(s, r, v.participant_id, 1)
            v.deleted_at = None
            s.flush()


def tally(store: Store, round_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Dots per idea in a round (ideas without dots left out)."""
    with store.read() as s:
        return dict(Counter(v.idea_id for v in _live_votes(s, round_id)))


def used_by(store: Store, round_id: uuid.UUID) -> dict[uuid.UUID | None, int]:
    """Dots used per participant (None: anonymous) in a round."""
    with store.read() as s:
        return dict(Counter(v.participant_id for v in _live_votes(s, round_id)))
