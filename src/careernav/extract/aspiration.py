"""A resume's wishes are not its evidence: "moving toward data science", "interested in
reinforcement learning", "currently learning Rust", "머신러닝에 관심이 많습니다".

A mention is a wish when an aspiration cue stands just before it in the same clause (English)
or just after it (Korean, where the verb follows its object), or when its line is labelled as
a wish ("희망 직무:", "Desired position:"). Skills the person claims in the
same sentence ("seeking a role where I can use my Python") are not affected: the cue must
govern the mention, within a few words of it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from careernav.extract._lists import EMPHASIS as _EMPHASIS
from careernav.extract.levels import item_grade

_CUES = (
    "interested in", "interest in", "passion for", "passionate about", "curious about",
    "moving toward", "moving towards", "moving into", "transition to", "transition into",
    "transitioning to", "transitioning into", "pivot to", "pivot into", "pivoting to",
    "pivoting into", "aspiring", "eager to learn", "want to learn", "wish to learn",
    "would like to learn", "hope to learn", "looking to learn", "plan to learn",
    "planning to learn", "currently learning", "learning more about", "hoping to grow in",
    "grow into", "growing into", "move into", "looking to move to", "seeking to move to",
    "keen to learn", "excited to learn", "looking to transition", "aspire to", "aspiring to",
    "aiming to move", "seeking a role in", "seeking a position in", "seeking an entry-level",
    # the job wished for ("seeking a Data Engineer role", "aiming to become a data scientist")
    "seeking a", "seeking an", "looking for a", "looking for an", "applying for",
    "want to become", "hope to become", "aiming to become", "aspire to become",
    # what is being learned now, in the first person ("I am learning Kubernetes", "I have been
    # learning Terraform on my own", "now aiming for robotics"); never "learning" alone,
    # which is machine learning's
    "aiming for", "am learning", "been learning", "'m learning", "’m learning",
    "currently studying", "am studying", "been studying", "'m studying", "teaching myself",
    # a course being taken ("Currently taking a causal inference course")
    "currently taking a", "currently taking an", "am taking a", "am taking an", "'m taking a",
    "'m taking an", "currently enrolled in",
    # skills to be grown ("I want to grow my recommender systems skills"); not "grew my"
    "want to grow", "want to develop", "want to improve", "want to deepen", "want to strengthen",
    "hope to grow", "hope to develop", "would like to grow", "would like to develop",
    "looking to grow", "looking to develop", "eager to grow", "eager to develop",
)  # fmt: skip
# A wish in the first person and what it would do with a skill not had yet: "I would like to
# deepen my knowledge of Terraform", "I'd love to try Kubeflow", "keen to explore JAX". Not
# "aiming to improve Spark throughput", the aim of work done, nor "plan to improve" (a noun).
_WISH_TO = (
    r"(?:want|would\s+(?:like|love)|['’]d\s+(?:like|love)|wish|hope|eager|keen|excited)\s+to\s+"
    r"(?:learn|grow|develop|deepen|improve|strengthen|broaden|expand|explore|master|try"
    r"|pick\s+up|get\s+into|dive\s+(?:deeper\s+)?into|work\s+with|experiment\s+with"
    r"|get\s+hands-on|gain\s+(?:\w+\s+)?experience)"
)
# Of those, the cues of the job applied for: "seeking a Python developer role" wishes for the
# job, not for Python, which its writer may well have.
# So are the cues of a career move ("looking to move into cloud infrastructure",
# "transitioning into data science"): the field moved into is not held as a job yet, which
# says nothing of the skills (the cloud engineer's AWS work still shows cloud computing).
_JOB_CUES = (
    "seeking a", "seeking an", "looking for a", "looking for an", "applying for",
    "seeking a role in", "seeking a position in", "seeking an entry-level",
    "moving toward", "moving towards", "moving into", "move into", "transition to",
    "transition into", "transitioning to", "transitioning into", "pivot to", "pivot into",
    "pivoting to", "pivoting into", "grow into", "growing into", "looking to move to",
    "seeking to move to", "looking to transition", "aiming to move",
)  # fmt: skip


_CAREER_MOVE = re.compile(
    # "into" only (and "pivot to"): "moving to Kubernetes", "led the transition to Spark" are
    # migrations of systems, not of careers
    r"\b(?:move|moving|transition|transitioning|pivot|pivoting|switch|switching)\s+into\b"
    r"|\bpivot(?:ing)?\s+to\b|\blooking\s+to\s+(?:move|transition|switch)\b",
    re.IGNORECASE,
)


def _cue_before(cues: tuple[str, ...], wish_to: str | None) -> re.Pattern:
    return re.compile(
        # a cue (its words may wrap onto the next line) ...
        "(?:"
        + "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in cues)
        + (f"|{wish_to}" if wish_to else "")
        + ")"
        # ... then at most three words or list items before the mention, no clause break, and
        # Markdown emphasis glued to the mention ("currently learning **Rust**")
        r"(?:[ \t]+|[ \t]*[,/&][ \t]*)(?:[^\s.;:!?]+(?:[ \t]+|[ \t]*[,/&][ \t]*)){0,3}"
        rf"{_EMPHASIS}\Z",
        re.IGNORECASE,
    )


_SKILL_CUE_BEFORE = _cue_before(tuple(c for c in _CUES if c not in _JOB_CUES), _WISH_TO)
_JOB_CUE_BEFORE = _cue_before(_JOB_CUES, None)
_CUE_AFTER_KO = re.compile(
    # Markdown emphasis glued to the name ("**Kubernetes**를"), the rest of a list the name
    # opens ("하둡/스파크 같은 …", "하둡, 스파크를 …"), ...
    rf"{_EMPHASIS}(?:[ \t]*(?:[,/·]|(?<=[가-힣A-Za-z0-9+#*_`])(?:과|와)|[ \t]및)[ \t]*{_EMPHASIS}"
    rf"[A-Za-z0-9가-힣.+#-]{{1,12}}{_EMPHASIS}(?:[ \t][가-힣]{{1,6}})?){{0,3}}"
    # ... the thing the names are examples of ("Kubeflow 같은 ML 플랫폼을", "Airflow 등의 도구를")
    r"(?:[ \t]*(?:같은|등의?)[ \t]+[A-Za-z0-9가-힣.+#-]{1,12}(?:[ \t][가-힣]{1,6})?)?"
    # ... a particle or a word or two ("에", "엔지니어로", "분야로 커리어") and then the wish
    r"[ \t]*(?:[가-힣]{0,6}[ \t]*){0,3}?"
    # "구축해 보고 싶습니다", "써보고 싶어요": what one wants to try is not done yet
    r"(?:[가-힣][ \t]?보고[ \t]*싶|(?:공부|도전|경험|시도|습득)하고[ \t]*싶"
    r"|관심|희망|지망|배우고[ \t]*싶|공부[ \t]*중|준비[ \t]*중|취득[ \t]*예정|응시[ \t]*예정"
    r"|공부하고[ \t]*있|학습[ \t]*중|독학[ \t]*중|수강[ \t]*중|수강하고[ \t]*있|"
    r"독학하고[ \t]*있|(?:전환|전향|성장|이직|전직)(?:을|를|하고|하기를)?[ \t]*(?:희망|목표|싶|원|준비)"
    # "MLOps 엔지니어로 전환하기 위해 …"
    r"|(?:전환|전향|이직)(?:하기[ \t]*위해|하려고|하고자)"
    # "MLOps 분야로 성장하여 … 구축해 보고 싶습니다": a growth the same sentence wishes for;
    # not "성장해 온" (grown already)
    r"|(?:전환|전향|성장|이직)(?:하여|해서)[^.!?]{0,60}?싶"
    # "추천 시스템 역량을 키우고 싶습니다", "실험 설계 역량을 키워 기여하고 싶습니다"
    r"|(?:키우고|쌓고|익히고|기르고|넓히고)[ \t]*싶|(?:키워|쌓아|길러|익혀)[^.\n]{0,20}?싶"
    # "AWS와 쿠버네티스를 배워 클라우드 엔지니어로 전직하고 싶습니다": learned on the way to the
    # wish, not yet
    r"|배워(?:서)?[^.\n]{0,40}?싶)"
)
# The job applied for, in a resume's header: "최유나 | AI 연구원 지원", "데이터 엔지니어 직무 지원
# 합니다"; not support work ("데이터 분석 지원 업무").
_APPLYING_KO = re.compile(
    r"[ \t]*(?:(?P<field>(?:직무|포지션|분야)(?:에)?[ \t]*)?지원(?:합니다|하고자\S*|자|서)?"
    # a headline's "(신입)": the entry-level job sought, not one held
    r"|[(（]신입[)）]|신입)[ \t]*(?:$|[|/,.)\]·])",
    re.MULTILINE,
)
# … where a bare "지원" follows a job title, not a kind of work
_JOB_NOUN_KO = (
    "연구원",
    "엔지니어",
    "개발자",
    "분석가",
    "사이언티스트",
    "과학자",
    "매니저",
    "기획자",
)


# the rest of a job title after a name in it: "로보틱스| 소프트웨어 엔지니어 (신입)"
_TITLE_REST_KO = re.compile(
    r"[ \t]+(?:[가-힣A-Za-z]+[ \t]+){0,2}?[가-힣A-Za-z]*(?:" + "|".join(_JOB_NOUN_KO) + ")"
)


def _applying_for(text: str, start: int, end: int) -> bool:
    applying = _APPLYING_KO.match(text, end)
    if applying is None:
        rest = _TITLE_REST_KO.match(text, end)
        return rest is not None and _APPLYING_KO.match(text, rest.end()) is not None
    return applying.group("field") is not None or text[start:end].endswith(_JOB_NOUN_KO)


_WINDOW = 60
# An aside that says the thing is not had yet: "빅데이터분석기사 (필기 합격, 실기 준비 중)",
# "AWS SAA (in progress)", "(취득 예정)".
_ASIDE_WISH = re.compile(
    rf"{_EMPHASIS}[ \t]*[(（]"
    r"[^()（）\n]{0,30}?(?:준비[ \t]*중|취득[ \t]*예정|응시[ \t]*예정|in[ \t]+progress"
    r"|preparing|studying[ \t]+for)[^()（）\n]{0,10}[)）]",
    re.IGNORECASE,
)
# A line labelled as what the person wants or is learning, not what they did: "희망 직무:
# 데이터 분석", "관심 분야: 강화학습", "Desired position: ML engineer", "Learning: JAX".
_WISH_LABEL = re.compile(
    r"[ \t•·ㆍ*▶▷►▸■□●○◆◇★☆✔✓➤➢◦▪‣⁃∙–—-]*"
    # the job applied for: "희망 직무:", "Desired position:"
    r"(?:(?P<job>희망[ \t]*(?:직무|분야|직종|포지션)|지원[ \t]*(?:분야|직무|포지션)"
    r"|desired[ \t]+(?:position|role|job)|target[ \t]+(?:role|position|job)"
    r"|(?:career[ \t]+)?objective)"
    r"|관심[ \t]*분야|interests?|areas?[ \t]+of[ \t]+interest"
    # what is being learned: "학습 중: Airflow, Docker", "Learning: JAX", "To learn: Rust"
    r"|(?:현재[ \t]*)?(?:학습|공부|독학)[ \t]*(?:중|예정)|(?:currently[ \t]+)?(?:learning|studying)"
    r"|to[ \t]+learn|next[ \t]+to[ \t]+learn"
    r"|(?:would[ \t]+like|want|wish|hope|plan)[ \t]+to[ \t]+learn"
    r"|배우고[ \t]*싶은[ \t]*(?:것|기술)"
    # "Goals: learn MLOps"; not a project's bare "목표: CTR 10% 개선"
    r"|(?:career[ \t]+|learning[ \t]+)?goals?|(?:커리어|학습|성장|향후)[ \t]*목표)[*_]{0,3}[ \t]*[:：|]",
    re.IGNORECASE,
)


# A cheap first look: most mentions have none of these words near them.
_HINT_BEFORE = re.compile(
    r"interest|passion|curious|mov|transition|pivot|aspir|learn|grow|seeking|looking|apply"
    r"|become|aiming|studying|teaching|like|love|want|wish|hope|eager|keen|excited|taking"
    r"|enrolled",
    re.I,
)
# The same without IGNORECASE, for lower-cased text (its words are written in lower case)
_HINT_BEFORE_LOWER = re.compile(_HINT_BEFORE.pattern)
_HINT_AFTER = re.compile(
    r"관심|희망|지망|배우|공부|학습|독학|전환|전향|성장|이직|준비|예정|싶|수강"
)


def is_aspiration(text: str, start: int, end: int) -> bool:
    """Whether the mention at [start, end) names something wished for, not shown."""
    return wish_kind(text, start, end) is not None


class _Hints:
    """Where a text's hint words stand, found once for all its mentions: a case-insensitive
    search of the window before each of a resume's eighty mentions cost more than the rest
    of reading it."""

    def __init__(self, text: str):
        lowered = text.lower()
        if len(lowered) == len(text):  # offsets hold ("İ" grows when lowered)
            self.before = [m.start() for m in _HINT_BEFORE_LOWER.finditer(lowered)]
        else:
            self.before = [m.start() for m in _HINT_BEFORE.finditer(text)]
        self.after = [m.start() for m in _HINT_AFTER.finditer(text)]

    def before_in(self, low: int, high: int) -> bool:
        return _any_in(self.before, low, high)

    def after_in(self, low: int, high: int) -> bool:
        return _any_in(self.after, low, high)


def _any_in(spots: list[int], low: int, high: int) -> bool:
    i = bisect.bisect_left(spots, low)
    return i < len(spots) and spots[i] < high


def wish_kinds(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str | None, ...]:
    """`wish_kind` of each mention at the (start, end) of `spans`, the hint words found once."""
    hints = _Hints(text)
    kinds = [wish_kind(text, start, end, hints) for start, end in spans]
    # what a wished-for skill's brackets name is wished for with it: "taking a causal
    # inference course (difference-in-differences, propensity scores)"
    for i in range(len(spans)):
        if kinds[i] is None and (owner := _bracket_owner(text, spans, i)) is not None:
            kinds[i] = kinds[owner]
    return tuple(kinds)


def _bracket_owner(text: str, spans: Sequence[tuple[int, int]], i: int) -> int | None:
    """The mention whose aside in brackets holds mention `i`, when one does and it is a
    wish's: the mention right before the bracket, a few characters (or one word) away."""
    start = spans[i][0]
    opened = text.rfind("(", max(0, start - 120), start)
    if opened < 0 or ")" in text[opened:start] or "\n" in text[opened:start]:
        return None
    for j in range(i - 1, -1, -1):
        if spans[j][1] <= opened:
            gap = text[spans[j][1] : opened]
            return j if len(gap) <= 12 and "\n" not in gap else None
    return None


def wish_kind(text: str, start: int, end: int, hints: _Hints | None = None) -> str | None:
    """What the wish that names the mention at [start, end) says, if one does: "job" when it
    names the job sought ("seeking a Python developer role", "데이터 엔지니어 직무 지원",
    "Desired position: data analyst", "LLM 엔지니어 지망", "데이터 분석가로 전환 중인"), which
    says the writer does not hold that job yet, not what skills the writer has; "skill" when
    it says the skill itself is not had yet ("currently learning Rust", "Kubeflow를 다뤄 보고
    싶습니다", "Python은 기초 문법을 공부하고 있습니다"); None when no wish names it."""
    kind = _wish_kind(text, start, end, hints)
    if kind == "skill" and _names_job(text, start, end):
        return "job"
    return kind


def _wish_kind(text: str, start: int, end: int, hints: _Hints | None = None) -> str | None:
    label = _WISH_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    if label is not None and label.end() <= start:
        return "job" if label.group("job") else "skill"
    before = text[max(0, start - _WINDOW) : start]
    hinted = (
        hints.before_in(max(0, start - _WINDOW), start)
        if hints is not None
        else _HINT_BEFORE.search(before) is not None
    )
    if hinted:
        skill = _SKILL_CUE_BEFORE.search(before)
        job = _JOB_CUE_BEFORE.search(before)
        if job is not None and (skill is None or job.start() > skill.start()):
            return "job"  # the cue nearer the mention governs it
        if skill is not None:
            return "skill"
        # the rest of a sentence that moves a career: "Looking to move into cloud
        # infrastructure, starting with AWS and Terraform" names what the move would bring
        sentence = before[max(before.rfind(c) for c in ".!?\n") + 1 :]
        if _CAREER_MOVE.search(sentence):
            return "job"
    if _ASIDE_WISH.match(text, end) or item_grade(text, end) == "learning":
        return "skill"
    if _applying_for(text, start, end):
        return "job"
    after_end = min(len(text), end + _WINDOW)
    if hints is not None:
        if not hints.after_in(end, after_end):
            return None
    elif not _HINT_AFTER.search(text, end, after_end):
        return None
    if _CUE_AFTER_KO.match(text, end, after_end) is not None or _shifting_to(text, start, end):
        return "skill"
    return None


# A job or a field the mention names, or the mention with the word after it: "LLM 엔지니어",
# "Computer Vision Engineer", "data scientist", "MLOps 분야", "the data science field"
_JOB_WORDS_EN = (
    r"engineers?|scientists?|analysts?|developers?|researchers?|architects?|specialists?"
    r"|consultants?|managers?|designers?|programmers?|roles?|positions?|jobs?|fields?|careers?"
)
_JOB_AFTER_EN = re.compile(
    rf"{_EMPHASIS}[ \t]+(?:[A-Za-z/&-]+[ \t]+)?(?:{_JOB_WORDS_EN})\b", re.IGNORECASE
)
_JOB_END_EN = re.compile(rf"\b(?:{_JOB_WORDS_EN})\Z", re.IGNORECASE)
_JOB_WORDS_KO = (*_JOB_NOUN_KO, "분야", "직무", "직군", "커리어", "포지션")
_JOB_AFTER_KO = re.compile(
    rf"{_EMPHASIS}[ \t]*(?:[가-힣A-Za-z]+[ \t]+)?(?:{'|'.join(_JOB_WORDS_KO)})"
)


def _names_job(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    return (
        name.endswith(_JOB_WORDS_KO)
        or _JOB_END_EN.search(name) is not None
        or _JOB_AFTER_KO.match(text, end) is not None
        or _JOB_AFTER_EN.match(text, end) is not None
    )


# "데이터 분석가로 전환 중인", "MLOps 엔지니어로 전향 중입니다": a career being changed to a job or
# field, not had yet; not a system being moved ("Oracle에서 PostgreSQL로 전환 중 정합성 검증")
_SHIFTING_KO = re.compile(
    rf"{_EMPHASIS}(?P<rest>(?:[ \t]*[가-힣A-Za-z]+){{0,2}}?)[ \t]*(?:으로|로)[ \t]*"
    r"(?:전환|전향|이직)[ \t]*중"
)


def _shifting_to(text: str, start: int, end: int) -> bool:
    shift = _SHIFTING_KO.match(text, end)
    return shift is not None and (text[start:end] + shift.group("rest")).endswith(_JOB_WORDS_KO)
