"""Reading and checking a workshop plan file; every problem is reported with its place."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from facilitator_app.errors import PlanError
from facilitator_app.schemas.plan import PlanFile

# A real plan is tens of kilobytes; refuse junk before parsing it.
MAX_PLAN_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class LoadedPlan:
    """A valid plan with the SHA-256 of its canonical content."""

    plan: PlanFile
    digest: str


def format_location(loc: tuple[int | str, ...]) -> str:
    """``('sessions', 2, 'agenda', 0, 'timebox')`` → ``sessions[2].agenda[0].timebox``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(file)"


def describe_validation_error(exc: ValidationError) -> list[str]:
    """One line per problem: ``location: message``."""
    problems = []
    for err in exc.errors():
        msg = str(err["msg"])
        for prefix in ("Value error, ", "Assertion failed, "):
            msg = msg.removeprefix(prefix)
        if err["type"] == "missing":
            msg = "is missing"
        elif err["type"] == "extra_forbidden":
            msg = "is not a known field"
        problems.append(f"{format_location(tuple(err['loc']))}: {msg}")
    return problems


def check_consistency(plan: PlanFile) -> list[str]:
    """Rules across the file that the field types cannot express."""
    problems: list[str] = []

    def unique(kind: str, ids: list[str], where: list[str]) -> None:
        counts = Counter(ids)
        for index, key in enumerate(ids):
            if counts[key] > 1:
                problems.append(f"{where[index]}.id: duplicate {kind} id {key!r}")

    unique(
        "session",
        [s.id for s in plan.sessions],
        [f"sessions[{i}]" for i in range(len(plan.sessions))],
    )
    unique(
        "group",
        [g.id for g in plan.groups],
        [f"groups[{i}]" for i in range(len(plan.groups))],
    )
    unique(
        "participant",
        [p.id for p in plan.participants],
        [f"participants[{i}]" for i in range(len(plan.participants))],
    )
    item_ids, item_where = [], []
    for si, session in enumerate(plan.sessions):
        for ai, item in enumerate(session.agenda):
            item_ids.append(item.id)
            item_where.append(f"sessions[{si}].agenda[{ai}]")
    unique("agenda item", item_ids, item_where)

    previous: dt.datetime | None = None
    for si, session in enumerate(plan.sessions):
        start = dt.datetime.combine(session.date, session.start)
        end = dt.datetime.combine(session.date, session.end)
        if end <= start:
            problems.append(f"sessions[{si}].end: must be after the start ({session.start:%H:%M})")
        else:
            planned = sum(item.timebox for item in session.agenda)
            available = int((end - start).total_seconds() // 60)
            if planned > available:
                problems.append(
                    f"sessions[{si}].agenda: the timeboxes add up to {planned} minutes, but the "
                    f"session lasts {available} minutes ({session.start:%H:%M}–{session.end:%H:%M})"
                )
        if previous is not None and start < previous:
            problems.append(f"sessions[{si}].date: sessions must be in date order")
        previous = start

    known = {p.id for p in plan.participants}
    seen: dict[str, str] = {}
    for gi, group in enumerate(plan.groups):
        for pi, pid in enumerate(group.participants):
            where = f"groups[{gi}].participants[{pi}]"
            if pid not in known:
                problems.append(f"{where}: unknown participant id {pid!r}")
            elif pid in seen and seen[pid] != group.id:
                problems.append(f"{where}: participant {pid!r} is already in group {seen[pid]!r}")
            seen.setdefault(pid, group.id)

    if plan.certificate is not None and plan.certificate.min_sessions > len(plan.sessions):
        problems.append(
            f"certificate.min_sessions: is {plan.certificate.min_sessions}, but the plan has "
            f"only {len(plan.sessions)} session(s); nobody could receive a certificate"
        )
    return problems


def parse_plan(data: bytes) -> LoadedPlan:
    """Parse and check plan bytes; raises ``PlanError`` listing every problem."""
    if len(data) > MAX_PLAN_BYTES:
        raise PlanError(
            [
                f"(file): is {len(data) / 1_048_576:.1f} MB; a plan file may be at most "
                f"{MAX_PLAN_BYTES // 1_048_576} MB"
            ]
        )
    try:
        raw: Any = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise PlanError(["(file): is not UTF-8 text"]) from None
    except json.JSONDecodeError as exc:
        raise PlanError(
            [f"(file): is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]
        ) from None
    except RecursionError:
        # Valid JSON nested deeper than the parser descends ('[' * 100000 …): no plan is.
        raise PlanError(["(file): is not a plan file (its JSON is nested too deeply)"]) from None
    if not isinstance(raw, dict):
        raise PlanError(["(file): must be a JSON object with workshop, sessions and groups"])
    version = raw.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > 1:
        raise PlanError(
            [
                f"schema_version: unknown schema version {version}; this app reads version 1 — "
                f"update the app"
            ]
        )
    try:
        plan = PlanFile.model_validate(raw)
    except ValidationError as exc:
        raise PlanError(describe_validation_error(exc)) from None
    problems = check_consistency(plan)
    if problems:
        raise PlanError(problems)
    # Digest of the canonical content: re-saving the same plan differently is still the same plan.
    # A plan without a certificate rule keeps the digest it had before the rule existed, so
    # laptops do not re-import an unchanged plan after an update of the app.
    unset = {"certificate"} if plan.certificate is None else None
    canonical = plan.model_dump_json(exclude=unset).encode("utf-8")
    return LoadedPlan(plan, hashlib.sha256(canonical).hexdigest())


def load_plan(path: Path) -> LoadedPlan:
    """Read and check a plan file; raises ``PlanError`` for every kind of bad file."""
    try:
        size = path.stat().st_size
        if size > MAX_PLAN_BYTES:
            return parse_plan(b" " * (MAX_PLAN_BYTES + 1))
        data = path.read_bytes()
    except FileNotFoundError:
        raise PlanError([f"(file): {path} does not exist"]) from None
    except IsADirectoryError:
        raise PlanError([f"(file): {path} is a folder, not a plan file"]) from None
    except OSError as exc:
        raise PlanError([f"(file): {path} cannot be read: {exc.strerror}"]) from None
    return parse_plan(data)
