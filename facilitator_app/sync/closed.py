"""Workshops the organisers closed by purging them, and keeping them closed.

A purge (``sync/purge.py``) records the workshop here in the same transaction. From then
on the store keeps nothing more of it: a laptop that still holds the workshop would
otherwise bring the purged names back with its next sync (the receipt sends again what
the store lacks) or with any later edit. Its changes to the workshop's rows are
acknowledged and not kept (``sync/push.py``), the receipt leaves the workshop's groups
out, the sync report tells the facilitator why, and ``central ingest`` refuses the
workshop's summary files.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select

from facilitator_app.models import Workshop
from facilitator_app.store import Store
from facilitator_app.sync.central_schema import closed_table
from facilitator_app.sync.central_store import CentralStore


@dataclass(frozen=True)
class ClosedWorkshop:
    """One closed workshop: what identifies its rows, and when it was closed."""

    workshop_id: str
    key: str
    title: str
    closed_at: dt.datetime
    kept_public: bool
    groups: frozenset[str]  # group ids as UUID text
    rows: frozenset[str]  # the workshop's and its sessions' ids, 32 hex digits

    def holds(self, group: str | None, row_hex: str) -> bool:
        """Whether a row (its group as UUID text, its id as 32 hex digits) is of this
        workshop."""
        return (group is not None and group in self.groups) or row_hex in self.rows


def _canonical(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def closed_workshops(conn: Connection) -> list[ClosedWorkshop]:
    """Every workshop closed in this store (few: one per finished workshop)."""
    out = []
    for row in conn.execute(select(closed_table)).mappings():
        when = row["closed_at"]
        out.append(
            ClosedWorkshop(
                workshop_id=str(_canonical(row["workshop_id"])),
                key=row["workshop_key"],
                title=row["title"],
                closed_at=when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when,
                kept_public=bool(row["kept_public"]),
                groups=frozenset(str(_canonical(g)) for g in json.loads(row["group_ids"])),
                rows=frozenset(_canonical(r).hex for r in json.loads(row["row_ids"])),
            )
        )
    return out


def record_closed(
    conn: Connection,
    *,
    workshop: dict[str, Any],
    group_ids: list[str],
    row_ids: list[str],
    kept_public: bool,
    now: dt.datetime,
) -> None:
    """Record (or record again, after a second purge) that a workshop is closed."""
    wid = _canonical(workshop["id"])
    conn.execute(delete(closed_table).where(closed_table.c.workshop_id == wid))
    conn.execute(
        closed_table.insert().values(
            workshop_id=wid,
            workshop_key=str(workshop["key"]),
            title=str(workshop.get("title") or workshop["key"]),
            closed_at=now,
            kept_public=kept_public,
            group_ids=json.dumps(sorted(str(_canonical(g)) for g in group_ids)),
            row_ids=json.dumps(sorted(str(_canonical(r)) for r in row_ids)),
        )
    )


def closed_of(
    closed: list[ClosedWorkshop], group: str | None, row_hex: str
) -> ClosedWorkshop | None:
    """The closed workshop a row is of, if any."""
    for workshop in closed:
        if workshop.holds(group, row_hex):
            return workshop
    return None


def closed_on_laptop(store: Store, central: CentralStore) -> list[ClosedWorkshop]:
    """The workshops this laptop holds that the organisers have closed."""
    with central.engine.connect() as conn:
        closed = closed_workshops(conn)
        conn.rollback()
    if not closed:
        return []
    with store.read() as s:
        here = {str(w) for w in s.scalars(select(Workshop.id))}
    return [c for c in closed if c.workshop_id in here]


def open_groups(groups: list[uuid.UUID], closed: list[ClosedWorkshop]) -> list[uuid.UUID]:
    """``groups`` without those of closed workshops (the store keeps nothing of them)."""
    shut = {g for c in closed for g in c.groups}
    return [g for g in groups if str(g) not in shut]
