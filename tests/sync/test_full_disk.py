"""A full disk on the laptop during a sync: a clear message, nothing lost, a later sync works.

The full disk is simulated (``tests/disk.py``): SQLite's ``max_page_count`` caps the
laptop's database at its current size, so any write that needs a new page fails the way
a full disk does.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from laptops import Laptop, central_contents, central_count
from sqlalchemy import text

from facilitator_app.cli import main
from facilitator_app.errors import DataFolderError
from facilitator_app.models import Idea
from facilitator_app.store import db
from tests.disk import disk_full


def _capture(laptop: Laptop, count: int) -> None:
    """``count`` sticky notes on s1/g1, in one transaction (the change log records each),
    laid out below the spot where a laptop puts its first note."""
    question = laptop.question(2).id
    with laptop.store.transaction() as s:
        s.add_all(
            Idea(
                session_id=laptop.session.id,
                group_id=laptop.group.id,
                agenda_item_id=question,
                text=f"Idé {n}: klimavennlige innkjøp og gang- og sykkelvei til skolen",
                # Apart from the notes the other laptop adds at the board's first slot:
                # notes received on top of one already there are moved by the sync
                # (board.separate_stacked), a new change that would be pushed.
                x=200.0 * (n % 20),
                y=400.0 + 150.0 * (n // 20),
            )
            for n in range(count)
        )


def _integrity(laptop: Laptop) -> str:
    conn = sqlite3.connect(laptop.store.data_dir / "facilitator.sqlite3")
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_full_disk_during_sync_loses_nothing_and_a_later_sync_completes(
    make_laptop: Any, central_url: str
) -> None:
    a = make_laptop("a")
    _capture(a, 300)
    a.sync(central_url)
    b = make_laptop("b", offset_s=30)
    mine = b.add_idea("Laptop B sin idé, skrevet før disken ble full")
    b.edit(Idea, mine, text="Laptop B sin idé, endret før disken ble full")
    before = b.contents()

    full = pytest.raises(DataFolderError, match=r"disk holding .* is full")
    with disk_full(b.store.engine), full:
        # B's changes go up, then A's 300 ideas cannot be written down here.
        b.sync(central_url)

    assert _integrity(b) == "ok"
    with b.store.read() as s:
        kept = s.get(Idea, mine)
        assert kept is not None and kept.text.endswith("endret før disken ble full")
    assert b.contents() == before  # the failed pull left no half-written change here
    assert central_contents(central_url)[("idea", str(mine))]["text"] == kept.text

    report = b.sync(central_url)  # space freed: the sync completes
    assert report.waiting == 0 and b.unacked() == 0
    assert report.pulled.received.get("idea") == 300
    assert report.pushed.stored == 0  # nothing of B's was stored twice
    assert central_contents(central_url) == b.contents()  # converged: nothing missing
    assert central_count(central_url, "idea") == 301


def test_full_disk_on_the_command_line_says_so_and_exits_1(
    make_laptop: Any,
    central_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a = make_laptop("a")
    _capture(a, 300)
    a.sync(central_url)
    b = make_laptop("b")
    folder = b.store.data_dir
    with b.store.engine.connect() as conn:
        pages = int(conn.execute(text("PRAGMA page_count")).scalar_one())
    b.close()  # the command opens the data folder itself
    # Every connection the command's store opens is capped at today's size.
    monkeypatch.setattr(db, "PRAGMAS", (*db.PRAGMAS, f"PRAGMA max_page_count={pages}"))
    assert main(["sync", "--central", central_url, "--data-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "sync failed:" in err and "is full" in err
    monkeypatch.undo()
    assert main(["sync", "--central", central_url, "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "waiting: 0 change(s)" in out
    assert central_count(central_url, "idea") == 300
