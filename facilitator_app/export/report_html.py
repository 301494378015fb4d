"""The workshop report as one self-contained, accessible HTML page (and the PDF's source).

Accessibility (WCAG 2.1 AA, checked with axe-core in the tests): one ``main`` landmark,
headings in order, tables with ``th scope``, every chart an ``img`` role with a text
alternative and a data table after it, colours with enough contrast. Every text from the
store goes through ``html.escape``. For Qt's PDF writer, which cannot draw inline SVG,
``report_html_document(..., inline_figures=False)`` refers to the charts by name instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from facilitator_app.export.report_charts import (
    BarChart,
    actors_chart,
    chart_parts,
    chart_svg,
    time_chart,
    votes_chart,
)
from facilitator_app.export.report_view import ReportView, build_report_view
from facilitator_app.schemas.report import ReportIdea, WorkshopReport

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #222;
       max-width: 62em; margin: 1.5em auto; padding: 0 1em; line-height: 1.35; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #767676; margin-top: 1.4em; }
h3 { font-size: 12pt; margin-bottom: 0.3em; }
h4 { font-size: 11pt; margin: 0.6em 0 0.2em 0; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top;
         font-size: 9pt; }
td.n { text-align: right; white-space: nowrap; }
th.n { text-align: right; }
th { background: #eee; }
.meta th, .meta td { border: none; background: none; padding: 0 1em 0 0; font-size: 11pt; }
.muted { color: #595959; }
.warn { border: 2px solid #b71c1c; padding: 0.4em 0.8em; }
.figure svg { max-width: 100%; height: auto; }
ul { margin-top: 0.2em; }
@media print { h2, h3, h4 { page-break-after: avoid; } tr, .figure { page-break-inside: avoid; } }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _table(
    heads: Sequence[str],
    rows: Iterable[Sequence[object]],
    numeric_from: int,
    widths: Sequence[int] = (),
) -> str:
    """A full-width table; columns from ``numeric_from`` on are right-aligned numbers.

    ``widths`` are percentages of the first columns (Qt's PDF layout needs them to give
    text columns room).
    """

    def cls(n: int) -> str:
        return ' class="n"' if n >= numeric_from else ""

    def width(n: int) -> str:
        return f' width="{widths[n]}%"' if n < len(widths) else ""

    out = ['<table width="100%"><thead><tr>']
    out += [f'<th scope="col"{cls(n)}{width(n)}>{_e(h)}</th>' for n, h in enumerate(heads)]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append(
            "<tr>" + "".join(f"<td{cls(n)}>{_e(v)}</td>" for n, v in enumerate(row)) + "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _figure(chart: BarChart, name: str, figures: dict[str, str], inline: bool) -> str:
    out = []
    for n, part in enumerate(chart_parts(chart), start=1):
        svg = chart_svg(part)
        if not svg:
            continue
        key = f"{n}-{name}"
        figures[key] = svg
        if inline:
            out.append(f'<div class="figure">{svg}</div>')
        else:
            out.append(f'<p class="figure"><img src="{key}" alt="{_e(part.alt)}"></p>')
    return "".join(out)


def _idea(view: ReportView, idea: ReportIdea) -> str:
    lab = view.labels
    meta = f"{lab.value(idea.category.value)}, {lab.value(idea.actor.value)}"
    bits = [_e(idea.text), f' <span class="muted">({_e(meta)})</span>']
    if idea.votes:
        bits.append(f" <b>{_e(lab.votes(idea.votes))}</b>")
    if idea.author:
        bits.append(f' <span class="muted">– {_e(lab["by"])} {_e(idea.author)}</span>')
    return "<li>" + "".join(bits) + "</li>"


def _delivery(view: ReportView) -> list[str]:
    lab, r = view.labels, view.report
    n = len(r.delivery)
    out = [f"<h2>{_e(lab['delivery'])}</h2>"]
    if view.missing:
        line = lab["delivery_missing"].format(missing=len(view.missing), n=n)
        out.append(f'<p class="warn"><b>{_e(line)}</b></p>')
        listed = "; ".join(f"{s} – {g}" for s, g in view.missing)
        out.append(f"<p>{_e(lab['missing_list'])}: {_e(listed)}</p>")
    else:
        out.append(f"<p>{_e(lab['delivery_all'].format(n=n))}</p>")
    heads = [
        lab["session"],
        lab["group"],
        lab["data"],
        lab["last_sync"],
        lab["ideas"],
        lab["present"],
    ]
    rows = [
        (
            view.session_title.get(d.session_key, d.session_key),
            view.group_name.get(d.group_key, d.group_key),
            lab["yes"] if d.has_data else lab["no_data"],
            view.local(d.last_synced_at) or lab["never"],
            d.ideas,
            d.present,
        )
        for d in r.delivery
    ]
    out.append(_table(heads, rows, 4, (30, 14, 10, 26, 10, 10)))
    return out


def _top(view: ReportView, figures: dict[str, str], inline: bool) -> list[str]:
    lab, r = view.labels, view.report
    out = [f"<h2>{_e(lab['top'])}</h2>", f"<p>{_e(lab['top_intro'])}</p>"]
    if not r.top_ideas:
        return [*out, f"<p>{_e(lab['no_votes'])}</p>"]
    out.append(_figure(votes_chart(view), "votes.svg", figures, inline))
    heads = [lab["rank"], lab["idea"], lab["group"], lab["actor"]]
    heads += [lab["score"], lab["votes"], lab["voters"]]
    rows = [
        (
            n,
            f"{t.text} ({view.question_label(t.question)})",
            view.group_name.get(t.group_key, t.group_key),
            lab.value(t.actor.value),
            lab.decimal(t.score),
            t.votes,
            t.voters,
        )
        for n, t in enumerate(r.top_ideas, start=1)
    ]
    # The rank is a number too, but reads better left-aligned beside the text.
    out.append(_table(heads, rows, 4, (5, 45, 10, 16, 10, 7, 7)))
    return out


def _actors(view: ReportView, figures: dict[str, str], inline: bool) -> list[str]:
    lab, r = view.labels, view.report
    out = [f"<h2>{_e(lab['actors'])}</h2>", f"<p>{_e(lab['actors_intro'])}</p>"]
    out.append(_figure(actors_chart(view), "actors.svg", figures, inline))
    split = [lab["municipal"], lab["others"], lab["undecided"]]
    rows = [
        (
            f"{view.session_title.get(q.session_key, '')}: {view.question_label(q.title)}",
            q.actors.municipal,
            q.actors.others,
            q.actors.undecided,
        )
        for q in r.questions
    ]
    overall = r.actors_overall
    rows.append((lab["overall"], overall.municipal, overall.others, overall.undecided))
    out.append(_table([lab["question"], *split], rows, 1, (64,)))
    detail = [
        (h, n) for h, n in zip(view.actor_heads()[:7], view.actor_cells(overall), strict=False)
    ]
    out.append(_table([lab["actor"], lab["ideas"]], detail, 1, (40,)))
    return out


def _breakdowns(view: ReportView) -> list[str]:
    lab, r = view.labels, view.report
    out = [f"<h2>{_e(lab['breakdowns'])}</h2>"]
    if not r.breakdowns:
        return [*out, f"<p>{_e(lab['no_breakdown'])}</p>"]
    out.append(f"<p>{_e(lab['breakdowns_intro'].format(k=r.min_cell))}</p>")
    for b in r.breakdowns:
        out.append(f"<h3>{_e(lab[b.dimension])}</h3>")
        heads = [lab[b.dimension], lab["people"], lab["ideas"], lab["measures"]]
        heads.append(lab["municipal_measures"])
        rows = [
            (lab.plan_value(b.dimension, c.value), c.people, c.ideas, c.measures, c.municipal)
            for c in b.cells
        ]
        out.append(_table(heads, rows, 1, (36,)))
        values = ", ".join(lab.plan_value(b.dimension, v) for v in b.merged)
        if b.merged and b.suppressed:
            out.append(f"<p>{_e(lab['suppressed_note'].format(values=values, k=r.min_cell))}</p>")
        elif b.merged:
            out.append(f"<p>{_e(lab['merged_note'].format(values=values, k=r.min_cell))}</p>")
    return out


def _time(view: ReportView, figures: dict[str, str], inline: bool) -> list[str]:
    lab = view.labels
    out = [f"<h2>{_e(lab['time'])}</h2>", f"<p>{_e(lab['time_intro'])}</p>"]
    out.append(_figure(time_chart(view), "time.svg", figures, inline))
    rows = [
        (t.session, t.group, t.planned, lab["not_run"] if t.actual is None else t.actual)
        for t in view.time_totals
    ]
    heads = [lab["session"], lab["group"], lab["planned"], lab["actual"]]
    out.append(_table(heads, rows, 2, (40, 30)))
    return out


def _questions(view: ReportView) -> list[str]:
    lab, r = view.labels, view.report
    out = [f"<h2>{_e(lab['questions'])}</h2>"]
    for q in r.questions:
        session = view.session_title.get(q.session_key, q.session_key)
        out.append(f"<h3>{_e(session)}: {_e(view.question_label(q.title))}</h3>")
        if not q.groups:
            out.append(f'<p class="muted">{_e(lab["no_ideas"])}</p>')
        for g in q.groups:
            out.append(f"<h4>{_e(view.group_name.get(g.group_key, g.group_key))}</h4>")
            for c in g.clusters:
                name = c.name if c.name is not None else lab["cluster_none"]
                out.append(f"<p><b>{_e(name)}</b></p><ul>")
                out += [_idea(view, i) for i in c.ideas]
                out.append("</ul>")
        if q.expert_questions:
            out.append(f"<h4>{_e(lab['experts'])}</h4><ul>")
            for x in q.expert_questions:
                group = view.group_name.get(x.group_key, x.group_key)
                line = f'{_e(x.text)} <span class="muted">· {_e(group)}</span>'
                if x.answers is None:
                    line += f' <span class="muted">{_e(lab["answers_unknown"])}</span>'
                elif not x.answers:
                    line += f"<br><i>{_e(lab['no_answer'])}</i>"
                for a in x.answers or []:
                    who = f" ({a.answered_by})" if a.answered_by else ""
                    line += f"<br><b>{_e(lab['answer'])}{_e(who)}:</b> {_e(a.text)}"
                out.append(f"<li>{line}</li>")
            out.append("</ul>")
    return out


def report_html_document(
    report: WorkshopReport, lang: str = "nb", *, inline_figures: bool = True
) -> tuple[str, dict[str, str]]:
    """The HTML text and the SVG charts it shows (name → SVG text)."""
    view = build_report_view(report, lang)
    lab, r = view.labels, report
    figures: dict[str, str] = {}
    title = f"{lab['title']}: {r.workshop.title}"
    meta = view.front_matter()
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lab.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body><main>",
        f"<h1>{_e(title)}</h1>",
        '<table class="meta">'
        + "".join(f'<tr><th scope="row">{_e(k)}</th><td>{_e(v)}</td></tr>' for k, v in meta)
        + "</table>",
        "<p><i>"
        + _e(lab["public_note"].format(n=r.names_replaced) if r.public else lab["internal_note"])
        + "</i></p>",
    ]
    if not r.public:
        people = ", ".join(f"{g.name}: {g.facilitator}" for g in r.groups if g.facilitator)
        if people:
            out.append(f"<p>{_e(lab['facilitator'])}: {_e(people)}</p>")
    out += _delivery(view)
    out += _top(view, figures, inline_figures)
    out += _actors(view, figures, inline_figures)
    out += _breakdowns(view)
    out += _time(view, figures, inline_figures)
    out += _questions(view)
    out.append(f'<p class="muted">{_e(lab["checksum"])}: <code>{r.sha256}</code></p>')
    out.append("</main></body></html>")
    return "\n".join(out), figures


def render_report_html(report: WorkshopReport, lang: str = "nb") -> bytes:
    """The self-contained HTML page (UTF-8)."""
    text, _figures = report_html_document(report, lang)
    return text.encode("utf-8")
