"""Misspelt tool names ("Pytroch", "Kubernets", "Tensorflw") — only where unambiguous.

A symmetric-delete index (as in SymSpell) over the Latin names of 7+ letters proposes
candidates; the OSA edit distance (a transposition counts once) must be 1, and exactly one
concept may be within reach. Only capitalised tokens are tried: in running prose a lower-case
word one letter away from a tool name is far more often an ordinary word than a typo.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from careernav.extract.matcher import Hit

MIN_LENGTH = 7
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{6,}(?![A-Za-z0-9])")
_LATIN_KEY = re.compile(r"[a-z]+")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class TypoIndex:
    def __init__(self, alias_index: dict[str, str]):
        self._aliases = alias_index
        self._index: dict[str, set[str]] = {}
        for key in alias_index:
            if len(key) >= MIN_LENGTH and _LATIN_KEY.fullmatch(key):
                for variant in {key, *_deletes(key)}:
                    self._index.setdefault(variant, set()).add(key)

    def find(self, text: str, taken: list[Hit]) -> list[Hit]:
        from careernav.extract.matcher import Hit

        busy = [(h.start, h.end) for h in taken]
        found = []
        for match in _TOKEN.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in busy):
                continue
            word = match.group().casefold()
            if word in self._aliases:
                continue  # a real name, already judged by the main matcher
            keys: set[str] = set()
            for variant in {word, *_deletes(word)}:
                keys |= self._index.get(variant, set())
            owners = {self._aliases[k] for k in keys if OSA.distance(word, k) == 1}
            if len(owners) == 1:
                found.append(Hit(owners.pop(), start, end, "typo"))
        return found
