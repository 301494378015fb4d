"""How the board looks: notes in their category's colour with a legend, and a board
that grows with the system's font size (issue 13 point 10, issue 14 point 4).

The window is placed as on a 1366×768 and a 1280×720 laptop; colours are read back from
what the board actually painted.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.models.enums import Category
from facilitator_app.services import board
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.palette import CATEGORY_COLOURS
from facilitator_app.store import Store
from facilitator_app.ui.board import BoardWidget, items
from facilitator_app.ui.board.legend import colour_name
from facilitator_app.ui.board.scene import category_label
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.presenter import PresenterWindow
from facilitator_app.ui.window_geometry import place_on_screen

SCREENS = {"1366x768": QRect(0, 0, 1366, 738), "1280x720": QRect(0, 0, 1280, 690)}
PREFIX = {
    Category.CHALLENGE: "#c",
    Category.MEASURE: "#m",
    Category.EXPERT_QUESTION: "#q",
    Category.OTHER: "#o",
}
PINK = board.PALETTE[1]


def _window(
    qtbot: QtBot, store: Store, context: ws_service.SessionContext, screen: str
) -> MainWindow:
    window = MainWindow(store, context, store.clock)
    qtbot.addWidget(window)
    place_on_screen(window, store, window.splitters(), SCREENS[screen])
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.board._shown_once)
    QApplication.processEvents()  # the board shows its question once it has its size
    return window


def _capture_one_of_each(qtbot: QtBot, w: BoardWidget) -> dict[Category, uuid.UUID]:
    made = {}
    for category, prefix in PREFIX.items():
        qtbot.keyClicks(w.capture_edit, f"Sykkelvei {category.value} {prefix}")
        qtbot.keyClick(w.capture_edit, Qt.Key.Key_Return)
        made[category] = next(
            nid for nid, item in w.scene.notes.items() if category.value in item.state.text
        )
    return made


def _pixel(w: BoardWidget, image: QImage, note_id: uuid.UUID, x: float, y: float) -> str:
    """The colour painted at (x, y) of a note (note coordinates) in a grab of the view."""
    item = w.scene.notes[note_id]
    point = w.view.mapFromScene(item.mapToScene(QPointF(x, y)))
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(round(point.x() * ratio), round(point.y() * ratio))).name()


def _inside(window: QWidget, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_notes_take_their_category_colour_and_the_legend_names_it(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext, screen: str
) -> None:
    window = _window(qtbot, demo_store, demo_context, screen)
    w = window.board
    made = _capture_one_of_each(qtbot, w)
    w.view.zoom_normal()
    for nid in made.values():
        w.view.ensureVisible(w.scene.notes[nid])
        image = w.view.viewport().grab().toImage()
        item = w.scene.notes[nid]
        # The left margin, half-way down: no text is drawn there.
        assert (
            _pixel(w, image, nid, 2, item.state.height / 2)
            == CATEGORY_COLOURS[Category(item.state.category)]
        )
        # Not by colour alone: the note's footer names the category and shows its mark.
        assert category_label(item.state.category) in item.badges
        assert items.CATEGORY_MARK[item.state.category] in item.badges
    legend = w.legend
    assert legend.isVisible() and _inside(window, legend)
    assert legend.accessibleName()
    for category in Category:
        name, swatch = legend.names[category], legend.swatches[category]
        assert name.isVisible() and _inside(window, name), (category, screen)
        assert category_label(category.value) in name.text()
        assert items.CATEGORY_MARK[category.value] in name.text()
        assert colour_name(category) in name.accessibleName()
        image = swatch.pixmap().toImage()
        centre = image.pixelColor(image.width() // 2, image.height() // 2).name()
        assert centre == CATEGORY_COLOURS[category]


def test_the_legend_stays_with_the_board_not_the_list(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    w = _window(qtbot, demo_store, demo_context, "1280x720").board
    assert w.legend.isVisible()
    w.show_list(True)
    assert not w.legend.isVisible()
    w.show_list(False)
    assert w.legend.isVisible()


def test_a_chosen_colour_is_a_band_above_the_category_colour(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    w = _window(qtbot, demo_store, demo_context, "1366x768").board
    made = _capture_one_of_each(qtbot, w)
    challenge = made[Category.CHALLENGE]
    w.controller.set_colour([challenge], PINK)
    item = w.scene.notes[challenge]
    assert item.state.colour == PINK and item.marked()
    w.view.zoom_normal()
    w.view.ensureVisible(item)
    image = w.view.viewport().grab().toImage()
    assert _pixel(w, image, challenge, item.state.width / 2, 3) == PINK
    assert (
        _pixel(w, image, challenge, 2, item.state.height / 2)
        == CATEGORY_COLOURS[Category.CHALLENGE]
    )
    # The band's colour is named in words too (the note's tooltip).
    assert "Pink" in item.full_text("Colour: Pink")
    # Yellow, the colour every note starts with, takes the band away again.
    w.controller.set_colour([challenge], board.DEFAULT_COLOUR)
    assert not w.scene.notes[challenge].marked()
    image = w.view.viewport().grab().toImage()
    assert (
        _pixel(w, image, challenge, item.state.width / 2, 3) == CATEGORY_COLOURS[Category.CHALLENGE]
    )


@pytest.fixture
def restore_font() -> Iterator[QFont]:
    """The application's font, put back after the test changed it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QFont(app.font())
    yield original
    QApplication.setFont(original)
    items.use_application_font()


def _shown_size(w: BoardWidget, nid: uuid.UUID) -> QRectF:
    """A note's rectangle on screen (pixels)."""
    return QRectF(w.view.mapFromScene(w.scene.notes[nid].sceneBoundingRect()).boundingRect())


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_board_and_presenter_grow_with_the_system_font(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    restore_font: QFont,
    screen: str,
) -> None:
    window = _window(qtbot, demo_store, demo_context, screen)
    w = window.board
    made = _capture_one_of_each(qtbot, w)
    nid = made[Category.MEASURE]
    presenter = PresenterWindow(window.live)
    qtbot.addWidget(presenter)
    presenter.resize(400, 260)  # small: its text is at its least, the font's multiple
    presenter.show()
    qtbot.waitExposed(presenter)
    w.view.zoom_normal()
    assert w.view.text_scale == pytest.approx(1.0)  # the 9 pt test font is below 10 pt
    before_note = _shown_size(w, nid)
    w.grab()
    before_layout = (w.scene.notes[nid]._shown_text, w.scene.notes[nid]._footer)
    before_text = QFontInfo(items._NOTE_FONT).pixelSize() * w.view.zoom
    before_swatch = w.legend.swatches[Category.MEASURE].pixmap().height()
    before_title = presenter.title_label.font().pixelSize()

    bigger = QFont(restore_font)
    bigger.setPointSizeF(18)  # twice the test's 9 pt: 1.8 times the note's 10 pt
    QApplication.setFont(bigger)
    qtbot.waitUntil(lambda: w.view.text_scale == pytest.approx(1.8))

    # Note text is drawn as large as the system's text; the note grows with it, so the
    # same words still fit on it.
    w.view.zoom_normal()
    after_text = QFontInfo(items._NOTE_FONT).pixelSize() * w.view.zoom
    assert after_text == pytest.approx(before_text * 1.8, rel=0.1)
    assert after_text >= QFontInfo(bigger).pixelSize() - 1
    after_note = _shown_size(w, nid)
    assert after_note.width() == pytest.approx(before_note.width() * 1.8, rel=0.05)
    assert after_note.height() == pytest.approx(before_note.height() * 1.8, rel=0.05)
    item = w.scene.notes[nid]
    w.grab()  # lays the note out again in the new font
    assert (item._shown_text, item._footer) == before_layout  # the same words fit as before
    # The question shown by the board keeps to the larger size (never below readable).
    w.show_question(w.current_question)
    assert w.view.zoom >= 0.6 * 1.8 - 1e-6
    assert w.legend.swatches[Category.MEASURE].pixmap().height() > before_swatch
    # The presenter's text follows the system font at once (no resize needed).
    assert presenter.title_label.font().pixelSize() == round(QFontInfo(bigger).pixelSize() * 1.5)
    assert presenter.title_label.font().pixelSize() > before_title
    assert presenter.subs_label.font().pixelSize() == round(QFontInfo(bigger).pixelSize() * 1.2)


def test_a_zoom_of_ones_own_is_kept_in_proportion_when_the_font_grows(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext, restore_font: QFont
) -> None:
    w = _window(qtbot, demo_store, demo_context, "1366x768").board
    w.view.set_zoom(0.5)  # the facilitator's own choice
    bigger = QFont(restore_font)
    bigger.setPointSizeF(15)
    QApplication.setFont(bigger)
    qtbot.waitUntil(lambda: w.view.text_scale == pytest.approx(1.5))
    assert w.view.zoom == pytest.approx(0.75)
    assert not w.view.zoom_is_auto()


def test_far_out_the_overview_draws_each_note_in_its_category_colour(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from facilitator_app.ui.board import scene as scene_module

    monkeypatch.setattr(scene_module, "OVERVIEW_MIN_NOTES", 2)
    w = _window(qtbot, demo_store, demo_context, "1366x768").board
    made = _capture_one_of_each(qtbot, w)
    # Wide notes, so each still covers whole pixels at 20 %.
    for nid in made.values():
        w.controller.resize(nid, 300, 200)
    w.view.set_zoom(0.2)
    assert w.scene.overview
    w.view.centerOn(w.scene.frame_rect(w.current_question).center())
    image = w.view.viewport().grab().toImage()
    for category, nid in made.items():
        state = w.scene.notes[nid].state
        origin = w.scene.notes[nid].origin
        centre = w.view.mapFromScene(
            origin + QPointF(state.x + state.width / 2, state.y + state.height / 2)
        )
        ratio = image.devicePixelRatio()
        found = QColor(image.pixel(round(centre.x() * ratio), round(centre.y() * ratio)))
        assert found.name() == CATEGORY_COLOURS[category], category


def test_a_picture_of_the_board_has_the_key_below_its_notes(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext, tmp_path: Path
) -> None:
    w = _window(qtbot, demo_store, demo_context, "1280x720").board
    made = _capture_one_of_each(qtbot, w)
    frame = w.scene.frame_rect(w.current_question)
    png, svg = tmp_path / "q.png", tmp_path / "q.svg"
    assert w.board_actions.export_to(png, frame, "Spørsmål", svg=False)
    assert w.board_actions.export_to(svg, frame, "Spørsmål", svg=True)
    image = QImage(str(png))
    assert image.width() == int(frame.width())
    key_top = int(frame.height())
    assert image.height() > key_top + 10  # the key is below the board, not over it
    key_colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(key_top, image.height())
    }
    note = w.scene.notes[made[Category.CHALLENGE]]
    centre = note.sceneBoundingRect().center() - frame.topLeft()
    assert (
        image.pixelColor(int(centre.x()), int(centre.y()) + 30).name()
        == (CATEGORY_COLOURS[Category.CHALLENGE])
    )
    for category in Category:
        assert CATEGORY_COLOURS[category] in key_colours, category
    text = svg.read_text(encoding="utf-8")
    for category in Category:
        assert category_label(category.value) in text
    assert "Band on top" in text
