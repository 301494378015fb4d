"""``central init`` on PostgreSQL is all or nothing (issue 9 §3).

The whole upgrade is one transaction (PostgreSQL's DDL is transactional): a failure
after any single statement (here raised by an engine hook, as a dropped connection or a
killed process would end it) leaves an empty schema, and the next ``central init``
makes the same store as a clean one.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text

from facilitator_app.sync.central_store import init_central

pytestmark = pytest.mark.postgres

CATALOG = """
SELECT 'relation', c.relname, c.relkind::text FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
UNION ALL
SELECT 'function', p.proname, '' FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
UNION ALL
SELECT 'policy', tablename || '.' || policyname, qual FROM pg_policies
UNION ALL
SELECT 'trigger', tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal
UNION ALL
SELECT 'constraint', conname, pg_get_constraintdef(oid) FROM pg_constraint
  WHERE connamespace = 'public'::regnamespace
ORDER BY 1, 2
"""


class Killed(Exception):
    """Raised after statement N, in place of a killed process."""


def _catalog(url: str) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(CATALOG))]
    finally:
        engine.dispose()


def test_init_failing_after_any_statement_leaves_nothing(
    pg_url: str, pg_server: str, central_db: Any
) -> None:
    clean = central_db.create_database(pg_server)
    try:
        init_central(clean).close()
        reference = _catalog(clean)
    finally:
        central_db.drop_database(pg_server, clean)
    count, fail_at = [0], [0]

    def after_statement(*_args: Any) -> None:
        count[0] += 1
        if fail_at[0] and count[0] >= fail_at[0]:
            raise Killed(f"stopped after statement {count[0]}")

    event.listen(Engine, "after_cursor_execute", after_statement)
    try:
        for n in range(1, 10_000):
            count[0], fail_at[0] = 0, n
            try:
                init_central(pg_url).close()
            except Killed:
                fail_at[0] = 0
                # Nothing, or (stopped in the checks after the commit) the whole store.
                left = _catalog(pg_url)
                assert left in ([], reference), f"statement {n} left a half-made store"
            else:
                break  # n passed the last statement: the store was made
        fail_at[0] = 0
    finally:
        event.remove(Engine, "after_cursor_execute", after_statement)
    assert n > 50  # every statement of every migration was a point of failure
    made = _catalog(pg_url)
    assert made == reference
    assert any(r[0] == "trigger" and r[1] == "central_counter_guard" for r in made)
    assert any(r[0] == "policy" and r[1] == "participant.participant_read" for r in made)
