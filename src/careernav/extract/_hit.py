"""A raw mention, as the matchers find it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw mention: concept, span [start, end) in the original text, how it matched."""

    skill_id: str
    start: int
    end: int
    how: str  # "alias", "exact", "list", "typo" or "action"
