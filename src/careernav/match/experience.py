"""Years of experience a resume shows: in all, as one role, and with one skill.

A dated job counts toward a role when its title names that role: "Machine Learning Engineer —
Coupang   Mar 2022 – Present", "(주)쿠키커머스 | ML 엔지니어 | 2022.07 ~ 재직중". The title is looked
for on the period's own line, then on the one or two lines above it and the line below
(resumes put the company and the title over or under the dates, in either order), never on a
bullet: a bullet is a duty ("- worked with data analysts"), not a title. The role of a title is the one `title_role` gives a posting title.

A skill named in a job's block (its title and dates, and the lines under them up to the next
job) counts that job's months toward the skill: "Python" in the bullets of a job held from
2022.03 to today shows 4.7 years of Python without the resume saying so. The block of a job
starts at its dates, or at the one or two lines above them that are no bullets (the company
and the title written over the dates).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from careernav.extract import Extraction
from careernav.extract._languages import SPOKEN
from careernav.extract.tenure import Period, Tenure, find_periods, tenure, union_months
from careernav.extract.years import DEGREES, find_years
from careernav.knowledge import KnowledgeBase
from careernav.match.cues import Cues
from careernav.match.posting import PostingAnalysis
from careernav.match.roles import _model, title_role
from careernav.match.scoring import MatchResult, SkillMatch, used_through, with_years_asked
from careernav.text import josa

_BULLET = re.compile(r"\s*(?:[-*•·▪◦‣∙ㆍ>▶►]|\d+[.)])\s")


@dataclass(frozen=True)
class Job:
    """One dated job: its months, the skills its block names (with the broader concepts they
    are cases of) and the role its title names."""

    start: tuple[int, int]  # (year, month)
    end: tuple[int, int]
    skills: frozenset[str]
    role: str | None

    def period(self) -> Period:
        return Period(self.start, self.end, "", 0, 0)


@dataclass(frozen=True)
class Experience:
    """What a resume's dated jobs show, read once for a match."""

    shown: float | None  # years in all (or stated, whichever is more)
    by_role: dict[str, float]  # role ID -> years in jobs whose title names it
    by_skill: dict[str, float]  # skill ID -> years of the jobs whose blocks name it
    jobs: tuple[Job, ...] = ()  # each dated job (none known for an analysis stored before)


def experience(kb: KnowledgeBase, resume: Extraction, today: date | None = None) -> Experience:
    dated = tenure(resume.text, resume.sections, today)
    heads = _heads(resume, dated)
    blocks = _blocks(resume, dated, _implied(kb), heads)
    jobs = tuple(
        Job(
            period.start,
            period.end,
            frozenset(block.skills),
            _role_of_job(kb, resume.text, period, heads[period]),
        )
        for period, block in blocks
    )
    return Experience(_shown(resume, dated), _years_by_role(jobs), _years_of(blocks), jobs)


@lru_cache(maxsize=4)
def _implied(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """What a job naming a skill does too: the concepts it is a case of (a job that names
    object detection is a job of computer vision) and the one language it is used through
    (Spring Batch is Java work, pandas Python work), as a match counts them."""
    implied = {sid: tuple(wider) for sid, wider in _model(kb).broader.items()}
    language_of = {sid: lang for lang, users in used_through(kb).items() for sid in users}
    for _ in range(2):  # a framework of a framework of one language: Spring Batch, Spring Boot
        for sid, skill in kb.skills.items():
            if sid in language_of or skill.kind not in ("framework", "library"):
                continue
            through = {language_of.get(p) for p in skill.prerequisites}
            if len(through) == 1 and None not in through:
                language_of[sid] = through.pop()
    for sid, language in language_of.items():
        implied[sid] = (*implied.get(sid, ()), language)
    return implied


def years_shown(resume: Extraction, today: date | None = None) -> float | None:
    """Years of work a resume shows: its dated jobs, or the years it states ("경력 5년"),
    whichever is more."""
    return _shown(resume, tenure(resume.text, resume.sections, today))


def years_by_role(
    kb: KnowledgeBase, resume: Extraction, today: date | None = None
) -> dict[str, float]:
    """Role ID -> years of the resume's dated jobs whose title names that role (overlapping
    jobs counted once)."""
    return experience(kb, resume, today).by_role


def years_by_skill(resume: Extraction, today: date | None = None) -> dict[str, float]:
    """Skill ID -> years of the dated jobs whose blocks name it (overlapping jobs counted
    once), for the skills a resume shows as evidence. Empty for a posting, which has no
    experience section."""
    return _by_skill(resume, tenure(resume.text, resume.sections, today))


def _shown(resume: Extraction, dated: Tenure | None) -> float | None:
    candidates = [y for y in (dated.years if dated else None, resume.years) if y]
    return max(candidates) if candidates else None


def _years_by_role(jobs: tuple[Job, ...]) -> dict[str, float]:
    """Role ID -> years of the jobs whose title names it (overlapping jobs counted once)."""
    periods_of: dict[str, list[Period]] = {}
    for job in jobs:
        if job.role:
            periods_of.setdefault(job.role, []).append(job.period())
    return {rid: round(union_months(ps) / 12, 1) for rid, ps in periods_of.items()}


def _by_skill(
    resume: Extraction, dated: Tenure | None, broader: dict[str, list[str]] | None = None
) -> dict[str, float]:
    """Skill ID -> years of the jobs whose blocks name it, or with `broader`, name it or a
    narrower skill."""
    return _years_of(_blocks(resume, dated, broader))


@dataclass
class _Block:
    """What a job's block names: every skill (`skills`), and of those, the ones named only on
    lines that say when they began within the job ("Since 2025, analyze sensor data with
    Python", "2023년부터 Kubernetes 도입"), by that start (`later`)."""

    skills: set[str]
    later: dict[tuple[int, int], set[str]]


def _years_of(blocks: list[tuple[Period, _Block]]) -> dict[str, float]:
    """Skill ID -> years of the jobs whose blocks name it (overlapping jobs counted once); a
    skill named only since a year within a job counts from then."""
    periods_of: dict[str, list[Period]] = {}
    for period, block in blocks:
        since = {sid: start for start, sids in sorted(block.later.items()) for sid in sids}
        for sid in block.skills:
            if sid in since:
                start = since[sid]
                periods_of.setdefault(sid, []).append(Period(start, period.end, "", 0, 0))
            else:
                periods_of.setdefault(sid, []).append(period)
    return {sid: round(union_months(ps) / 12, 1) for sid, ps in periods_of.items()}


# A line that says when its work began within a job: "Since 2025, …", "From March 2023 …",
# "2023년부터 …", "2023년 3월부터 …", "2023.03부터"
_SINCE = re.compile(
    r"\b(?i:since|from)[ \t]+(?:(?P<en_month>[A-Z][a-z]{2,8})[ \t]+)?(?P<en_year>(?:19|20)\d\d)\b"
    r"|(?P<ko_year>(?:19|20)\d\d)[ \t]*(?:년|\.)[ \t]*(?:(?P<ko_month>\d{1,2})[ \t]*월?[ \t]*)?부터"
)
_MONTHS = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _since(line: str, period: Period) -> tuple[int, int] | None:
    """The (year, month) a line says its work began, when it lies inside `period` after its
    start."""
    found = _SINCE.search(line)
    if found is None:
        return None
    year = int(found.group("en_year") or found.group("ko_year"))
    month_word = found.group("en_month")
    if month_word:
        month = _MONTHS.get(month_word[:3].lower())
        if month is None:
            return None  # "from Google 2019"
    else:
        month = int(found.group("ko_month") or 1)
        if not 1 <= month <= 12:
            return None
    start = (year, month)
    return start if period.start < start <= period.end else None


# The column of dates in a resume form's header row: "근무기간 회사명 …", "Period | Company"
_PERIOD_COLUMN = re.compile(r"(?:근무|재직|재학)?기간|\b(?:period|dates|duration)\b", re.IGNORECASE)


def _heads(resume: Extraction, dated: Tenure | None) -> dict[Period, int]:
    """Where the block of each dated job starts (`_block_start`). Where a section's first job
    opens with its dates ("2021.07 ~ 재직중" as the first words under "경력사항", the company on
    the line below), every job of the section does: the lines over a later job's dates are then the
    wrapped end of the job before ("…, Python 데이터" / "품질 검증 도구 개발"), not its
    company and title."""
    heads: dict[Period, int] = {}
    dates_first: dict[int, bool] = {}
    for period in sorted(dated.periods if dated else [], key=lambda p: p.start_offset):
        floor = _floor(resume, period.start_offset)
        line_start = resume.text.rfind("\n", 0, period.start_offset) + 1
        if floor not in dates_first:
            # the dates open their line, and nothing stands over it in the section but the
            # header row of a table ("근무기간 회사명 직급/부서 담당업무")
            over = resume.text[floor : period.start_offset].strip()
            dates_first[floor] = not over or (
                "\n" not in over and _PERIOD_COLUMN.search(over) is not None
            )
        if dates_first[floor]:
            heads[period] = line_start
        else:
            heads[period] = _block_start(resume.text, period.start_offset, floor)
    return heads


def _blocks(
    resume: Extraction,
    dated: Tenure | None,
    broader: dict[str, list[str]] | None = None,
    heads: dict[Period, int] | None = None,
) -> list[tuple[Period, _Block]]:
    """Each dated job with the skills its block names (and, with `broader`, the concepts
    they are cases of), in the order of the text."""
    if dated is None:
        return []
    heads = heads if heads is not None else _heads(resume, dated)
    periods = sorted(dated.periods, key=lambda p: p.start_offset)
    starts = [heads[p] for p in periods]
    ends = [*starts[1:], None]
    shown = resume.concepts()
    blocks = []
    for period, start, end in zip(periods, starts, ends, strict=True):
        section_end = next(
            (s.end for s in resume.sections if s.start <= period.start_offset < s.end),
            len(resume.text),
        )
        # the block ends at the next job or with the experience section, whichever is first
        stop = section_end if end is None else min(end, section_end)
        skills: set[str] = set()
        throughout: set[str] = set()  # named on a line that gives no later start
        later: dict[tuple[int, int], set[str]] = {}
        for mention in resume.skills:
            if start <= mention.start < stop and mention.id in shown:
                named = (mention.id, *(broader or {}).get(mention.id, ()))
                skills.update(named)
                line = resume.text[
                    resume.text.rfind("\n", 0, mention.start) + 1 : _line_end(
                        resume.text, mention.start
                    )
                ]
                since = (
                    _since(line, period)
                    if "부터" in line or "rom" in line or "ince" in line
                    else None
                )
                if since is None:
                    throughout.update(named)
                else:
                    later.setdefault(since, set()).update(named)
        later = {when: sids - throughout for when, sids in later.items() if sids - throughout}
        blocks.append((period, _Block(skills, later)))
    return blocks


def _role_of_job(kb: KnowledgeBase, text: str, period: Period, head: int) -> str | None:
    """The role the job's title names: on the dates' own line, on the lines over them from
    `head` (the company and the title, in either order, nearest first), or on the line below."""
    start = text.rfind("\n", 0, period.start_offset) + 1
    end = _line_end(text, period.end_offset)
    own = text[start : period.start_offset] + " " + text[period.end_offset : end]
    above = reversed(text[head : max(start - 1, head)].split("\n")) if head < start else []
    below = text[end + 1 : _line_end(text, end + 1)] if end < len(text) else ""
    for line in (own, *above, below):
        if line.strip() and not _BULLET.match(line):
            found = title_role(kb, line)
            if found:
                return found[0]
    return None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _block_start(text: str, offset: int, floor: int = 0) -> int:
    """Where the block of the job dated at `offset` starts: its line, or up to two lines
    above that could be the company and the title — not blank, no bullet, no sentence or the
    wrapped end of one (PDF and DOCX resumes put no blank line between jobs), and never
    above `floor` (the section's first line under its heading)."""
    start = text.rfind("\n", 0, offset) + 1
    for _ in range(2):
        if start <= floor:
            break
        above = max(text.rfind("\n", 0, start - 1) + 1, floor)
        line = text[above : start - 1]
        # "2. 문서 OCR 모델 경량화" over "프로젝트명: …" / "기간: …": a 경력기술서's numbered
        # project title heads the block below it, not the project above
        titled = _NUMBERED_TITLE.match(line) is not None and _LABELLED.match(text, start)
        if (
            not line.strip()
            or (_BULLET.match(line) and not titled)
            or _NOT_A_TITLE.search(line)
            or find_periods(line)  # another job's
        ):
            break
        start = above
    return start


_NUMBERED_TITLE = re.compile(r"\s*\d{1,2}[.)]\s+\S")
# A labelled field of an item: "프로젝트명: …", "기간: 2023.04 ~ 2024.12", "Period: …"
_LABELLED = re.compile(r"[ \t]*[^\s:：|]{1,12}[ \t]*[:：]")

# A line that ends a sentence, or goes on from the line before it: "…with XGBoost.", "and
# Airflow on AWS", "(EKS)" (but "(주)새봄커머스" is a company)
_NOT_A_TITLE = re.compile(r"[.!?;。]\s*$|^\s*[a-z]|^\s*\([^)]*\)\s*$")


def _floor(resume: Extraction, offset: int) -> int:
    """The first line of the section holding `offset`, under its heading."""
    for section in resume.sections:
        if section.start <= offset < section.end:
            if section.heading:
                return min(_line_end(resume.text, section.start) + 1, offset)
            return section.start
    return 0


def _field_of_years_ask(
    kb: KnowledgeBase,
    posting: PostingAnalysis,
    asked: float,
    by_skill: dict[str, float],
    by_role: dict[str, float],
    lang: str,
    matched: Sequence[SkillMatch] = (),
    jobs: Sequence[Job] = (),
) -> tuple[str, float] | None:
    """The field a posting's years ask names ("MLOps 경력 10년 이상", "3+ years of
    experience developing computer vision systems": a required skill asked with those very
    years) and the resume's years in it: of the dated jobs that name the field, or of those
    whose title names the posting's role, whichever is more (none at all: 0, as ten years of
    accounting are no year of MLOps). None when the ask names no field ("경력 5년 이상"):
    see `_related_work`."""
    fields = [r.id for r in posting.requirements if r.level == "required" and r.years == asked]
    if not fields:
        return None
    shown = [(by_skill.get(f, 0.0), kb.skills[f].label.get(lang)) for f in fields]
    # a field the resume shows through another skill counts the years of the jobs naming
    # that skill, as its row of the match says ("Data analysis is closely related …; 5.2 years of it"): "3+ years as
    # a data scientist or in a similar analytical role"
    for match in matched:
        if match.id in fields and match.credit and by_skill.get(match.via_skill or ""):
            shown.append((by_skill[match.via_skill], kb.skills[match.via_skill].label.get(lang)))
        # the years the resume states of the field itself ("Backend engineer with 7 years")
        if match.id in fields and match.credit == 1 and match.years_shown:
            shown.append((float(match.years_shown), kb.skills[match.id].label.get(lang)))
    role = posting.top_role
    if role and by_role.get(role):
        shown.append((by_role[role], kb.roles[role].label.get(lang)))
    # a job whose title names a role that centrally does the field is years in it: seven
    # years as a machine learning engineer are seven of software development
    for f in fields:
        if central := _years_in_central_roles(kb, jobs, f):
            shown.append((central[0], kb.skills[f].label.get(lang)))
    years, label = max(shown, key=lambda item: item[0])
    return label, years


def _fields_done_in_jobs(
    kb: KnowledgeBase,
    result: MatchResult,
    asked: float,
    jobs: Sequence[Job],
    not_had: frozenset[str] | set[str],
    lang: str,
) -> MatchResult:
    """`result` with each field the years ask names ("3+ years of software development")
    met by the dated jobs whose titles name a role that centrally does it, when nothing else
    showed it: seven years as a machine learning engineer show software development. Not a
    field the resume says it lacks or wishes for."""
    skills = []
    for s in result.skills:
        if s.credit or s.level != "required" or s.years_asked != asked or s.id in not_had:
            skills.append(s)
            continue
        central = _years_in_central_roles(kb, jobs, s.id)
        if central is None:
            skills.append(s)
            continue
        years, role = central
        title = kb.roles[role].label.get(lang)
        if lang == "ko":
            why = f"{title} 경력 {years:g}년: {s.label}{josa(s.label, '은', '는')} 그 직무의 핵심 업무"
        else:
            why = f"{years:g} years as {title}, whose work centrally is {s.label}"
        skills.append(
            replace(s, credit=1.0, via="title", via_skill=s.id, why=why, years_shown=years)
        )
    return replace(result, skills=skills)


# How central a field must be to a role (its weight there) for a job of that role to count as
# years in the field: machine learning engineers develop software (0.6); not their linear
# algebra, which no posting asks years of.
CENTRAL_WEIGHT = 0.6
_FIELD_KINDS = frozenset({"practice", "concept", "method"})


def _years_in_central_roles(
    kb: KnowledgeBase, jobs: Sequence[Job], field: str
) -> tuple[float, str] | None:
    """The years of the dated jobs whose titles name a role central to `field` (overlaps
    once), and the role of the most of them; None when no job's does."""
    months: dict[str, list[Period]] = {}
    for job in jobs:
        if job.role and _central(kb, job.role, field):
            months.setdefault(job.role, []).append(job.period())
    if not months:
        return None
    role = max(months, key=lambda r: union_months(months[r]))
    return round(union_months([p for ps in months.values() for p in ps]) / 12, 1), role


def _central(kb: KnowledgeBase, role: str, field: str) -> bool:
    weight = kb.roles[role].skill_weights().get(field)
    return (
        weight is not None
        and weight[1] == "core"
        and weight[0] >= CENTRAL_WEIGHT
        and kb.skills[field].kind in _FIELD_KINDS
    )


# A degree, then "or", then the years: "석사 이상 또는 학사 + 경력 5년 이상", "PhD or MS with 3+
# years of experience", "PhD or 5+ years of industry experience". Not "Bachelor's in CS or a
# related field and 5+ years": what follows "or" must be another degree, or the years.
_OR = re.compile(r"또는|혹은|\bor\b", re.IGNORECASE)
_YEARS_NEXT = re.compile(
    r"[\s,(]*(?:(?:관련|실무)\s*)?(?:경력|at\s+least|a\s+minimum\s+of)?[\s:]*\Z", re.I
)


def _degree_instead(
    kb: KnowledgeBase, posting: PostingAnalysis, asked: float, result: MatchResult, lang: str
) -> tuple[str, float | None] | None:
    """For a degree the resume meets that the line of the years ask offers as another way in
    ("석사 이상 또는 학사 + 경력 5년 이상", "Master's with 3+ years, or Bachelor's with 5+"): its
    label and the years it asks itself (None: the degree stands in for the years). The degree
    stands before "or", and its row in the match is met (a higher degree meets a lower one)."""
    text = posting.extraction.text
    degrees_at = [m.start for m in posting.extraction.skills if m.id in DEGREES]
    met = {s.id for s in result.skills if s.credit == 1}
    for requirement in posting.requirements:
        if requirement.id not in DEGREES or requirement.id not in met:
            continue
        for mention in requirement.evidence:
            line_end = _line_end(text, mention.end)
            after = text[mention.end : line_end]
            or_at = _OR.search(after)
            if or_at is None:
                continue
            own = find_years(after[: or_at.start()])  # "Master's with 3+ years, or …"
            if own and own[0].years >= asked:
                continue
            rest_at = mention.end + or_at.end()
            rest = text[rest_at:line_end]
            for phrase in find_years(rest):
                if phrase.years != asked:
                    continue
                # another degree between "or" and the years, or the years right after "or"
                another = any(rest_at <= at < rest_at + phrase.start for at in degrees_at)
                if another or (not own and _YEARS_NEXT.match(rest[: phrase.start])):
                    label = kb.skills[requirement.id].label.get(lang)
                    return label, (own[0].years if own else None)
                break
    return None


def _equivalent_accepted(posting: PostingAnalysis, asked: float) -> bool:
    """Whether the posting's field ask accepts equivalent experience in its clause ("또는
    이에 준하는 경험", "or equivalent experience")."""
    cues = Cues(posting.extraction.text, posting.extraction.skills)
    return any(
        cues.experience_instead(m)
        for r in posting.requirements
        if r.level == "required" and r.years == asked
        for m in r.evidence
    )


# "경력 5년 이상" in an ML posting asks for years of work of that kind, as a recruiter reads it:
# ten years as an accountant before two as a data scientist are not twelve.
_RELATED_WORK = {"en": "related work", "ko": "관련 업무"}
_NO_EVIDENCE_KINDS = frozenset({"soft-skill", "habit"})


def _related_work(
    kb: KnowledgeBase, posting: PostingAnalysis, jobs: tuple[Job, ...], lang: str
) -> tuple[str, float] | None:
    """For a years ask that names no field: the years of the resume's jobs related to the
    posting, when some dated job is not; None when every job counts (or none is known).

    A job is related when its title names one of the roles, or its block names a skill the
    posting asks for or its role needs (or a case of one: TensorFlow for "deep learning"),
    or it names no skill at all (nothing says it is unrelated). A job whose skills are all
    others (Excel and ERP against an MLOps posting) is not; soft skills and the languages
    one speaks tell no work apart."""
    if not jobs:
        return None
    asked = {r.id for r in posting.requirements}
    asked.update(a for r in posting.requirements for a in r.alternatives)
    if posting.top_role in kb.roles:
        asked.update(kb.roles[posting.top_role].skill_weights())
    related = []
    for job in jobs:
        telling = {s for s in job.skills if _tells_work_apart(kb, s)}
        if job.role or not telling or telling & asked:
            related.append(job)
    if len(related) == len(jobs):
        return None
    years = round(union_months([job.period() for job in related]) / 12, 1)
    return _RELATED_WORK.get(lang, _RELATED_WORK["en"]), years


def _tells_work_apart(kb: KnowledgeBase, sid: str) -> bool:
    return kb.skills[sid].kind not in _NO_EVIDENCE_KINDS and sid not in SPOKEN


def with_posting_years(
    kb: KnowledgeBase,
    result: MatchResult,
    posting: PostingAnalysis,
    read: Experience,
    lang: str,
    not_had: frozenset[str] | set[str] = frozenset(),
) -> MatchResult:
    """`result` with the posting's years ask ("경력 5년 이상", "MLOps 경력 10년 이상") counted
    as one requirement of its required coverage, against what the resume shows (`read`);
    `result` as it is when the posting asks no years."""
    asked = posting.extraction.years
    if not asked:
        return result
    result = _fields_done_in_jobs(kb, result, asked, read.jobs, not_had, lang)
    field = _field_of_years_ask(
        kb, posting, asked, read.by_skill, read.by_role, lang, result.skills, read.jobs
    )
    if field is None:
        field = _related_work(kb, posting, read.jobs, lang)
    elif _equivalent_accepted(posting, asked):
        # "데이터 분석 경력 2년 이상 또는 이에 준하는 경험": related work counts as well
        related = _related_work(kb, posting, read.jobs, lang)
        if related is not None and related[1] > field[1]:
            field = related
        elif related is None and read.jobs and (read.shown or 0) > field[1]:
            field = None  # every dated job is related: all the years count
    degree, own_years = _degree_instead(kb, posting, asked, result, lang) or (None, None)
    instead = degree if own_years is None else None
    if own_years is not None:
        asked = own_years  # the degree the resume holds asks fewer years of its own
    counted = with_years_asked(result, asked, read.shown, field, instead)
    return replace(
        counted,
        years_asked=asked,
        years_asked_high=posting.extraction.years_high,
        years_shown=read.shown,
        years_degree=degree if own_years is not None else None,
    )
