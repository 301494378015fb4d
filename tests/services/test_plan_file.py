"""Plan validation: every problem reported with its location, never a traceback."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.errors import PlanError
from facilitator_app.paths import demo_plan_path
from facilitator_app.services.plan_file import MAX_PLAN_BYTES, load_plan, parse_plan


def demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    return data


def problems_of(data: object) -> list[str]:
    with pytest.raises(PlanError) as info:
        parse_plan(json.dumps(data).encode())
    return info.value.problems


def test_demo_plan_is_valid() -> None:
    loaded = load_plan(demo_plan_path())
    assert loaded.plan.workshop.id == "klimakronsj-2021"
    assert len(loaded.digest) == 64


def test_zero_timebox_is_reported_with_location() -> None:
    data = demo()
    data["sessions"][2]["agenda"][0]["timebox"] = 0
    assert "sessions[2].agenda[0].timebox: must be a positive number of minutes" in problems_of(
        data
    )


def test_every_problem_is_listed() -> None:
    data = demo()
    data["sessions"][0]["agenda"][1]["timebox"] = -5
    data["sessions"][1]["agenda"][0]["kind"] = "lunch"
    del data["workshop"]["organiser"]
    problems = problems_of(data)
    assert any(p.startswith("sessions[0].agenda[1].timebox:") for p in problems)
    assert any(p.startswith("sessions[1].agenda[0].kind:") for p in problems)
    assert "workshop.organiser: is missing" in problems


def test_absurd_timebox() -> None:
    data = demo()
    data["sessions"][0]["agenda"][0]["timebox"] = 100_000
    assert any("at most" in p for p in problems_of(data))


def test_duplicate_ids() -> None:
    data = demo()
    data["participants"][1]["id"] = data["participants"][0]["id"]
    data["sessions"][1]["agenda"][0]["id"] = data["sessions"][0]["agenda"][0]["id"]
    problems = problems_of(data)
    assert any("duplicate participant id" in p for p in problems)
    assert any("duplicate agenda item id" in p for p in problems)


def test_agenda_that_does_not_fit() -> None:
    data = demo()
    data["sessions"][0]["agenda"][0]["timebox"] = 200
    problems = problems_of(data)
    assert any(p.startswith("sessions[0].agenda: the timeboxes add up to") for p in problems)


def test_impossible_times_and_date_order() -> None:
    data = demo()
    data["sessions"][0]["end"] = "08:00:00"
    data["sessions"][3]["date"] = "2021-09-01"
    problems = problems_of(data)
    assert "sessions[0].end: must be after the start (09:00)" in problems
    assert "sessions[3].date: sessions must be in date order" in problems


def test_participant_in_two_groups_and_unknown_member() -> None:
    data = demo()
    data["groups"][1]["participants"].append(data["groups"][0]["participants"][0])
    data["groups"][2]["participants"].append("nobody")
    problems = problems_of(data)
    assert any("is already in group 'g1'" in p for p in problems)
    assert any("unknown participant id 'nobody'" in p for p in problems)


def test_unknown_schema_version() -> None:
    data = copy.deepcopy(demo())
    data["schema_version"] = 7
    assert any("unknown schema version 7" in p for p in problems_of(data))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not json at all", "is not valid JSON"),
        (b"[1, 2, 3]", "must be a JSON object"),
        (b"\xff\xfe\x00junk", "is not UTF-8"),
        (b"{}", "schema_version: is missing"),
    ],
)
def test_unreadable_files(content: bytes, expected: str) -> None:
    with pytest.raises(PlanError) as info:
        parse_plan(content)
    assert any(expected in p for p in info.value.problems)


def test_huge_junk_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    junk = tmp_path / "junk.json"
    with junk.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(PlanError) as info:
        load_plan(junk)
    assert "at most" in info.value.problems[0]
    assert MAX_PLAN_BYTES < 50 * 1024 * 1024


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="does not exist"):
        load_plan(tmp_path / "nope.json")
