"""Delivery is per central store: a laptop meeting a store gets everything there, once.

Issue 9 §1: the laptop used to keep one acknowledgement for every store, so after a sync
with the store inside its data folder a sync with the organisers' store sent nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _exported_ideas(capsys: pytest.CaptureFixture[str], central: str, out: Path) -> list[str]:
    code, printed, err = _run(
        capsys, "central", "export", "--session", "s1", "--group", "g1", "--out", str(out),
        "--central", central,
    )  # fmt: skip
    assert code == 0, err
    path = next(Path(p) for p in printed.split() if p.endswith(".json"))
    summary = json.loads(path.read_text(encoding="utf-8"))
    return [idea["text"] for idea in summary["ideas"]]


def test_the_issue_sequence_delivers_to_the_organisers_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "D")
    plan = str(demo_plan_path())
    ideas = tmp_path / "i.txt"
    ideas.write_text("Idé en\nIdé to\n", encoding="utf-8")
    org = f"sqlite:///{tmp_path / 'org.db'}"
    assert _run(capsys, "plan", "import", plan, "--data-dir", data)[0] == 0
    code, _out, err = _run(
        capsys, "ideas", "import", str(ideas), "--session", "s1", "--group", "g1",
        "--question", "s1-03", "--data-dir", data,
    )  # fmt: skip
    assert code == 0, err
    assert _run(capsys, "sync", "--data-dir", data)[0] == 0  # the store inside D
    assert _run(capsys, "central", "init", org)[0] == 0
    assert _run(capsys, "central", "publish", plan, "--central", org)[0] == 0
    code, out, err = _run(capsys, "sync", "--central", org, "--data-dir", data)
    assert code == 0, err
    assert "sent: 0 change(s)" not in out
    assert sorted(_exported_ideas(capsys, org, tmp_path / "out")) == ["Idé en", "Idé to"]


def _prepare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """A laptop with the demo plan and two ideas on s1-03, and an organisers' store."""
    data = str(tmp_path / "D")
    plan = str(demo_plan_path())
    ideas = tmp_path / "i.txt"
    ideas.write_text("Idé en\nIdé to\n", encoding="utf-8")
    org = f"sqlite:///{tmp_path / 'org.db'}"
    assert _run(capsys, "plan", "import", plan, "--data-dir", data)[0] == 0
    code, _out, err = _run(
        capsys, "ideas", "import", str(ideas), "--session", "s1", "--group", "g1",
        "--question", "s1-03", "--data-dir", data,
    )  # fmt: skip
    assert code == 0, err
    assert _run(capsys, "central", "init", org)[0] == 0
    assert _run(capsys, "central", "publish", plan, "--central", org)[0] == 0
    return data, org


def test_sync_central_is_the_one_setting_and_check_confirms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, org = _prepare(tmp_path, capsys)
    code, out, _err = _run(capsys, "sync", "--check", "--central", org, "--data-dir", data)
    assert code == 1
    assert "the organisers lack 2 ideas of question" in out
    code, out, err = _run(capsys, "sync", "--central", org, "--data-dir", data)
    assert code == 0, err
    assert "receipt: the store holds all" in out and "group Gruppe 1" in out
    # The store set on the command line stays set: a plain sync and check use it.
    code, out, _err = _run(capsys, "sync", "--check", "--data-dir", data)
    assert code == 0 and "org.db" in out and "holds exactly" in out
    assert "organisers do not see" not in out


def test_store_restored_from_an_older_backup_gets_what_it_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    data, org = _prepare(tmp_path, capsys)
    backup = tmp_path / "org-backup.db"
    shutil.copy(tmp_path / "org.db", backup)  # before the laptop delivered anything
    assert _run(capsys, "sync", "--central", org, "--data-dir", data)[0] == 0
    shutil.copy(backup, tmp_path / "org.db")  # the organisers restore last night's backup
    code, out, _err = _run(capsys, "sync", "--check", "--data-dir", data)
    assert code == 1 and "the organisers lack 2 ideas" in out
    code, out, err = _run(capsys, "sync", "--data-dir", data)
    assert code == 0, err
    assert "sent: 0 change(s)" not in out
    assert sorted(_exported_ideas(capsys, org, tmp_path / "out")) == ["Idé en", "Idé to"]
    assert _run(capsys, "sync", "--check", "--data-dir", data)[0] == 0
