"""Delivery you can prove: per-store acknowledgement, the receipt, laptop identity.

Each test looks from the organisers' side too: what the central store actually holds.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from laptops import Laptop, central_conflicts, central_contents, central_count
from sqlalchemy import create_engine, select

from facilitator_app.clock import FakeClock
from facilitator_app.sync.central_schema import laptop_table
from facilitator_app.sync.central_store import init_central, sqlite_url
from facilitator_app.sync.service import check_delivery


def _nodes(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(r[0] for r in conn.execute(select(laptop_table.c.node)))
    finally:
        engine.dispose()


def _reopen(folder: Path, clock: FakeClock) -> Laptop:
    return Laptop(folder, clock, plan=False)


def test_switching_stores_delivers_everything_to_each_once(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    other = sqlite_url(tmp_path / "other" / "central.sqlite3")
    init_central(other).close()
    a = make_laptop()
    for n in range(3):
        a.add_idea(f"idé {n}")
    a.sync(central_url)
    report = a.sync(other)  # a store this laptop never met: everything goes there
    assert report.pushed.meeting.first and report.pushed.meeting.switched
    assert report.pushed.sent > 0
    a.add_idea("bare til den første")
    a.sync(central_url)
    report = a.sync(other)
    assert report.pushed.sent == 1  # only what that store lacks, nothing twice
    for url in (central_url, other):
        assert central_count(url, "idea") == 4
        assert central_conflicts(url) == []
        assert check_delivery(a.store, url).exact
    assert central_contents(other, ("idea",)) == a.contents(("idea",))


def test_receipt_sends_again_what_a_restored_store_lost_of_other_laptops(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    store_file = Path(central_url.removeprefix("sqlite:///"))
    a, b = make_laptop("a"), make_laptop("b", offset_s=5)
    backup = tmp_path / "backup.sqlite3"
    a.sync(central_url)
    b.sync(central_url)
    shutil.copy(store_file, backup)
    a.add_idea("fra a")
    a.sync(central_url)
    b.add_idea("fra b")
    b.sync(central_url)  # b now holds a's note too
    shutil.copy(backup, store_file)  # restored: neither note is in the store
    report = b.sync(central_url)
    assert report.receipt is not None and report.receipt.complete
    # b's own note came back through its watermark, a's through b's receipt.
    assert report.receipt.resent >= 1 and report.receipt.resent_groups == ["Gruppe 1"]
    texts = sorted(v["text"] for v in central_contents(central_url, ("idea",)).values())
    assert texts == ["fra a", "fra b"]
    assert central_conflicts(central_url) == []
    report = a.sync(central_url)
    assert report.receipt is not None and report.receipt.exact
    assert (
        a.contents(("idea",)) == b.contents(("idea",)) == central_contents(central_url, ("idea",))
    )


def test_copied_data_folder_is_a_second_laptop(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    a = make_laptop("a")
    a.add_idea("før kopien")
    a.sync(central_url)
    node = a.store.hlc.node
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "spare")  # the organisers' spare laptop
    a = _reopen(tmp_path / "a", FakeClock(a.clock.now()))
    spare = _reopen(tmp_path / "spare", FakeClock(a.clock.now()))
    try:
        assert a.store.hlc.node == node and a.store.copied_from is None
        assert spare.store.hlc.node != node and spare.store.copied_from == node
        a.add_idea("på den første")
        spare.add_idea("på reservemaskinen")
        spare.sync(central_url)
        a.sync(central_url)
        spare.sync(central_url)
        assert len(_nodes(central_url)) == 2  # the store tells the two apart
        texts = sorted(v["text"] for v in central_contents(central_url, ("idea",)).values())
        assert texts == ["før kopien", "på den første", "på reservemaskinen"]
        assert a.contents() == spare.contents() == central_contents(central_url)
        assert central_conflicts(central_url) == []
        assert a.unacked() == spare.unacked() == 0
    finally:
        a.close()
        spare.close()


def test_data_folder_restored_in_place_takes_a_new_identity_at_sync(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    a = make_laptop("a")
    a.add_idea("første")
    a.sync(central_url)
    clock = a.clock
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "backup")
    a = _reopen(tmp_path / "a", clock)
    a.add_idea("tapt med gjenopprettingen")
    a.sync(central_url)
    node = a.store.hlc.node
    a.close()
    shutil.rmtree(tmp_path / "a")
    shutil.copytree(tmp_path / "backup", tmp_path / "a")  # the laptop's backup restored
    a = _reopen(tmp_path / "a", clock)
    try:
        assert a.store.hlc.node == node  # same machine, same folder: found only at sync
        a.add_idea("etter gjenopprettingen")
        report = a.sync(central_url)
        assert report.pushed.meeting.renewed_from == node
        assert a.store.hlc.node != node
        texts = sorted(v["text"] for v in central_contents(central_url, ("idea",)).values())
        assert texts == ["etter gjenopprettingen", "første", "tapt med gjenopprettingen"]
        assert a.contents() == central_contents(central_url)  # the lost note came back
        assert central_conflicts(central_url) == []
    finally:
        a.close()
