"""Summary files: their name, their JSON, and reading one back with every check.

A file is parsed, validated against the model, its checksum verified and its references
checked before anything trusts it; every kind of bad file is a ``SummaryError`` in words.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from facilitator_app.errors import SummaryError
from facilitator_app.models.enums import Category
from facilitator_app.schemas.summary import (
    SUMMARY_SCHEMA_VERSION,
    GroupSummary,
    content_digest,
)
from facilitator_app.services.plan_file import describe_validation_error

# A real summary is well under a megabyte; refuse anything absurd before parsing it.
MAX_SUMMARY_BYTES = 64 * 1024 * 1024


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-.")
    return slug[:40] or "x"


def file_stem(summary: GroupSummary) -> str:
    """File name without extension: says workshop, session and group (and public)."""
    stem = "_".join(
        _slug(part) for part in (summary.workshop.key, summary.session.key, summary.group.key)
    )
    return f"{stem}_public" if summary.public else stem


def summary_to_json(summary: GroupSummary) -> bytes:
    """The summary file's bytes: indented UTF-8 JSON, as people may read it."""
    return summary.model_dump_json(indent=2).encode("utf-8") + b"\n"


def parse_summary(data: bytes) -> GroupSummary:
    """Parse and verify summary bytes: size, JSON, schema version, schema, references,
    checksum. Raises ``SummaryError`` with the reason."""
    if len(data) > MAX_SUMMARY_BYTES:
        raise SummaryError(
            f"The file is {len(data) / 1_048_576:.1f} MB; a summary file may be at most "
            f"{MAX_SUMMARY_BYTES // 1_048_576} MB."
        )
    try:
        raw: Any = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise SummaryError("The file is not UTF-8 text, so it is not a summary file.") from None
    except json.JSONDecodeError as exc:
        where = f" (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        raise SummaryError(f"The file is not valid JSON{where}.") from None
    except RecursionError:
        # Valid JSON nested deeper than the parser descends ('[' * 100000 …): no summary is.
        raise SummaryError(
            "The file is not a summary file (its JSON is nested far too deeply)."
        ) from None
    if not isinstance(raw, dict):
        raise SummaryError("The file is not a summary file (expected a JSON object).")
    version = raw.get("schema_version")
    if version != SUMMARY_SCHEMA_VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > 1:
            raise SummaryError(
                f"Unknown summary schema version {version}; this app reads version "
                f"{SUMMARY_SCHEMA_VERSION}. Update the app."
            )
        raise SummaryError(
            f"schema_version: must be {SUMMARY_SCHEMA_VERSION}; this is not a summary file "
            "this app knows."
        )
    try:
        summary = GroupSummary.model_validate(raw)
    except ValidationError as exc:
        problems = describe_validation_error(exc)
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise SummaryError(
            "The file does not match the summary schema: " + "; ".join(problems[:5]) + more
        ) from None
    problems = check_references(summary)
    if problems:
        raise SummaryError("The file is inconsistent: " + "; ".join(problems[:5]))
    expected = content_digest(summary)
    if summary.sha256 != expected:
        raise SummaryError(
            "The checksum does not match the content: the file was damaged or edited "
            f"after export (sha256 in file {summary.sha256[:12]}…, content {expected[:12]}…)."
        )
    return summary


def load_summary(path: Path) -> GroupSummary:
    """Read and verify a summary file; ``SummaryError`` for every kind of bad file."""
    try:
        if path.stat().st_size > MAX_SUMMARY_BYTES:
            raise SummaryError(
                f"{path} is larger than {MAX_SUMMARY_BYTES // 1_048_576} MB; "
                "it is not a summary file."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SummaryError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise SummaryError(f"{path} is a folder, not a summary file.") from None
    except OSError as exc:
        raise SummaryError(f"{path} cannot be read: {exc.strerror}.") from None
    return parse_summary(data)


def check_references(summary: GroupSummary) -> list[str]:
    """Rules across the file: unique ids, references that resolve, derived counts."""
    problems: list[str] = []
    all_ids = (
        [p.id for p in summary.participants]
        + [a.id for a in summary.agenda]
        + [i.id for i in summary.ideas]
        + [c.id for c in summary.clusters]
        + [r.id for r in summary.vote_rounds]
        + [d.id for r in summary.vote_rounds for d in r.dots]
        + [summary.workshop.id, summary.session.id, summary.group.id]
    )
    dupes = [str(i) for i, n in Counter(all_ids).items() if n > 1]
    if dupes:
        problems.append(f"ids used twice: {', '.join(dupes[:3])}")
    people = {p.id for p in summary.participants}
    items = {a.id for a in summary.agenda}
    clusters = {c.id for c in summary.clusters}
    ideas = {i.id: i for i in summary.ideas}
    if summary.public and (people or summary.group.facilitator is not None):
        problems.append("a public summary must not hold participants or the facilitator")
    for n, idea in enumerate(summary.ideas):
        if idea.agenda_item_id is not None and idea.agenda_item_id not in items:
            problems.append(f"ideas[{n}].agenda_item_id: no such agenda item")
        if idea.cluster_id is not None and idea.cluster_id not in clusters:
            problems.append(f"ideas[{n}].cluster_id: no such cluster")
        if idea.author_id is not None and idea.author_id not in people:
            problems.append(f"ideas[{n}].author_id: no such participant")
    for n, cluster in enumerate(summary.clusters):
        if cluster.agenda_item_id is not None and cluster.agenda_item_id not in items:
            problems.append(f"clusters[{n}].agenda_item_id: no such agenda item")
    counted: Counter[uuid.UUID] = Counter()
    for n, rnd in enumerate(summary.vote_rounds):
        if rnd.agenda_item_id is not None and rnd.agenda_item_id not in items:
            problems.append(f"vote_rounds[{n}].agenda_item_id: no such agenda item")
        for m, dot in enumerate(rnd.dots):
            if dot.idea_id not in ideas:
                problems.append(f"vote_rounds[{n}].dots[{m}].idea_id: no such idea")
            if dot.participant_id is not None and dot.participant_id not in people:
                problems.append(f"vote_rounds[{n}].dots[{m}].participant_id: no such participant")
            counted[dot.idea_id] += 1
    for n, idea in enumerate(summary.ideas):
        if idea.votes != counted.get(idea.id, 0):
            problems.append(
                f"ideas[{n}].votes: {idea.votes} but the rounds hold {counted[idea.id]}"
            )
    expected = [i.id for i in summary.ideas if i.category == Category.EXPERT_QUESTION]
    listed = [q.idea_id for q in summary.expert_questions]
    if listed != expected or any(
        q.text != ideas[q.idea_id].text or q.agenda_item_id != ideas[q.idea_id].agenda_item_id
        for q in summary.expert_questions
        if q.idea_id in ideas
    ):
        problems.append("expert_questions: must list exactly the ideas of that category")
    return problems
