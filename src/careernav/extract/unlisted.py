"""Knowledge a document asks for in words the knowledge base does not know.

A posting says what it wants after a small set of cues: "knowledge of …", "experience with
…", "familiarity with …", "… 에 대한 이해". The noun phrase after the cue (before it, in Korean)
is asked-for knowledge whether or not careernav has a concept for it. Those phrases are
quoted here, not interpreted: they carry no weight in a match (careernav cannot say what they
need or what stands in for them), but a reader should see them, and a match says whether the
resume names them too.

An item is a short run of words, split at "and"/"or" (및, 와/과 in Korean). It ends at
punctuation, a determiner or a preposition, a number, an adverb or a word of level; a verb in
-ing ("experience in building …" asks for an activity, which the knowledge base's action
phrases read), a new ask or a word past the limit cut it whole, since a phrase quoted in part
misleads. A phrase whose head a concept names, or that adds to its concepts only a word of
what kind of thing it is ("AWS services", "RNN-T 구조"), is left to those concepts; one where a
concept only qualifies the head ("금융 규제") is quoted whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from typing import Any

from careernav.text import normalize

__all__ = ["Unlisted", "WordsOf", "key_words", "unlisted_phrases"]


@dataclass(frozen=True, slots=True)
class Unlisted:
    """`text[start:end]`, a phrase of asked-for knowledge no concept names, in `section`."""

    start: int
    end: int
    text: str
    section: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_CUE_EN = re.compile(
    r"\b(?:knowledge(?:able)?\s+(?:of|in|about)|understanding\s+of|familiar(?:ity)?\s+with"
    r"|experienced?\s+(?:with|in)|proficien(?:cy|t)\s+(?:in|with)|expertise\s+(?:in|with)"
    r"|skills\s+in|background\s+in|degree\s+in|skilled\s+in|fluen(?:cy|t)\s+in"
    r"|versed\s+in|grasp\s+of)[ \t]+",
    re.IGNORECASE,
)
# A word, a name with its inner punctuation ("CI/CD", "Node.js", "C++", "R&D"), or one sign.
_TOKEN = re.compile(r"[ \t]*([^\W_][\w+#.\-/&']*[\w+#]|[^\W_]|\S)")
_STOP_WORDS = frozenset({
    "to", "is", "are", "that", "which", "as", "for", "with", "such", "like", "including", "e.g",
    "e.g.", "i.e", "i.e.", "etc", "who", "where", "when", "you", "we", "our", "your", "their",
    "its", "the", "a", "an", "of", "in", "on", "at", "by", "from", "into", "be", "one", "least",
    "more", "both", "multiple", "other", "some", "all", "similar", "various", "any", "and/or",
    "either", "this", "these", "those", "how", "what", "why", "equivalent", "related",
    "relevant", "ability", "abilities", "hands", "hands-on", "across", "within", "written",
    "spoken", "verbal", "can", "will", "should", "must", "would", "may", "preferred",
    "required", "desired", "plus", "preferably", "ideally", "another"
})  # fmt: skip
# A word that says only what kind of thing the knowledge is: alone, it names nothing
# ("knowledge of concepts", "experience with tools").
_BARE_HEADS = frozenset({
    "application", "applications", "service", "services", "concept", "concepts", "principle",
    "principles", "practice", "practices", "technology", "technologies", "product", "products",
    "tool", "tools", "system", "systems", "framework", "frameworks", "solution", "solutions",
    "field", "fields", "area", "areas", "domain", "domains", "environment", "environments",
    "process", "processes", "method", "methods", "fundamentals", "basics", "development",
    "research", "growth", "operation", "operations", "programming", "stack", "stacks",
    "ecosystem", "platform", "platforms", "language", "languages", "library", "libraries",
    "skills", "api", "apis", "software", "data", "issues", "priorities", "preparation", "each",
    "know", "workflows", "needs", "methodology", "methodologies", "requirements", "requirement",
    "standards", "standard", "objectives", "objective", "model", "models", "technique",
    "techniques", "approach", "approaches", "exploration", "architecture", "architectures",
    "ambiguity", "uncertainty", "change", "deadlines", "pressure", "loss", "losses",
    "function", "functions", "structure", "structures", "internals"
})  # fmt: skip
# A lone adjective, left when "and" split its noun off ("statistical and ML techniques").
_ADJECTIVE = re.compile(r"[a-z]+(?:al|ic|ive)")
_JOINERS = frozenset({"and", "or", "&", "/"})
# Nouns that end in -ing: the names of fields and practices, not verbs.
_ING_NOUNS = frozenset({
    "engineering", "programming", "computing", "processing", "testing", "networking", "modeling",
    "modelling", "learning", "marketing", "accounting", "banking", "manufacturing", "messaging",
    "scheduling", "monitoring", "logging", "routing", "caching", "training", "planning",
    "budgeting", "financing", "pricing", "mining", "imaging", "packaging", "printing", "auditing",
    "nursing", "forecasting", "reporting", "recruiting", "consulting", "coding", "decoding",
    "encoding", "lending", "rendering", "streaming", "tracing", "indexing", "clustering",
    "sharding", "hashing", "parsing", "labeling", "labelling", "embedding", "warehousing",
    "underwriting", "billing", "ticketing", "publishing", "advertising", "retailing", "shipping"
})  # fmt: skip
_MAX_WORDS = 4  # in one item
_MAX_NAME_WORDS = 7  # in one proper name ("Health Insurance Portability and Accountability Act")
_CONTRASTS = frozenset({"vs", "vs.", "versus"})
_INSIDE_NAMES = frozenset({"for", "of", "on", "and"})  # "Centers for Medicare", "Bank of Korea"
_WORDS = re.compile(r"[^\W_][\w+#'-]*")  # what is left of a phrase beside its concepts
_GLOSS = re.compile(r"[(（]([^()（）]*)[)）]\s*\Z")
# Words that open the next ask: the item before them was its adjective, not a name.
_NEW_ASK = frozenset({
    "experience", "experiences", "knowledge", "understanding", "skills", "proficiency",
    "expertise", "familiarity"
})  # fmt: skip

# Korean puts the knowledge first: "분산 시스템에 대한 이해", "MSA 구조에 관한 지식".
_CUE_KO = re.compile(
    r"[ \t]*에[ \t]*(?:대한|관한)[ \t]*"
    r"(?:(?:깊은|높은|기본적인|기초적인|충분한|폭넓은|전반적인|기본|기초|실무|전문|풍부한|해박한"
    r"|깊이[ \t]*있는)[ \t]*)?(?:(?:연구|실무|개발|구축|운영|활용)[ \t]*)?(?:이해|지식|경험)"
)
# A word ("ㆍ", the Korean bullet, is a letter to Unicode but no part of one)
_WORD_BEFORE = re.compile(r"((?:(?!ㆍ)[^\W_])(?:(?!ㆍ)[\w+#.\-/&])*)[ \t]*\Z")
_GLOSS_BEFORE = re.compile(r"[(（][^()（）\n]{1,40}[)）][ \t]*\Z")  # "분산 트랜잭션(Saga 패턴)"
_KO_OR = frozenset({"및", "또는", "혹은"})
# Brackets that say how much is asked, not what: "쿠버네티스(필수)", "신용 리스크 관리(3년 이상)"
_ASIDE_BEFORE = re.compile(
    r"[ \t]*[(（][^()（）\n]*(?:필수|우대|선택|\d+[ \t]*년|이상|이하|경력|신입|required|preferred"
    r"|optional|plus)[^()（）\n]*[)）][ \t]*\Z",
    re.IGNORECASE,
)
# A list's number or letter before the phrase: "2.", "①", "가.", "1.자금세탁방지"
_LIST_MARK = re.compile(r"(?:\d{1,2}[.)]|[①-⑳]|[가-힣][.)])[ \t]*")
# A word ending in a particle or a clause's ending closes the phrase on its left: "Python과
# SQL에 대한 이해" quotes SQL, then Python as an item of its own; "의" links nouns and stays
# ("모델의 서빙 구조").
_KO_CLOSERS = (
    *"을를은는와과", "적인", "라도", "지만", "하고", "하며", "해서", "하면", "거나", "이나", "로서",
    "로써",
)  # fmt: skip
# Words that stand before a phrase, not in it: joiners, "등의", "기타", "각종", "관련", and
# verbs that describe ("이용한", "다양한": three syllables ending in 한; "권한" is a noun).
_KO_JOINERS = frozenset({
    "및", "또는", "혹은", "등", "등의", "의", "대한", "관한", "기타", "각종", "관련", "해당",
    "여러", "모든", "같은", "통한", "수준의", "정도의"
})  # fmt: skip
# "…의 전반에 대한 이해", "사업 전반": the whole of what stands before it
_DESCRIBING = re.compile(r"\w{2,}한")
_KO_MAX_WORDS = 3
# What a Korean cue's phrase may be that names no knowledge: "이에 대한 이해", "업무에 대한
# 이해", "서비스에 대한 이해".
_KO_BARE = frozenset({
    "이", "그", "이것", "그것", "해당", "업무", "직무", "분야", "도메인", "서비스", "비즈니스",
    "제품", "회사", "기술", "전반", "본인", "자신", "고객", "사용자", "조직", "팀", "산업", "시장",
    "트렌드", "개발", "활용", "사용", "운영", "기반", "관련", "환경", "도구", "시스템", "플랫폼",
    "프레임워크", "라이브러리", "언어", "프로그래밍", "코딩", "생태계", "응답", "기능",
    "요구사항", "요구", "사항", "품질", "과정", "방식", "설계", "구현", "구축", "아키텍처",
    "아키텍쳐", "기법", "방법론", "표준", "모델", "모형", "원리", "개념", "이론", "구조", "손실",
    "함수", "내부"
})  # fmt: skip


def unlisted_phrases(text: str, named: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) spans of the phrases of asked-for knowledge in `text` that say more
    than the `named` spans (the knowledge base's mentions, in order) inside them.

    A phrase whose last word a concept names is that concept's ("consensus algorithms" is a
    kind of algorithm); one whose other words only say what kind of thing it is ("AWS
    services", "Java development") is its concepts'. One where a concept only qualifies the
    head ("금융 규제", "compiler optimisation passes") is quoted whole: it asks for more than
    the concept."""
    starts = [a for a, _ in named]
    ends = [b for _, b in named]

    def says_more(a: int, b: int) -> bool:
        i = bisect.bisect_left(ends, a + 1)  # the first mention that ends after a
        rest, pos = [], a
        while i < len(starts) and starts[i] < b:
            if ends[i] >= b:
                return False  # the head is the concept's
            rest.append(text[pos : starts[i]])
            pos, i = ends[i], i + 1
        rest.append(text[pos:b])
        left = "".join(rest)
        if (gloss := _GLOSS.search(left)) and not _WORDS.search(gloss.group(1)):
            return False  # what it is, in brackets, is concepts: "…(RLHF, DPO)", "…(ISO 26262)"
        words = _WORDS.findall(left.casefold())
        return any(w not in _BARE_HEADS and w not in _KO_BARE for w in words)

    spans = [
        (a, b)
        for a, b in _english_items(text)
        if says_more(a, b) and not _ADJECTIVE.fullmatch(text, a, b)
    ]
    spans += [span for span in _korean_items(text) if says_more(*span)]
    kept: list[tuple[int, int]] = []
    for span in sorted(set(spans)):  # an English and a Korean cue may read the same words
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _english_items(text: str):
    for cue in _CUE_EN.finditer(text):
        pos, item, words = cue.end(), None, 0
        while True:
            token = _TOKEN.match(text, pos)
            if token is None or "\n" in text[pos : token.start(1)]:
                break
            word = token.group(1).casefold()
            if word in _JOINERS:
                if item is None:
                    break
                if (
                    word in _INSIDE_NAMES
                    and _proper_name(text, item)
                    and _names_next(text, token.end())
                ):
                    pos = token.end()  # "Health Insurance Portability and Accountability Act"
                    continue
                yield item
                item, words, pos = None, 0, token.end()
                continue
            verb = word.endswith("ing") and word not in _ING_NOUNS
            if word in _NEW_ASK or word in _CONTRASTS or (verb and item is not None):
                # "devops and extensive experience with …": the adjective is the next ask's;
                # "feature flagging systems", "offline vs. online metrics" are more than this
                # reading can quote whole: each is cut, not quoted in part
                item = None
                break
            if word == "the" and item is None and _names_next(text, token.end()):
                pos = token.end()  # "Knowledge of the Fair Credit Reporting Act"
                continue
            if (
                verb
                or word in _STOP_WORDS
                or not word[0].isalpha()
                or (word.endswith("ly") and len(word) > 4)  # an adverb: "highly", "ideally"
            ):
                if word in _INSIDE_NAMES and item is not None and _names_next(text, token.end()):
                    item = None  # "Centers for Medicare …": a name goes on past the word
                break
            if words >= _MAX_WORDS and not (
                words < _MAX_NAME_WORDS and token.group(1)[0].isupper() and _proper_name(text, item)
            ):  # a phrase longer than a name is a description; a proper name may run longer
                item = None
                break
            item = (item[0] if item else token.start(1), token.end(1))
            pos, words = token.end(), words + 1
        if item is not None:
            yield item


def _proper_name(text: str, item: tuple[int, int] | None) -> bool:
    """Whether the item so far is two or more capitalised words: "Health Insurance
    Portability", not "Python" alone (so "Python and Java" stay two items)."""
    if item is None:
        return False
    words = [w for w in text[item[0] : item[1]].split() if w not in _INSIDE_NAMES]
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _names_next(text: str, pos: int) -> bool:
    """Whether the word at `pos` is capitalised: "the" before a name, not "the business"."""
    token = _TOKEN.match(text, pos)
    return (
        token is not None
        and token.group(1)[0].isupper()
        and not token.group(1).endswith(("'s", "’s"))  # "the Company's process": no name
    )


def _korean_items(text: str):
    for cue in _CUE_KO.finditer(text):
        end = cue.start()
        aside = _ASIDE_BEFORE.search(text, max(0, end - 40), end)
        if aside is not None:
            end = aside.start()
        whole = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if whole is not None and whole.group(1) in ("전반", "전체", "전반적"):
            end = whole.start(1)
            while end > 0 and text[end - 1] in " \t":
                end -= 1
        # "정보통신망법 및 개인정보보호법에 관한 지식", "Kafka와 메시지 큐에 대한 이해": each item
        for _ in range(3):
            start = _phrase_start(text, end)
            phrase = text[start:end]
            if not phrase or phrase in _KO_BARE or not any(ch.isalpha() for ch in phrase):
                break
            yield (start, end)
            joiner = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if joiner is None:
                break
            word = joiner.group(1)
            if word in _KO_OR:
                end = joiner.start(1)
                while end > 0 and text[end - 1] in " \t":
                    end -= 1
            elif len(word) > 1 and word.endswith(("와", "과")):
                end = joiner.end(1) - 1  # the item, less its particle
            else:
                break


def _phrase_start(text: str, end: int) -> int:
    """Where the Korean phrase ending at `end` starts: up to three words back, a gloss in
    brackets riding with the word before it, stopping at a particle, a joiner or a verb."""
    start = end
    for _ in range(_KO_MAX_WORDS):
        gloss = _GLOSS_BEFORE.search(text, max(0, start - 44), start)
        if gloss is not None:
            start = gloss.start()
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is None:
            break
        found = word.group(1)
        if found in _KO_JOINERS or found.endswith(_KO_CLOSERS) or _DESCRIBING.fullmatch(found):
            break
        start = word.start(1)
    if mark := _LIST_MARK.match(text, start, end):
        start = mark.end()
    while start < end and text[start] in "(（":  # a gloss with no word before it: not quoted
        start = end
    return start


# Heads a resume says in other words ("NACHA file formats" for "NACHA file generation",
# "ledger design" for "designed a ledger service"): left out of a phrase's key words.
_LOOSE_HEADS = frozenset({
    "format", "formats", "code", "codes", "design", "designs", "rule", "rules", "handling",
    "pattern", "patterns", "lifecycle", "workflow", "workflows"
})  # fmt: skip
_ANY_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]")


def key_words(phrase: str) -> list[str]:
    """The words of a quoted phrase that say what it is, case-folded: "NACHA file formats" →
    nacha, file; a gloss in brackets and words of its kind left out."""
    words = _WORDS.findall(_ANY_GLOSS.sub(" ", phrase).casefold())
    return [
        w
        for w in words
        if w not in _BARE_HEADS
        and w not in _KO_BARE
        and w not in _LOOSE_HEADS
        and w not in _STOP_WORDS
        and w not in _INSIDE_NAMES
    ]


class WordsOf:
    """A text (a resume), read once, that tells whether it says a quoted phrase: the same
    words in any case and spacing, a gloss in brackets optional, or one of its lines naming
    the phrase's key words in any form."""

    def __init__(self, text: str):
        self.text = text
        self.key = normalize(text)
        self.lines = [_LINE_WORDS.findall(line.casefold()) for line in text.splitlines()]

    def says(self, phrase: str) -> bool:
        return self._same_words(phrase) or self._key_words_on_a_line(phrase)

    def _same_words(self, phrase: str) -> bool:
        """ "real time" for "real-time", "PG 사" for "PG사", "대사 업무" for "대사(reconciliation)
        업무"; not "SEO" inside "Seoul"."""
        return any(
            normalize(form) in self.key and _letters_of(form).search(self.text) is not None
            for form in dict.fromkeys((phrase, _ANY_GLOSS.sub("", phrase)))
            if form.strip()
        )

    def _key_words_on_a_line(self, phrase: str) -> bool:
        """ "NACHA file generation" for "NACHA file formats", "Designed a double-entry ledger"
        for "ledger design"; a Korean particle after a word allowed."""
        wanted = key_words(phrase)
        return bool(wanted) and any(
            all(any(_same_word(word, w) for word in line) for w in wanted) for line in self.lines
        )


_LINE_WORDS = re.compile(r"[^\W_][\w+#-]*")
_INFLECTIONS = frozenset({"s", "es", "ed", "d", "ing", "er", "ers"})
_SEPARATORS = r"[\s\-_/.·]*"


def _same_word(word: str, wanted: str) -> bool:
    """`word` is `wanted`, inflected ("returns", "designed") or, in Korean, with a particle
    ("정산을"); not a longer word ("Tantivyish")."""
    if not word.startswith(wanted):
        return False
    rest = word[len(wanted) :]
    return not rest or not rest.isascii() or rest in _INFLECTIONS


def _letters_of(phrase: str) -> re.Pattern:
    """The phrase's letters with any separators between them, on word boundaries (a Korean
    word may take a particle after it)."""
    letters = [re.escape(ch) for ch in phrase if ch.isalnum() or ch in "+#"]
    pattern = r"(?<!\w)" + _SEPARATORS.join(letters)
    if not phrase[-1:].isalpha() or phrase[-1].isascii():
        pattern += r"(?!\w)"
    return re.compile(pattern, re.IGNORECASE)
