"""A first start killed at any point leaves a folder the next start opens (issue 9 §3).

The script ``kill_at_statement.py`` kills a first start right after each of its SQL
statements in turn (a forked child ends with ``os._exit``), then starts again on that
folder and compares the schema with a clean first start.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.store.migrate import HEAD_REVISION, current_revision

SCRIPT = Path(__file__).with_name("kill_at_statement.py")

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills forked children")


def _kill_everywhere(kind: str, root: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), kind, str(root)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


@needs_fork
def test_local_first_start_killed_after_any_statement_starts_again(tmp_path: Path) -> None:
    result = _kill_everywhere("local", tmp_path)
    assert int(str(result["statements"])) > 30  # every CREATE of the schema was a kill point
    assert result["failures"] == {}


@needs_fork
def test_central_init_killed_after_any_statement_starts_again(tmp_path: Path) -> None:
    result = _kill_everywhere("central", tmp_path)
    assert int(str(result["statements"])) > 20
    assert result["failures"] == {}


def test_a_folder_an_older_app_left_half_made_opens(tmp_path: Path) -> None:
    """Before this fix each CREATE committed alone: a kill left empty tables, no version."""
    from facilitator_app.store import Store

    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / "facilitator.sqlite3")
    conn.execute("CREATE TABLE change_log (seq INTEGER, id BLOB PRIMARY KEY)")
    conn.execute("CREATE TABLE conflict (id BLOB PRIMARY KEY)")
    conn.commit()
    conn.close()
    store = Store.open(folder)
    try:
        assert current_revision(store.engine) == HEAD_REVISION
    finally:
        store.close()


def test_a_database_with_rows_but_no_schema_version_is_left_alone(tmp_path: Path) -> None:
    from facilitator_app.errors import DataFolderError
    from facilitator_app.store import Store

    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / "facilitator.sqlite3")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    with pytest.raises(DataFolderError, match="not made by this app"):
        Store.open(folder)
    conn = sqlite3.connect(folder / "facilitator.sqlite3")
    assert conn.execute("SELECT text FROM notes").fetchall() == [("someone else's data",)]
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    conn.close()
