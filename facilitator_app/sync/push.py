"""Push: send the change log's unacknowledged entries to the central store, in batches.

Each batch is one central transaction: the store merges every version, records losing
versions as conflicts and raises this laptop's acknowledged sequence number, all or
nothing. Only after that commit does the laptop mark the entries acknowledged. If the
laptop dies in between, the next push first asks the store what it already has, so
nothing is sent twice and a re-sent version changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from facilitator_app.errors import CentralStoreError
from facilitator_app.models import ChangeLogEntry
from facilitator_app.store import Store
from facilitator_app.sync.central_schema import (
    conflict_table,
    counter_table,
    entity_tables,
    laptop_table,
)
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.rows import Merged, Payload, Version, groups_of, merge

DEFAULT_BATCH = 500
# Workshop-wide rows belong to the organisers: a facilitator's role may not write them.
PLAN_WIDE = frozenset({"workshop", "session", "participant"})
# Tables the plan import fills for every group on every laptop.
PLAN_DATA = frozenset({"breakout_group", "participant", "agenda_item"})


@dataclass
class Outgoing:
    """One change-log entry on its way to the central store."""

    seq: int
    table: str
    row_id: uuid.UUID
    group_id: uuid.UUID | None
    version: Version
    base: Payload | None
    skip: bool = False  # the organisers' row: acknowledged without sending


@dataclass
class BatchResult:
    """What one central transaction did."""

    stored: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0  # already acknowledged, or organisers' rows this role may not write


@dataclass
class PushResult:
    """What a whole push did."""

    sent: int = 0
    batches: int = 0
    stored: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0
    recovered: int = 0  # entries the store had already committed before a crash
    tables: dict[str, int] = field(default_factory=dict)


def waiting(store: Store) -> int:
    """How many local changes the central store has not acknowledged yet."""
    with store.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(ChangeLogEntry)
                .where(ChangeLogEntry.acked_at.is_(None))
            )
            or 0
        )


def push(
    store: Store,
    central: CentralStore,
    *,
    batch_size: int = DEFAULT_BATCH,
    before_ack: Callable[[list[int]], None] | None = None,
) -> PushResult:
    """Send every unacknowledged change; returns the counts.

    ``before_ack`` runs between the central commit and the local acknowledgement (tests
    use it to prove a crash there sends nothing twice).
    """
    node = store.hlc.node
    result = PushResult()
    result.recovered = _recover_acks(store, central, node)
    granted = None if central.is_organiser else central.granted_groups()
    while True:
        batch = read_batch(store, batch_size)
        held = _hold_back(batch, granted)
        if held is not None:
            batch = batch[: batch.index(held)]
        if not batch:
            if held is not None:
                raise _not_granted(store, central, held)
            return result
        outcome = send_batch(central, node, batch)
        seqs = [o.seq for o in batch]
        if before_ack is not None:
            before_ack(seqs)
        acknowledge(store, seqs)
        result.batches += 1
        result.sent += len(batch)
        result.stored += outcome.stored
        result.unchanged += outcome.unchanged
        result.conflicts += outcome.conflicts
        result.skipped += outcome.skipped
        for o in batch:
            result.tables[o.table] = result.tables.get(o.table, 0) + 1


def _hold_back(batch: list[Outgoing], granted: set[uuid.UUID] | None) -> Outgoing | None:
    """Mark what this role need not send; return the first entry it may not send.

    Workshop-wide rows and other groups' untouched plan rows are the organisers' (the
    plan import put them on every laptop): they are acknowledged without sending. A
    change this role may not write stops the push there, so the acknowledged sequence
    never passes it and it is sent once the group is granted.
    """
    if granted is None:
        return None
    for o in batch:
        if o.group_id is None and o.table in PLAN_WIDE:
            o.skip = True
        elif o.group_id is None or o.group_id not in granted:
            if o.table in PLAN_DATA and is_untouched_plan_row(o.table, o.version.payload):
                o.skip = True
            else:
                return o
    return None


def _not_granted(store: Store, central: CentralStore, held: Outgoing) -> CentralStoreError:
    from facilitator_app.models import Group

    with store.read() as s:
        group = s.get(Group, held.group_id) if held.group_id is not None else None
    name = group.name if group is not None else str(held.group_id)
    return CentralStoreError(
        f"This laptop has changes in group '{name}', which role '{central.role}' may not "
        "write. They stay on this laptop; ask the organisers to grant you that group "
        "('facilitator-app central grant')."
    )


def is_untouched_plan_row(table: str, payload: Payload) -> bool:
    """True for a plan row as the plan import made it, without a facilitator's changes."""
    if table in ("breakout_group", "participant"):
        return True  # facilitators do not edit these
    return (
        payload.get("key") is not None
        and payload.get("status") == "pending"
        and not payload.get("note")
        and payload.get("started_at") is None
        and payload.get("ended_at") is None
        and payload.get("timebox_min") == payload.get("plan_timebox_min")
    )


def _recover_acks(store: Store, central: CentralStore, node: str) -> int:
    """Mark as acknowledged what the store committed before the laptop could record it."""
    with central.engine.connect() as conn:
        acked = conn.execute(
            select(laptop_table.c.acked_seq).where(laptop_table.c.node == node)
        ).scalar()
    if not acked:
        return 0
    with store.transaction() as s:
        done = s.execute(
            update(ChangeLogEntry)
            .where(ChangeLogEntry.acked_at.is_(None), ChangeLogEntry.seq <= acked)
            .values(acked_at=store.clock.now())
        )
        return int(done.rowcount)  # type: ignore[attr-defined]


def read_batch(store: Store, size: int) -> list[Outgoing]:
    """The next ``size`` unacknowledged entries with their merge base and group."""
    cl = ChangeLogEntry.__table__
    with store.read() as s:
        rows = s.execute(
            select(cl.c.seq, cl.c.table_name, cl.c.row_id, cl.c.row_hlc, cl.c.payload)
            .where(cl.c.acked_at.is_(None))
            .order_by(cl.c.seq)
            .limit(size)
        ).all()
        if not rows:
            return []
        first = rows[0].seq
        ids = sorted({r.row_id for r in rows})
        # The merge base of an entry is the previous entry of the same row.
        previous: dict[uuid.UUID, str] = {}
        prev_seq = (
            select(cl.c.row_id, func.max(cl.c.seq).label("seq"))
            .where(cl.c.row_id.in_(ids), cl.c.seq < first)
            .group_by(cl.c.row_id)
            .subquery()
        )
        for row_id, payload in s.execute(
            select(cl.c.row_id, cl.c.payload).join(
                prev_seq, (cl.c.row_id == prev_seq.c.row_id) & (cl.c.seq == prev_seq.c.seq)
            )
        ):
            previous[row_id] = payload
        payloads = [(r.table_name, json.loads(r.payload)) for r in rows]
        groups = groups_of(s, payloads)
    batch = []
    for row, (table, payload), group in zip(rows, payloads, groups, strict=True):
        base_text = previous.get(row.row_id)
        batch.append(
            Outgoing(
                seq=row.seq,
                table=table,
                row_id=row.row_id,
                group_id=group,
                version=Version(row.row_hlc, "", payload),
                base=None if base_text is None else json.loads(base_text),
            )
        )
        previous[row.row_id] = row.payload
    return batch


def acknowledge(store: Store, seqs: list[int]) -> None:
    """Record that the central store committed these entries."""
    with store.transaction() as s:
        s.execute(
            update(ChangeLogEntry)
            .where(ChangeLogEntry.seq.in_(seqs))
            .values(acked_at=store.clock.now())
        )


def send_batch(central: CentralStore, node: str, batch: list[Outgoing]) -> BatchResult:
    """Merge one batch into the central store in one transaction."""
    from facilitator_app.sync.central_store import describe_error

    try:
        with central.engine.begin() as conn:
            return _apply(conn, central, node, batch)
    except Exception as exc:
        from facilitator_app.errors import CentralStoreError

        if isinstance(exc, CentralStoreError):
            raise
        raise CentralStoreError(describe_error(exc, central.url)) from exc


def lock_counter(conn: Connection, central: CentralStore) -> int:
    """Take the store-wide write lock (the counter row) and return the counter.

    Every writer takes it first, so merges never race and ``change_seq`` grows in commit
    order (a puller that saw counter N has seen every change numbered up to N).
    """
    query = select(counter_table.c.value).where(counter_table.c.name == "change")
    if central.is_postgres:
        query = query.with_for_update()
    return int(conn.execute(query).scalar_one())


def set_counter(conn: Connection, value: int) -> None:
    """Store the counter after a writer used numbers up to ``value``."""
    conn.execute(update(counter_table).where(counter_table.c.name == "change").values(value=value))


def _apply(
    conn: Connection, central: CentralStore, node: str, batch: list[Outgoing]
) -> BatchResult:
    result = BatchResult()
    seq = lock_counter(conn, central)
    acked = conn.execute(
        select(laptop_table.c.acked_seq).where(laptop_table.c.node == node)
    ).scalar()
    todo = []
    for o in batch:
        already = acked is not None and o.seq <= acked
        if already or o.skip:
            result.skipped += 1
        else:
            o.version.origin = node
            todo.append(o)
    versions = [(o.table, o.row_id, o.group_id, o.version, o.base) for o in todo]
    applied = apply_versions(conn, central, versions, seq)
    result.stored, result.unchanged, result.conflicts = (
        applied.stored,
        applied.unchanged,
        applied.conflicts,
    )
    top = max(o.seq for o in batch)
    now = dt.datetime.now(dt.UTC)
    if acked is None:
        conn.execute(
            laptop_table.insert().values(
                node=node, db_role=central.role, acked_seq=top, last_seen_at=now
            )
        )
    else:
        conn.execute(
            update(laptop_table)
            .where(laptop_table.c.node == node)
            .values(acked_seq=max(top, acked), last_seen_at=now)
        )
    return result


@dataclass
class Applied:
    """Counts of ``apply_versions``."""

    stored: int = 0
    unchanged: int = 0
    conflicts: int = 0


def apply_versions(
    conn: Connection,
    central: CentralStore,
    versions: list[tuple[str, uuid.UUID, uuid.UUID | None, Version, Payload | None]],
    seq: int,
) -> Applied:
    """Merge versions into the store; the caller holds the counter lock (``seq``)."""
    result = Applied()
    current: dict[tuple[str, uuid.UUID], Version] = {}
    group_of: dict[tuple[str, uuid.UUID], uuid.UUID | None] = {}
    by_table: dict[str, set[uuid.UUID]] = {}
    for table, row_id, _g, _v, _b in versions:
        by_table.setdefault(table, set()).add(row_id)
    for table, ids in by_table.items():
        t = entity_tables[table]
        wanted = sorted(ids)
        for i in range(0, len(wanted), 1000):
            for row in conn.execute(
                select(t.c.id, t.c.hlc, t.c.origin, t.c.payload, t.c.group_id).where(
                    t.c.id.in_(wanted[i : i + 1000])
                )
            ):
                current[(table, row.id)] = Version(row.hlc, row.origin, json.loads(row.payload))
                group_of[(table, row.id)] = row.group_id
    existing = set(current)
    writes: dict[tuple[str, uuid.UUID], tuple[uuid.UUID | None, Version]] = {}
    conflicts: list[tuple[str, uuid.UUID, uuid.UUID | None, Merged]] = []
    for table, row_id, group_id, version, base in versions:
        key = (table, row_id)
        outcome = merge(current.get(key), version, base)
        if outcome.loser is not None:
            conflicts.append((table, row_id, group_id, outcome))
        if outcome.write is None:
            result.unchanged += 1
            continue
        current[key] = outcome.write
        writes[key] = (group_id, outcome.write)
        result.stored += 1
    inserts: dict[str, list[dict[str, Any]]] = {}
    updates: dict[str, list[dict[str, Any]]] = {}
    for (table, row_id), (group_id, version) in writes.items():
        seq += 1
        values: dict[str, Any] = {
            "group_id": group_id,
            "hlc": version.hlc,
            "origin": version.origin,
            "change_seq": seq,
            "deleted": version.payload.get("deleted_at") is not None,
            "payload": json.dumps(version.payload, ensure_ascii=False, sort_keys=True),
        }
        if (table, row_id) in existing:
            values["b_id"] = row_id
            updates.setdefault(table, []).append(values)
        else:
            values["id"] = row_id
            inserts.setdefault(table, []).append(values)
    for table, rows in inserts.items():
        conn.execute(entity_tables[table].insert(), rows)
    for table, rows in updates.items():
        from sqlalchemy import bindparam

        t = entity_tables[table]
        conn.execute(
            update(t)
            .where(t.c.id == bindparam("b_id"))
            .values(
                group_id=bindparam("group_id"),
                hlc=bindparam("hlc"),
                origin=bindparam("origin"),
                change_seq=bindparam("change_seq"),
                deleted=bindparam("deleted"),
                payload=bindparam("payload"),
            ),
            rows,
        )
    now = dt.datetime.now(dt.UTC)
    for table, row_id, group_id, outcome in conflicts:
        assert outcome.loser is not None
        seq += 1
        conflict = {
            "id": uuid.uuid4(),
            "table_name": table,
            "row_id": row_id,
            "group_id": group_id,
            "winner_hlc": outcome.winner_hlc,
            "loser_hlc": outcome.loser.hlc,
            "loser_origin": outcome.loser.origin,
            "loser_payload": json.dumps(outcome.loser.payload, ensure_ascii=False, sort_keys=True),
            "change_seq": seq,
            "recorded_at": now,
        }
        dialect_insert = postgresql.insert if central.is_postgres else sqlite.insert
        stmt = dialect_insert(conflict_table).values(**conflict).on_conflict_do_nothing()
        if conn.execute(stmt).rowcount:
            result.conflicts += 1
    set_counter(conn, seq)
    return result
