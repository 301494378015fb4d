"""The board's legend: what a note's colour, mark and top band mean, in one row.

The colours are the category colours of ``services.palette`` (the same as in every board
picture's key). Each category is also named in words and by the mark its notes carry
("! Challenge"), and its colour is named for a screen reader, so nothing is told by
colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from facilitator_app.models.enums import Category
from facilitator_app.services.palette import CATEGORY_COLOURS
from facilitator_app.ui.board.items import CATEGORY_MARK
from facilitator_app.ui.board.scene import category_label
from facilitator_app.ui.flow_layout import FlowLayout, flow_policy


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
