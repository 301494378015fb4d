"""Conflicts in words: which group and question, which laptops, both versions, what won.

The store keeps every version that lost a field to a concurrent edit
(``central_conflict``). For organisers this names the group, its facilitator, the
agenda question, each laptop by its readable name (``central_laptop_sync``; a laptop
never named there shows the start of its id) and the time of each version in the
workshop's time zone.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from facilitator_app.errors import CentralStoreError
from facilitator_app.store.hlc import parse_hlc
from facilitator_app.sync.central_schema import conflict_table, entity_tables, laptop_sync_table
from facilitator_app.sync.central_store import CentralStore, describe_error
from facilitator_app.sync.overview import check_role, payloads, plan_sessions
from facilitator_app.sync.rows import CENTRAL_ORIGIN, PLAN_ORIGIN

KINDS = {
    "idea": "note",
    "agenda_item": "agenda item",
    "cluster": "cluster",
    "attendance": "attendance",
    "vote_round": "vote",
    "dot_vote": "dot",
    "timer_event": "timer",
    "breakout_group": "group",
    "participant": "participant",
    "session": "session",
    "workshop": "workshop",
    "expert_answer": "answer",
}


@dataclass(frozen=True)
class ConflictView:
    """One losing version beside the version that is kept."""

    kind: str
    row_id: uuid.UUID
    group_name: str
    facilitator: str
    question: str
    lost_words: str
    lost_laptop: str
    lost_at: dt.datetime
    kept_words: str
    kept_laptop: str
    kept_at: dt.datetime

    def line(self, zone: ZoneInfo) -> str:
        """The conflict as one sentence for the terminal."""

        def at(when: dt.datetime) -> str:
            return when.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")

        where = self.group_name or "workshop-wide"
        if self.facilitator:
            where += f" (facilitator {self.facilitator})"
        if self.question:
            where += f", question '{self.question}'"
        return (
            f"{where}: {self.kind} {self.row_id} changed on two laptops. "
            f"Kept: '{self.kept_words}' from {self.kept_laptop} at {at(self.kept_at)} "
            f"(the later change won). "
            f"Lost: '{self.lost_words}' from {self.lost_laptop} at {at(self.lost_at)}."
        )


def _words(payload: dict[str, Any] | None) -> str:
    if payload is None:
        return "(gone)"
    for key in ("text", "title", "name", "status", "kind"):
        if payload.get(key) not in (None, ""):
            return str(payload[key])[:120]
    return "(no text)"


def _when(stamp: str) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(parse_hlc(stamp)[0] / 1000, dt.UTC)
    except ValueError:
        return dt.datetime.fromtimestamp(0, dt.UTC)


def _laptop(names: dict[str, str], node: str) -> str:
    if node == CENTRAL_ORIGIN:
        return "the central store's merge"
    if node == PLAN_ORIGIN:
        return "the published plan"
    name = names.get(node)
    return f"laptop '{name}'" if name else f"an unnamed laptop ({node[:8]})"


def read_conflicts(central: CentralStore) -> tuple[str, list[ConflictView]]:
    """The workshop's time zone and every conflict in words, oldest first."""
    check_role(central)
    try:
        with central.engine.connect() as conn:
            workshop, _sessions = plan_sessions(conn)
            rows = conn.execute(select(conflict_table).order_by(conflict_table.c.change_seq)).all()
            names = {
                r.node: r.laptop_name
                for r in conn.execute(
                    select(laptop_sync_table.c.node, laptop_sync_table.c.laptop_name)
                )
            }
            groups = {p["id"]: p for _g, p in payloads(conn, "breakout_group")}
            items = {p["id"]: p for _g, p in payloads(conn, "agenda_item")}
            current: dict[tuple[str, str], dict[str, Any]] = {}
            for table_name in {row.table_name for row in rows}:
                t = entity_tables[table_name]
                ids = [row.row_id for row in rows if row.table_name == table_name]
                for start in range(0, len(ids), 500):
                    found = conn.execute(
                        select(t.c.id, t.c.payload).where(t.c.id.in_(ids[start : start + 500]))
                    )
                    for r in found:
                        current[(table_name, str(r.id))] = json.loads(r.payload)
            conn.rollback()
    except SQLAlchemyError as exc:
        raise CentralStoreError(describe_error(exc, central.url)) from None
    views = []
    for row in rows:
        lost = json.loads(row.loser_payload)
        kept = current.get((row.table_name, str(row.row_id)))
        group = groups.get(str(row.group_id), {}) if row.group_id is not None else {}
        item_id = str(row.row_id) if row.table_name == "agenda_item" else lost.get("agenda_item_id")
        question = items.get(str(item_id), {}).get("title", "") if item_id else ""
        views.append(
            ConflictView(
                KINDS.get(row.table_name, row.table_name),
                row.row_id if isinstance(row.row_id, uuid.UUID) else uuid.UUID(str(row.row_id)),
                str(group.get("name", "")),
                str(group.get("facilitator", "")),
                str(question),
                _words(lost),
                _laptop(names, row.loser_origin),
                _when(row.loser_hlc),
                _words(kept),
                _laptop(names, parse_hlc(row.winner_hlc)[2] if "." in row.winner_hlc else ""),
                _when(row.winner_hlc),
            )
        )
    return str(workshop["time_zone"]), views
