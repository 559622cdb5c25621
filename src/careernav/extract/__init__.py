"""From text to skills with evidence: every mention of a knowledge-base concept, with its span,
the section it sits in, and the years of experience attached to it."""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

from careernav.extract._normalize import prepare
from careernav.extract.aspiration import wish_kinds
from careernav.extract.levels import basic_mentions
from careernav.extract.matcher import Hit, SkillMatcher
from careernav.extract.negation import denied_asks, disclaimed
from careernav.extract.sections import (
    NOT_EVIDENCE,
    NOT_REQUIREMENTS,
    DocType,
    Section,
    SectionIndex,
    sections_and_type,
)
from careernav.extract.unlisted import Unlisted, unlisted_phrases
from careernav.extract.years import (
    DEGREES,
    SentenceBounds,
    YearsPhrase,
    find_years,
    is_general,
    joined_before,
    segments,
    within_brackets,
    within_cell,
)
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.text import normalize

__all__ = [
    "NOT_HAD",
    "Extraction",
    "SkillMention",
    "Unlisted",
    "extract_skills",
    "matcher_for",
    "not_had",
    "only_listed",
]

# A mention's `how` in what a match reads of a resume, for a skill the resume says it lacks or
# only wishes for and shows nowhere: it gets no credit, not even through the skills it shows.
NOT_HAD = "not-had"
# The sections where a resume names a skill without saying it used it: a list of skills, a
# course taken. A name there says no more of a skill than the resume says elsewhere.
LISTED = frozenset({"skills", "education"})
_RESEARCH_INTERESTS = frozenset(map(normalize, ("Research interests", "연구 관심 분야")))


def only_listed(evidence) -> bool:
    """Whether a skill's evidence is all in a resume's lists of skills and courses."""
    return bool(evidence) and all(m.section in LISTED for m in evidence)


@dataclass(frozen=True, slots=True)
class SkillMention:
    """One piece of evidence: `text[start:end]` names concept `id` inside `section`."""

    id: str
    label: str
    start: int
    end: int
    text: str
    section: str
    # "alias", "exact", "list", "typo" or "action" (a verb and its object); `NOT_HAD` in what
    # a match reads, for a skill the resume says it lacks or only wishes for
    how: str = "alias"
    years: float | None = None  # whole years, or with months ("7년 9개월": 7.75)
    level: str | None = None  # "basic" where a resume grades it so ("Familiar: Rust", "Go(기초)")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Extraction:
    text: str
    doc_type: str
    sections: list[Section]
    skills: list[SkillMention]
    years: float | None = None  # years asked for / claimed for the whole document
    name: str | None = None
    lang_hint: str = "en"
    # The prepared text the matcher searched, kept so later steps need not redo it.
    prepared: str | None = field(default=None, repr=False, compare=False)
    _by_id: dict[str, list[SkillMention]] = field(default_factory=dict, repr=False, compare=False)
    _denied: list[frozenset[int]] = field(default_factory=list, repr=False, compare=False)
    _wishes: list[tuple[str | None, ...]] = field(default_factory=list, repr=False, compare=False)
    _said: list[dict[str, str]] = field(default_factory=list, repr=False, compare=False)
    # the upper bound of the document's years, when it gives a range ("경력 3~7년")
    years_high: float | None = None
    _unlisted: list[list[Unlisted]] = field(default_factory=list, repr=False, compare=False)

    def concepts(self) -> dict[str, list[SkillMention]]:
        """Concept ID -> its mentions, in order of first appearance; a resume's hobbies and
        contact details, the skills it only wishes for ("interested in Rust") and those it
        says it lacks ("no hands-on BigQuery experience") are left out: they are not
        evidence of a skill.

        A resume's list of skills or a course it took names a skill and says no more
        (`LISTED`): there a skill is at a basic level at most when the resume says it lacks
        it or only wishes for it ("Kubernetes는 아직 실무 경험이 없고 …" above "기술 스택:
        Kubernetes"), or grades it basic ("C++ (basic)" beside "C++ fundamentals course").
        Its use in a job or a project counts as it is."""
        if not self._by_id:
            resume = self.doc_type == "resume"
            denied = self._disclaimed()
            wishes = self._wish_kinds()
            for i, mention in enumerate(self.skills):
                if mention.section in NOT_EVIDENCE or i in denied:
                    continue
                if resume and wishes[i] is not None:
                    continue
                self._by_id.setdefault(mention.id, []).append(mention)
            if resume:
                said = self.said_not_had()
                for sid, mentions in self._by_id.items():
                    if sid in said or any(m.level == "basic" for m in mentions):
                        self._by_id[sid] = [
                            replace(m, level="basic") if m.section in LISTED else m
                            for m in mentions
                        ]
        return self._by_id

    def unlisted(self) -> list[Unlisted]:
        """The phrases of asked-for knowledge no concept names ("experience with Pulumi",
        "합의 알고리즘에 대한 이해"), in order; none in sections that are not evidence of a
        resume or requirements of a posting. Found on first use: most callers never ask."""
        if not self._unlisted:
            index = SectionIndex(self.sections)
            skip = self.skipped_sections() if self.doc_type == "posting" else NOT_EVIDENCE
            spans = unlisted_phrases(self.text, [(m.start, m.end) for m in self.skills])
            found = [
                Unlisted(a, b, self.text[a:b], section)
                for a, b in spans
                if (section := index.kind_at(a)) not in skip
            ]
            self._unlisted.append(found)  # a list in a list: an empty result is cached too
        return self._unlisted[0]

    def _wish_kinds(self) -> tuple[str | None, ...]:
        """Per mention of a resume, what the wish that names it says (`wish_kind`): "skill",
        "job" or None; all None for a posting."""
        if not self._wishes:
            if self.doc_type == "resume":
                kinds = wish_kinds(self.text, [(m.start, m.end) for m in self.skills])
            else:
                kinds = (None,) * len(self.skills)
            self._wishes.append(kinds)
        return self._wishes[0]

    def said_not_had(self) -> dict[str, str]:
        """Concept ID -> "lacking" or "wished", for each skill a resume says it lacks ("no
        hands-on BigQuery experience") or only wishes for ("currently learning Rust", "앞으로
        Kubeflow를 다뤄 보고 싶습니다"), whether it names it elsewhere too or not. Not the job
        it applies for ("seeking a Python developer role"): that says nothing of its skills."""
        if self.doc_type != "resume":
            return {}
        if not self._said:
            denied = self._disclaimed()
            wishes = self._wish_kinds()
            interests = self._research_interests()
            said: dict[str, str] = {}
            for i, mention in enumerate(self.skills):
                if mention.section == "personal":
                    continue
                if i in denied:
                    said[mention.id] = "lacking"
                elif wishes[i] == "skill" or (
                    mention.section == "goals"
                    and wishes[i] != "job"
                    and not any(s <= mention.start < e for s, e in interests)
                ):
                    said.setdefault(mention.id, "wished")
            self._said.append(said)
        return self._said[0]

    def _research_interests(self) -> list[tuple[int, int]]:
        """Where an academic CV's research interests stand: what its writer works on, shown
        (or not) by the research itself, so no evidence; but no wish either, which would
        cancel that evidence ("Trained 7B language models" under "Reasoning in LLMs")."""
        return [
            (s.start, s.end)
            for s in self.sections
            if s.kind == "goals"
            and normalize((s.heading or "").strip("#*_:：| \t")) in _RESEARCH_INTERESTS
        ]

    def match_evidence(self) -> dict[str, list[SkillMention]]:
        """What a match reads of a resume: its concepts, and for each skill it says it lacks or
        only wishes for and shows nowhere, that mention marked `NOT_HAD` (see `not_had`): no
        credit, not even through what it shows (Airflow is used with Python, but not by a
        resume that says "Python은 기초 문법을 공부하고 있습니다")."""
        shown, said = self.concepts(), self.said_not_had()
        evidence = dict(shown)
        for mention in self.skills:
            if mention.id in said and mention.id not in shown:
                evidence.setdefault(mention.id, [not_had(mention)])
        return evidence

    def _disclaimed(self) -> frozenset[int]:
        """Positions in `skills` of the mentions the text denies: what a resume says it
        lacks, what a posting says it does not ask for."""
        if not self._denied:
            deny = disclaimed if self.doc_type == "resume" else denied_asks
            self._denied.append(frozenset(deny(self.text, self.skills)))
        return self._denied[0]

    def lacking(self) -> dict[str, list[SkillMention]]:
        """Concept ID -> its mentions, for what a resume says it lacks ("no hands-on BigQuery
        experience", "Kotlin 실무 경험 없음") and shows nowhere else: listed so that the
        reader sees why it does not count."""
        if self.doc_type != "resume":
            return {}
        shown = self.concepts()
        lacking: dict[str, list[SkillMention]] = {}
        for i in sorted(self._disclaimed()):
            mention = self.skills[i]
            if mention.id not in shown:
                lacking.setdefault(mention.id, []).append(mention)
        return lacking

    def wished(self) -> dict[str, list[SkillMention]]:
        """Concept ID -> its mentions, for what a resume only wishes for ("interested in
        Rust") and shows nowhere else: listed so that the reader sees why it does not count."""
        if self.doc_type != "resume":
            return {}
        shown = self.concepts()
        denied = self._disclaimed()
        wishes = self._wish_kinds()
        interests = self._research_interests()
        wished: dict[str, list[SkillMention]] = {}
        for i, mention in enumerate(self.skills):
            if mention.id in shown or mention.section == "personal" or i in denied:
                continue
            if any(s <= mention.start < e for s, e in interests):
                continue  # a field of research, neither shown nor wished for
            if mention.section == "goals" or wishes[i] is not None:
                wished.setdefault(mention.id, []).append(mention)
        return wished

    def requirement_mentions(self) -> list[SkillMention]:
        """Mentions outside the sections that never state requirements (benefits, company…).

        When no heading marks duties or requirements at all, a "company" heading may simply be
        the only heading found, with the whole posting under it: then only benefits and the
        hiring process are left out."""
        skip = self.skipped_sections()
        denied = self._disclaimed()
        return [m for i, m in enumerate(self.skills) if m.section not in skip and i not in denied]

    def denied(self) -> list[SkillMention]:
        """The mentions the text denies: a resume's "no hands-on BigQuery experience", a
        posting's "No experience with Spark is needed"."""
        return [self.skills[i] for i in sorted(self._disclaimed())]

    def skipped_sections(self) -> frozenset[str]:
        kinds = {s.kind for s in self.sections}
        if not kinds & {"responsibilities", "requirements", "preferred"}:
            return NOT_REQUIREMENTS - {"company"}
        return NOT_REQUIREMENTS


def not_had(mention: SkillMention) -> SkillMention:
    """`mention` marked as what a resume says it lacks or only wishes for (`NOT_HAD`): a match
    gives it no credit. Its level is basic, so that what reads levels alone (a plan, which
    teaches what is shown at a basic level only) takes it as still to learn."""
    return replace(mention, how=NOT_HAD, level="basic", years=None)


@lru_cache(maxsize=4)
def matcher_for(kb: KnowledgeBase) -> SkillMatcher:
    return SkillMatcher(kb)


def extract_skills(
    text: str,
    *,
    kb: KnowledgeBase | None = None,
    doc_type: DocType = "auto",
    lang: str = "en",
    name: str | None = None,
    typos: bool = True,
) -> Extraction:
    """Every skill mention in `text` (a document's text), with evidence spans and sections.

    `lang` picks the language of the labels; spans always index into `text` itself."""
    if not isinstance(text, str):  # a Document
        name = name or getattr(text, "name", None)
        text = text.text
    kb = kb or default_knowledge_base()
    doc_type, sections = sections_and_type(text, doc_type)
    index = SectionIndex(sections)
    prepared = prepare(text)
    hits = matcher_for(kb).find(text, typos=typos, prepared=prepared)
    if doc_type == "posting" and kb.job_title_keys:
        hits = _without_job_titles(text, hits, kb)
    # a posting's first line is its title: years there ("LLM 엔지니어 (경력 3년↑)") are the
    # job's, not its name's
    title_end = text.find("\n") if doc_type == "posting" else -1
    if title_end > _MAX_TITLE or text[:1] in "-•*·▶":  # a sentence or an item, no title
        title_end = -1
    skill_years, doc_years = _attach_years(
        text, hits, index, max(title_end, 0), resume=doc_type == "resume"
    )
    basic = basic_mentions(text, hits) if doc_type == "resume" else set()
    labels = _labels(kb, lang)
    mentions = [
        SkillMention(
            id=hit.skill_id,
            label=labels[hit.skill_id],
            start=hit.start,
            end=hit.end,
            text=text[hit.start : hit.end],
            section=index.kind_at(hit.start),
            how=hit.how,
            years=skill_years.get(i),
            level="basic" if i in basic else None,
        )
        for i, hit in enumerate(hits)
    ]
    return Extraction(
        text,
        doc_type,
        sections,
        mentions,
        doc_years.years if doc_years else None,
        name,
        lang,
        prepared,
        years_high=doc_years.high if doc_years else None,
    )


_MAX_TITLE = 80


def _without_job_titles(text: str, hits: list[Hit], kb: KnowledgeBase) -> list[Hit]:
    """A posting's "Data Engineer" is the job or a colleague ("work closely with data
    engineers"), not a skill it asks for, unless it asks for time in that job ("3+ years of
    experience as a data scientist", "데이터 엔지니어 경력 3년", "데이터 엔지니어로서의 경험");
    a resume's is the work its writer did."""
    owners, keys = _job_title_owners(kb), kb.job_title_keys
    return [
        h
        for h in hits
        if h.skill_id not in owners
        or normalize(text[h.start : h.end]) not in keys
        or _AS_THE_JOB_BEFORE.search(text, max(0, h.start - 30), h.start)
        or _AS_THE_JOB_AFTER.match(text, h.end)
    ]


# Time asked in a job: "experience as a (senior) data scientist", "3+ years as an ML
# engineer", "데이터 엔지니어 경력"; not the job itself ("As a Data Scientist, you will …")
_AS_THE_JOB_BEFORE = re.compile(
    r"\b(?:experience|years?|yrs|background|worked|working|work)\s+as\s+an?\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_AS_THE_JOB_AFTER = re.compile(r"\s*(?:경력|(?:으)?로서|(?:으)?로\s*\d+\s*년)")


@lru_cache(maxsize=8)
def _labels(kb: KnowledgeBase, lang: str) -> dict[str, str]:
    """Each concept's label in `lang`, looked up once per knowledge base and language."""
    return {sid: skill.label.get(lang) for sid, skill in kb.skills.items()}


@lru_cache(maxsize=4)
def _job_title_owners(kb: KnowledgeBase) -> frozenset[str]:
    """The concepts that have job titles (a handful): only their hits need a second look."""
    return frozenset(sid for sid, skill in kb.skills.items() if skill.job_titles.all())


_OPENS_ASIDE = re.compile(r"[(（][ \t]*\Z")
_CLOSES_ASIDE = re.compile(r"[ \t]*[)）]")


def _alone_in_brackets(text: str, phrase: YearsPhrase) -> bool:
    """Whether the years stand alone in brackets: "(2년 4개월)", "(8 years)"."""
    return (
        _OPENS_ASIDE.search(text, max(0, phrase.start - 3), phrase.start) is not None
        and _CLOSES_ASIDE.match(text, phrase.end) is not None
    )


# "Backend engineer with 7 years of experience", "Data scientist with over 5 years": in a
# resume, the years are those of the field its writer names as their job, too.
_TITLE_WITH = re.compile(
    r"(?:[ \t]+(?:engineer|developer|scientist|analyst|architect|researcher|specialist"
    r"|consultant|professional)s?)?[ \t]+with[ \t]+"
    r"(?:over[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+|almost[ \t]+|about[ \t]+)?",
    re.IGNORECASE,
)


def _title_with(text: str, ends: list[int], phrase: YearsPhrase) -> int | None:
    """The hit that names the writer's job right before "with" and the years, if any."""
    i = bisect.bisect_right(ends, phrase.start) - 1  # the last hit ending before the phrase
    if i < 0 or _TITLE_WITH.fullmatch(text, ends[i], phrase.start) is None:
        return None
    return i


def _attach_years(
    text: str, hits: list[Hit], index: SectionIndex, general_until: int = 0, resume: bool = False
) -> tuple[dict[int, int], YearsPhrase | None]:
    """Years per hit (by position in `hits`) and for the document as a whole; years before
    `general_until` (a posting's title) are the document's only. In a resume, years alone in
    brackets are the document's only when their line says it is a career ("경력사항 (총 8년
    11개월)"): "㈜글로벌무역 — 인턴 (2년 4개월)" is how long one job lasted."""
    per_hit: dict[int, int] = {}
    doc_years: YearsPhrase | None = None
    starts = [h.start for h in hits]  # hits are in order: bisect, not a scan per segment
    ends = [h.end for h in hits]  # in order too: mentions do not overlap
    by_line: dict[tuple[int, int], list[YearsPhrase]] = {}
    phrases = find_years(text)
    if not phrases:
        return per_hit, doc_years
    bounds = SentenceBounds(text)

    def names_in(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, a)
        return i < len(starts) and starts[i] < b

    for phrase in phrases:
        if index.kind_at(phrase.start) not in NOT_REQUIREMENTS:
            by_line.setdefault(bounds.around(phrase.start), []).append(phrase)
    career_years: YearsPhrase | None = None
    for (line_start, line_end), phrases in by_line.items():
        if line_start < general_until:
            if career_years is None:
                career_years = phrases[0]
            continue
        spans = segments(text, phrases, line_start, line_end, ends)
        # "(or a Bachelor's with 7+ years)": years in brackets are the brackets' own, and
        # the names in those brackets are not the years' outside them ("데이터 엔지니어링
        # 경력 5년 이상 (또는 백엔드 개발 경력 포함 7년 이상)": backend is asked for 7)
        line = (line_start, line_end)
        asides = [
            aside if (aside := within_brackets(text, p, *line)) != line else (a, b)
            for p, a, b in spans
        ]
        inner = [aside for aside, (_, a, b) in zip(asides, spans, strict=True) if aside != (a, b)]
        for n, (phrase, seg_start, seg_end) in enumerate(spans):
            outside = asides[n] == (seg_start, seg_end)
            seg_start, seg_end = asides[n]
            # "… | Kubernetes 플랫폼 구축 | 경력 5년 이상 |": a career ask in its own table cell;
            # "3+ years of SQL | Python for scripting": years of the name in their cell
            seg_start, seg_end = within_cell(text, phrase, seg_start, seg_end, names_in)
            first = bisect.bisect_left(starts, seg_start)
            before = bisect.bisect_left(starts, phrase.start)  # the first hit after the phrase
            if first < before and joined_before(text[hits[before - 1].end : phrase.start]):
                first = before  # "… in Statistics, plus 3+ years of industry experience"
            on_segment = range(first, bisect.bisect_left(starts, seg_end))
            for i in on_segment:
                if outside and any(a <= hits[i].start < b for a, b in inner):
                    continue
                if hits[i].skill_id in DEGREES:
                    continue
                per_hit[i] = max(per_hit.get(i, 0), phrase.years)
            if resume and (owner := _title_with(text, ends, phrase)) is not None:
                per_hit[owner] = max(per_hit.get(owner, 0), phrase.years)
            # What the phrase is about runs on to the next phrase: "5+ years in cloud or
            # infrastructure engineering, including 3+ years on AWS".
            about_end = spans[n + 1][0].start if n + 1 < len(spans) else line_end
            if not on_segment and career_years is None:
                if (
                    not resume
                    or is_general(text[line_start:line_end])
                    or not _alone_in_brackets(text, phrase)
                ):
                    career_years = phrase  # "경력 5년 이상": years of the career
            elif doc_years is None and is_general(text[seg_start:about_end]):
                doc_years = phrase  # "5+ years of Python development"
    return per_hit, career_years if career_years is not None else doc_years
