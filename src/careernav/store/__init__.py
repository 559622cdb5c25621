"""Keeping careernav's data: profiles, documents, analyses, learning plans, progress and
retrospectives, in a local SQLite file (or PostgreSQL), for good; and the users who may sign in
to `careernav serve`, with scrypt-hashed passwords.

    from careernav.store import Store

    with Store.open() as store:            # or Store.open("my.db"), Store.open("postgresql+psycopg://…")
        store.create_profile("ada", language="ko", target_role="ml-engineer")
        store.record_progress("ada", "skill", "pytorch", "in-progress")
        store.latest_status("ada")          # {("skill", "pytorch"): "in-progress"}

The database is $CAREERNAV_DB if set, else `careernav.db` in the user's data folder. Opening it
applies any pending schema migrations. Every write is one transaction. Methods return frozen
dataclasses; problems a user can fix are `careernav.errors.StoreError` subclasses. See
docs/store.md.
"""

from __future__ import annotations

from careernav.errors import (
    ImportDataError,
    InvalidPasswordError,
    InvalidValueError,
    ProfileExistsError,
    ProfileNotFoundError,
    RecordNotFoundError,
    StoreBusyError,
    StoreError,
    StoreOpenError,
    StoreSchemaError,
    UserExistsError,
    UserNotFoundError,
)
from careernav.store._engine import DB_ENV, default_database_path
from careernav.store._passwords import MIN_PASSWORD_LENGTH
from careernav.store._records import (
    DOCUMENT_KINDS,
    LANGUAGES,
    PERIOD_KINDS,
    PLAN_TARGET_KINDS,
    PROGRESS_STATUSES,
    SUBJECT_KINDS,
    AnalysisRecord,
    DocumentRecord,
    PlanRecord,
    Profile,
    ProgressEvent,
    Retrospective,
    User,
)
from careernav.store._store import Store
from careernav.store._transfer import FORMAT as EXPORT_FORMAT

__all__ = [
    "DB_ENV",
    "DOCUMENT_KINDS",
    "EXPORT_FORMAT",
    "LANGUAGES",
    "MIN_PASSWORD_LENGTH",
    "PERIOD_KINDS",
    "PLAN_TARGET_KINDS",
    "PROGRESS_STATUSES",
    "SUBJECT_KINDS",
    "AnalysisRecord",
    "DocumentRecord",
    "ImportDataError",
    "InvalidPasswordError",
    "InvalidValueError",
    "PlanRecord",
    "Profile",
    "ProfileExistsError",
    "ProfileNotFoundError",
    "ProgressEvent",
    "RecordNotFoundError",
    "Retrospective",
    "Store",
    "StoreBusyError",
    "StoreError",
    "StoreOpenError",
    "StoreSchemaError",
    "User",
    "UserExistsError",
    "UserNotFoundError",
    "default_database_path",
]
