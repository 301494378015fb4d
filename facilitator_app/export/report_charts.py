"""The report's charts (votes, who must act, time) as SVG and PNG, in pure Python.

One ``BarChart`` description is drawn twice: as SVG for HTML (and, through Qt, the PDF)
and as PNG for Word. The PNG has no letters (``export/raster`` draws digits only): each
bar row carries its number, and the table that follows every chart holds the words.
Colours keep a contrast of 3:1 or more against white (WCAG 1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from facilitator_app.export.raster import _Canvas
from facilitator_app.export.report_view import ReportView
from facilitator_app.export.text import xml_safe

# Rows per picture: a longer chart is cut into pictures that each fit an A4 page.
ROWS_PER_PICTURE = 30
SERIES_COLOURS = ("#1565c0", "#c62828", "#2e7d32")
TEXT = "#222222"


@dataclass(frozen=True)
class BarChart:
    """Rows of bars: each row a label and one value per series."""

    title: str
    alt: str
    series: tuple[str, ...]
    rows: list[tuple[str, tuple[float, ...], str]]  # label, values, text shown after bars
    scale_to: float = 0.0  # the value of a full-length bar (0: the longest row's)


def chart_parts(chart: BarChart) -> list[BarChart]:
    """The chart cut into pictures of at most ``ROWS_PER_PICTURE`` rows (same scale)."""
    if len(chart.rows) <= ROWS_PER_PICTURE:
        return [chart]
    longest = max(v for _l, vs, _t in chart.rows for v in vs)
    return [
        replace(chart, rows=chart.rows[k : k + ROWS_PER_PICTURE], scale_to=longest)
        for k in range(0, len(chart.rows), ROWS_PER_PICTURE)
    ]


def _hex(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def chart_svg(chart: BarChart) -> str:
    """The chart as an SVG image with a title and a text alternative."""
    if not chart.rows:
        return ""
    label_w, bar_w, bar_h = 260, 360, 10
    n_series = len(chart.series)
    row_h = bar_h * n_series + 10
    top = 24 if n_series > 1 else 6
    longest = chart.scale_to or max([v for _l, vs, _t in chart.rows for v in vs] + [1e-9])
    unit = bar_w / longest
    height = top + row_h * len(chart.rows) + 4
    alt = escape(xml_safe(chart.alt), {'"': "&quot;"})
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" '
        f'height="{height}" role="img" aria-label="{alt}" '
        'font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
        f"<title>{escape(xml_safe(chart.title))}</title><desc>{alt}</desc>",
    ]
    if n_series > 1:
        x = label_w
        for name, colour in zip(chart.series, SERIES_COLOURS, strict=False):
            parts.append(
                f'<rect x="{x}" y="4" width="12" height="8" fill="{colour}"/>'
                f'<text x="{x + 16}" y="12" fill="{TEXT}">{escape(xml_safe(name))}</text>'
            )
            x += 30 + 7 * len(name)
    for n, (label, values, after) in enumerate(chart.rows):
        y = top + n * row_h
        short = label if len(label) <= 42 else label[:41] + "…"
        parts.append(
            f'<text x="0" y="{y + 3 + bar_h * n_series / 2:.1f}" fill="{TEXT}">'
            f"{escape(xml_safe(short))}</text>"
        )
        for k, value in enumerate(values):
            colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
            parts.append(
                f'<rect x="{label_w}" y="{y + k * bar_h}" width="{max(value * unit, 1):.1f}" '
                f'height="{bar_h - 1}" fill="{colour}"/>'
            )
        widest = max(values) if values else 0
        parts.append(
            f'<text x="{label_w + widest * unit + 5:.1f}" y="{y + bar_h * n_series - 1}" '
            f'font-size="9" fill="{TEXT}">{escape(xml_safe(after))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def chart_png(chart: BarChart) -> bytes:
    """The chart as PNG: numbered rows, bars and their values in digits."""
    if not chart.rows:
        return b""
    scale = 2
    num_w, bar_w, bar_h = 40 * scale, 320 * scale, 8 * scale
    n_series = len(chart.series)
    row_h = bar_h * n_series + 8 * scale
    longest = chart.scale_to or max([v for _l, vs, _t in chart.rows for v in vs] + [1e-9])
    unit = bar_w / longest
    width = num_w + bar_w + 60 * scale
    height = row_h * len(chart.rows) + 8 * scale
    canvas = _Canvas(width, height, (255, 255, 255))
    dark = (34, 34, 34)
    for n, (_label, values, _after) in enumerate(chart.rows):
        y = 4 * scale + n * row_h
        canvas.number(4 * scale, y, n + 1, dark, scale)
        for k, value in enumerate(values):
            colour = _hex(SERIES_COLOURS[k % len(SERIES_COLOURS)])
            x1 = num_w + max(int(value * unit), 2)
            canvas.fill(num_w, y + k * bar_h, x1, y + (k + 1) * bar_h - scale, colour)
            canvas.number(x1 + 3 * scale, y + k * bar_h + scale, round(value), dark, 1)
    return canvas.png()


def votes_chart(view: ReportView) -> BarChart:
    """Votes per person for the most supported ideas."""
    lab = view.labels
    top = view.report.top_ideas
    return BarChart(
        title=lab["top"],
        alt=lab["chart_votes"].format(n=len(top)),
        series=(lab["score"],),
        rows=[
            (f"{n}. {t.text}", (t.score,), f"{lab.decimal(t.score)} ({t.votes}/{t.voters})")
            for n, t in enumerate(top, start=1)
        ],
    )


def actors_chart(view: ReportView) -> BarChart:
    """Ideas by who must act, over all questions."""
    lab = view.labels
    heads = view.actor_heads()[:7]
    cells = view.actor_cells(view.report.actors_overall)[:7]
    described = ", ".join(f"{h} {c}" for h, c in zip(heads, cells, strict=True))
    return BarChart(
        title=lab["actors"],
        alt=lab["chart_actors"].format(values=described),
        series=(lab["ideas"],),
        rows=[(h, (float(c),), str(c)) for h, c in zip(heads, cells, strict=True)],
    )


def time_chart(view: ReportView) -> BarChart:
    """Planned against actual minutes per group and session."""
    lab = view.labels
    return BarChart(
        title=lab["time"],
        alt=lab["chart_time"],
        series=(lab["planned"], lab["actual"]),
        rows=[
            (
                f"{t.session} – {t.group}",
                (float(t.planned), float(t.actual or 0)),
                f"{t.planned} / {'–' if t.actual is None else t.actual}",
            )
            for t in view.time_totals
        ],
    )
