"""A resume's own grading of a skill ("Familiar: Rust", "Go(기초)", "exposure to dbt"): the
skill is evidence at a basic level, which a match counts for half and a plan still teaches."""

from __future__ import annotations

from datetime import date

import pytest

from careernav import match, tracking
from careernav.documents import read_text
from careernav.extract import extract_skills

pytest_plugins = ["conftest_store"]

RESUME_EN = """Skills
Advanced: Python, SQL · Familiar: Rust, CUDA
Languages: Go (basic), Scala
Exposure to dbt and Airflow
"""

RESUME_KO = """기술
상급: Python, SQL / 기초: R
언어: Go(기초), Java
"""


@pytest.mark.parametrize(
    ("resume", "basic", "full"),
    [
        (RESUME_EN, {"rust", "cuda", "go", "dbt", "apache-airflow"}, {"python", "sql", "scala"}),
        (RESUME_KO, {"r", "go"}, {"python", "sql", "java"}),
    ],
)
def test_a_resume_grades_some_skills_basic(resume, basic, full):
    ex = extract_skills(resume, doc_type="resume")
    graded = {m.id for m in ex.skills if m.level == "basic"}
    assert graded == basic
    assert full <= {m.id for m in ex.skills if m.level is None}


def test_a_posting_is_not_graded():
    ex = extract_skills("Requirements\n- Basic knowledge of Spark\n- Familiar: Rust\n",
                        doc_type="posting")  # fmt: skip
    assert all(m.level is None for m in ex.skills)


def test_a_basic_skill_counts_for_half_and_says_why():
    posting = "Requirements\n- Python\n- Rust\n"
    result = match(RESUME_EN, posting)
    rust = next(s for s in result.skills if s.id == "rust")
    assert (rust.credit, rust.via) == (0.5, "basic")
    assert rust.why == "the resume shows Rust at a basic level only, so it counts for half"
    assert result.required_coverage == pytest.approx(0.75)
    ko = match(RESUME_KO, "자격요건\n- R\n", lang="ko")
    assert ko.skills[0].why == "이력서에 R이 기초 수준으로만 나와 절반 인정"


def test_a_skill_also_shown_without_a_grade_counts_whole():
    resume = "Skills\nFamiliar: Rust\n\nExperience\n- Rewrote the parser in Rust (2022 – 2024)\n"
    rust = match(resume, "Requirements\n- Rust\n").skills[0]
    assert (rust.credit, rust.via) == (1.0, "direct")


def test_a_plan_still_teaches_a_skill_the_resume_grades_basic(store, kb):
    tracking.create_profile(store, kb, "me", language="en", hours_per_week=5,
                            resume=read_text(RESUME_EN, name="resume.md"))  # fmt: skip
    _, plan = tracking.make_plan(
        store, kb, "me", posting=read_text("Requirements\n- Python\n- Rust\n", name="p.md"),
        start=date(2026, 11, 23),
    )  # fmt: skip
    assert [step.skill_id for step in plan.steps] == ["rust"]


def test_korean_phrases_of_a_basic_level_and_certificates_not_yet_held():
    ex = extract_skills(
        "기술\n- 텐서플로우 튜토리얼을 따라해 본 수준\n- Docker는 기초 수준\n- Python\n"
        "자격증\n- 빅데이터분석기사 (필기 합격, 실기 준비 중)\n- SQLD\n- AWS SAA (in progress)\n",
        doc_type="resume",
    )
    assert {m.id: m.level for m in ex.skills if m.id in ("tensorflow", "docker", "python")} == {
        "tensorflow": "basic",
        "docker": "basic",
        "python": None,
    }
    assert list(ex.wished()) == ["big-data-analysis-engineer", "aws-certification"]
    assert "sqld" in ex.concepts()


def test_one_item_graded_on_its_own():
    ex = extract_skills(
        "기술\n- 자바: 모름\n- 클라우드(AWS): 공부해보고 싶음\n- 파이토치: 배우는 중\n"
        "- 텐서플로우: 하\n- C++ (하)\n- Rust: 초급\n- Java: none\n- Go - want to learn\n"
        "- Kotlin (learning)\n- Python: 상\nWorking knowledge: Terraform\n",
        doc_type="resume",
    )
    assert list(ex.lacking()) == ["java"]
    assert list(ex.wished()) == ["cloud-computing", "aws", "pytorch", "go", "kotlin"]
    assert [m.id for m in ex.skills if m.level == "basic"] == ["tensorflow", "cpp", "rust"]
    # "Working knowledge" is the middle grade, counted whole
    assert {"python", "terraform"} <= set(ex.concepts())
    assert all(m.level is None for m in ex.skills if m.id in ("python", "terraform"))


@pytest.mark.parametrize(
    "line",
    [
        "C++ (수업 과제 수준)",
        "C++는 학부 수업 수준",
        "C++ (coursework)",
        "Relevant coursework: C++, Operating Systems",
        "주요 과목: C++, 운영체제",
        "수강 과목: C++, 자료구조",
    ],
)
def test_a_skill_used_only_in_class_is_basic(line):
    from careernav.extract import extract_skills

    ex = extract_skills(f"기술\n{line}\nPython\n", doc_type="resume")
    levels = {m.id: m.level for m in ex.skills}
    assert levels["cpp"] == "basic" and levels["python"] is None


@pytest.mark.parametrize(
    ("line", "basic", "full"),
    [
        ("Python (pandas 기초)", {"pandas"}, {"python"}),
        ("SQL 기초 SELECT/JOIN 수준, Python", {"sql"}, {"python"}),
        ("SQL 기초부터 고급 수준까지 활용, Python", set(), {"sql", "python"}),
    ],
)
def test_a_grade_inside_brackets_or_before_what_was_learned(line, basic, full):
    from careernav.extract import extract_skills

    levels = {m.id: m.level for m in extract_skills(f"기술\n{line}\n", doc_type="resume").skills}
    assert {s for s, level in levels.items() if level == "basic"} == basic
    assert {s for s, level in levels.items() if level is None} == full


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # known from class, not from work: basic, as "C++ (coursework)" alone is
        ("C++ (coursework): no professional experience", "cpp"),
        ("R: used briefly in a graduate course, no professional experience", "r"),
        ("C++ (only in coursework)", "cpp"),
        ("C++ (학부 과제): 실무 경험 없음", "cpp"),
        ("R은 대학원 수업에서 잠깐 다뤄본 정도이며 실무 경험은 없습니다.", "r"),
        ("Docker는 잠깐 써 본 정도입니다", "docker"),
        # a table's level column ("상/중/하") grades it low before the lack of work
        ("Kubernetes 하 실무 경험 없음, 현재 CKA 준비하며 학습 중", "kubernetes"),
        ("- **C++**: 학부 과제 수준, 실무 경험 없음", "cpp"),
    ],
)
def test_no_professional_experience_of_a_skill_known_from_class_is_basic(line, name):
    ex = extract_skills(f"기술\nPython\n{line}\n", doc_type="resume")
    assert name in ex.concepts() and not ex.lacking()
    assert {m.id: m.level for m in ex.skills}[name] == "basic"
    assert {m.id: m.level for m in ex.skills}["python"] is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a plain lack of work stays a lack, as before
        ("Kubernetes 실무 경험 없음, 현재 CKA 준비하며 학습 중", "kubernetes"),
        ("C++: no professional experience", "cpp"),
    ],
)
def test_no_professional_experience_alone_is_a_lack(line, name):
    ex = extract_skills(f"Skills\nPython\n{line}\n", doc_type="resume")
    assert list(ex.lacking()) == [name]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # how far the writer went, not how little
        ("Spark는 성능 튜닝까지 해 본 수준입니다", "apache-spark"),
        ("Python: only in production for five years", "python"),
        # the other grades of a level column
        ("Java 상 Spring Boot 기반 API 개발", "java"),
        ("Docker 중 개발 환경 컨테이너화", "docker"),
    ],
)
def test_what_says_more_than_a_little_is_not_basic(line, name):
    ex = extract_skills(f"기술\n{line}\n", doc_type="resume")
    assert {m.id: m.level for m in ex.skills}[name] is None


# -- review 26: a grade that opens an item, and work another team or person did ----------------


@pytest.mark.parametrize(
    ("resume", "basic", "full"),
    [
        ("Skills\nPython, PyTorch. Basic CUDA (read kernels, never written one in production). "
         "Languages: Japanese (native)\n", {"cuda"}, {"python", "pytorch"}),
        ("Skills\n- Basic CUDA (I have written a few kernels, never one in production)\n- Python\n",
         {"cuda"}, {"python"}),
        ("Languages: Basic Korean, English (fluent)\n", {"korean"}, {"english"}),
        ("Skills\n- Basics of SQL\n- Python\n", {"sql"}, {"python"}),
        ("Skills\nBasic Python, Intermediate SQL\n", {"python"}, {"sql"}),
        ("기술\n- 기초 SQL\n- Python\n", {"sql"}, {"python"}),
        ("기술\n- 기본 SQL 문법\n- Python\n", {"sql"}, {"python"}),
    ],
)  # fmt: skip
def test_a_grade_that_opens_an_item_grades_the_names_it_heads(resume, basic, full):
    levels = {m.id: m.level for m in extract_skills(resume, doc_type="resume").skills}
    assert {s for s, level in levels.items() if level == "basic"} == basic
    assert full <= {s for s, level in levels.items() if level is None}


@pytest.mark.parametrize(
    ("resume", "name"),
    [
        # "basic" of something else than the name, or inside a clause
        ("Summary\nBasic research in NLP at KAIST\n", "nlp"),
        ("Experience\n- Built the basic pipeline with Spark\n", "apache-spark"),
        ("Experience\n- Basic ETL pipeline with Spark for daily reports\n", "apache-spark"),
        ("Experience\n- Taught the basics of Python to 200 students\n", "python"),
        ("경력\n- 기본 RAG 파이프라인 구축 (LangChain)\n", "rag"),
        # a comma ends what the grade opens
        ("Skills\nBasic statistics, SQL\n", "sql"),
    ],
)
def test_a_basic_that_does_not_open_a_graded_item_is_not_a_grade(resume, name):
    levels = {m.id: m.level for m in extract_skills(resume, doc_type="resume").skills}
    assert levels[name] is None


@pytest.mark.parametrize(
    ("resume", "basic", "full"),
    [
        ("프로젝트\n- 서빙 플랫폼을 Kubernetes로 이전. 클러스터 구성과 Helm 차트는 인프라팀 동료가 "
         "담당했고, 저는 운영 문서 작성과 부하 테스트 결과 정리를 맡았습니다.\n",
         {"helm"}, {"kubernetes", "load-testing"}),
        ("경력\n- Kubernetes는 인프라팀이 관리하고, 저는 Helm values 수정 정도만 했습니다\n",
         {"kubernetes", "helm"}, set()),
        ("경력\n- Terraform은 SRE팀에서 관리했고, 저는 Python 스크립트를 작성했습니다\n",
         {"terraform"}, {"python"}),
        ("경력\n- 다른 팀원이 Airflow DAG 작성을 맡았고, 저는 dbt 모델을 작성했습니다\n",
         {"apache-airflow"}, {"dbt"}),
        ("경력\n- 인프라팀이 Kubernetes 클러스터를 구축했고, 저는 그 위에 Airflow를 배포했습니다\n",
         {"kubernetes"}, {"apache-airflow"}),
        ("Experience\n- The Kubernetes cluster was managed by the platform team; I wrote the Helm "
         "values\n", {"kubernetes"}, {"helm"}),
        ("Experience\n- Terraform modules were owned by our SRE team, and I wrote Python tooling\n",
         {"terraform"}, {"python"}),
        ("Experience\n- My colleague built the Airflow DAGs while I wrote the Spark jobs\n",
         {"apache-airflow"}, {"apache-spark"}),
        ("Experience\n- Worked with the platform team that managed Kubernetes; I built Docker "
         "images\n", {"kubernetes"}, {"docker"}),
        # a little, in the writer's own words
        ("Experience\n- Used Docker only a little; built Spark jobs\n", {"docker"},
         {"apache-spark"}),
    ],
)  # fmt: skip
def test_work_another_team_or_person_did_is_basic(resume, basic, full):
    ex = extract_skills(resume, doc_type="resume")
    levels = {m.id: m.level for m in ex.skills}
    assert {s for s, level in levels.items() if level == "basic"} >= basic
    assert full <= {s for s, level in levels.items() if level is None}
    assert not ex.lacking() and not ex.wished()


@pytest.mark.parametrize(
    ("resume", "name"),
    [
        # the writer's team, or the writer beside the doer
        ("경력\n- 데이터플랫폼팀에서 Kafka 파이프라인 구축을 담당했습니다\n", "apache-kafka"),
        ("경력\n- 우리 팀이 Kafka 기반 파이프라인을 구축했습니다\n", "apache-kafka"),
        ("경력\n- 저와 동료가 Spark 배치를 구축했습니다\n", "apache-spark"),
        ("Experience\n- My colleague and I built the Airflow DAGs\n", "apache-airflow"),
        ("Experience\n- Our data team built Kafka pipelines\n", "apache-kafka"),
        ("Experience\n- Was on the platform team that managed Kubernetes\n", "kubernetes"),
        (
            "Experience\n- The Kubernetes cluster was managed by the platform team I led\n",
            "kubernetes",
        ),
        ("Experience\n- Spark pipelines were built by me and the data team\n", "apache-spark"),
        # the other's work is only where the writer's work sits
        (
            "경력\n- 인프라팀이 관리하는 Kubernetes 클러스터에 Airflow를 배포했습니다\n",
            "kubernetes",
        ),
        ("경력\n- 데이터팀이 요청한 Airflow DAG를 개발했습니다\n", "apache-airflow"),
        ("경력\n- Python으로 개발한 API를 인프라팀이 배포했습니다\n", "python"),
        ("경력\n- 동료가 작성한 Helm 차트를 수정했습니다\n", "helm"),
        (
            "Experience\n- Deployed models to a Kubernetes cluster managed by the platform team\n",
            "kubernetes",
        ),
        (
            "Experience\n- Partnered with the platform team to build Kubernetes operators\n",
            "kubernetes",
        ),
        ("Experience\n- Built dashboards for the marketing team using Tableau\n", "tableau"),
        ("Experience\n- Reduced Spark cost by a little over 40%\n", "apache-spark"),
    ],
)
def test_the_writers_own_or_shared_work_stays_full(resume, name):
    levels = {m.id: m.level for m in extract_skills(resume, doc_type="resume").skills}
    assert levels[name] is None


def test_a_skill_only_another_team_handled_counts_for_half():
    resume = (
        "Experience\n- The Kubernetes cluster was managed by the platform team; I wrote the "
        "Helm values\n"
    )
    k8s = next(s for s in match(resume, "Requirements\n- Kubernetes\n").skills)
    assert (k8s.credit, k8s.via) == (0.5, "basic")


def test_a_posting_that_names_another_team_still_asks():
    from careernav.match import analyze_posting

    posting = (
        "Requirements\n- Python\n- You will work with the platform team managing Kubernetes\n"
        "- 인프라팀이 관리하는 Kubernetes 환경에서 모델 배포\n"
    )
    assert {"python", "kubernetes"} <= {r.id for r in analyze_posting(posting).requirements}
