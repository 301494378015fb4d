"""A full disk, simulated: SQLite's ``max_page_count`` caps a database at its current size,
so any write that needs a new page fails the way a full disk does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, text


@contextmanager
def disk_full(engine: Engine) -> Iterator[None]:
    """Every connection ``engine`` opens inside is capped at the database's size now."""
    with engine.connect() as conn:
        pages = int(conn.execute(text("PRAGMA page_count")).scalar_one())

    def cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()
    event.listen(engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()
