"""Pull: bring the central store's newer versions (plan updates, other laptops' edits) here.

Rows come in ``change_seq`` order from a cursor kept in the local store. A pulled
version replaces the local row only when its HLC is later and the laptop has no change
of that row still waiting to be sent: those go up first, are merged centrally, and the
merged version comes back on the next pull. Pulled versions are recorded in the change
log as already acknowledged, so the next local edit knows which version it changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, func, insert, literal, select, text, union_all, update
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.models import ChangeLogEntry, Conflict, Preference
from facilitator_app.services import board
from facilitator_app.store import Store
from facilitator_app.store.changelog import unacknowledged
from facilitator_app.sync.central_schema import SYNCED_TABLES, conflict_table, counter_table
from facilitator_app.sync.central_schema import entity_tables as central_tables
from facilitator_app.sync.central_store import CentralStore, central_error
from facilitator_app.sync.rows import MODELS, from_payload, trusted_payload

# Rows per local transaction: small, so the facilitator's typing never waits long.
DEFAULT_LIMIT = 1000


@dataclass
class PullResult:
    """What a pull brought."""

    received: dict[str, int] = field(default_factory=dict)
    kept_local: int = 0  # newer local edits not yet sent: they go up first
    conflicts: int = 0
    separated: int = 0  # incoming notes that lay exactly on another note, moved apart
    rewound: bool = False  # the store's counter was below the cursor: pulled from the start
    refused: int = 0  # rows whose payload contradicts the store's columns (never applied)
    ideas: list[uuid.UUID] = field(default_factory=list)  # notes received, in order

    @property
    def total(self) -> int:
        """Rows changed locally."""
        return sum(self.received.values())


@dataclass
class _Fetched:
    rows: list[Any]
    conflicts: list[Any]
    cursor: int
    top: int = 0  # the store's counter


def cursor_key(central: CentralStore) -> str:
    """The preference holding how far this laptop has pulled from that store."""
    return f"sync.cursor.{central.store_id}"


def read_cursor(store: Store, central: CentralStore) -> int:
    """The last ``change_seq`` pulled from ``central``."""
    with store.read() as s:
        value = s.scalar(select(Preference.value).where(Preference.key == cursor_key(central)))
    return int(value) if value else 0


def pull(
    store: Store, central: CentralStore, *, limit: int = DEFAULT_LIMIT, since: int | None = None
) -> PullResult:
    """Apply every central change since the cursor (or ``since``) to the local store."""
    node = store.hlc.node
    result = PullResult()
    cursor = read_cursor(store, central) if since is None else since
    while True:
        try:
            fetched = _fetch(central, node, cursor, limit)
        except Exception as exc:
            raise central_error(exc, central.url) from exc
        if fetched.top < cursor:
            # The store numbers below where this laptop had pulled to: it was restored
            # from an older backup. Pull it all again (versions already here are skipped).
            result.rewound = True
            cursor = 0
            continue
        if fetched.cursor <= cursor:
            # Two laptops place their new notes in the same next free slot: pulled notes
            # lying exactly on another one are moved apart, as a change that syncs back.
            result.separated = len(board.separate_stacked(store, result.ideas).notes_after)
            return result
        _apply_locally(store, central, fetched, result)
        cursor = fetched.cursor


def _fetch(central: CentralStore, node: str, cursor: int, limit: int) -> _Fetched:
    with central.engine.connect() as conn:
        top = int(
            conn.execute(
                select(counter_table.c.value).where(counter_table.c.name == "change")
            ).scalar_one()
        )
        if top <= cursor:
            return _Fetched([], [], cursor, top)
        parts = [
            select(
                literal(name).label("table_name"),
                t.c.id,
                t.c.group_id,
                t.c.hlc,
                t.c.payload,
                t.c.change_seq,
            ).where(t.c.change_seq > cursor, t.c.change_seq <= top, t.c.origin != node)
            for name, t in central_tables.items()
        ]
        query = union_all(*parts).subquery()
        rows = conn.execute(select(query).order_by(query.c.change_seq).limit(limit)).all()
        end = rows[-1].change_seq if len(rows) == limit else top
        conflicts = conn.execute(
            select(conflict_table).where(
                conflict_table.c.change_seq > cursor, conflict_table.c.change_seq <= end
            )
        ).all()
        conn.rollback()
    return _Fetched(list(rows), list(conflicts), end, top)


def _apply_locally(
    store: Store, central: CentralStore, fetched: _Fetched, result: PullResult
) -> None:
    by_table: dict[str, list[Any]] = {}
    for row in fetched.rows:
        by_table.setdefault(row.table_name, []).append(row)
    newest = ""
    with store.transaction() as s:
        # Write first, so this transaction holds SQLite's write lock before it reads the
        # change log's last number (a concurrent edit on the UI thread then waits briefly).
        _set_cursor(s, central, fetched.cursor)
        s.flush()
        # Rows arrive in commit order, not parent-first: check references at commit.
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        seq = int(s.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0)
        now = store.clock.now()
        for table in SYNCED_TABLES:
            rows = by_table.get(table, [])
            if not rows:
                continue
            applied = _apply_table(s, table, rows, result)
            for row in applied:
                seq += 1
                s.add(
                    ChangeLogEntry(
                        seq=seq,
                        table_name=table,
                        row_id=row.id,
                        row_hlc=row.hlc,
                        hlc=row.hlc,
                        payload=row.payload,
                        acked_at=now,
                    )
                )
                newest = max(newest, row.hlc)
        result.conflicts += _record_conflicts(s, fetched.conflicts)
    if newest:
        store.hlc.observe(newest)


def _apply_table(s: OrmSession, table: str, rows: list[Any], result: PullResult) -> list[Any]:
    model = MODELS[table]
    t = cast(Table, model.__table__)
    ids = [r.id for r in rows]
    local: dict[uuid.UUID, str] = {}
    waiting: set[uuid.UUID] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for row_id, hlc in s.execute(select(t.c.id, t.c.hlc).where(t.c.id.in_(chunk))):
            local[row_id] = hlc
        waiting.update(
            s.scalars(
                select(ChangeLogEntry.row_id).where(
                    ChangeLogEntry.row_id.in_(chunk), unacknowledged()
                )
            )
        )
    applied = []
    for row in rows:
        have = local.get(row.id)
        if have is not None and row.hlc <= have:
            continue
        if row.id in waiting:
            result.kept_local += 1
            continue
        # The row's id and group columns are what the store checked; a payload naming
        # others (forged by hand, or from an app with other limits) is not applied.
        payload = trusted_payload(table, row.id, row.group_id, row.payload)
        if payload is None:
            result.refused += 1
            continue
        values = from_payload(t, payload)
        if have is None:
            s.execute(insert(t).values(**values))
        else:
            s.execute(update(t).where(t.c.id == row.id).values(**values))
        local[row.id] = row.hlc
        result.received[table] = result.received.get(table, 0) + 1
        if table == "idea":
            result.ideas.append(row.id)
        applied.append(row)
    return applied


def _record_conflicts(s: OrmSession, rows: list[Any]) -> int:
    added = 0
    for row in rows:
        known = s.scalar(
            select(Conflict.id).where(
                Conflict.table_name == row.table_name,
                Conflict.row_id == row.row_id,
                Conflict.loser_hlc == row.loser_hlc,
            )
        )
        if known is not None:
            continue
        s.add(
            Conflict(
                table_name=row.table_name,
                row_id=row.row_id,
                winner_hlc=row.winner_hlc,
                loser_hlc=row.loser_hlc,
                loser_payload=row.loser_payload,
            )
        )
        added += 1
    return added


def _set_cursor(s: OrmSession, central: CentralStore, value: int) -> None:
    key = cursor_key(central)
    pref = s.scalar(select(Preference).where(Preference.key == key))
    if pref is None:
        s.add(Preference(key=key, value=str(value)))
    else:
        pref.value = str(value)
