"""Builds a group's summary from the store, and reads and verifies summary files.

The summary is built from stored rows only (never from widgets), so the command line,
the dialog and a worker thread all get the same document. Importing a file back into a
store lives in ``services.summary_import``; writing and reading files in
``services.summary_files`` (re-exported here).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from facilitator_app import __version__
from facilitator_app.errors import QT_TRANSLATE_NOOP, NotFoundError, SummaryError
from facilitator_app.models import (
    AgendaItem,
    Attendance,
    Cluster,
    DotVote,
    Group,
    Idea,
    Participant,
    Session,
    VoteRound,
    Workshop,
)
from facilitator_app.models.enums import Actor, Category
from facilitator_app.schemas.summary import (
    NOTE_MAX_CHARS,
    SUMMARY_SCHEMA_VERSION,
    GroupSummary,
    SummaryAgendaItem,
    SummaryCluster,
    SummaryDot,
    SummaryExpertAnswer,
    SummaryExpertQuestion,
    SummaryGroup,
    SummaryIdea,
    SummaryParticipant,
    SummarySession,
    SummaryVoteRound,
    SummaryWorkshop,
    with_digest,
)
from facilitator_app.services import expert_answers
from facilitator_app.services.schedule import planned_starts
from facilitator_app.services.summary_files import (  # re-exported: summary.load_summary, …
    MAX_SUMMARY_BYTES as MAX_SUMMARY_BYTES,
)
from facilitator_app.services.summary_files import check_references as check_references
from facilitator_app.services.summary_files import file_stem as file_stem
from facilitator_app.services.summary_files import load_summary as load_summary
from facilitator_app.services.summary_files import parse_summary as parse_summary
from facilitator_app.services.summary_files import summary_to_json as summary_to_json
from facilitator_app.store import Store
from facilitator_app.store.changelog import waiting_count


def build_summary(
    store: Store, session_id: uuid.UUID, group_id: uuid.UUID, *, public: bool = False
) -> GroupSummary:
    """The summary of one group in one session, as stored now.

    ``public`` leaves out every personal datum: participants, the facilitator's name,
    authors, voters and the facilitator's notes.
    """
    with store.read() as s:
        session = s.get(Session, session_id)
        group = s.get(Group, group_id)
        if session is None or group is None or session.workshop_id != group.workshop_id:
            raise NotFoundError("That session and group do not exist in this data folder.")
        workshop = s.get(Workshop, session.workshop_id)
        assert workshop is not None  # foreign key
        items = _agenda(s, session_id, group_id)
        ideas = list(
            s.scalars(
                select(Idea)
                .where(
                    Idea.session_id == session_id,
                    Idea.group_id == group_id,
                    Idea.deleted_at.is_(None),
                )
                .order_by(Idea.created_at, Idea.id)
            )
        )
        _check_note_lengths(ideas)
        idea_ids = {i.id for i in ideas}
        clusters = list(
            s.scalars(
                select(Cluster)
                .where(
                    Cluster.session_id == session_id,
                    Cluster.group_id == group_id,
                    Cluster.deleted_at.is_(None),
                )
                .order_by(Cluster.created_at, Cluster.id)
            )
        )
        rounds = list(
            s.scalars(
                select(VoteRound)
                .where(VoteRound.session_id == session_id, VoteRound.group_id == group_id)
                .order_by(VoteRound.opened_at, VoteRound.id)
            )
        )
        dots_of: dict[uuid.UUID, list[DotVote]] = {r.id: [] for r in rounds}
        if rounds:
            for dot in s.scalars(
                select(DotVote)
                .where(DotVote.round_id.in_(list(dots_of)), DotVote.deleted_at.is_(None))
                .order_by(DotVote.created_at, DotVote.id)
            ):
                # A dot on a deleted idea no longer counts.
                if dot.idea_id in idea_ids:
                    dots_of[dot.round_id].append(dot)
        people = _people(s, workshop.id, group_id, ideas, dots_of.values())
        present = set(
            s.scalars(
                select(Attendance.participant_id).where(
                    Attendance.session_id == session_id, Attendance.present.is_(True)
                )
            )
        )

    votes = Counter(d.idea_id for dots in dots_of.values() for d in dots)
    names = {p.id: p.display_name for p in people if p.consent_to_be_named}
    live_clusters = {c.id for c in clusters}
    summary = GroupSummary(
        schema_version=SUMMARY_SCHEMA_VERSION,
        app_version=__version__,
        exported_at=store.clock.now(),
        public=public,
        workshop=SummaryWorkshop(
            id=workshop.id,
            key=workshop.key,
            title=workshop.title,
            organiser=workshop.organiser,
            time_zone=workshop.time_zone,
        ),
        session=SummarySession(
            id=session.id,
            key=session.key,
            title=session.title,
            date=session.date,
            start=session.start_time,
            end=session.end_time,
            position=session.position,
        ),
        group=SummaryGroup(
            id=group.id,
            key=group.key,
            name=group.name,
            facilitator=None if public else group.facilitator,
            position=group.position,
        ),
        participants=[]
        if public
        else [
            SummaryParticipant(
                id=p.id,
                key=p.key,
                name=p.display_name if p.consent_to_be_named else None,
                consent_to_be_named=p.consent_to_be_named,
                present=p.id in present,
            )
            for p in people
        ],
        agenda=_agenda_entries(workshop, session, items, public),
        ideas=[
            SummaryIdea(
                id=i.id,
                agenda_item_id=i.agenda_item_id,
                cluster_id=i.cluster_id if i.cluster_id in live_clusters else None,
                text=i.text,
                category=_category(i.category),
                actor=_actor(i.actor),
                colour=i.colour,
                x=i.x,
                y=i.y,
                width=i.width,
                height=i.height,
                votes=votes.get(i.id, 0),
                author_id=None if public else i.author_id,
                author_name=None if public or i.author_id is None else names.get(i.author_id),
                created_at=i.created_at,
                updated_at=i.updated_at,
            )
            for i in ideas
        ],
        clusters=[
            SummaryCluster(
                id=c.id,
                agenda_item_id=c.agenda_item_id,
                name=c.name,
                created_at=c.created_at,
                updated_at=c.updated_at,
            )
            for c in clusters
        ],
        vote_rounds=[
            SummaryVoteRound(
                id=r.id,
                agenda_item_id=r.agenda_item_id,
                dots_per_participant=r.dots_per_participant,
                opened_at=r.opened_at,
                closed_at=r.closed_at,
                dots=[
                    SummaryDot(
                        id=d.id,
                        idea_id=d.idea_id,
                        participant_id=None if public else d.participant_id,
                        created_at=d.created_at,
                    )
                    for d in dots_of[r.id]
                ],
            )
            for r in rounds
        ],
        expert_questions=_expert_questions(store, ideas, public=public),
        sha256="0" * 64,
    )
    return with_digest(summary)


def _check_note_lengths(ideas: list[Idea]) -> None:
    """Refuse, in words, a note longer than a summary file holds.

    Every way in keeps notes within ``NOTE_MAX_CHARS``; a longer one can only have been
    stored by an older version of the app (its limit was 20,000). Cutting it would lose
    what the group wrote, so the facilitator is told which note to shorten.
    """
    for idea in ideas:
        if len(idea.text) > NOTE_MAX_CHARS:
            raise SummaryError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The note “{start}…” has {count} characters; a summary file holds "
                    "notes of at most {max}. Shorten or split it, then export again.",
                ),
                start=idea.text[:40],
                count=f"{len(idea.text):,}",
                max=f"{NOTE_MAX_CHARS:,}",
            )


def _agenda(s: OrmSession, session_id: uuid.UUID, group_id: uuid.UUID) -> list[AgendaItem]:
    return list(
        s.scalars(
            select(AgendaItem)
            .where(
                AgendaItem.session_id == session_id,
                AgendaItem.group_id == group_id,
                AgendaItem.deleted_at.is_(None),
            )
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _people(
    s: OrmSession,
    workshop_id: uuid.UUID,
    group_id: uuid.UUID,
    ideas: list[Idea],
    dots: Iterable[list[DotVote]],
) -> list[Participant]:
    """The group's members, then anyone else who wrote or voted on its board."""
    members = list(
        s.scalars(
            select(Participant)
            .where(Participant.group_id == group_id, Participant.deleted_at.is_(None))
            .order_by(Participant.position, Participant.key)
        )
    )
    known = {p.id for p in members}
    referenced = {i.author_id for i in ideas} | {d.participant_id for ds in dots for d in ds}
    others = {pid for pid in referenced if pid is not None and pid not in known}
    if others:
        members += list(
            s.scalars(
                select(Participant)
                .where(Participant.id.in_(others), Participant.workshop_id == workshop_id)
                .order_by(Participant.position, Participant.key)
            )
        )
    return members


def _agenda_entries(
    workshop: Workshop, session: Session, items: list[AgendaItem], public: bool
) -> list[SummaryAgendaItem]:
    starts = planned_starts(workshop, session, items)
    out = []
    for item, start in zip(items, starts, strict=True):
        minutes = 0 if item.status == "skipped" else item.timebox_min
        try:
            subs = [str(q) for q in json.loads(item.sub_questions or "[]")]
        except (ValueError, TypeError):
            subs = []
        out.append(
            SummaryAgendaItem(
                id=item.id,
                key=item.key,
                kind=item.kind,  # type: ignore[arg-type]  # validated by pydantic
                title=item.title,
                description=item.description,
                sub_questions=subs,
                position=item.position,
                status=item.status,  # type: ignore[arg-type]
                plan_timebox_min=item.plan_timebox_min,
                timebox_min=item.timebox_min,
                planned_start=start.astimezone(dt.UTC),
                planned_end=(start + dt.timedelta(minutes=minutes)).astimezone(dt.UTC),
                started_at=item.started_at,
                ended_at=item.ended_at,
                note=None if public else item.note,
                created_at=item.created_at,
            )
        )
    return out


def _category(value: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        return Category.OTHER


def _actor(value: str) -> Actor:
    try:
        return Actor(value)
    except ValueError:
        return Actor.UNKNOWN


# ---------------------------------------------------------------- review before export


@dataclass(frozen=True)
class ExportReview:
    """What the facilitator sees before exporting: counts, open votes, unsynced changes."""

    ideas: int
    by_category: dict[str, int]
    clusters: int
    vote_rounds: int
    open_vote_rounds: int
    running_items: list[str]
    unsynced: int


def review_export(store: Store, session_id: uuid.UUID, group_id: uuid.UUID) -> ExportReview:
    """Cheap counts (indexed queries, no summary built) for the export dialog."""
    with store.read() as s:
        by_category = {
            str(category): int(n)
            for category, n in s.execute(
                select(Idea.category, func.count())
                .where(
                    Idea.session_id == session_id,
                    Idea.group_id == group_id,
                    Idea.deleted_at.is_(None),
                )
                .group_by(Idea.category)
            )
        }
        clusters = s.scalar(
            select(func.count()).where(
                Cluster.session_id == session_id,
                Cluster.group_id == group_id,
                Cluster.deleted_at.is_(None),
            )
        )
        rounds = list(
            s.scalars(
                select(VoteRound.closed_at).where(
                    VoteRound.session_id == session_id, VoteRound.group_id == group_id
                )
            )
        )
        running = list(
            s.scalars(
                select(AgendaItem.title)
                .where(
                    AgendaItem.session_id == session_id,
                    AgendaItem.group_id == group_id,
                    AgendaItem.deleted_at.is_(None),
                    AgendaItem.status == "active",
                )
                .order_by(AgendaItem.position)
            )
        )
    return ExportReview(
        ideas=sum(by_category.values()),
        by_category=by_category,
        clusters=int(clusters or 0),
        vote_rounds=len(rounds),
        open_vote_rounds=sum(1 for closed in rounds if closed is None),
        running_items=running,
        unsynced=unsynced_changes(store),
    )


def unsynced_changes(store: Store) -> int:
    """How many local changes the central store has not acknowledged yet."""
    with store.read() as s:
        return waiting_count(s)


def open_vote_rounds(summary: GroupSummary) -> int:
    """Vote rounds that were opened and never closed."""
    return sum(1 for r in summary.vote_rounds if r.closed_at is None)


def _expert_questions(
    store: Store, ideas: Sequence[Idea], *, public: bool
) -> list[SummaryExpertQuestion]:
    """The group's questions for the experts with every answer version (oldest first)."""
    asked = [i for i in ideas if i.category == Category.EXPERT_QUESTION]
    answers = expert_answers.history(store, [i.id for i in asked])
    return [
        SummaryExpertQuestion(
            idea_id=i.id,
            agenda_item_id=i.agenda_item_id,
            text=i.text,
            answers=[
                SummaryExpertAnswer(
                    id=a.id,
                    text=a.text,
                    expert="" if public else a.expert,
                    answered_at=a.answered_at,
                    replaces_id=a.replaces_id,
                )
                for a in answers.get(i.id, [])
            ],
        )
        for i in asked
    ]
