"""The colours the app draws text in, in one place, each pair checked for contrast.

Every text colour here has a contrast of at least 4.5:1 (WCAG 2.1 AA) against the
background it is drawn on; ``tests/ui/test_contrast.py`` computes it. Nothing is told by
colour alone: each coloured text also says what it means in words ("3 min behind plan",
"Over time by 01:02", "Time is up!").

Notes and the board's legend are filled with their category's colour from
``services.palette`` (the one definition, shared with every board picture); the Qt
brushes are made here once.

When the system asks for high contrast, or uses a dark colour scheme (where these light
theme colours would be too dim), ``text_style`` gives no colour of its own and the
system's palette is used as it is.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from facilitator_app.models.enums import Category
from facilitator_app.services import palette
from facilitator_app.services.board import DEFAULT_COLOUR


class Tone(Enum):
    """What a coloured text tells, and its colour on the light window background."""

    ERROR = "#b71c1c"  # a refused input, a failed export or sync
    ALERT = "#b71c1c"  # the countdown when time is up
    WARNING = "#a33b00"  # behind plan, the clock set back, an agenda longer than the session
    GOOD = "#1b5e20"  # on time, a confirmation
    MUTED = "#4f5b62"  # paused timer, no current item, planned-day notes


# Backgrounds the tones are drawn on: Qt's light window and text-field colours.
LIGHT_BACKGROUNDS = ("#efefef", "#ffffff")
# Agenda rows: done and skipped items (skipped is also struck through, done says "done").
AGENDA_DONE = "#4f5b62"
AGENDA_SKIPPED = "#5f5f5f"
AGENDA_CURRENT_TEXT = "#000000"
AGENDA_CURRENT_BACKGROUND = "#fff3c4"
# The time-up banner: white on red.
BANNER_TEXT = "#ffffff"
BANNER_BACKGROUND = "#c62828"
# The presenter view is dark on purpose (a shared screen in a lit room).
PRESENTER_BACKGROUND = "#101418"
PRESENTER_TEXT = "#f5f5f5"
PRESENTER_MUTED = "#b0bec5"
PRESENTER_ALERT = "#ff8a80"

# One brush per category, made once: painting a note only looks its brush up.
CATEGORY_BRUSHES: dict[str, QBrush] = {
    c.value: QBrush(QColor(colour)) for c, colour in palette.CATEGORY_COLOURS.items()
}
OTHER_BRUSH = CATEGORY_BRUSHES[Category.OTHER.value]
_BRUSHES: dict[str, QBrush] = {}


def category_brush(category: str) -> QBrush:
    """The fill of a note of ``category`` (an unknown value gets "other"'s)."""
    return CATEGORY_BRUSHES.get(category, OTHER_BRUSH)


def band_brush(colour: str) -> QBrush | None:
    """The band of a note the facilitator gave ``colour`` (None for the starting colour,
    yellow, which draws no band); one shared brush per colour."""
    if colour.lower() == DEFAULT_COLOUR:
        return None
    found = _BRUSHES.get(colour)
    if found is None:
        found = _BRUSHES[colour] = QBrush(QColor(colour))
    return found


def follow_system() -> bool:
    """True when the user's own colours must win: high contrast or a dark scheme."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    hints = app.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    return hints.colorScheme() == Qt.ColorScheme.Dark


def text_style(tone: Tone, *, bold: bool = False) -> str:
    """A style sheet for a label in ``tone`` (the system's colours under high contrast)."""
    weight = " font-weight: bold;" if bold else ""
    if follow_system():
        return weight.strip()
    return f"color: {tone.value};{weight}"
