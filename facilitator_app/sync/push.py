"""Push: send the change log's unacknowledged entries to the central store, in batches.

Each batch is one central transaction: the store merges every version, records losing
versions as conflicts and raises this laptop's acknowledged sequence number, all or
nothing. Only after that commit does the laptop raise its acknowledgement watermark
(``store.changelog.acknowledge_through``). If the laptop dies in between, the next push
first asks the store what it already has, so nothing is sent twice and a re-sent
version changes nothing.

The bulk path is kept lean: entries stay as the change log's text (row ids as hex, the
payload as JSON text, parsed only to merge with a stored version), rows are keyed by
strings, and new rows reach PostgreSQL by ``COPY``.
"""

from __future__ import annotations

import datetime as dt
import json
import queue
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from facilitator_app.collector import collector_paused
from facilitator_app.errors import CentralErrorKind, CentralStoreError
from facilitator_app.models import ChangeLogEntry
from facilitator_app.store import Store
from facilitator_app.store.changelog import (
    acked_through,
    acknowledge_through,
    waiting_count,
)
from facilitator_app.sync.central_schema import (
    conflict_table,
    counter_table,
    entity_tables,
    laptop_table,
)
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.closed import closed_of, closed_workshops
from facilitator_app.sync.delivery import Meeting, meet, remember_groups
from facilitator_app.sync.rows import (
    GROUP_CONTENT,
    GROUP_IN_PAYLOAD,
    Merged,
    Payload,
    Version,
    groups_of,
    is_untouched_plan_row,
    merge,
)

DEFAULT_BATCH = 5000  # entries per central transaction
READ_AHEAD = True  # read the next batch while the current one is sent
# Workshop-wide rows belong to the organisers: a facilitator's role may not write them.
PLAN_WIDE = frozenset({"workshop", "session", "participant"})
# Tables the plan import fills for every group on every laptop.
PLAN_DATA = frozenset({"breakout_group", "participant", "agenda_item"})
# Rows with ids the plan import derives from the plan: usually in the store already.
PLAN_TABLES = PLAN_WIDE | PLAN_DATA


@dataclass(slots=True)
class Outgoing:
    """One change-log entry on its way to the central store.

    The row id stays as the change log holds it (32 hex digits) and the group as the
    payload holds it (UUID text): the bulk path keys, compares and copies strings, and
    makes ``uuid.UUID`` objects only where a row is merged. The JSON payload is parsed
    only for a merge with a stored version, and the merge base (the row's previous
    version on this laptop) is looked up only then.
    """

    seq: int
    table: str
    row_hex: str
    group: str | None  # the group's UUID as text; None for workshop-wide rows
    hlc: str
    text: str
    deleted: bool
    origin: str = ""
    skip: bool = False  # the organisers' row: acknowledged without sending
    seen: bool = True  # this laptop had an earlier version of the row
    base_text: str | None = None
    base_known: bool = False
    stored_hlc: str | None = None  # the stamp of the version the store holds, if any
    superseded: bool = False  # the store holds a later version of this laptop's history
    _payload: Payload | None = None

    @property
    def row_id(self) -> uuid.UUID:
        """The row's id."""
        return uuid.UUID(hex=self.row_hex)

    @property
    def group_id(self) -> uuid.UUID | None:
        """The group's id (None for workshop-wide rows)."""
        return None if self.group is None else uuid.UUID(self.group)

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
    # Changes to a workshop the organisers closed (not kept), per workshop id.
    closed_by: Counter[str] = field(default_factory=Counter)


@dataclass
class PushResult:
    """What a whole push did."""

    sent: int = 0
    batches: int = 0
    stored: int = 0
    unchanged: int = 0
    conflicts: int = 0
    skipped: int = 0
    # Changes to rows of a workshop the organisers closed (not kept), per workshop id.
    closed_by: Counter[str] = field(default_factory=Counter)
    recovered: int = 0  # entries the store had already committed before a crash
    tables: dict[str, int] = field(default_factory=dict)
    meeting: Meeting = field(default_factory=lambda: Meeting(""))

    @property
    def closed(self) -> int:
        """Changes to a closed workshop's rows: acknowledged, not kept."""
        return sum(self.closed_by.values())

    def add(self, outcome: BatchResult | PushResult) -> None:
        """Count what one batch (or a second push) did into this result."""
        self.stored += outcome.stored
        self.unchanged += outcome.unchanged
        self.conflicts += outcome.conflicts
        self.skipped += outcome.skipped
        self.closed_by.update(outcome.closed_by)


def waiting(store: Store) -> int:
    """How many local changes the central store has not acknowledged yet."""
    with store.read() as s:
        return waiting_count(s)


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
    result = PushResult()
    result.meeting = meet(store, central)  # may give a copied folder a new node id
    node = store.hlc.node
    result.recovered = result.meeting.recovered
    granted = None if central.is_organiser else {str(g) for g in central.granted_groups()}
    with store.read() as s:
        after = acked_through(s, central.store_id)
    tables: Counter[str] = Counter()
    groups: set[str] = set()
    reader: _Reader | None = None
    # A batch keeps tens of thousands of tuples alive: the collector's passes over them
    # were a fifth of a bulk push's time, measured.
    with collector_paused():
        try:
            batch = read_batch(store, batch_size, after)
            if READ_AHEAD and len(batch) == batch_size:
                # More to come: read the next batch while this one is sent.
                reader = _Reader(store, batch_size, batch[-1].seq)
            while True:
                held = _hold_back(batch, granted)
                if held is not None:
                    batch = batch[: batch.index(held)]
                if batch:
                    outcome = send_batch(central, node, batch, lambda e: load_bases(store, e))
                    # Only now, after the central commit: every waiting entry up to the
                    # batch's last is in it (or was skipped), so its number is the watermark.
                    if before_ack is not None:
                        before_ack([o.seq for o in batch])
                    acknowledge(store, [batch[-1].seq], central.store_id)
                    _note_groups(groups, batch)
                    result.batches += 1
                    result.sent += len(batch)
                    result.add(outcome)
                    tables.update(o.table for o in batch)
                    result.tables = dict(tables)
                if held is not None:
                    raise _not_granted(store, central, held)
                if not batch:
                    if groups:
                        remember_groups(store, groups)
                    return result
                if reader is not None:
                    batch = reader.next()
                else:
                    batch = read_batch(store, batch_size, batch[-1].seq)
        finally:
            if reader is not None:
                reader.close()


class _Reader:
    """Reads the change log one batch ahead on a helper thread.

    While the main thread waits for the central store to take a batch, SQLite (which
    releases the GIL while it searches) reads the next one. Reading changes nothing,
    so a batch read ahead and never sent is simply read again by the next push.
    """

    def __init__(self, store: Store, size: int, after: int) -> None:
        self._store = store
        self._size = size
        self._after = after
        self._ready: queue.Queue[list[Outgoing] | BaseException] = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="push-read-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        after = self._after
        try:
            while not self._stop.is_set():
                batch = read_batch(self._store, self._size, after)
                self._hand_over(batch)
                if not batch:
                    return
                after = batch[-1].seq
        except BaseException as exc:  # handed to the main thread, which raises it
            self._hand_over(exc)

    def _hand_over(self, item: list[Outgoing] | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._ready.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def next(self) -> list[Outgoing]:
        """The next batch (empty when the change log is exhausted)."""
        item = self._ready.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def close(self) -> None:
        """Stop reading ahead and wait for the helper thread to end."""
        self._stop.set()
        self._thread.join()


def _hold_back(batch: list[Outgoing], granted: set[str] | None) -> Outgoing | None:
    """Mark what this role need not send; return the first entry it may not send.

    Workshop-wide rows and other groups' untouched plan rows are the organisers' (the
    plan import put them on every laptop): they are acknowledged without sending. A
    change this role may not write stops the push there, so the acknowledged sequence
    never passes it and it is sent once the group is granted.
    """
    if granted is None:
        return None
    for o in batch:
        if o.group is None and o.table in PLAN_WIDE:
            o.skip = True
        elif o.group is None or o.group not in granted:
            if o.table in PLAN_DATA and is_untouched_plan_row(o.table, o.payload):
                o.skip = True
            else:
                return o
    return None


def _not_granted(store: Store, central: CentralStore, held: Outgoing) -> CentralStoreError:
    from facilitator_app.models import Group

    with store.read() as s:
        group = s.get(Group, held.group_id) if held.group_id is not None else None
    name = group.name if group is not None else str(held.group)
    return CentralStoreError(
        f"This laptop has changes in group '{name}', which role '{central.role}' may not "
        "write. They stay on this laptop; ask the organisers to grant you that group "
        "('facilitator-app central grant').",
        kind=CentralErrorKind.PERMISSION,
    )


# The group of a row is in its payload; json_extract reads it inside SQLite, so the bulk
# path never parses payloads in Python.
# ``seen``: an index probe (ix_change_log_row) for an earlier version of the row here.
_READ = (
    "SELECT seq, table_name, row_id, row_hlc, payload, "
    "json_extract(payload, '$.group_id'), json_extract(payload, '$.deleted_at') IS NOT NULL, "
    "EXISTS (SELECT 1 FROM change_log AS p WHERE p.row_id = change_log.row_id "
    "AND p.seq < change_log.seq) "
    "FROM change_log WHERE acked_at IS NULL AND seq > ? ORDER BY seq LIMIT ?"
)
# Rows that carry no group themselves: their group is their parent's.
_VIA_PARENT = frozenset({"attendance", "dot_vote", "timer_event"})


def _dashed(row_hex: str) -> str:
    """A UUID's text form from its 32 hex digits."""
    h = row_hex
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def read_batch(store: Store, size: int, after: int = 0) -> list[Outgoing]:
    """The next ``size`` unacknowledged entries after ``after``, in order, with their group.

    ``after`` must be at least the acknowledgement watermark (``push`` starts there).
    """
    with store.read() as s:
        # The driver's own cursor: plain tuples, no result-row objects to build.
        cursor = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            rows = cursor.execute(_READ, (after, size)).fetchall()
        finally:
            cursor.close()
        batch: list[Outgoing] = []
        earlier: dict[str, str] = {}
        via: list[Outgoing] = []
        for seq, table, row_hex, hlc, text, group, deleted, seen in rows:
            if table == "breakout_group":
                group = _dashed(row_hex)
            elif table in ("workshop", "session"):
                group = None
            entry = Outgoing(seq, table, row_hex, group, hlc, text, bool(deleted))
            entry.seen = bool(seen)
            previous = earlier.get(row_hex)
            if previous is not None:  # changed twice in this batch: the base is known
                entry.base_text, entry.base_known = previous, True
            earlier[row_hex] = text
            batch.append(entry)
            if table in _VIA_PARENT:
                via.append(entry)
        if via:
            for o, group_id in zip(
                via, groups_of(s, [(o.table, o.payload) for o in via]), strict=True
            ):
                o.group = None if group_id is None else str(group_id)
    return batch


def _known_versions(store: Store, entries: list[Outgoing]) -> dict[str, tuple[int, str]]:
    """Per row (hex id): the change-log entry (seq, payload) of the version the store holds.

    Only rows whose stored version this laptop has itself (made or pulled) appear.
    """
    wanted = {(o.row_hex, o.stored_hlc) for o in entries if o.stored_hlc is not None}
    if not wanted:
        return {}
    cl = ChangeLogEntry.__table__
    ids = sorted({uuid.UUID(hex=h) for h, _stamp in wanted})
    stamps = sorted({stamp for _h, stamp in wanted if stamp is not None})
    found: dict[str, tuple[int, str]] = {}
    with store.read() as s:
        for i in range(0, len(ids), 400):
            for j in range(0, len(stamps), 400):
                query = select(cl.c.row_id, cl.c.row_hlc, cl.c.seq, cl.c.payload).where(
                    cl.c.row_id.in_(ids[i : i + 400]), cl.c.row_hlc.in_(stamps[j : j + 400])
                )
                for row_id, stamp, seq, payload in s.execute(query):
                    key = row_id.hex
                    if (key, stamp) in wanted and seq > found.get(key, (0, ""))[0]:
                        found[key] = (seq, payload)
    return found


def load_bases(store: Store, entries: list[Outgoing]) -> None:
    """Fill in the merge base of ``entries`` (rows the store holds).

    When this laptop knows the stored version (its change log has it), that version is
    the common ancestor: entries up to it are history the store has already superseded
    and are skipped, and the first one after it is merged onto it. This is what makes a
    re-send (a store restored from a backup, a new identity) merge without false
    conflicts. Otherwise the base is the row's previous change-log entry.
    """
    known = _known_versions(store, entries)
    first_after: set[str] = set()
    for o in sorted(entries, key=lambda e: e.seq):
        hit = known.get(o.row_hex)
        if hit is None:
            continue
        if o.seq <= hit[0]:
            o.superseded = True
        elif o.row_hex not in first_after:
            first_after.add(o.row_hex)
            o.base_text, o.base_known = hit[1], True
    todo = [o for o in entries if not o.base_known and not o.superseded]
    if not todo:
        return
    first = min(o.seq for o in todo)
    cl = ChangeLogEntry.__table__
    found: dict[str, str] = {}
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
                found[row_id.hex] = payload
    for o in todo:
        o.base_text, o.base_known = found.get(o.row_hex), True


def acknowledge(store: Store, seqs: list[int], store_id: str) -> None:
    """Record that central store ``store_id`` committed every waiting entry up to ``max(seqs)``.

    A batch is the first unacknowledged entries in order, so its last number is a
    watermark: one small write, however many entries it acknowledges.
    """
    with store.transaction() as s:
        acknowledge_through(s, max(seqs), store_id)


def _note_groups(groups: set[str], batch: list[Outgoing]) -> None:
    """Add the groups whose own content (not untouched plan rows) ``batch`` carried."""
    for o in batch:
        if o.group is None or o.group in groups or o.table not in GROUP_CONTENT:
            continue
        if o.table == "agenda_item" and is_untouched_plan_row(o.table, o.payload):
            continue
        groups.add(o.group)


def send_batch(
    central: CentralStore,
    node: str,
    batch: list[Outgoing],
    bases: Callable[[list[Outgoing]], None],
    *,
    resend: bool = False,
) -> BatchResult:
    """Merge one batch into the central store in one transaction.

    ``bases`` fills in the merge base of entries whose row the store already holds.
    With ``resend`` the entries are versions the store turned out to lack (see
    ``sync.receipt``): they are merged whatever the store acknowledged before, and the
    acknowledgement is left as it is.
    """
    from facilitator_app.sync.central_store import central_error

    try:
        with central.engine.begin() as conn:
            return _apply(conn, central, node, batch, bases, resend=resend)
    except Exception as exc:
        if isinstance(exc, CentralStoreError):
            raise
        raise central_error(exc, central.url) from exc


def lock_counter(conn: Connection, central: CentralStore) -> int:
    """Take the store-wide write lock (the counter row) and return the counter.

    Every writer takes it first, so merges never race and ``change_seq`` grows in commit
    order (a puller that saw counter N has seen every change numbered up to N).
    """
    query = select(counter_table.c.value).where(counter_table.c.name == "change")
    if central.is_postgres:
        query = query.with_for_update()
    return int(conn.execute(query).scalar_one())


def read_counter(conn: Connection) -> int:
    """The counter as it is now, without taking the lock."""
    query = select(counter_table.c.value).where(counter_table.c.name == "change")
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
    *,
    resend: bool = False,
) -> BatchResult:
    result = BatchResult()
    seq = lock_counter(conn, central)
    acked = conn.execute(
        select(laptop_table.c.acked_seq).where(laptop_table.c.node == node)
    ).scalar()
    todo = []
    # A closed workshop's rows are not kept: acknowledged, so that the laptop may let
    # them go, and counted, so that it says why (sync/closed.py).
    closed = closed_workshops(conn)
    for o in batch:
        already = not resend and acked is not None and o.seq <= acked
        shut = closed_of(closed, o.group, o.row_hex) if closed else None
        if already or o.skip:
            result.skipped += 1
        elif shut is not None:
            result.closed_by[shut.workshop_id] += 1
        else:
            o.origin = node
            todo.append(o)
    applied = apply_versions(conn, central, todo, seq, bases)
    result.stored, result.unchanged, result.conflicts = (
        applied.stored,
        applied.unchanged,
        applied.conflicts,
    )
    if resend:
        return result
    last = max(batch, key=lambda o: o.seq)
    now = dt.datetime.now(dt.UTC)
    if acked is None:
        conn.execute(
            laptop_table.insert().values(
                node=node,
                db_role=central.role,
                acked_seq=last.seq,
                acked_hlc=last.hlc,
                last_seen_at=now,
            )
        )
    elif last.seq > acked:
        conn.execute(
            update(laptop_table)
            .where(laptop_table.c.node == node)
            .values(acked_seq=last.seq, acked_hlc=last.hlc, last_seen_at=now)
        )
    else:
        conn.execute(
            update(laptop_table).where(laptop_table.c.node == node).values(last_seen_at=now)
        )
    return result


@dataclass
class Applied:
    """Counts of ``apply_versions``."""

    stored: int = 0
    unchanged: int = 0
    conflicts: int = 0


Key = tuple[str, str]  # (table, row id as 32 hex digits)
# One row to write, in ``_COLUMNS`` order: id (hex), group, hlc, origin, change_seq,
# deleted, payload.
Row = tuple[str, str | None, str, str, int, bool, str]
RowsByTable = dict[str, list[Row]]


def _current_versions(
    conn: Connection, central: CentralStore, entries: list[Outgoing]
) -> dict[Key, Version]:
    """The stored versions of the rows of ``entries``: one query per table and 5,000 ids."""
    current: dict[Key, Version] = {}
    by_table: dict[str, set[str]] = {}
    for o in entries:
        by_table.setdefault(o.table, set()).add(o.row_hex)
    for table, ids in by_table.items():
        t = entity_tables[table]
        wanted = sorted(ids)
        for i in range(0, len(wanted), 5000):
            chunk = wanted[i : i + 5000]
            if central.is_postgres:
                # One array literal as the only parameter: nothing per id to adapt, and
                # PostgreSQL parses hex digits into uuids itself.
                found = conn.exec_driver_sql(
                    f"SELECT id, hlc, origin, payload FROM {table} WHERE id = ANY(%(ids)s::uuid[])",
                    {"ids": "{" + ",".join(chunk) + "}"},
                )
            else:
                found = conn.execute(
                    select(t.c.id, t.c.hlc, t.c.origin, t.c.payload).where(
                        t.c.id.in_([uuid.UUID(hex=h) for h in chunk])
                    )
                )
            for row in found:
                current[(table, row.id.hex)] = Version(
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
    """Merge entries into the store; the caller holds the counter lock (``seq``).

    On PostgreSQL the rows this laptop never had before (created here since the last
    push, not plan rows) are not looked up: they are written as new, and the primary
    key proves it. If one was there after all (an acknowledgement lost on both sides, a
    summary imported on a spare laptop), the batch is undone to a savepoint and merged
    again with every row looked up, so the outcome is the same either way.
    """
    if central.is_postgres:
        known = [o for o in entries if o.seen or o.table in PLAN_TABLES]
        if len(known) < len(entries):
            from psycopg.errors import UniqueViolation

            savepoint = conn.begin_nested()
            try:
                applied = _merge(conn, central, entries, seq, bases, known)
            except UniqueViolation:
                savepoint.rollback()
            else:
                savepoint.commit()
                return applied
    return _merge(conn, central, entries, seq, bases, entries)


def _merge(
    conn: Connection,
    central: CentralStore,
    entries: list[Outgoing],
    seq: int,
    bases: Callable[[list[Outgoing]], None],
    look_up: list[Outgoing],
) -> Applied:
    """Merge ``entries`` onto the stored versions of the rows of ``look_up``."""
    result = Applied()
    current = _current_versions(conn, central, look_up)
    existing = set(current)
    if existing:
        held = [o for o in entries if (o.table, o.row_hex) in existing]
        for o in held:
            o.stored_hlc = current[(o.table, o.row_hex)].hlc
        bases(held)
    new: RowsByTable = {}  # rows the store does not hold yet
    changed: RowsByTable = {}  # rows it holds, with their new version
    written: dict[Key, tuple[list[Row], int]] = {}  # where each row's write is
    conflicts: list[tuple[Outgoing, Merged]] = []
    for o in entries:
        if o.superseded:
            result.unchanged += 1
            continue
        key = (o.table, o.row_hex)
        stored = current.get(key)
        if stored is None:
            at = written.get(key)
            if at is not None:  # created earlier in this batch: merge onto that version
                made = at[0][at[1]]
                stored = current[key] = Version(made[2], made[3], json.loads(made[6]), made[6])
        if stored is None:
            # A new row: no merge, and the payload need not even be parsed.
            row: Row = (o.row_hex, o.group, o.hlc, o.origin, seq + 1, o.deleted, o.text)
        else:
            outcome = merge(stored, o.version, o.base, o.table)
            if outcome.loser is not None:
                conflicts.append((o, outcome))
            if outcome.write is None:
                result.unchanged += 1
                continue
            v = outcome.write
            text = v.text or json.dumps(v.payload, ensure_ascii=False, sort_keys=True)
            deleted = v.payload.get("deleted_at") is not None
            group = o.group
            if o.table in GROUP_IN_PAYLOAD:
                # The merged version may keep the stored group (the organisers moved a
                # person): the column must say what the stored payload says.
                value = v.payload.get("group_id")
                group = None if value is None else str(value)
            row = (o.row_hex, group, v.hlc, v.origin, seq + 1, deleted, text)
            current[key] = Version(v.hlc, v.origin, v.payload, text)
        seq += 1
        result.stored += 1
        at = written.get(key)
        if at is None:
            target = (changed if key in existing else new).setdefault(o.table, [])
            written[key] = (target, len(target))
            target.append(row)
        else:  # written earlier in this batch: keep the last version only
            at[0][at[1]] = row
    if central.is_postgres:
        _write_pg(conn, new, changed, direct=central.is_organiser)
    else:
        _write(conn, new, changed)
    now = dt.datetime.now(dt.UTC)
    for o, outcome in conflicts:
        assert outcome.loser is not None
        seq += 1
        conflict = {
            "id": uuid.uuid4(),
            "table_name": o.table,
            "row_id": o.row_id,
            "group_id": o.group_id,
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


def _write_pg(conn: Connection, new: RowsByTable, changed: RowsByTable, *, direct: bool) -> None:
    """PostgreSQL: COPY the batch into a session-private staging table, then one
    INSERT … SELECT or UPDATE … FROM per table (row-level security applies to those).

    With ``direct`` (the organisers' role, not subject to row-level security) new rows
    are copied straight into their tables. Ids and groups go as text: PostgreSQL reads
    32 hex digits as a uuid.
    """
    raw: Any = conn.connection.dbapi_connection
    columns = ", ".join(_COLUMNS)
    with raw.cursor() as cur:
        if direct:
            for table, rows in new.items():
                with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row(r)
            new = {}
        if not new and not changed:
            return
        cur.execute(_STAGING)
        with cur.copy(f"COPY sync_incoming (tbl, upd, {columns}) FROM STDIN") as copy:
            for upd, by_table in ((False, new), (True, changed)):
                for table, rows in by_table.items():
                    for r in rows:
                        copy.write_row((table, upd, *r))
        for table in new:
            cur.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM sync_incoming "
                "WHERE tbl = %s AND NOT upd",
                (table,),
            )
        sets = ", ".join(f"{c} = v.{c}" for c in _COLUMNS if c != "id")
        for table in changed:
            cur.execute(
                f"UPDATE {table} AS t SET {sets} FROM sync_incoming AS v "
                "WHERE v.tbl = %s AND v.upd AND t.id = v.id",
                (table,),
            )
        # No DELETE: the staging table empties itself at commit, and a batch is one
        # transaction, so each batch starts with it empty.


def _write(conn: Connection, new: RowsByTable, changed: RowsByTable) -> None:
    """SQLite: executemany of prepared statements, per table."""

    def values(r: Row) -> dict[str, Any]:
        row_hex, group, hlc, origin, change_seq, deleted, text = r
        return {
            "b_id": uuid.UUID(hex=row_hex),
            "group_id": None if group is None else uuid.UUID(group),
            "hlc": hlc,
            "origin": origin,
            "change_seq": change_seq,
            "deleted": deleted,
            "payload": text,
        }

    for table, rows in new.items():
        t = entity_tables[table]
        conn.execute(
            t.insert().values(id=bindparam("b_id")),
            [values(r) for r in rows],
        )
    for table, rows in changed.items():
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
            [values(r) for r in rows],
        )
