"""The real role of a posting from its content, the title's role beside it."""

from __future__ import annotations

import math

import pytest

from careernav import analyze_posting

DATA_ENGINEERING_AS_SCIENTIST = """Data Scientist (데이터 사이언티스트)

주요업무
• Airflow 기반 배치 데이터 파이프라인 설계 및 운영
• Kafka, Spark Streaming을 이용한 실시간 데이터 수집 및 ETL 개발
• BigQuery 데이터 웨어하우스 모델링과 데이터 품질 관리

자격요건
• Python, SQL 능숙자
• Spark, Hadoop 등 분산 처리 경험 3년 이상
• dbt 또는 Airflow 운영 경험

우대사항
• Kubernetes, Terraform 경험
"""

NLP_POSTING = """NLP Engineer

What you'll do
- Build text classification and named entity recognition models for Korean documents
- Fine-tune BERT and other transformer language models with Hugging Face Transformers
- Design tokenization and evaluation for low-resource languages

Requirements
- 3+ years of Python and PyTorch
- Deep understanding of NLP: language modeling, machine translation, word embeddings
- spaCy or NLTK experience

Benefits
- Free lunch and a MacBook Pro
"""


def test_scores_form_a_mix_over_fifteen_roles():
    analysis = analyze_posting(NLP_POSTING)
    assert len(analysis.roles) == 15
    assert abs(sum(r.score for r in analysis.roles) - 1) < 1e-3
    assert analysis.roles == sorted(analysis.roles, key=lambda r: -r.score)


def test_content_decides_the_role_not_the_title():
    analysis = analyze_posting(DATA_ENGINEERING_AS_SCIENTIST)
    assert analysis.top_role == "data-engineer"
    assert analysis.title_role == "data-scientist"
    assert analysis.disagrees
    drivers = {sid for sid, _ in analysis.roles[0].skills}
    assert {"apache-airflow", "apache-spark"} <= drivers | {"etl"}


def test_a_near_tie_with_the_title_role_is_no_disagreement():
    from dataclasses import replace

    from careernav.match.roles import RoleScore

    analysis = analyze_posting(NLP_POSTING)
    close = [RoleScore("ml-engineer", 0.21), RoleScore("nlp-engineer", 0.20)]
    assert not replace(analysis, roles=close, title_role="nlp-engineer").disagrees
    apart = [RoleScore("ml-engineer", 0.40), RoleScore("nlp-engineer", 0.20)]
    assert replace(analysis, roles=apart, title_role="nlp-engineer").disagrees


def test_nlp_posting_and_its_title_agree():
    analysis = analyze_posting(NLP_POSTING)
    assert analysis.top_role == "nlp-engineer"
    assert analysis.title_role == "nlp-engineer"
    assert not analysis.disagrees


def test_requirements_and_preferences_follow_sections():
    analysis = analyze_posting(DATA_ENGINEERING_AS_SCIENTIST)
    required = {r.id for r in analysis.required()}
    preferred = {r.id for r in analysis.preferred()}
    assert {"python", "sql", "apache-spark"} <= required
    assert {"kubernetes", "terraform"} <= preferred
    spark = next(r for r in analysis.requirements if r.id == "apache-spark")
    assert spark.years == 3


def test_benefits_never_become_requirements():
    analysis = analyze_posting(NLP_POSTING)
    asked = {r.id for r in analysis.requirements}
    mentioned = {m.id for m in analysis.extraction.skills}
    assert "macos" not in asked
    assert {"pytorch", "bert", "spacy"} <= asked
    assert mentioned >= asked


def test_explicit_title_overrides_the_first_line():
    analysis = analyze_posting(NLP_POSTING, title="머신러닝 엔지니어")
    assert analysis.title_role == "ml-engineer"


def test_too_little_evidence_names_no_role():
    lab = (
        "Medical Laboratory Scientist\nPerforms proficiency testing and writes reports.\n"
        "Must have a B.S. degree in Medical Technology."
    )
    analysis = analyze_posting(lab)
    assert analysis.top_role is None and all(r.score == 0 for r in analysis.roles)
    assert not analysis.disagrees


def test_a_one_word_title_from_a_taxonomy_names_no_role():
    assert analyze_posting("Medical Laboratory Scientist\n- Python").title_role is None


def test_a_posting_that_asks_for_hardly_any_ai_or_data_skill_says_so(kb):
    backend = analyze_posting(
        "Backend Engineer\nRequirements\n- Java and Spring Boot\n- MySQL, Redis\n- Docker, AWS\n"
        "- React is a plus"
    )
    ai, total = backend.ai_skills(kb)
    assert total >= 6 and ai <= 1 and backend.little_ai(kb)
    nlp = analyze_posting(NLP_POSTING)
    assert not nlp.little_ai(kb) and nlp.ai_skills(kb)[0] >= 3


def test_the_options_of_a_choice_share_one_asks_weight():
    from careernav.extract import extract_skills
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import posting_vector

    kb = default_knowledge_base()
    text = (
        "Requirements\n"
        "- Strong Python, and at least one of Scala, Java or C++\n"
        "- Spark 또는 Hive 경험\n"
        "- Java for the ingestion service\n"
    )
    vector = posting_vector(kb, extract_skills(text, kb=kb, doc_type="posting"))
    assert vector["python"] == 1.0
    assert vector["scala"] == vector["cpp"] == pytest.approx(1 / 3)
    assert vector["hive"] == vector["apache-spark"] == pytest.approx(1 / 2)
    # Java is also asked for on its own line, named twice in all: 1 × (1 + ln 2)
    assert vector["java"] == pytest.approx(1 + math.log(2))


@pytest.mark.parametrize(
    ("title", "role", "words"),
    [
        ("AI 서비스 백엔드 개발자 (LLM 플랫폼)", "ai-developer", "AI 서비스 백엔드 개발자"),
        ("컴퓨터 비전 딥러닝 엔지니어", "cv-engineer", "컴퓨터 비전 딥러닝 엔지니어"),
        ("음성인식(ASR) 연구원", "nlp-engineer", "음성인식(ASR) 연구원"),
        (
            "Software Engineer III, Machine Learning Infrastructure (MLOps)",
            "mlops-engineer",
            "MLOps",
        ),
        ("Data Scientist (MLOps experience a plus)", "data-scientist", "Data Scientist"),
        (
            "Senior Machine Learning Engineer, Recommendations",
            "ml-engineer",
            "Machine Learning Engineer",
        ),
    ],
)
def test_title_roles_with_words_between_and_in_brackets(title, role, words):
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import title_role

    assert title_role(default_knowledge_base(), title) == (role, words)


def test_asides_of_the_options_of_a_choice_are_a_choice():
    posting = analyze_posting(
        "자격요건\n• Python(FastAPI) 또는 Kotlin(Spring Boot)으로 백엔드를 3년 이상 운영해 보신 분\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert by_id["python"].alternatives == ("kotlin",)
    assert by_id["fastapi"].alternatives == ("spring-boot",)
    assert by_id["spring-boot"].alternatives == ("fastapi",)
    # a name again in brackets ("Trino(Presto)") is the same requirement, not a second one
    posting = analyze_posting("우대사항\n- Trino(Presto) 또는 ClickHouse 도입 경험\n")
    assert [(r.id, r.alternatives) for r in posting.requirements] == [
        ("trino", ("clickhouse",)),
        ("clickhouse", ("trino",)),
    ]


PARAGRAPH_POSTING = (
    "Senior Data Scientist\n\n"
    "You will build probability models in Python (pandas, scikit-learn, XGBoost) and present "
    "findings to leadership; the ideal candidate holds a Master's in Statistics with 5+ years of "
    "hands-on modeling experience (or a Bachelor's with 7+ years), has a deep understanding of "
    "logistic regression and survival analysis, while experience with Spark on Databricks or "
    "building dashboards in Tableau would be a plus; we offer a hybrid schedule."
)


def test_a_posting_in_one_paragraph_keeps_its_clauses_apart():
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import posting_vector

    posting = analyze_posting(PARAGRAPH_POSTING)
    by_id = {r.id: r for r in posting.requirements}
    # "…, while … would be a plus" prefers only its own clause
    assert by_id["logistic-regression"].level == "required"
    assert by_id["survival-analysis"].level == "required"
    assert {by_id[s].level for s in ("apache-spark", "databricks", "tableau")} == {"preferred"}
    # years in brackets are the brackets' own; the career asks 5+
    assert by_id["logistic-regression"].years is None
    assert posting.extraction.years == 5
    # the role vector weighs a plus at half, as the requirements do
    kb = default_knowledge_base()
    vector = posting_vector(kb, posting.extraction)
    assert vector["tableau"] == pytest.approx(0.5) and vector["xgboost"] == pytest.approx(1.0)


def test_a_company_line_before_the_title_and_a_career_ask_in_a_table_cell():
    posting = analyze_posting(
        "(주)한빛클라우드랩 채용\n"
        "[경력] AI 플랫폼 클라우드 엔지니어 (GPU 클러스터 / Kubernetes) 모집\n\n"
        "모집부문\n"
        "AI 인프라 클라우드 엔지니어 | GPU 클러스터 운영, Kubernetes 플랫폼 구축 | 경력 5년 이상\n"
    )
    assert posting.title_role == "cloud-engineer"
    assert posting.title.startswith("[경력] AI 플랫폼 클라우드 엔지니어")
    assert posting.extraction.years == 5
    assert all(r.years is None for r in posting.requirements)
    # a long first sentence of a posting without headings is no title
    assert (
        analyze_posting("We are hiring " + "a scientist who can " * 10 + "optimize.").title is None
    )


def test_a_strong_plus_and_as_would_prefer():
    posting = analyze_posting(
        "Requirements\n- Python and C++\n"
        "- A competitive programming background would be a strong plus, as would publications\n"
    )
    level = {r.id: r.level for r in posting.requirements}
    assert level == {
        "python": "required",
        "cpp": "required",
        "algorithms": "preferred",
        "research-publication": "preferred",
    }


@pytest.mark.parametrize(
    ("title", "job"),
    [
        ("AI Product Manager", "Product Manager"),
        ("AI 서비스 기획자", "서비스 기획자"),
        ("AI PM (LLM 서비스)", "PM"),
        # letters inside a word are no job: "Development", "Portfolio", "npm"
        ("Software Development Engineer", None),
        ("Portfolio Analytics Lead Engineer", None),
        ("npm package maintainer", None),
    ],
)
def test_a_title_outside_the_map_is_named_only_by_whole_words(title, job):
    from careernav.match.roles import other_job

    assert other_job(title) == job


def test_years_of_a_plus_do_not_raise_what_is_required():
    posting = analyze_posting(
        "Minimum qualifications\n"
        "- 3+ years of experience with machine learning and recommender systems\n\n"
        "Preferred qualifications\n"
        "- 5 years of experience in learning-to-rank or recommender systems\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert by_id["recommender-systems"].level == "required"
    assert by_id["recommender-systems"].years == 3
    assert by_id["learning-to-rank"].years == 5


def test_a_degree_that_experience_may_stand_in_for_is_a_plus():
    posting = analyze_posting(
        "Minimum qualifications\n"
        "- BS/MS in Computer Science or equivalent practical experience\n"
        "- PhD in Machine Learning, or equivalent practical experience\n"
        "- 석사 학위 또는 이에 준하는 경력 2년 이상\n"
        "- Python\n"
    )
    levels = {r.id: r.level for r in posting.requirements}
    assert levels == {
        "bachelors-degree": "preferred",
        "masters-degree": "preferred",
        "computer-science": "preferred",
        "phd": "preferred",
        "machine-learning": "required",  # experience in it is what stands in
        "python": "required",
    }
    # without the alternative the degree is asked
    plain = analyze_posting("Minimum qualifications\n- BS in Statistics\n- Python\n")
    assert {r.id: r.level for r in plain.requirements}["bachelors-degree"] == "required"


def test_examples_of_an_orchestrator_are_a_choice():
    posting = analyze_posting(
        "Requirements\n"
        "- Experience with at least one workflow orchestrator (Airflow, Kubeflow Pipelines, "
        "or Argo)\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert set(by_id["kubeflow"].alternatives) == {"apache-airflow", "argo-workflows"}
    assert by_id["workflow-orchestration"].level == "required"


def test_a_team_the_job_works_with_is_no_ask():
    posting = analyze_posting(
        "What you'll do\n"
        "- Partner with Finance, Marketing and Ops to define metrics in dbt\n"
        "- Work closely with product management and engineering\n\n"
        "Requirements\n- SQL\n"
    )
    assert {r.id for r in posting.requirements} == {"dbt", "sql"}
    asked = analyze_posting("Requirements\n- SQL\n- Experience in digital marketing analytics\n")
    assert "marketing" in {r.id for r in asked.requirements}


def test_one_example_in_brackets_is_an_option_of_what_it_exemplifies():
    posting = analyze_posting(
        "Requirements\n- Experience with CI/CD pipelines (e.g. GitHub Actions)\n"
        "- OpenAI API 및/또는 오픈소스 LLM(Llama 등) 활용 경험\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert "ci-cd" in by_id["github-actions"].alternatives
    assert "github-actions" in by_id["ci-cd"].alternatives
    assert "open-source-llms" in by_id["llama"].alternatives
    from careernav import match

    result = match("Skills: GitHub Actions, Llama 3, OpenAI API", posting)
    assert result.required_coverage == 1.0


def test_a_title_with_an_english_field_and_a_korean_job_noun():
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import title_role

    kb = default_knowledge_base()
    assert title_role(kb, "Computer Vision 엔지니어")[0] == "cv-engineer"
    assert title_role(kb, "Data 분석가 (신입)")[0] == "data-analyst"
    assert title_role(kb, "Backend 개발자") is None


def test_an_or_in_the_requirements_holds_though_the_duties_name_both():
    posting = analyze_posting(
        "What you'll do\n- Run GPU clusters on AWS and GCP\n\n"
        "Requirements\n- Deep experience with AWS or GCP\n- Terraform\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert by_id["aws"].alternatives == ("gcp",) and by_id["gcp"].alternatives == ("aws",)


def test_tools_of_one_job_in_brackets_after_a_kind_of_work_are_a_choice():
    posting = analyze_posting(
        "Requirements\n- Experience calling LLM APIs (OpenAI, Anthropic)\n- Python (pandas, NumPy)\n"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert by_id["openai-api"].alternatives == ("anthropic-api",)
    # a language's libraries are no choice: both are asked
    assert by_id["pandas"].alternatives == () and by_id["numpy"].alternatives == ()


RECSYS_KO = """[커머스] 추천 모델 엔지니어
주요 업무
- 개인화 추천시스템 후보 생성 및 랭킹 모델 개발
- 협업 필터링과 임베딩 기반 추천 고도화
- 온라인 A/B 테스트로 추천 성과 검증
자격 요건
- Python, PyTorch 활용 능력
- 추천시스템 개발 경력 3년 이상
"""


def test_recommender_systems_speak_for_the_ml_engineer_and_the_data_scientist():
    # ESCO 1.2.0: "build recommender systems" is essential to the data scientist and optional
    # to the artificial intelligence engineer (the ML engineer's occupation)
    roles = {r.id: r for r in analyze_posting(RECSYS_KO).roles}
    top = max(roles.values(), key=lambda r: r.score)
    assert top.id in ("ml-engineer", "data-scientist")
    for role in ("ml-engineer", "data-scientist"):
        assert "recommender-systems" in {sid for sid, _ in roles[role].skills}


STACK_AND_DUTIES_KO = """[프로그래머스] MLOps 엔지니어
기술스택: `Python` `Kubeflow` `MLflow` `Terraform`

## 포지션 상세
퀀텀헬스케어는 의료영상 AI 솔루션을 개발하는 스타트업입니다.

## 주요 업무
- 모델 학습·배포 파이프라인 구축 (Kubeflow Pipelines, MLflow)

## 자격 요건
- Python으로 자동화 도구를 개발해 보신 분
"""


def test_a_team_stack_does_not_make_a_plus_of_what_the_duties_ask():
    levels = {r.id: r.level for r in analyze_posting(STACK_AND_DUTIES_KO).requirements}
    # Kubeflow and MLflow are the duties' tools; the stack line only lists them again
    assert levels["kubeflow"] == levels["mlflow"] == "required"
    # named only in the stack: good to know
    assert levels["terraform"] == "preferred"


def test_a_korean_sentence_saying_what_the_company_is_asks_nothing():
    levels = {r.id: r.level for r in analyze_posting(STACK_AND_DUTIES_KO).requirements}
    assert "medical-imaging" not in levels
    # the same words as a duty are asked
    duty = STACK_AND_DUTIES_KO.replace("스타트업입니다.", "솔루션의 모델을 개선합니다.")
    assert "medical-imaging" in {r.id for r in analyze_posting(duty).requirements}


def test_a_department_named_after_its_field_is_no_ask():
    asked = {
        r.id for r in analyze_posting("자격요건\n- AI사업부 소속으로 Python 개발\n").requirements
    }
    assert asked == {"python"}
    asked = {
        r.id for r in analyze_posting("자격요건\n- ML연구소에서 PyTorch 모델 연구\n").requirements
    }
    assert "machine-learning" not in asked and "pytorch" in asked
    # a field before an ordinary word "팀" stays asked ("딥러닝 팀 리딩 경험")
    asked = {r.id for r in analyze_posting("자격요건\n- 딥러닝 팀 리딩 경험\n").requirements}
    assert "deep-learning" in asked


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Software Engineer, Machine Learning", "ml-engineer"),
        ("Software Engineer - Machine Learning", "ml-engineer"),
        ("Engineer, Computer Vision", "cv-engineer"),
        ("Data Analyst, Marketing", "data-analyst"),
    ],
)
def test_a_field_named_after_the_job_in_a_title_is_the_jobs(title, role):
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import title_role

    assert title_role(default_knowledge_base(), title)[0] == role


def test_a_job_with_a_field_outside_ai_names_no_role():
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import title_role

    assert title_role(default_knowledge_base(), "Software Engineer, Backend") is None


@pytest.mark.parametrize(
    ("opening", "title", "role"),
    [
        # forwarded by a recruiter: the header is no title, the subject is
        (
            "From: Dana Whitfield <dana@talent.example>\nSent: Tuesday, March 11, 2025 9:42 AM\n"
            "To: Alex Kim\nSubject: RE: MLOps Engineer opportunity - Fintech client\n",
            "MLOps Engineer opportunity - Fintech client",
            "mlops-engineer",
        ),
        (
            "보낸 사람: 김지원 <jiwon@hr.example>\n받는 사람: 이서준\n"
            "제목: 전달: 데이터 엔지니어 포지션 제안\n",
            "데이터 엔지니어 포지션 제안",
            "data-engineer",
        ),
        # printed from a browser: the date and time before the page's title
        (
            "3/14/25, 3:12 PM Data Engineer - Payments | Careers at Northwind\n",
            "Data Engineer - Payments | Careers at Northwind",
            "data-engineer",
        ),
        (
            "25. 3. 14. 오후 3:40 [코드노바] LLM 서비스 개발자 채용 | 잡코리아\n",
            "[코드노바] LLM 서비스 개발자 채용 | 잡코리아",
            "llm-engineer",
        ),
    ],
)
def test_a_forwarded_or_printed_posting_is_titled_by_its_subject_or_page(opening, title, role):
    posting = analyze_posting(opening + "\n자격요건\n- Python, SQL\n- Airflow, Spark\n")
    assert posting.title == title
    assert posting.title_role == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("AI Engineer, LLM Applications", "llm-engineer"),
        ("Senior AI Engineer – Generative AI", "llm-engineer"),
        ("Software Engineer, Data Platform", "data-engineer"),
        # a field that makes no role of its own leaves the job's
        ("Data Scientist, Growth", "data-scientist"),
        ("ML Engineer, Payments", "ml-engineer"),
    ],
)
def test_a_general_job_then_a_field_is_the_fields_role(title, role):
    from careernav.knowledge import default_knowledge_base
    from careernav.match.roles import title_role

    assert title_role(default_knowledge_base(), title)[0] == role


def test_a_duty_word_inside_a_capitalised_name_is_no_duty():
    posting = (
        "Requirements\n- SQL\n- Knowledge of International Financial Reporting Standards\n"
        "- Knowledge of PCI DSS\n"
    )
    roles = analyze_posting(posting).roles
    assert all("reporting" not in r.phrases for r in roles)
    # the same word as a duty still counts
    duties = analyze_posting("Responsibilities\n- Ad hoc reporting for finance in SQL\n").roles
    assert "ad hoc reporting" in duties[0].phrases or "reporting" in duties[0].phrases


@pytest.mark.parametrize(
    ("title", "job"),
    [
        ("Senior Backend Engineer, Payments Platform", "Backend Engineer"),
        ("Embedded Firmware Engineer", "Firmware Engineer"),
        ("[스타폴게임즈] 게임 클라이언트 프로그래머 (Unity)", "게임 클라이언트 프로그래머"),
        ("백엔드 개발자 (Java/Spring) - 커머스 플랫폼", "백엔드 개발자"),
    ],
)
def test_an_engineering_title_outside_the_map_is_said(title, job):
    posting = analyze_posting(f"{title}\n\n자격요건\n- Java\n- Kafka\n- Docker\n")
    assert posting.title_role is None and posting.title_outside == job


def test_a_title_that_names_a_role_is_not_outside_the_map():
    posting = analyze_posting(
        "Backend Engineer, Machine Learning Platform\n\nRequirements\n- Python\n"
    )
    assert posting.title_role is not None and posting.title_outside is None
