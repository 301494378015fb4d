"""The PDF page machinery (``export/pdf_*``): what a reader of the printed pages relies on.

Pure Python: these build documents from HTML without Qt and read them back with pypdf.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from facilitator_app.export.pdf_html import Para, Table, read_blocks
from facilitator_app.export.pdf_layout import document_fonts, layout_pdf

FOOTER = "Side {n} av {total}"


def pages_of(html: str, *, keep: bool = True) -> list[str]:
    """The text of each page of ``html`` as a PDF."""
    blocks = read_blocks(html)
    if not keep:
        for block in blocks:
            if isinstance(block, Para):
                block.keep = False
    pdf = layout_pdf(blocks, {}, document_fonts(), "Test", FOOTER)
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_with(pages: list[str], pattern: str) -> int:
    found = [n for n, text in enumerate(pages) if re.search(pattern, text)]
    assert len(found) == 1, (pattern, found)
    return found[0]


def test_pdf_headings_are_never_last_on_a_page() -> None:
    # Sections of varying length, each headed: some headings fall at the foot of a page.
    parts = []
    for n in range(60):
        parts.append(f"<h2>Section {n}</h2>" if n % 3 == 0 else f"<h3>Question {n}</h3>")
        parts.append(f"<p>body{n} " + " ".join(["word"] * (20 + (n * 37) % 90)) + "</p>")
    html = "".join(parts)

    def stranded(pages: list[str]) -> list[int]:
        return [
            n
            for n in range(60)
            if page_with(pages, rf"(Section|Question) {n}\b") != page_with(pages, rf"body{n}\b")
        ]

    assert stranded(pages_of(html, keep=False))  # laid out without keeping, some are
    assert stranded(pages_of(html)) == []


def test_a_bold_line_over_a_list_stays_with_its_first_item() -> None:
    parts = []
    for n in range(40):
        parts.append(f"<p><b>Cluster {n}</b></p><ul>")
        parts += [f"<li>idea{n}x{m} {'text ' * (5 + (n * 13) % 30)}</li>" for m in range(3)]
        parts.append("</ul>")
    pages = pages_of("".join(parts))
    for n in range(40):
        assert page_with(pages, rf"Cluster {n}\b") == page_with(pages, rf"idea{n}x0\b")


def test_table_rows_are_never_split_and_headings_repeat() -> None:
    rows = "".join(
        f"<tr><td>start{n} {'long words ' * (3 + n % 25)}end{n}</td><td class='n'>{n}</td></tr>"
        for n in range(120)
    )
    html = (
        '<table width="100%"><thead><tr><th scope="col" width="80%">Idea</th>'
        f'<th scope="col" class="n">Votes</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    pages = pages_of(html)
    assert len(pages) > 3
    for n in range(120):
        assert page_with(pages, rf"start{n}\b") == page_with(pages, rf"end{n}\b")
    assert all(text.lstrip().startswith("Idea Votes") for text in pages)


def test_every_page_is_a4_and_numbered() -> None:
    html = "".join(f"<p>paragraph {n} " + "word " * 80 + "</p>" for n in range(120))
    pdf = layout_pdf(read_blocks(html), {}, document_fonts(), "Test", FOOTER)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 5
    for n, page in enumerate(reader.pages, start=1):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        assert f"Side {n} av {len(reader.pages)}" in page.extract_text()
    assert reader.metadata is not None and reader.metadata.title == "Test"


def test_norwegian_and_sami_letters_and_markup_come_back_as_text() -> None:
    words = "Ærøy-Åsen, æøå ÆØÅ; Sámi: áčđŋšŧž ÁČĐŊŠŦŽ «sitat» – 5 < 6 & 7"
    html = f"<h1>Tittel</h1><p>{words.replace('&', '&amp;').replace('<', '&lt;')}</p>"
    text = " ".join(" ".join(pages_of(html)).split())
    assert words in text


def test_a_word_longer_than_a_line_is_cut_not_lost() -> None:
    code = "x" * 400
    text = "".join(pages_of(f"<p>before {code} after</p>")).replace("\n", "")
    assert code in text and "before" in text and "after" in text


def test_the_reader_knows_the_documents_html() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>No</title><style>p { x: y }</style></head><body>"
        '<h2>Head</h2><p class="warn"><b>Missing</b></p>'
        "<table class='meta'><tr><th scope='row'>Key</th><td>Value</td></tr></table>"
        "<ol><li>one</li><li>two<br>more</li></ol></body></html>"
    )
    blocks = read_blocks(html)
    assert [type(b).__name__ for b in blocks] == ["Para", "Para", "Table", "Para", "Para"]
    head, warn, meta, one, two = blocks
    assert isinstance(head, Para) and head.heading == 2 and head.keep
    assert isinstance(warn, Para) and warn.box
    assert isinstance(meta, Table) and not meta.borders and meta.rows[0][0].header
    assert isinstance(one, Para) and one.marker == "1."
    assert isinstance(two, Para) and two.marker == "2." and ("\n", 0, two.runs[1][2]) in two.runs
    assert "No" not in "".join(t for b in blocks if isinstance(b, Para) for t, _f, _c in b.runs)


def test_characters_the_font_lacks_do_not_stop_the_document() -> None:
    # An emoji (outside the BMP) and a lone surrogate become "�"; empty cells keep a row.
    html = "<p>ok \U0001f44d and \ud800 end</p><table><tr><td></td><td>cell</td></tr></table>"
    text = " ".join(pages_of(html))
    assert "ok \ufffd and \ufffd end" in text and "cell" in text
