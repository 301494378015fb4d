"""Sync benchmark against a local PostgreSQL (started here unless --pg URL is given).

* push of 50 groups × 1,000 ideas, beside a raw COPY of the same rows (goal: < 3×)
* an incremental sync of 10 changed notes (goal: < 100 ms)
* a sync with nothing to send (goal: < 50 ms)

Prints ``name: value unit`` lines. The syncs are full ``sync_once`` calls (open the
central store, check its schema, push, pull, close), as the app runs them every minute.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "central"))

GROUPS = 50
IDEAS = 1_000


def _fill(store: object, groups: int, ideas: int) -> list[uuid.UUID]:
    from facilitator_app.models import AgendaItem, Group, Idea, Session, Workshop

    ws_id = uuid.uuid4()
    session_id = uuid.uuid4()
    some: list[uuid.UUID] = []
    with store.transaction() as s:  # type: ignore[attr-defined]
        s.add(
            Workshop(
                id=ws_id, key="bench", title="Benchmark", organiser="x", time_zone="Europe/Oslo"
            )
        )
        s.flush()
        s.add(
            Session(
                id=session_id,
                workshop_id=ws_id,
                key="s1",
                title="S1",
                date=dt.date(2021, 9, 22),
                start_time=dt.time(9),
                end_time=dt.time(13),
            )
        )
    for g in range(groups):
        with store.transaction() as s:  # type: ignore[attr-defined]
            group = Group(workshop_id=ws_id, key=f"g{g}", name=f"Gruppe {g}", facilitator="F")
            s.add(group)
            s.flush()
            item = AgendaItem(
                session_id=session_id,
                group_id=group.id,
                key="q1",
                kind="question",
                title="Hva kan vi gjøre?",
                timebox_min=30,
                plan_timebox_min=30,
            )
            s.add(item)
            s.flush()
            rows = [
                Idea(
                    session_id=session_id,
                    group_id=group.id,
                    agenda_item_id=item.id,
                    text=f"Idé nummer {i} fra gruppe {g}: klimavennlige innkjøp og planer",
                    category="measure",
                    actor="municipality",
                    x=float(i % 40) * 170,
                    y=float(i // 40) * 110,
                )
                for i in range(ideas)
            ]
            s.add_all(rows)
            s.flush()
            some.extend(r.id for r in rows[:1])
    return some


def _copy_seconds(url: str, payloads: list[tuple[str, str, str, str]]) -> float:
    """Raw COPY of the same idea rows into an identical table."""
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TABLE idea_copy (LIKE idea INCLUDING ALL)")
        conn.commit()
        started = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(
                "COPY idea_copy (id, group_id, hlc, origin, change_seq, deleted, payload) "
                "FROM STDIN"
            ) as copy,
        ):
            for n, (row_id, group_id, hlc, payload) in enumerate(payloads, start=1):
                copy.write_row((row_id, group_id, hlc, "bench", n, False, payload))
        conn.commit()
        return time.perf_counter() - started


def _facilitator(pg_url: str, groups: int) -> str:
    """A login role with every benchmark group granted (row-level security applies)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from facilitator_app.sync.central_store import CentralStore

    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("CREATE ROLE bench_fac LOGIN PASSWORD 'bench'")
    central = CentralStore.open(pg_url)
    try:
        for g in range(groups):
            central.grant("bench_fac", f"g{g}")
    finally:
        central.close()
    u = make_url(pg_url)
    return f"postgresql+psycopg://bench_fac@{u.host}:{u.port}/{u.database}"


def _reset(store: object, pg_url: str) -> None:
    """Forget every acknowledgement and empty the central store: push it all again."""
    import psycopg
    from sqlalchemy import update

    from facilitator_app.models import ChangeLogEntry
    from facilitator_app.sync.central_schema import ALL_TABLES

    with store.transaction() as s:  # type: ignore[attr-defined]
        s.execute(update(ChangeLogEntry).values(acked_at=None))
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        keep = ("central_counter", "central_meta", "central_grant")
        data = [t for t in ALL_TABLES if t not in keep]
        conn.execute(f"TRUNCATE {', '.join(data)}")
        conn.execute("UPDATE central_counter SET value = 0")
        conn.execute("VACUUM ANALYZE")


def run(pg_url: str) -> None:
    from sqlalchemy import select

    from facilitator_app.clock import SystemClock
    from facilitator_app.models import ChangeLogEntry, Idea
    from facilitator_app.store import Store
    from facilitator_app.sync.central_store import CentralStore, init_central
    from facilitator_app.sync.push import push
    from facilitator_app.sync.service import sync_once

    init_central(pg_url).close()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", SystemClock())
        try:
            made = time.perf_counter()
            _fill(store, GROUPS, IDEAS)
            print(f"sync_fill_local_store: {time.perf_counter() - made:.1f} s")
            with store.read() as s:
                payloads = [
                    (str(e.row_id), json.loads(e.payload)["group_id"], e.row_hlc, e.payload)
                    for e in s.scalars(
                        select(ChangeLogEntry).where(ChangeLogEntry.table_name == "idea")
                    )
                ]
            copy_s = _copy_seconds(pg_url, payloads)
            print(f"sync_copy_50x1000_ideas: {copy_s:.2f} s")
            for batch in (5000, 1000):
                _reset(store, pg_url)
                central = CentralStore.open(pg_url)
                started = time.perf_counter()
                result = push(store, central, batch_size=batch)
                push_s = time.perf_counter() - started
                central.close()
                print(
                    f"sync_push_50x1000_ideas_batch{batch}: {push_s:.2f} s ({result.sent} changes)"
                )
                print(f"sync_push_vs_copy_ratio_batch{batch}: {push_s / copy_s:.2f} x")
            fac_url = _facilitator(pg_url, GROUPS)
            _reset(store, pg_url)
            central = CentralStore.open(fac_url, "bench")
            started = time.perf_counter()
            result = push(store, central, batch_size=1000)
            push_s = time.perf_counter() - started
            central.close()
            print(
                f"sync_push_50x1000_ideas_facilitator_role: {push_s:.2f} s ({result.sent} changes)"
            )
            print(f"sync_push_vs_copy_ratio_facilitator_role: {push_s / copy_s:.2f} x")
            _reset(store, pg_url)
            central = CentralStore.open(pg_url)
            push(store, central, batch_size=1000)
            central.close()
            sync_once(store, pg_url)  # pull once so the cursor is current

            with store.read() as s:
                ideas = list(s.scalars(select(Idea.id).limit(2000)))
            timings = []
            for round_ in range(10):
                with store.transaction() as s:
                    for idea_id in ideas[round_ * 10 : round_ * 10 + 10]:
                        row = s.get(Idea, idea_id)
                        assert row is not None
                        row.text = f"endret i runde {round_}"
                started = time.perf_counter()
                report = sync_once(store, pg_url)
                timings.append(time.perf_counter() - started)
                assert report.pushed.sent == 10, report.lines()
            print(f"sync_incremental_10_notes_median: {statistics.median(timings) * 1000:.1f} ms")
            print(f"sync_incremental_10_notes_max: {max(timings) * 1000:.1f} ms")
            idle = []
            for _ in range(10):
                started = time.perf_counter()
                report = sync_once(store, pg_url)
                idle.append(time.perf_counter() - started)
                assert report.pushed.sent == 0
            print(f"sync_nothing_to_send_median: {statistics.median(idle) * 1000:.1f} ms")
            print(f"sync_nothing_to_send_max: {max(idle) * 1000:.1f} ms")
        finally:
            store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", help="superuser URL of an EMPTY database to use")
    args = parser.parse_args()
    if args.pg:
        run(args.pg)
        return 0
    from pg_cluster import ClusterUnavailable, remove_cluster, start_cluster

    try:
        cluster = start_cluster()
    except ClusterUnavailable as exc:
        print(f"sync benchmark skipped: PostgreSQL cannot be started ({exc})", file=sys.stderr)
        return 0
    try:
        import psycopg

        with psycopg.connect(
            cluster.url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        ) as conn:
            conn.execute("CREATE DATABASE bench")
        run(cluster.url.rsplit("/", 1)[0] + "/bench")
    finally:
        remove_cluster(cluster)
    return 0


if __name__ == "__main__":
    sys.exit(main())
