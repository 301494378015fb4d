"""Where the main window opens: inside the screen it is on, as it was left on that screen.

A 1366×768 laptop (the most common municipal one) and a 1280×720 one must show the whole
window, with or without a window manager. The size and place, and the splitter's column
widths, are remembered per screen (its name and size) in the data folder's preferences:
the same laptop on a projector or a docking screen gets that screen's own layout back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from facilitator_app.services.preferences import get_preference, set_preference
from facilitator_app.store import Store

PREFERRED = QSize(1400, 860)  # where there is room for it
# A window manager adds a title bar and borders outside the window's own size; before
# the window is shown we cannot ask it how big they are, so leave room for typical ones.
FRAME_ALLOWANCE = QSize(16, 48)


def screen_key(screen: QScreen) -> str:
    """The preference key of the window's layout on ``screen`` (name and size)."""
    size = screen.size()
    return f"window_layout.{screen.name()}.{size.width()}x{size.height()}"


def fitted_rect(available: QRect, minimum: QSize) -> QRect:
    """The window's rect on a screen with ``available`` room: the preferred size where
    it fits, else as much as there is (never below ``minimum``), centred."""
    width = max(
        minimum.width(), min(PREFERRED.width(), available.width() - FRAME_ALLOWANCE.width())
    )
    height = max(
        minimum.height(), min(PREFERRED.height(), available.height() - FRAME_ALLOWANCE.height())
    )
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    # Never above or left of the screen: the title bar must stay reachable.
    rect.moveTop(max(rect.top(), available.top() + FRAME_ALLOWANCE.height() - 8))
    rect.moveLeft(max(rect.left(), available.left()))
    return rect


def place_on_screen(
    window: QMainWindow,
    store: Store,
    splitters: Sequence[QSplitter],
    available: QRect | None = None,
) -> None:
    """Show ``window`` as it was left on this screen, or fitted to it the first time.

    ``available`` is the screen's free area (the screen's own unless a test gives one).
    A remembered place that no longer fits (another resolution under the same name) is
    dropped for a fitted one.
    """
    screen = window.screen()
    room = screen.availableGeometry() if available is None else available
    minimum = window.minimumSizeHint()
    saved = _load(store, screen)
    rect = fitted_rect(room, minimum)
    if saved is not None:
        states = saved["splitters"]
        if len(states) == len(splitters):
            for splitter, state in zip(splitters, states, strict=True):
                splitter.restoreState(QByteArray.fromBase64(state.encode()))
        remembered = QRect(saved["x"], saved["y"], saved["width"], saved["height"])
        if room.contains(remembered) and remembered.width() >= minimum.width():
            rect = remembered
        if saved["maximised"]:
            window.setGeometry(rect)
            window.showMaximized()
            return
    window.setGeometry(rect)
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.showMaximized()  # smaller than the window can be: all of the screen
    else:
        window.show()


def show_fitted(window: QWidget) -> None:
    """Show a window without a remembered place (the organisers' desk) fitted to its
    screen: the preferred size where it fits, else as much as there is."""
    room = window.screen().availableGeometry()
    minimum = window.minimumSizeHint()
    window.setGeometry(fitted_rect(room, minimum))
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.showMaximized()
    else:
        window.show()


def save_layout(window: QWidget, store: Store, splitters: Sequence[QSplitter]) -> None:
    """Remember the window's place and the splitters' sizes for this screen."""
    # A maximised window remembers the place it returns to when un-maximised.
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    value = {
        "x": rect.x(),
        "y": rect.y(),
        "width": rect.width(),
        "height": rect.height(),
        "maximised": window.isMaximized(),
        "splitters": [
            bytes(splitter.saveState().toBase64().data()).decode("ascii") for splitter in splitters
        ],
    }
    set_preference(store, screen_key(window.screen()), json.dumps(value))


def _load(store: Store, screen: QScreen) -> dict[str, Any] | None:
    """The remembered layout for ``screen``; None when there is none or it is damaged."""
    text = get_preference(store, screen_key(screen))
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    numbers = all(isinstance(value.get(k), int) for k in ("x", "y", "width", "height"))
    states = value.get("splitters")
    if not numbers or not isinstance(states, list) or not all(isinstance(t, str) for t in states):
        return None
    return {**value, "maximised": bool(value.get("maximised"))}
