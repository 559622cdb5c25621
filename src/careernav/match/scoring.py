"""Match a resume against a posting or a role: coverage, weighted score, verdict, and the
skills behind every number.

Credit for one requirement: 1 when the resume shows the skill itself, a narrower one (a
resume showing PyTorch shows deep learning), a higher degree (a PhD for "석사 이상"), or a
library, tool or platform used through that one language (PyTorch, pytest or Flask show
Python; dbt shows SQL; a service called over the network, such as the OpenAI API, shows its
SDK's language only when the resume shows no other language to call it from); 0.5 when it
shows the skill at a basic level only, a narrower one or one used through it at a basic level
only, a skill that needs it first (RAG needs vector embeddings), or a related skill
(TensorFlow for PyTorch); else 0. What the resume says it lacks or only wishes for (`NOT_HAD`)
gets no credit, not even through what it shows. A choice the posting offers ("PyTorch or
TensorFlow") is one requirement, credited by its best-covered option. Coverage is the weighted
share of credit; the verdict follows the notes' rule that postings are over-described: apply
at 70% of the required skills, stretch at 50%, build first below (thresholds are parameters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from careernav.extract import NOT_HAD, SkillMention
from careernav.knowledge import KnowledgeBase
from careernav.knowledge.effort import cheapest_option
from careernav.match.choices import DEGREE_LADDER
from careernav.match.posting import PostingAnalysis
from careernav.match.roles import _model
from careernav.text import josa

RELATED_CREDIT = 0.5
# A prerequisite of a skill the resume shows: learned on the way, at some level.
NEEDED_CREDIT = 0.5
# A skill the resume grades basic only ("Familiar: Rust", "Go(기초)") counts for half.
BASIC_CREDIT = 0.5
_DIRECTNESS = {
    "direct": 3, "narrower": 2, "higher": 2, "uses": 1, "basic": 1, "needed": 1, "related": 0,
    None: 0,
}  # fmt: skip
PREFERRED_SHARE = 0.25  # of the overall score, when the target has preferred skills
DEFAULT_APPLY_AT = 0.70
DEFAULT_STRETCH_AT = 0.50


@dataclass(frozen=True)
class Thresholds:
    apply: float = DEFAULT_APPLY_AT
    stretch: float = DEFAULT_STRETCH_AT

    def __post_init__(self):
        if not 0 <= self.stretch <= self.apply <= 1:
            raise ValueError("thresholds need 0 <= stretch <= apply <= 1")


@dataclass(frozen=True)
class SkillMatch:
    id: str
    label: str
    level: str  # "required" or "preferred"
    weight: float
    credit: float  # 0, 0.5 or 1
    # "direct", "narrower", "higher", "uses", "basic", "needed", "related"; "title" for a
    # field a years ask names, done in jobs whose titles name a role central to it; None when
    # missing
    via: str | None
    via_skill: str | None
    target_evidence: list[SkillMention]
    resume_evidence: list[SkillMention]
    why: str
    years_asked: float | None = None
    years_shown: int | None = None
    # The other concepts the target accepts instead of this one ("PyTorch or TensorFlow").
    alternatives: tuple[str, ...] = ()
    # Met only by a name in the resume's skills list: no line of its work, projects or summary
    # shows it (nor anything under it), which a reader looks for.
    listed_only: bool = False


@dataclass(frozen=True)
class UnlistedMatch:
    """A posting's ask in words the knowledge base does not know (`PostingAnalysis.unlisted`)
    and whether the resume's text names it too: shown, never scored."""

    text: str
    level: str  # "required" or "preferred"
    in_resume: bool
    start: int  # where the posting says it
    end: int
    section: str


def heaviest_first(s: SkillMatch) -> tuple:
    """The order of a match's rows when listed by weight: required first, then the heaviest."""
    return (s.level != "required", -s.weight, s.id)


@dataclass(frozen=True)
class MatchResult:
    target_kind: str  # "posting" or "role"
    target_id: str | None
    target_label: str | None
    required_coverage: float
    preferred_coverage: float | None
    score: float
    verdict: str  # "apply", "stretch" or "build-first"
    thresholds: Thresholds
    skills: list[SkillMatch] = field(default_factory=list)
    # Years of experience: what the posting asks of the whole career ("경력 3년 이상"), and
    # what the resume shows (dated jobs in its experience section, or years it states).
    years_asked: float | None = None
    years_shown: float | None = None
    # The top of a range of years the posting asks ("경력 3~7년"), when it gives one.
    years_asked_high: float | None = None
    # Of those, the years in jobs whose title names the target's role ("ML 엔지니어"): the
    # role matched against, or the posting's top role.
    years_in_role: float | None = None
    role_label: str | None = None
    # The posting's years ask as one more requirement of the required coverage: its weight
    # (YEARS_WEIGHT) and its credit (the share of the years asked that the resume shows).
    years_weight: float = 0.0
    years_credit: float | None = None
    # When the ask names a field ("MLOps 경력 10년 이상") and the resume's dated jobs show it:
    # the field and its years, which the credit is then the share of.
    years_field: str | None = None
    years_in_field: float | None = None
    # The verdict the skills gave, when the years held it back (an "apply" with less than
    # half the years asked is a stretch); None when they did not.
    verdict_before_years: str | None = None
    # The degree the posting accepts instead of the years ("석사 이상 또는 학사 + 경력 5년
    # 이상") when the resume shows it: the years ask is met by it.
    years_instead: str | None = None
    # The degree whose own, smaller years ask applies to the resume ("Master's with 3+ years,
    # or Bachelor's with 5+ years" for a master's holder: 3)
    years_degree: str | None = None
    # What the posting asks in words careernav has no concept for, the required first.
    unlisted: list[UnlistedMatch] = field(default_factory=list)
    # The verdict the scored asks gave, when the required asks careernav could not score and
    # the resume does not say were as many as those it scored: an "apply" is then a stretch.
    verdict_before_unlisted: str | None = None

    @property
    def matched(self) -> list[SkillMatch]:
        return [s for s in self.skills if s.credit == 1]

    @property
    def partial(self) -> list[SkillMatch]:
        return [s for s in self.skills if 0 < s.credit < 1]

    @property
    def missing(self) -> list[SkillMatch]:
        """Missing skills, the heaviest first."""
        return sorted((s for s in self.skills if s.credit == 0), key=heaviest_first)


# What a posting's years ask ("경력 5년 이상") weighs in the required coverage: as much as a
# required skill central to the role.
YEARS_WEIGHT = 1.0
# Below this share of the years asked, "apply" becomes "stretch": among ten asks one
# requirement alone moves a verdict little, and a new graduate with every skill is not an
# "apply" for "5+ years" (a recruiter screens for the years first).
YEARS_HOLD = 0.5


def years_credit(asked: float, shown: float | None) -> float:
    """The share of the asked years the resume shows (none when it gives no dated jobs or
    years), at most all of them."""
    return round(min(1.0, (shown or 0.0) / asked), 2) if asked > 0 else 1.0


def with_years_asked(
    result: MatchResult,
    asked: float,
    shown: float | None,
    field: tuple[str, float] | None = None,
    instead: str | None = None,
) -> MatchResult:
    """`result` with a posting's years ask counted as one more requirement: the required
    coverage, the score and the verdict recomputed with it; an "apply" short of half the years
    is held at "stretch" (`YEARS_HOLD`). `field` is the label and years of
    the field the ask names, when the resume's dated jobs show it: those years count then.
    `instead` is the label of a degree the posting accepts in place of the years, which the
    resume shows: the ask is met."""
    credit = 1.0 if instead else years_credit(asked, field[1] if field else shown)
    coverage = required_with_years(result.skills, YEARS_WEIGHT, credit)
    verdict = verdict_for(coverage, result.thresholds)
    held = verdict == "apply" and credit < YEARS_HOLD
    return replace(
        result,
        required_coverage=coverage,
        score=_overall(coverage, result.preferred_coverage),
        verdict="stretch" if held else verdict,
        verdict_before_years=verdict if held else None,
        years_weight=YEARS_WEIGHT,
        years_credit=credit,
        years_field=field[0] if field else None,
        years_in_field=field[1] if field else None,
        years_instead=instead,
    )


def required_with_years(skills: Sequence[SkillMatch], weight: float, credit: float) -> float:
    """The required coverage of `skills` with the years ask as one more requirement."""
    required = [s for s in skills if s.level == "required"]
    total = sum(s.weight for s in required) + weight
    return round((sum(s.weight * s.credit for s in required) + weight * credit) / total, 4)


def verdict_for(coverage: float, thresholds: Thresholds) -> str:
    if coverage >= thresholds.apply:
        return "apply"
    if coverage >= thresholds.stretch:
        return "stretch"
    return "build-first"


def said_not_had(evidence: Sequence[SkillMention]) -> bool:
    """Whether a skill's evidence is only the resume saying it lacks the skill or only wishes
    for it (`careernav.extract.not_had`)."""
    return bool(evidence) and all(m.how == NOT_HAD for m in evidence)


def _basic_only(evidence: Sequence[SkillMention]) -> bool:
    return bool(evidence) and all(m.level == "basic" for m in evidence)


def _shown(have: dict[str, list[SkillMention]]) -> dict[str, list[SkillMention]]:
    """What the resume shows, of which the rest is inferred: `have` less what it says it
    lacks or only wishes for."""
    return {s: evidence for s, evidence in have.items() if not said_not_had(evidence)}


def _credit(
    kb: KnowledgeBase,
    sid: str,
    have: dict[str, list[SkillMention]],
    shown: dict[str, list[SkillMention]] | None = None,
):
    """(credit, via, via_skill) for requirement `sid` against the resume's concepts. A skill
    the resume says it lacks or only wishes for keeps what it says: no credit, even where a
    skill it shows would count (Airflow shows Python, but not for "Python은 기초 문법을
    공부하고 있습니다"); one shown at a basic level only keeps its half."""
    if sid in have:
        evidence = have[sid]
        if said_not_had(evidence):
            return 0.0, None, None
        if _basic_only(evidence):
            return BASIC_CREDIT, "basic", sid
        return 1.0, "direct", sid
    # what the resume shows, of which the rest is inferred (`shown`, when the caller has it)
    resume = shown if shown is not None else _shown(have)
    broader = _model(kb).broader
    # of the resume's cases of the concept, the nearest one says it best ("Databases": SQL
    # itself before Redis, a key-value store of a kind of database); one shown at a basic
    # level only shows the concept at that level: half, unless another shows more
    cases = [
        (broader[have].index(sid), n, have)
        for n, have in enumerate(resume)
        if sid in broader.get(have, ())
    ]
    full = [case for case in cases if not _basic_only(resume[case[2]])]
    if full:
        return 1.0, "narrower", min(full)[2]
    half = (BASIC_CREDIT, "narrower", min(cases)[2]) if cases else None
    if sid in DEGREE_LADDER:  # "석사 이상": a PhD meets a master's requirement
        rank = DEGREE_LADDER.index(sid)
        for have in resume:
            if have in DEGREE_LADDER[rank + 1 :]:
                return 1.0, "higher", have
    users = used_through(kb).get(sid, frozenset())
    for have in resume:
        if have in users and not _called_from_another(kb, have, sid, resume):
            if not _basic_only(resume[have]):
                return 1.0, "uses", have
            half = half or (BASIC_CREDIT, "uses", have)
    if half is not None:
        return half
    # what a shown skill needs first was likely learned on the way (RAG needs vector
    # embeddings, FastAPI REST APIs), though the resume does not say how well: half. A skill
    # shown through a case of it counts as shown here too (Conformer shows deep learning,
    # which needs neural networks first).
    for have in () if kb.skills[sid].kind == "certification" else _needing(kb).get(sid, ()):
        if _called_from_another(kb, have, sid, resume):
            continue  # the OpenAI API needs no Python when called from TypeScript
        evidence = resume.get(have)
        if evidence is not None and not _basic_only(evidence):
            return NEEDED_CREDIT, "needed", have
        if evidence is None:
            case = next((r for r in resume if have in broader.get(r, ())), None)
            if case is not None and not _basic_only(resume[case]):
                return NEEDED_CREDIT, "needed", case
    related = _related(kb).get(sid, frozenset())
    # a certificate is held or not: a degree in the field is no part of one
    credential = kb.skills[sid].kind == "certification"
    for have in resume:
        if have in related and (not credential or kb.skills[have].kind == "certification"):
            return RELATED_CREDIT, "related", have
    return 0.0, None, None


# What is written in a language: a resume that shows one of these shows the language too.
_USES_LANGUAGE = {"library", "framework", "tool", "platform", "service", "database", "language"}


@lru_cache(maxsize=4)
def used_through(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Language -> the skills used through it and no other language: their prerequisites
    name exactly one language (pytest: Python; dbt: SQL; TypeScript: JavaScript). A skill
    that names several (Spark: Python and SQL; ROS: C++ and Python) may be used through any
    one of them, so it shows none."""
    users: dict[str, set[str]] = {}
    for sid, skill in kb.skills.items():
        if skill.kind not in _USES_LANGUAGE:
            continue
        languages = [p for p in skill.prerequisites if kb.skills[p].kind == "language"]
        if len(languages) == 1:
            users.setdefault(languages[0], set()).add(sid)
    return {language: frozenset(sids) for language, sids in users.items()}


def _called_from_another(kb: KnowledgeBase, tool: str, language: str, resume) -> bool:
    """Whether `tool`, a service called over the network (the OpenAI API, whose SDK the
    knowledge base gives as Python's), may have been called from another programming language
    the resume shows (a TypeScript developer's chat widget streaming from the OpenAI API):
    then it does not show `language`. A library or a framework is written for its language
    (PyTorch is Python whatever else the resume shows), and a service's query language is
    the one every caller writes (BigQuery's SQL)."""
    if kb.skills[tool].kind != "service" or kb.skills[language].category != "programming":
        return False
    return any(
        other != language
        and kb.skills[other].kind == "language"
        and kb.skills[other].category == "programming"
        for other in resume
    )


@lru_cache(maxsize=4)
def _needing(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Skill -> the skills that need it first. Languages named side by side as prerequisites
    are a choice (Spark: Python, Scala or SQL), so none of them is needed."""
    needing: dict[str, list[str]] = {}
    for sid, skill in kb.skills.items():
        languages = [p for p in skill.prerequisites if kb.skills[p].kind == "language"]
        for pre in skill.prerequisites:
            if pre in languages and len(languages) > 1:
                continue
            needing.setdefault(pre, []).append(sid)
    return {pre: tuple(sids) for pre, sids in needing.items()}


@lru_cache(maxsize=4)
def _related(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Skill -> the skills related to it, in either direction of the `related` links."""
    links: dict[str, set[str]] = {}
    for sid, skill in kb.skills.items():
        for other in skill.related:
            links.setdefault(sid, set()).add(other)
            links.setdefault(other, set()).add(sid)
    return {sid: frozenset(others) for sid, others in links.items()}


def _choice_text(labels: list[str], lang: str) -> str:
    if lang == "ko":
        return f"{', '.join(labels[:-1])} 또는 {labels[-1]} 중 하나면 됨: "
    return f"any of {', '.join(labels[:-1])} or {labels[-1]}: "


def _why(
    kb: KnowledgeBase,
    sid: str,
    label: str,
    via: str | None,
    via_skill: str | None,
    lang: str,
    credit: float = 1.0,
) -> str:
    other = kb.skills[via_skill].label.get(lang) if via_skill else ""
    ko = lang == "ko"
    if via in ("narrower", "uses") and credit < 1:  # through a skill shown at a basic level
        if via == "narrower":
            how = f"{label}에 속하지만" if ko else f"comes under {label}, but"
        else:
            how = (
                f"{label}{josa(label, '으로', '로')} 쓰지만" if ko else f"is used with {label}, but"
            )
        return (
            f"{other}{josa(other, '은', '는')} {how} 이력서에 기초 수준으로만 나와 절반 인정"
            if ko
            else f"{other} {how} the resume shows it at a basic level only, so it counts for half"
        )
    if via == "direct":
        return f"이력서에 {label} 근거가 있음" if ko else f"the resume shows {label}"
    if via == "narrower":
        # the broader chain mixes kinds and fields (LangChain → LLM apps → LLMs): "comes
        # under" is true of both
        return (
            f"{other}{josa(other, '은', '는')} {label}에 속하므로 인정"
            if ko
            else f"{other} comes under {label}, so it counts"
        )
    if via == "higher":
        return (
            f"{other}{josa(other, '은', '는')} {label}보다 높은 학위이므로 인정"
            if ko
            else f"{other} is a higher degree than {label}, so it counts"
        )
    if via == "uses":
        return (
            f"{other}{josa(other, '은', '는')} {label}{josa(label, '으로', '로')} 쓰므로 인정"
            if ko
            else f"{other} is used with {label}, so it counts"
        )
    if via == "basic":
        return (
            f"이력서에 {label}{josa(label, '이', '가')} 기초 수준으로만 나와 절반 인정"
            if ko
            else f"the resume shows {label} at a basic level only, so it counts for half"
        )
    if via == "needed" and via_skill not in _needing(kb).get(sid, ()):
        # shown through a case: "PyTorch comes under Deep learning, which needs Neural
        # networks first"
        through = next(n for n in _needing(kb)[sid] if n in _model(kb).broader.get(via_skill, ()))
        middle = kb.skills[through].label.get(lang)
        return (
            f"이력서의 {other}{josa(other, '은', '는')} {middle}에 속하고, {middle}"
            f"{josa(middle, '은', '는')} {label}{josa(label, '을', '를')} 먼저 필요로 하므로 절반 인정"
            if ko
            else f"the resume's {other} comes under {middle}, which needs {label} first, "
            "so it counts for half"
        )
    if via == "needed":
        return (
            f"이력서의 {other}{josa(other, '은', '는')} {label}{josa(label, '을', '를')} 먼저 "
            "필요로 하므로 절반 인정"
            if ko
            else f"the resume's {other} needs {label} first, so it counts for half"
        )
    if via == "related":
        # `related` links neighbours (Airflow and ETL, Kafka and stream processing), not
        # always stand-ins: say no more than that
        return (
            f"가까운 스킬인 {other}{josa(other, '이', '가')} 있어 절반 인정"
            if ko
            else f"{other} is closely related, so it counts for half"
        )
    return f"이력서에 {label} 근거가 없음" if ko else f"no evidence of {label} in the resume"


class Want(NamedTuple):
    """One thing a target asks for."""

    id: str
    level: str  # "required" or "preferred"
    weight: float
    evidence: Sequence[SkillMention] = ()
    years: float | None = None
    alternatives: tuple[str, ...] = ()  # concepts accepted instead ("PyTorch or TensorFlow")


def score_wants(
    kb: KnowledgeBase,
    wants: list[Want],
    have: dict[str, list[SkillMention]],
    lang: str,
    quickest: bool = False,
) -> tuple[list[SkillMatch], float, float | None]:
    """Credit each wanted skill against `have` (concept -> its evidence; the evidence may be
    empty for skills known from progress rather than a document): the matches, and the
    required and preferred coverage. `quickest`: a choice nothing meets names its quickest
    option to learn from what the resume shows ("Scala or Python" for one who knows SQL is
    Python), which a plan then teaches; else its first (a role's heaviest)."""
    results = []
    # What is asked on its own, and how firmly: an option of a choice asked alone as firmly
    # (or more) needs no row of its own in the choice.
    alone: dict[str, str] = {}
    for want in wants:
        if not want.alternatives and alone.get(want.id) != "required":
            alone[want.id] = want.level
    showing = _shown(have)  # once: every option of every want is credited against it
    for sid, level, weight, evidence, years, alternatives in wants:
        choice = [sid, *alternatives]
        # Of a choice, the option the resume covers best stands for it (the first one when
        # none is covered), and the requirement counts once.
        credits = [(*_credit(kb, option, have, showing), option) for option in choice]
        # On a tie the most direct evidence stands: "the resume shows Scala" says more than
        # "Prefect is used with Python".
        credit, via, via_skill, chosen = max(credits, key=lambda c: (c[0], _DIRECTNESS[c[1]]))
        if quickest and not credit and alternatives:
            chosen = cheapest_option(kb, choice, showing)
        if alternatives and _said_alone(alone, [chosen] if credit else choice, level):
            # "ROS or ROS 2" met by ROS 2, which is asked for alone too: one row says it. Met
            # by none, "PyTorch or TensorFlow" and "TensorFlow" ask TensorFlow once: missing it
            # is not two gaps.
            continue
        label = kb.skills[chosen].label.get(lang)
        why = _why(kb, chosen, label, via, via_skill, lang, credit)
        if len(choice) > 1:
            why = _choice_text([kb.skills[o].label.get(lang) for o in choice], lang) + why
        shown = [m.years for m in have.get(via_skill or "", []) if m.years]
        results.append(
            SkillMatch(
                id=chosen,
                label=label,
                level=level,
                weight=round(weight, 3),
                credit=credit,
                via=via,
                via_skill=via_skill,
                target_evidence=list(evidence),
                resume_evidence=_names_first(have.get(via_skill, [])) if via_skill else [],
                why=why,
                years_asked=years,
                years_shown=max(shown) if shown else None,
                alternatives=tuple(o for o in choice if o != chosen),
            )
        )

    def coverage(level: str) -> float | None:
        items = [r for r in results if r.level == level]
        total = sum(r.weight for r in items)
        return round(sum(r.weight * r.credit for r in items) / total, 4) if total else None

    # A target that requires nothing (every skill it names is "a plus") is met on its
    # requirements: the verdict then rests on them being none, and the score on the rest.
    required = coverage("required")
    return results, required if required is not None else 1.0, coverage("preferred")


def _said_alone(alone: dict[str, str], options: list[str], level: str) -> bool:
    return any(alone.get(o) in (level, "required") for o in options)


def _overall(required: float, preferred: float | None) -> float:
    if preferred is None:
        return required
    return round((1 - PREFERRED_SHARE) * required + PREFERRED_SHARE * preferred, 4)


def match_posting(
    kb: KnowledgeBase,
    have: dict[str, list[SkillMention]],
    posting: PostingAnalysis,
    thresholds: Thresholds,
    lang: str,
) -> MatchResult:
    """Weights: required 1, preferred 0.5, each scaled by how central the skill is to the
    posting's inferred role (0.5 + 0.5 × the role's weight for it; 0.5 when the role does not
    list it), so a missing core skill outranks a missing incidental one. A skill named only
    among the duties of a posting that states its requirements weighs half a requirement: the
    duties say what the job does, the requirements what a candidate must bring (a speech
    researcher's posting listing ARM deployment and data labelling among its duties)."""
    role = kb.roles.get(posting.top_role or "")
    states_requirements = any(s.kind == "requirements" for s in posting.extraction.sections)
    weights = role.skill_weights() if role else {}
    level_of = {req.id: req.level for req in posting.requirements}
    by_id = {req.id: req for req in posting.requirements}
    wants, counted = [], set()
    for req in posting.requirements:
        if req.id in counted:
            continue
        # "PyTorch or TensorFlow" is one requirement, met by either. An option the posting
        # also asks for on its own ("Python/SQL … Python or Java") keeps that requirement too.
        choice = [req.id, *(a for a in req.alternatives if level_of.get(a) == req.level)]
        counted.update(c for c in choice if {c, *by_id[c].alternatives} == set(choice))
        evidence = sorted((m for c in choice for m in by_id[c].evidence), key=lambda m: m.start)
        base = 1.0 if req.level == "required" else 0.5
        if base == 1.0 and states_requirements and _only_duties(evidence):
            base = DUTY_WEIGHT
        importance = max(weights.get(c, (0.0, ""))[0] for c in choice)
        years = max((by_id[c].years or 0 for c in choice), default=0) or None
        weight = base * (0.5 + 0.5 * importance)
        wants.append(Want(req.id, req.level, weight, evidence, years, tuple(choice[1:])))
    target = ("posting", posting.extraction.name, posting.title)
    return _result(kb, target, wants, have, thresholds, lang)


# What a skill named only among a posting's duties weighs against one it requires.
DUTY_WEIGHT = 0.5


def _only_duties(evidence: list[SkillMention]) -> bool:
    return bool(evidence) and all(m.section == "responsibilities" for m in evidence)


def match_role(
    kb: KnowledgeBase,
    have: dict[str, list[SkillMention]],
    role_id: str,
    thresholds: Thresholds,
    lang: str,
) -> MatchResult:
    """Core skills are the role's requirements and nice-to-haves its preferred skills, each
    at the role's own weight."""
    role = kb.roles[role_id]
    wants = _product_choices(kb, role.core_skills, "required")
    wants += _product_choices(kb, role.nice_skills, "preferred")
    return _result(kb, ("role", role.id, role.label.get(lang)), wants, have, thresholds, lang)


_PRODUCT_KINDS = frozenset({"tool", "platform", "service", "library", "framework", "database"})


def _product_choices(kb: KnowledgeBase, skills: dict[str, float], level: str) -> list[Want]:
    """A role's skills as wants; its products that are cases of one concept are one choice
    at the weight of the heaviest (the AutoML specialist's Google AutoML, Azure ML, DataRobot,
    H2O, AutoGluon: one of them shows the work, as a posting's "AutoGluon, H2O 등" would)."""
    by_concept: dict[str, list[str]] = {}
    for sid in skills:
        skill = kb.skills[sid]
        if skill.kind in _PRODUCT_KINDS and skill.broader:
            by_concept.setdefault(skill.broader, []).append(sid)
    wants, grouped = [], set()
    for sid, weight in skills.items():
        if sid in grouped:
            continue
        options = by_concept.get(kb.skills[sid].broader or "", [])
        if sid in options and len(options) > 1:
            options = sorted(options, key=lambda o: -skills[o])  # the heaviest first, stable
            grouped.update(options)
            wants.append(Want(options[0], level, skills[options[0]], (), None, tuple(options[1:])))
        else:
            wants.append(Want(sid, level, weight))
    return wants


def _result(kb, target: tuple[str, str | None, str | None], wants, have, thresholds, lang):
    """Score `wants` against `have`; the coverages decide the score and the verdict."""
    kind, target_id, label = target
    skills, required, preferred = score_wants(kb, wants, have, lang, quickest=kind == "posting")
    return MatchResult(
        target_kind=kind,
        target_id=target_id,
        target_label=label,
        required_coverage=required,
        preferred_coverage=preferred,
        score=_overall(required, preferred),
        verdict=verdict_for(required, thresholds),
        thresholds=thresholds,
        skills=skills,
    )


def _names_first(evidence: list[SkillMention]) -> list[SkillMention]:
    """The mentions that name a skill before those that only describe doing it ("Deployed"),
    each in order of position: the first is the one shown as evidence."""
    return sorted(evidence, key=lambda m: m.how == "action")
