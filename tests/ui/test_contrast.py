"""Every text colour the app draws has a contrast of at least 4.5:1 with its background.

The ratio is WCAG 2.1's (relative luminance, success criterion 1.4.3), computed here, not
looked up. The pairs come from the code itself: the colour module, the note palette, the
board's text and vote colours, and the colours actually found in the windows' style
sheets after driving them through their states, so a new hard-coded colour is caught.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.clock import FakeClock
from facilitator_app.export import html as html_export
from facilitator_app.services import palette
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui import colours
from facilitator_app.ui.board import items
from facilitator_app.ui.colours import Tone, text_style
from facilitator_app.ui.main_window import MainWindow

AA = 4.5


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic fail
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def _pairs() -> list[tuple[str, str, str]]:
    pairs = []
    for tone in Tone:
        for background in colours.LIGHT_BACKGROUNDS:
            pairs.append((f"{tone.name} on {background}", tone.value, background))
    # A note is filled with its category's colour (the colour the facilitator chose is
    # a band above the text); its text and footer are drawn in one colour on that fill.
    for category, colour in palette.CATEGORY_COLOURS.items():
        pairs.append((f"note text on {category.value} {colour}", items._TEXT.name(), colour))
        brush = colours.category_brush(category.value).color().name()
        pairs.append(
            (f"note text on the board's {category.value} brush", items._TEXT.name(), brush)
        )
    pairs.append(("vote count", "#ffffff", items._VOTE.name()))
    pairs += [
        ("agenda current", colours.AGENDA_CURRENT_TEXT, colours.AGENDA_CURRENT_BACKGROUND),
        ("agenda done", colours.AGENDA_DONE, "#ffffff"),
        ("agenda done, current", colours.AGENDA_DONE, colours.AGENDA_CURRENT_BACKGROUND),
        ("agenda skipped", colours.AGENDA_SKIPPED, "#ffffff"),
        ("time-up banner", colours.BANNER_TEXT, colours.BANNER_BACKGROUND),
        ("presenter text", colours.PRESENTER_TEXT, colours.PRESENTER_BACKGROUND),
        ("presenter paused", colours.PRESENTER_MUTED, colours.PRESENTER_BACKGROUND),
        ("presenter over time", colours.PRESENTER_ALERT, colours.PRESENTER_BACKGROUND),
    ]
    return pairs


@pytest.mark.parametrize(("what", "text", "background"), _pairs(), ids=lambda v: str(v))
def test_text_colour_pairs_reach_aa(what: str, text: str, background: str) -> None:
    assert contrast(text, background) >= AA, f"{what}: {contrast(text, background):.2f}:1"


def test_document_colours_reach_aa() -> None:
    """The colours the HTML summary writes, on its white page and grey table heads."""
    css = html_export.__dict__
    source = "\n".join(v for v in css.values() if isinstance(v, str))
    found = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b", source))
    assert found, "no colours found in the HTML style"
    for colour in found:
        full = colour if len(colour) == 7 else "#" + "".join(c * 2 for c in colour[1:])
        for background in ("#ffffff", "#eeeeee"):
            assert contrast(full, background) >= AA, (colour, background)


def _style_colours(widget: QWidget) -> set[str]:
    found: set[str] = set()
    for label in [widget, *widget.findChildren(QWidget)]:
        found |= set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", label.styleSheet()))
    return {c.lower() for c in found}


def test_every_colour_the_windows_use_is_a_checked_one(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = MainWindow(demo_store, demo_context, clock)
    qtbot.addWidget(window)
    window.agenda_actions.sound_action.setChecked(False)
    window.show()
    seen = _style_colours(window)
    window.timer.start_button.click()  # running
    clock.advance(16 * 60)
    window.live.tick()  # over time, behind plan
    seen |= _style_colours(window)
    window.timer.start_button.click()  # paused
    window.live.tick()
    seen |= _style_colours(window)
    window.agenda_actions.toggle_presenter()
    presenter = window.agenda_actions.presenter
    assert presenter is not None
    presenter_seen = _style_colours(presenter)
    window.board.report("A problem")
    window.board.inform("Done")
    seen |= _style_colours(window)
    checked = {t.value for t in Tone} | {colours.BANNER_TEXT, colours.BANNER_BACKGROUND}
    assert seen - checked - presenter_seen == set()
    assert presenter_seen <= {
        colours.PRESENTER_TEXT,
        colours.PRESENTER_MUTED,
        colours.PRESENTER_ALERT,
    }
    assert Tone.ALERT.value in seen and Tone.WARNING.value in seen  # the states were reached


def test_colour_is_never_the_only_sign(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = MainWindow(demo_store, demo_context, clock)
    qtbot.addWidget(window)
    window.agenda_actions.sound_action.setChecked(False)
    window.timer.start_button.click()
    clock.advance(16 * 60)
    window.live.tick()
    assert window.timer.clock_label.text().startswith("+")  # over time, in the digits
    assert "Over time" in window.timer.clock_label.accessibleDescription()
    schedule = window.timer.schedule_label
    if Tone.GOOD.value in schedule.styleSheet():
        assert schedule.text().startswith("On time")
    else:
        assert "behind plan" in schedule.text()
    clock.advance(40 * 60)  # far behind now
    window.live.tick()
    assert Tone.WARNING.value in schedule.styleSheet()
    assert "behind plan" in schedule.text()


def test_high_contrast_leaves_the_colours_to_the_system(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert text_style(Tone.ERROR) == f"color: {Tone.ERROR.value};"
    monkeypatch.setattr(colours, "follow_system", lambda: True)
    assert text_style(Tone.ERROR) == ""
    assert text_style(Tone.WARNING, bold=True) == "font-weight: bold;"


def test_presenter_text_follows_the_system_font(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock, qapp: Any
) -> None:
    window = MainWindow(demo_store, demo_context, clock)
    qtbot.addWidget(window)
    window.agenda_actions.toggle_presenter()
    presenter = window.agenda_actions.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    small = presenter.subs_label.font().pixelSize()
    font = qapp.font()
    before = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 4)  # a user with a very large system font
    qapp.setFont(font)
    try:
        presenter.resize(presenter.width() + 10, presenter.height())
        qtbot.waitUntil(lambda: presenter.subs_label.font().pixelSize() > small)
        base = QFontInfo(font).pixelSize()
        assert presenter.subs_label.font().pixelSize() >= base
        assert presenter.clock_label.font().pixelSize() >= 3 * base
    finally:
        qapp.setFont(before)


def test_the_board_draws_from_the_one_palette() -> None:
    """The window's notes and every board picture use the same category colours."""
    assert items._TEXT.name() == palette.TEXT
    for category, colour in palette.CATEGORY_COLOURS.items():
        assert colours.category_brush(category.value).color().name() == colour
    assert colours.category_brush("no such category") is colours.category_brush("other")
