"""Every focusable control in every window and dialog has an accessible name.

The walk goes through ``QAccessible.queryAccessibleInterface`` — what Qt hands to a screen
reader (AT-SPI on Linux, UI Automation on Windows, NSAccessibility on macOS) — not the
widget tree, so a control that has a tooltip but no name is caught.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.ui.agenda_actions import ShortcutSheet
from facilitator_app.ui.agenda_dialogs import AddItemDialog, PromptDialog
from facilitator_app.ui.chooser import ContextChooser
from facilitator_app.ui.export_dialog import ExportDialog
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.sync_panel import SyncPanel, SyncSettingsDialog
from tests.ui.a11y_tree import unnamed_focusable, walk


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext) -> MainWindow:
    win = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_main_window_controls_all_have_names(window: MainWindow) -> None:
    assert unnamed_focusable(window) == []
    # The walk really reaches the controls a facilitator uses.
    names = {(n.role, n.name) for n in walk(window)}
    assert (QAccessible.Role.EditableText, "Capture an idea") in names
    assert any(role == QAccessible.Role.List and name == "Agenda" for role, name in names)


DIALOGS: dict[str, Callable[[MainWindow, Store], QWidget]] = {
    "export": lambda w, s: ExportDialog(s, w.context, parent=w),
    "add item": lambda w, s: AddItemDialog(w.agenda, w),
    "prompt": lambda w, s: PromptDialog("Timebox", "Minutes:", "10", lambda _t: None, w),
    "chooser": lambda w, s: ContextChooser(s, w),
    "shortcuts": lambda w, s: ShortcutSheet(w.agenda_actions, w),
    "sync panel": lambda w, s: SyncPanel(w.sync, w),
    "sync settings": lambda w, s: SyncSettingsDialog(w.sync, w),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_controls_all_have_names(
    qtbot: QtBot, window: MainWindow, demo_store: Store, name: str
) -> None:
    dialog = _shown(qtbot, DIALOGS[name](window, demo_store))
    assert unnamed_focusable(dialog) == [], name
    assert sum(n.focusable for n in walk(dialog)) >= 2, name  # the walk reached its controls
    if isinstance(dialog, QDialog):
        dialog.reject()


def test_presenter_view_controls_all_have_names(qtbot: QtBot, window: MainWindow) -> None:
    window.agenda_actions.toggle_presenter()
    presenter = window.agenda_actions.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    assert unnamed_focusable(presenter) == []
    window.agenda_actions.toggle_presenter()


def test_the_check_notices_an_unnamed_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    named = QLineEdit()
    named.setAccessibleName("Named field")
    layout.addWidget(named)
    layout.addWidget(QLineEdit())
    _shown(qtbot, box)
    found = unnamed_focusable(box)
    assert len(found) == 1 and "EditableText" in found[0]


def test_tab_reaches_every_control_of_the_main_window_once_per_round(
    qtbot: QtBot, window: MainWindow
) -> None:
    """No keyboard trap and nothing out of reach: Tab goes round every focusable control."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    window.board.capture_edit.setFocus()
    qtbot.waitUntil(window.board.capture_edit.hasFocus)
    start = QApplication.focusWidget()
    order: list[QWidget] = []
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        order.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    else:
        pytest.fail(f"Tab never came back to the capture field: {order[-5:]}")
    assert len(order) >= 10  # capture, combos, filter, agenda, its buttons, timer, …
    assert len(order) == len(set(order)), "a control is reached twice in one round"
    reachable = {
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    }
    missing = sorted(f"{type(w).__name__} {w.accessibleName()!r}" for w in reachable - set(order))
    assert missing == []
    names = [w.accessibleName() or getattr(w, "text", lambda: "")() for w in order]
    assert all(names), f"a control Tab reaches has no name: {names}"
