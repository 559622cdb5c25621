"""A plan step's resources teach that step's skill, in a language the user reads.

Found in review: PostgreSQL → pgvector's README, Communication → a code-review guide first,
Presentation → Devpost, Linux → Ansible's docs, Risk management → Korean startup sites for an
English-speaking profile. The plans are the ones of `test_plan_priorities.py`."""

from __future__ import annotations

import pytest

from careernav.plan.builder import is_learnable
from careernav.plan.resources import (
    MIN_RESOURCES,
    PLACE_KINDS,
    PRODUCT_KINDS,
    READS,
    resources_for_step,
)
from test_plan_priorities import backend_ko, bank_en  # noqa: F401  (fixtures)

TIERS = {"direct": 0, "part": 1, "tool": 2, "broader": 3, "related": 3}


@pytest.mark.parametrize(
    ("sid", "lang", "not_shown"),
    [
        ("postgresql", "ko", {"pgvector"}),
        ("postgresql", "en", {"pgvector"}),
        ("linux", "en", {"ansible-docs", "docker-docs", "yocto-project-docs"}),
        ("linux", "ko", {"ansible-docs", "docker-docs"}),
        ("presentation", "en", {"devpost"}),
        ("communication", "en", {"google-code-review-guide", "stack-overflow"}),
        ("cuda", "en", {"pytorch-docs"}),
    ],
)
def test_another_tools_docs_do_not_stand_in_for_a_skill(kb, sid, lang, not_shown):
    shown = resources_for_step(kb, sid, lang)
    assert len(shown) >= MIN_RESOURCES
    assert not {r["id"] for r in shown} & not_shown
    assert shown[0]["via"] in ("direct", "part")
    assert sid in shown[0]["skills"]


def test_an_english_profile_gets_english_resources_that_teach_the_skill(kb):
    shown = resources_for_step(kb, "risk-management", "en")
    assert {r["language"] for r in shown} == {"en"}
    assert all(r["via"] == "direct" for r in shown)
    assert "fed-sr-11-7" in {r["id"] for r in shown}  # SR 11-7, which the bank posting names


@pytest.mark.parametrize("sid", ["asyncio", "websocket", "kubernetes"])
def test_a_korean_profile_gets_korean_resources_first(kb, sid):
    shown = resources_for_step(kb, sid, "ko")
    assert shown[0]["language"] == "ko"
    assert shown[0]["via"] == "direct"


def test_resources_of_a_tool_the_user_knows_come_first_among_equals(kb):
    """Dashboards: a Tableau user is pointed to Tableau's training first."""
    shown = resources_for_step(kb, "dashboarding", "en", known={"tableau"})
    assert shown[0]["id"] == "tableau-free-training"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_skill_gets_only_resources_that_teach_it(kb, lang):
    for sid, skill in kb.skills.items():
        if not is_learnable(kb, sid):
            continue
        shown = resources_for_step(kb, sid, lang)
        tiers = [TIERS[r["via"]] for r in shown]
        assert tiers == sorted(tiers), sid
        assert len({r["id"] for r in shown}) == len(shown), sid
        for r in shown:
            main = r["skills"][0]
            if r["via"] in ("direct", "part", "tool"):
                assert sid in r["skills"], (sid, r["id"])
            if r["via"] == "direct":
                assert main == sid, (sid, r["id"])
            if main != r["via_skill"]:
                assert r["kind"] not in PLACE_KINDS, (sid, r["id"])
            if r["via"] == "tool":
                # another product's docs teach a general skill through it, never a product
                assert skill.kind not in PRODUCT_KINDS, (sid, r["id"])
            # what does not teach the skill itself says what it is for, and a resource in a
            # language the user does not read says so
            noted = r["via"] in ("tool", "broader", "related") or r["language"] not in READS[lang]
            assert ("note" in r) == noted, (sid, r["id"])
        if lang == "en" and any(r["language"] != "en" for r in shown):
            assert sum(r["language"] == "en" for r in shown) < MIN_RESOURCES, sid


@pytest.mark.parametrize("case", ["backend_ko", "bank_en"])
def test_every_step_of_the_reviewed_plans_has_resources_for_its_own_skill(case, request):
    _, plan = request.getfixturevalue(case)
    for step in plan.steps:
        assert len(step.resources) >= MIN_RESOURCES, step.skill_id
        first = step.resources[0]
        assert first["via"] in ("direct", "part"), step.skill_id
        assert step.skill_id in first["skills"]
        if plan.lang == "en":
            assert all(r["language"] == "en" for r in step.resources), step.skill_id


def test_the_markdown_says_what_a_borrowed_resource_is_for(backend_ko):  # noqa: F811
    from careernav.plan.export import plan_markdown
    from careernav.plan.schedule import weekly_schedule

    _, plan = backend_ko
    text = plan_markdown(plan, weekly_schedule(plan))
    noted = [r for s in plan.steps for r in s.resources if r.get("note")]
    assert noted
    for r in noted:
        assert f"]({r['url']}) ({r['note']})" in text
