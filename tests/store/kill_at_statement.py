"""Kill a first start after every single SQL statement, then start again (run as a script).

``python kill_at_statement.py local|central ROOT`` first makes a reference store in
ROOT/reference and counts the statements a first start runs. Then, for N = 1 … all, a
forked child makes a new store and dies with ``os._exit`` right after statement N (no
rollback, no clean-up: as a killed process or a closed lid). The parent then opens that
folder again, as the next start would, and compares its schema with the reference.
Prints one JSON object: the statement count and every N whose folder was refused or
ended with a different schema.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

KILL_AT: list[int | None] = [None]
COUNT = [0]


def _after_statement(*_args: Any) -> None:
    COUNT[0] += 1
    if KILL_AT[0] is not None and COUNT[0] >= KILL_AT[0]:
        os._exit(17)  # no rollback, no close: the process is simply gone


def _schema(db: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT type, name, COALESCE(sql, '') FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        return [(str(t), str(n), str(s)) for t, n, s in rows]
    finally:
        conn.close()


def _first_start(kind: str, folder: Path) -> Path:
    """Create the store in ``folder`` (or open it again); returns its database file."""
    if kind == "local":
        from facilitator_app.store import Store
        from facilitator_app.store.db import DB_NAME

        store = Store.open(folder)
        store.close()
        return folder / DB_NAME
    from facilitator_app.sync.central_store import init_central, sqlite_url

    db = folder / "central.sqlite3"
    central = init_central(sqlite_url(db))
    central.close()
    return db


def _facts(kind: str, db: Path) -> dict[str, Any]:
    """What must hold after a start: the bookkeeping rows the first start writes."""
    conn = sqlite3.connect(db)
    try:
        if kind == "local":
            return {
                "revision": conn.execute("SELECT version_num FROM alembic_version").fetchall(),
                "node_ids": conn.execute(
                    "SELECT count(*) FROM preference WHERE key = 'node_id'"
                ).fetchone()[0],
            }
        return {
            "revision": conn.execute("SELECT version_num FROM central_schema_version").fetchall(),
            "counter": conn.execute("SELECT name, value FROM central_counter").fetchall(),
            "store_ids": conn.execute(
                "SELECT count(*) FROM central_meta WHERE key = 'store_id'"
            ).fetchone()[0],
        }
    finally:
        conn.close()


def main(kind: str, root: Path) -> dict[str, Any]:
    """Kill at every statement; report the statement count and every failure."""
    event.listen(Engine, "after_cursor_execute", _after_statement)
    reference = _first_start(kind, root / "reference")
    total = COUNT[0]
    want_schema, want_facts = _schema(reference), _facts(kind, reference)
    failures: dict[int, str] = {}
    for n in range(1, total + 1):
        folder = root / f"killed-{n}"
        folder.mkdir(parents=True)
        pid = os.fork()
        if pid == 0:  # the child: a first start that dies after statement n
            KILL_AT[0], COUNT[0] = n, 0
            try:
                _first_start(kind, folder)
            finally:
                os._exit(0)  # it got through: statement n was the last one
        _pid, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 17:
            failures[n] = "the first start was not killed at this statement"
            continue
        try:
            db = _first_start(kind, folder)  # the next start, as the user would make it
            if _schema(db) != want_schema:
                failures[n] = "schema differs from a clean first start"
            elif _facts(kind, db) != want_facts:
                failures[n] = f"bookkeeping differs: {_facts(kind, db)}"
        except Exception:
            failures[n] = traceback.format_exc(limit=1).strip().splitlines()[-1]
    return {"statements": total, "failures": failures}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]))))
