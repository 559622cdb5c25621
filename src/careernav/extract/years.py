"""Years of experience asked for or claimed: "3년 이상", "경력 5년↑", "5+ years of Python".

One bullet is one requirement, so a years phrase belongs to its line. On that line, each
skill takes the years of the nearest phrase ("5+ years in cloud engineering, including 3+
years on AWS" gives AWS 3). A phrase about experience in general — 경력, "years of
experience", "years as a data engineer" — or one with no skill around it also sets the years
of the whole document; the first such phrase wins.

Months written after the years count as a share of a year: "총 경력 7년 9개월" and "7 years 9
months" are 7.75 (to two decimals), not 7; years without months stay whole numbers.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from careernav.text import brackets_around, korean_clause_ends

# The months of a duration, 1 to 11: "12개월" is a year, not a share of one
_MONTHS = r"(?P<months>1[01]|0?[1-9])(?!\d)"
_KO = re.compile(
    r"(?<![\d.])(?P<low>\d{1,2})\s*(?:(?:~|-|–|에서)\s*(?P<high>\d{1,2})\s*)?년"
    rf"(?:\s*{_MONTHS}\s*개월)?\s*(?:차|이상|↑|\+|以上)?"
    r"(?!\s*(?:월|도|제|간\s*근속|근속|차\s*휴가))"  # not "4년제" (a four-year degree)
)
# Postings spell small numbers out too: "two years of experience", "Five or more years".
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_EN_NUMBER = r"\d{1,2}|" + "|".join(_NUMBER_WORDS)
_EN = re.compile(
    rf"(?<![\d.\w])(?P<low>{_EN_NUMBER})\s*(?:\(\d{{1,2}}\)\s*)?\+?\s*"
    rf"(?:(?:-|–|to)\s*(?P<high>{_EN_NUMBER})\s*\+?\s*)?(?:or\s+more\s+)?"
    r"(?:years?|yrs?)(?:\s*\+)?(?=\W|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class YearsPhrase:
    # the lower bound of a range ("3~5년" asks for at least 3); a float only with months
    years: int | float
    start: int
    end: int
    text: str
    # the upper bound, when the phrase gives one ("3~7년", "3-5 years", "2년 이상 ~ 7년 이하")
    high: int | None = None


# "year"/"yr" is rare in a text and the phrase ends with it: find those first, then read the
# number back from a short window, instead of trying the whole pattern at every position.
_EN_CUE = re.compile(r"(?:years?|yrs?)(?:\s*\+)?(?=\W|$)", re.IGNORECASE)
_EN_BACK = re.compile(_EN.pattern + r"\Z", re.IGNORECASE)
_EN_WINDOW = 40
# The months right after the years: "7 years 9 months", "3 yrs and 2 mos" (not "5+ years, 6
# months on probation": a minimum and a comma are no duration's parts)
_EN_MONTHS = re.compile(rf"[ \t]+(?:and[ \t]+)?{_MONTHS}[ \t]*(?:months?|mos?)\b", re.I)


# A span of data or an age, not experience: "3 years of sales, MAPE 8%", "10 years of
# historical data to forecast", "25 years old", "3년치 로그", "5년간의 데이터".
_NOT_EXPERIENCE_EN = re.compile(
    r"\s*(?:old\b|of\s+(?:(?:historical|past|daily|weekly|monthly|sales|transaction|"
    r"customer|clinical|patient|user|market|time[- ]series)\s+)?(?:data|sales|records|logs|"
    r"transactions|history|observations|prices|claims)"
    # ...when the noun ends there: "5 years of sales experience" is experience
    r"(?=\s*(?:$|[,.;:)\]]|(?:to|for|from|in|on|with|and|at|into|across)\b)))",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_EXPERIENCE_KO = re.compile(r"\s*(?:치|간의?\s*(?:데이터|자료|로그|기록))")
# A ceiling or a window, not a minimum: "3년 이하", "(신입~5년)", "신입~경력 3년", "entry level
# to 3 years", "최근 5년 이내 논문",
# "up to 5 years", "in the last 5 years", "5 years or less".
_CAP_AFTER = re.compile(
    r"\s*(?:이하|이내|미만|까지|以下|以內)|\s*(?:or\s+(?:less|fewer)|max(?:imum)?\b)", re.IGNORECASE
)
_CAP_BEFORE = re.compile(
    r"(?:신입|인턴)\s*[~\-–]\s*(?:경력\s*)?\Z|최근\s*\Z|(?:within|in|over|during)\s+the\s+(?:last|past)\s+\Z"
    r"|\b(?:entry[- ]level|new\s+grad(?:uate)?s?|graduates?|junior)\s*(?:to|[~\-–])\s*\Z"
    r"|(?:\bup\s+to|at\s+most|less\s+than|fewer\s+than|under|no\s+more\s+than)\s+\Z",
    re.IGNORECASE,
)
# Degrees are held, not practised for years: "석사학위 취득 후 4년 이상 연구경력" asks four
# years of research after the degree.
DEGREES = ("bachelors-degree", "masters-degree", "phd")  # lowest to highest


def find_years(text: str) -> list[YearsPhrase]:
    found = []
    if "년" in text:
        found += [
            _phrase(m, m.group("months"))
            for m in _KO.finditer(text)
            if not _NOT_EXPERIENCE_KO.match(text, m.end()) and not _is_cap(text, m)
        ]
    for cue in _EN_CUE.finditer(text):
        start = max(0, cue.start() - _EN_WINDOW)
        m = _EN_BACK.search(text, start, cue.end())
        if m is None:
            continue
        months = None if "+" in m.group() else _EN_MONTHS.match(text, m.end())
        end = months.end() if months else m.end()
        if not _NOT_EXPERIENCE_EN.match(text, end) and not _is_cap(text, m, end):
            found.append(_phrase(m, months and months.group("months"), end))
            found += _years_within(text, end)
    found = list({p.start: p for p in found}.values())  # a share may also say "years"
    found = [_with_cap_after(text, p) for p in found]
    return sorted((p for p in found if 0 < p.years <= 40), key=lambda p: p.start)


# "2년 이상 ~ 7년 이하", "3년 이상 10년 이하": a range written as a floor, then a cap
_THEN_CAP = re.compile(
    r"[ \t]*(?:(?:~|-|–|에서)[ \t]*)?(?P<high>\d{1,2})[ \t]*년[ \t]*(?:이하|미만|까지)"
)


def _with_cap_after(text: str, phrase: YearsPhrase) -> YearsPhrase:
    if phrase.high is not None:
        return phrase
    cap = _THEN_CAP.match(text, phrase.end)
    if cap is None or int(cap.group("high")) <= phrase.years:
        return phrase
    return replace(phrase, high=int(cap.group("high")))


# The share of a span of years given to one part of it, the word "years" left out: "5+ years
# of software engineering, at least 2 in ML infrastructure", "7 years of experience, 3+ of
# them with Spark".
_WITHIN = re.compile(
    rf"[^.;\n]{{0,80}}?[,(][ \t]*(?:(?:including|with|of\s+which)\s+)?(?:at\s+least\s+)?"
    rf"(?P<low>{_EN_NUMBER})\+?[ \t]+(?:(?:of\s+(?:them|those|which)|years?)[ \t]+)?"
    r"(?=in\b|on\b|with\b|as\b|building\b|doing\b|working\b)",
    re.IGNORECASE,
)


def _years_within(text: str, after: int) -> list[YearsPhrase]:
    m = _WITHIN.match(text, after)
    if m is None:
        return []
    start = m.start("low")
    return [YearsPhrase(_number(m.group("low")), start, m.end(), text[start : m.end()].strip())]


def _is_cap(text: str, m: re.Match, end: int | None = None) -> bool:
    if _CAP_AFTER.match(text, m.end() if end is None else end):
        return True
    return _CAP_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) is not None


def _phrase(m: re.Match, months: str | None = None, end: int | None = None) -> YearsPhrase:
    """The phrase of a match `m` of _KO or _EN, with the `months` written after its years,
    running on to `end` (the match's end unless given)."""
    end = m.end() if end is None else end
    years: int | float = _number(m.group("low"))
    if months and not m.group("high"):  # "3~5년 6개월" says no sure share of a year
        years = round(years + int(months) / 12, 2)
    high = _number(m.group("high")) if m.group("high") else None
    return YearsPhrase(
        years,
        m.start(),
        end,
        m.string[m.start() : end].strip(),
        high if high is not None and high > years else None,
    )


def _number(word: str) -> int:
    """ "5" or "five" as a number."""
    low = word.casefold()
    return int(low) if low.isdigit() else _NUMBER_WORDS[low]


_GENERAL = re.compile(
    # "N년차" is the year of a career the writer is in ("3년차 로봇 SW 엔지니어")
    r"경력|경험\s*\d|개발|근무|재직|\d\s*년\s*차|\bexperience\b|\bas an?\b|\bengineering\b|\bdevelopment\b"
    r"|\bindustry\b"
    r"|\bprofessional\b|\bwork(?:ing)?\b",
    re.IGNORECASE,
)


def segments(
    text: str,
    phrases: list[YearsPhrase],
    line_start: int,
    line_end: int,
    name_ends: list[int] | None = None,
):
    """(phrase, segment start, segment end): each phrase owns the part of its line nearer to
    it than to the next phrase on the same line; but a phrase written right after a name
    ("Python 5년, PyTorch 1년", "SQL: 3 years") owns everything back to the phrase before it.
    `name_ends`: the ends of the names found, in order."""
    bounds = [line_start]
    for left, right in itertools.pairwise(phrases):
        if name_ends is not None and _named_right_before(text, right.start, left.end, name_ends):
            bounds.append(left.end)
        else:
            bounds.append((left.end + right.start) // 2)
    bounds.append(line_end)
    return [(p, bounds[i], bounds[i + 1]) for i, p in enumerate(phrases)]


# Between a name and the years that follow it: "Python 5년", "PyTorch (3년)", "SQL: 3 years",
# "Spark 실무 경력 2년", "Go — 2 yrs"
_AFTER_NAME = re.compile(r"[\s:：(（\[\-–—]*(?:실무\s*)?(?:경력|경험)?[\s:：(（]*")


def _named_right_before(text: str, start: int, after: int, name_ends: list[int]) -> bool:
    """Whether a name ends just before `start` (and after `after`)."""
    i = bisect.bisect_right(name_ends, start) - 1
    return i >= 0 and name_ends[i] > after and _AFTER_NAME.fullmatch(text, name_ends[i], start)


# A word that joins a new item between the names before a years phrase and the phrase: the
# years are the new item's, not theirs ("PhD or MS in Statistics, plus 3+ years of industry
# experience"; "석사 학위 및 3년 이상의 경력"), or an alternative to them ("PhD or 5+ years
# of experience", "석사 이상 학위 또는 이에 준하는 경력 2년 이상").
_JOINED_BEFORE = re.compile(
    r"\b(?:plus|and|with|as well as|along with|in addition to|or)\b|[+&]|및|그리고|또는|혹은"
    r"|이에\s*준하는",
    re.IGNORECASE,
)


def joined_before(gap: str) -> bool:
    """Whether `gap`, the text between the last name before a years phrase and the phrase,
    starts a new item."""
    return _JOINED_BEFORE.search(gap) is not None


def within_brackets(text: str, phrase: YearsPhrase, start: int, end: int) -> tuple[int, int]:
    """The segment [start, end) of a years phrase, cut to the brackets around the phrase if
    it stands in some: "5+ years of modeling (or a Bachelor's with 7+ years), logistic
    regression" gives logistic regression no 7 years."""
    found = brackets_around(text, phrase.start, phrase.end, start, end)
    if found is None or found[1] == -1:
        return start, end
    # brackets holding nothing but the years speak of what precedes them: "Python (3+ years)"
    rest = text[found[0] + 1 : phrase.start] + text[phrase.end : found[1]]
    if _BARE_YEARS_ASIDE.fullmatch(rest):
        # and of nothing after them: "math teacher (8 years) who retrained as an ML
        # engineer" taught for eight years, and has no eight years of ML
        return start, found[1] + 1
    return found[0], found[1] + 1


_BARE_YEARS_ASIDE = re.compile(
    r"[\s,:;+.~]*(?:(?:at\s+least|min(?:imum)?\.?|최소)\s*)?(?:of\s+)?"
    r"(?:(?:professional\s+|hands-on\s+|work\s+)?experience|exp\.?|경력|경험)?[\s,:;+.]*",
    re.IGNORECASE,
)


def within_cell(
    text: str, phrase: YearsPhrase, start: int, end: int, names_in=lambda a, b: False
) -> tuple[int, int]:
    """The segment of a years phrase cut to its table cell when the cell asks for a career
    ("| 경력 5년 이상 |"), not for the skills of the cells beside it, or when the cell names
    what the years are of ("3+ years of SQL | Python for scripting"): `names_in(a, b)` says
    whether a name stands in [a, b). A cell of years alone ("| Python | 3년 이상 |") is the
    row's."""
    left = text.rfind("|", start, phrase.start)
    right = text.find("|", phrase.end, end)
    if left == -1 and right == -1:
        return start, end
    cell = (left + 1 if left != -1 else start, right if right != -1 else end)
    if is_general(text[cell[0] : cell[1]]) or names_in(*cell):
        return cell
    return start, end


def is_general(segment: str) -> bool:
    return _GENERAL.search(segment) is not None


# A line or a sentence; a Korean clause ending in a connective before a comma too
# (`korean_clause_ends`: "파이썬 2년 이상이 꼭 필요하고, FastAPI 경험이 있어야 하며, …": the two
# years are Python's alone).
_BREAK = re.compile(r"\n|[.?!;] ")


class SentenceBounds:
    """The sentence around an offset within its line: a bullet is one requirement, and so is
    a sentence of a posting written as one paragraph. Breaks are found once per text and
    looked up by bisection, so a document of one endless line stays linear."""

    def __init__(self, text: str):
        self.size = len(text)
        # (start of the next sentence, end of this one) at every break
        self.breaks = [(m.end(), m.start()) for m in _BREAK.finditer(text)]
        if korean := korean_clause_ends(text):
            self.breaks = sorted(self.breaks + [(end, start) for start, end in korean])
        self.starts = [b[0] for b in self.breaks]

    def around(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset)
        start = self.breaks[i - 1][0] if i else 0
        end = self.breaks[i][1] if i < len(self.breaks) else self.size
        return start, end
