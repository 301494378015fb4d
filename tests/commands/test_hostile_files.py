"""Files nested too deeply for a parser are "not a plan/summary file", exit 2 (issue 9 §4).

``'[' * 100000 + ']' * 100000`` is valid JSON that Python's parser cannot descend: every
command that reads a plan or summary file must name it for what it is, not crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path

DEEP = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 100_000 + "1" + "}" * 100_000


@pytest.fixture(params=[DEEP, DEEP_OBJECT], ids=["list", "object"])
def deep(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / "deep.json"
    path.write_text(str(request.param), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.err


def test_plan_commands_name_a_deep_file_as_not_a_plan(
    deep: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(capsys, "plan", "validate", str(deep))
    assert code == 2 and "not a plan file" in err
    code, err = _run(capsys, "plan", "import", str(deep), "--data-dir", str(tmp_path / "d"))
    assert code == 2 and "not a plan file" in err


def test_summary_commands_name_a_deep_file_as_not_a_summary(
    deep: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(capsys, "summary", "verify", str(deep))
    assert code == 2 and "not a summary file" in err
    code, err = _run(capsys, "summary", "import", str(deep), "--data-dir", str(tmp_path / "d"))
    assert code == 2 and "not a summary file" in err


def test_central_commands_name_a_deep_file(
    deep: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central = str(tmp_path / "central")
    assert _run(capsys, "central", "init", central)[0] == 0
    code, err = _run(capsys, "central", "publish", str(deep), "--central", central)
    assert code == 2 and "not a plan file" in err
    assert _run(capsys, "central", "publish", str(demo_plan_path()), "--central", central)[0] == 0
    code, err = _run(capsys, "central", "ingest", str(deep), "--central", central)
    assert code == 2 and "not a summary file" in err
