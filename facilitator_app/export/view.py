"""What every readable document shows, worked out once from a ``GroupSummary``.

Renderers (HTML, Markdown, DOCX, …) only lay this out; so all formats agree on order,
numbering, the actors split and the planned-vs-actual figures.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from facilitator_app.export.labels import Labels
from facilitator_app.models.enums import Actor, Category, ItemKind
from facilitator_app.schemas.summary import (
    GroupSummary,
    SummaryAgendaItem,
    SummaryCluster,
    SummaryExpertQuestion,
    SummaryIdea,
)
from facilitator_app.services.top_ideas import ranked


@dataclass
class QuestionView:
    """One agenda question with its ideas: clusters first, then the loose ones.

    ``numbers`` gives each idea its number on this question's board picture; ``top`` holds
    the most-voted ideas, ranked (see ``services.top_ideas``).
    """

    item: SummaryAgendaItem | None  # None: ideas not placed on any question
    title: str
    clusters: list[tuple[SummaryCluster, list[SummaryIdea]]]
    loose: list[SummaryIdea]
    numbers: dict[uuid.UUID, int] = field(default_factory=dict)
    top: list[SummaryIdea] = field(default_factory=list)

    @property
    def ideas(self) -> list[SummaryIdea]:
        """All ideas of the question in document order."""
        return [i for _c, ideas in self.clusters for i in ideas] + self.loose


@dataclass
class TimeRow:
    """Planned against actual time of one agenda item."""

    title: str
    status: str
    planned_start: str
    planned_min: int
    actual_start: str
    actual_min: int | None

    @property
    def overrun(self) -> bool:
        """True when the item took longer than planned."""
        return self.actual_min is not None and self.actual_min > self.planned_min


@dataclass
class ActorEntry:
    """An idea in the actors split, with the question it answers."""

    idea: SummaryIdea
    question: str


@dataclass
class DocumentView:
    """Everything a readable document shows, in order."""

    summary: GroupSummary
    labels: Labels
    zone: ZoneInfo
    questions: list[QuestionView]
    time_rows: list[TimeRow]
    municipal: list[ActorEntry]
    others: list[ActorEntry]
    undecided: list[ActorEntry]
    question_title: dict[uuid.UUID | None, str]
    present: int
    named: list[str]

    def local(self, when: dt.datetime | None, fmt: str = "%H:%M") -> str:
        """A UTC time shown in the workshop's time zone ('' for none)."""
        return "" if when is None else when.astimezone(self.zone).strftime(fmt)

    def author(self, idea: SummaryIdea) -> str:
        """The author's name where given (consented, not public), else ''."""
        return idea.author_name or ""

    def answer_line(self, question: SummaryExpertQuestion) -> str:
        """'Experts' answer (name, 09:41): text' for the current answer, or 'not answered'."""
        label = self.labels["expert_answer"]
        if not question.answers:
            return f"{label}: {self.labels['no_answer']}"
        current = question.answers[-1]
        who = ", ".join(x for x in (current.expert, self.local(current.answered_at)) if x)
        return f"{label} ({who}): {current.text}"


def _by_votes(ideas: list[SummaryIdea]) -> list[SummaryIdea]:
    # Most-voted first; ties keep capture order (the summary lists ideas by creation).
    return sorted(ideas, key=lambda i: -i.votes)


def build_view(summary: GroupSummary, lang: str = "nb") -> DocumentView:
    """Work out the document view of ``summary`` in language ``lang``."""
    labels = Labels(lang)
    try:
        zone = ZoneInfo(summary.workshop.time_zone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    ideas_of: dict[uuid.UUID | None, list[SummaryIdea]] = {}
    for idea in summary.ideas:
        ideas_of.setdefault(idea.agenda_item_id, []).append(idea)
    clusters_of: dict[uuid.UUID | None, list[SummaryCluster]] = {}
    for cluster in summary.clusters:
        clusters_of.setdefault(cluster.agenda_item_id, []).append(cluster)

    question_title: dict[uuid.UUID | None, str] = {a.id: a.title for a in summary.agenda}
    question_title[None] = labels["whole_board"]
    sections: list[tuple[uuid.UUID | None, SummaryAgendaItem | None]] = [
        (a.id, a) for a in summary.agenda if a.kind == ItemKind.QUESTION or a.id in ideas_of
    ]
    if None in ideas_of:
        sections.append((None, None))
    questions = []
    for key, item in sections:
        ideas = ideas_of.get(key, [])
        members: dict[uuid.UUID, list[SummaryIdea]] = {}
        loose = []
        for idea in ideas:
            if idea.cluster_id is not None:
                members.setdefault(idea.cluster_id, []).append(idea)
            else:
                loose.append(idea)
        # A cluster can hold ideas of another question; show it where its ideas are.
        cluster_rows = [(c, _by_votes(members.pop(c.id, []))) for c in clusters_of.get(key, [])]
        by_id = {c.id: c for c in summary.clusters}
        cluster_rows += [(by_id[cid], _by_votes(m)) for cid, m in members.items()]
        cluster_rows.sort(key=lambda row: -sum(i.votes for i in row[1]))
        shown = QuestionView(
            item=item,
            title=labels["whole_board"] if item is None else item.title,
            clusters=cluster_rows,
            loose=_by_votes(loose),
        )
        shown.numbers = {i.id: n for n, i in enumerate(shown.ideas, start=1)}
        shown.top = ranked(ideas, lambda i: i.votes, lambda i: i.created_at)
        questions.append(shown)

    rows = []
    for a in summary.agenda:
        actual = None
        if a.started_at is not None and a.ended_at is not None:
            actual = max(0, round((a.ended_at - a.started_at).total_seconds() / 60))
        rows.append(
            TimeRow(
                title=a.title,
                status=a.status.value,
                planned_start=a.planned_start.astimezone(zone).strftime("%H:%M"),
                planned_min=0 if a.status.value == "skipped" else a.timebox_min,
                actual_start=""
                if a.started_at is None
                else a.started_at.astimezone(zone).strftime("%H:%M"),
                actual_min=actual,
            )
        )

    municipal, others, undecided = [], [], []
    for q in questions:
        for idea in q.ideas:
            if idea.category == Category.EXPERT_QUESTION:
                continue
            entry = ActorEntry(idea, q.title)
            if idea.actor == Actor.UNKNOWN:
                undecided.append(entry)
            elif idea.actor.is_municipal:
                municipal.append(entry)
            else:
                others.append(entry)
    return DocumentView(
        summary=summary,
        labels=labels,
        zone=zone,
        questions=questions,
        time_rows=rows,
        municipal=municipal,
        others=others,
        undecided=undecided,
        question_title=question_title,
        present=sum(1 for p in summary.participants if p.present),
        named=[p.name for p in summary.participants if p.present and p.name],
    )
