"""The workshop plan file: what organisers prepare and facilitators import.

One JSON document describes a whole workshop: the workshop itself, its sessions with
their agendas, the breakout groups and the participants. ``PlanFile`` is the single
definition; its JSON Schema lives in ``resources/schemas/plan.schema.json``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from facilitator_app.models.enums import (
    Experience,
    ItemKind,
    MunicipalitySize,
    Role,
    Sector,
)

PLAN_SCHEMA_VERSION = 1

Key = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=500, strip_whitespace=True)]
LongText = Annotated[str, StringConstraints(max_length=5000)]
# A whole session is at most a day; anything longer is a typo in the plan.
MAX_TIMEBOX_MINUTES = 24 * 60


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PlanWorkshop(_Strict):
    """The workshop as a whole."""

    id: Key
    title: Text
    organiser: Text
    time_zone: str = Field(description="IANA time zone name, e.g. Europe/Oslo")

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value


class PlanAgendaItem(_Strict):
    """One item of a session's agenda, in the order the organisers planned."""

    id: Key
    kind: ItemKind
    title: Text
    description: LongText = ""
    sub_questions: list[Text] = Field(default_factory=list, max_length=50)
    timebox: int = Field(description="planned length in minutes")

    @field_validator("timebox", mode="before")
    @classmethod
    def _positive_minutes(cls, value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError("must be a positive number of minutes")
        if value > MAX_TIMEBOX_MINUTES:
            raise ValueError(f"must be at most {MAX_TIMEBOX_MINUTES} minutes")
        return value


class PlanSession(_Strict):
    """One session (one workshop day) with its agenda."""

    id: Key
    title: Text
    date: dt.date
    start: dt.time
    end: dt.time
    agenda: list[PlanAgendaItem] = Field(default_factory=list, max_length=200)


class PlanGroup(_Strict):
    """A breakout group with its facilitator and members (participant ids)."""

    id: Key
    name: Text
    facilitator: Text
    participants: list[Key] = Field(default_factory=list, max_length=100)


class PlanParticipant(_Strict):
    """A participant. Personal data: never leaves the laptop in a public summary."""

    id: Key
    display_name: Text
    municipality: Text = Field(description="municipality or county")
    sector: Sector
    role: Role
    experience: Experience
    municipality_size: MunicipalitySize
    region: Text
    consent_to_be_named: bool = False


class PlanCertificate(_Strict):
    """Who receives a participation certificate (``facilitator-app central certificates``)."""

    min_sessions: int = Field(
        ge=1,
        description="sessions a participant must have been ticked present at to receive a "
        "participation certificate; at most the number of sessions in the plan",
    )

    @field_validator("min_sessions", mode="before")
    @classmethod
    def _whole_sessions(cls, value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError("must be a whole number of sessions, 1 or more")
        return value


class PlanFile(_Strict):
    """A whole workshop plan file."""

    schema_version: int = Field(description=f"must be {PLAN_SCHEMA_VERSION}")
    workshop: PlanWorkshop
    sessions: list[PlanSession] = Field(min_length=1, max_length=100)
    groups: list[PlanGroup] = Field(min_length=1, max_length=500)
    participants: list[PlanParticipant] = Field(default_factory=list, max_length=10000)
    certificate: PlanCertificate | None = Field(
        default=None,
        description="the rule for participation certificates; without it, one session "
        "attended is enough",
    )

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != PLAN_SCHEMA_VERSION:
            raise ValueError(
                f"unknown schema version {value}; this app reads version {PLAN_SCHEMA_VERSION}"
            )
        return value


def plan_json_schema() -> str:
    """The JSON Schema of the plan file, as written to ``resources/schemas/plan.schema.json``."""
    import json

    schema = PlanFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Workshop plan file"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    from facilitator_app.paths import resources_dir

    target = resources_dir() / "schemas" / "plan.schema.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(plan_json_schema(), encoding="utf-8")
    print(f"wrote {target}")
