"""A plan as Markdown and as an iCalendar (.ics) file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from careernav.plan.model import Plan
from careernav.plan.schedule import Week
from careernav.text import percent

T = {
    "plan_for": {"en": "Learning plan", "ko": "학습 계획"},
    "total": {"en": "Estimated time", "ko": "예상 시간"},
    "hours_week": {"en": "hours a week", "ko": "주당 시간"},
    "coverage": {
        "en": "Required skills covered when the plan was made",
        "ko": "계획 시점 필수 충족률",
    },
    "steps": {"en": "Steps", "ko": "단계"},
    "skill": {"en": "Skill", "ko": "스킬"},
    "closes": {"en": "Closes", "ko": "채우는 요구"},
    "hours": {"en": "Hours", "ko": "시간"},
    "resources": {"en": "Resources", "ko": "학습 자료"},
    "checkpoint": {"en": "Checkpoint", "ko": "확인 기준"},
    "projects": {"en": "Portfolio projects", "ko": "포트폴리오 프로젝트"},
    "benefit": {"en": "Benefit", "ko": "효과"},
    "acceptance": {"en": "Done when", "ko": "완료 기준"},
    "why": {"en": "Interview questions it prepares", "ko": "대비할 면접 질문"},
    "schedule": {"en": "Weekly schedule", "ko": "주간 일정"},
    "week": {"en": "Week", "ko": "주차"},
    "dates": {"en": "Dates", "ko": "기간"},
    "work": {"en": "Work", "ko": "할 일"},
    "proves": {"en": "Proves", "ko": "증명하는 스킬"},
    "prereq": {"en": "prerequisite", "ko": "선수 지식"},
    "skipped": {
        "en": "skipped: not in the estimate or the schedule",
        "ko": "건너뜀: 예상 시간과 일정에서 뺌",
    },
    "unplanned": {
        "en": "Also asked for (not a learning step)",
        "ko": "그 밖의 요구 (학습 단계 아님)",
    },
}
BENEFIT = {
    "time-saved": {"en": "time saved", "ko": "시간 절약"},
    "cost-cut": {"en": "cost cut", "ko": "비용 절감"},
    "revenue": {"en": "revenue", "ko": "수익 증대"},
}


# Resource costs and languages, as the reader's language says them.
_WORDS = {
    "free": {"en": "free", "ko": "무료"},
    "freemium": {"en": "freemium", "ko": "부분 무료"},
    "paid": {"en": "paid", "ko": "유료"},
    "en": {"en": "English", "ko": "영어"},
    "ko": {"en": "Korean", "ko": "한국어"},
}


def _label(skill_id: str, lang: str) -> str:
    """A skill's label in `lang` (its ID when the knowledge base no longer has it)."""
    from careernav.knowledge import default_knowledge_base

    skill = default_knowledge_base().skills.get(skill_id)
    return skill.label.get(lang) if skill else skill_id


def _t(key: str, lang: str) -> str:
    return T[key][lang]


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def plan_markdown(plan: Plan, weeks: list[Week]) -> str:
    lang = plan.lang
    low, high = plan.total_hours
    lines = [
        f"# {_t('plan_for', lang)}: {plan.target.get('label') or plan.target.get('id')}",
        "",
        f"- {_t('total', lang)}: {low:g}–{high:g} h",
        f"- {_t('hours_week', lang)}: {plan.hours_per_week:g}",
    ]
    if plan.coverage.get("required") is not None:
        lines.append(f"- {_t('coverage', lang)}: {percent(plan.coverage['required'])}")
    lines += ["", f"## {_t('steps', lang)}", ""]
    for step in plan.steps:
        tag = f" ({_t('prereq', lang)})" if step.kind == "prerequisite" else ""
        if step.skill_id in plan.skipped_steps:  # shown, struck through, as no more work
            lines += [
                f"### {step.order}. ~~{step.label}~~{tag}",
                "",
                f"- {_t('skipped', lang)}",
                "",
            ]
            continue
        lines.append(f"### {step.order}. {step.label}{tag}")
        lines.append("")
        lines.append(f"- {_t('closes', lang)}: {step.closes}")
        lines.append(f"- {_t('hours', lang)}: {step.hours[0]:g}–{step.hours[1]:g}")
        for res in step.resources:
            note = f" ({res['note']})" if res.get("note") else ""
            cost = _WORDS.get(res["cost"], {}).get(lang, res["cost"])
            language = _WORDS.get(res["language"], {}).get(lang, res["language"])
            lines.append(f"- [{res['title']}]({res['url']}){note} — {cost}, {language}")
        lines.append(f"- {_t('checkpoint', lang)}: {step.checkpoint}")
        lines.append("")
    if plan.unplanned:
        lines += [f"## {_t('unplanned', lang)}", ""]
        for u in plan.unplanned:
            reason = f" — {u['reason']}" if u.get("reason") else ""  # older plans have none
            lines.append(f"- {u['label']}: {u['closes']}{reason}")
        lines.append("")
    if plan.projects:
        lines += [f"## {_t('projects', lang)}", ""]
        for project in plan.projects:
            kind = BENEFIT[project.benefit["kind"]][lang]
            lines += [
                f"### {project.title}",
                "",
                project.summary,
                "",
                f"- {_t('benefit', lang)} ({kind}): {project.benefit['text']}",
                f"- {_t('proves', lang)}: {', '.join(_label(c, lang) for c in project.covers)}",
                f"- {_t('hours', lang)}: {project.hours[0]:g}–{project.hours[1]:g}",
                f"- {_t('acceptance', lang)}:",
                *[f"  - {a}" for a in project.acceptance],
                f"- {_t('why', lang)}:",
                *[f"  - {q}" for q in project.why_questions],
                "",
            ]
    lines += [
        f"## {_t('schedule', lang)}",
        "",
        f"| {_t('week', lang)} | {_t('dates', lang)} | {_t('work', lang)} | {_t('hours', lang)} |",
        "| --- | --- | --- | --- |",
    ]
    for week in weeks:
        work = ", ".join(f"{_cell(i.label)} ({i.hours:g}h)" for i in week.items)
        lines.append(f"| {week.number} | {week.start} – {week.end} | {work} | {week.hours:g} |")
    return "\n".join(lines) + "\n"


def plan_ics(plan: Plan, weeks: list[Week], *, plan_key: str = "plan") -> bytes:
    """One all-day event per item per week, spanning the week; stable UIDs, so importing the
    file again updates the events instead of duplicating them."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//careernav//learning plan//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"careernav: {plan.target.get('label') or plan.target.get('id')}")
    steps = {s.skill_id: s for s in plan.steps}
    stamp = datetime.now(UTC)
    for week in weeks:
        for item in week.items:
            event = Event()
            event.add("uid", f"{plan_key}-{item.kind}-{item.id}-{item.part}@careernav")
            event.add("dtstamp", stamp)
            event.add("summary", f"{item.label} ({item.hours:g}h)")
            event.add("dtstart", week.start)
            event.add("dtend", week.end + timedelta(days=1))
            event.add("description", _describe(plan, steps.get(item.id), item.kind, item.id))
            event.add("categories", ["careernav", item.kind])
            cal.add_component(event)
    return cal.to_ical()


def _describe(plan: Plan, step, kind: str, item_id: str) -> str:
    if kind == "skill" and step is not None:
        lines = [step.closes, "", *[f"{r['title']}: {r['url']}" for r in step.resources]]
        return "\n".join([*lines, "", step.checkpoint])
    project = next((p for p in plan.projects if p.id == item_id), None)
    return project.summary if project else ""
