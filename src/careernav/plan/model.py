"""What a plan is made of. Plain data, so a plan can be stored as JSON and read back."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Want:
    """One skill the target asks for, as the plan remembers it (to recompute coverage)."""

    id: str
    level: str  # "required" or "preferred"
    weight: float
    alternatives: tuple[str, ...] = ()  # concepts the target accepts instead


@dataclass(frozen=True)
class PlanStep:
    order: int
    skill_id: str
    label: str
    stage: str | None
    kind: str  # "gap" (the target asks for it) or "prerequisite" (a gap needs it first)
    closes: str  # the requirement this step closes, in words
    weight: float
    hours: tuple[float, float]
    resources: list[dict[str, Any]]
    checkpoint: str
    # Other requirements this step closes: a wider concept learned through this case of it,
    # or cases learned with this concept (plans stored before this field have none).
    also_closes: list[str] = field(default_factory=list)
    # What `closes` says, as data, so it can be said in another language (plan.localize):
    # {"level": "required"|"preferred", "evidence": the posting's words, "weight": …} or
    # {"level": "prerequisite", "for": skill ID}, with "folds": [{"folded", "case", "broad":
    # skill IDs, "closes": the same for the folded requirement}]. None in older plans.
    why: dict[str, Any] | None = None


@dataclass(frozen=True)
class ProjectPick:
    id: str
    title: str
    summary: str
    stage: str
    covers: list[str]  # the plan's skills this project proves
    benefit: dict[str, str]
    acceptance: list[str]
    why_questions: list[str]
    hours: tuple[float, float]


@dataclass(frozen=True)
class Plan:
    target: dict[str, Any]  # {"kind": "role"|"posting", "id": ..., "label": ...}
    lang: str
    wants: list[Want]
    known: list[str]  # skills the user showed when the plan was made
    steps: list[PlanStep]
    projects: list[ProjectPick]
    hours_per_week: float
    start: date
    kb_version: str
    coverage: dict[str, float | None] = field(default_factory=dict)
    # Requirements listed instead of planned (a degree, a human language, one known by
    # implication, a heavy foundation of a minor requirement, one the user skipped):
    # {"id", "label", "closes", "reason", "why": {"closes": as PlanStep.why, "reason":
    # {"kind": "implied"|"foundation"|"credential"|"skipped", …}}} ("why" since it is kept).
    unplanned: list[dict[str, Any]] = field(default_factory=list)
    # A posting's years ask as the match counted it ({"asked", "weight", "credit"}), so that
    # coverage recomputed from progress is the match's; None when it asked no years.
    years_asked: dict[str, float] | None = None
    # Steps the user marked skipped since the plan was made, from progress (a new plan lists
    # a skipped skill among `unplanned` instead): still shown, as skipped, but no longer work,
    # so they leave the estimate and the schedule. See careernav.tracking.active_plan.
    skipped_steps: list[str] = field(default_factory=list)

    @property
    def total_hours(self) -> tuple[float, float]:
        """The estimate: every step and project, less the steps the user skipped."""
        steps = [s for s in self.steps if s.skill_id not in self.skipped_steps]
        low = sum(s.hours[0] for s in steps) + sum(p.hours[0] for p in self.projects)
        high = sum(s.hours[1] for s in steps) + sum(p.hours[1] for p in self.projects)
        return low, high

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON data (lists, not tuples), as the store keeps it."""
        data = asdict(self)
        data["start"] = self.start.isoformat()
        data["total_hours"] = list(self.total_hours)
        return json.loads(json.dumps(data))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        return cls(
            target=data["target"],
            lang=data["lang"],
            wants=[
                Want(**{**w, "alternatives": tuple(w.get("alternatives", ()))})
                for w in data["wants"]
            ],
            known=list(data["known"]),
            steps=[PlanStep(**{**s, "hours": tuple(s["hours"])}) for s in data["steps"]],
            projects=[ProjectPick(**{**p, "hours": tuple(p["hours"])}) for p in data["projects"]],
            hours_per_week=float(data["hours_per_week"]),
            start=date.fromisoformat(data["start"]),
            kb_version=data["kb_version"],
            coverage=data.get("coverage", {}),
            unplanned=data.get("unplanned", []),
            years_asked=data.get("years_asked"),
            skipped_steps=list(data.get("skipped_steps", ())),
        )
