"""What a resume says it lacks is not its evidence: "no hands-on BigQuery or GCP experience",
"never used Spark", "BigQuery, GCP 실무 경험 없음", "Kotlin은 사용해 본 적 없습니다".

A denial governs the names right next to it and the list they stand in, nothing further:
English puts it before the names ("no experience with X or Y", "no X or Y experience",
"have not used X"), Korean after them ("X, Y 경험 없음"). So "Led a team with no downtime
using Kubernetes" denies nothing, nor does "Python 경험이 없는 팀원 교육" (a relative clause,
"없는", says what others lack) or "경험 없이 시작해" (started without it, has it now).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol


class _Span(Protocol):
    start: int
    end: int


_DENIAL = r"(?:no|without|lack(?:s|ing)?(?:\s+of)?|little\s+(?:or|to)\s+no|zero)"
_KIND = (
    r"(?:(?:hands-on|prior|professional|practical|production|real-world|commercial|direct"
    r"|industry|formal|working|previous)\s+)?"
)
_EXPERIENCE = r"(?:experience|exposure|expertise|familiarity)"
# What opens a denied list in English, ending where the first name stands.
_OPENER_EN = re.compile(
    # "no experience with", "without hands-on exposure to"
    rf"\b{_DENIAL}\s+{_KIND}{_EXPERIENCE}\s+(?:with|in|of|on|using|to)\s+(?:the\s+)?"
    # "never used", "have not yet worked with", "haven't touched"
    r"|\b(?:never|not\s+yet|have\s+not|haven't|has\s+not|hasn't|did\s+not|didn't|do\s+not"
    r"|don't)\s+(?:yet\s+)?(?:used|use|worked\s+(?:with|on|in)|touched|tried)\s+"
    # "no hands-on BigQuery or GCP experience": needs the word of experience after the list
    rf"|(?P<open>\b{_DENIAL}\s+{_KIND})",
    re.IGNORECASE,
)
_CLOSER_EN = re.compile(rf"\s*{_KIND}{_EXPERIENCE}\b", re.IGNORECASE)
# Korean: "실무 경험 없음", "경험이 없습니다", "사용해 본 적 없음", "미경험".
_DENIAL_KO = re.compile(
    r"(?:(?:실무|사용|활용|개발|업무|현업|프로젝트|운영)\s*)?(?:경험|경력)(?:은|이|이나|도)?\s*"
    r"(?:아직\s*)?(?:없(?:음|습니다|어요|다|었|고|으나|지만|는데|(?=[\s.,)\]]|$))|전무|無)"
    r"|(?:사용|활용|써|사용해|다뤄|해)\s*(?:본|보지)\s*적?(?:은|이)?\s*(?:없|않)"
    r"|미경험"
)
# Between the last denied name and the Korean denial: a particle or a word of field.
_FILLER_KO = re.compile(
    r"[ \t]*(?:[은는이가도][ \t]*)?(?:(?:관련|분야|쪽)[ \t]*)?(?:[은는이가도][ \t]*)?"
)
# Between two names of one list, on one line.
_JOINT = re.compile(
    r"[ \t]*(?:,|/|·|&|\band\b|\bor\b|\bnor\b|및|또는|혹은)?[ \t]*|(?:이나|나|과|와|,)[ \t]*",
    re.IGNORECASE,
)
_HINT = re.compile(
    r"\b(?:no|without|lack|little|zero|never|not|have|haven't|has|hasn't|did|didn't|do|don't)"
    r"\b|없|전무|無|미경험|본\s*적|보지",
    re.IGNORECASE,
)


def disclaimed(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The positions (in `mentions`, which are in text order) of the mentions the text
    names as lacking."""
    if not mentions or _HINT.search(text) is None:
        return set()
    starts = [m.start for m in mentions]
    found: set[int] = set()
    for opener in _OPENER_EN.finditer(text):
        first = _mention_at(mentions, starts, opener.end())
        if first is None:
            continue
        last = _chain_forward(text, mentions, first)
        if opener.group("open") is not None and not _CLOSER_EN.match(text, mentions[last].end):
            continue  # "no downtime …": nothing said of experience
        found.update(range(first, last + 1))
    for denial in _DENIAL_KO.finditer(text):
        last = _mention_before(text, mentions, starts, denial.start())
        if last is not None:
            found.update(range(_chain_backward(text, mentions, last), last + 1))
    return found


def _mention_at(mentions: Sequence[_Span], starts: list[int], offset: int) -> int | None:
    i = bisect.bisect_left(starts, offset)
    return i if i < len(mentions) and mentions[i].start == offset else None


def _mention_before(
    text: str, mentions: Sequence[_Span], starts: list[int], offset: int
) -> int | None:
    i = bisect.bisect_left(starts, offset) - 1
    if i < 0 or mentions[i].end > offset:
        return None
    return i if _FILLER_KO.fullmatch(text, mentions[i].end, offset) else None


def _chain_forward(text: str, mentions: Sequence[_Span], i: int) -> int:
    while i + 1 < len(mentions) and _JOINT.fullmatch(text, mentions[i].end, mentions[i + 1].start):
        i += 1
    return i


def _chain_backward(text: str, mentions: Sequence[_Span], i: int) -> int:
    while i > 0 and _JOINT.fullmatch(text, mentions[i - 1].end, mentions[i].start):
        i -= 1
    return i
