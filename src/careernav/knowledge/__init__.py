"""The knowledge base of AI roles and skills: data files, typed models, and lookups."""

from __future__ import annotations

from functools import lru_cache

from careernav.knowledge.kb import KnowledgeBase, RoleNeed
from careernav.knowledge.loader import DATA_DIR, load_knowledge_base

__all__ = ["DATA_DIR", "KnowledgeBase", "RoleNeed", "default_knowledge_base", "load_knowledge_base"]


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    """The bundled knowledge base, loaded once per process (and cached between processes)."""
    from careernav import __version__
    from careernav.knowledge._cache import load_cached

    return load_cached(DATA_DIR, __version__, load_knowledge_base)
