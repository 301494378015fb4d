"""Test helpers for the certificate rule: plan files with a rule, a laptop's attendance."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from laptops import Laptop
from sqlalchemy import select

from facilitator_app.models import Participant
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import attendance
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import load_plan
from facilitator_app.services.plan_import import import_plan


def write_plan(folder: Path, min_sessions: int | None, *, only_g1: bool = False) -> Path:
    """The demo plan with the given rule (None: no rule), as a file.

    With ``only_g1`` the plan has group g1 and its people only (a workshop whose every
    group can deliver in a small test).
    """
    data: dict[str, Any] = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    data.pop("certificate", None)
    if min_sessions is not None:
        data["certificate"] = {"min_sessions": min_sessions}
    if only_g1:
        data["groups"] = [g for g in data["groups"] if g["id"] == "g1"]
        members = set(data["groups"][0]["participants"])
        data["participants"] = [p for p in data["participants"] if p["id"] in members]
    path = folder / f"plan-{min_sessions}{'-g1' if only_g1 else ''}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def tick_and_sync(
    laptop: Laptop, plan: Path, url: str, password: str | None = None
) -> tuple[str, str]:
    """Import ``plan``; first member present at s1 and s2, second at s1 only; sync.

    Returns the two members' names (twice present, once present).
    """
    import_plan(laptop.store, load_plan(plan))
    _ws, s1, g1 = ws_service.find_by_keys(laptop.store, "s1", "g1")
    _ws, s2, _g1 = ws_service.find_by_keys(laptop.store, "s2", "g1")
    with laptop.store.read() as s:
        members = list(
            s.scalars(
                select(Participant).where(Participant.group_id == g1.id).order_by(Participant.key)
            )
        )
    twice, once = members[0], members[1]
    attendance.set_present(laptop.store, s1.id, twice.id, True)
    attendance.set_present(laptop.store, s2.id, twice.id, True)
    attendance.set_present(laptop.store, s1.id, once.id, True)
    assert laptop.sync(url, password).waiting == 0
    return twice.display_name, once.display_name


def tick(laptop: Laptop, session_key: str, name: str, present: bool) -> None:
    """Tick (or untick) one person of g1 at one session, as the facilitator does."""
    _ws, session, _g1 = ws_service.find_by_keys(laptop.store, session_key, "g1")
    with laptop.store.read() as s:
        person = s.scalars(select(Participant).where(Participant.display_name == name)).one()
    attendance.set_present(laptop.store, session.id, person.id, present)
