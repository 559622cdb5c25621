"""Years of experience a resume shows: in all, and as one role.

A dated job counts toward a role when its title names that role: "Machine Learning Engineer —
Coupang   Mar 2022 – Present", "(주)쿠키커머스 | ML 엔지니어 | 2022.07 ~ 재직중". The title is looked
for on the period's own line, then on the line above and the line below it (resumes put the
title over or under the dates), never on a bullet: a bullet is a duty ("- worked with data
analysts"), not a title. The role of a title is the one `title_role` gives a posting title.
"""

from __future__ import annotations

import re
from datetime import date

from careernav.extract import Extraction
from careernav.extract.tenure import Period, tenure, union_months
from careernav.knowledge import KnowledgeBase
from careernav.match.roles import title_role

_BULLET = re.compile(r"\s*(?:[-*•·▪◦‣∙ㆍ>▶►]|\d+[.)])\s")


def years_shown(resume: Extraction, today: date | None = None) -> float | None:
    """Years of work a resume shows: its dated jobs, or the years it states ("경력 5년"),
    whichever is more."""
    dated = tenure(resume.text, resume.sections, today)
    candidates = [y for y in (dated.years if dated else None, resume.years) if y]
    return max(candidates) if candidates else None


def years_by_role(
    kb: KnowledgeBase, resume: Extraction, today: date | None = None
) -> dict[str, float]:
    """Role ID -> years of the resume's dated jobs whose title names that role (overlapping
    jobs counted once)."""
    dated = tenure(resume.text, resume.sections, today)
    if dated is None:
        return {}
    periods_of: dict[str, list[Period]] = {}
    for period in dated.periods:
        rid = _role_of_job(kb, resume.text, period)
        if rid:
            periods_of.setdefault(rid, []).append(period)
    return {rid: round(union_months(ps) / 12, 1) for rid, ps in periods_of.items()}


def _role_of_job(kb: KnowledgeBase, text: str, period: Period) -> str | None:
    start = text.rfind("\n", 0, period.start_offset) + 1
    end = _line_end(text, period.end_offset)
    own = text[start : period.start_offset] + " " + text[period.end_offset : end]
    above_end = start - 1
    above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)]
    below = text[end + 1 : _line_end(text, end + 1)] if end < len(text) else ""
    for line in (own, above, below):
        if line.strip() and not _BULLET.match(line):
            found = title_role(kb, line)
            if found:
                return found[0]
    return None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
