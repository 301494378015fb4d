"""``facilitator-app purge``: refused while changes wait, then removes the workshop."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator_app.cli import main
from facilitator_app.models import ChangeLogEntry, Participant
from facilitator_app.paths import demo_plan_path
from facilitator_app.store import Store
from facilitator_app.store.changelog import set_delivered


def test_purge_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "data")
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", folder]) == 0
    capsys.readouterr()
    assert main(["purge", "--workshop", "klimakronsj-2021", "--data-dir", folder]) == 2
    assert "have not reached it yet" in capsys.readouterr().err
    assert main(["purge", "--workshop", "nope", "--data-dir", folder]) == 2
    assert "no workshop 'nope'" in capsys.readouterr().err
    store = Store.open(Path(folder))
    try:
        with store.transaction() as s:  # what a completed sync leaves
            set_delivered(
                s, "organisers-store", int(s.scalar(select(func.max(ChangeLogEntry.seq))) or 0)
            )
    finally:
        store.close()
    args = ["purge", "--workshop", "klimakronsj-2021", "--data-dir", folder]
    # Not at a terminal and no --yes: refused, nothing removed.
    monkeypatch.setattr(sys, "stdin", _Terminal(False))
    assert main(args) == 2
    assert "confirm with --yes" in capsys.readouterr().err
    # At a terminal: the workshop id must be typed; anything else removes nothing.
    monkeypatch.setattr(sys, "stdin", _Terminal(True))
    monkeypatch.setattr("builtins.input", lambda _prompt: "yes")
    assert main(args) == 1
    assert "nothing was removed" in capsys.readouterr().err
    assert _people(folder) == 51
    monkeypatch.setattr("builtins.input", lambda _prompt: "klimakronsj-2021")
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "cannot be brought back" in out and "removed" in out
    assert _people(folder) == 0


def _people(folder: str) -> int:
    store = Store.open(Path(folder))
    try:
        with store.read() as s:
            return int(s.scalar(select(func.count()).select_from(Participant)) or 0)
    finally:
        store.close()


class _Terminal(io.StringIO):
    """Standard input that is, or is not, a terminal."""

    def __init__(self, tty: bool) -> None:
        super().__init__("")
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_purge_with_yes_asks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "data")
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", folder]) == 0
    store = Store.open(Path(folder))
    try:
        with store.transaction() as s:
            set_delivered(
                s, "organisers-store", int(s.scalar(select(func.max(ChangeLogEntry.seq))) or 0)
            )
    finally:
        store.close()
    capsys.readouterr()
    assert main(["purge", "--workshop", "klimakronsj-2021", "--data-dir", folder, "--yes"]) == 0
    assert "cannot be brought back" not in capsys.readouterr().out
    assert _people(folder) == 0
