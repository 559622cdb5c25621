"""Commands that read documents: extract, posting, match."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from careernav.cli._common import SIZE_MB, console, output_options, print_json
from careernav.cli.batch import run_batch
from careernav.documents import read_document, read_stream
from careernav.extract import extract_skills
from careernav.extract.sections import guess_doc_type
from careernav.knowledge import default_knowledge_base
from careernav.match import Thresholds, analyze_posting, match
from careernav.match.experience import years_by_skill
from careernav.match.posting import title_of
from careernav.match.roles import infer_roles, title_role
from careernav.match.views import extraction_view, match_view, mention_view, posting_view
from careernav.text import josa, percent

MAX_SIZE_HELP = (
    "Largest input file, in MB (default 10, or CAREERNAV_MAX_BYTES); with --jsonl, the largest"
    " line."
)


L = {
    "skill": {"en": "Skill", "ko": "스킬"},
    "section": {"en": "Section", "ko": "섹션"},
    "evidence": {"en": "Evidence", "ko": "근거"},
    "years": {"en": "Years", "ko": "연차"},
    "role": {"en": "Role", "ko": "직무"},
    "share": {"en": "Share", "ko": "비중"},
    "because": {"en": "Because of", "ko": "근거 스킬·업무"},
    "title_role": {"en": "Title says", "ko": "제목 기준 직무"},
    "no_role": {
        "en": "Too little here to name an AI role: the posting names few skills or duties of the 15 roles.",
        "ko": "AI 직무를 판단할 근거가 부족합니다: 15개 직무의 스킬이나 업무가 거의 보이지 않습니다.",
    },
    "little_ai": {
        "en": "AI or data skills: only {ai} of the {n} skills asked. This reads as a general "
        "posting, and the roles above are only the closest of the 15 AI roles.",
        "ko": "요구 스킬 {n}개 중 AI·데이터 스킬은 {ai}개뿐입니다: 일반 개발 공고에 가깝고, 위 직무는 "
        "15개 AI 직무 중 가장 가까운 것일 뿐입니다.",
    },
    "outside": {
        "en": 'The title names a job outside the 15 AI roles ("{job}"): the roles above are '
        "the closest its work comes to.",
        "ko": '제목의 직무("{job}")는 15개 AI 직무 밖입니다: 위 직무는 이 공고의 업무와 가장 가까운 '
        "것입니다.",
    },
    "disagree": {
        "en": "The title and the content point to different roles.",
        "ko": "공고 제목과 실제 내용이 가리키는 직무가 다릅니다.",
    },
    "required": {"en": "Required", "ko": "필수"},
    "preferred": {"en": "Preferred", "ko": "우대"},
    "verdict": {"en": "Verdict", "ko": "판정"},
    "apply": {"en": "apply", "ko": "지원하세요"},
    "stretch": {"en": "stretch — apply if you can show the rest", "ko": "도전 지원"},
    "build-first": {"en": "build first", "ko": "역량을 먼저 쌓으세요"},
    "coverage": {"en": "Required covered", "ko": "필수 충족률"},
    "pref_coverage": {"en": "Preferred covered", "ko": "우대 충족률"},
    "weights": {"en": "(weights {met:.2f} of {of:.2f})", "ko": "(가중치 {of:.2f} 중 {met:.2f})"},
    "score": {"en": "Weighted score", "ko": "가중 점수"},
    "experience": {"en": "Experience", "ko": "경력"},
    "asked": {"en": "asked {n}+ years", "ko": "요구 {n}년 이상"},
    "asked_range": {"en": "asked {n}–{high} years", "ko": "요구 {n}~{high}년"},
    "above_range": {
        "en": "more than the range asked (the posting may mean a more junior job)",
        "ko": "요구 범위보다 많음 (공고가 더 낮은 연차의 자리일 수 있음)",
    },
    "shown": {"en": "the resume shows {n} years", "ko": "이력서 {n}년"},
    "short": {"en": "short by {n}", "ko": "{n}년 부족"},
    "short_of_field": {"en": "short by {n} years of {field}", "ko": "{field} {n}년 부족"},
    "held": {
        "en": "held at stretch: under half the years asked (the skills alone say apply)",
        "ko": "요구 연차의 절반에 못 미쳐 '도전 지원'으로 낮춤 (스킬만 보면 '지원하세요')",
    },
    "held_unlisted": {
        "en": "held at stretch: the resume does not say as many of those as careernav could "
        "score (the scored skills alone say apply)",
        "ko": "이 중 이력서에 없는 것이 점수로 본 필수 요건만큼 많아 '도전 지원'으로 낮춤 (점수로 본 "
        "스킬만 보면 '지원하세요')",
    },
    "years_counted": {
        "en": "counted in the required coverage as one requirement, {share} met",
        "ko": "필수 충족률에 요건 하나로 반영, {share} 충족",
    },
    "years_of_field": {"en": "{n} years of {field}", "ko": "{field} {n}년"},
    "with_degree": {"en": "with the {degree}", "ko": "({degree} 기준)"},
    "met_by_degree": {
        "en": "by the {degree}, which the posting accepts instead",
        "ko": "공고가 대신 인정하는 {degree}로",
    },
    "no_dates": {
        "en": "the resume gives no dated jobs or years",
        "ko": "이력서에 재직 기간이나 연차가 없음",
    },
    "in_role": {"en": "({n} as {role})", "ko": "(그중 {role} {n}년)"},
    "in_jobs": {
        "en": "years of the dated jobs whose lines name the skill",
        "ko": "그 스킬이 나오는 경력(기간이 적힌 직장)의 연수",
    },
    "years_plus": {"en": "{n}+ years", "ko": "{n}년 이상"},
    "or": {"en": " or ", "ko": " 또는 "},
    "resume_given": {
        "en": "Warning: {source} reads like a resume, not a job posting. To match it against "
        "a posting: careernav match RESUME POSTING.",
        "ko": "주의: {source}{eun} 채용 공고가 아니라 이력서로 보입니다. 공고와 맞춰 보려면: "
        "careernav match 이력서 공고",
    },
    "swapped": {
        "en": "Note: {resume} reads like a job posting and {posting} like a resume, so "
        "{posting} was matched as the resume against {resume} (the resume comes first: "
        "careernav match RESUME POSTING).",
        "ko": "참고: {resume}{resume_eun} 채용 공고로, {posting}{posting_eun} 이력서로 보여 "
        "{posting}{posting_eul} 이력서로 삼아 {resume}에 맞춰 봤습니다 (이력서를 먼저: "
        "careernav match 이력서 공고).",
    },
    "wished": {
        "en": "Wished for, not counted as evidence",
        "ko": "희망 사항이라 근거로 세지 않음",
    },
    "lacking": {
        "en": "Said to be lacking, not counted as evidence",
        "ko": "경험이 없다고 적혀 있어 근거로 세지 않음",
    },
    "show_in_work": {
        "en": "Named only in your skills list (add a line under experience or projects that "
        "shows where you used each)",
        "ko": "기술 목록에만 있음 (경력이나 프로젝트에 어디에 썼는지 한 줄씩 적어 보세요)",
    },
    "unlisted": {
        "en": "Also asked, in words careernav has no skill for (not scored)",
        "ko": "careernav가 모르는 표현으로 요구하는 것 (점수에 넣지 않음)",
    },
    "in_resume": {"en": "in your resume", "ko": "이력서에 있음"},
    "unscored": {
        "en": "Not in the coverage: {n} required {asks} in words careernav has no skill for, "
        "listed at the end ({said} of {n} in your resume)",
        "ko": "커버리지에 넣지 않은 필수 요건 {n}개: careernav가 모르는 표현이라 맨 아래에 따로 "
        "적었습니다 (이력서에 있는 것 {said}개)",
    },
    "unlisted_named": {
        "en": "Also named as knowledge, in words careernav has no skill for",
        "ko": "careernav가 모르는 표현으로 적힌 지식",
    },
    "matched": {"en": "Matched", "ko": "충족"},
    "partial": {"en": "Counts in part", "ko": "부분 인정"},
    "missing": {"en": "Missing (heaviest first)", "ko": "부족 (중요도 순)"},
    "weight": {"en": "Weight", "ko": "가중치"},
    "why": {"en": "Why", "ko": "이유"},
    "none": {"en": "No known skills found.", "ko": "알려진 스킬을 찾지 못했습니다."},
}


def _t(key: str, lang: str) -> str:
    return L[key][lang]


def _max_bytes(max_size: float | None) -> int | None:
    return int(max_size * 1024 * 1024) if max_size else None


def _read(source: str, max_size: float | None):
    if source == "-":
        return read_stream(sys.stdin.buffer, max_bytes=_max_bytes(max_size))
    return read_document(source, max_bytes=_max_bytes(max_size))


def _extract_record(kb, record) -> dict[str, Any]:
    ex = extract_skills(record["text"], kb=kb, lang=record.get("lang") or "en")
    return {"skills": [mention_view(m) for m in ex.skills]}


def _posting_record(kb, record) -> dict[str, Any]:
    ex = extract_skills(record["text"], kb=kb, doc_type="posting", lang=record.get("lang") or "en")
    roles = infer_roles(kb, ex)
    # no title given: the posting's own first lines, as for a single posting
    named = title_role(kb, record.get("title") or title_of(kb, ex.text))
    return {
        "roles": [{"id": r.id, "score": r.score} for r in roles if r.score > 0],
        "title_role": named[0] if named else None,
        "skills": [mention_view(m) for m in ex.skills],
    }


@click.command()
@click.argument("source", metavar="FILE|-")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Batch: read JSONL lines {"id", "text"}, stream one result per line.',
)
@click.option("--max-size", type=SIZE_MB, help=MAX_SIZE_HELP)
@output_options
def extract(source: str, jsonl: bool, max_size: float | None, lang: str, as_json: bool) -> None:
    """Find the skills in a resume or posting, each with the exact words that show it.

    FILE is .txt, .md, .pdf, .docx, .hwpx, .html or .mhtml; - reads standard input."""
    if jsonl:
        run_batch(source, _extract_record, max_bytes=_max_bytes(max_size), defaults={"lang": lang})
        return
    doc = _read(source, max_size)
    ex = extract_skills(doc, lang=lang)
    if as_json:
        print_json(extraction_view(ex))
        return
    out = console()
    if not ex.skills:
        out.print(_t("none", lang))
        return
    table = Table(
        _t("skill", lang), "ID", _t("section", lang), _t("evidence", lang), _t("years", lang)
    )
    in_jobs = years_by_skill(ex)  # a resume's years per skill from its dated jobs
    for sid, mentions in ex.concepts().items():
        first = mentions[0]
        sections = ", ".join(dict.fromkeys(_section(m.section, lang) for m in mentions))
        years = max((m.years for m in mentions if m.years), default=None)
        table.add_row(
            first.label,
            sid,
            sections,
            escape(_snippet(ex.text, first.start, first.end)),
            str(years) if years else (f"{in_jobs[sid]:g}*" if sid in in_jobs else ""),
        )
    out.print(table)
    if in_jobs:
        out.print(f"* {_t('in_jobs', lang)}")
    for key, found in (("wished", ex.wished()), ("lacking", ex.lacking())):
        if found:
            items = [
                f"{ms[0].label} ({escape(_snippet(ex.text, ms[0].start, ms[0].end))})"
                for ms in found.values()
            ]
            out.print(f"[yellow]{_t(key, lang)}[/yellow]: " + "; ".join(items))
    if phrases := ex.unlisted():
        quoted = ", ".join(escape(f'"{u.text}"') for u in phrases)
        out.print(f"{_t('unlisted_named', lang)}: {quoted}")


@click.command()
@click.argument("source", metavar="FILE|-")
@click.option("--title", help="The posting's title (default: its first line).")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Batch: read JSONL lines {"id", "text", "title"?}, stream one result per line.',
)
@click.option("--max-size", type=SIZE_MB, help=MAX_SIZE_HELP)
@output_options
def posting(
    source: str, title: str | None, jsonl: bool, max_size: float | None, lang: str, as_json: bool
) -> None:
    """Read a job posting: the role it really is, what it requires and prefers, with evidence."""
    if jsonl:
        run_batch(source, _posting_record, max_bytes=_max_bytes(max_size), defaults={"lang": lang})
        return
    kb = default_knowledge_base()
    document = _read(source, max_size)
    if guess_doc_type(document.text) == "resume":
        note = _t("resume_given", lang).format(source=source, eun=josa(source, "은", "는"))
        click.echo(note, err=True)
    analysis = analyze_posting(document, title=title, kb=kb, lang=lang)
    data = posting_view(kb, analysis, lang)
    if as_json:
        print_json(data)
        return
    out = console()
    out.print(f"[bold]{escape(str(data['title'] or data['name']))}[/bold]")
    table = Table(_t("role", lang), _t("share", lang), _t("because", lang))
    for role in [r for r in data["roles"] if r["score"] >= 0.05][:5]:
        drivers = [kb.skills[s["id"]].label.get(lang) for s in role["skills"][:4]]
        drivers += [escape(f'"{p}"') for p in role["phrases"][:2]]
        bar = "█" * round(role["score"] * 20)
        table.add_row(role["label"], f"{role['score']:.0%} {bar}", ", ".join(drivers))
    if table.row_count:
        out.print(table)
    else:
        out.print(_t("no_role", lang))
    if data["title_role"]:
        out.print(f"{_t('title_role', lang)}: {kb.roles[data['title_role']].label.get(lang)}")
    if data["title_outside"]:
        note = _t("outside", lang).format(job=data["title_outside"])
        out.print(f"[yellow]{escape(note)}[/yellow]")
    if data["disagrees"]:
        out.print(f"[yellow]{_t('disagree', lang)}[/yellow]")
    if data["little_ai"]:
        counts = data["ai_skills"]
        note = _t("little_ai", lang).format(ai=counts["asked"], n=counts["of"])
        out.print(f"[yellow]{note}[/yellow]")
    for level in ("required", "preferred"):
        names = _requirement_names([r for r in data["requirements"] if r["level"] == level], lang)
        out.print(
            f"\n[bold]{_t(level, lang)}[/bold]: " + (", ".join(names) or "-"), highlight=False
        )
    if data["unlisted"]:
        out.print(f"\n{_t('unlisted', lang)}: {_unlisted_names(data['unlisted'], lang)}")


def _unlisted_names(asks: list[dict[str, Any]], lang: str) -> str:
    """The posting's own words for what it asks beyond the knowledge base, the level said of
    a plus, and whether the resume says them too (in a match)."""
    names = []
    for ask in asks:
        notes = [_t("preferred", lang)] if ask["level"] == "preferred" else []
        if ask.get("in_resume"):
            notes.append(_t("in_resume", lang))
        quoted = escape(f'"{ask["text"]}"')
        names.append(quoted + (f" ({', '.join(notes)})" if notes else ""))
    return ", ".join(names)


def _requirement_names(requirements: list[dict[str, Any]], lang: str) -> list[str]:
    """Each requirement's label with the years asked; the options of a choice once, joined
    by "or" ("Bachelor's degree or Master's degree", "PyTorch 또는 TensorFlow")."""
    by_id = {r["id"]: r for r in requirements}
    # the options of one choice, linked either way ("CI/CD (e.g. GitHub Actions)" links the
    # example to CI/CD only), in the posting's order
    group_of = {r["id"]: r["id"] for r in requirements}

    def root(sid: str) -> str:
        while group_of[sid] != sid:
            sid = group_of[sid]
        return sid

    for r in requirements:
        for other in r["alternatives"]:
            if other in by_id:
                group_of[root(other)] = root(r["id"])
    names, shown = [], set()
    for r in requirements:
        if r["id"] in shown:
            continue
        options = [o for o in requirements if root(o["id"]) == root(r["id"])]
        shown.update(o["id"] for o in options)
        labels = [
            o["label"]
            + (" (" + _t("years_plus", lang).format(n=o["years"]) + ")" if o["years"] else "")
            for o in options
        ]
        names.append(_t("or", lang).join(labels))
    return names


def _swapped(resume_text: str, posting_text: str) -> bool:
    """Whether the resume reads as a posting and the posting as a resume, by their headings."""
    return guess_doc_type(posting_text) == "resume" and guess_doc_type(resume_text) == "posting"


@click.command(name="match")
@click.argument("resume", metavar="RESUME")
@click.argument("posting_file", metavar="[POSTING]", required=False)
@click.option("--role", "role_id", help="Match against a role (ID or title) instead of a posting.")
@click.option(
    "--apply-at",
    type=click.FloatRange(0, 1),
    default=0.70,
    show_default=True,
    help="Required coverage to apply.",
)
@click.option(
    "--stretch-at",
    type=click.FloatRange(0, 1),
    default=0.50,
    show_default=True,
    help="Required coverage for a stretch.",
)
@click.option("--max-size", type=SIZE_MB, help=MAX_SIZE_HELP)
@output_options
def match_command(
    resume: str,
    posting_file: str | None,
    role_id: str | None,
    apply_at: float,
    stretch_at: float,
    max_size: float | None,
    lang: str,
    as_json: bool,
) -> None:
    """Match a resume against a posting, or against a role with --role.

    Shows required and preferred coverage, a weighted score, matched, partly matched and
    missing skills with evidence on both sides, and a verdict: apply, stretch or build first."""
    if (posting_file is None) == (role_id is None):
        raise click.UsageError("Give a POSTING file or --role ID (one of them).")
    if stretch_at > apply_at:
        raise click.BadParameter("--stretch-at must not be above --apply-at.")
    if posting_file == "-" and resume == "-":
        raise click.UsageError("Only one of RESUME and POSTING can be read from standard input.")
    thresholds = Thresholds(apply=apply_at, stretch=stretch_at)
    resume_doc = _read(resume, max_size)
    target = _read(posting_file, max_size) if posting_file else None
    if target is not None and _swapped(resume_doc.text, target.text):
        # both read as the other kind by their headings: matching a posting as a resume
        # would say nothing, so they are matched the right way round, and the user is told
        note = _t("swapped", lang).format(
            resume=resume,
            posting=posting_file,
            resume_eun=josa(resume, "은", "는"),
            posting_eun=josa(posting_file, "은", "는"),
            posting_eul=josa(posting_file, "을", "를"),
        )
        click.echo(note, err=True)
        resume_doc, target = target, resume_doc
    result = match(resume_doc, target, role=role_id, thresholds=thresholds, lang=lang)
    data = match_view(result)
    if as_json:
        print_json(data)
        return
    out = console()
    out.print(f"[bold]{escape(str(data['target']['label'] or data['target']['id']))}[/bold]")
    colour = {"apply": "green", "stretch": "yellow", "build-first": "red"}[result.verdict]
    out.print(f"{_t('verdict', lang)}: [bold {colour}]{_t(result.verdict, lang)}[/]")
    if result.verdict_before_years:
        out.print(f"  [yellow]{_t('held', lang)}[/]")
    out.print(
        f"{_t('coverage', lang)}: {percent(result.required_coverage)}"
        + _weights_said(data["required_weights"], lang)
    )
    if result.preferred_coverage is not None:
        out.print(
            f"{_t('pref_coverage', lang)}: {percent(result.preferred_coverage)}"
            + _weights_said(data["preferred_weights"], lang)
        )
    out.print(f"{_t('score', lang)}: {percent(result.score)}")
    if unscored := [u for u in result.unlisted if u.level == "required"]:
        said = sum(u.in_resume for u in unscored)
        asks = "ask" if len(unscored) == 1 else "asks"
        note = _t("unscored", lang).format(n=len(unscored), said=said, asks=asks)
        out.print(f"[yellow]{note}[/]")
        if result.verdict_before_unlisted:
            out.print(f"  [yellow]{_t('held_unlisted', lang)}[/]")
    experience = data["experience"]
    if experience["years_asked"] or experience["years_shown"]:
        parts = []
        if experience["years_asked_high"]:
            parts.append(
                _t("asked_range", lang).format(
                    n=experience["years_asked"], high=experience["years_asked_high"]
                )
            )
        elif experience["years_asked"]:
            asked = _t("asked", lang).format(n=experience["years_asked"])
            if experience["asked_with_degree"]:
                asked += " " + _t("with_degree", lang).format(
                    degree=escape(experience["asked_with_degree"])
                )
            parts.append(asked)
        if experience["years_shown"]:
            shown = _t("shown", lang).format(n=experience["years_shown"])
            if experience["years_in_role"]:
                shown += " " + _t("in_role", lang).format(
                    n=experience["years_in_role"], role=escape(experience["role"])
                )
            parts.append(shown)
        elif experience["years_asked"]:
            parts.append(_t("no_dates", lang))
        if experience["above_range"]:
            parts.append(f"[yellow]{_t('above_range', lang)}[/]")
        if experience["short_by"]:
            # the shortfall is of the years counted: those of the field when the ask names one
            short = (
                _t("short_of_field", lang).format(
                    n=experience["short_by"], field=escape(experience["field"])
                )
                if experience["field"]
                else _t("short", lang).format(n=experience["short_by"])
            )
            parts.append(f"[yellow]{short}[/]")
        if experience["credit"] is not None:
            share = f"{experience['credit']:.0%}"
            counted = _t("years_counted", lang).format(share=share)
            if experience["met_by_degree"]:  # a degree the posting accepts instead
                counted += (
                    " ("
                    + _t("met_by_degree", lang).format(degree=escape(experience["met_by_degree"]))
                    + ")"
                )
            elif experience["field"]:  # the ask names a field: its years count
                of_field = _t("years_of_field", lang).format(
                    n=experience["years_in_field"], field=escape(experience["field"])
                )
                counted += f" ({of_field})"
            parts.append(counted)
        out.print(f"{_t('experience', lang)}: " + "; ".join(parts))
    for key in ("matched", "partial", "missing"):
        rows = data[key]
        if not rows:
            continue
        # "fold", not rich's default "ellipsis": a word longer than its column (a name with
        # its Korean particle, "BERT가") is broken, never cut short
        table = Table(title=None)
        for column in (_t(key, lang), _t("weight", lang), _t("why", lang), _t("evidence", lang)):
            table.add_column(column, overflow="fold")
        for row in rows:
            evidence = row["resume_evidence"][:1] or row["target_evidence"][:1]
            quote = (
                escape(f'"{evidence[0]["text"]}" ({_section(evidence[0]["section"], lang)})')
                if evidence
                else ""
            )
            level = _t(row["level"], lang)
            table.add_row(f"{row['label']} [{level}]", f"{row['weight']:.2f}", row["why"], quote)
        out.print(table)
    if data["show_in_work"]:
        names = ", ".join(escape(s["label"]) for s in data["show_in_work"])
        out.print(f"{_t('show_in_work', lang)}: {names}")
    if data["unlisted"]:
        out.print(f"{_t('unlisted', lang)}: {_unlisted_names(data['unlisted'], lang)}")


def _weights_said(weights: dict[str, float] | None, lang: str) -> str:
    """ "(weights 1.50 of 2.25)": what a coverage is the share of, as the rows below add up."""
    if not weights:
        return ""
    return " " + _t("weights", lang).format(met=weights["met"], of=weights["of"])


def _section(kind: str, lang: str) -> str:
    """A section's name in the user's language, from the web app's catalog (one translation
    of "requirements" → "자격요건" for both)."""
    if lang == "en":
        return kind
    from careernav.web.i18n import gettext_for  # Babel, only when Korean is asked for

    return gettext_for(lang)(kind)


def _snippet(text: str, start: int, end: int, context: int = 25) -> str:
    left = text[max(0, start - context) : start].replace("\n", " ")
    right = text[end : end + context].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


COMMANDS = [extract, posting, match_command]
