"""``facilitator-app about``: version, folders and a check of the installed files.

Its output is what a problem report needs; it exits 1 when a file the app needs is
missing (a broken installation), so a smoke test of a bundle can rely on it.
"""

from __future__ import annotations

import argparse
import sys

from facilitator_app.cli import add_data_dir, data_dir_of, registrar


def _about(args: argparse.Namespace) -> int:
    from facilitator_app.diagnostics import collect

    details = collect(data_dir_of(args))
    for line in details.lines():
        print(line)
    # Qt's own Norwegian catalogue (standard buttons and dialogs) ships with Qt, not here.
    from facilitator_app.ui.i18n import qt_catalogues

    qt_langs = qt_catalogues()
    print(f"qt translations: {', '.join(qt_langs) or 'none'}")
    if details.missing or not qt_langs:
        print("this installation is incomplete: reinstall the app", file=sys.stderr)
        return 1
    return 0


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``about``."""
    parser = sub.add_parser(
        "about",
        help="print the version, the data folder and a check of the installed files "
        "(paste it into a problem report)",
    )
    add_data_dir(parser)
    parser.set_defaults(handler=_about)
