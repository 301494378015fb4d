"""What every readable report shows, worked out once from a ``WorkshopReport``.

HTML, PDF, DOCX and XLSX/CSV only lay these rows out, so all formats agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from facilitator_app.export.report_labels import ReportLabels
from facilitator_app.models.enums import Actor
from facilitator_app.schemas.report import ActorCounts, WorkshopReport

ACTOR_ORDER = (
    Actor.COUNCIL,
    Actor.ADMINISTRATION,
    Actor.COUNTY,
    Actor.STATE,
    Actor.BUSINESS,
    Actor.CITIZENS,
    Actor.UNKNOWN,
)


@dataclass(frozen=True)
class TimeTotal:
    """Planned and actual minutes of one group in one session."""

    session: str
    group: str
    planned: int
    actual: int | None  # None: no item was run with its timer


@dataclass
class ReportView:
    """Lookups and derived rows shared by the renderers."""

    report: WorkshopReport
    labels: ReportLabels
    zone: ZoneInfo
    group_name: dict[str, str]
    session_title: dict[str, str]
    missing: list[tuple[str, str]]  # (session title, group name) without data
    time_totals: list[TimeTotal]

    def local(self, when: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
        """A UTC time in the workshop's time zone ('' for none)."""
        return "" if when is None else when.astimezone(self.zone).strftime(fmt)

    def front_matter(self) -> list[tuple[str, str]]:
        """The first page's facts: organiser, sessions with their dates, when made."""
        lab, r = self.labels, self.report
        sessions = ", ".join(f"{s.title} ({lab.date(s.date)})" for s in r.sessions)
        made = lab.moment(r.generated_at.astimezone(self.zone))
        return [
            (lab["organiser"], r.workshop.organiser),
            (lab["sessions"], sessions),
            (lab["generated"], made),
        ]

    def actor_cells(self, counts: ActorCounts) -> list[int]:
        """Counts in ``ACTOR_ORDER`` followed by municipal, others, undecided."""
        return [counts.by_actor.get(a, 0) for a in ACTOR_ORDER] + [
            counts.municipal,
            counts.others,
            counts.undecided,
        ]

    def actor_heads(self) -> list[str]:
        """Column headings matching ``actor_cells``."""
        lab = self.labels
        return [lab.value(a.value) for a in ACTOR_ORDER] + [
            lab["municipal"],
            lab["others"],
            lab["undecided"],
        ]

    def question_label(self, title: str) -> str:
        """A question's title, or the words for ideas on no question."""
        return title or self.labels["whole_board"]


def build_report_view(report: WorkshopReport, lang: str = "nb") -> ReportView:
    """The view of ``report`` in language ``lang``."""
    labels = ReportLabels(lang)
    try:
        zone = ZoneInfo(report.workshop.time_zone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    group_name = {g.key: g.name for g in report.groups}
    session_title = {s.key: s.title for s in report.sessions}
    missing = [
        (session_title.get(d.session_key, d.session_key), group_name.get(d.group_key, d.group_key))
        for d in report.delivery
        if not d.has_data
    ]
    totals: dict[tuple[str, str], list[int | None]] = {}
    for row in report.time:
        entry = totals.setdefault((row.session_key, row.group_key), [0, None])
        planned, actual = entry
        entry[0] = (planned or 0) + (0 if row.status.value == "skipped" else row.planned_min)
        if row.actual_min is not None:
            entry[1] = (actual or 0) + row.actual_min
    time_totals = [
        TimeTotal(
            session=session_title.get(s, s),
            group=group_name.get(g, g),
            planned=int(p or 0),
            actual=a,
        )
        for (s, g), (p, a) in totals.items()
    ]
    return ReportView(
        report=report,
        labels=labels,
        zone=zone,
        group_name=group_name,
        session_title=session_title,
        missing=missing,
        time_totals=time_totals,
    )
