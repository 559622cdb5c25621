"""What the user knows now, and how far along the plan and the target they are.

Progress is a history of events; what counts is the latest event about each subject, and of
two events the later wins: a skill marked in progress and then proved by a finished project is
learned; a project finished and then a skill of it marked to do again is to do. A finished
project is evidence for every skill it proves. IDs go through the knowledge base's redirects,
so marks made against an older knowledge base count for the concepts they became.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from careernav.extract import SkillMention
from careernav.knowledge import KnowledgeBase
from careernav.match.scoring import Want, required_with_years, score_wants
from careernav.plan.builder import known_skills, plan_from_scores
from careernav.plan.model import Plan

SKILL_STATUSES = ("learned", "in-progress", "skipped", "todo")
PROJECT_STATUSES = ("done", "in-progress", "todo")


@dataclass(frozen=True)
class Mark:
    """The latest event about one subject; `order` is its place in the history."""

    status: str
    order: int


Marks = Mapping[tuple[str, str], Mark]


def current_marks(kb: KnowledgeBase, events: Iterable, until: datetime | None = None) -> Marks:
    """The latest mark of each subject among `events` (oldest first) before `until`, keyed
    by today's IDs (a split concept inherits its old mark)."""
    marks: dict[tuple[str, str], Mark] = {}
    for order, event in enumerate(events):
        if until is not None and event.created_at >= until:
            break
        kind, subject = event.subject_kind, event.subject_id
        ids = (kb.current_ids(subject) or [subject]) if kind == "skill" else [subject]
        for sid in ids:
            marks[(kind, sid)] = Mark(event.status, order)
    return marks


def skill_statuses(kb: KnowledgeBase, marks: Marks) -> dict[str, str]:
    """Each skill's status from progress alone: its own latest mark, or "learned" when a
    project that proves it was finished after that mark."""
    statuses = {sid: m.status for (kind, sid), m in marks.items() if kind == "skill"}
    for (kind, pid), mark in sorted(marks.items(), key=lambda item: item[1].order):
        if kind != "project" or mark.status != "done" or pid not in kb.projects:
            continue
        for sid in kb.projects[pid].skills:
            own = marks.get(("skill", sid))
            if own is None or own.order < mark.order:
                statuses[sid] = "learned"
    return statuses


def project_statuses(marks: Marks) -> dict[str, str]:
    return {pid: m.status for (kind, pid), m in marks.items() if kind == "project"}


def known_from_progress(kb: KnowledgeBase, marks: Marks) -> set[str]:
    """Skills marked learned, or proved by a finished project, and not marked since."""
    return {
        sid
        for sid, status in skill_statuses(kb, marks).items()
        if status == "learned" and sid in kb.skills
    }


def with_progress(
    resume: Mapping[str, list[SkillMention]], learned: set[str]
) -> dict[str, list[SkillMention]]:
    """What the user knows, as a match reads it: the resume's evidence (a skill it shows at a
    basic level only counts for half) and the skills learned since, which count in full."""
    evidence = {sid: list(mentions) for sid, mentions in resume.items() if sid not in learned}
    evidence.update((sid, []) for sid in learned)
    return evidence


def basic_only(mentions: list[SkillMention]) -> bool:
    """Whether a skill's evidence shows it at a basic level only ("Python(기초)"): the match
    counts it for half, and a plan still teaches it (as in match.scoring)."""
    return bool(mentions) and all(m.level == "basic" for m in mentions)


def known_in_full(evidence: Mapping[str, list[SkillMention]]) -> set[str]:
    return {sid for sid, mentions in evidence.items() if not basic_only(mentions)}


def _current_wants(kb: KnowledgeBase, plan: Plan) -> list[Want]:
    """What the plan's target asks for, under today's IDs."""
    wants = []
    for want in plan.wants:
        alternatives = tuple(a for old in want.alternatives for a in kb.current_ids(old))
        for sid in kb.current_ids(want.id):
            wants.append(Want(sid, want.level, want.weight, alternatives=alternatives))
    return wants


def coverage(
    kb: KnowledgeBase, plan: Plan, evidence: Mapping[str, list[SkillMention]]
) -> dict[str, float | None]:
    """Required and preferred coverage of the plan's target by `evidence` (skill -> its
    mentions, as a match reads them: a skill shown at a basic level only counts for half)."""
    rows, required, preferred = score_wants(
        kb, _current_wants(kb, plan), dict(evidence), plan.lang, quickest=_posting(plan)
    )
    if plan.years_asked:  # the posting's years, as the match counted them
        required = required_with_years(rows, plan.years_asked["weight"], plan.years_asked["credit"])
    return {"required": required, "preferred": preferred}


def plan_now(
    kb: KnowledgeBase,
    plan: Plan,
    evidence: Mapping[str, list[SkillMention]],
    *,
    skipped: frozenset[str] | set[str] = frozenset(),
    lang: str | None = None,
) -> Plan:
    """The plan a new `careernav plan` would make towards `plan`'s target from `evidence` (as
    `coverage` reads it) and the `skipped` skills: what is still missing now, in the order it
    would be learned, in `lang` (default: the plan's). A choice met since by another option
    ("LangChain or LlamaIndex", LangChain learned) asks nothing more."""
    lang = lang or plan.lang
    rows, required, preferred = score_wants(
        kb, _current_wants(kb, plan), dict(evidence), lang, quickest=_posting(plan)
    )
    target = dict(plan.target)
    if target.get("kind") == "role" and target.get("id") in kb.roles:
        target["label"] = kb.roles[target["id"]].label.get(lang)
    full = known_in_full(evidence)
    return plan_from_scores(
        kb, target, rows, {"required": required, "preferred": preferred}, plan.years_asked,
        have=full, lang=lang, hours_per_week=plan.hours_per_week, start=plan.start,
        not_known=set(evidence) - full, skipped=skipped,
    )  # fmt: skip


def step_status(
    kb: KnowledgeBase,
    plan: Plan,
    marks: Marks,
    known: set[str],
    *,
    implied: bool = False,
    not_known: frozenset[str] | set[str] = frozenset(),
):
    """(step, status) for every step: its status from progress (a "todo" mark only takes an
    earlier mark back), else "learned" when the
    resume already shows it (with `implied`, also when it is what a known skill needs first
    or a concept a known skill is a case of: Linux, once Docker is learned), else "todo".
    `not_known`: skills the resume shows at a basic level only (or says it lacks) and not
    learned since: still to learn, whatever needs them, as the planner counts them. A
    step whose concept was renamed or split since the plan was made is looked up under its
    current IDs."""
    statuses = skill_statuses(kb, marks)
    if implied:
        known = known_skills(kb, known)  # the planner's own rule
    known = known - set(not_known)
    # the other options of each choice a step is an option of ("LangChain or LlamaIndex"),
    # for an option asked only in the choice
    alone = {w.id for w in plan.wants if not w.alternatives}
    others = {
        option: {o for o in (w.id, *w.alternatives) if o != option}
        for w in plan.wants
        if w.alternatives
        for option in (w.id, *w.alternatives)
        if option not in alone
    }
    for step in plan.steps:
        ids = kb.current_ids(step.skill_id) or [step.skill_id]
        # "todo" takes a mark back (an Undo): what the resume shows counts again
        marked = [statuses[sid] for sid in ids if statuses.get(sid, "todo") != "todo"]
        shown = all(sid in known for sid in ids)
        # a choice another option of which is now learned or shown is met: the step is done
        # (LlamaIndex once LangChain is learned), as the coverage and a fresh plan count it
        met = step.kind == "gap" and any(
            statuses.get(o) == "learned" or o in known for o in others.get(step.skill_id, ())
        )
        yield step, marked[0] if marked else ("learned" if shown or met else "todo")


def skipped_skills(kb: KnowledgeBase, marks: Marks) -> set[str]:
    """Skills whose latest mark is "skipped" (a finished project since makes them learned)."""
    return {sid for sid, status in skill_statuses(kb, marks).items() if status == "skipped"}


def _posting(plan: Plan) -> bool:
    """Whether the plan is towards a posting, whose unmet choices name their quickest option
    (see `score_wants`)."""
    return plan.target.get("kind") == "posting"
