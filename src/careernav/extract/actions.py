"""Skills named by what someone did: a verb and its object a few words apart.

A resume says "Deployed a real-time ranking model" or "추천 모델을 서버에 배포했습니다", not
"model deployment". A concept's `actions` ([deploy, model], [배포, 모델]) read such clauses. The
verb is the evidence (its span is the mention); the object must stand in the same clause:

- English, verb first ("deployed … models"): at most four words between, none a preposition or
  a word that opens another clause, except a list of verbs that share the object ("trained,
  tuned and deployed models"); the object must head its phrase ("model registry" is not a
  model).
- English, object first ("models were deployed"): only auxiliaries between.
- Korean, object first ("모델을 … 배포했다"): at most three words between; commas may list
  verbs ("데이터 수집, 정제").
- Korean, verb first as a modifier ("배포한 모델"): at most one word between.

Regular expressions, not a parser: "deployed the app that served the model" is missed rather
than guessed at.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from careernav.extract._normalize import prepare
from careernav.knowledge import KnowledgeBase

_MAX_BETWEEN = {"en": 4, "ko": 3}
_REACH = 80  # characters around a verb where its object may be
# Words that end the verb's clause before its object: prepositions (the object that follows
# one belongs to it: "deployed monitoring for models") and clause openers.
_EN_STOP_WORDS = """
    to for in on at with into onto from by via using across over under through within behind
    after before as per than that which who whom whose where when while because but then so
    if although though since until unless whereas
"""
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
_EN_AUXILIARY_WORDS = """
    was were is are be been being get gets got getting has have had also successfully
"""
_EN_AUXILIARIES = frozenset(_EN_AUXILIARY_WORDS.split())
# Nouns that make an object the modifier of another thing: "the model registry", "data
# pipelines", "code owners" are not a model, data or code. (An object inside a longer name of
# the knowledge base, "model registry", is caught by the caller as well.)
_EN_COMPOUND_HEAD_WORDS = """
    registry registries card cards zoo zoos weights artifact artifacts file files repository
    repositories hub hubs store stores training architecture architectures library libraries
    owner owners team teams pipeline pipelines platform platforms center centers centre
    centres warehouse warehouses lake lakes structure structures engineer engineers scientist
    scientists analyst analysts review reviews base bases collection collections
"""
_EN_COMPOUND_HEADS = frozenset(_EN_COMPOUND_HEAD_WORDS.split())
_EN_WORD = r"[A-Za-z0-9](?:[A-Za-z0-9'’+#_-]|\.(?=[A-Za-z0-9]))*"
_EN_NEXT = re.compile(rf"[ \t]*(,?)[ \t]*({_EN_WORD})")

# The particles that leave a noun the object of the verb that follows ("모델을", "모델의 성능을",
# "데이터 및 로그를"); "서버에 배포" is where, not what.
_KO_PARTICLE_WORDS = "을 를 의 과 와 도 만 및 등 등을 등의 들 들을 들의 들과"
_KO_PARTICLES = _KO_PARTICLE_WORDS.split()
# What may follow a Korean verbal noun in the same word: 하다 and 되다 in any form, and particles.
_KO_VERB_ENDING_WORDS = """
    하 했 한 할 함 해 되 된 될 됨 돼 됐 시키 시킨 시켜 시켰 을 를 및 과 와 이 가 은 는 의 에 으로 로 도 까지 등
"""
_KO_VERB_ENDINGS = tuple(_KO_VERB_ENDING_WORDS.split())
# Endings of a word that is not a bare noun: particles, adverbs, connectives, and the joiners.
_KO_NOT_BARE_WORDS = "을 를 에 서 로 의 와 과 이 가 은 는 도 만 게 히 고 며 여 및 등"
_KO_NOT_BARE = tuple(_KO_NOT_BARE_WORDS.split())
_KO_MODIFIER_ENDINGS = ("한", "된", "하는", "되는", "할", "될", "했던", "하던", "되었던", "시킨")
_KO_WORD = re.compile(r"[^\s.,;:!?()\[\]{}<>\"'“”‘’·•|/]+")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]*")
# Another noun right after a word: a Hangul word that is not a joining particle nor a noun
# that completes a verbal noun ("배포 완료", "개발 경험", "구축 업무").
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!및|등|또는|또 |완료|경험|업무|담당|진행|수행|작업|성공|이력|가능)[\uac00-\ud7a3]"
)
# Activities that make one verb with the verbal noun after them ("연구 지도", "논문 지도",
# "프로젝트 지도"): the object stands before them ("학생 2명 연구 지도")
_KO_ACTIVITY_NOUNS = frozenset({"연구", "논문", "프로젝트", "과제", "실습", "학위논문", "진로"})
_KO_STOP = re.compile(r"[.;:!?{}<>\"“”•|\n]")
_KO_QUANTITY = re.compile(r"\d[\d,.]*[명개건편곳종회차배%]?(?:을|를|의|과|와|이|가)?")
# A word, or an aside in brackets (read as one piece so that it can be skipped).
_KO_PIECE = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]|[^\s.,;:!?()\[\]{}<>\"'“”‘’·•|/]+")


class Action(NamedTuple):
    """A verb `text[start:end]` that names `skill_id` with its object `text[object_start:
    object_end]`."""

    skill_id: str
    start: int
    end: int
    object_start: int
    object_end: int


_Found = tuple[str, int, int] | None


# Past forms of the irregular verbs that actions use.
_IRREGULAR = {
    "lead": ("led",), "build": ("built",), "write": ("wrote", "written"), "run": ("ran",),
    "teach": ("taught",), "drive": ("drove", "driven"),
}  # fmt: skip


# What may stand before a verb that opens a clause or an item: the start of a line, the end
# of a sentence, a bullet, a colon, a bracket.
_CLAUSE_OPENERS = "\n.!?:;•*·-–—()[]|>\"'“‘"
_DETERMINERS = frozenset({"a", "an", "the", "our", "your", "their", "his", "her", "my"})


def _noun_in_place(text: str, start: int) -> bool:
    """Whether the verb-like word at `start` is a noun here: capitalised inside a sentence
    ("As an AI Engineer you'll ship product features": a job title) or after a determiner
    ("an engineer who …")."""
    before = text[max(0, start - 20) : start].rstrip(" \t")
    if not before or before[-1] in _CLAUSE_OPENERS:
        return False
    if text[start].isupper() and not before[-1].isdigit():
        return True
    last = before.rsplit(None, 1)[-1].casefold()
    return last in _DETERMINERS


# Words after which a past participle describes the noun that follows rather than saying
# what someone did: "work with little labeled data", "a model trained on labeled data",
# "weakly labeled images" (no labelling done); "Labeled 40k images" and "I labeled data" do.
_PARTICIPLE_BEFORE_WORDS = """
    with without of on from in for by little less more much some enough any no few large
    small sufficient limited scarce weakly partially newly manually fully human
"""
_PARTICIPLE_BEFORE = frozenset(_PARTICIPLE_BEFORE_WORDS.split())


def _participle_in_place(text: str, start: int, end: int) -> bool:
    """Whether the "-ed" verb at [start, end) is an adjective here (`_PARTICIPLE_BEFORE`)."""
    if not text[start:end].casefold().endswith("ed"):
        return False
    before = text[max(0, start - 20) : start].rstrip(" \t-")
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].casefold() in _PARTICIPLE_BEFORE


def _any_between(ends: list[int], low: int, high: int) -> bool:
    """Whether one of `ends` (sorted) lies in [low, high]."""
    i = bisect.bisect_left(ends, low)
    return i < len(ends) and ends[i] <= high


def _verb_forms(word: str) -> set[str]:
    """The inflections of an English verb: deploy → deploys, deployed, deploying; tune →
    tuned, tuning; ship → shipped; label → labelled."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", *_IRREGULAR.get(word, ())}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _noun_forms(word: str) -> set[str]:
    """An English noun and its plural: model → models; hyperparameter → hyperparameters."""
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return {word, word[:-1] + "ies"}
    return {word, word + "s", word + "es"}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class ActionMatcher:
    """Built once per knowledge base from every concept's `actions`."""

    def __init__(self, kb: KnowledgeBase):
        self._pairs: dict[tuple[str, str], str] = {}  # (verb, object) -> skill id
        self._verb_of: dict[str, str] = {}  # English verb form -> verb
        self._object_of: dict[str, str] = {}  # English object form -> object
        ko_verbs, ko_objects = set(), set()
        for sid, skill in sorted(kb.skills.items()):
            for lang, verb, obj in skill.actions.all():
                if lang == "en":
                    self._pairs[verb, obj] = sid
                    self._verb_of.update(dict.fromkeys(_verb_forms(verb), verb))
                    self._object_of.update(dict.fromkeys(_noun_forms(obj), obj))
                else:
                    self._pairs[verb, obj.casefold()] = sid
                    ko_verbs.add(verb)
                    ko_objects.add(obj.casefold())
        # Every verb and object form of both languages in one automaton, searched once in
        # the prepared (case-folded) text: a regex of ~200 alternatives cost four times the
        # whole matcher, and a second automaton pass as much as the first. Keys are written
        # as `prepare` writes them ("co-author" is searched as "co author"); a value is
        # (language and verb when the key is a verb form, whether it is an object, length).
        values: dict[str, tuple] = {}
        for form, verb in self._verb_of.items():
            values[prepare(form)] = ("en", verb, False, len(form))
        for verb in ko_verbs:
            values[verb] = ("ko", verb, False, len(verb))
        for form in [*self._object_of, *ko_objects]:
            lang, verb, _, length = values.get(prepare(form), (None, None, True, len(form)))
            values[prepare(form)] = (lang, verb, True, length)
        words = ahocorasick.Automaton()
        for key, value in values.items():
            words.add_word(key, value)
        words.make_automaton()
        self._words = words if len(words) else None
        self._ko_object = (
            re.compile(rf"({_alternation(ko_objects)})(?:{_alternation(_KO_PARTICLES)})?\Z")
            if ko_objects
            else None
        )
        self._ko_object_first = (
            re.compile(rf"\A({_alternation(ko_objects)})") if ko_objects else None
        )

    def find(self, text: str, prepared: str | None = None) -> list[Action]:
        """Each verb that names a skill with its object, in order of position. They may
        overlap mentions of names; the caller decides. `prepared` is the text's
        `prepare(text)`, when the caller has it."""
        hits: list[Action] = []
        if self._words is None or not text:
            return hits
        prepared = prepared or prepare(text)
        found = list(self._words.iter(prepared))
        objects = [end + 1 for end, value in found if value[2]]  # where they end, in order
        if not objects:
            return hits
        verbs = [(end + 1, value) for end, value in found if value[0] is not None]
        size = len(text)
        for end, (lang, verb, _, length) in verbs:
            start = end - length
            if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
                continue  # inside a longer word
            if lang == "en" and end < size and (text[end].isalnum() or text[end] in "-_"):
                continue
            # where an object may end: after the verb (verb first) or before it (object first)
            after = _any_between(objects, end, end + _REACH)
            before = _any_between(objects, start - _REACH, start)
            if not (after or before):
                continue
            found = None
            if lang == "en":
                if (
                    after
                    and not _noun_in_place(text, start)
                    and not _participle_in_place(text, start, end)
                ):
                    found = self._english_object_after(text, end, verb)
                # object first only in the passive: "models were deployed", "prompts
                # engineered"; "Prompt Engineer" is a job title, not a verb after its object
                form = text[start:end].casefold()
                if found is None and before and form != verb and not form.endswith("ing"):
                    found = self._english_object_before(text, start, verb)
            else:
                ending = _HANGUL_RUN.match(text, end).group()
                if ending and not ending.startswith(_KO_VERB_ENDINGS):
                    continue  # "배포판" is another word; "배포했습니다" is the verb
                # A bare verbal noun before another noun modifies it ("분산 캐시" is a
                # distributed cache): its object, if any, is the word right before it ("API
                # 개발 경험"). Before a comma, 및 or the end of the clause it is the verb.
                if before:
                    bare_modifier = not ending and _NOUN_AFTER.match(text, end) is not None
                    between = 0 if bare_modifier else None
                    found = self._korean_object_before(text, start, verb, between)
                if found is None and after and ending in _KO_MODIFIER_ENDINGS:
                    found = self._korean_object_after(text, end + len(ending), verb)
            if found:
                sid, object_start, object_end = found
                hits.append(Action(sid, start, end, object_start, object_end))
        return hits

    # -- English -------------------------------------------------------------------------

    # Each helper returns (skill id, object start, object end), or None.

    def _english_object_after(self, text: str, pos: int, verb: str) -> _Found:
        between = 0
        joined = False  # a comma, "and" or "or" was passed: the next word must be a verb
        verbs_only = True  # every word so far was a verb of a list ("trained, tuned and")
        while between <= _MAX_BETWEEN["en"]:
            match = _EN_NEXT.match(text, pos)
            if match is None:
                return None
            pos = match.end()
            word = match.group(2).casefold()
            joined = joined or bool(match.group(1))
            if word in ("and", "or"):
                joined = True
            if joined and not verbs_only:
                return None  # "planned field tests and reviewed …": the verb had its object
            if word in ("and", "or"):
                continue
            if joined:  # "trained, tuned and deployed models": only another verb may follow
                if not self._verb_like(word):
                    return None
                joined = False
            else:
                obj = self._object_of.get(word)
                if obj is not None and (verb, obj) in self._pairs and self._heads(text, pos):
                    return self._pairs[verb, obj], match.start(2), pos
                if word in _EN_STOP:
                    return None
                verbs_only = False
            between += 1
        return None

    def _english_object_before(self, text: str, pos: int, verb: str) -> _Found:
        for _ in range(3):  # the object, after at most two auxiliaries
            word_end = pos
            while word_end and text[word_end - 1] in " \t":
                word_end -= 1
            if word_end == pos:
                return None  # no space before: not a word of this clause
            pos = word_end
            while pos and (text[pos - 1].isalnum() or text[pos - 1] in "'’_-"):
                pos -= 1
            word = text[pos:word_end].casefold()
            obj = self._object_of.get(word)
            if obj is not None and (verb, obj) in self._pairs:
                return self._pairs[verb, obj], pos, word_end
            if word not in _EN_AUXILIARIES:
                return None
        return None

    def _verb_like(self, word: str) -> bool:
        return word in self._verb_of or word.endswith(("ed", "ing"))

    @staticmethod
    def _heads(text: str, pos: int) -> bool:
        """The object ending at `pos` heads its phrase: no noun that it modifies follows."""
        match = _EN_NEXT.match(text, pos)
        return (
            match is None
            or bool(match.group(1))
            or match.group(2).casefold() not in _EN_COMPOUND_HEADS
        )

    # -- Korean --------------------------------------------------------------------------

    def _korean_object_before(
        self, text: str, pos: int, verb: str, between: int | None = None
    ) -> _Found:
        low = max(0, pos - 80)
        stop = max((m.end() for m in _KO_STOP.finditer(text, low, pos)), default=low)
        words = [
            w
            for w in _KO_PIECE.finditer(text, stop, pos)
            # an aside in brackets, a particle cut off by one ("모델(Two-Tower)을") and a
            # count ("팀원 4명을 리드") are not words between the object and its verb
            if w.group()[0] not in "(["
            and (w.group() in ("및", "등") or w.group() not in _KO_PARTICLES)
            and not _KO_QUANTITY.fullmatch(w.group())
        ]
        # Past another thing marked as the object, only its owner or a list it ends may
        # follow: "모델의 성능을 평가", "데이터와 로그를 수집", "데이터 및 로그를 수집".
        owner_only = joined = False
        between = _MAX_BETWEEN["ko"] if between is None else between
        for n, word in enumerate(reversed(words[-(between + 1) :])):
            folded = word.group().casefold()
            if owner_only and folded in ("및", "등"):
                joined = True
                continue
            if owner_only and not (joined or folded.endswith(("의", "와", "과"))):
                return None  # the verb's object is another thing ("결과를 배포")
            match = self._ko_object.search(folded)
            if match and (verb, match.group(1)) in self._pairs:
                start = word.start() + match.start(1)
                return self._pairs[verb, match.group(1)], start, start + len(match.group(1))
            if owner_only:
                return None
            if n == 0 and folded in _KO_ACTIVITY_NOUNS:
                continue  # "학생 2명 연구 지도": the kind of supervising, not what is supervised
            if n == 0 and not folded.endswith(_KO_NOT_BARE) and "," not in text[word.end() : pos]:
                # a bare noun right before the verb is its object ("쿼리 분석 파이프라인 개선"
                # improves the pipeline); one before a comma is a verb of a list ("수집, 정제")
                return None
            owner_only = folded.endswith(("을", "를"))
        return None

    def _korean_object_after(self, text: str, pos: int, verb: str) -> _Found:
        high = min(len(text), pos + 40)
        stop = _KO_STOP.search(text, pos, high)
        for n, word in enumerate(_KO_WORD.finditer(text, pos, stop.start() if stop else high)):
            if n == 2:
                break
            match = self._ko_object_first.match(word.group().casefold())
            if match and (verb, match.group(1)) in self._pairs:
                return self._pairs[verb, match.group(1)], word.start(), word.start() + match.end(1)
        return None
