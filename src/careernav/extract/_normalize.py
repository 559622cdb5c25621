"""Text prepared for matching, with positions that line up with the original.

Aliases are stored in the automaton by their normalised key (NFKC, case-folded, separators
removed — `careernav.text.normalize`). The text is prepared the same way except that
separators become spaces instead of disappearing, so the prepared text has exactly the
original's length; pyahocorasick's `ignore_white_space` then lets "tensor flow",
"tensor-flow" and "tensorflow" all meet the key "tensorflow", and every end position is
already an original offset. The start is found by counting the key's characters back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import ahocorasick

from careernav.extract._boundaries import ends_cleanly, starts_cleanly
from careernav.text import SEPARATORS

# NFKC already turns most Unicode spaces into " "; these remaining ones become " " too, so
# that " " is the only white space in prepared text.
_OTHER_SPACES = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
# One substitution of a character class: str.translate looks every character up in a dict and
# cost half again as much on postings that are not pure ASCII.
_TO_SPACE = re.compile("[" + re.escape("".join(sorted(SEPARATORS | set(_OTHER_SPACES)))) + "]")
ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def prepare(original: str) -> str:
    """NFKC, case-folded, separators as spaces; always the same length as `original`."""
    folded = unicodedata.normalize("NFKC", original).casefold()
    if len(folded) != len(original):
        # A character that expands (ß → ss, ﬁ → fi) keeps its place: fold one by one and
        # leave the rare expanding ones as they were.
        parts = []
        for ch in original:
            out = unicodedata.normalize("NFKC", ch).casefold()
            parts.append(out if len(out) == 1 else ch)
        folded = "".join(parts)
    return _TO_SPACE.sub(" ", folded)


def find_keys(
    automaton: ahocorasick.Automaton, prepared: str, original: str
) -> Iterator[tuple[int, int, tuple]]:
    """(start, end, value) of each automaton key found on word boundaries of `original`.

    Values are tuples whose first item is the key's length."""
    size = len(original)
    for end_index, value in automaton.iter(prepared, ignore_white_space=True):
        end = end_index + 1
        # Most raw hits end inside a longer word ("ai" in "maintain"): drop those first,
        # without a function call.
        if end < size and original[end] in ASCII_WORD and original[end_index] in ASCII_WORD:
            continue
        length = value[0]
        start = end - length
        if start < 0 or " " in prepared[start:end]:
            start = _start_across_spaces(prepared, end_index, length)
        elif start and original[start - 1] in ASCII_WORD and original[start] in ASCII_WORD:
            continue  # starts inside a longer word ("os" in "pos")
        if ends_cleanly(original, end) and starts_cleanly(original, start):
            yield start, end, value


def _start_across_spaces(prepared: str, end_index: int, length: int) -> int:
    """Where a key of `length` characters ending at `end_index` starts, when the text had
    spaces inside it that the automaton skipped ("tensor flow")."""
    remaining, start = length, end_index
    while True:
        if prepared[start] != " ":
            remaining -= 1
            if remaining == 0:
                return start
        start -= 1
