"""The loaded knowledge base and the questions asked of it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from careernav.errors import NotFoundError
from careernav.knowledge.models import (
    Category,
    Competency,
    Family,
    Project,
    Resource,
    Role,
    Seed,
    Skill,
    Stage,
)
from careernav.text import exact_key, normalize

# Names with fewer letters than this are one edit from too many others: there only two
# swapped letters count as a typo.
SHORT_NAME = 5


@dataclass(frozen=True)
class RoleNeed:
    """A role that asks for a skill, and how much."""

    role: Role
    weight: float
    level: str  # "core" or "nice"


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    skills: dict[str, Skill]
    roles: dict[str, Role]
    families: dict[str, Family]
    categories: dict[str, Category]
    stages: dict[str, Stage]
    competencies: dict[str, Competency]
    seeds: dict[str, Seed]
    resources: dict[str, Resource]
    projects: dict[str, Project]
    redirects: dict[str, list[str]]
    alias_index: dict[str, str]
    exact_index: dict[str, str]
    title_index: dict[str, str]
    data_dir: Path = field(default=Path("."))
    # English words of running prose (derived from O*NET and ESCO): never read as typos
    ordinary_words: frozenset[str] = field(default=frozenset())
    # normalised phrases that hold a name but do not mean that skill -> the skills they veto
    not_name_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    # normalised job titles of skills ("dataengineer", "dataengineers"): evidence in a resume,
    # no requirement in a posting
    job_title_keys: frozenset[str] = field(default=frozenset())

    # -- skills ---------------------------------------------------------------------------

    def find_skill(self, name: str) -> Skill | None:
        """The concept a name stands for: an ID, label or alias in either language, or an
        old ID that was redirected (to its first target). None when nothing matches."""
        name = name.strip()
        if name in self.skills:
            return self.skills[name]
        sid = self.exact_index.get(exact_key(name)) or self.alias_index.get(normalize(name))
        if sid is None:
            # An exact-case alias typed in another case ("go" for Go) still names it here:
            # the user asked for a skill by name, unlike running text.
            folded = normalize(name)
            sid = next((s for k, s in self.exact_index.items() if normalize(k) == folded), None)
        if sid is None and name in self.redirects:
            sid = self.redirects[name][0]
        return self.skills.get(sid) if sid else None

    def skill(self, name: str) -> Skill:
        """Like `find_skill`, but raises `NotFoundError` with suggestions."""
        found = self.find_skill(name)
        if found is None:
            raise NotFoundError("skill", name, self.suggest_skills(name))
        return found

    def suggest_skills(self, name: str, limit: int = 5) -> list[str]:
        """The skill names a misspelt one is a typo of, closest first; none for a name that is
        merely unknown ("HIPAA", "Kiwi", "NDCG").

        A name is suggested when the typed name is within a few edits of one of its labels or
        aliases (an OSA distance, so "pytroch" is one edit from "pytorch"): one edit in names
        of 5 to 7 letters, two in 8 to 11, three beyond; in 4 letters only two swapped ones.
        Korean is compared letter by letter (jamo), so "쿠버내티스" is one edit from
        "쿠버네티스"; names of one or two syllables get no suggestions, as one letter there
        makes another word ("영업", sales, is not "영어")."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        key = normalize(name)
        budget = _edit_budget(key)
        if not budget:
            return []
        keys, budgets, owners = self._suggestion_index
        typed = _letters(key)
        hits = process.extract(typed, keys, scorer=OSA.distance, score_cutoff=budget, limit=None)
        best: dict[str, int] = {}
        for found, distance, idx in hits:
            sid = owners[idx]
            if distance > budgets[idx] or distance >= best.get(sid, budget + 1):
                continue
            if min(len(typed), len(found)) < SHORT_NAME and sorted(typed) != sorted(found):
                continue  # in a short name only swapped letters are a typo ("BLEU" is not "BLEs")
            best[sid] = distance
        ranked = sorted(best, key=lambda s: (best[s], self.skills[s].label.en.casefold()))
        return [f"{self.skills[s].label.en} ({s})" for s in ranked[:limit]]

    @cached_property
    def _suggestion_index(self) -> tuple[list[str], list[int], list[str]]:
        """Every label and alias as (letters, edit budget, skill ID), in three lists."""
        pairs = dict(self.alias_index)
        pairs.update((normalize(key), sid) for key, sid in self.exact_index.items())
        pairs.update((normalize(sid), sid) for sid in self.skills)
        keys, budgets, owners = [], [], []
        for key, sid in pairs.items():
            if sid in self.skills and _edit_budget(key):
                keys.append(_letters(key))
                budgets.append(_edit_budget(key))
                owners.append(sid)
        return keys, budgets, owners

    def current_ids(self, skill_id: str) -> list[str]:
        """The live IDs an ID stands for today: itself, or where a redirect sends it (several
        when a concept was split). Unknown IDs give an empty list."""
        if skill_id in self.skills:
            return [skill_id]
        return [sid for sid in self.redirects.get(skill_id, []) if sid in self.skills]

    def roles_needing(self, skill_id: str) -> list[RoleNeed]:
        """Roles that list the skill, core before nice-to-have, heaviest first."""
        needs = []
        for role in self.roles.values():
            entry = role.skill_weights().get(skill_id)
            if entry:
                needs.append(RoleNeed(role, entry[0], entry[1]))
        return sorted(needs, key=lambda n: (n.level != "core", -n.weight, n.role.id))

    def resources_for(self, skill_id: str, lang: str | None = None) -> list[Resource]:
        """Resources teaching the skill: free first, then the user's language first."""
        found = [r for r in self.resources.values() if skill_id in r.skills]
        order = {"free": 0, "freemium": 1, "paid": 2}
        return sorted(
            found, key=lambda r: (order[r.cost], lang is not None and r.language != lang, r.id)
        )

    def projects_for(self, skill_id: str) -> list[Project]:
        stage_order = {"beginner": 0, "intermediate": 1, "advanced": 2}
        found = [p for p in self.projects.values() if skill_id in p.skills]
        return sorted(found, key=lambda p: (stage_order[p.stage], p.id))

    def dependents_of(self, skill_id: str) -> list[Skill]:
        """Skills that list this one as a prerequisite."""
        return [s for s in self.skills.values() if skill_id in s.prerequisites]

    # -- roles ----------------------------------------------------------------------------

    def find_role(self, name: str) -> Role | None:
        """A role by ID, label or any of its titles, in either language."""
        name = name.strip()
        if name in self.roles:
            return self.roles[name]
        rid = self.title_index.get(normalize(name))
        return self.roles.get(rid) if rid else None

    def role(self, name: str) -> Role:
        found = self.find_role(name)
        if found is None:
            raise NotFoundError("role", name, self.suggest_roles(name))
        return found

    def suggest_roles(self, name: str, limit: int = 5) -> list[str]:
        from rapidfuzz import fuzz, process

        keys = list(self.title_index)
        hits = process.extract(
            normalize(name), keys, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=60
        )
        seen: list[str] = []
        for key, _, _ in hits:
            rid = self.title_index[key]
            if rid not in seen:
                seen.append(rid)
        return seen[:limit]

    def roles_by_family(self) -> list[tuple[Family, list[Role]]]:
        groups = []
        for family in sorted(self.families.values(), key=lambda f: f.order):
            members = [r for r in self.roles.values() if r.family == family.id]
            if members:
                groups.append((family, members))
        return groups


def _letters(key: str) -> str:
    """A normalised name with Hangul syllables split into their letters (jamo)."""
    return unicodedata.normalize("NFD", key)


def _edit_budget(key: str) -> int:
    """How many edits a typo of this normalised name may have: none for names under three
    characters or four letters (a Hangul syllable counts as its letters)."""
    if len(key) < 3:
        return 0
    letters = len(_letters(key))
    return 0 if letters < 4 else 1 if letters < 8 else 2 if letters < 12 else 3
