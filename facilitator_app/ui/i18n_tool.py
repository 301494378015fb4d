"""Refresh the ``.ts`` file from the sources (lupdate) and compile ``.qm`` (lrelease).

Run with ``make translations``; then fill in the Norwegian text of new messages in
``resources/translations/facilitator_app_nb.ts`` and run it again to compile.
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


def update_ts(ts: Path = TS, *, plural_only: bool = False) -> None:
    """Run lupdate over the sources into ``ts`` (keeps existing translations).

    ``plural_only`` keeps only messages with plural forms (the English catalogue).
    """
    ts.parent.mkdir(parents=True, exist_ok=True)
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
    update_ts()
    compile_qm()
    update_ts(TS_EN, plural_only=True)
    compile_qm(TS_EN)
    for ts in (TS, TS_EN):
        print(f"updated {ts.relative_to(ROOT)} and compiled {ts.with_suffix('.qm').name}")
