"""The category colours: readable text (WCAG contrast ≥ 4.5:1) and four colours that stay
apart for people with protanopia, deuteranopia and tritanopia."""

from __future__ import annotations

import itertools
import math

from facilitator_app.models.enums import Category
from facilitator_app.services.palette import (
    CATEGORY_COLOURS,
    TEXT,
    category_colour,
    contrast_ratio,
    rgb,
)

# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
SIMULATIONS = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
MIN_DELTA_E = 15.0  # CIE76; about 2.3 is "just noticeable", 15 is plainly different


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(colour: str, matrix: tuple[tuple[float, ...], ...] | None) -> tuple[float, ...]:
    lin = tuple(_linear(c) for c in rgb(colour))
    if matrix is not None:
        lin = tuple(
            min(1.0, max(0.0, sum(m * v for m, v in zip(row, lin, strict=True)))) for row in matrix
        )
    assert len(lin) == 3
    return _lab((lin[0], lin[1], lin[2]))


def test_every_category_has_a_colour() -> None:
    assert set(CATEGORY_COLOURS) == set(Category)
    assert category_colour("challenge") == CATEGORY_COLOURS[Category.CHALLENGE]
    assert category_colour("no such") == CATEGORY_COLOURS[Category.OTHER]


def test_note_text_contrast_is_at_least_4_5() -> None:
    for category, colour in CATEGORY_COLOURS.items():
        assert contrast_ratio(colour, TEXT) >= 4.5, category
    assert round(contrast_ratio("#ffffff", "#000000"), 1) == 21.0


def test_colours_stay_apart_for_colour_blind_people() -> None:
    for name, matrix in [("normal vision", None), *SIMULATIONS.items()]:
        seen = {c: _seen(colour, matrix) for c, colour in CATEGORY_COLOURS.items()}
        for first, second in itertools.combinations(seen, 2):
            distance = math.dist(seen[first], seen[second])
            assert distance >= MIN_DELTA_E, (name, first, second, round(distance, 1))
