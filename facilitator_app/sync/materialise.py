"""Copy central rows into a throw-away local store, so local services can work on them.

Publishing a plan runs the laptop's own plan import on the central data (so the
organisers' update keeps what facilitators captured), and the central export runs the
laptop's own summary builder: one behaviour, no second implementation.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, or_, select, text

from facilitator_app.clock import SystemClock
from facilitator_app.models import ChangeLogEntry
from facilitator_app.store import Store
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.rows import MODELS, Payload, from_payload, trusted_payload

# Copied whole even for one group: every group's participants refer to their groups.
PLAN_WIDE_TABLES = frozenset({"workshop", "session", "breakout_group", "participant"})


@contextmanager
def materialised(
    central: CentralStore,
    tables: tuple[str, ...],
    group_id: uuid.UUID | None = None,
) -> Iterator[Store]:
    """A temporary store holding the central rows of ``tables``.

    With ``group_id`` only workshop-wide rows and that group's rows are copied. Every
    copied row is recorded as an acknowledged change, so changes made on the copy merge
    against the right base when pushed back.
    """
    with tempfile.TemporaryDirectory(prefix="facilitator-central-") as tmp:
        store = Store.open(Path(tmp), SystemClock())
        try:
            _copy(central, store, tables, group_id)
            yield store
        finally:
            store.close()


# Rows without a group of their own: the field naming the parent whose group they share.
PARENTS = {"attendance": "participant", "dot_vote": "vote_round", "timer_event": "agenda_item"}
_PARENT_FIELD = {
    "attendance": "participant_id",
    "dot_vote": "round_id",
    "timer_event": "agenda_item_id",
}


def _trusted(name: str, row: Any, groups: dict[uuid.UUID, uuid.UUID | None]) -> Payload | None:
    """The row's payload if it agrees with the row's checked columns (see ``trusted_payload``).

    A row that belongs to its parent's group must also name a parent of that group.
    """
    payload = trusted_payload(name, row.id, row.group_id, row.payload)
    if payload is None or name not in PARENTS:
        return payload
    try:
        parent = uuid.UUID(str(payload.get(_PARENT_FIELD[name])))
    except ValueError:
        return None
    if parent not in groups or groups[parent] != row.group_id:
        return None
    return payload


def _copy(
    central: CentralStore, store: Store, tables: tuple[str, ...], group_id: uuid.UUID | None
) -> None:
    newest = ""
    with central.engine.connect() as conn, store.transaction() as s:
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        seq = int(s.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0)
        now = store.clock.now()
        groups: dict[uuid.UUID, uuid.UUID | None] = {}  # parent rows copied: their group
        for name in tables:
            source = entity_tables[name]
            query = select(source.c.id, source.c.group_id, source.c.hlc, source.c.payload)
            if group_id is not None and name not in PLAN_WIDE_TABLES:
                query = query.where(or_(source.c.group_id == group_id, source.c.group_id.is_(None)))
            target = cast(Table, MODELS[name].__table__)
            rows, values = [], []
            for r in conn.execute(query):
                payload = _trusted(name, r, groups)
                if payload is not None:
                    rows.append(r)
                    values.append(from_payload(target, payload))
                    if name in PARENTS.values():
                        groups[r.id] = r.group_id
            if not rows:
                continue
            s.execute(insert(target), values)
            log = []
            for r in rows:
                seq += 1
                log.append(
                    {
                        "id": uuid.uuid4(),
                        "created_at": now,
                        "updated_at": now,
                        "hlc": r.hlc,
                        "seq": seq,
                        "table_name": name,
                        "row_id": r.id,
                        "row_hlc": r.hlc,
                        "payload": r.payload,
                        "acked_at": now,
                    }
                )
                newest = max(newest, r.hlc)
            s.execute(insert(ChangeLogEntry), log)
        conn.rollback()
    if newest:
        store.hlc.observe(newest)
