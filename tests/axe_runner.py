"""Run axe-core (WCAG 2.1 A and AA rules) on HTML files the app writes.

Uses ``tools/axe/run-axe.js`` with Debian's Chromium (``/usr/bin/chromium``) through
``puppeteer-core``; ``.ci/run`` installs Chromium, Node's packages and runs ``npm ci``.
Where the tools are missing the calling test is skipped with the reason, except under
``CI=true``, where it fails: in CI the check must run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

AXE_DIR = Path(__file__).resolve().parent.parent / "tools" / "axe"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"axe-core is required in CI but cannot run: {reason}")
    pytest.skip(f"axe-core cannot run here: {reason}")


def axe_violations(*files: Path) -> dict[str, list[dict[str, object]]]:
    """Violations per file (an empty list means the file passed every rule)."""
    node = shutil.which("node")
    if node is None:
        _unavailable("Node.js is not installed")
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is not installed (Debian package 'chromium')")
    if not (AXE_DIR / "node_modules" / "axe-core").is_dir():
        _unavailable("run 'npm ci' in tools/axe")
    done = subprocess.run(
        [str(node), str(AXE_DIR / "run-axe.js"), *(str(f) for f in files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"axe-core did not run: {done.stderr[-2000:]}"
    found: dict[str, list[dict[str, object]]] = json.loads(done.stdout)
    return found


def format_violations(found: dict[str, list[dict[str, object]]]) -> str:
    """One line per violation, for an assertion message."""
    return "\n".join(
        f"{Path(file).name}: {v['id']} ({v['impact']}): {v['help']} at {v['nodes']}"
        for file, violations in found.items()
        for v in violations
    )
