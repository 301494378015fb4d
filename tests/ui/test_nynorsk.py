"""Nynorsk end to end: the window, Qt's own words, the documents and the capture words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from facilitator_app.export.files import export_summary
from facilitator_app.export.labels import Labels
from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.capture_syntax import parse
from facilitator_app.services.summary import build_summary
from facilitator_app.store import Store
from facilitator_app.ui import i18n
from tests.board_data import fill_board


@pytest.fixture
def nynorsk(qapp: Any) -> Any:
    """The app in nynorsk for one test, as ``--lang nn`` sets it; restored afterwards."""
    before = set(qapp.findChildren(QTranslator))
    default = QLocale()
    assert i18n.install_translators(qapp, "nn") == "nn"
    yield qapp
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(default)


def test_lang_nn_gives_nynorsk_words_and_locale(nynorsk: Any) -> None:
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Hjelp"
    assert QCoreApplication.translate("TimerPanel", "Time is up!") == "Tida er ute!"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    # A Qt word the app does not list itself comes from Qt's own nynorsk catalogue.
    assert QCoreApplication.translate("QShortcut", "Space") == "Mellomrom"
    assert QLocale().name() == "nn_NO"
    from facilitator_app.ui.export_dialog import document_language

    assert document_language() == "nn"


def test_system_locale_nn_NO_chooses_nynorsk(tmp_path: Path) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from facilitator_app.ui.i18n import system_language\n"
        "app = QCoreApplication([])\n"
        "print(system_language())\n"
    )
    for locale, wanted in (("nn_NO.UTF-8", "nn"), ("nb_NO.UTF-8", "nb"), ("C", "en")):
        env = {"LANG": locale, "LC_ALL": locale, "LANGUAGE": "", "PATH": "/usr/bin:/bin"}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == wanted, (locale, out.stderr)


def test_the_main_window_reads_in_nynorsk(
    nynorsk: Any, qtbot: Any, demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    from facilitator_app.ui.main_window import MainWindow

    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Fil" in titles and "&Hjelp" in titles
    assert "&Tavle" in titles


def test_documents_in_nynorsk(
    demo_store: Store, demo_context: ws_service.SessionContext, tmp_path: Path
) -> None:
    fill_board(demo_store, demo_context)
    summary = build_summary(demo_store, demo_context.session.id, demo_context.group.id)
    written = export_summary(summary, ["html", "md", "csv"], tmp_path, lang="nn")
    html = next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")
    assert '<html lang="nn">' in html
    assert "Gruppesamandrag" in html and "Kven må handle" in html
    md = next(p for p in written if p.suffix == ".md").read_text(encoding="utf-8")
    assert md.startswith("# Gruppesamandrag")
    # The plan's own questions are in bokmål (user data); the document's words are not.
    for bokmal in ("Gruppeoppsummering", "Hvem må handle", "Spørsmål og ideer", "Deltakere"):
        assert bokmal not in md
    assert "Spørsmål og idear" in md
    labels = Labels("nn")
    assert labels.votes(1) == "1 røyst" and labels.votes(3) == "3 røyster"
    assert labels.value("citizens") == "innbyggjarane"


def test_capture_accepts_the_nynorsk_words_the_hint_shows() -> None:
    parsed = parse("Sykkelveg #anna !innbyggjarar", {})
    assert parsed.category == Category.OTHER and parsed.actor == Actor.CITIZENS
    assert parse("Kven avgjer? !ukjend", {}).actor == Actor.UNKNOWN
    assert parse("Tilskot !statsforvaltaren", {}).actor == Actor.STATE


def test_every_document_word_has_a_nynorsk_form() -> None:
    """Keys added to the bokmål document words must get a nynorsk (and English) form too."""
    from facilitator_app.export import labels

    assert set(labels._NN) == set(labels._NB) == set(labels._EN)
