"""Read the knowledge-base YAML files, validate them, and build a `KnowledgeBase`.

Every problem found is collected (not just the first), each named by file, entry and
problem, and raised together as one `KnowledgeBaseError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from careernav.errors import KnowledgeBaseError
from careernav.knowledge.kb import KnowledgeBase
from careernav.knowledge.models import (
    Category,
    Competency,
    Family,
    Project,
    Redirect,
    Resource,
    Role,
    Seed,
    Skill,
    Stage,
)
from careernav.text import exact_key, normalize

DATA_DIR = Path(__file__).parent / "data"
M = TypeVar("M", bound=BaseModel)


class _Problems(list):
    def add(self, where: str, problem: str) -> None:
        self.append(f"{where}: {problem}")


def _read_yaml(path: Path, problems: _Problems) -> list[dict]:
    # Imported here: a start from the cached knowledge base reads no YAML.
    import yaml

    # The C loader is ~10x faster; fall back where libyaml is missing.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    rel = _rel(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problems.add(rel, f"is not valid YAML{at}: {getattr(exc, 'problem', exc)}")
        return []
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(rel, f"cannot be read: {exc}")
        return []
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        problems.add(rel, "must be a YAML list of mappings (one '- id: ...' entry each)")
        return []
    return data


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(path.parents[1])) if path.parent.name == "skills" else path.name
    except (IndexError, ValueError):
        return path.name


def _entry_name(raw: dict, index: int) -> str:
    return f"entry {raw.get('id')!r}" if raw.get("id") else f"entry #{index + 1}"


def _parse(model: type[M], path: Path, problems: _Problems, **extra) -> list[tuple[M, str]]:
    """Parse each entry of a file into `model`; returns (object, 'file: entry') pairs."""
    parsed = []
    for index, raw in enumerate(_read_yaml(path, problems)):
        where = f"{_rel(path)}: {_entry_name(raw, index)}"
        try:
            parsed.append((model.model_validate({**raw, **extra}), where))
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(part) for part in err["loc"]) or "(entry)"
                message = err["msg"]
                if err["type"] == "missing" and loc.endswith(".ko"):
                    message = "the Korean text is missing (every label needs 'ko')"
                elif err["type"] == "missing":
                    message = "is required but missing"
                problems.add(where, f"{loc}: {message}")
    return parsed


def _unique(items: Iterable[tuple[Any, str]], kind: str, problems: _Problems) -> dict[str, Any]:
    seen: dict[str, tuple[Any, str]] = {}
    for obj, where in items:
        if obj.id in seen:
            problems.add(where, f"duplicate {kind} ID {obj.id!r} (also in {seen[obj.id][1]})")
        else:
            seen[obj.id] = (obj, where)
    return {key: obj for key, (obj, _) in seen.items()}


def _load_derived(data_dir: Path, name: str, problems: _Problems) -> dict:
    path = data_dir / "derived" / f"{name}.json"
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.add(f"derived/{name}.json", f"cannot be read as JSON: {exc}")
        return {}


def _load_ordinary_words(data_dir: Path, problems: _Problems) -> frozenset[str]:
    """Optional: a knowledge base without the list only reads typos less carefully."""
    path = data_dir / "derived" / "ordinary_words.txt"
    if not path.exists():
        return frozenset()
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except (OSError, ValueError) as exc:
        problems.add("derived/ordinary_words.txt", f"cannot be read as UTF-8 text: {exc}")
        return frozenset()


def load_knowledge_base(data_dir: Path | str | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base (the bundled one unless `data_dir` is given)."""
    data_dir = Path(data_dir) if data_dir else DATA_DIR
    if not data_dir.is_dir():
        raise KnowledgeBaseError([f"{data_dir}: the knowledge-base folder does not exist"])
    problems = _Problems()

    skill_files = sorted((data_dir / "skills").glob("*.yaml"))
    if not skill_files:
        problems.add("skills/", "no skill files (skills/*.yaml) found")
    skill_items = []
    for path in skill_files:
        for skill, where in _parse(Skill, path, problems):
            if skill.category != path.stem:
                problems.add(where, f"category {skill.category!r} must match its file {path.name}")
            skill_items.append((skill, where))
    where_of = {obj.id: where for obj, where in skill_items}

    def parse_file(model, name):
        path = data_dir / name
        if not path.exists():
            problems.add(name, "is missing")
            return []
        return _parse(model, path, problems)

    role_items = parse_file(Role, "roles.yaml")
    role_where = {obj.id: where for obj, where in role_items}
    skills = _unique(skill_items, "skill", problems)
    roles = _unique(role_items, "role", problems)
    families = _unique(parse_file(Family, "families.yaml"), "family", problems)
    categories = _unique(parse_file(Category, "categories.yaml"), "category", problems)
    stages = _unique(parse_file(Stage, "stages.yaml"), "stage", problems)
    competencies = _unique(parse_file(Competency, "competencies.yaml"), "competency", problems)
    seeds = _unique(parse_file(Seed, "seeds.yaml"), "seed", problems)
    resource_items = parse_file(Resource, "resources.yaml")
    project_items = parse_file(Project, "projects.yaml")
    resources = _unique(resource_items, "resource", problems)
    projects = _unique(project_items, "project", problems)
    redirect_items = (
        _parse(Redirect, data_dir / "redirects.yaml", problems)
        if (data_dir / "redirects.yaml").exists()
        else []
    )

    skills = _merge_derived_skills(data_dir, skills, problems)
    roles = _merge_derived_roles(data_dir, roles, problems)

    def check_refs(where: str, what: str, ids: Iterable[str], known: dict) -> None:
        for ref in ids:
            if ref not in known:
                problems.add(where, f"{what} {ref!r} is not a known ID{_did_you_mean(ref, known)}")

    for path in skill_files:
        if categories and path.stem not in categories:
            problems.add(f"skills/{path.name}", f"category {path.stem!r} is not in categories.yaml")
    for sid, skill in skills.items():
        where = where_of[sid]
        check_refs(where, "prerequisite", skill.prerequisites, skills)
        check_refs(where, "related skill", skill.related, skills)
        check_refs(where, "broader skill", [skill.broader] if skill.broader else [], skills)
        if sid in skill.prerequisites or sid in skill.related or skill.broader == sid:
            problems.add(where, "refers to itself")
        if skill.stage is not None and stages and skill.stage not in stages:
            problems.add(where, f"stage {skill.stage!r} is not a known stage")
    for rid, role in roles.items():
        where = role_where[rid]
        check_refs(where, "family", [role.family], families)
        check_refs(where, "core skill", role.core_skills, skills)
        check_refs(where, "nice-to-have skill", role.nice_skills, skills)
        check_refs(where, "tech-stack skill", role.tech_stack, skills)
        check_refs(where, "neighbour role", role.neighbours, roles)
        for sid in set(role.core_skills) & set(role.nice_skills):
            problems.add(where, f"skill {sid!r} is both core and nice-to-have")
    for stage in stages.values():
        check_refs(f"stages.yaml: entry {stage.id!r}", "skill", stage.skills, skills)
    for comp in competencies.values():
        check_refs(f"competencies.yaml: entry {comp.id!r}", "skill", comp.skills, skills)
    for res in resources.values():
        check_refs(f"resources.yaml: entry {res.id!r}", "skill", res.skills, skills)
    for proj in projects.values():
        check_refs(f"projects.yaml: entry {proj.id!r}", "skill", proj.skills, skills)
    known_sources = {*seeds, "esco", "onet", "linguist", "official-docs"}
    for items in (skill_items, role_items, resource_items, project_items):
        for obj, where in items:
            for source in obj.sources:
                if source.startswith("seed:") and source not in known_sources:
                    problems.add(where, f"source {source!r} is not in seeds.yaml")

    redirects: dict[str, list[str]] = {}
    for redirect, where in redirect_items:
        if redirect.old in skills:
            problems.add(where, f"old ID {redirect.old!r} is still a live skill; drop one")
        check_refs(where, "redirect target", redirect.new, skills)
        redirects[redirect.old] = list(redirect.new)

    _check_cycles(skills, "prerequisites", where_of, problems)
    _check_cycles(skills, "broader", where_of, problems)
    alias_index, exact_index = _build_alias_index(skills, where_of, problems)
    _add_number_variants(skills, alias_index, exact_index)
    not_name_keys = _build_not_names(skills, alias_index, where_of, problems)
    job_title_keys = _add_job_titles(skills, alias_index)
    _check_actions(skills, where_of, problems)
    title_index = _build_title_index(roles, role_where, problems)
    ordinary_words = _load_ordinary_words(data_dir, problems)

    if problems:
        raise KnowledgeBaseError(list(problems))
    return KnowledgeBase(
        skills=skills,
        roles=roles,
        families=families,
        categories=categories,
        stages=stages,
        competencies=competencies,
        seeds=seeds,
        resources=resources,
        projects=projects,
        redirects=redirects,
        alias_index=alias_index,
        exact_index=exact_index,
        title_index=title_index,
        data_dir=data_dir,
        ordinary_words=ordinary_words,
        not_name_keys=not_name_keys,
        job_title_keys=job_title_keys,
    )


def _did_you_mean(ref: str, known: dict) -> str:
    from rapidfuzz import process

    best = process.extractOne(ref, list(known), score_cutoff=70)
    return f" (did you mean {best[0]!r}?)" if best else ""


def _merge_derived_skills(data_dir: Path, skills: dict, problems: _Problems) -> dict:
    esco = _load_derived(data_dir, "esco", problems).get("skills", {})
    onet = _load_derived(data_dir, "onet", problems).get("skills", {})
    linguist = _load_derived(data_dir, "linguist", problems).get("skills", {})
    merged = {}
    # A name written by hand for one concept overrides the same name derived for another
    # (ESCO lists "edge computing" under cloud technologies; here it is a concept of its own).
    curated_owner = {
        normalize(name): sid for sid, skill in skills.items() for name in skill.curated_names()
    }
    for sid, skill in skills.items():
        extra: list[str] = []
        entry = esco.get(sid)
        extra += entry.get("alt_labels", []) if entry else []
        extra += onet.get(sid, [])
        extra += linguist.get(sid, [])
        extra = [name for name in extra if curated_owner.get(normalize(name), sid) == sid]
        update: dict[str, Any] = {"derived_aliases": list(dict.fromkeys(extra))}
        if entry and entry.get("label"):
            update["esco_label"] = entry["label"]
        merged[sid] = skill.model_copy(update=update)
    for name, table in (("esco", esco), ("onet", onet), ("linguist", linguist)):
        for sid in table:
            if sid not in skills:
                problems.add(f"derived/{name}.json", f"skill {sid!r} is not a known ID; rebuild it")
    return merged


def _merge_derived_roles(data_dir: Path, roles: dict, problems: _Problems) -> dict:
    esco = _load_derived(data_dir, "esco", problems).get("occupations", {})
    onet = _load_derived(data_dir, "onet", problems).get("roles", {})
    merged = {}
    for rid, role in roles.items():
        e, o = esco.get(rid, {}), onet.get(rid, {})
        titles = [*e.get("alt_labels", []), *o.get("alternate_titles", [])]
        # A one-word alternate title ("Scientist", "Cryptologist") names far more jobs than
        # the role: only the curated titles may be one word.
        titles = [title for title in titles if len(title.split()) > 1]
        if not role.derive_titles:
            titles = []
        merged[rid] = role.model_copy(
            update={
                "derived_titles": list(dict.fromkeys(titles)),
                "esco_label": e.get("label"),
                "onet_title": o.get("title"),
            }
        )
    return merged


def _check_cycles(skills: dict, field: str, where_of: dict, problems: _Problems) -> None:
    def edges(sid: str) -> list[str]:
        value = getattr(skills[sid], field)
        targets = value if isinstance(value, list) else ([value] if value else [])
        return [t for t in targets if t in skills]

    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    reported: set[frozenset] = set()
    for start in skills:
        if state.get(start):
            continue
        stack = [(start, iter(edges(start)))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                cycle = [*path[path.index(child) :], child]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    problems.add(where_of[child], f"{field} form a cycle: {' → '.join(cycle)}")
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(edges(child))))


def _build_alias_index(skills: dict, where_of: dict, problems: _Problems):
    """normalised name -> skill id, and exact-case name -> skill id. Each name has one owner.

    A name listed in `aliases_exact` (Go, R) is kept out of the normalised index even when it
    is also the label, so that "go" and "r" in running text never match; so is a name in
    `aliases_in_lists` ("Network"), which the matcher takes only inside a list of skills.
    """
    index: dict[str, str] = {}
    for sid, skill in skills.items():
        exact_keys = {normalize(n) for n in (*skill.aliases_exact, *skill.aliases_in_lists)}
        curated = {normalize(n) for n in skill.curated_names()}
        for name in skill.aliases.all():
            if normalize(name) in exact_keys:
                # "MSc" beside the exact "M.Sc": both fold to "msc", and the exact one keeps
                # the folded form out of the index, so the plain alias would never match
                problems.add(
                    where_of[sid],
                    f"alias {name!r} folds like an exact-case or list-only name of the same "
                    "concept and would never be found: list it in aliases_exact instead",
                )
        # IDs are not names: "presentation" or "optimization" as an ID must not turn the bare
        # word into an alias. `KnowledgeBase.find_skill` looks IDs up directly.
        for name in skill.names():
            key = normalize(name)
            if not key or key in exact_keys:
                continue
            owner = index.setdefault(key, sid)
            if owner != sid:
                source = "" if key in curated else " (from derived/)"
                problems.add(
                    where_of[sid],
                    f"alias {name!r}{source} is also a name of {owner!r} ({where_of[owner]}); "
                    "each alias must belong to one concept",
                )
    exact: dict[str, str] = {}
    for sid, skill in skills.items():
        for name in (*skill.aliases_exact, *skill.aliases_in_lists):
            key = exact_key(name)
            owner = exact.get(key) or index.get(normalize(name))
            if owner and owner != sid:
                problems.add(where_of[sid], f"exact alias {name!r} is also a name of {owner!r}")
            exact[key] = sid
    return index, exact


def _build_not_names(
    skills: dict, alias_index: dict[str, str], where_of: dict, problems: _Problems
) -> dict[str, frozenset[str]]:
    """Normalised `not_names` -> the concepts they veto. Each must hold one of its concept's
    names (else it vetoes nothing) and must not itself be a name of any concept."""
    keys: dict[str, set[str]] = {}
    for sid, skill in skills.items():
        own = {normalize(n) for n in skill.names()}
        for phrase in skill.not_names.all():
            key = normalize(phrase)
            if key in alias_index:
                problems.add(
                    where_of[sid], f"not_name {phrase!r} is a name of {alias_index[key]!r}"
                )
            elif not any(name and name in key for name in own):
                problems.add(
                    where_of[sid], f"not_name {phrase!r} holds none of this concept's names"
                )
            else:
                keys.setdefault(key, set()).add(sid)
    return {key: frozenset(owners) for key, owners in keys.items()}


_ENGLISH_ACTION_WORD = re.compile(r"[a-z][a-z/-]*[a-z]")
_KOREAN_ACTION_WORD = re.compile(r"[\uac00-\ud7a3A-Za-z]+")


def _check_actions(skills: dict, where_of: dict, problems: _Problems) -> None:
    """Each action pair is two single words in its language's script (an English verb and
    object in lower case, in their base form), and belongs to one concept."""
    owner: dict[tuple[str, str, str], str] = {}
    for sid, skill in skills.items():
        for lang, verb, obj in skill.actions.all():
            word = _ENGLISH_ACTION_WORD if lang == "en" else _KOREAN_ACTION_WORD
            for part in (verb, obj):
                if not word.fullmatch(part):
                    problems.add(
                        where_of[sid],
                        f"action word {part!r} must be one {lang} word"
                        + (" in lower case" if lang == "en" else ""),
                    )
            first = owner.setdefault((lang, verb, obj), sid)
            if first != sid:
                problems.add(
                    where_of[sid], f"action [{verb}, {obj}] is also an action of {first!r}"
                )


# Kinds whose names are common nouns ("dashboards", "predictive model", "LLM"), not product
# names: their English names are also found in the other grammatical number.
_COMMON_NOUN_KINDS = {"concept", "method", "practice", "soft-skill", "habit"}
_LAST_WORD = re.compile(r"([A-Za-z]+)$")


def _add_number_variants(skills: dict, index: dict[str, str], exact: dict[str, str]) -> None:
    """Index the singular of a plural name and the plural of a singular one ("dashboards" →
    "dashboard", "A/B test" → "A/B tests", "LLM" → "LLMs") where nothing else goes by it."""
    exact_folded = {normalize(name) for name in exact}
    for sid, skill in skills.items():
        if skill.kind not in _COMMON_NOUN_KINDS:
            continue
        for name in (skill.label.en, *skill.aliases.en, *skill.derived_aliases):
            for variant in _other_number(name):
                key = normalize(variant)
                if key and key not in index and key not in exact_folded:
                    index[key] = sid


def _add_job_titles(skills: dict, index: dict[str, str]) -> frozenset[str]:
    """The normalised job titles of every skill, with the English plurals ("data engineers",
    which a posting writes of colleagues), the plurals indexed as names too."""
    keys: set[str] = set()
    for sid, skill in skills.items():
        for title in skill.job_titles.all():
            keys.add(normalize(title))
        for title in skill.job_titles.en:
            plural = normalize(title + "s")
            index.setdefault(plural, sid)
            keys.add(plural)
    return frozenset(keys)


def _other_number(name: str) -> list[str]:
    match = _LAST_WORD.search(name)
    if match is None:
        return []
    word = match.group(1)
    stem = name[: match.start(1)]
    if word.isupper() and 2 <= len(word) <= 5:  # LLM -> LLMs, APIs -> API
        return [stem + word + "s"]
    if len(word) < 4 or not word.islower():
        return []
    if word.endswith(("ics", "ss", "us", "is", "ies", "ses", "xes", "ches", "shes", "ing")):
        return []  # statistics, business, corpus, analysis, learning: no simple other number
    if word.endswith("s"):
        return [stem + word[:-1]]
    if word.endswith(("y", "x", "z", "ch", "sh")):
        return []
    return [stem + word + "s"]


def _build_title_index(roles: dict, role_where: dict, problems: _Problems) -> dict[str, str]:
    index: dict[str, str] = {}
    for rid, role in roles.items():
        reported: set[str] = set()
        for title in [role.label.en, role.label.ko, *role.titles.all()]:
            key = normalize(title)
            owner = index.setdefault(key, rid)
            if owner != rid and key not in reported:
                reported.add(key)
                problems.add(role_where[rid], f"title {title!r} also belongs to role {owner!r}")
    # Derived titles fill in where curated ones are silent; a derived title claimed by two
    # roles (two roles linked to one O*NET code) says nothing about either, so it is dropped.
    derived_owner: dict[str, set[str]] = {}
    for rid, role in roles.items():
        for title in role.derived_titles:
            derived_owner.setdefault(normalize(title), set()).add(rid)
    for key, owners in derived_owner.items():
        if key not in index and len(owners) == 1:
            index[key] = next(iter(owners))
    return index
