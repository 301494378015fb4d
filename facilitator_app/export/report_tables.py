"""The report's views as spreadsheet sheets: one XLSX with a sheet per view, and a CSV each.

Every sheet has a bold, frozen heading row and an autofilter. The CSV files use ``;`` as
separator and UTF-8 with a byte-order mark: Excel in Norwegian (where ``,`` is the decimal
sign) splits ``;``-separated files into columns and reads the BOM as UTF-8, so æ, ø and å
arrive intact. Text cells that could be taken as a formula get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from facilitator_app.export.report_view import ReportView, build_report_view
from facilitator_app.export.tables import neutralise
from facilitator_app.export.xlsx_rows import rows_xml, splice_rows
from facilitator_app.schemas.report import WorkshopReport

Cell = str | int | float


@dataclass(frozen=True)
class Sheet:
    """One view as a table: a short name for files, a title, headings, rows, widths."""

    slug: str
    title: str
    heads: list[str]
    rows: list[list[Cell]]
    widths: list[int]


def report_sheets(view: ReportView) -> list[Sheet]:
    """Every view of the report as a sheet, in document order."""
    lab, r = view.labels, view.report
    sheets = [
        Sheet(
            "delivery",
            lab["sheet_delivery"],
            [
                lab["session"],
                lab["group"],
                lab["data"],
                lab["last_sync"],
                lab["ideas"],
                lab["present"],
            ],
            [
                [
                    view.session_title.get(d.session_key, d.session_key),
                    view.group_name.get(d.group_key, d.group_key),
                    lab["yes"] if d.has_data else lab["no_data"],
                    view.local(d.last_synced_at) or lab["never"],
                    d.ideas,
                    d.present,
                ]
                for d in r.delivery
            ],
            [24, 20, 10, 22, 8, 8],
        ),
        Sheet(
            "top",
            lab["sheet_top"],
            [
                lab["rank"],
                lab["idea"],
                lab["question"],
                lab["group"],
                lab["category"],
                lab["actor"],
                lab["score"],
                lab["votes"],
                lab["voters"],
            ],
            [
                [
                    n,
                    t.text,
                    view.question_label(t.question),
                    view.group_name.get(t.group_key, t.group_key),
                    lab.value(t.category.value),
                    lab.value(t.actor.value),
                    t.score,
                    t.votes,
                    t.voters,
                ]
                for n, t in enumerate(r.top_ideas, start=1)
            ],
            [5, 60, 40, 16, 16, 18, 10, 8, 8],
        ),
        Sheet(
            "actors",
            lab["sheet_actors"],
            [lab["session"], lab["question"], *view.actor_heads()],
            [
                [
                    view.session_title.get(q.session_key, ""),
                    view.question_label(q.title),
                    *_ints(view.actor_cells(q.actors)),
                ]
                for q in r.questions
            ]
            + [["", lab["overall"], *view.actor_cells(r.actors_overall)]],
            [20, 50] + [12] * 10,
        ),
        Sheet(
            "breakdowns",
            lab["sheet_breakdowns"],
            [
                lab["dimension"],
                lab["value"],
                lab["people"],
                lab["ideas"],
                lab["measures"],
                lab["municipal_measures"],
            ],
            [
                [
                    lab[b.dimension],
                    lab.plan_value(b.dimension, c.value),
                    c.people,
                    c.ideas,
                    c.measures,
                    c.municipal,
                ]
                for b in r.breakdowns
                for c in b.cells
            ],
            [20, 24, 10, 10, 10, 14],
        ),
        Sheet(
            "time",
            lab["sheet_time"],
            [
                lab["session"],
                lab["group"],
                lab["item"],
                lab["status"],
                lab["planned"],
                lab["actual"],
            ],
            [
                [
                    view.session_title.get(t.session_key, t.session_key),
                    view.group_name.get(t.group_key, t.group_key),
                    t.title,
                    lab.value(t.status.value),
                    t.planned_min,
                    "" if t.actual_min is None else t.actual_min,
                ]
                for t in r.time
            ],
            [20, 16, 50, 14, 12, 12],
        ),
    ]
    idea_heads = [
        lab["session"],
        lab["question"],
        lab["group"],
        lab["cluster"],
        lab["idea"],
        lab["category"],
        lab["actor"],
        lab["votes"],
        lab["voters"],
        lab["score"],
    ]
    if not r.public:
        idea_heads.append(lab["author"])
    ideas: list[list[Cell]] = []
    experts: list[list[Cell]] = []
    for q in r.questions:
        session = view.session_title.get(q.session_key, q.session_key)
        title = view.question_label(q.title)
        for g in q.groups:
            group = view.group_name.get(g.group_key, g.group_key)
            for c in g.clusters:
                for i in c.ideas:
                    row: list[Cell] = [
                        session,
                        title,
                        group,
                        c.name or "",
                        i.text,
                        lab.value(i.category.value),
                        lab.value(i.actor.value),
                        i.votes,
                        i.voters,
                        i.score,
                    ]
                    if not r.public:
                        row.append(i.author or "")
                    ideas.append(row)
        for x in q.expert_questions:
            answers = "" if x.answers is None else " | ".join(a.text for a in x.answers)
            experts.append(
                [session, title, view.group_name.get(x.group_key, x.group_key), x.text, answers]
            )
    sheets.append(
        Sheet(
            "ideas",
            lab["sheet_ideas"],
            idea_heads,
            ideas,
            [18, 40, 14, 20, 60, 16, 18, 8, 8, 8, 20],
        )
    )
    sheets.append(
        Sheet(
            "experts",
            lab["sheet_experts"],
            [lab["session"], lab["question"], lab["group"], lab["experts"], lab["answer"]],
            experts,
            [18, 40, 14, 60, 60],
        )
    )
    return sheets


def _ints(values: list[int]) -> list[Cell]:
    return list(values)


def _safe(value: Cell) -> Cell:
    return neutralise(value) if isinstance(value, str) else value


def _safe_rows(rows: list[list[Cell]], *, decimal_comma: bool = False) -> list[list[Cell]]:
    """``rows`` with every text made safe (``neutralise``); with ``decimal_comma`` every
    decimal number as text with a comma, as Norwegian Excel reads numbers. The same few
    texts (sessions, questions, groups, labels) fill most cells: each is made safe once."""
    done: dict[str, str] = {}
    out = []
    for row in rows:
        cells: list[Cell] = []
        for value in row:
            if isinstance(value, str):
                safe = done.get(value)
                if safe is None:
                    safe = done[value] = neutralise(value)
                cells.append(safe)
            elif decimal_comma and isinstance(value, float):
                cells.append(str(value).replace(".", ","))
            else:
                cells.append(value)
        out.append(cells)
    return out


def render_report_csv(report: WorkshopReport, lang: str = "nb") -> dict[str, bytes]:
    """One CSV per sheet: file-name suffix → bytes (``;``, UTF-8 with BOM)."""
    view = build_report_view(report, lang)
    out = {}
    for sheet in report_sheets(view):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([_safe(h) for h in sheet.heads])
        writer.writerows(_safe_rows(sheet.rows, decimal_comma=True))
        out[f"_{sheet.slug}.csv"] = buffer.getvalue().encode("utf-8-sig")
    return out


def render_report_xlsx(report: WorkshopReport, lang: str = "nb") -> bytes:
    """The workbook: one sheet per view, frozen heading row, autofilter.

    openpyxl writes the workbook with each sheet's heading row; the data rows are written
    as XML directly (``xlsx_rows``: openpyxl took 7 s for 50,000 ideas).
    """
    view = build_report_view(report, lang)
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    data = []
    for sheet in report_sheets(view):
        ws = book.create_sheet(sheet.title[:31])
        for n, width in enumerate(sheet.widths[: len(sheet.heads)], start=1):
            ws.column_dimensions[get_column_letter(n)].width = width
        ws.freeze_panes = "A2"
        last = get_column_letter(len(sheet.heads))
        ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        header = []
        for h in sheet.heads:
            cell = WriteOnlyCell(ws, value=neutralise(h))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        # Every text a string cell, never a formula (``rows_xml`` writes no other kind).
        data.append(rows_xml(_safe_rows(sheet.rows), first_row=2))
    out = io.BytesIO()
    book.save(out)
    return splice_rows(out.getvalue(), data)
