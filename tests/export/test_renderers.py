"""Readable documents from the summary: every format, public variant, escaping, injection."""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from docx import Document
from hypothesis import given, settings
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitator_app.errors import SummaryError
from facilitator_app.export import atomic
from facilitator_app.export.docx_render import render_docx as render_docx_bytes
from facilitator_app.export.files import BUILT_IN, ExportFormat, export_summary, parse_formats
from facilitator_app.export.html import html_document, render_html
from facilitator_app.export.markdown import md_escape, render_markdown
from facilitator_app.export.raster import board_png
from facilitator_app.export.svg import board_svg, time_chart_svg
from facilitator_app.export.tables import neutralise, render_csv, render_xlsx
from facilitator_app.export.view import build_view
from facilitator_app.paths import demo_plan_path
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.summary import build_summary, parse_summary
from facilitator_app.store import Store
from tests.board_data import NASTY, fill_board
from tests.summary_strategies import summaries

ALL = ["json", "html", "pdf", "md", "docx", "csv", "xlsx"]


def demo_names() -> list[str]:
    """Every participant's and facilitator's name in the demo plan."""
    plan = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    return [p["display_name"] for p in plan["participants"]] + [
        g["facilitator"] for g in plan["groups"]
    ]


def text_of(path: Path) -> str:
    """All text a reader of the file can see (and its metadata)."""
    if path.suffix == ".docx":
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        props = doc.core_properties
        parts += [props.author or "", props.title or "", props.last_modified_by or ""]
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        book = load_workbook(path)
        return "\n".join(
            str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value
        )
    if path.suffix == ".pdf":
        reader = PdfReader(path)
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        return meta + "\n" + "\n".join(page.extract_text() for page in reader.pages)
    return path.read_text(encoding="utf-8-sig")


@pytest.fixture
def filled_store(demo_store: Store, demo_context: ws_service.SessionContext) -> Store:
    fill_board(demo_store, demo_context)
    return demo_store


@pytest.fixture
def summary(filled_store: Store, demo_context: ws_service.SessionContext) -> GroupSummary:
    return build_summary(filled_store, demo_context.session.id, demo_context.group.id)


@pytest.fixture
def pdf(qapp: object) -> dict[str, ExportFormat]:
    from facilitator_app.ui.pdf_render import PDF_FORMAT

    return {"pdf": PDF_FORMAT}


def test_every_format_is_written_and_readable(
    summary: GroupSummary, pdf: dict[str, ExportFormat], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    written = export_summary(summary, ALL, out, extra=pdf)
    paths = [p for p in written if p.parent == out]
    pictures = [p for p in written if p.parent != out]
    names = sorted(p.name for p in paths)
    assert names == sorted(
        f"klimakronsj-2021_s1_g1{suffix}"
        for suffix in (
            ".summary.json",
            ".html",
            ".pdf",
            ".md",
            ".docx",
            "_ideas.csv",
            "_ideas.xlsx",
        )
    )
    # Markdown's pictures are files in a folder beside it; nothing temporary is left.
    assert pictures and {p.parent.name for p in pictures} == {"klimakronsj-2021_s1_g1_pictures"}
    assert sorted(os.listdir(out)) == sorted([*names, "klimakronsj-2021_s1_g1_pictures"])
    by_suffix = {p.name.removeprefix("klimakronsj-2021_s1_g1"): p for p in paths}
    assert parse_summary(by_suffix[".summary.json"].read_bytes()) == summary
    question = summary.agenda[2].title
    named = [p.name for p in summary.participants if p.name and p.present]
    for path in paths:
        text = text_of(path)
        assert question in " ".join(text.split()), path.name
        if path.suffix in (".html", ".md", ".docx", ".pdf"):
            assert named[0] in " ".join(text.split()), path.name  # consented names do show
    text = by_suffix["_ideas.csv"].read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 1 + len(summary.ideas)
    sheet = load_workbook(by_suffix["_ideas.xlsx"]).active
    assert sheet is not None and sheet.max_row == 1 + len(summary.ideas)
    assert by_suffix[".pdf"].read_bytes().startswith(b"%PDF")
    assert len(PdfReader(by_suffix[".pdf"]).pages) >= 2


def test_public_variant_names_nobody_in_any_format(
    filled_store: Store,
    demo_context: ws_service.SessionContext,
    pdf: dict[str, ExportFormat],
    tmp_path: Path,
) -> None:
    public = build_summary(
        filled_store, demo_context.session.id, demo_context.group.id, public=True
    )
    out = tmp_path / "out"
    paths = export_summary(public, ALL, out, extra=pdf)
    main = [p for p in paths if p.parent == out]
    assert len(main) == len(ALL)
    assert all("_public" in str(p.relative_to(out)) for p in paths)
    names = demo_names()
    for path in paths:
        text = " ".join(text_of(path).split())
        found = [n for n in names if n in text]
        assert not found, f"{path.name} names {found}"
        assert "Notat:" not in text  # the facilitator's note is personal too


def test_html_shows_hostile_text_as_text(summary: GroupSummary) -> None:
    html = render_html(summary).decode()
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "&lt;b&gt;fet&lt;/b&gt;" in html  # a note's markup too
    assert "&lt;i&gt;Innbyggere&lt;/i&gt;" in html  # and a cluster name's


def test_pdf_html_refers_to_pictures_and_they_are_valid_svg(summary: GroupSummary) -> None:
    html, figures = html_document(summary, inline_figures=False)
    assert "<svg" not in html
    assert figures and all(f'src="{name}"' in html for name in figures)
    for svg in figures.values():
        root = ET.fromstring(svg)  # well-formed whatever the notes say
        assert root.tag.endswith("svg")
    texts = "".join(
        "".join(ET.fromstring(board_svg(q)).itertext())
        for q in build_view(summary).questions
        if q.ideas
    )
    assert "<script>alert('x')</script>"[:12] in texts


def test_markdown_escapes_markup(summary: GroupSummary) -> None:
    md = render_markdown(summary).decode()
    assert "<script" not in md and "<img" not in md
    # Only the escapes Markdown needs: a version number or a sum reads as typed.
    assert md_escape("<b>*x*</b> [a](b) #1") == r"&lt;b&gt;\*x\*&lt;/b&gt; \[a\](b) #1"
    assert md_escape("0.1.0 (ver. 2) + 3!") == "0.1.0 (ver. 2) + 3!"
    # At the start of a line or list item, what would start a heading or a list.
    assert md_escape("# 1", at_start=True) == r"\# 1"
    assert md_escape("- x", at_start=True) == r"\- x"
    assert md_escape("12. mai", at_start=True) == r"12\. mai"
    assert md_escape("12 mai.", at_start=True) == "12 mai."
    assert "data:image" not in md and "base64" not in md  # pictures are files beside it
    assert "](klimakronsj-2021_s1_g1_pictures/board-1.svg)" in md


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_prefixes_formula_starts(start: str) -> None:
    assert neutralise(f"{start}1+2") == f"'{start}1+2"
    assert neutralise(f"a{start}") == f"a{start}"


def test_csv_never_starts_a_cell_with_a_formula_character(summary: GroupSummary) -> None:
    text = render_csv(summary).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    for hostile in NASTY[2:8]:
        assert "'" + hostile in cells


def test_xlsx_holds_text_never_formulas(summary: GroupSummary) -> None:
    book = load_workbook(io.BytesIO(render_xlsx(summary)))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    values = [c.value for c in cells if isinstance(c.value, str)]
    assert not [v for v in values if v.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert '\'=HYPERLINK("http://evil.example","click")' in values


def test_actors_split_and_time_chart(summary: GroupSummary) -> None:
    view = build_view(summary, "en")
    assert view.municipal and view.others and view.undecided
    assert all(e.idea.actor in ("council", "administration") for e in view.municipal)
    assert all(e.idea.actor not in ("council", "administration", "unknown") for e in view.others)
    assert all(e.idea.category != "expert_question" for e in view.municipal + view.others)
    rows = view.time_rows
    assert len(rows) == len(summary.agenda)
    assert any(r.overrun for r in rows) and rows[-1].actual_min is None
    chart = time_chart_svg(view)
    assert ET.fromstring(chart).tag.endswith("svg") and "#e53935" in chart  # overrun in red
    html = render_html(summary, "en").decode()
    for heading in (
        "What the municipality can do",
        "What others must do",
        "Questions for the experts",
        "Planned and actual time",
    ):
        assert heading in html


def test_board_png_is_a_picture_of_the_notes(summary: GroupSummary) -> None:
    question = next(q for q in build_view(summary).questions if q.ideas)
    png = board_png(question)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    assert width == 720


def test_export_refuses_unknown_or_unavailable_formats(
    summary: GroupSummary, tmp_path: Path
) -> None:
    with pytest.raises(SummaryError, match="Unknown format rtf"):
        parse_formats("json,rtf")
    assert parse_formats(" JSON, html,json ") == ["json", "html"]
    with pytest.raises(SummaryError, match="PDF needs"):
        export_summary(summary, ["pdf"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_failing_write_leaves_the_old_file_and_no_temporary(
    summary: GroupSummary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "klimakronsj-2021_s1_g1.html"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(SummaryError, match="could not be written: No space left"):
        export_summary(summary, ["html"], out)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(out) == [target.name]


def test_a_failing_renderer_writes_nothing_under_its_name(
    summary: GroupSummary, tmp_path: Path
) -> None:
    def explode(_summary: GroupSummary, _lang: str) -> bytes:
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        export_summary(
            summary,
            ["json", "pdf"],
            tmp_path / "out",
            extra={"pdf": ExportFormat("pdf", ".pdf", explode)},
        )
    assert os.listdir(tmp_path / "out") == ["klimakronsj-2021_s1_g1.summary.json"]


def test_built_in_formats_need_no_qt() -> None:
    assert set(BUILT_IN) == set(ALL) - {"pdf"}
    for module in ("facilitator_app/export", "facilitator_app/services"):
        for path in Path(module).rglob("*.py"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), path


@settings(max_examples=25, deadline=None)
@given(summaries())
def test_property_every_built_in_format_renders_any_summary(summary: GroupSummary) -> None:
    for name, fmt in BUILT_IN.items():
        assert fmt.render(summary, "en"), name
    html, figures = html_document(summary, inline_figures=False)
    assert "<script" not in html.lower()
    for svg in figures.values():
        ET.fromstring(svg)  # valid XML whatever characters the notes hold
    book = load_workbook(io.BytesIO(render_xlsx(summary)))
    assert book.active is not None and book.active.max_row == 1 + len(summary.ideas)
    assert Document(io.BytesIO(render_docx_bytes(summary))).paragraphs
