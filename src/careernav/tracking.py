"""Profiles, plans, progress, retrospectives and the profile's shape, on top of a store.

One function per thing a user does; the CLI and the web app both call these, so they behave
the same. Everything stored is plain JSON and concept IDs; the knowledge base's redirects are
applied when reading, so progress made against an older knowledge base is never lost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from careernav.documents import Document
from careernav.errors import CareernavError, NotFoundError
from careernav.extract import SkillMention, extract_skills, not_had
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.match import analyze_posting
from careernav.match.experience import Experience, Job, experience, with_posting_years
from careernav.match.scoring import Thresholds, match_posting, match_role, said_not_had
from careernav.match.views import match_view
from careernav.plan.builder import plan_from_match
from careernav.plan.localize import localized
from careernav.plan.model import Plan
from careernav.plan.progress import (
    PROJECT_STATUSES,
    SKILL_STATUSES,
    Marks,
    basic_only,
    coverage,
    current_marks,
    known_from_progress,
    known_in_full,
    project_statuses,
    skipped_skills,
    step_status,
    with_progress,
)
from careernav.plan.retro import build_retrospective, check_period
from careernav.plan.schedule import Week, weekly_schedule
from careernav.plan.shape import ProfileShape, profile_shape
from careernav.text import josa

# Hours a week for learning: less than half an hour makes a plan of thousands of weeks, more
# than 100 is not a week anyone has. The CLI, the web form and the API all take these.
MIN_HOURS_PER_WEEK = 0.5
MAX_HOURS_PER_WEEK = 100.0


@dataclass(frozen=True)
class Subject:
    kind: str  # "skill" or "project"
    id: str
    label: str


def create_profile(
    store,
    kb: KnowledgeBase,
    name: str,
    *,
    language: str = "en",
    target_role: str | None = None,
    hours_per_week: float = 10.0,
    resume: Document | None = None,
):
    """A new profile; a resume, when given, is stored and read for the skills it shows."""
    role_id = kb.role(target_role).id if target_role else None
    profile = store.create_profile(
        name,
        language=language,
        target_role=role_id,
        hours_per_week=check_hours_per_week(hours_per_week),
    )
    if resume is not None:
        add_resume(store, kb, name, resume)
    return profile


def change_profile(
    store,
    kb: KnowledgeBase,
    name: str,
    *,
    language: str | None = None,
    target_role: str | None = None,
    hours_per_week: float | None = None,
    resume: Document | None = None,
):
    """Change what is given of a profile: its language, target role, hours a week, or its
    resume (a new one is read; plans made after it start from it)."""
    changes: dict[str, Any] = {}
    if language is not None:
        changes["language"] = language
    if target_role is not None:
        changes["target_role"] = kb.role(target_role).id
    if hours_per_week is not None:
        changes["hours_per_week"] = check_hours_per_week(hours_per_week)
    profile = store.update_profile(name, **changes) if changes else store.get_profile(name)
    if resume is not None:
        add_resume(store, kb, name, resume)
    return profile


def check_hours_per_week(hours: float) -> float:
    """`hours` if it is a number of hours a week a plan can be made for, else an error that
    says what is allowed."""
    if (
        isinstance(hours, bool)
        or not isinstance(hours, int | float)
        or not (MIN_HOURS_PER_WEEK <= hours <= MAX_HOURS_PER_WEEK)
    ):
        raise CareernavError(
            f"Hours a week must be a number from {MIN_HOURS_PER_WEEK:g} to "
            f"{MAX_HOURS_PER_WEEK:g}, not {hours!r}. Give the hours you can spend learning "
            "each week, e.g. 10.",
            ko=f"주당 시간은 {MIN_HOURS_PER_WEEK:g}에서 {MAX_HOURS_PER_WEEK:g} 사이의 숫자여야 "
            f"합니다({hours!r}{josa(repr(hours), '은', '는')} 안 됩니다). 매주 학습에 쓸 수 있는 시간을 적어 주세요(예: 10).",
        )
    return float(hours)


def add_resume(store, kb: KnowledgeBase, name: str, resume: Document):
    """Store a resume and the concepts it shows, read as a match reads them; later plans
    start from it."""
    doc = store.add_document(name, "resume", resume.name, resume.format, resume.text)
    extraction = extract_skills(resume.text, kb=kb, doc_type="resume")
    concepts = extraction.concepts()
    read = experience(kb, extraction)
    result = {
        "skills": sorted(concepts),
        # years of work as a match counts them, against a posting's years ask: in all, per
        # skill and per role (for an ask that names a field, "MLOps 경력 10년 이상")
        "years_shown": read.shown,
        "years_in_jobs": read.by_skill,
        "years_in_roles": read.by_role,
        # each dated job, for an ask that names no field ("경력 5년 이상"): the years of
        # related work count
        "jobs": [
            {"start": list(j.start), "end": list(j.end), "skills": sorted(j.skills), "role": j.role}
            for j in read.jobs
        ],
        # shown at a basic level only ("Familiar: Rust"): a plan still teaches them
        "basic": sorted(s for s, mentions in concepts.items() if basic_only(mentions)),
        # what it says it lacks or only wishes for and shows nowhere: no credit, not even
        # through what it shows ("Python은 기초 문법을 공부하고 있습니다" beside Airflow)
        "not_had": sorted(set(extraction.match_evidence()) - set(concepts)),
        "name": resume.name,
    }
    store.add_analysis(name, "resume", result, resume_document_id=doc.id)
    return doc


def resume_years(store, kb: KnowledgeBase, name: str) -> Experience:
    """Years of work the latest resume shows, as a match reads them (read again from the
    stored resume when its analysis predates these figures); none without a resume."""
    analysis = store.latest_analysis(name, kind="resume")
    if analysis is None:
        return Experience(None, {}, {})
    result = analysis.result
    if "jobs" in result:
        jobs = tuple(
            # skills under today's IDs, as the rest of the stored analysis is read
            Job(
                tuple(j["start"]),
                tuple(j["end"]),
                frozenset(s for old in j["skills"] for s in kb.current_ids(old)),
                j["role"],
            )
            for j in result["jobs"]
        )
        return Experience(
            result["years_shown"], result["years_in_roles"], result["years_in_jobs"], jobs
        )
    if analysis.resume_document_id is None:
        return Experience(None, {}, {})
    text = store.get_document(analysis.resume_document_id).text
    return experience(kb, extract_skills(text, kb=kb, doc_type="resume"))


def resume_evidence(store, kb: KnowledgeBase, name: str) -> dict[str, list[SkillMention]]:
    """The latest resume's skills, under today's IDs, as a match reads them: no mentions
    (the match needs none), but those shown at a basic level only marked so, and those it
    says it lacks or only wishes for marked as not had (an analysis stored before these were
    kept has none)."""
    analysis = store.latest_analysis(name, kind="resume")
    if analysis is None:
        return {}
    basic = set(analysis.result.get("basic", ()))
    shown = {s: old in basic for old in analysis.result["skills"] for s in kb.current_ids(old)}
    for old in set(analysis.result["skills"]) - basic:  # shown in full under any old name
        shown.update((s, False) for s in kb.current_ids(old))
    evidence = {
        sid: [_mention(kb, sid, level="basic")] if basic_level else []
        for sid, basic_level in shown.items()
    }
    for old in analysis.result.get("not_had", ()):
        for sid in kb.current_ids(old):
            evidence.setdefault(sid, [not_had(_mention(kb, sid))])
    return evidence


def _mention(kb: KnowledgeBase, sid: str, level: str | None = None) -> SkillMention:
    return SkillMention(sid, kb.skills[sid].label.en, 0, 0, "", "skills", level=level)


def _basic(shown: dict[str, list[SkillMention]]) -> set[str]:
    """Of what the user knows, the skills shown at a basic level only (not those the resume
    says it lacks or only wishes for, which it does not show at all)."""
    return {
        sid
        for sid, mentions in shown.items()
        if basic_only(mentions) and not said_not_had(mentions)
    }


def evidence(store, kb: KnowledgeBase, name: str) -> dict[str, list[SkillMention]]:
    """What the user knows, as a match reads it: the resume's evidence, and the skills
    learned since (marked, or proved by a finished project), which count in full."""
    return with_progress(
        resume_evidence(store, kb, name), known_from_progress(kb, _marks(store, kb, name))
    )


def _marks(store, kb: KnowledgeBase, name: str) -> Marks:
    return current_marks(kb, store.progress_events(name))


@dataclass(frozen=True)
class _Standing:
    """Where the user stands: the latest marks, what they know as a match reads it, and of
    that, what is known in full and what is not (shown at a basic level only, or said to be
    lacking): still to learn, in the plan, its schedule and its progress alike."""

    marks: Marks
    shown: dict[str, list[SkillMention]]
    known: set[str]
    not_known: set[str]


def _standing(store, kb: KnowledgeBase, name: str) -> _Standing:
    marks = _marks(store, kb, name)
    shown = with_progress(resume_evidence(store, kb, name), known_from_progress(kb, marks))
    known = known_in_full(shown)
    return _Standing(marks, shown, known, set(shown) - known)


def known_skills(store, kb: KnowledgeBase, name: str) -> set[str]:
    """Skills the resume shows (above a basic level), marked learned, or proved by finished
    projects."""
    return known_in_full(evidence(store, kb, name))


def basic_skills(store, kb: KnowledgeBase, name: str) -> set[str]:
    """Skills the resume shows at a basic level only, and not learned since: still to learn."""
    return _basic(evidence(store, kb, name))


def make_plan(
    store,
    kb: KnowledgeBase,
    name: str,
    *,
    posting: Document | None = None,
    role: str | None = None,
    start: date | None = None,
    hours_per_week: float | None = None,
    lang: str | None = None,
) -> tuple[Any, Plan]:
    """A new active plan towards a posting, a role, or the profile's target role. It is
    stored in the profile's language; the plan returned has its words in `lang` (default:
    the profile's language).

    The match behind it reads what the user knows now (resume and progress) exactly as
    `match` reads a resume, so the plan's coverage is the match's, and stays so in
    `progress_report` until something is marked."""
    profile = store.get_profile(name)
    shown_in, lang = lang, profile.language
    hours = check_hours_per_week(hours_per_week or profile.hours_per_week)
    start = start or date.today()
    standing = _standing(store, kb, name)
    shown = standing.shown
    analysis_id = None
    if posting is not None:
        doc = store.add_document(name, "posting", posting.name, posting.format, posting.text)
        analysis = analyze_posting(posting, kb=kb, lang=lang)
        if not analysis.requirements:
            called = _called(posting.name)
            raise CareernavError(
                f"The posting{' ' + called if called else ''} names no skill careernav knows, "
                "so there is nothing to plan for. Check that it is a job posting with its "
                "requirements.",
                ko=f"채용 공고{' ' + called if called else ''}에서 careernav가 아는 스킬을 찾지 "
                "못해 계획할 것이 없습니다. 요구 사항이 담긴 채용 공고인지 확인해 주세요.",
            )
        result = match_posting(kb, shown, analysis, Thresholds(), lang)
        # the posting's years ask, as `match` counts it
        result = with_posting_years(kb, result, analysis, resume_years(store, kb, name), lang)
        record = store.add_analysis(name, "match", match_view(result), posting_document_id=doc.id)
        analysis_id = record.id
        target_kind, target_id = "posting", posting.name
    else:
        role_id = kb.role(role).id if role else profile.target_role
        if not role_id:
            raise CareernavError(
                f"Profile {name!r} has no target. Give a posting file or --role ID, or set one "
                "with `careernav profile set --target-role ROLE`.",
                ko=f"프로필 {name!r}에 목표가 없습니다. 채용 공고 파일이나 --role ID를 주거나, "
                "`careernav profile set --target-role 직무`로 목표 직무를 정하세요.",
            )
        if role_id not in kb.roles:  # stored by an older careernav whose roles differed
            raise CareernavError(
                f"Profile {name!r} targets {role_id!r}, a role careernav no longer knows. Set "
                "another with `careernav profile set --target-role ROLE` (`careernav roles` "
                "lists them) or on the Me page, or plan for a posting.",
                ko=f"프로필 {name!r}의 목표 직무 {role_id!r}는 careernav가 더 이상 아는 직무가 "
                "아닙니다. `careernav profile set --target-role 직무`나 '나' 페이지에서 다른 "
                "직무를 정하거나(`careernav roles`가 목록을 보여 줍니다), 채용 공고로 계획하세요.",
            )
        result = match_role(kb, shown, role_id, Thresholds(), lang)
        target_kind, target_id = "role", role_id
    # a skill shown at a basic level only is not known: the plan teaches it, and does not
    # take it as the groundwork of what needs it; a skill the user skipped is not taught
    plan = plan_from_match(
        kb,
        result,
        have=standing.known,
        lang=lang,
        hours_per_week=hours,
        start=start,
        not_known=standing.not_known,
        skipped=skipped_skills(kb, standing.marks),
    )
    stored = store.save_plan(
        name,
        plan.as_dict(),
        target_kind=target_kind,
        target_id=target_id,
        kb_version=plan.kb_version,
        hours_per_week=hours,
        start_date=start,
        analysis_id=analysis_id,
    )
    return stored, localized(kb, plan, shown_in) if shown_in else plan


def _called(document_name: str) -> str:
    """A document's name as a message may quote it: pasted text has only a placeholder
    ("<posting>"), which names nothing."""
    return "" if document_name.startswith("<") and document_name.endswith(">") else document_name


def _step_statuses(kb: KnowledgeBase, plan: Plan, standing: _Standing):
    """(step, status) for the plan's steps, by one rule everywhere (progress, schedule,
    retrospective): marked, else learned when what the user knows in full shows it, even by
    implication, but never when the resume shows it at a basic level only."""
    return step_status(
        kb, plan, standing.marks, standing.known, implied=True, not_known=standing.not_known
    )


def done_items(store, kb: KnowledgeBase, name: str, plan: Plan) -> set[str]:
    """Plan steps and projects that need no more time: learned, skipped or done."""
    standing = _standing(store, kb, name)
    done = {s.skill_id for s, status in _step_statuses(kb, plan, standing)
            if status in ("learned", "skipped")}  # fmt: skip
    done |= {pid for pid, status in project_statuses(standing.marks).items() if status == "done"}
    return done & ({s.skill_id for s in plan.steps} | {p.id for p in plan.projects})


def schedule(store, kb: KnowledgeBase, name: str, plan: Plan) -> list[Week]:
    """The plan's weeks from where the user stands: what is learned or done needs none."""
    return weekly_schedule(plan, done=done_items(store, kb, name, plan))


def active_plan(
    store, name: str, kb: KnowledgeBase | None = None, *, lang: str | None = None
) -> Plan | None:
    """The profile's active plan, with the steps the user has skipped since it was made as
    `skipped_steps`: still listed, but out of the estimate and the schedule. Its words are in
    `lang` (default: the language it was made in). `kb`: the knowledge base progress and
    labels are read with (default: the bundled one)."""
    record = store.active_plan(name)
    if record is None:
        return None
    kb = kb or default_knowledge_base()
    plan = Plan.from_dict(record.body)
    if lang:
        plan = localized(kb, plan, lang)
    marks = _marks(store, kb, name)
    skipped = [s.skill_id for s, status in step_status(kb, plan, marks, set())
               if status == "skipped"]  # fmt: skip
    return replace(plan, skipped_steps=skipped)


def resolve_subject(kb: KnowledgeBase, text: str, lang: str = "en") -> Subject:
    """A skill (any alias, either language) or a portfolio project (its ID or title)."""
    text = text.strip()
    if text in kb.projects:
        return Subject("project", text, kb.projects[text].title.get(lang))
    for project in kb.projects.values():
        if text in (project.title.en, project.title.ko):
            return Subject("project", project.id, project.title.get(lang))
    skill = kb.find_skill(text)
    if skill is None:
        raise NotFoundError("skill", text, kb.suggest_skills(text))
    return Subject("skill", skill.id, skill.label.get(lang))


def mark(
    store,
    kb: KnowledgeBase,
    name: str,
    subject: str,
    status: str,
    note: str | None = None,
    *,
    lang: str | None = None,
):
    """Record progress on a skill or project (an event; history is never overwritten).
    `lang` is the language of the subject's label (default: the profile's)."""
    profile = store.get_profile(name)
    found = resolve_subject(kb, subject, lang or profile.language)
    allowed = SKILL_STATUSES if found.kind == "skill" else PROJECT_STATUSES
    if status not in allowed:
        kind_ko = "스킬" if found.kind == "skill" else "프로젝트"
        raise CareernavError(
            f"{status!r} is not a status for a {found.kind}; use one of: {', '.join(allowed)}.",
            ko=f"{status!r}{josa(repr(status), '은', '는')} {kind_ko}의 상태가 아닙니다. 다음 중 하나를 쓰세요: "
            f"{', '.join(allowed)}.",
        )
    event = store.record_progress(name, found.kind, found.id, status, note=note)
    return found, event


def progress_report(
    store, kb: KnowledgeBase, name: str, *, lang: str | None = None
) -> dict[str, Any]:
    """The plan's steps with their status, coverage then and now, and the event history.
    Labels are in `lang` (default: the profile's language). Of the steps, `steps_done` are
    learned and `steps_skipped` skipped; skipped steps left the plan, so `steps_total` (and
    `total_hours`, the estimate) counts the others."""
    profile = store.get_profile(name)
    lang = lang or profile.language
    standing = _standing(store, kb, name)
    plan = active_plan(store, name, kb, lang=lang)
    report: dict[str, Any] = {
        "profile": profile.name,
        "known": sorted(standing.known),
        "basic": sorted(_basic(standing.shown)),
        "events": [
            {
                "at": e.created_at.isoformat(),
                "kind": e.subject_kind,
                "id": e.subject_id,
                "label": _subject_label(kb, e.subject_kind, e.subject_id, lang),
                "status": e.status,
                "note": e.note,
            }
            for e in store.progress_events(name)
        ],
    }
    if plan is None:
        return report
    steps = [
        {
            "order": s.order,
            "id": s.skill_id,
            "label": _subject_label(kb, "skill", s.skill_id, lang, s.label),
            "status": status,
            "hours": list(s.hours),
        }
        for s, status in _step_statuses(kb, plan, standing)
    ]
    done_projects = project_statuses(standing.marks)
    projects = [
        {
            "id": p.id,
            "title": _subject_label(kb, "project", p.id, lang, p.title),
            "status": done_projects.get(p.id, "todo"),
        }
        for p in plan.projects
    ]
    # A skip is not learning: skipped steps are counted apart and leave the plan's work.
    skipped = sum(1 for s in steps if s["status"] == "skipped")
    report.update(
        target=plan.target,
        steps=steps,
        projects=projects,
        steps_done=sum(1 for s in steps if s["status"] == "learned"),
        steps_skipped=skipped,
        steps_total=len(steps) - skipped,
        total_hours=list(plan.total_hours),
        coverage_at_plan=plan.coverage,
        coverage_now=coverage(kb, plan, standing.shown),
    )
    return report


def _subject_label(
    kb: KnowledgeBase, kind: str, subject: str, lang: str, fallback: str | None = None
) -> str:
    if kind == "project":
        project = kb.projects.get(subject)
        return project.title.get(lang) if project else fallback or subject
    current = kb.current_ids(subject)
    return kb.skills[current[0]].label.get(lang) if current else fallback or subject


def retrospective(
    store,
    kb: KnowledgeBase,
    name: str,
    kind: str,
    when: date | None = None,
    *,
    lang: str | None = None,
    today: date | None = None,
):
    """Build and store the retrospective of the quarter or year containing `when` (default:
    today), in `lang` (default: the profile's language). Making one again for the same period
    updates it. A period that has not begun, or that ended before the profile's history
    starts, is refused: there is nothing to look back on."""
    profile = store.get_profile(name)
    today = today or datetime.now(UTC).date()
    when = when or today
    events = store.progress_events(name)
    history_starts = min([profile.created_at, *(e.created_at for e in events[:1])])
    check_period(kind, when, today, history_starts)
    content = build_retrospective(
        kb,
        active_plan(store, name, kb, lang=lang or profile.language),
        events,
        resume_evidence(store, kb, name),
        kind,
        when,
        lang or profile.language,
    )
    return store.save_retrospective(name, kind, content["period"]["label"], content)


def shape(store, kb: KnowledgeBase, name: str, *, lang: str | None = None) -> ProfileShape:
    """The profile's shape from the skills it knows, labelled in `lang` (default: the
    profile's language)."""
    profile = store.get_profile(name)
    plan = active_plan(store, name, kb)
    target = profile.target_role
    if target is None and plan is not None and plan.target.get("kind") == "role":
        target = plan.target.get("id")
    return profile_shape(
        kb, known_skills(store, kb, name), target_role=target, lang=lang or profile.language
    )
