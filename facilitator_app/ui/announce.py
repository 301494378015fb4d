"""Telling screen readers what happens without the focus moving there.

A timer running out, a refused capture or a failed sync change a label somewhere on the
screen; a screen reader only reads where the focus is. ``announce`` sends Qt's
``QAccessibleAnnouncementEvent`` (Qt 6.8+: AT-SPI, UI Automation and NSAccessibility pass
it on as a live-region announcement), and repeats it on ``announcer().announced`` so the
tests (and anything else in the app) can see what was said.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget


class Announcer(QObject):
    """Emits every announcement: ``announced(text, assertive)``."""

    announced = Signal(str, bool)


_announcer: Announcer | None = None


def announcer() -> Announcer:
    """The application's one announcer."""
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def _speaker(source: QObject | None) -> QObject | None:
    """The nearest widget to speak for ``source`` (a controller has none of its own)."""
    while source is not None and not isinstance(source, QWidget):
        source = source.parent()
    return source or QApplication.activeWindow()


def announce(source: QObject | None, text: str, *, assertive: bool = False) -> None:
    """Have assistive technology read ``text`` now.

    ``assertive`` interrupts what is being read (time is up, an error the user just
    caused); otherwise it waits for a pause (a warning, a sync that failed in the
    background).
    """
    if not text:
        return
    speaker = _speaker(source)
    if speaker is not None and QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(speaker, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
    announcer().announced.emit(text, assertive)
