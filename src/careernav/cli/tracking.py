"""Commands that keep a path over time: profile, plan, progress, retro, export, import."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from careernav import tracking
from careernav.cli._common import console, lang_option, output_options, print_json
from careernav.documents import read_document
from careernav.errors import CareernavError
from careernav.knowledge import default_knowledge_base
from careernav.plan.export import T as PLAN_TEXT
from careernav.plan.export import plan_ics, plan_markdown
from careernav.plan.retro import stored_summary
from careernav.plan.retro import summary as retro_summary
from careernav.plan.shape import shape_chart_svg
from careernav.text import josa, percent

L = {
    "name": {"en": "Profile", "ko": "프로필"},
    "language": {"en": "Language", "ko": "언어"},
    "target": {"en": "Target role", "ko": "목표 직무"},
    "hours": {"en": "Hours a week", "ko": "주당 시간"},
    "known": {"en": "Skills shown", "ko": "보유 스킬"},
    "shape": {"en": "Profile shape", "ko": "프로필 형태"},
    "breadth": {"en": "breadth", "ko": "폭"},
    "deep": {"en": "deep", "ko": "깊은 분야"},
    "depth": {"en": "Depth", "ko": "깊이"},
    "edge": {"en": "Your edge", "ko": "나의 강점"},
    "step": {"en": "Step", "ko": "단계"},
    "skill": {"en": "Skill", "ko": "스킬"},
    "closes": {"en": "Closes", "ko": "채우는 요구"},
    "h": {"en": "Hours", "ko": "시간"},
    "resources": {"en": "First resources", "ko": "추천 자료"},
    "projects": {"en": "Portfolio projects", "ko": "포트폴리오 프로젝트"},
    "status": {"en": "Status", "ko": "상태"},
    "coverage_then": {"en": "Required coverage when planned", "ko": "계획 시점 필수 충족률"},
    "coverage_now": {"en": "Required coverage now", "ko": "현재 필수 충족률"},
    "progress": {"en": "Steps done", "ko": "완료한 단계"},
    "skipped_n": {"en": "({n} skipped)", "ko": "(건너뜀 {n}개)"},
    "weeks": {"en": "Weeks: {n}", "ko": "{n}주"},
    "known_n": {"en": "{n} skills shown", "ko": "보유 스킬 {n}개"},
    "total": {"en": "Estimated time", "ko": "예상 시간"},
    "written": {"en": "Written", "ko": "저장함"},
    "no_plan": {
        "en": "No plan yet: run `careernav plan`.",
        "ko": "아직 계획이 없습니다: `careernav plan`을 실행하세요.",
    },
    "marked": {"en": "Marked", "ko": "기록함"},
    "basic_n": {"en": "{n} at a basic level only", "ko": "기초 수준 {n}개"},
    "basic": {"en": "Basic level only (still to learn)", "ko": "기초 수준 (더 배울 스킬)"},
    "more_weeks": {
        "en": "… {n} more week(s): --markdown or --ics writes the whole schedule.",
        "ko": "… 이후 {n}주 더: 전체 일정은 --markdown 또는 --ics로 저장하세요.",
    },
    "week_n": {"en": "Week {n}", "ko": "{n}주차"},
    "no_profile": {
        "en": "No profile yet. Create one: careernav profile create NAME",
        "ko": "아직 프로필이 없습니다. 먼저 만드세요: careernav profile create 이름",
    },
    "several_profiles": {
        "en": "Several profiles ({names}): choose one with --profile NAME.",
        "ko": "프로필이 여럿입니다({names}). --profile 이름으로 하나를 고르세요.",
    },
    "posting_or_role": {
        "en": "Give a POSTING or --role, not both.",
        "ko": "채용 공고(POSTING)나 --role 중 하나만 주세요.",
    },
    "subject_and_status": {
        "en": "Give both SUBJECT and STATUS to mark progress, or neither to show it.",
        "ko": "진행을 기록하려면 대상(SUBJECT)과 상태(STATUS)를 함께 주고, 보기만 하려면 둘 다 빼세요.",
    },
    "quarter_or_year": {
        "en": "Choose --quarter or --year (or --list).",
        "ko": "--quarter나 --year(또는 --list)를 고르세요.",
    },
    "unknown_target": {
        "en": "The target role {role} is not a role careernav knows (the knowledge base no "
        "longer has it). Set another with `careernav profile set --target-role ROLE` "
        "(`careernav roles` lists them), or plan with --role ROLE or for a posting.",
        "ko": "목표 직무 {role}{eun} careernav가 아는 직무가 아닙니다(지식 베이스에 더 이상 "
        "없습니다). `careernav profile set --target-role 직무`로 다른 직무를 정하거나"
        "(`careernav roles`가 목록을 보여 줍니다), --role 직무나 채용 공고로 계획하세요.",
    },
    "quarter_and_year": {
        "en": "Give --quarter or --year, not both.",
        "ko": "--quarter와 --year 중 하나만 주세요.",
    },
    "imported": {
        "en": "Imported {path}; the store now has {n} profile(s).",
        "ko": "{path}{eul} 가져왔습니다. 이제 프로필이 {n}개 있습니다.",
    },
    "not_found": {
        "en": "{path} not found. Check the path.",
        "ko": "{path}{i} 없습니다. 경로를 확인하세요.",
    },
    "cannot_write": {
        "en": "Cannot write {path}: {reason}. Give a file path in a folder you can write to.",
        "ko": "{path}{eul} 쓸 수 없습니다: {reason_ko}. 쓰기 권한이 있는 폴더 안의 파일 경로를 주세요.",
    },
    "too_big_export": {
        "en": "{path} is larger than {limit} MB: it is no careernav export. Check the file.",
        "ko": "{path}{eun} {limit} MB보다 커서 careernav 내보내기 파일이 아닙니다. 파일을 확인하세요.",
    },
    "not_export": {
        "en": "{path} is not a careernav JSON export: {error}.",
        "ko": "{path}{eun} careernav JSON 내보내기 파일이 아닙니다: {error}.",
    },
    "nothing_to_learn": {
        "en": "Nothing to learn for this target: the resume and your progress cover every skill it asks for.",
        "ko": "이 목표를 위해 더 배울 스킬이 없습니다: 이력서와 진행 기록이 요구 스킬을 모두 충족합니다.",
    },
}


# What a status or a shape is called; the JSON keeps the IDs.
_STATUSES = {
    "learned": {"en": "learned", "ko": "익힘"},
    "in-progress": {"en": "in progress", "ko": "진행 중"},
    "skipped": {"en": "skipped", "ko": "건너뜀"},
    "todo": {"en": "to do", "ko": "할 일"},
    "done": {"en": "done", "ko": "완료"},
}
_SHAPES = {
    "T": {"en": "T-shaped", "ko": "T자형"},
    "W": {"en": "W-shaped", "ko": "W자형"},
    "I": {"en": "I-shaped (deep, narrow)", "ko": "I자형 (깊고 좁음)"},
    "broad": {"en": "broad, no deep area yet", "ko": "폭넓음 (아직 깊은 분야 없음)"},
    "starting": {"en": "just starting", "ko": "시작 단계"},
}
SCHEDULE_SHOWN = 4  # weeks of the schedule the terminal shows; the files have them all

_STAGES = {
    "beginner": {"en": "beginner", "ko": "초급"},
    "intermediate": {"en": "intermediate", "ko": "중급"},
    "advanced": {"en": "advanced", "ko": "고급"},
}


def _t(key: str, lang: str) -> str:
    return L[key][lang]


def _word(words: dict[str, dict[str, str]], key: str, lang: str) -> str:
    return words.get(key, {}).get(lang, key)


def _error(key: str, **values: str) -> CareernavError:
    """One of this module's own errors, in both languages (the CLI shows the one asked for)."""
    return CareernavError(L[key]["en"].format(**values), ko=_ko(L[key]["ko"], **values))


def _ko(template: str, **values) -> str:
    """A Korean text with the particles after `path` (or `role`) that fit it ("plan.json을")."""
    path = str(values.get("path", values.get("role", "")))
    return template.format(
        **values, eul=josa(path, "을", "를"), i=josa(path, "이", "가"), eun=josa(path, "은", "는")
    )


def _store(ctx: click.Context):
    from careernav.store import Store

    return Store.open(ctx.obj.get("db") if ctx.obj else None)


def _role_label(kb, role_id: str | None, lang: str) -> str:
    """A target role's name; a role the knowledge base no longer has (a stored profile from
    an older careernav) keeps its ID."""
    if not role_id:
        return "-"
    role = kb.roles.get(role_id)
    return role.label.get(lang) if role else role_id


def _check_target_role(kb, profile) -> None:
    """Refuse, with what to do, a plan towards a target role the knowledge base does not
    have (a stored profile from an older careernav)."""
    role_id = profile.target_role
    if role_id and role_id not in kb.roles:
        raise _error("unknown_target", role=repr(role_id))


def _profile_name(store, given: str | None) -> str:
    """The profile named, or the only one there is."""
    if given:
        return store.get_profile(given).name
    profiles = store.list_profiles()
    if len(profiles) == 1:
        return profiles[0].name
    if not profiles:
        raise _error("no_profile")
    raise _error("several_profiles", names=", ".join(p.name for p in profiles))


profile_option = click.option(
    "--profile", "profile_name", help="Profile name (default: the only one)."
)


@click.group()
def profile() -> None:
    """Create and show profiles: language, target, hours a week, resume, profile shape."""


@profile.command("create")
@click.argument("name")
@click.option(
    "--language",
    type=click.Choice(["ko", "en"]),
    show_default="the --lang value",
    help="Language of the profile's plans and retrospectives.",
)
@click.option(
    "--target-role", help="Role ID or title to aim for (e.g. ml-engineer, 데이터 엔지니어)."
)
@click.option(
    "--hours",
    type=click.FloatRange(min=tracking.MIN_HOURS_PER_WEEK, max=tracking.MAX_HOURS_PER_WEEK),
    default=10.0,
    show_default=True,
    help="Hours a week for learning.",
)
@click.option(
    "--resume", "resume_path", type=click.Path(dir_okay=False), help="A resume to start from."
)
@output_options
@click.pass_context
def profile_create(ctx, name, language, target_role, hours, resume_path, lang, as_json) -> None:
    """Create a profile NAME."""
    kb = default_knowledge_base()
    resume = read_document(resume_path) if resume_path else None
    with _store(ctx) as store:
        created = tracking.create_profile(
            store, kb, name, language=language or lang, target_role=target_role,
            hours_per_week=hours, resume=resume,
        )  # fmt: skip
        known = tracking.known_skills(store, kb, name)
        basic = tracking.basic_skills(store, kb, name)
    data = {"name": created.name, "language": created.language, "target_role": created.target_role,
            "hours_per_week": created.hours_per_week, "known": sorted(known),
            "basic": sorted(basic)}  # fmt: skip
    if as_json:
        print_json(data)
        return
    counts = _t("known_n", lang).format(n=len(known))
    if basic:
        counts += ", " + _t("basic_n", lang).format(n=len(basic))
    click.echo(f"{_t('name', lang)}: {created.name} ({counts})")


@profile.command("set")
@profile_option
@click.option("--language", type=click.Choice(["ko", "en"]), help="Language of plans and retros.")
@click.option("--target-role", help="Role ID or title to aim for.")
@click.option(
    "--hours",
    type=click.FloatRange(min=tracking.MIN_HOURS_PER_WEEK, max=tracking.MAX_HOURS_PER_WEEK),
    help="Hours a week for learning.",
)
@click.option(
    "--resume", "resume_path", type=click.Path(dir_okay=False), help="A newer resume to use."
)
@output_options
@click.pass_context
def profile_set(ctx, profile_name, language, target_role, hours, resume_path, lang, as_json):
    """Change a profile's language, target role, hours a week or resume."""
    kb = default_knowledge_base()
    resume = read_document(resume_path) if resume_path else None
    with _store(ctx) as store:
        name = _profile_name(store, profile_name)
        changed = tracking.change_profile(
            store, kb, name, language=language, target_role=target_role,
            hours_per_week=hours, resume=resume,
        )  # fmt: skip
        known = tracking.known_skills(store, kb, name)
    data = {"name": changed.name, "language": changed.language,
            "target_role": changed.target_role, "hours_per_week": changed.hours_per_week,
            "known": sorted(known)}  # fmt: skip
    if as_json:
        print_json(data)
        return
    target = _role_label(kb, changed.target_role, lang)
    click.echo(
        f"{_t('name', lang)}: {changed.name} · {_t('target', lang)}: {target} · "
        f"{_t('hours', lang)}: {changed.hours_per_week:g} · "
        + _t("known_n", lang).format(n=len(known))
    )


@profile.command("show")
@profile_option
@click.option(
    "--chart", type=click.Path(dir_okay=False), help="Write the profile-shape chart (SVG)."
)
@output_options
@click.pass_context
def profile_show(ctx, profile_name, chart, lang, as_json) -> None:
    """Show a profile: target, skills shown, T/W shape and edge."""
    kb = default_knowledge_base()
    with _store(ctx) as store:
        name = _profile_name(store, profile_name)
        prof = store.get_profile(name)
        known = tracking.known_skills(store, kb, name)
        basic = tracking.basic_skills(store, kb, name)
        shape = tracking.shape(store, kb, name, lang=lang)
    if chart:
        svg = shape_chart_svg(shape, f"{prof.name}: {shape.shape}", lang=lang)
        _check_writable(chart)
        _write_file(chart, svg.encode("utf-8"))
    data = {
        "name": prof.name,
        "language": prof.language,
        "target_role": prof.target_role,
        "hours_per_week": prof.hours_per_week,
        "known": sorted(known),
        "basic": sorted(basic),
        "shape": {
            "shape": shape.shape,
            "breadth": shape.breadth,
            "deep": shape.deep,
            "edge": shape.edge,
            "edge_reason": shape.edge_reason,
            "categories": [
                {
                    "id": c.id,
                    "label": c.label,
                    "depth": c.depth,
                    "skills": c.skills,
                    "target_share": c.target_share,
                }
                for c in shape.categories
            ],
        },
        "chart": chart,
    }
    if as_json:
        print_json(data)
        return
    out = console()
    target = _role_label(kb, prof.target_role, lang)
    out.print(f"[bold]{escape(prof.name)}[/bold] · {_t('target', lang)}: {escape(target)} · "
              f"{_t('hours', lang)}: {prof.hours_per_week:g}")  # fmt: skip
    if prof.target_role and prof.target_role not in kb.roles:
        said = _error("unknown_target", role=repr(prof.target_role)).in_language(lang)
        out.print(said, style="yellow", markup=False)
    deep = ", ".join(c.label for c in shape.categories if c.id in shape.deep) or "-"
    out.print(
        f"{_t('shape', lang)}: {_word(_SHAPES, shape.shape, lang)} "
        f"({_t('breadth', lang)} {shape.breadth}, {_t('deep', lang)}: {deep})"
    )
    if shape.edge:
        out.print(f"{_t('edge', lang)}: {escape(shape.edge_reason)}")
    if basic:
        names = ", ".join(kb.skills[s].label.get(lang) for s in sorted(basic))
        out.print(f"{_t('basic', lang)}: {escape(names)}")
    table = Table("", _t("depth", lang), _t("skill", lang))
    for c in shape.categories:
        if c.depth:
            names = ", ".join(kb.skills[s].label.get(lang) for s in c.skills)
            table.add_row(c.label, f"{c.depth:.1f} " + "█" * round(c.depth * 2), escape(names))
    out.print(table)


@click.command()
@click.argument("posting_path", metavar="[POSTING]", required=False)
@click.option("--role", help="Plan towards a role (ID or title) instead of a posting.")
@click.option(
    "--resume",
    "resume_path",
    type=click.Path(dir_okay=False),
    help="Add a resume to the profile first.",
)
@profile_option
@click.option(
    "--start",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="First day of the schedule (default: today).",
)
@click.option(
    "--hours",
    type=click.FloatRange(min=tracking.MIN_HOURS_PER_WEEK, max=tracking.MAX_HOURS_PER_WEEK),
    help="Hours a week (default: the profile's).",
)
@click.option(
    "--ics",
    "ics_path",
    type=click.Path(dir_okay=False),
    help="Write the schedule as an iCalendar file.",
)
@click.option(
    "--markdown", "md_path", type=click.Path(dir_okay=False), help="Write the plan as Markdown."
)
@output_options
@click.pass_context
def plan(
    ctx,
    posting_path,
    role,
    resume_path,
    profile_name,
    start,
    hours,
    ics_path,
    md_path,
    lang,
    as_json,
) -> None:
    """Make a learning plan: ordered steps with resources and checkpoints, portfolio projects
    and a weekly schedule, towards a POSTING, a --role, or the profile's target role."""
    if posting_path and role:
        raise click.UsageError(_t("posting_or_role", lang))
    kb = default_knowledge_base()
    posting = read_document(posting_path) if posting_path else None
    resume = read_document(resume_path) if resume_path else None
    for path in (md_path, ics_path):  # before anything is saved: a bad path saves no plan
        if path:
            _check_writable(path)
    with _store(ctx) as store:
        name = _profile_name(store, profile_name)
        if posting is None and not role:  # towards the profile's target role
            _check_target_role(kb, store.get_profile(name))
        if resume is not None:
            tracking.add_resume(store, kb, name, resume)
        # the plan's words in the language of the labels around them (--lang), whatever the
        # profile's language
        record, made = tracking.make_plan(
            store, kb, name, posting=posting, role=role,
            start=start.date() if start else None, hours_per_week=hours, lang=lang,
        )  # fmt: skip
        weeks = tracking.schedule(store, kb, name, made)
    if md_path:
        _write_file(md_path, plan_markdown(made, weeks).encode("utf-8"))
    if ics_path:
        _write_file(ics_path, plan_ics(made, weeks, plan_key=f"plan{record.id}"))
    if as_json:
        print_json({"id": record.id, **made.as_dict(), "weeks": [w.as_dict() for w in weeks],
                    "files": [p for p in (md_path, ics_path) if p]})  # fmt: skip
        return
    _print_plan(made, weeks, lang)
    for path in (md_path, ics_path):
        if path:
            click.echo(f"{_t('written', lang)}: {path}")


def _print_plan(made, weeks, lang: str) -> None:
    out = console()
    low, high = made.total_hours
    out.print(f"[bold]{escape(str(made.target.get('label') or made.target.get('id')))}[/bold] · "
              f"{_t('total', lang)}: {low:g}–{high:g} h · {_t('weeks', lang).format(n=len(weeks))}")  # fmt: skip
    table = Table(
        _t("step", lang),
        _t("skill", lang),
        _t("closes", lang),
        _t("h", lang),
        _t("resources", lang),
    )
    for step in made.steps:
        first = step.resources[0]["title"] if step.resources else "-"
        table.add_row(str(step.order), step.label, escape(step.closes),
                      f"{step.hours[0]:g}–{step.hours[1]:g}", escape(first))  # fmt: skip
    out.print(table if made.steps else _t("nothing_to_learn", lang))
    if made.unplanned:
        out.print(f"\n[bold]{PLAN_TEXT['unplanned'][lang]}[/bold]")
        for item in made.unplanned:
            out.print(f"  • {escape(item['label'])} — {escape(item['closes'])}")
            if item.get("reason"):
                out.print(f"    {escape(item['reason'])}", style="dim")
    if made.projects:
        out.print(f"\n[bold]{_t('projects', lang)}[/bold]")
        for project in made.projects:
            out.print(
                f"  • {escape(project.title)} ({_STAGES.get(project.stage, {}).get(lang, project.stage)})"
                f" — {escape(project.benefit['text'])}"
            )
    _print_first_weeks(out, weeks, lang)


def _print_first_weeks(out, weeks, lang: str) -> None:
    """The first weeks of the schedule, one line each; the files hold the whole of it."""
    if not weeks:
        return
    out.print(f"\n[bold]{PLAN_TEXT['schedule'][lang]}[/bold]")
    h = "시간" if lang == "ko" else "h"
    for week in weeks[:SCHEDULE_SHOWN]:
        work = ", ".join(f"{escape(i.label)} {i.hours:g}{h}" for i in week.items)
        out.print(
            f"  {_t('week_n', lang).format(n=week.number)} · {week.start} ~ {week.end} · {work}"
        )
    if len(weeks) > SCHEDULE_SHOWN:
        out.print(_t("more_weeks", lang).format(n=len(weeks) - SCHEDULE_SHOWN), style="dim")


@click.command()
@click.argument("subject", required=False)
@click.argument(
    "status",
    required=False,
    type=click.Choice(["learned", "in-progress", "skipped", "todo", "done"]),
)
@click.option("--note", help="A note kept with this mark.")
@profile_option
@output_options
@click.pass_context
def progress(ctx, subject, status, note, profile_name, lang, as_json) -> None:
    """Mark progress (SUBJECT STATUS: a skill learned / in-progress / skipped / todo, or a
    project done / in-progress / todo) and show where the plan stands."""
    if (subject is None) != (status is None):
        raise click.UsageError(_t("subject_and_status", lang))
    kb = default_knowledge_base()
    with _store(ctx) as store:
        name = _profile_name(store, profile_name)
        marked = None
        if subject:
            found, _event = tracking.mark(store, kb, name, subject, status, note, lang=lang)
            marked = {"kind": found.kind, "id": found.id, "label": found.label, "status": status}
        report = tracking.progress_report(store, kb, name, lang=lang)
    if as_json:
        print_json({"marked": marked, **report})
        return
    out = console()
    if marked:
        out.print(
            f"{_t('marked', lang)}: {escape(marked['label'])} → {_word(_STATUSES, status, lang)}"
        )
    if "steps" not in report:
        out.print(_t("no_plan", lang))
        return
    then = report["coverage_at_plan"].get("required")
    now = report["coverage_now"].get("required")
    done = f"{_t('progress', lang)}: {report['steps_done']}/{report['steps_total']}"
    if report.get("steps_skipped"):
        done += " " + _t("skipped_n", lang).format(n=report["steps_skipped"])
    out.print(done)
    if then is not None:
        out.print(
            f"{_t('coverage_then', lang)}: {percent(then)} → {_t('coverage_now', lang)}: {percent(now)}"
        )
    table = Table(_t("step", lang), _t("skill", lang), _t("status", lang))
    for step in report["steps"]:
        table.add_row(str(step["order"]), step["label"], _word(_STATUSES, step["status"], lang))
    for project in report["projects"]:
        table.add_row("★", escape(project["title"]), _word(_STATUSES, project["status"], lang))
    out.print(table)


@click.command()
@click.option("--quarter", is_flag=True, help="This quarter's retrospective.")
@click.option("--year", is_flag=True, help="This year's retrospective (not with --quarter).")
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="A day in the period (default: today).",
)
@click.option("--list", "list_only", is_flag=True, help="List the stored retrospectives.")
@profile_option
@output_options
@click.pass_context
def retro(ctx, quarter, year, when, list_only, profile_name, lang, as_json) -> None:
    """Look back over a quarter or a year: skills learned, projects finished, coverage then and
    now, and the next focus. Each retrospective is stored; --list shows them."""
    if quarter and year:  # one period at a time: not the year's silently
        raise click.UsageError(_t("quarter_and_year", lang))
    kind = "quarter" if quarter else "year" if year else None
    if not list_only and not kind:
        raise click.UsageError(_t("quarter_or_year", lang))
    kb = default_knowledge_base()
    with _store(ctx) as store:
        name = _profile_name(store, profile_name)
        if not list_only:
            made = tracking.retrospective(
                store, kb, name, kind, when.date() if when else None, lang=lang
            )
            if as_json:
                print_json({"id": made.id, **made.content})
            else:
                click.echo(retro_summary(kb, made.content, lang))
            return
        retros = store.list_retrospectives(name)
    data = [{"id": r.id, "period": r.period_label, "kind": r.period_kind,
             "created_at": r.created_at.isoformat(), "summary": stored_summary(kb, r.content, lang)}
            for r in retros]  # fmt: skip
    if as_json:
        print_json(data)
    else:
        for item in data:
            click.echo(f"{item['period']}  {item['summary']}")


@click.command(name="export")
@click.argument("path", required=False, default="-")
@click.pass_context
def export_command(ctx, path: str) -> None:
    """Export everything (profiles, documents, analyses, plans, progress, retrospectives) as
    JSON to PATH, or to standard output."""
    with _store(ctx) as store:
        data = store.export_data()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if path == "-":
        try:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
        except OSError as exc:
            raise _cannot_write("<stdout>", exc) from exc
    else:
        _check_writable(path)
        _write_file(path, (text + "\n").encode("utf-8"))


@click.command(name="import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--replace", is_flag=True, help="Replace profiles that already exist.")
@lang_option("Language of the messages.")
@click.pass_context
def import_command(ctx, path: str, replace: bool, lang: str) -> None:
    """Import a JSON export (all or nothing)."""
    try:
        data = json.loads(_read_export(path).decode("utf-8-sig"))  # a BOM from an editor is fine
    except FileNotFoundError as exc:
        raise _error("not_found", path=path) from exc
    except IsADirectoryError as exc:
        raise _error("not_export", path=path, error="it is a folder") from exc
    except PermissionError as exc:
        raise _error("not_export", path=path, error="it cannot be read (permission)") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise _error("not_export", path=path, error=str(exc)) from exc
    kb = default_knowledge_base()  # an export may name only roles, skills and projects it has
    with _store(ctx) as store:
        store.import_data(data, replace=replace, kb=kb)
        count = len(store.list_profiles())
    click.echo(_ko(L["imported"]["ko"], path=path, n=count) if lang == "ko" else
               L["imported"]["en"].format(path=path, n=count))  # fmt: skip


MAX_EXPORT_MB = 512  # a careernav export holds texts and JSON, far below this


def _read_export(path: str) -> bytes:
    """The bytes of an export file (or standard input for "-"), refused past MAX_EXPORT_MB so
    that /dev/zero or a wrong huge file cannot exhaust memory."""
    limit = MAX_EXPORT_MB * 1024 * 1024
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    if len(data) > limit:
        raise _error("too_big_export", path=path, limit=str(MAX_EXPORT_MB))
    return data


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _cannot_write(path: str, exc: OSError) -> CareernavError:
    reason = exc.strerror or str(exc)  # the system's own words ("No space left on device")
    return _error("cannot_write", path=path, reason=reason, reason_ko=reason)


def _check_writable(path: str) -> None:
    """Refuse, before any work, a path that cannot be written: a folder, a missing folder, a
    folder without write permission."""
    target = Path(path)
    folder = target.parent  # Path("plan.md").parent is "."
    if target.is_dir():
        raise _error("cannot_write", path=path, reason="it is a folder", reason_ko="폴더입니다")
    if not folder.is_dir():
        raise _error(
            "cannot_write", path=path, reason=f"there is no folder {folder}",
            reason_ko=f"{folder} 폴더가 없습니다",
        )  # fmt: skip
    if target.exists() and not target.is_file():
        return  # a special file (/dev/stdout): written as it is
    try:  # the one sure test: make a file there (os.access says yes to root, even in /proc)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    if target.exists() and not os.access(target, os.W_OK):
        raise _error(
            "cannot_write", path=path, reason="no permission to write there",
            reason_ko="그곳에 쓸 권한이 없습니다",
        )  # fmt: skip


def _write_file(path: str, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: into a temporary file beside it, then
    renamed over it, so a full disk never leaves an old backup cut short. A special file
    (/dev/stdout) is written directly."""
    target = Path(path)
    try:
        if target.exists() and not target.is_file():
            with open(target, "wb") as stream:
                stream.write(data)
            return
        fd, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
            # the mode a plain open() would give (mkstemp makes the file private)
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as exc:
        raise _cannot_write(path, exc) from exc


COMMANDS = [profile, plan, progress, retro, export_command, import_command]
