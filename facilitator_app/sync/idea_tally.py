"""Notes per group, session, question and category, kept up to date incrementally.

Parsing every note's JSON payload on each refresh of the organisers' desk costs seconds
with 100,000 notes. A tally reads only the notes written since its last read (by
``change_seq``, like a laptop's pull: the counter is read first and rows up to it are
taken, so a change committing late is never skipped) and adjusts its counts. The
desk's worker keeps one tally per central store; the command line starts afresh.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import Connection, select, text

from facilitator_app.sync.central_schema import counter_table
from facilitator_app.sync.central_store import CentralStore

Key = tuple[uuid.UUID, str, uuid.UUID | None, str]  # group, session, question, category


def _uuid(value: object) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class IdeaTally:
    """Live notes counted by (group, session, question, category)."""

    def __init__(self) -> None:
        self.store_id = ""
        self.cursor = 0
        self.counts: dict[Key, int] = defaultdict(int)
        self._keys: dict[uuid.UUID, Key] = {}

    def _restart(self, store_id: str) -> None:
        self.store_id, self.cursor = store_id, 0
        self.counts.clear()
        self._keys.clear()

    def update(self, conn: Connection, central: CentralStore) -> int:
        """Read the notes changed since the last update; returns how many were read."""
        if central.store_id != self.store_id:
            self._restart(central.store_id)  # another store: start afresh
        top = int(
            conn.execute(
                select(counter_table.c.value).where(counter_table.c.name == "change")
            ).scalar_one()
        )
        if top <= self.cursor:
            return 0
        if central.is_postgres:
            query = (
                "SELECT i.id, i.group_id, i.deleted, p.session_id, p.agenda_item_id, p.category "
                "FROM idea i, LATERAL json_to_record(i.payload::json) "
                "AS p(session_id text, agenda_item_id text, category text) "
                "WHERE i.change_seq > :low AND i.change_seq <= :top"
            )
        else:
            query = (
                "SELECT id, group_id, deleted, json_extract(payload, '$.session_id'), "
                "json_extract(payload, '$.agenda_item_id'), json_extract(payload, '$.category') "
                "FROM idea WHERE change_seq > :low AND change_seq <= :top"
            )
        read = 0
        for row_id, group_id, deleted, session, item, category in conn.execute(
            text(query), {"low": self.cursor, "top": top}
        ):
            read += 1
            note = _uuid(row_id)
            gid = _uuid(group_id)
            assert note is not None
            old = self._keys.pop(note, None)
            if old is not None:
                self.counts[old] -= 1
            if not deleted and gid is not None:
                key = (gid, str(session), _uuid(item), str(category))
                self._keys[note] = key
                self.counts[key] += 1
        self.cursor = top
        return read

    def for_session(
        self, session_id: str
    ) -> dict[uuid.UUID, list[tuple[uuid.UUID | None, str, int]]]:
        """Per group of ``session_id``: (question, category, live notes)."""
        out: dict[uuid.UUID, list[tuple[uuid.UUID | None, str, int]]] = defaultdict(list)
        for (gid, session, item, category), n in self.counts.items():
            if session == session_id and n > 0:
                out[gid].append((item, category, n))
        return out
