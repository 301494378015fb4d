"""The summary as PDF, made by Qt's own PDF writer from the summary's HTML.

It lives under ``ui/`` because only the UI layer may import Qt; the app and the
``export`` command hand it to the export as an extra format (``PDF_FORMAT``). It draws
into a ``QBuffer``, so it is safe in a worker thread (no widgets involved).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from facilitator_app.export.files import ExportFormat
from facilitator_app.export.html import html_document
from facilitator_app.schemas.summary import GroupSummary

# Pictures are drawn at twice their size so lines and text stay sharp when printed.
_SUPERSAMPLE = 2
CSS_PX_PER_PT = 96 / 72


def ensure_gui_application() -> None:
    """Qt needs a ``QGuiApplication`` for fonts; the command line has none yet."""
    if QGuiApplication.instance() is None:
        # The command line may run without a display (a server, an SSH session); there
        # Qt would abort the process instead of drawing off-screen.
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication([])


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


def _page_of(document: QTextDocument, block: QTextBlock) -> int:
    """The page a laid-out block starts on (0 = first)."""
    rect = document.documentLayout().blockBoundingRect(block)
    return int(rect.top() // document.pageSize().height())


def keep_headings_with_next(document: QTextDocument, max_breaks: int = 500) -> int:
    """Move every heading that ends a page to the next page, with what it heads.

    Qt's rich text ignores CSS ``page-break-after: avoid``, so a heading could stand
    alone at the bottom of a page with its list or picture overleaf. When the block after
    a heading (or after a run of headings, "Questions" then the first question) starts on
    a later page, the first heading of the run gets a page break before it. Blocks are
    checked in order and the layout follows each break. Returns the number of breaks.
    """
    added = 0
    run: list[QTextBlock] = []  # consecutive headings just before ``block``
    block = document.begin()
    while block.isValid() and added < max_breaks:
        if block.blockFormat().headingLevel() > 0:
            run.append(block)
        elif run:
            first = run[0]
            if _page_of(document, block) > _page_of(document, run[-1]) and _page_of(
                document, first
            ) == _page_of(document, run[-1]):
                fmt = first.blockFormat()
                fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(first).setBlockFormat(fmt)
                added += 1
            run = []
        block = block.next()
    return added


def render_pdf(summary: GroupSummary, lang: str = "nb") -> bytes:
    """The PDF document (A4) of the summary."""
    html, figures = html_document(summary, lang, inline_figures=False)
    document = QTextDocument()
    for name, svg in figures.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(name), svg_image(svg)
        )
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.group.name)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(f"{summary.workshop.title} – {summary.session.title} – {summary.group.name}")
    writer.setCreator("facilitator-app")
    # Lay the text out on the page's printable area in CSS pixels (96 per inch), so 11 pt
    # body text is 11 pt on paper; print_() scales that onto the writer's 300 dpi.
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(area.width() * CSS_PX_PER_PT, area.height() * CSS_PX_PER_PT))
    keep_headings_with_next(document)
    document.print_(writer)
    buffer.close()
    return bytes(data.data())


PDF_FORMAT = ExportFormat("pdf", ".pdf", render_pdf)
