"""Plan changes published centrally reach the laptop without overwriting captured work."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from laptops import central_conflicts
from sqlalchemy import select

from facilitator_app.models import AgendaItem, Participant
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import load_plan
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.publish import publish_plan


def _publish(url: str, plan: dict[str, Any], folder: Path) -> None:
    path = folder / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    central = CentralStore.open(url)
    try:
        publish_plan(central, load_plan(path))
    finally:
        central.close()


def _updated_plan() -> dict[str, Any]:
    plan = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    s1 = plan["sessions"][0]
    s1["agenda"][4]["timebox"] += 10  # a changed timebox
    s1["agenda"].append(
        {
            "id": "s1-new",
            "kind": "question",
            "title": "Nytt spørsmål fra arrangøren",
            "description": "",
            "timebox": 10,
        }
    )
    s1["end"] = "13:10:00"
    new = dict(plan["participants"][0], id="p99", display_name="Ny Deltaker")
    plan["participants"].append(new)
    plan["groups"][0]["participants"].append("p99")
    return plan


def _agenda(laptop: Any) -> list[AgendaItem]:
    return ws_service.list_agenda(laptop.store, laptop.session.id, laptop.group.id)


def test_new_question_timebox_and_participant_arrive_captured_data_kept(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    _publish(central_url, json.loads(demo_plan_path().read_text(encoding="utf-8")), tmp_path)
    a = make_laptop()
    first = _agenda(a)[2]
    a.edit(
        AgendaItem,
        first.id,
        timebox_min=first.timebox_min + 7,
        note="Vi tok en runde",
        status="done",
    )
    idea = a.add_idea("Kollektivtilbud på kveldstid")
    a.sync(central_url)
    _publish(central_url, _updated_plan(), tmp_path)
    report = a.sync(central_url)
    assert report.pulled.total > 0
    items = {i.key: i for i in _agenda(a)}
    assert "s1-new" in items
    assert items["s1-new"].title == "Nytt spørsmål fra arrangøren"
    fifth = next(
        i for i in _agenda(a) if i.key == _updated_plan()["sessions"][0]["agenda"][4]["id"]
    )
    assert fifth.timebox_min == _updated_plan()["sessions"][0]["agenda"][4]["timebox"]
    kept = items[first.key]
    assert (kept.timebox_min, kept.note, kept.status) == (
        first.timebox_min + 7,
        "Vi tok en runde",
        "done",
    )
    with a.store.read() as s:
        assert s.scalar(select(Participant).where(Participant.key == "p99")) is not None
    assert a.contents()[("idea", str(idea))]["text"] == "Kollektivtilbud på kveldstid"
    assert central_conflicts(central_url) == []


def test_plan_update_merges_with_edits_made_offline(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    _publish(central_url, json.loads(demo_plan_path().read_text(encoding="utf-8")), tmp_path)
    a = make_laptop()
    a.sync(central_url)
    item = _agenda(a)[4]
    a.edit(AgendaItem, item.id, note="Notat skrevet uten nett")  # captured while offline
    _publish(central_url, _updated_plan(), tmp_path)  # organisers change the timebox meanwhile
    a.sync(central_url)
    a.sync(central_url)
    merged = next(i for i in _agenda(a) if i.id == item.id)
    assert merged.note == "Notat skrevet uten nett"
    assert merged.timebox_min == item.timebox_min + 10
    assert central_conflicts(central_url) == []


def test_fresh_laptop_gets_the_plan_by_sync(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    _publish(central_url, json.loads(demo_plan_path().read_text(encoding="utf-8")), tmp_path)
    fresh = make_laptop("fresh", plan=False)
    report = fresh.sync(central_url)
    assert report.pulled.received["participant"] == 51
    assert ws_service.find_by_keys(fresh.store, "s1", "g1")[2].name


def test_pull_in_small_chunks_gets_everything(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    _publish(central_url, json.loads(demo_plan_path().read_text(encoding="utf-8")), tmp_path)
    fresh = make_laptop("fresh", plan=False)
    from facilitator_app.sync.pull import pull

    central = CentralStore.open(central_url)
    try:
        result = pull(fresh.store, central, limit=40)
        again = pull(fresh.store, central, limit=40)
    finally:
        central.close()
    assert result.total == 353 and again.total == 0
    from laptops import central_contents

    assert fresh.contents() == central_contents(central_url)
