"""The ideas as a table for spreadsheet work: CSV and XLSX.

A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return would be taken
as a formula by Excel or LibreOffice (CSV/formula injection). As OWASP advises, such text
gets a leading apostrophe, so it is shown as text and never evaluated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from facilitator_app.export.text import xml_safe
from facilitator_app.export.view import DocumentView, build_view
from facilitator_app.schemas.summary import GroupSummary

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell (see the module docstring); characters a
    workbook cannot hold are dropped first."""
    text = xml_safe(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _headers(view: DocumentView) -> list[str]:
    lab = view.labels
    heads = [
        lab["no"],
        lab["question"],
        lab["cluster"],
        lab["idea"],
        lab["category"],
        lab["actor"],
        lab["votes"].capitalize(),  # a column heading, like the others
    ]
    if not view.summary.public:
        heads.append(lab["author"])
    heads += [lab["created"], "id"]
    return heads


def rows(view: DocumentView) -> Iterator[list[str | int]]:
    """One row per idea, in document order (question, cluster, votes)."""
    lab = view.labels
    clusters = {c.id: c.name for c in view.summary.clusters}
    for q in view.questions:
        for idea in q.ideas:
            row: list[str | int] = [
                q.numbers[idea.id],
                q.title,
                clusters.get(idea.cluster_id, "") if idea.cluster_id else "",
                idea.text,
                lab.value(idea.category.value),
                lab.value(idea.actor.value),
                idea.votes,
            ]
            if not view.summary.public:
                row.append(view.author(idea))
            row += [view.local(idea.created_at, "%Y-%m-%d %H:%M"), str(idea.id)]
            yield row


def csv_separator(lang: str) -> str:
    """The list separator Excel expects in the user's locale.

    Excel splits a double-clicked CSV on the system's list separator: ``;`` wherever the
    decimal sign is a comma (Norway and most of Europe), ``,`` in English locales. A comma
    file opened in Norwegian Excel showed every row in one column.
    """
    return ";" if lang == "nb" else ","


def render_csv(summary: GroupSummary, lang: str = "nb") -> bytes:
    """The ideas as CSV that Excel in the language's locale opens in columns: UTF-8 with
    BOM (so Excel reads the letters right), the locale's separator, every cell quoted."""
    view = build_view(summary, lang)
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=csv_separator(lang), quoting=csv.QUOTE_ALL, lineterminator="\r\n"
    )
    writer.writerow([neutralise(h) for h in _headers(view)])
    for row in rows(view):
        writer.writerow([neutralise(c) if isinstance(c, str) else c for c in row])
    return buffer.getvalue().encode("utf-8-sig")


def render_xlsx(summary: GroupSummary, lang: str = "nb") -> bytes:
    """The ideas as an Excel workbook with one sheet."""
    view = build_view(summary, lang)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(view.labels["questions"][:31])
    bold = Font(bold=True)
    heads = _headers(view)
    widths = [5, 40, 25, 60, 18, 18, 8] + ([] if summary.public else [20]) + [17, 38]
    for n, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + n)].width = width
    header = []
    for h in heads:
        cell = WriteOnlyCell(sheet, value=neutralise(h))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows(view):
        cells = []
        for value in row:
            cell = WriteOnlyCell(
                sheet, value=neutralise(value) if isinstance(value, str) else value
            )
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever openpyxl would guess
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
