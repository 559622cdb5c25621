"""Realistic Korean and English postings and resumes (tests/fixtures, samples/), checked
against expectations written by hand before the extractor was run on them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from careernav import analyze_posting, extract_skills, read_document
from careernav.extract.sections import split_sections
from careernav.text import normalize

ROOT = Path(__file__).parents[1]
EXPECTED = yaml.safe_load((ROOT / "tests" / "fixtures" / "expected.yaml").read_text("utf-8"))
POSTINGS = sorted(p for p, e in EXPECTED.items() if e["kind"] == "posting")
RESUMES = sorted(p for p, e in EXPECTED.items() if e["kind"] == "resume")
CONTENT = {
    "posting": {"responsibilities", "requirements", "preferred", "other"},
    "resume": {"experience", "projects", "skills", "summary", "other", "certifications"},
}


def load(path: str):
    return read_document(ROOT / path)


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_must_find_skills(path, kb):
    expected = EXPECTED[path]
    extraction = extract_skills(load(path), doc_type=expected["kind"])
    found = {}
    for mention in extraction.skills:
        found.setdefault(normalize(mention.text), mention)
    by_concept = {m.id for m in extraction.skills}
    missing = []
    for name in expected["must_find"]:
        skill = kb.find_skill(name)
        if skill is None or skill.id not in by_concept:
            missing.append(name)
    assert not missing, f"{path}: not found {missing}"


@pytest.mark.parametrize("path", POSTINGS)
def test_benefit_and_company_words_are_not_requirements(path, kb):
    expected = EXPECTED[path]
    analysis = analyze_posting(load(path))
    asked = {r.id for r in analysis.requirements}
    for name in expected.get("must_not_find_as_requirement") or []:
        skill = kb.find_skill(name)
        assert skill is None or skill.id not in asked, f"{path}: {name} taken as a requirement"
    for name in expected.get("must_not_find") or []:
        skill = kb.find_skill(name)
        assert skill is None or skill.id not in {m.id for m in analysis.extraction.skills}


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_section_headings(path):
    expected = EXPECTED[path]
    doc = load(path)
    sections = split_sections(doc.text, expected["kind"])
    got = {normalize(s.heading or ""): s.kind for s in sections if s.heading}
    for heading, kind in (expected.get("sections") or {}).items():
        key = next((k for k in got if normalize(heading) in k), None)
        assert key is not None, f"{path}: heading {heading!r} not recognised"
        assert got[key] == kind, f"{path}: {heading!r} read as {got[key]}"


@pytest.mark.parametrize("path", POSTINGS)
def test_real_role_of_posting(path):
    expected = EXPECTED[path]
    analysis = analyze_posting(load(path))
    assert analysis.top_role == expected["role"], (
        f"{path}: {[(r.id, r.score) for r in analysis.roles[:3]]}"
    )


@pytest.mark.parametrize("path", POSTINGS)
def test_title_role_of_posting(path):
    expected = EXPECTED[path]
    analysis = analyze_posting(load(path))
    assert analysis.title_role == expected["title_role"], f"{path}: title {analysis.title!r}"
    assert analysis.disagrees == (
        expected["title_role"] is not None and expected["title_role"] != expected["role"]
    )


WITH_YEARS = [p for p in POSTINGS if "posting" in (EXPECTED[p].get("years") or {})]


@pytest.mark.parametrize("path", WITH_YEARS)
def test_posting_years(path):
    assert analyze_posting(load(path)).extraction.years == EXPECTED[path]["years"]["posting"]
