"""Hypothesis strategies that generate valid, self-consistent group summaries."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from facilitator_app.models.enums import Actor, Category, ItemKind, ItemStatus
from facilitator_app.schemas.summary import (
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

# Anything a person could type, including markup and formula starts.
texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60)
names = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=30)
keys = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)
moments = st.datetimes(
    min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1), timezones=st.just(dt.UTC)
)
coords = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
sizes = st.floats(min_value=0, max_value=1e4, allow_nan=False, allow_infinity=False)


@st.composite
def summaries(draw: st.DrawFn) -> GroupSummary:
    """A valid summary whose derived fields (planned times, votes, expert questions)
    agree with what the app computes, so it survives an import and a new export."""
    zone_name = draw(st.sampled_from(["Europe/Oslo", "UTC", "America/New_York"]))
    date = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2029, 12, 31)))
    start = dt.time(draw(st.integers(0, 11)), draw(st.sampled_from([0, 15, 30])))
    session = SummarySession(
        id=uuid.uuid4(),
        key=draw(keys),
        title=draw(names),
        date=date,
        start=start,
        end=dt.time(23, 0),
        position=draw(st.integers(0, 5)),
    )
    people = []
    for n in range(draw(st.integers(0, 4))):
        consent = draw(st.booleans())
        people.append(
            SummaryParticipant(
                id=uuid.uuid4(),
                key=f"p{n}",
                name=draw(names) if consent else None,
                consent_to_be_named=consent,
                present=draw(st.booleans()),
            )
        )
    at = dt.datetime.combine(date, start, tzinfo=ZoneInfo(zone_name))
    agenda = []
    for n in range(draw(st.integers(1, 4))):
        status = draw(st.sampled_from(list(ItemStatus)))
        timebox = draw(st.integers(1, 60))
        minutes = 0 if status == ItemStatus.SKIPPED else timebox
        agenda.append(
            SummaryAgendaItem(
                id=uuid.uuid4(),
                key=draw(st.none() | st.just(f"i{n}")),
                kind=draw(st.sampled_from(list(ItemKind))),
                title=draw(names),
                description=draw(texts),
                sub_questions=draw(st.lists(names, max_size=3)),
                position=n,
                status=status,
                plan_timebox_min=draw(st.none() | st.just(timebox)),
                timebox_min=timebox,
                planned_start=at.astimezone(dt.UTC),
                planned_end=(at + dt.timedelta(minutes=minutes)).astimezone(dt.UTC),
                started_at=draw(st.none() | moments),
                ended_at=draw(st.none() | moments),
                note=draw(texts),
                created_at=draw(moments),
            )
        )
        at += dt.timedelta(minutes=minutes)
    item_ids = [None] + [a.id for a in agenda]
    clusters = sorted(
        (
            SummaryCluster(
                id=uuid.uuid4(),
                agenda_item_id=draw(st.sampled_from(item_ids)),
                name=draw(names),
                created_at=draw(moments),
                updated_at=draw(moments),
            )
            for _ in range(draw(st.integers(0, 2)))
        ),
        key=lambda c: (c.created_at, c.id),
    )
    cluster_ids = [None] + [c.id for c in clusters]
    raw_ideas = []
    for _ in range(draw(st.integers(0, 8))):
        author = draw(st.none() | st.sampled_from(people)) if people else None
        raw_ideas.append(
            dict(
                id=uuid.uuid4(),
                agenda_item_id=draw(st.sampled_from(item_ids)),
                cluster_id=draw(st.sampled_from(cluster_ids)),
                text=draw(texts),
                category=draw(st.sampled_from(list(Category))),
                actor=draw(st.sampled_from(list(Actor))),
                colour=draw(st.sampled_from(["#fff59d", "#a5d6a7", "red", ""])),
                x=draw(coords),
                y=draw(coords),
                width=draw(sizes),
                height=draw(sizes),
                author_id=None if author is None else author.id,
                author_name=None if author is None else author.name,
                created_at=draw(moments),
                updated_at=draw(moments),
            )
        )
    raw_ideas.sort(key=lambda i: (i["created_at"], i["id"]))
    rounds = []
    votes: dict[uuid.UUID, int] = {}
    for _ in range(draw(st.integers(0, 2)) if raw_ideas else 0):
        dots = []
        for _ in range(draw(st.integers(0, 5))):
            idea = draw(st.sampled_from(raw_ideas))
            voter = draw(st.none() | st.sampled_from(people)) if people else None
            dots.append(
                SummaryDot(
                    id=uuid.uuid4(),
                    idea_id=idea["id"],
                    participant_id=None if voter is None else voter.id,
                    created_at=draw(moments),
                )
            )
            votes[idea["id"]] = votes.get(idea["id"], 0) + 1
        rounds.append(
            SummaryVoteRound(
                id=uuid.uuid4(),
                agenda_item_id=draw(st.sampled_from(item_ids)),
                dots_per_participant=draw(st.integers(0, 5)),
                opened_at=draw(moments),
                closed_at=draw(st.none() | moments),
                dots=sorted(dots, key=lambda d: (d.created_at, d.id)),
            )
        )
    rounds.sort(key=lambda r: (r.opened_at, r.id))
    ideas = [SummaryIdea(**i, votes=votes.get(i["id"], 0)) for i in raw_ideas]
    summary = GroupSummary(
        schema_version=SUMMARY_SCHEMA_VERSION,
        app_version="0.1.0",
        exported_at=draw(moments),
        public=False,
        workshop=SummaryWorkshop(
            id=uuid.uuid4(),
            key=draw(keys),
            title=draw(names),
            organiser=draw(names),
            time_zone=zone_name,
        ),
        session=session,
        group=SummaryGroup(
            id=uuid.uuid4(),
            key=draw(keys),
            name=draw(names),
            facilitator=draw(names),
            position=draw(st.integers(0, 5)),
        ),
        participants=people,
        agenda=agenda,
        ideas=ideas,
        clusters=clusters,
        vote_rounds=rounds,
        expert_questions=[
            SummaryExpertQuestion(
                idea_id=i.id,
                agenda_item_id=i.agenda_item_id,
                text=i.text,
                answers=sorted(  # oldest first, as the app writes them
                    [
                        SummaryExpertAnswer(
                            id=uuid.uuid4(),
                            text=draw(texts),
                            expert=draw(names),
                            answered_at=draw(moments),
                            replaces_id=None,
                        )
                        for _n in range(draw(st.integers(0, 2)))
                    ],
                    key=lambda a: a.answered_at,
                ),
            )
            for i in ideas
            if i.category == Category.EXPERT_QUESTION
        ],
        sha256="0" * 64,
    )
    return with_digest(summary)
