"""The notes' mind-map of AI jobs, as Mermaid, generated from the knowledge base."""

from __future__ import annotations

import re

from careernav.knowledge.kb import KnowledgeBase

ROOT_LABEL = "AI JOB"  # the root node of the mind-map in the notes (seed:004)


def _node(text: str) -> str:
    # Brackets and parentheses open node shapes in Mermaid's mindmap syntax; keep them out.
    text = re.sub(r"\s*[(\[{]\s*([^)\]}]*)\s*[)\]}]", r" - \1", text)
    return re.sub(r"[()\[\]{}]", "", text).strip()


def mindmap(kb: KnowledgeBase, lang: str = "ko") -> str:
    """Mermaid `mindmap` source: root, one branch per family, one leaf per role.

    Families drawn in the notes keep their node text (e.g. "S/W Dev"); the rest use
    their label in `lang`."""
    lines = ["mindmap", f"  root(({ROOT_LABEL}))"]
    for family, roles in kb.roles_by_family():
        lines.append(f"    {_node(family.mindmap or family.label.get(lang))}")
        lines += [f"      {_node(role.label.get(lang))}" for role in roles]
    return "\n".join(lines) + "\n"
