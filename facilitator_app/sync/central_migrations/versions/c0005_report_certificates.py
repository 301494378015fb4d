"""Certificates: the register of issued participation certificates and the signing key.

Neither table is granted to facilitator roles (``CentralStore.grant`` lists the tables it
grants), so only the organisers can issue or read certificates and the key.

Revision ID: c0002_report
Revises: c0002_desk
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0002_report"
down_revision: str | None = "c0002_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "central_certificate",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sessions", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_central_certificate"),
    )
    op.create_index("ix_central_certificate_workshop_id", "central_certificate", ["workshop_id"])
    op.create_table(
        "central_secret",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_central_secret"),
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("central_secret")
    op.drop_index("ix_central_certificate_workshop_id", "central_certificate")
    op.drop_table("central_certificate")
