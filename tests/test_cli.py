"""The command line: exit codes and messages for plan validate and plan import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path
from facilitator_app.store import Store


def test_validate_demo_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "validate", str(demo_plan_path())]) == 0
    assert "valid plan" in capsys.readouterr().out


def test_validate_bad_plan_exits_2_with_locations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    data["sessions"][2]["agenda"][0]["timebox"] = 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["plan", "validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "sessions[2].agenda[0].timebox: must be a positive number of minutes" in err
    assert "Traceback" not in err


def test_import_twice_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", str(data_dir)]) == 0
    assert "created" in capsys.readouterr().out
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", str(data_dir)]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_import_of_bad_plan_leaves_store_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    main(["plan", "import", str(demo_plan_path()), "--data-dir", str(data_dir)])
    db = data_dir / "facilitator.sqlite3"
    before = _dump(data_dir)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "workshop": ', encoding="utf-8")
    assert main(["plan", "import", str(bad), "--data-dir", str(data_dir)]) == 2
    assert "is not valid JSON" in capsys.readouterr().err
    assert _dump(data_dir) == before
    assert db.exists()


def test_second_instance_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    first = Store.open(data_dir)
    try:
        code = main(["plan", "import", str(demo_plan_path()), "--data-dir", str(data_dir)])
    finally:
        first.close()
    assert code == 2
    assert "already using the data folder" in capsys.readouterr().err


def test_entry_point_runs_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00" * 100)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "plan", "validate", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "invalid plan" in proc.stderr


def _dump(data_dir: Path) -> list[tuple[str, int]]:
    import sqlite3

    conn = sqlite3.connect(data_dir / "facilitator.sqlite3")
    try:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return [(t, conn.execute(f'select count(*) from "{t}"').fetchone()[0]) for t in tables]
    finally:
        conn.close()
