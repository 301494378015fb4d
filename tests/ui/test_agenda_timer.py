"""The agenda panel, timer, presenter view and shortcuts driven like a facilitator would."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator_app.clock import FakeClock
from facilitator_app.services import timer_commands
from facilitator_app.services.workshop import SessionContext, list_agenda
from facilitator_app.store import Store
from facilitator_app.ui import i18n_tool
from facilitator_app.ui.agenda_dialogs import AddItemDialog, PromptDialog
from facilitator_app.ui.agenda_panel import CURRENT_BACKGROUND
from facilitator_app.ui.colours import Tone
from facilitator_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NINE_OSLO = dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC)
# 14:10 Oslo two weeks after the planned date of session s1 (the demo opened later).
LATER_DAY = dt.datetime(2021, 10, 6, 12, 10, tzinfo=dt.UTC)


def open_window(qtbot: QtBot, store: Store, ctx: SessionContext, clock: FakeClock) -> MainWindow:
    window = MainWindow(store, ctx, clock)
    qtbot.addWidget(window)
    window.agenda_actions.sound_action.setChecked(False)  # no beeps; the signal still fires
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()  # let the board put the focus in its capture field
    return window


def capture_field(window: MainWindow) -> QWidget:
    """The text field that has the focus while the facilitator types (the board's)."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit | QPlainTextEdit | QTextEdit):
        return focused
    field = QLineEdit()  # no board in this build: a text field in its place
    window.board_layout.addWidget(field)
    field.setFocus()
    QApplication.processEvents()
    return field


def later(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.live.tick()


def test_whole_demo_session_with_the_keyboard(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(NINE_OSLO)
    window = open_window(qtbot, demo_store, demo_context, clock)
    field = capture_field(window)
    seen: list[object] = []
    window.current_item_changed.connect(seen.append)
    times_up: list[object] = []
    window.live.time_up.connect(times_up.append)
    timer_panel = window.timer
    assert timer_panel.clock_label.text() == "15:00"
    assert timer_panel.start_button.text() == "Start"

    qtbot.keyClick(field, Qt.Key.Key_Space, CTRL)  # start the welcome
    assert timer_panel.start_button.text() == "Pause"
    later(window, clock, 10 * 60)
    assert timer_panel.clock_label.text() == "05:00"
    assert timer_panel.schedule_label.text() == "On time (10 min to spare)"
    later(window, clock, 7 * 60)  # two minutes over
    assert timer_panel.clock_label.text() == "+02:00"
    assert Tone.ALERT.value in timer_panel.clock_label.styleSheet()
    assert timer_panel.flash_label.isVisibleTo(timer_panel)
    assert len(times_up) == 1
    later(window, clock, 30)
    assert len(times_up) == 1  # the signal comes once, when the time runs out

    items = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
    for n, item in enumerate(items[1:], start=1):
        qtbot.keyClick(field, Qt.Key.Key_PageDown, CTRL)  # next item while typing
        assert seen[-1] == item.id
        assert window.agenda.list.currentRow() == n
        assert window.timer.item_label.text() == item.title
        if item.kind == "break":
            back = (clock.now() + dt.timedelta(minutes=item.timebox_min)).astimezone(
                timer_commands.load_timeline(demo_store, demo_context).zone
            )
            assert timer_panel.back_label.text() == f"Back at {back:%H:%M}"
        else:
            assert timer_panel.back_label.isHidden()
        later(window, clock, item.timebox_min * 60 - 1)
        assert timer_panel.clock_label.text() == "00:01"
    # The welcome ran 2.5 min over; 7.5 of the 10 spare minutes are left, shown to the
    # nearest minute (rounded down, float error made "+1 min" look like two).
    assert timer_panel.schedule_label.text() == "On time (8 min to spare)"
    later(window, clock, 9 * 60)  # the summary runs 9 min over: now behind the plan
    assert timer_panel.schedule_label.text() == "2 min behind plan"
    assert timer_panel.clock_label.text() == "+08:59"
    qtbot.keyClick(field, Qt.Key.Key_PageDown, CTRL)  # end the last item
    assert seen[-1] is None
    assert timer_panel.item_label.text() == "The agenda is finished."
    qtbot.keyClick(field, Qt.Key.Key_PageDown, CTRL)
    assert window.statusBar().currentMessage() == "The agenda is finished: there is no next item."
    log = timer_commands.load_timeline(demo_store, demo_context).log(clock.now())
    assert [row.status for row in log] == ["done"] * 9
    assert log[0].ran_s == 17.5 * 60
    assert log[-1].ran_s == 29 * 60 - 1 and log[-1].planned_min == 20
    assert all(row.wall_s >= 0 and row.ran_s >= 0 for row in log)


def test_plus_minus_and_previous_with_shortcuts(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    field = capture_field(window)
    qtbot.keyClick(field, Qt.Key.Key_Space, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Up, CTRL | SHIFT)
    qtbot.keyClick(field, Qt.Key.Key_Up, CTRL | SHIFT)
    qtbot.keyClick(field, Qt.Key.Key_Down, CTRL | SHIFT)
    assert window.timer.clock_label.text() == "16:00"
    qtbot.keyClick(field, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(field, Qt.Key.Key_PageUp, CTRL)
    assert window.agenda.list.currentRow() == 0
    assert window.timer.clock_label.text() == "16:00"  # the welcome goes on where it was
    qtbot.keyClick(field, Qt.Key.Key_PageUp, CTRL)
    assert window.statusBar().currentMessage() == (
        "This is the first item: there is no previous one."
    )
    window.timer.reset_button.click()
    assert window.timer.start_button.text() == "Start"
    assert window.timer.clock_label.text() == "15:00"


def test_pause_over_a_break(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2021, 9, 22, 8, 0, tzinfo=dt.UTC))  # 10:00 Oslo
    window = open_window(qtbot, demo_store, demo_context, clock)
    for _ in range(4):
        window.agenda.next_button.click()
    assert window.timer.back_label.text() == "Back at 10:10"
    later(window, clock, 4 * 60)
    window.timer.start_button.click()  # pause: the group waits for a late speaker
    assert window.timer.start_button.text() == "Resume"
    later(window, clock, 30 * 60)  # the laptop lid is closed for half an hour
    assert window.timer.clock_label.text() == "06:00"
    assert window.timer.back_label.text() == "Back at 10:40"
    window.timer.start_button.click()
    later(window, clock, 60)
    assert window.timer.clock_label.text() == "05:00"
    assert window.timer.back_label.text() == "Back at 10:40"


def test_restart_the_app_mid_item(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    window.agenda.next_button.click()
    window.agenda.next_button.click()  # on the 20-minute talk
    later(window, clock, 7 * 60)
    window.close()
    data_dir = demo_store.data_dir
    demo_store.close()  # as if the app was killed: everything was stored already
    clock.advance(3 * 60)  # three minutes until it runs again
    reopened = Store.open(data_dir, clock)
    try:
        again = open_window(qtbot, reopened, demo_context, clock)
        assert again.timer.clock_label.text() == "10:00"
        assert again.timer.start_button.text() == "Pause"
        assert again.agenda.list.currentRow() == 1
        again.close()
    finally:
        reopened.close()


def test_drag_reorder_then_undo_and_redo(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    before = [
        i.title for i in list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
    ]
    model = window.agenda.list.model()
    # What a drag of the fifth row to the top does to the list's model.
    assert model.moveRow(model.index(0, 0).parent(), 4, model.index(0, 0).parent(), 0)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    stored = [
        i.title for i in list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
    ]
    assert stored[0] == before[4]
    assert window.agenda.row_texts()[0].startswith("09:00  " + before[4])
    assert window.undo_stack.undoText() == "Reorder agenda"
    window.undo_action.trigger()
    assert [
        i.title for i in list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
    ] == before
    assert window.agenda.row_texts()[0].startswith("09:00  " + before[0])
    window.redo_action.trigger()
    assert (
        list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[0].title
        == (before[4])
    )


def test_keyboard_reorder_mark_and_undo(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    panel = window.agenda
    panel.list.setFocus()
    panel.list.setCurrentRow(2)
    qtbot.keyClick(panel.list, Qt.Key.Key_PageDown, CTRL | SHIFT)
    titles = panel.row_texts()
    assert "Pause" in titles[2] and "Bli kjent" in titles[3]
    assert panel.list.currentRow() == 3
    qtbot.keyClick(panel.list, Qt.Key.Key_K, CTRL)  # skip it
    assert "–" in panel.row_texts()[3] and panel.list.item(3).font().strikeOut()
    assert "200 of 240 min planned" in panel.heading.text()
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    assert "230 of 240 min planned" in panel.heading.text()
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    assert "Bli kjent" in panel.row_texts()[2]
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_D, CTRL)  # mark the welcome done
    assert panel.row_texts()[0].startswith("✓")
    assert panel.row_texts()[1].startswith("09:15")
    assert window.timer.item_label.text().startswith("Faglig innlegg")


def test_timebox_dialog_refuses_bad_input(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    panel = window.agenda
    panel.list.setFocus()
    panel.list.setCurrentRow(4)
    qtbot.keyClick(panel.list, Qt.Key.Key_T, CTRL)
    dialog = panel.findChild(PromptDialog)
    assert dialog is not None and dialog.field.text() == "60"
    for bad in ("0", "-5", "100000", "en time"):
        dialog.field.setText(bad)
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.error_label.text() == (
            "A timebox must be a whole number of minutes from 1 to 240."
        )
    assert (
        list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[4].timebox_min == 60
    )
    dialog.field.setText("90")
    dialog.accept()
    assert not dialog.isVisible()
    assert "(90 min)" in panel.row_texts()[4]
    assert panel.fit_label.isVisibleTo(panel)
    assert panel.fit_label.text() == (
        "The agenda is 20 min longer than the session: shorten or skip something."
    )
    assert "20 min behind plan" in window.timer.schedule_label.text()
    window.undo_action.trigger()
    assert "(60 min)" in panel.row_texts()[4] and not panel.fit_label.isVisibleTo(panel)


def test_add_item_and_note(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    panel = window.agenda
    panel.list.setFocus()
    panel.list.setCurrentRow(2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Insert)
    dialog = panel.findChild(AddItemDialog)
    assert dialog is not None
    dialog.accept()  # no title
    assert dialog.isVisible() and "title" in dialog.error_label.text()
    dialog.title_field.setText("Runde: hva tar vi med oss?")
    dialog.minutes_field.setText("5")
    dialog.subs_field.setPlainText("Én ting du husker\n\nÉn ting du vil gjøre")
    dialog.accept()
    assert not dialog.isVisible()
    texts = panel.row_texts()
    assert len(texts) == 10 and "Runde: hva tar vi med oss?  (5 min)" in texts[3]
    assert "• Én ting du husker" in texts[3] and texts[3].count("•") == 2
    assert panel.list.currentRow() == 3
    qtbot.keyClick(panel.list, Qt.Key.Key_N, CTRL | SHIFT)
    note = panel.findChild(PromptDialog)
    assert note is not None
    note.field.setText("Be alle svare kort")
    note.accept()
    assert "✎ Be alle svare kort" in panel.row_texts()[3]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(panel.row_texts()) == 9


def test_presenter_view_follows_live(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    field = capture_field(window)
    qtbot.keyClick(field, Qt.Key.Key_F5)
    presenter = window.agenda_actions.presenter
    assert presenter is not None and presenter.isVisible()
    assert window.agenda_actions.presenter_action.isChecked()
    assert presenter.title_label.text() == "Velkommen til Klimakrønsj 2021"
    for _ in range(3):
        window.agenda.next_button.click()
    assert presenter.title_label.text().startswith("Bli kjent")
    assert "• Hvem er du, og hvor jobber du?" in presenter.subs_label.text()
    later(window, clock, 31 * 60)
    assert presenter.clock_label.text() == "+01:00"
    assert presenter.info_label.text() == "Time is up"
    presenter.resize(1600, 900)
    assert presenter.clock_label.font().pixelSize() > 150
    # The window's shortcuts also work from the presenter window.
    presenter.activateWindow()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown, CTRL)
    assert presenter.title_label.text() == "Pause"
    assert presenter.info_label.text().startswith("Back at")
    presenter.close()
    assert not presenter.isVisible() and not window.agenda_actions.presenter_action.isChecked()


def test_shortcut_sheet_and_menus(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    sheet = window.agenda_actions.show_shortcuts()
    rows = sheet.texts()
    assert ("Anywhere", "Next item", "Ctrl+PgDown · Alt+Right") in rows
    assert ("Anywhere", "Start / pause timer", "Ctrl+Space") in rows
    assert ("Anywhere", "Presenter view", "F5") in rows
    assert ("In the agenda list", "Move item up", "Ctrl+Shift+PgUp") in rows
    sheet.close()
    view = [a.text() for a in window.view_menu.actions()]
    assert "&Presenter view" in view and "&Sound when time is up" in view
    assert window.help_menu.actions()[0].text() == "&Keyboard shortcuts"
    assert "&Agenda" in [a.text() for a in window.menuBar().actions()]
    for widget in (window.timer.start_button, window.agenda.list, window.agenda.next_button):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_sound_setting_is_remembered(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    assert not window.agenda_actions.sound_action.isChecked()
    window.agenda_actions.sound_action.setChecked(True)
    window.close()
    again = MainWindow(demo_store, demo_context, clock)
    qtbot.addWidget(again)
    assert again.live.sound_on and again.agenda_actions.sound_action.isChecked()


def test_clock_jumping_back_shows_no_negative_time(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    window.timer.start_button.click()
    later(window, clock, 60)
    later(window, clock, -600)  # NTP correction
    assert window.timer.clock_label.text() == "15:00"
    assert window.timer.clock_note.isVisibleTo(window.timer)
    assert "clock was set back" in window.timer.clock_note.text()
    window.agenda.next_button.click()
    log = timer_commands.load_timeline(demo_store, demo_context).log(clock.now())
    assert log[0].wall_s == 0 and log[0].ran_s == 0
    assert isinstance(window.live.current_id, uuid.UUID)


def test_no_shortcut_is_shared_with_another_action(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    """A key bound twice in one window is ambiguous for Qt: neither action would run."""
    window = open_window(qtbot, demo_store, demo_context, clock)
    mine = [*window.agenda_actions.window_actions, *window.agenda_actions.list_actions]
    mine.append(window.agenda_actions.shortcuts_action)
    others = [a for a in window.findChildren(QAction) if a not in mine]
    taken = {k.toString() for a in others for k in a.shortcuts()}
    for action in mine:
        for key in action.shortcuts():
            assert key.toString() not in taken, (action.text(), key.toString())


def test_time_up_with_sound_on_rings_once(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    window = open_window(qtbot, demo_store, demo_context, clock)
    window.agenda_actions.sound_action.setChecked(True)
    window.timer.start_button.click()
    later(window, clock, 14 * 60)
    with qtbot.waitSignal(window.live.time_up, timeout=1000) as rung:
        later(window, clock, 60)  # QApplication.beep() must not block (offscreen too)
    assert rung.args == [window.live.current_id]
    with qtbot.assertNotEmitted(window.live.time_up):
        later(window, clock, 60)
    window.timer.plus_button.click()
    window.timer.plus_button.click()  # two more minutes: back under the timebox
    assert window.timer.clock_label.text() == "01:00"
    assert Tone.ALERT.value not in window.timer.clock_label.styleSheet()
    with qtbot.waitSignal(window.live.time_up, timeout=1000):
        later(window, clock, 61)  # and it runs out again
    assert window.timer.clock_label.text() == "+00:01"


def shown(label: QLabel) -> str:
    """A label's text as read (the panel binds the last two words with a no-break space)."""
    return label.text().replace("\u00a0", " ")


@contextmanager
def ui_language(lang: str) -> Iterator[None]:
    """The app's language and date locale for one test, as ``install_translators`` sets them."""
    before = QLocale()
    translator = QTranslator()
    if lang == "nb":
        assert translator.load("facilitator_app_nb", i18n_tool.TS.parent.as_posix())
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("nb_NO" if lang == "nb" else "en_GB"))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_demo_opened_on_another_day(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    """Before starting: the planned day, calmly; once started: timed from the real start."""
    clock.set(LATER_DAY)
    with ui_language("en"):
        window = open_window(qtbot, demo_store, demo_context, clock)
        timer_panel, panel = window.timer, window.agenda
        assert shown(timer_panel.session_clock) == (
            "Planned for Wed 22 Sept 2021, 09:00–13:00 · not started"
        )
        assert not timer_panel.schedule_label.isVisibleTo(timer_panel)
        assert not timer_panel.plan_label.isVisibleTo(timer_panel)
        assert timer_panel.clock_label.text() == "15:00"
        assert panel.row_texts()[0].startswith("09:00  Velkommen")
        assert panel.row_texts()[1].startswith("09:15  ")
        field = capture_field(window)
        qtbot.keyClick(field, Qt.Key.Key_F5)
        presenter = window.agenda_actions.presenter
        assert presenter is not None and presenter.isVisible()
        assert presenter.title_label.text() == "Velkommen til Klimakrønsj 2021"
        assert presenter.clock_label.text() == "15:00" and presenter.info_label.text() == ""

        qtbot.keyClick(field, Qt.Key.Key_Space, CTRL)  # the group starts at 14:10
        assert panel.row_texts()[0].startswith("▶ 14:10  Velkommen")
        assert panel.row_texts()[1].startswith("14:25  ")
        later(window, clock, 10 * 60)
        assert timer_panel.session_clock.text() == "Session: 3:50 left (ends 18:10)"
        assert timer_panel.schedule_label.isVisibleTo(timer_panel)
        assert timer_panel.schedule_label.text() == "On time (10 min to spare)"
        assert timer_panel.plan_label.isVisibleTo(timer_panel)
        assert shown(timer_panel.plan_label) == (
            "Planned for Wed 22 Sept 2021, 09:00–13:00 · timed from your start at 14:10"
        )
        assert presenter.clock_label.text() == "05:00"
        later(window, clock, 40 * 60)  # the welcome runs 35 min over
        assert timer_panel.schedule_label.text() == "25 min behind plan"
        assert presenter.clock_label.text() == "+35:00"
        for _ in range(3):  # talk, get-to-know, break
            qtbot.keyClick(field, Qt.Key.Key_PageDown, CTRL)
        assert presenter.title_label.text() == "Pause"
        assert presenter.info_label.text() == "Back at 15:10"
        assert timer_panel.back_label.text() == "Back at 15:10"
        assert panel.row_texts()[3].startswith("▶ 15:15  Pause")  # planned: 14:10 + 65 min
        presenter.close()

    # The app opened again the next day: nothing has started that day yet.
    clock.advance(24 * 3600)
    window.live.reload()
    assert shown(timer_panel.session_clock).endswith("· not started")
    assert not timer_panel.schedule_label.isVisibleTo(timer_panel)


def test_another_day_in_norwegian(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    clock.set(LATER_DAY)
    with ui_language("nb"):
        window = open_window(qtbot, demo_store, demo_context, clock)
        timer_panel = window.timer
        assert shown(timer_panel.session_clock) == (
            "Planlagt ons. 22. sep. 2021, 09:00–13:00 · ikke startet"
        )
        timer_panel.start_button.click()
        assert timer_panel.session_clock.text() == "Sesjon: 4:00 igjen (slutter 18:10)"
        assert shown(timer_panel.plan_label) == (
            "Planlagt ons. 22. sep. 2021, 09:00–13:00 · tiden regnes fra dere startet kl. 14:10"
        )
        window.close()


def test_agenda_list_redraws_rows_after_moving_on(
    qtbot: QtBot, demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    """After Next the list shows each row once, at its own height, only the current one
    selected (no stale rows or highlights left over from before)."""
    window = open_window(qtbot, demo_store, demo_context, clock)
    panel = window.agenda
    for _ in range(4):
        panel.go_next()
        QApplication.processEvents()
        current = panel.live.timeline.current
        assert current is not None
        rows = [panel.list.item(n) for n in range(panel.list.count())]
        selected = panel.list.selectionModel().selectedRows()
        assert [index.row() for index in selected] == [panel.list.currentRow()]
        assert panel.selected_id() == current.id
        rects = [panel.list.visualItemRect(row) for row in rows]
        for above, below in itertools.pairwise(rects):
            assert above.bottom() < below.top()  # no row drawn over another
        for row, rect in zip(rows, rects, strict=True):
            lines = row.text().count("\n") + 1
            assert rect.height() >= lines * panel.list.fontMetrics().lineSpacing() - 1
    # The current item is yellow although it is selected (a blue frame shows the selection).
    current_rect = panel.list.visualItemRect(panel.list.currentItem())
    image = panel.list.viewport().grab().toImage()
    inside = image.pixelColor(current_rect.right() - 6, current_rect.center().y())
    assert inside.name() == CURRENT_BACKGROUND.name()
    assert image.pixelColor(current_rect.left() + 1, current_rect.center().y()).name() != (
        CURRENT_BACKGROUND.name()
    )
