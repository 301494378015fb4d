"""Every user-visible string has a Norwegian translation, and the .qm is compiled from it."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator_app.ui import i18n_tool


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def _untranslated(ts: Path) -> list[str]:
    missing = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or (
            not (translation.text or "").strip() and translation.find("numerusform") is None
        ):
            missing.append(f"{context}: {source!r}")
    return missing


def test_every_string_in_the_sources_has_a_norwegian_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n_tool.TS, fresh)
    i18n_tool.update_ts(fresh)  # picks up strings added to the sources since the last update
    missing = _untranslated(fresh)
    assert missing == [], (
        "strings without Norwegian translation (run make translations, then translate):\n"
        + "\n".join(missing)
    )


def test_placeholders_survive_translation() -> None:
    import re

    for context, source, message in _messages(i18n_tool.TS):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        # A plural message keeps the placeholders in every form.
        texts = forms or [translation.text or ""]
        wanted = sorted(re.findall(r"\{\w+\}", source))
        for text in texts:
            if text.strip():
                assert sorted(re.findall(r"\{\w+\}", text)) == wanted, f"{context}: {source!r}"


def test_compiled_qm_is_current(tmp_path: Path) -> None:
    built = i18n_tool.compile_qm(i18n_tool.TS, tmp_path / "check.qm")
    assert built.read_bytes() == i18n_tool.TS.with_suffix(".qm").read_bytes(), (
        "resources/translations/facilitator_app_nb.qm is stale: run make translations"
    )


def test_checker_notices_an_untranslated_string(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nb_NO">'
        "<context><name>X</name><message><source>Hello</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert _untranslated(ts) == ["X: 'Hello'"]


def test_norwegian_is_loaded(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("facilitator_app_nb", i18n_tool.TS.parent.as_posix())
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fil"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_plural_messages_have_every_form_in_both_languages(tmp_path: Path) -> None:
    # The English catalogue holds only the plural messages ("%n change(s)"), and it must
    # hold all of them, each with a singular and a plural form.
    fresh = tmp_path / "fresh_en.ts"
    shutil.copy(i18n_tool.TS_EN, fresh)
    i18n_tool.update_ts(fresh, plural_only=True)
    assert _untranslated(fresh) == []
    for ts in (fresh, i18n_tool.TS):
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
