"""careernav — AI Career Navigator.

The public API. Everything else is an implementation detail and may change.
"""

from __future__ import annotations

from careernav.errors import CareernavError, KnowledgeBaseError, NotFoundError
from careernav.knowledge import KnowledgeBase, default_knowledge_base, load_knowledge_base

__version__ = "0.1.0"

__all__ = [
    "CareernavError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "NotFoundError",
    "__version__",
    "default_knowledge_base",
    "load_knowledge_base",
]
