"""The workshop report and the certificates as PDF, drawn by Qt (only ``ui/`` may import it).

The report's HTML is laid out by ``QTextDocument`` on A4 pages; we paint the pages
ourselves instead of ``QTextDocument.print_`` so that each page gets a "Page N of M"
footer, and headings that would end a page are moved to the next one (Qt's rich text
knows no ``page-break-after: avoid``). Qt's table layout already moves a row that does
not fit to the next page rather than splitting it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from facilitator_app.export.report_files import Files, ReportFormat
from facilitator_app.export.report_html import report_html_document
from facilitator_app.export.report_labels import ReportLabels
from facilitator_app.schemas.report import WorkshopReport
from facilitator_app.ui.pdf_render import CSS_PX_PER_PT, svg_image

FOOTER_PX = 28
# A heading needs this much room below it on its page (about two lines of text).
KEEP_PX = 48


def _relayout(document: QTextDocument) -> None:
    """Lay the whole document out now. After a format change Qt re-lays it out lazily,
    and asking for earlier blocks' places first left later blocks overlapping (Qt 6.11):
    half the questions of a report vanished from its PDF."""
    document.documentLayout().blockBoundingRect(document.lastBlock())


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _keep_rows_whole(document: QTextDocument, page_h: float) -> int:
    """Move every table row that crosses a page boundary wholly to the next page.

    Qt moves a row only when no cell's first line fits on the page. So each cell of a
    crossing row gets lines that never break and bottom padding up to the tallest cell:
    then every cell's text crosses the boundary, none fits, and Qt moves the row.
    Returns how many rows were changed.
    """
    layout = document.documentLayout()
    changed = 0
    _relayout(document)
    for table in _tables(document.rootFrame()):
        for row in range(table.rows()):
            cells = []
            for col in range(table.columns()):
                cell = table.cellAt(row, col)
                first = cell.firstCursorPosition().block()
                last = cell.lastCursorPosition().block()
                top = layout.blockBoundingRect(first).top()
                bottom = layout.blockBoundingRect(last).bottom()
                cells.append((first, last, top, bottom))
            top = min(c[2] for c in cells)
            bottom = max(c[3] for c in cells)
            if int(top // page_h) == int((bottom - 0.01) // page_h) or bottom - top > page_h * 0.8:
                continue  # on one page, or too tall for any page
            for first, last, _top, cell_bottom in cells:
                block = first
                while block.isValid():
                    fmt = QTextBlockFormat()
                    fmt.setNonBreakableLines(True)
                    if block == last:
                        pad = block.blockFormat().bottomMargin() + (bottom - cell_bottom)
                        fmt.setBottomMargin(pad)
                    QTextCursor(block).mergeBlockFormat(fmt)
                    if block == last:
                        break
                    block = block.next()
            _relayout(document)
            changed += 1
    return changed


def _keep_headings_with_next(document: QTextDocument, page_h: float) -> int:
    """Give a page break before every heading that would sit at the foot of a page.

    Returns how many headings were moved.
    """
    layout = document.documentLayout()
    total = 0
    flag = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for _pass in range(3):  # moving one heading shifts the ones after it; settle in passes
        _relayout(document)
        found = []
        block = document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() > 0 and not fmt.pageBreakPolicy() & flag:
                rect = layout.blockBoundingRect(block)
                room = (int(rect.top() // page_h) + 1) * page_h - rect.bottom()
                if room < KEEP_PX:
                    found.append(block)
                    break  # one at a time: the first move shifts every later heading
            block = block.next()
        for heading in found:
            change = QTextBlockFormat()
            change.setPageBreakPolicy(flag)
            QTextCursor(heading).mergeBlockFormat(change)
            _relayout(document)
        total += len(found)
        if not found:
            break
    return total


def paginate(document: QTextDocument, page_h: float) -> None:
    """Keep table rows whole and headings with what follows, until nothing moves."""
    for _round in range(4):
        if not (_keep_rows_whole(document, page_h) + _keep_headings_with_next(document, page_h)):
            return


def paint_pdf(html: str, figures: dict[str, str], title: str, page_words: str) -> bytes:
    """Lay ``html`` out on A4 pages with numbered footers; returns the PDF bytes."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    for name, svg in figures.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(name), svg_image(svg)
        )
    document.setHtml(html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("facilitator-app")
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    width, height = area.width() * CSS_PX_PER_PT, area.height() * CSS_PX_PER_PT
    page_h = height - FOOTER_PX
    document.setPageSize(QSizeF(width, page_h))
    _relayout(document)
    paginate(document, page_h)
    _relayout(document)
    pages = document.pageCount()
    painter = QPainter(writer)
    scale = writer.resolution() / 96
    painter.scale(scale, scale)
    footer_font = QFont("DejaVu Sans")
    footer_font.setPixelSize(11)  # CSS pixels: the painter is scaled to them above
    painter.setFont(footer_font)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * page_h)
        document.drawContents(painter, QRectF(0, page * page_h, width, page_h))
        painter.restore()
        painter.drawText(
            QRectF(0, page_h + 6, width, FOOTER_PX - 6),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            page_words.format(n=page + 1, total=pages),
        )
    painter.end()
    buffer.close()
    return bytes(data.data())


def render_report_pdf(report: WorkshopReport, lang: str = "nb") -> Files:
    """The report as one A4 PDF."""
    html, figures = report_html_document(report, lang, inline_figures=False)
    labels = ReportLabels(lang)
    title = f"{labels['title']}: {report.workshop.title}"
    return {".pdf": paint_pdf(html, figures, title, labels["page"])}


REPORT_PDF_FORMAT = ReportFormat("pdf", render_report_pdf)


def certificate_pdf(html: str, title: str) -> bytes:
    """One certificate page as PDF (no page number: it is one page)."""
    return paint_pdf(html, {}, title, "")
