"""The Store: careernav's saved data (profiles, documents, analyses, plans, progress,
retrospectives, and the users who may sign in to `careernav serve`) in SQLite or PostgreSQL.
Every write is one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from alembic.util import CommandError
from sqlalchemy import Engine, exists, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from careernav.errors import (
    InvalidValueError,
    ProfileExistsError,
    ProfileNotFoundError,
    RecordNotFoundError,
    StoreError,
    StoreSchemaError,
    UserExistsError,
    UserNotFoundError,
)
from careernav.store import _passwords, _transfer
from careernav.store import _validate as check
from careernav.store._engine import (
    DEFAULT_TIMEOUT,
    WRITE,
    Location,
    create_store_engine,
    resolve_location,
    translate_error,
)
from careernav.store._migrate import upgrade
from careernav.store._models import (
    AnalysisRow,
    DocumentRow,
    PlanRow,
    ProfileRow,
    ProgressEventRow,
    RetrospectiveRow,
    UserRow,
    sha256_text,
    utcnow,
)
from careernav.store._records import (
    DOCUMENT_KINDS,
    LANGUAGES,
    PLAN_TARGET_KINDS,
    AnalysisRecord,
    DocumentRecord,
    PlanRecord,
    Profile,
    ProgressEvent,
    Retrospective,
    User,
)

if TYPE_CHECKING:
    from careernav.knowledge import KnowledgeBase

PROFILE_CHANGES = (
    "name",
    "language",
    "target_role",
    "target_posting_document_id",
    "hours_per_week",
)


class Store:
    """careernav's saved data. Open with `Store.open()`; use as a context manager or `close()`.

    Every method that writes does so in one transaction: if it fails, or the process is killed
    half-way, the database keeps its previous state.
    """

    def __init__(self, engine: Engine, location: Location):
        self._engine = engine
        self._writer = engine.execution_options(**{WRITE: True})
        self._location = location
        self._closed = False

    @classmethod
    def open(
        cls, url_or_path: str | Path | None = None, *, timeout: float = DEFAULT_TIMEOUT
    ) -> Store:
        """Open (creating if needed) and upgrade the database.

        `url_or_path` is a file path or a SQLAlchemy URL (`sqlite:///…`,
        `postgresql+psycopg://…`); if None, $CAREERNAV_DB, else `careernav.db` in the user's
        data folder. `timeout` is how many seconds to wait for another writer.
        """
        location = resolve_location(url_or_path)
        try:
            engine = create_store_engine(location, timeout)
        except SQLAlchemyError as exc:
            raise translate_error(exc, location.where) from exc
        try:
            upgrade(engine, location.where)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise translate_error(exc, location.where) from exc
        except CommandError as exc:
            engine.dispose()
            raise StoreSchemaError(
                f"Could not bring {location.where} up to date: {exc}. Nothing was changed."
            ) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, location)

    @property
    def url(self) -> str:
        """The database's URL, password hidden."""
        return self._location.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self._location.where}>"

    # --- Transactions ------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Session]:
        if self._closed:
            raise StoreError("This store is closed. Open it again with Store.open().")
        try:
            with (
                Session(self._writer if write else self._engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                yield session
        except SQLAlchemyError as exc:
            raise translate_error(exc, self._location.where) from exc

    # --- Profiles ----------------------------------------------------------------------------

    def create_profile(
        self,
        name: str,
        language: str = "en",
        target_role: str | None = None,
        hours_per_week: float = 10.0,
    ) -> Profile:
        name = check.text("profile name", name)
        row = ProfileRow(
            name=name,
            language=check.choice("language", language, LANGUAGES),
            target_role=check.optional_text("target role", target_role),
            hours_per_week=check.hours_per_week(hours_per_week),
        )
        with self._transaction(write=True) as session:
            if _find_profile(session, name) is not None:
                raise ProfileExistsError(name)
            row.created_at = row.updated_at = utcnow()
            session.add(row)
            session.flush()
            return row.record()

    def get_profile(self, name: str) -> Profile:
        with self._transaction(write=False) as session:
            return _profile(session, name).record()

    def list_profiles(self) -> list[Profile]:
        with self._transaction(write=False) as session:
            rows = session.scalars(select(ProfileRow).order_by(ProfileRow.name))
            return [row.record() for row in rows]

    def update_profile(self, name: str, /, **changes: Any) -> Profile:
        """Change the profile called `name`: give any of name (to rename it), language,
        target_role, target_posting_document_id (a posting of this profile, or None) and
        hours_per_week."""
        unknown = sorted(set(changes) - set(PROFILE_CHANGES))
        if unknown:
            raise InvalidValueError(
                "changes",
                unknown,
                f"A profile has no {', '.join(unknown)} to change. "
                f"You can change: {', '.join(PROFILE_CHANGES)}.",
            )
        with self._transaction(write=True) as session:
            row = _profile(session, name)
            if "name" in changes:
                new_name = check.text("profile name", changes["name"])
                if new_name != row.name and _find_profile(session, new_name) is not None:
                    raise ProfileExistsError(new_name)
                row.name = new_name
            if "language" in changes:
                row.language = check.choice("language", changes["language"], LANGUAGES)
            if "target_role" in changes:
                row.target_role = check.optional_text("target role", changes["target_role"])
            if "hours_per_week" in changes:
                row.hours_per_week = check.hours_per_week(changes["hours_per_week"])
            if "target_posting_document_id" in changes:
                document_id = check.record_id(
                    "target_posting_document_id", changes["target_posting_document_id"]
                )
                if document_id is not None:
                    _document_of(session, row, document_id, "posting", "target_posting_document_id")
                row.target_posting_document_id = document_id
            row.updated_at = utcnow()
            session.flush()
            return row.record()

    def delete_profile(self, name: str) -> None:
        """Delete the profile and everything saved for it (documents, analyses, plans,
        progress, retrospectives)."""
        with self._transaction(write=True) as session:
            row = _profile(session, name)
            session.delete(row)

    # --- Documents and analyses --------------------------------------------------------------

    def add_document(
        self, profile_name: str, kind: str, name: str, format: str, text: str
    ) -> DocumentRecord:
        kind = check.choice("kind", kind, DOCUMENT_KINDS, "document kind")
        name = check.text("document name", name, max_length=500)
        format = check.text("format", format, max_length=32)
        if not isinstance(text, str):
            raise InvalidValueError(
                "text", text, f"The document text must be a str, not {type(text).__name__}."
            )
        with self._transaction(write=True) as session:
            profile = _profile(session, profile_name)
            row = DocumentRow(
                profile_id=profile.id,
                kind=kind,
                name=name,
                format=format,
                text=text,
                sha256=sha256_text(text),
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return row.record()

    def get_document(self, id: int) -> DocumentRecord:
        check.record_id("id", id)
        with self._transaction(write=False) as session:
            row = session.get(DocumentRow, id)
            if row is None:
                raise RecordNotFoundError("document", id)
            return row.record()

    def add_analysis(
        self,
        profile_name: str,
        kind: str,
        result: dict[str, Any],
        resume_document_id: int | None = None,
        posting_document_id: int | None = None,
        target_role: str | None = None,
    ) -> AnalysisRecord:
        kind = check.text("analysis kind", kind, max_length=50)
        result = check.json_object("result", result)
        target_role = check.optional_text("target role", target_role)
        check.record_id("resume_document_id", resume_document_id)
        check.record_id("posting_document_id", posting_document_id)
        with self._transaction(write=True) as session:
            profile = _profile(session, profile_name)
            if resume_document_id is not None:
                _document_of(session, profile, resume_document_id, "resume", "resume_document_id")
            if posting_document_id is not None:
                _document_of(
                    session, profile, posting_document_id, "posting", "posting_document_id"
                )
            row = AnalysisRow(
                profile_id=profile.id,
                kind=kind,
                result=result,
                resume_document_id=resume_document_id,
                posting_document_id=posting_document_id,
                target_role=target_role,
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return row.record()

    def latest_analysis(self, profile_name: str, kind: str | None = None) -> AnalysisRecord | None:
        with self._transaction(write=False) as session:
            profile = _profile(session, profile_name)
            query = select(AnalysisRow).where(AnalysisRow.profile_id == profile.id)
            if kind is not None:
                query = query.where(AnalysisRow.kind == kind)
            query = query.order_by(AnalysisRow.created_at.desc(), AnalysisRow.id.desc()).limit(1)
            row = session.scalar(query)
            return row.record() if row is not None else None

    # --- Plans -------------------------------------------------------------------------------

    def save_plan(
        self,
        profile_name: str,
        body: dict[str, Any],
        target_kind: str,
        target_id: str,
        kb_version: str,
        hours_per_week: float,
        start_date: date | None,
        analysis_id: int | None = None,
    ) -> PlanRecord:
        """Save a plan as the profile's active one; earlier plans stay, inactive. Progress is
        kept apart from plans, so revising a plan never loses it."""
        body = check.json_object("body", body)
        target_kind = check.choice("target_kind", target_kind, PLAN_TARGET_KINDS, "target kind")
        target_id = check.text("target id", target_id)
        kb_version = check.text("kb_version", kb_version, max_length=100)
        hours = check.hours_per_week(hours_per_week)
        start_date = check.day("start_date", start_date)
        check.record_id("analysis_id", analysis_id)
        with self._transaction(write=True) as session:
            profile = _profile(session, profile_name)
            if analysis_id is not None:
                analysis = session.get(AnalysisRow, analysis_id)
                if analysis is None or analysis.profile_id != profile.id:
                    raise RecordNotFoundError(
                        "analysis",
                        analysis_id,
                        f"Profile {profile.name!r} has no analysis with this id.",
                    )
            session.execute(
                update(PlanRow)
                .where(PlanRow.profile_id == profile.id, PlanRow.active.is_(True))
                .values(active=False)
            )
            row = PlanRow(
                profile_id=profile.id,
                analysis_id=analysis_id,
                target_kind=target_kind,
                target_id=target_id,
                kb_version=kb_version,
                hours_per_week=hours,
                start_date=start_date,
                body=body,
                active=True,
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return row.record()

    def active_plan(self, profile_name: str) -> PlanRecord | None:
        with self._transaction(write=False) as session:
            profile = _profile(session, profile_name)
            row = session.scalar(
                select(PlanRow).where(PlanRow.profile_id == profile.id, PlanRow.active.is_(True))
            )
            return row.record() if row is not None else None

    def list_plans(self, profile_name: str) -> list[PlanRecord]:
        """Every plan of the profile, oldest first."""
        with self._transaction(write=False) as session:
            profile = _profile(session, profile_name)
            rows = session.scalars(
                select(PlanRow)
                .where(PlanRow.profile_id == profile.id)
                .order_by(PlanRow.created_at, PlanRow.id)
            )
            return [row.record() for row in rows]

    # --- Progress ----------------------------------------------------------------------------

    def record_progress(
        self,
        profile_name: str,
        subject_kind: str,
        subject_id: str,
        status: str,
        note: str | None = None,
        at: datetime | None = None,
    ) -> ProgressEvent:
        """Append a progress event (events are never changed or removed). `at` defaults to now;
        a naive datetime is taken as local time."""
        subject_kind, status = check.progress(subject_kind, status)
        subject_id = check.text("subject id", subject_id)
        if note is not None and not isinstance(note, str):
            raise InvalidValueError(
                "note", note, f"The note must be text, not {type(note).__name__}."
            )
        created_at = utcnow() if at is None else check.moment("at", at)
        with self._transaction(write=True) as session:
            profile = _profile(session, profile_name)
            row = ProgressEventRow(
                profile_id=profile.id,
                subject_kind=subject_kind,
                subject_id=subject_id,
                status=status,
                note=note,
                created_at=created_at,
            )
            session.add(row)
            session.flush()
            return row.record()

    def progress_events(
        self, profile_name: str, until: datetime | None = None
    ) -> list[ProgressEvent]:
        """The profile's progress events up to and including `until`, oldest first."""
        limit = None if until is None else check.moment("until", until)
        with self._transaction(write=False) as session:
            profile = _profile(session, profile_name)
            query = select(ProgressEventRow).where(ProgressEventRow.profile_id == profile.id)
            if limit is not None:
                query = query.where(ProgressEventRow.created_at <= limit)
            query = query.order_by(ProgressEventRow.created_at, ProgressEventRow.id)
            return [row.record() for row in session.scalars(query)]

    def latest_status(
        self, profile_name: str, until: datetime | None = None
    ) -> dict[tuple[str, str], str]:
        """{(subject_kind, subject_id): status} from the latest event of each subject."""
        return {
            (event.subject_kind, event.subject_id): event.status
            for event in self.progress_events(profile_name, until)
        }

    # --- Retrospectives ----------------------------------------------------------------------

    def save_retrospective(
        self, profile_name: str, period_kind: str, period_label: str, content: dict[str, Any]
    ) -> Retrospective:
        """Save the retrospective of a quarter ('2026-Q4') or a year ('2026'). A period has
        one: saving it again updates the stored one (its content and time), and a store that
        kept several (as careernav did before) keeps only the latest."""
        period_kind, period_label = check.period(period_kind, period_label)
        content = check.json_object("content", content)
        with self._transaction(write=True) as session:
            profile = _profile(session, profile_name)
            same_period = list(
                session.scalars(
                    select(RetrospectiveRow)
                    .where(
                        RetrospectiveRow.profile_id == profile.id,
                        RetrospectiveRow.period_kind == period_kind,
                        RetrospectiveRow.period_label == period_label,
                    )
                    .order_by(RetrospectiveRow.created_at, RetrospectiveRow.id)
                )
            )
            if same_period:
                row = same_period.pop()
                for older in same_period:
                    session.delete(older)
            else:
                row = RetrospectiveRow(
                    profile_id=profile.id, period_kind=period_kind, period_label=period_label
                )
                session.add(row)
            row.content = content
            row.created_at = utcnow()
            session.flush()
            return row.record()

    def list_retrospectives(self, profile_name: str) -> list[Retrospective]:
        """Every retrospective of the profile, oldest first."""
        with self._transaction(write=False) as session:
            profile = _profile(session, profile_name)
            rows = session.scalars(
                select(RetrospectiveRow)
                .where(RetrospectiveRow.profile_id == profile.id)
                .order_by(RetrospectiveRow.created_at, RetrospectiveRow.id)
            )
            return [row.record() for row in rows]

    # --- Users -------------------------------------------------------------------------------
    # Who may sign in to `careernav serve`. Passwords are kept only as scrypt hashes (see
    # _passwords.py), never returned, and never exported.

    def add_user(self, name: str, password: str) -> User:
        """Add a user who may sign in with `password` (at least 8 characters)."""
        name = check.text("user name", name)
        password_hash = _passwords.hash_password(password)
        with self._transaction(write=True) as session:
            if _find_user(session, name) is not None:
                raise UserExistsError(name)
            row = UserRow(name=name, password_hash=password_hash, created_at=utcnow())
            session.add(row)
            session.flush()
            return row.record()

    def verify_user(self, name: str, password: str) -> User | None:
        """The user, if `password` is theirs; else None (an unknown name and a wrong password
        look the same and take about as long). A successful check records the login time."""
        if not isinstance(name, str):
            raise InvalidValueError("user name", name, "The user name must be text.")
        name = name.strip()
        with self._transaction(write=True) as session:
            row = _find_user(session, name) if name else None
            if row is None:
                _passwords.dummy_verify(password)
                return None
            if not _passwords.verify_password(password, row.password_hash):
                return None
            row.last_login_at = utcnow()
            session.flush()
            return row.record()

    def list_users(self) -> list[User]:
        """Every user, by name."""
        with self._transaction(write=False) as session:
            return [row.record() for row in session.scalars(select(UserRow).order_by(UserRow.name))]

    def delete_user(self, name: str) -> None:
        with self._transaction(write=True) as session:
            session.delete(_user(session, name))

    def set_password(self, name: str, password: str) -> User:
        """Give the user a new password (at least 8 characters); the old one stops working."""
        password_hash = _passwords.hash_password(password)
        with self._transaction(write=True) as session:
            row = _user(session, name)
            row.password_hash = password_hash
            session.flush()
            return row.record()

    def has_users(self) -> bool:
        with self._transaction(write=False) as session:
            return bool(session.scalar(select(exists().select_from(UserRow))))

    # --- Export and import -------------------------------------------------------------------

    def export_data(self) -> dict[str, Any]:
        """Everything in the store as JSON-ready data (see docs/store.md for the format),
        except users and their password hashes, which never leave the store."""
        with self._transaction(write=False) as session:
            return _transfer.export_data(session)

    def import_data(
        self, data: dict[str, Any], *, replace: bool = False, kb: KnowledgeBase | None = None
    ) -> None:
        """Add the profiles of an export. A profile whose name is already here is an error,
        unless `replace`, which deletes the existing one first. All or nothing.

        With `kb` (as the CLI and the web app give it), the export must also name only roles,
        skills and projects `kb` knows, and hold plans, resume readings and retrospectives
        careernav can read back; without it the store checks only its own rules."""
        profiles = _transfer.check_export(data, kb)
        with self._transaction(write=True) as session:
            _transfer.import_profiles(session, profiles, replace=replace)


def _find_profile(session: Session, name: str) -> ProfileRow | None:
    return session.scalar(select(ProfileRow).where(ProfileRow.name == name))


def _find_user(session: Session, name: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.name == name))


def _user(session: Session, name: str) -> UserRow:
    name = check.text("user name", name)
    row = _find_user(session, name)
    if row is None:
        raise UserNotFoundError(name)
    return row


def _profile(session: Session, name: str) -> ProfileRow:
    name = check.text("profile name", name)
    row = _find_profile(session, name)
    if row is None:
        known = list(session.scalars(select(ProfileRow.name).order_by(ProfileRow.name)))
        raise ProfileNotFoundError(name, known)
    return row


def _document_of(
    session: Session, profile: ProfileRow, document_id: int, kind: str, field: str
) -> DocumentRow:
    row = session.get(DocumentRow, document_id)
    if row is None or row.profile_id != profile.id:
        raise RecordNotFoundError(
            "document",
            document_id,
            f"Profile {profile.name!r} has no document with this id; add the document first.",
        )
    if row.kind != kind:
        raise InvalidValueError(
            field,
            document_id,
            f"Document {document_id} ({row.name}) is a {row.kind}, but {field} needs a {kind}.",
        )
    return row
