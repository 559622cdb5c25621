"""The tables, as SQLAlchemy ORM classes. Private: the store returns `_records` dataclasses.

The schema itself is made by the Alembic migrations in `migrations/versions/`; these classes
must describe the schema at the newest revision (a test compares the two).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from careernav.store import _records as records

NAME_LENGTH = 200

# Constraint names are part of the schema: migrations refer to them, so they must be predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    PostgreSQL keeps the zone (timestamptz); SQLite has no zone, so the value is stored as naive
    UTC text, which also keeps text order equal to time order.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        datetime: UTCDateTime,
        date: Date,
    }


class ProfileRow(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    language: Mapped[str] = mapped_column(String(8))
    target_role: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    # profiles and documents refer to each other; use_alter breaks the cycle for CREATE TABLE.
    target_posting_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL", use_alter=True)
    )
    hours_per_week: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def record(self) -> records.Profile:
        return records.Profile(
            id=self.id,
            name=self.name,
            language=self.language,
            target_role=self.target_role,
            target_posting_document_id=self.target_posting_document_id,
            hours_per_week=self.hours_per_week,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]

    def record(self) -> records.DocumentRecord:
        return records.DocumentRecord(
            id=self.id,
            profile_id=self.profile_id,
            kind=self.kind,
            name=self.name,
            format=self.format,
            text=self.text,
            sha256=self.sha256,
            created_at=self.created_at,
        )


class AnalysisRow(Base):
    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    resume_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    posting_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    target_role: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(50))
    result: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]

    def record(self) -> records.AnalysisRecord:
        return records.AnalysisRecord(
            id=self.id,
            profile_id=self.profile_id,
            kind=self.kind,
            result=self.result,
            resume_document_id=self.resume_document_id,
            posting_document_id=self.posting_document_id,
            target_role=self.target_role,
            created_at=self.created_at,
        )


class PlanRow(Base):
    __tablename__ = "plans"
    # At most one active plan per profile, enforced by the database too.
    __table_args__ = (
        Index(
            "uq_plans_active_profile_id",
            "profile_id",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    analysis_id: Mapped[int | None] = mapped_column(ForeignKey("analyses.id", ondelete="SET NULL"))
    target_kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kb_version: Mapped[str] = mapped_column(String(100))
    hours_per_week: Mapped[float] = mapped_column(Float)
    start_date: Mapped[date | None]
    body: Mapped[dict[str, Any]]
    active: Mapped[bool] = mapped_column(Boolean, server_default=false())
    created_at: Mapped[datetime]

    def record(self) -> records.PlanRecord:
        return records.PlanRecord(
            id=self.id,
            profile_id=self.profile_id,
            analysis_id=self.analysis_id,
            target_kind=self.target_kind,
            target_id=self.target_id,
            kb_version=self.kb_version,
            hours_per_week=self.hours_per_week,
            start_date=self.start_date,
            body=self.body,
            active=self.active,
            created_at=self.created_at,
        )


class ProgressEventRow(Base):
    """Append-only: rows are never updated, and deleted only with their profile."""

    __tablename__ = "progress_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    subject_kind: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[str] = mapped_column(String(NAME_LENGTH))
    status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]

    def record(self) -> records.ProgressEvent:
        return records.ProgressEvent(
            id=self.id,
            profile_id=self.profile_id,
            subject_kind=self.subject_kind,
            subject_id=self.subject_id,
            status=self.status,
            note=self.note,
            created_at=self.created_at,
        )

    __table_args__ = (
        Index("ix_progress_events_profile_id_created_at", "profile_id", "created_at"),
    )


class RetrospectiveRow(Base):
    __tablename__ = "retrospectives"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    period_kind: Mapped[str] = mapped_column(String(16))
    period_label: Mapped[str] = mapped_column(String(16))
    content: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]

    def record(self) -> records.Retrospective:
        return records.Retrospective(
            id=self.id,
            profile_id=self.profile_id,
            period_kind=self.period_kind,
            period_label=self.period_label,
            content=self.content,
            created_at=self.created_at,
        )


class UserRow(Base):
    """Who may sign in to `careernav serve`. Not linked to profiles, and never exported."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    # `scrypt$<n>$<r>$<p>$<salt>$<key>` (see _passwords.py); never the password itself.
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]

    def record(self) -> records.User:
        return records.User(
            id=self.id,
            name=self.name,
            created_at=self.created_at,
            last_login_at=self.last_login_at,
        )
