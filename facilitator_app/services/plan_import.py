"""Loads a checked plan into the local store, idempotently.

Rows made from a plan get UUIDs derived from the plan's ids (uuid5), so every laptop
that imports the same plan agrees on them. Re-importing the same plan changes nothing;
an updated plan updates what the organisers own and keeps what the facilitator captured
(item order, status, notes, changed timeboxes, ideas, attendance).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.models import (
    AgendaItem,
    Entity,
    Group,
    Participant,
    Session,
    Workshop,
)
from facilitator_app.schemas.plan import PlanFile
from facilitator_app.services.plan_file import LoadedPlan
from facilitator_app.store import Store

NAMESPACE = uuid.UUID("6f1c2a52-4d0e-4a8e-9a43-52b7a7a2b6c1")


def plan_uuid(*parts: str) -> uuid.UUID:
    """Deterministic id of a plan-made row (same on every laptop)."""
    return uuid.uuid5(NAMESPACE, "/".join(parts))


@dataclass
class ImportResult:
    """What an import did, for the CLI and the status bar."""

    workshop_id: uuid.UUID
    unchanged: bool = False
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """One line in plain words."""
        if self.unchanged:
            return "The plan is already imported; nothing changed."

        def fmt(d: dict[str, int]) -> str:
            return ", ".join(f"{n} {k}" for k, n in sorted(d.items()) if n) or "nothing"

        return (
            f"created {fmt(self.created)}; updated {fmt(self.updated)}; removed {fmt(self.removed)}"
        )


class _Upserter:
    def __init__(self, session: OrmSession, result: ImportResult, now: Any) -> None:
        self.session = session
        self.result = result
        self.now = now

    def upsert(self, model: type[Entity], row_id: uuid.UUID, fields: dict[str, Any]) -> Any:
        row = self.session.get(model, row_id)
        name = model.__tablename__
        if row is None:
            row = model(id=row_id, **fields)
            self.session.add(row)
            self.result.created[name] = self.result.created.get(name, 0) + 1
            return row
        changed = False
        if getattr(row, "deleted_at", None) is not None:
            row.deleted_at = None  # type: ignore[attr-defined]
            changed = True
        for key, value in fields.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
                changed = True
        if changed:
            self.result.updated[name] = self.result.updated.get(name, 0) + 1
        return row

    def tombstone(self, rows: list[Any]) -> None:
        for row in rows:
            if row.deleted_at is None:
                row.deleted_at = self.now
                name = type(row).__tablename__
                self.result.removed[name] = self.result.removed.get(name, 0) + 1


def import_plan(store: Store, loaded: LoadedPlan) -> ImportResult:
    """Import (or update from) a checked plan in one transaction."""
    plan = loaded.plan
    ws_key = plan.workshop.id
    ws_id = plan_uuid(ws_key)
    result = ImportResult(ws_id)
    with store.transaction() as s:
        existing = s.get(Workshop, ws_id)
        if existing is not None and existing.plan_digest == loaded.digest:
            result.unchanged = True
            return result
        up = _Upserter(s, result, store.clock.now())
        up.upsert(
            Workshop,
            ws_id,
            {
                "key": ws_key,
                "title": plan.workshop.title,
                "organiser": plan.workshop.organiser,
                "time_zone": plan.workshop.time_zone,
                "plan_digest": loaded.digest,
                "certificate_min_sessions": (
                    None if plan.certificate is None else plan.certificate.min_sessions
                ),
            },
        )
        s.flush()
        _import_groups_and_people(s, up, plan, ws_id)
        _import_sessions(s, up, plan, ws_id)
    return result


def _import_groups_and_people(
    s: OrmSession, up: _Upserter, plan: PlanFile, ws_id: uuid.UUID
) -> None:
    ws_key = plan.workshop.id
    group_of: dict[str, uuid.UUID] = {}
    for pos, g in enumerate(plan.groups):
        gid = plan_uuid(ws_key, "group", g.id)
        up.upsert(
            Group,
            gid,
            {
                "workshop_id": ws_id,
                "key": g.id,
                "name": g.name,
                "facilitator": g.facilitator,
                "position": pos,
            },
        )
        for pid in g.participants:
            group_of[pid] = gid
    s.flush()
    for pos, p in enumerate(plan.participants):
        up.upsert(
            Participant,
            plan_uuid(ws_key, "participant", p.id),
            {
                "workshop_id": ws_id,
                "group_id": group_of.get(p.id),
                "key": p.id,
                "display_name": p.display_name,
                "municipality": p.municipality,
                "sector": p.sector.value,
                "role": p.role.value,
                "experience": p.experience.value,
                "municipality_size": p.municipality_size.value,
                "region": p.region,
                "consent_to_be_named": p.consent_to_be_named,
                "position": pos,
            },
        )
    keep_groups = {g.id for g in plan.groups}
    keep_people = {p.id for p in plan.participants}
    up.tombstone(
        list(
            s.scalars(
                select(Group).where(Group.workshop_id == ws_id, Group.key.not_in(keep_groups))
            )
        )
    )
    up.tombstone(
        list(
            s.scalars(
                select(Participant).where(
                    Participant.workshop_id == ws_id,
                    Participant.key.not_in(keep_people),
                )
            )
        )
    )


def _import_sessions(s: OrmSession, up: _Upserter, plan: PlanFile, ws_id: uuid.UUID) -> None:
    ws_key = plan.workshop.id
    groups = [plan_uuid(ws_key, "group", g.id) for g in plan.groups]
    for pos, ps in enumerate(plan.sessions):
        sid = plan_uuid(ws_key, "session", ps.id)
        up.upsert(
            Session,
            sid,
            {
                "workshop_id": ws_id,
                "key": ps.id,
                "title": ps.title,
                "date": ps.date,
                "start_time": ps.start,
                "end_time": ps.end,
                "position": pos,
            },
        )
        s.flush()
        for gid in groups:
            _import_agenda(s, up, ws_key, ps, sid, gid)
    keep = {ps.id for ps in plan.sessions}
    up.tombstone(
        list(
            s.scalars(select(Session).where(Session.workshop_id == ws_id, Session.key.not_in(keep)))
        )
    )


def _import_agenda(
    s: OrmSession, up: _Upserter, ws_key: str, ps: Any, sid: uuid.UUID, gid: uuid.UUID
) -> None:
    current = list(
        s.scalars(
            select(AgendaItem)
            .where(AgendaItem.session_id == sid, AgendaItem.group_id == gid)
            .order_by(AgendaItem.position)
        )
    )
    by_key = {item.key: item for item in current if item.key is not None}
    plan_keys = [item.id for item in ps.agenda]
    live = [i for i in current if i.deleted_at is None]
    kept = [i.key for i in live if i.key is not None and i.key in plan_keys]
    # The facilitator reordered when kept plan items stand in another order than the plan's.
    reordered = kept != [k for k in plan_keys if k in kept]
    slots = _order(live, plan_keys, reordered)
    position = {slot: n for n, slot in enumerate(slots) if isinstance(slot, str)}

    for pi in ps.agenda:
        old = by_key.get(pi.id)
        fields: dict[str, Any] = {
            "session_id": sid,
            "group_id": gid,
            "key": pi.id,
            "kind": pi.kind.value,
            "title": pi.title,
            "description": pi.description,
            "sub_questions": json.dumps(list(pi.sub_questions), ensure_ascii=False),
            "plan_timebox_min": pi.timebox,
            "position": position[pi.id],
        }
        if old is None or old.timebox_min == old.plan_timebox_min:
            fields["timebox_min"] = pi.timebox  # keep a timebox the facilitator changed
        up.upsert(AgendaItem, plan_uuid(ws_key, "agenda", ps.id, str(gid), pi.id), fields)
    up.tombstone([i for i in live if i.key is not None and i.key not in plan_keys])
    for n, slot in enumerate(slots):
        if isinstance(slot, AgendaItem) and slot.position != n:
            slot.position = n


def _order(live: list[AgendaItem], plan_keys: list[str], reordered: bool) -> list[str | AgendaItem]:
    """The new order: plan keys (str) and ad-hoc items (rows).

    Not reordered: the new plan order, each ad-hoc item kept after the item it followed.
    Reordered: the facilitator's order, new plan items appended.
    """
    if reordered:
        slots: list[str | AgendaItem] = [
            i if i.key is None else i.key for i in live if i.key is None or i.key in plan_keys
        ]
        slots.extend(k for k in plan_keys if k not in slots)
        return slots
    follows: dict[str | None, list[AgendaItem]] = {}
    prev: str | None = None
    for item in live:
        if item.key is None:
            follows.setdefault(prev if prev in plan_keys else None, []).append(item)
        else:
            prev = item.key
    slots = list(follows.get(None, []))
    for key in plan_keys:
        slots.append(key)
        slots.extend(follows.get(key, []))
    return slots
