"""The category colours, defined once for the window and every board picture.

Colours from Okabe and Ito's palette for colour-vision deficiencies (2008), chosen so the
four categories stay apart for people with protanopia, deuteranopia and tritanopia as
well, and so the note text (``TEXT``) on each keeps a contrast of at least 4.5:1
(WCAG 2.1 AA for normal text). ``tests/services/test_palette.py`` computes both.
Qt-free: the export draws with it, and the board colours its notes from it.
"""

from __future__ import annotations

from facilitator_app.models.enums import Category

TEXT = "#1a1a1a"  # note text on every category colour

CATEGORY_COLOURS: dict[Category, str] = {
    Category.CHALLENGE: "#e69f00",  # orange
    Category.MEASURE: "#56b4e9",  # sky blue
    Category.EXPERT_QUESTION: "#cc79a7",  # reddish purple
    Category.OTHER: "#d9d9d9",  # light grey: no claim, no hue
}


def category_colour(category: str) -> str:
    """The ``#rrggbb`` fill of a category (an unknown value gets "other")."""
    try:
        return CATEGORY_COLOURS[Category(category)]
    except ValueError:
        return CATEGORY_COLOURS[Category.OTHER]


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` → (r, g, b) in 0–255."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb``."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
