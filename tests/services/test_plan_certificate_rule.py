"""The plan's certificate rule: checked with clear messages, and imported with the plan."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.clock import FakeClock
from facilitator_app.errors import PlanError
from facilitator_app.models import Workshop
from facilitator_app.paths import demo_plan_path
from facilitator_app.services.plan_file import parse_plan
from facilitator_app.services.plan_import import import_plan, plan_uuid
from facilitator_app.store import Store


def demo(**certificate: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    data.pop("certificate", None)
    if certificate:
        data["certificate"] = certificate
    return data


def problems_of(data: object) -> list[str]:
    with pytest.raises(PlanError) as info:
        parse_plan(json.dumps(data).encode())
    return info.value.problems


def test_the_demo_plan_shows_the_rule() -> None:
    loaded = parse_plan(demo_plan_path().read_bytes())
    assert loaded.plan.certificate is not None
    assert loaded.plan.certificate.min_sessions == 1


def test_a_rule_within_the_sessions_is_read() -> None:
    plan = parse_plan(json.dumps(demo(min_sessions=4)).encode()).plan
    assert plan.certificate is not None and plan.certificate.min_sessions == 4
    assert parse_plan(json.dumps(demo()).encode()).plan.certificate is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "certificate.min_sessions: must be a whole number of sessions, 1 or more"),
        (-2, "certificate.min_sessions: must be a whole number of sessions, 1 or more"),
        ("2", "certificate.min_sessions: must be a whole number of sessions, 1 or more"),
        (1.5, "certificate.min_sessions: must be a whole number of sessions, 1 or more"),
        (True, "certificate.min_sessions: must be a whole number of sessions, 1 or more"),
        (
            5,
            "certificate.min_sessions: is 5, but the plan has only 4 session(s); "
            "nobody could receive a certificate",
        ),
    ],
)
def test_bad_rules_are_named_with_their_place(value: object, expected: str) -> None:
    assert problems_of(demo(min_sessions=value)) == [expected]


def test_the_rule_object_is_strict() -> None:
    data = demo(min_sessions=2)
    data["certificate"]["minimum"] = 2
    assert problems_of(data) == ["certificate.minimum: is not a known field"]
    data = demo()
    data["certificate"] = {}
    assert problems_of(data) == ["certificate.min_sessions: is missing"]


def test_a_plan_without_a_rule_keeps_its_digest() -> None:
    # Laptops compare digests to skip re-importing an unchanged plan: the new optional
    # field must not change the digest of plans written before it existed.
    data = demo()
    loaded = parse_plan(json.dumps(data).encode())
    before = loaded.plan.model_dump_json(exclude={"certificate"}).encode("utf-8")
    assert loaded.digest == hashlib.sha256(before).hexdigest()
    assert parse_plan(json.dumps(demo(min_sessions=1)).encode()).digest != loaded.digest


def test_import_stores_and_updates_the_rule(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "laptop", FakeClock())
    try:
        wid = plan_uuid("klimakronsj-2021")
        import_plan(store, parse_plan(json.dumps(demo(min_sessions=2)).encode()))
        with store.read() as s:
            workshop = s.get(Workshop, wid)
            assert workshop is not None and workshop.certificate_min_sessions == 2
        result = import_plan(store, parse_plan(json.dumps(demo()).encode()))
        assert result.updated == {"workshop": 1}
        with store.read() as s:
            workshop = s.get(Workshop, wid)
            assert workshop is not None and workshop.certificate_min_sessions is None
    finally:
        store.close()


def test_json_schema_describes_the_rule() -> None:
    from facilitator_app.schemas.plan import plan_json_schema

    schema = json.loads(plan_json_schema())
    rule = schema["$defs"]["PlanCertificate"]
    assert rule["properties"]["min_sessions"]["minimum"] == 1
    assert rule["required"] == ["min_sessions"]
    assert "certificate" not in schema["required"]


def test_a_laptop_store_from_before_the_rule_upgrades_keeping_its_workshop(
    tmp_path: Path,
) -> None:
    from alembic import command
    from sqlalchemy import text

    from facilitator_app.store.db import make_engine
    from facilitator_app.store.migrate import alembic_config, upgrade_to_head

    engine = make_engine(tmp_path / "old.sqlite3")
    try:
        with engine.begin() as conn:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002_desk")
            conn.execute(
                text(
                    "INSERT INTO workshop (id, key, title, organiser, time_zone, plan_digest, "
                    "created_at, updated_at, hlc) VALUES ('00000000000000000000000000000001', "
                    "'w', 'T', 'O', 'Europe/Oslo', '', '2021-01-01', '2021-01-01', 'h')"
                )
            )
        upgrade_to_head(engine)
        with engine.connect() as conn:
            row = conn.execute(text("SELECT key, certificate_min_sessions FROM workshop")).one()
        assert tuple(row) == ("w", None)
    finally:
        engine.dispose()
