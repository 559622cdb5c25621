"""A posting, read: its skills with evidence, what it requires and prefers, and its real role."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from careernav.extract import Extraction, SkillMention, Unlisted, extract_skills
from careernav.extract.sections import is_stack_heading
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.match.choices import alternative_groups
from careernav.match.cues import Cues
from careernav.match.roles import RoleScore, infer_roles, other_job, other_tech_job, title_role
from careernav.text import normalize

REQUIRED_SECTIONS = frozenset({"requirements", "responsibilities"})


@dataclass(frozen=True)
class Requirement:
    """A skill the posting asks for, at the level its sections give it."""

    id: str
    label: str
    level: str  # "required" or "preferred"
    evidence: list[SkillMention]
    years: float | None = None
    # Other concepts the posting accepts instead ("PyTorch or TensorFlow", "Python 또는 Java").
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnlistedAsk:
    """Knowledge the posting asks for in words no concept of the knowledge base names
    ("Knowledge of consensus protocols", "검색 랭킹에 대한 이해"): quoted for the reader,
    never scored (careernav cannot say what meets it)."""

    text: str
    level: str  # "required" or "preferred"
    evidence: Unlisted


# A role whose share is at least this fraction of the top share leads the content with it.
CLOSE_SHARE = 0.8


def _level_section(cues: Cues, mention: SkillMention, credentials=frozenset()) -> str:
    # a degree or a field of study that experience may stand in for is a plus
    if cues.prefers(mention) or (mention.id in credentials and cues.experience_instead(mention)):
        return "preferred"
    return "requirements" if mention.section == "preferred" else mention.section


# What makes a skill one of AI and data work: its category, or a data or ML role of the map
# weighing it 0.7 or more (SQL for the data analyst, Spark for the data engineer). The roles
# whose stack is largely general software (AI Developer, Computer Scientist, Cloud, MLOps and
# Robotics engineers: Java, Docker, C++) do not make a skill AI work. A posting asking for
# almost none of these is a general posting, whatever AI role comes closest.
AI_CATEGORIES = frozenset({
    "data-analysis", "data-engineering", "math-statistics", "machine-learning", "automl",
    "deep-learning", "reinforcement-learning", "nlp", "computer-vision", "speech-audio",
    "llm-genai", "mlops", "robotics", "research",
})  # fmt: skip
DATA_AND_ML_ROLES = frozenset({
    "data-analyst", "data-scientist", "data-engineer", "ml-engineer", "ai-researcher",
    "cv-engineer", "nlp-engineer", "llm-engineer", "prompt-engineer", "automl-specialist",
})  # fmt: skip
DATA_AND_ML_WEIGHT = 0.7
NOT_COUNTED_KINDS = frozenset({"soft-skill", "habit", "industry"})
LITTLE_AI = 0.2  # below this share of the skills asked, say so


@dataclass(frozen=True)
class PostingAnalysis:
    extraction: Extraction
    title: str | None
    roles: list[RoleScore]
    title_role: str | None
    title_evidence: str | None
    requirements: list[Requirement]
    _unlisted: list[list[UnlistedAsk]] = field(default_factory=list, repr=False, compare=False)

    @property
    def top_role(self) -> str | None:
        return self.roles[0].id if self.roles and self.roles[0].score > 0 else None

    @property
    def title_outside(self) -> str | None:
        """The title's words for a job outside the 15 roles ("Product Manager"), when it names
        none of them: the role mix is then only the closest the map has."""
        if self.title_role:
            return None
        return other_job(self.title) or other_tech_job(self.title)

    @property
    def disagrees(self) -> bool:
        """The title names one role and the content says another: the title's role is not
        among the roles the content leads with (its share below CLOSE_SHARE of the top's).
        21 % against 20 % is a tie, not a disagreement."""
        if not (self.title_role and self.top_role) or self.title_role == self.top_role:
            return False
        share = next((r.score for r in self.roles if r.id == self.title_role), 0.0)
        return share < CLOSE_SHARE * self.roles[0].score

    def ai_skills(self, kb: KnowledgeBase) -> tuple[int, int]:
        """(AI and data skills asked, skills asked): requirements of both levels, soft skills,
        habits and industries left out."""
        asked = [r.id for r in self.requirements if kb.skills[r.id].kind not in NOT_COUNTED_KINDS]
        ai_or_data = _ai_or_data_skills(kb)
        return sum(sid in ai_or_data for sid in asked), len(asked)

    def little_ai(self, kb: KnowledgeBase) -> bool:
        """Whether the posting asks for hardly any AI or data skill."""
        ai, total = self.ai_skills(kb)
        return total > 0 and ai / total < LITTLE_AI

    def required(self) -> list[Requirement]:
        return [r for r in self.requirements if r.level == "required"]

    def unlisted(self) -> list[UnlistedAsk]:
        """What the posting asks for that the knowledge base has no concept for, once each
        (required wins), in order: from the sections that state requirements, not from a
        sentence that offers a benefit or introduces the company."""
        if self._unlisted:  # asked twice by a match shown on a page: found once
            return self._unlisted[0]
        ex = self.extraction
        found = ex.unlisted()
        if not found:
            self._unlisted.append([])  # most postings: no cue the knowledge base does not read
            return []
        cues, skip = Cues(ex.text, ex.skills), ex.skipped_sections()
        asks: dict[str, UnlistedAsk] = {}
        for phrase in found:
            if phrase.section in skip or cues.offers_or_introduces(phrase):
                continue
            level = "preferred" if cues.prefers(phrase) else "required"
            key = normalize(phrase.text)
            if key not in asks or (level == "required" and asks[key].level == "preferred"):
                asks[key] = UnlistedAsk(phrase.text, level, phrase)
        self._unlisted.append(list(asks.values()))
        return self._unlisted[0]

    def preferred(self) -> list[Requirement]:
        return [r for r in self.requirements if r.level == "preferred"]


@lru_cache(maxsize=4)
def _ai_or_data_skills(kb: KnowledgeBase) -> frozenset[str]:
    found = {sid for sid, skill in kb.skills.items() if skill.category in AI_CATEGORIES}
    for rid in DATA_AND_ML_ROLES & kb.roles.keys():
        weights = kb.roles[rid].skill_weights()
        found |= {sid for sid, (weight, _) in weights.items() if weight >= DATA_AND_ML_WEIGHT}
    return frozenset(found)


MAX_TITLE_CHARS = 120  # a longer first line is a sentence of a posting without headings
TITLE_LINES = 3  # "(주)한빛클라우드랩 채용" first, the job's title on the next line


# Lines a saved or forwarded posting opens with that are not its title: an e-mail's header
# ("From: …", "Sent: …"; its subject is kept, less "RE:"/"Fwd:"), and the date and time a
# browser prints at the top of a page ("3/14/25, 3:12 PM", "25. 3. 14. 오후 3:40").
_MAIL_HEADER = re.compile(
    r"(?:from|sent|to|cc|bcc|date|보낸\s*사람|받는\s*사람|참조|날짜|보낸\s*날짜)\s*:", re.IGNORECASE
)
_MAIL_SUBJECT = re.compile(
    r"(?:subject|제목)\s*:\s*(?:(?:re|fwd?|회신|전달)\s*:\s*)*", re.IGNORECASE
)
_PRINTED_AT = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+"
    r"|\d{2,4}\.\s*\d{1,2}\.\s*\d{1,2}\.?\s+(?:오전|오후)\s*\d{1,2}:\d{2}\s+",
    re.IGNORECASE,
)


def _title_line(line: str) -> str:
    """A line as a title candidate: "" for an e-mail header, the subject of a "Subject:"
    line, a printed page's first line without its date and time."""
    if _MAIL_HEADER.match(line):
        return ""
    if subject := _MAIL_SUBJECT.match(line):
        return line[subject.end() :]
    if printed := _PRINTED_AT.match(line):
        return line[printed.end() :]
    return line


def first_lines(text: str, n: int = TITLE_LINES) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = _title_line(line.strip(" \t#*=-")).strip(" \t#*=-")
        if line:
            lines.append(line)
            if len(lines) == n:
                break
    return lines


def first_line(text: str) -> str | None:
    lines = first_lines(text, 1)
    return lines[0] if lines and len(lines[0]) <= MAX_TITLE_CHARS else None


def title_of(kb: KnowledgeBase, text: str) -> str | None:
    """A posting's title from its first lines: the first, unless it names no role and one of
    the next two does (a company's "… 채용" line, then the job)."""
    lines = [line for line in first_lines(text) if len(line) <= MAX_TITLE_CHARS]
    named = next((line for line in lines if title_role(kb, line)), None)
    return named or first_line(text)


def _title_span(
    kb: KnowledgeBase, extraction: Extraction, title: str | None = None
) -> tuple[int, int]:
    """Where the posting's title stands in its text: a line of its own before the first
    section that names a job; (0, 0) when it has none. `title`: the title, when the caller
    has found it and it names a job ("" when it names none)."""
    text = extraction.text
    if title is None:
        title = title_of(kb, text)
        title = title if title and title_role(kb, title) else ""
    if not title:
        return (0, 0)
    first = min((s.start for s in extraction.sections if s.kind != "other"), default=len(text))
    start = text.find(title, 0, first)
    end = start + len(title)
    if start < 0 or "\n" not in text[end:first]:
        return (0, 0)  # a paragraph, not a title line
    return (start, end)


def requirements_of(
    extraction: Extraction, kb: KnowledgeBase | None = None, *, title: str | None = None
) -> list[Requirement]:
    """Skills asked for, required before preferred, in order of first mention.

    Requirements and duties make a skill required; "preferred" sections make it preferred;
    text under no heading counts as required only when the posting has no such sections.
    Benefits, the company intro and the hiring process never state requirements, nor does a
    sentence that offers or introduces ("We offer…", "We are a…") where a posting has no
    headings. An industry outside the requirements counts only when asked for as experience
    or knowledge."""
    kinds = {s.kind for s in extraction.sections}
    structured = bool(kinds & (REQUIRED_SECTIONS | {"preferred"}))
    kb = kb or default_knowledge_base()
    found: dict[str, list[SkillMention]] = {}
    cues = Cues(extraction.text, extraction.skills)
    mentions = [
        m
        for m in extraction.requirement_mentions()
        if (kb.skills[m.id].kind != "industry" or cues.asks_for_industry(m))
        and not (m.id in _business_functions(kb) and cues.names_a_partner(m))
        and not cues.names_an_org_unit(m)
        and not cues.offers_or_introduces(m)
    ]
    groups = alternative_groups(extraction.text, mentions, kb)
    stacks = [
        (s.start, s.end)
        for s in extraction.sections
        if s.kind == "preferred" and is_stack_heading(s.heading)
    ]
    titled = _title_span(kb, extraction, title)
    accepts: dict[str, set[str]] = {}
    asked_accepts: dict[str, set[str]] = {}  # the same, over the asking sections only
    for mention, group in zip(mentions, groups, strict=True):
        found.setdefault(mention.id, []).append(mention)
        # A skill accepts alternatives only if every mention of it offers them: "Python or
        # Java" on one line and "Python" alone on another means Python is wanted as such.
        # Where the requirements say it, the duties do not undo it: "AWS or GCP" asked, with
        # "on AWS and GCP" among the duties, is still either.
        others = group - {mention.id}
        accepts[mention.id] = accepts[mention.id] & others if mention.id in accepts else others
        if mention.section in ("requirements", "preferred"):
            had = asked_accepts.get(mention.id)
            asked_accepts[mention.id] = others if had is None else had & others
    accepts.update(asked_accepts)
    result = []
    for sid, mentions in found.items():
        # A line that says "is a plus" or "우대" prefers, whatever section it is in; one that
        # says "필수" in the preferred section requires ("어학: OPIc IM2 이상 (필수)").
        levels_of = [_level_section(cues, m, _credentials(kb)) for m in mentions]
        if stacks and set(levels_of) & REQUIRED_SECTIONS:
            # the team's stack names what the duties or requirements ask: no plus of it
            levels_of = [
                "responsibilities" if any(a <= m.start < b for a, b in stacks) else level
                for m, level in zip(mentions, levels_of, strict=True)
            ]
        sections = set(levels_of)
        # A skill the posting names as a plus and otherwise only among the duties is a plus:
        # "우대: LoRA 등 파인튜닝 경험" with "LLM 파인튜닝" among the duties does not make
        # fine-tuning experience an ask.
        asked = sections & REQUIRED_SECTIONS or (not structured and "other" in sections)
        # ... but not one the title names: an "AutoML Engineer" whose duties build the AutoML
        # engine requires AutoML, though "AutoML libraries" is also among the pluses
        # (a field of business the title names, "커머스 데이터 분석가", "Healthcare Data
        # Analyst", is the employer's, not an ask)
        in_title = (
            titled[1] > 0
            and kb.skills[sid].category != "domains"
            and any(titled[0] <= m.start < titled[1] for m in mentions)
        )
        if (
            "requirements" in sections
            or (asked and "preferred" not in sections)
            or (in_title and (asked or "preferred" in sections))
        ):
            level = "required"
        elif "preferred" in sections:
            level = "preferred"
        else:
            continue  # only in an intro paragraph of a structured posting: context, not an ask
        # years asked where it is required are not raised by a plus ("Preferred: 5 years of
        # recommender systems" does not make the required ones five)
        years = max(
            (
                m.years
                for m, section in zip(mentions, levels_of, strict=True)
                if m.years and (level == "preferred") == (section == "preferred")
            ),
            default=None,
        )
        alternatives = tuple(other for other in found if other in accepts.get(sid, ()))
        result.append(Requirement(sid, mentions[0].label, level, mentions, years, alternatives))
    # an option named only where nothing is asked (an intro before the headings) is none
    asked = {r.id for r in result}
    result = [
        replace(r, alternatives=tuple(a for a in r.alternatives if a in asked))
        if not asked.issuperset(r.alternatives)
        else r
        for r in result
    ]
    return sorted(result, key=lambda r: r.level != "required")


@lru_cache(maxsize=4)
def _business_functions(kb: KnowledgeBase) -> frozenset[str]:
    """Industries and the practices of a business's departments (marketing, consulting,
    product management): named as a team the job works with, they are no ask."""
    return frozenset(
        sid
        for sid, s in kb.skills.items()
        if s.category == "domains" and s.kind in ("industry", "practice")
    )


@lru_cache(maxsize=4)
def _credentials(kb: KnowledgeBase) -> frozenset[str]:
    """Degrees and fields of study (the concepts of the domains category)."""
    return frozenset(
        sid for sid, s in kb.skills.items() if s.category == "domains" and s.kind == "concept"
    )


def analyze_posting(
    text: Any,
    *,
    title: str | None = None,
    kb: KnowledgeBase | None = None,
    lang: str = "en",
) -> PostingAnalysis:
    """Read a posting (text or a `Document`): skills, requirements, role mix, title role."""
    kb = kb or default_knowledge_base()
    extraction = extract_skills(text, kb=kb, doc_type="posting", lang=lang)
    if title is None:
        # An HTML page names itself (<h1>, <title>); its first line may be its menu bar.
        own = None if isinstance(text, str) else getattr(text, "title", None)
        title = own or title_of(kb, extraction.text)
    named = title_role(kb, title)
    return PostingAnalysis(
        extraction=extraction,
        title=title,
        roles=infer_roles(kb, extraction),
        title_role=named[0] if named else None,
        title_evidence=named[1] if named else None,
        requirements=requirements_of(extraction, kb, title=title if named else ""),
    )
