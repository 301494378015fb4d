"""The one shortcut table: no clashes, no plain letters, used by the window and the guide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.ui import keymap
from facilitator_app.ui.keymap import KEYMAP, Binding, Scope
from facilitator_app.ui.main_window import MainWindow

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
PORTABLE = QKeySequence.SequenceFormat.PortableText


def test_no_key_is_bound_twice_where_both_are_live() -> None:
    assert keymap.clashes() == []


def test_the_clash_finder_finds_a_clash_between_board_and_agenda() -> None:
    table = {
        "agenda.next": Binding(Scope.WINDOW, "Next", ("Ctrl+PgDown",)),
        "agenda.done": Binding(Scope.AGENDA_LIST, "Done", ("ctrl+pgdown",)),
        "board.nudge": Binding(Scope.CAPTURE, "Nudge", ("Left",)),
        "board.zoom": Binding(Scope.WINDOW, "Zoom", ("Left",)),
        "presenter.full": Binding(Scope.PRESENTER, "Full", ("F11",)),
        "agenda.list_f11": Binding(Scope.AGENDA_LIST, "Only in the list", ("F11",)),
    }
    assert keymap.clashes(table) == [
        ("Ctrl+PgDown", "agenda.next", "agenda.done"),
        ("Left", "board.nudge", "board.zoom"),
    ]


def test_every_key_is_a_real_key_and_no_window_key_is_a_plain_letter() -> None:
    for name, binding in KEYMAP.items():
        for key in binding.keys:
            sequence = QKeySequence(key)
            assert not sequence.isEmpty() and sequence.count() == 1, (name, key)
            assert sequence.toString(PORTABLE) == keymap.portable(key)
            if binding.scope in (Scope.WINDOW, Scope.AGENDA_LIST):
                bare = key.removeprefix("Shift+")
                assert not (len(bare) == 1 and bare.isalnum()), (name, key)


def test_the_user_guide_shows_the_table() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    assert keymap.guide_table() in text, "run: python -m facilitator_app.ui.keymap"
    assert "Ctrl+Left" not in text and "Ctrl+Right" not in text


def test_every_shortcut_in_the_window_comes_from_the_keymap(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    window.agenda_actions.toggle_presenter()  # the presenter's actions exist from now on
    table = {keymap.portable(k) for b in KEYMAP.values() for k in b.keys}
    standard = {
        s.toString(PORTABLE)
        for key in (
            QKeySequence.StandardKey.Undo,
            QKeySequence.StandardKey.Redo,
            QKeySequence.StandardKey.Quit,
        )
        for s in QKeySequence.keyBindings(key)
    }
    actions = [*window.findChildren(QAction)]
    assert window.agenda_actions.presenter is not None
    actions += window.agenda_actions.presenter.findChildren(QAction)
    used = {s.toString(PORTABLE) for a in actions for s in a.shortcuts()}
    assert used - standard <= table
    assert not standard & table, "a keymap key is also a standard key (undo, redo, quit)"
    # The sheet (F1) lists the table.
    rows = window.agenda_actions.sheet_rows()
    assert ("Anywhere", "Next item", "Ctrl+PgDown · Alt+Right") in rows
    assert len(rows) == sum(1 for b in KEYMAP.values() if b.keys) + 1
    window.agenda_actions.presenter.close()
