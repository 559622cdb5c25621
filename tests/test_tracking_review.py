"""Profiles, plans, progress and retrospectives read a resume as `match` does, give one
coverage number for one resume and target, let the later event win, share the hours' bounds,
speak the language asked for, keep one retrospective a period, and show the weekly schedule —
in the library, the CLI and the REST API, on a Korean and an English resume."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from careernav import tracking
from careernav.cli import main
from careernav.documents import read_text
from careernav.errors import CareernavError
from careernav.match import match
from careernav.store import Store
from careernav.web import create_app

# A backend developer moving to MLOps: Python graded basic, machine learning only wished for.
# a backend developer moving to MLOps (shared with tests/test_plan_review.py)
RESUME_KO = (Path(__file__).parent / "fixtures" / "resumes" / "ko-backend-to-mlops.md").read_text(
    "utf-8"
)

# an MLOps posting (shared with tests/test_plan_review.py)
POSTING_KO = (Path(__file__).parent / "fixtures" / "postings" / "ko-mlops-datawave.md").read_text(
    "utf-8"
)

# A new graduate who grades Docker basic.
RESUME_EN = """# Alex Kim

Computer Science B.S., Class of 2025 · alex.kim@example.com

## Summary
Recent graduate interested in large language models. Built small projects with the OpenAI API.

## Projects
- **Movie recommender**: collaborative filtering with pandas and NumPy; evaluated with RMSE.

## Skills
Python, SQL, Git, Linux, pandas, NumPy, Docker (basic)
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "careernav.db") as opened:
        yield opened


@pytest.fixture
def minjun(store, kb):
    tracking.create_profile(
        store, kb, "민준", language="ko", target_role="mlops-engineer", hours_per_week=10,
        resume=read_text(RESUME_KO, name="resume-backend-ko.md"),
    )  # fmt: skip
    return "민준"


@pytest.fixture
def alex(store, kb):
    tracking.create_profile(
        store, kb, "Alex", language="en", target_role="mlops-engineer", hours_per_week=8,
        resume=read_text(RESUME_EN, name="resume-newgrad-en.md"),
    )  # fmt: skip
    return "Alex"


# --- 1. The profile reads the resume as match does ------------------------------------------


def test_profile_knows_what_match_credits_in_full_and_keeps_basic_apart(store, kb, minjun):
    known = tracking.known_skills(store, kb, minjun)
    assert "python" not in known  # "Python(기초)"
    assert tracking.basic_skills(store, kb, minjun) == {"python"}
    assert "machine-learning" not in known  # "… 머신러닝을 공부하고 있습니다": a wish
    matched = match(RESUME_KO, role="mlops-engineer", kb=kb, lang="ko")
    for skill in matched.skills:
        if skill.via == "direct":
            assert skill.id in known, skill.id
        if skill.via == "basic":
            assert skill.id not in known and skill.id in tracking.basic_skills(store, kb, minjun)


def test_a_skill_graded_basic_stays_a_step_of_a_role_plan(store, kb, alex):
    assert tracking.basic_skills(store, kb, alex) == {"docker"}
    _, plan = tracking.make_plan(store, kb, alex, start=date(2026, 11, 23))
    assert "docker" in {s.skill_id for s in plan.steps}
    assert "docker" not in plan.known


def test_a_basic_skill_learned_since_counts_in_full(store, kb, alex):
    tracking.mark(store, kb, alex, "Docker", "learned")
    assert "docker" in tracking.known_skills(store, kb, alex)
    assert tracking.basic_skills(store, kb, alex) == set()


# --- 2. One coverage number for one resume and target --------------------------------------


def test_posting_plan_coverage_is_the_match_and_stays_until_something_is_marked(store, kb, minjun):
    posting = read_text(POSTING_KO, name="posting-ko-mlops.md")
    _, plan = tracking.make_plan(store, kb, minjun, posting=posting)
    matched = match(RESUME_KO, posting, kb=kb, lang="ko")
    assert plan.coverage["required"] == matched.required_coverage
    report = tracking.progress_report(store, kb, minjun)
    assert report["coverage_now"] == report["coverage_at_plan"] == plan.coverage


def test_role_plan_coverage_is_the_role_match(store, kb, minjun):
    _, plan = tracking.make_plan(store, kb, minjun)
    matched = match(RESUME_KO, role="mlops-engineer", kb=kb, lang="ko")
    assert plan.coverage["required"] == matched.required_coverage
    assert plan.coverage["preferred"] == matched.preferred_coverage
    report = tracking.progress_report(store, kb, minjun)
    assert report["coverage_now"] == plan.coverage


# --- 3. The later event wins -----------------------------------------------------------------


def test_a_project_finished_after_a_step_was_marked_finishes_the_step(store, kb, minjun):
    posting = read_text(POSTING_KO, name="posting-ko-mlops.md")
    _, plan = tracking.make_plan(store, kb, minjun, posting=posting)
    # a portfolio project of the plan, and a step it proves ("MLflow", "Kubeflow"…)
    project, step = next(
        (p, s) for p in plan.projects for s in plan.steps if s.skill_id in kb.projects[p.id].skills
    )

    def status() -> str:
        report = tracking.progress_report(store, kb, minjun)
        return next(s["status"] for s in report["steps"] if s["id"] == step.skill_id)

    tracking.mark(store, kb, minjun, step.label, "in-progress")
    assert status() == "in-progress"
    tracking.mark(store, kb, minjun, project.title, "done")  # its Korean title
    assert status() == "learned"
    assert step.skill_id in tracking.known_skills(store, kb, minjun)
    assert step.skill_id in tracking.done_items(store, kb, minjun, plan)
    tracking.mark(store, kb, minjun, step.skill_id, "todo")  # later again: it wins
    assert status() == "todo"
    assert step.skill_id not in tracking.known_skills(store, kb, minjun)


# --- 4. Hours a week: one set of bounds for every interface ----------------------------------


@pytest.mark.parametrize("hours", [0.01, 0, 100.5, float("nan")])
def test_hours_a_week_out_of_bounds_are_refused_by_the_library(store, kb, hours):
    with pytest.raises(CareernavError, match=r"from 0\.5 to 100") as info:
        tracking.create_profile(store, kb, "Ada", hours_per_week=hours)
    assert "0.5에서 100 사이" in info.value.in_language("ko")
    assert store.list_profiles() == []


def test_a_plan_with_too_few_hours_is_refused(store, kb, alex):
    with pytest.raises(CareernavError, match="Hours a week"):
        tracking.make_plan(store, kb, alex, hours_per_week=0.1)


# --- 5. The language asked for --------------------------------------------------------------


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERNAV_LANG", "en")
    db = tmp_path / "cli.db"
    resume_ko, resume_en = tmp_path / "resume-backend-ko.md", tmp_path / "resume-newgrad-en.md"
    resume_ko.write_text(RESUME_KO, "utf-8")
    resume_en.write_text(RESUME_EN, "utf-8")
    posting = tmp_path / "posting-ko-mlops.md"
    posting.write_text(POSTING_KO, "utf-8")

    def invoke(*args: str, ok: bool = True):
        result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)
        assert (result.exit_code == 0) == ok, result.output
        return result.output

    invoke.files = {
        "resume-ko": str(resume_ko),
        "resume-en": str(resume_en),
        "posting": str(posting),
    }
    return invoke


def test_profile_create_takes_its_language_from_lang(run):
    created = json.loads(run("profile", "create", "민준", "--lang", "ko", "--json"))
    assert created["language"] == "ko"
    assert json.loads(run("profile", "create", "Alex", "--json"))["language"] == "en"


def test_korean_output_has_no_english_statuses_shapes_or_edge(run):
    run("profile", "create", "Alex", "--language", "en", "--target-role", "mlops-engineer",
        "--resume", run.files["resume-en"])  # fmt: skip
    shown = run("profile", "show", "--lang", "ko")
    assert "프로필 형태: " in shown and "나의 강점: " in shown
    assert "depth" not in shown and "makes up" not in shown
    assert not any(f"프로필 형태: {word}" in shown for word in ("starting", "broad", "T ", "W "))
    assert "기초 수준" in shown and "Docker" in shown
    run("plan", "--lang", "ko")
    marked = run("progress", "Docker", "in-progress", "--lang", "ko")
    assert "Docker → 진행 중" in marked and "할 일" in marked
    for english in ("todo", "in-progress", "learned", "→ in"):
        assert english not in marked


def test_retro_speaks_the_language_asked_for(run):
    run("profile", "create", "Alex", "--language", "en", "--target-role", "mlops-engineer",
        "--resume", run.files["resume-en"])  # fmt: skip
    run("plan")
    out = run("retro", "--quarter", "--profile", "Alex", "--lang", "ko")
    assert "스킬 0개를 익히고" in out and "learned" not in out
    assert "Required coverage" in run("retro", "--list", "--lang", "en")


def test_the_tools_own_errors_are_korean_under_lang_ko(run):
    assert "아직 프로필이 없습니다" in run("progress", "--lang", "ko", ok=False)
    run("profile", "create", "A")
    run("profile", "create", "B")
    assert "프로필이 여럿입니다" in run("progress", "--lang", "ko", ok=False)
    assert "하나만 주세요" in run("plan", "x.md", "--role", "ml-engineer", "--lang", "ko", ok=False)


# --- 6. One retrospective a period, none for the future or before the profile ----------------


def test_a_retrospective_made_twice_is_updated_not_duplicated(store, kb, minjun):
    tracking.make_plan(store, kb, minjun)
    first = tracking.retrospective(store, kb, minjun, "quarter")
    tracking.mark(store, kb, minjun, "MLflow", "learned")
    again = tracking.retrospective(store, kb, minjun, "quarter")
    stored = store.list_retrospectives(minjun)
    assert [r.id for r in stored] == [first.id] == [again.id]
    assert [s["id"] for s in stored[0].content["learned"]] == ["mlflow"]


def test_a_period_not_begun_is_refused(store, kb, minjun):
    next_year = date.today().replace(month=1, day=1) + timedelta(days=400)
    with pytest.raises(CareernavError, match="has not started yet") as info:
        tracking.retrospective(store, kb, minjun, "quarter", next_year)
    assert "아직 시작되지 않았습니다" in info.value.in_language("ko")
    assert store.list_retrospectives(minjun) == []


def test_a_period_before_the_profile_has_no_data(store, kb, minjun):
    tracking.make_plan(store, kb, minjun)
    with pytest.raises(CareernavError, match="There is no data for 2019-Q1") as info:
        tracking.retrospective(store, kb, minjun, "quarter", date(2019, 2, 1))
    assert "2019-Q1에는 기록이 없습니다" in info.value.in_language("ko")
    assert store.list_retrospectives(minjun) == []


# --- 7. The weekly schedule in JSON and in the terminal ---------------------------------------


def test_plan_json_and_terminal_show_the_weekly_schedule(run):
    run("profile", "create", "민준", "--language", "ko", "--resume", run.files["resume-ko"])
    made = json.loads(run("plan", run.files["posting"], "--start", "2026-11-23", "--json"))
    weeks = made["weeks"]
    assert weeks[0]["number"] == 1 and weeks[0]["start"] == "2026-11-23"
    assert weeks[0]["end"] == "2026-11-29" and weeks[0]["hours"] == 10
    first_step = made["steps"][0]["skill_id"]
    assert weeks[0]["items"][0]["id"] == first_step
    assert sum(i["hours"] for w in weeks for i in w["items"]) > 0
    out = run("plan", run.files["posting"], "--start", "2026-11-23", "--lang", "ko")
    assert "주간 일정" in out and "1주차 · 2026-11-23 ~ 2026-11-29" in out
    assert f"이후 {len(weeks) - 4}주 더" in out


# --- 4, 7, 8 through the REST API -------------------------------------------------------------


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def api(tmp_path):
    app = create_app(str(tmp_path / "web.db"))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as client,
    ):
        yield client


@pytest.mark.anyio
async def test_api_refuses_hours_the_cli_refuses(api):
    refused = await api.post("/api/profiles", json={"name": "민준", "hours_per_week": 0.01})
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["body", "hours_per_week"]
    assert (await api.get("/api/profiles")).json()["profiles"] == []


@pytest.mark.anyio
async def test_api_plan_has_its_weeks_and_an_empty_posting_is_named(api):
    created = await api.post("/api/profiles", json={
        "name": "민준", "language": "ko", "target_role": "mlops-engineer",
        "hours_per_week": 10, "resume_text": RESUME_KO,
    })  # fmt: skip
    assert created.status_code == 201
    empty = await api.post("/api/profiles/민준/plan", json={"posting_text": "  "})
    assert empty.status_code == 422
    detail = empty.json()["detail"][0]
    assert detail["loc"] == ["body", "posting_text"] and "posting_text is empty" in detail["msg"]
    assert (await api.get("/api/profiles/민준/plan")).json() == {"plan": None, "weeks": []}
    made = await api.post(
        "/api/profiles/민준/plan", json={"posting_text": POSTING_KO, "start": "2026-11-23"}
    )
    assert made.status_code == 201
    weeks = made.json()["weeks"]
    assert weeks[0]["start"] == "2026-11-23" and weeks[0]["items"]
    assert (await api.get("/api/profiles/민준/plan")).json()["weeks"] == weeks


@pytest.mark.anyio
async def test_api_posting_without_skills_says_so_without_a_placeholder(api):
    await api.post("/api/profiles", json={"name": "Alex"})
    answer = await api.post(
        "/api/profiles/Alex/plan",
        json={"posting_text": "We are a friendly team in Seoul. Lunch is on us every Friday."},
    )
    assert answer.status_code == 400
    message = answer.json()["error"]
    assert message.startswith("The posting names no skill") and "<" not in message
