"""Export the board (or one question) as a PNG or SVG picture, written atomically.

Below the notes the picture has the board's key (category colours, marks and the band),
as in the window: the notes are coloured by category.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from facilitator_app.ui.board.legend import paint_key
from facilitator_app.ui.board.scene import BoardScene

# A 20,000-note board is tens of thousands of pixels tall: cap the picture's size.
MAX_SIDE = 12_000


def _render(scene: BoardScene, source: QRectF, painter: QPainter, target: QRectF) -> None:
    was_overview = scene.overview
    selected = scene.selectedItems()
    scene.set_overview(False)
    scene.clearSelection()
    scene.set_cached(False)
    try:
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        scene.set_cached(True)
        for item in selected:
            item.setSelected(True)
        scene.set_overview(was_overview)


def _key_font() -> QFont:
    """The key's font: the application's family at a size read in a document (14 px)."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(14)
    return font


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    # Same folder (so the rename is atomic) and same suffix (Qt picks the format by it).
    tmp = path.with_name(f".{path.stem}.tmp{path.suffix}")
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def export_png(scene: BoardScene, source: QRectF, path: Path) -> QSize:
    """Render ``source`` (scene coordinates) to a PNG at 100 % (smaller if huge)."""
    path = path if path.suffix.lower() == ".png" else path.with_suffix(".png")
    scale = min(1.0, MAX_SIDE / max(source.width(), source.height(), 1.0))
    board = QSize(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
    font = _key_font()
    key = paint_key(None, font, board.width(), board.height())
    size = QSize(board.width(), board.height() + int(key + 0.5))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _render(scene, source, painter, QRectF(0, 0, board.width(), board.height()))
    paint_key(painter, font, board.width(), board.height())
    painter.end()

    def write(tmp: Path) -> None:
        if not image.save(str(tmp)):
            raise OSError(f"could not write {path}")

    _atomic(path, write)
    return size


def export_svg(scene: BoardScene, source: QRectF, path: Path, title: str) -> QSize:
    """Render ``source`` to an SVG drawing (text stays text)."""
    path = path if path.suffix.lower() == ".svg" else path.with_suffix(".svg")
    board = QSize(int(source.width()), int(source.height()))
    font = _key_font()
    size = QSize(board.width(), board.height() + int(paint_key(None, font, board.width(), 0) + 0.5))

    def write(tmp: Path) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        painter = QPainter(generator)
        _render(scene, source, painter, QRectF(0, 0, board.width(), board.height()))
        paint_key(painter, font, board.width(), board.height())
        painter.end()

    _atomic(path, write)
    return size
