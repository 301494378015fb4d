"""Window shortcuts that must work while a text field has the focus.

On X11 Qt gives every line edit Emacs-style keys: Ctrl+E moves to the end of the line,
and the focused field claims the key before the window's shortcut sees it. The capture
field has the focus nearly all the time, so "End session and export" (Ctrl+E) never
fired. This filter, installed on the window's text fields, lets the listed actions'
shortcuts win over them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class WindowShortcutsFirst(QObject):
    """Event filter on text fields giving ``actions``' shortcuts priority over them."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)  # lives and dies with the window and its fields
        self.actions = list(actions)
        self.fields: list[QLineEdit] = []  # the text fields it watches

    def claims(self, event: QKeyEvent) -> bool:
        """True when ``event`` is the shortcut of an enabled action of ours."""
        pressed = QKeySequence(event.keyCombination())
        return any(a.isEnabled() and a.shortcut() == pressed for a in self.actions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refuse a text field's claim on one of our shortcuts (the action then fires)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.claims(event)
        ):
            event.ignore()
            return True
        return False

    @classmethod
    def install(cls, window: QWidget, actions: Iterable[QAction]) -> WindowShortcutsFirst:
        """Create the filter and put it on every line edit ``window`` holds now."""
        shortcuts = cls(window, actions)
        shortcuts.fields = window.findChildren(QLineEdit)
        for field in shortcuts.fields:
            field.installEventFilter(shortcuts)
        return shortcuts
