"""From gaps to an ordered learning plan: steps, resources, checkpoints and projects.

Order: a skill comes after its prerequisites (the ones the user does not know yet are added
as steps of their own); required work (a required gap and what it needs) comes before
preferred; among the requirements that are ready, earlier roadmap stages first (beginner →
intermediate → advanced, as in the notes' roadmap), then heavier requirements first (of equal
weight, the quicker first). A prerequisite is learned when it is needed: just before the
first step that needs it, never earlier because of its own stage. Heavy foundations of a
requirement that is not central are not scheduled but listed with the reason, as are
requirements the user knows by implication and credentials: every gap is a step or listed.

A concept and a narrower case of it (feature stores and Feast, data versioning and DVC) are
one step, since learning the case shows the concept: the case's step closes both, unless the
concept is asked more strongly than its cases and takes longer than they do together, and then
the concept's step closes its cases. A concept its case needs first (deep learning before
TensorFlow) stays a step of its own.
Projects are picked greedily to cover the most remaining requirement weight, favouring
projects at the plan's own stage, among projects whose new skills are mostly the plan's steps.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, NamedTuple

from careernav import __version__
from careernav.knowledge import KnowledgeBase
from careernav.knowledge.effort import hours_of
from careernav.match.scoring import MatchResult, SkillMatch, Thresholds, match_role
from careernav.plan.localize import closes_in, step_checkpoint, target_name
from careernav.plan.localize import listed as listed_in
from careernav.plan.model import Plan, PlanStep, ProjectPick, Want
from careernav.plan.resources import resources_for_step, wider_concepts

STAGE_RANK = {"beginner": 0, "intermediate": 1, "advanced": 2, None: 1}
TIER = {"required": 0, "preferred": 1}
# A required skill below this weight is not central: in a posting, one its role weighs under
# 0.4 (see match_posting); in a role, a core skill of its lowest tiers.
CENTRAL_WEIGHT = 0.7
DETOUR_RATIO = 2.0  # foundations heavier than this × the requirement's own hours are a detour
DETOUR_MIN_HOURS = 20.0  # … and at least this many hours (middle of the ranges)
MAX_PROJECTS = 3


@dataclass(frozen=True)
class Gap:
    """A requirement the plan has to close."""

    id: str
    level: str  # "required" or "preferred"
    weight: float  # what is still missing: the requirement's weight × (1 − credit)
    importance: float  # the requirement's full weight
    evidence: str | None


class Chosen(NamedTuple):
    """A skill the plan will schedule, and why."""

    kind: str  # "gap" or "prerequisite"
    level: str  # "required", "preferred" or "prerequisite"
    weight: float
    closes: dict[str, Any]  # the requirement, as data (PlanStep.why)
    tier: int  # 0: required work, 1: preferred
    folds: tuple[str, ...] = ()  # the broader concept or the cases this step closes too
    hours: tuple[float, float] | None = None  # when folding changed the KB's range


def option_to_learn(option: str, alternatives: tuple[str, ...], known: set[str]) -> str:
    """Of a choice nothing covers ("LangChain or LlamaIndex"), the option the plan teaches:
    the one the match names as missing (a posting's first, a role's heaviest), so that the
    plan and the match speak of the same skill; but an option the user already knows by
    implication is taken instead, and then it is listed, not taught."""
    return next((o for o in (option, *alternatives) if o in known), option)


def known_skills(kb: KnowledgeBase, have: set[str]) -> set[str]:
    """What `have` shows for planning: each skill, the concepts it is a case of (PyTorch shows
    deep learning), and everything it needs first (knowing linear algebra, you need not be
    sent back to basic mathematics). What a broader concept needs is not implied by one case
    of it: FastAPI shows backend development, not the SQL that backend work also needs."""
    known: set[str] = set()
    expanded: set[str] = set()  # skills whose prerequisites were followed
    stack = [(current, True) for sid in have for current in kb.current_ids(sid)]
    while stack:
        sid, needs_too = stack.pop()
        if sid in expanded or (sid in known and not needs_too):
            continue
        known.add(sid)
        skill = kb.skills[sid]
        if needs_too:
            expanded.add(sid)
            stack.extend((p, True) for p in skill.prerequisites)
        if skill.broader:
            stack.append((skill.broader, False))
    return known


def plan_from_match(
    kb: KnowledgeBase,
    result: MatchResult,
    *,
    have: set[str],
    lang: str,
    hours_per_week: float,
    start: date,
    not_known: frozenset[str] | set[str] = frozenset(),
    skipped: frozenset[str] | set[str] = frozenset(),
) -> Plan:
    """A plan closing the gaps of a match (resume vs posting or vs role). `not_known`: skills
    the resume names but does not show in full (at a basic level only, or said to be lacking
    or only wished for): no skill that needs them makes them known. `skipped`: skills the
    user chose to skip: not steps (nor is what only they need), but listed as skipped."""
    target = {"kind": result.target_kind, "id": result.target_id, "label": result.target_label}
    coverage = {"required": result.required_coverage, "preferred": result.preferred_coverage}
    years = None
    if result.years_weight and result.years_asked:
        years = {
            "asked": result.years_asked,
            "weight": result.years_weight,
            "credit": result.years_credit or 0.0,
        }
    return plan_from_scores(
        kb, target, result.skills, coverage, years, have=have, lang=lang,
        hours_per_week=hours_per_week, start=start, not_known=not_known, skipped=skipped,
    )  # fmt: skip


def plan_from_scores(
    kb: KnowledgeBase,
    target: dict[str, Any],
    skills: list[SkillMatch],
    coverage: dict[str, float | None],
    years_asked: dict[str, float] | None,
    *,
    have: set[str],
    lang: str,
    hours_per_week: float,
    start: date,
    not_known: frozenset[str] | set[str] = frozenset(),
    skipped: frozenset[str] | set[str] = frozenset(),
) -> Plan:
    """`plan_from_match` from a match's rows (`score_wants`), its coverage and its years ask:
    how progress plans again towards a stored plan's target (see plan.progress.plan_now)."""
    gaps = []
    # a skill the resume grades basic ("Familiar: Rust") is still to be learned to the level
    # asked: a step, not something known
    basic = {s.via_skill for s in skills if s.via == "basic"} | set(not_known)
    have = have - basic
    # nor is it shown by a skill that needs it ("Airflow" does not make Python known to one
    # who says they are learning Python)
    known = known_skills(kb, have) - basic
    for s in skills:
        if s.credit >= 1:
            continue
        # Of a choice, the option the match names: the one that counts in part already, else
        # the posting's first or the role's heaviest (see option_to_learn).
        sid = s.id if s.credit > 0 else option_to_learn(s.id, s.alternatives, known)
        quotes = [m.text for m in s.target_evidence if m.id == sid] or [
            m.text for m in s.target_evidence
        ]
        evidence = quotes[0] if quotes else None
        gaps.append(Gap(sid, s.level, s.weight * (1 - s.credit), s.weight, evidence))
    wants = [Want(s.id, s.level, s.weight, s.alternatives) for s in skills]
    plan = _build(
        kb, target, wants, gaps, have, known, set(skipped), lang, hours_per_week, start, coverage
    )
    return replace(plan, years_asked=years_asked)


def plan_for_role(
    kb: KnowledgeBase,
    role_id: str,
    *,
    have: set[str],
    lang: str,
    hours_per_week: float,
    start: date,
) -> Plan:
    """A plan towards one of the 15 roles, from the skills the user already has."""
    result = match_role(kb, {s: [] for s in have}, role_id, Thresholds(), lang)
    return plan_from_match(
        kb, result, have=have, lang=lang, hours_per_week=hours_per_week, start=start
    )


def _build(
    kb: KnowledgeBase,
    target: dict[str, Any],
    wants: list[Want],
    gaps: list[Gap],
    have: set[str],
    known: set[str],  # what `have` shows for planning, less what is known at a basic level
    skipped: set[str],  # what the user chose to skip
    lang: str,
    hours_per_week: float,
    start: date,
    coverage: dict[str, float | None],
) -> Plan:
    # What each step closes and why a requirement is listed are kept as data (see
    # PlanStep.why) and put in words once, at the end, as plan.localize does for any language.
    chosen: dict[str, Chosen] = {}
    unplanned: list[dict[str, Any]] = []  # {"id", "why"}
    planned: list[Gap] = []
    for gap in sorted(gaps, key=_importance):
        if gap.id in chosen or any(u["id"] == gap.id for u in unplanned):
            continue  # asked twice (alone and as an option of a choice): the stronger counts
        closes = {"level": gap.level, "evidence": gap.evidence, "weight": round(gap.weight, 4)}
        if gap.id in known:
            # Known by implication (backend work shows REST APIs): not a step, though the
            # match, which counts only evidence, lists it as missing. Say what shows it.
            reason = {"kind": "implied", "shown_by": _shown_by(kb, gap.id, have)}
            unplanned.append(_listed(gap.id, closes, reason))
            continue
        if gap.id in skipped:
            unplanned.append(_listed(gap.id, closes, {"kind": "skipped"}))
            continue
        chosen[gap.id] = Chosen("gap", gap.level, gap.weight, closes, TIER[gap.level])
        planned.append(gap)
    # A skipped foundation is not learned first, nor is what it alone would need.
    unplanned += _add_prerequisites(kb, planned, known | skipped, chosen)
    listed = {u["id"] for u in unplanned}
    unplanned += _skipped_foundations(kb, chosen, skipped - known - listed)
    for sid in list(chosen):
        if not is_learnable(kb, sid):
            reason = {"kind": "credential", "of": kb.skills[sid].kind}
            unplanned.append(_listed(sid, chosen.pop(sid).closes, reason))
    folded = _fold_cases(kb, chosen)
    ordered = _order(kb, chosen, folded)
    name = target_name(kb, target, lang)
    steps = [_step(kb, n + 1, sid, chosen[sid], name, lang, known) for n, sid in enumerate(ordered)]
    projects = _pick_projects(kb, steps, known, folded, lang)
    unplanned = [listed_in(kb, u["id"], u["why"], name, lang) for u in unplanned]
    return Plan(
        target=target,
        lang=lang,
        wants=wants,
        known=sorted(have),
        steps=steps,
        projects=projects,
        hours_per_week=hours_per_week,
        start=start,
        kb_version=__version__,
        coverage=coverage,
        unplanned=unplanned,
    )


def is_learnable(kb: KnowledgeBase, sid: str) -> bool:
    """Degrees, certifications and human languages (domain concepts without hours) are
    credentials and years of practice, not steps of a learning plan."""
    skill = kb.skills[sid]
    return not (skill.category == "domains" and skill.hours is None)


def _importance(gap: Gap):
    return (TIER[gap.level], -gap.importance, -gap.weight, gap.id)


def _listed(sid: str, closes: dict[str, Any], reason: dict[str, Any]) -> dict[str, Any]:
    """A requirement (or a foundation) listed instead of planned, and why, as data."""
    return {"id": sid, "why": {"closes": closes, "reason": reason}}


def _shown_by(kb: KnowledgeBase, sid: str, have: set[str]) -> list[str]:
    """The skills the user has that show `sid` most directly (it is something they need, or
    a concept they are a case of), at most two."""
    level = {c: {c} for h in have for c in kb.current_ids(h)}
    seen = set(level)
    while level:
        hits: set[str] = set()
        for h, origins in level.items():
            if sid in kb.skills[h].prerequisites or kb.skills[h].broader == sid:
                hits |= origins
        if hits:
            return sorted(hits, key=lambda h: kb.skills[h].label.en)[:2]
        nxt: dict[str, set[str]] = {}
        for h, origins in level.items():
            skill = kb.skills[h]
            for n in [*skill.prerequisites, *([skill.broader] if skill.broader else [])]:
                if n not in seen:
                    nxt.setdefault(n, set()).update(origins)
        seen.update(nxt)
        level = nxt
    return []


def _foundation(kb: KnowledgeBase, sid: str, known: set[str], gaps: set[str]):
    """The prerequisites `sid` needs that the user does not know and no other gap brings,
    transitively, each with the skill that needs it (depth first, in the KB's order)."""
    found: dict[str, str] = {}
    stack = [sid]
    while stack:
        current = stack.pop()
        for pre in kb.skills[current].prerequisites:
            if pre in known or pre in gaps or pre in found or pre == sid:
                continue
            found[pre] = current
            stack.append(pre)
    return found


def _add_prerequisites(kb, gaps: list[Gap], known, chosen: dict[str, Chosen]):
    """Add the prerequisites the gaps need as steps, except heavy foundations of a minor
    requirement: those are listed with the reason, and the requirement stays a step of its own.

    A minor requirement is a preferred one, or a required one that is not central (weight under
    0.7: a side mention such as "A/B 테스트를 위한 내부 도구" in a backend posting, or TensorFlow
    Serving among an MLOps role's 24 core skills); its foundations are heavy when they would
    take more than twice its own hours (and at least 20 hours). A good coach does not send a
    backend developer through probability theory for a line about an A/B-testing tool, nor an
    MLOps engineer through deep learning to serve a TensorFlow model."""
    gap_ids = set(chosen)
    kept: set[str] = set()
    held: list[tuple[Gap, dict[str, str]]] = []
    for gap in gaps:  # most important first
        found = _foundation(kb, gap.id, known, gap_ids)
        extra = [p for p in found if p not in kept]
        if _minor(gap) and is_learnable(kb, gap.id) and _detour(kb, gap.id, extra):
            held.append((gap, found))
            continue
        for pre, needed_by in found.items():
            kept.add(pre)
            if pre in chosen:
                # A prerequisite matters as much as the most important skill waiting on it.
                old = chosen[pre]
                weight, tier = max(old.weight, gap.weight), min(old.tier, TIER[gap.level])
                chosen[pre] = old._replace(weight=weight, tier=tier)
                continue
            closes = {"level": "prerequisite", "for": needed_by}
            chosen[pre] = Chosen(
                "prerequisite", "prerequisite", gap.weight, closes, TIER[gap.level]
            )
    listed = []
    for gap, found in held:
        left = [p for p in found if p not in kept]
        if not left:
            continue
        if not _detour(kb, gap.id, left):
            # What other requirements bring made the rest a short way: take it after all.
            for pre in left:
                closes = {"level": "prerequisite", "for": found[pre]}
                chosen[pre] = Chosen(
                    "prerequisite", "prerequisite", gap.weight, closes, TIER[gap.level]
                )
            kept.update(left)
            continue
        hours = [sum(hours_of(kb, p)[0] for p in left), sum(hours_of(kb, p)[1] for p in left)]
        reason = {
            "kind": "foundation",
            "requirement": gap.id,
            "own_hours": list(hours_of(kb, gap.id)),
            "foundations": list(reversed(left)),  # foundations first
            "hours": hours,
        }
        closes = {"level": "prerequisite", "for": gap.id}
        listed += [_listed(p, closes, reason) for p in reversed(left)]
        kept.update(left)  # listed once, under the most important requirement needing it
    return listed


def _skipped_foundations(
    kb: KnowledgeBase, chosen: dict[str, Chosen], skipped: set[str]
) -> list[dict[str, Any]]:
    """The skipped skills a step needs first, listed once each, as skipped."""
    listed: dict[str, dict[str, Any]] = {}
    for sid in chosen:
        for pre in kb.skills[sid].prerequisites:
            if pre in skipped and pre not in chosen and pre not in listed:
                closes = {"level": "prerequisite", "for": sid}
                listed[pre] = _listed(pre, closes, {"kind": "skipped"})
    return list(listed.values())


def _minor(gap: Gap) -> bool:
    return gap.level != "required" or gap.importance < CENTRAL_WEIGHT


def _detour(kb: KnowledgeBase, sid: str, foundations: list[str]) -> bool:
    def middle(x: str) -> float:
        return sum(hours_of(kb, x)) / 2

    extra = sum(middle(p) for p in foundations)
    return extra >= DETOUR_MIN_HOURS and extra > DETOUR_RATIO * middle(sid)


class _Needs:
    """Whether one skill needs another first, through any chain of prerequisites."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.below: dict[str, frozenset[str]] = {}

    def __call__(self, sid: str, other: str) -> bool:
        return other in self.all(sid)

    def all(self, sid: str) -> frozenset[str]:
        if sid not in self.below:
            self.below[sid] = frozenset()  # the knowledge base has no cycles; this is a guard
            found: set[str] = set()
            for pre in self.kb.skills[sid].prerequisites:
                found |= {pre, *self.all(pre)}
            self.below[sid] = frozenset(found)
        return self.below[sid]


def _fold_cases(kb: KnowledgeBase, chosen: dict[str, Chosen]) -> dict[str, str]:
    """Make a concept and its narrower cases among the steps one step; return where each
    folded skill went (folded ID → the step closing it). `chosen` keeps only the steps.

    Learning a case shows the concept (the planner's `known_skills` and the match both count
    it), so a plan with "Feast" and "feature store", or "DVC" and "data versioning", counted
    hours twice. The rule, for each concept with cases among the steps, narrowest first: the
    most important case closes the concept (Feast closes feature store; model deployment,
    with monitoring, MLflow, DVC… beside it, closes MLOps), taking at least the concept's hours
    with the other cases; but a concept asked more strongly than each case, and taking longer
    than all of them together, stays a step of its own, and so do its cases: learning model
    deployment is more than learning ONNX, and learning CI/CD in general does not teach the
    GitHub Actions a posting names.

    Only a concept asked for is folded: one that is a step because another step needs it
    (machine learning before deep learning) is needed as such, and so is a case that is a step
    only because another step needs it (LLM app deployment before LLMOps). A concept a case
    needs first (deep learning for TensorFlow) is a foundation and stays a step."""
    needs = _Needs(kb)

    def cases_of(broad: str) -> list[str]:
        return [
            sid for sid in chosen
            if sid != broad and sid not in folded and broad in wider_concepts(kb, sid)
            and not needs(sid, broad) and not needs(broad, sid)
        ]  # fmt: skip

    folded: dict[str, str] = {}
    asked_concepts = [sid for sid, info in chosen.items() if info.kind == "gap"]
    for broad in sorted(asked_concepts, key=lambda b: (-len(wider_concepts(kb, b)), b)):
        left = cases_of(broad) if broad in chosen else []
        if not left:
            continue
        asked = [sid for sid in left if chosen[sid].kind == "gap"]
        wide = _hours(kb, chosen, broad)
        stronger = all(chosen[broad].weight > chosen[sid].weight for sid in asked)
        if stronger and _middle(wide) > sum(_middle(_hours(kb, chosen, s)) for s in left):
            continue  # both are learned: the concept is more than its cases
        owner = min(left, key=lambda sid: _rank(kb, chosen, sid))
        others = [_hours(kb, chosen, sid) for sid in left if sid != owner]
        own = _hours(kb, chosen, owner)
        low = max(own[0], wide[0] - sum(h[0] for h in others))
        high = max(own[1], wide[1] - sum(h[1] for h in others))
        hours = (low, high) if (low, high) != own else None
        _merge_or_keep(kb, chosen, folded, owner, broad, broad, hours)
    return folded


def _merge_or_keep(kb, chosen, folded, keep, gone, broad, hours) -> None:
    """Fold step `gone` into step `keep` (with `hours`, when given), unless that would make
    a step wait on itself through the prerequisites of both."""
    saved_chosen, saved_folded = dict(chosen), dict(folded)
    _merge(chosen, folded, keep, gone, broad)
    if hours:
        chosen[keep] = chosen[keep]._replace(hours=hours)
    if len(_order(kb, chosen, folded)) < len(chosen):
        chosen.clear()
        chosen.update(saved_chosen)
        folded.clear()
        folded.update(saved_folded)


def _merge(chosen: dict[str, Chosen], folded: dict[str, str], keep, gone, broad):
    """Fold step `gone` into step `keep`; one of them is `broad`, the other its case."""
    kept, lost = chosen[keep], chosen.pop(gone)
    case = keep if gone == broad else gone
    fold = {"folded": gone, "case": case, "broad": broad, "closes": lost.closes}
    chosen[keep] = kept._replace(
        kind="gap" if "gap" in (kept.kind, lost.kind) else kept.kind,
        weight=max(kept.weight, lost.weight),
        tier=min(kept.tier, lost.tier),
        closes={**kept.closes, "folds": [*kept.closes.get("folds", ()), fold]},
        folds=(*kept.folds, gone, *lost.folds),
    )
    for sid, into in folded.items():
        if into == gone:
            folded[sid] = keep
    folded[gone] = keep


def _hours(kb: KnowledgeBase, chosen: dict[str, Chosen], sid: str) -> tuple[float, float]:
    return chosen[sid].hours or hours_of(kb, sid)


def _middle(hours: tuple[float, float]) -> float:
    return (hours[0] + hours[1]) / 2


def _rank(kb: KnowledgeBase, chosen: dict[str, Chosen], sid: str):
    """The more important step first: required work, heavier, quicker."""
    info = chosen[sid]
    return (info.tier, -info.weight, sum(_hours(kb, chosen, sid)), sid)


def _order(kb: KnowledgeBase, chosen: dict[str, Chosen], folded: dict[str, str]) -> list[str]:
    """Topological order (prerequisites first). Each requirement has a key: required work (a
    required gap or what one needs) before preferred, then roadmap stage, weight, hours, and
    ID. A step is placed by the most urgent key among itself and the steps waiting on it, so a
    prerequisite comes right before the first step that needs it instead of at the front
    because its stage is "beginner" (calculus for an MLOps role's TensorFlow Serving)."""

    def step_of(sid: str) -> str | None:
        return sid if sid in chosen else folded.get(sid)

    waiting: dict[str, set[str]] = {}
    for sid, info in chosen.items():
        needs = {step_of(p) for x in (sid, *info.folds) for p in kb.skills[x].prerequisites}
        waiting[sid] = needs - {None, sid}  # type: ignore[operator]
    dependents: dict[str, list[str]] = {sid: [] for sid in chosen}
    for sid, pres in waiting.items():
        for pre in pres:
            dependents[pre].append(sid)
    # What a required step needs is required work too, even a preferred gap.
    tier = {sid: info.tier for sid, info in chosen.items()}
    stack = [sid for sid in chosen if tier[sid] == 0]
    while stack:
        for pre in waiting[stack.pop()]:
            if tier[pre]:
                tier[pre] = 0
                stack.append(pre)

    def own(sid: str):
        stage = STAGE_RANK[kb.skills[sid].stage]
        # Of equal weight, the quicker first: the same requirement weight is met sooner.
        return (tier[sid], stage, -chosen[sid].weight, sum(_hours(kb, chosen, sid)), sid)

    # A requirement is as urgent as its own key or the most urgent step waiting on it; a
    # prerequisite, only as urgent as what waits on it (its own stage does not pull it ahead).
    first = _topological(waiting, dependents, own)
    if len(first) < len(chosen):
        return first  # a cycle (see _merge_or_keep): no order covers every step
    urgent: dict[str, Any] = {}
    for sid in reversed(first):  # dependents before what they need
        keys = [urgent[nxt] for nxt in dependents[sid]]
        if chosen[sid].kind == "gap" or not keys:
            keys.append(own(sid))
        urgent[sid] = min(keys)
    return _topological(waiting, dependents, lambda sid: (urgent[sid], own(sid)))


def _topological(waiting: dict[str, set[str]], dependents: dict[str, list[str]], key) -> list:
    """Kahn's algorithm, taking the ready step with the smallest key (shorter than `waiting`
    when there is a cycle)."""
    left = {sid: set(pres) for sid, pres in waiting.items()}
    ready = [(key(sid), sid) for sid, pres in left.items() if not pres]
    heapq.heapify(ready)
    order = []
    while ready:
        _, sid = heapq.heappop(ready)
        order.append(sid)
        for nxt in dependents[sid]:
            left[nxt].discard(sid)
            if not left[nxt]:
                heapq.heappush(ready, (key(nxt), nxt))
    return order


def _step(
    kb: KnowledgeBase,
    order: int,
    sid: str,
    info: Chosen,
    target: str,
    lang: str,
    known: set[str],
) -> PlanStep:
    return PlanStep(
        order=order,
        skill_id=sid,
        label=kb.skills[sid].label.get(lang),
        stage=kb.skills[sid].stage,
        kind=info.kind,
        closes=closes_in(kb, info.closes, target, lang),
        weight=round(info.weight, 3),
        hours=info.hours or hours_of(kb, sid),
        resources=resources_for_step(kb, sid, lang, known),
        checkpoint=step_checkpoint(kb, sid, lang),
        also_closes=list(info.folds),
        why=info.closes,
    )


def _pick_projects(
    kb: KnowledgeBase,
    steps: list[PlanStep],
    known: set[str],
    folded: dict[str, str],
    lang: str,
) -> list[ProjectPick]:
    """Greedily, the projects proving the most requirement weight not yet proved, among those
    whose new skills (the ones the user does not know yet) are mostly steps of the plan: a
    project that would send the user to learn as much again outside the plan (an LLM-serving
    project for a plan of tabular ML, through its Kubernetes step) is a detour."""
    weights = {s.skill_id: s.weight for s in steps}
    if not weights:
        return []
    ranks = sorted(STAGE_RANK[s.stage] for s in steps)
    plan_stage = ranks[len(ranks) // 2]

    def step_of(sid: str) -> str | None:
        return sid if sid in weights else folded.get(sid)

    def relevant(project) -> bool:
        new = [sid for sid in project.skills if sid not in known]
        return 2 * sum(step_of(sid) is not None for sid in new) > len(new)

    uncovered = dict(weights)
    picks = []
    for _ in range(MAX_PROJECTS):
        best, best_score = None, 0.0
        for project in kb.projects.values():
            if any(p.id == project.id for p in picks) or not relevant(project):
                continue
            proves = {step_of(sid) for sid in project.skills} - {None}
            gain = sum(uncovered.get(sid, 0.0) for sid in proves)  # type: ignore[arg-type]
            fit = 1.0 if abs(STAGE_RANK[project.stage] - plan_stage) <= 0 else 0.7
            if gain * fit > best_score:
                best, best_score = project, gain * fit
        if best is None:
            break
        covers = list(dict.fromkeys(step_of(sid) for sid in best.skills if step_of(sid)))
        for sid in covers:
            uncovered.pop(sid, None)
        picks.append(
            ProjectPick(
                id=best.id,
                title=best.title.get(lang),
                summary=best.summary.get(lang),
                stage=best.stage,
                covers=covers,  # type: ignore[arg-type]
                benefit={"kind": best.benefit.kind, "text": getattr(best.benefit, lang)},
                acceptance=best.acceptance.get(lang),
                why_questions=best.why_questions.get(lang),
                hours=(best.hours.low, best.hours.high) if best.hours else (20.0, 40.0),
            )
        )
    return picks
