"""A4 pages from rich text, drawn by Qt: the one PDF page machinery of the app.

The group summary, the workshop report and the certificates are HTML laid out by
``QTextDocument``. We paint the pages ourselves instead of ``QTextDocument.print_`` so
each page gets a "Page N of M" footer, and we fix what Qt's rich text does not do:
it knows no ``page-break-after: avoid`` (a heading could end a page with its text
overleaf), and it splits a table row across pages when any cell's first line fits.
Only ``ui/`` may import Qt, so this lives here; it draws into a ``QBuffer`` and is
safe in a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextTable,
)
from PySide6.QtSvg import QSvgRenderer

# Pictures are drawn at twice their size so lines and text stay sharp when printed.
_SUPERSAMPLE = 2
CSS_PX_PER_PT = 96 / 72
FOOTER_PX = 28


def svg_image(svg: str) -> QImage:
    """Draw SVG text into an image (white background) at logical size × 2."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(
        max(1, size.width() * _SUPERSAMPLE),
        max(1, size.height() * _SUPERSAMPLE),
        QImage.Format.Format_ARGB32,
    )
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(_SUPERSAMPLE)
    return image


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


def _page_of(document: QTextDocument, block: QTextBlock) -> int:
    """The page a laid-out block starts on (0 = first)."""
    rect = document.documentLayout().blockBoundingRect(block)
    return int(rect.top() // document.pageSize().height())


def keep_headings_with_next(document: QTextDocument, max_breaks: int = 500) -> int:
    """Move every heading that ends a page to the next page, with what it heads.

    When the block after a heading (or after a run of headings, "Questions" then the
    first question) starts on a later page, the first heading of the run gets a page
    break before it. Blocks are checked in order and the whole layout is redone after
    each break (Qt re-lays out lazily, and reading places first then left later blocks
    overlapping: half a report's questions once vanished from its PDF). Returns the
    number of breaks.
    """
    added = 0
    run: list[QTextBlock] = []  # consecutive headings just before ``block``
    _relayout(document)
    block = document.begin()
    while block.isValid() and added < max_breaks:
        if block.blockFormat().headingLevel() > 0:
            run.append(block)
        elif run:
            first, last = run[0], run[-1]
            if _page_of(document, block) > _page_of(document, last) and _page_of(
                document, first
            ) == _page_of(document, last):
                change = QTextBlockFormat()
                change.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(first).mergeBlockFormat(change)
                _relayout(document)
                added += 1
            run = []
        block = block.next()
    return added


def paginate(document: QTextDocument, page_h: float) -> None:
    """Keep table rows whole and headings with what follows, until nothing moves."""
    for _round in range(4):
        if not (_keep_rows_whole(document, page_h) + keep_headings_with_next(document)):
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
