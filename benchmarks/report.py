"""Workshop report and certificates benchmark: 50 groups × 1,000 ideas in a central store.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/report.py``
Prints ``name: value unit`` lines (median of 3 runs; ``BENCH_RUNS=1`` for one;
``BENCH_CPU=1`` for this process's CPU time instead of wall time, on a busy machine).
Goals (issue 12): the report in all formats under 5 s, JSON alone under 1 s; 50
certificates under 5 s. "Report" means what the command does after opening the store:
read the central rows, build the model, render, write every file atomically. The store
is written directly (central payload rows as sync leaves them), since syncing 50 laptops
is not what is measured here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from facilitator_app.export.report_certificates import write_certificates
from facilitator_app.export.report_files import REPORT_FORMATS, export_report
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import CentralStore, init_central, sqlite_url
from facilitator_app.sync.certificates import issue_certificates
from facilitator_app.sync.report import build_report

GROUPS = 50
IDEAS = 1_000
PEOPLE = 6
QUESTIONS = 5
ACTORS = ("council", "administration", "county", "state", "business", "citizens", "unknown")
CATEGORIES = ("measure", "challenge", "measure", "expert_question", "other")
SECTORS = ("health_care", "education", "technical", "planning", "politics")
REGIONS = ("Nord-Norge", "Midt-Norge", "Vestlandet", "Østlandet", "Sørlandet")
NOW = "2021-09-22T09:00:00+00:00"


def fill(central: CentralStore) -> None:
    """Write one workshop, one session, 50 groups of 6 people with 1,000 ideas each."""
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in entity_tables}
    seq = iter(range(1, 10**9))

    def add(table: str, group: str | None, payload: dict[str, object]) -> str:
        payload.setdefault("id", str(uuid.uuid4()))
        payload.update(created_at=NOW, updated_at=NOW, hlc="0", deleted_at=None)
        rows[table].append(
            {
                "id": uuid.UUID(str(payload["id"])),
                "group_id": None if group is None else uuid.UUID(group),
                "hlc": f"{next(seq):013d}.00000.bench",
                "origin": "bench",
                "change_seq": next(seq),
                "deleted": False,
                "payload": json.dumps(payload, ensure_ascii=False),
            }
        )
        return str(payload["id"])

    ws = add(
        "workshop",
        None,
        {
            "key": "bench",
            "title": "Benchmark",
            "organiser": "Org",
            "time_zone": "Europe/Oslo",
            "plan_digest": "",
        },
    )
    session = add(
        "session",
        None,
        {
            "workshop_id": ws,
            "key": "s1",
            "title": "Sesjon 1",
            "date": "2021-09-22",
            "start_time": "09:00:00",
            "end_time": "13:00:00",
            "position": 0,
        },
    )
    start = dt.datetime(2021, 9, 22, 7, tzinfo=dt.UTC)
    for g in range(GROUPS):
        gid = str(uuid.uuid4())
        add(
            "breakout_group",
            gid,
            {
                "id": gid,
                "workshop_id": ws,
                "key": f"g{g}",
                "name": f"Gruppe {g}",
                "facilitator": f"Fasilitator {g}",
                "position": g,
            },
        )
        people = []
        for p in range(PEOPLE):
            pid = add(
                "participant",
                gid,
                {
                    "workshop_id": ws,
                    "group_id": gid,
                    "key": f"p{g}-{p}",
                    "display_name": f"Deltaker Nummer{g}x{p}",
                    "municipality": "Bodø kommune",
                    "sector": SECTORS[(g + p) % 5],
                    "role": "employee",
                    "experience": "some",
                    "municipality_size": ("small", "medium", "large")[p % 3],
                    "region": REGIONS[g % 5],
                    "consent_to_be_named": p % 2 == 0,
                    "position": p,
                },
            )
            people.append(pid)
            add(
                "attendance",
                gid,
                {"session_id": session, "participant_id": pid, "present": p < PEOPLE - g % 2},
            )
        items = []
        for q in range(QUESTIONS):
            items.append(
                add(
                    "agenda_item",
                    gid,
                    {
                        "session_id": session,
                        "group_id": gid,
                        "key": f"q{q}",
                        "kind": "question",
                        "title": f"Spørsmål {q}",
                        "description": "",
                        "sub_questions": "[]",
                        "plan_timebox_min": 30,
                        "timebox_min": 30,
                        "position": q,
                        "status": "done",
                        "note": "",
                        "started_at": (start + dt.timedelta(minutes=35 * q)).isoformat(),
                        "ended_at": (start + dt.timedelta(minutes=35 * q + 30 + g % 7)).isoformat(),
                    },
                )
            )
        clusters = [
            add(
                "cluster",
                gid,
                {
                    "session_id": session,
                    "group_id": gid,
                    "agenda_item_id": items[c % QUESTIONS],
                    "name": f"Klynge {c}",
                },
            )
            for c in range(20)
        ]
        ideas = []
        for i in range(IDEAS):
            ideas.append(
                add(
                    "idea",
                    gid,
                    {
                        "session_id": session,
                        "group_id": gid,
                        "agenda_item_id": items[i % QUESTIONS],
                        "cluster_id": clusters[i % 20] if i % 3 else None,
                        "author_id": people[i % PEOPLE],
                        "text": f"Idé {i} fra gruppe {g}: sykkelveier, kollektiv og grønne tak",
                        "colour": "#fff59d",
                        "category": CATEGORIES[i % 5],
                        "actor": ACTORS[i % 7],
                        "x": float(i % 40) * 170,
                        "y": float(i // 40) * 110,
                        "width": 160.0,
                        "height": 100.0,
                    },
                )
            )
        rnd = add(
            "vote_round",
            gid,
            {
                "session_id": session,
                "group_id": gid,
                "agenda_item_id": items[0],
                "dots_per_participant": 5,
                "opened_at": NOW,
                "closed_at": NOW,
            },
        )
        for d in range(PEOPLE * 5):
            add(
                "dot_vote",
                gid,
                {
                    "round_id": rnd,
                    "idea_id": ideas[(d * 7 + g) % 50],
                    "participant_id": people[d % PEOPLE],
                },
            )
    with central.engine.begin() as conn:
        for name, values in rows.items():
            if values:
                conn.execute(insert(entity_tables[name]), values)


RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CLOCK = time.process_time if os.environ.get("BENCH_CPU") == "1" else time.perf_counter


def median(fn: Callable[[], object], runs: int = RUNS) -> float:
    """Median time of ``fn`` over ``runs`` runs (``BENCH_RUNS`` sets how many; wall time,
    or CPU time with ``BENCH_CPU=1``)."""
    times = []
    for _ in range(runs):
        t0 = CLOCK()
        fn()
        times.append(CLOCK() - t0)
    return statistics.median(times)


def main() -> None:
    """Print the figures."""
    from facilitator_app.commands.results import report_pdf_format
    from facilitator_app.ui.report_pdf import certificate_pdf

    extra = {"pdf": report_pdf_format()}
    with tempfile.TemporaryDirectory() as tmp:
        url = sqlite_url(Path(tmp) / "central.sqlite3")
        central = init_central(url)
        fill(central)
        out = Path(tmp) / "out"

        def report(formats: tuple[str, ...], public: bool = False) -> None:
            built = build_report(central, session_key="s1", public=public)
            export_report(built, list(formats), out, extra=extra)

        print(f"report_json_50x1000: {median(lambda: report(('json',))):.2f} s")
        print(f"report_build_only_50x1000: {median(lambda: build_report(central)):.2f} s")
        for fmt in REPORT_FORMATS:
            if fmt != "json":
                print(f"report_{fmt}_50x1000: {median(lambda f=fmt: report((f,))):.2f} s")
        print(f"report_all_formats_50x1000: {median(lambda: report(REPORT_FORMATS)):.2f} s")
        print(
            "report_all_formats_public_50x1000: "
            f"{median(lambda: report(REPORT_FORMATS, True)):.2f} s"
        )

        def certificates() -> None:
            issued = issue_certificates(central, min_sessions=1)
            certs = issued.certificates[:50]
            write_certificates(certs, Path(tmp) / "certs", certificate_pdf, rule=issued.rule)

        print(f"certificates_50: {median(certificates):.2f} s")
        central.close()


if __name__ == "__main__":
    main()
