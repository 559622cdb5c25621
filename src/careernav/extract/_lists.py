"""Lists of names in running text: which mentions stand next to each other joined by a comma,
a slash, "and"/"or", 및/또는, a glued particle ("Python과 Java"). What a denial, a grade or a
wish says of one name it says of the list the name stands in."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol


class Span(Protocol):
    start: int
    end: int


# Markdown emphasis glued to a name ("**Rust**", "`dbt`", "_Go_"): it says nothing of the name,
# so whatever reads the words around a name reads past it.
EMPHASIS = r"[*_`]{0,3}"
_EMPHASIS = re.compile(EMPHASIS)

# Between two names of one list, on one line ("BigQuery or GCP", "dbt and Airflow",
# "a PhD or prior research publications", "**Rust** and **JAX**").
JOINT = re.compile(
    rf"{EMPHASIS}(?:[ \t]*(?:,|/|·|&|\band\b|\bor\b|\bnor\b|및|또는|혹은)?[ \t]*"
    r"(?:(?:prior|previous|formal|any|published)[ \t]+)?|(?:이나|나|과|와|,)[ \t]*)"
    rf"{EMPHASIS}",
    re.IGNORECASE,
)


def past_emphasis(text: str, pos: int) -> int:
    """Where the text at `pos` goes on after any Markdown emphasis marks."""
    return _EMPHASIS.match(text, pos).end()


def mention_at(mentions: Sequence[Span], starts: list[int], offset: int) -> int | None:
    """The position of the mention starting exactly at `offset`, if any (`starts` in order)."""
    i = bisect.bisect_left(starts, offset)
    return i if i < len(mentions) and mentions[i].start == offset else None


def chain_forward(text: str, mentions: Sequence[Span], i: int) -> int:
    """The last mention of the list mention `i` opens."""
    while i + 1 < len(mentions) and JOINT.fullmatch(text, mentions[i].end, mentions[i + 1].start):
        i += 1
    return i


def chain_backward(text: str, mentions: Sequence[Span], i: int) -> int:
    """The first mention of the list mention `i` closes."""
    while i > 0 and JOINT.fullmatch(text, mentions[i - 1].end, mentions[i].start):
        i -= 1
    return i


# A word of a list item that is not a known name: a name the knowledge base lacks
# ("programming" in "no programming or machine learning experience") or a word that qualifies
# one ("advanced SQL").
_WORD = re.compile(r"[A-Za-z][\w+#'’-]*")
_GAP = re.compile(r"[ \t]+")
# Between two items of such a list (English); the word, if any, tells how the list joins.
_ITEM_JOINT = re.compile(
    r"[ \t]*(?:[,/&·][ \t]*(?P<word>(?:or|nor|and)\b)?|(?P<bare>(?:or|nor|and)\b))[ \t]*",
    re.IGNORECASE,
)
_MAX_ITEMS = 6
_MAX_WORDS = 3  # words of one item, a name counted as one


def closed_list(
    text: str, mentions: Sequence[Span], starts: list[int], offset: int, closer: re.Pattern
) -> list[int] | None:
    """The positions of the mentions in the list that opens at `offset` and that `closer`
    closes right after its last item ("programming or machine learning" before "experience
    required"), or None where no such list stands.

    An item may be a name the knowledge base lacks or a name with a word before it ("advanced
    SQL"), a few words at most. A list with such an item must join its last item with "or" or
    "nor", the way a denial names alternatives: else "No visa sponsorship, Python experience
    required" would be read as one list and its second half denied."""
    found: list[int] = []
    loose, items, joined_by = False, 0, ""
    pos = offset
    while items < _MAX_ITEMS:
        item = _item(text, mentions, starts, pos, closer)
        if item is None:
            return None
        pos, named, plain = item
        found += named
        loose, items = loose or plain, items + 1
        if closer.match(text, pos):
            return None if loose and items > 1 and joined_by not in ("or", "nor") else found
        joint = _ITEM_JOINT.match(text, pos)
        if joint is None:
            return None
        joined_by = (joint.group("word") or joint.group("bare") or "").lower()
        pos = joint.end()
    return None


def _item(
    text: str, mentions: Sequence[Span], starts: list[int], pos: int, closer: re.Pattern
) -> tuple[int, list[int], bool] | None:
    """Where the list item at `pos` ends, the mentions in it, and whether it holds a word that
    is not a name; None where no item starts at `pos`."""
    named: list[int] = []
    plain = False
    for n in range(_MAX_WORDS):
        if n:  # the item goes on only past a space that neither the closer nor a joint takes
            gap = _GAP.match(text, pos)
            if gap is None or closer.match(text, pos) or _ITEM_JOINT.match(text, pos):
                break
            at = gap.end()
        else:
            at = pos
        i = mention_at(mentions, starts, past_emphasis(text, at))
        if i is not None:
            named.append(i)
            pos = past_emphasis(text, mentions[i].end)
            continue
        word = _WORD.match(text, at)
        if word is None:
            if n:
                break
            return None
        plain, pos = True, word.end()
    return pos, named, plain
