"""Find every mention of a knowledge-base concept in a text, with exact character spans.

One Aho-Corasick automaton (pyahocorasick) holds every normalised name of every concept. The
text is normalised the same way, searched once, and each hit is mapped back to the original
text, checked for word boundaries, and resolved leftmost-longest. Case-sensitive names (Go, R)
are kept only where the original spelling matches exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from careernav.extract._boundaries import ends_cleanly, lone_letter_in_context, starts_cleanly
from careernav.extract._normalize import normalize_with_offsets
from careernav.extract._typos import TypoIndex
from careernav.knowledge import KnowledgeBase
from careernav.text import exact_key, normalize


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw mention: concept, span [start, end) in the original text, how it matched."""

    skill_id: str
    start: int
    end: int
    how: str  # "alias", "exact" or "typo"


class SkillMatcher:
    """Built once per knowledge base; `find` is then safe to call from many threads."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        automaton = ahocorasick.Automaton()
        for key, sid in kb.alias_index.items():
            automaton.add_word(key, (len(key), sid, None))
        # Several exact spellings can share a key ("Spark", "SPARK"): keep them all.
        exact_forms: dict[str, tuple[str, set[str]]] = {}
        for exact, sid in kb.exact_index.items():
            exact_forms.setdefault(normalize(exact), (sid, set()))[1].add(exact)
        for key, (sid, forms) in exact_forms.items():
            automaton.add_word(key, (len(key), sid, frozenset(forms)))
        automaton.make_automaton()
        self._automaton = automaton
        self._typos = TypoIndex(kb.alias_index)

    def find(self, text: str, typos: bool = True) -> list[Hit]:
        """Non-overlapping mentions in `text`, in order of position."""
        if not text:
            return []
        norm = normalize_with_offsets(text)
        offsets = norm.offsets
        candidates: list[Hit] = []
        for end_index, (length, sid, exact) in self._automaton.iter(norm.text):
            start = offsets[end_index - length + 1]
            end = offsets[end_index] + 1
            if not (starts_cleanly(text, start) and ends_cleanly(text, end)):
                continue
            if exact is not None and (
                exact_key(text[start:end]) not in exact
                or not lone_letter_in_context(text, start, end)
            ):
                continue
            candidates.append(Hit(sid, start, end, "exact" if exact else "alias"))
        hits = _leftmost_longest(candidates)
        if typos:
            hits = _leftmost_longest(hits + self._typos.find(text, hits))
        return hits


def _leftmost_longest(candidates: list[Hit]) -> list[Hit]:
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(candidates, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen
