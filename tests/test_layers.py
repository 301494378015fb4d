"""Layers stay apart: only the UI and the composition root may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator_app"
QT_ALLOWED = {PACKAGE / "app.py"}
QT_ALLOWED_DIRS = {PACKAGE / "ui"}
# Below-UI layers must not reach up into the UI either.
LOWER = ("models", "schemas", "store", "services", "sync", "export")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _allowed_qt(path: Path) -> bool:
    return path in QT_ALLOWED or any(d in path.parents for d in QT_ALLOWED_DIRS)


def test_only_ui_and_composition_root_import_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if not _allowed_qt(path)
        and any(name == "PySide6" or name.startswith("PySide6.") for name in _imports(path))
    ]
    assert offenders == [], f"these modules import PySide6 outside the UI: {offenders}"


def test_lower_layers_do_not_import_ui_or_app() -> None:
    offenders = []
    for layer in LOWER:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(("facilitator_app.ui", "facilitator_app.app")):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offenders == []


def test_checker_detects_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(bad)


def test_ui_does_not_import_sqlalchemy() -> None:
    # The UI reads and writes through services and sync; a query in a widget would put
    # SQL on the UI thread and bypass the one-transaction-per-action rule.
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for name in _imports(path)
        if name == "sqlalchemy" or name.startswith("sqlalchemy.")
    ]
    assert offenders == [], offenders
