"""The report built from rows in memory: its checksum is the canonical one, whatever the
ids look like and whatever characters the notes hold."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import pydantic_core
import pytest

from facilitator_app.clock import FakeClock
from facilitator_app.export.report_files import report_to_json
from facilitator_app.schemas.report import WorkshopReport, content_digest, report_file_bytes
from facilitator_app.sync.report import _oldest_first, report_from_rows
from facilitator_app.sync.report_rows import Row, WorkshopRows

NOW = "2021-09-22T09:00:00+00:00"


def _id() -> str:
    return str(uuid.uuid4())


def _rows(texts: list[str], *, idea_ids: list[str] | None = None) -> WorkshopRows:
    ws, session, group, item, cluster, rnd = (_id() for _ in range(6))
    people = [
        {
            "id": _id(),
            "workshop_id": ws,
            "group_id": group,
            "display_name": name,
            "consent_to_be_named": n == 0,
            "sector": "health_care",
        }
        for n, name in enumerate(["Kari Nordmann", "Ola Hansen", "Per Olsen"])
    ]
    ids = idea_ids or [_id() for _ in texts]
    ideas: list[Row] = [
        {
            "id": ids[n],
            "session_id": session,
            "group_id": group,
            "agenda_item_id": item if n % 2 else None,
            "cluster_id": cluster if n % 3 == 0 else None,
            "author_id": people[n % 3]["id"],
            "text": text,
            "category": ("measure", "expert_question", "challenge", "what")[n % 4],
            "actor": ("council", "state", "unknown", "nobody")[n % 4],
            "created_at": f"2021-09-22T09:{n:02d}:00+00:00",
        }
        for n, text in enumerate(texts)
    ]
    return WorkshopRows(
        workshop={
            "id": ws,
            "key": "w",
            "title": "Verksted",
            "organiser": "Org",
            "time_zone": "Europe/Oslo",
        },
        sessions=[
            {
                "id": session,
                "key": "s1",
                "title": "Sesjon",
                "date": "2021-09-22",
                "start_time": "09:00:00",
                "end_time": "12:00",
                "position": 0,
            }
        ],
        groups=[
            {"id": group, "key": "g1", "name": "Gruppe", "facilitator": "Fa Cil", "position": 0}
        ],
        participants=people,
        attendance=[
            {"session_id": session, "participant_id": p["id"], "present": True} for p in people
        ],
        agenda=[
            {
                "id": item,
                "session_id": session,
                "group_id": group,
                "key": "q1",
                "kind": "question",
                "title": "Hva nå?",
                "position": 0,
                "status": "done",
                "plan_timebox_min": 30,
                "timebox_min": 30,
                "started_at": NOW,
                "ended_at": "2021-09-22T09:31:00+00:00",
            }
        ],
        clusters=[{"id": cluster, "session_id": session, "name": "Klynge Ola"}],
        ideas=ideas,
        rounds=[
            {
                "id": rnd,
                "session_id": session,
                "group_id": group,
                "dots_per_participant": 3,
            }
        ],
        dots=[
            {"round_id": rnd, "idea_id": ideas[n % len(ideas)]["id"], "participant_id": None}
            for n in range(7)
        ],
        answers=[
            {
                "idea_id": ideas[1]["id"],
                "text": "Ja, sa Kari.",
                "expert": "Eva",
                "answered_at": NOW,
                "created_at": NOW,
            }
        ],
    )


TEXTS = [
    "Sykkelvei, sa Kari Nordmann",
    'Sitat: "ja" \\ nei\n\ttab',
    "kontroll \x01\x1f og \x7f og \u2028 og \ufeff",
    "emoji 😀, æøå, 1e-05",
    "",
]


@pytest.mark.parametrize("public", [False, True])
def test_the_checksum_is_the_canonical_one(public: bool) -> None:
    clock = FakeClock()
    report = report_from_rows(_rows(TEXTS), session_key="s1", public=public, clock=clock)
    assert report.sha256 == content_digest(report)
    assert sum(len(c.ideas) for q in report.questions for g in q.groups for c in g.clusters) == 5
    # Public: the name in a note, the answer, and the cluster's (on two questions' boards).
    assert report.names_replaced == (4 if public else 0)
    names_left = [n for n in ("Kari", "Ola", "Nordmann") if n in report.model_dump_json()]
    assert names_left == ([] if public else ["Kari", "Ola", "Nordmann"])


def test_ids_spelled_otherwise_are_digested_as_the_file_writes_them() -> None:
    ids = [_id().upper(), "{" + _id() + "}", _id().replace("-", ""), _id(), _id()]
    report = report_from_rows(_rows(TEXTS, idea_ids=ids), clock=FakeClock())
    assert report.sha256 == content_digest(report)
    written = {
        i["id"]
        for q in json.loads(report.model_dump_json())["questions"]
        for g in q["groups"]
        for c in g["clusters"]
        for i in c["ideas"]
    }
    assert written == {str(uuid.UUID(i)) for i in ids}


def test_pydantic_writes_every_character_as_the_canonical_json_does() -> None:
    # The checksum's fast path relies on this (schemas/report.py, digest_with_groups).
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    value = {"b": [text, 0.0, 0.0001, 1.1667, 12.5, 10**20, None, True], "a": -1}
    canonical = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    assert pydantic_core.to_json(value) == canonical


def test_ideas_are_placed_oldest_first_then_by_id_equal_ones_in_their_order() -> None:
    row: Row = {}
    q = ("s", "q")
    placed = [
        ("2021-09-22T09:01", "b", row, q),
        ("2021-09-22T09:00", "c", row, q),
        ("2021-09-22T09:01", "a", row, ("s", "first")),
        ("2021-09-22T09:01", "a", row, ("s", "second")),
        ("2021-09-22T09:00", "a", row, q),
    ]
    assert _oldest_first(placed) == sorted(placed, key=lambda p: (p[0], p[1]))
    assert [p[3][1] for p in _oldest_first(placed) if p[1] == "a"] == ["q", "first", "second"]
    # Times that cannot be compared on their own but tie as pairs: still placed.
    untimed: list[Any] = [(None, "b", row, q), (None, "a", row, q)]
    assert _oldest_first(untimed) == [untimed[1], untimed[0]]


@pytest.mark.parametrize("public", [False, True])
def test_the_file_is_the_canonical_json_with_its_checksum(public: bool) -> None:
    ids = [_id().upper(), "{" + _id() + "}", _id().replace("-", ""), _id(), _id()]
    report = report_from_rows(_rows(TEXTS, idea_ids=ids), public=public, clock=FakeClock())
    data = report_to_json(report)
    # One line: the checksum is over the file's own bytes without its "sha256" member.
    assert data.endswith(b"}\n") and data.count(b"\n") == 1
    content = json.loads(data)
    assert content["sha256"] == report.sha256
    del content["sha256"]
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert hashlib.sha256(canonical.encode()).hexdigest() == report.sha256
    # The file made with the checksum is the one made afresh from the model; read back,
    # the report is the same and writes the same file.
    read_back = WorkshopReport.model_validate_json(data)
    assert read_back == report
    assert report_file_bytes(read_back) == data


def test_a_changed_copy_of_a_report_writes_its_own_content() -> None:
    report = report_from_rows(_rows(TEXTS), clock=FakeClock())
    changed = report.model_copy(update={"names_replaced": 7})
    assert b'"names_replaced":7,' in report_to_json(changed)
    assert b'"names_replaced":0,' in report_to_json(report)
