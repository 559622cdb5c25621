"""Resume vs posting and resume vs role: coverage, weights, partial credit, verdict."""

from __future__ import annotations

import pytest

from careernav import CareernavError, match
from careernav.extract import extract_skills
from careernav.match import Thresholds, analyze_posting
from careernav.match.views import match_view

RESUME_KO = """김하늘 | 머신러닝 엔지니어

요약
추천 시스템과 자연어 처리 모델을 3년간 개발했습니다.

경력
네모커머스 (2022.03 ~ 현재) — ML 엔지니어
- PyTorch 기반 추천 모델 학습 및 A/B 테스트 설계
- FastAPI로 모델 서빙 API 개발, Docker 이미지로 배포
- Airflow로 일 배치 학습 파이프라인 운영

프로젝트
- 사내 문서 RAG 챗봇: LangChain, OpenAI API, FAISS 벡터 검색

기술 스택
Python, SQL, PyTorch, scikit-learn, pandas, Docker, Git, Linux

자격증
정보처리기사
"""

POSTING_EN = """Machine Learning Engineer — Recommendations

What you'll do
- Train and ship deep learning recommendation models to production
- Build model serving on Kubernetes and monitor models with MLflow

Requirements
- 3+ years of Python
- TensorFlow (or another deep learning framework)
- SQL and Docker
- Experience with A/B testing

Nice to have
- Kubernetes
- Spark

Benefits
- Learning budget for AWS certifications
"""


@pytest.fixture(scope="module")
def result():
    return match(RESUME_KO, POSTING_EN)


def test_related_skill_counts_in_part_and_is_explained(result):
    tf = next(s for s in result.skills if s.id == "tensorflow")
    assert tf.credit == 0.5
    assert tf.via == "related" and tf.via_skill == "pytorch"
    assert "PyTorch" in tf.why
    assert tf.resume_evidence and tf.resume_evidence[0].text == "PyTorch"
    assert tf.target_evidence[0].text == "TensorFlow"


def test_every_number_traces_to_its_skills(result):
    required = [s for s in result.skills if s.level == "required"]
    total = sum(s.weight for s in required)
    expected = sum(s.weight * s.credit for s in required) / total
    assert result.required_coverage == pytest.approx(expected, abs=1e-3)
    preferred = [s for s in result.skills if s.level == "preferred"]
    expected_pref = sum(s.weight * s.credit for s in preferred) / sum(s.weight for s in preferred)
    assert result.preferred_coverage == pytest.approx(expected_pref, abs=1e-3)
    assert result.score == pytest.approx(
        0.75 * result.required_coverage + 0.25 * result.preferred_coverage, abs=1e-3
    )


def test_matched_have_evidence_on_both_sides(result):
    python = next(s for s in result.matched if s.id == "python")
    assert python.resume_evidence[0].section == "skills"
    assert python.target_evidence[0].section == "requirements"
    assert python.years_asked == 3


def test_missing_are_ranked_by_weight(result):
    missing = result.missing
    assert {"kubernetes", "apache-spark"} <= {s.id for s in missing}
    required_first = [s.level for s in missing]
    assert required_first == sorted(required_first, key=lambda level: level != "required")
    weights = [s.weight for s in missing if s.level == "required"]
    assert weights == sorted(weights, reverse=True)


def test_benefit_mentions_are_not_requirements(result):
    assert "aws" not in {s.id for s in result.skills}


def test_verdict_follows_thresholds():
    strict = match(RESUME_KO, POSTING_EN, thresholds=Thresholds(apply=0.99, stretch=0.98))
    assert strict.verdict == "build-first"
    lenient = match(RESUME_KO, POSTING_EN, thresholds=Thresholds(apply=0.1, stretch=0.05))
    assert lenient.verdict == "apply"
    default = match(RESUME_KO, POSTING_EN)
    cov = default.required_coverage
    assert default.verdict == (
        "apply" if cov >= 0.7 else "stretch" if cov >= 0.5 else "build-first"
    )


def test_match_against_a_role(kb):
    result = match(RESUME_KO, role="ml-engineer")
    assert result.target_kind == "role" and result.target_id == "ml-engineer"
    core = kb.roles["ml-engineer"].core_skills
    required = [s for s in result.skills if s.level == "required"]
    # each core skill is a row, or an option of one: the role's products that are cases of
    # one concept are one choice (TensorFlow, Keras and PyTorch are deep-learning frameworks)
    assert {sid for s in required for sid in (s.id, *s.alternatives)} == set(core)
    assert any(len(s.alternatives) > 0 for s in required)
    assert 0 < result.required_coverage < 1
    assert any(s.via == "direct" and s.id == "pytorch" for s in result.matched)


def test_match_against_a_role_by_korean_title():
    assert match(RESUME_KO, role="데이터 엔지니어").target_id == "data-engineer"


def test_a_posting_without_known_skills_is_a_clear_error():
    with pytest.raises(CareernavError, match="names no skill"):
        match(RESUME_KO, "밝고 성실한 분을 모십니다. 연락 주세요.")


def test_exactly_one_target():
    with pytest.raises(CareernavError):
        match(RESUME_KO)


def test_thresholds_must_be_ordered():
    with pytest.raises(ValueError):
        Thresholds(apply=0.4, stretch=0.6)


CHOICE_POSTING_EN = """Data Engineer

Requirements
- 3+ years of Python or Scala
- Experience with Airflow, Dagster, or Prefect
- SQL and Spark
- AWS/GCP

Preferred
- Kafka
"""

CHOICE_POSTING_KO = """[데이터 분석가 채용]
자격요건
• SQL, Python 활용 능력
• 정보처리기사 또는 빅데이터분석기사 자격증 소지자
우대사항
• ADsP, SQLD 자격 보유자 우대
"""


def test_a_choice_of_skills_is_one_requirement_met_by_any_option():
    resume = "Skills: Scala, Prefect, SQL, GCP, Spark"
    result = match(resume, CHOICE_POSTING_EN)
    required = [s for s in result.skills if s.level == "required"]
    # Python|Scala, Airflow|Dagster|Prefect, SQL, Spark, AWS|GCP: five requirements, all met
    assert [s.id for s in required] == ["scala", "prefect", "sql", "apache-spark", "gcp"]
    assert result.required_coverage == 1.0 and result.verdict == "apply"
    prefect = next(s for s in required if s.id == "prefect")
    assert set(prefect.alternatives) == {"apache-airflow", "dagster"}
    assert prefect.why == "any of Apache Airflow, Dagster or Prefect: the resume shows Prefect"
    assert prefect.years_asked is None
    scala = next(s for s in required if s.id == "scala")
    assert scala.years_asked == 3 and scala.alternatives == ("python",)


def test_a_plain_list_is_not_a_choice():
    result = match("Skills: Python", CHOICE_POSTING_EN)
    sql, spark = (next(s for s in result.skills if s.id == i) for i in ("sql", "apache-spark"))
    assert sql.credit == spark.credit == 0 and sql.alternatives == spark.alternatives == ()


def test_korean_choices_and_certifications():
    resume = "기술\nPython, SQL\n자격증\n빅데이터분석기사, SQLD"
    result = match(resume, CHOICE_POSTING_KO, lang="ko")
    by_id = {s.id: s for s in result.skills}
    cert = by_id["big-data-analysis-engineer"]
    assert cert.credit == 1 and cert.alternatives == ("information-processing-engineer",)
    assert "또는" in cert.why
    assert result.required_coverage == 1.0
    assert by_id["sqld"].credit == 1 and by_id["adsp"].credit == 0
    assert result.preferred_coverage == 0.5


def test_an_or_offers_a_choice_among_its_own_kind_not_the_whole_list():
    posting = (
        "Requirements\n"
        "- Python, PyTorch or TensorFlow, scikit-learn, SQL\n"
        "- Proficiency in C++ or C, Git, Linux\n"
        "- Java, Go or Rust\n"
    )
    alternatives = {r.id: set(r.alternatives) for r in analyze_posting(posting).requirements}
    # the "or" joins the two frameworks; the list goes on around them, asked for itself
    assert alternatives["python"] == alternatives["scikit-learn"] == alternatives["sql"] == set()
    assert alternatives["tensorflow"] == {"pytorch"} or alternatives["pytorch"] == {"tensorflow"}
    assert alternatives["git"] == alternatives["linux"] == set()
    # three languages before and around the "or" are one choice
    assert {"java", "go", "rust"} <= {
        sid
        for r in analyze_posting(posting).requirements
        if r.id in ("java", "go", "rust")
        for sid in (r.id, *r.alternatives)
    }
    # a resume with Python only meets Python, not the frameworks' choice
    result = match("Skills: Python, Rust", posting)
    by_id = {s.id: s for s in result.skills}
    assert by_id["python"].credit == 1
    assert all(by_id[i].credit == 0 for i in ("pytorch", "tensorflow") if i in by_id)


def test_a_korean_or_does_not_make_a_language_an_option_of_frameworks():
    posting = "자격요건\n- Python, TensorFlow 또는 PyTorch 활용 능력\n"
    alternatives = {r.id: set(r.alternatives) for r in analyze_posting(posting).requirements}
    assert alternatives["python"] == set()
    assert {"tensorflow", "pytorch"} <= {i for i in alternatives if alternatives[i]} | {
        a for i in alternatives for a in alternatives[i]
    }
    result = match("기술: Python", posting, lang="ko")
    assert result.required_coverage < 1.0


def test_a_certification_is_evidence_of_the_skill_it_certifies():
    result = match("자격증\nAWS Certified Solutions Architect", "Requirements\n- AWS\n")
    aws = next(s for s in result.skills if s.id == "aws")
    assert aws.credit == 1 and aws.via == "narrower" and aws.via_skill == "aws-certification"


def test_a_slash_offers_a_choice_only_between_substitutes():
    posting = "Requirements\n- Strong Python/SQL skills\n- AWS/GCP/Azure\n- Python or Java\n"
    result = match("Skills: Java, GCP", posting)
    by_id = {s.id: s for s in result.skills}
    # Python/SQL: both wanted; AWS/GCP/Azure: any one; "Python or Java" met by Java, while
    # Python, wanted on its own too, is still missing
    assert by_id["sql"].credit == by_id["python"].credit == 0
    assert by_id["gcp"].credit == 1 and set(by_id["gcp"].alternatives) == {"aws", "azure"}
    assert by_id["java"].credit == 1 and by_id["java"].alternatives == ("python",)
    assert len(result.skills) == 4


def test_hobbies_are_not_evidence():
    resume = "Experience\nAcme: Python\nHobbies\nGo, chess, Swift swimming club\n"
    result = match(resume, "Requirements\n- Python, Go, Swift")
    assert {s.id: s.credit for s in result.skills} == {"python": 1, "go": 0, "swift": 0}


def test_an_industry_is_context_unless_asked_for():
    intro = "We are a leading healthcare company. You will build models in Python."
    assert [r.id for r in analyze_posting(intro).requirements] == ["python"]
    asked = "You will build models in Python. Experience in healthcare is a plus."
    assert [r.id for r in analyze_posting(asked).requirements] == ["python", "healthcare"]
    assert [
        r.id
        for r in analyze_posting("핀테크 스타트업입니다. Python 개발자를 찾습니다.").requirements
    ] == ["python"]
    ko = "금융 도메인 경험이 있으신 분, Python 필수"
    assert [r.id for r in analyze_posting(ko).requirements] == ["finance", "python"]
    listed = "Requirements\n- Python\n- Fintech\n"
    assert [r.id for r in analyze_posting(listed).requirements] == ["python", "fintech"]


def test_a_line_that_says_it_is_a_plus_prefers():
    posting = (
        "Requirements\n- Python\n- Kubernetes experience is a plus\n"
        "- Airflow is required, Spark preferred\n"
    )
    levels = {r.id: r.level for r in analyze_posting(posting).requirements}
    assert levels == {
        "python": "required",
        "kubernetes": "preferred",
        # the line says both: the nearer word speaks for each name
        "apache-airflow": "required",
        "apache-spark": "preferred",
    }
    ko = {
        r.id: r.level
        for r in analyze_posting("자격요건\n- Python 필수\n- Spark 경험 우대\n").requirements
    }
    assert ko == {"python": "required", "apache-spark": "preferred"}


def test_a_slash_inside_a_plain_list_joins_only_its_two_names():
    posting = "Requirements\n- SQL, R, Hadoop, Java, C/C++, Git\n"
    alternatives = {r.id: r.alternatives for r in analyze_posting(posting).requirements}
    assert alternatives == {
        "sql": (), "r": (), "hadoop": (), "java": (), "c": ("cpp",), "cpp": ("c",), "git": ()
    }  # fmt: skip


def test_a_plus_in_one_clause_does_not_touch_the_others():
    posting = "Requirements\n- Python or Java, 3+ years; Kubernetes is a plus\n"
    levels = {r.id: r.level for r in analyze_posting(posting).requirements}
    assert levels == {"python": "required", "java": "required", "kubernetes": "preferred"}


def test_a_posting_that_requires_nothing_is_met_on_its_requirements():
    result = match("Skills: Python", "Nice to have\n- Kubernetes\n- Python")
    assert (result.required_coverage, result.preferred_coverage) == (1.0, 0.5)
    assert result.verdict == "apply" and result.score == 0.875


@pytest.mark.parametrize(
    ("resume", "wished"),
    [
        (
            "Summary\nData analyst, 4 years of SQL and Python. Moving\ntoward data science and "
            "interested in reinforcement learning.",
            {"data-science", "reinforcement-learning"},
        ),
        (
            "자기소개\nSQL과 Python으로 3년간 분석 업무를 했습니다. 데이터 사이언스에 관심이 "
            "많고, 강화학습을 배우고 싶습니다.",
            {"data-science", "reinforcement-learning"},
        ),
        (
            "자기소개\nSQL, Python 분석가. 강화학습 분야로 커리어 전환을 희망하며 데이터 사이언스를 "
            "독학 중입니다.",
            {"data-science", "reinforcement-learning"},
        ),
        (
            "Summary\nData analyst (SQL, Python). Looking to move into reinforcement learning;"
            " keen to learn data science.",
            {"data-science", "reinforcement-learning"},
        ),
        (
            "김민지\n희망 직무: 데이터 사이언스 | 관심 분야: 강화학습\n\n경력\n- SQL, Python으로 매출 분석",
            {"data-science", "reinforcement-learning"},
        ),
        (
            "Min Kim\nDesired position: Data Science\nInterests: reinforcement learning\n\n"
            "Experience\n- Sales analysis in SQL and Python",
            {"data-science", "reinforcement-learning"},
        ),
        (
            "Summary\nAnalyst, SQL and Python.\n\n## Goals\nI would like to learn statistics, "
            "data science, MLOps and reinforcement learning.\n",
            {"data-science", "reinforcement-learning"},
        ),
        (
            "자기소개\nSQL, Python 분석가\n\n희망 사항\n- 데이터 사이언스와 강화학습 역량을 키우고 싶습니다\n",
            {"data-science", "reinforcement-learning"},
        ),
    ],
)
def test_a_wish_in_a_resume_is_not_evidence(resume, wished):
    posting = "Requirements\n- SQL\n- Python\n- Data science\n- Reinforcement learning\n"
    result = match(resume, posting)
    credit = {s.id: s.credit for s in result.skills}
    assert credit["sql"] == 1 and credit["python"] == 1
    # A wish gives no credit: at most the half a related skill shown gives ("Data analyst"
    # is data analysis, which data science is related to).
    by_id = {s.id: s for s in result.skills}
    assert all(by_id[sid].via in (None, "related") for sid in wished)
    weight = {s.id: s.weight for s in result.skills}
    shown = sum(weight[s.id] * s.credit for s in result.skills) / sum(weight.values())
    assert result.required_coverage == pytest.approx(shown, abs=1e-3)
    assert credit["reinforcement-learning"] == 0


@pytest.mark.parametrize(
    "resume",
    [
        "Jane Doe\nLooking to move into cloud infrastructure.\n\nExperience\nDevOps Engineer, "
        "Acme (2018 - 2024)\n- Ran our AWS infrastructure (EC2, EKS) with Terraform\n",
        "요약\n클라우드 인프라 분야로 이직을 준비하고 있습니다.\n\n경력\nDevOps 엔지니어, 에이사 "
        "(2018.01 ~ 2024.01)\n- Terraform으로 AWS 인프라(EC2, EKS) 운영\n",
    ],
)
def test_a_career_move_into_a_field_does_not_cancel_what_the_work_shows(resume):
    # the field wished for is not held as a job yet; the AWS work still shows cloud computing
    posting = "Requirements\n- 3+ years of cloud infrastructure experience\n- Terraform\n"
    result = match(resume, posting)
    cloud = next(s for s in result.skills if s.id == "cloud-computing")
    assert cloud.credit > 0 and cloud.via_skill == "aws"
    assert result.verdict == "apply"


@pytest.mark.parametrize(
    "interests",
    [
        "Research interests: reasoning in large language models",
        "## Research Interests\n- Reasoning in large language models",
        "연구 관심 분야\n- 대규모 언어 모델(LLM)의 추론",
    ],
)
def test_research_interests_are_neither_evidence_nor_a_wish(interests):
    resume = (
        f"Ana K\n\n{interests}\n\nExperience\nResearch Intern, Lab (2023 - 2024)\n"
        "- Trained 7B-parameter language models with RLHF in PyTorch\n"
    )
    extraction = extract_skills(resume, doc_type="resume")
    assert extraction.wished() == {} and "llm" not in extraction.said_not_had()
    assert "llm" not in extraction.concepts()  # a field of interest is not evidence
    result = match(extraction, "Requirements\n- Experience with LLMs\n- PyTorch\n")
    llm = next(s for s in result.skills if s.id == "llm")
    assert llm.credit == 1 and llm.via_skill == "rlhf"  # RLHF comes under LLMs: the work shows it


@pytest.mark.parametrize(
    "posting",
    [
        "# AutoML Engineer\n\n## Responsibilities\n- Build and own our AutoML engine\n\n"
        "## Requirements\n- 3+ years of Python\n- Experience with Kubernetes\n\n"
        "## Nice to have\n- Experience with open-source AutoML libraries\n",
        "[에이랩] AutoML 엔지니어\n\n주요업무\n- AutoML 엔진 개발 및 운영\n\n자격요건\n"
        "- Python 3년 이상\n- Kubernetes 경험\n\n우대사항\n- 오픈소스 AutoML 라이브러리 경험\n",
    ],
)
def test_a_skill_the_title_names_is_required_though_also_a_plus(posting):
    levels = {r.id: r.level for r in analyze_posting(posting).requirements}
    assert levels == {"automl": "required", "python": "required", "kubernetes": "required"}
    # without the title, a duty that is also a plus stays a plus
    untitled = posting.split("\n", 2)[2]
    assert {r.id: r.level for r in analyze_posting(untitled).requirements}["automl"] == "preferred"


def test_a_posting_written_as_one_paragraph():
    posting = (
        "Data Scientist at Acme. We are a fintech startup. You will build churn models and run "
        "A/B tests. Requirements: 3+ years with Python and SQL, experience with scikit-learn. "
        "Experience with Spark is a plus. We offer a learning budget for Coursera courses."
    )
    analysis = analyze_posting(posting)
    levels = {r.id: (r.level, r.years) for r in analysis.requirements}
    assert levels == {
        "predictive-modeling": ("required", None),
        "ab-testing": ("required", None),
        "python": ("required", 3),
        "sql": ("required", 3),
        "scikit-learn": ("required", 3),
        "apache-spark": ("preferred", None),
    }


def test_a_missing_skill_the_resume_wishes_for_says_so():
    resume = "Summary\nData analyst (SQL, Python). Looking to move into reinforcement learning."
    result = match(resume, "Requirements\n- Reinforcement learning\n- Python")
    [missing] = result.missing
    assert missing.id == "reinforcement-learning" and missing.credit == 0
    assert missing.why == (
        "the resume names Reinforcement learning only as a wish or as being learned, not as evidence"
    )
    ko = match("요약\nSQL 분석가. 강화학습을 배우고 싶습니다.", "자격요건\n- 강화학습", lang="ko")
    assert (
        ko.missing[0].why == "이력서에 강화학습은 희망하거나 배우는 중인 것으로만 나와 근거가 아님"
    )


# -- what a resume shows without naming it, and how a posting offers choices ---------------

PYTHON_POSTING_EN = """Machine Learning Engineer

Requirements
- 3+ years of Python
- Kubernetes
"""

PROSE_RESUME_EN = """Experience
Senior ML Engineer, Northwind (2019 - 2024)
- Trained ranking models in PyTorch and served them with Flask behind Kubernetes
- Wrote the pytest suites for the feature pipeline
"""


def test_a_library_of_one_language_shows_that_language():
    result = match(PROSE_RESUME_EN, PYTHON_POSTING_EN)
    python = next(s for s in result.skills if s.id == "python")
    assert python.credit == 1 and python.via == "uses"
    assert python.via_skill in {"pytorch", "flask", "pytest"}
    assert "is used with Python, so it counts; 5 years of it in the resume" in python.why
    assert result.required_coverage == 1.0 and result.verdict == "apply"
    ko = match(PROSE_RESUME_EN, PYTHON_POSTING_EN, lang="ko")
    python_ko = next(s for s in ko.skills if s.id == "python")
    assert python_ko.why.startswith("PyTorch는 Python으로 쓰므로 인정")


def test_a_skill_used_through_several_languages_shows_none_of_them():
    # Spark is used from Python, Scala or SQL: it says nothing of which one
    result = match("Skills: Apache Spark, Kafka", PYTHON_POSTING_EN)
    python = next(s for s in result.skills if s.id == "python")
    assert python.credit == 0 and python.via is None


def test_the_language_named_outright_wins_over_one_shown_through_a_tool():
    # Prefect shows Python, but the resume names Scala: the choice is credited by the name
    posting = "Requirements\n- Python or Scala\n"
    result = match("Skills: Scala, Prefect", posting)
    (choice,) = [s for s in result.skills if s.level == "required"]
    assert choice.id == "scala" and choice.via == "direct"


ANALYST_POSTING_KO = """[데이터 분석가]
자격요건
• Python(pandas) 또는 R 활용 능력
• Tableau, Looker, Power BI 등 BI 도구 사용 경험
• BigQuery 경험 환영합니다
"""


def test_korean_choices_around_an_aside_and_examples_with_deung():
    posting = analyze_posting(ANALYST_POSTING_KO)
    by_id = {r.id: r for r in posting.requirements}
    # "Python(pandas) 또는 R": Python or R; pandas is the aside's own
    assert set(by_id["python"].alternatives) == {"r"}
    assert "python" not in by_id["pandas"].alternatives
    # "Tableau, Looker, Power BI 등": examples, any one will do
    assert set(by_id["tableau"].alternatives) == {"looker", "power-bi"}
    # "경험 환영": welcome, not required, though it stands under 자격요건
    assert by_id["bigquery"].level == "preferred"
    assert by_id["python"].level == "required"
    result = match("기술: R, Power BI, SQL", ANALYST_POSTING_KO)
    required = [s for s in result.skills if s.level == "required"]
    # "BI 도구" is met too: Power BI comes under business intelligence
    assert {s.id for s in required if s.credit == 1} == {"r", "power-bi", "business-intelligence"}


def test_english_examples_and_a_plain_list():
    posting = analyze_posting(
        "Requirements\n"
        "- A cloud data warehouse (e.g. Snowflake, BigQuery, Redshift)\n"
        "- Python, SQL\n"
        "- Docker, Kubernetes, etc.\n"
        "- Tableau, Looker, etc.\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    # any of the examples, or the kind they are examples of, will do
    assert set(by_id["snowflake"].alternatives) == {"bigquery", "amazon-redshift", "data-warehouse"}
    assert set(by_id["data-warehouse"].alternatives) == {"snowflake", "bigquery", "amazon-redshift"}
    assert by_id["python"].alternatives == () and by_id["sql"].alternatives == ()
    # a bare "etc." lists examples of one thing only when the names do the same job
    assert by_id["docker"].alternatives == () and by_id["kubernetes"].alternatives == ()
    assert set(by_id["tableau"].alternatives) == {"looker"}


@pytest.mark.parametrize(
    ("line", "choices"),
    [
        ("Python, SQL, Git 등 활용 능력", {}),
        ("Tableau, Looker 등 활용 경험", {"tableau": {"looker"}}),
        ("Spark, Kafka, Airflow 등 데이터 엔지니어링 도구 경험",
         {"apache-spark": {"apache-kafka", "apache-airflow"}}),
        ("통계학, 컴퓨터공학 등 관련 전공", {"statistics": {"computer-science"}}),
    ],
)  # fmt: skip
def test_a_korean_list_ending_in_deung_is_a_choice_of_one_kind_of_thing(line, choices):
    requirements = analyze_posting(f"자격요건\n- {line}\n").requirements
    alternatives = {r.id: set(r.alternatives) for r in requirements if r.alternatives}
    assert {sid: alternatives[sid] for sid in choices} == choices
    assert bool(alternatives) == bool(choices)


def test_years_after_a_degree_are_the_careers_not_the_degrees():
    posting = analyze_posting(
        "Requirements\n"
        "- PhD or MS in Statistics, plus 3+ years of industry experience\n"
        "- 5+ years of Python and SQL\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert by_id["phd"].years is None and by_id["statistics"].years is None
    assert set(by_id["phd"].alternatives) == {"masters-degree"}
    assert by_id["python"].years == 5 and by_id["sql"].years == 5
    assert posting.extraction.years == 3


def test_monitoring_tools_show_observability_and_the_why_says_comes_under():
    posting = "Requirements\n- Observability: metrics, logs and alerting for our services\n"
    result = match("Skills: Prometheus, Grafana, Go", posting)
    observability = next(s for s in result.skills if s.id == "observability")
    assert observability.credit == 1 and observability.via == "narrower"
    assert observability.why == "Prometheus comes under Observability, so it counts"
    ko = match("기술: Prometheus, Grafana", "자격요건\n- 모니터링 체계 구축 경험\n", lang="ko")
    observability = next(s for s in ko.skills if s.id == "observability")
    assert observability.credit == 1 and observability.why.endswith("에 속하므로 인정")


def test_a_welcome_inside_brackets_prefers_only_what_is_inside():
    posting = analyze_posting(
        "자격요건\n"
        "ㆍ SQL 로 원하는 데이터를 직접 추출할 수 있는 분 (BigQuery 경험 환영)\n"
        "ㆍ Python experience (Airflow a plus)\n"
        "ㆍ Tableau 활용 경험, 마케팅 캠페인 효과 측정 경험 우대\n"
    )
    level = {r.id: r.level for r in posting.requirements}
    assert level["sql"] == "required" and level["bigquery"] == "preferred"
    assert level["python"] == "required" and level["apache-airflow"] == "preferred"
    # outside brackets a cue still prefers the whole line
    assert level["tableau"] == "preferred" and level["marketing-analytics"] == "preferred"


def test_a_higher_degree_meets_a_lower_ones_requirement():
    posting = "자격요건\n- 컴퓨터공학 석사 이상 (박사 우대)\n- Python\n"
    resume = (
        "Education\nPh.D. in Computer Science, Carnegie Mellon University, 2016\n\nSkills\nPython"
    )
    result = match(resume, posting)
    masters = next(s for s in result.skills if s.id == "masters-degree")
    assert masters.credit == 1 and masters.via == "higher" and masters.via_skill == "phd"
    assert masters.why == "PhD is a higher degree than Master's degree, so it counts"
    ko = match(resume, posting, lang="ko")
    masters = next(s for s in ko.skills if s.id == "masters-degree")
    assert masters.why == "박사 학위는 석사 학위보다 높은 학위이므로 인정"
    # not the other way round, and other people's PhDs are not the resume's
    lower = match("Education\nB.S. in Physics\n\nExperience\n- Mentored 9 PhD interns", posting)
    masters = next(s for s in lower.skills if s.id == "masters-degree")
    assert masters.credit == 0
    assert "phd" not in {
        m.id for m in analyze_posting("- Mentored 9 PhD interns").extraction.skills
    }


def test_fields_before_or_a_related_field_are_a_choice():
    posting = (
        "Requirements\n"
        "- MS in Statistics, Economics, Mathematics or a related quantitative field\n"
        "- Python, SQL\n"
    )
    result = match("Education\nB.S. and M.S. in Mathematics\n\nSkills: Python, SQL", posting)
    required = [s for s in result.skills if s.level == "required"]
    fields = next(s for s in required if s.id == "mathematics")
    assert set(fields.alternatives) == {"statistics", "economics"} and fields.credit == 1
    assert "economics" not in {s.id for s in result.missing}
    posting_ko = analyze_posting(
        "자격요건\n- 통계학, 컴퓨터공학 등 관련 전공자\n- Python, SQL 능숙\n"
    )
    by_id = {r.id: r for r in posting_ko.requirements}
    assert by_id["statistics"].alternatives == ("computer-science",)
    assert by_id["python"].alternatives == ()


@pytest.mark.parametrize(
    "line",
    [
        "BS/MS in Statistics, Economics, Computer Science or a quantitative field",
        "BS/MS in Statistics, Economics, Computer Science",  # a degree has one field
        "Statistics, Economics or Computer Science, or another technical discipline",
    ],
)
def test_the_fields_of_one_degree_are_a_choice(line):
    posting = analyze_posting(f"Requirements\n- {line}\n- Python, SQL\n")
    by_id = {r.id: r for r in posting.requirements}
    assert set(by_id["statistics"].alternatives) == {"economics", "computer-science"}
    assert by_id["python"].alternatives == ()
    # a list that follows no degree is asked whole
    plain = analyze_posting("Requirements\n- Statistics, Python and SQL\n")
    assert all(not r.alternatives for r in plain.requirements)


def test_only_the_fields_of_a_degree_are_its_choice():
    posting = analyze_posting(
        "Requirements\n- MS in Statistics, Machine Learning, Python\n"
        "- Degree in Computer Science, Mathematics, Physics\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert by_id["statistics"].alternatives == ("machine-learning",)
    assert by_id["python"].alternatives == ()  # a language is no field of study
    assert set(by_id["computer-science"].alternatives) == {"mathematics", "physics"}


def test_years_of_a_skill_count_jobs_that_name_a_narrower_one():
    resume = (
        "Experience\n"
        "Perception Engineer II — Cascade Mobility (Mar 2022 – Oct 2026)\n"
        "• Trained 3D object detection models in PyTorch\n"
        "Computer Vision Engineer — Retina Analytics (Jun 2019 – Feb 2022)\n"
        "• Shelf-product detection for 1,200 stores\n"
    )
    posting = "Requirements\n- 5+ years of computer vision\n"
    cv = next(s for s in match(resume, posting).skills if s.id == "computer-vision")
    # the first job names object detection, which comes under computer vision
    assert cv.credit == 1 and cv.years_shown == 7.4
    assert "7.4 years of it in the resume (5+ asked)" in cv.why


def test_a_choice_met_by_an_option_asked_for_alone_is_one_row():
    posting = "Requirements\n- ROS or ROS 2\n- ROS 2 navigation stack experience\n- C++\n"
    result = match("Skills: ROS 2, C++", posting)
    assert [(s.id, s.credit) for s in result.skills] == [("ros2", 1.0), ("cpp", 1.0)]


def test_a_choice_met_by_none_whose_option_is_asked_alone_is_one_gap():
    posting = "자격요건\n- PyTorch 또는 TensorFlow 경험\n- TensorFlow 모델 서빙 경험\n- Python\n"
    result = match("기술 스택\nPython, Docker", posting, lang="ko")
    missing = [s.id for s in result.skills if not s.credit]
    # one gap, not "PyTorch or TensorFlow" and TensorFlow
    assert "tensorflow" in missing and "pytorch" not in missing
    pytorch_only = match("기술 스택\nPython, PyTorch", posting, lang="ko")
    credits = {s.id: s.credit for s in pytorch_only.skills}
    assert credits["pytorch"] == 1 and 0 < credits["tensorflow"] < 1  # related, in part


def test_skills_named_only_in_a_list_are_marked_and_ones_shown_in_work_are_not():
    resume = """Experience
ML Engineer, Acme (2021-03 – 2024-12)
- Served Llama 3 with vLLM behind a FastAPI service

Skills
Python, LLMs, FastAPI, Docker, Terraform
"""
    posting = "Requirements\n- Python\n- LLMs\n- FastAPI\n- Docker\n- Terraform\n"
    result = match(resume, posting)
    listed = {s.id for s in result.skills if s.listed_only}
    # Llama 3 is an LLM, FastAPI is named in the job and is Python's: only the rest are a
    # list's names
    assert listed == {"docker", "terraform"}
    view = match_view(result)
    assert {s["id"] for s in view["show_in_work"]} == listed
    assert all(s["credit"] == 1 for s in view["matched"] if s["listed_only"])


def test_a_degree_or_certificate_in_the_education_section_is_not_only_listed():
    resume = "학력\n한결대학교 전자공학 석사 (2020)\n\n자격증\n정보처리기사\n\n기술\nPython, ROS\n"
    posting = "자격요건\n- 전자공학 석사 이상\n- 정보처리기사\n- Python, ROS\n"
    result = match(resume, posting, lang="ko")
    assert {s.id for s in result.skills if s.credit} >= {"masters-degree", "python", "ros"}
    assert {s.id for s in result.skills if s.listed_only} == {"python", "ros"}


@pytest.mark.parametrize(
    ("resume", "posting", "lang", "why"),
    [
        (
            "Experience\nMachine Learning Engineer, Acme (2017 - 2024)\n- Wrote C++ code\n",
            "Requirements\n- 3+ years of software development experience\n- Proficiency in C++\n",
            "en",
            "7 years as Machine Learning Engineer, whose work centrally is Software development",
        ),
        (
            "경력\nBI 분석가 | 에이사 | 2018.01 ~ 2024.01\n- 주간 매출 리포트 작성\n",
            "자격요건\n- 데이터 분석 경력 3년 이상\n- SQL\n",
            "ko",
            "데이터 애널리스트 경력 6.1년: 데이터 분석은 그 직무의 핵심 업무",
        ),
    ],
)
def test_years_of_a_field_done_in_jobs_of_a_role_central_to_it(resume, posting, lang, why):
    result = match(resume, posting, lang=lang)
    field = next(s for s in result.skills if s.years_asked == 3)
    assert field.credit == 1 and field.via == "title" and field.why == why
    assert result.years_credit == 1 and result.years_in_field >= 6


def test_a_job_of_a_role_does_not_show_what_is_not_central_to_it():
    # robotics engineers are not, by their title, software developers in the knowledge base;
    # nor does a field the resume says it lacks count
    resume = "Experience\nRobotics Engineer, Acme (2017 - 2024)\n- ROS navigation\n"
    result = match(resume, "Requirements\n- 3+ years of software development experience\n")
    assert result.skills[0].credit == 0 and result.years_credit == 0
    lacking = (
        "Summary\nNo hands-on software development experience yet.\n\nExperience\n"
        "Machine Learning Engineer, Acme (2017 - 2024)\n- Model evaluation reports\n"
    )
    result = match(lacking, "Requirements\n- 3+ years of software development experience\n")
    assert result.skills[0].credit == 0


def test_no_dated_jobs_is_not_a_shortfall():
    from careernav.match.views import match_view

    result = match("Skills: Python", "Requirements\n- 5+ years of experience\n- Python\n")
    experience = match_view(result)["experience"]
    assert experience["years_asked"] == 5 and experience["years_shown"] is None
    assert experience["short_by"] is None


def test_toeic_shows_english_proficiency():
    result = match("자격증\n- TOEIC 900", "자격요건\n- 영어 커뮤니케이션 능력\n", lang="ko")
    (english,) = result.skills
    assert english.id == "english-communication" and english.credit == 1


# -- a requirement denied, degrees offered as a choice, years of an alternative --------------


@pytest.mark.parametrize(
    ("posting", "levels"),
    [
        (
            "자격요건\n- Python 능숙자\n- C++ 경험자 (필수는 아님)\n- Go 경험 (우대)\n"
            "- SQL 능숙 (BigQuery 경험 환영)\n",
            {"python": "required", "cpp": "preferred", "go": "preferred", "sql": "required",
             "bigquery": "preferred"},
        ),
        (
            "Requirements\n- Python\n- Rust (not required)\n- Kubernetes is not a must\n"
            "- Docker required\n- Go (optional)\n",
            {"python": "required", "rust": "preferred", "kubernetes": "preferred",
             "docker": "required", "go": "preferred"},
        ),
        (
            "[자격요건]\n- Python 능숙자\n- SQL 능숙자 (필수는 아니지만 있으면 좋음)\n"
            "- Docker는 선택 사항입니다\n- Kubernetes (선택)\n- 모델 선택 및 평가 경험\n",
            {"python": "required", "sql": "preferred", "docker": "preferred",
             "kubernetes": "preferred", "model-evaluation": "required"},
        ),
    ],
)  # fmt: skip
def test_a_requirement_said_not_to_be_one_is_preferred(posting, levels):
    assert {r.id: r.level for r in analyze_posting(posting).requirements} == levels


def test_degrees_joined_by_a_slash_are_a_choice_and_fields_in_a_list_too():
    posting = "Requirements\n- BS/MS in Robotics, CS, EE or similar\n"
    alternatives = {r.id: set(r.alternatives) for r in analyze_posting(posting).requirements}
    assert alternatives["bachelors-degree"] == {"masters-degree"}
    assert alternatives["computer-science"] == {"robotics", "electrical-engineering"}
    resume = "Education\nB.S. Robotics, Seoul National University (2016)\n"
    result = match(resume, posting)
    assert {s.id for s in result.missing} == set()
    # "CS" alone is as often customer service: only in a list of fields
    assert analyze_posting("자격요건\n- CS 응대 및 고객 관리 경험\n").requirements == []


@pytest.mark.parametrize(
    ("posting", "years"),
    [
        # the names in an aside with years of its own are the aside's
        (
            "자격요건\n- 데이터 엔지니어링 경력 5년 이상 (또는 백엔드 개발 경력 포함 7년 이상)\n",
            {"data-engineering": 5, "backend-development": 7},
        ),
        # years of an alternative to the degree are not the degree's
        (
            "자격요건\n- 음성인식 분야 석사 이상 학위 또는 이에 준하는 경력 2년 이상\n",
            {"speech-recognition": None, "masters-degree": None},
        ),
        (
            "Requirements\n- PhD in Statistics or 5+ years of experience in machine learning\n",
            {"phd": None, "statistics": None, "machine-learning": 5},
        ),
    ],
)
def test_years_of_an_alternative_are_its_own(posting, years):
    assert {r.id: r.years for r in analyze_posting(posting).requirements} == years


def test_one_of_a_korean_list_is_a_choice():
    posting = "자격요건\n- Tableau, Looker, Redash 중 하나 이상 사용 경험\n"
    alternatives = {r.id: set(r.alternatives) for r in analyze_posting(posting).requirements}
    assert alternatives["redash"] == {"tableau", "looker"}


def test_degrees_offered_apart_in_one_line_are_a_choice():
    posting = (
        "Basic qualifications\n- PhD in Computer Science or related field, or Master's degree "
        "and 3+ years of experience in machine learning\n"
    )
    resume = (
        "Education\nM.S. Computer Science, KAIST (2020)\n\nExperience\n"
        "ML Engineer, Naver (2020.03 – 2024.02)\n- machine learning models for search\n"
    )
    result = match(resume, posting)
    assert result.missing == []
    assert result.required_coverage == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("posting", "years"),
    [
        ("자격요건\n- Python (신입~5년)\n- SQL 3년 이하\n- 최근 5년 이내 논문 게재\n",
         {"python": None, "sql": None, "research-publication": None}),
        ("자격요건\n- 박사학위 소지자 또는 석사학위 취득 후 4년 이상 연구경력자\n"
         "- Spark 3년 이상 5년 이하\n",
         # "4년 이상 연구경력" is four years of research; degrees carry no years
         {"phd": None, "masters-degree": None, "academic-research": 4, "apache-spark": 3}),
        ("Requirements\n- up to 5 years of Python\n- publications in the last 5 years\n"
         "- 3-5 years of SQL\n",
         {"python": None, "research-publication": None, "sql": 3}),
        ("자격요건\n- 신입~경력 3년 Python 개발자\n- SQL (신입 ~ 경력 2년)\n",
         {"python": None, "sql": None}),
        ("Requirements\n- Entry level to 3 years of Python\n- New graduates - 2 years of SQL\n",
         {"python": None, "sql": None}),
    ],
)  # fmt: skip
def test_a_ceiling_or_a_window_of_years_asks_for_no_minimum(posting, years):
    assert {r.id: r.years for r in analyze_posting(posting).requirements} == years


def test_a_floor_then_a_ceiling_without_a_dash_is_a_range():
    analysis = analyze_posting("자격요건\n- 경력 3년 이상 10년 이하\n- Python\n")
    assert (analysis.extraction.years, analysis.extraction.years_high) == (3, 10)


def test_years_in_a_table_cell_are_the_cells_names_unless_the_cell_is_years_alone():
    posting = (
        "Requirements\nMust have | Nice to have\n"
        "3+ years writing production SQL | Python for scripting\n"
        "2+ years with dbt | Experience with LookML\n"
    )
    got = {r.id: (r.level, r.years) for r in analyze_posting(posting).requirements}
    assert got["sql"] == ("required", 3) and got["dbt"] == ("required", 2)
    assert got["python"] == ("preferred", None) and got["looker"] == ("preferred", None)
    table = "자격요건\n기술 | 경력\nPython | 3년 이상\n"
    assert {r.id: r.years for r in analyze_posting(table).requirements} == {"python": 3}


@pytest.mark.parametrize(
    ("posting", "levels", "years"),
    [
        # a posting written as one paragraph: each clause says how much it wants its names
        ("저희는 파이썬 경력 2년 이상이 꼭 필요하고, FastAPI 경험이 있어야 하며, LoRA 경험이 있으면 "
         "더 좋고, Docker는 필수입니다.",
         {"python": "required", "fastapi": "required", "lora": "preferred", "docker": "required"},
         {"python": 2, "fastapi": None, "lora": None, "docker": None}),
        ("Requirements\n- You must have 3+ years of Python, and LoRA would be a plus.\n",
         {"python": "required", "lora": "preferred"}, {"python": 3, "lora": 3}),
        # "필수" in the preferred section requires
        ("우대사항\n- 어학: OPIc IM2 이상 (필수)\n- Spark 경험\n",
         {"opic": "required", "apache-spark": "preferred"}, {"opic": None, "apache-spark": None}),
    ],
)  # fmt: skip
def test_the_nearer_word_says_how_much_a_name_is_wanted(posting, levels, years):
    requirements = analyze_posting(posting).requirements
    assert {r.id: r.level for r in requirements} == levels
    assert {r.id: r.years for r in requirements} == years


def test_at_least_one_of_a_slashed_list_is_a_choice_of_all_of_it():
    posting = "Requirements\n- Experience with at least one of vLLM / SGLang / TensorRT-LLM\n"
    alternatives = {r.id: set(r.alternatives) for r in analyze_posting(posting).requirements}
    assert alternatives["tensorrt-llm"] == {"vllm", "sglang"}


def test_examples_in_brackets_after_what_they_are_examples_of_are_a_choice():
    posting = "자격요건\n- 하이퍼파라미터 탐색(Optuna, Ray Tune) 경험\n- Python(pandas, numpy)\n"
    alternatives = {r.id: set(r.alternatives) for r in analyze_posting(posting).requirements}
    assert alternatives["optuna"] == {"ray-tune", "hyperparameter-tuning"}
    assert alternatives["hyperparameter-tuning"] == {"optuna", "ray-tune"}
    # a search done with another tool shows the kind asked: nothing is missing
    result = match(
        "경력\n- scikit-learn 그리드 서치로 하이퍼파라미터 탐색 (2021.01 ~ 2023.12)\n", posting
    )
    assert {s.id: s.credit for s in result.skills}["hyperparameter-tuning"] == 1
    assert {"hyperparameter-tuning", "optuna", "ray-tune"}.isdisjoint(s.id for s in result.missing)
    # pandas and numpy are used from Python, not kinds of it: both are asked
    assert alternatives["pandas"] == set() and alternatives["numpy"] == set()


def test_a_sensor_counts_in_part_for_fusing_sensors():
    result = match("Experience\n- Labelled LiDAR scans\n", "Requirements\n- Sensor fusion\n")
    assert result.skills[0].credit == 0.5


def test_a_plus_named_among_the_duties_too_stays_a_plus():
    posting = (
        "주요업무\n- LLM 파인튜닝 및 서빙\n- RAG 파이프라인 개발\n"
        "자격요건\n- Python\n우대사항\n- LoRA 등 파인튜닝 경험\n"
    )
    levels = {r.id: r.level for r in analyze_posting(posting).requirements}
    assert levels["fine-tuning"] == "preferred" and levels["lora"] == "preferred"
    assert levels["rag"] == "required" and levels["python"] == "required"


def test_backend_development_comes_under_software_development():
    resume = "경력\n- 백엔드 개발 (2018.03 ~ 2024.02)\n"
    skill = match(resume, "Requirements\n- Software development\n").skills[0]
    assert (skill.credit, skill.via) == (1.0, "narrower")


@pytest.mark.parametrize(
    ("posting", "years"),
    [
        ("Requirements\n- 5+ years of software engineering, at least 2 in ML infrastructure or "
         "MLOps\n", {"software-development": 5, "machine-learning": 2, "mlops": 2}),
        ("Requirements\n- 7 years of experience, 3+ of them with Spark\n", {"apache-spark": 3}),
        ("Requirements\n- 5+ years of Python, including 3+ years on AWS\n",
         {"python": 5, "aws": 3}),
    ],
)  # fmt: skip
def test_the_share_of_the_years_given_to_one_part_is_that_parts(posting, years):
    assert {r.id: r.years for r in analyze_posting(posting).requirements} == years


def test_the_nearest_case_of_a_concept_speaks_for_it():
    # Cohere Rerank is a case of LLM app development four steps down (reranking, advanced
    # RAG, RAG), LangChain one: LangChain says it best, whatever the resume's order
    result = match(
        "Skills: Cohere Rerank, LangChain", "Requirements\n- LLM application development"
    )
    app = next(s for s in result.skills if s.id == "llm-app-development")
    assert app.via == "narrower" and app.via_skill == "langchain"


def test_what_a_shown_skill_needs_first_counts_for_half():
    posting = "Requirements\n- Vector embeddings\n- Python\n"
    result = match("Experience\n- Built a RAG assistant with LangChain in Python", posting)
    embeddings = next(s for s in result.skills if s.id == "vector-embeddings")
    assert (embeddings.credit, embeddings.via, embeddings.via_skill) == (0.5, "needed", "rag")
    assert (
        embeddings.why
        == "the resume's Retrieval-augmented generation needs Vector embeddings first, so it counts for half"
    )
    ko = match("경력\n- LangChain으로 RAG 챗봇 개발 (Python)", posting, lang="ko")
    embeddings = next(s for s in ko.skills if s.id == "vector-embeddings")
    assert embeddings.why == "이력서의 검색 증강 생성은 벡터 임베딩을 먼저 필요로 하므로 절반 인정"
    # languages named side by side as prerequisites are a choice: Spark shows none of them
    spark = match("Skills: Apache Spark", posting)
    assert next(s for s in spark.skills if s.id == "python").credit == 0


def test_a_certificate_counts_only_when_held():
    posting = "우대사항\n- 정보처리기사 자격증\n자격요건\n- Python\n"
    result = match("학력\n한국대학교 컴퓨터공학과 졸업\n기술\nPython", posting, lang="ko")
    # 정보처리기사 is related to computer science in the knowledge base, yet no half of it
    cert = next(s for s in result.skills if s.id == "information-processing-engineer")
    assert cert.credit == 0 and cert.via is None


def test_a_roles_interchangeable_products_are_one_choice(kb):
    resume = "Skills: AutoGluon, H2O, Optuna, scikit-learn, pandas, Python, XGBoost"
    result = match(resume, role="automl-specialist")
    platforms = next(s for s in result.skills if s.id in ("autogluon", "h2o", "datarobot"))
    assert platforms.credit == 1
    assert {"google-automl", "azure-machine-learning", "datarobot"} <= set(platforms.alternatives)
    # counted once, at the weight of the heaviest option
    assert not any(s.id == "datarobot" for s in result.skills if s is not platforms)


DUTIES_AND_ASKS = """Speech Recognition Research Engineer
Job Description
- Train ASR models with PyTorch
- Deploy models on ARM devices with quantization
- Build data labeling pipelines
Qualifications
- MSc or PhD in a related field
- PyTorch
- Automatic speech recognition research
"""


def test_a_skill_named_only_among_the_duties_weighs_half_a_requirement():
    result = match("Skills: PyTorch, ASR, PhD (2021)", DUTIES_AND_ASKS)
    by_id = {s.id: s for s in result.skills}
    quantization = by_id["model-quantization"]
    assert quantization.level == "required" and quantization.credit == 0
    # the PhD is asked in the qualifications; neither is central to the role: half of it
    assert quantization.weight == by_id["phd"].weight / 2
    # the qualifications are all there; four unmet duties make it a stretch, not build first
    # (at full weight they would: 1.95 of 4.35)
    assert result.required_coverage > 0.6 and result.verdict == "stretch"


def test_without_a_requirements_section_the_duties_are_the_asks():
    posting = "What you'll do\n- Train ASR models with PyTorch\n- Deploy models with quantization\n"
    by_id = {s.id: s for s in match("Skills: PyTorch", posting).skills}
    # the same skill weighs twice what it does beside a requirements section
    with_asks = {s.id: s for s in match("Skills: PyTorch", DUTIES_AND_ASKS).skills}
    assert by_id["model-quantization"].weight == 2 * with_asks["model-quantization"].weight


def test_what_a_skill_shown_through_a_case_needs_first_counts_for_half():
    # PyTorch shows deep learning (a case of it), and deep learning needs neural networks
    for lang, words in (
        ("en", "comes under Deep learning, which needs"),
        ("ko", "딥러닝에 속하고"),
    ):
        networks = match("Skills: PyTorch", "Requirements\n- Neural networks\n", lang=lang).skills[
            0
        ]
        assert (networks.credit, networks.via, networks.via_skill) == (0.5, "needed", "pytorch")
        assert words in networks.why


SENIOR_POSTING = """Senior Data Engineer
Requirements
- 5+ years of experience in data engineering
- Python, SQL, Spark, Airflow
"""


def test_a_postings_years_ask_is_one_requirement_of_the_required_coverage():
    new_graduate = (
        "Projects\n- Data engineering capstone: Spark and Airflow pipelines in Python and SQL\n"
    )
    result = match(new_graduate, SENIOR_POSTING)
    skills_only = [s for s in result.skills if s.level == "required"]
    assert all(s.credit == 1 for s in skills_only)  # every skill is there
    # ... but none of the five years: one requirement of weight 1, unmet
    assert (result.years_asked, result.years_credit, result.years_weight) == (5, 0.0, 1.0)
    total = sum(s.weight for s in skills_only)
    assert result.required_coverage == round(total / (total + 1.0), 4)
    assert result.required_coverage < 1.0


def test_years_shown_count_for_their_share_of_the_years_asked():
    resume = (
        "Experience\nData Engineer, Acme (Jan 2021 – Dec 2023)\n- Python, SQL, Spark, Airflow\n"
    )
    result = match(resume, SENIOR_POSTING)
    assert result.years_shown == 3.0 and result.years_credit == 0.6
    view = match_view(result)["experience"]
    assert (view["short_by"], view["weight"], view["credit"]) == (2.0, 1.0, 0.6)
    enough = (
        "Experience\nData Engineer, Acme (Jan 2015 – Dec 2023)\n- Python, SQL, Spark, Airflow\n"
    )
    assert match(enough, SENIOR_POSTING).years_credit == 1.0
    # a role asks no years: nothing is added
    assert match(resume, role="data-engineer").years_weight == 0.0


def test_research_shown_in_korean_and_papers_read_for_publications():
    research = match("연구 경력\n- 음성 인식 연구\n", "Requirements\n- Research experience\n")
    assert research.skills[0].credit == 1
    reading = match(
        "Publications\n- NeurIPS 2023 paper on diffusion\n", "Requirements\n- Paper reading\n"
    ).skills[0]
    # a paper builds on the ones read: what publishing needs first counts for half
    assert (reading.credit, reading.via, reading.via_skill) == (
        0.5,
        "needed",
        "research-publication",
    )
    segmentation = match("Skills: U-Net", "Requirements\n- Image segmentation\n").skills[0]
    assert segmentation.credit == 0.5 and segmentation.via_skill == "u-net"


def test_a_years_ask_that_names_a_field_counts_the_years_in_that_field():
    resume = (
        "Experience\nMLOps Engineer, Acme (Jan 2019 – Dec 2023)\n- Kubeflow, MLOps platform\n"
        "Backend Engineer, Beta (Jan 2010 – Dec 2018)\n- Java services on Docker and Linux\n"
    )
    field = match(resume, "자격요건\n- MLOps 경력 10년 이상\n- Kubernetes\n", lang="ko")
    # 14 years of work, five of them in MLOps: half of the ten asked
    assert field.years_shown == 14.0 and field.years_credit == 0.5
    assert (field.years_field, field.years_in_field) == ("MLOps", 5.0)
    view = match_view(field)["experience"]
    assert (view["field"], view["years_in_field"], view["credit"]) == ("MLOps", 5.0, 0.5)
    # a career ask names no field: the years of related work count, and the backend job
    # (Docker, asked too) is related
    career = match(
        resume, "자격요건\n- 경력 10년 이상\n- Kubernetes, Docker 기반 MLOps 플랫폼 운영\n"
    )
    assert career.years_credit == 1.0 and career.years_field is None


CAREER_CHANGER_KO = """경력
(주)한빛회계법인 | 회계사 | 2012.03 ~ 2019.02
- 재무제표 감사, 세무 신고, ERP 결산

(주)클라우드웍스 | 2019.03 ~ 2023.02
- Kubernetes, Docker 기반 모델 배포 파이프라인 운영, MLflow
"""


def test_a_career_ask_that_names_no_field_counts_the_years_of_related_work():
    posting = "자격요건\n- 경력 5년 이상\n- Kubernetes, Docker, MLflow\n- 모델 서빙 경험\n"
    result = match(CAREER_CHANGER_KO, posting, lang="ko")
    # eleven years of work, seven of them auditing: the four of model deployment count
    assert result.years_shown == 11.0
    assert (result.years_field, result.years_in_field) == ("관련 업무", 4.0)
    assert result.years_credit == 0.8
    view = match_view(result)["experience"]
    assert (view["short_by"], view["field"]) == (1.0, "관련 업무")
    english = match(CAREER_CHANGER_KO, posting.replace("경력 5년 이상", "5+ years of experience"))
    assert (english.years_field, english.years_in_field) == ("related work", 4.0)


def test_a_job_that_names_no_skill_counts_toward_a_career_ask():
    # nothing says the first job was unrelated: every year counts, as before
    resume = (
        "Experience\nAcme Corp (Jan 2012 – Dec 2018)\n- Led a team of five\n"
        "Beta Inc (Jan 2019 – Dec 2023)\n- Kubernetes, Docker, MLflow\n"
    )
    result = match(resume, "Requirements\n- 10+ years of experience\n- Kubernetes, MLflow\n")
    assert result.years_credit == 1.0 and result.years_field is None


def test_years_in_another_field_are_no_years_in_the_field_asked():
    accountant = "Experience\nAccountant, Acme (Jan 2014 – Dec 2024)\n- Excel, ERP closing\n"
    result = match(accountant, "자격요건\n- MLOps 경력 10년 이상\n- Kubernetes\n")
    assert result.years_shown == 11.0
    assert (result.years_field, result.years_in_field, result.years_credit) == ("MLOps", 0.0, 0.0)


def test_a_job_titled_as_the_postings_role_counts_for_a_field_it_does_not_name():
    # "5+ years of software engineering": an ML engineer's jobs say ML, not "software"
    resume = (
        "Experience\nMachine Learning Engineer, Acme (Jan 2018 – Dec 2023)\n"
        "- Trained and deployed PyTorch models\n"
    )
    posting = (
        "Machine Learning Engineer\nRequirements\n- 5+ years of software engineering experience\n"
        "- PyTorch, model deployment, MLOps\n"
    )
    result = match(resume, posting)
    assert result.years_credit == 1.0 and result.years_in_field == 6.0


def test_a_field_shown_through_a_related_skill_counts_that_skills_years():
    resume = (
        "경력\n달리오 — 데이터 분석가 · 2019.09 ~ 2024.08\n"
        "- SQL, Python으로 주문 데이터 분석, A/B 테스트 설계\n"
    )
    posting = (
        "Requirements\n- 3+ years of experience in data science or a similar analytical role\n"
        "- Python and SQL\n"
    )
    result = match(resume, posting)
    science = next(s for s in result.skills if s.id == "data-science")
    assert science.via_skill == "data-analysis" and science.credit == 0.5
    # the row says five years of data analysis; the years ask counts the same five
    assert (result.years_field, result.years_in_field) == ("Data analysis", 5.0)
    assert result.years_credit == 1.0


def test_an_apply_short_of_half_the_years_asked_is_held_at_stretch():
    posting = (
        "Requirements\n- 5+ years of experience\n- Python, PyTorch, Docker, Kubernetes\n"
        "- SQL, MLflow, FastAPI, Airflow\n"
    )
    skills = "Python, PyTorch, Docker, Kubernetes, SQL, MLflow, FastAPI, Airflow"
    graduate = match(f"Projects\n- {skills}\n", posting)
    # every skill and no year: the skills say apply, the years hold it at stretch
    assert graduate.required_coverage >= 0.7 and graduate.verdict == "stretch"
    assert graduate.verdict_before_years == "apply"
    three = match(f"Experience\nML Engineer, Acme (Jan 2021 – Dec 2023)\n- {skills}\n", posting)
    assert three.years_credit == 0.6 and three.verdict == "apply"
    assert three.verdict_before_years is None


# --- What the resume says of a skill beats what its lists and inferences would say -----------

RESUME_KO_WISHES = """임수빈
백엔드 개발자

자기소개
3년 차 백엔드 개발자입니다. Kubernetes는 아직 실무 경험이 없고 온라인 강의로 학습 중입니다. \
앞으로 Kubeflow와 MLflow를 실무에서 다뤄 보고 싶습니다. Python은 기초 문법을 공부하고 있습니다.

경력
(주)모아쇼핑 · 백엔드 개발자 (2023.08 ~ 현재)
- Java Spring Boot로 주문·결제 API 개발, MySQL 쿼리 튜닝
- Docker로 서비스를 컨테이너화하고 Jenkins로 배포 자동화

기술 스택
Java, Spring Boot, MySQL, Docker, Jenkins, Kubernetes, Kubeflow, Airflow, MLflow
"""
POSTING_KO_MLOPS = """MLOps 엔지니어

자격요건
- Kubernetes 운영 경험
- Kubeflow, MLflow 사용 경험
- Python
- Docker
"""
RESUME_EN_WISHES = """Kim Lee
Backend Engineer

Summary
Java backend engineer. I have not used Kubernetes in production yet, and I am currently \
learning Terraform.

Experience
Acme — Backend Engineer (2021.01 – present)
- Built order APIs with Java and Spring Boot on PostgreSQL
- Containerized services with Docker

Skills
Java, Spring Boot, PostgreSQL, Docker, Kubernetes, Terraform
"""
POSTING_EN_PLATFORM = """Platform Engineer

Requirements
- Kubernetes in production
- Terraform
- Docker
- Java
"""


def _rows(result):
    return {s.id: s for s in result.skills}


def test_a_skills_list_naming_what_the_resume_says_it_lacks_or_wishes_for_counts_for_half():
    rows = _rows(match(RESUME_KO_WISHES, POSTING_KO_MLOPS, lang="ko"))
    for sid in ("kubernetes", "kubeflow", "mlflow"):
        assert (rows[sid].credit, rows[sid].via) == (0.5, "basic"), sid
    assert "경험이 없다고" in rows["kubernetes"].why and "절반" in rows["kubernetes"].why
    assert "희망하거나 배우는 중" in rows["mlflow"].why
    assert (rows["docker"].credit, rows["docker"].via) == (1.0, "direct")  # used at work
    rows = _rows(match(RESUME_EN_WISHES, POSTING_EN_PLATFORM))
    assert (rows["kubernetes"].credit, rows["kubernetes"].via) == (0.5, "basic")
    assert rows["kubernetes"].why.startswith("the resume says it lacks Kubernetes")
    assert (rows["terraform"].credit, rows["terraform"].via) == (0.5, "basic")
    assert (rows["java"].credit, rows["docker"].credit) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("resume", "posting"),
    [
        # denied in one clause, used in a project all the same
        (
            "Summary\nNo professional Kubernetes experience yet; I used it in my own projects.\n\n"
            "Projects\n- Thesis demo: served the model on a k3s Kubernetes cluster with Helm\n\n"
            "Skills\nPython, Docker, Kubernetes\n",
            POSTING_EN_PLATFORM,
        ),
        (
            "자기소개\nKubernetes는 실무 경험이 없습니다.\n\n"
            "프로젝트\n- 졸업 프로젝트: 모델 서빙 API를 Kubernetes(minikube)에 배포하고 Helm 차트 작성\n\n"
            "기술 스택\nPython, Docker, Kubernetes\n",
            POSTING_KO_MLOPS,
        ),
        # a skills list that nothing denies
        ("Summary\nBackend engineer.\n\nSkills\nJava, Docker, Kubernetes, Terraform\n",
         POSTING_EN_PLATFORM),
        ("요약\n백엔드 개발자입니다.\n\n기술 스택\nJava, Docker, Kubernetes\n", POSTING_KO_MLOPS),
    ],
)  # fmt: skip
def test_a_skill_used_in_a_project_or_listed_without_a_denial_counts_in_full(resume, posting):
    k8s = _rows(match(resume, posting))["kubernetes"]
    assert (k8s.credit, k8s.via) == (1.0, "direct")


def test_a_skill_the_resume_only_wishes_for_or_lacks_is_not_inferred():
    # Airflow is used with Python, but the resume says Python is only being learned
    python = _rows(match(RESUME_KO_WISHES, POSTING_KO_MLOPS, lang="ko"))["python"]
    assert (python.credit, python.via) == (0.0, None)
    assert python.why == "이력서에 Python은 희망하거나 배우는 중인 것으로만 나와 근거가 아님"
    # Amazon EKS comes under Kubernetes, which the resume says it lacks
    resume = (
        "Summary\nData engineer. I have no hands-on Kubernetes experience.\n\n"
        "Experience\nAcme — Data Engineer (2021.01 – present)\n- Ran Spark jobs on Amazon EKS\n\n"
        "Skills\nPython, Spark, Amazon EKS\n"
    )
    rows = _rows(match(resume, "Requirements\n- Kubernetes\n- Spark\n"))
    assert (rows["kubernetes"].credit, rows["kubernetes"].via) == (0.0, None)
    assert rows["kubernetes"].why == "the resume says it lacks Kubernetes, which is not evidence"
    assert rows["apache-spark"].credit == 1.0


def test_a_skill_graded_basic_keeps_its_half_whatever_uses_it():
    resume = "기술\nPython(기초), Java\n\n경력\n- Java로 배치 작성, Airflow로 스케줄링\n"
    python = _rows(match(resume, "자격요건\n- Python\n- Airflow\n", lang="ko"))["python"]
    assert (python.credit, python.via) == (0.5, "basic")


def test_what_a_skill_shown_at_a_basic_level_only_shows_counts_for_half():
    rows = _rows(
        match("Skills\nAdvanced: Python, SQL · Familiar: Kubeflow\n", "Requirements\n- MLOps\n")
    )
    assert (rows["mlops"].credit, rows["mlops"].via, rows["mlops"].via_skill) == (
        0.5,
        "narrower",
        "kubeflow",
    )
    assert rows["mlops"].why == (
        "Kubeflow comes under MLOps, but the resume shows it at a basic level only, so it "
        "counts for half"
    )


def test_a_job_wished_for_does_not_hide_the_work_that_shows_its_field():
    resume = (
        "최하은\nLLM 엔지니어 지망 신입\n\n"
        "프로젝트\n- LangChain 에이전트가 학사 규정 검색 도구를 호출하도록 구현\n"
        "- Qwen2.5 7B를 LoRA로 파인튜닝, vLLM으로 서빙\n\n기술 스택\nPython, LangChain, vLLM\n"
    )
    llm = _rows(match(resume, "자격요건\n- LLM 기반 서비스 개발 경험\n- LLM\n", lang="ko"))["llm"]
    assert llm.credit == 1.0 and llm.via == "narrower"
    # nor does a role sought that names a skill the resume shows
    resume = (
        "Summary\nBackend engineer seeking a Python developer role.\n\n"
        "Experience\n- Built REST APIs with Django\n\nSkills\nPython, Django, PostgreSQL\n"
    )
    python = _rows(match(resume, "Requirements\n- Python\n"))["python"]
    assert (python.credit, python.via) == (1.0, "direct")


RESUME_EN_FRONTEND = """Jordan Lee
Frontend Developer

Summary
Frontend developer building web apps in React and TypeScript.

Experience
Brightloop — Senior Frontend Developer (2022.01 – present)
- Built the chat widget for our support bot: streaming responses from the OpenAI API, retry UI
- Migrated the app from JavaScript to TypeScript

Skills
React, TypeScript, JavaScript, Next.js, Jest
"""


def test_a_service_called_from_another_language_does_not_show_python():
    python = _rows(match(RESUME_EN_FRONTEND, "Requirements\n- Python\n"))["python"]
    assert python.credit < 1 and python.via_skill != "openai-api"
    resume = (
        "프론트엔드 개발자\n\n경력\n"
        "- TypeScript와 React로 고객 상담 화면 개발, OpenAI API 스트리밍 응답 연동\n\n"
        "기술 스택\nTypeScript, React, Next.js\n"
    )
    python = _rows(match(resume, "자격요건\n- Python\n", lang="ko"))["python"]
    assert python.credit < 1 and python.via_skill != "openai-api"


@pytest.mark.parametrize(
    ("resume", "requirement", "via_skill"),
    [
        # a library written for Python shows it, whatever else the resume shows
        (
            RESUME_EN_FRONTEND.replace(
                "- Migrated", "- Fine-tuned a PyTorch reranker for search results\n- Migrated"
            ),
            "python",
            "pytorch",
        ),
        # a service and nothing else to call it from: its SDK's language
        ("Experience\n- Built a support bot on the OpenAI API\n", "python", "openai-api"),
        # a service's query language is every caller's
        ("Experience\n- Java services writing events to BigQuery for the analysts\n", "sql",
         "bigquery"),
    ],
)  # fmt: skip
def test_what_is_used_through_one_language_still_shows_it(resume, requirement, via_skill):
    row = _rows(match(resume, "Requirements\n- Python\n- SQL\n"))[requirement]
    assert (row.credit, row.via, row.via_skill) == (1.0, "uses", via_skill)


@pytest.mark.parametrize(
    ("resume", "posting"),
    [
        (
            "Projects\n- Weed detector: YOLOv8 in PyTorch, OpenCV capture loop in Python\n\n"
            "Education\n- Online: C++ fundamentals course (2025, certificate)\n\n"
            "Skills\nPython, PyTorch, OpenCV, C++ (basic), Linux\n",
            "Requirements\n- C++\n- Python\n",
        ),
        (
            "교육\n- C++ 프로그래밍 과정 수료 (2024, 120시간)\n\n기술 스택\nPython, C++(기초)\n",
            "자격요건\n- C++\n",
        ),
    ],
)
def test_a_basic_self_rating_beats_a_course_or_a_list_naming_the_skill(resume, posting):
    cpp = _rows(match(resume, posting))["cpp"]
    assert (cpp.credit, cpp.via) == (0.5, "basic")


def test_a_basic_self_rating_gives_way_to_use_in_a_project():
    resume = (
        "Projects\n- Wrote the C++ capture and inference loop on a Jetson\n\n"
        "Education\n- Online: C++ fundamentals course (2025, certificate)\n\n"
        "Skills\nPython, C++ (basic)\n"
    )
    cpp = _rows(match(resume, "Requirements\n- C++\n"))["cpp"]
    assert (cpp.credit, cpp.via) == (1.0, "direct")


def test_a_field_ask_that_accepts_equivalent_experience_counts_related_work():
    resume = (
        "경력\n(주)한빛유통 | 재무 분석 담당 | 2022.01 ~ 2024.11\n"
        "- SQL, Power BI로 월간 손익 대시보드, pandas로 매출 분석\n"
        "(주)미래상사 | 영업 지원 | 2020.01 ~ 2021.12\n- ERP 주문 입력, 거래처 관리\n"
    )
    accepting = "자격요건\n- 데이터 분석 경력 2년 이상 또는 이에 준하는 경험\n- SQL, Power BI\n"
    result = match(resume, accepting, lang="ko")
    # the field's own years are none; the related work (SQL, Power BI, pandas) is 2.9
    assert (result.years_field, result.years_in_field) == ("관련 업무", 2.9)
    assert result.years_credit == 1.0 and result.verdict == "apply"
    strict = match(resume, "자격요건\n- 데이터 분석 경력 2년 이상\n- SQL, Power BI\n", lang="ko")
    assert strict.years_credit < 1.0


@pytest.mark.parametrize(
    ("line", "owner", "example"),
    [
        ("Model registry experience (MLflow)", "model-registry", "mlflow"),
        ("Kubernetes 운영 경험(EKS)", "kubernetes", "amazon-eks"),
    ],
)
def test_one_example_after_a_word_of_experience_is_an_option_of_it(line, owner, example):
    posting = analyze_posting(f"Requirements\n- {line}\n- Docker\n")
    by_id = {r.id: r for r in posting.requirements}
    assert by_id[owner].alternatives == (example,)
    result = match("Skills: MLflow, Amazon EKS, Docker", f"Requirements\n- {line}\n- Docker\n")
    assert result.required_coverage == 1.0  # the example shows what it exemplifies


def test_javascript_is_no_part_of_python():
    # a frontend developer's TypeScript and JavaScript say nothing of Python
    result = match("Skills: TypeScript, JavaScript, React\n", "Requirements\n- Python\n- React\n")
    python = next(s for s in result.skills if s.id == "python")
    assert python.credit == 0
    # R, a language of the same work, still counts for half
    assert match("Skills: R\n", "Requirements\n- Python\n").skills[0].credit == 0.5


@pytest.mark.parametrize(
    "line",
    [
        "- 기계공학, 제어공학, 전기전자 등 관련 전공 석사 이상",
        "- 기계공학, 제어공학, 메카트로닉스 등 관련 전공 석사 이상",
    ],
)
def test_korean_fields_of_study_ending_in_deung_are_one_choice(line):
    posting = f"로봇 제어 엔지니어\n\n[자격 요건]\n{line}\n- C++ 개발 경험\n"
    fields = {r.id: set(r.alternatives) for r in analyze_posting(posting).requirements}
    assert fields["mechanical-engineering"] >= {"control-systems"}
    resume = "학력\n- 한양대학교 기계공학과 석사 (2020)\n\n경력\n- 로봇 제어 엔지니어 (2020.03 ~ 2024.03)\n  - C++로 제어기 개발\n"
    assert match(resume, posting, lang="ko").missing == []


@pytest.mark.parametrize(
    ("posting", "resume", "met_by"),
    [
        (
            "자격요건\n- 석사 이상 또는 학사 + 경력 5년 이상\n- C++ 개발 경험\n",
            "학력\n- KAIST 기계공학 석사 (2024.02 졸업)\n\n경력\n- 로봇 제어 연구원, ㈜로보 "
            "(2024.03 ~ 현재)\n  - C++로 로봇 제어기 개발\n",
            "석사 학위",
        ),
        (
            "Requirements\n- PhD in Computer Science or 5+ years of industry experience\n"
            "- PyTorch\n",
            "Education\nPhD, Computer Science, KAIST (2023)\n\nExperience\nResearch Scientist, "
            "Acme (2023-03 – 2024-12)\n- PyTorch models\n",
            "PhD",
        ),
    ],
)
def test_a_degree_the_posting_accepts_instead_of_the_years_meets_them(posting, resume, met_by):
    lang = "ko" if "자격요건" in posting else "en"
    view = match_view(match(resume, posting, lang=lang))
    assert view["experience"]["met_by_degree"] == met_by
    assert view["experience"]["credit"] == 1 and view["experience"]["short_by"] is None
    assert view["verdict"] == "apply"


def test_a_degree_or_a_related_field_with_years_asks_the_years_too():
    posting = (
        "Requirements\n- Bachelor's degree in Computer Science or a related field and 5+ years "
        "of experience\n- Python\n"
    )
    resume = "Education\nBSc Computer Science (2022)\n\nExperience\nEngineer, Acme (2023-01 – 2024-12)\n- Python\n"
    view = match_view(match(resume, posting))
    assert view["experience"]["met_by_degree"] is None and view["experience"]["short_by"] == 3
    # a bachelor's does not meet a years ask that is the bachelor's holder's way in
    ko = "자격요건\n- 석사 이상 또는 학사 + 경력 5년 이상\n"
    bachelor = "학력\n- 한결대학교 학사 (2022)\n\n경력\n- 엔지니어, 에이사 (2023.01 ~ 2024.12)\n"
    assert match_view(match(bachelor, ko, lang="ko"))["experience"]["met_by_degree"] is None


def test_words_between_that_name_another_job_make_no_title_role():
    # "AI Sales Engineer" sells; "AI 서비스 백엔드 개발자" develops
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import title_role

    kb = default_knowledge_base()
    assert title_role(kb, "AI Sales Engineer") is None
    assert title_role(kb, "AI 영업 엔지니어") is None
    assert title_role(kb, "AI 서비스 백엔드 개발자")[0] == "ai-developer"
    resume = "Experience\nAI Sales Engineer, Acme (2016-01 – 2024-01)\n- Demos for customers\n"
    result = match(resume, "Requirements\n- 3+ years of software development experience\n")
    assert result.skills[0].credit == 0


def test_a_degree_with_years_of_its_own_is_no_stand_in_for_the_years():
    posting = (
        "Requirements\n- Master's degree with 3+ years of experience, or Bachelor's degree "
        "with 5+ years of experience\n- Python\n"
    )
    resume = "Education\nM.S. Computer Science (2022)\n\nExperience\nEngineer, Acme (2023-01 – 2024-12)\n- Python\n"
    experience = match_view(match(resume, posting))["experience"]
    assert experience["met_by_degree"] is None
    # ... but its own years are what is asked of a master's holder
    assert experience["asked_with_degree"] == "Master's degree"
    assert experience["years_asked"] == 3 and experience["short_by"] == 1
    bachelor = resume.replace("M.S.", "B.S.")
    experience = match_view(match(bachelor, posting))["experience"]
    assert experience["asked_with_degree"] is None and experience["years_asked"] == 5


@pytest.mark.parametrize(
    "posting",
    [
        "커머스 데이터 분석가 (경력 2~5년)\n\n자격요건\n- SQL\n\n우대사항\n- 이커머스 도메인 경험\n",
        "Healthcare Data Analyst (3+ years of experience)\n\nRequirements\n- SQL\n\n"
        "Nice to have\n- Healthcare experience\n",
    ],
)
def test_a_field_of_business_in_the_title_stays_a_plus(posting):
    levels = {r.id: r.level for r in analyze_posting(posting).requirements}
    assert levels["sql"] == "required"
    assert [level for sid, level in levels.items() if sid != "sql"] == ["preferred"]


def test_the_skills_of_a_sentence_that_moves_a_career_are_no_evidence():
    resume = (
        "Jane Doe\nLooking to move into cloud infrastructure, starting with AWS and Terraform.\n\n"
        "Experience\nIT Support Specialist, Acme (2018 - 2024)\n- Reset passwords and fixed printers\n"
    )
    result = match(resume, "Requirements\n- Cloud infrastructure\n- AWS\n- Terraform\n")
    assert all(s.credit == 0 for s in result.skills)


def test_a_major_named_in_the_education_is_not_only_listed():
    resume = "Education\nB.S. in Statistics, Seoul National University (2021)\n\nExperience\nAnalyst, Acme (2021-03 – 2024-12)\n- Weekly reports in SQL\n"
    result = match(resume, "Requirements\n- Statistics\n- SQL\n")
    assert not [s.id for s in result.skills if s.listed_only]


def test_skills_learned_on_the_way_to_a_korean_wish_are_no_evidence():
    resume = (
        "요약\nAWS와 쿠버네티스를 배워 클라우드 엔지니어로 전직하고 싶습니다.\n\n경력\n"
        "헬프데스크, 에이사 (2018.01 ~ 2024.01)\n- 사내 PC 장애 처리\n"
    )
    result = match(resume, "자격요건\n- AWS\n- 쿠버네티스\n", lang="ko")
    assert all(s.credit == 0 for s in result.skills)
    # learned and used: "배워서 … 구축했습니다" is done, not wished
    done = "경력\n- Airflow를 배워서 배치 파이프라인을 직접 구축했습니다.\n"
    assert match(done, "자격요건\n- Airflow\n", lang="ko").skills[0].credit == 1


def test_a_skill_half_met_through_a_listed_neighbour_is_not_named_as_listed():
    resume = "Experience\nML Engineer, Acme (2021-03 – 2024-12)\n- Trained models in Python\n\n"
    resume += "Skills\nPython, AWS, Docker\n"
    posting = "Requirements\n- Python\n- AWS\n- GCP\n- Docker\n"
    result = match(resume, posting)
    gcp = next(s for s in result.skills if s.id == "gcp")
    assert gcp.via == "related" and 0 < gcp.credit < 1  # AWS, its neighbour, counts in part
    # the list names AWS and Docker; GCP is not in it
    assert {s.id for s in result.skills if s.listed_only} == {"aws", "docker"}


def test_years_a_resume_states_of_its_writers_job_count_for_that_field():
    resume = """Backend engineer with 7 years of experience in fintech, mostly Go and PostgreSQL.

Experience
Staff Engineer, Ledgerly (2020-01 – 2024-12)
- Designed a double-entry ledger service; operated Kafka clusters
Software Engineer, Quillpay (2017-01 – 2019-12)
- Backend services in Java and Spring
"""
    ex = extract_skills(resume, doc_type="resume")
    assert [m.years for m in ex.skills if m.id == "backend-development"] == [7, None]
    result = match(resume, "Requirements\n- 6+ years of backend engineering experience\n- Go\n")
    # the dated jobs naming backend work show 3 years; the resume states 7 of it
    assert result.years_in_field == 7 and result.years_credit == 1
    assert result.years_field == "Backend development"
    # "with" before years of something else states no job's years
    other = extract_skills("Built Python tooling with 3 years of sales data", doc_type="resume")
    assert [m.years for m in other.skills if m.id == "python"] == [None]


def test_ideally_and_preferably_speak_of_what_follows_them():
    posting = analyze_posting(
        "Requirements\n- 5+ years of experience as a data scientist, ideally in consumer "
        "lending or payments\n- Python; preferably experience with Spark\n"
    )
    levels = {r.id: r.level for r in posting.requirements}
    assert levels["data-science"] == "required" and levels["python"] == "required"
    assert levels["apache-spark"] == "preferred"


def test_the_transformers_library_counts_in_part_for_the_transformer_architecture():
    resume = "경력\n- Hugging Face Transformers로 모델 파인튜닝 (2021.01 ~ 2023.12)\n"
    [row] = match(resume, "자격요건\n- 트랜스포머 구조에 대한 이해\n", lang="ko").skills
    assert (row.id, row.credit, row.via) == ("transformer", 0.5, "related")


def test_each_coverage_says_the_weights_it_is_the_share_of():
    resume = (
        "Experience\nML Engineer, Acme (2020-01 – 2024-12)\n- Trained PyTorch models in Python\n"
    )
    posting = "Requirements\n- 3+ years of Python\n- PyTorch\n- Kubernetes\nNice to have\n- Go\n"
    view = match_view(match(resume, posting))
    for level in ("required", "preferred"):
        weights = view[f"{level}_weights"]
        assert abs(weights["met"] / weights["of"] - view[f"{level}_coverage"]) < 0.01
    assert view["preferred_weights"]["met"] == 0


def test_a_job_using_a_framework_of_a_language_is_years_of_that_language():
    resume = """경력
오늘마켓 / 시니어 백엔드 개발자 (2019.04 ~ 2024.03)
- 셀러 정산 배치(Spring Batch) 개발
A사 / 백엔드 개발자 (2016.02 ~ 2019.03)
- Java, Spring Boot 기반 API 개발
"""
    [java] = match(resume, "자격요건\n- Java 개발 경력 6년 이상\n", lang="ko").skills
    # Spring Batch runs on Spring Boot, which is Java: both jobs are Java work
    assert java.credit == 1 and "8.2년" in java.why
