"""The summary as Markdown, for wikis, e-mail and version control.

User text is escaped so that it shows as typed: Markdown punctuation gets a backslash,
``<``/``>``/``&`` become entities (Markdown viewers pass raw HTML through otherwise).
Pictures (the boards) are embedded as SVG data URIs; the time chart is a table with bars.
"""

from __future__ import annotations

import base64
import re

from facilitator_app.export.svg import board_svg
from facilitator_app.export.view import ActorEntry, DocumentView, build_view
from facilitator_app.schemas.summary import GroupSummary, SummaryIdea

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def md_escape(text: str) -> str:
    """``text`` as Markdown that shows exactly these characters, on one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _idea(view: DocumentView, idea: SummaryIdea, number: int | None = None) -> str:
    lab = view.labels
    line = f"- {f'**{number}.** ' if number is not None else ''}{md_escape(idea.text)}"
    line += f" _({md_escape(lab.value(idea.category.value))}, "
    line += f"{md_escape(lab.value(idea.actor.value))})_"
    if idea.votes:
        line += f" **{md_escape(lab.votes(idea.votes))}**"
    if view.author(idea):
        line += f" – {md_escape(lab['by'])} {md_escape(view.author(idea))}"
    return line


def _actors(view: DocumentView, entries: list[ActorEntry]) -> list[str]:
    if not entries:
        return [md_escape(view.labels["none"])]
    return [f"{_idea(view, e.idea)} · {md_escape(e.question)}" for e in entries]


def render_markdown(summary: GroupSummary, lang: str = "nb") -> bytes:
    """The Markdown document (UTF-8)."""
    view = build_view(summary, lang)
    lab = view.labels
    s = summary
    out = [
        f"# {md_escape(lab['title'])}: {md_escape(s.group.name)} – {md_escape(s.session.title)}",
        "",
        f"- **{md_escape(lab['workshop'])}:** {md_escape(s.workshop.title)} "
        f"({md_escape(s.workshop.organiser)})",
        f"- **{md_escape(lab['session'])}:** {md_escape(s.session.title)}, "
        f"{s.session.date.isoformat()} {s.session.start:%H:%M}–{s.session.end:%H:%M} "
        f"({md_escape(s.workshop.time_zone)})",
        f"- **{md_escape(lab['group'])}:** {md_escape(s.group.name)}",
    ]
    if s.group.facilitator:
        out.append(f"- **{md_escape(lab['facilitator'])}:** {md_escape(s.group.facilitator)}")
    out.append(f"- **{md_escape(lab['exported'])}:** {view.local(s.exported_at, '%Y-%m-%d %H:%M')}")
    out.append(f"- **{md_escape(lab['app'])}:** {md_escape(s.app_version)}")
    out.append("")
    if s.public:
        out += [f"_{md_escape(lab['public_note'])}_", ""]
    else:
        line = lab["present_of"].format(present=view.present, total=len(s.participants))
        if view.named:
            line += f". {lab['named']}: {', '.join(view.named)}"
        out += [f"## {md_escape(lab['participants'])}", "", md_escape(line), ""]

    out += [f"## {md_escape(lab['time'])}", ""]
    heads = ["item", "planned_start", "planned_min", "actual_start", "actual_min", "status"]
    out.append("| " + " | ".join(md_escape(lab[h]) for h in heads) + " | |")
    out.append("|" + "---|" * (len(heads) + 1))
    longest = max([r.planned_min for r in view.time_rows] + [1])
    for row in view.time_rows:
        bar = "▒" * round(12 * row.planned_min / longest)
        if row.actual_min is not None:
            bar += "<br>" + "█" * min(40, round(12 * row.actual_min / longest))
        actual = "" if row.actual_min is None else str(row.actual_min)
        if row.overrun:
            actual = f"**{actual}**"
        out.append(
            f"| {md_escape(row.title)} | {row.planned_start} | {row.planned_min} | "
            f"{row.actual_start} | {actual} | {md_escape(lab.value(row.status))} | {bar} |"
        )
    out += ["", f"▒ {md_escape(lab['legend_planned'])} · █ {md_escape(lab['legend_actual'])}", ""]

    out += [f"## {md_escape(lab['questions'])}", ""]
    for q in view.questions:
        out += [f"### {md_escape(q.title)}", ""]
        if q.item is not None and q.item.sub_questions:
            out += [f"- {md_escape(sub)}" for sub in q.item.sub_questions] + [""]
        if q.item is not None and q.item.note:
            out += [f"_{md_escape(lab['note'])}:_ {md_escape(q.item.note)}", ""]
        if not q.ideas:
            out += [f"_{md_escape(lab['no_ideas'])}_", ""]
            continue
        data = base64.b64encode(board_svg(q).encode("utf-8")).decode("ascii")
        out += [f"![{md_escape(lab['board'])}](data:image/svg+xml;base64,{data})", ""]
        for cluster, members in q.clusters:
            out.append(f"**{md_escape(lab['cluster'])}: {md_escape(cluster.name)}**")
            out += ["", *[_idea(view, i, q.numbers[i.id]) for i in members], ""]
        if q.loose:
            if q.clusters:
                out += [f"**{md_escape(lab['unclustered'])}**", ""]
            out += [*[_idea(view, i, q.numbers[i.id]) for i in q.loose], ""]

    out += [f"## {md_escape(lab['actors'])}", ""]
    for key, entries in (
        ("municipal", view.municipal),
        ("others", view.others),
        ("undecided", view.undecided),
    ):
        out += [f"### {md_escape(lab[key])}", "", *_actors(view, entries), ""]
    out += [f"## {md_escape(lab['experts'])}", ""]
    if s.expert_questions:
        for eq in s.expert_questions:
            title = md_escape(view.question_title.get(eq.agenda_item_id, ""))
            out.append(f"- {md_escape(eq.text)} · {title}")
            out.append(f"  - {md_escape(view.answer_line(eq))}")
    else:
        out.append(md_escape(lab["none"]))
    out.append("")
    if s.vote_rounds:
        out += [f"## {md_escape(lab['vote_rounds'])}", ""]
        for r in s.vote_rounds:
            line = lab["round"].format(
                question=view.question_title.get(r.agenda_item_id, ""),
                dots=r.dots_per_participant,
                total=len(r.dots),
            )
            state = f" ({lab['still_open']})" if r.closed_at is None else ""
            out.append(f"- {md_escape(line + state)}")
        out.append("")
    out.append(f"_{md_escape(lab['checksum'])}:_ `{s.sha256}`")
    return ("\n".join(out) + "\n").encode("utf-8")
