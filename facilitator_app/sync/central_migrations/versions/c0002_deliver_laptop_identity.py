"""Delivery you can prove: the store remembers which version it acknowledged last.

``central_laptop.acked_hlc`` is the stamp of the last change-log entry the store
committed from a laptop. A laptop whose own entry at that number has another stamp (or
none) is not the laptop the store knows under that id: a copied or restored data folder.
Also makes sure every store has its identity (``central_meta.store_id``).

Revision ID: c0002_deliver
Revises: c0001
Create Date: 2026-12-01
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0002_deliver"
down_revision: str | None = "c0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add ``central_laptop.acked_hlc``; give a store without an identity one."""
    with op.batch_alter_table("central_laptop") as batch:
        batch.add_column(sa.Column("acked_hlc", sa.String(length=40), nullable=True))
    bind = op.get_bind()
    meta = sa.table("central_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    found = bind.execute(sa.select(meta.c.value).where(meta.c.key == "store_id")).first()
    if found is None:
        bind.execute(meta.insert().values(key="store_id", value=uuid.uuid4().hex))


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("central_laptop") as batch:
        batch.drop_column("acked_hlc")
