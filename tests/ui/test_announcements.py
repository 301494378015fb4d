"""Timer warnings, refused input and failed syncs are announced to screen readers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.clock import FakeClock
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.sync.service import set_configured_url
from facilitator_app.ui.announce import announce, announcer
from facilitator_app.ui.i18n import install_translators
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.sync_panel import SyncController, SyncState


@pytest.fixture
def heard(qapp: object) -> Iterator[list[tuple[str, bool]]]:
    """Everything announced during the test, as (text, assertive)."""
    said: list[tuple[str, bool]] = []
    announcer().announced.connect(lambda text, assertive: said.append((text, assertive)))
    yield said
    announcer().announced.disconnect()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English UI as ``--lang en`` installs it (its catalogue holds the plurals)."""
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    install_translators(qapp, "en")
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture
def window(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: SessionContext,
    clock: FakeClock,
    english: None,
) -> MainWindow:
    win = MainWindow(demo_store, demo_context, clock)
    qtbot.addWidget(win)
    win.agenda_actions.sound_action.setChecked(False)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_two_minutes_left_and_time_is_up_are_announced(
    window: MainWindow, clock: FakeClock, heard: list[tuple[str, bool]]
) -> None:
    title = window.live.timeline.current.title  # type: ignore[union-attr]
    window.timer.start_button.click()
    clock.advance(12 * 60)  # the first item has 15 minutes: 3 left, no warning yet
    window.live.tick()
    assert heard == []
    clock.advance(61)
    window.live.tick()
    assert heard == [(f"2 minutes left of “{title}”.", False)]
    clock.advance(30)
    window.live.tick()  # still under two minutes: said once only
    assert len(heard) == 1
    clock.advance(90)
    window.live.tick()
    assert heard[1] == (f"Time is up for “{title}”.", True)
    clock.advance(60)
    window.live.tick()
    assert len(heard) == 2


def test_a_refused_agenda_command_is_announced(
    window: MainWindow, heard: list[tuple[str, bool]]
) -> None:
    window.agenda.go_next()  # the first item is current
    window.agenda.go_previous()  # and has no previous one
    assert heard[-1:] == [("This is the first item: there is no previous one.", True)]


def test_a_refused_capture_is_announced(
    qtbot: QtBot, window: MainWindow, heard: list[tuple[str, bool]]
) -> None:
    field = window.board.capture_edit
    field.setFocus()
    qtbot.keyClicks(field, "Sykkelveg #zz")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert heard and heard[-1][1] is True
    assert "#zz" in heard[-1][0] and "category" in heard[-1][0]
    assert field.text() == "Sykkelveg #zz"  # nothing lost


def test_a_failed_sync_is_announced_once(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, heard: list[tuple[str, bool]]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 200)
    set_configured_url(demo_store, str(junk))
    controller = SyncController(demo_store)
    for _ in range(2):  # the automatic retry a minute later says nothing new
        controller.sync_now()
        qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    assert controller.state is SyncState.ERROR
    assert len(heard) == 1 and heard[0][0].startswith("Sync failed: ")
    assert "not a central store" in heard[0][0]


def test_announcements_reach_qt_accessibility_when_it_is_on(
    window: MainWindow, heard: list[tuple[str, bool]]
) -> None:
    # With a screen reader running Qt is active; the event must go through without error.
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    try:
        announce(window.timer, "Test announcement", assertive=True)
        announce(None, "No widget of its own")  # a controller: the active window speaks
    finally:
        QAccessible.setActive(was)
    assert [t for t, _a in heard] == ["Test announcement", "No widget of its own"]
