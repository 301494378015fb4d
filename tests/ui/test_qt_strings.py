"""Qt's own words (dialog buttons, text-field menus, file dialog) are in Norwegian too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from facilitator_app.ui import i18n, qt_strings

SAME_IN_BOTH = {"OK", "Type"}


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("facilitator_app_nb", i18n.translations_dir())
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_listed_qt_string_has_norwegian_text(norwegian: None) -> None:
    for context, source, text in qt_strings.standard_strings():
        if source not in SAME_IN_BOTH:
            assert text != source, f"{context}: {source!r} is not translated"
    assert {t for _c, _s, t in qt_strings.standard_strings()} >= {"Avbryt", "Lukk", "&Ja"}


def test_buttons_and_text_menus_speak_norwegian(qtbot: QtBot, norwegian: None) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(buttons)
    texts = {b.text() for b in buttons.buttons()}
    assert texts == {"Lukk", "Avbryt", "&Ja", "&Nei"}
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        assert menu is not None
        labels = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert {"&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Merk alt"} <= set(labels)


def test_english_keeps_qts_words(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "Close"
