"""Organisers' desk benchmark on a local PostgreSQL (started here unless --pg URL is given).

* refresh of the group table (``read_overview``) for 100 groups × 1,000 ideas (goal < 200 ms),
  as the window does it every 15 s (one ``DeskCache`` kept, 10 notes changed in between),
  and the first read with a fresh cache (the window's first read, ``central status``)
* opening one group's board of 2,000 ideas read-only from the central store (goal < 1 s)

The central store is filled by the app's own push from a laptop store (every group with
three questions, attendance, a started agenda item, timer events and one expert question
in ten notes), then every laptop records its sync. Each figure is the median of ``RUNS``
runs; prints ``name: value unit`` lines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "central"))

GROUPS = 100
IDEAS = 1_000
BIG_BOARD = 2_000
RUNS = 7
DAY = dt.date(2021, 9, 22)


def _fill(store: object) -> tuple[uuid.UUID, uuid.UUID]:
    """100 groups × 1,000 notes plus one group with 2,000; returns (session, big group)."""
    from facilitator_app.models import (
        AgendaItem,
        Attendance,
        Group,
        Idea,
        Participant,
        Session,
        TimerEvent,
        Workshop,
    )

    ws_id, session_id = uuid.uuid4(), uuid.uuid4()
    started = dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC)
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
                date=DAY,
                start_time=dt.time(9),
                end_time=dt.time(13),
            )
        )
    big = uuid.uuid4()
    for g in range(GROUPS + 1):
        count = BIG_BOARD if g == GROUPS else IDEAS
        with store.transaction() as s:  # type: ignore[attr-defined]
            group = Group(
                id=big if g == GROUPS else uuid.uuid4(),
                workshop_id=ws_id,
                key=f"g{g}",
                name=f"Gruppe {g}",
                facilitator=f"Fasilitator {g}",
                position=g,
            )
            s.add(group)
            s.flush()
            items = []
            for n in range(3):
                item = AgendaItem(
                    session_id=session_id,
                    group_id=group.id,
                    key=f"q{n}",
                    kind="question",
                    title=f"Spørsmål {n}",
                    timebox_min=60,
                    plan_timebox_min=60,
                    position=n,
                    status="active" if n == 0 else "pending",
                    started_at=started if n == 0 else None,
                )
                s.add(item)
                items.append(item)
            s.flush()
            s.add(TimerEvent(agenda_item_id=items[0].id, kind="start", at=started))
            for p in range(6):
                person = Participant(
                    workshop_id=ws_id,
                    group_id=group.id,
                    key=f"p{g}-{p}",
                    display_name=f"Deltaker {p}",
                    municipality="Kommune",
                    sector="planning",
                    role="employee",
                    experience="some",
                    municipality_size="small",
                    region="Vest",
                )
                s.add(person)
                s.flush()
                s.add(Attendance(session_id=session_id, participant_id=person.id, present=p < 5))
            s.add_all(
                Idea(
                    session_id=session_id,
                    group_id=group.id,
                    agenda_item_id=items[i % 3].id,
                    text=f"Idé nummer {i} fra gruppe {g}: klimavennlige innkjøp og planer",
                    category="expert_question" if i % 10 == 0 else "measure",
                    actor="administration",
                    x=float(i % 40) * 170,
                    y=float(i // 40) * 110,
                )
                for i in range(count)
            )
    return session_id, big


def _median(name: str, values: list[float]) -> str:
    runs = ", ".join(f"{v * 1000:.0f}" for v in values)
    return f"{name}: {statistics.median(values) * 1000:.0f} ms (median of {len(values)}: {runs})"


def run(pg_url: str) -> None:
    from sqlalchemy import select

    from facilitator_app.clock import SystemClock
    from facilitator_app.models import Idea
    from facilitator_app.store import Store
    from facilitator_app.sync.central_schema import laptop_sync_table
    from facilitator_app.sync.central_store import CentralStore, init_central
    from facilitator_app.sync.group_view import read_group_board
    from facilitator_app.sync.idea_tally import DeskCache
    from facilitator_app.sync.overview import read_overview
    from facilitator_app.sync.push import push

    init_central(pg_url).close()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", SystemClock())
        try:
            made = time.perf_counter()
            session_id, big = _fill(store)
            central = CentralStore.open(pg_url)
            result = push(store, central)
            print(f"desk_fill_and_push: {time.perf_counter() - made:.1f} s ({result.sent} changes)")
            from sqlalchemy import text

            with central.engine.begin() as conn:
                groups = conn.execute(text("SELECT id FROM breakout_group")).scalars().all()
                conn.execute(
                    laptop_sync_table.insert(),
                    [
                        {
                            "node": f"n{i}",
                            "laptop_name": f"Maskin {i}",
                            "group_id": g,
                            "db_role": "bench",
                            "synced_at": dt.datetime.now(dt.UTC),
                        }
                        for i, g in enumerate(groups)
                    ],
                )
                conn.execute(text("ANALYZE"))
            now = dt.datetime(2021, 9, 22, 8, 0, tzinfo=dt.UTC)
            first = []
            for _ in range(3):
                started = time.perf_counter()
                read_overview(central, "s1", now, DeskCache())
                first.append(time.perf_counter() - started)
            print(_median(f"desk_first_read_{GROUPS}x{IDEAS}_ideas", first))
            # The window's refresh every 15 s: one cache kept, 10 notes changed in between.
            cache = DeskCache()
            read_overview(central, "s1", now, cache)
            with store.read() as s:
                some = list(s.scalars(select(Idea.id).limit(10 * RUNS)))
            refresh = []
            for n in range(RUNS):
                with store.transaction() as s:
                    for idea_id in some[n * 10 : n * 10 + 10]:
                        row = s.get(Idea, idea_id)
                        assert row is not None
                        row.category = "challenge"
                push(store, central)
                started = time.perf_counter()
                overview = read_overview(central, "s1", now, cache)
                refresh.append(time.perf_counter() - started)
            assert len(overview.groups) == GROUPS + 1
            assert sum(g.ideas for g in overview.groups) == GROUPS * IDEAS + BIG_BOARD
            fresh = read_overview(central, "s1", now, DeskCache())
            assert fresh.groups == overview.groups  # the kept cache reads exactly
            print(_median(f"desk_refresh_{GROUPS}x{IDEAS}_ideas", refresh))
            opening = []
            for _ in range(RUNS + 1):
                started = time.perf_counter()
                board = read_group_board(central, session_id, big, now)
                opening.append(time.perf_counter() - started)
            assert len(board.board.notes) == BIG_BOARD
            print(_median(f"desk_open_board_{BIG_BOARD}_ideas_read", opening[1:]))
            central.close()
            _scene_load(board)
        finally:
            store.close()


def _scene_load(board: object) -> None:
    """The window's part of opening the board: load the scene and fit it (offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator_app.ui.board.answers import show_answers
    from facilitator_app.ui.board.scene import BoardScene

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(RUNS + 1):
        scene = BoardScene()
        started = time.perf_counter()
        scene.load(board.board)  # type: ignore[attr-defined]
        scene.set_votes(board.votes)  # type: ignore[attr-defined]
        show_answers(scene, dict(scene.notes), board.answers)  # type: ignore[attr-defined]
        app.processEvents()
        times.append(time.perf_counter() - started)
        scene.deleteLater()
    print(_median(f"desk_open_board_{BIG_BOARD}_ideas_scene", times[1:]))


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
        print(f"desk benchmark skipped: PostgreSQL cannot be started ({exc})", file=sys.stderr)
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
