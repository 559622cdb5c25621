"""Split a posting or resume into sections by its headings.

Headings are recognised in the styles real documents use: "주요업무", "[ 이런 분을 찾고 있어요 ]",
"▶ 자격요건", "## Requirements", "What you'll do:", "Preferred qualifications". A heading is a
short line (or the part of a line before a colon) whose words, once normalised, are one of the
known headings below. Text before the first heading, and under an unknown heading, is "other".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from careernav.text import normalize

DocType = Literal["posting", "resume", "auto"]

# A posting's list of the team's stack (Wanted, 프로그래머스 tag lines): preferred as a list of
# its own, but no "plus" for a skill the duties or requirements name (see is_stack_heading).
STACK_HEADINGS = (
    "기술 스택", "기술스택", "사용 기술", "개발 환경", "Tech stack", "Our stack",
    "Technologies we use", "Our tech stack",
)  # fmt: skip

POSTING_HEADINGS: dict[str, list[str]] = {
    "responsibilities": [
        "주요업무", "담당업무", "주요 업무 내용", "업무내용", "업무 소개", "직무내용", "직무 소개",
        "수행업무", "업무", "하는 일", "합류하면 함께 할 업무예요", "이런 일을 해요", "이런 업무를 해요",
        "하시는 일", "하시게 될 일", "하게 될 일", "맡게 될 일", "담당하실 업무", "하시게 될 업무",
        # NCS 직무기술서 (the form of Korean public and large-company openings)
        "주요 수행업무", "주요 수행 업무", "직무 수행 내용", "직무수행내용", "능력단위",
        "입사하면 하게 될 업무", "포지션 상세", "Responsibilities", "Key responsibilities",
        "Key job responsibilities", "Job responsibilities", "Main responsibilities",
        "What you'll do", "What you will do", "What you'll be doing", "Your role", "The role",
        "Role overview", "Job description", "Duties", "Duties and responsibilities",
        "Your responsibilities", "Your mission", "In this role you will", "Day to day",
        "About the role", "About this role", "About the position",
        "합류하시면 함께 할 업무예요", "합류하시면 함께 할 업무", "팀원으로 합류하시면 이런 일을 하게 됩니다",
        "모집부문", "모집 분야", "Your impact", "What you will be doing", "A day in the life",
        "Job summary", "Position summary", "The opportunity", "What you'll work on",
        "What you will work on", "Your day-to-day", "Your day to day", "You will", "You'll",
        "As a member of the team you will", "이런 일을 하게 돼요", "이런 일을 합니다", "주요 역할",
        # a short posting's label ("담당: 로봇 SW 개발"), as "업무:" is
        "담당",
    ],
    "requirements": [
        "자격요건", "자격 조건", "지원자격", "필수요건", "필수 자격", "필수사항", "필수 조건", "필요 역량",
        "필수 역량", "이런 분을 찾고 있어요", "이런 분과 함께하고 싶어요", "이런 분을 원해요",
        "이런 분이 필요해요", "Requirements", "Qualifications", "Minimum qualifications",
        "Basic qualifications", "Required qualifications", "What we're looking for",
        "What we are looking for", "What you'll need", "What you need", "Must have", "Must haves",
        "You have", "About you", "Who you are", "Required skills", "Skills and qualifications",
        "Requirements and qualifications", "Required", "Your profile", "What you bring",
        "What you'll bring", "What you will bring", "What we look for", "Required experience",
        "Skills", "Experience", "Education", "Your skills", "Skills and experience",
        "You probably have", "You might have", "What you have", "You should have", "We expect",
        "What we expect",
        "우리는 이런 분을 원해요", "이런 분이면 좋아요", "함께하면 좋은 분",
        # NCS 직무기술서: the knowledge, skills and attitudes the work needs
        "필요지식", "필요 지식", "필요기술", "필요 기술", "직무수행태도", "직무 수행 태도", "필요역량",
        "직업기초능력", "관련 자격증",
        "Who we are looking for", "Who we're looking for", "Key qualifications",
        "이런 분을 찾아요", "이런 분을 찾습니다", "이런 분과 함께하고 싶습니다", "필요한 역량",
        "What we need to see", "You might be a fit if you have", "You may be a fit if you have",
        "You're a good fit if you have", "You'll be a great fit if you have",
        # a short posting's labels ("자격: C++, ROS2, Linux 경험"), as "우대:" is
        "자격", "필수", "요건",
    ],
    "preferred": [
        "우대사항", "우대조건", "우대요건", "우대", "우대 역량", "이런 분이면 더 좋아요",
        "이런 경험이 있다면 더 좋아요", "이런 분이면 더 좋습니다", "이런 분이라면 더 좋아요", "Preferred",
        "Preferred qualifications", "Nice to have", "Nice to haves", "Bonus points", "Bonus",
        "Pluses", "Plus", "It's a plus if", "Good to have", "Desired", "Desired qualifications",
        "Preferred skills", "Extra credit", "Even better if", "Bonus if you have",
        "You might also have", "Ideally you have", "Desired skills", "Preferred experience",
        "Additional qualifications", "Great to have", "Desired experience", "We'd love to see",
        "We would love to see", "It would be great if you", "It would be great if you have",
        "Bonus if you", "이런 분이면 더 좋습니다", "이런 경험이 있으면 더 좋아요",
        "Ways to stand out from the crowd", "Ways to stand out", "What will make you stand out",
        "What would make you stand out", "Stand out if you have", "You'll stand out if you have",
        "Even better if you have", "We'd love it if you also have", "We'd love it if you have",
        "Strong candidates may also have", "It's a bonus if you have", "Bonus qualifications",
        # A team's stack: what the job works with, counted as good to know rather than required.
        *STACK_HEADINGS,
    ],
    "benefits": [
        "복지", "복리후생", "혜택", "복지 및 혜택", "혜택 및 복지", "복지혜택", "근무환경", "근무 조건",
        "보상", "이런 혜택을 드려요", "함께하면 받는 혜택", "Benefits", "Perks", "Perks and benefits",
        "What we offer", "Compensation", "Compensation and benefits", "Why join us", "We offer",
        "Why you will love working here", "Why you'll love working here",
        "함께하면 좋은 점", "합류하면 좋은 점", "이런 점이 좋아요", "우리 팀의 좋은 점",
    ],
    "company": [
        "회사소개", "기업소개", "팀 소개", "우리 팀을 소개해요", "회사를 소개해요", "About us",
        "About the company", "Who we are", "Company", "Our company", "About our team", "The team",
        "Our team", "About the team", "Company overview", "팀을 소개해요", "우리 팀", "회사 소개",
        "Our culture", "Equal opportunity employer", "Equal employment opportunity", "EEO statement",
        "Diversity and inclusion", "Our mission", "Our story", "Our vision", "Our values",
        "What we do", "회사 개요", "기업 개요", "회사 정보", "기업 정보", "조직 소개", "조직 문화",
        "팀 문화", "핵심 가치", "우리의 미션", "우리의 비전", "우리는 이런 팀이에요",
        "우리는 이런 팀입니다", "우리는 이런 회사예요", "우리는 이런 회사입니다", "저희는 이런 팀이에요",
        "이런 팀이에요", "이런 회사예요",
        # a posting's "About" alone, over the employer's name and blurb ("ABOUT / WESTERN
        # DIGITAL"), as a resume's over the person's (LinkedIn)
        "About",
    ],
    "process": [
        "채용절차", "전형절차", "채용 과정", "전형 과정", "채용 프로세스", "지원 방법", "접수 방법",
        "Hiring process", "Interview process", "Application process", "How to apply",
        "Recruitment process", "Our process", "전형", "절차",
        "제출 서류", "지원서 접수", "접수 기간", "채용 전형", "전형 안내", "합류 여정", "합류 과정",
        "채용 여정", "지원 과정",
    ],
}  # fmt: skip

RESUME_HEADINGS: dict[str, list[str]] = {
    "summary": [
        "요약", "소개", "자기소개", "자기소개서", "한 줄 소개", "간단 소개", "Summary", "Profile", "About me",
        "Professional summary", "Objective", "Career objective", "Summary of qualifications",
        "Key achievements", "주요 성과", "Highlights", "소개글", "간단 소개글", "자기 소개글",
        # LinkedIn's summary, under its profile's name and headline
        "About",
    ],
    "experience": [
        "경력", "경력사항", "經歷", "업무 경험", "경력기술서", "실무 경험", "직장 경력", "Experience",
        "Work experience", "Professional experience", "Employment", "Employment history",
        "Work history", "Career", "Relevant experience", "Volunteer experience", "Internships",
        "Internship", "인턴 경험", "인턴십", "Research experience", "Research positions",
        "연구 경력", "연구 경험", "상세 경력", "경력 상세", "경력 기술", "Positions", "Positions held",
        "Professional positions", "Academic positions", "Appointments", "Academic appointments",
        # a career's summary lists its jobs, with their dates ("- ㈜새봄커머스, ML 엔지니어
        # (2020.03 ~ 2023.02)"): as a summary, none of them counted as years of work
        "Career summary", "경력 요약", "Career overview", "경력 개요",
    ],
    "projects": [
        "프로젝트", "프로젝트 경험", "주요 프로젝트", "개인 프로젝트", "Projects", "Selected projects",
        "Personal projects", "Side projects", "Key projects", "연구",
        "Research", "Publications", "논문", "Portfolio", "포트폴리오",
        "Selected publications", "Publications and talks", "Papers", "Selected papers", "논문 실적",
        "Activities", "Extracurricular activities", "대외활동", "활동", "Leadership", "Open source",
        "Open source contributions", "오픈소스 기여", "프로젝트명",
        # an academic CV's teaching, talks and service: dated ("TA, CS229 — Fall 2018, Fall
        # 2019"; "Reviewer: NeurIPS (2021 – 2023)") but no jobs, read as its activities are,
        # and talks where its publications are ("Publications and talks")
        "Teaching", "Teaching experience", "Teaching assistantships", "Service",
        "Professional service", "Academic service", "Community service", "Talks",
        "Invited talks", "Presentations", "Conference presentations", "Invited presentations",
    ],
    "education": [
        "학력", "학력사항", "學歷", "교육", "교육사항", "교육 이수", "교육 및 활동", "Education",
        "Academic background", "Education and training", "Training", "Courses", "Coursework",
        "Relevant coursework", "교육 이수 내역", "Bootcamp", "부트캠프",
    ],
    "skills": [
        "기술", "기술 스택", "보유 기술", "보유 역량", "기술 역량", "스킬", "Skills", "Technical skills",
        "Tech stack", "Technologies", "Skill set", "Core skills", "Tools", "Core competencies",
        "Competencies", "Programming languages", "Top skills",
        # a GitHub profile README's badges ("🛠️ Languages and Tools")
        "Languages and tools", "Languages & tools", "Tools and languages", "Tools & languages",
        "Tools and technologies", "Tools & technologies", "Languages and frameworks",
        # a project's tools in a 경력기술서 ("사용기술: Python, LangChain"), as a posting names
        # its team's stack with them: the labels say nothing of which the document is
        "사용 기술", "개발 환경",
    ],
    "certifications": [
        "자격증", "자격증 및 수상", "資格", "資格證", "수상", "수상 및 자격증", "Certifications", "Certificates",
        "Licenses", "Awards", "Licenses and certifications", "Certifications and awards",
        "수상 내역", "수상 경력", "Honors", "Awards and honors", "어학", "어학 능력", "자격",
        "Honors-Awards",
        # the languages the person speaks, with the tests of them (어학: TOEIC 900); under the
        # skills, "Languages: Python, Go" is a line of the skills (see _opens_in_resume)
        "Languages", "언어", "외국어", "외국어 능력", "Language proficiency",
    ],
    # What the person wants to learn or become: wishes, not evidence ("Goals: learn MLOps").
    "goals": [
        # an academic CV's fields of interest: what the person means to work on, no evidence
        # of work done (what was done shows under its research and publications)
        "Research interests", "연구 관심 분야",
        "Goals", "Career goals", "Learning goals", "Aspirations", "What I want to learn",
        "Next steps", "목표", "커리어 목표", "학습 목표", "희망 사항", "희망사항", "앞으로의 목표",
        "향후 목표", "성장 목표",
        # a 자기소개서's closing part: what the writer means to do once hired
        "입사 후 포부", "포부",
        # what is being learned is not yet shown ("Currently learning: Kubernetes (CKAD)")
        "Currently learning", "Currently studying", "Now learning", "Learning now",
        "What I'm learning", "What I am learning", "Learning plan", "Still learning",
        "Learning",
        "학습 중", "현재 학습 중", "공부 중", "현재 공부 중", "배우고 있는 것", "학습 계획",
    ],
    # Who the person is outside work: what is named here is not evidence of a skill ("Hobbies:
    # Go, chess" is the board game).
    "personal": [
        "Interests", "Hobbies", "취미", "관심 분야", "관심사", "Contact", "연락처", "인적사항",
        "Personal details", "Personal information", "References", "Links", "링크",
        # a profile README's statistics cards ("📊 GitHub stats"): the site's counts, no skill
        "Stats", "GitHub stats",
    ],
}  # fmt: skip

POSTING_KINDS = tuple(POSTING_HEADINGS)
RESUME_KINDS = tuple(RESUME_HEADINGS)
# Sections whose skills a posting does not ask for.
NOT_REQUIREMENTS = frozenset({"benefits", "company", "process"})
# Sections whose skills a resume does not show as evidence.
NOT_EVIDENCE = frozenset({"personal", "goals"})
# A resume's sections of dated items, inside which a "Skills: …" line belongs to its item.
_WORK_KINDS = frozenset({"experience", "projects"})
MAX_HEADING_CHARS = 40


_NOT_KEY = re.compile(r"[^0-9a-z\uac00-\ud7a3\u4e00-\u9fff]")


@lru_cache(maxsize=8192)  # the same short lines ("자격요건", "Requirements") in every posting
def _key(text: str) -> str:
    return _NOT_KEY.sub("", normalize(text))


def _table(headings: dict[str, list[str]]) -> dict[str, str]:
    return {_key(h): kind for kind, names in headings.items() for h in names}


_POSTING = _table(POSTING_HEADINGS)
_RESUME = _table(RESUME_HEADINGS)
# "자격사항" is the requirements of a posting but the certificates of a resume.
_POSTING[_key("자격사항")] = "requirements"
_RESUME[_key("자격사항")] = "certifications"
# Headings that end the section before them and start nothing of their own: "기타",
# "Additional information" ("근무지: 판교" is no requirement, "취미" no education).
for _other in ("기타", "기타사항", "기타 사항", "기타 안내", "참고사항", "참고 사항", "유의사항",
               "Other", "Other information", "Additional information"):  # fmt: skip
    _POSTING[_key(_other)] = _RESUME[_key(_other)] = "other"
# LinkedIn wraps a whole posting in "About the job": the company's blurb, then the duties and
# asks, often under no heading of their own. Its text is read as text before any heading is:
# asks when the posting has no sections for them, context when it has (as "company" it was
# never an ask, and a posting with no subheadings lost all of them).
_POSTING[_key("About the job")] = "other"
# LinkedIn's facts under a posting ("Job function" / "Engineering and Information
# Technology", "Industries" / "Entertainment Providers"): the site's labels, no asks
for _facts in ("Seniority level", "Employment type", "Job function", "Industries"):
    _POSTING[_key(_facts)] = "other"
# LinkedIn's box comparing the reader's profile with the job ("How you match" / "Skills
# associated with the job post: …"): the site's guess, not the employer's ask
for _site in ("How you match", "Skills match", "Qualifications match"):
    _POSTING[_key(_site)] = "other"
_SHARED = frozenset(_POSTING) & frozenset(_RESUME)
_STACK_KEYS = tuple(sorted(set(map(_key, STACK_HEADINGS))))
# One-word labels that are headings alone ("자격: C++, ROS2", "절차"), never as a part of a
# list: "시스템, 정책, 절차 및 핵심 프로세스에 대한 교육" is a duty, not the hiring process.
_WHOLE_ONLY = frozenset(map(_key, ("자격", "필수", "요건", "담당", "전형", "절차")))

_LIST_BULLET = re.compile(r"^\s*[•\-*ㆍ·◦▪–‣⁃∙]\s+")
_DECORATION = re.compile(
    r"^[\s#*=_~\[\](){}<>【】〔〕「」『』《》|▶▷►▸■□●○◆◇★☆✔✅✓📌🔹🔸💡👉✨🙌🎯🚀💻📍:：\-–—.]+"
    r"|[\s#*=_~\[\](){}<>【】〔〕「」『』《》|◀◁■□●○◆◇★☆✔✅✓📌🔹🔸💡👉✨🙌🎯🚀💻📍:：!?.…\-–—]+$"
)
# "3. 우대사항", "II) Skills", "다. 우대요건" (Korean documents number with 가나다 letters)
_NUMBERING = re.compile(
    r"^\s*(?:\d{1,2}|[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[가나다라마바사아자차카타파하])[.)]\s*"
)
_SPLIT_WORDS = re.compile(r"\s*(?:&|/|,|・|•|·|\band\b|및)\s*")
# Friendly headings vary without end ("[ 함께하면 받는 혜택이에요 ]", "## About Kestrel"): when a
# decorated line is not a known heading, its key words decide. Checked in this order, so that
# "Preferred qualifications" is preferred and "함께하면 받는 혜택" is benefits.
_STEMS: dict[str, list[tuple[str, str]]] = {
    "posting": [
        (
            "preferred",
            r"우대|더\s*좋|있다면\s*좋|preferred|nice\s*to|bonus|plus|desired|stand\s*out"
            r"|even\s*better|(?:would|'d)\s*love|also\s*have",
        ),
        ("benefits", r"혜택|복지|복리|보상|benefit|perk|we\s*offer"),
        (
            "process",
            r"절차|전형|합류해요|합류\s*과정|지원\s*방법|채용\s*과정|process|how\s*to\s*apply",
        ),
        (
            "requirements",
            r"자격|필수|찾고\s*있|필요해요|requirement|qualification|looking\s*for|must"
            r"|need\s*to\s*see|a\s*(?:good\s*|great\s*)?fit\s*if",
        ),
        (
            "responsibilities",
            r"업무|하는\s*일|할\s*일|담당|포지션|responsibilit|what\s*you|you.?ll\s*do|duties|role",
        ),
        ("company", r"소개|회사|about|who\s*we|company|our\s*team"),
    ],
    "resume": [
        ("certifications", r"자격증|수상|certif|award|licen"),
        ("education", r"학력|교육|education|academic"),
        ("projects", r"프로젝트|연구|project|research|publication"),
        ("experience", r"경력|경험|experience|employment|work\s*history|career"),
        ("skills", r"기술|스킬|skill|tech\s*stack|technolog"),
        ("summary", r"요약|소개|summary|profile|about\s*me|objective"),
    ],
}
_DECORATED = re.compile(
    r"^\s*(?:#{1,6}\s|\*\*|__|[\[【〔「『《<▶▷►▸■□●○◆◇★☆📌🔹🔸💡👉✨🙌🎯🚀💻📍])|:\s*$"
)


@dataclass(frozen=True, slots=True)
class Section:
    kind: str  # one of POSTING_KINDS, RESUME_KINDS or "other"
    start: int
    end: int
    heading: str | None


# A resume's friendly headings are short ("Work & Research", "기술 스택"); a longer line with
# a key word is an item ("### 2) LLM 기반 상품 리뷰 요약 챗봇" is a project, not a summary).
_MAX_RESUME_STEM_WORDS = 4


def _stem_kind(candidate: str, table: dict[str, str]) -> str | None:
    doc_type = "resume" if table is _RESUME else "posting"
    if doc_type == "resume" and len(candidate.split()) > _MAX_RESUME_STEM_WORDS:
        return None
    lowered = candidate.casefold()
    for kind, pattern in _STEMS[doc_type]:
        if re.search(pattern, lowered):
            return kind
    return None


def _heading_candidate(line: str) -> tuple[str, int] | None:
    """The words of `line` that could be a heading, undecorated, and the length of the
    heading part of the line; None when the line cannot be a heading at all."""
    if not line.strip() or _LIST_BULLET.match(line):
        return None
    # "Heading: text", "제목： 내용", and a table row whose first cell is the heading
    # ("학력사항 | 2015.03 ~ 2019.02 …", as Word resume templates lay them out).
    opening = line[: MAX_HEADING_CHARS + 3]
    seps = [(opening.find(sep), sep) for sep in _PREFIX_SEPARATORS if sep in opening]
    if not seps:
        if len(line) > 2 * MAX_HEADING_CHARS:
            return None  # a long line with no "Heading:" prefix is text, not a heading
        stripped = line.rstrip()
        if stripped.endswith(".") and stripped.count(" ") >= 3:
            return None  # a sentence
        head, rest, sep = line, "", ""
    else:
        at, sep = min(seps)
        head, rest = line[:at], line[at + len(sep) :]
    if rest.strip() and len(head) > MAX_HEADING_CHARS:
        return None
    if len(head.strip()) > MAX_HEADING_CHARS:
        return None
    candidate = _undecorated(head.strip())
    # "PROJECTS (product analytics)", "경력 (총 7년)": the heading before its aside
    if candidate.endswith((")", "）")) or "(" in candidate or "（" in candidate:
        candidate = _TRAILING_ASIDE.sub("", candidate) or candidate
    return candidate, len(head) + len(sep) if rest.strip() else len(line)


def _undecorated(head: str) -> str:
    """`head` without its decoration ("## ", "[ ", " ]", "▶ ") and numbering ("3. ", "다. ").
    Most lines start and end with a letter and have neither: they skip the regexes."""
    if not head:
        return head
    first, last = head[0], head[-1]
    if first.isalpha() and last.isalnum() and first not in _NUMBER_LETTERS:
        return head
    return _DECORATION.sub("", _NUMBERING.sub("", _DECORATION.sub("", head)))


_NUMBER_LETTERS = frozenset("IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ가나다라마바사아자차카타파하")
_PREFIX_SEPARATORS = (":", "：", " | ")
# its ")" may have gone with the decoration
_TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]?\s*$")
# In a resume, a bracketed label with an item after it on the same line labels that item
# (a project inside a job of a 경력기술서); it does not open a section.
_LABELLED_ITEM = re.compile(r"\s*[\[【〔][^\]】〕\n]{1,20}[\]】〕][ \t]*\S[^\n]{9,}")


_DETERMINER = re.compile(r"(?i)^(?:our|the|your|my)\s+")


def _classify(
    line: str, candidate: str, table: dict[str, str], in_list: bool = False
) -> str | None:
    """The kind of heading `line` is, if any. A friendly heading is known by its key words,
    unless the line is an item of a list whose lines all open with its symbol (`in_list`), or
    a resume's line with dates: a job or a project ("### 한울로보틱스 — 수석연구원 (2019.03 ~
    현재)" names 연구 but is a job under 경력)."""
    kind = _known_kind(candidate, table)
    # cheap checks first: most lines start with neither "About" nor "Life" and end in no 소개
    if (
        kind is None
        and table is _POSTING
        and (candidate[:1] in "AL" or candidate.endswith(_INTRO_ENDINGS))
    ):
        kind = _employer_heading(candidate)
    friendly = _DECORATED.search(line) or _is_shouting(candidate)
    if (
        kind is None
        and friendly
        and not in_list
        and not (table is _RESUME and _DATED.search(line))
        and not _GLUED_BULLET.match(line)
    ):
        kind = _stem_kind(candidate, table)
    return kind


# An item whose bullet touches its first word ("ㆍAWS/GCP 자격증 지원" among the benefits): a
# list item, not a heading, however loud its words (it names 자격 but asks nothing)
_GLUED_BULLET = re.compile(r"\s*[•ㆍ·◦▪‣⁃∙]\S")


# "About Brightside", "Life at Orbital Robotics", "About 에듀봇": the employer by its name, a
# word written with a capital or in Korean. "About the role" (the duties), "About you" (the
# asks) and "About the team" are in the tables; other words after "About" ("this
# opportunity", "working here") are no name.
_EMPLOYER = re.compile(
    r"(?:About|ABOUT|Life\s+at|LIFE\s+AT)\s+(?!(?i:the|this|that|these|those|our|your|yours"
    r"|yourself|you|us|me|my|a|an|it|its|them|how|what|why|who|working|joining)\b)"
    r"[A-Z가-힣][\w.,&'’-]*"
    r"(?:\s+(?:[A-Z0-9가-힣&][\w.,&'’-]*|of|and|de)){0,3}"
)
# ... and Korean's "에듀봇 소개", "우리 회사를 소개합니다": a word or two, then "소개", read by
# its key words ("전형 소개" is the process, "포지션 소개" the duties), else the company's.
_INTRO_ENDINGS = ("소개", "소개합니다", "소개해요", "소개할게요", "소개드려요", "소개드립니다")
_INTRODUCES = re.compile(
    r"[가-힣A-Za-z0-9]+(?:\s+[가-힣A-Za-z0-9]+)?(?:\s+|(?<=[을를])\s*)소개(?:합니다|해요|할게요"
    r"|드려요|드립니다)?"
)


def _employer_heading(candidate: str) -> str | None:
    """The kind of a posting's heading that introduces its employer by name, if it is one."""
    if _EMPLOYER.fullmatch(candidate):
        return "company"
    if _INTRODUCES.fullmatch(candidate):
        return _stem_kind(candidate, _POSTING)
    return None


_DATED = re.compile(
    r"(?:19|20)\d{2}[.\-/년][ \t]*\d{1,2}|(?:19|20)\d{2}[ \t]*[~–—-][ \t]*(?:(?:19|20)\d{2}|현재|재직"
    r"|present|now|current)",
    re.IGNORECASE,
)


def _known_kind(candidate: str, table: dict[str, str]) -> str | None:
    """The kind of a heading the tables name, alone or among words joined by "&", "/"…"""
    # "Our Hiring Process", "Your Responsibilities", "The Benefits": the heading after its
    # determiner
    kind = table.get(_key(candidate))
    if kind is None and candidate[:1] in "OoTtYyMm" and _DETERMINER.match(candidate):
        kind = table.get(_key(_DETERMINER.sub("", candidate, 1)))
    if kind is None and _MAY_JOIN.search(candidate):
        parts = [p for p in _SPLIT_WORDS.split(candidate) if p]
        kind = next(
            (table[k] for p in parts if (k := _key(p)) in table and k not in _WHOLE_ONLY), None
        )
    if kind is None and (both := _BILINGUAL.match(candidate)):
        # "경력 Experience", "Skills 기술": a bilingual resume names a section twice
        first, second = table.get(_key(both["first"])), table.get(_key(both["second"]))
        kind = first if first == second else None
    return kind


# A heading in Korean then English, or English then Korean, with a space between.
_BILINGUAL = re.compile(
    r"(?P<first>[가-힣][가-힣 ]*?|[A-Za-z][A-Za-z '’-]*?)[ \t]+"
    r"(?P<second>(?<=[가-힣][ \t])[A-Za-z][A-Za-z '’-]*|(?<=[A-Za-z][ \t])[가-힣][가-힣 ]*)$"
)
# What `_SPLIT_WORDS` splits at; most lines hold none of it and skip the split.
_MAY_JOIN = re.compile(r"[&/,・•·]|\band\b|및")


# Symbols Korean postings put before headings and list items alike ("▶ 우대사항",
# "▶ 도서 구입비 지원").
_SYMBOL_BULLET = re.compile(r"\s*([▶▷►▸■□●○◆◇★☆✔✓➤➢])")


def _list_item(lines: list[str], i: int) -> bool:
    """Whether line `i`, opened by a symbol, is one of a list of lines opened by the same
    symbol: "▶ ChatGPT Plus, GitHub Copilot 구독 지원" among the benefits is an item, though
    "plus" would make a friendly heading of it."""
    symbol = _SYMBOL_BULLET.match(lines[i])
    if symbol is None:
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines):
            other = _SYMBOL_BULLET.match(lines[j])
            if other is not None and other.group(1) == symbol.group(1):
                return True
    return False


def heading_kind(line: str, table: dict[str, str]) -> tuple[str, int] | None:
    """If `line` is a heading, its kind and the length of the heading part, else None."""
    found = _heading_candidate(line)
    if found is None:
        return None
    kind = _classify(line, found[0], table)
    return (kind, found[1]) if kind else None


def is_stack_heading(heading: str | None) -> bool:
    """Whether a section's heading names a team's stack ("기술스택", "Tech stack", and
    원티드's "기술스택 ・ 툴")."""
    return heading is not None and _key(heading).startswith(_STACK_KEYS)


def is_section_heading(line: str) -> bool:
    """Whether `line` alone is a heading of a posting or a resume section ("경력", "Skills")."""
    return any(heading_kind(line, table) is not None for table in (_RESUME, _POSTING))


_NOT_LATIN = re.compile(r"[^A-Za-z]+")


def _is_shouting(text: str) -> bool:
    letters = _NOT_LATIN.sub("", text)
    return len(letters) >= 4 and letters.isupper()


def _headings(text: str, doc_type: DocType) -> tuple[str, list[tuple[int, str, str]]]:
    """The document type and its headings as (offset, kind, heading text), in one pass.

    With "auto", each heading-like line is classified both ways and the type with more
    headings wins (a posting on a tie)."""
    tables = {"posting": _POSTING, "resume": _RESUME}
    if doc_type != "auto":
        tables = {doc_type: tables[doc_type]}
    found: dict[str, list[tuple[int, str, str]]] = {name: [] for name in tables}
    # Headings both kinds of document use ("Skills", "Experience") say nothing of which it is.
    telling = {name: 0.0 for name in tables}
    offset = 0
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        bare = line.rstrip("\r\n")
        candidate = _heading_candidate(bare)
        if candidate is not None:
            in_list = _list_item(lines, i)
            for name, table in tables.items():
                if name == "resume" and _LABELLED_ITEM.match(bare):
                    continue  # "[프로젝트] 실시간 주문 파이프라인 구축 (2022.01 ~ 2022.09)"
                kind = _classify(bare, candidate[0], table, in_list)
                if kind is None:
                    continue
                key = _key(candidate[0])
                # a label tells the type of its document whether or not it opens a section
                # ("프로젝트명:" in each project of a 경력기술서, against the "담당업무:" beside it)
                telling[name] += _telling_weight(name, kind, key)
                if kind == "goals" and bare[candidate[1] :].strip():
                    # "학습 중: Airflow, Docker" labels its own line as wishes (see
                    # careernav.extract.aspiration); the lines after it are not wishes.
                    # "Research interests: RL" is no such label: it opens its section.
                    if key not in _GOALS_EVEN_INLINE:
                        continue
                elif name == "resume" and found[name]:
                    current = found[name][-1][1]
                    if not _opens_in_resume(kind, key, current, bare, candidate[1]):
                        continue
                heading = line[: candidate[1]].strip().removesuffix("|").rstrip()
                found[name].append((offset, kind, heading))
        offset += len(line)
    if doc_type == "auto":
        doc_type = "resume" if telling["resume"] > telling["posting"] else "posting"
    if doc_type == "posting" and any(len(line) > _LONG_LINE for line in lines):
        found["posting"] = sorted(found["posting"] + _inline_headings(text))
    return doc_type, found[doc_type]


# A resume's labels that name a part of the item they stand in ("사용기술: Python" and "주요
# 성과: 자동화율 35% 향상" under a project of a 경력기술서, "Skills: LangChain · +5 skills"
# under a LinkedIn job): the item's own line, no section of their own; the next job is still
# experience, with its dates. A table row is its own section ("보유기술 | Python, SQL" after
# "경력사항 | …" in a Word form).
_ITEM_LABEL_KINDS = frozenset({"skills", "summary"})
# ... and the label of a project's name: a project inside a job ("프로젝트명: 고객상담 챗봇"
# under "㈜오픈대화 | 2021.03 ~ 현재"), before the dates of the job after it
_ITEM_LABELS = frozenset(map(_key, ("프로젝트명",)))
# LinkedIn's employment type, on its line under a job's title ("Internship", "Full-time"):
# only "Internship" is a heading too, of a student's section of internships.
_EMPLOYMENT_TYPES = frozenset(
    map(_key, ("Internship", "Full-time", "Part-time", "Contract", "Freelance", "Self-employed"))
)
# "Languages: Python, Go" and "언어: Java" among the skills are programming languages; alone
# on its line (LinkedIn's sidebar, after "Top Skills") the heading of the spoken ones.
_SKILL_LANGUAGES = frozenset(map(_key, ("Languages", "언어")))
# Goals a label on its line opens as a section: the aspiration module reads no wish in
# "Research interests: imitation learning", so the line must be in the goals to be no evidence.
_GOALS_EVEN_INLINE = frozenset(map(_key, ("Research interests", "연구 관심 분야")))


def _opens_in_resume(kind: str, key: str, current: str, line: str, end: int) -> bool:
    """Whether a resume's heading of `kind` (`key`, ending at `end` of `line`) opens a
    section when found in a section of kind `current`, or is a line of that section."""
    labels_line = bool(line[end:].strip())
    if (
        (kind in _ITEM_LABEL_KINDS or key in _ITEM_LABELS)
        and current in _WORK_KINDS
        and labels_line
        and line[:end].endswith((":", "："))
    ):
        return False
    if kind == current == "experience" and key in _EMPLOYMENT_TYPES:
        return False
    return not (
        kind == "certifications" and current == "skills" and labels_line and key in _SKILL_LANGUAGES
    )


# A posting written as one paragraph (Indeed, a pasted e-mail) names its parts inside the
# running text: "… real time. Qualifications: Bachelor's degree …". Only the plain names of
# the asking parts, after a sentence's end and before a colon.
_LONG_LINE = 300
_INLINE_HEADING = re.compile(
    r"(?<=[.!?;] )(?P<heading>(?:Minimum |Basic |Required |Preferred |Desired |Key )?"
    r"(?:Qualifications|Requirements|Responsibilities|Nice to have|Bonus points)"
    r"|What you(?:'|’)ll do|What you(?:'|’)ll need|자격\s*요건|우대\s*사항|주요\s*업무)[ \t]*:",
)


def _inline_headings(text: str) -> list[tuple[int, str, str]]:
    found = []
    for m in _INLINE_HEADING.finditer(text):
        heading = m.group("heading")
        kind = _classify(heading, heading, _POSTING, False)
        if kind:
            found.append((m.start(), kind, heading))
    return found


def _telling_weight(doc_type: str, kind: str, key: str) -> float:
    """How much a heading says the document is of `doc_type`: 1 for a heading only that type
    uses; for a heading both use, nothing, except that "Experience" and "Education" lean to
    a resume (a resume may have no other heading; a posting nearly always has more)."""
    if key not in _SHARED:
        return 1.0
    return 0.5 if doc_type == "resume" and kind in ("experience", "education") else 0.0


def guess_doc_type(text: str) -> str:
    """'resume' when resume headings outnumber posting headings, else 'posting'."""
    return _headings(text, "auto")[0]


def split_sections(text: str, doc_type: DocType = "auto") -> list[Section]:
    """Sections covering the whole text, in order."""
    return sections_and_type(text, doc_type)[1]


def sections_and_type(text: str, doc_type: DocType = "auto") -> tuple[str, list[Section]]:
    """The document type (guessed when "auto") and its sections, from one pass."""
    doc_type, headings = _headings(text, doc_type)
    if " | " in text:
        headings = _with_column_headings(text, headings, doc_type)
    sections: list[Section] = []
    kind, start, heading = "other", 0, None
    for offset, next_kind, next_heading in headings:
        if offset > start or sections:
            sections.append(Section(kind, start, offset, heading))
        kind, start, heading = next_kind, offset, next_heading
    sections.append(Section(kind, start, len(text), heading))
    return doc_type, [s for s in sections if s.end > s.start] or [
        Section("other", 0, len(text), None)
    ]


_CELL_SEP = " | "


def _with_column_headings(
    text: str, headings: list[tuple[int, str, str]], doc_type: str
) -> list[tuple[int, str, str]]:
    """Headings for the cells of a table whose header row names sections, one per column:
    "Must have | Nice to have", then "3+ years of SQL | Python for scripting" on each row
    (what readers make of such a table in HTML, Markdown or Word). Each cell of a row is
    then its column's section; after the table, the section the table stood in goes on."""
    table = _RESUME if doc_type == "resume" else _POSTING
    added: list[tuple[int, str, str]] = []
    offset = 0
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r\n")
        kinds = _column_kinds(line, table) if _CELL_SEP in line else None
        if not kinds:
            offset += len(lines[i])
            i += 1
            continue
        headers = line.split(_CELL_SEP)
        before = _kind_at(headings + added, offset - 1)  # the section the table stands in
        offset += len(lines[i])
        i += 1
        while i < len(lines) and lines[i].count(_CELL_SEP) == len(kinds) - 1:
            at = offset
            for cell, kind, header in zip(
                lines[i].rstrip("\r\n").split(_CELL_SEP), kinds, headers, strict=True
            ):
                added.append((at, kind, header.strip()))
                at += len(cell) + len(_CELL_SEP)
            offset += len(lines[i])
            i += 1
        added.append((offset, before[0], before[1]))
    if not added:
        return headings
    # stable: a heading right after the table wins over the section it interrupts
    return sorted(added + headings, key=lambda h: h[0])


def _column_kinds(line: str, table: dict[str, str]) -> list[str] | None:
    """The section kind each header cell names, when every cell names one and they differ."""
    cells = [cell.strip() for cell in line.split(_CELL_SEP)]
    kinds = []
    for cell in cells:
        if not cell or len(cell) > MAX_HEADING_CHARS:
            return None
        kind = _known_kind(cell, table) or _stem_kind(cell, table)
        if kind is None:
            return None
        kinds.append(kind)
    return kinds if len(set(kinds)) > 1 else None


def _kind_at(headings: list[tuple[int, str, str]], offset: int) -> tuple[str, str | None]:
    current: tuple[str, str | None] = ("other", None)
    for at, kind, heading in sorted(headings, key=lambda h: h[0]):
        if at > offset:
            break
        current = (kind, heading)
    return current


class SectionIndex:
    """Which section an offset falls in, by binary search."""

    def __init__(self, sections: list[Section]):
        self.sections = sections
        self._starts = [s.start for s in sections]

    def kind_at(self, offset: int) -> str:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sections[max(i, 0)].kind
