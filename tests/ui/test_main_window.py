"""The main window on the demo workshop: context choice, participants and attendance."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator_app.app import initial_context, open_store_for_gui
from facilitator_app.clock import FakeClock
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import attendance
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.ui.chooser import ContextChooser
from facilitator_app.ui.main_window import MainWindow


def test_window_shows_group_and_participants(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    window.show()
    assert "Gruppe 1" in window.windowTitle()
    people = ws_service.list_participants(demo_store, demo_context.group.id)
    assert window.participants.list.count() == len(people)
    assert window.participants.list.item(0).text().startswith(people[0].display_name)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&File" in menus and "&Help" in menus
    # The status bar keeps saying where the facilitator is after a short message.
    assert "everything is saved" in window.context_label.text()
    window.statusBar().showMessage("Time is up", 1)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
    assert window.context_label.isVisible()
    # The timer column is headed by the session's title alone; the timer says when.
    assert window.session_label.text() == demo_context.session.title
    assert "2021" not in window.session_label.text()
    assert window.timer_area.isAncestorOf(window.session_label)


def test_attendance_tick_is_stored_at_once(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    window.participants.set_present(0, True)
    window.participants.set_present(2, True)
    window.participants.set_present(2, False)
    present = attendance.present_ids(demo_store, demo_context.session.id)
    first = window.participants.list.item(0).data(Qt.ItemDataRole.UserRole)
    assert present == {first}
    assert "1 of" in window.participants.heading.text()
    # A new window (a restart) shows the same ticks.
    again = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(again)
    assert again.participants.list.item(0).checkState() == Qt.CheckState.Checked
    # Attendance is per session.
    assert (
        attendance.present_ids(demo_store, ws_service.find_by_keys(demo_store, "s2", "g1")[1].id)
        == set()
    )


def test_chooser_lists_the_demo_workshop(qtbot: QtBot, demo_store: Store) -> None:
    chooser = ContextChooser(demo_store)
    qtbot.addWidget(chooser)
    assert chooser.workshop_box.count() == 1
    assert chooser.session_box.count() == 4
    assert chooser.group_box.count() == 9
    _ws, s3, g4 = ws_service.find_by_keys(demo_store, "s3", "g4")
    chooser.select(s3.id, g4.id)
    chosen = chooser.chosen()
    assert chosen is not None
    assert (chosen.session.key, chosen.group.key) == ("s3", "g4")


def test_empty_store_chooser_asks_for_a_plan(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    chooser = ContextChooser(store)
    qtbot.addWidget(chooser)
    assert "Import the plan file" in chooser.hint.text()
    assert chooser.chosen() is None
    chooser.show()
    qtbot.waitExposed(chooser)
    plan = str(demo_plan_path())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (plan, ""))
    chooser.import_plan_file()
    assert chooser.session_box.count() == 4
    # After the import the session titles and dates show whole (they differ at the end).
    qtbot.waitUntil(lambda: chooser.session_box.width() > 300)
    for box in (chooser.session_box, chooser.group_box):
        longest = max(
            box.fontMetrics().horizontalAdvance(box.itemText(n)) for n in range(box.count())
        )
        assert box.width() > longest


def test_demo_start_and_remembered_choice(tmp_path: Path) -> None:
    clock = FakeClock()
    store = open_store_for_gui(tmp_path / "demo", True, clock)
    try:
        context = initial_context(store, demo=True)
        assert context is not None and context.session.key == "s1"
        _ws, s2, g5 = ws_service.find_by_keys(store, "s2", "g5")
        chosen = ws_service.load_context(store, _ws.id, s2.id, g5.id)
        assert chosen is not None
        ws_service.remember_context(store, chosen)
    finally:
        store.close()
    store = open_store_for_gui(tmp_path / "demo", True, clock)
    try:
        again = initial_context(store, demo=True)
        assert again is not None and (again.session.key, again.group.key) == ("s2", "g5")
    finally:
        store.close()


def test_tab_reaches_every_control_in_reading_order_with_names(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.board.capture_edit.hasFocus)
    reached: list[QWidget] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.board.capture_edit:
            break
        reached.append(focused)
    assert focused is window.board.capture_edit  # the chain closes
    assert all(w.accessibleName() for w in reached)
    order = [window.board.filter_edit, window.agenda.list, window.timer.start_button]
    assert all(w in reached for w in order)
    assert [reached.index(w) for w in order] == sorted(reached.index(w) for w in order)
    assert reached.index(window.participants.list) > reached.index(window.timer.reset_button)
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLineEdit | QListWidget)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert set(controls) - {window.board.capture_edit} <= set(reached)


def test_agenda_errors_are_shown_in_norwegian(
    qapp: object, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    import pytest
    from PySide6.QtCore import QCoreApplication, QTranslator

    from facilitator_app.errors import AgendaError
    from facilitator_app.services import timer_commands
    from facilitator_app.ui import i18n_tool
    from facilitator_app.ui.timer_panel import describe_error

    with pytest.raises(AgendaError) as info:
        timer_commands.adjust(demo_store, demo_context, 100_000)
    assert info.value.code == "adjust_range"
    translator = QTranslator()
    assert translator.load("facilitator_app_nb", i18n_tool.TS.parent.as_posix())
    QCoreApplication.installTranslator(translator)
    try:
        text = describe_error(info.value)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text.startswith("Juster tidtakeren med hele minutter mellom 1 og ")
    assert "{max}" not in text
