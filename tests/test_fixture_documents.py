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


# --- Postings laid out as tables, and saved as one file ---------------------------------------
# (tests/fixtures/documents; the Word and MHTML ones are made by make_fixtures.py)

DOCS = ROOT / "tests" / "fixtures" / "documents"


def _asks(path: str) -> dict[str, set[str]]:
    analysis = analyze_posting(read_document(DOCS / path))
    asks: dict[str, set[str]] = {"required": set(), "preferred": set()}
    for requirement in analysis.requirements:
        asks[requirement.level].add(requirement.id)
    return asks


@pytest.mark.parametrize("path", ["posting_table_ko.html", "posting_table_ko.mhtml"])
def test_saramin_table_posting_keeps_its_required_and_preferred_skills(path):
    """사람인's 모집분야 | 담당업무 | 자격요건 | 우대사항 table: each column is its section."""
    asks = _asks(path)
    assert {"sql", "python", "pandas", "tableau"} <= asks["required"]
    assert {"google-analytics", "machine-learning", "bigquery"} <= asks["preferred"]
    assert not asks["preferred"] & {"sql", "python", "tableau"}
    analysis = analyze_posting(read_document(DOCS / path))
    assert analysis.top_role == "data-analyst"
    assert analysis.title == "[바른물류] 데이터 분석가 (경력 3년 이상)"
    assert analysis.extraction.years == 3
    # the benefits' 엑셀 교육 is no ask
    assert "excel" not in asks["required"] | asks["preferred"]


def test_notion_markdown_table_posting_keeps_its_required_and_preferred_skills():
    asks = _asks("posting_table_ko.md")
    assert {"python", "pytorch", "sql", "recommender-systems"} <= asks["required"]
    assert {"faiss", "kubernetes"} <= asks["preferred"]


def test_english_word_posting_under_a_row_of_headings():
    asks = _asks("posting_columns_en.docx")
    assert {"sql", "python", "apache-kafka", "apache-spark"} <= asks["required"]
    assert asks["preferred"] >= {"terraform", "dbt"}
    assert "kubernetes" not in asks["required"] | asks["preferred"]  # "Kubernetes-free"


def test_word_posting_with_line_breaks_in_cells_gives_years_to_computer_vision_alone():
    analysis = analyze_posting(read_document(DOCS / "posting_cv_ko.docx"))
    with_years = {r.id: r.years for r in analysis.requirements if r.years}
    assert with_years == {"computer-vision": 3}
    required = {r.id for r in analysis.requirements if r.level == "required"}
    assert {"python", "pytorch", "opencv", "cpp"} <= required
    assert analysis.top_role == "cv-engineer"


def test_english_page_saved_by_internet_explorer():
    analysis = analyze_posting(read_document(DOCS / "posting_saved_en.mht"))
    assert analysis.title == "Machine Learning Engineer, Search"
    required = {r.id: r.years for r in analysis.requirements if r.level == "required"}
    assert required["python"] == 4
    assert {"pytorch", "elasticsearch", "learning-to-rank"} <= set(required)
    assert "faiss" in {r.id for r in analysis.requirements if r.level == "preferred"}
    # the footer's similar jobs are no part of the page
    assert "react" not in {m.id for m in analysis.extraction.skills}
