"""Alembic migrations of the local store, applied automatically on start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from facilitator_app.errors import QT_TRANSLATE_NOOP, DataFolderError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision. Knowing it lets a start on an up-to-date database skip loading
# Alembic (a tenth of a second); a test checks it against the scripts.
HEAD_REVISION = "0003_cert_rule"


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the package's migration scripts."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database of ``engine`` to the newest schema, all or nothing.

    Every migration up to the head runs in ONE SQLite transaction (SQLite's DDL is
    transactional): a start killed half-way leaves the database as it was before. The
    driver's own transaction handling is switched off meanwhile, because pysqlite starts
    no transaction for CREATE/ALTER and each statement would commit by itself. Foreign
    key enforcement can only change outside a transaction, so it is off while tables are
    rebuilt (Alembic's batch mode copies and drops them) and the result is checked with
    ``PRAGMA foreign_key_check`` before the commit.
    """
    if current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    cfg = alembic_config(engine)
    with engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        raw.isolation_level = None  # autocommit at the driver: BEGIN below is ours
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                raw.execute("BEGIN IMMEDIATE")
                _drop_unfinished_schema(conn)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = raw.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"a migration broke {len(broken)} row references")
        finally:
            raw.isolation_level = ""  # pysqlite's default, as every other connection has
            raw.execute("PRAGMA foreign_keys=ON")


def _drop_unfinished_schema(conn: Connection) -> None:
    """Remove what an older app left of a first start killed half-way.

    Before migrations ran in one transaction, each CREATE committed by itself, so a kill
    left some empty tables and no ``alembic_version``; such a folder was refused for ever
    ("table change_log already exists"). Tables without a schema version can only come
    from there and hold nothing (the first row is written after the schema is complete);
    if any holds rows, the file is something else and is left untouched.
    """
    inspector = inspect(conn)
    if inspector.has_table("alembic_version"):
        return
    tables = inspector.get_table_names()
    for name in tables:
        if conn.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() is not None:
            raise DataFolderError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The database in {folder} was not made by this app (its tables hold rows "
                    "but it has no schema version). Choose another data folder.",
                ),
                folder=str(Path(conn.engine.url.database or "").parent),
            )
    for name in tables:
        conn.exec_driver_sql(f'DROP TABLE "{name}"')
