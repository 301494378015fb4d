"""``facilitator-app purge``: refused while changes wait, then removes the workshop."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator_app.cli import main
from facilitator_app.models import ChangeLogEntry, Participant
from facilitator_app.paths import demo_plan_path
from facilitator_app.store import Store
from facilitator_app.store.changelog import set_delivered


def test_purge_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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
    assert main(["purge", "--workshop", "klimakronsj-2021", "--data-dir", folder]) == 0
    assert "removed" in capsys.readouterr().out
    store = Store.open(Path(folder))
    try:
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(Participant)) == 0
    finally:
        store.close()
