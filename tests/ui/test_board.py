"""The whiteboard in the main window: keyboard capture, edits, undo, clusters, votes.

After every step what the scene shows must equal what the store holds.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QImage, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from facilitator_app.models import AgendaItem
from facilitator_app.services import board, voting
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.ui.board import BoardWidget
from facilitator_app.ui.board import items as items_module
from facilitator_app.ui.board import scene as scene_module
from facilitator_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext) -> MainWindow:
    win = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def same_as_store(w: BoardWidget) -> None:
    """The board on screen equals the board in the database."""
    loaded = board.load_board(w.store, w.context.session.id, w.context.group.id)
    assert w.scene.states() == {n.id: n for n in loaded.notes}
    assert {c.id: c for c in loaded.clusters} == {
        cid: item.state for cid, item in w.scene.clusters.items()
    }
    assert [f.id for f in loaded.frames] == w.scene.frame_order
    r = voting.current_round(w.store, w.context.session.id, w.context.group.id)
    counts = voting.tally(w.store, r.id) if r else {}
    assert {nid: item.votes for nid, item in w.scene.notes.items() if item.votes} == counts
    for item in w.scene.notes.values():
        origin = item.origin
        assert (item.pos().x() - origin.x(), item.pos().y() - origin.y()) == (
            item.state.x,
            item.state.y,
        )


def type_note(qtbot: QtBot, w: BoardWidget, text: str) -> None:
    qtbot.keyClicks(w.capture_edit, text)
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Return)


def select(w: BoardWidget, *ids: uuid.UUID) -> None:
    w.scene.clearSelection()
    for nid in ids:
        w.scene.notes[nid].setSelected(True)


def notes_by_text(w: BoardWidget) -> dict[str, uuid.UUID]:
    return {item.state.text: nid for nid, item in w.scene.notes.items()}


def test_capture_by_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    qtbot.waitUntil(w.capture_edit.hasFocus)
    first_question = w.current_question
    assert first_question == w.scene.frame_order[0]
    type_note(qtbot, w, "Sykkelvei til alle skoler")
    type_note(qtbot, w, "@lars Klimabudsjett mangler #c !council")
    assert w.capture_edit.text() == "" and w.capture_edit.hasFocus()
    texts = notes_by_text(w)
    assert set(texts) == {"Sykkelvei til alle skoler", "Klimabudsjett mangler"}
    second = w.scene.notes[texts["Klimabudsjett mangler"]].state
    people = {p.display_name: p.id for p in w.participants}
    assert second.category == "challenge" and second.actor == "council"
    assert second.author_id == people["Lars Eksempelrud"]
    assert second.agenda_item_id == first_question
    same_as_store(w)
    # The agenda moves on: new notes land in that question's frame.
    window.current_item_changed.emit(w.scene.frame_order[1])
    type_note(qtbot, w, "Neste spørsmål")
    assert (
        w.scene.notes[notes_by_text(w)["Neste spørsmål"]].state.agenda_item_id
        == (w.scene.frame_order[1])
    )
    # A break on the agenda keeps the last question.
    with w.store.read() as s:
        brk = next(a.id for a in s.query(AgendaItem).filter(AgendaItem.kind == "break"))
    window.current_item_changed.emit(brk)
    assert w.current_question == w.scene.frame_order[1]
    same_as_store(w)


def test_unknown_prefix_and_empty_note_keep_text_and_store_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    type_note(qtbot, w, "@nobody Noe #zz")
    assert "No single participant matches @nobody" in w.feedback.text()
    assert "#zz is not a category" in w.feedback.text()  # every problem at once
    assert w.capture_edit.text() == "@nobody Noe #zz"
    # The next idea typed replaces the refused line (never joins it), and the message
    # about that line goes away.
    assert w.capture_edit.selectedText() == "@nobody Noe #zz"
    qtbot.keyClicks(w.capture_edit, "Ny")
    assert w.capture_edit.text() == "Ny" and not w.feedback.isVisible()
    w.capture_edit.clear()
    type_note(qtbot, w, "   ")
    assert "empty note" in w.feedback.text()
    type_note(qtbot, w, "#c")
    assert w.scene.notes == {}
    same_as_store(w)


def test_long_rtl_and_emoji_notes(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    long_text = "ord " * 2500
    w.capture_edit.setText(long_text)
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Return)
    # QTest cannot type non-Latin keys; an input method delivers such text the same way.
    w.capture_edit.setText("مرحبا بالعالم 🌍🚲")
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Return)
    texts = sorted(item.state.text for item in w.scene.notes.values())
    assert texts == sorted([long_text.strip(), "مرحبا بالعالم 🌍🚲"])
    w.grab()  # paints every note, including the 10,000-character one
    same_as_store(w)
    # Hovering the long note shows its text in a tooltip.
    long_item = next(i for i in w.scene.notes.values() if len(i.state.text) > 5000)
    w.view.set_zoom(1.0)
    w.view.centerOn(long_item)
    pos = w.view.mapFromScene(long_item.sceneBoundingRect().center())
    help_event = QHelpEvent(QEvent.Type.ToolTip, pos, w.view.viewport().mapToGlobal(pos))
    assert w.view.viewportEvent(help_event)
    assert QToolTip.text().startswith("ord ord")


def test_edit_in_place_with_f2_and_double_click(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    type_note(qtbot, w, "Skrivefeil")
    nid = notes_by_text(w)["Skrivefeil"]
    select(w, nid)
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_F2)
    assert w.editor.isVisible() and w.editor.note_id == nid
    w.editor.selectAll()
    qtbot.keyClicks(w.editor, "Rettet tekst")
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)
    assert not w.editor.isVisible() and w.capture_edit.hasFocus()
    assert w.scene.notes[nid].state.text == "Rettet tekst"
    same_as_store(w)
    # Escape cancels; emptying the text is refused and nothing is lost.
    w.edit_note(nid)
    qtbot.keyClick(w.editor, Qt.Key.Key_Escape)
    w.edit_note(nid)
    w.editor.clear()
    qtbot.keyClick(w.editor, Qt.Key.Key_Return)
    assert "needs some text" in w.feedback.text()
    assert w.scene.notes[nid].state.text == "Rettet tekst"
    # Double-click opens the editor too.
    pos = w.view.mapFromScene(w.scene.notes[nid].sceneBoundingRect().center())
    qtbot.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert w.editor.isVisible()
    qtbot.keyClick(w.editor, Qt.Key.Key_Escape)
    same_as_store(w)


def test_undo_redo_chain_over_every_kind_of_edit(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    stack = window.undo_stack
    for text in ("en", "to", "tre"):
        type_note(qtbot, w, text)
    ids = notes_by_text(w)
    select(w, ids["en"])
    for _ in range(3):
        qtbot.keyClick(w.capture_edit, Qt.Key.Key_Right)  # three steps, one command
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert w.scene.notes[ids["en"]].state.x == 36.0
    assert (w.scene.notes[ids["en"]].state.y, stack.count()) == (1.0, 4)  # arrows merge
    w.board_actions.category_actions[0].trigger()  # challenge
    w.board_actions.colour_actions[1].trigger()
    select(w, ids["to"])
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Delete)
    assert ids["to"] not in w.scene.notes
    select(w, ids["tre"])
    w.board_actions.duplicate.trigger()
    snapshots = []
    for _ in range(stack.count()):
        snapshots.append(w.scene.states())
        same_as_store(w)
        stack.undo()
    same_as_store(w)
    assert w.scene.notes == {}
    for expected in reversed(snapshots):
        stack.redo()
        same_as_store(w)
        assert w.scene.states() == expected
    # Ctrl+Z in an empty capture field undoes the board, not the field.
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(w.scene.notes) == 2
    same_as_store(w)


def test_drag_is_one_command_and_saved(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    type_note(qtbot, w, "dra meg")
    nid = notes_by_text(w)["dra meg"]
    item = w.scene.notes[nid]
    select(w, nid)
    item.setPos(item.pos() + QPointF(50, 250))  # where the mouse left it
    count = window.undo_stack.count()
    qtbot.mouseRelease(w.view.viewport(), Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == count + 1
    assert (item.state.x, item.state.y) == (50.0, 250.0)
    same_as_store(w)
    window.undo_stack.undo()
    assert (item.state.x, item.state.y) == (0.0, 0.0)
    same_as_store(w)


def test_clusters_with_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window.board
    for text in ("a", "b", "c"):
        type_note(qtbot, w, text)
    ids = notes_by_text(w)
    select(w, ids["a"], ids["c"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Transport", True))
    w.board_actions.group.trigger()
    (cid,) = w.scene.clusters
    assert w.scene.clusters[cid].state.name == "Transport"
    assert not w.scene.clusters[cid].boundingRect().isEmpty()
    same_as_store(w)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mobilitet", True))
    w.board_actions.rename.trigger()
    assert w.scene.clusters[cid].state.name == "Mobilitet"
    w.board_actions.arrange.trigger()
    same_as_store(w)
    w.board_actions.ungroup.trigger()
    assert w.scene.clusters == {}
    same_as_store(w)
    for _ in range(4):
        window.undo_stack.undo()
        same_as_store(w)
    assert w.scene.clusters == {}
    window.undo_stack.redo()
    assert w.scene.clusters[cid].state.name == "Transport"
    same_as_store(w)
    # Empty names are refused.
    select(w, ids["b"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    w.board_actions.group.trigger()
    assert "needs a name" in w.feedback.text()
    same_as_store(w)


def test_dot_vote_limits_counts_sort_and_close(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window.board
    for text in ("lite", "mye"):
        type_note(qtbot, w, text)
    ids = notes_by_text(w)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2, True))
    w.board_actions.vote_question.trigger()
    assert w.vote_round is not None and w.vote_round.is_open
    assert not w.vote_bar.isHidden()
    w.board_actions.next_voter.trigger()  # from "Anonymous dots" to the first participant
    assert w.voter_box.currentData() == w.participants[0].id
    select(w, ids["mye"])
    w.board_actions.add_dot.trigger()
    w.board_actions.add_dot.trigger()
    assert w.scene.notes[ids["mye"]].votes == 2
    w.board_actions.add_dot.trigger()  # beyond the limit
    assert "used all 2 dots" in w.feedback.text()
    assert w.scene.notes[ids["mye"]].votes == 2
    w.board_actions.take_dot.trigger()
    assert w.scene.notes[ids["mye"]].votes == 1
    window.undo_stack.undo()  # the take-back
    assert w.scene.notes[ids["mye"]].votes == 2
    same_as_store(w)
    w.board_actions.sort_votes.trigger()
    assert w.scene.notes[ids["mye"]].state.y <= w.scene.notes[ids["lite"]].state.y
    assert w.scene.notes[ids["mye"]].state.x < w.scene.notes[ids["lite"]].state.x
    w.board_actions.close_vote_action.trigger()
    assert w.vote_round is not None and not w.vote_round.is_open
    assert w.vote_bar.isHidden()
    assert w.scene.notes[ids["mye"]].votes == 2  # still shown after closing
    w.board_actions.add_dot.trigger()
    assert "No vote is open" in w.feedback.text()
    same_as_store(w)


def test_restart_shows_the_same_board(
    qtbot: QtBot,
    window: MainWindow,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window.board
    for text in ("a", "b", "c", "d"):
        type_note(qtbot, w, text)
    ids = notes_by_text(w)
    select(w, ids["a"], ids["b"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Par", True))
    w.board_actions.group.trigger()
    select(w, ids["d"])
    w.board_actions.delete.trigger()
    before = w.scene.states()
    again = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(again)
    assert again.board.scene.states() == before
    assert [c.state.name for c in again.board.scene.clusters.values()] == ["Par"]
    same_as_store(again.board)


def test_paste_lines_text_only_and_limits(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window.board
    clipboard = QGuiApplication.clipboard()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    clipboard.setText("første\n\nandre\n  tredje  \n")
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sorted(i.state.text for i in w.scene.notes.values()) == ["andre", "første", "tredje"]
    assert w.capture_edit.text() == ""
    window.undo_stack.undo()  # one command for the whole paste
    assert w.scene.notes == {}
    # An image is not text.
    image = QMimeData()
    image.setImageData(QImage(10, 10, QImage.Format.Format_RGB32))
    clipboard.setMimeData(image)
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "only text" in w.feedback.text()
    # 20 MB of text: refused with a reason, nothing written, the field untouched.
    clipboard.setText("klimatiltak nummer én\n" * 950_000)
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "at most 500" in w.feedback.text()
    clipboard.setText("x" * 20_000_001)
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "a note holds at most" in w.feedback.text()
    assert w.capture_edit.text() == "" and w.scene.notes == {}
    # Saying no changes nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    clipboard.setText("a\nb\n")
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert w.scene.notes == {}
    # A single short line is pasted into the field as usual.
    clipboard.setText("bare én linje")
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert w.capture_edit.text() == "bare én linje"
    same_as_store(w)


def test_note_of_removed_question_stays_visible(
    qtbot: QtBot, window: MainWindow, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    w = window.board
    window.current_item_changed.emit(w.scene.frame_order[1])
    type_note(qtbot, w, "foreldreløs")
    removed = w.scene.frame_order[1]
    with demo_store.transaction() as s:
        item = s.get(AgendaItem, removed)
        assert item is not None
        item.deleted_at = demo_store.clock.now()
    w.reload()
    assert w.scene.frame_order[-1] is None
    nid = notes_by_text(w)["foreldreløs"]
    assert w.scene.frame_of_note(w.scene.notes[nid].state) is None
    assert w.current_question != removed
    same_as_store(w)
    # It can be given to a question that is still on the agenda.
    select(w, nid)
    w.controller.move_to_question(w.controller.selected(), w.scene.frame_order[0])
    assert w.scene.notes[nid].state.agenda_item_id == w.scene.frame_order[0]
    same_as_store(w)
    # Ctrl+Shift+M gives the selected notes to the current question.
    window.current_item_changed.emit(w.scene.frame_order[1])
    select(w, nid)
    w.board_actions.to_current.trigger()
    assert w.scene.notes[nid].state.agenda_item_id == w.scene.frame_order[1]
    same_as_store(w)


def test_filter_highlights_and_dims(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    for text in ("Sykkelvei", "Buss", "sykkelparkering"):
        type_note(qtbot, w, text)
    w.filter_edit.setText("sykkel")
    qtbot.waitUntil(lambda: w.match_label.text() != "")
    ids = notes_by_text(w)
    assert w.scene.notes[ids["Sykkelvei"]].matched
    assert w.scene.notes[ids["sykkelparkering"]].matched
    assert w.scene.notes[ids["Buss"]].dimmed
    assert "2" in w.match_label.text()
    w.filter_edit.setFocus()
    qtbot.keyClick(w.filter_edit, Qt.Key.Key_Escape)  # clears and goes back to capturing
    assert w.filter_edit.text() == "" and w.capture_edit.hasFocus()
    qtbot.waitUntil(lambda: w.match_label.text() == "")
    assert not any(i.dimmed or i.matched for i in w.scene.notes.values())


def test_zoom_fit_and_overview_switch(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window.board
    monkeypatch.setattr(scene_module, "OVERVIEW_MIN_NOTES", 2)
    for text in ("a", "b", "c"):
        type_note(qtbot, w, text)
    w.board_actions.fit_question.trigger()
    assert w.view.zoom > 0.3 and not w.scene.overview
    w.view.set_zoom(0.1)
    assert w.scene.overview
    assert not any(item.isVisible() for item in w.scene.notes.values())
    type_note(qtbot, w, "d")  # captured while zoomed out: stored, drawn in the overview
    assert not w.scene.notes[notes_by_text(w)["d"]].isVisible()
    w.grab()
    w.board_actions.zoom_in.trigger()
    w.view.set_zoom(1.0)
    assert not w.scene.overview
    assert all(item.isVisible() for item in w.scene.notes.values())
    w.board_actions.fit_all.trigger()
    assert w.scene.all_rect().width() * w.view.zoom <= w.view.viewport().width() + 1
    same_as_store(w)


def test_export_png_and_svg(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    w = window.board
    for text in ("eksport", "mer"):
        type_note(qtbot, w, text)
    w.capture_edit.setText("مرحبا 🌍")
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Return)
    png = tmp_path / "board.png"
    svg = tmp_path / "question.svg"
    assert w.board_actions.export_to(png, w.scene.all_rect(), "Gruppe 1", svg=False)
    frame = w.scene.frame_rect(w.current_question)
    assert w.board_actions.export_to(svg, frame, "Spørsmål", svg=True)
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 100
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "eksport" in text
    assert not list(tmp_path.glob(".*.tmp.*"))
    assert not w.board_actions.export_to(tmp_path / "missing" / "x.png", frame, "x", svg=False)
    assert "Could not write" in w.feedback.text()


def test_context_menu_entries_and_no_plain_letter_shortcuts(window: MainWindow) -> None:
    # Clashes with the agenda's keys are found by tests/ui/test_keymap.py.
    w = window.board
    for action in w.board_actions.all:
        for seq in action.shortcuts():
            text = seq.toString()
            assert len(text) != 1 or not text.isalpha()
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Board" in menus and "&View" in menus


def test_resize_by_dragging_the_corner(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    type_note(qtbot, w, "stor lapp")
    nid = notes_by_text(w)["stor lapp"]
    select(w, nid)
    w.view.set_zoom(1.0)
    item = w.scene.notes[nid]
    w.view.centerOn(item)
    corner = w.view.mapFromScene(item.sceneBoundingRect().bottomRight() - QPointF(5, 5))
    qtbot.mousePress(w.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    target = corner + QPoint(80, 60)
    qtbot.mouseMove(w.view.viewport(), target)
    qtbot.mouseRelease(w.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert (item.state.width, item.state.height) == (240.0, 160.0)
    assert item.boundingRect().width() == 244.0
    same_as_store(w)
    window.undo_stack.undo()
    assert (item.state.width, item.state.height) == (160.0, 100.0)
    same_as_store(w)


def test_board_follows_agenda_reorder(
    qtbot: QtBot, window: MainWindow, demo_context: ws_service.SessionContext
) -> None:
    from facilitator_app.services import agenda

    w = window.board
    type_note(qtbot, w, "flytter med")
    first, second = w.scene.frame_order[:2]
    note = w.scene.notes[notes_by_text(w)["flytter med"]]
    x_before = note.scenePos().x()
    items = ws_service.list_agenda(w.store, demo_context.session.id, demo_context.group.id)
    last = len(items) - 1
    window.live.run(lambda: agenda.move_item(w.store, demo_context, first, last))
    assert w.scene.frame_order[0] == second and w.scene.frame_order[-1] == first
    note = w.scene.notes[notes_by_text(w)["flytter med"]]
    assert note.scenePos().x() > x_before  # the note moved with its frame
    same_as_store(w)


def test_ctrl_wheel_zooms_and_middle_drag_pans(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    for text in ("a", "b"):
        type_note(qtbot, w, text)
    w.view.set_zoom(1.0)
    viewport = w.view.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert w.view.zoom == pytest.approx(1.15)
    bar = w.view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    wheel(Qt.KeyboardModifier.NoModifier)  # the wheel alone scrolls (up, here)
    assert w.view.zoom == pytest.approx(1.15)
    assert bar.value() < bar.maximum()
    start = QPoint(300, 300)
    h_before = w.view.horizontalScrollBar().value()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(viewport, start - QPoint(100, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=start - QPoint(100, 0))
    assert w.view.horizontalScrollBar().value() == h_before + 100
    assert w.capture_edit.hasFocus()


def visible_rect(w: BoardWidget) -> QRectF:
    return w.view.mapToScene(w.view.viewport().rect()).boundingRect()


def whole_in_width(w: BoardWidget) -> bool:
    """The current question's frame is in view from its left to its right edge, title too."""
    frame = w.scene.frame_rect(w.current_question)
    seen = visible_rect(w)
    return (
        seen.left() <= frame.left()
        and frame.right() <= seen.right()
        and seen.top() <= frame.top()
        and frame.top() + 60 <= seen.bottom()
    )


def test_current_question_whole_on_open_on_change_and_after_resize(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    # On open: the frame (wider than the board at 100 %) is shown whole, zoomed out a bit.
    assert w.scene.frame_rect(w.current_question).width() > w.view.viewport().width()
    qtbot.waitUntil(lambda: whole_in_width(w))
    assert 0.6 <= w.view.zoom < 1.0
    first = w.current_question
    # When the group moves on to the next question the board shows that one whole.
    while w.current_question == first:
        window.agenda.go_next()
    assert whole_in_width(w)
    # A smaller window (1280x720) still shows the current question whole, readable.
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: whole_in_width(w) and w.view.zoom >= 0.6)
    # A zoom the facilitator chose is kept when the window is resized.
    w.board_actions.zoom_in.trigger()
    chosen = w.view.zoom
    window.resize(1400, 860)
    qtbot.wait(20)
    assert w.view.zoom == chosen


def test_reload_keeps_the_view_on_the_same_question(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    qtbot.waitUntil(lambda: whole_in_width(w))
    w.view.set_zoom(1.5)
    w.reload()  # what a sync that brought notes does
    assert w.view.zoom == pytest.approx(1.5)  # kept, up to float error of the view width


def test_note_footer_and_text_show_whole_or_say_they_are_cut(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    type_note(qtbot, w, "Klimabudsjett i alle kommuner #m !adm")
    longer = (
        "Felles innkjøp med nabokommunene for å få ned prisene på elbiler, ladere, "
        "sykler og kollektivkort til alle ansatte i hele regionen"
    )
    type_note(qtbot, w, f"@lars {longer} #c !council")
    w.grab()  # paints every note in detail
    texts = notes_by_text(w)
    short = w.scene.notes[texts["Klimabudsjett i alle kommuner"]]
    # The footer is one line of its own: category · who must act · author, or, where that
    # is too wide, the category's mark and who must act (the tooltip has them all).
    assert short._footer == ["✓ Administration"] and short.cut
    assert short._shown_text == "Klimabudsjett i alle kommuner"
    long_item = w.scene.notes[texts[longer]]
    assert long_item._footer[0].startswith("! Council")
    assert long_item._shown_text.endswith("…") and long_item.cut
    assert longer.startswith(long_item._shown_text[:-1].rstrip())
    # Hovering a note that does not show whole gives its whole text and details.
    w.view.centerOn(long_item)
    pos = w.view.mapFromScene(long_item.sceneBoundingRect().center())
    help_event = QHelpEvent(QEvent.Type.ToolTip, pos, w.view.viewport().mapToGlobal(pos))
    assert w.view.viewportEvent(help_event)
    assert QToolTip.text().startswith(longer)
    assert "Council (politicians)" in QToolTip.text() and "Lars" in QToolTip.text()
    # A vote count takes room from the footer, which is elided instead of drawn under it.
    type_note(qtbot, w, "Hvem betaler? #q")
    question = w.scene.notes[notes_by_text(w)["Hvem betaler?"]]
    question.votes = 3
    w.grab()
    assert question._footer == ["? Unknown"]  # the short line, beside the vote count
    assert question.cut


def test_shortcut_sheet_lists_the_whiteboard_keys(qtbot: QtBot, window: MainWindow) -> None:
    sheet = window.agenda_actions.show_shortcuts()
    rows = sheet.texts()
    assert ("In the empty capture field", "Add the typed note", "Return") in rows
    assert ("Anywhere", "Edit note text", "F2") in rows
    colours = "Colour (yellow, pink, green, blue, orange, purple)"
    assert ("Anywhere", colours, " · ".join(f"Ctrl+Alt+{n}" for n in range(1, 7))) in rows
    assert any(what.startswith("Who must act") and "Alt+2" in keys for _w, what, keys in rows)
    assert any(what.startswith("Category") and "Ctrl+3" in keys for _w, what, keys in rows)
    # Every board action with a key is on the sheet, with that key.
    listed = {keys for _where, _what, keys in rows}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.board.board_actions.all:
        if not action.shortcut().isEmpty():
            assert any(action.shortcut().toString(native) in keys.split(" · ") for keys in listed)
    sheet.close()


def test_capture_choices_reachable_by_tab(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    qtbot.waitUntil(w.capture_edit.hasFocus)
    reached = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [w.author_box, w.category_box, w.actor_box, w.filter_edit]
    assert all(widget.accessibleName() for widget in reached)
    # A key in a box chooses there and goes back to capturing.
    w.category_box.setFocus()
    before = w.category_box.currentData()
    qtbot.keyClick(w.category_box, Qt.Key.Key_Down)
    assert w.category_box.currentData() != before
    assert w.capture_edit.hasFocus()
    # The filter box stays wide enough to read in a small window.
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: w.filter_edit.width() >= w.filter_edit.minimumWidth())
    assert w.filter_edit.minimumWidth() > 100


def test_restart_during_a_break_keeps_the_question_notes_went_to(
    qtbot: QtBot, window: MainWindow, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    w = window.board
    questions = [fid for fid in w.scene.frame_order if fid is not None]
    while w.current_question != questions[1]:
        window.agenda.go_next()
    type_note(qtbot, w, "Lappen før pausen")
    window.agenda.go_next()  # a break: notes keep going to that question
    current = window.live.timeline.current
    assert current is not None and current.kind == "break"
    assert w.current_question == questions[1]
    window.close()
    again = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(again)
    again.show()
    assert again.board.current_question == questions[1]
    type_note(qtbot, again.board, "Lappen etter omstart")
    texts = notes_by_text(again.board)
    state = again.board.scene.notes[texts["Lappen etter omstart"]].state
    assert state.agenda_item_id == questions[1]


def test_select_notes_with_the_keyboard_then_colour_vote_and_cluster(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window.board
    actions = w.board_actions
    for text in ("første", "andre", "tredje"):
        type_note(qtbot, w, text)
    ids = notes_by_text(w)
    actions.select_next.trigger()  # F6: the first note of the question
    assert w.scene.selected_note_ids() == [ids["første"]]
    actions.select_next.trigger()
    assert w.scene.selected_note_ids() == [ids["andre"]]
    actions.select_previous.trigger()  # Shift+F6
    assert w.scene.selected_note_ids() == [ids["første"]]
    actions.select_previous.trigger()  # wraps round to the last one
    assert w.scene.selected_note_ids() == [ids["tredje"]]
    # The keys that act on the selection work from the capture field as usual.
    qtbot.keyClick(
        w.capture_edit,
        Qt.Key.Key_2,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert w.scene.notes[ids["tredje"]].state.colour == board.PALETTE[1]
    actions.select_next.trigger()
    actions.select_more.trigger()  # Ctrl+F6 adds "andre"
    assert set(w.scene.selected_note_ids()) == {ids["første"], ids["andre"]}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Par", True))
    actions.group.trigger()
    assert {c.state.name for c in w.scene.clusters.values()} == {"Par"}
    same_as_store(w)
    assert ("Anywhere", "Select next note", "F6") in window.agenda_actions.sheet_rows()


def test_select_next_on_an_empty_question_says_so(qtbot: QtBot, window: MainWindow) -> None:
    w = window.board
    w.board_actions.select_next.trigger()
    assert w.feedback.isVisible() and w.scene.selected_note_ids() == []


EIGHTY = "Stolt av ladestasjoner i Mo i Rana, men vi trenger flere hurtigladere ved skolene"


def test_an_80_character_idea_shows_whole_at_the_question_zoom(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    window.resize(1366, 768)
    assert len(EIGHTY) in range(75, 86)
    type_note(qtbot, w, f"{EIGHTY} #c !council")
    item = w.scene.notes[notes_by_text(w)[EIGHTY]]
    assert (item.state.width, item.state.height) == (160.0, 100.0)  # the default size
    # The zoom that shows the whole question (the projector view) draws text in detail.
    w.show_question(item.state.agenda_item_id)
    assert w.view.zoom >= items_module.DETAIL_LOD
    w.grab()
    # Every word shows: wrapped over as many lines as the note holds, nothing elided.
    assert item._shown_text == EIGHTY
    area = item._text_rect()
    assert items_module._fit_text(EIGHTY, area.width(), area.height(), item._wrap) == EIGHTY
    # More than two lines are used (the text is not cut after two lines).
    lines = area.height() // items_module._metrics()[0].lineSpacing()
    assert lines >= 4


def test_a_very_long_idea_is_elided_on_its_last_line_with_a_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window.board
    text = " ".join([EIGHTY] * 3)
    type_note(qtbot, w, text)
    item = w.scene.notes[notes_by_text(w)[text]]
    w.show_question(item.state.agenda_item_id)
    w.grab()
    shown = item._shown_text
    assert shown.endswith("…") and item.cut
    assert text.startswith(shown[:-1].rstrip()) and len(shown) > 80
    pos = w.view.mapFromScene(item.sceneBoundingRect().center())
    help_event = QHelpEvent(QEvent.Type.ToolTip, pos, w.view.viewport().mapToGlobal(pos))
    assert w.view.viewportEvent(help_event)
    assert QToolTip.text().startswith(text)


def test_problem_messages_disappear_when_no_longer_true(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window.board
    # "Type the idea first" goes as soon as the idea is typed.
    qtbot.keyClick(w.capture_edit, Qt.Key.Key_Return)
    assert "Type the idea first" in w.feedback.text() and not w.feedback.isHidden()
    qtbot.keyClicks(w.capture_edit, "s")
    assert w.feedback.isHidden()
    w.capture_edit.clear()
    for text in ("lite", "mye"):
        type_note(qtbot, w, text)
    ids = notes_by_text(w)
    # "Select … first" goes when notes are selected.
    w.scene.clearSelection()
    w.board_actions.group.trigger()
    assert "Select the notes to group first" in w.feedback.text()
    select(w, ids["lite"])
    assert w.feedback.isHidden()
    # "Used all 2 dots" goes when the voter changes, when a dot is undone, when the vote
    # closes, and when other notes are chosen.
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2, True))
    w.board_actions.vote_question.trigger()
    w.board_actions.next_voter.trigger()

    def use_all_dots() -> None:
        select(w, ids["mye"])
        for _ in range(3):
            w.board_actions.add_dot.trigger()
        assert "used all 2 dots" in w.feedback.text() and not w.feedback.isHidden()

    use_all_dots()
    w.board_actions.next_voter.trigger()
    assert w.feedback.isHidden()
    w.board_actions.previous_voter.trigger()
    w.board_actions.add_dot.trigger()
    assert "used all 2 dots" in w.feedback.text() and not w.feedback.isHidden()
    window.undo_stack.undo()  # one of the two dots
    assert w.feedback.isHidden()
    window.undo_stack.redo()
    w.board_actions.add_dot.trigger()
    assert not w.feedback.isHidden()
    select(w, ids["lite"])
    assert w.feedback.isHidden()
    select(w, ids["mye"])
    w.board_actions.add_dot.trigger()
    assert "used all 2 dots" in w.feedback.text()
    w.board_actions.close_vote_action.trigger()
    assert "used all" not in w.feedback.text()
    assert "closed" in w.feedback.text()  # the confirmation stays
    select(w, ids["lite"])
    assert not w.feedback.isHidden()
