"""Learning plans: order, resources, checkpoints, projects, schedule, Markdown and .ics."""

from __future__ import annotations

import re
from datetime import date

import pytest
from icalendar import Calendar

from careernav import match
from careernav.plan.builder import plan_for_role, plan_from_match
from careernav.plan.export import plan_ics, plan_markdown
from careernav.plan.model import Plan
from careernav.plan.retro import period_of
from careernav.plan.schedule import planned_hours, weekly_schedule
from careernav.plan.shape import profile_shape
from test_match import POSTING_EN, RESUME_KO

START = date(2026, 11, 23)
STAGE_RANK = {"beginner": 0, "intermediate": 1, "advanced": 2, None: 1}


@pytest.fixture(scope="module")
def role_plan(kb):
    return plan_for_role(
        kb, "llm-engineer", have={"python", "git"}, lang="ko", hours_per_week=8, start=START
    )


def test_prerequisites_come_first(kb, role_plan):
    position = {s.skill_id: s.order for s in role_plan.steps}
    for step in role_plan.steps:
        for pre in kb.skills[step.skill_id].prerequisites:
            if pre in position:
                assert position[pre] < step.order, (pre, step.skill_id)


def test_known_skills_are_not_steps(role_plan):
    ids = {s.skill_id for s in role_plan.steps}
    assert "python" not in ids and "git" not in ids
    assert "rag" in ids and "prompt-engineering" in ids


def test_requirements_follow_the_roadmap_stages(kb, role_plan):
    """Among the requirements no other step needs (the ends of the plan), beginner ones come
    before advanced: within the required work, and within the preferred work that follows it.
    Prerequisites are placed by what needs them (tests/test_plan_review.py)."""
    needed = {p for s in role_plan.steps for p in kb.skills[s.skill_id].prerequisites}
    ends = [s for s in role_plan.steps if s.kind == "gap" and s.skill_id not in needed]
    required = {w.id for w in role_plan.wants if w.level == "required"}
    tiers = [0 if {e.skill_id, *e.also_closes} & required else 1 for e in ends]
    assert tiers == sorted(tiers)
    for tier in (0, 1):
        ranks = [STAGE_RANK[e.stage] for e, t in zip(ends, tiers, strict=True) if t == tier]
        assert ranks == sorted(ranks), tier


def test_every_step_has_hours_resources_and_a_checkpoint(kb, role_plan):
    for step in role_plan.steps:
        low, high = step.hours
        assert 0 < low <= high
        assert len(step.resources) >= 2, step.skill_id
        assert step.checkpoint and any("\uac00" <= ch <= "\ud7a3" for ch in step.checkpoint)
        assert step.closes
        direct = [r for r in step.resources if r["via"] == "direct"]
        costs = [{"free": 0, "freemium": 1, "paid": 2}[r["cost"]] for r in direct]
        assert costs == sorted(costs), step.skill_id


def test_resources_prefer_the_users_language(kb, role_plan):
    step = next(s for s in role_plan.steps if s.skill_id == "langchain")
    free_direct = [r for r in step.resources if r["via"] == "direct" and r["cost"] == "free"]
    assert free_direct[0]["language"] == "ko"


def test_projects_cover_gaps_and_prepare_interviews(role_plan):
    assert 1 <= len(role_plan.projects) <= 3
    gap_ids = {s.skill_id for s in role_plan.steps}
    for project in role_plan.projects:
        assert set(project.covers) <= gap_ids and project.covers
        assert project.benefit["kind"] in {"time-saved", "cost-cut", "revenue"}
        assert project.acceptance and project.why_questions


def test_plan_from_a_match_closes_its_gaps(kb):
    result = match(RESUME_KO, POSTING_EN)
    plan = plan_from_match(
        kb, result, have={"python", "pytorch", "docker"}, lang="en", hours_per_week=6, start=START
    )
    gaps = {s.id for s in result.skills if s.credit < 1}
    steps = {s.skill_id: s for s in plan.steps}
    assert gaps <= set(steps)
    tf = steps["tensorflow"]
    assert tf.kind == "gap" and "required by" in tf.closes
    full = next(s for s in result.skills if s.id == "tensorflow")
    assert tf.weight == pytest.approx(full.weight * 0.5, abs=1e-3)  # half covered by PyTorch
    assert plan.coverage["required"] == result.required_coverage


def test_weekly_schedule_respects_the_hours(role_plan):
    weeks = weekly_schedule(role_plan)
    assert weeks[0].start == START
    for week in weeks:
        assert week.hours <= role_plan.hours_per_week + 1e-6
        assert (week.end - week.start).days == 6
    booked = sum(i.hours for w in weeks for i in w.items)
    expected = sum(planned_hours(*s.hours) for s in role_plan.steps)
    expected += sum(planned_hours(*p.hours) for p in role_plan.projects)
    assert booked == pytest.approx(expected, abs=0.05)
    order = [i.id for w in weeks for i in w.items if i.kind == "skill" and i.part == 1]
    assert order == [s.skill_id for s in role_plan.steps]


def test_projects_are_scheduled_after_their_skills(role_plan):
    weeks = weekly_schedule(role_plan)
    flat = [(i.kind, i.id) for w in weeks for i in w.items if i.part == 1]
    for project in role_plan.projects:
        at = flat.index(("project", project.id))
        for sid in project.covers:
            assert flat.index(("skill", sid)) < at


def test_markdown_and_ics(role_plan):
    weeks = weekly_schedule(role_plan)
    text = plan_markdown(role_plan, weeks)
    assert text.startswith("# 학습 계획")
    assert "## 주간 일정" in text and role_plan.steps[0].label in text
    cal = Calendar.from_ical(plan_ics(role_plan, weeks, plan_key="p1"))
    events = list(cal.walk("VEVENT"))
    assert len(events) == sum(len(w.items) for w in weeks)
    assert len({str(e["UID"]) for e in events}) == len(events)
    first = events[0]
    assert first.decoded("DTSTART") == START
    assert "h)" in str(first["SUMMARY"])


def test_plan_round_trips_through_json(role_plan):
    again = Plan.from_dict(role_plan.as_dict())
    assert again == role_plan


@pytest.mark.parametrize(
    ("day", "label", "start", "end"),
    [
        (date(2026, 11, 22), "2026-Q4", date(2026, 10, 1), date(2027, 1, 1)),
        (date(2026, 1, 1), "2026-Q1", date(2026, 1, 1), date(2026, 4, 1)),
        (date(2026, 6, 30), "2026-Q2", date(2026, 4, 1), date(2026, 7, 1)),
    ],
)
def test_quarters(day, label, start, end):
    got_label, got_start, got_end = period_of("quarter", day)
    assert (got_label, got_start.date(), got_end.date()) == (label, start, end)
    assert period_of("year", day)[0] == str(day.year)


def test_profile_shapes(kb):
    deep_ml = {
        "pytorch", "tensorflow", "keras", "cnn", "transformer", "deep-learning", "rnn",
        "python", "sql", "docker", "git", "pandas", "numpy", "statistics", "linear-algebra",
    }  # fmt: skip
    shape = profile_shape(kb, deep_ml, target_role="ml-engineer")
    assert shape.shape == "T"
    assert shape.deep == ["deep-learning"]
    assert shape.edge == "deep-learning"
    # the share is the area's part of the role, not how much of the role is covered
    assert re.fullmatch(
        r"Deep learning: depth \d\.\d/5, an area that makes up \d+% of what Machine Learning "
        r"Engineer needs",
        shape.edge_reason,
    )
    ko = profile_shape(kb, deep_ml, target_role="ml-engineer", lang="ko").edge_reason
    assert re.fullmatch(r"딥러닝: 깊이 \d\.\d/5, 머신러닝 엔지니어 역량의 \d+%를 차지하는 분야", ko)
    two_deep = deep_ml | {"rag", "llm", "langchain", "vector-database", "prompt-engineering",
                          "fine-tuning", "ai-agents"}  # fmt: skip
    assert profile_shape(kb, two_deep).shape == "W"
    assert profile_shape(kb, {"python"}).shape == "starting"
    assert profile_shape(kb, set()).edge is None


def test_what_is_done_needs_no_more_weeks(role_plan):
    first = role_plan.steps[0].skill_id
    full = weekly_schedule(role_plan)
    rest = weekly_schedule(role_plan, done={first})
    assert first not in {i.id for w in rest for i in w.items}
    assert sum(w.hours for w in rest) == pytest.approx(
        sum(w.hours for w in full) - planned_hours(*role_plan.steps[0].hours), abs=0.05
    )


def test_knowing_a_skill_means_knowing_what_it_needs(kb):
    from careernav.plan.builder import known_skills

    known = known_skills(kb, {"pytorch"})
    assert "python" in known and "deep-learning" in known
    plan = plan_for_role(
        kb, "ml-engineer", have={"pytorch"}, lang="en", hours_per_week=10, start=START
    )
    assert "python" not in {s.skill_id for s in plan.steps}


def test_credentials_are_listed_not_scheduled(kb):
    posting = "자격요건\n- Python, SQL\n- 정보처리기사 자격증\n- 석사 이상\n"
    result = match("기술\nPython", posting)
    plan = plan_from_match(kb, result, have={"python"}, lang="ko", hours_per_week=6, start=START)
    assert {u["id"] for u in plan.unplanned} == {
        "information-processing-engineer",
        "masters-degree",
        "bachelors-degree",  # what a master's needs first
    }
    assert "sql" in {s.skill_id for s in plan.steps}
    assert not {"information-processing-engineer", "masters-degree"} & {
        s.skill_id for s in plan.steps
    }


def test_a_choice_is_planned_through_the_option_the_match_names(kb):
    result = match("Skills: SQL", "Requirements\n- Scala or Python\n- SQL")
    [missing] = result.missing
    plan = plan_from_match(kb, result, have={"sql"}, lang="en", hours_per_week=5, start=START)
    # the match names the quickest option to learn (Scala needs Java first) and the plan
    # teaches it, so that the two speak of the same skill
    assert [s.skill_id for s in plan.steps] == ["python"] and missing.id == "python"
    assert missing.alternatives == ("scala",)
    assert plan.wants[0].alternatives  # the plan remembers the choice for its coverage


@pytest.mark.parametrize(
    ("kind", "label", "expected"),
    [
        ("concept", "확률론", "확률론을 내 말로 설명하고"),
        ("concept", "가설 검정", "가설 검정을 내 말로"),
        ("method", "비동기 프로그래밍", "비동기 프로그래밍을 내 말로"),
        ("concept", "딥러닝", "딥러닝을 내 말로"),
        ("concept", "데이터 파이프라인 설계", "데이터 파이프라인 설계를 내 말로"),
        ("concept", "MLOps", "MLOps를 내 말로"),
        ("language", "Python", "Python으로 파일을 읽고"),
    ],
)
def test_korean_checkpoints_take_the_particle_of_the_skill(kind, label, expected):
    from careernav.plan._text import checkpoint

    assert checkpoint(kind, label, None, "ko").startswith(expected)
