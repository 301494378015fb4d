"""Push: the outbox reaches the central store once, acknowledged only after commit."""

from __future__ import annotations

from typing import Any

import pytest
from laptops import central_conflicts, central_contents, central_count
from sqlalchemy import create_engine, delete

from facilitator_app.errors import CentralStoreError
from facilitator_app.models import Idea
from facilitator_app.sync import push as push_module
from facilitator_app.sync.central_schema import laptop_table
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.push import push


def test_first_sync_sends_everything_and_central_equals_local(
    make_laptop: Any, central_url: str
) -> None:
    a = make_laptop()
    a.add_idea("Klimabudsjett i alle kommuner")
    waiting = a.unacked()
    report = a.sync(central_url)
    assert report.pushed.sent == waiting
    assert a.unacked() == 0
    assert central_contents(central_url) == a.contents()
    assert central_count(central_url, "idea") == 1
    assert any("sent:" in line for line in report.lines())


def test_batches_each_commit_and_every_entry_is_acked(make_laptop: Any, central_url: str) -> None:
    a = make_laptop()
    for n in range(25):
        a.add_idea(f"idé {n}")
    central = CentralStore.open(central_url)
    try:
        result = push(a.store, central, batch_size=40)
    finally:
        central.close()
    assert result.batches == -(-result.sent // 40) and result.batches > 5
    assert a.unacked() == 0
    assert central_count(central_url, "idea") == 25


def test_resending_a_batch_changes_nothing(make_laptop: Any, central_url: str) -> None:
    a = make_laptop()
    idea = a.add_idea("Gang- og sykkelvei til skolen")
    a.edit(Idea, idea, text="Trygg gang- og sykkelvei til skolen")
    a.sync(central_url)
    before = central_contents(central_url)
    # Forget every acknowledgement on both sides: the store must recognise each version.
    a.forget_acks()
    engine = create_engine(central_url)
    with engine.begin() as conn:
        conn.execute(delete(laptop_table))
    engine.dispose()
    report = a.sync(central_url)
    assert report.pushed.sent > 0
    assert report.pushed.stored == 0
    assert report.pushed.conflicts == 0
    assert central_contents(central_url) == before
    assert central_conflicts(central_url) == []


def test_crash_after_central_commit_sends_nothing_twice(make_laptop: Any, central_url: str) -> None:
    a = make_laptop()
    a.add_idea("Ladestasjoner ved rådhuset")
    waiting = a.unacked()

    def crash(_seqs: list[int]) -> None:
        raise KeyboardInterrupt  # the laptop dies between central commit and local ack

    central = CentralStore.open(central_url)
    try:
        with pytest.raises(KeyboardInterrupt):
            push(a.store, central, before_ack=crash)
        assert a.unacked() == waiting  # not acknowledged: the ack comes after the commit
        result = push(a.store, central)
    finally:
        central.close()
    assert result.recovered == waiting
    assert result.sent == 0
    assert a.unacked() == 0
    assert central_count(central_url, "idea") == 1


def test_failed_central_transaction_keeps_everything_waiting(
    make_laptop: Any, central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = make_laptop()
    a.add_idea("Felles innkjøp av elbiler")
    waiting = a.unacked()
    real = push_module.set_counter

    def fail_after_writes(conn: Any, value: int) -> None:
        real(conn, value)
        raise OSError("connection dropped")

    monkeypatch.setattr(push_module, "set_counter", fail_after_writes)
    with pytest.raises(CentralStoreError):
        a.sync(central_url)
    assert a.unacked() == waiting
    assert central_count(central_url, "idea") == 0  # rolled back: all or nothing
    monkeypatch.undo()
    a.sync(central_url)
    assert a.unacked() == 0
    assert central_contents(central_url) == a.contents()


def test_tombstones_travel(make_laptop: Any, central_url: str) -> None:
    a = make_laptop()
    idea = a.add_idea("Skal slettes")
    a.sync(central_url)
    a.delete(Idea, idea)
    a.sync(central_url)
    row = central_contents(central_url, ("idea",))[("idea", str(idea))]
    assert row["deleted_at"] is not None
    assert central_contents(central_url) == a.contents()


def test_nothing_to_send(make_laptop: Any, central_url: str) -> None:
    a = make_laptop()
    a.sync(central_url)
    report = a.sync(central_url)
    assert (report.pushed.sent, report.pulled.total, report.waiting) == (0, 0, 0)


def test_resending_with_acknowledgement_known_is_skipped(
    make_laptop: Any, central_url: str
) -> None:
    a = make_laptop()
    a.add_idea("Solceller på skoletak")
    a.sync(central_url)
    before = central_contents(central_url)
    a.forget_acks()
    central = CentralStore.open(central_url)
    try:
        result = push(a.store, central)
    finally:
        central.close()
    assert result.recovered > 0 and result.sent == 0
    assert central_contents(central_url) == before


def test_failure_mid_push_keeps_committed_batches_and_stops_reading_ahead(
    make_laptop: Any, central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    a = make_laptop()
    for n in range(30):
        a.add_idea(f"idé {n}")
    total = a.unacked()
    real = push_module.set_counter
    calls = {"n": 0}

    def drop_third_batch(conn: Any, value: int) -> None:
        calls["n"] += 1
        real(conn, value)
        if calls["n"] == 3:
            raise OSError("connection dropped")

    monkeypatch.setattr(push_module, "set_counter", drop_third_batch)
    central = CentralStore.open(central_url)
    try:
        with pytest.raises(CentralStoreError):
            push(a.store, central, batch_size=40)  # several batches: the next is read ahead
    finally:
        central.close()
    assert a.unacked() == total - 2 * 40  # two batches committed and acknowledged
    assert not [t for t in threading.enumerate() if t.name == "push-read-ahead"]
    monkeypatch.undo()
    a.sync(central_url)
    assert a.unacked() == 0
    assert central_contents(central_url) == a.contents()
