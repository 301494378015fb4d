"""The notes list: the current question's notes as a table, in step with the board.

Edits made in the list go through the board's controller (the store, the board and one
undo step each); what happens on the board shows in the list.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from facilitator_app.services import board
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.ui.board import BoardWidget
from facilitator_app.ui.board.notes_list import ACTOR, AUTHOR, CATEGORY, CLUSTER, TEXT, VOTES
from facilitator_app.ui.main_window import MainWindow
from tests.ui.a11y_tree import unnamed_focusable, walk


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext) -> MainWindow:
    win = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def capture(qtbot: QtBot, w: BoardWidget, text: str) -> None:
    w.capture_edit.setFocus()
    qtbot.keyClicks(w.capture_edit, text)
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Return)


def stored(w: BoardWidget) -> dict[uuid.UUID, board.NoteState]:
    loaded = board.load_board(w.store, w.context.session.id, w.context.group.id)
    return {n.id: n for n in loaded.notes}


def row_texts(w: BoardWidget) -> list[list[str]]:
    lst = w.notes_list
    lst.note_ids()  # brought up to date
    return [
        [lst.item(r, c).text() for c in range(lst.columnCount())] for r in range(lst.rowCount())
    ]


def pick(w: BoardWidget, row: int) -> None:
    """Make ``row`` the current and only selected row, as the arrow keys do."""
    w.notes_list.clearSelection()
    w.notes_list.setCurrentCell(row, TEXT)


def open_list(qtbot: QtBot, window: MainWindow) -> BoardWidget:
    w = window.board
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.list_shown()
    qtbot.waitUntil(w.notes_list.hasFocus)
    return w


def test_list_shows_the_current_questions_notes_with_every_column(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    first = w.current_question
    capture(qtbot, w, "@lars Sykkelveg til skolen #c !council")
    capture(qtbot, w, "Flere benker")
    # A note in another question must not be listed.
    other = w.scene.frame_order[1]
    w.controller.set_current_question(other)
    capture(qtbot, w, "Annet spørsmål")
    w.controller.set_current_question(first)
    ids = {item.state.text: nid for nid, item in w.scene.notes.items()}
    w.controller.group([ids["Flere benker"]], "Møblering")
    open_list(qtbot, window)
    lst = w.notes_list
    headers = [lst.horizontalHeaderItem(c).text() for c in range(lst.columnCount())]
    assert headers == ["Text", "Category", "Who must act", "Author", "Votes", "Cluster"]
    assert set(lst.note_ids()) == {ids["Sykkelveg til skolen"], ids["Flere benker"]}
    rows = {r[TEXT]: r for r in row_texts(w)}
    bike = rows["Sykkelveg til skolen"]
    assert bike[CATEGORY] == "Challenge" and bike[ACTOR] == "Council (politicians)"
    assert bike[AUTHOR] == "Lars Eksempelrud" and bike[VOTES] == "0" and bike[CLUSTER] == ""
    benches = rows["Flere benker"]
    assert benches[AUTHOR] == "Anonymous" and benches[CLUSTER] == "Møblering"
    # Every cell says something to a screen reader, even an empty one.
    for r in range(lst.rowCount()):
        for c in range(lst.columnCount()):
            spoken = lst.item(r, c).data(Qt.ItemDataRole.AccessibleTextRole)
            assert isinstance(spoken, str) and spoken.strip()
    assert lst.item(0, VOTES).data(Qt.ItemDataRole.AccessibleTextRole) == "0 vote(s)"


def test_edit_delete_and_category_in_the_list_reach_store_and_board_and_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    capture(qtbot, w, "Gammel tekst")
    capture(qtbot, w, "Skal bort")
    w = open_list(qtbot, window)
    lst = w.notes_list
    ids = {item.state.text: nid for nid, item in w.scene.notes.items()}
    stack = window.undo_stack

    # F2 edits in the row; the capture prefixes work as on the board.
    row = lst.note_ids().index(ids["Gammel tekst"])
    pick(w, row)
    assert w.controller.selected() == [ids["Gammel tekst"]]  # the board follows the list
    count = stack.count()
    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.accessibleName()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ny tekst #q")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: lst.state() != QAbstractItemView.State.EditingState)
    note = stored(w)[ids["Gammel tekst"]]
    assert (note.text, note.category) == ("Ny tekst", "expert_question")
    assert w.scene.notes[note.id].state == note
    assert stack.count() == count + 1
    assert next(r for r in row_texts(w) if r[TEXT] == "Ny tekst")[CATEGORY] == (
        "Question for the experts"
    )
    qtbot.keyClick(lst, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(w)[note.id].text == "Gammel tekst"
    assert w.scene.notes[note.id].state.text == "Gammel tekst"
    assert "Gammel tekst" in [r[TEXT] for r in row_texts(w)]

    # Ctrl+1 (the board's category key) acts on the selected row.
    lst.setFocus()
    pick(w, lst.note_ids().index(ids["Skal bort"]))
    qtbot.keyClick(lst, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert stored(w)[ids["Skal bort"]].category == "challenge"
    assert w.scene.notes[ids["Skal bort"]].state.category == "challenge"
    assert lst.hasFocus()  # the list keeps the focus
    qtbot.keyClick(lst, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(w)[ids["Skal bort"]].category == "measure"

    # Delete removes the note from store, board and list; one Ctrl+Z brings it back.
    pick(w, lst.note_ids().index(ids["Skal bort"]))
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert ids["Skal bort"] not in stored(w)  # the board reads no deleted notes
    assert ids["Skal bort"] not in w.scene.notes
    assert ids["Skal bort"] not in lst.note_ids()
    assert lst.currentRow() >= 0  # the focus stays on a row
    qtbot.keyClick(lst, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids["Skal bort"] in w.scene.notes and ids["Skal bort"] in lst.note_ids()
    assert stored(w)[ids["Skal bort"]].text == "Skal bort"


def test_who_must_act_from_the_list_menu(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    capture(qtbot, w, "Bedre busstilbud")
    w = open_list(qtbot, window)
    lst = w.notes_list
    pick(w, 0)
    nid = lst.note_ids()[0]
    admin = w.board_actions.actor_actions[1]  # the Board menu's order: council, administration
    admin.trigger()
    assert stored(w)[nid].actor == "administration"
    assert row_texts(w)[0][ACTOR] == "Administration"


def test_board_capture_selection_votes_and_question_switch_show_in_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = open_list(qtbot, window)
    lst = w.notes_list
    assert lst.rowCount() == 0
    # Capture while the list is shown: the row appears at once.
    capture(qtbot, w, "Fra fangstfeltet")
    assert [r[TEXT] for r in row_texts(w)] == ["Fra fangstfeltet"]
    nid = lst.note_ids()[0]
    # Selecting on the board selects the row.
    w.scene.notes[nid].setSelected(True)
    assert lst.selected_ids() == [nid]
    # A dot shows in the votes column.
    assert w.controller.open_vote(w.current_question, 3)
    w.controller.cast([nid])
    assert row_texts(w)[0][VOTES] == "1"
    # Another question: its own (no) notes.
    other = w.scene.frame_order[1]
    window.current_item_changed.emit(other)
    assert lst.note_ids() == []
    capture(qtbot, w, "Andre spørsmål")
    assert [r[TEXT] for r in row_texts(w)] == ["Andre spørsmål"]
    # Back to the board: Ctrl+L again; the capture field has the focus.
    qtbot.keyClick(lst, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not w.list_shown() and w.capture_edit.hasFocus()


def test_a_capture_made_while_the_board_shows_is_in_the_list_when_opened(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    capture(qtbot, w, "Tidligere notat")
    w.controller.load()  # a sync brought the board in again
    w = open_list(qtbot, window)
    assert [r[TEXT] for r in row_texts(w)] == ["Tidligere notat"]


def test_every_focusable_element_has_a_name_with_the_list_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    capture(qtbot, w, "Et notat")
    assert w.list_button.accessibleName()
    w = open_list(qtbot, window)
    assert unnamed_focusable(window) == []
    names = {(n.role.name, n.name) for n in walk(window)}
    assert ("Table", "Notes of the current question") in names
    assert ("CheckBox", "Show notes as a list") in names or (
        "Button",
        "Show notes as a list",
    ) in names


def test_the_list_button_follows_a_toggle_as_well_as_a_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A screen reader's "Toggle" action on the List button toggles it without a click:
    the list must open and close with it, and the button follow Ctrl+L."""
    w = window.board
    w.list_button.toggle()  # what QAccessibleButton's toggle action does
    assert w.list_shown() and w.board_actions.notes_list.isChecked()
    w.list_button.toggle()
    assert not w.list_shown() and not w.board_actions.notes_list.isChecked()
    w.list_button.click()
    assert w.list_shown() and w.list_button.isChecked()
    w.board_actions.notes_list.trigger()  # Ctrl+L
    assert not w.list_shown() and not w.list_button.isChecked()


def test_the_menu_key_opens_the_note_menu_for_the_selected_rows(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu

    shown: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.text().replace("&", "") for a in menu.actions()])
            menu.close()

    w = window.board
    capture(qtbot, w, "Meny-notat")
    w = open_list(qtbot, window)
    lst = w.notes_list
    lst.clearSelection()
    qtbot.keyClick(lst, Qt.Key.Key_Menu)
    assert shown == [] and "Select one or more notes" in w.feedback.text()
    pick(w, 0)
    QTimer.singleShot(50, read_and_close)
    qtbot.keyClick(lst, Qt.Key.Key_Menu)
    assert len(shown) == 1
    assert {"Edit note text", "Category", "Who must act"} <= set(shown[0])
