"""Fault tests: kill the sync at random points, many times; a final sync repairs all.

Three kinds of fault, each repeated with new changes in between: the sync process is
killed (SIGKILL), the connection is dropped in the middle of a batch, the server is
restarted (crash-stop) in the middle of a batch. Afterwards one clean sync must leave
the central store equal to the laptop: no duplicates, nothing missing, no conflicts
(a re-sent version is never mistaken for a concurrent edit).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from laptops import SESSION_MORNING, Laptop, central_conflicts, central_contents
from sqlalchemy import create_engine, func, select

from facilitator_app.clock import FakeClock
from facilitator_app.errors import CentralStoreError
from facilitator_app.models import Idea
from facilitator_app.sync import push as push_module
from facilitator_app.sync.central_schema import entity_tables

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _assert_repaired(laptop: Laptop, url: str) -> None:
    laptop.sync(url)
    assert laptop.unacked() == 0
    local = laptop.contents()
    central = central_contents(url)
    assert central.keys() == local.keys()  # nothing missing, nothing extra
    assert central == local
    assert central_conflicts(url) == []
    engine = create_engine(url)
    with engine.connect() as conn:
        t = entity_tables["idea"]
        seqs = conn.execute(
            select(func.count(t.c.change_seq), func.count(t.c.change_seq.distinct()))
        )
        total, distinct = seqs.one()
        assert total == distinct  # every stored version has its own change number
    engine.dispose()


def _busy(laptop: Laptop, rng: random.Random, n: int) -> None:
    """A burst of captured work: new notes, edits and deletions."""
    with laptop.store.read() as s:
        ids = list(s.scalars(select(Idea.id).where(Idea.deleted_at.is_(None))))
    for i in range(n):
        roll = rng.random()
        if ids and roll < 0.3:
            laptop.edit(Idea, rng.choice(ids), text=f"endret {rng.random():.6f}")
        elif ids and roll < 0.35:
            victim = ids.pop(rng.randrange(len(ids)))
            laptop.delete(Idea, victim)
        else:
            ids.append(laptop.add_idea(f"idé {i} {rng.random():.6f}"))


def test_sync_process_killed_at_random_points(central_pg: str, tmp_path: Path) -> None:
    rng = random.Random(6)
    folder = tmp_path / "laptop"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    kills = 0
    for round_ in range(14):
        laptop = Laptop(folder, FakeClock(SESSION_MORNING), plan=round_ == 0)
        laptop.clock.advance(round_ * 600)
        _busy(laptop, rng, 60)
        laptop.close()  # one app per data folder: the sync process takes the folder
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "facilitator_app",
                "sync",
                "--data-dir",
                str(folder),
                "--central",
                central_pg,
                "--batch-size",
                "25",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        time.sleep(rng.uniform(0.4, 1.6))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
    assert kills >= 4  # many rounds really were cut short (the rest finished first)
    laptop = Laptop(folder, FakeClock(SESSION_MORNING), plan=False)
    try:
        _assert_repaired(laptop, central_pg)
    finally:
        laptop.close()


def _admin(url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def test_connection_dropped_mid_batch(
    central_pg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(8)
    laptop = Laptop(tmp_path / "laptop", FakeClock(SESSION_MORNING))
    real = push_module.set_counter
    drops = 0

    def maybe_drop(conn: Any, value: int) -> None:
        nonlocal drops
        real(conn, value)  # the batch is written but not committed
        if rng.random() < 0.5:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with _admin(central_pg) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            drops += 1

    monkeypatch.setattr(push_module, "set_counter", maybe_drop)
    try:
        for _ in range(20):
            _busy(laptop, rng, 30)
            try:
                laptop.sync(central_pg)
            except CentralStoreError as exc:
                assert "cannot be reached" in str(exc) or "failed" in str(exc)
        assert drops >= 10
        monkeypatch.undo()
        _assert_repaired(laptop, central_pg)
    finally:
        laptop.close()


def test_server_restarted_mid_batch(
    central_pg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_cluster: Any
) -> None:
    rng = random.Random(9)
    laptop = Laptop(tmp_path / "laptop", FakeClock(SESSION_MORNING))
    real = push_module.set_counter
    restarts = 0

    def maybe_restart(conn: Any, value: int) -> None:
        nonlocal restarts
        real(conn, value)
        if restarts < 4 and rng.random() < 0.4:
            pg_cluster.restart("immediate")  # like a power cut of the server
            restarts += 1

    monkeypatch.setattr(push_module, "set_counter", maybe_restart)
    try:
        for _ in range(8):
            _busy(laptop, rng, 30)
            try:
                laptop.sync(central_pg)
            except CentralStoreError as exc:
                assert "cannot be reached" in str(exc) or "failed" in str(exc)
        assert restarts >= 2
        monkeypatch.undo()
        _assert_repaired(laptop, central_pg)
    finally:
        laptop.close()
