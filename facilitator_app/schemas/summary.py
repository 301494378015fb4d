"""The group summary file: what one group produced in one session, in one JSON document.

``GroupSummary`` is the single definition of the file; its JSON Schema is generated into
``resources/schemas/summary.schema.json`` (``python -m facilitator_app.schemas.summary``
rewrites it; a test fails when it is stale). ``sha256`` is the SHA-256 of the canonical
JSON of every other field, so a damaged or edited file is detected.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import uuid
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from facilitator_app.models.enums import Actor, Category, ItemKind, ItemStatus

SUMMARY_SCHEMA_VERSION = 1

# Limits that keep a hostile or damaged file from eating the organiser's memory; a real
# group produces a few hundred ideas at most.
MAX_IDEAS = 20_000
MAX_ITEMS = 500
MAX_DOTS = 100_000
MAX_PEOPLE = 1_000

Key = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Name = Annotated[str, StringConstraints(max_length=500)]
LongText = Annotated[str, StringConstraints(max_length=10_000)]
# The longest sticky note, in characters. The board, ``ideas import``, summary import and
# sync all use this one limit, so every note a group can make fits its summary file.
NOTE_MAX_CHARS = 10_000
NoteText = Annotated[str, StringConstraints(max_length=NOTE_MAX_CHARS)]
# As the board stores it (normally "#rrggbb"); renderers fall back to yellow for anything else.
Colour = Annotated[str, StringConstraints(max_length=16)]
Coordinate = Annotated[float, Field(ge=-1e7, le=1e7, allow_inf_nan=False)]
Size = Annotated[float, Field(ge=0, le=1e5, allow_inf_nan=False)]
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SummaryWorkshop(_Strict):
    """The workshop the group belongs to."""

    id: uuid.UUID
    key: Key
    title: Name
    organiser: Name
    time_zone: Key = Field(description="IANA time zone the documents show times in")


class SummarySession(_Strict):
    """The session (one workshop day) with its scheduled local start and end."""

    id: uuid.UUID
    key: Key
    title: Name
    date: dt.date
    start: dt.time
    end: dt.time
    position: int = Field(ge=0, le=10_000)


class SummaryGroup(_Strict):
    """The breakout group; ``facilitator`` is None in a public summary."""

    id: uuid.UUID
    key: Key
    name: Name
    facilitator: Name | None
    position: int = Field(ge=0, le=10_000)


class SummaryParticipant(_Strict):
    """A member of the group; ``name`` only when they consented to be named."""

    id: uuid.UUID
    key: Key
    name: Name | None
    consent_to_be_named: bool
    present: bool = Field(description="ticked present at this session")


class SummaryAgendaItem(_Strict):
    """An agenda item as the group ran it: plan, order, status and planned/actual times."""

    id: uuid.UUID
    key: Key | None = Field(description="the plan's id; null for an item the group added")
    kind: ItemKind
    title: Name
    description: LongText
    sub_questions: list[Name] = Field(max_length=50)
    position: int = Field(ge=0, le=10_000)
    status: ItemStatus
    plan_timebox_min: Minutes | None
    timebox_min: Minutes
    planned_start: dt.datetime = Field(description="computed from the session start (UTC)")
    planned_end: dt.datetime
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    note: LongText | None = Field(description="facilitator's note; null in a public summary")
    created_at: dt.datetime


class SummaryCluster(_Strict):
    """A named group of ideas on one question's board."""

    id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    name: Name
    created_at: dt.datetime
    updated_at: dt.datetime


class SummaryIdea(_Strict):
    """A sticky note: text, kind, who must act, place on the board, votes, author."""

    id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    cluster_id: uuid.UUID | None
    text: NoteText
    category: Category
    actor: Actor
    colour: Colour
    x: Coordinate
    y: Coordinate
    width: Size
    height: Size
    votes: int = Field(ge=0, le=MAX_DOTS, description="dots on this idea over all rounds")
    author_id: uuid.UUID | None = Field(description="null when unknown or public")
    author_name: Name | None = Field(description="only when the author consented")
    created_at: dt.datetime
    updated_at: dt.datetime


class SummaryDot(_Strict):
    """One dot of a vote round; ``participant_id`` is None when anonymous or public."""

    id: uuid.UUID
    idea_id: uuid.UUID
    participant_id: uuid.UUID | None
    created_at: dt.datetime


class SummaryVoteRound(_Strict):
    """A dot-vote round on one question (or the whole board) with its dots."""

    id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    dots_per_participant: int = Field(ge=0, le=1000)
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    dots: list[SummaryDot] = Field(max_length=MAX_DOTS)


class SummaryExpertAnswer(_Strict):
    """One version of the experts' answer to a question (a correction is a new version)."""

    id: uuid.UUID
    text: LongText
    expert: Name = Field(description="who answered; empty in a public summary")
    answered_at: dt.datetime
    replaces_id: uuid.UUID | None = Field(description="the version this one corrects")


class SummaryExpertQuestion(_Strict):
    """An idea of category ``expert_question``, listed for the organisers' experts."""

    idea_id: uuid.UUID
    agenda_item_id: uuid.UUID | None
    text: NoteText
    # A default, so summary files written before the experts could answer still load.
    answers: list[SummaryExpertAnswer] = Field(
        default_factory=list,
        max_length=1000,
        description="every answer version, oldest first; the last is current",
    )


class GroupSummary(_Strict):
    """Everything one group produced in one session (see the module docstring)."""

    schema_version: int = Field(description=f"must be {SUMMARY_SCHEMA_VERSION}")
    app_version: Key
    exported_at: dt.datetime
    public: bool = Field(description="true when every personal datum was left out")
    workshop: SummaryWorkshop
    session: SummarySession
    group: SummaryGroup
    participants: list[SummaryParticipant] = Field(max_length=MAX_PEOPLE)
    agenda: list[SummaryAgendaItem] = Field(max_length=MAX_ITEMS)
    ideas: list[SummaryIdea] = Field(max_length=MAX_IDEAS)
    clusters: list[SummaryCluster] = Field(max_length=MAX_IDEAS)
    vote_rounds: list[SummaryVoteRound] = Field(max_length=MAX_ITEMS)
    expert_questions: list[SummaryExpertQuestion] = Field(max_length=MAX_IDEAS)
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="SHA-256 (hex) of the canonical JSON of every other field"
    )


def canonical_bytes(content: dict[str, Any]) -> bytes:
    """Canonical JSON of a summary's content (sorted keys, no spaces, UTF-8)."""
    body = {k: v for k, v in content.items() if k != "sha256"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_digest(summary: GroupSummary) -> str:
    """The SHA-256 that ``summary.sha256`` must hold.

    An expert question without answers is digested without the ``answers`` key, as files
    written before the experts could answer were: their checksums stay valid.
    """
    content = summary.model_dump(mode="json")
    for question in content["expert_questions"]:
        if not question.get("answers"):
            question.pop("answers", None)
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def with_digest(summary: GroupSummary) -> GroupSummary:
    """The same summary with its ``sha256`` filled in."""
    return summary.model_copy(update={"sha256": content_digest(summary)})


def summary_json_schema() -> dict[str, Any]:
    """The JSON Schema of the summary file, as written to ``resources/schemas``."""
    schema = GroupSummary.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://facilitator-app.example/schemas/summary.schema.json"
    schema["title"] = "Group summary file"
    return schema


def summary_schema_text() -> str:
    """The schema file's exact text (stable, so a test can compare it)."""
    return json.dumps(summary_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema_path() -> Path:
    """Where the generated schema lives in the source tree."""
    from facilitator_app.paths import resources_dir

    return resources_dir() / "schemas" / "summary.schema.json"


def write_schema(path: Path | None = None) -> Path:
    """(Re)generate the schema file; returns its path."""
    target = path or schema_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(summary_schema_text(), encoding="utf-8")
    return target


if __name__ == "__main__":
    written = write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"wrote {written}")
