"""Writes every change of a synced row into the change log, in the same transaction.

Before a flush each new or changed synced row gets a fresh HLC stamp and ``updated_at``;
after the flush (still inside the transaction) a snapshot of it is appended to
``change_log``. Sync later sends the entries the central store has not acknowledged.

An entry is acknowledged when its ``acked_at`` is set (versions pulled from the central
store are logged that way) or its ``seq`` is at or below the acknowledgement watermark
of the central store the laptop delivers to, one number per store that the push raises
after each central commit: acknowledging 50,000 entries is then one tiny write instead
of rewriting 50,000 change-log rows, payloads included. A store the laptop has not met
has no watermark: everything of the laptop's own is sent to it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    cast,
    delete,
    func,
    insert,
    inspect,
    literal,
    select,
)
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from facilitator_app.clock import Clock
from facilitator_app.models import ChangeLogEntry, Entity, Preference
from facilitator_app.store.hlc import HybridLogicalClock

_PENDING_KEY = "changelog_pending"
# What a laptop delivered is counted per central store: one watermark per store id
# (``sync.acked.<store id>``), and ``sync.store`` names the store it delivers to now.
ACKED_PREFIX = "sync.acked."
STORE_KEY = "sync.store"


def acked_key(store_id: str) -> str:
    """The preference holding the acknowledgement watermark of central store ``store_id``."""
    return ACKED_PREFIX + store_id


def delivery_store(session: OrmSession) -> str | None:
    """The id of the central store this laptop delivers to (None: not met yet)."""
    return session.scalar(select(Preference.value).where(Preference.key == STORE_KEY)) or None


def acked_through(session: OrmSession, store_id: str) -> int:
    """The watermark of ``store_id``: entries with ``seq`` up to it are delivered there."""
    value = session.scalar(select(Preference.value).where(Preference.key == acked_key(store_id)))
    return int(value) if value else 0


def unacknowledged() -> ColumnElement[bool]:
    """Condition selecting the change-log entries the current store has not acknowledged.

    The current store is the one ``sync.store`` names; until the laptop has met it, no
    entry of its own counts as delivered. The watermark is a subquery, so one statement
    sees one consistent watermark; ``ix_change_log_unacked`` (acked_at, seq) answers it
    with one range scan.
    """
    current = select(Preference.value).where(Preference.key == STORE_KEY).scalar_subquery()
    watermark = func.coalesce(
        select(cast(Preference.value, Integer))
        .where(Preference.key == literal(ACKED_PREFIX) + current)
        .scalar_subquery(),
        0,
    )
    return and_(ChangeLogEntry.acked_at.is_(None), ChangeLogEntry.seq > watermark)


def waiting_count(session: OrmSession) -> int:
    """How many change-log entries the current central store has not acknowledged yet."""
    query = select(func.count()).select_from(ChangeLogEntry).where(unacknowledged())
    return int(session.scalar(query) or 0)


def _set(session: OrmSession, key: str, value: str) -> None:
    pref = session.scalar(select(Preference).where(Preference.key == key))
    if pref is None:
        session.add(Preference(key=key, value=value))
    elif pref.value != value:
        pref.value = value


def acknowledge_through(session: OrmSession, seq: int, store_id: str) -> None:
    """Mark every entry up to ``seq`` delivered to ``store_id``.

    The watermark only ever rises here, so a late or repeated acknowledgement changes
    nothing. Call it only after that central store committed those entries.
    """
    if seq > acked_through(session, store_id):
        _set(session, acked_key(store_id), str(seq))


def set_delivered(session: OrmSession, store_id: str, seq: int) -> None:
    """Make ``store_id`` the store this laptop delivers to, with watermark exactly ``seq``.

    The store's own record of what it committed from this laptop is the truth: higher
    than ours after a crash between its commit and ours, lower after it was restored from
    an older backup (then everything above it is sent again).
    """
    _set(session, STORE_KEY, store_id)
    _set(session, acked_key(store_id), str(seq))


def forget_delivery_store(session: OrmSession) -> None:
    """The laptop now delivers to a store it has not met (a new address was set)."""
    session.execute(delete(Preference).where(Preference.key == STORE_KEY))


def forget_all_deliveries(session: OrmSession) -> None:
    """Nothing counts as delivered anywhere (the laptop took a new identity)."""
    session.execute(delete(Preference).where(Preference.key.startswith(ACKED_PREFIX)))


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
    return entry_of(type(row).__tablename__, row.id, row.hlc, snapshot(row), seq, now)


def entry_of(
    table: str, row_id: uuid.UUID, stamp: str, data: dict[str, Any], seq: int, now: dt.datetime
) -> dict[str, Any]:
    """The change-log row recording a row of ``table`` whose columns are ``data`` (every
    column, JSON-ready, as ``snapshot`` gives them), stamped ``stamp``."""
    return {
        "id": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "hlc": stamp,
        "seq": seq,
        "table_name": table,
        "row_id": row_id,
        "row_hlc": stamp,
        "payload": json.dumps(data, ensure_ascii=False, sort_keys=True),
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
