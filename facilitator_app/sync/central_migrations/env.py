"""Alembic environment of the central store (SQLite or PostgreSQL)."""

from __future__ import annotations

from alembic import context

from facilitator_app.sync.central_schema import central_metadata

VERSION_TABLE = "central_schema_version"


def run() -> None:
    """Run the migrations on the connection handed over by ``CentralStore.init``."""
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=central_metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
