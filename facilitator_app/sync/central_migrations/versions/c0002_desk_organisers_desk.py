"""The organisers' desk: when each laptop last synced, under a readable name.

``central_laptop_sync`` has one row per laptop: its readable name (set on the laptop,
the facilitator's name by default), the group it works for and when it last completed a
sync (even one with nothing to send, unlike ``central_laptop.last_seen_at``). On
PostgreSQL a facilitator's role reads and writes only its own laptops' rows.

Revision ID: c0002_desk
Revises: c0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0002_desk"
down_revision: str | None = "c0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "central_laptop_sync",
        sa.Column("node", sa.String(length=40), nullable=False),
        sa.Column("laptop_name", sa.String(length=200), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("db_role", sa.String(length=128), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("node", name="pk_central_laptop_sync"),
    )
    op.create_index("ix_central_laptop_sync_group_id", "central_laptop_sync", ["group_id"])
    if op.get_bind().dialect.name == "postgresql":
        mine = "db_role = current_user"
        op.execute("ALTER TABLE central_laptop_sync ENABLE ROW LEVEL SECURITY")
        op.execute(
            "CREATE POLICY central_laptop_sync_own ON central_laptop_sync "
            f"USING ({mine}) WITH CHECK ({mine})"
        )
        # Roles granted before this table existed record their syncs too.
        roles = op.get_bind().execute(sa.text("SELECT DISTINCT role_name FROM central_grant"))
        for (role,) in roles:
            op.execute(f'GRANT SELECT, INSERT, UPDATE ON central_laptop_sync TO "{role}"')


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("central_laptop_sync")
