"""Human languages as the person's skill, or only as what the work is about.

"Fluent in Korean", "Korean (native)", "영어 능통" ask for or show a language. "Korean VQA",
"Korean customer-support tone", "한국어 VQA" and "low-resource languages such as Korean and
Turkish" name the language of data, users or models: the bare name is an adjective there, or
an example of the languages the work covers. The knowledge base's `not_names` list the
common such phrases ("Korean NLP", "한국어 데이터"); this reads the rest by their shape.
"""

from __future__ import annotations

import re

from careernav.extract._hit import Hit

SPOKEN = frozenset({"english", "korean", "japanese", "chinese", "german", "french", "spanish"})

# Words after a bare language name that keep it the person's language: joiners, verbs of
# asking, proficiency words ("Korean speaker", "English is a plus", "한국어 능통자"), and
# another language ("Korean English" in a tag line).
_KEEP_WORDS = """
    and or nor is are was as at a an in for to with plus preferred required a+ and/or also
    appreciated desired welcome welcomed advantage
    speaker speakers speaking spoken native fluency fluent proficiency proficient skills skill
    ability abilities level levels language languages communication conversation
    conversational business writing written reading verbal oral certificate certification
    test score toeic toefl ielts opic teps jlpt jpt hsk would will nice essential mandatory
    optional bilingual
    english korean japanese chinese mandarin german french spanish
    및 또는 혹은 능통 능통자 가능 가능자 가능하신 원어민 회화 능력 필수 우대 실력 구사 구사자
    소통 커뮤니케이션 점수 시험 성적 비즈니스 작문 독해 영어 한국어 일본어 중국어 독일어 프랑스어
    스페인어
"""
_KEEPS = frozenset(_KEEP_WORDS.split())
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z+/'’-]*|[가-힣]+)")
# "languages such as Korean and Turkish", "low-resource languages like Korean, Thai"
_EXAMPLES_OF_LANGUAGES = re.compile(
    r"languages?[ \t]*(?:such[ \t]+as|like|including|e\.g\.,?|\()[ \t]*"
    r"(?:[A-Z][a-z]+[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]and[ \t]+|[ \t]or[ \t]+)[ \t]*)*\Z",
)
_LOOK_BACK = 80


def about_the_work(text: str, hit: Hit) -> bool:
    """Whether a mention of a human language names what the work is about (its data, users or
    models) rather than a language someone speaks."""
    if hit.skill_id not in SPOKEN or " " in text[hit.start : hit.end]:
        return False  # a longer name ("Korean language", "business Korean") is a skill's
    following = _NEXT_WORD.match(text, hit.end)
    if following and _modified(following.group(1)):
        return True
    return bool(_EXAMPLES_OF_LANGUAGES.search(text, max(0, hit.start - _LOOK_BACK), hit.start))


def _modified(word: str) -> bool:
    """Whether the word after a bare language name is a noun the name modifies: an acronym
    ("Korean VQA"), a lower-case noun ("Korean customer-support tone") or a Korean one
    ("한국어 데이터셋"). An adverb ("English fluently"), a capitalised word (the next item of
    a list or the next sentence: "English Strong analytical skills") and the words of
    `_KEEPS` leave the name the person's language."""
    lowered = word.lower()
    if lowered in _KEEPS:
        return False
    if word.isupper() and len(word) > 1:
        return True
    if word[0].isupper():
        return False
    if word[0] < "가":  # Latin, lower-case
        return not lowered.endswith("ly") and lowered not in _FUNCTION_WORDS
    return True


# Lower-case words that start a phrase of their own after a name ("English both written and
# spoken", "English on a professional level")
_FUNCTION_WORDS = frozenset(
    {"both", "on", "is", "be", "being", "with", "from", "including", "well"}
)
