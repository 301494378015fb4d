"""The receipt's summaries: per content table of a group, a count and a digest, each side.

A summary is one query a side giving, per table of ``rows.GROUP_CONTENT``, the group's
row count and the MD5 of its rows' ``id:stamp`` list, joined by commas in id order (ids
as 32 lower-case hex digits on both sides). PostgreSQL sorts and returns the MD5 only
(nothing per row crosses the network); SQLite returns the text unsorted (sorting 2,000
rows there cost 2-13 ms, in Python 0.3 ms), sorted and hashed here.

PostgreSQL is asked before this laptop computes its own side, and works on it meanwhile
(``StoredSummaries``): psycopg's pipeline mode sends the query without waiting for its
answer, so the receipt costs the longer of the two sides, not their sum, without a
thread (one was tried: waiting for the GIL behind the laptop's own work cost more than
it saved). The query runs outside a transaction (one statement sees one snapshot) and
the pool pings only idle connections, so it is one round trip: no ping, ``BEGIN`` or
``ROLLBACK`` travels with it.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from types import TracebackType
from typing import Any

from sqlalchemy import text as sql_text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session as OrmSession

from facilitator_app.sync.central_store import CentralStore, central_error, reading
from facilitator_app.sync.rows import GROUP_CONTENT

# (count, digest) per table
Summary = dict[str, tuple[int, str]]

_VIA_PARENT = {
    "attendance": ("participant", "participant_id"),
    "dot_vote": ("vote_round", "round_id"),
    "timer_event": ("agenda_item", "agenda_item_id"),
}


def _postgres_sql() -> str:
    # encode(uuid_send(id), 'hex') is the id's 32 hex digits, as replace(id::text, '-',
    # '') gives them, for three quarters of the server time (2,000 rows). psycopg's
    # placeholders: this query goes to the driver as it is.
    return " UNION ALL ".join(
        f"SELECT '{t}', count(*), md5(coalesce(string_agg(encode(uuid_send(id), 'hex') "
        f"|| ':' || hlc, ',' ORDER BY id), '')) FROM {t} "
        "WHERE group_id = CAST(%(g)s AS uuid)"
        for t in GROUP_CONTENT
    )


def _sqlite_sql(local: bool) -> str:
    parts = []
    for t in GROUP_CONTENT:
        if local and t in _VIA_PARENT:
            parent, key = _VIA_PARENT[t]
            inner = (
                f"SELECT c.id || ':' || c.hlc AS x FROM {t} AS c JOIN {parent} AS p "
                f"ON c.{key} = p.id WHERE p.group_id = :g"
            )
        else:
            inner = f"SELECT id || ':' || hlc AS x FROM {t} WHERE group_id = :g"
        parts.append(f"SELECT '{t}', count(*), coalesce(group_concat(x, ','), '') FROM ({inner})")
    return " UNION ALL ".join(parts)


_POSTGRES = _postgres_sql()
_SQLITE_STORE = sql_text(_sqlite_sql(local=False))


def _summarise(rows: Any, hashed: bool) -> Summary:
    out: Summary = {}
    for table, count, pairs in rows:
        if not hashed:
            text = ",".join(sorted(pairs.split(","))) if pairs else ""
            pairs = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
        out[str(table)] = (int(count), str(pairs))
    return out


_NAME_SQL = "SELECT name FROM breakout_group WHERE id = :g"
_LAPTOP_SQL = _sqlite_sql(local=True)


def laptop_side(
    s: OrmSession, groups: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[str | None, Summary]]:
    """Each group's name and this laptop's summary of it, read on the session's own
    DB-API cursor: the SQL is SQLite's own and its values plain text, and SQLAlchemy's
    handling of three statements cost more than SQLite's work on the names."""
    cursor = s.connection().connection.cursor()
    out = {}
    for g in groups:
        name = cursor.execute(_NAME_SQL, {"g": g.hex}).fetchone()
        rows = cursor.execute(_LAPTOP_SQL, {"g": g.hex}).fetchall()
        out[g] = (None if name is None else str(name[0]), _summarise(rows, hashed=False))
    return out


class StoredSummaries:
    """The store's summaries of ``groups``, asked for when this is entered.

    ``with StoredSummaries(central, groups) as asked: …; asked.answers()`` — compute this
    laptop's side inside. Any failure of the store becomes a ``CentralStoreError``.
    """

    def __init__(self, central: CentralStore, groups: list[uuid.UUID]) -> None:
        self._central = central
        self._groups = groups
        self._stack = contextlib.ExitStack()
        self._cursors: list[Any] = []

    def __enter__(self) -> StoredSummaries:
        if self._central.is_postgres:
            with self._store_errors():
                try:
                    self._ask()
                except BaseException:
                    self._stack.close()
                    raise
        return self

    def _ask(self) -> None:
        conn = self._stack.enter_context(self._central.engine.connect())
        conn.execution_options(isolation_level="AUTOCOMMIT")
        raw: Any = conn.connection.driver_connection
        self._stack.enter_context(raw.pipeline())
        for g in self._groups:
            cursor = raw.cursor()
            cursor.execute(_POSTGRES, {"g": str(g)})  # sent; answered while we work
            self._cursors.append(cursor)

    def answers(self) -> dict[uuid.UUID, Summary]:
        """The store's summary per group (waits for PostgreSQL's answers)."""
        if not self._central.is_postgres:
            out = {}
            for g in self._groups:
                with reading(self._central) as conn:
                    out[g] = _summarise(conn.execute(_SQLITE_STORE, {"g": g.hex}), False)
            return out
        with self._store_errors():
            rows = [cursor.fetchall() for cursor in self._cursors]
        return {g: _summarise(r, hashed=True) for g, r in zip(self._groups, rows, strict=True)}

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None:
            with contextlib.suppress(Exception):  # the first failure is the one to tell
                self._stack.close()
            return
        with self._store_errors():
            self._stack.close()

    @contextlib.contextmanager
    def _store_errors(self) -> Any:
        dbapi_error: Any = self._central.engine.dialect.loaded_dbapi.Error
        try:
            yield
        except (SQLAlchemyError, dbapi_error, OSError) as exc:
            raise central_error(exc, self._central.url) from None
