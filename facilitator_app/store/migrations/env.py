"""Alembic environment for the local store (SQLite, batch mode for ALTERs)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from facilitator_app.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def run() -> None:
    """Run migrations on the given connection, or on the configured URL."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            _migrate(conn)
    else:
        _migrate(connection)


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write the app's UTC datetime type as a plain DateTime in migration scripts."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _migrate(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
