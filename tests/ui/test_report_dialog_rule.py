"""The organiser window's certificates button applies the plan's rule unless told otherwise.

The store holds the plan with ``certificate.min_sessions: 2`` and a laptop's attendance
(one member present at two sessions, another at one). The dialog is opened the way a user
opens it: the desk's "Results and certificates…" button (a modal dialog).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

from certificate_plans import tick_and_sync, write_plan
from laptops import SESSION_MORNING, Laptop

from facilitator_app.clock import FakeClock
from facilitator_app.sync.central_store import init_central, sqlite_url
from facilitator_app.sync.publish import publish_plan
from facilitator_app.ui.organiser.window import OrganiserWindow
from facilitator_app.ui.organiser.worker import DeskConnection
from facilitator_app.ui.report_dialog import ReportDialog


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    """Central store: the plan with the rule, and g1's synced attendance."""
    from facilitator_app.services.plan_file import load_plan
    from facilitator_app.sync.central_store import CentralStore

    url = sqlite_url(tmp_path / "central" / "central.sqlite3")
    init_central(url).close()
    plan = write_plan(tmp_path, 2)
    central = CentralStore.open(url)
    try:
        publish_plan(central, load_plan(plan))
    finally:
        central.close()
    laptop = Laptop(tmp_path / "a", FakeClock(SESSION_MORNING), plan=False)
    try:
        twice, once = tick_and_sync(laptop, plan, url)
    finally:
        laptop.close()
    yield url, twice, once


def _issue(qtbot: QtBot, dialog: ReportDialog, folder: Path) -> list[str]:
    """Press the certificates button; the register's names once it is written."""
    dialog.folder_edit.setText(str(folder))
    qtbot.mouseClick(dialog.cert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=60_000)
    register = folder / "certificates" / "certificates.csv"
    lines = register.read_bytes().decode("utf-8-sig").splitlines()
    return [line.split(";")[1] for line in lines[3:]]


def test_the_windows_certificates_button_uses_the_plans_rule(
    qtbot: QtBot, store: tuple[str, str, str], tmp_path: Path
) -> None:
    url, twice, once = store
    window = OrganiserWindow(DeskConnection(url), clock=FakeClock(SESSION_MORNING))
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, Any] = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportDialog)
        try:
            dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
            assert dialog.min_sessions.value() == 0
            assert dialog.min_sessions.text() == "As the plan says"
            seen["plan"] = _issue(qtbot, dialog, tmp_path / "plan")
            seen["plan_status"] = dialog.status_label.text()
            dialog.min_sessions.setValue(1)
            seen["override"] = _issue(qtbot, dialog, tmp_path / "override")
            seen["override_status"] = dialog.status_label.text()
        finally:
            dialog.reject()

    QTimer.singleShot(0, in_dialog)
    qtbot.mouseClick(
        window.results_button, Qt.MouseButton.LeftButton
    )  # returns when the dialog closes
    assert seen["plan"] == [twice]
    assert "Certificates written: 1," in seen["plan_status"]
    assert "Rule from the plan: present at 2 or more of 4 sessions." in seen["plan_status"]
    assert "No attendance has arrived from Gruppe 2, Gruppe 3," in seen["plan_status"]
    assert sorted(seen["override"]) == sorted([twice, once])
    assert "Rule chosen here: present at 1 or more of 4 sessions." in seen["override_status"]
    register = (tmp_path / "plan" / "certificates" / "certificates.csv").read_bytes()
    assert register.decode("utf-8-sig").startswith(
        "Rule;Present at 2 or more of the workshop's 4 sessions (set by the workshop plan)"
    )
    window.close()


@pytest.mark.parametrize(
    ("language", "documents"),
    [
        (QLocale.Language.NorwegianNynorsk, "nn"),
        (QLocale.Language.NorwegianBokmal, "nb"),
        (QLocale.Language.German, "en"),
    ],
)
def test_documents_default_to_the_users_language(
    qtbot: QtBot, tmp_path: Path, language: QLocale.Language, documents: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language, QLocale.Country.Norway))
    try:
        dialog = ReportDialog(str(tmp_path / "central"), tmp_path)
        qtbot.addWidget(dialog)
        assert dialog.lang_box.currentData() == documents
    finally:
        QLocale.setDefault(before)
