"""Normalised text with a map back to the original offsets.

The matcher searches `NormalizedText.text` (NFKC, case-folded, separators removed — the same
key `careernav.text.normalize` makes of every alias) and reports spans in the original text
through `offsets`: `offsets[i]` is the index in the original of normalised character `i`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from careernav.text import SEPARATORS


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    offsets: list[int]


def normalize_with_offsets(original: str) -> NormalizedText:
    folded = unicodedata.normalize("NFKC", original).casefold()
    if len(folded) == len(original):
        # The common case: one character in, one out, so positions line up.
        keep = [i for i, ch in enumerate(folded) if ch not in SEPARATORS]
        return NormalizedText("".join(folded[i] for i in keep), keep)
    # Some characters expand (ß → ss, ﬁ → fi): fold them one by one.
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(original):
        for out in unicodedata.normalize("NFKC", ch).casefold():
            if out not in SEPARATORS:
                chars.append(out)
                offsets.append(i)
    return NormalizedText("".join(chars), offsets)
