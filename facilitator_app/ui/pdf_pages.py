"""A4 pages from the app's HTML: the one PDF entry of the group summary, report and certificates.

The pages are laid out and written in pure Python (``export/pdf_html.py`` reads the
HTML, ``export/pdf_layout.py`` breaks lines and pages, ``export/pdf_writer.py`` writes
the file, with DejaVu Sans from ``resources/fonts`` embedded). Qt is needed only to draw
the SVG pictures into pixels, which is why this entry lives under ``ui/``. Until 2026-12
Qt's ``QTextDocument`` laid the pages out and ``QPdfWriter`` drew them: 18.5 s for the
report of 50,000 ideas, of which 11 s parsing the HTML and 6.5 s drawing 2,700 pages.
Nothing here touches a widget, so it is safe in a worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from facilitator_app.collector import collector_paused
from facilitator_app.export.pdf_html import Picture, read_blocks
from facilitator_app.export.pdf_layout import Image, document_fonts, layout_pdf

# Pictures are drawn at twice their size so lines and text stay sharp when printed.
_SUPERSAMPLE = 2


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


def _pixels(svg: str) -> Image:
    """The picture's RGB pixels for the PDF, and its size in CSS pixels."""
    image = svg_image(svg).convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())[: stride * height]
    if stride != width * 3:  # Qt pads each line to 4 bytes
        data = b"".join(data[y * stride : y * stride + width * 3] for y in range(height))
    return Image(width, height, data, width / _SUPERSAMPLE, height / _SUPERSAMPLE)


def paint_pdf(html: str, figures: dict[str, str], title: str, page_words: str) -> bytes:
    """Lay ``html`` out on A4 pages with numbered footers; returns the PDF bytes.

    ``figures`` are the SVG pictures the HTML names in ``<img src>``; ``page_words`` is
    the footer with ``{n}`` and ``{total}`` ("" for none).
    """
    # The layout makes a million small objects that all live until the file is written;
    # the collector's passes over them took 1.9 of 3.7 s for the 50,000-idea report.
    with collector_paused():
        blocks = read_blocks(html)
        shown = {b.name for b in blocks if isinstance(b, Picture)}
        images = {name: _pixels(svg) for name, svg in figures.items() if name in shown}
        return layout_pdf(blocks, images, document_fonts(), title, page_words)
