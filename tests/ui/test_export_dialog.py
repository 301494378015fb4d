"""The "End session and export…" dialog: review, choices remembered, background export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.clock import FakeClock
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.summary import parse_summary
from facilitator_app.store import Store
from facilitator_app.sync.service import set_configured_url
from facilitator_app.ui import export_dialog
from facilitator_app.ui.export_dialog import ExportDialog
from facilitator_app.ui.i18n import translations_dir
from facilitator_app.ui.pdf_render import PDF_FORMAT
from tests.board_data import fill_board


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """The English plural catalogue, as the app installs it ("1 idea", "2 ideas")."""
    translator = QTranslator()
    assert translator.load("facilitator_app_en", translations_dir())
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def dialog(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> ExportDialog:
    fill_board(demo_store, demo_context)
    shown = ExportDialog(demo_store, demo_context, extra={"pdf": PDF_FORMAT})
    qtbot.addWidget(shown)
    return shown


def choose(dialog: ExportDialog, formats: set[str], folder: Path) -> None:
    for name, box in dialog.format_boxes.items():
        box.setChecked(name in formats)
    dialog.folder_edit.setText(str(folder))


def run_export(qtbot: QtBot, dialog: ExportDialog) -> list[Path]:
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # busy while the worker runs
        assert dialog.progress.isVisible() or dialog.isHidden()
    paths: list[Path] = blocker.args[0]
    return paths


def test_review_shows_counts_open_votes_and_unsynced_changes(
    dialog: ExportDialog, tmp_path: Path
) -> None:
    set_configured_url(dialog.store, str(tmp_path / "organisers"))
    dialog.refresh_review()
    text = dialog.review_label.text()
    # Every category is counted, so the parts add up to the whole ("other" too).
    assert (
        "24 ideas (6 challenges, 6 measures, 6 questions for the experts, 6 other ideas), "
        "2 clusters." in text
    )
    assert "2 dot votes, one of them still open." in text
    assert "Still running on the agenda: Oppsummering og veien videre." in text
    assert "changes not yet synced to the central store" in text


def test_review_without_a_central_store_points_to_the_summary_file(dialog: ExportDialog) -> None:
    text = dialog.review_label.text()
    assert "No central store is set, so sync does not reach the organisers" in text
    assert "synced to the central store" not in text


def test_export_writes_files_in_the_background_and_offers_the_folder(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.show()
    choose(dialog, {"json", "html", "pdf", "xlsx"}, tmp_path / "out")
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_button.click()
        dialog.reject()  # Esc while the files are written does not close the dialog
        assert dialog.isVisible() and not dialog.close_button.isEnabled()
    paths: list[Path] = blocker.args[0]
    assert [p.name for p in paths] == [
        "klimakronsj-2021_s1_g1.summary.json",
        "klimakronsj-2021_s1_g1.html",
        "klimakronsj-2021_s1_g1.pdf",
        "klimakronsj-2021_s1_g1_ideas.xlsx",
    ]
    assert all(p.exists() for p in paths)
    assert parse_summary(paths[0].read_bytes()).ideas
    assert paths[2].read_bytes().startswith(b"%PDF")
    assert dialog.progress.value() == dialog.progress.maximum() == 5
    assert "4 files written" in dialog.status_label.text()
    assert dialog.open_button.isVisible() and dialog.close_button.isEnabled()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "out"))]


def test_choices_are_remembered(
    qtbot: QtBot,
    dialog: ExportDialog,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    tmp_path: Path,
) -> None:
    choose(dialog, {"md", "csv"}, tmp_path / "files")
    dialog.public_box.setChecked(True)
    paths = run_export(qtbot, dialog)
    assert [p.name for p in paths if not p.name.startswith("board-")] == [
        "klimakronsj-2021_s1_g1_public.md",
        "klimakronsj-2021_s1_g1_public_ideas.csv",
    ]
    again = ExportDialog(demo_store, demo_context, extra={})
    qtbot.addWidget(again)
    assert again.chosen_formats() == ["md", "csv"]
    assert again.folder_edit.text() == str(tmp_path / "files")
    # "Public" is never remembered: the file for the organisers is the default every time.
    assert not again.public_box.isChecked()
    assert not again.format_boxes["pdf"].isEnabled()  # no PDF renderer given


def test_a_failed_export_says_why_and_the_dialog_stays_usable(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x", encoding="utf-8")
    choose(dialog, {"json"}, blocker_file)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "The export stopped" in dialog.status_label.text(), timeout=30_000)
    assert "is a file; give a folder" in dialog.status_label.text()
    assert dialog.export_button.isEnabled() and not dialog.open_button.isVisible()


def test_nothing_to_export_disables_the_button(dialog: ExportDialog) -> None:
    choose(dialog, set(), Path("/tmp"))
    assert not dialog.export_button.isEnabled()
    choose(dialog, {"json"}, Path("/tmp"))
    assert dialog.export_button.isEnabled()
    dialog.folder_edit.setText("  ")
    assert not dialog.export_button.isEnabled()


def test_main_window_file_menu_has_the_entry(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from facilitator_app.ui.main_window import MainWindow

    window = MainWindow(demo_store, demo_context, FakeClock())
    qtbot.addWidget(window)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_action in file_menu.actions()
    shown: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(export_dialog, "_registered", {"pdf": PDF_FORMAT})
    window.export_action.trigger()
    assert len(shown) == 1 and shown[0].format_boxes["pdf"].isEnabled()


def test_public_json_warns_that_organisers_cannot_load_it(dialog: ExportDialog) -> None:
    dialog.show()
    dialog.format_boxes["json"].setChecked(True)
    dialog.public_box.setChecked(False)
    assert not dialog.public_note.isVisible()
    dialog.public_box.setChecked(True)
    assert dialog.public_note.isVisible()
    assert "cannot load a public summary file" in dialog.public_note.text()
    dialog.format_boxes["json"].setChecked(False)
    assert not dialog.public_note.isVisible()


def test_review_says_one_in_the_singular(
    qtbot: QtBot, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    from facilitator_app.models import Idea
    from facilitator_app.services import board, voting

    question = next(
        i
        for i in ws_service.list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
        if i.kind == "question"
    )
    with demo_store.transaction() as s:
        idea = Idea(
            session_id=demo_context.session.id,
            group_id=demo_context.group.id,
            agenda_item_id=question.id,
            text="Klimabudsjett",
            category="challenge",
        )
        s.add(idea)
        s.flush()
        idea_id = idea.id
    board.group_notes(demo_store, [idea_id], "Økonomi")
    vote = voting.open_round(demo_store, demo_context.session.id, demo_context.group.id, None, 3)
    voting.close(demo_store, vote.id)
    shown = ExportDialog(demo_store, demo_context)
    qtbot.addWidget(shown)
    text = shown.review_label.text()
    assert "1 idea (1 challenge), 1 cluster." in text
    assert "1 dot vote, closed." in text


def test_ticking_public_moves_nothing(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.format_boxes["json"].isChecked() and not dialog.public_box.isChecked()
    before = (dialog.size(), dialog.buttons.geometry(), dialog.public_box.geometry())
    dialog.public_box.setChecked(True)
    qtbot.wait(50)
    assert dialog.public_note.isVisible()
    assert (dialog.size(), dialog.buttons.geometry(), dialog.public_box.geometry()) == before
    dialog.public_box.setChecked(False)
    qtbot.wait(50)
    assert (dialog.size(), dialog.buttons.geometry(), dialog.public_box.geometry()) == before


def test_result_list_shows_every_file_written(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.show()
    choose(dialog, {"json", "html", "pdf", "md", "docx", "csv", "xlsx"}, tmp_path / "all")
    paths = run_export(qtbot, dialog)
    listed = [dialog.result_list.item(n).text() for n in range(dialog.result_list.count())]
    # Every file, the Markdown pictures in their folder too, in a list that scrolls.
    assert listed == [str(p.relative_to(tmp_path / "all")) for p in paths]
    assert any("_pictures/" in name for name in listed)
    assert dialog.result_list.isVisible()
    assert dialog.result_list.height() >= dialog.result_list.fontMetrics().height() * 6
    assert dialog.geometry().height() <= 720
