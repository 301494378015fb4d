"""Closed workshops: what a purge leaves behind so that the purged data never returns.

Facilitator roles granted before this table existed may read it (``CentralStore.grant``
grants it to roles granted later): their laptops learn from it why their later changes
are not kept.

Revision ID: c0006_closed
Revises: c0002_report
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0006_closed"
down_revision: str | None = "c0002_report"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "central_closed_workshop",
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("workshop_key", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kept_public", sa.Boolean(), nullable=False),
        sa.Column("group_ids", sa.Text(), nullable=False),
        sa.Column("row_ids", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("workshop_id", name="pk_central_closed_workshop"),
    )
    if op.get_bind().dialect.name == "postgresql":
        roles = op.get_bind().execute(sa.text("SELECT DISTINCT role_name FROM central_grant"))
        for (role,) in roles:
            op.execute(f'GRANT SELECT ON central_closed_workshop TO "{role}"')


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("central_closed_workshop")
