"""Loading the UI language (Norwegian Bokmål, Norwegian Nynorsk or English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator_app.paths import resources_dir

SUPPORTED = ("nb", "nn", "en")
# The locale each language sets as default (dates, numbers, Qt's own right-to-left etc.).
_LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}


def translations_dir() -> str:
    """Folder with the compiled ``.qm`` files."""
    return str(resources_dir() / "translations")


def system_language() -> str:
    """``nn`` for a Nynorsk system, ``nb`` for another Norwegian one, else ``en``."""
    locale = QLocale.system()
    name = locale.name().lower()
    # nn_NO reports language NorwegianNynorsk; some systems only say so in the name.
    if name.startswith("nn") or locale.language() == QLocale.Language.NorwegianNynorsk:
        return "nn"
    return "nb" if name.startswith(("nb", "no")) else "en"


def install_translators(app: QCoreApplication, lang: str | None) -> str:
    """Install the app's (and Qt's own) translations; returns the language used."""
    lang = lang if lang in SUPPORTED else system_language()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "en":
        # The sources are English; this catalogue only holds the plural forms of "%n …".
        catalogues = [("facilitator_app_en", translations_dir())]
    else:
        # Qt's own catalogue first, ours last: the last installed is asked first, so the
        # words we chose for Qt's dialogs (ui/qt_strings.py) win over Qt's.
        catalogues = [
            (f"qtbase_{lang}", qt_folder),
            (f"facilitator_app_{lang}", translations_dir()),
        ]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(_LOCALES[lang]))
    return lang


def qt_catalogues() -> list[str]:
    """Qt's own ``qtbase_*.qm`` catalogues (standard buttons, dialogs) Qt can load.

    An installed copy must carry them beside Qt; ``facilitator-app about`` reports them.
    (Qt ships Nynorsk but no Bokmål catalogue.)
    """
    from pathlib import Path

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return sorted(p.stem.removeprefix("qtbase_") for p in folder.glob("qtbase_*.qm"))
