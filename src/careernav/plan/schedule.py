"""A weekly schedule from a plan: steps in plan order, each project right after the last of
the skills it proves, filled into weeks of the user's hours. An item longer than a week's
hours runs on into the next weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from careernav.plan.model import Plan


@dataclass(frozen=True)
class ScheduledItem:
    kind: str  # "skill" or "project"
    id: str
    label: str
    hours: float  # hours of this item in this week
    part: int  # 1 for the first week of an item, 2 for its second…


@dataclass(frozen=True)
class Week:
    number: int
    start: date
    end: date  # inclusive: six days after start
    items: list[ScheduledItem]

    @property
    def hours(self) -> float:
        return round(sum(i.hours for i in self.items), 2)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON data, as `plan --json`, the plan page and the REST API give it."""
        return {
            "number": self.number,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "hours": self.hours,
            "items": [
                {"kind": i.kind, "id": i.id, "label": i.label, "hours": i.hours, "part": i.part}
                for i in self.items
            ],
        }


def planned_hours(low: float, high: float) -> float:
    """The hours the schedule books for a range: its middle."""
    return round((low + high) / 2, 1)


def work_items(plan: Plan, done: set[str] = frozenset()) -> list[tuple[str, str, str, float]]:
    """(kind, id, label, hours) in the order they are worked on, leaving out what is done and
    the steps the user skipped."""
    done = set(done) | set(plan.skipped_steps)
    items: list[tuple[str, str, str, float]] = []
    placed: set[str] = set()
    position = {s.skill_id: n for n, s in enumerate(plan.steps)}
    after: dict[int, list] = {}
    for project in plan.projects:
        last = max((position[s] for s in project.covers if s in position), default=-1)
        after.setdefault(last, []).append(project)
    for project in after.get(-1, []):
        items.append(("project", project.id, project.title, planned_hours(*project.hours)))
    for n, step in enumerate(plan.steps):
        if step.skill_id not in done:
            items.append(("skill", step.skill_id, step.label, planned_hours(*step.hours)))
        for project in after.get(n, []):
            if project.id not in placed and project.id not in done:
                placed.add(project.id)
                items.append(("project", project.id, project.title, planned_hours(*project.hours)))
    return items


def weekly_schedule(
    plan: Plan, done: set[str] = frozenset(), start: date | None = None
) -> list[Week]:
    """The weeks from `start` (the plan's start date by default) until everything is booked."""
    if plan.hours_per_week <= 0:
        raise ValueError("hours per week must be more than 0")
    start = start or plan.start
    weeks: list[Week] = []
    current: list[ScheduledItem] = []
    room = plan.hours_per_week
    for kind, item_id, label, hours in work_items(plan, done):
        left, part = hours, 1
        while left > 1e-9:
            take = min(left, room)
            current.append(ScheduledItem(kind, item_id, label, round(take, 2), part))
            left -= take
            room -= take
            part += 1
            if room <= 1e-9:
                weeks.append(_week(len(weeks) + 1, start, current))
                current, room = [], plan.hours_per_week
    if current:
        weeks.append(_week(len(weeks) + 1, start, current))
    return weeks


def _week(number: int, start: date, items: list[ScheduledItem]) -> Week:
    first = start + timedelta(weeks=number - 1)
    return Week(number, first, first + timedelta(days=6), items)
