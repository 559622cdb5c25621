"""A posting, read: its skills with evidence, what it requires and prefers, and its real role."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from careernav.extract import Extraction, SkillMention, extract_skills
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.match.roles import RoleScore, infer_roles, title_role

REQUIRED_SECTIONS = frozenset({"requirements", "responsibilities"})


@dataclass(frozen=True)
class Requirement:
    """A skill the posting asks for, at the level its sections give it."""

    id: str
    label: str
    level: str  # "required" or "preferred"
    evidence: list[SkillMention]
    years: int | None = None
    # Other concepts the posting accepts instead ("PyTorch or TensorFlow", "Python 또는 Java").
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class PostingAnalysis:
    extraction: Extraction
    title: str | None
    roles: list[RoleScore]
    title_role: str | None
    title_evidence: str | None
    requirements: list[Requirement]

    @property
    def top_role(self) -> str | None:
        return self.roles[0].id if self.roles and self.roles[0].score > 0 else None

    @property
    def disagrees(self) -> bool:
        """The title names one role and the content says another."""
        return bool(self.title_role and self.top_role and self.title_role != self.top_role)

    def required(self) -> list[Requirement]:
        return [r for r in self.requirements if r.level == "required"]

    def preferred(self) -> list[Requirement]:
        return [r for r in self.requirements if r.level == "preferred"]


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip(" \t#*=-")
        if line:
            return line[:200]
    return None


def requirements_of(extraction: Extraction, kb: KnowledgeBase | None = None) -> list[Requirement]:
    """Skills asked for, required before preferred, in order of first mention.

    Requirements and duties make a skill required; "preferred" sections make it preferred;
    text under no heading counts as required only when the posting has no such sections.
    Benefits, the company intro and the hiring process never state requirements. An industry
    outside the requirements counts only when asked for as experience or knowledge."""
    kinds = {s.kind for s in extraction.sections}
    structured = bool(kinds & (REQUIRED_SECTIONS | {"preferred"}))
    kb = kb or default_knowledge_base()
    found: dict[str, list[SkillMention]] = {}
    cues = _Cues(extraction.text)
    mentions = [
        m
        for m in extraction.requirement_mentions()
        if kb.skills[m.id].kind != "industry" or cues.asks_for_industry(m)
    ]
    groups = alternative_groups(extraction.text, mentions, kb)
    accepts: dict[str, set[str]] = {}
    for mention, group in zip(mentions, groups, strict=True):
        found.setdefault(mention.id, []).append(mention)
        # A skill accepts alternatives only if every mention of it offers them: "Python or
        # Java" on one line and "Python" alone on another means Python is wanted as such.
        others = group - {mention.id}
        accepts[mention.id] = accepts[mention.id] & others if mention.id in accepts else others
    result = []
    for sid, mentions in found.items():
        # A line that says "is a plus" or "우대" prefers, whatever section it is in.
        sections = {"preferred" if cues.prefers(m) else m.section for m in mentions}
        if sections & REQUIRED_SECTIONS or (not structured and "other" in sections):
            level = "required"
        elif "preferred" in sections:
            level = "preferred"
        else:
            continue  # only in an intro paragraph of a structured posting: context, not an ask
        years = max((m.years for m in mentions if m.years), default=None)
        alternatives = tuple(other for other in found if other in accepts.get(sid, ()))
        result.append(Requirement(sid, mentions[0].label, level, mentions, years, alternatives))
    return sorted(result, key=lambda r: r.level != "required")


# An industry named in a duty or an intro is context ("our healthcare platform"); asked for,
# it is named in the requirements, or as experience or knowledge of it.
_INDUSTRY_ASK = re.compile(
    r"experience|background|knowledge|familiar|understanding|expertise|exposure|domain"
    r"|경험|경력|지식|이해|도메인|업계|배경",
    re.IGNORECASE,
)


# Words by which a line says that what it names is welcome, not required.
_PREFERENCE = re.compile(
    r"\b(?:(?:is|are|would be|a big|a huge) (?:a )?plus|preferred|nice[- ]to[- ]have|bonus"
    r"|desirable|desired|ideally|is an advantage|advantageous)\b|우대|가산점|있으면 좋|면 더 좋",
    re.IGNORECASE,
)
_REQUIRED_WORDS = re.compile(r"\b(?:required|must|mandatory)\b|필수", re.IGNORECASE)


_SENTENCE_REACH = 300  # characters each side: a run-on "sentence" is cut there
# A line, a sentence or a clause after a semicolon: "3+ years of Python; Kubernetes is a plus"
# prefers Kubernetes only.
_CLAUSE_ENDS = ("\n", ". ", "; ")


def _sentence(text: str, mention: SkillMention) -> tuple[int, int]:
    """The sentence (or line) around a mention, at most _SENTENCE_REACH characters each way
    (so that a document with no line breaks costs no more than one with them)."""
    low = max(0, mention.start - _SENTENCE_REACH)
    high = min(len(text), mention.end + _SENTENCE_REACH)
    start = max(text.rfind(b, low, mention.start) for b in _CLAUSE_ENDS) + 1
    start = max(start, low)
    ends = [text.find(b, mention.end, high) for b in _CLAUSE_ENDS]
    return start, min((i for i in ends if i != -1), default=high)


class _Cues:
    """Where a text says "experience", "is a plus" or "required": found once per document,
    then looked up per mention's sentence by bisection (a document of one endless line with
    thousands of mentions stays linear)."""

    def __init__(self, text: str):
        self.text = text
        self._spots = {
            name: [m.start() for m in pattern.finditer(text)]
            for name, pattern in (
                ("ask", _INDUSTRY_ASK), ("prefer", _PREFERENCE), ("require", _REQUIRED_WORDS)
            )
        }  # fmt: skip

    def near(self, name: str, mention: SkillMention) -> bool:
        start, end = _sentence(self.text, mention)
        spots = self._spots[name]
        i = bisect.bisect_left(spots, start)
        return i < len(spots) and spots[i] < end

    def asks_for_industry(self, mention: SkillMention) -> bool:
        return mention.section in ("requirements", "preferred") or self.near("ask", mention)

    def prefers(self, mention: SkillMention) -> bool:
        if mention.section == "preferred":
            return True
        return self.near("prefer", mention) and not self.near("require", mention)


# What may stand between two skills of one list: a comma, a slash, or a word that offers a
# choice.
_COMMA_GAP = re.compile(r"\s*[,·]\s*")
_SLASH_GAP = re.compile(r"\s*[/|]\s*")
_OR_GAP = re.compile(
    r"\s*,?\s*(?:or|and/or|또는|혹은|및/또는|or\s+similar\s+tools?\s+like)\s*"
    r"|(?:이나|나)\s+",  # Korean "A이나 B": the particle is glued to the first name
    re.IGNORECASE,
)


def substitutes(kb: KnowledgeBase, a: str, b: str) -> bool:
    """Whether two concepts do the same job: related, or two cases of one broader concept
    (AWS and GCP, Tableau and Power BI) — what "A/B" in a posting offers as a choice."""
    first, second = kb.skills[a], kb.skills[b]
    if b in first.related or a in second.related:
        return True
    return first.broader is not None and first.broader == second.broader


def alternative_groups(
    text: str, mentions: list[SkillMention], kb: KnowledgeBase
) -> list[frozenset[str]]:
    """For each mention, the concepts of the "A, B or C" choice it stands in (just its own
    concept when it stands in none).

    Mentions next to each other on one line, joined by commas, slashes or by "or", "또는",
    "혹은", "이나", form a run; a run is a choice when at least one of its joints offers one
    ("Python, Java or Go"), and a plain list otherwise ("Python, SQL"). A slash offers a
    choice only between substitutes, and only between the two names it joins: "AWS/GCP" is
    either, "Python/SQL" is both, and "SQL, Java, C/C++, Git" asks for all but C or C++."""
    groups = [frozenset({m.id}) for m in mentions]
    run: list[list[int]] = []  # items of the run; an item is names a slash made one choice
    chooses = False

    def close() -> None:
        if chooses:
            parts = [[i for item in run for i in item]]
        else:
            parts = [item for item in run if len(item) > 1]
        for part in parts:
            choice = frozenset(mentions[i].id for i in part)
            if len(choice) > 1:
                for i in part:
                    groups[i] = choice

    for i, mention in enumerate(mentions):
        if run:
            previous = mentions[run[-1][-1]]
            gap = text[previous.end : mention.start]
            if "\n" not in gap:
                if _OR_GAP.fullmatch(gap):
                    run.append([i])
                    chooses = True
                    continue
                if _SLASH_GAP.fullmatch(gap):
                    if substitutes(kb, previous.id, mention.id):
                        run[-1].append(i)
                    else:
                        run.append([i])
                    continue
                if _COMMA_GAP.fullmatch(gap):
                    run.append([i])
                    continue
            close()
        run, chooses = [[i]], False
    if run:
        close()
    return groups


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
        title = first_line(extraction.text)
    named = title_role(kb, title)
    return PostingAnalysis(
        extraction=extraction,
        title=title,
        roles=infer_roles(kb, extraction),
        title_role=named[0] if named else None,
        title_evidence=named[1] if named else None,
        requirements=requirements_of(extraction, kb),
    )
