"""Quarterly and yearly retrospectives (seed:000: 분기별 / 연도별 회고): what was learned,
which projects were finished, coverage of the target then and now, and the next focus."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from careernav.knowledge import KnowledgeBase
from careernav.plan.model import Plan
from careernav.plan.progress import (
    coverage,
    current_statuses,
    known_from_progress,
    step_status,
)

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


def _latest(events, until: datetime) -> dict[tuple[str, str], str]:
    latest: dict[tuple[str, str], str] = {}
    for event in events:
        if event.created_at < until:
            latest[(event.subject_kind, event.subject_id)] = event.status
    return latest


def build_retrospective(
    kb: KnowledgeBase,
    plan: Plan | None,
    events: list,
    resume_known: set[str],
    kind: str,
    when: date,
    lang: str,
) -> dict[str, Any]:
    label, start, end = period_of(kind, when)
    before = current_statuses(kb, _latest(events, start))
    after = current_statuses(kb, _latest(events, end))
    in_period = [e for e in events if start <= e.created_at < end]
    touched = {(e.subject_kind, e.subject_id) for e in in_period}
    learned = sorted(
        sid
        for (k, sid), status in after.items()
        if k == "skill" and status == "learned" and before.get((k, sid)) != "learned"
        and any(sid in (kb.current_ids(s) or [s]) for kk, s in touched if kk == "skill")
    )  # fmt: skip
    projects = sorted(
        pid
        for (k, pid), status in after.items()
        if k == "project" and status == "done" and before.get((k, pid)) != "done"
    )
    known_then = resume_known | known_from_progress(kb, before)
    known_now = resume_known | known_from_progress(kb, after)
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
        content["target"] = plan.target
        content["coverage_then"] = coverage(kb, plan, known_then)
        content["coverage_now"] = coverage(kb, plan, known_now)
        remaining = [
            step
            for step, status in step_status(kb, plan, after, known_now)
            if status not in ("learned", "skipped")
        ]
        content["next_focus"] = [
            {"id": s.skill_id, "label": s.label, "closes": s.closes} for s in remaining[:NEXT_FOCUS]
        ]
    content["summary"] = _summary(content, lang)
    return content


def _summary(content: dict[str, Any], lang: str) -> str:
    n_learned, n_projects = len(content["learned"]), len(content["projects_done"])
    label = content["period"]["label"]
    then = (content.get("coverage_then") or {}).get("required")
    now = (content.get("coverage_now") or {}).get("required")
    if lang == "ko":
        text = f"{label}: 스킬 {n_learned}개를 익히고 프로젝트 {n_projects}개를 마쳤습니다."
        if then is not None and now is not None:
            text += f" 목표 필수 충족률 {then:.0%} → {now:.0%}."
        focus = content.get("next_focus")
        if focus:
            text += " 다음 집중: " + ", ".join(f["label"] for f in focus) + "."
        return text
    text = f"{label}: learned {n_learned} skill(s) and finished {n_projects} project(s)."
    if then is not None and now is not None:
        text += f" Required coverage of the target went from {then:.0%} to {now:.0%}."
    focus = content.get("next_focus")
    if focus:
        text += " Next focus: " + ", ".join(f["label"] for f in focus) + "."
    return text
