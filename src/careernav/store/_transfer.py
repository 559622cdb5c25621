"""Export and import: the whole store as JSON-ready data, and back.

An export's `id` fields are numbered from 1 in the export itself; they only link analyses and
profiles to documents and plans to analyses. Import gives every record a new id, so exporting,
importing into an empty store and exporting again gives the same data.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from careernav.errors import ImportDataError, InvalidValueError, ProfileExistsError
from careernav.store import _validate as check
from careernav.store._import_checks import Problem, reference_problems
from careernav.store._migrate import current_revision, known_revisions
from careernav.store._models import (
    AnalysisRow,
    DocumentRow,
    PlanRow,
    ProfileRow,
    ProgressEventRow,
    RetrospectiveRow,
    sha256_text,
)
from careernav.text import josa

if TYPE_CHECKING:
    from careernav.knowledge import KnowledgeBase

FORMAT = "careernav-export"
FORMAT_VERSION = 1

# the hours a week careernav plans with (tracking.MIN_HOURS_PER_WEEK…MAX_HOURS_PER_WEEK): an
# export with more would import, then refuse every new plan
Hours = Annotated[float, Field(ge=0.5, le=100)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class DocumentIn(_Strict):
    id: int
    kind: Literal["resume", "posting"]
    name: str
    format: str
    text: str
    sha256: str
    created_at: AwareDatetime


class AnalysisIn(_Strict):
    id: int
    kind: str
    resume_document_id: int | None = None
    posting_document_id: int | None = None
    target_role: str | None = None
    result: dict[str, Any]
    created_at: AwareDatetime


class PlanIn(_Strict):
    analysis_id: int | None = None
    target_kind: Literal["role", "posting"]
    target_id: str
    kb_version: str
    hours_per_week: Hours
    start_date: date | None = None
    body: dict[str, Any]
    active: bool
    created_at: AwareDatetime


class ProgressEventIn(_Strict):
    subject_kind: Literal["skill", "project"]
    subject_id: str
    status: str
    note: str | None = None
    created_at: AwareDatetime


class RetrospectiveIn(_Strict):
    period_kind: Literal["quarter", "year"]
    period_label: str
    content: dict[str, Any]
    created_at: AwareDatetime


class ProfileIn(_Strict):
    name: str
    language: Literal["ko", "en"]
    target_role: str | None = None
    target_posting_document_id: int | None = None
    hours_per_week: Hours
    created_at: AwareDatetime
    updated_at: AwareDatetime
    documents: list[DocumentIn] = []
    analyses: list[AnalysisIn] = []
    plans: list[PlanIn] = []
    progress_events: list[ProgressEventIn] = []
    retrospectives: list[RetrospectiveIn] = []


class ExportIn(_Strict):
    format: Literal["careernav-export"]
    format_version: Literal[1]
    schema_revision: str
    profiles: list[ProfileIn]


# --- Export ----------------------------------------------------------------------------------


def export_data(session: Session) -> dict[str, Any]:
    document_ids: dict[int, int] = {}  # database id → export id
    analysis_ids: dict[int, int] = {}
    profiles = []
    for profile in session.scalars(select(ProfileRow).order_by(ProfileRow.name)):
        documents = _rows(session, DocumentRow, profile.id, by_time=False)
        for row in documents:
            document_ids[row.id] = len(document_ids) + 1
        analyses = _rows(session, AnalysisRow, profile.id, by_time=False)
        for row in analyses:
            analysis_ids[row.id] = len(analysis_ids) + 1
        profiles.append(
            {
                "name": profile.name,
                "language": profile.language,
                "target_role": profile.target_role,
                "target_posting_document_id": _ref(
                    document_ids, profile.target_posting_document_id
                ),
                "hours_per_week": profile.hours_per_week,
                "created_at": profile.created_at.isoformat(),
                "updated_at": profile.updated_at.isoformat(),
                "documents": [
                    {
                        "id": document_ids[row.id],
                        "kind": row.kind,
                        "name": row.name,
                        "format": row.format,
                        "text": row.text,
                        "sha256": row.sha256,
                        "created_at": row.created_at.isoformat(),
                    }
                    for row in documents
                ],
                "analyses": [
                    {
                        "id": analysis_ids[row.id],
                        "kind": row.kind,
                        "resume_document_id": _ref(document_ids, row.resume_document_id),
                        "posting_document_id": _ref(document_ids, row.posting_document_id),
                        "target_role": row.target_role,
                        "result": row.result,
                        "created_at": row.created_at.isoformat(),
                    }
                    for row in analyses
                ],
                "plans": [
                    {
                        "analysis_id": _ref(analysis_ids, row.analysis_id),
                        "target_kind": row.target_kind,
                        "target_id": row.target_id,
                        "kb_version": row.kb_version,
                        "hours_per_week": row.hours_per_week,
                        "start_date": row.start_date.isoformat() if row.start_date else None,
                        "body": row.body,
                        "active": row.active,
                        "created_at": row.created_at.isoformat(),
                    }
                    for row in _rows(session, PlanRow, profile.id)
                ],
                "progress_events": [
                    {
                        "subject_kind": row.subject_kind,
                        "subject_id": row.subject_id,
                        "status": row.status,
                        "note": row.note,
                        "created_at": row.created_at.isoformat(),
                    }
                    for row in _rows(session, ProgressEventRow, profile.id)
                ],
                "retrospectives": [
                    {
                        "period_kind": row.period_kind,
                        "period_label": row.period_label,
                        "content": row.content,
                        "created_at": row.created_at.isoformat(),
                    }
                    for row in _rows(session, RetrospectiveRow, profile.id)
                ],
            }
        )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": current_revision(session.connection()),
        "profiles": profiles,
    }


def _rows(session: Session, model: Any, profile_id: int, *, by_time: bool = True) -> list[Any]:
    order = (model.created_at, model.id) if by_time else (model.id,)
    query = select(model).where(model.profile_id == profile_id).order_by(*order)
    return list(session.scalars(query))


def _ref(ids: dict[int, int], database_id: int | None) -> int | None:
    return None if database_id is None else ids.get(database_id)


# --- Import ----------------------------------------------------------------------------------


def check_export(data: object, kb: KnowledgeBase | None = None) -> list[ProfileIn]:
    """The export's profiles, or ImportDataError listing everything wrong with it. With `kb`,
    also every role, skill and project it names, and the plans, resume readings and
    retrospectives careernav reads back (see _import_checks)."""
    if not isinstance(data, dict):
        raise ImportDataError([f"the data must be a JSON object, not {type(data).__name__}"])
    try:
        # Through JSON text: an export is JSON, and strict JSON validation accepts ISO dates.
        encoded = json.dumps(data, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ImportDataError([f"the data is not JSON: {exc}"]) from None
    try:
        export = ExportIn.model_validate_json(encoded)
    except ValidationError as exc:
        raise ImportDataError(
            [f"{_location(error['loc'], data)}: {error['msg']}" for error in exc.errors()]
        ) from None
    problems = []
    if export.schema_revision not in known_revisions():
        problems.append(
            Problem(
                f"schema_revision: {export.schema_revision!r} is not a revision this careernav "
                "knows; the export was made by a newer careernav, so upgrade careernav first",
                f"schema_revision: {export.schema_revision!r}{josa(export.schema_revision, '은', '는')}"
                " 이 careernav가 모르는 리비전입니다. 더 새로운 careernav로 내보낸 파일이니 "
                "careernav를 먼저 업그레이드하세요",
            )
        )
    names: set[str] = set()
    document_ids: set[int] = set()
    analysis_ids: set[int] = set()
    for index, profile in enumerate(export.profiles):
        where = f"profiles[{index}]"
        problems += _profile_problems(where, profile, names, document_ids, analysis_ids)
        if kb is not None:
            problems += reference_problems(f"{where} ({profile.name!r})", profile, kb)
    if problems:
        raise _refusal(problems)
    return export.profiles


def _refusal(problems: list[Problem]) -> ImportDataError:
    """ImportDataError listing `problems`, in English, and in Korean for the web's Korean
    pages and `--lang ko`."""
    error = ImportDataError([p.en for p in problems])
    error.ko = ImportDataError([p.ko for p in problems]).ko
    return error


def _profile_problems(
    where: str,
    profile: ProfileIn,
    names: set[str],
    all_document_ids: set[int],
    all_analysis_ids: set[int],
) -> list[Problem]:
    problems: list[Problem] = []

    def value(label: str, check_value: Any, *args: Any, **kwargs: Any) -> None:
        try:
            check_value(*args, **kwargs)
        except InvalidValueError as exc:  # the store's own words, which have no Korean
            problems.append(Problem(f"{label}: {exc}", f"{label}: {exc}"))

    def problem(en: str, ko: str) -> None:
        problems.append(Problem(en, ko))

    value(f"{where}.name", check.text, "profile name", profile.name)
    if profile.name.strip() in names:
        problem(
            f"{where}.name: the export has two profiles named {profile.name!r}",
            f"{where}.name: 이름이 {profile.name!r}인 프로필이 둘 있습니다",
        )
    names.add(profile.name.strip())
    where = f"{where} ({profile.name!r})"
    value(f"{where}.target_role", check.optional_text, "target role", profile.target_role)

    documents: dict[int, str] = {}
    for i, document in enumerate(profile.documents):
        at = f"{where}.documents[{i}]"
        if document.id in all_document_ids:
            problem(
                f"{at}.id: document id {document.id} is used twice",
                f"{at}.id: 문서 id {document.id}{josa(str(document.id), '이', '가')} 두 번 쓰였습니다",
            )
        all_document_ids.add(document.id)
        documents[document.id] = document.kind
        value(f"{at}.name", check.text, "document name", document.name, max_length=500)
        value(f"{at}.format", check.text, "format", document.format, max_length=32)
        if sha256_text(document.text) != document.sha256:
            problem(
                f"{at}.sha256: does not match the text (the text was changed after export)",
                f"{at}.sha256: 본문과 맞지 않습니다(내보낸 뒤 본문이 바뀌었습니다)",
            )

    def document_ref(at: str, document_id: int | None, kind: str) -> None:
        if document_id is None:
            return
        if document_id not in documents:
            problem(
                f"{at}: no document {document_id} in this profile",
                f"{at}: 이 프로필에 문서 {document_id}{josa(str(document_id), '이', '가')} 없습니다",
            )
        elif documents[document_id] != kind:
            problem(
                f"{at}: document {document_id} is a {documents[document_id]}, not a {kind}",
                f"{at}: 문서 {document_id}{josa(str(document_id), '은', '는')} "
                f"{_KINDS_KO[kind]}{josa(_KINDS_KO[kind], '이', '가')} 아니라 "
                f"{_KINDS_KO[documents[document_id]]}입니다",
            )

    document_ref(
        f"{where}.target_posting_document_id", profile.target_posting_document_id, "posting"
    )
    analyses: set[int] = set()
    for i, analysis in enumerate(profile.analyses):
        at = f"{where}.analyses[{i}]"
        if analysis.id in all_analysis_ids:
            problem(
                f"{at}.id: analysis id {analysis.id} is used twice",
                f"{at}.id: 분석 id {analysis.id}{josa(str(analysis.id), '이', '가')} 두 번 쓰였습니다",
            )
        all_analysis_ids.add(analysis.id)
        analyses.add(analysis.id)
        value(f"{at}.kind", check.text, "analysis kind", analysis.kind, max_length=50)
        value(f"{at}.target_role", check.optional_text, "target role", analysis.target_role)
        document_ref(f"{at}.resume_document_id", analysis.resume_document_id, "resume")
        document_ref(f"{at}.posting_document_id", analysis.posting_document_id, "posting")
    for i, plan in enumerate(profile.plans):
        at = f"{where}.plans[{i}]"
        if plan.analysis_id is not None and plan.analysis_id not in analyses:
            problem(
                f"{at}.analysis_id: no analysis {plan.analysis_id} in this profile",
                f"{at}.analysis_id: 이 프로필에 분석 {plan.analysis_id}"
                f"{josa(str(plan.analysis_id), '이', '가')} 없습니다",
            )
        value(f"{at}.target_id", check.text, "target id", plan.target_id)
        value(f"{at}.kb_version", check.text, "kb_version", plan.kb_version, max_length=100)
    if sum(plan.active for plan in profile.plans) > 1:
        problem(
            f"{where}.plans: more than one plan is active",
            f"{where}.plans: 활성 계획이 둘 이상입니다",
        )
    for i, event in enumerate(profile.progress_events):
        at = f"{where}.progress_events[{i}]"
        value(at, check.progress, event.subject_kind, event.status)
        value(f"{at}.subject_id", check.text, "subject id", event.subject_id)
    for i, retrospective in enumerate(profile.retrospectives):
        at = f"{where}.retrospectives[{i}]"
        value(at, check.period, retrospective.period_kind, retrospective.period_label)
    return problems


_KINDS_KO = {"resume": "이력서", "posting": "채용 공고"}


def _location(loc: tuple[int | str, ...], data: dict[str, Any]) -> str:
    """('profiles', 0, 'documents', 1, 'kind') → "profiles[0] ('ada').documents[1].kind"."""
    text = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" if i else str(part)
        for i, part in enumerate(loc)
    )
    if len(loc) >= 2 and loc[0] == "profiles" and isinstance(loc[1], int):
        profiles = data.get("profiles")
        profile = profiles[loc[1]] if isinstance(profiles, list) else None
        name = profile.get("name") if isinstance(profile, dict) else None
        if isinstance(name, str):
            head = f"profiles[{loc[1]}]"
            text = f"{head} ({name!r})" + text[len(head) :]
    return text or "the data"


def import_profiles(session: Session, profiles: list[ProfileIn], *, replace: bool) -> None:
    for profile in profiles:
        existing = session.scalar(select(ProfileRow).where(ProfileRow.name == profile.name.strip()))
        if existing is None:
            continue
        if not replace:
            raise ProfileExistsError(
                existing.name,
                "Nothing was imported. To overwrite it (and everything saved for it) with the "
                "profile in the file, import again with `careernav import --replace FILE` (in "
                'the REST API, "replace": true). To keep both, import the file into another '
                "database: `careernav --db OTHER.db import FILE`.",
                "아무것도 가져오지 않았습니다. 있는 프로필(과 저장된 모든 기록)을 파일의 "
                "프로필로 덮어쓰려면 `careernav import --replace`로 그 파일을 다시 가져오세요(REST "
                'API에서는 "replace": true). 둘 다 두려면 다른 데이터베이스로 가져오세요: '
                "`careernav --db 다른파일.db import 파일`.",
            )
        session.delete(existing)
    session.flush()
    for profile in profiles:
        _insert_profile(session, profile)


def _insert_profile(session: Session, profile: ProfileIn) -> None:
    row = ProfileRow(
        name=profile.name.strip(),
        language=profile.language,
        target_role=check.optional_text("target role", profile.target_role),
        hours_per_week=profile.hours_per_week,
        created_at=profile.created_at,
        updated_at=profile.updated_at,
    )
    session.add(row)
    session.flush()
    documents = {
        document.id: DocumentRow(
            profile_id=row.id,
            kind=document.kind,
            name=document.name.strip(),
            format=document.format.strip(),
            text=document.text,
            sha256=document.sha256,
            created_at=document.created_at,
        )
        for document in profile.documents
    }
    session.add_all(documents.values())
    session.flush()

    def document_id(ref: int | None) -> int | None:
        return None if ref is None else documents[ref].id

    row.target_posting_document_id = document_id(profile.target_posting_document_id)
    analyses = {
        analysis.id: AnalysisRow(
            profile_id=row.id,
            kind=analysis.kind.strip(),
            result=analysis.result,
            resume_document_id=document_id(analysis.resume_document_id),
            posting_document_id=document_id(analysis.posting_document_id),
            target_role=check.optional_text("target role", analysis.target_role),
            created_at=analysis.created_at,
        )
        for analysis in profile.analyses
    }
    session.add_all(analyses.values())
    session.flush()
    session.add_all(
        PlanRow(
            profile_id=row.id,
            analysis_id=None if plan.analysis_id is None else analyses[plan.analysis_id].id,
            target_kind=plan.target_kind,
            target_id=plan.target_id.strip(),
            kb_version=plan.kb_version.strip(),
            hours_per_week=plan.hours_per_week,
            start_date=plan.start_date,
            body=plan.body,
            active=plan.active,
            created_at=plan.created_at,
        )
        for plan in profile.plans
    )
    session.add_all(
        ProgressEventRow(
            profile_id=row.id,
            subject_kind=event.subject_kind,
            subject_id=event.subject_id.strip(),
            status=event.status,
            note=event.note,
            created_at=event.created_at,
        )
        for event in profile.progress_events
    )
    session.add_all(
        RetrospectiveRow(
            profile_id=row.id,
            period_kind=retrospective.period_kind,
            period_label=retrospective.period_label,
            content=retrospective.content,
            created_at=retrospective.created_at,
        )
        for retrospective in profile.retrospectives
    )
    session.flush()
