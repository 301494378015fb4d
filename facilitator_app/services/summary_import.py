"""Loads a verified group summary into a local store, idempotently.

Organisers merge groups' files this way, and a replacement laptop gets a group's work
back. Rows keep the UUIDs of the file, so importing the same file twice changes nothing
and two groups' files never overwrite each other. Before anything is written every id is
checked: an id that belongs to another group (or another workshop) is refused with the
reason and the store stays as it was (one transaction).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.errors import SummaryError
from facilitator_app.models import (
    AgendaItem,
    Attendance,
    ChangeLogEntry,
    Cluster,
    DotVote,
    Entity,
    ExpertAnswer,
    Group,
    Idea,
    Participant,
    Session,
    VoteRound,
    Workshop,
)
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.store import Store
from facilitator_app.store.changelog import to_jsonable

PLAN_KEYS = frozenset({"workshop", "sessions", "groups", "participants"})


@dataclass
class SummaryImportResult:
    """What an import did, counted per table."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_newer: dict[str, int] = field(default_factory=dict)

    @property
    def unchanged(self) -> bool:
        """True when nothing was written (the store held this summary, or newer)."""
        return not any(self.created.values()) and not any(self.updated.values())

    def summary(self) -> str:
        """One line in plain words."""

        def fmt(d: dict[str, int]) -> str:
            return ", ".join(f"{n} {k}" for k, n in sorted(d.items()) if n) or "nothing"

        newer = (
            f"; kept the newer version here of {fmt(self.kept_newer)}"
            if any(self.kept_newer.values())
            else ""
        )
        if self.unchanged:
            return f"The summary is already in this store; nothing changed{newer}."
        return f"created {fmt(self.created)}; updated {fmt(self.updated)}{newer}"


def load_group_summary(path: Path) -> GroupSummary:
    """``load_summary``, naming a workshop plan file given by mistake as what it is.

    The plan and the groups' summary files often share a folder; "does not match the
    summary schema: app_version: is missing … (and 571 more)" does not tell an organiser
    that the file is the plan.
    """
    from facilitator_app.services.summary import MAX_SUMMARY_BYTES, load_summary

    try:
        return load_summary(path)
    except SummaryError:
        if path.is_file() and path.stat().st_size <= MAX_SUMMARY_BYTES:
            try:
                raw = json.loads(path.read_bytes())
            except (ValueError, OSError, RecursionError):
                raw = None
            if isinstance(raw, dict) and raw.keys() >= PLAN_KEYS and "sha256" not in raw:
                raise SummaryError(
                    "This is a workshop plan file, not a group summary: organisers publish "
                    "it with 'central publish', a laptop loads it with 'plan import'."
                ) from None
        raise


def import_summary(store: Store, summary: GroupSummary) -> SummaryImportResult:
    """Merge a verified summary into ``store`` in one transaction (see module docstring)."""
    if summary.public:
        raise SummaryError(
            "This is a public summary: it leaves out participants and authors, so it cannot "
            "restore a group's work. Import the full (non-public) summary file."
        )
    result = SummaryImportResult()
    with store.transaction() as s:
        problems = find_clashes(s, summary)
        if problems:
            raise SummaryError(
                "Nothing was imported: "
                + "; ".join(problems[:5])
                + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else "")
            )
        _Writer(s, result).write(summary)
    return result


def _owner_clash(
    s: OrmSession, model: type[Entity], row_id: uuid.UUID, expect: dict[str, Any], what: str
) -> str | None:
    row = s.get(model, row_id)
    if row is None:
        return None
    for key, value in expect.items():
        if getattr(row, key) != value:
            return f"{what} {row_id} already belongs to another {key.removesuffix('_id')}"
    return None


def find_clashes(s: OrmSession, summary: GroupSummary) -> list[str]:
    """Ids of the file that the store already uses for something else."""
    ws, se, gr = summary.workshop, summary.session, summary.group
    out: list[str | None] = []
    same_key = s.scalar(select(Workshop).where(Workshop.key == ws.key))
    if same_key is not None and same_key.id != ws.id:
        out.append(f"workshop {ws.key!r} exists here with another id")
    out.append(_owner_clash(s, Workshop, ws.id, {"key": ws.key}, "workshop id"))
    for model, row, what in ((Session, se, "session"), (Group, gr, "group")):
        out.append(
            _owner_clash(s, model, row.id, {"workshop_id": ws.id, "key": row.key}, f"{what} id")
        )
        other = s.scalar(select(model.id).where(model.workshop_id == ws.id, model.key == row.key))
        if other is not None and other != row.id:
            out.append(f"{what} {row.key!r} exists here with another id")
    for p in summary.participants:
        out.append(_owner_clash(s, Participant, p.id, {"workshop_id": ws.id}, "participant"))
        other_p = s.scalar(
            select(Participant.id).where(Participant.workshop_id == ws.id, Participant.key == p.key)
        )
        if other_p is not None and other_p != p.id:
            out.append(f"participant {p.key!r} exists here with another id")
    board = {"session_id": se.id, "group_id": gr.id}
    for a in summary.agenda:
        out.append(_owner_clash(s, AgendaItem, a.id, board, "agenda item"))
        if a.key is not None:
            other_a = s.scalar(
                select(AgendaItem.id).where(
                    AgendaItem.session_id == se.id,
                    AgendaItem.group_id == gr.id,
                    AgendaItem.key == a.key,
                )
            )
            if other_a is not None and other_a != a.id:
                out.append(f"agenda item {a.key!r} exists here with another id")
    out += [_owner_clash(s, Idea, i.id, board, "idea") for i in summary.ideas]
    out += [_owner_clash(s, Cluster, c.id, board, "cluster") for c in summary.clusters]
    for r in summary.vote_rounds:
        out.append(_owner_clash(s, VoteRound, r.id, board, "vote round"))
        out += [_owner_clash(s, DotVote, d.id, {"round_id": r.id}, "dot") for d in r.dots]
    return [p for p in out if p is not None]


class _Writer:
    """Creates missing rows and updates differing ones; leaves equal rows untouched."""

    def __init__(self, s: OrmSession, result: SummaryImportResult) -> None:
        self.s = s
        self.result = result
        # Stored ``updated_at`` stamps to put back after the change-log hook set them to now.
        self.stamps: dict[type[Entity], list[dict[str, Any]]] = {}

    def upsert(
        self,
        model: type[Entity],
        row_id: uuid.UUID,
        fields: dict[str, Any],
        *,
        create_only: dict[str, Any] | None = None,
        updated_at: Any = None,
    ) -> None:
        row = self.s.get(model, row_id)
        name = model.__tablename__
        if row is None:
            self.s.add(model(id=row_id, **fields, **(create_only or {})))
            self.result.created[name] = self.result.created.get(name, 0) + 1
        else:
            if updated_at is not None and row.updated_at > updated_at:
                # The store's version is newer (edited or deleted after this export): keep it,
                # as sync would (last writer wins).
                self.result.kept_newer[name] = self.result.kept_newer.get(name, 0) + 1
                return
            changed = False
            if getattr(row, "deleted_at", None) is not None:
                row.deleted_at = None  # type: ignore[attr-defined]
                changed = True
            for key, value in fields.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
                    changed = True
            if not changed:
                return
            self.result.updated[name] = self.result.updated.get(name, 0) + 1
        if updated_at is not None:
            self.stamps.setdefault(model, []).append({"b_id": row_id, "b_at": updated_at})

    def write(self, summary: GroupSummary) -> None:
        ws, se, gr = summary.workshop, summary.session, summary.group
        # What the organisers' plan owns is only created when missing, never overwritten.
        if self.s.get(Workshop, ws.id) is None:
            self.upsert(
                Workshop,
                ws.id,
                {
                    "key": ws.key,
                    "title": ws.title,
                    "organiser": ws.organiser,
                    "time_zone": ws.time_zone,
                },
            )
            self.s.flush()
        if self.s.get(Session, se.id) is None:
            self.upsert(
                Session,
                se.id,
                {
                    "workshop_id": ws.id,
                    "key": se.key,
                    "title": se.title,
                    "date": se.date,
                    "start_time": se.start,
                    "end_time": se.end,
                    "position": se.position,
                },
            )
        if self.s.get(Group, gr.id) is None:
            self.upsert(
                Group,
                gr.id,
                {
                    "workshop_id": ws.id,
                    "key": gr.key,
                    "name": gr.name,
                    "facilitator": gr.facilitator or "",
                    "position": gr.position,
                },
            )
        self.s.flush()
        first_seq = int(self.s.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0)
        self._people(summary)
        self._board(summary)
        self.s.flush()
        for model, params in self.stamps.items():
            table: Table = model.__table__  # type: ignore[assignment]
            self.s.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(updated_at=bindparam("b_at")),
                params,
            )
            self._restamp_outbox(model.__tablename__, params, first_seq)

    def _restamp_outbox(self, name: str, params: list[dict[str, Any]], first_seq: int) -> None:
        """Give this import's change-log entries the file's ``updated_at`` too.

        The change-log hook logged the rows with ``updated_at`` = now; sync sends those
        entries, so without this the central store (and every other laptop) would date an
        imported idea to the import and an older file would look newer than it is.
        """
        stamps = {p["b_id"]: to_jsonable(p["b_at"]) for p in params}
        entries = self.s.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.seq > first_seq,
                ChangeLogEntry.table_name == name,
                ChangeLogEntry.row_id.in_(list(stamps)),
            )
        )
        for entry in entries:
            payload = json.loads(entry.payload)
            payload["updated_at"] = stamps[entry.row_id]
            entry.payload = json.dumps(payload, ensure_ascii=False, sort_keys=True)

    def _people(self, summary: GroupSummary) -> None:
        ws, se, gr = summary.workshop, summary.session, summary.group
        for n, p in enumerate(summary.participants):
            if self.s.get(Participant, p.id) is None:
                # Only what the file knows; the plan (if imported later) fills in the rest.
                self.upsert(
                    Participant,
                    p.id,
                    {
                        "workshop_id": ws.id,
                        "group_id": gr.id,
                        "key": p.key,
                        "display_name": p.name or p.key,
                        "municipality": "",
                        "sector": "other",
                        "role": "employee",
                        "experience": "some",
                        "municipality_size": "medium",
                        "region": "",
                        "consent_to_be_named": p.consent_to_be_named,
                        "position": n,
                    },
                )
        self.s.flush()
        for p in summary.participants:
            row = self.s.scalar(
                select(Attendance).where(
                    Attendance.session_id == se.id, Attendance.participant_id == p.id
                )
            )
            if row is None:
                if p.present:
                    self.s.add(Attendance(session_id=se.id, participant_id=p.id, present=True))
                    self.result.created["attendance"] = self.result.created.get("attendance", 0) + 1
            elif row.present != p.present:
                row.present = p.present
                self.result.updated["attendance"] = self.result.updated.get("attendance", 0) + 1

    def _board(self, summary: GroupSummary) -> None:
        board = {"session_id": summary.session.id, "group_id": summary.group.id}
        for a in summary.agenda:
            self.upsert(
                AgendaItem,
                a.id,
                {
                    **board,
                    "key": a.key,
                    "kind": a.kind.value,
                    "title": a.title,
                    "description": a.description,
                    "sub_questions": json.dumps(a.sub_questions, ensure_ascii=False),
                    "plan_timebox_min": a.plan_timebox_min,
                    "timebox_min": a.timebox_min,
                    "position": a.position,
                    "status": a.status.value,
                    "note": a.note or "",
                    "started_at": a.started_at,
                    "ended_at": a.ended_at,
                },
                create_only={"created_at": a.created_at},
            )
        self.s.flush()
        for c in summary.clusters:
            self.upsert(
                Cluster,
                c.id,
                {**board, "agenda_item_id": c.agenda_item_id, "name": c.name},
                create_only={"created_at": c.created_at},
                updated_at=c.updated_at,
            )
        self.s.flush()
        for i in summary.ideas:
            self.upsert(
                Idea,
                i.id,
                {
                    **board,
                    "agenda_item_id": i.agenda_item_id,
                    "cluster_id": i.cluster_id,
                    "author_id": i.author_id,
                    "text": i.text,
                    "colour": i.colour,
                    "category": i.category.value,
                    "actor": i.actor.value,
                    "x": i.x,
                    "y": i.y,
                    "width": i.width,
                    "height": i.height,
                },
                create_only={"created_at": i.created_at},
                updated_at=i.updated_at,
            )
        self.s.flush()
        for q in summary.expert_questions:
            # The experts' answers travel with the file (every version, oldest first).
            for answer in q.answers:
                self.upsert(
                    ExpertAnswer,
                    answer.id,
                    {
                        **board,
                        "idea_id": q.idea_id,
                        "text": answer.text,
                        "expert": answer.expert,
                        "answered_at": answer.answered_at,
                        "replaces_id": answer.replaces_id,
                    },
                )
        self.s.flush()
        for r in summary.vote_rounds:
            self.upsert(
                VoteRound,
                r.id,
                {
                    **board,
                    "agenda_item_id": r.agenda_item_id,
                    "dots_per_participant": r.dots_per_participant,
                    "opened_at": r.opened_at,
                    "closed_at": r.closed_at,
                },
            )
            self.s.flush()
            for d in r.dots:
                self.upsert(
                    DotVote,
                    d.id,
                    {"round_id": r.id, "idea_id": d.idea_id, "participant_id": d.participant_id},
                    create_only={"created_at": d.created_at},
                )
