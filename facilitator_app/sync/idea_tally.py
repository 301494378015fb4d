"""Notes per group, session, question and category, kept up to date cheaply.

Counting every note's JSON payload on each refresh of the organisers' desk costs
seconds with 100,000 notes. A tally counts everything once (grouped by the database),
then on each refresh asks which groups have notes written since (by ``change_seq``, like
a laptop's pull: the counter is read first and only rows up to it are taken, so a
change committing late is never skipped) and counts those groups again, each through
the ``group_id`` index. The desk's worker keeps one tally per central store.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, bindparam, select, text

from facilitator_app.sync.central_schema import counter_table, entity_tables
from facilitator_app.sync.central_store import CentralStore

Count = tuple[str, uuid.UUID | None, str, int]  # session, question, category, live notes


def _uuid(value: object) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _grouped(central: CentralStore, where: str) -> str:
    if central.is_postgres:
        return (
            "SELECT i.group_id, p.session_id, p.agenda_item_id, p.category, count(*) "
            "FROM idea i, LATERAL json_to_record(i.payload::json) "
            "AS p(session_id text, agenda_item_id text, category text) "
            f"WHERE NOT i.deleted {where} GROUP BY 1, 2, 3, 4"
        )
    return (
        "SELECT group_id, json_extract(payload, '$.session_id'), "
        "json_extract(payload, '$.agenda_item_id'), json_extract(payload, '$.category'), "
        f"count(*) FROM idea i WHERE NOT deleted {where} GROUP BY 1, 2, 3, 4"
    )


class IdeaTally:
    """Live notes counted per group by (session, question, category)."""

    def __init__(self) -> None:
        self.store_id = ""
        self.cursor = 0
        self.counts: dict[uuid.UUID, list[Count]] = {}

    def update(self, conn: Connection, central: CentralStore) -> int:
        """Count what changed since the last update; returns the groups counted again."""
        if central.store_id != self.store_id:
            self.store_id, self.cursor, self.counts = central.store_id, 0, {}
        top = int(
            conn.execute(
                select(counter_table.c.value).where(counter_table.c.name == "change")
            ).scalar_one()
        )
        if top <= self.cursor:
            return 0
        if self.cursor == 0:
            counted = self._count(conn, central, None)
            self.counts = counted
        else:
            ideas = entity_tables["idea"]
            changed = {
                g
                for (g,) in conn.execute(
                    select(ideas.c.group_id)
                    .where(ideas.c.change_seq > self.cursor, ideas.c.change_seq <= top)
                    .distinct()
                )
                if g is not None
            }
            groups = sorted({_uuid(g) for g in changed} - {None}, key=str)
            counted = self._count(conn, central, groups) if groups else {}
            for gid in groups:
                assert gid is not None
                self.counts[gid] = counted.get(gid, [])
        self.cursor = top
        return len(counted)

    @staticmethod
    def _count(
        conn: Connection, central: CentralStore, groups: list[uuid.UUID | None] | None
    ) -> dict[uuid.UUID, list[Count]]:
        out: dict[uuid.UUID, list[Count]] = defaultdict(list)
        if groups is None:
            batches: list[list[uuid.UUID | None]] = [[]]
        else:
            batches = [groups[i : i + 200] for i in range(0, len(groups), 200)]
        for batch in batches:
            if groups is None:
                query = text(_grouped(central, ""))
            else:
                query = text(_grouped(central, "AND i.group_id IN :groups")).bindparams(
                    bindparam(
                        "groups",
                        value=batch,
                        expanding=True,
                        type_=entity_tables["idea"].c.group_id.type,
                    )
                )
            for group_id, session, item, category, n in conn.execute(query):
                gid = _uuid(group_id)
                if gid is not None:
                    out[gid].append((str(session), _uuid(item), str(category), int(n)))
        return dict(out)

    def for_session(
        self, session_id: str
    ) -> dict[uuid.UUID, list[tuple[uuid.UUID | None, str, int]]]:
        """Per group of ``session_id``: (question, category, live notes)."""
        out: dict[uuid.UUID, list[tuple[uuid.UUID | None, str, int]]] = defaultdict(list)
        for gid, rows in self.counts.items():
            for session, item, category, n in rows:
                if session == session_id:
                    out[gid].append((item, category, n))
        return out


class RowCache:
    """Parsed payloads of the desk's small tables, refreshed by ``change_seq``.

    Plan rows, agendas, timer events, attendance, votes and answers are a few thousand
    rows; parsing them all on every 15-second refresh took most of its time. The cache
    reads only rows written since its cursor (counter first, as in pull). Rows are never
    removed centrally, only tombstoned, so updates are all it needs.
    """

    TABLES = (
        "workshop",
        "session",
        "breakout_group",
        "participant",
        "attendance",
        "agenda_item",
        "vote_round",
        "timer_event",
        "expert_answer",
    )

    def __init__(self) -> None:
        self.store_id = ""
        self.cursor = 0
        self.rows: dict[str, dict[object, tuple[Any, bool, dict[str, Any]]]] = {
            t: {} for t in self.TABLES
        }

    def update(self, conn: Connection, central: CentralStore) -> None:
        """Read the rows written since the last update."""
        if central.store_id != self.store_id:
            self.store_id, self.cursor = central.store_id, 0
            self.rows = {t: {} for t in self.TABLES}
        top = int(
            conn.execute(
                select(counter_table.c.value).where(counter_table.c.name == "change")
            ).scalar_one()
        )
        if top <= self.cursor:
            return
        for table in self.TABLES:
            t = entity_tables[table]
            found = conn.execute(
                select(t.c.id, t.c.group_id, t.c.deleted, t.c.payload).where(
                    t.c.change_seq > self.cursor, t.c.change_seq <= top
                )
            )
            rows = self.rows[table]
            for row_id, group_id, deleted, payload in found:
                rows[row_id] = (group_id, bool(deleted), json.loads(payload))
        self.cursor = top

    def payloads(self, table: str) -> list[tuple[Any, dict[str, Any]]]:
        """(group id, payload) of the live rows of ``table``, like ``overview.payloads``."""
        return [(g, p) for g, deleted, p in self.rows[table].values() if not deleted]


class DeskCache:
    """What the desk's worker keeps between refreshes of one central store."""

    def __init__(self) -> None:
        self.tally = IdeaTally()
        self.rows = RowCache()
