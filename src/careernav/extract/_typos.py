"""Misspelt tool names ("Pytroch", "Kubernets", "Tensorflw") — only where unambiguous.

Candidates are the Latin names of 7+ letters that share the token's first letter and are
within one character of its length; the OSA edit distance (a transposition counts once)
must be exactly 1, and exactly one concept may be that close. A name of six letters is
shorter than most words one edit away from it, so there only two neighbouring letters
swapped count ("Pyhton", "Kotiln": slips of the fingers, not other words). Only capitalised tokens are
tried: in running prose a lower-case word one letter away from a tool name is far more often
an ordinary word than a typo. For the same reason an English word ("Detection", "Perception",
"Directs") is never read as a misspelt name ("Detectron", "Perceptron", "DirectX"), unless
it is that name's own singular or plural ("Dashboard" for "dashboards").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from careernav.extract.matcher import Hit

MIN_LENGTH = 7
SWAP_LENGTH = 6  # names this long are only matched with two neighbouring letters swapped
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{5,}(?![A-Za-z0-9])")
_LATIN_KEY = re.compile(r"[a-z]+")
# Endings that turn one English word into another form of it ("directs", "detected").
_INFLECTIONS = ("s", "es", "ed", "d", "ing")


class TypoIndex:
    def __init__(self, alias_index: dict[str, str], ordinary_words: frozenset[str] = frozenset()):
        self._aliases = alias_index
        self._ordinary = ordinary_words
        self._groups: dict[tuple[str, int], list[str]] = {}
        self._swaps: dict[str, list[str]] = {}  # six-letter names by their letters, sorted
        for key in alias_index:
            if len(key) >= MIN_LENGTH and _LATIN_KEY.fullmatch(key):
                for length in (len(key) - 1, len(key), len(key) + 1):
                    self._groups.setdefault((key[0], length), []).append(key)
            elif len(key) == SWAP_LENGTH and _LATIN_KEY.fullmatch(key):
                self._swaps.setdefault(_sorted_letters(key), []).append(key)
        # The same capitalised words ("Experience", "Requirements") come back in every
        # document: judge each once.
        self._owner_of = lru_cache(maxsize=65536)(self._closest_owner)

    def find(self, text: str, taken: list[Hit]) -> list[Hit]:
        from careernav.extract.matcher import Hit

        covered = bytearray(len(text) + 1)
        for h in taken:
            covered[h.start : h.end] = b"\x01" * (h.end - h.start)
        found = []
        for match in _TOKEN.finditer(text):
            start, end = match.span()
            if covered[start] or covered[end - 1]:
                continue
            owner = self._owner_of(match.group().casefold())
            if owner is not None:
                found.append(Hit(owner, start, end, "typo"))
        return found

    def _closest_owner(self, word: str) -> str | None:
        """The one concept whose name is one edit from `word`, or None."""
        if len(word) == SWAP_LENGTH:
            return self._swapped_owner(word)
        candidates = self._groups.get((word[0], len(word)))
        if not candidates or word in self._aliases:
            return None  # nothing close, or a real name already judged by the main matcher
        close = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=1, limit=None)
        keys = [key for key, distance, _ in close if distance == 1]
        if keys and self._is_english(word):
            keys = [key for key in keys if _singular(key) == _singular(word)]
        owners = {self._aliases[key] for key in keys}
        return owners.pop() if len(owners) == 1 else None

    def _swapped_owner(self, word: str) -> str | None:
        """The one concept whose six-letter name is `word` with two neighbouring letters
        swapped, the first letter kept."""
        if word in self._aliases or self._is_english(word):
            return None
        keys = [
            key
            for key in self._swaps.get(_sorted_letters(word), ())
            if key[0] == word[0] and OSA.distance(word, key) == 1
        ]
        owners = {self._aliases[key] for key in keys}
        return owners.pop() if len(owners) == 1 else None

    def _is_english(self, word: str) -> bool:
        if word in self._ordinary:
            return True
        return any(
            word.endswith(ending) and word[: -len(ending)] in self._ordinary
            for ending in _INFLECTIONS
        )


def _sorted_letters(word: str) -> str:
    return "".join(sorted(word))


def _singular(word: str) -> str:
    for ending in ("es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_LENGTH - 2:
            return word[: -len(ending)]
    return word
