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


def update_ts(ts: Path = TS) -> None:
    """Run lupdate over the sources into ``ts`` (keeps existing translations)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
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
    print(f"updated {TS.relative_to(ROOT)} and compiled {TS.with_suffix('.qm').name}")
