"""create profiles, documents, analyses, plans and progress events

Revision ID: 0c5485c578ad
Revises:
Create Date: 2026-11-22 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0c5485c578ad"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # profiles and documents refer to each other. SQLite accepts a reference to a table that
    # does not exist yet (and cannot add one later without rebuilding the table); PostgreSQL
    # needs the constraint added once both tables exist.
    sqlite = op.get_bind().dialect.name == "sqlite"
    target_posting_fk = sa.ForeignKeyConstraint(
        ["target_posting_document_id"],
        ["documents.id"],
        name="fk_profiles_target_posting_document_id_documents",
        ondelete="SET NULL",
    )
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("target_role", sa.String(200), nullable=True),
        sa.Column("target_posting_document_id", sa.Integer(), nullable=True),
        sa.Column("hours_per_week", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_profiles"),
        sa.UniqueConstraint("name", name="uq_profiles_name"),
        *([target_posting_fk] if sqlite else []),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name="fk_documents_profile_id_profiles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_documents_profile_id", "documents", ["profile_id"])
    if not sqlite:
        op.create_foreign_key(
            target_posting_fk.name,
            "profiles",
            "documents",
            ["target_posting_document_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "analyses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("resume_document_id", sa.Integer(), nullable=True),
        sa.Column("posting_document_id", sa.Integer(), nullable=True),
        sa.Column("target_role", sa.String(200), nullable=True),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_analyses"),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name="fk_analyses_profile_id_profiles",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resume_document_id"],
            ["documents.id"],
            name="fk_analyses_resume_document_id_documents",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["posting_document_id"],
            ["documents.id"],
            name="fk_analyses_posting_document_id_documents",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_analyses_profile_id", "analyses", ["profile_id"])

    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("analysis_id", sa.Integer(), nullable=True),
        sa.Column("target_kind", sa.String(16), nullable=False),
        sa.Column("target_id", sa.String(200), nullable=False),
        sa.Column("kb_version", sa.String(100), nullable=False),
        sa.Column("hours_per_week", sa.Float(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name="fk_plans_profile_id_profiles",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["analysis_id"],
            ["analyses.id"],
            name="fk_plans_analysis_id_analyses",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_plans_profile_id", "plans", ["profile_id"])
    # At most one active plan per profile.
    op.create_index(
        "uq_plans_active_profile_id",
        "plans",
        ["profile_id"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )

    # Append-only: never updated, deleted only with the profile.
    op.create_table(
        "progress_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("subject_kind", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.String(200), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_progress_events"),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name="fk_progress_events_profile_id_profiles",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_progress_events_profile_id_created_at",
        "progress_events",
        ["profile_id", "created_at"],
    )


def downgrade() -> None:
    op.drop_table("progress_events")
    op.drop_table("plans")
    op.drop_table("analyses")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(
            "fk_profiles_target_posting_document_id_documents", "profiles", type_="foreignkey"
        )
    op.drop_table("documents")
    op.drop_table("profiles")
