"""Where a name may start and end inside running text.

Latin names need word boundaries ("ML" is not in "HTML", "Java" is not in "JavaScript"), and
a Korean particle or suffix may follow any name ("파이썬을", "PyTorch를", "딥러닝 기반"), as may
the ending of a verb made from it ("시각화하여").
"""

from __future__ import annotations

import re
import unicodedata

# What may follow a Hangul name directly: particles and the suffixes postings attach to skill
# names, and the words that make a name a department or a lab ("통계학과", "전산학부",
# "자연어처리연구실"). Longest first, so the regex takes the whole suffix.
_SUFFIX_WORDS = """
    을 를 이 가 은 는 의 에 에서 에게 으로 로 와 과 도 만 및 등 이나 나 이랑 랑 까지 부터 보다
    처럼 으로서 로서 으로써 로써 이며 며 이고 고 이라 라 이라는 라는 에는 에도 와의 과의 으로의 로의
    을통한 를통한 을통해 를통해 을활용한 를활용한 을이용한 를이용한 기반 기반의 기반으로 관련 관련된
    경험 경험이 경험을 역량 능력 지식 개발 개발자 엔지니어 엔지니어링 분야 모델 모델링 기술 활용 사용
    전문가 프레임워크 라이브러리 플랫폼 서비스 시스템 환경 프로젝트 업무 직무 분석 설계 구축 운영 적용
    이해 이해도 숙련자 우대 필수 가능자 가능한 실무 스택 툴 도구 엔진 서버 파이프라인 인프라 알고리즘
    학과 학부 부 전공 대학원 연구실 자
"""
KOREAN_SUFFIXES = sorted(_SUFFIX_WORDS.split(), key=len, reverse=True)
_SUFFIX_RE = re.compile("(?:" + "|".join(KOREAN_SUFFIXES) + ")+")
# A verbal noun made a verb with 하다, 되다 or 시키다, in any form: "시각화하여", "크롤링했습니다",
# "파인튜닝한", "자동화된", "최적화시킨". Whatever follows the stem is the verb's ending.
_VERB_STEM_RE = re.compile("하|했|한|할|함|해|되|된|될|됨|돼|됐|시키|시킨|시켜|시켰")


# U+318D (ㆍ, an obsolete vowel) is written as a middle dot: a bullet ("ㆍ파이썬 가능자") or a
# list separator ("PythonㆍSQL"), never part of a word today.
ARAEA_DOT = "\u318d"


def is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or ("\u3131" <= ch <= "\u318e" and ch != ARAEA_DOT)


def _is_lone_jamo(ch: str) -> bool:
    """A letter written alone ("ㅇ" as a bullet in 공문서, "ㅋㅋ"), not part of a syllable."""
    return "\u3131" <= ch <= "\u318e"


def _is_word(ch: str) -> bool:
    # an enclosed number ("①SQL", "⑴ Python", "❶") numbers a list item: no part of a word
    return (
        ch.isalnum()
        and not is_hangul(ch)
        and ch != ARAEA_DOT
        and not (ch > "\u2000" and unicodedata.category(ch) == "No")
    )


def _hangul_run_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and is_hangul(text[end]):
        end += 1
    return end


def starts_cleanly(text: str, start: int) -> bool:
    """A name may begin at `start`: not glued to the end of a longer word."""
    if start == 0:
        return True
    first, before = text[start], text[start - 1]
    if _is_word(first):
        if before == "&" and start >= 2 and _is_word(text[start - 2]):
            return False  # "D" in "R&D"
        return not _is_word(before)
    if is_hangul(first):
        # "딥러닝" inside "머신딥러닝" is rare; inside a longer Hangul word it is usually part of
        # another word, so a name must start a Hangul run.
        return not is_hangul(before) or (_is_lone_jamo(before) and not _is_lone_jamo(first))
    return True


def ends_cleanly(text: str, end: int) -> bool:
    """A name may end at `end` (exclusive)."""
    if end >= len(text):
        return True
    last, after = text[end - 1], text[end]
    if after in "+#":  # C vs C++ / C#
        return False
    if after == "&" and end + 1 < len(text) and _is_word(text[end + 1]):
        return False  # "R" in "R&D"
    if _is_word(last):
        if after == "." and end + 1 < len(text) and _is_word(text[end + 1]):
            return False  # "Node" in "Node.js", "ASP" in "ASP.NET"
        return not _is_word(after)
    if is_hangul(last) and is_hangul(after):
        run_end = _hangul_run_end(text, end)
        return (
            _SUFFIX_RE.fullmatch(text, end, run_end) is not None
            or _VERB_STEM_RE.match(text, end) is not None
        )
    return True


# Nouns that name things by a letter: "Series C", "Plan B", "Type R", "Vitamin C", "Grade A".
_DESIGNATOR_BEFORE = re.compile(
    r"(?:series|plan|type|class|grade|level|phase|step|part|section|round|option|vitamin|"
    r"model|tier|group|team|zone|room|building|floor|gate|block|unit|track|시리즈)\s$",
    re.IGNORECASE,
)


# A letter that is one of a person's initials: "R. J. Reynolds", "George R. R. Martin".
_INITIAL_AFTER = re.compile(
    r"\.\s?[A-Z]\."  # "R. J."
    r"|\. [A-Z][a-z]+(?:,| and\b| et al\b)"  # an author list: "R. Stone, and L. Ray"
)
_INITIAL_BEFORE = re.compile(r"[A-Z]\.\s?$")
# Everyday compounds of a capital letter: "C-level", "C-suite", "R-squared", "C-section".
# "A-level", "R-squared", and a letter before a number: an identifier ("R-104522", "C-3PO").
_LETTER_COMPOUND = re.compile(
    r"-(?:level|suite|squared|section|class|grade|type|shirt|span|store|corp\b|\d)",
    re.IGNORECASE,
)


def lone_letter_in_context(text: str, start: int, end: int) -> bool:
    """A one-letter name (C, R) right after a noun that names things by letter ("Series C",
    "Vitamin C", "Type R") or at the end of a hyphenated name ("XLM-R", "Type-C") is that
    thing, not the language; nor is one of a run of initials ("R. J. Reynolds")."""
    if end - start != 1:
        return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        return False  # the end of a hyphenated name: "XLM-R", "USB Type-C"
    if _INITIAL_AFTER.match(text, end) or _INITIAL_BEFORE.search(text, max(0, start - 3), start):
        return False
    if _LETTER_COMPOUND.match(text, end):
        return False
    return not _DESIGNATOR_BEFORE.search(text, max(0, start - 12), start)


def after_initial(text: str, start: int, end: int) -> bool:
    """A capitalised word right after someone's initial is their surname or given name ("L.
    Ray", "S. Julia", "J. Spring"), not a skill."""
    if start < 3 or text[start - 2 : start] != ". " or not text[start - 3].isupper():
        return False
    if start > 3 and (text[start - 4].isalnum() or text[start - 4] == "."):
        return False  # "e.g. Ray", "U.S. Ray", "B.S. Robotics": an abbreviation, not an initial
    word = text[start:end]
    return len(word) > 1 and word[0].isupper() and word[1:2].islower()


# A season before a year is a date ("Spring 2023 – Fall 2024"), not the framework.
_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
_YEAR_AFTER = re.compile(r"[ \t]+(?:(?:19|20)\d\d|'\d\d)\b")
_TERM_AFTER = re.compile(r"[ \t]+(?:semester|term|quarter|session|break|intern(?:ship)?)s?\b", re.I)


def is_date(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a season naming a date or a term."""
    if text[start:end].casefold() not in _SEASONS:
        return False
    return bool(_YEAR_AFTER.match(text, end) or _TERM_AFTER.match(text, end))
