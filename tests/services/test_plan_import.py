"""Plan import: idempotent, and an updated plan keeps what the facilitator captured."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from facilitator_app.models import AgendaItem, ChangeLogEntry, Idea, Participant
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import parse_plan
from facilitator_app.services.plan_import import import_plan
from facilitator_app.store import Store


def demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    return data


def load(data: dict[str, Any]) -> Any:
    return parse_plan(json.dumps(data, ensure_ascii=False).encode())


def log_count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def test_import_creates_everything(demo_store: Store) -> None:
    ws, session, group = ws_service.find_by_keys(demo_store, "s1", "g1")
    assert ws.title.startswith("Klimakrønsj 2021")
    assert len(ws_service.list_sessions(demo_store, ws.id)) == 4
    assert len(ws_service.list_groups(demo_store, ws.id)) == 9
    people = ws_service.list_participants(demo_store, group.id)
    assert 5 <= len(people) <= 6
    agenda = ws_service.list_agenda(demo_store, session.id, group.id)
    assert [a.position for a in agenda] == list(range(len(agenda)))


def test_same_plan_twice_changes_nothing(demo_store: Store) -> None:
    before = log_count(demo_store)
    result = import_plan(demo_store, load(demo()))
    assert result.unchanged
    assert log_count(demo_store) == before


def test_same_content_reformatted_changes_no_rows(demo_store: Store) -> None:
    before = log_count(demo_store)
    text = json.dumps(demo(), indent=4, ensure_ascii=True).encode()
    result = import_plan(demo_store, parse_plan(text))
    assert result.unchanged
    assert log_count(demo_store) == before


def test_updated_plan_keeps_what_the_facilitator_captured(
    demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    ctx = demo_context
    agenda = ws_service.list_agenda(demo_store, ctx.session.id, ctx.group.id)
    question = next(a for a in agenda if a.kind == "question")
    other = agenda[-1]
    with demo_store.transaction() as s:
        q = s.get(AgendaItem, question.id)
        assert q is not None
        q.note = "Gruppa var engasjert"
        q.status = "done"
        q.timebox_min = q.timebox_min + 5  # the facilitator lengthened it
        s.add(
            Idea(
                session_id=ctx.session.id,
                group_id=ctx.group.id,
                agenda_item_id=q.id,
                text="Sykkelvei",
            )
        )
        s.add(
            AgendaItem(
                session_id=ctx.session.id,
                group_id=ctx.group.id,
                key=None,
                kind="question",
                title="Ekstra spørsmål",
                timebox_min=5,
                position=q.position,
            )
        )

    data = demo()
    s1 = data["sessions"][0]
    for item in s1["agenda"]:
        if item["id"] == question.key:
            item["title"] = "Nytt tittel fra arrangøren"
            item["timebox"] += 10
        if item["id"] == other.key:
            item["timebox"] += 1
    s1["agenda"][-1]["timebox"] -= 1  # keep the session within four hours
    s1["agenda"].insert(
        1, {"id": "s1-new", "kind": "question", "title": "Nytt spørsmål", "timebox": 5}
    )
    s1["agenda"][0]["timebox"] -= 5
    data["participants"].append(
        {
            "id": "p99",
            "display_name": "Ny Fiktivsen",
            "municipality": "Vik kommune",
            "sector": "planning",
            "role": "employee",
            "experience": "some",
            "municipality_size": "small",
            "region": "Vestlandet",
            "consent_to_be_named": True,
        }
    )
    data["groups"][0]["participants"].append("p99")
    result = import_plan(demo_store, load(data))
    assert result.created.get("participant") == 1
    assert result.created.get("agenda_item") == 9  # the new question, once per group

    after = {a.key: a for a in ws_service.list_agenda(demo_store, ctx.session.id, ctx.group.id)}
    q_after = after[question.key]
    assert q_after.title == "Nytt tittel fra arrangøren"
    assert q_after.note == "Gruppa var engasjert"
    assert q_after.status == "done"
    assert q_after.timebox_min == question.timebox_min + 5  # the facilitator's choice stays
    assert after["s1-new"].position == 1
    assert after[None].title == "Ekstra spørsmål"  # the ad-hoc item survives
    with demo_store.read() as s:
        assert s.scalar(select(func.count()).select_from(Idea)) == 1
        names = set(s.scalars(select(Participant.display_name)))
    assert "Ny Fiktivsen" in names


def test_removed_items_are_tombstoned_not_deleted(demo_store: Store, tmp_path: Path) -> None:
    data = demo()
    removed = data["sessions"][0]["agenda"].pop(1)
    data["participants"] = [p for p in data["participants"] if p["id"] != "p01"]
    for g in data["groups"]:
        g["participants"] = [p for p in g["participants"] if p != "p01"]
    result = import_plan(demo_store, load(data))
    assert result.removed == {"agenda_item": 9, "participant": 1}
    with demo_store.read() as s:
        gone = s.scalars(select(AgendaItem).where(AgendaItem.key == removed["id"])).all()
    assert len(gone) == 9 and all(g.deleted_at is not None for g in gone)
    # Putting it back brings the same rows back to life.
    result = import_plan(demo_store, load(demo()))
    assert result.created == {} and result.updated.get("agenda_item", 0) >= 9


def test_reordered_agenda_keeps_the_facilitators_order(
    demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    ctx = demo_context
    agenda = ws_service.list_agenda(demo_store, ctx.session.id, ctx.group.id)
    with demo_store.transaction() as s:
        first, second = s.get(AgendaItem, agenda[0].id), s.get(AgendaItem, agenda[1].id)
        assert first and second
        first.position, second.position = 1, 0
    data = demo()
    data["sessions"][0]["agenda"][2]["title"] = "Endret"
    import_plan(demo_store, load(data))
    keys = [a.key for a in ws_service.list_agenda(demo_store, ctx.session.id, ctx.group.id)]
    assert keys[:2] == [agenda[1].key, agenda[0].key]


def test_plan_ids_give_the_same_uuids_on_every_laptop(tmp_path: Path, demo_store: Store) -> None:
    other = Store.open(tmp_path / "laptop2", demo_store.clock)
    try:
        import_plan(other, load(demo()))
        a = ws_service.find_by_keys(demo_store, "s2", "g3")
        b = ws_service.find_by_keys(other, "s2", "g3")
        assert [x.id for x in a] == [x.id for x in b]
    finally:
        other.close()
