"""The workshop report: every group's results combined, in one JSON document.

``WorkshopReport`` is built from the central store (``sync/report.py``) and every
readable report (HTML, PDF, DOCX, XLSX/CSV) is rendered from it only. Its JSON Schema is
generated into ``resources/schemas/report.schema.json`` (``python -m
facilitator_app.schemas.report``; a test fails when it is stale). ``sha256`` is the SHA-256
of the canonical JSON of every other field, as in the group summary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import uuid
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints
from pydantic_core import PydanticSerializationError, to_json

from facilitator_app.models.enums import Actor, Category, ItemStatus
from facilitator_app.schemas.summary import Key, LongText, Minutes, Name

REPORT_SCHEMA_VERSION = 1
# People in a breakdown cell below this are merged or suppressed (never singled out).
MIN_CELL = 3

Count = Annotated[int, Field(ge=0)]
Dimension = Literal["sector", "region", "municipality_size"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReportWorkshop(_Strict):
    """The workshop the report is about."""

    id: uuid.UUID
    key: Key
    title: Name
    organiser: Name
    time_zone: Key


class ReportSession(_Strict):
    """A session the report covers (local date and times)."""

    id: uuid.UUID
    key: Key
    title: Name
    date: dt.date
    start: dt.time
    end: dt.time


class ReportGroup(_Strict):
    """A breakout group; ``facilitator`` is None in the public report."""

    id: uuid.UUID
    key: Key
    name: Name
    facilitator: Name | None


class Delivery(_Strict):
    """What the central store holds of one group in one session, and since when."""

    session_key: Key
    group_key: Key
    has_data: bool = Field(description="false: nothing from this group's laptop arrived")
    ideas: Count
    present: Count = Field(description="participants ticked present")
    last_synced_at: dt.datetime | None = Field(
        description="last contact of a laptop that wrote this group's rows (UTC)"
    )


class ReportIdea(_Strict):
    """One sticky note with its votes: raw dots and dots per person present."""

    id: uuid.UUID
    text: LongText
    category: Category
    actor: Actor
    votes: Count
    voters: Count = Field(description="people present in the group's vote")
    score: float = Field(ge=0, description="votes / voters (0 when nobody voted)")
    author: Name | None = Field(description="only named with consent; null in public")


class ReportCluster(_Strict):
    """A cluster of one group's board; ``name`` None for the ideas in no cluster."""

    name: Name | None
    ideas: list[ReportIdea]


class ExpertAnswer(_Strict):
    """An expert's answer to a group's question."""

    text: LongText
    answered_by: Name | None
    answered_at: dt.datetime | None


class ExpertQuestion(_Strict):
    """A question a group put to the experts; ``answers`` None if the store keeps none."""

    idea_id: uuid.UUID
    group_key: Key
    text: LongText
    answers: list[ExpertAnswer] | None


class GroupIdeas(_Strict):
    """One group's ideas on one question, by cluster (largest vote total first)."""

    group_key: Key
    clusters: list[ReportCluster]


class ActorCounts(_Strict):
    """Ideas (expert questions left out) by who must act."""

    label: Name = Field(description="a question title, or '' for the whole workshop")
    by_actor: dict[Actor, Count]
    municipal: Count = Field(description="council and administration")
    others: Count = Field(description="county, state, business, citizens")
    undecided: Count


class ReportQuestion(_Strict):
    """An agenda question of one session, with every group's ideas on it."""

    key: Key | None = Field(description="the plan's id; null for questions groups added")
    session_key: Key
    title: Name
    groups: list[GroupIdeas]
    expert_questions: list[ExpertQuestion]
    actors: ActorCounts


class TopIdea(_Strict):
    """An idea among the most supported across groups."""

    idea_id: uuid.UUID
    session_key: Key
    group_key: Key
    question: Name
    text: LongText
    category: Category
    actor: Actor
    votes: Count
    voters: Count
    score: float = Field(ge=0)


class BreakdownCell(_Strict):
    """One value of a dimension (or the merged rest) with counts of what its people did."""

    value: Name = Field(description="the plan's value, or '*' for merged small cells")
    people: Count
    ideas: Count = Field(description="ideas written by these people (where known)")
    measures: Count
    municipal: Count = Field(description="measures the municipality can take itself")


class Breakdown(_Strict):
    """Participants present and their ideas by sector, region or municipality size."""

    dimension: Dimension
    cells: list[BreakdownCell]
    merged: list[Name] = Field(description="values merged into '*' (each < MIN_CELL people)")
    suppressed: bool = Field(description="true when even the merged cell was too small")


class TimeRow(_Strict):
    """Planned against actual minutes of one agenda item of one group."""

    session_key: Key
    group_key: Key
    title: Name
    status: ItemStatus
    planned_min: Minutes
    actual_min: int | None = Field(ge=0)


class _Prepared:
    """A report's file made together with its checksum, kept on the report so that
    writing it costs nothing (``report_file_bytes``). It belongs to the report whose
    field values it was made from (``owner``): a copy with other values makes its own.
    Not part of what a report is: equal to any other, as if absent."""

    __slots__ = ("data", "owner")

    def __init__(self, owner: dict[str, Any], data: bytes) -> None:
        self.owner, self.data = owner, data

    def __eq__(self, other: object) -> bool:
        return other is None or isinstance(other, _Prepared)

    __hash__ = None  # type: ignore[assignment]


class WorkshopReport(_Strict):
    """The combined results of a workshop (see the module docstring)."""

    schema_version: int = Field(description=f"must be {REPORT_SCHEMA_VERSION}")
    app_version: Key
    generated_at: dt.datetime
    public: bool = Field(description="true when every personal datum was left out")
    min_cell: int = Field(ge=1, description="smallest breakdown cell shown")
    names_replaced: Count = Field(description="names of plan people replaced in texts")
    workshop: ReportWorkshop
    sessions: list[ReportSession]
    groups: list[ReportGroup]
    delivery: list[Delivery]
    questions: list[ReportQuestion]
    top_ideas: list[TopIdea]
    actors_overall: ActorCounts
    breakdowns: list[Breakdown]
    time: list[TimeRow]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    # The file made with the checksum, when it was (not a field: see _Prepared).
    _file: _Prepared | None = PrivateAttr(default=None)


def canonical_bytes(content: dict[str, Any]) -> bytes:
    """Canonical JSON of a report's content (sorted keys, no spaces, UTF-8)."""
    body = {k: v for k, v in content.items() if k != "sha256"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_digest(report: WorkshopReport) -> str:
    """The SHA-256 that ``report.sha256`` must hold."""
    return hashlib.sha256(canonical_bytes(report.model_dump(mode="json"))).hexdigest()


def _sorted(value: Any) -> Any:
    """JSON data with every object's keys in sorted order."""
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def _parts(body: dict[str, Any]) -> tuple[memoryview, memoryview]:
    """The canonical JSON members of ``body`` (every object's keys already sorted) that
    sort before ``sha256`` and those after it, each without its braces."""
    keys = sorted(k for k in body if k != "sha256")
    before = to_json({k: body[k] for k in keys if k < "sha256"})
    after = to_json({k: body[k] for k in keys if k > "sha256"})
    return memoryview(before)[1:-1], memoryview(after)[1:-1]


Parts = list[bytes | memoryview]


def _joined(before: memoryview, middle: bytes | None, after: memoryview) -> Parts:
    members = [m for m in (before, middle, after) if m]
    out: Parts = [b"{"]
    for n, member in enumerate(members):
        out += [b",", member] if n else [member]
    return [*out, b"}"]


def _digest_of(before: memoryview, after: memoryview) -> str:
    sha = hashlib.sha256()
    for part in _joined(before, None, after):
        sha.update(part)
    return sha.hexdigest()


def _file_of(before: memoryview, after: memoryview, sha256: str) -> bytes:
    member = b'"sha256":' + json.dumps(sha256).encode()
    return b"".join([*_joined(before, member, after), b"\n"])


def with_digest_of_groups(
    report: WorkshopReport,
    groups: list[list[dict[str, Any]]],
    expert_questions: list[list[dict[str, Any]]],
) -> WorkshopReport:
    """``with_digest(report)``, three times faster, its file made on the way:
    ``groups[n]`` and ``expert_questions[n]`` must be what ``report.questions[n].groups``
    and ``.expert_questions`` dump to in JSON mode, with every object's keys already
    sorted (the report build makes them so), except that an expert question's answers may
    be given as they were validated (they are dumped here from the report).

    Every other part is dumped and sorted here, and the whole is written by pydantic's
    JSON writer, which writes JSON exactly as ``canonical_bytes`` does (same escapes,
    same numbers; a test checks every character). The ideas are most of a report: for
    50,000 of them, dumping and sorting them again took 0.25 s (and their 10,000 expert
    questions 0.06 s more). The file is the same canonical JSON with the checksum in its
    place (``report_file_bytes``), so it is not written a second time.
    """
    body = _sorted(report.model_dump(mode="json", exclude={"sha256", "questions"}))
    questions = []
    given = zip(report.questions, groups, expert_questions, strict=True)
    for question, listed, asked in given:
        q = question.model_dump(mode="json", exclude={"groups", "expert_questions"})
        q["groups"] = listed
        q["expert_questions"] = [
            _with_answers(e, model) if e["answers"] else e
            for e, model in zip(asked, question.expert_questions, strict=True)
        ]
        questions.append({k: q[k] if k in _PREPARED else _sorted(q[k]) for k in sorted(q)})
    body["questions"] = questions
    try:
        before, after = _parts(body)
    except PydanticSerializationError:
        # Text JSON cannot carry (a lone surrogate): the slow way, which says why.
        return with_digest(report)
    digested = report.model_copy(update={"sha256": _digest_of(before, after)})
    digested._file = _Prepared(digested.__dict__, _file_of(before, after, digested.sha256))
    return digested


_PREPARED = frozenset({"groups", "expert_questions"})


def _with_answers(asked: dict[str, Any], model: ExpertQuestion) -> dict[str, Any]:
    """An expert question's sorted JSON dict with its answers dumped from ``model``."""
    answers = [_sorted(a.model_dump(mode="json")) for a in model.answers or []]
    return {**asked, "answers": answers}


def report_file_bytes(report: WorkshopReport) -> bytes:
    """The report file: the report's canonical JSON (keys sorted, no spaces, UTF-8) with
    ``sha256`` in its sorted place, and a line end. Removing the ``sha256`` member gives
    exactly the bytes the checksum is taken over."""
    prepared = report._file
    if prepared is not None and prepared.owner is report.__dict__:
        return prepared.data
    body = _sorted(report.model_dump(mode="json", exclude={"sha256"}))
    before, after = _parts(body)
    return _file_of(before, after, report.sha256)


def with_digest(report: WorkshopReport) -> WorkshopReport:
    """The same report with its ``sha256`` filled in."""
    return report.model_copy(update={"sha256": content_digest(report)})


def report_schema_text() -> str:
    """The schema file's exact text (stable, so a test can compare it)."""
    schema = WorkshopReport.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://facilitator-app.example/schemas/report.schema.json"
    schema["title"] = "Workshop report file"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema_path() -> Path:
    """Where the generated schema lives in the source tree."""
    from facilitator_app.paths import resources_dir

    return resources_dir() / "schemas" / "report.schema.json"


def write_schema(path: Path | None = None) -> Path:
    """(Re)generate the schema file; returns its path."""
    target = path or schema_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(report_schema_text(), encoding="utf-8")
    return target


if __name__ == "__main__":
    written = write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"wrote {written}")
