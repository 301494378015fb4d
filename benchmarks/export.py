"""Summary export benchmark: a group with 2,000 ideas, JSON alone and every format.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export.py``
Prints ``name: value unit`` lines (median of several runs). Goals (issue 5, point 7):
JSON alone under 0.2 s, all formats under 3 s. "Export" means what the button does:
build the summary from the store, render, and write every file atomically.
"""

from __future__ import annotations

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

from sqlalchemy import select

from facilitator_app.clock import SystemClock
from facilitator_app.export.files import ALL_FORMATS, BUILT_IN, export_summary
from facilitator_app.models import (
    AgendaItem,
    Cluster,
    DotVote,
    Idea,
    Participant,
    VoteRound,
)
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import load_plan
from facilitator_app.services.plan_import import import_plan
from facilitator_app.services.summary import build_summary
from facilitator_app.store import Store

IDEAS = 2_000
CATEGORIES = ["challenge", "measure", "measure", "expert_question", "other"]
ACTORS = ["council", "administration", "county", "state", "business", "citizens", "unknown"]


def make_store(folder: Path) -> tuple[Store, ws_service.SessionContext]:
    """The demo store with a board of ``IDEAS`` ideas, 10 clusters and two vote rounds."""
    store = Store.open(folder, SystemClock())
    import_plan(store, load_plan(demo_plan_path()))
    wsp, session, group = ws_service.find_by_keys(store, "s1", "g1")
    context = ws_service.load_context(store, wsp.id, session.id, group.id)
    assert context is not None
    with store.transaction() as s:
        questions = list(
            s.scalars(
                select(AgendaItem).where(
                    AgendaItem.session_id == session.id,
                    AgendaItem.group_id == group.id,
                    AgendaItem.kind == "question",
                )
            )
        )
        people = list(s.scalars(select(Participant).where(Participant.group_id == group.id)))
        clusters = [
            Cluster(
                session_id=session.id,
                group_id=group.id,
                agenda_item_id=questions[n % len(questions)].id,
                name=f"Gruppering {n}",
            )
            for n in range(10)
        ]
        s.add_all(clusters)
        s.flush()
        ideas = [
            Idea(
                id=uuid.uuid4(),
                session_id=session.id,
                group_id=group.id,
                agenda_item_id=questions[n % len(questions)].id,
                cluster_id=clusters[n % 10].id if n % 3 == 0 else None,
                author_id=people[n % len(people)].id,
                text=f"Idé {n}: kommunen bør se på tiltak nummer {n} i planarbeidet og budsjettet",
                category=CATEGORIES[n % len(CATEGORIES)],
                actor=ACTORS[n % len(ACTORS)],
                x=float((n % 40) * 170),
                y=float((n // 40) * 110),
            )
            for n in range(IDEAS)
        ]
        s.add_all(ideas)
        s.flush()
        now = store.clock.now()
        for q in questions[:2]:
            rnd = VoteRound(
                session_id=session.id,
                group_id=group.id,
                agenda_item_id=q.id,
                dots_per_participant=5,
                opened_at=now,
                closed_at=now,
            )
            s.add(rnd)
            s.flush()
            s.add_all(
                DotVote(round_id=rnd.id, idea_id=ideas[(k * 7) % IDEAS].id, participant_id=p.id)
                for k, p in enumerate(people * 5)
            )
    return store, context


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls (after one warm-up call)."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from facilitator_app.ui.pdf_render import PDF_FORMAT, ensure_gui_application

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as tmp:
        store, context = make_store(Path(tmp) / "data")
        out = Path(tmp) / "out"
        sid, gid = context.session.id, context.group.id
        try:
            build = median_seconds(lambda: build_summary(store, sid, gid), 7)
            print(f"export_build_summary_2000_ideas: {build * 1000:.0f} ms")
            json_only = median_seconds(
                lambda: export_summary(build_summary(store, sid, gid), ["json"], out), 7
            )
            print(f"export_json_2000_ideas: {json_only * 1000:.0f} ms")
            summary = build_summary(store, sid, gid)
            extra = {"pdf": PDF_FORMAT}
            for name in ALL_FORMATS:
                fmt = BUILT_IN.get(name) or extra[name]
                each = median_seconds(lambda fmt=fmt: fmt.render(summary, "nb"), 3)
                print(f"export_render_{name}_2000_ideas: {each * 1000:.0f} ms")
            every = median_seconds(
                lambda: export_summary(
                    build_summary(store, sid, gid), list(ALL_FORMATS), out, extra=extra
                ),
                3,
            )
            print(f"export_all_formats_2000_ideas: {every * 1000:.0f} ms")
            sizes = {p.suffix: p.stat().st_size for p in out.iterdir()}
            print(f"export_json_file_size_2000_ideas: {sizes['.json'] / 1024:.0f} KiB")
            print(f"export_pdf_file_size_2000_ideas: {sizes['.pdf'] / 1024:.0f} KiB")
        finally:
            store.close()


if __name__ == "__main__":
    main()
