"""The real role behind a posting: a mix over the 15 roles computed from what the posting asks
for, not from its title — and, beside it, the role its title names.

Each role is a weighted vector of skills (core weight, or half the nice-to-have weight). A
skill that many roles list (Python, SQL) says little about which role a posting is, so each
skill is also weighted by how rare it is among roles (an inverse document frequency over the
15 roles). The posting is a vector of the skills it asks for (preferred ones count half, repeated
ones more), each also standing in, at half strength, for the broader concept it is a case of (XGBoost →
gradient boosting → machine learning). A role's score is the dot product of the two, divided by
the length of the role's vector so that roles with long skill lists are not favoured; the duty
phrases of a role found in the posting add to it. Soft skills and habits count half (every role
wants them). Scores are squared and normalised to sum to 1; when even the best role has too
little evidence (one generic duty phrase), no role is named.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from careernav.extract import Extraction
from careernav.extract._normalize import find_keys, prepare
from careernav.extract.sections import SectionIndex
from careernav.knowledge import KnowledgeBase
from careernav.match.choices import alternative_groups
from careernav.match.cues import Cues
from careernav.text import normalize

PREFERRED_FACTOR = 0.5
BROADER_FACTOR = 0.5
NICE_FACTOR = 0.5
# Every role wants soft skills; one that few roles list ("technical writing") still says less
# about which role a posting is than a technical skill does.
SOFT_FACTOR = 0.5
DUTY_PHRASE_WEIGHT = 0.35  # one duty phrase found counts like a rare core skill, roughly
SHARPEN = 2.0
# Below this, no role is named: one generic duty phrase ("reports") in a lab technician's
# posting says nothing about AI roles. A single duty phrase scores 0.35; a rare core skill
# about as much.
MIN_EVIDENCE = 0.36


@dataclass(frozen=True)
class RoleScore:
    id: str
    score: float
    skills: list[tuple[str, float]] = field(default_factory=list)  # (skill id, contribution)
    phrases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _RoleModel:
    vectors: dict[str, dict[str, float]]  # role -> skill -> weight × idf
    norms: dict[str, float]
    broader: dict[str, list[str]]  # skill -> its broader chain
    phrases: ahocorasick.Automaton
    titles: ahocorasick.Automaton


class _Spot(NamedTuple):
    """Where a duty phrase stands, as `Cues` looks at a mention."""

    start: int
    end: int
    section: str


@lru_cache(maxsize=4)
def _model(kb: KnowledgeBase) -> _RoleModel:
    listed: dict[str, int] = {}
    for role in kb.roles.values():
        for sid in role.skill_weights():
            listed[sid] = listed.get(sid, 0) + 1
    n = len(kb.roles)
    idf = {sid: math.log(1 + n / count) for sid, count in listed.items()}
    vectors, norms = {}, {}
    for rid, role in kb.roles.items():
        vec = {}
        for sid, (weight, level) in role.skill_weights().items():
            kind_factor = SOFT_FACTOR if kb.skills[sid].kind in ("soft-skill", "habit") else 1.0
            vec[sid] = weight * (1.0 if level == "core" else NICE_FACTOR) * idf[sid] * kind_factor
        vectors[rid] = vec
        norms[rid] = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    broader = {}
    for sid in kb.skills:
        chain, seen, cur = [], {sid}, kb.skills[sid].broader
        while cur and cur not in seen:
            chain.append(cur)
            seen.add(cur)
            cur = kb.skills[cur].broader
        broader[sid] = chain
    phrases = ahocorasick.Automaton()
    for rid, role in kb.roles.items():
        for phrase in role.duty_phrases.all():
            base = normalize(phrase)
            # "dashboard" should also count "dashboards"; both keys report the phrase as written.
            for key in {base, base + "s"} if base and base.isascii() else {base} - {""}:
                owners = phrases.get(key, (len(key), phrase, set()))[2] | {rid}
                phrases.add_word(key, (len(key), phrase, owners))
    phrases.make_automaton()
    titles = ahocorasick.Automaton()
    for key, rid in kb.title_index.items():
        titles.add_word(key, (len(key), rid))
    titles.make_automaton()
    return _RoleModel(vectors, norms, broader, phrases, titles)


def _find(automaton: ahocorasick.Automaton, text: str, prepared: str | None = None):
    """Hits of an automaton of normalised keys in `text`, on word boundaries."""
    if not text or not len(automaton):
        return iter(())
    return find_keys(automaton, prepared or prepare(text), text)


def posting_vector(
    kb: KnowledgeBase, extraction: Extraction, cues: Cues | None = None
) -> dict[str, float]:
    """Skill -> strength of the ask: 1 required, 0.5 preferred, shared among the options of
    a choice, growing with the log of how often the posting names it (a posting that keeps
    coming back to a skill is about it); broader concepts at half strength."""
    model = _model(kb)
    vector: dict[str, float] = {}
    counts: dict[str, int] = {}
    mentions = extraction.requirement_mentions()
    # "Scala, Java or C++" asks for one language, not three: each option of a choice counts
    # for its share of it.
    groups = alternative_groups(extraction.text, mentions, kb)
    # "… would be a plus" prefers outside that section
    cues = cues or Cues(extraction.text, extraction.skills)
    for mention, group in zip(mentions, groups, strict=True):
        strength = (PREFERRED_FACTOR if cues.prefers(mention) else 1.0) / len(group)
        vector[mention.id] = max(vector.get(mention.id, 0.0), strength)
        counts[mention.id] = counts.get(mention.id, 0) + 1
    for sid, count in counts.items():
        vector[sid] *= 1 + math.log(count)
    for sid, strength in list(vector.items()):
        factor = BROADER_FACTOR
        for parent in model.broader[sid]:
            vector[parent] = max(vector.get(parent, 0.0), strength * factor)
            factor *= BROADER_FACTOR
    return vector


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&-]*[ \t]+\Z")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z][\w&-]*")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a duty phrase is a word of a capitalised name ("International Financial
    Reporting Standards", "Fair Credit Reporting Act"): a name, not a duty."""
    return (
        text[start : start + 1].isupper()
        and _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) is not None
        and _CAPITALISED_AFTER.match(text, end) is not None
    )


def infer_roles(kb: KnowledgeBase, extraction: Extraction) -> list[RoleScore]:
    """The role mix of a posting, best first; scores sum to 1 (all 0 when too little is known
    to name a role)."""
    model = _model(kb)
    cues = Cues(extraction.text, extraction.skills)
    vector = posting_vector(kb, extraction, cues)
    index = SectionIndex(extraction.sections)
    skip = extraction.skipped_sections()
    phrase_hits: dict[str, list[str]] = {rid: [] for rid in kb.roles}
    phrase_strength: dict[str, float] = {rid: 0.0 for rid in kb.roles}
    # "This is not a data science role: you will not build machine learning models": the
    # duties of a clause that denies what it names are not the job's
    denied = {cues.clause(m) for m in extraction.denied()}
    for start, end, (_, phrase, owners) in _find(
        model.phrases, extraction.text, extraction.prepared
    ):
        section = index.kind_at(start)
        if section in skip or _inside_a_name(extraction.text, start, end):
            continue
        spot = _Spot(start, end, section)
        if denied and cues.clause(spot) in denied:
            continue
        # a duty named only as a plus ("building dashboards in Tableau would be a plus")
        # counts half
        preferred = cues.prefers(spot)
        for rid in owners:
            if phrase not in phrase_hits[rid]:
                phrase_hits[rid].append(phrase)
                phrase_strength[rid] += PREFERRED_FACTOR if preferred else 1.0
    raw: dict[str, tuple[float, list[tuple[str, float]]]] = {}
    for rid, role_vec in model.vectors.items():
        contributions = [
            (sid, strength * role_vec[sid] / model.norms[rid])
            for sid, strength in vector.items()
            if sid in role_vec
        ]
        duties = DUTY_PHRASE_WEIGHT * math.sqrt(phrase_strength[rid])
        total = sum(c for _, c in contributions) + duties
        raw[rid] = (total, sorted(contributions, key=lambda c: -c[1]))
    if max(total for total, _ in raw.values()) < MIN_EVIDENCE:
        raw = {rid: (0.0, contributions) for rid, (_, contributions) in raw.items()}
    sharpened = {rid: total**SHARPEN for rid, (total, _) in raw.items()}
    norm = sum(sharpened.values())
    scores = [
        RoleScore(
            rid,
            round(sharpened[rid] / norm, 4) if norm else 0.0,
            [(sid, round(c, 4)) for sid, c in raw[rid][1][:8]],
            phrase_hits[rid],
        )
        for rid in kb.roles
    ]
    return sorted(scores, key=lambda r: (-r.score, r.id))


def title_role(kb: KnowledgeBase, title: str | None) -> tuple[str, str] | None:
    """(role id, the title words that named it) for a posting title, or None.

    The longest title of any role found in `title` wins: "Senior Machine Learning Engineer"
    is an ML engineer before it is an engineer. A title also counts with a word or two more
    between its words ("AI 서비스 백엔드 개발자" is an AI 서비스 개발자)."""
    if not title:
        return None
    found = _title_role(kb, title)
    if found is None and _MIXED_TITLE.search(title):
        # "Computer Vision 엔지니어", "Data 분석가": English field, Korean job noun
        english = _MIXED_TITLE.sub(lambda m: " " + _JOB_NOUNS[m.group(1)], title)
        if (in_english := _title_role(kb, english)) is not None:
            found = (in_english[0], title.strip())
    if (parts := _JOB_THEN_FIELD.match(title)) is None:
        return found
    if found is None:
        # "Software Engineer, Machine Learning", "Engineer – Computer Vision": the field named
        # after the job is the job's ("Machine Learning Software Engineer")
        turned = f"{parts['field']} {parts['job']}"
        if (in_order := _title_role(kb, turned)) is not None:
            found = (in_order[0], title.strip())
    elif _general(found[1]) and title.find(found[1]) + len(found[1]) <= parts.end("job"):
        # "AI Engineer, LLM Applications": a general job, then the field that makes it a
        # role of its own ("LLM Applications Engineer"); "Machine Learning Engineer –
        # Language Understanding" names its role already
        noun = parts["job"].split()[-1]
        field = _title_role(kb, f"{parts['field']} {noun}")
        if field is not None and field[0] != found[0]:
            found = (field[0], title.strip())
    return found


# A job noun, then after a comma or a dash the field it works in
_JOB_THEN_FIELD = re.compile(
    r"\s*(?P<job>[^,\n]*?\b(?:engineer|developer|scientist|researcher|analyst|architect)s?)"
    r"\s*(?:,|\s[-–—]|[-–—]\s)\s*(?P<field>[^,\n(]{2,60}?)\s*(?:[,(].*)?$",
    re.IGNORECASE,
)


_JOB_NOUNS = {
    "엔지니어": "engineer", "개발자": "developer", "연구원": "researcher", "분석가": "analyst",
    "과학자": "scientist", "사이언티스트": "scientist", "리서처": "researcher",
}  # fmt: skip
_MIXED_TITLE = re.compile(r"(?<=[A-Za-z])\s*(" + "|".join(_JOB_NOUNS) + ")")


def _title_role(kb: KnowledgeBase, title: str) -> tuple[str, str] | None:
    best = None
    for start, end, (_, rid) in _find(_model(kb).titles, title):
        if best is None or end - start > best[1] - best[0]:
            best = (start, end, rid)
    exact = (best[2], title[best[0] : best[1]]) if best else None
    # A longer title with a word between ("컴퓨터 비전 딥러닝 엔지니어" is a computer vision
    # engineer before it is a deep learning one) wins over a shorter one found whole.
    spread = _title_with_words_between(kb, title)
    if spread and other_job(spread[1]):
        spread = None  # "AI Sales Engineer", "AI 영업 엔지니어": the word between names the job
    if exact is None or (spread and _words(spread[1]) > _words(exact[1])):
        return spread
    return exact


# Titles that name no field of their own: "AI Engineer", "Software Engineer", "AI 개발자"
_GENERAL_WORDS = frozenset(
    {"ai", "software", "sw", "인공지능", "소프트웨어", "senior", "junior", "staff", "lead", "sr"}
)
_JOB_WORDS = frozenset({*_JOB_NOUNS, *_JOB_NOUNS.values(), "engineers", "developers"})


def _general(title_words: str) -> bool:
    words = _TITLE_WORD.findall(title_words.casefold())
    return all(w in _GENERAL_WORDS or w in _JOB_WORDS for w in words)


def _words(text: str) -> int:
    return len(_TITLE_WORD.findall(text.casefold()))


_TITLE_WORD = re.compile(r"[0-9a-z]+|[가-힣]+")
MAX_WORDS_BETWEEN = 2


@lru_cache(maxsize=4)
def _title_words(kb: KnowledgeBase) -> list[tuple[tuple[str, ...], str]]:
    """Each role title of two words or more as its words, the longest first."""
    titles = {
        tuple(_TITLE_WORD.findall(title.casefold())): rid
        for rid, role in kb.roles.items()
        for title in (role.label.en, role.label.ko, *role.titles.all())
    }
    return sorted(((w, rid) for w, rid in titles.items() if len(w) >= 2), key=lambda t: -len(t[0]))


def _title_with_words_between(kb: KnowledgeBase, title: str) -> tuple[str, str] | None:
    """A role title whose words stand in `title` in order with a word or two more between:
    "AI 서비스 백엔드 개발자" is an "AI 서비스 개발자"."""
    matches = list(_TITLE_WORD.finditer(title.casefold()))
    words = [m.group() for m in matches]
    present = set(words)
    for wanted, rid in _title_words(kb):
        if not present.issuperset(wanted):
            continue  # most role titles share no word or only one with this title
        at, found = 0, []
        for word in wanted:
            try:
                at = words.index(word, at)
            except ValueError:
                break
            found.append(at)
            at += 1
        else:
            if found[-1] - found[0] + 1 - len(wanted) <= MAX_WORDS_BETWEEN:
                return rid, title[matches[found[0]].start() : matches[found[-1]].end()]
    return None


# Jobs that AI postings are often for but that are not among the 15 roles of the map: a posting
# titled so is read for the role its work is closest to, and says so.
_OTHER_JOBS = re.compile(
    r"\b(?:product|program|project|engineering|delivery)\s+(?:manager|owner|lead)s?\b"
    r"|\b(?:product|ux|ui|visual|graphic|interaction)\s+designers?\b|\bdesigners?\b"
    r"|\b(?:recruiters?|talent\s+acquisition|sales|account\s+(?:executive|manager)"
    r"|marketing\s+manager|marketers?|technical\s+writers?|customer\s+success"
    r"|business\s+development|solutions?\s+(?:architect|consultant)s?|consultants?)\b"
    r"|\b(?:PM|PO|TPM)\b"
    r"|(?:(?:서비스|프로덕트|AI)\s*)?기획자?|프로덕트\s*(?:매니저|오너)|프로젝트\s*매니저"
    r"|디자이너|마케터|마케팅\s*(?:매니저|담당)|영업|세일즈|리크루터|채용\s*담당|인사\s*담당"
    r"|테크니컬\s*라이터|컨설턴트|사업\s*개발",
    re.IGNORECASE,
)


def other_job(title: str | None) -> str | None:
    """The words of a posting title that name a job outside the 15 roles ("AI Product
    Manager", "AI 서비스 기획자"), or None."""
    found = _OTHER_JOBS.search(title or "")
    return found.group().strip() if found else None


# Engineering jobs outside the AI map. Not in `_OTHER_JOBS`: "AI Backend Engineer" or "AI 백엔드
# 개발자" may still be an AI developer's title; only a title that names no role is flagged.
_OTHER_TECH_JOBS = re.compile(
    r"\b(?:back[- ]?end|front[- ]?end|full[- ]?stack|mobile|ios|android|embedded|firmware"
    r"|game(?:play)?|security|qa|test|web)\s+(?:software\s+)?(?:engineer|developer|programmer)s?\b"
    r"|(?:백엔드|프론트엔드|풀스택|앱|모바일|안드로이드|iOS|임베디드|펌웨어|게임(?:\s*(?:클라이언트|서버))?"
    r"|보안|QA|웹)\s*(?:개발자|엔지니어|프로그래머)",
    re.IGNORECASE,
)


def other_tech_job(title: str | None) -> str | None:
    """The words of a posting title that name an engineering job outside the 15 roles
    ("Senior Backend Engineer", "게임 클라이언트 개발자"), or None."""
    found = _OTHER_TECH_JOBS.search(title or "")
    return found.group().strip() if found else None
