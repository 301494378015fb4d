"""Pictures drawn as SVG text in pure Python: a question's board and the time chart.

No Qt here: the command line and the worker thread draw the same pictures. Every text
that came from a user is XML-escaped.
"""

from __future__ import annotations

import uuid
from xml.sax.saxutils import escape

from facilitator_app.export.labels import Labels
from facilitator_app.export.text import xml_safe
from facilitator_app.export.view import DocumentView, QuestionView
from facilitator_app.models.enums import Category
from facilitator_app.schemas.summary import SummaryIdea
from facilitator_app.services.palette import TEXT, category_colour

BOARD_WIDTH = 720
MAX_BOARD_HEIGHT = 900
LABEL_BAND = 14  # px above the notes for cluster names
STACK_STEP = 18.0  # board units between notes drawn from the same spot
LEGEND_BAND = 22  # px below the notes for the category legend

Positions = dict[uuid.UUID, tuple[float, float]]


def _attr(text: str) -> str:
    return escape(xml_safe(text), {'"': "&quot;"})


def _text(text: str) -> str:
    return escape(xml_safe(text))


def _wrap(text: str, chars: int, lines: int) -> list[str]:
    words = text.split()
    out: list[str] = []
    line = ""
    for word in words:
        while len(word) > chars:  # a very long word is cut, not allowed to overflow
            if line:
                out.append(line)
                line = ""
            out.append(word[:chars])
            word = word[chars:]
        candidate = f"{line} {word}".strip()
        if len(candidate) <= chars:
            line = candidate
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: max(1, chars - 1)] + "…"
    return out


def note_positions(ideas: list[SummaryIdea]) -> Positions:
    """Where each note is drawn: where it stood on the board, except that notes on exactly
    the same spot are fanned out so every one shows.

    Two laptops of one group each put their new notes in the first free places of their
    own board; after sync those notes lie exactly on top of each other, and the picture
    showed three notes where the list beside it had six.
    """
    taken: dict[tuple[float, float], int] = {}
    out: Positions = {}
    for idea in ideas:
        spot = (round(idea.x, 1), round(idea.y, 1))
        n = taken.get(spot, 0)
        taken[spot] = n + 1
        out[idea.id] = (idea.x + n * STACK_STEP, idea.y + n * STACK_STEP)
    return out


def board_layout(
    ideas: list[SummaryIdea], positions: Positions
) -> tuple[float, float, float, float, float]:
    """(min x, min y, scale, width, height) that fit the ideas, drawn at ``positions``,
    into the picture."""
    min_x = min(positions[i.id][0] for i in ideas)
    min_y = min(positions[i.id][1] for i in ideas)
    max_x = max(positions[i.id][0] + max(i.width, 1.0) for i in ideas)
    max_y = max(positions[i.id][1] + max(i.height, 1.0) for i in ideas)
    span_x = max(max_x - min_x, 1.0)
    span_y = max(max_y - min_y, 1.0)
    scale = min((BOARD_WIDTH - 20) / span_x, (MAX_BOARD_HEIGHT - 20) / span_y, 1.0)
    return min_x, min_y, scale, BOARD_WIDTH, span_y * scale + 20


def categories_on(question: QuestionView) -> list[Category]:
    """The categories of the question's ideas, in the palette's order (for a legend)."""
    present = {idea.category for idea in question.ideas}
    return [c for c in Category if c in present]


def _legend(question: QuestionView, labels: Labels, y: float) -> list[str]:
    """A swatch and the word of every category on the board, in one row at ``y``."""
    parts = []
    x = 10.0
    for category in categories_on(question):
        word = labels.value(category.value)
        parts.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="12" height="12" '
            f'fill="{category_colour(category)}" stroke="#555555" stroke-width="0.6"/>'
            f'<text x="{x + 16:.0f}" y="{y + 10:.0f}" font-size="11" fill="{TEXT}">'
            f"{_text(word)}</text>"
        )
        x += 16 + 7 * len(word) + 18  # swatch, the word (~7 px a letter at 11 px), gap
    return parts


def board_svg(question: QuestionView, labels: Labels | None = None) -> str:
    """The question's board: notes where they stood, coloured by category (with a
    legend below), numbered like the list beside the picture, with a frame and name
    around each cluster."""
    labels = labels or Labels()
    ideas = question.ideas
    if not ideas:
        return ""
    positions = note_positions(ideas)
    min_x, min_y, scale, width, height = board_layout(ideas, positions)
    # Room above the notes for a cluster's name: at the top edge it was drawn through
    # the cluster's dashed frame.
    top = 10 + (LABEL_BAND if any(members for _c, members in question.clusters) else 0)
    height += top - 10
    notes_bottom = height
    height += LEGEND_BAND

    def box(idea: SummaryIdea) -> tuple[float, float, float, float]:
        x, y = positions[idea.id]
        return (
            10 + (x - min_x) * scale,
            top + (y - min_y) * scale,
            max(idea.width * scale, 4.0),
            max(idea.height * scale, 4.0),
        )

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
        f'viewBox="0 0 {width} {height:.0f}" role="img" '
        f'aria-label="{_attr(question.title)}" font-family="DejaVu Sans, Arial, sans-serif">',
        f'<rect x="0" y="0" width="{width}" height="{height:.0f}" fill="#f4f4f0" '
        'stroke="#cccccc"/>',
    ]
    for cluster, members in question.clusters:
        if not members:
            continue
        boxes = [box(i) for i in members]
        x0 = min(b[0] for b in boxes) - 4
        y0 = min(b[1] for b in boxes) - 4
        x1 = max(b[0] + b[2] for b in boxes) + 4
        y1 = max(b[1] + b[3] for b in boxes) + 4
        parts.append(
            f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" '
            'fill="none" stroke="#5c6bc0" stroke-width="1.5" stroke-dasharray="5 3" rx="6"/>'
        )
        parts.append(
            f'<text x="{x0 + 2:.1f}" y="{y0 - 3:.1f}" font-size="10" fill="#303f9f">'
            f"{_text(cluster.name[:60])}</text>"
        )
    font = max(6.0, min(11.0, 11.0 * scale / 0.6))
    for idea in ideas:
        x, y, w, h = box(idea)
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="{category_colour(idea.category)}" stroke="#8d8d6e" stroke-width="0.6"/>'
        )
        number = question.numbers.get(idea.id, 0)
        chars = max(1, int(w / (font * 0.6)))
        lines = max(0, int((h - 2) / (font * 1.2)) - 1)
        text_lines = [f"{number}."]
        if lines > 0 and chars > 3:
            text_lines += _wrap(idea.text, chars, lines)
        for n, line in enumerate(text_lines[: max(1, lines + 1)]):
            weight = ' font-weight="bold"' if n == 0 else ""
            parts.append(
                f'<text x="{x + 2:.1f}" y="{y + font * (n + 1) * 1.1:.1f}" '
                f'font-size="{font:.1f}" fill="{TEXT}"{weight}>{_text(line)}</text>'
            )
        if idea.votes:
            parts.append(
                f'<circle cx="{x + w - 6:.1f}" cy="{y + 6:.1f}" r="5" fill="#d32f2f"/>'
                f'<text x="{x + w - 6:.1f}" y="{y + 9:.1f}" font-size="8" fill="#ffffff" '
                f'text-anchor="middle">{idea.votes}</text>'
            )
    parts += _legend(question, labels, notes_bottom + 2)
    parts.append("</svg>")
    return "\n".join(parts)


def time_chart_svg(view: DocumentView) -> str:
    """Planned (grey) against actual (blue, red when over) minutes per agenda item."""
    rows = view.time_rows
    if not rows:
        return ""
    labels = view.labels
    label_w, bar_w, row_h = 250, 420, 26
    longest = max([r.planned_min for r in rows] + [r.actual_min or 0 for r in rows] + [1])
    unit = bar_w / longest
    height = 30 + row_h * len(rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" '
        f'height="{height}" role="img" aria-label="{_attr(labels["time"])}" '
        'font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
        f'<rect x="{label_w}" y="4" width="12" height="8" fill="#b0bec5"/>'
        f'<text x="{label_w + 16}" y="12">{escape(labels["legend_planned"])}</text>'
        f'<rect x="{label_w + 90}" y="4" width="12" height="8" fill="#1e88e5"/>'
        f'<text x="{label_w + 106}" y="12">{escape(labels["legend_actual"])}</text>',
    ]
    for n, row in enumerate(rows):
        y = 24 + n * row_h
        title = row.title if len(row.title) <= 40 else row.title[:39] + "…"
        parts.append(f'<text x="0" y="{y + 13}">{_text(title)}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{row.planned_min * unit:.1f}" height="9" '
            'fill="#b0bec5"/>'
        )
        parts.append(
            f'<text x="{label_w + row.planned_min * unit + 4:.1f}" y="{y + 8}" '
            f'font-size="9">{row.planned_min}</text>'
        )
        if row.actual_min is not None:
            colour = "#e53935" if row.overrun else "#1e88e5"
            parts.append(
                f'<rect x="{label_w}" y="{y + 11}" width="{row.actual_min * unit:.1f}" '
                f'height="9" fill="{colour}"/>'
                f'<text x="{label_w + row.actual_min * unit + 4:.1f}" y="{y + 19}" '
                f'font-size="9">{row.actual_min}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)
