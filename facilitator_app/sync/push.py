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

from sqlalchemy import Connection, bindparam, func, select, update
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
ACK_EVERY = 10  # batches per local acknowledgement commit
# Workshop-wide rows belong to the organisers: a facilitator's role may not write them.
PLAN_WIDE = frozenset({"workshop", "session", "participant"})
# Tables the plan import fills for every group on every laptop.
PLAN_DATA = frozenset({"breakout_group", "participant", "agenda_item"})


@dataclass
class Outgoing:
    """One change-log entry on its way to the central store.

    The JSON payload is parsed only when needed (a merge with a stored version), and
    the merge base (the row's previous version on this laptop) is looked up only then.
    """

    seq: int
    table: str
    row_id: uuid.UUID
    group_id: uuid.UUID | None
    hlc: str
    text: str
    deleted: bool
    origin: str = ""
    skip: bool = False  # the organisers' row: acknowledged without sending
    base_text: str | None = None
    base_known: bool = False
    _payload: Payload | None = None

    @property
    def payload(self) -> Payload:
        """The row's values (parsed on first use)."""
        if self._payload is None:
            self._payload = json.loads(self.text)
        return self._payload

    @property
    def version(self) -> Version:
        """This entry as a version for ``merge``."""
        return Version(self.hlc, self.origin, self.payload, self.text)

    @property
    def base(self) -> Payload | None:
        """The version this change was made on (None: the laptop created the row)."""
        assert self.base_known
        return None if self.base_text is None else json.loads(self.base_text)


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
    committed: list[int] = []  # sent and committed centrally, not yet acknowledged here

    def record_acks() -> None:
        if committed:
            if before_ack is not None:
                before_ack(list(committed))
            acknowledge(store, committed)
            committed.clear()

    after = 0
    try:
        while True:
            batch = read_batch(store, batch_size, after)
            held = _hold_back(batch, granted)
            if held is not None:
                batch = batch[: batch.index(held)]
            if not batch:
                record_acks()
                if held is not None:
                    raise _not_granted(store, central, held)
                return result
            outcome = send_batch(central, node, batch, lambda e: load_bases(store, e))
            committed.extend(o.seq for o in batch)
            after = batch[-1].seq
            result.batches += 1
            # Acknowledging is a durable local commit: one per few batches is enough,
            # since the store's own acknowledgement covers a crash in between.
            if result.batches % ACK_EVERY == 0:
                record_acks()
            result.sent += len(batch)
            result.stored += outcome.stored
            result.unchanged += outcome.unchanged
            result.conflicts += outcome.conflicts
            result.skipped += outcome.skipped
            for o in batch:
                result.tables[o.table] = result.tables.get(o.table, 0) + 1
    except CentralStoreError:
        record_acks()  # what the store did commit is acknowledged before reporting
        raise


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
            if o.table in PLAN_DATA and is_untouched_plan_row(o.table, o.payload):
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


_READ = (
    "SELECT seq, table_name, row_id, row_hlc, payload, "
    "json_extract(payload, '$.group_id'), json_extract(payload, '$.deleted_at') IS NOT NULL "
    "FROM change_log WHERE acked_at IS NULL AND seq > ? ORDER BY seq LIMIT ?"
)
# Rows that carry no group themselves: their group is their parent's.
_VIA_PARENT = frozenset({"attendance", "dot_vote", "timer_event"})


def read_batch(store: Store, size: int, after: int = 0) -> list[Outgoing]:
    """The next ``size`` unacknowledged entries after ``after``, in order, with their group."""
    uuids: dict[str, uuid.UUID] = {}

    def as_uuid(text: str) -> uuid.UUID:
        found = uuids.get(text)
        if found is None:
            found = uuids[text] = uuid.UUID(text)
        return found

    with store.read() as s:
        rows = s.connection().exec_driver_sql(_READ, (after, size)).all()
        batch: list[Outgoing] = []
        earlier: dict[uuid.UUID, str] = {}
        for seq, table, row_hex, hlc, text, group, deleted in rows:
            row_id = uuid.UUID(hex=row_hex)
            if table in ("workshop", "session"):
                group_id = None
            elif table == "breakout_group":
                group_id = row_id
            else:
                group_id = None if group is None else as_uuid(group)
            entry = Outgoing(seq, table, row_id, group_id, hlc, text, bool(deleted))
            if row_id in earlier:  # changed twice in this batch: the base is known
                entry.base_text, entry.base_known = earlier[row_id], True
            earlier[row_id] = text
            batch.append(entry)
        via = [o for o in batch if o.table in _VIA_PARENT]
        if via:
            for o, group_id in zip(
                via, groups_of(s, [(o.table, o.payload) for o in via]), strict=True
            ):
                o.group_id = group_id
    return batch


def load_bases(store: Store, entries: list[Outgoing]) -> None:
    """Fill in the merge base of ``entries``: each row's previous change-log entry."""
    todo = [o for o in entries if not o.base_known]
    if not todo:
        return
    first = min(o.seq for o in todo)
    cl = ChangeLogEntry.__table__
    found: dict[uuid.UUID, str] = {}
    ids = sorted({o.row_id for o in todo})
    with store.read() as s:
        for i in range(0, len(ids), 500):
            prev_seq = (
                select(cl.c.row_id, func.max(cl.c.seq).label("seq"))
                .where(cl.c.row_id.in_(ids[i : i + 500]), cl.c.seq < first)
                .group_by(cl.c.row_id)
                .subquery()
            )
            for row_id, payload in s.execute(
                select(cl.c.row_id, cl.c.payload).join(
                    prev_seq, (cl.c.row_id == prev_seq.c.row_id) & (cl.c.seq == prev_seq.c.seq)
                )
            ):
                found[row_id] = payload
    for o in todo:
        o.base_text, o.base_known = found.get(o.row_id), True


def acknowledge(store: Store, seqs: list[int]) -> None:
    """Record that the central store committed these entries.

    A batch is the first unacknowledged entries in order, so it is every unacknowledged
    entry between its first and last number (a range the index answers directly).
    """
    with store.transaction() as s:
        s.execute(
            update(ChangeLogEntry)
            .where(
                ChangeLogEntry.acked_at.is_(None),
                ChangeLogEntry.seq >= min(seqs),
                ChangeLogEntry.seq <= max(seqs),
            )
            .values(acked_at=store.clock.now())
        )


def send_batch(
    central: CentralStore,
    node: str,
    batch: list[Outgoing],
    bases: Callable[[list[Outgoing]], None],
) -> BatchResult:
    """Merge one batch into the central store in one transaction.

    ``bases`` fills in the merge base of entries whose row the store already holds.
    """
    from facilitator_app.sync.central_store import describe_error

    try:
        with central.engine.begin() as conn:
            return _apply(conn, central, node, batch, bases)
    except Exception as exc:
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
    conn: Connection,
    central: CentralStore,
    node: str,
    batch: list[Outgoing],
    bases: Callable[[list[Outgoing]], None],
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
            o.origin = node
            todo.append(o)
    applied = apply_versions(conn, central, todo, seq, bases)
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


def _current_versions(
    conn: Connection, central: CentralStore, entries: list[Outgoing]
) -> dict[tuple[str, uuid.UUID], Version]:
    """The stored versions of the rows of ``entries``."""
    current: dict[tuple[str, uuid.UUID], Version] = {}
    by_table: dict[str, set[uuid.UUID]] = {}
    for o in entries:
        by_table.setdefault(o.table, set()).add(o.row_id)
    for table, ids in by_table.items():
        t = entity_tables[table]
        wanted = sorted(ids)
        for i in range(0, len(wanted), 1000):
            chunk = wanted[i : i + 1000]
            if central.is_postgres:
                # One array parameter instead of a thousand: much less to parse and plan.
                found = conn.exec_driver_sql(
                    f"SELECT id, hlc, origin, payload FROM {table} WHERE id = ANY(%(ids)s::uuid[])",
                    {"ids": chunk},
                )
            else:
                found = conn.execute(
                    select(t.c.id, t.c.hlc, t.c.origin, t.c.payload).where(t.c.id.in_(chunk))
                )
            for row in found:
                current[(table, row.id)] = Version(
                    row.hlc, row.origin, json.loads(row.payload), row.payload
                )
    return current


def apply_versions(
    conn: Connection,
    central: CentralStore,
    entries: list[Outgoing],
    seq: int,
    bases: Callable[[list[Outgoing]], None],
) -> Applied:
    """Merge entries into the store; the caller holds the counter lock (``seq``)."""
    result = Applied()
    current = _current_versions(conn, central, entries)
    existing = set(current)
    bases([o for o in entries if (o.table, o.row_id) in existing])
    inserts: dict[str, list[dict[str, Any]]] = {}
    updates: dict[str, list[dict[str, Any]]] = {}
    pending: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    conflicts: list[tuple[str, uuid.UUID, uuid.UUID | None, Merged]] = []
    fresh: dict[tuple[str, uuid.UUID], tuple[str, str, str]] = {}
    for o in entries:
        key = (o.table, o.row_id)
        stored = current.get(key)
        if stored is None and key in fresh:  # created earlier in this batch
            hlc, origin, text = fresh.pop(key)
            stored = current[key] = Version(hlc, origin, json.loads(text), text)
        write: dict[str, Any]
        if stored is None:
            # A new row: no merge, and the payload need not even be parsed.
            write = {"hlc": o.hlc, "origin": o.origin, "deleted": o.deleted, "payload": o.text}
            fresh[key] = (o.hlc, o.origin, o.text)
        else:
            outcome = merge(stored, o.version, o.base)
            if outcome.loser is not None:
                conflicts.append((o.table, o.row_id, o.group_id, outcome))
            if outcome.write is None:
                result.unchanged += 1
                continue
            v = outcome.write
            text = v.text or json.dumps(v.payload, ensure_ascii=False, sort_keys=True)
            write = {
                "hlc": v.hlc,
                "origin": v.origin,
                "deleted": v.payload.get("deleted_at") is not None,
                "payload": text,
            }
            current[key] = Version(v.hlc, v.origin, v.payload, text)
        result.stored += 1
        seq += 1
        write["change_seq"] = seq
        write["group_id"] = o.group_id
        if key in pending:  # written earlier in this batch: keep the last version only
            pending[key].update(write)
            continue
        pending[key] = write
        if key in existing:
            write["b_id"] = o.row_id
            updates.setdefault(o.table, []).append(write)
        else:
            write["id"] = o.row_id
            inserts.setdefault(o.table, []).append(write)
    if central.is_postgres:
        _write_pg(conn, inserts, updates, direct=central.is_organiser)
    else:
        _write(conn, inserts, updates)
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


_COLUMNS = ("id", "group_id", "hlc", "origin", "change_seq", "deleted", "payload")
_STAGING = (
    "CREATE TEMP TABLE IF NOT EXISTS sync_incoming (tbl text, upd bool, id uuid, "
    "group_id uuid, hlc text, origin text, change_seq bigint, deleted bool, payload text) "
    "ON COMMIT DELETE ROWS"
)


def _write_pg(
    conn: Connection,
    inserts: dict[str, list[dict[str, Any]]],
    updates: dict[str, list[dict[str, Any]]],
    *,
    direct: bool,
) -> None:
    """PostgreSQL: COPY the batch into a session-private staging table, then one
    INSERT … SELECT or UPDATE … FROM per table (row-level security applies to those).

    With ``direct`` (the organisers' role, not subject to row-level security) new rows
    are copied straight into their tables.
    """
    raw: Any = conn.connection.dbapi_connection
    columns = ", ".join(_COLUMNS)
    if direct:
        with raw.cursor() as cur:
            for table, rows in inserts.items():
                with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row(
                            (
                                r["id"],
                                r["group_id"],
                                r["hlc"],
                                r["origin"],
                                r["change_seq"],
                                r["deleted"],
                                r["payload"],
                            )
                        )
        inserts = {}
        if not updates:
            return
    with raw.cursor() as cur:
        cur.execute(_STAGING)
        with cur.copy(f"COPY sync_incoming (tbl, upd, {columns}) FROM STDIN") as copy:
            for upd, groups in ((False, inserts), (True, updates)):
                for table, rows in groups.items():
                    key = "b_id" if upd else "id"
                    for r in rows:
                        copy.write_row(
                            (
                                table,
                                upd,
                                r[key],
                                r["group_id"],
                                r["hlc"],
                                r["origin"],
                                r["change_seq"],
                                r["deleted"],
                                r["payload"],
                            )
                        )
        for table in inserts:
            cur.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM sync_incoming "
                "WHERE tbl = %s AND NOT upd",
                (table,),
            )
        sets = ", ".join(f"{c} = v.{c}" for c in _COLUMNS if c != "id")
        for table in updates:
            cur.execute(
                f"UPDATE {table} AS t SET {sets} FROM sync_incoming AS v "
                "WHERE v.tbl = %s AND v.upd AND t.id = v.id",
                (table,),
            )
        cur.execute("DELETE FROM sync_incoming")


def _write(
    conn: Connection,
    inserts: dict[str, list[dict[str, Any]]],
    updates: dict[str, list[dict[str, Any]]],
) -> None:
    """SQLite: executemany of prepared statements."""
    for table, rows in inserts.items():
        conn.execute(entity_tables[table].insert(), rows)
    for table, rows in updates.items():
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
