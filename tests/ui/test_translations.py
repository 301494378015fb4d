"""Every user-visible string has a bokmål and a nynorsk translation, and the .qm files are
compiled from them; English has every plural form."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator_app.ui import i18n_tool
from tests.nynorsk_words import BOKMAL_ONLY

NORWEGIAN = [i18n_tool.TS, i18n_tool.TS_NN]


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


_untranslated = i18n_tool.untranslated


@pytest.mark.parametrize("catalogue", NORWEGIAN, ids=lambda p: p.stem)
def test_every_string_in_the_sources_has_a_norwegian_translation(
    catalogue: Path, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(catalogue, fresh)
    i18n_tool.update_ts(fresh)  # picks up strings added to the sources since the last update
    missing = _untranslated(fresh)
    assert missing == [], (
        f"strings without translation in {catalogue.name} "
        "(run make translations, then translate):\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("catalogue", NORWEGIAN, ids=lambda p: p.stem)
def test_placeholders_survive_translation(catalogue: Path) -> None:
    for context, source, message in _messages(catalogue):
        texts = [message.findtext("translation") or ""]
        texts += [f.text or "" for f in message.iter("numerusform")]
        wanted = sorted(re.findall(r"\{\w+\}|%\d", source))
        for text in (t for t in texts if t.strip()):
            found = sorted(re.findall(r"\{\w+\}|%\d", text))
            assert found == wanted, f"{catalogue.name} {context}: {source!r}"


@pytest.mark.parametrize("catalogue", NORWEGIAN, ids=lambda p: p.stem)
def test_compiled_qm_is_current(catalogue: Path, tmp_path: Path) -> None:
    built = i18n_tool.compile_qm(catalogue, tmp_path / "check.qm")
    assert built.read_bytes() == catalogue.with_suffix(".qm").read_bytes(), (
        f"{catalogue.with_suffix('.qm').name} is stale: run make translations"
    )


def test_nynorsk_is_nynorsk_not_bokmal() -> None:
    """Words that only bokmål uses must not slip into the nynorsk catalogue.

    A list of the commonest bokmål-only forms (see docs/glossary.md); a translation copied
    from bokmål nearly always contains one of them.
    """
    found = []
    for context, source, message in _messages(i18n_tool.TS_NN):
        texts = [message.findtext("translation") or ""]
        texts += [f.text or "" for f in message.iter("numerusform")]
        for text in texts:
            if match := BOKMAL_ONLY.search(text):
                found.append(f"{context}: {source!r} -> {text!r} ({match.group(0)!r})")
    assert found == [], "bokmål in the nynorsk catalogue:\n" + "\n".join(found)


def test_every_catalogue_has_the_same_messages() -> None:
    """nb and nn translate the same messages (the lead re-runs the tool after merges)."""
    keys = [{(c, s) for c, s, _m in _messages(ts)} for ts in NORWEGIAN]
    assert keys[0] == keys[1]


def test_checker_notices_an_untranslated_string(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nb_NO">'
        "<context><name>X</name><message><source>Hello</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert _untranslated(ts) == ["X: 'Hello'"]


@pytest.mark.parametrize(
    ("lang", "file_menu", "undo"), [("nb", "&Fil", "&Angre"), ("nn", "&Fil", "&Angre")]
)
def test_norwegian_is_loaded(qapp: object, lang: str, file_menu: str, undo: str) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(f"facilitator_app_{lang}", i18n_tool.TS.parent.as_posix())
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == file_menu
        assert QCoreApplication.translate("QLineEdit", "&Undo") == undo
    finally:
        QCoreApplication.removeTranslator(translator)


def test_nynorsk_words_reach_the_ui(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("facilitator_app_nn", i18n_tool.TS.parent.as_posix())
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("PresenterWindow", "Time is up") == "Tida er ute"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "Fil&namn:"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_plural_messages_have_every_form_in_both_languages(tmp_path: Path) -> None:
    # The English catalogue holds only the plural messages ("%n change(s)"), and it must
    # hold all of them, each with a singular and a plural form.
    fresh = tmp_path / "fresh_en.ts"
    shutil.copy(i18n_tool.TS_EN, fresh)
    i18n_tool.update_ts(fresh, plural_only=True)
    assert _untranslated(fresh) == []
    for ts in (fresh, *NORWEGIAN):
        plural = [m for _c, _s, m in _messages(ts) if m.get("numerus") == "yes"]
        assert plural, ts
        for message in plural:
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")
    built = i18n_tool.compile_qm(i18n_tool.TS_EN, tmp_path / "check_en.qm")
    assert built.read_bytes() == i18n_tool.TS_EN.with_suffix(".qm").read_bytes(), (
        "resources/translations/facilitator_app_en.qm is stale: run make translations"
    )


def test_untranslated_plural_forms_are_noticed(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nb_NO">'
        '<context><name>X</name><message numerus="yes"><source>%n thing(s)</source>'
        '<translation type="unfinished"><numerusform></numerusform><numerusform></numerusform>'
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert _untranslated(ts) == ["X: '%n thing(s)'"]


def test_sync_status_counts_in_the_right_plural_form(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    for lang, one, two in (
        ("en", "Sync: 1 change waiting", "Sync: 2 changes waiting"),
        ("nb", "Synk: 1 endring venter", "Synk: 2 endringer venter"),
        ("nn", "Synk: 1 endring ventar", "Synk: 2 endringar ventar"),
    ):
        translator = QTranslator()
        assert translator.load(f"facilitator_app_{lang}", i18n_tool.TS.parent.as_posix())
        QCoreApplication.installTranslator(translator)
        try:
            source = "Sync: %n change(s) waiting"
            assert QCoreApplication.translate("SyncStatus", source, "", 1) == one
            assert QCoreApplication.translate("SyncStatus", source, "", 2) == two
        finally:
            QCoreApplication.removeTranslator(translator)
