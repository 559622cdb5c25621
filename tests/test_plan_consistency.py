"""One status per skill, whatever shows the plan: the step list, the estimate, the weekly
schedule, the .ics and Markdown files, `progress`, the retrospective and the REST API agree on
what is still to learn — a skipped skill is no more work and no learning, a skill the resume
shows at a basic level only is still to learn, the next focus is what a new plan would teach,
and a plan teaches the option of a choice that the match names as missing."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import httpx
import pytest
from click.testing import CliRunner
from icalendar import Calendar

from careernav import tracking
from careernav.cli import main
from careernav.documents import read_text
from careernav.match import match
from careernav.plan.builder import option_to_learn
from careernav.plan.export import plan_ics, plan_markdown
from careernav.plan.model import Plan
from careernav.plan.schedule import planned_hours
from careernav.store import Store
from careernav.web import create_app

START = date(2026, 1, 5)

# A new graduate: linear algebra and probability only as coursework (a basic level).
RESUME_EN = """# Jamie Park
jamie.park@example.com

## Education
B.S. Computer Science, State University, 2025. Coursework: linear algebra, probability and
statistics, algorithms, databases.

## Projects
- Course recommender: built a content-based recommender in Python with pandas and scikit-learn;
  served with Flask.
- Thesis: fine-tuned a small BERT model for sentiment classification using PyTorch and Hugging
  Face Transformers.
- Wrote SQL queries against PostgreSQL for a campus dashboard.

## Skills
Python, SQL, Git, Linux, pandas, NumPy, scikit-learn, PyTorch
"""

POSTING_EN = """LLM Engineer

Responsibilities
- Build retrieval-augmented generation (RAG) pipelines over internal documents.
- Fine-tune open LLMs (LoRA) and serve them with vLLM.
- Design prompts and evaluation harnesses for LLM applications.

Requirements
- 2+ years of Python
- Experience with PyTorch and Hugging Face Transformers
- Experience with LangChain or LlamaIndex and a vector database (FAISS, Pinecone)
- Docker and a cloud platform (AWS)

Preferred
- Kubernetes
- Experience with RLHF
- FastAPI
"""

RESUME_KO = """# 김민지
minji@example.com

## 학력
한국대학교 컴퓨터공학과 졸업 (2025). 선형대수, 확률과 통계, 자료구조, 데이터베이스 수강.

## 프로젝트
- 강의 추천 시스템: 파이썬, 판다스, 사이킷런으로 콘텐츠 기반 추천 모델 구현, 플라스크로 서빙.
- 졸업 논문: 파이토치와 허깅페이스 트랜스포머로 한국어 BERT 감성 분류 모델 파인튜닝.
- PostgreSQL 과 SQL 로 학과 대시보드 데이터 집계.

## 기술
파이썬, SQL, 깃, 리눅스, 넘파이, 도커
"""

POSTING_KO = """LLM 엔지니어 채용

주요업무
- 사내 문서 기반 RAG(검색 증강 생성) 파이프라인 구축
- 오픈소스 LLM 파인튜닝(LoRA) 및 vLLM 기반 서빙
- LLM 애플리케이션 프롬프트 설계 및 평가 체계 구축

자격요건
- 파이썬 개발 경력 2년 이상
- 파이토치, 허깅페이스 트랜스포머 사용 경험
- 랭체인 또는 LlamaIndex, 벡터 데이터베이스(FAISS 등) 사용 경험
- 도커 및 AWS 사용 경험

우대사항
- 쿠버네티스 운영 경험
- RLHF 경험
- FastAPI 로 API 서버 개발 경험
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "careernav.db") as opened:
        yield opened


@pytest.fixture
def jamie(store, kb):
    tracking.create_profile(
        store, kb, "jamie", language="en", target_role="llm-engineer", hours_per_week=8,
        resume=read_text(RESUME_EN, name="resume_en.md"),
    )  # fmt: skip
    return "jamie"


@pytest.fixture
def minji(store, kb):
    tracking.create_profile(
        store, kb, "민지", language="ko", target_role="llm-engineer", hours_per_week=8,
        resume=read_text(RESUME_KO, name="resume_ko.md"),
    )  # fmt: skip
    return "민지"


def scheduled(weeks) -> dict[str, float]:
    """Hours booked per item over the whole schedule."""
    hours: dict[str, float] = {}
    for week in weeks:
        for item in week.items:
            hours[item.id] = hours.get(item.id, 0.0) + item.hours
    return hours


def middle_hours(plan: Plan) -> float:
    """The estimate's middle, as the schedule books it, over the work left in the plan."""
    steps = [s for s in plan.steps if s.skill_id not in plan.skipped_steps]
    return sum(planned_hours(*s.hours) for s in steps) + sum(
        planned_hours(*p.hours) for p in plan.projects
    )


def ics_items(plan: Plan, weeks) -> set[str]:
    """The skills and projects the .ics file books (from its stable UIDs)."""
    calendar = Calendar.from_ical(plan_ics(plan, weeks))
    return {str(e["uid"]).split("-", 2)[2].rsplit("-", 1)[0] for e in calendar.walk("VEVENT")}


# --- 1. A skipped skill is no more work, and no learning --------------------------------------


def test_a_skipped_step_leaves_the_estimate_schedule_files_and_done_count(store, kb, jamie):
    _, made = tracking.make_plan(store, kb, jamie, start=START)
    step = next(s for s in made.steps if s.skill_id == "learning-in-public")
    tracking.mark(store, kb, jamie, "Learning in public", "skipped")

    plan = tracking.active_plan(store, jamie, kb)
    assert plan.skipped_steps == ["learning-in-public"]
    assert step in plan.steps  # still shown, as skipped
    low, high = made.total_hours
    assert plan.total_hours == (low - step.hours[0], high - step.hours[1])
    weeks = tracking.schedule(store, kb, jamie, plan)
    assert "learning-in-public" not in scheduled(weeks)
    assert sum(scheduled(weeks).values()) == pytest.approx(middle_hours(plan))
    assert "learning-in-public" not in ics_items(plan, weeks)
    markdown = plan_markdown(plan, weeks)
    assert f"### {step.order}. ~~Learning in public~~" in markdown
    assert f"Estimated time: {plan.total_hours[0]:g}–{plan.total_hours[1]:g} h" in markdown

    report = tracking.progress_report(store, kb, jamie)
    status = {s["id"]: s["status"] for s in report["steps"]}
    assert status["learning-in-public"] == "skipped"
    assert report["steps_done"] == 0  # a skip is not learning
    assert report["steps_skipped"] == 1
    assert report["steps_total"] == len(plan.steps) - 1
    assert report["total_hours"] == list(plan.total_hours)


def test_a_new_plan_lists_a_skipped_skill_instead_of_teaching_it(store, kb, minji):
    posting = read_text(POSTING_KO, name="posting_ko.md")
    _, before = tracking.make_plan(store, kb, minji, posting=posting, start=START)
    kubernetes = next(s for s in before.steps if s.skill_id == "kubernetes")
    tracking.mark(store, kb, minji, "쿠버네티스", "skipped")

    _, plan = tracking.make_plan(store, kb, minji, posting=posting, start=START)
    assert "kubernetes" not in {s.skill_id for s in plan.steps}
    assert [s.order for s in plan.steps] == list(range(1, len(plan.steps) + 1))
    listed = next(u for u in plan.unplanned if u["id"] == "kubernetes")
    assert listed["closes"].startswith("LLM 엔지니어 채용 우대")
    assert listed["reason"].startswith("건너뛰기로 표시한 스킬이라")
    low, high = before.total_hours
    assert plan.total_hours == (low - kubernetes.hours[0], high - kubernetes.hours[1])
    weeks = tracking.schedule(store, kb, minji, plan)
    assert sum(scheduled(weeks).values()) == pytest.approx(middle_hours(plan))
    assert tracking.progress_report(store, kb, minji)["steps_skipped"] == 0  # not a step

    tracking.mark(store, kb, minji, "kubernetes", "todo")  # changed their mind
    _, again = tracking.make_plan(store, kb, minji, posting=posting, start=START)
    assert "kubernetes" in {s.skill_id for s in again.steps}
    assert "kubernetes" not in {u["id"] for u in again.unplanned}


def test_a_skipped_foundation_is_not_taught_first_but_listed(store, kb, jamie):
    _, before = tracking.make_plan(store, kb, jamie, start=START)
    needing = next(
        s for s in before.steps if "linear-algebra" in kb.skills[s.skill_id].prerequisites
    )
    tracking.mark(store, kb, jamie, "linear algebra", "skipped")
    _, plan = tracking.make_plan(store, kb, jamie, start=START)
    assert "linear-algebra" not in {s.skill_id for s in plan.steps}
    assert needing.skill_id in {s.skill_id for s in plan.steps}  # the step itself stays
    listed = next(u for u in plan.unplanned if u["id"] == "linear-algebra")
    assert listed["closes"] == f"prerequisite of {needing.label}"
    assert listed["reason"].startswith("You marked this skipped")


def test_the_cli_plan_and_progress_agree_after_a_skip(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERNAV_LANG", "en")
    resume, posting = tmp_path / "resume_en.md", tmp_path / "posting_en.md"
    resume.write_text(RESUME_EN, "utf-8")
    posting.write_text(POSTING_EN, "utf-8")

    def run(*args: str) -> dict:
        result = CliRunner().invoke(main, ["--db", str(tmp_path / "cli.db"), *args, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    run("profile", "create", "jamie", "--target-role", "llm-engineer", "--hours", "8",
        "--resume", str(resume))  # fmt: skip
    before = run("plan", str(posting), "--start", "2026-01-05")
    assert "kubernetes" in {s["skill_id"] for s in before["steps"]}
    progress = run("progress", "Kubernetes", "skipped")
    assert progress["steps_skipped"] == 1 and progress["steps_done"] == 0
    assert progress["steps_total"] == len(before["steps"]) - 1
    assert progress["total_hours"][0] < before["total_hours"][0]

    after = run("plan", str(posting), "--start", "2026-01-05")
    assert "kubernetes" not in {s["skill_id"] for s in after["steps"]}
    assert "kubernetes" in {u["id"] for u in after["unplanned"]}
    booked = sum(i["hours"] for w in after["weeks"] for i in w["items"])
    middle = sum(planned_hours(*s["hours"]) for s in after["steps"])
    middle += sum(planned_hours(*p["hours"]) for p in after["projects"])
    assert booked == pytest.approx(middle)
    assert after["total_hours"] == [
        sum(s["hours"][0] for s in after["steps"]) + sum(p["hours"][0] for p in after["projects"]),
        sum(s["hours"][1] for s in after["steps"]) + sum(p["hours"][1] for p in after["projects"]),
    ]


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_the_api_plan_drops_a_skipped_step_from_its_estimate_and_weeks(tmp_path):
    app = create_app(str(tmp_path / "web.db"))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as api,
    ):
        await api.post("/api/profiles", json={
            "name": "민지", "language": "ko", "target_role": "llm-engineer",
            "hours_per_week": 8, "resume_text": RESUME_KO,
        })  # fmt: skip
        made = (await api.post("/api/profiles/민지/plan", json={"posting_text": POSTING_KO})).json()
        fastapi = next(s for s in made["plan"]["steps"] if s["skill_id"] == "fastapi")
        marked = await api.post(
            "/api/profiles/민지/progress", json={"subject": "FastAPI", "status": "skipped"}
        )
        assert marked.status_code == 201
        now = (await api.get("/api/profiles/민지/plan")).json()
        assert now["plan"]["skipped_steps"] == ["fastapi"]
        assert now["plan"]["total_hours"] == [
            made["plan"]["total_hours"][0] - fastapi["hours"][0],
            made["plan"]["total_hours"][1] - fastapi["hours"][1],
        ]
        assert "fastapi" not in {i["id"] for w in now["weeks"] for i in w["items"]}
        progress = (await api.get("/api/profiles/민지/progress")).json()
        assert (progress["steps_done"], progress["steps_skipped"]) == (0, 1)
        assert progress["total_hours"] == now["plan"]["total_hours"]


# --- 2. A skill shown at a basic level only is still to learn, everywhere -------------------


def test_a_basic_level_skill_is_one_status_everywhere(store, kb, jamie):
    assert "linear-algebra" in tracking.basic_skills(store, kb, jamie)  # profile show
    _, plan = tracking.make_plan(store, kb, jamie, start=START)
    step = next(s for s in plan.steps if s.skill_id == "linear-algebra")
    assert step.kind == "prerequisite"
    weeks = tracking.schedule(store, kb, jamie, plan)
    booked = scheduled(weeks)
    assert booked["linear-algebra"] == pytest.approx(planned_hours(*step.hours))
    assert sum(booked.values()) == pytest.approx(middle_hours(plan))  # the estimate's middle
    assert "linear-algebra" in ics_items(plan, weeks)
    report = tracking.progress_report(store, kb, jamie)
    status = {s["id"]: s["status"] for s in report["steps"]}
    assert status["linear-algebra"] == "todo"  # never marked, so not learned
    assert report["steps_done"] == 0 and "linear-algebra" in report["basic"]

    tracking.mark(store, kb, jamie, "Linear algebra", "learned")
    report = tracking.progress_report(store, kb, jamie)
    assert {s["id"]: s["status"] for s in report["steps"]}["linear-algebra"] == "learned"
    assert report["steps_done"] == 1 and "linear-algebra" not in report["basic"]
    assert "linear-algebra" not in scheduled(tracking.schedule(store, kb, jamie, plan))
    assert "linear-algebra" not in tracking.basic_skills(store, kb, jamie)


# --- 3. The next focus is what a new plan would teach first ---------------------------------


def test_the_next_focus_is_what_is_still_missing(store, kb, minji):
    posting = read_text(POSTING_KO, name="posting_ko.md")
    tracking.make_plan(store, kb, minji, posting=posting, start=START)
    for skill in ("랭체인", "벡터 데이터베이스"):
        tracking.mark(store, kb, minji, skill, "learned")
    progress = {s["id"]: s["status"] for s in tracking.progress_report(store, kb, minji)["steps"]}
    assert progress["vector-embeddings"] == "learned"  # what a vector database needs first

    retro = tracking.retrospective(store, kb, minji, "quarter", lang="ko").content
    focus = [f["id"] for f in retro["next_focus"]]
    _, fresh = tracking.make_plan(store, kb, minji, posting=posting, start=START)
    assert focus == [s.skill_id for s in fresh.steps[:3]]
    assert not {"langchain", "llamaindex", "vector-database", "vector-embeddings", "faiss"} & set(
        focus
    )
    assert all(progress.get(f, "todo") != "learned" for f in focus)
    labels = [kb.skills[f].label.ko for f in focus]
    assert retro["summary"].endswith("다음 집중: " + ", ".join(labels) + ".")


def test_the_next_focus_of_an_older_plan_skips_options_met_another_way(store, kb, minji):
    # A plan made before plans taught the option the match names: LlamaIndex and FAISS, for
    # "랭체인 또는 LlamaIndex" and "벡터 데이터베이스(FAISS 등)".
    posting = read_text(POSTING_KO, name="posting_ko.md")
    record, plan = tracking.make_plan(store, kb, minji, posting=posting, start=START)
    swap = {"langchain": "llamaindex", "vector-database": "faiss"}
    older = replace(plan, steps=[
        replace(s, skill_id=swap.get(s.skill_id, s.skill_id), label=kb.skills[
            swap.get(s.skill_id, s.skill_id)].label.ko) for s in plan.steps
    ])  # fmt: skip
    store.save_plan(minji, older.as_dict(), "posting", record.target_id, older.kb_version, 8, START)
    for skill in ("랭체인", "벡터 데이터베이스"):
        tracking.mark(store, kb, minji, skill, "learned")
    retro = tracking.retrospective(store, kb, minji, "quarter", lang="ko").content
    focus = {f["id"] for f in retro["next_focus"]}
    assert len(focus) == 3
    assert not {"vector-embeddings", "faiss", "llamaindex", "langchain"} & focus
    assert "벡터 임베딩" not in retro["summary"]


def test_the_next_focus_speaks_the_language_asked_for(store, kb, jamie):
    tracking.make_plan(store, kb, jamie, start=START)
    retro = tracking.retrospective(store, kb, jamie, "quarter", lang="ko").content
    assert all(f["label"] == kb.skills[f["id"]].label.ko for f in retro["next_focus"])
    assert retro["next_focus"] and all(
        re.search("[가-힣]", f["closes"]) for f in retro["next_focus"]
    )


# --- 4. A plan teaches the option the match names -------------------------------------------


@pytest.mark.parametrize(("resume", "posting"), [(RESUME_EN, POSTING_EN), (RESUME_KO, POSTING_KO)])
def test_a_plan_teaches_the_option_of_a_choice_that_the_match_lists_as_missing(
    store, kb, resume, posting
):
    lang = "ko" if posting is POSTING_KO else "en"
    tracking.create_profile(
        store, kb, "p", language=lang, hours_per_week=8, resume=read_text(resume, name="r.md")
    )
    _, plan = tracking.make_plan(store, kb, "p", posting=read_text(posting, name="p.md"))
    steps = {s.skill_id for s in plan.steps}
    result = match(resume, posting, lang=lang)
    choices = [m for m in result.missing if m.alternatives]
    assert any({m.id, *m.alternatives} == {"langchain", "llamaindex"} for m in choices)
    for missing in choices:
        assert missing.id in steps, missing.id
        assert not set(missing.alternatives) & steps, missing.alternatives
    assert len({"langchain", "llamaindex"} & steps) == 1  # one option taught, not both


def test_an_option_known_by_implication_is_taken_instead():
    assert option_to_learn("langchain", ("llamaindex",), set()) == "langchain"
    assert option_to_learn("langchain", ("llamaindex",), {"llamaindex"}) == "llamaindex"


def test_a_step_whose_choice_another_option_met_is_done(store, kb):
    tracking.create_profile(
        store, kb, "p", language="ko", hours_per_week=8, resume=read_text(RESUME_KO, name="r.md")
    )
    _, plan = tracking.make_plan(store, kb, "p", posting=read_text(POSTING_KO, name="p.md"))
    choice = next(w for w in plan.wants if {w.id, *w.alternatives} == {"langchain", "llamaindex"})
    taught = next(s.skill_id for s in plan.steps if s.skill_id in {choice.id, *choice.alternatives})
    other = ({"langchain", "llamaindex"} - {taught}).pop()
    before = tracking.progress_report(store, kb, "p")
    tracking.mark(store, kb, "p", other, "learned")
    after = tracking.progress_report(store, kb, "p")
    status = {s["id"]: s["status"] for s in after["steps"]}
    assert status[taught] == "learned"  # the choice is met by the other option
    assert after["steps_done"] == before["steps_done"] + 1


def test_a_todo_mark_takes_a_mark_back_and_the_resume_counts_again(store, kb):
    tracking.create_profile(
        store, kb, "p", language="en", hours_per_week=8, resume=read_text(RESUME_EN, name="r.md")
    )
    _, plan = tracking.make_plan(store, kb, "p", posting=read_text(POSTING_EN, name="p.md"))
    step = plan.steps[0].skill_id
    tracking.mark(store, kb, "p", step, "learned")
    tracking.mark(store, kb, "p", step, "todo")
    status = {s["id"]: s["status"] for s in tracking.progress_report(store, kb, "p")["steps"]}
    assert status[step] == "todo"  # nothing else shows it
    # the resume shows it now: taking the mark back leaves what the resume shows
    label = kb.skills[step].label.en
    tracking.add_resume(store, kb, "p", read_text(RESUME_EN + f"\n{label}\n", name="r2.md"))
    status = {s["id"]: s["status"] for s in tracking.progress_report(store, kb, "p")["steps"]}
    assert status[step] == "learned"
