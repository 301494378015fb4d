"""Refresh the ``.ts`` file from the sources (lupdate) and compile ``.qm`` (lrelease).

Run with ``make translations``; then fill in the Norwegian text of new messages in
``resources/translations/facilitator_app_nb.ts`` (bokmål) and
``resources/translations/facilitator_app_nn.ts`` (nynorsk, word choices in
``docs/glossary.md``) and run it again to compile. ``--missing`` lists the messages that
still need a translation in each catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "facilitator_app_nb.ts"
# English needs a catalogue only for plural forms ("%n change(s)" → "1 change", "2 changes").
TS_EN = ROOT / "resources" / "translations" / "facilitator_app_en.ts"
TS_NN = ROOT / "resources" / "translations" / "facilitator_app_nn.ts"
# Every catalogue with whether it holds only the plural messages.
CATALOGUES: tuple[tuple[Path, bool], ...] = ((TS, False), (TS_NN, False), (TS_EN, True))


def tool(name: str) -> str:
    """Path of a PySide6 tool installed beside the running Python."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install the app with its dependencies first")
    return found


def sources() -> list[str]:
    """Every Python file that may hold user-visible strings."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "facilitator_app").rglob("*.py"))


def new_catalogue(ts: Path) -> None:
    """Start an empty ``.ts`` for the language in its name (lupdate fills it)."""
    language = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}[ts.stem.rsplit("_", 1)[1]]
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n</TS>\n',
        encoding="utf-8",
    )


def untranslated(ts: Path) -> list[str]:
    """``context: 'source'`` of every message in ``ts`` without a finished translation."""
    import xml.etree.ElementTree as ET

    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or (not (translation.text or "").strip() and not forms)
                or any(not (form.text or "").strip() for form in forms)
            ):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def update_ts(ts: Path = TS, *, plural_only: bool = False) -> None:
    """Run lupdate over the sources into ``ts`` (keeps existing translations).

    ``plural_only`` keeps only messages with plural forms (the English catalogue).
    """
    ts.parent.mkdir(parents=True, exist_ok=True)
    if not ts.exists():
        new_catalogue(ts)
    extra = ["-pluralonly"] if plural_only else []
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            *extra,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def compile_qm(ts: Path = TS, qm: Path | None = None) -> Path:
    """Compile ``ts`` to ``.qm`` (beside it unless ``qm`` is given)."""
    qm = qm or ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


if __name__ == "__main__":
    for ts, plural_only in CATALOGUES:
        update_ts(ts, plural_only=plural_only)
        compile_qm(ts)
        missing = untranslated(ts)
        print(
            f"updated {ts.relative_to(ROOT)} and compiled {ts.with_suffix('.qm').name}"
            + (f"; {len(missing)} message(s) still to translate" if missing else "")
        )
        if "--missing" in sys.argv:
            for line in missing:
                print(f"  {line}")
