"""Years of experience asked for or claimed: "3년 이상", "경력 5년↑", "5+ years of Python".

A years phrase is tied to the skills named on the same line (one bullet is one requirement);
a line with no skill ("경력 3년 이상", "7+ years of industry experience") sets the years of the
whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KO = re.compile(
    r"(?<![\d.])(?P<low>\d{1,2})\s*(?:(?:~|-|–|에서)\s*(?P<high>\d{1,2})\s*)?년\s*(?:차|이상|↑|\+|以上)?"
    r"(?!\s*(?:월|도|간\s*근속|근속|차\s*휴가))"
)
_EN = re.compile(
    r"(?<![\d.])(?P<low>\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*(?P<high>\d{1,2})\s*\+?\s*)?"
    r"(?:years?|yrs?)(?:\s*\+)?(?=\W|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class YearsPhrase:
    years: int  # the lower bound of a range: "3~5년" asks for at least 3
    start: int
    end: int
    text: str


def find_years(text: str) -> list[YearsPhrase]:
    found = []
    for pattern in (_KO, _EN):
        for m in pattern.finditer(text):
            years = int(m.group("low"))
            if 0 < years <= 40:
                found.append(YearsPhrase(years, m.start(), m.end(), m.group().strip()))
    return sorted(found, key=lambda p: p.start)


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end
