"""Window shortcuts win over a text field's own keys (Ctrl+E is "end of line" on X11)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from facilitator_app.clock import FakeClock
from facilitator_app.ui.shortcut_priority import WindowShortcutsFirst


class EmacsLineEdit(QLineEdit):
    """A line edit that claims Ctrl+E for itself, as Qt's line edits do on X11."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == QKeySequence("Ctrl+E")[0]
        ):
            event.accept()
            return True
        return super().event(event)


def _window(qtbot: Any) -> tuple[QMainWindow, QLineEdit, QAction, list[int]]:
    window = QMainWindow()
    field = EmacsLineEdit()
    window.setCentralWidget(field)
    action = QAction("Export", window)
    action.setShortcut(QKeySequence("Ctrl+E"))
    fired: list[int] = []
    action.triggered.connect(lambda: fired.append(1))
    window.addAction(action)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    return window, field, action, fired


def test_a_claiming_text_field_swallows_the_shortcut_without_the_filter(qtbot: Any) -> None:
    _w, field, _a, fired = _window(qtbot)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == []


def test_with_the_filter_the_shortcut_fires_and_other_keys_stay_with_the_field(
    qtbot: Any,
) -> None:
    window, field, action, fired = _window(qtbot)
    WindowShortcutsFirst.install(window, [action])
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [1]
    qtbot.keyClicks(field, "hei")
    assert field.text() == "hei"
    action.setEnabled(False)  # a disabled action claims nothing
    other = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
    )
    QApplication.sendEvent(field, other)
    assert other.isAccepted()


def test_main_window_gives_ctrl_e_to_end_session_and_export_in_every_text_field(
    qtbot: Any, demo_store: Any, demo_context: Any
) -> None:
    from facilitator_app.ui.main_window import MainWindow

    window = MainWindow(demo_store, demo_context, FakeClock())
    qtbot.addWidget(window)
    first = window.shortcuts_first
    assert first.actions == [window.export_action]
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    fields = window.findChildren(QLineEdit)
    assert window.board.capture_edit in fields
    assert first.fields == fields
    for field in fields:
        event = QKeyEvent(
            QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
        )
        assert first.eventFilter(field, event)
        assert not event.isAccepted()
