"""What the store hands back: plain frozen dataclasses, never ORM objects, and the values each
field may take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

LANGUAGES = ("ko", "en")
DOCUMENT_KINDS = ("resume", "posting")
PLAN_TARGET_KINDS = ("role", "posting")
SUBJECT_KINDS = ("skill", "project")
PROGRESS_STATUSES: dict[str, tuple[str, ...]] = {
    "skill": ("learned", "in-progress", "skipped", "todo"),
    "project": ("done", "in-progress", "todo"),
}
PERIOD_KINDS = ("quarter", "year")


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    language: str
    target_role: str | None
    target_posting_document_id: int | None
    hours_per_week: float
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    profile_id: int
    kind: str
    name: str
    format: str
    text: str
    sha256: str
    created_at: datetime


@dataclass(frozen=True)
class AnalysisRecord:
    id: int
    profile_id: int
    kind: str
    result: dict[str, Any]
    resume_document_id: int | None
    posting_document_id: int | None
    target_role: str | None
    created_at: datetime


@dataclass(frozen=True)
class PlanRecord:
    id: int
    profile_id: int
    analysis_id: int | None
    target_kind: str
    target_id: str
    kb_version: str
    hours_per_week: float
    start_date: date | None
    body: dict[str, Any]
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class ProgressEvent:
    id: int
    profile_id: int
    subject_kind: str
    subject_id: str
    status: str
    note: str | None
    created_at: datetime


@dataclass(frozen=True)
class Retrospective:
    id: int
    profile_id: int
    period_kind: str
    period_label: str
    content: dict[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class User:
    """Someone who may sign in to `careernav serve`. The password hash stays in the store."""

    id: int
    name: str
    created_at: datetime
    last_login_at: datetime | None
