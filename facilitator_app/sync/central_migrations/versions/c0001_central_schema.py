"""Central store schema: one table per synced entity, conflicts, laptops, grants.

Revision ID: c0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENTITY_TABLES = (
    "workshop",
    "session",
    "breakout_group",
    "participant",
    "attendance",
    "agenda_item",
    "cluster",
    "idea",
    "vote_round",
    "dot_vote",
    "timer_event",
)
GRANTED = "group_id IN (SELECT g.group_id FROM central_grant g WHERE g.role_name = current_user)"


def upgrade() -> None:
    """Apply this migration."""
    for name in ENTITY_TABLES:
        op.create_table(
            name,
            sa.Column("id", sa.Uuid(), nullable=False),
            sa.Column("group_id", sa.Uuid(), nullable=True),
            sa.Column("hlc", sa.String(length=40), nullable=False),
            sa.Column("origin", sa.String(length=40), nullable=False),
            sa.Column("change_seq", sa.BigInteger(), nullable=False),
            sa.Column("deleted", sa.Boolean(), nullable=False),
            sa.Column("payload", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        )
        op.create_index(f"ix_{name}_group_id", name, ["group_id"])
        op.create_index(f"ix_{name}_change_seq", name, ["change_seq"])
    op.create_table(
        "central_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("winner_hlc", sa.String(length=40), nullable=False),
        sa.Column("loser_hlc", sa.String(length=40), nullable=False),
        sa.Column("loser_origin", sa.String(length=40), nullable=False),
        sa.Column("loser_payload", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_central_conflict"),
    )
    op.create_index("ix_central_conflict_group_id", "central_conflict", ["group_id"])
    op.create_index("ix_central_conflict_change_seq", "central_conflict", ["change_seq"])
    op.create_index(
        "uq_central_conflict_version",
        "central_conflict",
        ["table_name", "row_id", "loser_hlc"],
        unique=True,
    )
    op.create_table(
        "central_laptop",
        sa.Column("node", sa.String(length=40), nullable=False),
        sa.Column("db_role", sa.String(length=128), nullable=False),
        sa.Column("acked_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("node", name="pk_central_laptop"),
    )
    counter = op.create_table(
        "central_counter",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_central_counter"),
    )
    op.create_table(
        "central_grant",
        sa.Column("role_name", sa.String(length=128), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("role_name", "group_id", name="pk_central_grant"),
    )
    meta = op.create_table(
        "central_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_central_meta"),
    )
    op.bulk_insert(counter, [{"name": "change", "value": 0}])
    import uuid

    op.bulk_insert(meta, [{"key": "store_id", "value": uuid.uuid4().hex}])
    if op.get_bind().dialect.name == "postgresql":
        _row_level_security()


def _row_level_security() -> None:
    """Facilitator roles see and write only the rows of groups granted to them."""
    for name in (*ENTITY_TABLES, "central_conflict"):
        readable = "true" if name == "participant" else f"group_id IS NULL OR {GRANTED}"
        op.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {name}_read ON {name} FOR SELECT USING ({readable})")
        op.execute(f"CREATE POLICY {name}_insert ON {name} FOR INSERT WITH CHECK ({GRANTED})")
        op.execute(
            f"CREATE POLICY {name}_update ON {name} FOR UPDATE "
            f"USING ({GRANTED}) WITH CHECK ({GRANTED})"
        )
        op.execute(f"CREATE POLICY {name}_delete ON {name} FOR DELETE USING ({GRANTED})")
    mine = "db_role = current_user"
    op.execute("ALTER TABLE central_laptop ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY central_laptop_own ON central_laptop USING ({mine}) WITH CHECK ({mine})"
    )
    op.execute("ALTER TABLE central_grant ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY central_grant_own ON central_grant FOR SELECT "
        "USING (role_name = current_user)"
    )


def downgrade() -> None:
    """Revert this migration."""
    for name in ("central_meta", "central_grant", "central_counter", "central_laptop"):
        op.drop_table(name)
    op.drop_table("central_conflict")
    for name in reversed(ENTITY_TABLES):
        op.drop_table(name)
