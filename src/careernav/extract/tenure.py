"""Years of work a resume shows, from the periods of its experience section.

Resumes date their jobs as "2022.03 ~ 현재", "2018.03.02 ~ 2020.02.28", "2020년 3월 ~ 2022년 2월",
"2013. 3. ~ 2019. 2.", "2019年3月 ~ 現在", "Mar 2020 – Present", "June 1, 2023 → Present" (Notion),
"Mar '20 – Jun '22", "03/2018 - 06/2020", "2016 – 2019" or "Summer 2022". Each period counts
from its first month to its last, both included; a year alone runs from January (start) or to
December (end), but a range of years alone from mid-year to mid-year ("2016 – 2019" is three
years, as a reader counts them); a season is its three months;
"현재", "재직 중", "現在", "present", "now" mean today. Overlapping periods (two part-time jobs, a
promotion written as two lines) count once. Only the experience section is read: school years
and side projects are not years of work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from careernav.extract.sections import Section

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}  # fmt: skip
# A season stands for its months (northern hemisphere, as a résumé's school terms are):
# "Summer 2022" is June to August.
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
}
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# A year cut to two digits after an apostrophe ("Mar '20", "'19.03"): of this century unless
# that would be later than today ("'98" is 1998)
_SHORT_YEAR = r"['‘’]\d\d(?!\d)"
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_NAME = "|".join(_SEASONS)
# One date: 2022.03 / 2022-03 / 2022/3 / 2013. 3. / 2022년 3월 / 2019年3月 / '19.03 / Mar 2020 /
# March, 2020 / June 1, 2023 / Mar '20 / 03/2020 / 2020. Korean and Japanese resumes end a
# dotted date with a dot ("2013. 3. ~"), Notion writes the day after the month ("June 1, 2023").
_DATE = (
    rf"(?:(?:{_YEAR}|{_SHORT_YEAR})\s*(?:[./-]|[년年])\s*\d{{1,2}}(?!\d)\s*[월月]?"
    rf"(?:\s*[./-]?\s*\d{{1,2}}(?!\d)\s*[일日]?)?\.?"
    rf"|(?:{_MONTH_NAME}|{_SEASON_NAME})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?"
    rf"(?:\s+{_YEAR}|\s*{_SHORT_YEAR})"
    rf"|\d{{1,2}}\s*[./]\s*{_YEAR}"
    rf"|{_YEAR}(?:\s*[년年])?"
    rf"|{_SHORT_YEAR})"
)
_NOW = r"(?:현재|재직\s*중|진행\s*중|現在|现在|至今|present|now|current|today)"
# "→" is Notion's; "～" and "〜" are the full-width tildes of Korean and Japanese text
_TO = r"(?:~|～|〜|->|→|-|–|—|to|until|부터)"
_RANGE = re.compile(
    rf"(?<![\w.])(?P<start>{_DATE})\s*{_TO}\s*(?P<end>{_DATE}|{_NOW})(?![\w])",
    re.IGNORECASE,
)
_PARTS = re.compile(
    rf"(?P<year>{_YEAR})|['‘’](?P<short>\d\d)|(?P<season>{_SEASON_NAME})|(?P<name>{_MONTH_NAME})"
    rf"|(?P<num>\d{{1,2}})",
    re.I,
)
# A range of two-digit years and months, as Korean resumes shorten them: "21.03 ~ 24.05",
# "19.07 - 현재". Only as a range with two-digit months (01–12) on both sides: "3.5 ~ 4.0" or
# a score "0.61 → 0.78" is none, nor are versions after their name ("Ubuntu 18.04 - 22.04").
_SHORT_MONTH = r"(?P<{0}y>\d\d)\.(?P<{0}m>0[1-9]|1[0-2])\.?"
_SHORT_RANGE = re.compile(
    r"(?<![\w.])(?<![A-Za-z][ \t])" + _SHORT_MONTH.format("s") + r"[ \t]*(?:~|～|〜|-|–|—)[ \t]*"
    rf"(?:{_SHORT_MONTH.format('e')}|(?P<now>{_NOW}))(?![\w.%]|\d|[ \t]*(?:%|버전|version|ver\b))",
    re.IGNORECASE,
)
# A bullet opens a duty, not a job's dates: "- 18.04 ~ 22.04 버전 지원", "• 정확도 85.10 ~ 92.12"
_BULLETED = re.compile(r"[ \t]*[-*•·▪◦‣∙ㆍ>▶►]")
# A season and year alone on a job line: an internship ("Research Intern, NVIDIA, Summer 2022")
_SEASON_ALONE = re.compile(
    rf"(?<![\w–-])\b(?P<season>{_SEASON_NAME})\s+(?P<year>{_YEAR})\b(?![ \t]*[-–—~～〜→])", re.I
)


@dataclass(frozen=True)
class Period:
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int]
    text: str
    start_offset: int
    end_offset: int

    @property
    def months(self) -> int:
        return _index(self.end) - _index(self.start) + 1


@dataclass(frozen=True)
class Tenure:
    years: float  # total, overlaps counted once, to one decimal
    periods: list[Period]


def _index(year_month: tuple[int, int]) -> int:
    return year_month[0] * 12 + year_month[1] - 1


def _parse(text: str, *, is_end: bool, today: date) -> tuple[int, int] | None:
    if re.fullmatch(_NOW, text.strip(), re.IGNORECASE):
        return today.year, today.month
    year = month = None
    for part in _PARTS.finditer(text):
        if part.group("year"):
            year = int(part.group("year"))
        elif part.group("short"):
            year = _full_year(int(part.group("short")), today)
        elif part.group("season"):
            first, last = _SEASONS[part.group("season").casefold()]
            month = last if is_end else first
        elif part.group("name"):
            month = _MONTHS[part.group("name").casefold()]
        elif part.group("num") and month is None:  # "2018.03.02": the day is not the month
            month = int(part.group("num"))
    if year is None or (month is not None and not 1 <= month <= 12):
        return None
    return year, month or (12 if is_end else 1)


def _full_year(short: int, today: date) -> int | None:
    """The year "'20" stands for: this century's unless it is still to come."""
    year = today.year // 100 * 100 + short
    year = year if year <= today.year else year - 100
    return year if year >= 1950 else None


def find_periods(text: str, today: date | None = None) -> list[Period]:
    """Every "from – to" period in `text` that makes sense (not ending before it starts, not
    in the future)."""
    today = today or date.today()
    found = []
    for m in _RANGE.finditer(text):
        start = _parse(m.group("start"), is_end=False, today=today)
        end = _parse(m.group("end"), is_end=True, today=today)
        if start is None or end is None:
            continue
        start_year_only = _YEAR_ONLY.fullmatch(m.group("start")) is not None
        end_year_only = _YEAR_ONLY.fullmatch(m.group("end")) is not None
        if start_year_only and end_year_only and end[0] > start[0]:
            # "2016 – 2024" is read as eight years, not nine: mid-year to mid-year
            start, end = (start[0], 7), (end[0], 6)
        elif start_year_only and not end_year_only and _index((start[0], 7)) <= _index(end):
            start = (start[0], 7)  # "2023 – present": from mid-2023, not from its January
        elif end_year_only and not start_year_only and _index(start) <= _index((end[0], 6)):
            end = (end[0], 6)  # "2021.03 – 2023": to mid-2023
        end = min(end, (today.year, today.month))  # "2024 – 2026" written in mid-2026
        if _index(start) <= _index(end):
            found.append(Period(start, end, m.group().strip(), m.start(), m.end()))
    for m in _SHORT_RANGE.finditer(text) if "." in text else ():
        if any(p.start_offset <= m.start() < p.end_offset for p in found):
            continue
        if _BULLETED.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # two-digit ranges only where jobs give their dates, not in a duty
        start_year = _full_year(int(m.group("sy")), today)
        if m.group("now"):
            end = (today.year, today.month)
        else:
            end_year = _full_year(int(m.group("ey")), today)
            end = (end_year, int(m.group("em"))) if end_year else None
        if start_year and end and _index((start_year, int(m.group("sm")))) <= _index(end):
            start = (start_year, int(m.group("sm")))
            found.append(Period(start, end, m.group().strip(), m.start(), m.end()))
    for m in _SEASON_ALONE.finditer(text):
        if any(p.start_offset <= m.start() < p.end_offset for p in found):
            continue
        first, last = _SEASONS[m.group("season").casefold()]
        year = int(m.group("year"))
        start, end = (year, first), (year + (last < first), last)
        if _index(end) <= _index((today.year, today.month)):
            found.append(Period(start, end, m.group(), m.start(), m.end()))
    return sorted(found, key=lambda p: p.start_offset)


_YEAR_ONLY = re.compile(rf"\s*(?:{_YEAR}\s*[년年]?|{_SHORT_YEAR})\s*")


def tenure(text: str, sections: list[Section], today: date | None = None) -> Tenure | None:
    """The years of work the experience sections of a resume show, or None when it has no
    experience section or no dated period in it."""
    periods = [
        replace(p, start_offset=s.start + p.start_offset, end_offset=s.start + p.end_offset)
        for s in sections
        if s.kind == "experience"
        for p in find_periods(text[s.start : s.end], today)
    ]
    if not periods:
        return None
    return Tenure(round(union_months(periods) / 12, 1), periods)


def union_months(periods: list[Period]) -> int:
    """The months that any of `periods` covers, each counted once."""
    months = 0
    covered_until = -1
    for p in sorted(periods, key=lambda p: _index(p.start)):
        first, last = _index(p.start), _index(p.end)
        if last > covered_until:
            months += last - max(first, covered_until + 1) + 1
            covered_until = last
    return months
