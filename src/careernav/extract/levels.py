"""How well a resume says its writer knows a skill, where it says so: "Familiar: Rust, CUDA",
"Go(기초)", "exposure to dbt", "basic knowledge of Spark". Such a mention is evidence at a basic
level (`SkillMention.level == "basic"`), which a match counts for half.

Three forms, all read per line: a level label before a list ("Advanced: Python · Familiar:
Rust" — each name takes the nearest label before it on its line), a level in brackets right
after the name ("Scala (basic)", "R(초급)"), and a phrase of slight knowledge right before the
names of a list ("exposure to dbt and Airflow"). A resume that grades nothing is left as it is.

"No professional experience" / "실무 경험 없음" denies only work: after a name also known from
class or graded low ("C++ (coursework): no professional experience", "Kubernetes 하 실무 경험
없음", "R은 수업에서 다뤄본 정도이며 실무 경험은 없습니다") the name is basic; alone ("C++: no
professional experience") it is not had at all (`careernav.extract.negation`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from careernav.extract._lists import EMPHASIS as _EMPHASIS
from careernav.extract._lists import Span as _Span
from careernav.extract._lists import chain_forward

_BASIC_WORDS = (
    r"familiar(?:ity)?(?:\s+with)?|basic(?:s|\s+knowledge)?|beginner|elementary|novice"
    r"|exposure(?:\s+to)?|기초|초급|입문|기본"
    # what was only studied in class: "Relevant coursework: Machine Learning", "C++ (coursework)"
    r"|(?:relevant\s+)?coursework(?:\s+only)?"
)
# "Working knowledge" is the middle of the usual three grades, not the bottom.
_OTHER_WORDS = (
    r"advanced|proficient|expert|fluent|strong|intermediate|skilled|experienced"
    r"|working\s+knowledge|고급|중급|숙련|능숙|상급|중상"
)
# One item graded on its own: "자바: 모름", "텐서플로우: 하", "C++ (하)", "Rust: 초급",
# "Java: none", "AWS - want to learn", "Rust (learning)", "클라우드(AWS): 공부해보고 싶음",
# "Rust (just started)", "C++: no professional experience", "Go: 실무 경험 없음".
_ITEM_GRADE = re.compile(
    rf"\)?{_EMPHASIS}(?:[ \t]*[(（](?P<aside>[^()（）\n]{{1,20}})[)）])?[ \t]*(?:[:：]|[-–][ \t]|[(（])"
    r"[ \t]*"
    # no use at work only: what else the item says may still grade it ("(coursework)")
    r"(?:(?P<no_work>(?:실무|업무|현업)[ \t]*경험[ \t]*(?:은|이)?[ \t]*없(?:음|습니다)"
    r"|no[ \t]+(?:professional|industry|work|production|commercial|hands-on|practical"
    r"|real-world)[ \t]+experience)"
    r"|(?P<none>모름|없음|경험[ \t]*(?:은|이)?[ \t]*없(?:음|습니다)|미사용|none|no[ \t]+experience|n/a"
    r"|never[ \t]+used|not[ \t]+used)"
    r"|(?P<learning>배우는[ \t]*중|학습[ \t]*중|공부[ \t]*중|공부해[ \t]*보고[ \t]*싶음|배우고[ \t]*싶음"
    r"|learning|want(?:s)?[ \t]+to[ \t]+learn|studying"
    # just begun: "Rust (just started)", "Rust: 이제 막 시작", "Go (시작 단계)"
    r"|just[ \t]+(?:started|starting|began|begun)(?:[ \t]+(?:learning|studying|out))?"
    r"|(?:이제[ \t]*)?막[ \t]*시작(?:함|했음)?|이제[ \t]*시작(?:함|했음)?|시작[ \t]*단계)"
    r"|(?P<basic>하|초급|기초|입문|basic|beginner|novice))"
    r"[ \t]*(?=[)）\n,;/·|.]|$)",
    re.IGNORECASE,
)
# A grade in a table's level column, after a space: "Kubernetes 하 실무 경험 없음" (상/중/하)
_COLUMN_GRADE_KO = re.compile(r"[ \t]+하(?=[ \t]|$)", re.MULTILINE)


def item_grade(text: str, end: int) -> str | None:
    """The grade an item gives the name ending at `end`: "none" (자바: 모름), "learning"
    (Rust (learning)), "basic" (C++ (하)), or None."""
    m = _ITEM_GRADE.match(text, end)
    if m is None:
        return "basic" if _COLUMN_GRADE_KO.match(text, end) else None
    if m.group("no_work"):
        # "C++ (coursework): no professional experience" knows it from class; a bare "C++: no
        # professional experience" is read as "실무 경험 없음" is, as not had
        aside = m.group("aside") or ""
        return "basic" if re.search(_BASIC_SIGNS, aside, re.IGNORECASE) else "none"
    return "none" if m.group("none") else "learning" if m.group("learning") else "basic"


# "Familiar: Rust, CUDA" — a level label, and what stands after it on the line is at that level
_LABEL = re.compile(
    rf"(?:^|(?<=[\s•·ㆍ*|;/,(\-–]))(?P<word>{_BASIC_WORDS}|{_OTHER_WORDS})\s*[:：]", re.IGNORECASE
)
# "Scala (basic)", "Go(기초)", "R (초급 수준)"
# "학부 수업 수준", "수업 과제 수준": used for a class only
_CLASS_KO = r"(?:학부\s*)?수업(?:\s*과제)?|과제"
# What in an aside says a name is known a little: "(coursework)", "(기초)", "(수업 과제)"
_BASIC_SIGNS = rf"{_BASIC_WORDS}|{_CLASS_KO}|\b(?:class|course)"
_AFTER = re.compile(
    rf"{_EMPHASIS}\s*[(（]\s*(?:{_BASIC_WORDS}|{_CLASS_KO})\s*(?:level|수준)?\s*[)）]"
    # ... and the grade inside the brackets that hold the name: "Python (pandas 기초)"
    rf"|[ \t]+(?:{_BASIC_WORDS}|{_CLASS_KO})[ \t]*(?:level|수준)?[ \t]*[)）]",
    re.IGNORECASE,
)
# "텐서플로우 튜토리얼을 따라해 본 수준", "Docker는 기초 수준"
_AFTER_KO = re.compile(
    rf"[^\n.;,()]{{0,20}}?(?:따라\s*해\s*본|기초|입문|맛보기|{_CLASS_KO})\s*수준"
    # "SQL 기초 SELECT/JOIN 수준": what was learned between the grade and 수준
    r"|[ \t]*(?:기초|입문)(?:(?!고급|중급|상급|능숙)[^\n.;,()]){1,20}?수준"
    # tried, touched or learned "to the extent of": "R은 대학원 수업에서 잠깐 다뤄본 정도",
    # "Docker는 써 본 수준"; not "튜닝까지 해 본 수준", which tells how far the writer went
    r"|(?:(?!까지)[^\n.;,()]){0,24}?(?:[가-힣][ \t]?본|접한|배운)[ \t]*(?:정도|수준)"
)
# "R: used briefly in a graduate course", "C++ (only in coursework)", "Java — only in class"
_AFTER_EN = re.compile(
    r"[ \t]*[(（]?[^\n.;,()]{0,30}?\b(?:only|briefly)[ \t]+(?:(?:used|studied|touched|learned)[ \t]+)?"
    r"(?:in|during|for|through)[ \t]+(?:(?:a|an|my|one|two|the|some|university|school|college"
    r"|grad(?:uate)?|undergrad(?:uate)?)[ \t]+)*(?:class(?:es)?|course(?:s|work)?|labs?"
    r"|tutorials?)\b",
    re.IGNORECASE,
)
# "exposure to dbt and Airflow", "basic knowledge of Spark", "기초적인 Python"
_BEFORE = re.compile(
    r"(?:\bexposure\s+to|\bbasic\s+(?:knowledge|understanding)\s+of|\bfamiliarity\s+with"
    rf"|기초적인|기초\s*수준의)\s*{_EMPHASIS}\Z",
    re.IGNORECASE,
)
_HINT = re.compile(
    rf"{_BASIC_WORDS}|따라\s*해\s*본|수업|과제|본[ \t]*(?:정도|수준)|접한|배운|\bonly\b|\bbriefly\b",
    re.IGNORECASE,
)


def basic_mentions(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The positions (in `mentions`, in text order) of the mentions the text grades basic."""
    if not mentions:
        return set()
    found: set[int] = set()
    if _HINT.search(text) is None:
        return {i for i, m in enumerate(mentions) if item_grade(text, m.end) == "basic"}
    labels = [(m.start(), m.end(), _is_basic(m.group("word"))) for m in _LABEL.finditer(text)]
    label_ends = [end for _, end, _ in labels]
    for i, mention in enumerate(mentions):
        if (
            _AFTER.match(text, mention.end)
            or _AFTER_KO.match(text, mention.end)
            or _AFTER_EN.match(text, mention.end)
            or item_grade(text, mention.end) == "basic"
        ):
            found.add(i)
            continue
        at = bisect.bisect_right(label_ends, mention.start) - 1
        if at >= 0:
            _, end, basic = labels[at]
            same_line = "\n" not in text[end : mention.start]
            if same_line and basic:
                found.add(i)
                continue
        if _BEFORE.search(text, max(0, mention.start - 40), mention.start):
            found.update(range(i, chain_forward(text, mentions, i) + 1))
    return found


def _is_basic(word: str) -> bool:
    return re.fullmatch(_BASIC_WORDS, word, re.IGNORECASE) is not None
