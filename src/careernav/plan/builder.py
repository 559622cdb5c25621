"""From gaps to an ordered learning plan: steps, resources, checkpoints and projects.

Order: a skill comes after its prerequisites (the ones the user does not know yet are added
as steps of their own); among the skills that are ready, earlier roadmap stages first
(beginner → intermediate → advanced, as in the notes' roadmap), then heavier requirements
first. Projects are picked greedily to cover the most remaining requirement weight, favouring
projects at the plan's own stage.
"""

from __future__ import annotations

import heapq
from datetime import date
from typing import Any

from careernav import __version__
from careernav.knowledge import KnowledgeBase
from careernav.knowledge.views import resource_view
from careernav.match.scoring import MatchResult, Thresholds, match_role
from careernav.plan._text import checkpoint, closes_text
from careernav.plan.model import Plan, PlanStep, ProjectPick, Want

STAGE_RANK = {"beginner": 0, "intermediate": 1, "advanced": 2, None: 1}
DEFAULT_HOURS = {"language": (40, 80), "soft-skill": (5, 15), "habit": (5, 15)}
FALLBACK_HOURS = (10.0, 30.0)
MIN_RESOURCES = 2
MAX_RESOURCES = 3
MAX_PROJECTS = 3


def cheapest_option(kb: KnowledgeBase, options: list[str], known: set[str]) -> str:
    """The option with the fewest hours to learn, counting the prerequisites not yet known
    (the first one on a tie: the posting's order)."""

    def cost(sid: str) -> float:
        needed, stack, seen = 0.0, [sid], set()
        while stack:
            current = stack.pop()
            if current in seen or current in known:
                continue
            seen.add(current)
            needed += sum(hours_of(kb, current)) / 2
            stack.extend(kb.skills[current].prerequisites)
        return needed

    return min(options, key=lambda sid: (cost(sid), options.index(sid)))


def known_skills(kb: KnowledgeBase, have: set[str]) -> set[str]:
    """What `have` shows for planning: each skill, the concepts it is a case of (PyTorch shows
    deep learning), and everything it needs first (knowing linear algebra, you need not be
    sent back to basic mathematics)."""
    known: set[str] = set()
    stack = [current for sid in have for current in kb.current_ids(sid)]
    while stack:
        sid = stack.pop()
        if sid in known:
            continue
        known.add(sid)
        skill = kb.skills[sid]
        stack.extend(skill.prerequisites)
        if skill.broader:
            stack.append(skill.broader)
    return known


def plan_from_match(
    kb: KnowledgeBase,
    result: MatchResult,
    *,
    have: set[str],
    lang: str,
    hours_per_week: float,
    start: date,
) -> Plan:
    """A plan closing the gaps of a match (resume vs posting or vs role)."""
    target = {"kind": result.target_kind, "id": result.target_id, "label": result.target_label}
    gaps = []
    known = known_skills(kb, have)
    for s in result.skills:
        if s.credit >= 1:
            continue
        # Of a choice nothing covers ("PyTorch or TensorFlow"), learn the option that is
        # quickest from what the user knows; one that counts in part already stays.
        sid = s.id if s.credit > 0 else cheapest_option(kb, [s.id, *s.alternatives], known)
        quotes = [m.text for m in s.target_evidence if m.id == sid] or [
            m.text for m in s.target_evidence
        ]
        gaps.append((sid, s.level, s.weight * (1 - s.credit), quotes[0] if quotes else None))
    wants = [Want(s.id, s.level, s.weight, s.alternatives) for s in result.skills]
    coverage = {"required": result.required_coverage, "preferred": result.preferred_coverage}
    return _build(kb, target, wants, gaps, have, lang, hours_per_week, start, coverage)


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
    gaps: list[tuple[str, str, float, str | None]],
    have: set[str],
    lang: str,
    hours_per_week: float,
    start: date,
    coverage: dict[str, float | None],
) -> Plan:
    known = known_skills(kb, have)
    target_name = target["label"] or target["id"] or ""
    # skill -> (kind, level, weight, closes)
    chosen: dict[str, tuple[str, str, float, str]] = {}
    # A gap the user knows by implication (they know PyTorch, so they know Python) is not a
    # step, though the match, which counts only evidence, still lists it as missing.
    gaps = [g for g in gaps if g[0] not in known]
    for sid, level, weight, evidence in gaps:
        closes = closes_text(level, lang, target=target_name, evidence=evidence, weight=weight)
        chosen[sid] = ("gap", level, weight, closes)
    for sid, _, weight, _ in gaps:
        _add_prerequisites(kb, sid, weight, known, chosen, lang)
    unplanned = [
        {"id": sid, "label": kb.skills[sid].label.get(lang), "closes": chosen.pop(sid)[3]}
        for sid in list(chosen)
        if not is_learnable(kb, sid)
    ]
    ordered = _order(kb, chosen)
    steps = [_step(kb, n + 1, sid, chosen[sid], lang) for n, sid in enumerate(ordered)]
    projects = _pick_projects(kb, steps, lang)
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


def _add_prerequisites(kb, sid, weight, known, chosen, lang) -> None:
    stack = [sid]
    while stack:
        current = stack.pop()
        for pre in kb.skills[current].prerequisites:
            if pre in known or pre in chosen:
                continue
            label = kb.skills[current].label.get(lang)
            closes = closes_text("prerequisite", lang, target="", for_skill=label)
            # A prerequisite matters as much as the most important skill waiting on it.
            chosen[pre] = ("prerequisite", "prerequisite", weight, closes)
            stack.append(pre)


def _order(kb: KnowledgeBase, chosen: dict) -> list[str]:
    """Topological order (prerequisites first), ready skills by stage, weight, then ID."""
    waiting = {sid: {p for p in kb.skills[sid].prerequisites if p in chosen} for sid in chosen}
    dependents: dict[str, list[str]] = {sid: [] for sid in chosen}
    for sid, pres in waiting.items():
        for pre in pres:
            dependents[pre].append(sid)

    def key(sid: str):
        return (STAGE_RANK[kb.skills[sid].stage], -chosen[sid][2], sid)

    ready = [key(sid) for sid, pres in waiting.items() if not pres]
    heapq.heapify(ready)
    order = []
    while ready:
        *_, sid = heapq.heappop(ready)
        order.append(sid)
        for nxt in dependents[sid]:
            waiting[nxt].discard(sid)
            if not waiting[nxt]:
                heapq.heappush(ready, key(nxt))
    return order  # the knowledge base has no prerequisite cycles, so this covers all


def _step(kb: KnowledgeBase, order: int, sid: str, info, lang: str) -> PlanStep:
    skill = kb.skills[sid]
    kind, _level, weight, closes = info
    label = skill.label.get(lang)
    alternative = kb.skills[skill.related[0]].label.get(lang) if skill.related else None
    return PlanStep(
        order=order,
        skill_id=sid,
        label=label,
        stage=skill.stage,
        kind=kind,
        closes=closes,
        weight=round(weight, 3),
        hours=hours_of(kb, sid),
        resources=resources_for_step(kb, sid, lang),
        checkpoint=checkpoint(skill.kind, label, alternative, lang),
    )


def hours_of(kb: KnowledgeBase, sid: str) -> tuple[float, float]:
    skill = kb.skills[sid]
    if skill.hours:
        return (skill.hours.low, skill.hours.high)
    return tuple(map(float, DEFAULT_HOURS.get(skill.kind, FALLBACK_HOURS)))  # type: ignore[return-value]


def resources_for_step(kb: KnowledgeBase, sid: str, lang: str) -> list[dict[str, Any]]:
    """At least two resources where the knowledge base has them: the skill's own first (free
    first, the user's language first), then those of the concept it is a case of, then of
    related skills, each marked with what it was found through."""
    picked: list[dict[str, Any]] = []
    seen: set[str] = set()
    sources = [("direct", sid)]
    parent = kb.skills[sid].broader
    while parent:
        sources.append(("broader", parent))
        parent = kb.skills[parent].broader
    sources += [("related", r) for r in kb.skills[sid].related]
    for via, source in sources:
        for res in kb.resources_for(source, lang):
            if res.id in seen:
                continue
            seen.add(res.id)
            picked.append({**resource_view(res), "via": via, "via_skill": source})
            if len(picked) >= MAX_RESOURCES:
                return picked
        if len(picked) >= MIN_RESOURCES:
            break
    return picked


def _pick_projects(kb: KnowledgeBase, steps: list[PlanStep], lang: str) -> list[ProjectPick]:
    weights = {s.skill_id: s.weight for s in steps}
    if not weights:
        return []
    ranks = sorted(STAGE_RANK[s.stage] for s in steps)
    plan_stage = ranks[len(ranks) // 2]
    uncovered = dict(weights)
    picks = []
    for _ in range(MAX_PROJECTS):
        best, best_score = None, 0.0
        for project in kb.projects.values():
            if any(p.id == project.id for p in picks):
                continue
            gain = sum(uncovered.get(sid, 0.0) for sid in project.skills)
            fit = 1.0 if abs(STAGE_RANK[project.stage] - plan_stage) <= 0 else 0.7
            if gain * fit > best_score:
                best, best_score = project, gain * fit
        if best is None:
            break
        covers = [sid for sid in best.skills if sid in weights]
        for sid in covers:
            uncovered.pop(sid, None)
        picks.append(
            ProjectPick(
                id=best.id,
                title=best.title.get(lang),
                summary=best.summary.get(lang),
                stage=best.stage,
                covers=covers,
                benefit={"kind": best.benefit.kind, "text": getattr(best.benefit, lang)},
                acceptance=best.acceptance.get(lang),
                why_questions=best.why_questions.get(lang),
                hours=(best.hours.low, best.hours.high) if best.hours else (20.0, 40.0),
            )
        )
    return picks
