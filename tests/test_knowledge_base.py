"""The bundled knowledge base loads, validates, and holds what the product promises."""

from __future__ import annotations

import re
from collections import Counter

from careernav.text import exact_key, normalize

ROLE_IDS = {
    "data-analyst", "data-scientist", "data-engineer", "ml-engineer", "ai-researcher",
    "ai-developer", "robotics-engineer", "cv-engineer", "nlp-engineer", "cloud-engineer",
    "mlops-engineer", "automl-specialist", "prompt-engineer", "computer-scientist",
    "llm-engineer",
}  # fmt: skip
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_exactly_the_fifteen_roles(kb):
    assert set(kb.roles) == ROLE_IDS


def test_every_role_is_complete(kb):
    for role in kb.roles.values():
        assert len(role.core_skills) >= 15, role.id
        assert role.family in kb.families
        assert role.duties.en and role.duties.ko, role.id
        assert role.titles.en and role.titles.ko, role.id
        assert role.neighbours, role.id
        assert HANGUL.search(role.label.ko), role.id


def test_size_of_the_knowledge_base(kb):
    assert len(kb.skills) >= 600
    assert len(kb.resources) >= 150
    assert len(kb.projects) >= 40
    assert [s.id for s in sorted(kb.stages.values(), key=lambda s: s.order)] == [
        "beginner",
        "intermediate",
        "advanced",
    ]
    pillars = sorted(kb.competencies.values(), key=lambda c: c.priority)
    assert [c.id for c in pillars][:2] == ["soft-skills", "continuous-learning"]


def test_every_concept_has_a_korean_label(kb):
    for skill in kb.skills.values():
        assert skill.label.ko.strip(), skill.id


def test_every_alias_resolves_to_exactly_one_concept(kb):
    owners: dict[str, set[str]] = {}
    for skill in kb.skills.values():
        exact = {normalize(n) for n in skill.aliases_exact}
        for name in skill.names():
            if normalize(name) not in exact:
                owners.setdefault(normalize(name), set()).add(skill.id)
    ambiguous = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert not ambiguous
    for skill in kb.skills.values():
        for name in skill.names():
            assert kb.find_skill(name).id == skill.id, name
        for name in skill.aliases_exact:
            assert kb.exact_index[exact_key(name)] == skill.id


def test_korean_and_english_spellings_reach_the_same_concept(kb):
    pairs = {
        "파이토치": "pytorch",
        "PyTorch": "pytorch",
        "torch": "pytorch",
        "k8s": "kubernetes",
        "쿠버네티스": "kubernetes",
        "sklearn": "scikit-learn",
        "scikit-learn": "scikit-learn",
        "자연어처리": "nlp",
        "자연어 처리": "nlp",
        "NLP": "nlp",
        "Tensor Flow": "tensorflow",
        "검색 증강 생성": "rag",
        "RAG": "rag",
        "머신러닝": "machine-learning",
        "기계학습": "machine-learning",
    }
    for name, sid in pairs.items():
        assert kb.find_skill(name).id == sid, name


def test_redirected_ids_resolve(kb):
    for old, new in kb.redirects.items():
        assert kb.find_skill(old).id == new[0]


def test_references_point_to_real_entries(kb):
    for role in kb.roles.values():
        assert set(role.core_skills) <= set(kb.skills)
        assert set(role.neighbours) <= set(kb.roles)
    for resource in kb.resources.values():
        assert resource.url.startswith(("http://", "https://"))
        assert set(resource.skills) <= set(kb.skills)


def test_resources_cover_both_languages_and_costs(kb):
    languages = Counter(r.language for r in kb.resources.values())
    costs = Counter(r.cost for r in kb.resources.values())
    assert languages["ko"] >= 30 and languages["en"] >= 30
    assert costs["free"] > costs["paid"] > 0


def test_projects_frame_benefit_and_interview_questions(kb):
    stages = Counter(p.stage for p in kb.projects.values())
    assert set(stages) == {"beginner", "intermediate", "advanced"}
    for project in kb.projects.values():
        assert project.acceptance.en and project.acceptance.ko, project.id
        assert project.why_questions.en and project.why_questions.ko, project.id
    seed_projects = [p for p in kb.projects.values() if any("seed:" in s for s in p.sources)]
    assert len(seed_projects) >= 8


def test_roles_carry_esco_and_onet_links(kb):
    linked = [r for r in kb.roles.values() if r.esco]
    assert len(linked) >= 6
    assert kb.roles["data-scientist"].onet == "15-2051.00"
    for role in linked:
        assert role.esco_label, role.id  # the derived label came through


def test_derived_taxonomy_widens_titles_and_aliases(kb):
    assert any(role.derived_titles for role in kb.roles.values())
    with_onet = [s for s in kb.skills.values() if s.derived_aliases]
    assert len(with_onet) >= 50
    assert kb.find_role("Machine Learning Engineer").id == "ml-engineer"
    assert kb.find_role("데이터 엔지니어").id == "data-engineer"
