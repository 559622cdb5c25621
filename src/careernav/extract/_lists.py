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


# Between two names of one list, on one line ("BigQuery or GCP", "dbt and Airflow",
# "a PhD or prior research publications").
JOINT = re.compile(
    r"[ \t]*(?:,|/|·|&|\band\b|\bor\b|\bnor\b|및|또는|혹은)?[ \t]*"
    r"(?:(?:prior|previous|formal|any|published)[ \t]+)?|(?:이나|나|과|와|,)[ \t]*",
    re.IGNORECASE,
)


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
