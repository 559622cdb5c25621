"""Quarterly and yearly retrospectives (seed:000: 분기별 / 연도별 회고): what was learned,
which projects were finished, coverage of the target then and now, and the next focus."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from careernav.errors import CareernavError
from careernav.extract import SkillMention
from careernav.knowledge import KnowledgeBase
from careernav.plan.model import Plan
from careernav.plan.progress import (
    coverage,
    current_marks,
    known_from_progress,
    known_in_full,
    plan_now,
    project_statuses,
    skill_statuses,
    skipped_skills,
    with_progress,
)
from careernav.text import josa, percent

NEXT_FOCUS = 3


def period_of(kind: str, when: date) -> tuple[str, datetime, datetime]:
    """(label, start, end) of the quarter or year containing `when`; end is exclusive."""
    if kind == "quarter":
        q = (when.month - 1) // 3
        start = datetime(when.year, 3 * q + 1, 1, tzinfo=UTC)
        end_month = 3 * q + 4
        end = (
            datetime(when.year + 1, 1, 1, tzinfo=UTC)
            if end_month > 12
            else datetime(when.year, end_month, 1, tzinfo=UTC)
        )
        return f"{when.year}-Q{q + 1}", start, end
    if kind == "year":
        return (
            str(when.year),
            datetime(when.year, 1, 1, tzinfo=UTC),
            datetime(when.year + 1, 1, 1, tzinfo=UTC),
        )
    raise ValueError(f"period must be 'quarter' or 'year', not {kind!r}")


def check_period(kind: str, when: date, today: date, history_starts: datetime) -> None:
    """Refuse a period that has not begun (there is nothing to look back on) and one that
    ended before the profile's history starts (its numbers would be made up)."""
    label, start, end = period_of(kind, when)
    if start.date() > today:
        raise CareernavError(
            f"{label} has not started yet (it starts on {start:%Y-%m-%d}): a retrospective "
            "looks back. Choose a day from today or earlier.",
            ko=f"{label}{josa(label, '은', '는')} 아직 시작되지 않았습니다({start:%Y-%m-%d} 시작). 회고는 지난 일을 "
            "돌아보는 것이니 오늘이나 그 이전 날짜를 고르세요.",
        )
    if end <= history_starts:
        first, _, _ = period_of(kind, history_starts.date())
        raise CareernavError(
            f"There is no data for {label}: this profile's history starts on "
            f"{history_starts:%Y-%m-%d}. Choose a period from {first} on.",
            ko=f"{label}에는 기록이 없습니다: 이 프로필의 기록은 {history_starts:%Y-%m-%d}에 "
            f"시작합니다. {first} 이후의 기간을 고르세요.",
        )


def build_retrospective(
    kb: KnowledgeBase,
    plan: Plan | None,
    events: list,
    resume: Mapping[str, list[SkillMention]],
    kind: str,
    when: date,
    lang: str,
) -> dict[str, Any]:
    """The retrospective of the period containing `when`, from the progress `events` (oldest
    first) and the `resume`'s evidence (skill -> mentions)."""
    label, start, end = period_of(kind, when)
    before = current_marks(kb, events, until=start)
    after = current_marks(kb, events, until=end)
    in_period = [e for e in events if start <= e.created_at < end]
    # learned in the period: marked so, or proved by a project finished then, and not a skill
    # the resume showed all along
    was, now = skill_statuses(kb, before), skill_statuses(kb, after)
    shown = known_in_full(resume)
    learned = sorted(
        s for s, status in now.items()
        if status == "learned" and was.get(s) != "learned" and s not in shown
    )  # fmt: skip
    done_before, done_after = project_statuses(before), project_statuses(after)
    projects = sorted(
        p for p, status in done_after.items() if status == "done" and done_before.get(p) != "done"
    )
    content: dict[str, Any] = {
        "period": {
            "kind": kind,
            "label": label,
            "start": start.date().isoformat(),
            "end": end.date().isoformat(),
        },
        "learned": [
            {"id": s, "label": kb.skills[s].label.get(lang)} for s in learned if s in kb.skills
        ],
        "projects_done": [
            {"id": p, "title": kb.projects[p].title.get(lang)} for p in projects if p in kb.projects
        ],
        "events": len(in_period),
    }
    if plan is not None:
        known_then = with_progress(resume, known_from_progress(kb, before))
        known_now = with_progress(resume, known_from_progress(kb, after))
        content["target"] = plan.target
        content["coverage_then"] = coverage(kb, plan, known_then)
        content["coverage_now"] = coverage(kb, plan, known_now)
        # what a new plan would teach first: what is still missing now, not the steps of a
        # plan made before (a choice met by another option, a foundation of what was learned)
        remaining = plan_now(kb, plan, known_now, skipped=skipped_skills(kb, after), lang=lang)
        content["next_focus"] = [
            {"id": s.skill_id, "label": s.label, "closes": s.closes}
            for s in remaining.steps[:NEXT_FOCUS]
        ]
    content["summary"] = summary(kb, content, lang)
    return content


def stored_summary(kb: KnowledgeBase, content: dict[str, Any], lang: str) -> str | None:
    """A stored retrospective's summary in `lang`; one careernav did not make (imported, or
    saved through the store) keeps the summary it has."""
    if {"period", "learned", "projects_done"} <= content.keys():
        try:
            return summary(kb, content, lang)
        except (KeyError, TypeError, AttributeError, ValueError):
            pass  # stored in another form (edited, or saved through the store): its own words
    text = content.get("summary")
    return text if isinstance(text, str) else None


def summary(kb: KnowledgeBase, content: dict[str, Any], lang: str) -> str:
    """The retrospective in one paragraph, in `lang` whatever language it was made in."""
    n_learned, n_projects = len(content["learned"]), len(content["projects_done"])
    label = content["period"]["label"]
    then = (content.get("coverage_then") or {}).get("required")
    now = (content.get("coverage_now") or {}).get("required")
    focus = [
        kb.skills[f["id"]].label.get(lang) if f["id"] in kb.skills else f["label"]
        for f in content.get("next_focus") or ()
    ]
    if lang == "ko":
        text = f"{label}: 스킬 {n_learned}개를 익히고 프로젝트 {n_projects}개를 마쳤습니다."
        if then is not None and now is not None:
            text += f" 목표 필수 충족률 {percent(then)} → {percent(now)}."
        if focus:
            text += " 다음 집중: " + ", ".join(focus) + "."
        return text
    text = f"{label}: learned {n_learned} skill(s) and finished {n_projects} project(s)."
    if then is not None and now is not None:
        text += f" Required coverage of the target went from {percent(then)} to {percent(now)}."
    if focus:
        text += " Next focus: " + ", ".join(focus) + "."
    return text
