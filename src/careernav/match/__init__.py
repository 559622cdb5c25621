"""Reading postings and matching resumes against postings and roles."""

from __future__ import annotations

from typing import Any

from careernav.errors import CareernavError
from careernav.extract import Extraction, extract_skills
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.match.posting import PostingAnalysis, Requirement, analyze_posting
from careernav.match.roles import RoleScore
from careernav.match.scoring import MatchResult, SkillMatch, Thresholds, match_posting, match_role

__all__ = [
    "MatchResult",
    "PostingAnalysis",
    "Requirement",
    "RoleScore",
    "SkillMatch",
    "Thresholds",
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
) -> MatchResult:
    """Match a resume (text, `Document` or `Extraction`) against a posting (text, `Document`
    or `PostingAnalysis`) or, with `role=`, against one of the 15 roles (ID or title)."""
    kb = kb or default_knowledge_base()
    thresholds = thresholds or Thresholds()
    if (posting is None) == (role is None):
        raise CareernavError("Match against a posting or a role: give exactly one of them.")
    if not isinstance(resume, Extraction):
        resume = extract_skills(resume, kb=kb, doc_type="resume", lang=lang)
    if role is not None:
        return match_role(kb, resume.concepts(), kb.role(role).id, thresholds, lang)
    if not isinstance(posting, PostingAnalysis):
        posting = analyze_posting(posting, kb=kb, lang=lang)
    if not posting.requirements:
        raise CareernavError(
            f"The posting {posting.extraction.name or ''} names no skill careernav knows, so "
            "there is nothing to match. Check that it is a job posting with its requirements."
        )
    return match_posting(kb, resume.concepts(), posting, thresholds, lang)
