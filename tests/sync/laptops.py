"""Test helpers shared by tests/sync and tests/central: laptops and central snapshots."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, select, update

from facilitator_app.clock import FakeClock
from facilitator_app.models import AgendaItem, ChangeLogEntry, Conflict, Idea, Preference
from facilitator_app.paths import demo_plan_path
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.plan_file import load_plan
from facilitator_app.services.plan_import import import_plan
from facilitator_app.store import Store
from facilitator_app.store.changelog import ACKED_PREFIX, unacknowledged
from facilitator_app.sync.central_schema import SYNCED_TABLES, conflict_table, entity_tables
from facilitator_app.sync.rows import MODELS, content
from facilitator_app.sync.service import SyncReport, sync_once

# A distinct y for every note the helper makes, across all laptops of a test run.
_SPOTS = itertools.count()
# 08:55 Oslo time on the first demo session day.
SESSION_MORNING = dt.datetime(2021, 9, 22, 6, 55, tzinfo=dt.UTC)


def forget_acknowledgements(store: Store) -> None:
    """Mark every change-log entry unacknowledged (acked_at and the watermark)."""
    with store.transaction() as s:
        s.execute(update(ChangeLogEntry).values(acked_at=None))
        s.execute(delete(Preference).where(Preference.key.startswith(ACKED_PREFIX)))


class Laptop:
    """A facilitator's laptop: its own store with the demo plan, on a fake clock."""

    def __init__(
        self, folder: Path, clock: FakeClock, *, plan: bool = True, group: str = "g1"
    ) -> None:
        self.clock = clock
        self.store = Store.open(folder, clock)
        if plan:
            import_plan(self.store, load_plan(demo_plan_path()))
        if ws_service.list_workshops(self.store):
            _ws, self.session, self.group = ws_service.find_by_keys(self.store, "s1", group)

    def close(self) -> None:
        """Release the store."""
        self.store.close()

    def question(self, n: int = 0) -> AgendaItem:
        """The n-th agenda item of s1/g1."""
        return ws_service.list_agenda(self.store, self.session.id, self.group.id)[n]

    def add_idea(self, text: str) -> uuid.UUID:
        """Capture one sticky note on s1/g1."""
        self.clock.advance(1)
        with self.store.transaction() as s:
            # Each note its own spot: notes stacked exactly on another laptop's are moved
            # apart by the pull (see board.separate_stacked), which these tests do not test.
            idea = Idea(
                session_id=self.session.id,
                group_id=self.group.id,
                agenda_item_id=self.question(2).id,
                text=text,
                y=float(next(_SPOTS)),
            )
            s.add(idea)
            s.flush()
            return idea.id

    def edit(self, model: type[Any], row_id: uuid.UUID, **fields: Any) -> None:
        """Change fields of one row in one transaction."""
        self.clock.advance(1)
        with self.store.transaction() as s:
            row = s.get(model, row_id)
            assert row is not None
            for key, value in fields.items():
                setattr(row, key, value)

    def delete(self, model: type[Any], row_id: uuid.UUID) -> None:
        """Tombstone one row."""
        self.edit(model, row_id, deleted_at=self.clock.now())

    def sync(self, url: str, password: str | None = None) -> SyncReport:
        """One full sync."""
        return sync_once(self.store, url, password)

    def contents(self, tables: tuple[str, ...] = SYNCED_TABLES) -> dict[tuple[str, str], Any]:
        """Every synced row's content (no bookkeeping), keyed by (table, id)."""
        out: dict[tuple[str, str], Any] = {}
        from facilitator_app.store.changelog import snapshot

        with self.store.read() as s:
            for table in tables:
                for row in s.scalars(select(MODELS[table])):
                    out[(table, str(row.id))] = content(snapshot(row))
        return out

    def unacked(self) -> int:
        """Change-log entries not yet acknowledged."""
        with self.store.read() as s:
            return len(list(s.scalars(select(ChangeLogEntry).where(unacknowledged()))))

    def forget_acks(self) -> None:
        """Forget every local acknowledgement: the next push sends the whole change log."""
        forget_acknowledgements(self.store)

    def conflicts(self) -> list[Conflict]:
        """Losing versions known locally."""
        with self.store.read() as s:
            return list(s.scalars(select(Conflict)))


def central_contents(
    url: str, tables: tuple[str, ...] = SYNCED_TABLES
) -> dict[tuple[str, str], Any]:
    """Every central row's content keyed by (table, id), read as the URL's role."""
    engine = create_engine(url)
    out: dict[tuple[str, str], Any] = {}
    try:
        with engine.connect() as conn:
            for table in tables:
                t = entity_tables[table]
                for row in conn.execute(select(t.c.id, t.c.payload)):
                    out[(table, str(row.id))] = content(json.loads(row.payload))
    finally:
        engine.dispose()
    return out


def central_count(url: str, table: str) -> int:
    """Number of rows in one central table."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return len(conn.execute(select(entity_tables[table].c.id)).all())
    finally:
        engine.dispose()


def central_conflicts(url: str) -> list[dict[str, Any]]:
    """Every row of the central conflicts table."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(conflict_table))]
    finally:
        engine.dispose()
