"""Text normalisation shared by the knowledge base and the extractor.

Two spellings are the same name when they are equal after `normalize`: Unicode NFKC, case
folded, and the separators people insert or drop at will (spaces, hyphens, dots, underscores,
slashes) removed. So "Tensor Flow", "tensorflow" and "TensorFlow" are one name, and so are
"자연어 처리" and "자연어처리".
"""

from __future__ import annotations

import math
import re
import unicodedata

# Characters dropped when comparing names. Kept small on purpose: "+" and "#" carry meaning
# (C, C++, C#), so they stay.
SEPARATORS = frozenset(" \t\n\r\u00a0\u3000-‐‑‒–—_./·・ㆍ")


def normalize(name: str) -> str:
    """The comparison key of a name: NFKC, case-folded, separators removed."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch not in SEPARATORS)


def exact_key(name: str) -> str:
    """The comparison key of a case-sensitive alias: NFKC with separators removed, case kept."""
    text = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in text if ch not in SEPARATORS)


def percent(share: float) -> str:
    """A share as a whole percent, rounded down: a coverage of 0.698 is "69%", so that "70%"
    beside a verdict means the 70 % threshold was reached. (Rounded to a millionth first: 0.29
    × 100 is 28.999….)"""
    return f"{math.floor(round(share * 100, 6))}%"


def josa(word: str, with_final: str, without_final: str) -> str:
    """The Korean particle that fits after `word`: 을/를, 이/가, 은/는, 과/와, 으로/로 by its
    last sound as a Korean reads it ("Python이", "MLflow를", "SQL로", "LLM을", "GCP가")."""
    final = _final_sound(word)
    if final is None:
        return f"{with_final}({without_final})"
    if with_final == "으로" and final == "ㄹ":
        return without_final
    return with_final if final else without_final


# Letter names that end in a consonant (엘, 엠, 엔, 알) and digits read with one (영, 일, 삼,
# 육, 칠, 팔); every other letter name (에이, 비, 씨 …) and digit (이, 사, 오, 구) ends open.
_LETTER_FINALS = {"l": "ㄹ", "r": "ㄹ", "m": "ㅁ", "n": "ㄴ"}
_DIGIT_FINALS = {"0": "ㅇ", "1": "ㄹ", "3": "ㅁ", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ"}
# How a Latin word's ending is read in Korean: -ng 스프링, -m/-me 테라폼 크롬, -n/-ne 파이썬
# 파인콘, -l/-le 엑셀 구글, -oop 하둡, -ook 노트북, -ck 슬랙; other endings take a vowel (도커,
# 스파크, 레디스, 텐서플로).
_WORD_FINALS = (
    ("ng", "ㅇ"), ("me", "ㅁ"), ("ne", "ㄴ"), ("le", "ㄹ"), ("oop", "ㅂ"), ("ook", "ㄱ"),
    ("ck", "ㄱ"),
)  # fmt: skip
# Words read against those rules: 깃, 깃랩
_WORD_EXCEPTIONS = {"git": "ㅅ", "gitlab": "ㅂ"}


def _final_sound(word: str) -> str | None:
    """The final consonant of `word`'s last syllable as read in Korean ("" for none), or None
    when it cannot be told (no letter or digit at all)."""
    letters = [ch for ch in word if ch.isalnum()]
    if not letters:
        return None
    last = letters[-1]
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28  # 0: none, 8: ㄹ
        return "ㄹ" if final == 8 else ("other" if final else "")
    if last.isdigit():
        return _DIGIT_FINALS.get(last, "")
    if not last.isascii():
        return None
    # the last word as written ("page.png" ends in "png", not "pagepng")
    end = len(word)
    while not word[end - 1].isalnum():
        end -= 1
    start = end
    while start and word[start - 1].isascii() and word[start - 1].isalpha():
        start -= 1
    run = word[start:end]
    # an acronym is read letter by letter: "SQL" 에스큐엘, "GCP" 지씨피, and so is a short
    # run with no vowel letter, as file extensions are ("png" 피엔지, "html" 에이치티엠엘)
    if run.isupper() or (len(run) <= 4 and not set(run.lower()) & set("aeiouy")):
        return _LETTER_FINALS.get(last.lower(), "")
    low = run.lower()
    if low in _WORD_EXCEPTIONS:
        return _WORD_EXCEPTIONS[low]
    for ending, final in _WORD_FINALS:
        if low.endswith(ending) and len(low) > len(ending):
            return final
    return {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ"}.get(low[-1], "")


def brackets_around(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int] | None:
    """Where the round brackets holding [start, end) stand, looked for within [low, high): the
    "(" and the ")" (-1 when it does not close before `high`); None when no bracket opened
    after `low` is still open at `start`. An aside's words are its own: "SQL … (BigQuery 경험
    환영)", "(or a Bachelor's with 7+ years)"."""
    opened = text.rfind("(", low, start)
    if opened == -1 or text.rfind(")", opened, start) != -1:
        return None
    return opened, text.find(")", end, high)


# A Korean clause that ends in a connective before a comma: "파이썬 2년 이상이 꼭 필요하고,
# FastAPI 경험이 있어야 하며, …". Looked for only where one of them stands: the plain
# substring tests cost a fraction of a regex pass over every posting.
# "…하다가 " ends a clause with no comma: what was done before a change ("공인회계사로 6년간
# 감사를 하다가 데이터 분석가로 전직했습니다": the six years are not the analyst's).
_KOREAN_CLAUSE_END = re.compile(r"(?:고|며|지만|는데),\s|(?<=[하했되])다가\s")
_KOREAN_CONNECTIVES = ("고,", "며,", "지만,", "는데,", "다가 ")


def korean_clause_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Korean connective clause end ("하고, ") in `text`."""
    if not any(c in text for c in _KOREAN_CONNECTIVES):
        return []
    return [m.span() for m in _KOREAN_CLAUSE_END.finditer(text)]
