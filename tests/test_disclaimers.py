"""What a resume says it lacks ("no hands-on BigQuery experience", "Kotlin 실무 경험 없음")
is read, listed apart, and never counted as evidence."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from careernav import match
from careernav.cli import main
from careernav.extract import extract_skills

RESUME_EN = """DANIEL PARK
Data Engineer

EXPERIENCE
Hanbit Bank — Senior Data Engineer (2019.04 – present)
- Built CDC pipelines with Kafka Connect into an S3 data lake; Airflow for 400 daily jobs

SKILLS
Python, SQL, Spark, Kafka, Airflow, AWS

NOT YET: no hands-on BigQuery or GCP experience.
"""

RESUME_KO = """박지민 | 데이터 분석가

경력
누리마켓 (2021.03 ~ 현재)
- SQL과 Python으로 주간 매출 대시보드 자동화

기술
SQL, Python, Tableau
Redshift, Snowflake 실무 경험 없음
R은 사용해 본 적 없습니다.
"""


@pytest.mark.parametrize(
    ("resume", "shown", "lacking"),
    [
        (RESUME_EN, {"python", "sql", "apache-spark", "aws"}, ["bigquery", "gcp"]),
        (RESUME_KO, {"sql", "python", "tableau"}, ["amazon-redshift", "snowflake", "r"]),
        (
            "Skills\nPython, Docker\nNo experience with Kubernetes or Helm yet.\n",
            {"python", "docker"},
            ["kubernetes", "helm"],
        ),
        ("Summary\nBackend engineer; never used Spark.\n", set(), ["apache-spark"]),
    ],
)
def test_what_a_resume_says_it_lacks_is_not_evidence(resume, shown, lacking):
    ex = extract_skills(resume, doc_type="resume")
    assert shown <= set(ex.concepts())
    assert not set(lacking) & set(ex.concepts())
    assert list(ex.lacking()) == lacking


@pytest.mark.parametrize(
    ("resume", "shown"),
    [
        # nothing said of experience: a denial of something else
        ("Experience\n- Led a team with no downtime using Kubernetes\n", "kubernetes"),
        # what others lack, and a start without experience that ended with it
        ("경력\n- Python 경험이 없는 팀원 대상 교육 진행\n", "python"),
        ("경력\n- Spark 경험 없이 시작해 6개월간 배치 파이프라인 운영\n", "apache-spark"),
        # a denial on another line does not reach back over the line break
        ("기술\nPython, SQL\nBigQuery 실무 경험 없음\n", "sql"),
        # the denial governs its own list, not a list after "but"
        ("Skills\nNo experience with Java, but 4 years of Go\n", "go"),
    ],
)
def test_a_denial_reaches_only_the_names_it_governs(resume, shown):
    ex = extract_skills(resume, doc_type="resume")
    assert shown in ex.concepts()
    assert shown not in ex.lacking()


def test_a_posting_is_not_read_for_denials():
    posting = "자격요건\n- Python 필수\n- Spark 경험 없어도 지원 가능\n"
    ex = extract_skills(posting, doc_type="posting")
    assert ex.lacking() == {}


def test_a_skill_shown_elsewhere_in_the_resume_still_counts():
    resume = "Skills\nGCP, BigQuery\n\nNo hands-on BigQuery ML experience yet.\n"
    ex = extract_skills(resume, doc_type="resume")
    assert "bigquery" in ex.concepts() and "bigquery" not in ex.lacking()


def test_a_match_says_why_a_lacking_skill_is_missing_in_both_languages():
    posting = "Requirements\n- Python\n- BigQuery\n- GCP\n"
    result = match(RESUME_EN, posting)
    why = {s.id: s.why for s in result.missing}
    assert why["bigquery"] == "the resume says it lacks Google BigQuery, which is not evidence"
    assert {s.id for s in result.matched} >= {"python"}
    ko = match(RESUME_KO, "자격요건\n- SQL\n- Snowflake", lang="ko")
    [missing] = ko.missing
    assert missing.why == "이력서에 Snowflake 경험이 없다고 적혀 있어 근거가 아님"


def test_extract_lists_what_a_resume_lacks_apart():
    runner = CliRunner()
    out = runner.invoke(main, ["extract", "-"], input=RESUME_EN).output
    assert "Said to be lacking, not counted as evidence: Google BigQuery" in out
    data = json.loads(runner.invoke(main, ["extract", "-", "--json"], input=RESUME_EN).output)
    assert [c["id"] for c in data["lacking"]] == ["bigquery", "gcp"]
    assert "bigquery" not in {c["id"] for c in data["concepts"]}


def test_a_job_title_is_evidence_in_a_resume_and_no_requirement_in_a_posting():
    resume = (
        "Experience\nKakao — Senior Software Engineer (2018.01 – 2024.06)\n- Go and Kafka\n"
        "네이버 — 데이터 엔지니어 (2015.03 – 2017.12)\n"
    )
    ex = extract_skills(resume, doc_type="resume")
    assert {"software-development", "data-engineering"} <= set(ex.concepts())
    posting = (
        "Requirements\n- Work closely with data engineers and software engineers\n- Python\n"
        "- 데이터 엔지니어와 함께 일합니다\n"
    )
    assert [m.id for m in extract_skills(posting, doc_type="posting").skills] == ["python"]


@pytest.mark.parametrize(
    "resume",
    [
        "Summary\nSQL analyst seeking a Data Scientist role.\n",
        "요약\nSQL 분석가, 데이터 사이언티스트 직무 희망\n",
        "김서연 | 데이터 사이언티스트 지원\n요약\nSQL 분석가\n",
        "Jordan Lee — Applying for Data Scientist\nSkills: SQL\n",
        "요약\nSQL 분석가로 일하다 데이터 사이언티스트로 전환하기 위해 통계를 공부하고 있습니다\n",
    ],
)
def test_the_job_a_resume_seeks_is_a_wish(resume):
    ex = extract_skills(resume, doc_type="resume")
    assert "data-science" in ex.wished() and "data-science" not in ex.concepts()


def test_support_work_is_not_the_job_applied_for():
    ex = extract_skills("경력\n- 마케팅팀 데이터 분석 지원\n", doc_type="resume")
    assert "data-analysis" in ex.concepts() and not ex.wished()


# -- what a posting says it does not ask for ---------------------------------------------------

POSTING_EN = """Analytics Engineer

What you'll do
- Model our warehouse in dbt and SQL
- This is not a data science role: you will not build machine learning models. No experience
  with Spark is needed.

Requirements
- SQL and dbt
- You do not need to know Kubernetes
- We don't need a PhD
"""

POSTING_KO = """자격요건
- SQL 능숙
- Kubernetes 경험은 필요하지 않습니다
- 머신러닝 모델을 직접 개발한 경험은 필요하지 않습니다
- Python 필수, Java는 필요 없음
- R 경험이 없어도 됩니다
"""


def test_what_a_posting_says_it_does_not_ask_for_is_no_requirement():
    from careernav.match import analyze_posting

    en = analyze_posting(POSTING_EN)
    assert {r.id for r in en.requirements} == {"dbt", "sql"}
    # the duties of a clause that denies them are not the job's either
    assert not any(r.id == "data-scientist" and r.score > 0 for r in en.roles)
    ko = analyze_posting(POSTING_KO)
    assert {r.id: r.level for r in ko.requirements} == {"sql": "required", "python": "required"}


def test_a_posting_that_asks_for_a_name_and_denies_another_keeps_the_one_asked():
    from careernav.match import analyze_posting

    posting = "Requirements\n- Python is required; no experience with Go is needed\n- SQL\n"
    assert {r.id for r in analyze_posting(posting).requirements} == {"python", "sql"}


@pytest.mark.parametrize(
    ("resume", "lacking", "wished"),
    [
        ("기술\nPython\n벡터DB는 사용하지 않았고 pandas로만 처리\n", ["vector-database"], []),
        ("Experience\nI have never deployed a model to production serving.\n",
         ["model-deployment"], []),
        ("경력\nMLOps는 배포해 본 경험은 없지만 Docker는 사용\n", ["mlops"], []),
        ("기술\nPython\n학습 중: Airflow, Docker (아직 실무 경험 없음)\nLearning: JAX.\n",
         [], ["apache-airflow", "docker", "jax"]),
        ("Goals: learn MLOps\nExperience\nSpark pipelines\n", [], ["mlops"]),
    ],
)  # fmt: skip
def test_more_ways_a_resume_says_it_lacks_or_is_learning(resume, lacking, wished):
    ex = extract_skills(resume, doc_type="resume")
    assert list(ex.lacking()) == lacking
    assert list(ex.wished()) == wished


def test_a_skill_no_longer_used_was_still_used():
    ex = extract_skills("기술\nR은 예전에 썼지만 현재는 사용하지 않습니다\n", doc_type="resume")
    assert "r" in ex.concepts()


def test_a_label_of_wishes_on_its_own_line_does_not_make_the_lines_after_it_wishes():
    resume = "기술\n학습 중: Airflow\nPython, pandas\n"
    ex = extract_skills(resume, doc_type="resume")
    assert [s.kind for s in ex.sections] == ["skills"]
    assert {"python", "pandas"} <= set(ex.concepts()) and "apache-airflow" in ex.wished()


def test_more_ways_a_posting_says_it_does_not_ask():
    from careernav.match import analyze_posting

    posting = (
        "Requirements\n- Python\n- We are not a Go shop, so Go experience is not needed\n"
        "- No Kubernetes experience needed\n- We do not use Scala\n- 스칼라는 사용하지 않습니다\n"
        "- SQL\nNot required: web development, Java.\n"
    )
    assert {r.id for r in analyze_posting(posting).requirements} == {"python", "sql"}


def test_a_line_labelled_not_yet_lacks_all_it_names_and_a_korean_wish_reaches_its_list():
    ex = extract_skills(
        "Skills\nPython, SQL\nNot yet: R, machine learning in production\n", doc_type="resume"
    )
    assert list(ex.lacking()) == ["r", "machine-learning"]
    for resume in ("기타\n향후 하둡/스파크 같은 분산처리 기술도 배우고 싶습니다\n",
                   "기타\n향후 하둡, 스파크를 배우고 싶습니다\n"):  # fmt: skip
        assert list(extract_skills(resume, doc_type="resume").wished()) == [
            "hadoop",
            "apache-spark",
        ]


def test_work_another_team_does_and_a_sentence_that_says_not_required_ask_nothing():
    from careernav.match import analyze_posting

    posting = (
        "Requirements\n- Python\n- Kubernetes is not required.\n"
        "- No machine learning degree needed.\n"
        "- 의료기기 인허가(식약처) 문서 작성은 RA팀이 담당합니다.\n"
        "- Regulatory writing is handled by our RA team.\n- SQL\n"
        "Preferred\n- Spark\n- Our office uses Google Workspace and Slack.\n"
    )
    levels = {r.id: r.level for r in analyze_posting(posting).requirements}
    assert levels == {"python": "required", "sql": "required", "apache-spark": "preferred"}


def test_labels_of_what_a_resume_lacks_or_would_learn():
    ex = extract_skills(
        "Skills\nPython, Docker\nNot experienced with: Java, feature stores\n"
        "Would like to learn: MLOps, Airflow\n",
        doc_type="resume",
    )
    assert list(ex.concepts()) == ["python", "docker"]
    assert list(ex.lacking()) == ["java", "feature-store"]
    assert list(ex.wished()) == ["mlops", "apache-airflow"]


def test_a_denial_reaches_a_list_with_an_adjective_in_it():
    from careernav.match import analyze_posting

    posting = "Requirements\n- Python\n- We do not require a PhD or prior research publications.\n"
    assert [r.id for r in analyze_posting(posting).requirements] == ["python"]


@pytest.mark.parametrize(
    "resume",
    [
        "Summary\nBackend engineer. I have been learning Terraform and Kubernetes on my own.\n",
        "Summary\nI am learning Kubernetes and Terraform.\n",
        "Summary\nBackend engineer, currently studying Kubernetes and Terraform.\n",
    ],
)
def test_what_a_resume_says_it_is_learning_now_is_a_wish(resume):
    ex = extract_skills(resume, doc_type="resume")
    assert set(ex.wished()) == {"terraform", "kubernetes"}
    assert not {"terraform", "kubernetes"} & set(ex.concepts())


def test_machine_learning_is_no_wish():
    ex = extract_skills(
        "Experience\nApplied machine learning to fraud detection", doc_type="resume"
    )
    assert "machine-learning" in ex.concepts() and not ex.wished()
    aiming = extract_skills(
        "Summary\nEmbedded engineer, now aiming for robotics.", doc_type="resume"
    )
    assert set(aiming.wished()) == {"robotics"} and "embedded-systems" in aiming.concepts()


def test_an_entry_level_headline_names_the_job_sought():
    ex = extract_skills(
        "김민수 | 로보틱스 소프트웨어 엔지니어 (신입)\n기술\nROS 2, C++\n", doc_type="resume"
    )
    assert {"robotics", "software-development"} <= set(ex.wished())
    assert {"ros2", "cpp"} <= set(ex.concepts())


# -- more wording of a lack, and denials over lists with an unknown name ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "아직 Flink는 사용해 보지 못했지만 빠르게 익히겠습니다",
        "Flink는 아직 못 써봤습니다",
        "Flink는 잘 모릅니다",
        "Flink를 실무에서 다뤄 보지는 못했습니다",
        "Flink에는 아직 익숙하지 않습니다",
        # already read so, kept
        "Flink 경험은 없습니다",
        "Flink는 써 본 적이 없습니다",
        "Flink 미경험",
    ],
)
def test_more_korean_ways_a_resume_says_it_lacks(line):
    ex = extract_skills(f"기술\nPython, Kafka\n{line}\n", doc_type="resume")
    assert list(ex.concepts()) == ["python", "apache-kafka"]
    assert list(ex.lacking()) == ["apache-flink"]


@pytest.mark.parametrize(
    "resume",
    [
        "Summary\nData engineer. I am not familiar with Flink or Beam yet.\n",
        "Summary\nData engineer; I'm not yet experienced with Flink or Beam.\n",
        "Skills\nPython, Kafka\nFlink: none yet\nBeam (not yet)\n",
        "Skills\nPython, Kafka\nNot yet used: Flink, Beam\n",
    ],
)
def test_more_english_ways_a_resume_says_it_lacks(resume):
    ex = extract_skills(resume, doc_type="resume")
    assert list(ex.lacking()) == ["apache-flink", "apache-beam"]
    assert not {"apache-flink", "apache-beam"} & set(ex.concepts())


@pytest.mark.parametrize(
    "resume",
    [
        # what others do not know is not the writer's lack
        "Experience\n- Built self-serve dashboards for stakeholders unfamiliar with SQL\n",
        "경력\n- SQL을 모르는 마케터도 쓰는 대시보드 구축\n",
        "경력\n- SQL에 익숙하지 않은 팀원 대상 교육 진행\n",
        "경력\n- SQL을 사용해 본 적 없는 신입 대상 교육 진행\n",
        # a start without it that ended with it
        "경력\n- SQL을 모르고 시작했지만 1년간 주간 리포트 자동화\n",
        "경력\n- SQL에 익숙하지 않았지만 3개월 만에 주간 리포트 자동화\n",
        # not a denial at all
        "Summary\nWorked with not only SQL but also Spark.\n",
        "Skills\nno-code tools, SQL\n",
    ],
)
def test_wording_near_a_denial_that_denies_nothing(resume):
    ex = extract_skills(resume, doc_type="resume")
    assert "sql" in ex.concepts() and not ex.lacking()


def test_a_resume_denial_reaches_a_list_that_opens_with_an_unknown_name():
    ex = extract_skills("Skills\nPython\nNo hardware or Rust experience yet.\n", doc_type="resume")
    assert list(ex.lacking()) == ["rust"]


@pytest.mark.parametrize(
    ("line", "denied"),
    [
        ("No programming or machine learning experience required", {"machine-learning"}),
        ("No SQL or Python experience needed", {"sql", "python"}),
        ("No advanced SQL, Python or Spark experience is required", {"sql", "python",
                                                                     "apache-spark"}),
    ],
)  # fmt: skip
def test_a_posting_denial_reaches_every_name_of_its_or_list(line, denied):
    from careernav.match import analyze_posting

    posting = f"Requirements\n- Tableau and Excel\n- {line}\n- Strong writing\n"
    asked = {r.id for r in analyze_posting(posting).requirements}
    assert {"tableau", "excel"} <= asked
    assert not denied & asked


@pytest.mark.parametrize(
    "line",
    [
        # a comma alone joins no list: what follows the first item is asked
        "No visa sponsorship, Python experience required",
        # "and" does not carry a denial over a name it does not know
        "No travel and Python experience required",
    ],
)
def test_a_posting_denial_does_not_reach_past_what_is_no_list(line):
    from careernav.match import analyze_posting

    posting = f"Requirements\n- Tableau\n- {line}\n"
    assert "python" in {r.id for r in analyze_posting(posting).requirements}


def test_a_role_named_as_what_the_job_is_not_is_not_asked():
    from careernav.match import analyze_posting

    posting = (
        "About the role\nThis is a writing- and evaluation-heavy role, not a software "
        "engineering role.\nRequirements\n- Python\n- Strong English writing\n"
    )
    asked = {r.id for r in analyze_posting(posting).requirements}
    assert "python" in asked and "software-development" not in asked
    kept = "Requirements\n- Software engineering: not a nice-to-have, a must\n- Python\n"
    assert "software-development" in {r.id for r in analyze_posting(kept).requirements}


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        ("자기소개\n추천 시스템 역량을 키우고 싶습니다.\n", {"recommender-systems"}),
        (
            "입사 후\n추천 시스템과 실험 설계 역량을 키워 귀사에 기여하고 싶습니다.\n",
            {"recommender-systems", "experimental-design"},
        ),
        ("Summary\nI want to grow my recommender systems skills.\n", {"recommender-systems"}),
        ("자기소개\nPython으로 자동화를 해왔고, 앞으로 MLOps 역량을 쌓고 싶습니다.\n", {"mlops"}),
    ],
)
def test_a_skill_the_writer_wants_to_grow_is_a_wish(text, wished):
    from careernav.extract import extract_skills

    assert set(extract_skills(text, doc_type="resume").wished()) == wished


@pytest.mark.parametrize(
    "text", ["Summary\nI grew my SQL skills at Acme.\n", "경력\nSQL 역량을 키워 매출 분석 자동화\n"]
)
def test_a_skill_grown_already_is_evidence(text):
    from careernav.extract import extract_skills

    ex = extract_skills(text, doc_type="resume")
    assert "sql" in {m.id for m in ex.skills} and not ex.wished()


def test_a_course_being_taken_shows_nothing_yet():
    from careernav.extract import extract_skills

    taking = extract_skills("교육\n- Python 데이터 분석 강의 수강 중\n", doc_type="resume")
    assert set(taking.wished()) == {"python", "data-analysis"}
    taken = extract_skills("교육\n- Python 데이터 분석 강의 수강 (2023)\n", doc_type="resume")
    assert not taken.wished() and "python" in {m.id for m in taken.skills}


def test_not_a_kind_of_engineering_role_asks_nothing_of_it():
    from careernav import analyze_posting

    posting = "Requirements\n- This is not a machine learning engineering role.\n- Python\n"
    assert [r.id for r in analyze_posting(posting).requirements] == ["python"]


# -- review 26: more ways of saying "not had" or "not yet", and what stays evidence ------------


@pytest.mark.parametrize(
    ("resume", "lacking"),
    [
        ("Skills\nPython\nNot yet comfortable with Kubernetes or Docker beyond running images "
         "colleagues built.\n", ["kubernetes", "docker"]),
        ("Summary\nPython developer. I'm not confident with Kubernetes or Docker yet.\n",
         ["kubernetes", "docker"]),
        ("기술\nPython\nKubernetes와 Docker는 아직 능숙하지 않습니다\n", ["kubernetes", "docker"]),
        ("기술\nPython\nKubernetes, Docker는 아직 자신이 없습니다\n", ["kubernetes", "docker"]),
    ],
)  # fmt: skip
def test_not_yet_comfortable_with_a_list_denies_the_list(resume, lacking):
    ex = extract_skills(resume, doc_type="resume")
    assert list(ex.lacking()) == lacking
    assert "python" in ex.concepts()


@pytest.mark.parametrize(
    ("resume", "lacking"),
    [
        ("기술\nPython, Django\n- TypeScript는 사용하지 않습니다\n", ["typescript"]),
        ("기술\nPython\nTypeScript는 쓰지 않음\n", ["typescript"]),
        ("Skills\nPython, Django\nTypeScript: not used\n", ["typescript"]),
        ("Skills\nPython\nTypeScript (never used)\n", ["typescript"]),
    ],
)
def test_a_skill_the_writer_does_not_use_is_lacking(resume, lacking):
    assert list(extract_skills(resume, doc_type="resume").lacking()) == lacking


@pytest.mark.parametrize(
    "resume",
    [
        # a time word makes it "no longer uses": used before
        "기술\n현재 R은 사용하지 않습니다\n",
        "기술\nR은 2020년 이후로는 사용하지 않습니다\n",
        # of a setting, not of the writer
        "경력\n- R을 사용하지 않는 팀에 R 기반 리포트 도입\n",
    ],
)
def test_not_using_a_skill_any_more_or_elsewhere_is_no_lack(resume):
    ex = extract_skills(resume, doc_type="resume")
    assert "r" in ex.concepts() and not ex.lacking()


@pytest.mark.parametrize(
    "line",
    [
        "C++: no professional experience",
        "C++ - no hands-on experience",
        "C++: 실무 경험 없음",
        "C++: 실무 경험은 없습니다.",
        # already read so, kept: plain "실무 경험 없음" after the name, in a longer line
        "C++ 실무 경험 없음, 현재 독학 중",
    ],
)
def test_no_professional_experience_with_a_name_alone_is_a_lack(line):
    ex = extract_skills(f"Skills\nPython\n{line}\n", doc_type="resume")
    assert list(ex.lacking()) == ["cpp"] and "python" in ex.concepts()


@pytest.mark.parametrize(
    ("resume", "names"),
    [
        ("Summary\n- 🌱 I’m currently learning **Rust** and **JAX**\n", ["rust", "jax"]),
        ("Summary\nI want to learn __Rust__ and `JAX`.\n", ["rust", "jax"]),
        ("자기소개\n- 현재 **Rust**와 **JAX**를 공부 중입니다\n", ["rust", "jax"]),
    ],
)
def test_markdown_emphasis_does_not_hide_a_wish(resume, names):
    ex = extract_skills(resume, doc_type="resume")
    assert list(ex.wished()) == names and not set(names) & set(ex.concepts())


@pytest.mark.parametrize(
    "resume",
    [
        "Skills\nPython\n- I have never used **Spark** or **Flink**\n",
        "Skills\nPython\n- No hands-on **Spark** or **Flink** experience\n",
        "기술\nPython\n- **Spark**와 **Flink**는 사용해 본 적 없습니다\n",
    ],
)
def test_markdown_emphasis_does_not_hide_a_denial(resume):
    ex = extract_skills(resume, doc_type="resume")
    assert list(ex.lacking()) == ["apache-spark", "apache-flink"]


def test_markdown_emphasis_on_evidence_stays_evidence():
    ex = extract_skills(
        "Experience\n- Built **Kafka** and **Spark** pipelines\n- **Airflow**로 배치 운영\n",
        doc_type="resume",
    )
    assert {"apache-kafka", "apache-spark", "apache-airflow"} <= set(ex.concepts())
    assert not ex.wished() and not ex.lacking()


@pytest.mark.parametrize(
    ("resume", "wished"),
    [
        ("Personal skills\nPython, SQL. I would like to deepen my knowledge of Terraform.\n",
         {"terraform"}),
        ("Summary\nI'd love to get hands-on with Kubeflow and MLflow.\n",
         {"kubeflow", "mlflow"}),
        ("Summary\nKeen to explore JAX.\n", {"jax"}),
        ("자기소개\nTerraform을 더 깊이 공부하고 싶습니다.\n", {"terraform"}),
        ("자기소개\nKubeflow 같은 ML 플랫폼을 직접 구축해 보고 싶습니다.\n",
         {"kubeflow", "machine-learning"}),
        ("자기소개\nMLflow를 실무에서 써보고 싶어요.\n", {"mlflow"}),
        ("[지원동기] 앞으로는 MLOps 분야로 성장하여\nKubeflow를 직접 구축해 보고 싶습니다.\n",
         {"mlops", "kubeflow"}),
    ],
)  # fmt: skip
def test_what_the_writer_would_like_to_deepen_or_try_is_a_wish(resume, wished):
    ex = extract_skills(resume, doc_type="resume")
    assert set(ex.wished()) == wished and not wished & set(ex.concepts())


@pytest.mark.parametrize(
    ("resume", "shown", "wished"),
    [
        # the wish comes after what was done
        ("Summary\nI built a feature store with Feast and would like to grow further into "
         "MLOps.\n", {"feast"}, {"mlops"}),
        ("자기소개\nKubernetes를 운영한 경험을 살려 MLOps 역량을 키우고 싶습니다.\n",
         {"kubernetes"}, {"mlops"}),
        ("자기소개\nJava 개발자로 성장해 온 경험을 살려 기여하고 싶습니다.\n", {"java"}, set()),
        # the aim of work done is no wish; nor are experience had and "no" of something else
        ("Experience\n- Refactored the pipeline, aiming to improve Spark throughput\n",
         {"apache-spark"}, set()),
        ("기술\nKubernetes 운영 경험 있음\n", {"kubernetes"}, set()),
        ("Experience\n- Without Docker we could not ship in time, so I containerized every "
         "service\n", {"docker"}, set()),
        ("Experience\n- Migrated 40 services with no downtime using Kubernetes\n",
         {"kubernetes"}, set()),
    ],
)  # fmt: skip
def test_evidence_next_to_a_wish_or_a_no_stays_evidence(resume, shown, wished):
    ex = extract_skills(resume, doc_type="resume")
    assert shown <= set(ex.concepts()) and set(ex.wished()) == wished
    assert not ex.lacking()


@pytest.mark.parametrize(
    "resume",
    [
        "Skills\nPython, Rust (just started)\n",
        "Skills\nPython\nRust - just started learning\n",
        "기술\nPython, Rust (이제 막 시작)\n",
        "기술\nPython\nRust: 시작 단계\n",
    ],
)
def test_a_skill_just_started_is_a_wish(resume):
    ex = extract_skills(resume, doc_type="resume")
    assert list(ex.wished()) == ["rust"] and "python" in ex.concepts()


def test_a_date_started_is_no_wish():
    ex = extract_skills("Skills\nRust (started 2019), Python\n", doc_type="resume")
    assert {"rust", "python"} <= set(ex.concepts()) and not ex.wished()


@pytest.mark.parametrize(
    ("resume", "wished"),
    [
        ("한지우\n데이터 분석가로 전환 중인 공인회계사 · jiwoo.han@example.com\n", "data-analysis"),
        ("요약\nMLOps 엔지니어로 전환 중입니다.\n", "mlops"),
        ("요약\n데이터 엔지니어링 분야로 전향 중입니다.\n", "data-engineering"),
    ],
)
def test_a_career_being_changed_is_a_wish(resume, wished):
    ex = extract_skills(resume, doc_type="resume")
    assert wished not in ex.concepts() and wished in ex.wished()
    # the job sought: it says nothing of the skills the writer has
    assert wished not in ex.said_not_had()


def test_a_system_being_moved_is_no_wish():
    ex = extract_skills(
        "경력\n- Oracle에서 PostgreSQL로 전환 중 데이터 정합성 검증\n", doc_type="resume"
    )
    assert {"oracle-database", "postgresql"} <= set(ex.concepts()) and not ex.wished()


def test_a_career_change_headline_is_not_cited_as_evidence():
    resume = (
        "한지우\n데이터 분석가로 전환 중인 공인회계사\n\n"
        "요약\n최근 1년은 재무 데이터 분석과 대시보드 구축을 주로 맡았습니다.\n\n"
        "기술 스택\nSQL, Python, Power BI\n"
    )
    row = next(
        s
        for s in match(resume, "자격요건\n- 데이터 분석\n- SQL\n", lang="ko").skills
        if s.id == "data-analysis"
    )
    assert row.credit == 1.0 and row.resume_evidence[0].section == "summary"
    assert all("전환" not in m.text for m in row.resume_evidence)


@pytest.mark.parametrize(
    ("resume", "said"),
    [
        # what the writer lacks, or wishes to learn or try, is said not had …
        ("Summary\nI have not used Kubernetes in production yet.\n", {"kubernetes": "lacking"}),
        ("Summary\nCurrently learning Rust.\n", {"rust": "wished"}),
        ("자기소개\n앞으로 Kubeflow를 실무에서 다뤄 보고 싶습니다.\n", {"kubeflow": "wished"}),
        ("자기소개\nPython은 기초 문법을 공부하고 있습니다.\n", {"python": "wished"}),
        # … the job sought is not: the writer may well have its skills
        ("Summary\nBackend engineer seeking a Python developer role.\n", {}),
        ("최하은\nLLM 엔지니어 지망 신입\n", {}),
        ("희망 직무: 데이터 분석\n", {}),
        ("Summary\nAspiring data scientist.\n", {}),
    ],
)
def test_what_a_resume_says_it_does_not_have_is_not_the_job_it_seeks(resume, said):
    assert extract_skills(resume, doc_type="resume").said_not_had() == said


def test_a_course_being_taken_is_learning_not_evidence():
    resume = (
        "Summary\nAnalyst. Currently taking a causal inference course on Coursera.\n\n"
        "Experience\n- Built dashboards in Tableau and SQL\n"
    )
    ex = extract_skills(resume, doc_type="resume")
    assert list(ex.wished()) == ["causal-inference"]
    result = match(resume, "Requirements\n- Causal inference\n- SQL\n")
    credits = {s.id: s.credit for s in result.skills}
    assert credits == {"causal-inference": 0, "sql": 1}
    # what the course's brackets name is being learned with it
    course = extract_skills(
        "Projects\n- Currently taking a causal inference course (difference-in-differences, "
        "propensity scores)\n- Built dashboards (Tableau, Looker)\n",
        doc_type="resume",
    )
    assert "causal-inference" not in course.concepts()
    assert {"tableau", "looker", "dashboarding"} <= set(course.concepts())
    # the work it took part in is no course: "currently taking part" names no wish
    done = extract_skills(
        "Experience\n- Currently taking part in SQL migrations", doc_type="resume"
    )
    assert list(done.wished()) == []
