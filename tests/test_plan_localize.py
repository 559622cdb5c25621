"""A plan speaks the language it is read in: a plan made in Korean, read in English, says
exactly what a plan made in English says (and the reverse) — labels, what each step closes,
checkpoints, why a requirement is listed, projects — while its resources stay those picked for
its reader; a plan stored before its words were kept as data stays readable."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from careernav import tracking
from careernav.documents import read_text
from careernav.plan.export import plan_markdown
from careernav.plan.localize import localized
from careernav.plan.model import Plan
from careernav.store import Store
from test_plan_consistency import POSTING_EN, POSTING_KO, RESUME_EN, RESUME_KO

START = date(2026, 1, 5)
HANGUL = re.compile("[가-힣]")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "careernav.db") as opened:
        yield opened


def twins(store, kb, resume: str) -> tuple[str, str]:
    """Two profiles with one resume, one Korean and one English."""
    for name, lang in (("하늘", "ko"), ("sky", "en")):
        tracking.create_profile(
            store, kb, name, language=lang, target_role="llm-engineer", hours_per_week=8,
            resume=read_text(resume, name="resume.md"),
        )  # fmt: skip
    return "하늘", "sky"


def without_resources(plan: Plan) -> list:
    return [replace(step, resources=[]) for step in plan.steps]


@pytest.mark.parametrize(
    ("resume", "posting"),
    [(RESUME_KO, POSTING_KO), (RESUME_KO, POSTING_EN), (RESUME_EN, None)],
    ids=["ko-posting", "en-posting", "role"],
)
def test_a_plan_read_in_the_other_language_says_what_a_plan_made_in_it_says(
    store, kb, resume, posting
):
    ko_name, en_name = twins(store, kb, resume)
    doc = read_text(posting, name="posting.md") if posting else None
    _, ko = tracking.make_plan(store, kb, ko_name, posting=doc, start=START)
    _, en = tracking.make_plan(store, kb, en_name, posting=doc, start=START)
    assert ko.steps and ko.unplanned
    for made, other in ((ko, en), (en, ko)):
        read = localized(kb, made, other.lang)
        assert read.lang == other.lang and read.target == other.target
        assert without_resources(read) == without_resources(other)
        assert read.unplanned == other.unplanned
        assert read.projects == other.projects
        # the resources stay the reader's own, with notes in the language read
        assert [[r["id"] for r in s.resources] for s in read.steps] == [
            [r["id"] for r in s.resources] for s in made.steps
        ]
        notes = [r["note"] for s in read.steps for r in s.resources if r.get("note")]
        assert notes and all(bool(HANGUL.search(n)) == (other.lang == "ko") for n in notes)
    assert localized(kb, ko, "ko") is ko


def test_a_plan_stored_before_its_words_were_data_stays_readable(store, kb):
    ko_name, _ = twins(store, kb, RESUME_KO)
    _, plan = tracking.make_plan(
        store, kb, ko_name, posting=read_text(POSTING_KO, name="posting.md"), start=START
    )
    body = plan.as_dict()
    for step in body["steps"]:
        del step["why"]
    for item in body["unplanned"]:
        del item["why"]
    del body["skipped_steps"]
    old = Plan.from_dict(body)
    read = localized(kb, old, "en")
    assert [s.closes for s in read.steps] == [s.closes for s in plan.steps]  # as written
    assert [u["reason"] for u in read.unplanned] == [u["reason"] for u in plan.unplanned]
    # what the knowledge base names is said again in English
    assert [s.label for s in read.steps] == [kb.skills[s.skill_id].label.en for s in plan.steps]
    assert [u["label"] for u in read.unplanned] == [
        kb.skills[u["id"]].label.en for u in plan.unplanned
    ]
    assert not any(HANGUL.search(s.checkpoint) for s in read.steps)
    assert not any(HANGUL.search(p.title + p.summary) for p in read.projects)


def test_the_active_plan_schedule_and_files_follow_the_language_asked_for(store, kb):
    ko_name, _ = twins(store, kb, RESUME_EN)
    _, made = tracking.make_plan(store, kb, ko_name, start=START, lang="en")
    assert made.lang == "en" and made.target["label"] == "AI/LLM Engineer"
    assert tracking.active_plan(store, ko_name, kb).lang == "ko"  # stored as made
    plan = tracking.active_plan(store, ko_name, kb, lang="en")
    assert plan == made
    weeks = tracking.schedule(store, kb, ko_name, plan)
    labels = {i.label for w in weeks for i in w.items}
    assert labels and not any(HANGUL.search(label) for label in labels)
    markdown = plan_markdown(plan, weeks)
    assert markdown.startswith("# Learning plan: AI/LLM Engineer")
    assert "required by AI/LLM Engineer" in markdown and "필수" not in markdown

    report = tracking.progress_report(store, kb, ko_name, lang="en")
    assert report["target"]["label"] == "AI/LLM Engineer"
    retro = tracking.retrospective(store, kb, ko_name, "quarter", lang="en").content
    assert retro["target"]["label"] == "AI/LLM Engineer"
    assert retro["next_focus"]
    assert not any(HANGUL.search(f["label"] + f["closes"]) for f in retro["next_focus"])
