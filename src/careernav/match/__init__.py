"""Reading postings and matching resumes against postings and roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from careernav.errors import CareernavError, quotable
from careernav.extract import LISTED, Extraction, extract_skills, only_listed
from careernav.extract.unlisted import WordsOf
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.match.experience import experience, with_posting_years
from careernav.match.posting import PostingAnalysis, Requirement, analyze_posting
from careernav.match.roles import RoleScore, _model
from careernav.match.scoring import (
    MatchResult,
    SkillMatch,
    Thresholds,
    UnlistedMatch,
    match_posting,
    match_role,
    used_through,
)
from careernav.text import josa

__all__ = [
    "MatchResult",
    "PostingAnalysis",
    "Requirement",
    "RoleScore",
    "SkillMatch",
    "Thresholds",
    "UnlistedMatch",
    "analyze_posting",
    "match",
]


def match(
    resume: Any,
    posting: Any = None,
    *,
    role: str | None = None,
    kb: KnowledgeBase | None = None,
    thresholds: Thresholds | None = None,
    lang: str = "en",
    today: date | None = None,
) -> MatchResult:
    """Match a resume (text, `Document` or `Extraction`) against a posting (text, `Document`
    or `PostingAnalysis`) or, with `role=`, against one of the 15 roles (ID or title).

    `today` ends the resume's current jobs ("2022.03 ~ 현재"); it defaults to today."""
    kb = kb or default_knowledge_base()
    thresholds = thresholds or Thresholds()
    if (posting is None) == (role is None):
        raise CareernavError("Match against a posting or a role: give exactly one of them.")
    if not isinstance(resume, Extraction):
        resume = extract_skills(resume, kb=kb, doc_type="resume", lang=lang)
    read = experience(kb, resume, today)
    if role is not None:
        rid = kb.role(role).id
        result = match_role(kb, resume.match_evidence(), rid, thresholds, lang)
    else:
        if not isinstance(posting, PostingAnalysis):
            posting = analyze_posting(posting, kb=kb, lang=lang)
        if not posting.requirements:
            name = quotable(posting.extraction.name or "")
            called = f" {name}" if name else ""
            raise CareernavError(
                f"The posting{called} names no skill careernav knows, so there is nothing to "
                "match. Check that it is a job posting with its requirements.",
                ko=f"채용 공고{called}에서 careernav가 아는 스킬을 찾지 못해 비교할 것이 없습니다. "
                "요구 사항이 담긴 채용 공고인지 확인해 주세요.",
            )
        rid = posting.top_role
        result = match_posting(kb, resume.match_evidence(), posting, thresholds, lang)
    result = _skill_years(_explain_wishes(result, resume, lang), read.by_skill, lang)
    result = _mark_listed_only(kb, result, resume)
    if posting is not None:
        result = with_posting_years(
            kb, result, posting, read, lang, not_had=frozenset(resume.said_not_had())
        )
        result = _held_for_unlisted(replace(result, unlisted=_unlisted(posting, resume)))
    return replace(result, years_shown=read.shown, **_in_role(kb, read.by_role, rid, lang))


# An "apply" is held at "stretch" when at least this many required asks careernav could not
# score are not in the resume, and no fewer than the required asks it did score.
UNSAID_TO_HOLD = 2


def _held_for_unlisted(result: MatchResult) -> MatchResult:
    """An "apply" resting on a few scored asks while as many required ones, in words careernav
    does not know, are not in the resume is a stretch: the coverage speaks for too little of
    the posting ("여신 심사", "자금세탁방지", "바젤 III" unsaid beside SQL and Python met)."""
    if result.verdict != "apply":
        return result
    scored = sum(s.level == "required" for s in result.skills)
    unsaid = sum(u.level == "required" and not u.in_resume for u in result.unlisted)
    if unsaid < max(UNSAID_TO_HOLD, scored):
        return result
    return replace(result, verdict="stretch", verdict_before_unlisted="apply")


def _unlisted(posting: PostingAnalysis, resume: Extraction) -> list[UnlistedMatch]:
    """The posting's asks the knowledge base has no concept for, the required first, each
    with whether the resume's text says it (`WordsOf.says`)."""
    asks = sorted(posting.unlisted(), key=lambda a: a.level != "required")
    if not asks:
        return []
    said = WordsOf(resume.text)
    return [
        UnlistedMatch(
            a.text,
            a.level,
            said.says(a.text),
            a.evidence.start,
            a.evidence.end,
            a.evidence.section,
        )
        for a in asks
    ]


def _in_role(kb: KnowledgeBase, years: dict[str, float], rid: str | None, lang: str) -> dict:
    if not rid or not years.get(rid):
        return {}
    return {"years_in_role": years[rid], "role_label": kb.roles[rid].label.get(lang)}


def _explain_wishes(result: MatchResult, resume: Extraction, lang: str) -> MatchResult:
    """A missing skill the resume only wishes for, or says it lacks, says so: the reader
    sees it was read. So does one it says so of and names in its skills all the same, which
    counts for half."""
    wished, lacking, said = resume.wished(), resume.lacking(), resume.said_not_had()
    if not wished and not lacking and not said:
        return result
    ko = lang == "ko"

    def listed(s) -> str:
        if said[s.id] == "lacking":
            if ko:
                return (
                    f"이력서에 {s.label} 경험이 없다고 적혀 있어, 기술 목록에만 있는 것은 절반 인정"
                )
            return (
                f"the resume says it lacks {s.label}, so naming it among its skills counts for half"
            )
        if ko:
            topic = f"{s.label}{josa(s.label, '은', '는')}"
            return (
                f"이력서에 {topic} 희망하거나 배우는 중인 것으로 나와, 기술 목록에만 있는 것은 "
                "절반 인정"
            )
        return (
            f"the resume names {s.label} as a wish or as being learned, so naming it among its "
            "skills counts for half"
        )

    def why(s) -> str:
        if s.id in lacking:
            if ko:
                return f"이력서에 {s.label} 경험이 없다고 적혀 있어 근거가 아님"
            return f"the resume says it lacks {s.label}, which is not evidence"
        if ko:
            topic = f"{s.label}{josa(s.label, '은', '는')}"
            return f"이력서에 {topic} 희망하거나 배우는 중인 것으로만 나와 근거가 아님"
        return f"the resume names {s.label} only as a wish or as being learned, not as evidence"

    skills = [
        replace(s, why=why(s))
        if s.credit == 0 and (s.id in wished or s.id in lacking)
        else replace(s, why=listed(s))
        if s.via == "basic" and s.id in said and only_listed(s.resume_evidence)
        else s
        for s in result.skills
    ]
    return replace(result, skills=skills)


# Credit through another skill, in part: what the list names is that skill, not this one (GCP
# half met by a listed AWS is no GCP "named only in the skills list").
_NOT_THE_SKILL = frozenset({"related", "needed"})


def _mark_listed_only(kb: KnowledgeBase, result: MatchResult, resume: Extraction) -> MatchResult:
    """Mark the skills met only by names in the resume's skills list: neither they, a concept
    under them ("Llama 3" under LLMs) nor a library of their language only (FastAPI for
    Python) appear in a line of work, a project or the summary. Not a degree, a field of
    study, a certificate or a language, shown where it is listed (no line of work to add for
    it), nor a major or a course the education names ("B.S. in Statistics")."""
    listed = {
        s.id
        for s in result.skills
        if s.credit
        and s.resume_evidence
        and s.via not in _NOT_THE_SKILL
        and kb.skills[s.id].category != "domains"
        and all(m.section == "skills" for m in s.resume_evidence)
    }
    if not listed:
        return result
    worked = {m.id for ms in resume.concepts().values() for m in ms if m.section not in LISTED}
    worked |= {lang for lang, users in used_through(kb).items() if users & worked}
    broader = _model(kb).broader  # each concept's chain of wider ones
    in_work = worked | {wider for sid in worked for wider in broader.get(sid, ())}
    skills = [
        replace(s, listed_only=True) if s.id in listed and s.via_skill not in in_work else s
        for s in result.skills
    ]
    return replace(result, skills=skills)


def _skill_years(result: MatchResult, in_jobs: dict[str, float], lang: str) -> MatchResult:
    """Each matched skill's years: those the resume states ("5 years of Python") or those of
    the jobs that name it, whichever is more; set beside the years the posting asks."""
    skills = []
    for s in result.skills:
        years = max(s.years_shown or 0, in_jobs.get(s.via_skill or "", 0)) or None
        why = s.why
        if s.credit and s.years_asked and years:
            short = years < s.years_asked
            if lang == "ko":
                why += (
                    f"; 이력서상 {years:g}년{'뿐' if short else ''} (요구 {s.years_asked}년 이상)"
                )
            else:
                only = "only " if short else ""
                why += f"; {only}{years:g} years of it in the resume ({s.years_asked}+ asked)"
        skills.append(replace(s, years_shown=years, why=why))
    return replace(result, skills=skills)
