"""The organisers' desk: the experts' answers, and when each laptop last synced.

``expert_answer`` is an entity table like the others (one row per answer version; a
correction is a new row). On PostgreSQL a facilitator's role may read the answers of its
granted groups and write none: there is a read policy and no write policy, and the
grant gives SELECT only.

``central_laptop_sync`` has one row per laptop: its readable name (set on the laptop,
the facilitator's name by default), the group it works for and when it last completed a
sync (even one with nothing to send, unlike ``central_laptop.last_seen_at``). On
PostgreSQL a facilitator's role reads and writes only its own laptops' rows.

Revision ID: c0002_desk
Revises: c0002_hardening
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0002_desk"
down_revision: str | None = "c0002_hardening"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


GRANTED = "group_id IN (SELECT g.group_id FROM central_grant g WHERE g.role_name = current_user)"


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "expert_answer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_expert_answer"),
    )
    op.create_index("ix_expert_answer_group_id", "expert_answer", ["group_id"])
    op.create_index("ix_expert_answer_change_seq", "expert_answer", ["change_seq"])
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
        op.execute("ALTER TABLE expert_answer ENABLE ROW LEVEL SECURITY")
        op.execute(
            "CREATE POLICY expert_answer_read ON expert_answer FOR SELECT "
            f"USING (group_id IS NULL OR {GRANTED})"
        )
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
            op.execute(f'GRANT SELECT ON expert_answer TO "{role}"')


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("central_laptop_sync")
    op.drop_table("expert_answer")
