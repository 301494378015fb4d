"""Sync benchmark against a local PostgreSQL (started here unless --pg URL is given).

* push of 50 groups × 1,000 ideas, beside a raw COPY of the same rows (goal: < 3×)
* an incremental sync of 10 changed notes (goal: < 100 ms)
* a sync with nothing to send (goal: < 50 ms)
* one group of 2,000 ideas, on PostgreSQL and on a SQLite central file: an incremental
  sync of 10 notes and a sync with nothing to send (``--group-only`` runs just these)

Prints ``name: value unit`` lines. Like with like: the raw COPY writes exactly the rows
the push sends (every change-log entry, 50,102, with the same seven columns) into
copies of their central tables with the same indexes, from rows already in memory, in
one transaction; each figure is the median of ``RUNS`` runs, the COPY and push runs
interleaved so that a busy machine slows both alike. The pushes use the app's default
batch size. The incremental and idle syncs are full ``sync_once`` calls (open the
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
RUNS = 3


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


CopyRow = tuple[str, str, str | None, str, str]  # table, id, group, hlc, payload


def _outbox(store: object) -> list[CopyRow]:
    """Every change-log entry as the push sends it: table, id, group, stamp, payload."""
    from sqlalchemy import select

    from facilitator_app.models import ChangeLogEntry

    rows: list[CopyRow] = []
    with store.read() as s:  # type: ignore[attr-defined]
        for e in s.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq)):
            group = json.loads(e.payload).get("group_id")
            if e.table_name == "breakout_group":
                group = str(e.row_id)
            rows.append((e.table_name, str(e.row_id), group, e.row_hlc, e.payload))
    return rows


def _copy_seconds(url: str, rows: list[CopyRow]) -> float:
    """Raw COPY of the same rows into fresh copies of their tables (same indexes)."""
    import psycopg

    tables = sorted({r[0] for r in rows})
    by_table = {t: [r for r in rows if r[0] == t] for t in tables}
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        for t in tables:
            conn.execute(f"DROP TABLE IF EXISTS {t}_copy")
            conn.execute(f"CREATE TABLE {t}_copy (LIKE {t} INCLUDING ALL)")
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cur:
            n = 0
            for t in tables:
                with cur.copy(
                    f"COPY {t}_copy (id, group_id, hlc, origin, change_seq, deleted, payload) "
                    "FROM STDIN"
                ) as copy:
                    for _t, row_id, group_id, hlc, payload in by_table[t]:
                        n += 1
                        copy.write_row((row_id, group_id, hlc, "bench", n, False, payload))
        conn.commit()
        return time.perf_counter() - started


def _timed_push(store: object, url: str, password: str | None = None) -> tuple[float, int]:
    """Seconds for one push of the whole change log into an emptied central store."""
    from facilitator_app.sync.central_store import CentralStore
    from facilitator_app.sync.push import push

    central = CentralStore.open(url, password)
    try:
        started = time.perf_counter()
        result = push(store, central)  # type: ignore[arg-type]
        return time.perf_counter() - started, result.sent
    finally:
        central.close()


def _median_line(name: str, values: list[float], unit: str = "s", extra: str = "") -> str:
    runs = ", ".join(f"{v:.2f}" for v in values)
    return (
        f"{name}: {statistics.median(values):.2f} {unit} (median of {len(values)}: {runs}){extra}"
    )


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
    from sqlalchemy import delete, update

    from facilitator_app.models import ChangeLogEntry, Preference
    from facilitator_app.store.changelog import ACKED_PREFIX
    from facilitator_app.sync.central_schema import ALL_TABLES

    with store.transaction() as s:  # type: ignore[attr-defined]
        acked = ChangeLogEntry.acked_at.is_not(None)
        s.execute(update(ChangeLogEntry).where(acked).values(acked_at=None))
        s.execute(delete(Preference).where(Preference.key.startswith(ACKED_PREFIX)))
    # Start every timed push from a checkpointed database, never inside the reset's WAL.
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        keep = ("central_counter", "central_meta", "central_grant")
        data = [t for t in ALL_TABLES if t not in keep]
        conn.execute(f"TRUNCATE {', '.join(data)}")
        # The counter only grows (a trigger); as superuser, with triggers off, the
        # benchmark starts every run from an empty store again.
        conn.execute("SET session_replication_role = replica")
        conn.execute("UPDATE central_counter SET value = 0")
        conn.execute("RESET session_replication_role")
        conn.execute("VACUUM ANALYZE")


def run(pg_url: str) -> None:
    from sqlalchemy import select

    from facilitator_app.clock import SystemClock
    from facilitator_app.models import Idea
    from facilitator_app.store import Store
    from facilitator_app.sync.central_store import CentralStore, init_central
    from facilitator_app.sync.push import DEFAULT_BATCH, push
    from facilitator_app.sync.service import sync_once

    init_central(pg_url).close()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", SystemClock())
        try:
            made = time.perf_counter()
            _fill(store, GROUPS, IDEAS)
            print(f"sync_fill_local_store: {time.perf_counter() - made:.1f} s")
            outbox = _outbox(store)
            # A first push creates the groups, so the facilitator role can be granted them.
            central = CentralStore.open(pg_url)
            push(store, central)
            central.close()
            fac_url = _facilitator(pg_url, GROUPS)
            copies: list[float] = []
            pushes: list[float] = []
            fac_pushes: list[float] = []
            sent = fac_sent = 0
            for _ in range(RUNS):
                copies.append(_copy_seconds(pg_url, outbox))
                _reset(store, pg_url)
                seconds, sent = _timed_push(store, pg_url)
                pushes.append(seconds)
                _reset(store, pg_url)
                seconds, fac_sent = _timed_push(store, fac_url, "bench")
                fac_pushes.append(seconds)
            copy_s = statistics.median(copies)
            print(_median_line("sync_copy_50x1000_ideas", copies, extra=f" ({len(outbox)} rows)"))
            print(
                _median_line(
                    "sync_push_50x1000_ideas",
                    pushes,
                    extra=f" ({sent} changes, batches of {DEFAULT_BATCH})",
                )
            )
            print(f"sync_push_vs_copy_ratio: {statistics.median(pushes) / copy_s:.2f} x")
            print(
                _median_line(
                    "sync_push_50x1000_ideas_facilitator_role",
                    fac_pushes,
                    extra=f" ({fac_sent} changes)",
                )
            )
            print(
                "sync_push_vs_copy_ratio_facilitator_role: "
                f"{statistics.median(fac_pushes) / copy_s:.2f} x"
            )
            _reset(store, pg_url)
            central = CentralStore.open(pg_url)
            push(store, central)
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


def run_group(url: str, label: str) -> None:
    """One laptop whose group holds 2,000 ideas: incremental and idle ``sync_once``.

    Rounds alternate between syncs with the receipt (as the app runs them) and without
    it, so the difference is what the receipt costs, measured under the same load. That
    difference of two medians of ~50-100 ms syncs is noisy on a shared machine, so the
    receipt's own span inside each sync (``Receipt.seconds``: compare, and mend if it
    must) is printed too (``receipt_in_sync``), and CPU time of this process.
    """
    from sqlalchemy import select

    from facilitator_app.clock import SystemClock
    from facilitator_app.models import Idea
    from facilitator_app.store import Store
    from facilitator_app.sync.service import sync_once

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", SystemClock())
        try:
            _fill(store, 1, 2_000)
            sync_once(store, url)
            sync_once(store, url)
            with store.read() as s:
                ideas = list(s.scalars(select(Idea.id)))
            timings: dict[bool, list[float]] = {True: [], False: []}
            cpu: dict[bool, list[float]] = {True: [], False: []}
            spans: list[float] = []
            for round_ in range(40):
                with store.transaction() as s:
                    for idea_id in ideas[round_ * 10 : round_ * 10 + 10]:
                        row = s.get(Idea, idea_id)
                        assert row is not None
                        row.text = f"endret i runde {round_}"
                with_receipt = round_ % 2 == 0
                cpu0, started = time.process_time(), time.perf_counter()
                report = sync_once(store, url, receipt=with_receipt)
                timings[with_receipt].append(time.perf_counter() - started)
                cpu[with_receipt].append(time.process_time() - cpu0)
                assert report.pushed.sent == 10, report.lines()
                if with_receipt:
                    assert report.receipt is not None and report.receipt.exact, report.lines()
                    spans.append(report.receipt.seconds)
            with_ms = statistics.median(timings[True]) * 1000
            without_ms = statistics.median(timings[False]) * 1000
            print(f"sync_group2000_{label}_incremental_10_notes_median: {with_ms:.1f} ms")
            print(
                f"sync_group2000_{label}_incremental_10_notes_max: "
                f"{max(timings[True]) * 1000:.1f} ms"
            )
            print(
                f"sync_group2000_{label}_incremental_10_notes_without_receipt_median: "
                f"{without_ms:.1f} ms"
            )
            print(f"sync_group2000_{label}_receipt_cost: {with_ms - without_ms:.1f} ms")
            print(
                f"sync_group2000_{label}_receipt_in_sync_median: "
                f"{statistics.median(spans) * 1000:.1f} ms (max {max(spans) * 1000:.1f} ms)"
            )
            cpu_with = statistics.median(cpu[True]) * 1000
            cpu_without = statistics.median(cpu[False]) * 1000
            print(
                f"sync_group2000_{label}_receipt_cost_cpu: {cpu_with - cpu_without:.1f} ms "
                f"(this process: {cpu_with:.1f} vs {cpu_without:.1f} ms median)"
            )
            idle = []
            for _ in range(20):
                started = time.perf_counter()
                report = sync_once(store, url)
                idle.append(time.perf_counter() - started)
                assert report.pushed.sent == 0
            print(
                f"sync_group2000_{label}_nothing_to_send_median: "
                f"{statistics.median(idle) * 1000:.1f} ms"
            )
            print(f"sync_group2000_{label}_nothing_to_send_max: {max(idle) * 1000:.1f} ms")
            receipts, receipts_cpu = [], []
            for _ in range(20):
                from facilitator_app.sync.central_store import CentralStore
                from facilitator_app.sync.delivery import laptop_groups
                from facilitator_app.sync.receipt import check

                central = CentralStore.open(url)
                try:
                    cpu0, started = time.process_time(), time.perf_counter()
                    assert check(store, central, laptop_groups(store)).exact
                    receipts.append(time.perf_counter() - started)
                    receipts_cpu.append(time.process_time() - cpu0)
                finally:
                    central.close()
            print(
                f"sync_group2000_{label}_receipt_alone_median: "
                f"{statistics.median(receipts) * 1000:.1f} ms"
            )
            print(
                f"sync_group2000_{label}_receipt_alone_cpu_median: "
                f"{statistics.median(receipts_cpu) * 1000:.1f} ms"
            )
        finally:
            store.close()


def run_groups(pg_url: str) -> None:
    """The group-of-2,000 figures on PostgreSQL (``pg_url``: an empty database) and SQLite."""
    from facilitator_app.sync.central_store import init_central, sqlite_url

    init_central(pg_url).close()
    run_group(pg_url, "pg")
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "central.sqlite3")
        init_central(url).close()
        run_group(url, "sqlite")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", help="superuser URL of an EMPTY database to use")
    parser.add_argument(
        "--group-only", action="store_true", help="only the one-group (2,000 ideas) figures"
    )
    args = parser.parse_args()
    if args.pg:
        (run_groups if args.group_only else run)(args.pg)
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
            conn.execute("CREATE DATABASE bench_group")
        if not args.group_only:
            run(cluster.url.rsplit("/", 1)[0] + "/bench")
        run_groups(cluster.url.rsplit("/", 1)[0] + "/bench_group")
    finally:
        remove_cluster(cluster)
    return 0


if __name__ == "__main__":
    sys.exit(main())
