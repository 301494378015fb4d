"""Files Norwegian offices open as they are (issue 13): CSV for the locale's Excel,
Markdown with pictures beside it, Word's time table, PDF headings kept with their text,
the top ideas at the top of each question, and category colours with a legend."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from facilitator_app.export.docx_render import render_docx
from facilitator_app.export.files import export_summary
from facilitator_app.export.html import render_html
from facilitator_app.export.labels import Labels
from facilitator_app.export.markdown import markdown_pictures, picture_folder, render_markdown
from facilitator_app.export.raster import board_png
from facilitator_app.export.svg import board_svg, categories_on
from facilitator_app.export.tables import csv_separator, render_csv
from facilitator_app.export.view import build_view
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.palette import CATEGORY_COLOURS, category_colour
from facilitator_app.services.summary import build_summary
from facilitator_app.store import Store
from tests.board_data import fill_board


@pytest.fixture
def summary(demo_store: Store, demo_context: ws_service.SessionContext) -> GroupSummary:
    fill_board(demo_store, demo_context)
    return build_summary(demo_store, demo_context.session.id, demo_context.group.id)


@pytest.mark.parametrize(("lang", "separator"), [("nb", ";"), ("en", ",")])
def test_csv_opens_in_columns_in_the_locales_excel(
    summary: GroupSummary, lang: str, separator: str
) -> None:
    data = render_csv(summary, lang)
    # UTF-8 with a byte order mark: Excel reads "æøå" right only then.
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert csv_separator(lang) == separator
    # What Excel does on a double click: split on the locale's list separator.
    rows = list(csv.reader(io.StringIO(text), delimiter=separator))
    assert len(rows) == 1 + len(summary.ideas)
    assert len({len(row) for row in rows}) == 1 and len(rows[0]) >= 9
    assert any("Klima" in cell or "klima" in cell for row in rows for cell in row)
    # Cells with the separator inside are quoted, so a comma or semicolon in a note
    # never makes a new column.
    other = "," if separator == ";" else ";"
    assert len(next(csv.reader(io.StringIO(text), delimiter=other))) == 1


def test_markdown_links_pictures_written_beside_it(summary: GroupSummary, tmp_path: Path) -> None:
    md = render_markdown(summary).decode()
    pictures = markdown_pictures(summary)
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md)
    assert links and sorted(links) == sorted(pictures)
    assert all(p.startswith(picture_folder(summary) + "/") for p in pictures)
    assert "base64" not in md and len(md.encode()) < 12_000
    assert "0\\.1\\.0" not in md and "0.1.0" in md  # the app version reads as typed
    written = export_summary(summary, ["md"], tmp_path)
    for link in links:
        path = tmp_path / link
        assert path in written
        assert ET.fromstring(path.read_text("utf-8")).tag.endswith("svg")


def test_docx_time_table_has_only_headed_columns_and_no_bars(summary: GroupSummary) -> None:
    doc = Document(io.BytesIO(render_docx(summary)))
    table = doc.tables[0]
    heads = [c.text for c in table.rows[0].cells]
    assert all(h.strip() for h in heads), heads
    assert len(heads) == 6
    everything = "\n".join(
        [p.text for p in doc.paragraphs]
        + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    )
    assert "▒" not in everything and "█" not in everything


def test_top_ideas_head_each_question_in_every_document(summary: GroupSummary) -> None:
    view = build_view(summary, "nb")
    voted = [q for q in view.questions if q.top]
    assert voted
    for q in voted:
        votes = [i.votes for i in q.top]
        assert votes == sorted(votes, reverse=True) and all(v > 0 for v in votes)
        assert len(q.top) <= 5
        best = max(q.ideas, key=lambda i: i.votes)
        assert q.top[0].votes == best.votes
    first = voted[0]
    heading = Labels("nb")["top_ideas"]
    html = render_html(summary).decode()
    section = html.split(f"<h3>{first.title}", 1)[1] if f"<h3>{first.title}" in html else html
    assert section.index(heading) < section.index("<svg")  # before the board
    md = render_markdown(summary).decode()
    assert f"**{heading}**" in md
    assert md.index(f"**{heading}**") < md.index("![")
    doc = Document(io.BytesIO(render_docx(summary)))
    texts = [p.text for p in doc.paragraphs]
    assert heading in texts
    at = texts.index(heading)
    assert texts[at + 1].startswith("1. ")


def test_board_pictures_colour_by_category_with_a_legend(summary: GroupSummary) -> None:
    view = build_view(summary, "nb")
    labels = view.labels
    for q in (q for q in view.questions if q.ideas):
        svg = board_svg(q, labels)
        fills = re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})" stroke="#8d8d6e"', svg)
        assert fills and set(fills) <= set(CATEGORY_COLOURS.values())
        assert {category_colour(i.category) for i in q.ideas} == set(fills)
        for category in categories_on(q):
            # A swatch of the category's colour and its word in the legend.
            assert f'fill="{category_colour(category)}" stroke="#555555"' in svg
            assert f">{labels.value(category.value)}</text>" in svg
        # The Word picture has the same colours in its pixels.
        png = board_png(q)
        assert png.startswith(b"\x89PNG")
    doc = Document(io.BytesIO(render_docx(summary)))
    legends = [p for p in doc.paragraphs if p.text.startswith(labels["legend"])]
    assert legends
    coloured = {str(r.font.color.rgb).lower() for r in legends[0].runs if r.text.startswith("■")}
    assert coloured <= {c.removeprefix("#") for c in CATEGORY_COLOURS.values()}


def test_a_long_summary_pdf_holds_every_idea_on_numbered_pages(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    """Many pages: every idea is in the PDF, and every page says "Side N av M".

    Moving headings to the next page without a full re-layout once left later blocks
    overlapping: a 2,000-idea summary came out as 3 pages. Nothing may be lost.
    """
    import io

    from pypdf import PdfReader

    from facilitator_app.ui.pdf_render import render_pdf

    fill_board(demo_store, demo_context, ideas=400)
    summary = build_summary(demo_store, demo_context.session.id, demo_context.group.id)
    reader = PdfReader(io.BytesIO(render_pdf(summary, "nb")))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    text = " ".join(pages)
    assert len(reader.pages) > 5
    missing = [i.text for i in summary.ideas if " ".join(i.text.split())[:30] not in text]
    assert missing == []
    for n, page in enumerate(pages, start=1):
        assert f"Side {n} av {len(pages)}" in page
