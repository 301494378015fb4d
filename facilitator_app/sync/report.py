"""Builds the combined workshop report from the central store (no Qt, no widgets).

Rules worth knowing (docs/organiser-guide.md explains them to organisers):

- **Votes per person.** A group of 4 and a group of 6 weigh alike: an idea's ``score`` is
  its dots divided by the people present in that group's vote, i.e. the people the
  facilitator ticked present at that session; when nobody was ticked, the distinct
  voters of the group's rounds, and failing that the dots divided by the dots each
  person had (rounded up).
- **Breakdowns** count the people present at one session or more by the plan's sector,
  region and municipality size, and the ideas they wrote where the author is known. A
  value with fewer than ``MIN_CELL`` people is merged into ``*``; when ``*`` itself is
  still below ``MIN_CELL`` it is left out and the report says so.
- **Public** leaves out every name (facilitators, authors) and replaces names of plan
  people typed inside texts by a neutral word, counting the replacements.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any

from facilitator_app import __version__
from facilitator_app.clock import Clock, SystemClock
from facilitator_app.collector import collector_paused
from facilitator_app.errors import NotFoundError
from facilitator_app.models.enums import Actor, Category, ItemStatus
from facilitator_app.schemas.report import (
    MIN_CELL,
    REPORT_SCHEMA_VERSION,
    ActorCounts,
    ExpertAnswer,
    TimeRow,
    WorkshopReport,
    with_digest_of_groups,
)
from facilitator_app.services.anonymise import NameScrubber
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.report_counts import (
    ACTOR_VALUE,
    CATEGORY_VALUE,
    UUID_TEXT,
    breakdowns,
    delivery,
    present_by_board,
    uuid_text,
    votes_and_voters,
)
from facilitator_app.sync.report_rows import Row, WorkshopRows, load_workshop_rows

TOP_IDEAS = 20
UNKNOWN, OTHER = Actor.UNKNOWN.value, Category.OTHER.value
EXPERT_QUESTION = Category.EXPERT_QUESTION.value
# A part of the report as plain data, validated once with the whole (see report_from_rows).
Item = dict[str, Any]
# One group's board on one question: (question key, group id).
Board = tuple[tuple[str, str], str]
# Progress callback: (step done, steps in all, what is being done)
Progress = Callable[[int, int, str], None]


def build_report(
    central: CentralStore,
    *,
    workshop_key: str | None = None,
    session_key: str | None = None,
    public: bool = False,
    clock: Clock | None = None,
) -> WorkshopReport:
    """The report over all sessions, or over ``session_key`` only."""
    rows = load_workshop_rows(central, workshop_key)
    return report_from_rows(rows, session_key=session_key, public=public, clock=clock)


def _time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def actor_counts(label: str, counts: Mapping[str, int]) -> ActorCounts:
    """Ideas by who must act (``counts``: actor value → ideas, expert questions left
    out), with the municipal/others split."""
    by_actor = {a: counts.get(a.value, 0) for a in Actor}
    municipal = sum(n for a, n in by_actor.items() if a.is_municipal)
    undecided = by_actor[Actor.UNKNOWN]
    return ActorCounts(
        label=label,
        by_actor=by_actor,
        municipal=municipal,
        others=sum(by_actor.values()) - municipal - undecided,
        undecided=undecided,
    )


def report_from_rows(
    rows: WorkshopRows,
    *,
    session_key: str | None = None,
    public: bool = False,
    clock: Clock | None = None,
) -> WorkshopReport:
    """The report from rows already read (see ``build_report``).

    The report is put together as plain dicts and validated once, as a whole: a model
    object per idea cost a second for 50,000 ideas (docs/benchmarks.md); one validation
    checks exactly the same and costs a tenth of that.
    """
    with collector_paused():
        content = _report_content(rows, session_key=session_key, public=public, clock=clock)
        report = WorkshopReport.model_validate(content)
        groups = [q["groups"] for q in content["questions"]]
        asked = [q["expert_questions"] for q in content["questions"]]
        return with_digest_of_groups(report, groups, asked)


def _report_content(
    rows: WorkshopRows,
    *,
    session_key: str | None,
    public: bool,
    clock: Clock | None,
) -> Item:
    sessions = rows.sessions
    if session_key is not None:
        sessions = [s for s in sessions if s["key"] == session_key]
        if not sessions:
            raise NotFoundError(
                "There is no session '{key}' in workshop {workshop}.",
                key=session_key,
                workshop=rows.workshop["key"],
            )
    session_by_id = {s["id"]: s for s in sessions}
    group_by_id = {g["id"]: g for g in rows.groups}
    names = [p["display_name"] for p in rows.participants] + [g["facilitator"] for g in rows.groups]
    scrub = NameScrubber(names) if public else None

    def clean(text: str) -> str:
        return scrub(text) if scrub is not None else text

    # Attendance: (session, group) → people ticked present.
    present, attended = present_by_board(rows, set(session_by_id))

    ideas = [i for i in rows.ideas if i["session_id"] in session_by_id]
    ideas_per_board = Counter((i["session_id"], i["group_id"]) for i in ideas)
    idea_votes, voters = votes_and_voters(rows, session_by_id, ideas, present, ideas_per_board)
    # Authors are named only with their consent, and never in public.
    named = (
        {}
        if public
        else {p["id"]: p["display_name"] for p in rows.participants if p["consent_to_be_named"]}
    )

    # Agenda: questions across groups by (session, plan key) or (session, title) when added.
    agenda = [
        a for a in rows.agenda if a["session_id"] in session_by_id and a["group_id"] in group_by_id
    ]
    item_by_id = {a["id"]: a for a in agenda}
    qkey_of: dict[str, tuple[str, str]] = {}
    order: dict[tuple[str, str], tuple[int, int, int]] = {}
    titles: dict[tuple[str, str], str] = {}
    plan_keys: dict[tuple[str, str], str | None] = {}
    for a in agenda:
        if a["kind"] != "question":
            continue
        qk = (a["session_id"], a["key"] if a["key"] else "+" + a["title"])
        qkey_of[a["id"]] = qk
        spos = session_by_id[a["session_id"]]["position"]
        rank = (spos, 0 if a["key"] else 1, a["position"])
        if qk not in order or rank < order[qk]:
            order[qk] = rank
        titles.setdefault(qk, a["title"])
        plan_keys[qk] = a["key"]
    # Each idea's question; ideas on no question, or on an agenda item that is not a
    # question (a talk), gather under that item's title.
    placed: list[tuple[str, str, Row, tuple[str, str]]] = []
    question_of, item_of, place = qkey_of.get, item_by_id.get, placed.append
    for i in ideas:
        aid = i.get("agenda_item_id")
        found = question_of(aid) if aid else None
        if found is None:
            item = item_of(aid) if aid else None
            title = item["title"] if item else ""
            found = (i["session_id"], "~" + title)
            order.setdefault(found, (session_by_id[i["session_id"]]["position"], 2, 0))
            titles.setdefault(found, title)
            plan_keys.setdefault(found, item["key"] if item else None)
        place((i["created_at"], i["id"], i, found))
    placed = _oldest_first(placed)

    def qtitle(qk: tuple[str, str]) -> str:
        # Plan questions are the organisers' words; questions groups added may hold names.
        return titles[qk] if plan_keys.get(qk) else clean(titles[qk])

    cluster_name = {c["id"]: c["name"] for c in rows.clusters if c["session_id"] in session_by_id}
    # (question, group id) → cluster id or None → ideas, and the dots of each cluster
    boards: dict[Board, dict[str | None, list[Item]]] = {}
    cluster_dots: Counter[tuple[Board, str | None]] = Counter()
    voted: list[tuple[tuple[str, str], Row, Item]] = []
    # question → actor value → ideas that are not expert questions
    per_question: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    expert: dict[tuple[str, str], list[Item]] = defaultdict(list)
    answers_of = _answers_by_idea(rows.answers, clean, public=public)
    # 50,000 ideas go through this loop: lookups bound once, and ids the app wrote
    # checked in place (see ``uuid_text``).
    dots_of, author_of = idea_votes.get, named.get
    category_of, actor_of = CATEGORY_VALUE.get, ACTOR_VALUE.get
    app_id = UUID_TEXT.fullmatch
    for _created, raw_id, i, qk in placed:
        n, gid = dots_of(raw_id, 0), i["group_id"]
        v = voters[(i["session_id"], gid)]
        category = category_of(i["category"], OTHER)
        actor = actor_of(i["actor"], UNKNOWN)
        # Keys sorted and values as JSON has them: the digest takes the ideas as they are.
        idea = {
            "actor": actor,
            "author": author_of(i.get("author_id")),
            "category": category,
            "id": raw_id if type(raw_id) is str and app_id(raw_id) else uuid_text(raw_id),
            "score": round(n / v, 4) if n and v else 0.0,
            "text": i["text"] if scrub is None else scrub(i["text"]),
            "voters": v,
            "votes": n,
        }
        board = (qk, gid)
        clusters = boards.get(board)
        if clusters is None:
            clusters = boards[board] = {}
        cid = i.get("cluster_id")
        if cid not in cluster_name:
            cid = None
        members = clusters.get(cid)
        if members is None:
            members = clusters[cid] = []
        members.append(idea)
        if n:
            voted.append((qk, i, idea))
            cluster_dots[(board, cid)] += n
        if category != EXPERT_QUESTION:
            per_question[qk][actor] += 1
        else:
            # Keys sorted and values as JSON has them, as the ideas (for the digest).
            expert[qk].append(
                {
                    "answers": None if rows.answers is None else answers_of.get(raw_id, []),
                    "group_key": group_by_id[gid]["key"],
                    "idea_id": idea["id"],
                    "text": idea["text"],
                }
            )

    questions = []
    for qk in sorted(order, key=lambda k: (order[k], k)):
        per_group = []
        for g in rows.groups:
            board = (qk, g["id"])
            clusters = boards.get(board)
            if not clusters:
                continue
            named_clusters = [
                (-cluster_dots[(board, cid)], clean(cluster_name[cid]), members)
                for cid, members in clusters.items()
                if cid is not None
            ]
            # Most dots first, then by name (stable: ties keep the board's order).
            named_clusters.sort(key=lambda c: (c[0], c[1] or ""))
            listed: list[Item] = [
                {"ideas": _by_votes(members), "name": name}
                for _dots, name, members in named_clusters
            ]
            if None in clusters:
                listed.append({"ideas": _by_votes(clusters[None]), "name": None})
            per_group.append({"clusters": listed, "group_key": g["key"]})
        title = qtitle(qk)
        questions.append(
            {
                "key": plan_keys.get(qk),
                "session_key": session_by_id[qk[0]]["key"],
                "title": title,
                "groups": per_group,
                "expert_questions": expert.get(qk, []),
                "actors": actor_counts(title, per_question.get(qk, Counter())),
            }
        )

    ranked = sorted(
        voted, key=lambda x: (-x[2]["score"], -x[2]["votes"], x[1]["created_at"], x[1]["id"])
    )[:TOP_IDEAS]
    top = [
        {
            "idea_id": idea["id"],
            "session_key": session_by_id[raw["session_id"]]["key"],
            "group_key": group_by_id[raw["group_id"]]["key"],
            "question": qtitle(qk),
            **{k: idea[k] for k in ("text", "category", "actor", "votes", "voters", "score")},
        }
        for qk, raw, idea in ranked
    ]
    time_rows = _time_rows(agenda, session_by_id, group_by_id, clean)
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "app_version": __version__,
        "generated_at": (clock or SystemClock()).now(),
        "public": public,
        "min_cell": MIN_CELL,
        "names_replaced": scrub.replaced if scrub is not None else 0,
        "workshop": {
            "id": rows.workshop["id"],
            "key": rows.workshop["key"],
            "title": rows.workshop["title"],
            "organiser": rows.workshop["organiser"],
            "time_zone": rows.workshop["time_zone"],
        },
        "sessions": [
            {
                "id": s["id"],
                "key": s["key"],
                "title": s["title"],
                "date": s["date"],
                "start": s["start_time"],
                "end": s["end_time"],
            }
            for s in sessions
        ],
        "groups": [
            {
                "id": g["id"],
                "key": g["key"],
                "name": g["name"],
                "facilitator": None if public else g["facilitator"],
            }
            for g in rows.groups
        ],
        "delivery": delivery(rows, sessions, ideas_per_board, agenda, present),
        "questions": questions,
        "top_ideas": top,
        "actors_overall": actor_counts("", sum(per_question.values(), Counter())),
        "breakdowns": breakdowns(rows, attended, ideas),
        "time": time_rows,
        "sha256": "0" * 64,
    }


def _oldest_first(
    placed: list[tuple[str, str, Row, tuple[str, str]]],
) -> list[tuple[str, str, Row, tuple[str, str]]]:
    """``placed`` sorted by (created, id), equal ones in their order. Two stable sorts,
    by id and then by time, give that order: comparing two strings costs a fraction of
    comparing two pairs of them (0.1 s for 50,000 ideas). Values that cannot be
    compared on their own (None beside a text) go the pairs' way, which may cope."""
    try:
        return sorted(sorted(placed, key=_ID), key=_CREATED)
    except TypeError:
        return sorted(placed, key=_CREATED_ID)


_CREATED, _ID, _CREATED_ID = itemgetter(0), itemgetter(1), itemgetter(0, 1)


def _by_votes(ideas: list[Item]) -> list[Item]:
    # Highest score, then most dots first; ``reverse`` keeps equal ideas in their order.
    return sorted(ideas, key=_SCORE_VOTES, reverse=True)


_SCORE_VOTES = itemgetter("score", "votes")


def _answers_by_idea(
    answers: list[Row] | None, clean: Callable[[str], str], *, public: bool = False
) -> dict[str, list[ExpertAnswer]]:
    """Answer versions per question note, oldest first (the expert's name not in public)."""
    out: dict[str, list[ExpertAnswer]] = defaultdict(list)
    # The fields of an ``expert_answer`` row (models/answers.py), in the desk's order.
    ordered = sorted(answers or [], key=lambda a: (str(a["answered_at"]), str(a["created_at"])))
    for a in ordered:
        out[str(a["idea_id"])].append(
            ExpertAnswer(
                text=clean(str(a["text"])),
                answered_by=None if public else str(a["expert"]),
                answered_at=_time(str(a["answered_at"])),
            )
        )
    return out


def _time_rows(
    agenda: list[Row],
    session_by_id: dict[str, Row],
    group_by_id: dict[str, Row],
    clean: Callable[[str], str],
) -> list[TimeRow]:
    out = []
    for a in sorted(
        agenda,
        key=lambda a: (
            session_by_id[a["session_id"]]["position"],
            group_by_id[a["group_id"]]["position"],
            group_by_id[a["group_id"]]["key"],
            a["position"],
        ),
    ):
        actual = None
        if a.get("started_at") and a.get("ended_at"):
            span = _time(a["ended_at"]) - _time(a["started_at"])
            actual = max(0, round(span.total_seconds() / 60))
        planned = a["plan_timebox_min"] if a.get("plan_timebox_min") is not None else 0
        out.append(
            TimeRow(
                session_key=session_by_id[a["session_id"]]["key"],
                group_key=group_by_id[a["group_id"]]["key"],
                title=a["title"] if a.get("key") else clean(a["title"]),
                status=ItemStatus(a["status"]),
                planned_min=planned if planned else a["timebox_min"],
                actual_min=actual,
            )
        )
    return out
