"""Writes every change of a synced row into the change log, in the same transaction.

Before a flush each new or changed synced row gets a fresh HLC stamp and ``updated_at``;
after the flush (still inside the transaction) a snapshot of it is appended to
``change_log``. Sync later sends the entries the central store has not acknowledged.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from facilitator_app.clock import Clock
from facilitator_app.models import ChangeLogEntry, Entity
from facilitator_app.store.hlc import HybridLogicalClock

_PENDING_KEY = "changelog_pending"


def to_jsonable(value: Any) -> Any:
    """Turn a column value into something ``json.dumps`` accepts, reversibly."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def snapshot(row: Entity) -> dict[str, Any]:
    """All column values of a row, JSON-ready."""
    mapper = inspect(type(row))
    return {attr.key: to_jsonable(getattr(row, attr.key)) for attr in mapper.column_attrs}


def install(factory: sessionmaker[OrmSession], hlc: HybridLogicalClock, clock: Clock) -> None:
    """Hook change stamping and logging into every session made by ``factory``."""
    from sqlalchemy import event

    def before_flush(session: OrmSession, _ctx: object, _instances: object) -> None:
        changed: list[Entity] = []
        now = clock.now()
        for obj in list(session.new) + list(session.dirty):
            if not isinstance(obj, Entity) or not type(obj).__synced__:
                continue
            if obj in session.dirty and not session.is_modified(obj):
                continue
            if obj.id is None:
                obj.id = uuid.uuid4()
            if obj in session.new and obj.created_at is None:
                obj.created_at = now
            obj.updated_at = now
            obj.hlc = hlc.tick()
            changed.append(obj)
        if changed:
            session.info.setdefault(_PENDING_KEY, []).extend(changed)

    def after_flush(session: OrmSession, _ctx: object) -> None:
        pending: list[Entity] = session.info.pop(_PENDING_KEY, [])
        if not pending:
            return
        conn = session.connection()
        last = conn.execute(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))).scalar_one()
        now = clock.now()
        rows = []
        for offset, obj in enumerate(pending, start=1):
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "created_at": now,
                    "updated_at": now,
                    "hlc": obj.hlc,
                    "seq": last + offset,
                    "table_name": type(obj).__tablename__,
                    "row_id": obj.id,
                    "row_hlc": obj.hlc,
                    "payload": json.dumps(snapshot(obj), ensure_ascii=False, sort_keys=True),
                    "acked_at": None,
                }
            )
        conn.execute(insert(ChangeLogEntry), rows)

    def after_rollback(session: OrmSession) -> None:
        session.info.pop(_PENDING_KEY, None)

    event.listen(factory, "before_flush", before_flush)
    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "after_soft_rollback", lambda s, _t: after_rollback(s))
