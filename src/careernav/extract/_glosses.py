"""An acronym in brackets that only glosses the words before it.

"a credit scoring system (CSS)" and "신용평가모형(CSS) 개발" spell out a credit-scoring model,
not Cascading Style Sheets: the acronym in brackets is the short name of the phrase it follows.
It names a skill of its own when that phrase is a skill too ("Amazon Web Services (AWS)",
"자연어처리(NLP)", "클라우드(AWS)"), which the matcher finds ending right at the bracket, and
whenever the text cannot tell a gloss from an example ("로그 분석 시스템(ELK)" is an ELK stack).

It can tell in two cases. In English, when the initials of the words before the bracket spell
the acronym and the knowledge base knows the acronym as other words ("credit scoring system",
not "Cascading Style Sheets"). In Korean, which has no initials to check, when a model or an
index ("모형", "모델", "지표", "지수") is glossed by the name of a programming language or a
database: a model is never one ("신용평가모형(CSS)", while "분류 모델(CNN)" keeps its CNN).
"""

from __future__ import annotations

import re

from careernav.extract._boundaries import is_hangul
from careernav.extract._hit import Hit
from careernav.knowledge import KnowledgeBase

_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
# Small words a spelled-out phrase may hold without giving a letter ("quality of service").
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on"})
_WORD = re.compile(r"[A-Za-z]+")
_LOOK_BACK = 80  # characters: more than six spelled-out words need
_KOREAN_MODEL = re.compile(r"(?:모형|모델|지표|지수)\Z")
_NEVER_A_MODEL = frozenset({"language", "database"})


class Glosses:
    """Built once per knowledge base: what each concept's acronyms stand for."""

    def __init__(self, kb: KnowledgeBase):
        # skill -> the spelled-out English names of it, as tuples of their words' initials
        # and the words ("cascading", "style", "sheets")
        self._spelled: dict[str, list[tuple[str, ...]]] = {}
        self._kinds = {sid: skill.kind for sid, skill in kb.skills.items()}
        for sid, skill in kb.skills.items():
            for name in skill.names():
                words = tuple(w.lower() for w in _WORD.findall(name.replace("-", " ")))
                if len(words) >= 2 and name.isascii():
                    self._spelled.setdefault(sid, []).append(words)

    def without_glosses(self, text: str, hits: list[Hit]) -> list[Hit]:
        """`hits` (in order, not overlapping) less the acronyms that gloss the words before."""
        if "(" not in text:
            return hits
        ends = {h.end for h in hits}
        return [h for h in hits if not self._glosses(text, h, ends)]

    def _glosses(self, text: str, hit: Hit, ends: set[int]) -> bool:
        start, end = hit.start, hit.end
        if start < 2 or text[start - 1] != "(" or not text.startswith(")", end):
            return False
        if _ACRONYM.fullmatch(text, start, end) is None:
            return False
        before = start - 1
        if text[before - 1] in " \t":
            before -= 1
        if before in ends or before < 1:
            return False  # the phrase is a skill the acronym names ("클라우드(AWS)")
        letters = text[start:end].rstrip("s").lower()
        if is_hangul(text[before - 1]):
            return (
                self._kinds.get(hit.skill_id) in _NEVER_A_MODEL
                and _KOREAN_MODEL.search(text, max(0, before - 4), before) is not None
            )
        phrase = _WORD.findall(text[max(0, before - _LOOK_BACK) : before].replace("-", " "))
        spelled = _spelling(letters, [w.lower() for w in phrase])
        if spelled is None:
            return False
        known = [
            words
            for words in self._spelled.get(hit.skill_id, ())
            if _spelling(letters, list(words)) is not None
        ]
        return bool(known) and all(spelled != _spelling(letters, list(w)) for w in known)


def _spelling(letters: str, words: list[str]) -> tuple[str, ...] | None:
    """The last of `words` whose initials spell `letters` (small words allowed in between),
    or None."""
    i = len(letters) - 1
    taken: list[str] = []
    for word in reversed(words):
        if i < 0:
            break
        if word[0] == letters[i]:
            taken.append(word)
            i -= 1
        elif word in _SMALL_WORDS:
            taken.append(word)
        else:
            return None
    return tuple(reversed(taken)) if i < 0 else None
