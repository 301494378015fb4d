"""The summary as one self-contained, printable HTML file (also the source of the PDF).

Every text from the store goes through ``html.escape``: a note reading ``<script>`` is
shown as those characters, never run. Pictures are inline SVG; for Qt's PDF writer,
which cannot draw inline SVG, ``html_document(..., inline_figures=False)`` refers to
them by name instead and hands them over separately.
"""

from __future__ import annotations

import re
from html import escape

from facilitator_app.export.svg import board_svg, time_chart_svg
from facilitator_app.export.view import ActorEntry, DocumentView, QuestionView, build_view
from facilitator_app.schemas.summary import GroupSummary, SummaryIdea

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #222;
       max-width: 60em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
h3 { font-size: 12pt; margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top;
         font-size: 9pt; }
td.n { white-space: nowrap; }
th { background: #eee; }
.meta td { border: none; padding: 0 1em 0 0; }
.muted { color: #666; }
.votes { font-weight: bold; color: #b71c1c; }
.figure { margin: 0.5em 0; }
.figure svg { max-width: 100%; height: auto; }
@media print { h2 { page-break-after: avoid; } .figure { page-break-inside: avoid; } }
"""


# Text width of an A4 page with 15 mm margins in Qt's document units (for the PDF).
PRINT_WIDTH = 620
_SIZE = re.compile(r'<svg [^>]*?width="(\d+)" height="([\d.]+)"')


def _e(text: str) -> str:
    return escape(text, quote=True)


def _img(name: str, svg: str, alt: str) -> str:
    """An ``<img>`` for a picture handed over separately, at most the text width wide."""
    found = _SIZE.search(svg)
    width, height = (int(found[1]), int(float(found[2]))) if found else (PRINT_WIDTH, 300)
    scale = min(1.0, PRINT_WIDTH / max(width, 1))
    return (
        f'<img src="{name}" alt="{_e(alt)}" width="{round(width * scale)}" '
        f'height="{round(height * scale)}">'
    )


def _idea_line(
    view: DocumentView, idea: SummaryIdea, number: int | None = None, suffix: str = ""
) -> str:
    lab = view.labels
    bits = [f"<b>{number}.</b> " if number is not None else "", _e(idea.text)]
    meta = [lab.value(idea.category.value), lab.value(idea.actor.value)]
    bits.append(f' <span class="muted">({_e(", ".join(meta))})</span>')
    if idea.votes:
        bits.append(f' <span class="votes">{_e(lab.votes(idea.votes))}</span>')
    if view.author(idea):
        bits.append(f' <span class="muted">– {_e(lab["by"])} {_e(view.author(idea))}</span>')
    return "<li>" + "".join(bits) + suffix + "</li>"


def _question(view: DocumentView, q: QuestionView, figures: dict[str, str], inline: bool) -> str:
    lab = view.labels
    out = [f"<h3>{_e(q.title)}</h3>"]
    if q.item is not None and q.item.sub_questions:
        out.append("<ul>" + "".join(f"<li>{_e(s)}</li>" for s in q.item.sub_questions) + "</ul>")
    if q.item is not None and q.item.note:
        out.append(f"<p><i>{_e(lab['note'])}:</i> {_e(q.item.note)}</p>")
    if not q.ideas:
        out.append(f'<p class="muted">{_e(lab["no_ideas"])}</p>')
        return "\n".join(out)
    if q.top:
        # The most-voted ideas first: what the group backed, before the whole board.
        out.append(f'<p class="top"><b>{_e(lab["top_ideas"])}</b></p><ol>')
        out += [
            f'<li>{_e(i.text)} <span class="votes">{_e(lab.votes(i.votes))}</span></li>'
            for i in q.top
        ]
        out.append("</ol>")
    svg = board_svg(q, lab)
    name = f"board-{len(figures) + 1}.svg"
    figures[name] = svg
    picture = svg if inline else _img(name, svg, lab["board"])
    out.append(f'<div class="figure">{picture}</div>')
    for cluster, members in q.clusters:
        out.append(f"<p><b>{_e(lab['cluster'])}: {_e(cluster.name)}</b></p>")
        out.append("<ul>" + "".join(_idea_line(view, i, q.numbers[i.id]) for i in members))
        out.append("</ul>")
    if q.loose:
        if q.clusters:
            out.append(f"<p><b>{_e(lab['unclustered'])}</b></p>")
        out.append("<ul>" + "".join(_idea_line(view, i, q.numbers[i.id]) for i in q.loose))
        out.append("</ul>")
    return "\n".join(out)


def _actor_list(view: DocumentView, entries: list[ActorEntry]) -> str:
    if not entries:
        return f"<p>{_e(view.labels['none'])}</p>"
    rows = [
        _idea_line(view, e.idea, suffix=f" <span class='muted'>· {_e(e.question)}</span>")
        for e in entries
    ]
    return "<ul>" + "".join(rows) + "</ul>"


def html_document(
    summary: GroupSummary, lang: str = "nb", *, inline_figures: bool = True
) -> tuple[str, dict[str, str]]:
    """The HTML text and the SVG pictures it shows (name → SVG text)."""
    view = build_view(summary, lang)
    lab = view.labels
    s = summary
    figures: dict[str, str] = {}
    title = f"{lab['title']}: {s.group.name} – {s.session.title}"
    meta = [
        (lab["workshop"], f"{s.workshop.title} ({s.workshop.organiser})"),
        (
            lab["session"],
            f"{s.session.title}, {s.session.date.isoformat()} "
            f"{s.session.start:%H:%M}–{s.session.end:%H:%M} ({s.workshop.time_zone})",
        ),
        (lab["group"], s.group.name),
    ]
    if s.group.facilitator:
        meta.append((lab["facilitator"], s.group.facilitator))
    meta.append((lab["exported"], view.local(s.exported_at, "%Y-%m-%d %H:%M")))
    meta.append((lab["app"], s.app_version))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lab.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        '<table class="meta">'
        + "".join(f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in meta)
        + "</table>",
    ]
    if s.public:
        out.append(f"<p><i>{_e(lab['public_note'])}</i></p>")
    else:
        out.append(f"<h2>{_e(lab['participants'])}</h2>")
        out.append(
            "<p>"
            + _e(lab["present_of"].format(present=view.present, total=len(s.participants)))
            + (f". {_e(lab['named'])}: {_e(', '.join(view.named))}" if view.named else "")
            + "</p>"
        )
    out.append(f"<h2>{_e(lab['time'])}</h2>")
    chart = time_chart_svg(view)
    if chart:
        figures["time-chart.svg"] = chart
        pic = chart if inline_figures else _img("time-chart.svg", chart, lab["time"])
        out.append(f'<div class="figure">{pic}</div>')
    out.append(
        '<table width="100%"><tr>'
        + "".join(
            ("<th width='30%'>" if k == "item" else "<th>") + f"{_e(lab[k])}</th>"
            for k in (
                "item",
                "planned_start",
                "planned_min",
                "actual_start",
                "actual_min",
                "status",
            )
        )
        + "</tr>"
    )
    for row in view.time_rows:
        actual = "" if row.actual_min is None else str(row.actual_min)
        cls = ' style="color: #c62828; font-weight: bold"' if row.overrun else ""
        out.append(
            f"<tr><td>{_e(row.title)}</td><td class='n'>{row.planned_start}</td>"
            f"<td class='n'>{row.planned_min}</td><td class='n'>{row.actual_start}</td>"
            f"<td class='n'{cls}>{actual}</td>"
            f"<td>{_e(lab.value(row.status))}</td></tr>"
        )
    out.append("</table>")
    out.append(f"<h2>{_e(lab['questions'])}</h2>")
    out += [_question(view, q, figures, inline_figures) for q in view.questions]
    out.append(f"<h2>{_e(lab['actors'])}</h2>")
    out.append(f"<h3>{_e(lab['municipal'])}</h3>{_actor_list(view, view.municipal)}")
    out.append(f"<h3>{_e(lab['others'])}</h3>{_actor_list(view, view.others)}")
    out.append(f"<h3>{_e(lab['undecided'])}</h3>{_actor_list(view, view.undecided)}")
    out.append(f"<h2>{_e(lab['experts'])}</h2>")
    if s.expert_questions:
        out.append(
            "<ul>"
            + "".join(
                f"<li>{_e(q.text)} <span class='muted'>· "
                f"{_e(view.question_title.get(q.agenda_item_id, ''))}</span>"
                f"<br>{_e(view.answer_line(q))}</li>"
                for q in s.expert_questions
            )
            + "</ul>"
        )
    else:
        out.append(f"<p>{_e(lab['none'])}</p>")
    if s.vote_rounds:
        out.append(f"<h2>{_e(lab['vote_rounds'])}</h2><ul>")
        for r in s.vote_rounds:
            line = lab["round"].format(
                question=view.question_title.get(r.agenda_item_id, ""),
                dots=r.dots_per_participant,
                total=len(r.dots),
            )
            state = f" ({lab['still_open']})" if r.closed_at is None else ""
            out.append(f"<li>{_e(line + state)}</li>")
        out.append("</ul>")
    out.append(f'<p class="muted">{_e(lab["checksum"])}: <code>{s.sha256}</code></p>')
    out.append("</body></html>")
    return "\n".join(out), figures


def render_html(summary: GroupSummary, lang: str = "nb") -> bytes:
    """The self-contained HTML document (UTF-8)."""
    text, _figures = html_document(summary, lang)
    return text.encode("utf-8")
