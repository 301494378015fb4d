"""The workshop results dialog: preview, report files and certificates from a central store."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_app.paths import demo_plan_path
from facilitator_app.services.plan_file import load_plan
from facilitator_app.sync.central_store import init_central, sqlite_url
from facilitator_app.sync.publish import publish_plan
from facilitator_app.ui.report_dialog import ReportDialog


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A central store holding the demo plan and nothing any group made yet."""
    url = sqlite_url(tmp_path_factory.mktemp("central") / "central.sqlite3")
    central = init_central(url)
    try:
        publish_plan(central, load_plan(demo_plan_path()))
    finally:
        central.close()
    return url


def test_preview_then_write_then_certificates(qtbot: QtBot, published: str, tmp_path: Path) -> None:
    dialog = ReportDialog(published, tmp_path / "out")
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    for widget in dialog.findChildren(type(dialog.preview_button)):
        assert widget.accessibleName(), widget.text()
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
    dialog.start_preview()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=60_000)
    text = dialog.preview.toPlainText()
    assert "Workshop results" in text
    # Nothing synced yet: the first page says the report is not complete.
    assert "not complete" in text
    for name, box in dialog.format_boxes.items():
        box.setChecked(name in ("json", "html", "csv"))
    dialog.public_box.setChecked(True)
    dialog.start_report()
    assert not dialog.close_button.isEnabled()  # busy: closing is not offered
    qtbot.waitUntil(lambda: not dialog._busy, timeout=60_000)
    names = sorted(p.name for p in dialog.written)
    assert any(n.endswith("_public.report.json") for n in names)
    assert any(n.endswith("_public.html") for n in names)
    assert all(p.exists() for p in dialog.written)
    dialog.start_certificates()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=60_000)
    # Nobody was ticked present: no certificate, but the register says so.
    assert [p.name for p in dialog.written] == ["certificates.csv"]
    assert "Certificates written: 0," in dialog.status_label.text()


def test_nynorsk_documents_preview_in_nynorsk(qtbot: QtBot, published: str, tmp_path: Path) -> None:
    dialog = ReportDialog(published, tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("nn"))
    dialog.start_preview()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=60_000)
    text = dialog.preview.toPlainText()
    assert "Resultat frå idéverkstaden" in text
    assert "Rapporten er ikkje fullstendig" in text
    assert "Workshop results" not in text and "Resultater fra" not in text


def test_a_bad_address_is_reported_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ReportDialog(str(tmp_path / "nowhere" / "central.sqlite3"), tmp_path)
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=30_000)
    assert "There is no central store" in dialog.status_label.text()
    assert dialog.preview_button.isEnabled()
