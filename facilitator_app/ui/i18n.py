"""Loading the UI language (Norwegian Bokmål or English) into the application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator_app.paths import resources_dir

SUPPORTED = ("nb", "en")


def translations_dir() -> str:
    """Folder with the compiled ``.qm`` files."""
    return str(resources_dir() / "translations")


def system_language() -> str:
    """``nb`` when the system locale is Norwegian, else ``en``."""
    name = QLocale.system().name().lower()
    return "nb" if name.startswith(("nb", "no", "nn")) else "en"


def install_translators(app: QCoreApplication, lang: str | None) -> str:
    """Install the app's (and Qt's own) translations; returns the language used."""
    lang = lang or system_language()
    if lang == "nb":
        for name, folder in (
            ("facilitator_app_nb", translations_dir()),
            ("qtbase_nb", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
        QLocale.setDefault(QLocale("nb_NO"))
    else:
        # The sources are English; this catalogue only holds the plural forms of "%n …".
        translator = QTranslator(app)
        if translator.load("facilitator_app_en", translations_dir()):
            app.installTranslator(translator)
        QLocale.setDefault(QLocale("en_GB"))
    return lang


def qt_catalogues() -> list[str]:
    """Qt's own ``qtbase_*.qm`` catalogues (standard buttons, dialogs) Qt can load.

    An installed copy must carry them beside Qt; ``facilitator-app about`` reports them.
    (Qt ships Nynorsk but no Bokmål catalogue.)
    """
    from pathlib import Path

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return sorted(p.stem.removeprefix("qtbase_") for p in folder.glob("qtbase_*.qm"))
