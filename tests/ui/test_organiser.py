"""The organisers' window over a central store filled by real laptops through their sync."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

from desk_laptops import context_of, expected, run_session
from laptops import SESSION_MORNING, Laptop

from facilitator_app.clock import FakeClock
from facilitator_app.models import Idea
from facilitator_app.services import board as board_service
from facilitator_app.services import workshop as ws_service
from facilitator_app.sync.central_store import init_central, sqlite_url
from facilitator_app.sync.presence import set_laptop_name
from facilitator_app.ui.board import BoardWidget
from facilitator_app.ui.organiser.window import OrganiserWindow
from facilitator_app.ui.organiser.worker import DeskConnection

SHOTS = Path("/tmp/desk")


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[str, Laptop, Laptop]]:
    """A SQLite central store that two laptops (g1 and g2) have synced with."""
    url = sqlite_url(tmp_path / "central" / "central.sqlite3")
    init_central(url).close()
    a = Laptop(tmp_path / "a", FakeClock(SESSION_MORNING), group="g1")
    b = Laptop(tmp_path / "b", FakeClock(SESSION_MORNING), group="g2")
    run_session(a, ideas=7, questions=2, present=4, vote=True)
    run_session(b, ideas=3, questions=1, present=5)
    a.sync(url)
    b.sync(url)
    yield url, a, b
    a.close()
    b.close()


@pytest.fixture
def window(qtbot: QtBot, laptops: tuple[str, Laptop, Laptop]) -> Iterator[OrganiserWindow]:
    """The desk on that store, after its first read."""
    url, _a, _b = laptops
    w = OrganiserWindow(DeskConnection(url), clock=FakeClock(SESSION_MORNING))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 9, timeout=20_000)
    yield w
    w.close()


def _shown(w: OrganiserWindow, key: str) -> dict[str, object]:
    assert w.overview is not None
    group = next(g for g in w.overview.groups if g.key == key)
    return {
        "ideas": group.ideas,
        "questions": [q.ideas for q in group.questions],
        "waiting": group.waiting_questions,
        "present": group.present,
        "members": group.members,
        "current": group.current_item,
    }


def test_group_table_equals_what_the_laptops_hold(
    window: OrganiserWindow, laptops: tuple[str, Laptop, Laptop]
) -> None:
    _url, a, b = laptops
    assert _shown(window, "g1") == expected(a)
    assert _shown(window, "g2") == expected(b)
    model = window.model
    row = next(r for r in range(9) if model.group(r).key == "g1")  # type: ignore[union-attr]
    cells = [model.index(row, c).data() for c in range(model.COLUMNS)]
    assert cells[0] == "g1  Gruppe 1" and cells[1] == "Kari Eksempel"
    assert cells[2].startswith("Kari Eksempel ")  # the laptop's name, not a node id
    assert cells[5] == f"4 of {expected(a)['members']}"
    assert cells[6] == "9  (6 · 3 · 0)" and cells[7:] == ["1", "2", "0"]
    assert not model.stale and "STALE" not in window.status.text()
    for col in range(model.COLUMNS):
        assert model.headerData(col, window.table.horizontalHeader().orientation())


def test_refresh_runs_in_the_background_and_errors_keep_the_table_marked_stale(
    qtbot: QtBot, window: OrganiserWindow, laptops: tuple[str, Laptop, Laptop]
) -> None:
    url, a, _b = laptops
    qtbot.waitUntil(lambda: not window.reader.busy)
    a.add_idea("Enda en idé")
    a.sync(url)
    window.refresh()
    assert "overview" in window.reader.busy  # the read runs in the worker, not here
    qtbot.waitUntil(lambda: not window.reader.busy, timeout=20_000)
    assert _shown(window, "g1")["ideas"] == expected(a)["ideas"] == 10
    # The store goes away: the window says so, keeps the rows and greys them out.
    central_file = Path(url.removeprefix("sqlite:///"))
    central_file.rename(central_file.with_suffix(".gone"))
    window.reader.connection.reset()
    window.refresh()
    qtbot.waitUntil(lambda: window.model.stale, timeout=20_000)
    assert window.model.rowCount() == 9
    assert "STALE" in window.status.text() and "no central store" in window.status.text()
    assert _shown(window, "g1")["ideas"] == 10
    # Back again: fresh.
    central_file.with_suffix(".gone").rename(central_file)
    window.refresh()
    qtbot.waitUntil(lambda: not window.model.stale, timeout=20_000)


def test_open_group_shows_its_board_read_only_and_its_agenda(
    qtbot: QtBot, window: OrganiserWindow, laptops: tuple[str, Laptop, Laptop]
) -> None:
    _url, a, _b = laptops
    row = next(r for r in range(9) if window.model.group(r).key == "g1")  # type: ignore[union-attr]
    group_window = window.open_group(row)
    assert group_window is not None
    qtbot.waitUntil(lambda: group_window.data is not None, timeout=20_000)
    board = board_service.load_board(a.store, a.session.id, a.group.id)
    assert set(group_window.scene.notes) == {n.id for n in board.notes}
    assert [f.id for f in board.frames] == group_window.scene.frame_order
    assert not group_window.view.isInteractive()
    agenda = ws_service.list_agenda(a.store, a.session.id, a.group.id)
    assert group_window.agenda.rowCount() == len(agenda)
    titles = [group_window.agenda.item(r, 0).text() for r in range(len(agenda))]
    assert titles == [i.title for i in agenda]
    assert group_window.agenda.item(0, 4).text() == "running"
    SHOTS.mkdir(exist_ok=True)
    group_window.resize(1366, 768)
    group_window.grab().save(str(SHOTS / "group.png"))
    group_window.close()


def test_workshop_grid_shows_attendance_per_session_and_group(
    qtbot: QtBot, window: OrganiserWindow, laptops: tuple[str, Laptop, Laptop]
) -> None:
    window.tabs.setCurrentWidget(window.grid)
    qtbot.waitUntil(lambda: window.grid.rowCount() == 9, timeout=20_000)
    assert window.grid.columnCount() == 4
    assert window.grid.item(0, 0).text().startswith("4 of ")
    assert window.grid.item(1, 0).text().startswith("5 of ")
    assert window.grid.item(0, 1).text().startswith("0 of ")


def test_fits_a_small_screen_and_every_control_has_a_name(window: OrganiserWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QTabWidget

    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
    kinds = (QAbstractButton, QComboBox, QAbstractItemView, QTabWidget)
    controls = [w for kind in kinds for w in window.findChildren(kind) if w.isVisible()]
    assert len(controls) >= 5
    for widget in controls:
        if widget.parent() is window.tabs.tabBar() or widget.objectName().startswith("qt_"):
            continue  # Qt's own scroll buttons of the tab bar
        assert widget.accessibleName(), widget
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "desk.png"))


def _facilitator_board(qtbot: QtBot, laptop: Laptop) -> BoardWidget:
    context = context_of(laptop)
    widget = BoardWidget(laptop.store, context, QUndoStack())
    qtbot.addWidget(widget)
    return widget


def test_answer_written_in_the_window_reaches_that_groups_board_only(
    qtbot: QtBot, window: OrganiserWindow, laptops: tuple[str, Laptop, Laptop]
) -> None:
    url, a, b = laptops
    inbox = window.inbox
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: len(inbox.questions) == 3, timeout=20_000)
    assert "3 question(s) waiting" in inbox.state.text()
    row = next(r for r in range(3) if inbox.table.item(r, 0).text().startswith("g1 "))
    inbox.table.selectRow(row)
    question = inbox.selected_question()
    assert question is not None and question.group_key == "g1"
    inbox.answer_edit.setPlainText("Kommunen kan bruke klimabudsjettet.")
    inbox.expert_edit.setText("Eva Ekspert")
    qtbot.keyClick(inbox.answer_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "2 question(s) waiting" in inbox.state.text(), timeout=20_000)
    assert "Eva Ekspert: Kommunen kan bruke klimabudsjettet." in inbox.history.text()
    assert inbox.answer_edit.toPlainText() == ""  # sent, ready for the next one
    a.sync(url)
    b.sync(url)
    board_a, board_b = _facilitator_board(qtbot, a), _facilitator_board(qtbot, b)
    [card] = board_a.answers.values()
    assert card.version.text == "Kommunen kan bruke klimabudsjettet."
    assert card.parentItem() is board_a.scene.notes[question.id]
    assert "Experts' answer (Eva Ekspert)" in card.toolTip()
    assert board_b.answers == {}
    SHOTS.mkdir(exist_ok=True)
    board_a.resize(1000, 600)
    board_a.show()
    board_a.view.centerOn(card.sceneBoundingRect().center())
    board_a.grab().save(str(SHOTS / "answer_on_board.png"))
    window.grab().save(str(SHOTS / "inbox.png"))


def test_conflicts_tab_names_group_question_laptops_and_what_won(
    qtbot: QtBot,
    window: OrganiserWindow,
    laptops: tuple[str, Laptop, Laptop],
    tmp_path: Path,
) -> None:
    url, a, _b = laptops
    spare = Laptop(tmp_path / "c", FakeClock(SESSION_MORNING), group="g1")
    try:
        context_of(spare)
        set_laptop_name(spare.store, "Reservemaskin")
        spare.sync(url)
        note = a.add_idea("Sykkelveier")
        a.sync(url)
        spare.sync(url)
        a.edit(Idea, note, text="Sykkelveier til skolen")
        spare.clock.advance(60)
        spare.edit(Idea, note, text="Sykkelveier i hele kommunen")
        a.sync(url)
        spare.sync(url)
    finally:
        spare.close()
    window.tabs.setCurrentWidget(window.conflicts)
    qtbot.waitUntil(lambda: window.conflicts.rowCount() == 1, timeout=20_000)
    cells = [window.conflicts.item(0, c).text() for c in range(5)]
    assert cells[0] == "Gruppe 1 (Kari Eksempel)"
    assert cells[1] == a.question(2).title
    assert cells[2].startswith("'Sykkelveier i hele kommunen' from laptop 'Reservemaskin' at ")
    assert cells[3].startswith("'Sykkelveier til skolen' from laptop 'Kari Eksempel' at ")
    assert cells[4] == f"note {note}"
    window.grab().save(str(SHOTS / "conflicts.png"))


def test_file_menu_opens_the_desk_on_the_store_typed(
    qtbot: QtBot, laptops: tuple[str, Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from facilitator_app.ui.main_window import MainWindow

    url, a, _b = laptops
    main = MainWindow(a.store, context_of(a), a.clock)
    qtbot.addWidget(main)
    asked: list[str] = []

    def answer(*args: object, **_kw: object) -> tuple[str, bool]:
        asked.append(str(args[-1]))  # the configured store is offered
        return url, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    file_menu = main.menuBar().actions()[0].menu()
    entry = next(x for x in file_menu.actions() if x.text() == "&Organisers' desk…")
    entry.trigger()
    desks = main.findChildren(OrganiserWindow)
    assert len(desks) == 1 and asked and asked[0].startswith("sqlite:///")
    qtbot.waitUntil(lambda: desks[0].model.rowCount() == 9, timeout=20_000)
    desks[0].close()


def test_results_button_opens_the_report_dialog_on_this_store(
    window: OrganiserWindow, laptops: tuple[str, Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator_app.ui import report_dialog

    url = laptops[0]
    opened: list[str] = []

    def fake_exec(dialog: report_dialog.ReportDialog) -> int:
        opened.append(dialog.central_edit.text())
        return 0

    monkeypatch.setattr(report_dialog.ReportDialog, "exec", fake_exec)
    window.results_button.click()
    assert opened == [url]
