"""Help → About: version, data folder, how to report a problem; and --quit-after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app import __version__
from facilitator_app.app import _CloseAfterFirstPaint
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.ui.about_dialog import AboutDialog
from facilitator_app.ui.main_window import MainWindow


def test_about_says_version_folder_and_how_to_report(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.version_label.text()
    assert str(tmp_path / "data") in dialog.folder_label.text()
    assert "report a problem" in dialog.report_label.text()
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        assert widget.accessibleName(), widget
    assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 768


def test_copy_details_puts_the_report_lines_on_the_clipboard(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    assert f"version: {__version__}" in text
    assert f"data folder: {tmp_path / 'data'}" in text
    assert "missing files: none" in text
    assert dialog.copy_button.text() == "Copied"


def test_help_menu_opens_the_about_dialog(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    assert len(shown) == 1
    assert str(demo_store.data_dir) in shown[0].folder_label.text()


def test_quit_after_closes_the_window_once_it_has_painted(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.installEventFilter(_CloseAfterFirstPaint(window, 0.05))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
