"""The version's one home, ``--version``, ``--quit-after`` and ``facilitator-app about``."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from facilitator_app import __version__, diagnostics
from facilitator_app.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_version_has_one_home() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "facilitator_app/__init__.py"
    # The bundle's metadata reads the same line.
    spec = (ROOT / "packaging" / "facilitator-app.spec").read_text(encoding="utf-8")
    assert '__init__.py").read_text' in spec and "CFBundleShortVersionString" in spec


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"facilitator-app {__version__}"


@pytest.mark.parametrize("value", ["-1", "soon", "1e9"])
def test_quit_after_rejects_what_is_not_seconds(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--quit-after", value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--quit-after" in err and "Traceback" not in err


def test_about_prints_what_a_problem_report_needs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["about", "--data-dir", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert f"version: {__version__}" in out
    assert f"data folder: {tmp_path / 'data'}" in out
    assert "missing files: none" in out
    assert "installed copy: no" in out
    assert "SecretService" in out and "Windows" in out and "macOS" in out
    assert "qt translations: " in out and "nn" in out


def test_about_fails_when_a_resource_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "res" / "plans").mkdir(parents=True)
    monkeypatch.setattr(diagnostics, "resources_dir", lambda: tmp_path / "res")
    assert main(["about", "--data-dir", str(tmp_path / "data")]) == 1
    captured = capsys.readouterr()
    assert "missing files: plans/klimakronsj-2021.json, schemas/plan.schema.json" in captured.out
    assert "reinstall" in captured.err
