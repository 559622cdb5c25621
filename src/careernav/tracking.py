"""Profiles, plans, progress, retrospectives and the profile's shape, on top of a store.

One function per thing a user does; the CLI and the web app both call these, so they behave
the same. Everything stored is plain JSON and concept IDs; the knowledge base's redirects are
applied when reading, so progress made against an older knowledge base is never lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from careernav.documents import Document
from careernav.errors import CareernavError, NotFoundError
from careernav.extract import SkillMention, extract_skills
from careernav.knowledge import KnowledgeBase
from careernav.match import analyze_posting
from careernav.match.scoring import Thresholds, match_posting
from careernav.match.views import match_view
from careernav.plan.builder import plan_for_role, plan_from_match
from careernav.plan.model import Plan
from careernav.plan.progress import (
    PROJECT_STATUSES,
    SKILL_STATUSES,
    coverage,
    current_statuses,
    known_from_progress,
    step_status,
)
from careernav.plan.retro import build_retrospective
from careernav.plan.shape import ProfileShape, profile_shape


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
        name, language=language, target_role=role_id, hours_per_week=hours_per_week
    )
    if resume is not None:
        add_resume(store, kb, name, resume)
    return profile


def add_resume(store, kb: KnowledgeBase, name: str, resume: Document):
    """Store a resume and the concepts it shows; later plans start from it."""
    doc = store.add_document(name, "resume", resume.name, resume.format, resume.text)
    extraction = extract_skills(resume.text, kb=kb, doc_type="resume")
    concepts = extraction.concepts()
    result = {
        "skills": sorted(concepts),
        # shown at a basic level only ("Familiar: Rust"): a plan still teaches them
        "basic": sorted(s for s, ms in concepts.items() if all(m.level == "basic" for m in ms)),
        "name": resume.name,
    }
    store.add_analysis(name, "resume", result, resume_document_id=doc.id)
    return doc


def resume_skills(store, name: str) -> set[str]:
    analysis = store.latest_analysis(name, kind="resume")
    return set(analysis.result["skills"]) if analysis else set()


def _evidence_of(store, kb: KnowledgeBase, name: str, have: set[str]) -> dict[str, list]:
    """What the user knows, as a match reads it: each skill with no document evidence, but
    those the resume shows at a basic level only marked so (they count for half)."""
    analysis = store.latest_analysis(name, kind="resume")
    learned = known_from_progress(kb, _statuses(store, kb, name))
    basic = set(analysis.result.get("basic", ())) - learned if analysis else set()
    evidence: dict[str, list] = {s: [] for s in have}
    for sid in basic & have:
        label = kb.skills[sid].label.en
        evidence[sid] = [SkillMention(sid, label, 0, 0, "", "skills", level="basic")]
    return evidence


def _statuses(store, kb: KnowledgeBase, name: str, until: datetime | None = None):
    return current_statuses(kb, store.latest_status(name, until=until))


def known_skills(store, kb: KnowledgeBase, name: str) -> set[str]:
    """Skills the resume shows, marked learned, or proved by finished projects."""
    known = {s for sid in resume_skills(store, name) for s in kb.current_ids(sid)}
    return known | known_from_progress(kb, _statuses(store, kb, name))


def make_plan(
    store,
    kb: KnowledgeBase,
    name: str,
    *,
    posting: Document | None = None,
    role: str | None = None,
    start: date | None = None,
    hours_per_week: float | None = None,
) -> tuple[Any, Plan]:
    """A new active plan towards a posting, a role, or the profile's target role."""
    profile = store.get_profile(name)
    lang = profile.language
    hours = hours_per_week or profile.hours_per_week
    start = start or date.today()
    have = known_skills(store, kb, name)
    analysis_id = None
    if posting is not None:
        doc = store.add_document(name, "posting", posting.name, posting.format, posting.text)
        analysis = analyze_posting(posting, kb=kb, lang=lang)
        if not analysis.requirements:
            raise CareernavError(
                f"The posting {posting.name} names no skill careernav knows, so there is "
                "nothing to plan for. Check that it is a job posting with its requirements."
            )
        # The match runs on what the user knows now (resume + progress), not on one document.
        result = match_posting(
            kb, _evidence_of(store, kb, name, have), analysis, Thresholds(), lang
        )
        record = store.add_analysis(name, "match", match_view(result), posting_document_id=doc.id)
        analysis_id = record.id
        plan = plan_from_match(kb, result, have=have, lang=lang, hours_per_week=hours, start=start)
        target_kind, target_id = "posting", posting.name
    else:
        role_id = kb.role(role).id if role else profile.target_role
        if not role_id:
            raise CareernavError(
                f"Profile {name!r} has no target. Give a posting file or --role ID, or set one "
                "with `careernav profile create --target-role`."
            )
        plan = plan_for_role(kb, role_id, have=have, lang=lang, hours_per_week=hours, start=start)
        target_kind, target_id = "role", role_id
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
    return stored, plan


def done_items(store, kb: KnowledgeBase, name: str, plan: Plan) -> set[str]:
    """Plan steps and projects that need no more time: learned, skipped or done."""
    statuses = _statuses(store, kb, name)
    known = known_skills(store, kb, name)
    done = {s.skill_id for s, status in step_status(kb, plan, statuses, known)
            if status in ("learned", "skipped")}  # fmt: skip
    done |= {p.id for p in plan.projects if statuses.get(("project", p.id)) == "done"}
    return done


def active_plan(store, name: str) -> Plan | None:
    record = store.active_plan(name)
    return Plan.from_dict(record.body) if record else None


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


def mark(store, kb: KnowledgeBase, name: str, subject: str, status: str, note: str | None = None):
    """Record progress on a skill or project (an event; history is never overwritten)."""
    profile = store.get_profile(name)
    found = resolve_subject(kb, subject, profile.language)
    allowed = SKILL_STATUSES if found.kind == "skill" else PROJECT_STATUSES
    if status not in allowed:
        raise CareernavError(
            f"{status!r} is not a status for a {found.kind}; use one of: {', '.join(allowed)}."
        )
    event = store.record_progress(name, found.kind, found.id, status, note=note)
    return found, event


def progress_report(store, kb: KnowledgeBase, name: str) -> dict[str, Any]:
    """The plan's steps with their status, coverage then and now, and the event history."""
    profile = store.get_profile(name)
    statuses = _statuses(store, kb, name)
    known = known_skills(store, kb, name)
    plan = active_plan(store, name)
    report: dict[str, Any] = {
        "profile": profile.name,
        "known": sorted(known),
        "events": [
            {
                "at": e.created_at.isoformat(),
                "kind": e.subject_kind,
                "id": e.subject_id,
                "label": _subject_label(kb, e.subject_kind, e.subject_id, profile.language),
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
            "label": s.label,
            "status": status,
            "hours": list(s.hours),
        }
        for s, status in step_status(kb, plan, statuses, known)
    ]
    projects = [
        {"id": p.id, "title": p.title, "status": statuses.get(("project", p.id), "todo")}
        for p in plan.projects
    ]
    done = sum(1 for s in steps if s["status"] in ("learned", "skipped"))
    report.update(
        target=plan.target,
        steps=steps,
        projects=projects,
        steps_done=done,
        steps_total=len(steps),
        coverage_at_plan=plan.coverage,
        coverage_now=coverage(kb, plan, known),
    )
    return report


def _subject_label(kb: KnowledgeBase, kind: str, subject: str, lang: str) -> str:
    if kind == "project":
        project = kb.projects.get(subject)
        return project.title.get(lang) if project else subject
    current = kb.current_ids(subject)
    return kb.skills[current[0]].label.get(lang) if current else subject


def retrospective(store, kb: KnowledgeBase, name: str, kind: str, when: date | None = None):
    """Build and store the retrospective of the quarter or year containing `when`."""
    profile = store.get_profile(name)
    when = when or datetime.now(UTC).date()
    plan = active_plan(store, name)
    resume_known = {s for sid in resume_skills(store, name) for s in kb.current_ids(sid)}
    content = build_retrospective(
        kb, plan, store.progress_events(name), resume_known, kind, when, profile.language
    )
    return store.save_retrospective(name, kind, content["period"]["label"], content)


def shape(store, kb: KnowledgeBase, name: str) -> ProfileShape:
    profile = store.get_profile(name)
    plan = active_plan(store, name)
    target = profile.target_role
    if target is None and plan is not None and plan.target.get("kind") == "role":
        target = plan.target.get("id")
    return profile_shape(
        kb, known_skills(store, kb, name), target_role=target, lang=profile.language
    )
