"""Counting for the workshop report: votes per idea and per person present, delivery
per group and session, and the breakdowns by sector, region and municipality size (the
rules are in ``sync/report.py``'s docstring)."""

from __future__ import annotations

import math
import re
import uuid
from collections import Counter, defaultdict

from facilitator_app.models.enums import Actor, Category
from facilitator_app.schemas.report import (
    MIN_CELL,
    Breakdown,
    BreakdownCell,
    Delivery,
    Dimension,
)
from facilitator_app.sync.report_rows import Row, WorkshopRows

DIMENSIONS: tuple[Dimension, ...] = ("sector", "region", "municipality_size")
# A payload's actor and category as the values the report has (a value this version
# does not know is not in these: it counts as "unknown" and "other").
ACTOR_VALUE = {a.value: a.value for a in Actor}
CATEGORY_VALUE = {c.value: c.value for c in Category}
# An id as the report's JSON writes a UUID.
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MEASURE = Category.MEASURE.value
# The actors that are the municipality itself (values of ``Actor.is_municipal``).
MUNICIPAL = frozenset(a.value for a in Actor if a.is_municipal)


def uuid_text(value: object) -> object:
    """A payload's id as the report's JSON writes it: the app writes ids so already;
    another spelling of a UUID is spelled so; what is no UUID is left for validation to
    refuse."""
    if isinstance(value, str) and UUID_TEXT.fullmatch(value):
        return value
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return value


def votes_and_voters(
    rows: WorkshopRows,
    session_by_id: dict[str, Row],
    ideas: list[Row],
    present: dict[tuple[str, str], set[str]],
    ideas_per_board: Counter[tuple[str, str]],
) -> tuple[Counter[str], dict[tuple[str, str], int]]:
    """Dots per idea, and the people each board's votes are divided by (see
    ``sync/report.py``), for every board an idea is on (``ideas_per_board``: (session,
    group) → ideas, counted once for this and for ``delivery``)."""
    round_by_id = {r["id"]: r for r in rows.rounds if r["session_id"] in session_by_id}
    idea_votes: Counter[str] = Counter()
    board_voters: dict[tuple[str, str], set[str]] = defaultdict(set)
    board_dots: Counter[tuple[str, str]] = Counter()
    board_dots_each: dict[tuple[str, str], int] = {}
    live_ideas = {i["id"] for i in ideas}
    for d in rows.dots:
        r = round_by_id.get(d["round_id"])
        if r is None or d["idea_id"] not in live_ideas:
            continue
        board = (r["session_id"], r["group_id"])
        idea_votes[d["idea_id"]] += 1
        board_dots[board] += 1
        board_dots_each[board] = max(board_dots_each.get(board, 0), r["dots_per_participant"])
        if d.get("participant_id"):
            board_voters[board].add(d["participant_id"])

    def voters(board: tuple[str, str]) -> int:
        if present.get(board):
            return len(present[board])
        if board_voters.get(board):
            return len(board_voters[board])
        if board_dots.get(board):
            return math.ceil(board_dots[board] / max(1, board_dots_each.get(board, 1)))
        return 0

    return idea_votes, {board: voters(board) for board in ideas_per_board}


def present_by_board(
    rows: WorkshopRows, session_ids: set[str]
) -> tuple[dict[tuple[str, str], set[str]], set[str]]:
    """Who was ticked present: (session, group) → participant ids, for the sessions in
    ``session_ids``; and everybody present at one of them."""
    people = {p["id"]: p for p in rows.participants}
    present: dict[tuple[str, str], set[str]] = defaultdict(set)
    attended: set[str] = set()
    for a in rows.attendance:
        p = people.get(a["participant_id"])
        if a["present"] and a["session_id"] in session_ids and p is not None:
            present[(a["session_id"], p.get("group_id") or "")].add(p["id"])
            attended.add(p["id"])
    return present, attended


def delivery(
    rows: WorkshopRows,
    sessions: list[Row],
    counts: Counter[tuple[str, str]],
    agenda: list[Row],
    present: dict[tuple[str, str], set[str]],
) -> list[Delivery]:
    """What each group delivered in each session (``counts``: (session, group) → ideas)."""
    touched = {
        (a["session_id"], a["group_id"])
        for a in agenda
        if a.get("started_at") or a["status"] != "pending"
    }
    out = []
    for s in sessions:
        for g in rows.groups:
            board = (s["id"], g["id"])
            has = bool(counts.get(board) or board in touched or present.get(board))
            out.append(
                Delivery(
                    session_key=s["key"],
                    group_key=g["key"],
                    has_data=has,
                    ideas=counts.get(board, 0),
                    present=len(present.get(board, ())),
                    last_synced_at=rows.last_synced.get(g["id"]),
                )
            )
    return out


def without_data(rows: WorkshopRows) -> list[tuple[Row, Row]]:
    """(session, group) pairs of which nothing arrived: no idea, no agenda worked
    through, nobody ticked present (what the report's first page calls missing)."""
    counts = Counter((i["session_id"], i["group_id"]) for i in rows.ideas)
    present, _attended = present_by_board(rows, {s["id"] for s in rows.sessions})
    session = {s["key"]: s for s in rows.sessions}
    group = {g["key"]: g for g in rows.groups}
    return [
        (session[d.session_key], group[d.group_key])
        for d in delivery(rows, rows.sessions, counts, rows.agenda, present)
        if not d.has_data
    ]


def breakdowns(rows: WorkshopRows, attended: set[str], ideas: list[Row]) -> list[Breakdown]:
    people = [p for p in rows.participants if p["id"] in attended]
    # author → [ideas, measures, measures the municipality can take itself], counted once
    # (counting per cell went over every idea once per cell).
    written: dict[str, list[int]] = {}
    for i in ideas:
        author = i.get("author_id")
        if author:
            counts = written.get(author)
            if counts is None:
                counts = written[author] = [0, 0, 0]
            counts[0] += 1
            if i["category"] == MEASURE:
                counts[1] += 1
                counts[2] += i["actor"] in MUNICIPAL
    out = []
    for dim in DIMENSIONS:
        cells: dict[str, list[Row]] = defaultdict(list)
        for p in people:
            value = str(p.get(dim) or "").strip()
            if value:
                cells[value].append(p)
        if not cells:
            continue  # the plan has no such data
        big = {v: ps for v, ps in cells.items() if len(ps) >= MIN_CELL}
        small = sorted(v for v in cells if v not in big)
        listed = [(v, big[v]) for v in sorted(big)]
        merged_people = [p for v in small for p in cells[v]]
        suppressed = bool(small) and len(merged_people) < MIN_CELL
        if small and not suppressed:
            listed.append(("*", merged_people))
        out.append(
            Breakdown(
                dimension=dim,
                cells=[_cell(v, ps, written) for v, ps in listed],
                merged=small,
                suppressed=suppressed,
            )
        )
    return out


def _cell(value: str, people: list[Row], written: dict[str, list[int]]) -> BreakdownCell:
    ideas = measures = municipal = 0
    for p in people:
        n, m, mm = written.get(p["id"], (0, 0, 0))
        ideas, measures, municipal = ideas + n, measures + m, municipal + mm
    return BreakdownCell(
        value=value, people=len(people), ideas=ideas, measures=measures, municipal=municipal
    )
