"""The board's legend: what a note's colour, mark and top band mean, under the board and
as the key of a picture of the board (``paint_key``).

The colours are the category colours of ``services.palette`` (the same as in every board
picture's key). Each category is also named in words and by the mark its notes carry
("! Challenge"), and its colour is named for a screen reader, so nothing is told by
colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from facilitator_app.models.enums import Category
from facilitator_app.services import palette
from facilitator_app.services.palette import CATEGORY_COLOURS
from facilitator_app.ui.board.items import CATEGORY_MARK
from facilitator_app.ui.board.scene import category_label
from facilitator_app.ui.flow_layout import FlowLayout, flow_policy

_MIDDLE_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


def colour_name(category: Category) -> str:
    """The translated name of a category's colour (for screen readers and tooltips)."""
    names = {
        Category.CHALLENGE: QCoreApplication.translate("CategoryLegend", "orange"),
        Category.MEASURE: QCoreApplication.translate("CategoryLegend", "sky blue"),
        Category.EXPERT_QUESTION: QCoreApplication.translate("CategoryLegend", "reddish purple"),
        Category.OTHER: QCoreApplication.translate("CategoryLegend", "light grey"),
    }
    return names[category]


class CategoryLegend(QWidget):
    """A swatch, the mark and the name of every category; swatches follow the font size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardLegend")
        self.setAccessibleName(self.tr("Category colours"))
        # Entries wrap to a second row in a narrow board or with a large system font.
        layout = FlowLayout(self, spacing=12)
        layout.setContentsMargins(2, 0, 2, 0)
        self.setSizePolicy(flow_policy())
        layout.addWidget(QLabel(self.tr("Categories:")))
        self.swatches: dict[Category, QLabel] = {}
        self.names: dict[Category, QLabel] = {}
        for category in Category:
            described = self.tr("{category}: {colour}").format(
                category=category_label(category.value), colour=colour_name(category)
            )
            swatch = QLabel()
            swatch.setAccessibleName(described)
            name = QLabel(f"{CATEGORY_MARK[category.value]} {category_label(category.value)}")
            name.setAccessibleName(described)
            name.setToolTip(described)
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            row.addWidget(swatch)
            row.addWidget(name)
            layout.addWidget(entry)
            self.swatches[category] = swatch
            self.names[category] = name
        self.band = QLabel(self.tr("Band on top: a colour you chose"))
        self.band.setToolTip(self.tr("Choose Yellow in a note's Colour menu to take the band away"))
        layout.addWidget(self.band)
        self._draw_swatches()

    def changeEvent(self, event: QEvent) -> None:
        """Swatches as tall as the text, also after the system's font changed."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._draw_swatches()

    def _draw_swatches(self) -> None:
        side = max(10, self.fontMetrics().ascent())
        for category, swatch in self.swatches.items():
            pixmap = QPixmap(side, side)
            pixmap.fill(QColor(CATEGORY_COLOURS[category]))
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor("#555555"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(0, 0, side - 1, side - 1)
            painter.end()
            swatch.setPixmap(pixmap)


def key_entries() -> list[tuple[str | None, str]]:
    """(swatch colour or None, words) of each entry of the key: categories, then the band."""
    entries: list[tuple[str | None, str]] = [
        (CATEGORY_COLOURS[c], f"{CATEGORY_MARK[c.value]} {category_label(c.value)}")
        for c in Category
    ]
    band = QCoreApplication.translate("CategoryLegend", "Band on top: a colour you chose")
    return [*entries, (None, band)]


def paint_key(painter: QPainter | None, font: QFont, width: float, top: float) -> float:
    """Draw the legend in rows at ``top`` within ``width`` (a board picture's key);
    returns its height. With no painter it only measures."""
    metrics = QFontMetricsF(font)
    line = metrics.height() * 1.6
    side = metrics.ascent()
    x, y = 10.0, top + 4
    if painter is not None:
        painter.setFont(font)
    for colour, words in key_entries():
        advance = (side + 6 if colour else 0) + metrics.horizontalAdvance(words)
        if x > 10 and x + advance > width - 10:
            x, y = 10.0, y + line
        if painter is not None:
            if colour is not None:
                box = QRectF(x, y + (line - side) / 2, side, side)
                painter.fillRect(box, QColor(colour))
                painter.setPen(QPen(QColor("#555555"), 1))
                painter.drawRect(box)
            painter.setPen(QColor(palette.TEXT))
            left = x + (side + 6 if colour else 0)
            painter.drawText(QRectF(left, y, advance, line), _MIDDLE_LEFT, words)
        x += advance + 18
    return y + line + 4 - top
