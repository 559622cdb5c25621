"""How well a resume says its writer knows a skill, where it says so: "Familiar: Rust, CUDA",
"Go(기초)", "exposure to dbt", "basic knowledge of Spark". Such a mention is evidence at a basic
level (`SkillMention.level == "basic"`), which a match counts for half.

Three forms, all read per line: a level label before a list ("Advanced: Python · Familiar:
Rust" — each name takes the nearest label before it on its line), a level in brackets right
after the name ("Scala (basic)", "R(초급)"), and a phrase of slight knowledge right before the
names of a list ("exposure to dbt and Airflow"), or a grade that opens an item ("Basic CUDA",
"기초 SQL"). A resume that grades nothing is left as it is.

What the writer did only a little ("Helm values 수정 정도만 했습니다", "used Docker only a
little") is basic, and so is what another team or person did beside the writer ("Kubernetes는
인프라팀이 관리하고", "was managed by the platform team", "my colleague built …").

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
# ... and as a label only: "주요 과목: 선형대수", "수강 과목: 머신러닝"
_COURSES_KO = r"(?:주요|관련|수강|이수|전공)\s*(?:과목|교과목)"
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
    rf"(?:^|(?<=[\s•·ㆍ*|;/,(\-–]))(?P<word>{_BASIC_WORDS}|{_COURSES_KO}|{_OTHER_WORDS})\s*[:：]",
    re.IGNORECASE,
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
    # done "only to the extent of": "저는 Helm values 수정 정도만 했습니다"
    r"|(?:(?!까지)[^\n.;,()]){0,24}?[가-힣][ \t]*정도만"
)
# "R: used briefly in a graduate course", "C++ (only in coursework)", "Java — only in class"
_AFTER_EN = re.compile(
    r"[ \t]*[(（]?[^\n.;,()]{0,30}?\b(?:only|briefly)[ \t]+(?:(?:used|studied|touched|learned)[ \t]+)?"
    r"(?:in|during|for|through)[ \t]+(?:(?:a|an|my|one|two|the|some|university|school|college"
    r"|grad(?:uate)?|undergrad(?:uate)?)[ \t]+)*(?:class(?:es)?|course(?:s|work)?|labs?"
    r"|tutorials?)\b"
    # "used Docker only a little", "touched Helm just a bit"; "only" may stand before the name
    # ("I only edited the Helm values a little", `_ONLY_BEFORE`)
    r"|(?P<little>[^\n.;,()]{0,30}?\b(?:(?P<only>only|just)[ \t]+)?(?:a[ \t]+little|a[ \t]+bit"
    r"|lightly|minimally)\b)",
    re.IGNORECASE,
)
_ONLY_BEFORE = re.compile(r"\b(?:only|just)\b[^\n.;,()]{0,30}\Z", re.IGNORECASE)
# "exposure to dbt and Airflow", "basic knowledge of Spark", "기초적인 Python"
_BEFORE = re.compile(
    r"(?:\bexposure\s+to|\bbasic\s+(?:knowledge|understanding)\s+of|\bfamiliarity\s+with"
    rf"|기초적인|기초\s*수준의)\s*{_EMPHASIS}\Z",
    re.IGNORECASE,
)
# "Basic CUDA (read kernels, never one in production)", "Basics of SQL", "기초 SQL": a grade that
# opens a line, a list item or a sentence, right before the names it grades, as "Basic
# knowledge of" does anywhere. Not a "basic" inside a clause ("built the basic pipeline with
# Spark"), nor one that grades a thing other than the name ("Basic research in NLP", "Basic ETL
# pipeline with Spark"): in English the names must head their item, with a word at most after
# them ("Basic SQL queries").
_OPENING_GRADE = re.compile(
    r"(?:\A|(?<=[\n•·ㆍ*▶\-–|:,(（])|(?<=[.!?;] ))[ \t]*"
    rf"{_EMPHASIS}(?:(?P<en>basics[ \t]+of|basic)|(?P<ko>기본)|기초)[ \t]+{_EMPHASIS}\Z",
    re.IGNORECASE,
)
_HEADS_ITEM = re.compile(
    rf"{_EMPHASIS}(?:[ \t]+(?!(?:in|on|at|of|for|with|to|from|by|using|via)\b)[a-z]+)?"
    r"[ \t]*(?:[()（）,;/·|:.!?]|$)",
    re.MULTILINE,
)
# "기본 SQL 문법", not "기본 RAG 파이프라인 구축" (a simple pipeline); "기초" grades whatever follows
_HEADS_ITEM_KO = re.compile(
    rf"{_EMPHASIS}(?:[ \t]*(?:문법|지식|개념|이론|쿼리|활용))?[ \t]*(?:[()（）,;/·|:.]|$)",
    re.MULTILINE,
)
# The joints a grade before a list carries over: "Basic CUDA and OpenCL", "기초 통계 및 SQL";
# not a comma ("Basic statistics, SQL" grades statistics alone).
_AND = re.compile(
    rf"{_EMPHASIS}(?:[ \t]*(?:&|\band\b|\bor\b|및|또는)[ \t]*|(?:과|와)[ \t]*){_EMPHASIS}",
    re.IGNORECASE,
)
_HINT = re.compile(
    rf"{_BASIC_WORDS}|따라\s*해\s*본|수업|과제|본[ \t]*(?:정도|수준)|정도만|접한|배운|\bonly\b"
    r"|\bbriefly\b|\bjust\b",
    re.IGNORECASE,
)


def basic_mentions(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The positions (in `mentions`, in text order) of the mentions the text grades basic."""
    if not mentions:
        return set()
    found: set[int] = _others_work(text, mentions)
    if _HINT.search(text) is None:
        found |= {i for i, m in enumerate(mentions) if item_grade(text, m.end) == "basic"}
        if "과목" in text:  # a Korean course label ("주요 과목: …") and nothing else
            found |= _after_basic_labels(text, mentions)
        return found
    labelled = _after_basic_labels(text, mentions)
    # where a grade before a name may stand ("basic knowledge of", "exposure to", "기초"),
    # found once: the two searches before each name run only where one is near
    lowered = text.lower()
    hint = _GRADE_BEFORE_HINT if len(lowered) == len(text) else _GRADE_BEFORE_HINT_ANY_CASE
    grades = [m.start() for m in hint.finditer(lowered if hint is _GRADE_BEFORE_HINT else text)]
    for i, mention in enumerate(mentions):
        if (
            _AFTER.match(text, mention.end)
            or _AFTER_KO.match(text, mention.end)
            or _after_en(text, mention)
            or item_grade(text, mention.end) == "basic"
        ):
            found.add(i)
            continue
        if i in labelled:
            found.add(i)
            continue
        j = bisect.bisect_left(grades, mention.start - 40)
        if j == len(grades) or grades[j] >= mention.start:
            continue
        if _BEFORE.search(text, max(0, mention.start - 40), mention.start):
            found.update(range(i, chain_forward(text, mentions, i) + 1))
            continue
        opening = _OPENING_GRADE.search(text, max(0, mention.start - 40), mention.start)
        if opening is not None and (i == 0 or mentions[i - 1].end <= opening.start()):
            last = i
            while last + 1 < len(mentions) and _AND.fullmatch(
                text, mentions[last].end, mentions[last + 1].start
            ):
                last += 1
            heads = (
                _HEADS_ITEM
                if opening.group("en")
                else _HEADS_ITEM_KO
                if opening.group("ko")
                else None
            )
            if heads is None or heads.match(text, mentions[last].end):
                found.update(range(i, last + 1))
    return found


def _after_basic_labels(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The positions of the mentions on the line after a basic level's label ("Familiar:
    Rust, CUDA", "주요 과목: 선형대수"), the nearest label before them being basic."""
    labels = [(m.end(), _is_basic(m.group("word"))) for m in _LABEL.finditer(text)]
    ends = [end for end, _ in labels]
    found = set()
    for i, mention in enumerate(mentions):
        at = bisect.bisect_right(ends, mention.start) - 1
        if at >= 0 and labels[at][1] and "\n" not in text[ends[at] : mention.start]:
            found.add(i)
    return found


# The first words of `_BEFORE` and `_OPENING_GRADE`, in lower case
_GRADE_BEFORE_HINT = re.compile(r"exposure|basic|familiarity|기초|기본")
# ... for a text whose lower case has another length ("İ"), where offsets would not hold
_GRADE_BEFORE_HINT_ANY_CASE = re.compile(_GRADE_BEFORE_HINT.pattern, re.IGNORECASE)


def _after_en(text: str, mention: _Span) -> bool:
    """Whether English after the name says it was known or used a little ("C++ (only in
    coursework)", "used Docker only a little"; "I only touched Helm a bit")."""
    m = _AFTER_EN.match(text, mention.end)
    if m is None:
        return False
    if m.group("little") is None or m.group("only") is not None:
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    return _ONLY_BEFORE.search(text, max(line_start, mention.start - 40), mention.start) is not None


def _is_basic(word: str) -> bool:
    return re.fullmatch(f"{_BASIC_WORDS}|{_COURSES_KO}", word, re.IGNORECASE) is not None


# -- work another team or person did ----------------------------------------------------------
#
# A resume that hands work to someone else ("클러스터 구성과 Helm 차트는 인프라팀 동료가
# 담당했고, 저는 …", "The Kubernetes cluster was managed by the platform team; I wrote …",
# "my colleague built the Airflow DAGs while I …") shows its writer beside those names, not
# doing them: they are basic, as "정도만" is. The writer's own clause ("저는 …", "I …") is left
# as it is, and so are the writer's team ("우리 팀이", "our team built", "my colleague and I")
# and a name the doer's work only sits on ("인프라팀이 관리하는 Kubernetes 클러스터에 배포",
# "deployed to a cluster managed by the platform team": the writer deployed).

# The doer in Korean: a named team ("인프라팀", "SRE 팀", "인프라팀 동료"), a colleague ("동료가",
# "다른 팀원이", "사수가"), an outside party ("외주 업체가"), then a particle of the doer.
_DOER_KO = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:"
    r"(?!(?:우리|저희|본|해당|같은|소속|전체|한|각|새|내|팀)(?:[ \t]|팀))[가-힣A-Za-z0-9]{1,12}[ \t]?팀"
    r"(?:[ \t]*(?:동료|팀원|엔지니어|개발자|담당자|분)들?)?"
    r"|(?:(?:다른|타|옆)[ \t]*(?:팀|부서)(?:의)?[ \t]*)?(?:동료|팀원|선배|선임|사수|팀장님?"
    r"|담당자)(?:[ \t]*(?:엔지니어|개발자|연구원|분))?들?"
    r"|(?:다른|타|옆)[ \t]*(?:팀|부서)|파트너사|협력사|협력[ \t]*업체|외주(?:[ \t]*업체)?|벤더)"
    r"(?P<case>께서|에서|이|가)(?=[ \t])"
)
# A verb of work, and how it ends: as the clause's predicate ("담당했고", "관리하고", "맡았습니다")
# or before a noun ("관리하는 클러스터", "작성한 차트"), where the work is only a setting.
_WORK_KO = re.compile(
    r"(?:담당|관리|구축|운영|개발|구성|작성|설계|진행|전담|도입|세팅|셋업|배포|주도|구현|유지[ \t]*보수)"
    r"|맡|만들|만든"
)
_PREDICATE_KO = re.compile(
    r"(?<=맡)(?:았|고|으며|아|습니다|음|겼)|(?<=만들)(?:었|고|어[ \t]*주)"
    r"|[ \t]*(?:을|를)?[ \t]*(?:했|하였|하고|하며|합니다|하셨|해[ \t]*(?:주|왔|줬)|함(?=[\s.,)]|$))"
)
_ADNOMINAL_KO = re.compile(
    r"(?<=만)든|(?<=맡)은|(?<=만들)던|[ \t]*(?:하는|한|된|되는|하던|했던|할)(?=[ \t])"
)
# What ends a Korean clause: a sentence, a line, a connective ending ("개발했고 ", "하며, ").
_CLAUSE_KO = re.compile(r"[.!?;\n]|(?:고|며|지만|는데|으나|어서|아서|해서)(?=[ \t,])")
# The writer beside the doer: "저와 동료가", "제가 속한 팀이", "동료와 함께"
_WITH_WRITER_KO = re.compile(r"저와|저랑|제가|저를|저희|함께|같이")
# A verb before a noun between a name and the doer: the name is that verb's ("Python으로 개발한
# API를 인프라팀이 배포")
_OWN_VERB_KO = re.compile(r"(?<!대)(?<!위)(?<!관)(?<!통)(?:한|된|던|하는|되는)[ \t]")

_TEAM_EN = (
    r"(?:the|our|their|another|a[ \t]+(?:separate|different|dedicated|partner|central)"
    r"|an[ \t]+(?:external|outside|offshore)|the[ \t]+client['’]s)[ \t]+"
    r"(?!(?:whole|entire|same|own|core)\b)(?:(?!(?:my|our|I|we|me)\b)[\w+/&.-]+[ \t]+){1,3}?"
    r"(?:teams?|group|department|squad|vendor|contractors?|consultants?)"
    r"|(?:another|other|a[ \t]+(?:different|separate))[ \t]+(?:teams?|engineers?|developers?)"
    r"|(?:my|a|our|the|another|one[ \t]+of[ \t]+(?:my|our|the))[ \t]+"
    r"(?:(?:senior|junior|fellow|former|lead|staff)[ \t]+)?"
    r"(?:colleagues?|teammates?|team[ \t]+members?|co-?workers?|peers?|tech[ \t]+lead|mentor"
    r"|manager|supervisor|counterparts?)"
)
_WORK_EN = (
    r"(?:built|owned|managed|handled|maintained|ran|operated|set[ \t]+up|wrote|developed"
    r"|configured|provisioned|designed|implemented|created|deployed|administered|led"
    r"|took[ \t]+care[ \t]+of|looked[ \t]+after|(?:was|were)[ \t]+responsible[ \t]+for)"
)
# "The Kubernetes cluster was managed by the platform team": the names before, in its clause
_BY_OTHERS_EN = re.compile(
    r"\b(?:was|were|is|are|(?:had|has|have)[ \t]+been)[ \t]+"
    r"(?:(?:fully|entirely|mostly|largely|primarily|mainly|always)[ \t]+)?"
    r"(?:managed|owned|handled|built|maintained|run|operated|set[ \t]+up|written|developed"
    r"|configured|provisioned|designed|implemented|created|deployed|administered|done|covered"
    rf"|led|taken[ \t]+care[ \t]+of)[ \t]+by[ \t]+(?P<doer>{_TEAM_EN})\b",
    re.IGNORECASE,
)
# "my colleague built the Airflow DAGs while I …": the names after, in its clause
_OTHERS_DID_EN = re.compile(
    rf"\b(?P<doer>{_TEAM_EN})(?:,?[ \t]+(?:who|which|that))?[ \t]+"
    r"(?:(?:had|has|have)[ \t]+)?(?:(?:fully|entirely|mostly|largely|primarily|mainly|always"
    rf"|also)[ \t]+)?{_WORK_EN}\b",
    re.IGNORECASE,
)
# What ends an English clause
_CLAUSE_EN = re.compile(
    r"[.!?;:\n]|[ \t]—|[ \t]–[ \t]|,?[ \t]+(?:while|whereas|but|although|though|because|so|and[ \t]+I"
    r"|which|that|who|where)\b|,[ \t]+I\b",
    re.IGNORECASE,
)
_WRITER_EN = re.compile(r"\b(?:I|me|my|myself)\b")
_AND_WRITER_EN = re.compile(
    r"[ \t]+(?:(?:and|&)[ \t]+(?:I|me|myself)|(?:(?:that|which)[ \t]+)?(?:I|we))\b", re.IGNORECASE
)
# Before a team the writer is of: "on the platform team that …", "led the SRE team, which …"
_MEMBER_EN = re.compile(
    r"\b(?:on|in|of|into|joined|led|leading|headed|founded|formed|grew|managed|managing)[ \t]+\Z",
    re.IGNORECASE,
)
_OTHERS_HINT = re.compile(
    r"팀|동료|선배|선임|사수|협력|외주|파트너사|벤더|담당자|colleague|teammate|team|co-?worker|peer"
    r"|contractor|consultant|vendor|mentor|manager|supervisor|counterpart|tech lead",
    re.IGNORECASE,
)


def _others_work(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The positions of the mentions the text says another team or person worked on."""
    if _OTHERS_HINT.search(text) is None:
        return set()
    starts = [m.start for m in mentions]
    spans: list[tuple[int, int]] = []
    for doer in _DOER_KO.finditer(text):
        spans += _others_work_ko(text, mentions, starts, doer)
    for by in _BY_OTHERS_EN.finditer(text):
        begin = _clause_start(text, by.start(), _CLAUSE_EN)
        if not _WRITER_EN.search(text, begin, by.start()) and not _AND_WRITER_EN.match(
            text, by.end("doer")
        ):  # "… by the platform team and me", "… by the platform team I led"
            spans.append((begin, by.end("doer")))
    for did in _OTHERS_DID_EN.finditer(text):
        if did.group("doer").lower().startswith("our") or _MEMBER_EN.search(
            text, max(0, did.start() - 12), did.start()
        ):
            continue  # "Our data team built …", "on the platform team that managed …": the
            # writer may be of it
        end = _CLAUSE_EN.search(text, did.end())
        spans.append((did.end(), end.start() if end else len(text)))
    found: set[int] = set()
    for begin, end in spans:
        found.update(
            i
            for i in range(bisect.bisect_left(starts, begin), bisect.bisect_left(starts, end))
            if mentions[i].end <= end
        )
    return found


def _clause_start(text: str, at: int, clause: re.Pattern) -> int:
    begin = max(0, at - 200)
    return max((m.end() for m in clause.finditer(text, begin, at)), default=begin)


def _others_work_ko(
    text: str, mentions: Sequence[_Span], starts: list[int], doer: re.Match
) -> list[tuple[int, int]]:
    """The spans of a Korean clause whose doer is `doer` that hold its work: the names before
    the doer ("Kubernetes는 인프라팀이 관리하고") and, of a doer in the subject, those between it
    and its verb ("인프라팀이 Kubernetes 클러스터를 구축했고")."""
    clause_end = _CLAUSE_KO.search(text, doer.end())
    limit = min(clause_end.start() if clause_end else len(text), doer.end() + 60)
    verb_end = None
    for verb in _WORK_KO.finditer(text, doer.end(), limit):
        if _ADNOMINAL_KO.match(text, verb.end()) or verb.group() == "만든":
            return []  # "인프라팀이 관리하는 Kubernetes 클러스터에 배포": the writer's verb is later
        if _PREDICATE_KO.match(text, verb.end()):
            verb_end = verb.start()
            break
    if verb_end is None:
        return []
    before = text[max(0, doer.start() - 8) : doer.start()]
    if _WITH_WRITER_KO.search(before) or _WITH_WRITER_KO.search(text, doer.end(), verb_end):
        return []
    if _OWN_VERB_KO.search(text, doer.end(), verb_end):
        return []  # "데이터팀이 요청한 Airflow DAG를 개발했습니다": the doer's verb is "요청한"
    spans = []
    begin = _clause_start(text, doer.start(), _CLAUSE_KO)
    i = bisect.bisect_left(starts, doer.start()) - 1
    if i >= 0 and mentions[i].start >= begin:
        between = text[mentions[i].end : doer.start()]
        topic = re.search(r"[은는](?=[ \t])", between)
        if not _OWN_VERB_KO.search(between) and (doer.group("case") != "에서" or topic):
            spans.append((begin, doer.start()))
    # of "데이터팀에서 Kafka 파이프라인 구축을 담당" the writer may be of the team
    if doer.group("case") != "에서":
        spans.append((doer.end(), verb_end))
    if spans:  # the doer's own name ("SRE팀이") is no more the writer's
        spans.append((doer.start(), doer.end()))
    return spans
