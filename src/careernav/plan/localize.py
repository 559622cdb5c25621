"""A plan's words in any language, from the IDs it keeps.

A plan is stored with its text in the language it was made in (so that a stored plan, an
export or an older careernav reads it as it is), and with what that text says as data: each
step's and each listed requirement's `why` (the requirement it closes: its level, the posting's
words, its weight, the skill it is a prerequisite of, the cases folded into it; and why a
requirement is listed instead of planned). `localized` renders that again in another language,
with labels, checkpoints and projects from the knowledge base, so a Korean page shows an
English plan in Korean and the reverse. Text a plan kept without its data (plans made before
it was kept, a skill the knowledge base no longer has) stays as it was written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from careernav.knowledge import KnowledgeBase
from careernav.plan._text import (
    checkpoint,
    closes_text,
    credential_reason,
    folded_text,
    foundation_reason,
    implied_reason,
    skipped_reason,
)
from careernav.plan.model import Plan, PlanStep, ProjectPick
from careernav.plan.resources import resource_note


def skill_label(kb: KnowledgeBase, sid: str, lang: str, fallback: str | None = None) -> str:
    """A skill's label in `lang`, under its current ID (`fallback`, else its ID, when the
    knowledge base no longer has it)."""
    current = [sid] if sid in kb.skills else kb.current_ids(sid)
    return kb.skills[current[0]].label.get(lang) if current else fallback or sid


def target_name(kb: KnowledgeBase, target: dict[str, Any], lang: str) -> str:
    """What the plan aims at, in `lang`: a role's title; a posting's own title as written."""
    if target.get("kind") == "role" and target.get("id") in kb.roles:
        return kb.roles[target["id"]].label.get(lang)
    return target.get("label") or target.get("id") or ""


def closes_in(kb: KnowledgeBase, why: dict[str, Any], target: str, lang: str) -> str:
    """The requirement a step closes, in words, from its data (see `PlanStep.why`)."""
    level = why["level"]
    if level == "prerequisite":
        text = closes_text(level, lang, target="", for_skill=skill_label(kb, why["for"], lang))
    else:
        text = closes_text(
            level, lang, target=target, evidence=why.get("evidence"), weight=why.get("weight")
        )
    for fold in why.get("folds", ()):
        text += folded_text(
            lang,
            folded=skill_label(kb, fold["folded"], lang),
            case=skill_label(kb, fold["case"], lang),
            broad=skill_label(kb, fold["broad"], lang),
            closes=closes_in(kb, fold["closes"], target, lang),
        )
    return text


def reason_in(kb: KnowledgeBase, sid: str, why: dict[str, Any], lang: str) -> str:
    """Why requirement `sid` is listed instead of planned, from its data."""
    kind = why["kind"]
    if kind == "implied":
        shown_by = [skill_label(kb, s, lang) for s in why["shown_by"]]
        return implied_reason(skill_label(kb, sid, lang), shown_by, lang)
    if kind == "foundation":
        return foundation_reason(
            skill_label(kb, why["requirement"], lang),
            tuple(why["own_hours"]),  # type: ignore[arg-type]
            [skill_label(kb, f, lang) for f in why["foundations"]],
            tuple(why["hours"]),  # type: ignore[arg-type]
            lang,
        )
    if kind == "credential":
        return credential_reason(why["of"], lang)
    return skipped_reason(lang)


def listed(kb: KnowledgeBase, sid: str, why: dict[str, Any], target: str, lang: str):
    """A requirement listed instead of planned, as a plan keeps it: its words and their data."""
    return {
        "id": sid,
        "label": skill_label(kb, sid, lang),
        "closes": closes_in(kb, why["closes"], target, lang),
        "reason": reason_in(kb, sid, why["reason"], lang),
        "why": why,
    }


def step_checkpoint(kb: KnowledgeBase, sid: str, lang: str) -> str:
    skill = kb.skills[sid]
    alternative = kb.skills[skill.related[0]].label.get(lang) if skill.related else None
    return checkpoint(skill.kind, skill.label.get(lang), alternative, lang)


def localized(kb: KnowledgeBase, plan: Plan, lang: str) -> Plan:
    """`plan` with its words in `lang` (the same plan when it is in `lang` already)."""
    if lang == plan.lang:
        return plan
    target = dict(plan.target)
    if target.get("kind") == "role" and target.get("id") in kb.roles:
        target["label"] = kb.roles[target["id"]].label.get(lang)
    name = target_name(kb, target, lang)
    return replace(
        plan,
        lang=lang,
        target=target,
        steps=[_step(kb, step, name, plan.lang, lang) for step in plan.steps],
        projects=[_project(kb, project, lang) for project in plan.projects],
        unplanned=[_listed(kb, u, name, lang) for u in plan.unplanned],
    )


def _listed(kb: KnowledgeBase, item: dict[str, Any], target: str, lang: str) -> dict[str, Any]:
    if item.get("why"):
        return listed(kb, item["id"], item["why"], target, lang)
    # an older plan: its words as written, but the label the knowledge base gives
    return {**item, "label": skill_label(kb, item["id"], lang, item.get("label"))}


def _step(kb: KnowledgeBase, step: PlanStep, target: str, reader: str, lang: str) -> PlanStep:
    if step.skill_id not in kb.skills:  # renamed since: kept as written
        return step
    return replace(
        step,
        label=kb.skills[step.skill_id].label.get(lang),
        closes=closes_in(kb, step.why, target, lang) if step.why else step.closes,
        checkpoint=step_checkpoint(kb, step.skill_id, lang),
        resources=[_resource(kb, r, reader, lang) for r in step.resources],
    )


def _resource(kb: KnowledgeBase, entry: dict[str, Any], reader: str, lang: str):
    """A resource of a step with its note in `lang`. The resources stay those picked for the
    plan's `reader` (the profile's language), who reads them whatever the page's language."""
    if "via" not in entry:
        return entry
    entry = {k: v for k, v in entry.items() if k != "note"}
    note = resource_note(kb, entry["via"], entry["via_skill"], entry["language"], reader, lang)
    return {**entry, "note": note} if note else entry


def _project(kb: KnowledgeBase, project: ProjectPick, lang: str) -> ProjectPick:
    found = kb.projects.get(project.id)
    if found is None:
        return project
    return replace(
        project,
        title=found.title.get(lang),
        summary=found.summary.get(lang),
        benefit={"kind": found.benefit.kind, "text": getattr(found.benefit, lang)},
        acceptance=found.acceptance.get(lang),
        why_questions=found.why_questions.get(lang),
    )
