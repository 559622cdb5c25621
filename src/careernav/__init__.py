"""careernav — AI Career Navigator.

The public API. Everything else is an implementation detail and may change.
"""

from __future__ import annotations

from careernav.documents import Document, read_document
from careernav.errors import CareernavError, KnowledgeBaseError, NotFoundError
from careernav.extract import Extraction, SkillMention, extract_skills
from careernav.knowledge import KnowledgeBase, default_knowledge_base, load_knowledge_base
from careernav.match import MatchResult, PostingAnalysis, analyze_posting, match

__version__ = "0.1.0"

__all__ = [
    "CareernavError",
    "Document",
    "Extraction",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "MatchResult",
    "NotFoundError",
    "PostingAnalysis",
    "SkillMention",
    "__version__",
    "analyze_posting",
    "default_knowledge_base",
    "extract_skills",
    "load_knowledge_base",
    "match",
    "read_document",
]
