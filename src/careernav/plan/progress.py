"""What the user knows now, and how far along the plan and the target they are.

Progress is a history of events; what counts is the latest status of each subject. A skill
marked learned is known; a finished project is evidence for every skill it proves. IDs go
through the knowledge base's redirects, so marks made against an older knowledge base count
for the concepts they became.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from careernav.knowledge import KnowledgeBase
from careernav.match.scoring import Want, score_wants
from careernav.plan.model import Plan

SKILL_STATUSES = ("learned", "in-progress", "skipped", "todo")
PROJECT_STATUSES = ("done", "in-progress", "todo")


def current_statuses(
    kb: KnowledgeBase, latest: Mapping[tuple[str, str], str]
) -> dict[tuple[str, str], str]:
    """Latest statuses keyed by today's IDs (a split concept inherits its old mark)."""
    result: dict[tuple[str, str], str] = {}
    for (kind, subject), status in latest.items():
        if kind == "skill":
            for sid in kb.current_ids(subject) or [subject]:
                result[("skill", sid)] = status
        else:
            result[(kind, subject)] = status
    return result


def known_from_progress(kb: KnowledgeBase, statuses: Mapping[tuple[str, str], str]) -> set[str]:
    known: set[str] = set()
    for (kind, subject), status in statuses.items():
        if kind == "skill" and status == "learned" and subject in kb.skills:
            known.add(subject)
        elif kind == "project" and status == "done" and subject in kb.projects:
            known.update(kb.projects[subject].skills)
    return known


def coverage(kb: KnowledgeBase, plan: Plan, have: Iterable[str]) -> dict[str, float | None]:
    """Required and preferred coverage of the plan's target by the skills in `have`."""
    wants = []
    for want in plan.wants:
        alternatives = tuple(a for old in want.alternatives for a in kb.current_ids(old))
        for sid in kb.current_ids(want.id):
            wants.append(Want(sid, want.level, want.weight, alternatives=alternatives))
    _, required, preferred = score_wants(kb, wants, {s: [] for s in have}, plan.lang)
    return {"required": required, "preferred": preferred}


def step_status(
    kb: KnowledgeBase, plan: Plan, statuses: Mapping[tuple[str, str], str], known: set[str]
):
    """(step, status) for every step: its own mark, else "learned" when a finished project or
    the resume already shows it, else "todo". A step whose concept was renamed or split since
    the plan was made is looked up under its current IDs."""
    for step in plan.steps:
        ids = kb.current_ids(step.skill_id) or [step.skill_id]
        marks = [statuses[("skill", sid)] for sid in ids if ("skill", sid) in statuses]
        shown = all(sid in known for sid in ids)
        yield step, marks[0] if marks else ("learned" if shown else "todo")
