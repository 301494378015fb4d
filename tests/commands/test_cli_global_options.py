"""Options before the sub-command (`facilitator-app --data-dir D --lang en export …`), and
files given to the wrong command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A data folder with the demo plan imported."""
    data = tmp_path / "data"
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", str(data)]) == 0
    return data


def test_data_dir_before_the_command_is_used(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["--data-dir", str(laptop), "export", "--session", "s1", "--group", "g1"]
    assert main([*args, "--out", str(out)]) == 0
    assert (out / "klimakronsj-2021_s1_g1.summary.json").is_file()
    assert "error" not in capsys.readouterr().err


def test_data_dir_after_the_command_wins(laptop: Path, tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "empty"), "export", "--session", "s1", "--group", "g1"]
    assert main([*args, "--out", str(tmp_path / "out"), "--data-dir", str(laptop)]) == 0


@pytest.mark.parametrize(
    ("before", "after", "heading"),
    [
        ([], [], "# Gruppeoppsummering"),
        (["--lang", "en"], [], "# Group summary"),
        ([], ["--lang", "en"], "# Group summary"),
        (["--lang", "en"], ["--lang", "nb"], "# Gruppeoppsummering"),
        (["--lang", "nn"], [], "# Gruppesamandrag"),
        ([], ["--lang", "nn"], "# Gruppesamandrag"),
    ],
)
def test_language_of_the_documents(
    laptop: Path, tmp_path: Path, before: list[str], after: list[str], heading: str
) -> None:
    out = tmp_path / "out"
    args = [*before, "export", "--session", "s1", "--group", "g1", "--format", "md"]
    assert main([*args, "--out", str(out), "--data-dir", str(laptop), *after]) == 0
    text = (out / "klimakronsj-2021_s1_g1.md").read_text(encoding="utf-8")
    assert text.startswith(heading)


def test_central_export_writes_pdf_in_the_language_asked_for(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # qapp: the widget tests after this one need a QApplication, not the command line's
    # bare QGuiApplication.
    central = str(tmp_path / "central")
    assert main(["central", "init", central]) == 0
    assert main(["central", "publish", str(demo_plan_path()), "--central", central]) == 0
    out = tmp_path / "out"
    args = ["--lang", "en", "central", "export", "--session", "s1", "--group", "g2"]
    code = main([*args, "--format", "json,pdf,md", "--out", str(out), "--central", central])
    assert code == 0, capsys.readouterr().err
    pdf = out / "klimakronsj-2021_s1_g2.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (
        (out / "klimakronsj-2021_s1_g2.md")
        .read_text(encoding="utf-8")
        .startswith("# Group summary")
    )


@pytest.mark.parametrize("command", ["verify", "import"])
def test_a_plan_file_given_as_summary_is_named_as_the_plan(
    laptop: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["summary", command, str(demo_plan_path())]
    if command == "import":
        args += ["--data-dir", str(laptop)]
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "This is a workshop plan file, not a group summary" in err
    assert "app_version" not in err
