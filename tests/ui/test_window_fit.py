"""The main window fits 1366×768 and 1280×720 laptops and remembers its layout per screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.services import workshop as ws_service
from facilitator_app.services.preferences import get_preference, set_preference
from facilitator_app.store import Store
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.window_geometry import place_on_screen, save_layout, screen_key

# The screen less a 30-pixel task bar, as on a Windows laptop.
SCREENS = {"1366x768": QRect(0, 0, 1366, 738), "1280x720": QRect(0, 0, 1280, 690)}


def _inside(window: QWidget, widget: QWidget) -> bool:
    """True when all of ``widget`` lies inside the window."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_control_is_on_a_small_screen(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext, name: str
) -> None:
    available = SCREENS[name]
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    place_on_screen(window, demo_store, window.splitters(), available)
    qtbot.waitExposed(window)
    assert available.contains(window.geometry()), window.geometry()
    assert window.minimumSizeHint().width() <= available.width()
    # Title bar and borders of a window manager must fit as well.
    assert window.height() <= available.height() - 30
    agenda, timer = window.agenda, window.timer
    must_show: list[QWidget] = [
        timer.start_button,
        timer.minus_button,
        timer.plus_button,
        timer.reset_button,
        agenda.done_button,
        agenda.skip_button,
        agenda.timebox_button,
        agenda.note_button,
        window.statusBar(),
        window.context_label,
        window.board.capture_edit,
        window.top_ideas.list,
        window.participants.list,
    ]
    for widget in must_show:
        assert widget.isVisible(), widget.accessibleName()
        assert _inside(window, widget), (widget.accessibleName(), name)
        assert widget.width() > 20 and widget.height() > 10, widget.accessibleName()


def test_layout_is_remembered_per_screen(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    available = SCREENS["1366x768"]
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    place_on_screen(window, demo_store, window.splitters(), available)
    qtbot.waitExposed(window)
    window.setGeometry(QRect(20, 40, 1250, 640))
    qtbot.waitUntil(lambda: window.width() == 1250)
    window.splitter.setSizes([300, 600, 300])
    wanted = window.splitter.sizes()
    window.close()  # closing saves
    assert get_preference(demo_store, screen_key(window.screen()))

    again = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(again)
    place_on_screen(again, demo_store, again.splitters(), available)
    qtbot.waitExposed(again)
    assert again.geometry() == QRect(20, 40, 1250, 640)
    assert again.splitter.sizes() == wanted
    save_layout(again, demo_store, again.splitters())

    # On a smaller screen (same name, new resolution) the old place does not fit: fitted.
    small = SCREENS["1280x720"]
    third = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(third)
    set_preference(
        demo_store,
        screen_key(third.screen()),
        get_preference(demo_store, screen_key(third.screen())).replace(
            '"width": 1250', '"width": 1300'
        ),
    )
    place_on_screen(third, demo_store, third.splitters(), small)
    qtbot.waitExposed(third)
    assert small.contains(third.geometry())


def test_damaged_layout_preference_is_ignored(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    set_preference(demo_store, screen_key(window.screen()), "{not json")
    available = SCREENS["1280x720"]
    place_on_screen(window, demo_store, window.splitters(), available)
    qtbot.waitExposed(window)
    assert available.contains(window.geometry())


def test_timer_buttons_keep_their_place_between_items(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    place_on_screen(window, demo_store, window.splitters(), SCREENS["1366x768"])
    qtbot.waitExposed(window)
    timer = window.timer
    buttons = (timer.start_button, timer.minus_button, timer.plus_button, timer.reset_button)

    def places() -> list[QRect]:
        QWidget.repaint(window)
        return [QRect(b.mapTo(window, b.rect().topLeft()), b.size()) for b in buttons]

    first = places()
    seen = []
    for _ in range(6):  # items with short and long titles, breaks, talks
        window.agenda.go_next()
        qtbot.wait(10)
        seen.append(places())
        timer.start_button.click()  # Start / Pause / Resume: three words, one width
        qtbot.wait(10)
        seen.append(places())
    moved = [n for n, p in enumerate(seen) if p != first]
    assert not moved, [(n, [(r.x(), r.y(), r.width()) for r in seen[n]]) for n in moved]
