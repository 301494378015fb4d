"""The plan's certificate rule: sessions a participant must attend (None: one is enough).

Revision ID: 0003_cert_rule
Revises: 0002_desk
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_cert_rule"
down_revision: str | None = "0002_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("certificate_min_sessions", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_column("certificate_min_sessions")
