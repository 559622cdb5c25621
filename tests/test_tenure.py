"""Years of work from the dated jobs of a resume's experience section."""

from __future__ import annotations

from datetime import date

import pytest

from careernav import match
from careernav.extract import extract_skills
from careernav.extract.tenure import find_periods, tenure
from careernav.match.experience import years_by_skill

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("데이터 분석가 (2022.03 ~ 현재)", (2022, 3), (2026, 11)),
        ("Acme — Mar 2020 – Present", (2020, 3), (2026, 11)),
        ("2019-01 – 2021-12", (2019, 1), (2021, 12)),
        ("2020년 3월 ~ 2022년 2월", (2020, 3), (2022, 2)),
        ("03/2018 - 06/2020", (2018, 3), (2020, 6)),
        ("2016 – 2019", (2016, 7), (2019, 6)),  # three years as a reader counts them
        ("Research Intern, NVIDIA, Summer 2022", (2022, 6), (2022, 8)),
        ("Spring 2021 – Fall 2022", (2021, 3), (2022, 11)),
        ("2020 – 2020", (2020, 1), (2020, 12)),
        ("Sept. 2015 to June 2017", (2015, 9), (2017, 6)),
        ("2023.1 ~ 재직중", (2023, 1), (2026, 11)),
        ("2018.03.02 ~ 2020.02.28", (2018, 3), (2020, 2)),
        ("2020년 3월 2일 ~ 2021년 1월 5일", (2020, 3), (2021, 1)),
        # Notion exports: the day after the month, and an arrow
        ("June 1, 2023 → Present", (2023, 6), (2026, 11)),
        ("June 1, 2023 – Present", (2023, 6), (2026, 11)),  # June, not January
        ("September 1, 2020 – May 31, 2023", (2020, 9), (2023, 5)),
        ("June 1st, 2023 -> present", (2023, 6), (2026, 11)),
        ("2019.03 → 2021.02", (2019, 3), (2021, 2)),
        # a year cut to two digits after an apostrophe
        ("Mar '20 – Jun '22", (2020, 3), (2022, 6)),
        ("'19.03 ~ '21.02", (2019, 3), (2021, 2)),
        ("Sep ’98 – Jun ’01", (1998, 9), (2001, 6)),  # "'98" is of the last century
        ("'16 – '19", (2016, 7), (2019, 6)),  # years alone, as "2016 – 2019"
        # Japanese and Chinese
        ("2019年3月 ~ 2020年2月", (2019, 3), (2020, 2)),
        ("2019年3月 – 現在", (2019, 3), (2026, 11)),
        ("2019年3月～2020年2月", (2019, 3), (2020, 2)),
        ("2018年9月 - 至今", (2018, 9), (2026, 11)),
        # Korean dotted dates with spaces and a dot at the end
        ("2013. 3. ~ 2019. 2.", (2013, 3), (2019, 2)),
        ("2013. 03 ~ 2019. 02", (2013, 3), (2019, 2)),
        ("2013. 3. 2. ~ 2019. 2. 28.", (2013, 3), (2019, 2)),
        # Korean two-digit years with two-digit months
        ("㈜로보웨이 | 로봇 SW 엔지니어 | 21.03 ~ 24.05", (2021, 3), (2024, 5)),
        ("데이터 분석 인턴 (19.07 - 현재)", (2019, 7), (2026, 11)),
        ("99.03 ~ 01.02", (1999, 3), (2001, 2)),
        # a year alone beside a month: from (or to) its middle, not its January
        ("ML Engineer, Acme (2023 – Present)", (2023, 7), (2026, 11)),
        ("2021.03 – 2023", (2021, 3), (2023, 6)),
    ],
)
def test_periods_in_the_styles_resumes_use(text, start, end):
    [period] = find_periods(text, TODAY)
    assert (period.start, period.end) == (start, end)
    assert text[period.start_offset : period.end_offset] == period.text


@pytest.mark.parametrize(
    "text",
    [
        "Python 3.8 - 3.11", "2,000 - 3,000 users", "2021 - 2019", "010-2022-1234", "5-10 years",
        "Python 3.11 – 3.12", "Python 3.11 → 3.12", "v2.0 -> v3.0", "2019 papers",
        "GPA 3.5/4.0", "scores 3.5/4.0 → 4.0/4.0", "ICML '23", "ICML '23, NeurIPS '24",
        "'90s – '00s", "Rock 'n' roll 20 - 30", "'27 – '29",  # '27 is still to come
        "Ubuntu 18.04 - 22.04", "Recall 0.61 → 0.78", "점수 12.05 - 13.11점", "GPA 3.5 ~ 4.0",
        "- 18.04 ~ 22.04 버전 모두 지원", "정확도 85.10 ~ 92.12%", "18.04 ~ 22.04 version",
    ],
)  # fmt: skip
def test_things_that_are_not_periods(text):
    assert find_periods(text, TODAY) == []


def test_overlaps_count_once_and_only_experience_counts():
    resume = (
        "경력\n"
        "A사 ML 엔지니어 (2021.01 ~ 2022.12)\n"
        "B사 겸직 자문 (2022.07 ~ 2023.06)\n"  # overlaps the first by six months
        "학력\n"
        "한국대학교 컴퓨터공학 (2014.03 ~ 2020.02)\n"
        "프로젝트\n"
        "사이드 프로젝트 (2019.01 ~ 2019.06)\n"
    )
    extraction = extract_skills(resume, doc_type="resume")
    found = tenure(extraction.text, extraction.sections, TODAY)
    assert found is not None and found.years == 2.5  # 2021.01 – 2023.06: 30 months
    assert [p.text for p in found.periods] == ["2021.01 ~ 2022.12", "2022.07 ~ 2023.06"]
    for p in found.periods:
        assert extraction.text[p.start_offset : p.end_offset] == p.text


def test_no_experience_section_no_tenure():
    extraction = extract_skills("Skills\nPython\n", doc_type="resume")
    assert tenure(extraction.text, extraction.sections, TODAY) is None


def test_match_compares_the_years_asked_with_the_years_shown():
    resume = "Experience\nData Analyst, Acme (Jan 2024 – Present)\nSQL, Python\n"
    posting = "Requirements\n- 5+ years of experience in data analysis\n- SQL, Python\n"
    result = match(resume, posting, today=TODAY)
    assert result.years_asked == 5
    assert result.years_shown == 2.9  # Jan 2024 – Nov 2026: 35 months
    stated = match("Summary\n경력 6년 데이터 분석가\nSkills\nSQL, Python", posting, today=TODAY)
    assert stated.years_shown == 6


def test_years_in_the_role_come_from_the_jobs_whose_title_names_it():
    resume = (
        "EXPERIENCE\n"
        "Machine Learning Engineer — Coupang, Seoul        Mar 2022 – Present\n"
        "- Deployed ranking models; worked closely with data analysts\n"
        "Data Analyst — Gmarket, Seoul                     Jan 2020 – Feb 2022\n"
        "- A/B test analysis with SQL and Python\n"
    )
    as_mle = match(resume, role="ml-engineer", today=TODAY)
    assert as_mle.years_shown == 6.9  # Jan 2020 – Nov 2026: 83 months
    assert (as_mle.years_in_role, as_mle.role_label) == (4.8, "Machine Learning Engineer")
    as_analyst = match(resume, role="data-analyst", today=TODAY)
    assert as_analyst.years_in_role == 2.2  # the bullet naming "data analysts" is no title
    assert match(resume, role="data-engineer", today=TODAY).years_in_role is None


def test_a_title_over_or_under_its_dates_names_the_role_in_korean():
    resume = (
        "경력사항\n"
        "(주)한빛로지스\n"
        "ML 엔지니어\n"
        "2023.03 ~ 현재\n"
        "• 수요 예측 모델을 배포하고 모니터링\n"
        "\n"
        "(주)새봄커머스 | 데이터 분석가\n"
        "2021.01 ~ 2022.12\n"
    )
    result = match(resume, role="ml-engineer", today=TODAY, lang="ko")
    assert (result.years_in_role, result.role_label) == (3.8, "머신러닝 엔지니어")
    assert match(resume, role="data-analyst", today=TODAY).years_in_role == 2.0


def test_a_skill_named_in_a_job_counts_that_jobs_years():
    resume = (
        "EXPERIENCE\n"
        "Machine Learning Engineer — Coupang        Mar 2022 – Present\n"
        "- Deployed ranking models on Kubernetes with Python\n"
        "Data Analyst — Gmarket                     Jan 2020 – Feb 2022\n"
        "- A/B test analysis with SQL and Python\n"
        "PROJECTS\n"
        "- Side project in Rust (2019 – 2020)\n"
    )
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    assert years["kubernetes"] == 4.8  # Mar 2022 – Nov 2026: 57 months
    assert years["sql"] == 2.2  # Jan 2020 – Feb 2022: 26 months
    assert years["python"] == 6.9  # both jobs, 83 months
    assert "rust" not in years  # a project is no job
    posting = "Requirements\n- 3+ years of Python\n- 5+ years of SQL\n- Kubernetes"
    why = {s.id: s.why for s in match(resume, posting, today=TODAY).skills}
    assert why["python"] == "the resume shows Python; 6.9 years of it in the resume (3+ asked)"
    assert why["sql"] == "the resume shows SQL; only 2.2 years of it in the resume (5+ asked)"
    assert why["kubernetes"] == "the resume shows Kubernetes"


def test_a_korean_job_block_starts_at_the_company_and_title_above_its_dates():
    resume = (
        "경력\n"
        "(주)한빛로지스\n"
        "ML 엔지니어\n"
        "2023.03 ~ 현재\n"
        "• PyTorch 기반 수요 예측 모델 개발\n"
        "(주)새봄커머스 | 데이터 분석가\n"
        "2021.01 ~ 2022.12\n"
        "• SQL 리포트 자동화\n"
    )
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    assert years["pytorch"] == 3.8 and years["sql"] == 2.0
    assert years["machine-learning"] == 3.8  # "ML 엔지니어" names it in the first job's block
    result = match(resume, "자격요건\n- SQL 3년 이상", today=TODAY, lang="ko")
    assert result.skills[0].why.endswith("; 이력서상 2년뿐 (요구 3년 이상)")


def test_a_linkedin_export_puts_the_title_two_lines_over_the_dates():
    resume = (
        "Experience\n\n"
        "Toss\nSenior Data Scientist\nMarch 2022 - Present (4 years 9 months)\nSeoul\n"
        "Built credit risk models with XGBoost.\n\n"
        "Data Analyst\nKakao\nJanuary 2019 - February 2022 (3 years 2 months)\n"
        "Dashboards in Tableau.\n\n"
        "Education\nSeoul National University, MS Statistics (2016 - 2018)\n"
    )
    assert match(resume, role="data-analyst", today=TODAY).years_in_role == 3.2
    assert match(resume, role="data-scientist", today=TODAY).years_in_role == 4.8
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    assert (years["xgboost"], years["tableau"]) == (4.8, 3.2)


def test_a_job_block_never_takes_a_line_of_the_section_or_job_above():
    # PDF and DOCX resumes put no blank line between sections or jobs
    resume = (
        "PROJECTS\n"
        "Sales Dashboard - Power BI dashboards for a school district\n"
        "EXPERIENCE\n"
        "Math Teacher, Seoul High School 2016 - 2024\n"
        "- Grade reports in Excel\n"
        "Data Intern, Wayfair  Summer 2025\n"
        "- Cleaned data with pandas and\n"
        "SQL on BigQuery.\n"
        "Data Analyst, Coupang  Jan 2026 - Present\n"
        "- Dashboards in Tableau and SQL\n"
    )
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    assert "power-bi" not in years  # a project above the heading is no job's
    assert years["excel"] == 8.0  # 2016 – 2024: eight years
    assert years["pandas"] == 0.2 and years["bigquery"] == 0.2  # the wrapped line stays
    assert years["tableau"] == 0.9


def test_a_notion_export_dates_its_jobs_with_days_and_arrows():
    resume = (
        "Experience\n"
        "Data Engineer, Acme\n"
        "June 1, 2023 → Present\n"
        "- Spark pipelines\n"
        "Data Analyst, Beta\n"
        "September 1, 2020 – May 31, 2023\n"
        "- SQL dashboards\n"
    )
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    assert years["apache-spark"] == 3.5  # June 2023 – Nov 2026: 42 months
    assert years["sql"] == 2.8  # Sep 2020 – May 2023: 33 months, not the job above's


def test_korean_japanese_and_apostrophe_dates_count_their_jobs():
    resume = (
        "경력\n"
        "(주)한빛로지스 | 데이터 분석가\n"
        "2013. 3. ~ 2019. 2.\n"
        "• SQL 리포트 자동화\n"
        "株式会社サンプル | データエンジニア\n"
        "2019年3月 ~ 2020年2月\n"
        "• Spark\n"
        "Acme, ML Engineer, Mar '20 – Jun '22\n"
        "- PyTorch\n"
    )
    extraction = extract_skills(resume, doc_type="resume")
    years = years_by_skill(extraction, TODAY)
    assert (years["sql"], years["apache-spark"], years["pytorch"]) == (6.0, 1.0, 2.3)
    found = tenure(extraction.text, extraction.sections, TODAY)
    assert found is not None and found.years == 9.3  # Mar 2013 – Jun 2022: 112 months


CAREER_DESCRIPTION_KO = """경력기술서
경력
(주)클라우드랩 | 2020.01 ~ 2024.12 | ML 엔지니어
프로젝트 상세
1. LLM 평가 자동화 플랫폼
프로젝트명: LLM 평가 자동화 플랫폼
기간: 2023.01 ~ 2024.12
사용기술: Python, vLLM
2. 문서 OCR 모델 경량화
프로젝트명: 문서 OCR 모델 경량화
기간: 2020.01 ~ 2022.12
사용기술: PyTorch, TensorRT
"""


def test_a_numbered_project_title_heads_the_block_below_it():
    years = years_by_skill(extract_skills(CAREER_DESCRIPTION_KO, doc_type="resume"))
    # "2. 문서 OCR 모델 경량화" is the second project's, not the first's
    assert years["ocr"] == 3.0 and years["tensorrt"] == 3.0
    assert years["vllm"] == 2.0


def test_a_numbered_duty_stays_with_its_job():
    resume = (
        "Experience\nData Engineer, Acme (Jan 2021 – Dec 2022)\n1. Built Spark pipelines\n"
        "2. Migrated jobs to Airflow\nAnalyst, Beta (Jan 2019 – Dec 2020)\n- SQL reports\n"
    )
    years = years_by_skill(extract_skills(resume, doc_type="resume"))
    assert years["apache-airflow"] == 2.0 and years["sql"] == 2.0


# A form exported to PDF: each job opens with its dates, the company on the line below, and
# the duties wrap over lines with no bullet and no blank line before the next job's dates.
DATES_FIRST_KO = """경력사항 (총 8년 11개월)
근무기간 회사명 직급/부서 담당업무
2021.07 ~ 2026.11
(주)스텔라데이터 책임 / 데이터플랫폼팀
Kafka 기반 실시간 이벤트 수집 파이프라인 설계 및 운영, Spark
Structured Streaming 집계, Airflow DAG 개발, Python 데이터
품질 검증 도구 개발
2018.01 ~ 2021.06
(주)한빛커머스 대리 / 주문개발팀 Java, Spring Boot 기반 API 개발
"""

DATES_FIRST_EN = """Work experience
03/2020 – 02/2024
Northwind Analytics, Data Engineer
Built streaming ingestion with Kafka and Spark Structured Streaming, and Airflow DAGs for
Python data quality checks
01/2016 – 02/2020
Contoso Retail, Backend Developer
Java and Spring Boot order APIs
"""


@pytest.mark.parametrize("resume", [DATES_FIRST_KO, DATES_FIRST_EN])
def test_where_jobs_open_with_their_dates_a_wrapped_duty_stays_with_its_job(resume):
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    first, second = (5.4, 3.5) if resume is DATES_FIRST_KO else (4.0, 4.2)
    # the lines over the second job's dates are the end of the first job's duties
    assert years["apache-airflow"] == years["python"] == years["apache-spark"] == first
    assert years["java"] == second


@pytest.mark.parametrize(
    ("resume", "later", "throughout"),
    [
        (
            "Experience\nData Scientist, Acme (Jan 2019 – Dec 2026)\n"
            "- Built churn models with scikit-learn and SQL\n"
            "- Since 2025, analyze vibration sensor data with Python\n",
            ("python", 1.9),  # January 2025 to today (November 2026)
            ("scikit-learn", 7.9),
        ),
        (
            "경력\n(주)에이아이랩 | 데이터 엔지니어 | 2019.03 ~ 2024.12\n"
            "- Spark 배치 파이프라인 운영\n- 2023년부터 Kubernetes 기반 Airflow 도입\n",
            ("kubernetes", 2.0),
            ("apache-spark", 5.8),
        ),
    ],
)
def test_a_line_that_says_when_its_work_began_counts_from_then(resume, later, throughout):
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    assert years[later[0]] == later[1]
    assert years[throughout[0]] == throughout[1]


def test_a_skill_named_since_a_year_and_elsewhere_in_the_job_counts_the_whole_job():
    resume = (
        "Experience\nML Engineer, Acme (Jan 2019 – Dec 2024)\n- Python services for ranking\n"
        "- From March 2023, Kubernetes rollouts with Python tooling\n"
    )
    years = years_by_skill(extract_skills(resume, doc_type="resume"), TODAY)
    assert years["python"] == 6.0 and years["kubernetes"] == 1.8


@pytest.mark.parametrize(
    "header", ["3년차 로봇 SW 엔지니어", "로봇 SW 엔지니어 (3년차)", "3년차 백엔드 개발자입니다."]
)
def test_the_year_of_a_career_the_writer_is_in_is_its_years(header):
    resume = f"홍길동\n{header}\n\n경력\n- ㈜로보웨이: ROS2 기반 내비게이션 개발\n"
    assert extract_skills(resume, doc_type="resume").years == 3
    posting = "자격요건\n- 경력 3년 이상\n- ROS2\n"
    assert match(resume, posting).years_credit == 1
