"""The experts' answers to question notes (pulled from the central store).

Revision ID: 0002_desk
Revises: 0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_desk"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "expert_answer",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("idea_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("expert", sa.String(length=200), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("replaces_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["breakout_group.id"],
            name=op.f("fk_expert_answer_group_id_breakout_group"),
        ),
        sa.ForeignKeyConstraint(["idea_id"], ["idea.id"], name=op.f("fk_expert_answer_idea_id_idea")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_expert_answer_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_answer")),
    )
    with op.batch_alter_table("expert_answer", schema=None) as batch_op:
        batch_op.create_index("ix_expert_answer_idea", ["idea_id", "answered_at"], unique=False)


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("expert_answer")
