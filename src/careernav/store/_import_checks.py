"""What an import checks against a knowledge base, beyond the export's own shape: every role,
skill and project an export names must be one careernav knows, and every learning plan,
resume reading and retrospective must be in the form careernav reads back. Without these an
edited export would import and then break `profile show`, `plan`, `progress` or `retro`.

Each problem is told in English and Korean, as 'where: what is wrong, and what to do'.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from careernav.plan.model import Plan
from careernav.store._records import LANGUAGES, PLAN_TARGET_KINDS
from careernav.text import josa

if TYPE_CHECKING:
    from careernav.knowledge import KnowledgeBase
    from careernav.store._transfer import ProfileIn

SHOWN_DETAILS = 3  # a broken record's first few faults; the rest are counted


class Problem(NamedTuple):
    """One thing wrong with an export, in English and in Korean."""

    en: str
    ko: str


def reference_problems(where: str, profile: ProfileIn, kb: KnowledgeBase) -> list[Problem]:
    """Everything in `profile` (found at `where` in the export) that names a role, skill or
    project `kb` does not know, or holds a plan, resume reading or retrospective careernav
    could not read back."""
    problems: list[Problem] = []
    if profile.target_role is not None:
        problems += _role(
            f"{where}.target_role",
            profile.target_role,
            kb,
            "or null (no target)",
            "null(목표 없음)로 두세요",
            "after importing, you can set one with `careernav profile set --target-role ROLE`",
            "가져온 뒤 `careernav profile set --target-role 직무`로 정할 수도 있습니다",
        )
    for i, analysis in enumerate(profile.analyses):
        at = f"{where}.analyses[{i}]"
        if analysis.target_role is not None:
            problems += _role(
                f"{at}.target_role", analysis.target_role, kb, "or null", "null로 두세요"
            )
        if analysis.kind.strip() == "resume":
            problems += _resume_reading(at, analysis.result)
    for i, plan in enumerate(profile.plans):
        problems += _plan(f"{where}.plans[{i}]", plan.target_kind, plan.target_id, plan.body, kb)
    for i, event in enumerate(profile.progress_events):
        problems += _subject(
            f"{where}.progress_events[{i}].subject_id", event.subject_kind, event.subject_id, kb
        )
    for i, retrospective in enumerate(profile.retrospectives):
        problems += _retrospective(f"{where}.retrospectives[{i}]", retrospective.content)
    return problems


# --- Roles, skills and projects ----------------------------------------------------------------


def _role(
    at: str,
    role_id: str,
    kb: KnowledgeBase,
    alternative: str,
    alternative_ko: str,
    after: str = "",
    after_ko: str = "",
    *,
    likely: str | None = None,
) -> list[Problem]:
    """A problem unless `kb` has the role `role_id`, saying what to change it to (`likely`,
    else the closest role ID, else an example) or the `alternative` (null, or removing the
    record). A blank ID is the store's own check's to report."""
    if not role_id.strip() or role_id.strip() in kb.roles:
        return []
    if likely is None:
        likely = next((r for r in kb.suggest_roles(role_id, limit=1) if r in kb.roles), None)
    if likely is not None:
        change = f"Did you mean {likely!r}? Change it to that or another role ID that"
        change_ko = f"혹시 {likely!r}인가요? 그 ID나 `careernav roles`에 나오는 다른 직무 ID"
        listed = "`careernav roles` lists"
    else:
        example = "llm-engineer" if "llm-engineer" in kb.roles else next(iter(kb.roles), "")
        change = "Change it to a role ID that"
        change_ko = f"`careernav roles`에 나오는 직무 ID(예: {example!r})"
        listed = f"`careernav roles` lists (such as {example!r})"
    return [
        Problem(
            f"{at}: {role_id!r} is not a role careernav knows. {change} {listed}, "
            f"{alternative}" + (f"; {after}" if after else "") + ".",
            f"{at}: {role_id!r}{josa(role_id, '은', '는')} careernav가 아는 직무가 아닙니다. "
            f"{change_ko}로 고치거나 {alternative_ko}." + (f" {after_ko}." if after_ko else ""),
        )
    ]


def _subject(at: str, kind: str, subject_id: str, kb: KnowledgeBase) -> list[Problem]:
    """A progress event's subject: a skill by its ID (or an old ID the knowledge base's
    redirects still follow), or a portfolio project by its ID, as `careernav progress`
    stores them."""
    subject_id = subject_id.strip()
    if not subject_id:  # the store's own check reports it
        return []
    if kind == "project":
        if subject_id in kb.projects:
            return []
        return [
            Problem(
                f"{at}: {subject_id!r} is not a portfolio project careernav knows. Change it to "
                "a project ID (a plan lists its projects' IDs: `careernav plan --json`), or "
                "remove this event from the file.",
                f"{at}: {subject_id!r}{josa(subject_id, '은', '는')} careernav가 아는 포트폴리오 "
                "프로젝트가 아닙니다. 프로젝트 ID(`careernav plan --json`이 계획의 프로젝트 ID를 "
                "보여 줍니다)로 고치거나 이 기록을 파일에서 지우세요.",
            )
        ]
    if kb.current_ids(subject_id):
        return []
    named = kb.find_skill(subject_id)  # a name where the ID belongs ("PyTorch", "파이토치")
    suggestions = [named.id] if named else kb.suggest_skills(subject_id, limit=3)
    guess = f" (did you mean {_listed(suggestions)}?)" if suggestions else ""
    guess_ko = f"(혹시 {_listed(suggestions)}?)" if suggestions else ""
    return [
        Problem(
            f"{at}: {subject_id!r} is not the ID of a skill careernav knows{guess}. Change it "
            "to a skill ID (`careernav skill NAME` shows a skill's ID), or remove this event "
            "from the file.",
            f"{at}: {subject_id!r}{josa(subject_id, '은', '는')} careernav가 아는 스킬 ID가 "
            f"아닙니다{guess_ko}. 스킬 ID(`careernav skill 이름`으로 확인)로 고치거나 이 기록을 "
            "파일에서 지우세요.",
        )
    ]


def _listed(names: list[str]) -> str:
    """IDs quoted; skill suggestions come as 'PyTorch (pytorch)' already."""
    return ", ".join(n if " " in n else repr(n) for n in names)


# --- Plans -----------------------------------------------------------------------------------

_PLAN = TypeAdapter(Plan)  # careernav's own plan format: the store follows it as it changes


def _plan(
    at: str, target_kind: str, target_id: str, body: dict[str, Any], kb: KnowledgeBase
) -> list[Problem]:
    faults, faults_ko = _faults(_PLAN, body)
    if not faults:
        target = body["target"]
        if target.get("kind") not in PLAN_TARGET_KINDS:
            faults.append(f"target.kind: {target.get('kind')!r} is not 'role' or 'posting'")
            faults_ko.append(f"target.kind: {target.get('kind')!r}, 'role'이나 'posting'이어야 함")
        if not isinstance(target.get("id"), str) or not target["id"].strip():
            faults.append("target.id: the plan's target has no ID")
            faults_ko.append("target.id: 계획의 목표에 ID가 없음")
        if body["lang"] not in LANGUAGES:
            faults.append(f"lang: {body['lang']!r} is not 'ko' or 'en'")
            faults_ko.append(f"lang: {body['lang']!r}, 'ko'나 'en'이어야 함")
    if not faults:
        try:  # as careernav reads it back (progress, retro, the plan page)
            Plan.from_dict(body)
        except Exception as exc:  # any failure here would be the app's crash after import
            faults.append(f"{type(exc).__name__}: {exc}")
            faults_ko.append(f"{type(exc).__name__}: {exc}")
    problems: list[Problem] = []
    # the role the body says the plan was made for, when the row's own was edited
    made_for = None if faults or body["target"]["kind"] != "role" else body["target"]["id"]
    if target_kind == "role":
        problems += _role(
            f"{at}.target_id",
            target_id,
            kb,
            "or remove this plan from the file",
            "이 계획을 파일에서 지우세요",
            likely=made_for if made_for in kb.roles else None,
        )
    if faults:
        problems.append(
            Problem(
                f"{at}.body: is not a learning plan careernav can read ({_joined(faults)}). Put "
                "back the body `careernav export` wrote, or remove this plan from the file (make "
                "a new one after importing with `careernav plan`).",
                f"{at}.body: careernav가 읽을 수 있는 학습 계획이 아닙니다({_joined(faults_ko, 'ko')}). "
                "`careernav export`가 쓴 내용으로 되돌리거나 이 계획을 파일에서 지우세요(가져온 "
                "뒤 `careernav plan`으로 새 계획을 만들 수 있습니다).",
            )
        )
    elif made_for is not None and made_for != target_id.strip():
        problems += _role(
            f"{at}.body.target.id", made_for, kb, "or remove this plan from the file",
            "이 계획을 파일에서 지우세요",
        )  # fmt: skip
    return problems


# --- Resume readings and retrospectives ------------------------------------------------------


class _Lenient(BaseModel):
    """Only the keys careernav reads, of the types it reads them as; others are kept as they
    are (a newer careernav may add some)."""

    model_config = ConfigDict(strict=True, extra="ignore")


class _Job(_Lenient):
    start: tuple[int, int]
    end: tuple[int, int]
    skills: list[str]
    role: str | None


class _ResumeReading(_Lenient):
    skills: list[str]
    basic: list[str] = []
    not_had: list[str] = []
    jobs: list[_Job] = []
    years_shown: float | None = None
    years_in_roles: dict[str, float] = {}
    years_in_jobs: dict[str, float] = {}


_RESUME_READING = TypeAdapter(_ResumeReading)
_JOB_FIGURES = ("years_shown", "years_in_roles", "years_in_jobs")  # read along with "jobs"


def _resume_reading(at: str, result: dict[str, Any]) -> list[Problem]:
    faults, faults_ko = _faults(_RESUME_READING, result)
    if "jobs" in result:
        missing = [key for key in _JOB_FIGURES if key not in result]
        if missing:
            faults.append(f"missing {', '.join(missing)} (read with 'jobs')")
            faults_ko.append(f"빠진 키: {', '.join(missing)}('jobs'와 함께 읽음)")
    if not faults:
        return []
    return [
        Problem(
            f"{at}.result: is not a reading of a resume careernav can use ({_joined(faults)}). "
            "Put back the result `careernav export` wrote, or remove this analysis from the file "
            "(add the resume again after importing with `careernav profile set --resume FILE`).",
            f"{at}.result: careernav가 쓸 수 있는 이력서 분석 결과가 아닙니다"
            f"({_joined(faults_ko, 'ko')}). `careernav export`가 쓴 내용으로 되돌리거나 이 분석을 "
            "파일에서 지우세요(가져온 뒤 `careernav profile set --resume 파일`로 이력서를 다시 "
            "넣을 수 있습니다).",
        )
    ]


class _Period(_Lenient):
    label: str


class _Focus(_Lenient):
    id: str
    label: str


class _RetrospectiveContent(_Lenient):
    period: _Period
    learned: list[Any]
    projects_done: list[Any]
    coverage_then: dict[str, float | None] | None = None
    coverage_now: dict[str, float | None] | None = None
    next_focus: list[_Focus] | None = None
    summary: str | None = None


_RETROSPECTIVE_CONTENT = TypeAdapter(_RetrospectiveContent)
# A retrospective careernav made has these (and is summarised from them); one made otherwise
# is shown by its "summary" alone.
RETROSPECTIVE_KEYS = frozenset({"period", "learned", "projects_done"})


def _retrospective(at: str, content: dict[str, Any]) -> list[Problem]:
    if not content.keys() >= RETROSPECTIVE_KEYS:
        return []
    faults, faults_ko = _faults(_RETROSPECTIVE_CONTENT, content)
    if not faults:
        return []
    return [
        Problem(
            f"{at}.content: is not a retrospective careernav can read ({_joined(faults)}). Put "
            "back the content `careernav export` wrote, or remove this retrospective from the "
            "file (make it again after importing with `careernav retro --quarter` or `--year`).",
            f"{at}.content: careernav가 읽을 수 있는 회고가 아닙니다({_joined(faults_ko, 'ko')}). "
            "`careernav export`가 쓴 내용으로 되돌리거나 이 회고를 파일에서 지우세요(가져온 뒤 "
            "`careernav retro --quarter`나 `--year`로 다시 만들 수 있습니다).",
        )
    ]


# --- Faults ----------------------------------------------------------------------------------


def _faults(adapter: TypeAdapter, value: Any) -> tuple[list[str], list[str]]:
    """What is wrong with `value` as `adapter` reads it (missing keys together first), in
    English and Korean; pydantic's own words have no Korean and are given in both."""
    try:  # through JSON text, as the export arrived: strict, but dates may be ISO strings
        adapter.validate_json(json.dumps(value, ensure_ascii=False), strict=True)
    except ValidationError as exc:
        errors = exc.errors()
    else:
        return [], []
    missing = [_dotted(e["loc"]) for e in errors if e["type"] == "missing"]
    other = [f"{_dotted(e['loc'])}: {e['msg']}" for e in errors if e["type"] != "missing"]
    faults, faults_ko = [], []
    if missing:
        faults.append("missing " + ", ".join(missing))
        faults_ko.append("빠진 키: " + ", ".join(missing))
    return faults + other, faults_ko + other


def _dotted(loc: tuple[int | str, ...]) -> str:
    """('steps', 0, 'hours') → 'steps[0].hours'."""
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    return text.lstrip(".") or "the whole value"


def _joined(faults: list[str], lang: str = "en") -> str:
    shown = "; ".join(faults[:SHOWN_DETAILS])
    more = len(faults) - SHOWN_DETAILS
    if more > 0:
        shown += f"; 외 {more}개" if lang == "ko" else f"; and {more} more"
    return shown
