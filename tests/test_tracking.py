"""From a resume and a target to a plan, marked progress and a retrospective, all stored —
on SQLite and on PostgreSQL — and surviving a knowledge-base upgrade."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml

from careernav import NotFoundError, read_document, tracking
from careernav.errors import CareernavError
from careernav.knowledge import DATA_DIR, load_knowledge_base
from careernav.store import Store

pytest_plugins = ["conftest_store"]
SAMPLES = Path(__file__).parents[1] / "samples"


@pytest.fixture
def hanul(store, kb):
    tracking.create_profile(
        store, kb, "하늘", language="ko", target_role="머신러닝 엔지니어", hours_per_week=8,
        resume=read_document(SAMPLES / "resume-ko.md"),
    )  # fmt: skip
    return "하늘"


def test_profile_knows_its_resume(store, kb, hanul):
    profile = store.get_profile(hanul)
    assert profile.target_role == "ml-engineer" and profile.language == "ko"
    known = tracking.known_skills(store, kb, hanul)
    assert {"python", "pytorch", "docker", "deep-learning"} <= known  # PyTorch shows DL


def test_plan_towards_the_target_role(store, kb, hanul):
    record, plan = tracking.make_plan(store, kb, hanul, start=date(2026, 11, 23))
    assert record.active and record.target_kind == "role" and record.target_id == "ml-engineer"
    assert plan.lang == "ko"
    assert "pytorch" not in {s.skill_id for s in plan.steps}
    assert tracking.active_plan(store, hanul) == plan


def test_plan_towards_a_posting_replaces_the_active_plan(store, kb, hanul):
    tracking.make_plan(store, kb, hanul, role="data-engineer")
    second, plan = tracking.make_plan(
        store, kb, hanul, posting=read_document(SAMPLES / "posting-en-llm-engineer.html")
    )
    assert second.target_kind == "posting" and second.analysis_id is not None
    assert store.active_plan(hanul).id == second.id
    assert [p.active for p in store.list_plans(hanul)] == [False, True]
    assert plan.coverage["required"] is not None


def test_progress_is_kept_as_events_and_moves_coverage(store, kb, hanul):
    _, plan = tracking.make_plan(store, kb, hanul)
    before = tracking.progress_report(store, kb, hanul)
    required = [s for s in plan.steps if s.kind == "gap"][:3]
    for step in required:
        tracking.mark(store, kb, hanul, step.label, "in-progress")
        tracking.mark(store, kb, hanul, step.skill_id, "learned", note="finished the course")
    after = tracking.progress_report(store, kb, hanul)
    # … and what those need first, or are cases of, needs no step of its own any more
    assert after["steps_done"] >= before["steps_done"] + 3
    assert after["coverage_now"]["required"] > before["coverage_now"]["required"]
    assert len(after["events"]) == 6  # history, not overwritten
    statuses = {s["id"]: s["status"] for s in after["steps"]}
    assert all(statuses[s.skill_id] == "learned" for s in required)


def test_what_a_learned_skill_needs_first_is_done_too(store, kb, hanul):
    _, plan = tracking.make_plan(store, kb, hanul)
    steps = {s.skill_id: s for s in plan.steps}
    needing = next(
        s for s in plan.steps if any(p in steps for p in kb.skills[s.skill_id].prerequisites)
    )
    foundations = [p for p in kb.skills[needing.skill_id].prerequisites if p in steps]
    tracking.mark(store, kb, hanul, needing.skill_id, "learned")
    statuses = {s["id"]: s["status"] for s in tracking.progress_report(store, kb, hanul)["steps"]}
    assert all(statuses[p] == "learned" for p in foundations), foundations
    assert not set(foundations) & {
        i.id for week in tracking.schedule(store, kb, hanul, plan) for i in week.items
    }


def test_a_finished_project_is_evidence_for_its_skills(store, kb, hanul):
    _, plan = tracking.make_plan(store, kb, hanul)
    project = plan.projects[0]
    tracking.mark(store, kb, hanul, project.id, "done")
    known = tracking.known_skills(store, kb, hanul)
    assert set(kb.projects[project.id].skills) <= known
    report = tracking.progress_report(store, kb, hanul)
    assert next(p for p in report["projects"] if p["id"] == project.id)["status"] == "done"


def test_bad_marks_are_refused(store, kb, hanul):
    with pytest.raises(CareernavError, match="not a status for a skill"):
        tracking.mark(store, kb, hanul, "PyTorch", "done")
    with pytest.raises(NotFoundError) as info:
        tracking.mark(store, kb, hanul, "pytorc", "learned")
    assert "PyTorch (pytorch)" in str(info.value)
    assert store.progress_events(hanul) == []


def test_quarterly_retrospective(store, kb, hanul):
    _, plan = tracking.make_plan(store, kb, hanul)
    first, second, third = (s.skill_id for s in plan.steps[:3])
    store.record_progress(hanul, "skill", first, "learned", at=datetime(2026, 8, 3, tzinfo=UTC))
    store.record_progress(hanul, "skill", second, "learned", at=datetime(2026, 10, 12, tzinfo=UTC))
    store.record_progress(
        hanul, "skill", third, "in-progress", at=datetime(2026, 11, 2, tzinfo=UTC)
    )
    retro = tracking.retrospective(store, kb, hanul, "quarter", date(2026, 11, 22))
    content = retro.content
    assert retro.period_label == "2026-Q4"
    assert [s["id"] for s in content["learned"]] == [second]  # Q3's mark is not this quarter's
    assert content["coverage_now"]["required"] >= content["coverage_then"]["required"]
    assert third in [f["id"] for f in content["next_focus"]]
    assert "2026-Q4" in content["summary"]
    year = tracking.retrospective(store, kb, hanul, "year", date(2026, 11, 22))
    assert {s["id"] for s in year.content["learned"]} == {first, second}
    assert [r.period_label for r in store.list_retrospectives(hanul)] == ["2026-Q4", "2026"]


def test_profile_shape_and_edge(store, kb, hanul):
    shape = tracking.shape(store, kb, hanul)
    assert shape.breadth >= 4
    assert shape.edge is not None
    assert shape.shape in {"T", "W", "I", "broad"}


def renamed_copy(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the knowledge base in which concept `old` was renamed `new`, with a redirect
    — as a later release would ship it."""
    data = tmp_path / "kb-next"
    shutil.copytree(DATA_DIR, data)

    def swap(value):
        if isinstance(value, list):
            return [swap(v) for v in value]
        return new if value == old else value

    for path in (data / "skills").glob("*.yaml"):
        entries = yaml.safe_load(path.read_text("utf-8"))
        for e in entries:
            e["id"] = swap(e["id"])
            for key in ("prerequisites", "related"):
                e[key] = swap(e.get(key) or [])
            e["broader"] = swap(e.get("broader"))
        path.write_text(yaml.safe_dump(entries, allow_unicode=True), "utf-8")
    for name in (
        "roles.yaml",
        "stages.yaml",
        "competencies.yaml",
        "resources.yaml",
        "projects.yaml",
    ):
        path = data / name
        entries = yaml.safe_load(path.read_text("utf-8"))
        for e in entries:
            for key in ("skills", "tech_stack"):
                if key in e:
                    e[key] = swap(e[key])
            for key in ("core_skills", "nice_skills"):
                if key in e:
                    e[key] = {swap(k): v for k, v in e[key].items()}
        path.write_text(yaml.safe_dump(entries, allow_unicode=True), "utf-8")
    for path in (data / "derived").glob("*.json"):
        table = json.loads(path.read_text("utf-8"))
        if old in table.get("skills", {}):
            table["skills"][new] = table["skills"].pop(old)
        path.write_text(json.dumps(table, ensure_ascii=False), "utf-8")
    (data / "redirects.yaml").write_text(
        yaml.safe_dump([{"old": old, "new": new, "reason": "renamed"}]), "utf-8"
    )
    return data


def test_marks_survive_a_knowledge_base_upgrade(store_url, kb, tmp_path):
    """A database written against today's knowledge base, opened with the next one in which
    a marked concept was renamed: every mark still counts, under the new ID."""
    with Store.open(store_url) as store:
        tracking.create_profile(store, kb, "민준", target_role="llm-engineer")
        _, plan = tracking.make_plan(store, kb, "민준")
        assert "langchain" in {s.skill_id for s in plan.steps}
        tracking.mark(store, kb, "민준", "langchain", "learned")
        tracking.mark(store, kb, "민준", "rag", "in-progress")
    upgraded = load_knowledge_base(renamed_copy(tmp_path, "langchain", "langchain-framework"))
    assert (
        "langchain" not in upgraded.skills
        and upgraded.find_skill("LangChain").id == "langchain-framework"
    )
    with Store.open(store_url) as store:
        report = tracking.progress_report(store, upgraded, "민준")
        known = tracking.known_skills(store, upgraded, "민준")
    assert "langchain-framework" in known
    statuses = {s["id"]: s["status"] for s in report["steps"]}
    assert statuses["langchain"] == "learned"  # the stored plan's step, found under its new ID
    assert statuses["rag"] == "in-progress"
    assert [e["id"] for e in report["events"]] == ["langchain", "rag"]  # history as written


def test_a_mark_on_a_split_concept_counts_for_every_part(store, kb, kb_copy):
    """An old ID split into two concepts: a mark made before the split counts for both."""
    store.create_profile("지우")
    store.record_progress("지우", "skill", "vector-search-old", "learned")
    (kb_copy / "redirects.yaml").write_text(
        "- old: vector-search-old\n  new: [vector-database, semantic-search]\n  reason: split\n",
        "utf-8",
    )
    upgraded = load_knowledge_base(kb_copy)
    assert upgraded.current_ids("vector-search-old") == ["vector-database", "semantic-search"]
    known = tracking.known_skills(store, upgraded, "지우")
    assert {"vector-database", "semantic-search"} <= known


def test_a_plan_counts_a_career_ask_by_the_years_of_related_work_as_match_does(store, kb):
    from careernav import match
    from careernav.match.views import match_view

    resume = (
        "경력\n(주)한빛회계법인 | 회계사 | 2012.03 ~ 2019.02\n- 재무제표 감사, 세무 신고, ERP 결산\n\n"
        "(주)클라우드웍스 | 2019.03 ~ 2023.02\n- Kubernetes, Docker 기반 모델 배포, MLflow\n"
    )
    posting = "자격요건\n- 경력 5년 이상\n- Kubernetes, Docker, MLflow\n- 모델 서빙 경험\n"
    tracking.create_profile(
        store, kb, "민지", language="ko", resume=read_document(resume.encode(), name="이력서.txt")
    )
    tracking.make_plan(store, kb, "민지", posting=read_document(posting.encode(), name="공고.txt"))
    stored = store.latest_analysis("민지", kind="match").result
    expected = match_view(match(resume, posting, kb=kb, lang="ko"))
    assert stored["experience"] == expected["experience"]
    assert stored["experience"]["field"] == "관련 업무"
    assert stored["experience"]["years_in_field"] == 4.0
    assert stored["required_coverage"] == expected["required_coverage"]


RESUME_WISHES = """임수빈
백엔드 개발자

자기소개
Kubernetes는 아직 실무 경험이 없고 온라인 강의로 학습 중입니다. 앞으로 Kubeflow와 MLflow를 \
실무에서 다뤄 보고 싶습니다. Python은 기초 문법을 공부하고 있습니다.

경력
(주)모아쇼핑 · 백엔드 개발자 (2023.08 ~ 현재)
- Java Spring Boot로 주문·결제 API 개발
- Docker로 서비스를 컨테이너화하고 Jenkins로 배포 자동화

기술 스택
Java, Spring Boot, Docker, Jenkins, Kubernetes, Kubeflow, Airflow, MLflow
"""
POSTING_WISHES = (
    "자격요건\n- Kubernetes 운영 경험\n- Kubeflow, MLflow\n- Python\n- Docker, Airflow\n"
)


def test_a_plan_reads_what_the_resume_says_it_lacks_or_wishes_for_as_match_does(store, kb):
    from careernav import match

    tracking.create_profile(
        store, kb, "수빈", language="ko",
        resume=read_document(RESUME_WISHES.encode(), name="이력서.txt"),
    )  # fmt: skip
    # listed, but said to be lacked or wished for: basic; only wished for: not had at all
    assert {"kubernetes", "kubeflow", "mlflow"} <= tracking.basic_skills(store, kb, "수빈")
    assert "python" not in tracking.basic_skills(store, kb, "수빈")
    known = tracking.known_skills(store, kb, "수빈")
    assert {"docker", "apache-airflow"} <= known and not {"python", "kubernetes"} & known
    _, plan = tracking.make_plan(
        store, kb, "수빈", posting=read_document(POSTING_WISHES.encode(), name="공고.txt")
    )
    matched = match(RESUME_WISHES, POSTING_WISHES, kb=kb, lang="ko")
    assert plan.coverage["required"] == matched.required_coverage
    assert {s.id: s.credit for s in matched.skills}["python"] == 0.0  # not through Airflow
    report = tracking.progress_report(store, kb, "수빈")
    assert report["coverage_now"] == report["coverage_at_plan"] == plan.coverage
    assert "python" not in report["basic"] and "kubernetes" in report["basic"]
    _, plan = tracking.make_plan(store, kb, "수빈", role="mlops-engineer")
    matched = match(RESUME_WISHES, role="mlops-engineer", kb=kb, lang="ko")
    assert plan.coverage["required"] == matched.required_coverage
    assert plan.coverage["preferred"] == matched.preferred_coverage
    # learned since: it counts in full
    tracking.mark(store, kb, "수빈", "python", "learned")
    assert "python" in tracking.known_skills(store, kb, "수빈")


def test_a_resume_analysis_stored_before_what_it_lacks_was_kept_still_reads(store, kb):
    tracking.create_profile(
        store, kb, "수빈", language="ko",
        resume=read_document(RESUME_WISHES.encode(), name="이력서.txt"),
    )  # fmt: skip
    stored = store.latest_analysis("수빈", kind="resume")
    old = {k: v for k, v in stored.result.items() if k != "not_had"}
    store.add_analysis("수빈", "resume", old, resume_document_id=stored.resume_document_id)
    assert "python" not in tracking.resume_evidence(store, kb, "수빈")
    _, plan = tracking.make_plan(
        store, kb, "수빈", posting=read_document(POSTING_WISHES.encode(), name="공고.txt")
    )
    assert plan.coverage["required"] is not None
    report = tracking.progress_report(store, kb, "수빈")
    assert report["coverage_now"] == plan.coverage


def test_a_plan_teaches_a_language_the_resume_is_learning_though_a_tool_needs_it(store, kb):
    resume = (
        "경력\n(주)데이터웍스 | 데이터 엔지니어 | 2022.01 ~ 2024.12\n"
        "- Apache Airflow로 배치 DAG 운영, Spark 작업 스케줄링\n\n"
        "학습\n- Python은 기초 문법을 공부하고 있습니다\n"
    )
    posting = "자격요건\n- Python 능숙자\n- Airflow, Spark 운영 경험\n"
    tracking.create_profile(
        store, kb, "도윤", language="ko", resume=read_document(resume.encode(), name="이력서.txt")
    )
    _, plan = tracking.make_plan(
        store, kb, "도윤", posting=read_document(posting.encode(), name="공고.txt")
    )
    # Airflow needs Python first, but the resume says Python is still being learned
    assert "python" in {s.skill_id for s in plan.steps}
    assert "apache-airflow" not in {s.skill_id for s in plan.steps}
