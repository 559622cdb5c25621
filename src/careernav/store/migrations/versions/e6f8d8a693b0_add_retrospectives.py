"""add retrospectives (and plans.start_date)

Revision ID: e6f8d8a693b0
Revises: 0c5485c578ad
Create Date: 2026-11-22 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e6f8d8a693b0"
down_revision = "0c5485c578ad"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: plans saved before this revision have no start date.
    op.add_column("plans", sa.Column("start_date", sa.Date(), nullable=True))
    op.create_table(
        "retrospectives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("period_kind", sa.String(16), nullable=False),
        sa.Column("period_label", sa.String(16), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_retrospectives"),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name="fk_retrospectives_profile_id_profiles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_retrospectives_profile_id", "retrospectives", ["profile_id"])


def downgrade() -> None:
    op.drop_table("retrospectives")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("start_date")
