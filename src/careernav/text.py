"""Text normalisation shared by the knowledge base and the extractor.

Two spellings are the same name when they are equal after `normalize`: Unicode NFKC, case
folded, and the separators people insert or drop at will (spaces, hyphens, dots, underscores,
slashes) removed. So "Tensor Flow", "tensorflow" and "TensorFlow" are one name, and so are
"자연어 처리" and "자연어처리".
"""

from __future__ import annotations

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


def josa(word: str, with_final: str, without_final: str) -> str:
    """The Korean particle that fits after `word`: 을/를, 이/가, 으로/로 by its last sound.

    Only a Hangul syllable tells for sure (ㄹ takes 로, not 으로); after Latin letters or digits
    the two forms are written together, "을(를)", "(으)로", as Korean software usually does."""
    last = word.rstrip()[-1:] if word.strip() else ""
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28
        if with_final == "으로" and final == 8:  # ㄹ
            return without_final
        return with_final if final else without_final
    if with_final == "으로":
        return "(으)로"  # "Python(으)로", as Korean software writes it
    return f"{with_final}({without_final})"


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
_KOREAN_CLAUSE_END = re.compile(r"(?:고|며|지만|는데),\s")
_KOREAN_CONNECTIVES = ("고,", "며,", "지만,", "는데,")


def korean_clause_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Korean connective clause end ("하고, ") in `text`."""
    if not any(c in text for c in _KOREAN_CONNECTIVES):
        return []
    return [m.span() for m in _KOREAN_CLAUSE_END.finditer(text)]
