"""Derive the ESCO, O*NET and Linguist parts of the knowledge base from ../shared/data/taxonomy.

    python scripts/build_taxonomy.py [--taxonomy PATH]

Reads the curated overlay (skills/*.yaml and roles.yaml: their `esco`, `onet` and `linguist`
links) and writes compact, sorted JSON files to src/careernav/knowledge/data/derived/:

- esco.json      skill id -> ESCO URI, preferred label and alternative labels;
                 role id -> ESCO occupation URI, label and alternative labels
- onet.json      skill id -> O*NET technology examples naming the same tool;
                 role id -> O*NET-SOC code, title and alternate titles
- linguist.json  skill id -> GitHub Linguist aliases of the language
- ordinary_words.txt  lower-case words of 5+ letters that O*NET task statements and occupation
                 descriptions and ESCO occupation descriptions use in running prose (twice or
                 more): a word like "Detection" or "Perception" is English, not a misspelt
                 tool name ("Detectron", "MLP's Perceptron"), and the typo matcher must know it

A derived alias that is already a name of another concept is dropped (and reported), so the
curated overlay always wins. Running it twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from careernav.text import normalize  # noqa: E402

DATA = ROOT / "src" / "careernav" / "knowledge" / "data"
DEFAULT_TAXONOMY = ROOT.parent / "shared" / "data" / "taxonomy"
ESCO_SKILL_FILES = [
    "digitalSkillsCollection_en.csv",
    "transversalSkillsCollection_en.csv",
    "researchSkillsCollection_en.csv",
    "languageSkillsCollection_en.csv",
    "digCompSkillsCollection_en.csv",
    "greenSkillsCollection_en.csv",
]
MIN_DERIVED_ALIAS = 3  # shorter derived aliases (ts, sh, py) are too ambiguous in running text


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def split_labels(value: str, sep: str) -> list[str]:
    return [part.strip() for part in (value or "").split(sep) if part.strip()]


def load_overlay(data: Path):
    skills = []
    for path in sorted((data / "skills").glob("*.yaml")):
        skills += yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or []
    roles = yaml.load((data / "roles.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return skills, roles or []


def curated_owner(skills: list[dict]) -> dict[str, str]:
    """normalised curated name -> skill id."""
    owner: dict[str, str] = {}
    for s in skills:
        names = [s["id"], s["label"]["en"], s["label"]["ko"]]
        aliases = s.get("aliases") or {}
        names += (aliases.get("en") or []) + (aliases.get("ko") or [])
        names += (s.get("aliases_exact") or []) + (s.get("aliases_in_lists") or [])
        for name in names:
            owner.setdefault(normalize(str(name)), s["id"])
    return owner


def looks_like_a_name(alias: str) -> bool:
    """Whether a derived alias is safe to look for in running text.

    Taxonomies list plain words among their alternative labels ("Access" for Microsoft
    Access, "formulas" for algorithms). A single plain word, lower-case or capitalised, is far
    more often the ordinary word, so only names with more than one word, or with a digit, a
    symbol or inner capitals (PostgreSQL, C++, SQL), are kept."""
    words = alias.split()
    if len(words) > 1:
        return True
    word = words[0] if words else ""
    plain = word.isalpha() and (word.islower() or (word[0].isupper() and word[1:].islower()))
    return not plain


def restricted_names(skills: list[dict]) -> set[str]:
    """Normalised names the overlay allows only in exact case or only inside skill lists
    ("Go", "Shell"): a taxonomy must not bring them back as names matched anywhere."""
    free = set()
    for s in skills:
        aliases = s.get("aliases") or {}
        names = [s["id"], s["label"]["en"], s["label"]["ko"]]
        free |= {
            normalize(str(n)) for n in names + (aliases.get("en") or []) + (aliases.get("ko") or [])
        }
    limited = {
        normalize(str(name))
        for s in skills
        for name in (s.get("aliases_exact") or []) + (s.get("aliases_in_lists") or [])
    }
    return limited - free


class AliasFilter:
    """Keeps a derived alias only if no other concept already goes by that name, and the
    overlay does not restrict that name to exact case or to skill lists."""

    def __init__(self, owner: dict[str, str], restricted: set[str] = frozenset()):
        self.owner = dict(owner)
        self.restricted = restricted
        self.dropped: list[str] = []

    def keep(self, sid: str, alias: str, source: str) -> bool:
        key = normalize(alias)
        if len(key) < MIN_DERIVED_ALIAS:
            return False
        if key in self.restricted:
            self.dropped.append(f"{source}: {alias!r} for {sid} (restricted in the overlay)")
            return False
        if self.owner.get(key) != sid and not looks_like_a_name(alias):
            self.dropped.append(f"{source}: {alias!r} for {sid} (a plain word)")
            return False
        holder = self.owner.get(key)
        if holder is not None and holder != sid:
            self.dropped.append(f"{source}: {alias!r} for {sid} (already a name of {holder})")
            return False
        self.owner[key] = sid
        return True


def build_esco(taxonomy: Path, skills, roles, filt: AliasFilter, problems: list[str]) -> dict:
    esco = taxonomy / "esco-1.2.0"
    by_uri: dict[str, dict] = {}
    for row in read_csv(esco / "derived" / "skills_uri_label_reconstructed.csv"):
        by_uri[row["conceptUri"]] = {"label": row["preferredLabel"], "alt": []}
    for name in ESCO_SKILL_FILES:
        if not (esco / "raw" / name).exists():
            continue
        for row in read_csv(esco / "raw" / name):
            by_uri[row["conceptUri"]] = {
                "label": row["preferredLabel"],
                "alt": split_labels(row.get("altLabels", ""), "|"),
            }
    out_skills = {}
    for s in skills:
        uri = s.get("esco")
        if not uri:
            continue
        if uri not in by_uri:
            problems.append(f"skill {s['id']}: ESCO URI {uri} is not in ESCO 1.2.0")
            continue
        entry = by_uri[uri]
        # The preferred label counts as an alias too, unless another concept owns that name.
        # Soft skills' alternative labels in ESCO are loose paraphrases ("check facts" for
        # critical thinking): only the curated aliases speak for those.
        loose = s.get("kind") in {"soft-skill", "habit", "practice"}
        names = [entry["label"]] + ([] if loose else entry["alt"])
        alts = [a for a in names if filt.keep(s["id"], a, "esco")]
        out_skills[s["id"]] = {"uri": uri, "label": entry["label"], "alt_labels": alts}
    occupations = {row["conceptUri"]: row for row in read_csv(esco / "raw" / "occupations_en.csv")}
    out_roles = {}
    for r in roles:
        uri = r.get("esco")
        if not uri:
            continue
        row = occupations.get(uri)
        if row is None:
            problems.append(f"role {r['id']}: ESCO URI {uri} is not an ESCO 1.2.0 occupation")
            continue
        out_roles[r["id"]] = {
            "uri": uri,
            "label": row["preferredLabel"],
            "alt_labels": split_labels(row.get("altLabels", ""), "\n"),
        }
    return {"skills": out_skills, "occupations": out_roles}


def build_onet(taxonomy: Path, skills, roles, filt: AliasFilter, problems: list[str]) -> dict:
    onet = taxonomy / "onet-29.2"
    examples = sorted({row["Example"] for row in read_tsv(onet / "Technology Skills.txt")})
    by_norm = defaultdict(list)
    for example in examples:
        by_norm[normalize(example)].append(example)
    out_skills: dict[str, list[str]] = defaultdict(list)
    linked: set[str] = set()
    for s in skills:
        name = s.get("onet")
        if not name:
            continue
        if name not in examples:
            problems.append(f"skill {s['id']}: O*NET example {name!r} is not in O*NET 29.2")
            continue
        linked.add(name)
        if filt.keep(s["id"], name, "onet"):
            out_skills[s["id"]].append(name)
    # An example spelt exactly like a curated name (after normalisation) names the same tool.
    owner = curated_owner(skills)
    for example in examples:
        sid = owner.get(normalize(example))
        fresh = sid and example not in linked and example not in out_skills[sid]
        if fresh and filt.keep(sid, example, "onet"):
            out_skills[sid].append(example)

    titles = {row["O*NET-SOC Code"]: row["Title"] for row in read_tsv(onet / "Occupation Data.txt")}
    alternates = defaultdict(list)
    for row in read_tsv(onet / "Alternate Titles.txt"):
        alternates[row["O*NET-SOC Code"]].append(row["Alternate Title"])
    for row in read_tsv(onet / "Sample of Reported Titles.txt"):
        alternates[row["O*NET-SOC Code"]].append(row["Reported Job Title"])
    out_roles = {}
    for r in roles:
        code = r.get("onet")
        if not code:
            continue
        if code not in titles:
            problems.append(f"role {r['id']}: O*NET-SOC code {code} is not in O*NET 29.2")
            continue
        out_roles[r["id"]] = {
            "code": code,
            "title": titles[code],
            "alternate_titles": sorted(set(alternates[code])),
        }
    return {"skills": {k: v for k, v in sorted(out_skills.items()) if v}, "roles": out_roles}


def build_linguist(taxonomy: Path, skills, filt: AliasFilter, problems: list[str]) -> dict:
    languages = yaml.load(
        (taxonomy / "linguist-languages" / "languages.yml").read_text(encoding="utf-8"),
        Loader=yaml.CSafeLoader,
    )
    out = {}
    for s in skills:
        name = s.get("linguist")
        if not name:
            continue
        if name not in languages:
            problems.append(f"skill {s['id']}: {name!r} is not a GitHub Linguist language")
            continue
        aliases = [name, *(languages[name].get("aliases") or [])]
        kept = [a for a in aliases if filt.keep(s["id"], a, "linguist")]
        if kept:
            out[s["id"]] = kept
    return {"skills": out}


# A lower-case word inside a sentence, not the first word of it: capitalised words are names.
PROSE_WORD = re.compile(r"(?<![A-Za-z0-9'’-])[a-z]{5,}(?![A-Za-z0-9])")
MIN_PROSE_COUNT = 2  # one occurrence may be a product name written in lower case


def build_ordinary_words(taxonomy: Path) -> list[str]:
    counts: Counter[str] = Counter()
    onet = taxonomy / "onet-29.2"
    for row in read_tsv(onet / "Task Statements.txt"):
        counts.update(PROSE_WORD.findall(row["Task"]))
    for row in read_tsv(onet / "Occupation Data.txt"):
        counts.update(PROSE_WORD.findall(row["Description"]))
    for row in read_csv(taxonomy / "esco-1.2.0" / "raw" / "occupations_en.csv"):
        counts.update(PROSE_WORD.findall(row.get("description") or ""))
    return sorted(word for word, n in counts.items() if n >= MIN_PROSE_COUNT)


def write_json(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY)
    parser.add_argument("--data", type=Path, default=DATA, help="knowledge-base folder")
    parser.add_argument("--verbose", action="store_true", help="list dropped aliases")
    args = parser.parse_args(argv)
    if not args.taxonomy.is_dir():
        print(f"error: {args.taxonomy} not found; pass --taxonomy PATH", file=sys.stderr)
        return 2
    skills, roles = load_overlay(args.data)
    filt = AliasFilter(curated_owner(skills), restricted_names(skills))
    problems: list[str] = []
    esco = build_esco(args.taxonomy, skills, roles, filt, problems)
    onet = build_onet(args.taxonomy, skills, roles, filt, problems)
    linguist = build_linguist(args.taxonomy, skills, filt, problems)
    if problems:
        print("Broken links in the curated overlay:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    out = args.data / "derived"
    out.mkdir(exist_ok=True)
    write_json(out / "esco.json", esco)
    write_json(out / "onet.json", onet)
    write_json(out / "linguist.json", linguist)
    words = build_ordinary_words(args.taxonomy)
    (out / "ordinary_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(
        f"esco: {len(esco['skills'])} skills, {len(esco['occupations'])} occupations; "
        f"onet: {len(onet['skills'])} skills, {len(onet['roles'])} roles; "
        f"linguist: {len(linguist['skills'])} languages; {len(words)} ordinary words; "
        f"{len(filt.dropped)} aliases dropped"
    )
    if args.verbose:
        print(*filt.dropped, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
