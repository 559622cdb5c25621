"""Plans as a reviewer read them: one step for a concept and its case, prerequisites when they
are needed, resources that teach the step in the plan's language, projects that fit the plan.

The inputs are a Korean backend developer moving into MLOps (against the MLOps role and a
Korean MLOps posting), a junior Korean ML engineer against a medical tabular-ML posting, and
a user who knows nothing yet, towards the MLOps role."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from careernav import match
from careernav.extract import extract_skills
from careernav.plan.builder import plan_for_role, plan_from_match
from careernav.plan.resources import resources_for_step, wider_concepts

START = date(2026, 11, 23)

# a backend developer moving to MLOps (shared with tests/test_tracking_review.py)
RESUME_BACKEND_KO = (
    Path(__file__).parent / "fixtures" / "resumes" / "ko-backend-to-mlops.md"
).read_text("utf-8")

# an MLOps posting (shared with tests/test_tracking_review.py)
POSTING_MLOPS_KO = (
    Path(__file__).parent / "fixtures" / "postings" / "ko-mlops-datawave.md"
).read_text("utf-8")

RESUME_ML_KO = """# 김서연

머신러닝 엔지니어 (주니어) · seoyeon.kim@example.com

## 요약

Python과 PyTorch로 모델을 만들고 FastAPI로 서빙까지 해 본 2년 차 ML 엔지니어입니다.
물류 스타트업에서 수요 예측 모델을 운영하며 재고 비용을 줄였고, 사내 문서 검색용 RAG 챗봇을 만들었습니다.

## 경력

### (주)한빛로지스 · ML 엔지니어 (2023.03 ~ 현재)
- LightGBM 기반 일별 수요 예측 모델 개발 및 운영 (품목 약 3,000개), MAPE 18% → 12% 개선
- pandas와 SQL로 주문·재고 데이터 전처리 코드 작성, Airflow 배치로 매일 재학습
- FastAPI로 예측 API를 구현하고 Docker 이미지로 패키징하여 사내 서버에 배포

## 프로젝트

**사내 문서 검색 RAG 챗봇** (2024.05 ~ 2024.08)
- 사내 위키 약 1만 건의 문서를 임베딩하여 FAISS 벡터 인덱스 구축, LangChain으로 검색-생성 파이프라인 구성
- 오픈소스 LLM(Llama 3 8B)을 vLLM으로 서빙하고, 질문 유형별 프롬프트 템플릿 설계
- 직접 만든 평가 셋 200문항으로 Recall@5 측정

## 기술 스택

- 언어: Python (3년), SQL, Bash
- ML/DL: PyTorch, scikit-learn, LightGBM, XGBoost, Hugging Face Transformers
- 데이터: pandas, NumPy, PostgreSQL, Airflow
- 서빙/인프라: FastAPI, Docker, Git, GitHub Actions
- LLM: LangChain, FAISS, vLLM, 프롬프트 엔지니어링, RAG
"""

POSTING_MEDICAL_KO = """[루미너스랩] 머신러닝 엔지니어 (경력 3년 이상)

회사소개
루미너스랩은 병원 검사 데이터와 진료 기록을 바탕으로 환자의 위험도를 미리 알려 주는 의료 AI 스타트업입니다.

주요업무
• 검사 수치·진료 기록 기반 위험도 예측 모델 설계, 학습, 평가
• PyTorch 기반 딥러닝 모델과 XGBoost 등 트리 계열 모델의 비교 실험 및 성능 개선
• 학습 파이프라인 자동화 및 MLflow를 이용한 실험 관리
• 학습된 모델을 FastAPI로 서빙하고 Docker 컨테이너로 배포, 운영 중 성능 모니터링
• 의료진, 데이터 엔지니어와 협업하여 데이터 요구사항 정의 및 라벨 품질 관리

자격요건
• 머신러닝/딥러닝 관련 실무 경력 3년 이상
• Python을 능숙하게 다루시는 분
• PyTorch 또는 TensorFlow를 이용한 모델 개발 경험이 있으신 분
• scikit-learn, pandas를 활용한 데이터 전처리 및 피처 엔지니어링 경험
• SQL로 필요한 데이터를 직접 추출할 수 있는 분

우대사항
• 의료 데이터(EMR, 검사 데이터) 분석 경험
• Kubeflow 등 MLOps 도구 사용 경험
• Kubernetes 환경에서 모델을 배포·운영해 본 경험
• 관련 분야 석사 이상 학위 (필수 아님)
"""


def _have(kb, resume: str) -> set[str]:
    found = extract_skills(resume, kb=kb, doc_type="resume").concepts()
    return {current for sid in found for current in kb.current_ids(sid)}


@pytest.fixture(scope="module")
def mlops_posting(kb):
    """The backend developer against the MLOps posting, in Korean and in English."""
    plans = {}
    for lang in ("ko", "en"):
        result = match(RESUME_BACKEND_KO, POSTING_MLOPS_KO, lang=lang)
        plans[lang] = result, plan_from_match(
            kb, result, have=_have(kb, RESUME_BACKEND_KO), lang=lang, hours_per_week=10,
            start=START,
        )  # fmt: skip
    return plans


@pytest.fixture(scope="module")
def mlops_role(kb):
    have = _have(kb, RESUME_BACKEND_KO)
    return plan_for_role(kb, "mlops-engineer", have=have, lang="ko", hours_per_week=10,
                         start=START)  # fmt: skip


@pytest.fixture(scope="module")
def mlops_from_zero(kb):
    return plan_for_role(kb, "mlops-engineer", have=set(), lang="ko", hours_per_week=10,
                         start=START)  # fmt: skip


@pytest.fixture(scope="module")
def medical(kb):
    result = match(RESUME_ML_KO, POSTING_MEDICAL_KO, lang="ko")
    have = _have(kb, RESUME_ML_KO)
    plan = plan_from_match(kb, result, have=have, lang="ko", hours_per_week=8, start=START)
    return result, plan, have


def _steps(plan) -> dict:
    return {s.skill_id: s for s in plan.steps}


# 1. A concept and its narrower case are one step ------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_concept_and_its_example_in_brackets_are_one_step(mlops_posting, lang):
    """The posting's "피처 스토어(Feast) 경험" gives Feast as the example of a feature store:
    either shows it, so the plan has one step for the pair, not "Feast 4–10 h" and "피처
    스토어 5–12 h"."""
    result, plan = mlops_posting[lang]
    store = next(s for s in result.skills if s.id in ("feature-store", "feast"))
    assert {store.id, *store.alternatives} == {"feature-store", "feast"}
    steps = _steps(plan)
    assert len({"feature-store", "feast"} & set(steps)) == 1


def test_dvc_closes_data_versioning_at_its_weight(kb, mlops_role):
    """Data versioning (required, 0.60) and DVC (preferred, 0.40): the DVC step closes both,
    as required work."""
    steps = _steps(mlops_role)
    assert "data-versioning" not in steps
    dvc = steps["dvc"]
    assert dvc.also_closes == ["data-versioning"]
    assert dvc.weight == pytest.approx(0.6)
    assert "데이터 버전 관리도 함께 채움 — DVC는 데이터 버전 관리의 한 사례" in dvc.closes
    preferred = [
        s.order for s in mlops_role.steps
        if s.closes.startswith("MLOps 엔지니어 우대") and not s.also_closes
    ]  # fmt: skip
    assert dvc.order < min(preferred)


def test_mlops_is_closed_by_its_parts_not_scheduled_after_them(mlops_from_zero):
    steps = _steps(mlops_from_zero)
    assert "mlops" not in steps
    closing = [s for s in mlops_from_zero.steps if "mlops" in s.also_closes]
    assert [s.skill_id for s in closing] == ["model-deployment"]  # the heaviest part
    assert "MLOps도 함께 채움 — 모델 배포는 MLOps의 한 사례" in closing[0].closes


def test_a_concept_its_case_needs_first_stays_a_step(kb):
    """Deep learning is what PyTorch is a case of, and what it needs first: both are steps,
    in that order."""
    result = match("Skills: Python, SQL", "Requirements\n- Deep learning\n- PyTorch")
    plan = plan_from_match(kb, result, have={"python", "sql"}, lang="en", hours_per_week=8,
                           start=START)  # fmt: skip
    at = {s.skill_id: s.order for s in plan.steps}
    assert at["deep-learning"] < at["pytorch"]


@pytest.mark.parametrize("case", ["mlops_role", "mlops_from_zero", "medical"])
def test_no_step_is_an_asked_concept_of_another_step(kb, case, request):
    """The only concept-and-case pairs left are a foundation and what needs it, or a step
    that is there because another step needs it."""
    plan = request.getfixturevalue(case)
    plan = plan[1] if isinstance(plan, tuple) else plan
    steps = _steps(plan)
    for step in plan.steps:
        for broad in wider_concepts(kb, step.skill_id):
            if broad in steps and steps[broad].kind == "gap":
                below = set()
                stack = [step.skill_id]
                while stack:
                    for pre in kb.skills[stack.pop()].prerequisites:
                        if pre not in below:
                            below.add(pre)
                            stack.append(pre)
                # … or a concept asked more strongly than its case, which is more than it
                more = steps[broad].weight > step.weight
                assert broad in below or step.kind == "prerequisite" or more, (step.skill_id, broad)


@pytest.mark.parametrize("case", ["mlops_posting", "medical"])
def test_every_gap_is_a_step_closed_by_a_step_or_listed(case, request):
    value = request.getfixturevalue(case)
    pairs = list(value.values()) if isinstance(value, dict) else [value[:2]]
    for result, plan in pairs:
        closed = {sid for s in plan.steps for sid in (s.skill_id, *s.also_closes)}
        listed = {u["id"] for u in plan.unplanned}
        for s in result.skills:
            if s.credit < 1:
                assert {s.id, *s.alternatives} & (closed | listed), s.id
        assert len(closed) == len(plan.steps) + sum(len(s.also_closes) for s in plan.steps)


# 2. Prerequisites when they are needed ---------------------------------------------------


def test_a_career_changer_starts_with_the_heaviest_requirement(mlops_role, kb):
    """A backend developer towards MLOps starts with model deployment (1.00) and what it
    needs first, not with calculus and neural networks for TensorFlow Serving (0.60): deep
    learning is a 150–360 h detour for a 5–12 h tool the role does not count as central, so
    it is listed instead."""
    order = [s.skill_id for s in mlops_role.steps]
    needed, stack = set(), ["model-deployment"]
    while stack:
        for pre in kb.skills[stack.pop()].prerequisites:
            if pre not in needed:
                needed.add(pre)
                stack.append(pre)
    assert set(order[: order.index("model-deployment")]) <= needed
    steps = _steps(mlops_role)
    assert "tensorflow-serving" in steps
    chain = {"calculus", "neural-networks", "deep-learning", "tensorflow"}
    assert not chain & set(steps)
    listed = {u["id"]: u for u in mlops_role.unplanned}
    for sid in chain:
        assert "TensorFlow Serving" in listed[sid]["reason"]


def _needs(kb, step) -> set[str]:
    return {p for sid in (step.skill_id, *step.also_closes) for p in kb.skills[sid].prerequisites}


@pytest.mark.parametrize("case", ["mlops_role", "mlops_from_zero"])
def test_a_prerequisite_comes_when_it_is_needed(kb, case, request):
    """Between a prerequisite and the first step that needs it stands no requirement that
    nothing else needs: JSON comes just before REST API and model serving, not first because
    it is a beginner's topic."""
    plan = request.getfixturevalue(case)
    needed = {p for s in plan.steps for p in _needs(kb, s)}
    for n, step in enumerate(plan.steps):
        if step.kind != "prerequisite":
            continue
        users = [m for m, later in enumerate(plan.steps) if step.skill_id in _needs(kb, later)]
        assert users and min(users) > n, step.skill_id
        between = plan.steps[n + 1 : min(users)]
        ends = [s.skill_id for s in between if s.kind == "gap" and s.skill_id not in needed]
        assert not ends, (step.skill_id, ends)


def test_json_is_learned_on_the_way_to_model_serving(mlops_from_zero):
    order = [s.skill_id for s in mlops_from_zero.steps]
    at = order.index("json")
    assert order[at : at + 3] == ["json", "rest-api", "model-serving"]


# 3. Resources and projects ---------------------------------------------------------------


@pytest.mark.parametrize("sid", ["html", "css", "ab-testing"])
def test_an_english_plan_gets_english_resources_for_web_and_ab_testing(kb, sid):
    shown = resources_for_step(kb, sid, "en")
    assert len(shown) >= 2
    assert {r["language"] for r in shown} == {"en"}
    assert shown[0]["via"] == "direct"


def test_a_korean_resource_in_an_english_plan_says_so(kb):
    shown = resources_for_step(kb, "domain-knowledge", "en")
    korean = [r for r in shown if r["language"] == "ko"]
    assert korean and all(r["note"] == "in Korean" for r in korean)


def test_rest_api_is_taught_by_rest_resources(kb):
    for lang in ("ko", "en"):
        shown = resources_for_step(kb, "rest-api", lang)
        assert not {"json-org", "graphql-learn"} & {r["id"] for r in shown}
        assert shown[0]["skills"][0] == "rest-api"


def test_peft_gets_the_peft_documentation(kb):
    assert resources_for_step(kb, "peft", "en")[0]["id"] == "hugging-face-peft-docs"
    assert "hugging-face-peft-docs" in {r["id"] for r in resources_for_step(kb, "lora", "en")}


def test_every_step_of_the_medical_plan_has_resources(medical):
    _, plan, _ = medical
    steps = _steps(plan)
    assert {"business-analysis", "performance-optimization", "healthcare"} <= set(steps)
    for step in plan.steps:
        assert len(step.resources) >= 2, step.skill_id


def test_projects_are_mostly_about_the_plans_steps(kb, medical):
    """A medical tabular-ML plan is not offered "LLM 추론 비용 최적화" because two of its
    steps (Kubernetes, observability) appear in it: most of what a project would make the
    user learn must be in the plan."""
    _, plan, have = medical
    from careernav.plan.builder import known_skills

    known = known_skills(kb, have)
    closed = {sid for s in plan.steps for sid in (s.skill_id, *s.also_closes)}
    picked = {p.id for p in plan.projects}
    assert plan.projects
    assert "llm-inference-cost-optimization" not in picked
    for project in plan.projects:
        new = [sid for sid in kb.projects[project.id].skills if sid not in known]
        assert 2 * len([sid for sid in new if sid in closed]) > len(new), project.id
