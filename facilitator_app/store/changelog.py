"""Writes every change of a synced row into the change log, in the same transaction.

Before a flush each new or changed synced row gets a fresh HLC stamp and ``updated_at``;
after the flush (still inside the transaction) a snapshot of it is appended to
``change_log``. Sync later sends the entries the central store has not acknowledged.

An entry is acknowledged when its ``acked_at`` is set (versions pulled from the central
store are logged that way) or its ``seq`` is at or below the acknowledgement watermark,
one number the push raises after each central commit: acknowledging 50,000 entries is
then one tiny write instead of rewriting 50,000 change-log rows, payloads included.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, cast, func, insert, inspect, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from facilitator_app.clock import Clock
from facilitator_app.models import ChangeLogEntry, Entity, Preference
from facilitator_app.store.hlc import HybridLogicalClock

_PENDING_KEY = "changelog_pending"
# Preference holding the acknowledgement watermark: every entry up to it is acknowledged.
ACKED_KEY = "sync.acked_seq"


def acked_through(session: OrmSession) -> int:
    """The acknowledgement watermark: entries with ``seq`` up to it are acknowledged."""
    value = session.scalar(select(Preference.value).where(Preference.key == ACKED_KEY))
    return int(value) if value else 0


def unacknowledged() -> ColumnElement[bool]:
    """Condition selecting the change-log entries still waiting to be sent.

    The watermark is a subquery, so one statement sees one consistent watermark;
    ``ix_change_log_unacked`` (acked_at, seq) answers it with one range scan.
    """
    watermark = func.coalesce(
        select(cast(Preference.value, Integer))
        .where(Preference.key == ACKED_KEY)
        .scalar_subquery(),
        0,
    )
    return and_(ChangeLogEntry.acked_at.is_(None), ChangeLogEntry.seq > watermark)


def waiting_count(session: OrmSession) -> int:
    """How many change-log entries the central store has not acknowledged yet."""
    query = select(func.count()).select_from(ChangeLogEntry).where(unacknowledged())
    return int(session.scalar(query) or 0)


def acknowledge_through(session: OrmSession, seq: int) -> None:
    """Mark every entry up to ``seq`` acknowledged.

    The watermark only ever rises, so a late or repeated acknowledgement changes nothing.
    Call it only after the central store committed those entries.
    """
    pref = session.scalar(select(Preference).where(Preference.key == ACKED_KEY))
    if pref is None:
        session.add(Preference(key=ACKED_KEY, value=str(seq)))
    elif seq > int(pref.value or 0):
        pref.value = str(seq)


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


LAST_SEQ = select(func.coalesce(func.max(ChangeLogEntry.seq), 0))


def entry(row: Entity, seq: int, now: dt.datetime) -> dict[str, Any]:
    """The change-log row recording ``row`` as it is now (already stamped)."""
    return {
        "id": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "hlc": row.hlc,
        "seq": seq,
        "table_name": type(row).__tablename__,
        "row_id": row.id,
        "row_hlc": row.hlc,
        "payload": json.dumps(snapshot(row), ensure_ascii=False, sort_keys=True),
        "acked_at": None,
    }


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
        last = conn.execute(LAST_SEQ).scalar_one()
        now = clock.now()
        rows = [entry(obj, last + offset, now) for offset, obj in enumerate(pending, start=1)]
        conn.execute(insert(ChangeLogEntry), rows)

    def after_rollback(session: OrmSession) -> None:
        session.info.pop(_PENDING_KEY, None)

    event.listen(factory, "before_flush", before_flush)
    event.listen(factory, "after_flush", after_flush)
    event.listen(factory, "after_soft_rollback", lambda s, _t: after_rollback(s))
