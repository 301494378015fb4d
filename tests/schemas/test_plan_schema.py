"""The plan's JSON Schema file matches the Pydantic model."""

from __future__ import annotations

import json

from facilitator_app.paths import demo_plan_path, resources_dir
from facilitator_app.schemas.plan import PLAN_SCHEMA_VERSION, PlanFile, plan_json_schema


def test_schema_file_is_current() -> None:
    on_disk = (resources_dir() / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert on_disk == plan_json_schema(), (
        "resources/schemas/plan.schema.json is stale: run python -m facilitator_app.schemas.plan"
    )


def test_schema_requires_version_and_sections() -> None:
    schema = json.loads(plan_json_schema())
    assert {"schema_version", "workshop", "sessions", "groups"} <= set(schema["required"])


def test_demo_plan_matches_seed() -> None:
    plan = PlanFile.model_validate_json(demo_plan_path().read_bytes())
    assert plan.schema_version == PLAN_SCHEMA_VERSION
    assert plan.workshop.time_zone == "Europe/Oslo"
    assert [s.date.isoformat() for s in plan.sessions] == [
        "2021-09-22",
        "2021-09-23",
        "2021-09-29",
        "2021-09-30",
    ]
    assert all((s.start.hour, s.end.hour) == (9, 13) for s in plan.sessions)
    assert len(plan.groups) == 9
    assert 45 <= len(plan.participants) <= 55
    assert all(5 <= len(g.participants) <= 6 for g in plan.groups)
    assert {p.role.value for p in plan.participants} == {"employee", "elected"}
    titles = [item.title for s in plan.sessions for item in s.agenda]
    assert any("Hva skal til for å lykkes" in t for t in titles)
    success = next(
        item
        for s in plan.sessions
        for item in s.agenda
        if "Hva skal til for å lykkes" in item.title
    )
    assert len(success.sub_questions) == 6
    for session in plan.sessions:
        assert sum(item.timebox for item in session.agenda) <= 240
        assert any(item.kind.value == "break" for item in session.agenda)
