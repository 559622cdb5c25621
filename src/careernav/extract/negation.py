"""What a text denies. What a resume says it lacks is not its evidence: "no hands-on
BigQuery or GCP experience", "never used Spark", "BigQuery, GCP 실무 경험 없음", "Kotlin은
사용해 본 적 없습니다".

A denial governs the names right next to it and the list they stand in, nothing further:
English puts it before the names ("no experience with X or Y", "no X or Y experience",
"have not used X"), Korean after them ("X, Y 경험 없음"). So "Led a team with no downtime
using Kubernetes" denies nothing, nor does "Python 경험이 없는 팀원 교육" (a relative clause,
"없는", says what others lack) or "경험 없이 시작해" (started without it, has it now). A list
that a word of experience closes may open with a name the knowledge base does not know, if "or"
joins its last name: "no programming or machine learning experience required".

A posting denies what it does not ask for: "No experience with Spark is needed", "You do not
need to know Kubernetes", "This is not a data science role", "Kubernetes 경험은 필요하지
않습니다" (`denied_asks`). "Rust (not required)" is another thing, a name offered as a plus
(`careernav.match.cues`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from careernav.extract._lists import EMPHASIS as _EMPHASIS
from careernav.extract._lists import Span as _Span
from careernav.extract._lists import chain_backward as _chain_backward
from careernav.extract._lists import chain_forward as _chain_forward
from careernav.extract._lists import closed_list as _closed_list
from careernav.extract._lists import mention_at as _mention_at
from careernav.extract.levels import item_grade

_DENIAL = r"(?:no|without|lack(?:s|ing)?(?:\s+of)?|little\s+(?:or|to)\s+no|zero)"
_KIND = (
    r"(?:(?:hands-on|prior|professional|practical|production|real-world|commercial|direct"
    r"|industry|formal|working|previous)\s+)?"
)
_EXPERIENCE = r"(?:experience|exposure|expertise|familiarity)"
# What opens a denied list in English, ending where the first name stands.
_OPENER_EN = re.compile(
    # "no experience with", "without hands-on exposure to"
    rf"(?:\b{_DENIAL}\s+{_KIND}{_EXPERIENCE}\s+(?:with|in|of|on|using|to)\s+(?:the\s+)?"
    # "never used", "have not yet worked with", "haven't touched"
    r"|\b(?:never|not\s+yet|have\s+not|haven't|has\s+not|hasn't|did\s+not|didn't|do\s+not"
    r"|don't)\s+(?:yet\s+)?(?:used|use|worked\s+(?:with|on|in)|touched|tried)\s+"
    # "I have never deployed a model": a denial right before what the verb names
    r"|\b(?:never|have\s+not|haven't|has\s+not|hasn't|did\s+not|didn't)\s+(?=\w)"
    # "I am not familiar with Flink", "Unfamiliar with Beam", "Not yet comfortable with
    # Kubernetes"; said by the writer (first person or a clause of its own), not of others
    # ("dashboards for stakeholders unfamiliar with SQL", "teachers not comfortable with Python")
    r"|(?:\bI\s+am\s+|\bI'm\s+|\bI’m\s+|\bam\s+|(?:\A|(?<=[\n.;:•·*\-–]))[ \t]*)(?:still\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:familiar|experienced|comfortable|confident|proficient)|unfamiliar)"
    r"\s+(?:with|in)\s+(?:the\s+)?"
    # "no hands-on BigQuery or GCP experience": needs the word of experience after the list
    rf"|(?P<open>\b{_DENIAL}\s+{_KIND}))"
    # "never used **Spark**": Markdown emphasis before the name
    rf"{_EMPHASIS}",
    re.IGNORECASE,
)
_CLOSER_EN = re.compile(rf"\s*{_KIND}{_EXPERIENCE}\b", re.IGNORECASE)
# Korean: "실무 경험 없음", "경험이 없습니다", "사용해 본 적 없음", "미경험". A form that tells of
# others ("경험이 없는 팀원", "SQL을 모르는 마케터", "익숙하지 않은 팀원") or of a start that
# ended with the skill ("모르고 시작해", "익숙하지 않았지만 적응해") is no denial.
_DENIAL_KO = re.compile(
    r"(?:(?:실무|사용|활용|개발|업무|현업|프로젝트|운영)\s*)?(?:경험|경력)(?:은|이|이나|도)?\s*"
    r"(?:아직\s*)?(?:없(?:음|습니다|어요|다|었|고|으나|지만|는데|(?=[\s.,)\]]|$))|전무|無)"
    # "써 본 적이 없습니다", "사용해 보지 못했지만", "다뤄 보지는 못했습니다"
    r"|(?:사용|활용|써|사용해|다뤄|해|만들어|구축해|배포해)?\s*(?:본|보지)\s*(?:적|경험)?"
    r"(?:은|는|이)?\s*(?:없(?!는(?!데))|않(?!은)|못(?!한))"
    # "못 써봤습니다", "안 써 봤어요": the adverb of "could not"/"did not" before the verb
    r"|(?:못|안)\s*(?:써|사용해|활용해|다뤄|해)\s*(?:봤|보았|봄)"
    # "잘 모릅니다", "모름", "익숙하지 않습니다"
    r"|(?:잘\s*)?(?:모릅|모름|모르(?:지만|며|겠))|익숙하지\s*(?:는\s*)?않(?!은|았)"
    # "벡터DB는 사용하지 않았고" (never did)
    r"|(?:사용|활용|도입)(?:하)?지\s*(?:는\s*)?않았"
    # "TypeScript는 사용하지 않습니다" (does not use it); a time word before the name makes it
    # "no longer" ("현재는 사용하지 않습니다", `_NO_LONGER_KO`), which is no denial
    r"|(?P<present>(?:(?:사용|활용)(?:하)?|쓰)지\s*(?:는\s*)?않(?:습니다|음|아요|는다))"
    # "Docker는 아직 능숙하지 않습니다", "Kubernetes는 자신이 없습니다" (not of others:
    # "능숙하지 않은 팀원", "자신 없는 분야도")
    r"|능숙하지\s*(?:는\s*)?않(?!은|았)|자신(?:이|은)?\s*없(?!는)"
    r"|미경험"
)
# What turns "사용하지 않습니다" into "no longer uses": "현재는", "요즘", "더 이상", "2020년 이후로".
_NO_LONGER_KO = re.compile(r"현재|지금|요즘|최근|이제|더\s*이상|이후|부터|예전|과거")
# Between the last denied name and the Korean denial: a particle ("Flink를", "Flink에는"), a word
# of field ("관련") and adverbs of time, degree or place ("아직", "전혀", "실무에서").
_PARTICLE_KO = r"(?:[은는이가도을를]|에(?:는|도)?)[ \t]*"
_FILLER_KO = re.compile(
    rf"{_EMPHASIS}[ \t]*(?:{_PARTICLE_KO})?(?:(?:관련|분야|쪽)[ \t]*)?(?:{_PARTICLE_KO})?"
    r"(?:(?:아직|전혀|한[ \t]*번도|직접|(?:실무|업무|현업|프로젝트)에서)[ \t]*)*"
)
_HINT = re.compile(
    r"\b(?:no|without|lack|little|zero|never|not|have|haven't|has|hasn't|did|didn't|do|don't"
    r"|unfamiliar)\b|없|전무|無|미경험|본\s*적|보지|않|못|안\s*(?:써|사용|활용|다뤄|해)|모르|모릅"
    r"|모름|익숙하지",
    re.IGNORECASE,
)


# A posting's denials. Before the names: "you do not need (to know | experience with)",
# "we don't need/require", "you will not build", "no experience with … is needed", "this is
# not a … role".
_NOT_ASKED_BEFORE = re.compile(
    r"\b(?:you|candidates?)\s+(?:do\s+not|don't|won't|will\s+not)\s+(?:need|have)\s+"
    r"(?:to\s+(?:know|have|use|be\s+(?:an?\s+)?(?:expert|fluent)\s+(?:in|with|on))\s+)?"
    r"(?:(?:any|prior|previous|deep|an?)\s+)?(?:(?:experience|background)\s+(?:with|in)\s+"
    r"|knowledge\s+of\s+)?"
    r"|\bwe\s+(?:do\s+not|don't)\s+(?:need|require|expect|use)\s+(?:an?\s+|any\s+)?"
    r"|\byou\s+(?:will\s+not|won't)\s+(?:be\s+)?(?:build|building|do|doing|work\s+on"
    r"|working\s+on|write|writing|train|training|use|using)\s+(?:any\s+)?"
    r"|(?P<need>\bno\s+(?:prior\s+)?(?:experience|knowledge|background)\s+(?:with|in|of)\s+)"
    # "No Kubernetes experience needed", "No programming or machine learning experience
    # required": the list is read up to `_NEEDED_AFTER_LIST`
    r"|(?P<bare>\bno\s+(?:prior\s+)?)"
    # "This is not a data science role", "a writing-heavy role, not a software engineering role"
    r"|(?P<role>\bnot\s+an?\s+)",
    re.IGNORECASE,
)
_NEEDED = re.compile(
    r"\s*(?:experience|knowledge|degree|background)?\s*(?:is|are)?\s*"
    r"(?:needed|necessary|required|expected)\b"
    r"|\s*(?:is\s+)?(?:fine|ok|okay)\b",
    re.IGNORECASE,
)
_NEEDED_AFTER_LIST = re.compile(
    r"\s*(?:experience|knowledge|degree|background)\s+(?:(?:is|are)\s+)?"
    r"(?:needed|necessary|required)\b",
    re.IGNORECASE,
)
# "not a data science role", "not a machine learning engineering role"
_ROLE = re.compile(
    r"\s*(?:(?:engineering|engineer|development|research|science|analytics|analysis|ops)\s+)?"
    r"(?:role|position|job|shop|house|team|company)\b",
    re.IGNORECASE,
)
# After the names: "(experience) is not needed", "경험은 필요하지 않습니다", "없어도 됩니다",
# "… 직무가 아닙니다".
_NOT_ASKED_AFTER_EN = re.compile(
    r"\s*(?:experience|knowledge|skills?)?\s*(?:is|are)\s+(?:not\s+(?:needed|necessary"
    r"|expected|required)|unnecessary)\b",
    re.IGNORECASE,
)
_NOT_ASKED_AFTER_KO = re.compile(
    r"(?:필요하지\s*않|필요\s*없|불필요|요구하지\s*않|묻지\s*않|없어도\s*(?:됩|되|괜찮|무방|지원|좋)"
    r"|(?:사용|쓰)(?:하)?지\s*않"
    r"|(?:직무|포지션|역할|업무)(?:이|가)?\s*(?:아닙|아님|아니))"
)
# The words a Korean denial may stand after its last name by: "머신러닝 모델을 직접 개발한
# 경험은 필요하지 않습니다". Four words at most, and no list joint among them.
_DENIED_AFTER_KO = re.compile(
    r"(?:[ \t]*[^\s,.;:!?()·/]{1,10}?){0,4}?[ \t]*(?:" + _NOT_ASKED_AFTER_KO.pattern + ")"
)
# Work another team does: every name of its sentence up to there is not asked ("의료기기
# 인허가(식약처) 문서 작성은 RA팀이 담당합니다", "Regulatory writing is handled by our RA team").
_OTHER_TEAM_KO = re.compile(r"팀(?:이|에서)\s*(?:담당|맡|전담)")
_OTHER_TEAM_EN = re.compile(
    r"\b(?:is|are)\s+(?:handled|owned|done|covered)\s+by\s+(?:the|our|a|another)\s+\S+"
    r"(?:\s+\S+)?\s+team\Z",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?;]\s|\n")
# Where a denial may stand, found with plain searches first (Python's word-boundary
# regexes over a whole posting cost more than the rest of this module): an English opener
# holds "not", "n't" or "no"; a denial after the names holds one of these words.
_NEGATION_WORDS = (" not ", "n't ", " no ", "\nno ", "unnecessary")
_KOREAN_DENIAL_SPOT = re.compile(r"않|없|불필요|아니|아닙|아님")
_OPENER_REACH = (30, 60)  # characters before and after the negation word an opener spans
_CLOSER_REACH = 60  # characters between the last denied name and its denial, at most


# A line that labels what follows as not asked or not had: "Not required: web development,
# Java", "불필요: …"; "Not yet: R, machine learning in production", "Not yet used: Flink",
# "미경험: …".
_NOT_ASKED_LABEL = re.compile(
    r"[ \t•·ㆍ*▶\-–]*(?:not\s+(?:required|needed|necessary)|no\s+need\s+for|불필요|필요\s*없음"
    r"|필수\s*아님)[ \t]*[:：]",
    re.IGNORECASE,
)
_LACKING_LABEL = re.compile(
    r"[ \t•·ㆍ*▶\-–]*(?:not\s+yet(?:\s+(?:used|tried))?|never\s+used"
    r"|no\s+experience(?:\s+(?:yet|with|in))?|not\s+experienced(?:\s+(?:with|in))?"
    r"|unfamiliar(?:\s+with)?|미경험|경험\s*없음|경험\s*없는\s*기술)[*_]{0,3}[ \t]*[:：]",
    re.IGNORECASE,
)

# One item said not had yet: "Flink: none yet", "Beam (not yet)", "Go - 아직 없음" (`item_grade`
# reads the plain "Java: none"; "yet" only adds that the writer means to learn it).
_NOT_YET_ITEM = re.compile(
    rf"{_EMPHASIS}[ \t]*"
    r"(?:[:：]|[-–][ \t]|[(（])[ \t]*(?:(?:none|not|no(?:[ \t]+experience)?)[ \t]+yet"
    r"|아직[ \t]*(?:없음|미경험|경험[ \t]*없음))[ \t]*(?=[)）\n,;/·|.]|$)",
    re.IGNORECASE,
)


def _lacking_items(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The mentions an item of their own grades as not had ("자바: 모름", "Flink: none yet")."""
    return {
        i
        for i, m in enumerate(mentions)
        if item_grade(text, m.end) == "none" or _NOT_YET_ITEM.match(text, m.end)
    }


def _labelled_lines(text: str, mentions: Sequence[_Span], label: re.Pattern) -> set[int]:
    """The mentions on lines that open with `label`."""
    found: set[int] = set()
    for i, mention in enumerate(mentions):
        line_start = text.rfind("\n", 0, mention.start) + 1
        opened = label.match(text, line_start)
        if opened is not None and opened.end() <= mention.start:
            found.add(i)
    return found


def denied_asks(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The positions (in `mentions`, in text order) of the mentions a posting says it does not
    ask for."""
    if not mentions:
        return set()
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    negations = _spots(text.lower(), _NEGATION_WORDS)
    found: set[int] = set()
    if ":" in text or "：" in text:
        found |= _labelled_lines(text, mentions, _NOT_ASKED_LABEL)
    seen: set[int] = set()
    for spot in negations:
        low, high = max(0, spot - _OPENER_REACH[0]), min(len(text), spot + _OPENER_REACH[1])
        for opener in _NOT_ASKED_BEFORE.finditer(text, low, high):
            if opener.start() in seen:
                continue
            seen.add(opener.start())
            found.update(_not_asked_after(text, mentions, starts, opener))
    for at in _other_teams(text):
        begin = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 300), at)),
                    default=max(0, at - 300))  # fmt: skip
        found.update(range(bisect.bisect_left(starts, begin), bisect.bisect_left(starts, at)))
    closers = negations + [m.start() for m in _KOREAN_DENIAL_SPOT.finditer(text)]
    for spot in closers:
        low = bisect.bisect_left(ends, spot - _CLOSER_REACH)
        for i in range(low, bisect.bisect_right(ends, spot + 1)):
            if i in found:
                continue
            end = mentions[i].end
            if _NOT_ASKED_AFTER_EN.match(text, end) or _DENIED_AFTER_KO.match(text, end):
                found.update(range(_chain_backward(text, mentions, i), i + 1))
    return found


def _not_asked_after(
    text: str, mentions: Sequence[_Span], starts: list[int], opener: re.Match
) -> list[int]:
    """The positions of the mentions a posting's denial before them (`_NOT_ASKED_BEFORE`) says
    are not asked for."""
    if opener.group("bare") is not None:
        return _closed_list(text, mentions, starts, opener.end(), _NEEDED_AFTER_LIST) or []
    first = _mention_at(mentions, starts, opener.end())
    if first is None:
        return []
    last = _chain_forward(text, mentions, first)
    after = mentions[last].end
    if opener.group("need") is not None and not _NEEDED.match(text, after):
        return []  # "No experience with Spark? We will teach you" asks nothing
    if opener.group("role") is not None and not _ROLE.match(text, after):
        return []  # "Python: not a nice-to-have, a must"
    return list(range(first, last + 1))


def _other_teams(text: str) -> list[int]:
    """Where a sentence hands its work to another team ("RA팀이 담당합니다", "is handled by
    our RA team"): found from the word "팀"/"team", which few lines hold."""
    found = []
    at = text.find("팀")
    while at != -1:
        if _OTHER_TEAM_KO.match(text, at):
            found.append(at)
        at = text.find("팀", at + 1)
    at = text.find(" team")
    while at != -1:
        end = at + len(" team")
        if _OTHER_TEAM_EN.search(text, max(0, at - 60), end):
            found.append(at)
        at = text.find(" team", end)
    return found


def _spots(lowered: str, words: tuple[str, ...]) -> list[int]:
    found = []
    for word in words:
        at = lowered.find(word)
        while at != -1:
            found.append(at)
            at = lowered.find(word, at + 1)
    return sorted(found)


def disclaimed(text: str, mentions: Sequence[_Span]) -> set[int]:
    """The positions (in `mentions`, which are in text order) of the mentions the text
    names as lacking."""
    if not mentions:
        return set()
    found = _labelled_lines(text, mentions, _LACKING_LABEL) | _lacking_items(text, mentions)
    if _HINT.search(text) is None:
        return found
    starts = [m.start for m in mentions]
    for opener in _OPENER_EN.finditer(text):
        if opener.group("open") is not None:
            # "no hands-on BigQuery or GCP experience"; not "no downtime …", which says
            # nothing of experience
            found.update(_closed_list(text, mentions, starts, opener.end(), _CLOSER_EN) or [])
            continue
        first = _mention_at(mentions, starts, opener.end())
        if first is not None:
            found.update(range(first, _chain_forward(text, mentions, first) + 1))
    for denial in _DENIAL_KO.finditer(text):
        last = _mention_before(text, mentions, starts, denial.start())
        if last is None:
            continue
        first = _chain_backward(text, mentions, last)
        if denial.group("present") is None or not _no_longer(text, mentions[first].start):
            found.update(range(first, last + 1))
    return found


def _no_longer(text: str, start: int) -> bool:
    """Whether the sentence before the name at `start` holds a time word that makes "사용하지
    않습니다" mean "no longer uses" ("현재 R은 사용하지 않습니다")."""
    begin = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 80), start)),
                default=max(0, start - 80))  # fmt: skip
    return _NO_LONGER_KO.search(text, begin, start) is not None


def _mention_before(
    text: str, mentions: Sequence[_Span], starts: list[int], offset: int
) -> int | None:
    i = bisect.bisect_left(starts, offset) - 1
    if i < 0 or mentions[i].end > offset:
        return None
    return i if _FILLER_KO.fullmatch(text, mentions[i].end, offset) else None
