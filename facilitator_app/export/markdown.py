"""The summary as Markdown, for wikis, e-mail and version control.

User text is escaped so that it shows as typed, with only the escapes Markdown needs:
emphasis, code, link and table characters get a backslash, ``<``/``>``/``&`` become
entities (viewers pass raw HTML through otherwise), and a line that would start a
heading, list or quote has its first mark escaped. ``0.1.0`` stays ``0.1.0``.
The board pictures are SVG files in a folder beside the document (``…_pictures/``),
linked by relative paths: a 13 KB base64 picture inside the text made it useless in
e-mail and wikis.
"""

from __future__ import annotations

import re

from facilitator_app.export.svg import board_svg
from facilitator_app.export.view import ActorEntry, DocumentView, QuestionView, build_view
from facilitator_app.schemas.summary import GroupSummary, SummaryIdea
from facilitator_app.services.summary import file_stem

# Inline: emphasis, code, links/images, tables, strikethrough (GFM) and the escape itself.
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# At the start of a line: heading, list, quote-free (">" is an entity), ordered list.
_LINE_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))")


def md_escape(text: str, at_start: bool = False) -> str:
    """``text`` as Markdown that shows exactly these characters, on one line.

    ``at_start``: the text begins a line or list item, where ``#``, ``-``, ``+`` or
    ``1.`` would start a heading or a list.
    """
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    if at_start:
        text = _LINE_START.sub(
            lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text
        )
    return text


def picture_folder(summary: GroupSummary) -> str:
    """The folder beside the Markdown file that holds its pictures."""
    return f"{file_stem(summary)}_pictures"


def _picture_name(index: int) -> str:
    return f"board-{index}.svg"


def markdown_pictures(summary: GroupSummary, lang: str = "nb") -> dict[str, bytes]:
    """The pictures the Markdown links to: relative path → SVG bytes."""
    view = build_view(summary, lang)
    folder = picture_folder(summary)
    return {
        f"{folder}/{_picture_name(n)}": board_svg(q, view.labels).encode("utf-8")
        for n, q in enumerate(view.questions, start=1)
        if q.ideas
    }


def _idea(view: DocumentView, idea: SummaryIdea, number: int | None = None) -> str:
    lab = view.labels
    mark = f"**{number}.** " if number is not None else ""
    line = f"- {mark}{md_escape(idea.text, at_start=number is None)}"
    line += f" _({md_escape(lab.value(idea.category.value))}, "
    line += f"{md_escape(lab.value(idea.actor.value))})_"
    if idea.votes:
        line += f" **{md_escape(lab.votes(idea.votes))}**"
    if view.author(idea):
        line += f" – {md_escape(lab['by'])} {md_escape(view.author(idea))}"
    return line


def _top(view: DocumentView, question: QuestionView) -> list[str]:
    """The most-voted ideas of the question, ranked, before its board."""
    if not question.top:
        return []
    lines = [f"**{md_escape(view.labels['top_ideas'])}**", ""]
    for rank, idea in enumerate(question.top, start=1):
        lines.append(
            f"{rank}. {md_escape(idea.text, at_start=True)} "
            f"**{md_escape(view.labels.votes(idea.votes))}**"
        )
    return [*lines, ""]


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
        out += [f"## {md_escape(lab['participants'])}", "", md_escape(line, at_start=True), ""]

    out += [f"## {md_escape(lab['time'])}", ""]
    heads = ["item", "planned_start", "planned_min", "actual_start", "actual_min", "status"]
    out.append("| " + " | ".join(md_escape(lab[h]) for h in heads) + " |")
    out.append("|" + "---|" * len(heads))
    for row in view.time_rows:
        actual = "" if row.actual_min is None else str(row.actual_min)
        if row.overrun:
            actual = f"**{actual}**"  # longer than planned
        out.append(
            f"| {md_escape(row.title)} | {row.planned_start} | {row.planned_min} | "
            f"{row.actual_start} | {actual} | {md_escape(lab.value(row.status))} |"
        )
    out.append("")

    out += [f"## {md_escape(lab['questions'])}", ""]
    for index, q in enumerate(view.questions, start=1):
        out += [f"### {md_escape(q.title)}", ""]
        if q.item is not None and q.item.sub_questions:
            out += [f"- {md_escape(sub, at_start=True)}" for sub in q.item.sub_questions] + [""]
        if q.item is not None and q.item.note:
            out += [f"_{md_escape(lab['note'])}:_ {md_escape(q.item.note)}", ""]
        if not q.ideas:
            out += [f"_{md_escape(lab['no_ideas'])}_", ""]
            continue
        out += _top(view, q)
        link = f"{picture_folder(s)}/{_picture_name(index)}"
        out += [f"![{md_escape(lab['board'])}]({link})", ""]
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
            out.append(f"- {md_escape(eq.text, at_start=True)} · {title}")
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
            out.append(f"- {md_escape(line + state, at_start=True)}")
        out.append("")
    out.append(f"_{md_escape(lab['checksum'])}:_ `{s.sha256}`")
    return ("\n".join(out) + "\n").encode("utf-8")
