"""Section headings in the styles real postings and resumes use."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from careernav.extract import extract_skills
from careernav.extract.sections import guess_doc_type, split_sections
from careernav.extract.tenure import tenure
from careernav.match import analyze_posting
from careernav.match.posting import requirements_of


def kinds(text: str, doc_type="posting") -> list[tuple[str, str | None]]:
    return [(s.kind, s.heading) for s in split_sections(text, doc_type)]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("주요업무", "responsibilities"),
        ("[ 합류하면 함께 할 업무예요 ]", "responsibilities"),
        ("What you'll do", "responsibilities"),
        ("## Responsibilities", "responsibilities"),
        ("▶ 자격요건", "requirements"),
        ("[ 이런 분을 찾고 있어요 ]", "requirements"),
        ("Requirements & Qualifications", "requirements"),
        ("■ 우대사항", "preferred"),
        ("Nice to have:", "preferred"),
        ("**Preferred Qualifications**", "preferred"),
        ("복지 및 혜택", "benefits"),
        ("Perks & Benefits", "benefits"),
        ("회사소개", "company"),
        ("About us", "company"),
        ("채용절차", "process"),
        ("3. 전형 절차", "process"),
        ("합류하시면 함께 할 업무예요", "responsibilities"),
        ("Your impact", "responsibilities"),
        ("What you'll bring", "requirements"),
        ("Skills & Experience", "requirements"),
        ("You might also have", "preferred"),
        ("기술 스택", "preferred"),
        ("Tech stack:", "preferred"),
        ("Equal Opportunity Employer", "company"),
        ("제출 서류", "process"),
        ("기술스택 ・ 툴", "preferred"),
        ("Who We Are Looking For", "requirements"),
        ("채용 전형", "process"),
        ("You will:", "responsibilities"),
        ("We'd love to see", "preferred"),
        ("It would be great if you", "preferred"),
        ("[이런 분을 찾아요]", "requirements"),
        ("👉 합류 여정", "process"),
        ("Our Hiring Process", "process"),  # a determiner before a known heading
        ("Your Responsibilities", "responsibilities"),
        ("The Benefits", "benefits"),
        ("Ways to stand out from the crowd:", "preferred"),
        ("Even better if you have:", "preferred"),
        ("We'd love it if you also have:", "preferred"),
        ("Strong candidates may also have:", "preferred"),
        ("What will make you stand out", "preferred"),
        ("What we need to see:", "requirements"),
        ("You might be a fit if you have:", "requirements"),
    ],
)
def test_posting_headings(heading, kind):
    text = f"Intro line\n{heading}\n• Python 경험\n"
    assert kinds(text) == [("other", None), (kind, heading.strip())]


def test_bullets_and_sentences_are_not_headings():
    text = "자격요건\n• 우대사항을 꼼꼼히 읽으신 분\n- Requirements gathering with stakeholders\n"
    assert [k for k, _ in kinds(text)] == ["requirements"]


def test_inline_heading_with_colon():
    text = "Requirements: Python, SQL\nNice to have: Spark\n"
    sections = split_sections(text, "posting")
    assert [s.kind for s in sections] == ["requirements", "preferred"]
    assert text[sections[1].start : sections[1].end] == "Nice to have: Spark\n"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("경력", "experience"),
        ("Work Experience", "experience"),
        ("프로젝트", "projects"),
        ("학력", "education"),
        ("기술 스택", "skills"),
        ("Technical Skills", "skills"),
        ("자격증", "certifications"),
        ("자격사항", "certifications"),
        ("Summary", "summary"),
    ],
)
def test_resume_headings(heading, kind):
    text = f"홍길동\n{heading}\n- 내용\n"
    assert kinds(text, "resume")[-1] == (kind, heading)


def test_same_word_means_different_things_in_postings_and_resumes():
    assert kinds("자격사항\n- Python", "posting")[0][0] == "requirements"
    assert kinds("자격사항\n- 정보처리기사", "resume")[0][0] == "certifications"


def test_document_type_is_guessed_from_headings():
    assert guess_doc_type("경력\n...\n학력\n...\n기술 스택\n...") == "resume"
    assert guess_doc_type("주요업무\n...\n자격요건\n...\n우대사항\n...") == "posting"
    # headings both kinds use ("Skills") do not decide; "Experience" and "Education" lean to a
    # resume, whose only headings they may be
    assert guess_doc_type("Jane Doe\nExperience\nAcme\nEducation\nBS\nSkills\nPython") == "resume"
    assert (
        guess_doc_type("Responsibilities\nTrain models\nSkills\nPython\nEducation\nBS") == "posting"
    )


def test_sections_cover_the_whole_text_in_order():
    text = "회사 소개글\n주요업무\nA\n자격요건\nB\n우대사항\nC"
    sections = split_sections(text, "posting")
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for before, after in itertools.pairwise(sections):
        assert before.end == after.start


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Core Competencies", "skills"),
        ("대외활동", "projects"),
        ("수상 내역", "certifications"),
        ("Career Summary", "experience"),  # its jobs, with their dates
        ("교육 이수 내역", "education"),
        ("Hobbies", "personal"),
        ("취미", "personal"),
        ("연락처", "personal"),
    ],
)
def test_more_resume_headings(heading, kind):
    assert kinds(f"홍길동\n{heading}\n- Python", "resume")[-1][0] == kind


def test_a_table_row_whose_first_cell_is_a_heading():
    text = "이력서\n학력사항 | 2015.03 ~ 2019.02 부산대학교\nPython | SQL | Docker\n취미 | 등산"
    assert kinds(text, "resume") == [
        ("other", None),
        ("education", "학력사항"),
        ("personal", "취미"),
    ]


def test_a_bracketed_label_before_an_item_does_not_open_a_resume_section():
    resume = (
        "경력기술서\n\n경력\n"
        "1. ㈜쿠마켓 | 데이터플랫폼팀 파트장\n"
        "   재직기간: 2020.04 ~ 현재\n"
        "   [프로젝트] 실시간 주문 이벤트 파이프라인 구축 (2022.01 ~ 2022.09)\n"
        "   - Kafka와 Flink로 주문 이벤트 집계\n"
        "2. ㈜한별카드 | 빅데이터팀 대리\n"
        "   재직기간: 2016.07 ~ 2020.03\n"
        "   - Scala로 Spark 배치 작업 개발\n\n"
        "[학력]\n- 한양대학교 산업공학과 학사\n\n"
        "[프로젝트]\n- 개인 추천 시스템\n"
    )
    sections = split_sections(resume, "resume")
    kinds = [s.kind for s in sections]
    assert kinds[-3:] == ["experience", "education", "projects"]
    spark = resume.index("Spark")
    assert next(s.kind for s in sections if s.start <= spark < s.end) == "experience"


def test_research_experience_is_experience_and_publications_are_projects():
    resume = (
        "RESEARCH EXPERIENCE\nGraduate Researcher, Vector Institute (2020 – present)\n"
        "- Implemented PPO in PyTorch\n\nSELECTED PUBLICATIONS\n[1] Conservative World Models.\n"
    )
    assert [s.kind for s in split_sections(resume, "resume")][-2:] == ["experience", "projects"]
    resume_ko = "## 연구 경험\n네이버 AI Lab 연구 인턴 (2022.06 ~ 2022.12)\n- CLIP 경량화\n"
    assert [s.kind for s in split_sections(resume_ko, "resume")][-1] == "experience"


def test_a_list_of_items_opened_by_one_symbol_is_not_a_run_of_headings():
    # "Plus" makes a friendly heading of a decorated line, but this one is a benefit among
    # benefits: every neighbour opens with the same symbol.
    text = (
        "[자격요건]\n• Python\n\n[복지]\n▶ 최신 맥북 프로 지급\n▶ ChatGPT Plus, GitHub Copilot 구독 지원\n"
        "▶ 유연 출퇴근제\n"
    )
    assert [s.kind for s in split_sections(text, "posting")] == ["requirements", "benefits"]
    # a symbol before a lone heading still opens it
    text = "주요업무\n- 모델 서빙\n\n▶ 이런 분이면 더 좋아요\n- Kubernetes 운영 경험\n"
    assert [s.kind for s in split_sections(text, "posting")] == ["responsibilities", "preferred"]


@pytest.mark.parametrize("heading", ["## Currently learning", "Currently studying:", "학습 중"])
def test_what_a_resume_is_learning_is_a_goal(heading):
    text = f"Experience\nBackend developer, Acme (2019 – 2023)\n\n{heading}\nKubernetes (CKAD)\n"
    assert [s.kind for s in split_sections(text, "resume")] == ["experience", "goals"]


@pytest.mark.parametrize(
    ("text", "doc_type", "kinds"),
    [
        ("가. 주요업무\n- 모델 연구\n나. 지원자격\n- 박사\n다. 우대요건\n- Slurm\n", "posting",
         ["responsibilities", "requirements", "preferred"]),
        ("Key job responsibilities\n- Build models\nBasic qualifications\n- PhD\n", "posting",
         ["responsibilities", "requirements"]),
        ("## Positions\nResearch Scientist, Naver (2019 – present)\n", "resume", ["experience"]),
        ("상세 경력\n카카오 (2015.03 ~ 2020.02)\n", "resume", ["experience"]),
        # a project's long title with a key word in it is no "summary" heading
        ("프로젝트\n### 2) LLM 기반 상품 리뷰 요약 챗봇\n- 요약 모델 서빙\n", "resume", ["projects"]),
    ],
)  # fmt: skip
def test_more_headings_people_write(text, doc_type, kinds):
    assert [s.kind for s in split_sections(text, doc_type)] == kinds


def test_a_table_whose_header_names_sections_makes_each_column_its_section():
    text = (
        "Requirements\nMust have | Nice to have\n3+ years of SQL | Python for scripting\n"
        "dbt | Experience with LookML\nBenefits\nLaptop\n"
    )
    sections = split_sections(text, "posting")
    kind_of = {text[s.start : s.end].strip(): s.kind for s in sections}
    assert kind_of["3+ years of SQL |"] == "requirements"
    assert kind_of["Python for scripting"] == "preferred"
    assert kind_of["Experience with LookML"] == "preferred"
    assert sections[-1].kind == "benefits"


@pytest.mark.parametrize(
    ("text", "doc_type", "kinds"),
    [
        ("주요 수행업무\n- 모델 개발\n필요지식\n- 선형대수\n필요기술\n- 파이썬\n직무수행태도\n- 협업\n"
         "우대사항\n- OPIc\n", "posting",
         ["responsibilities", "requirements", "requirements", "requirements", "preferred"]),
        ("PROJECTS (product analytics)\n- funnel\nEXPERIENCE (5 years)\nAcme\n", "resume",
         ["projects", "experience"]),
        ("學歷\n서울대 學士\n經歷\n삼성 (2018.07 ~ 2021.06)\n", "resume", ["education", "experience"]),
        # LinkedIn's wrapper of the whole description: its blurb is text before the headings
        ("About the job\nWe are Acme, a Java shop.\nResponsibilities\n- Build models\n", "posting",
         ["other", "responsibilities"]),
    ],
)  # fmt: skip
def test_headings_of_forms_and_sites(text, doc_type, kinds):
    assert [s.kind for s in split_sections(text, doc_type)] == kinds


@pytest.mark.parametrize(
    ("text", "doc_type", "kinds"),
    [
        ("## 하시는 일\n- Vertex AI\n## 필요 역량\n- Python\n## 기타\n- 근무지: 판교\n", "posting",
         ["responsibilities", "requirements", "other"]),
        # a job line with dates under 경력 is no heading, though it names 연구
        ("## 경력\n### 한울로보틱스 — 수석연구원 (2019.03 ~ 현재)\n- SLAM\n## 기타\n- 취미\n", "resume",
         ["experience", "other"]),
    ],
)  # fmt: skip
def test_other_headings_end_a_section_and_job_lines_are_not_headings(text, doc_type, kinds):
    assert [s.kind for s in split_sections(text, doc_type)] == kinds


def test_a_posting_in_one_paragraph_names_its_parts_inside_it():
    intro = (
        "Brightwave is a fintech company. Our team builds on Snowflake, dbt and Looker, and we "
        "collaborate in Slack and Jira. You will own the lifecycle from notebooks to production "
        "services on AWS SageMaker and help us mature our monitoring and retraining practices. "
    )
    text = (
        intro + "Qualifications: Bachelor's degree; 4+ years of Python and SQL. Familiarity "
        "with Kubernetes is a plus.\n"
    )
    sections = split_sections(text, "posting")
    assert [s.kind for s in sections] == ["other", "requirements"]
    assert text[sections[1].start :].startswith("Qualifications:")
    # a short line keeps its words: "Requirements: Python" at a line's start is handled as
    # a heading already; mid-sentence in a short text it is no heading
    short = "We value clear writing. Requirements: none beyond curiosity.\n"
    assert [s.kind for s in split_sections(short, "posting")] == ["other"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("경력 Experience", "experience"),
        ("Work Experience 경력", "experience"),
        ("기술 스택 Tech Stack", "skills"),
        ("학력 Education", "education"),
        ("프로젝트 Projects", "projects"),
    ],
)
def test_a_bilingual_resume_heading_names_its_section_twice(heading, kind):
    assert kinds(f"{heading}\nPython, SQL 3년", "resume") == [(kind, heading)]


@pytest.mark.parametrize("line", ["경력 Skills", "Python 경력", "데이터 Engineer"])
def test_two_languages_that_do_not_name_one_section_are_no_heading(line):
    assert kinds(f"{line}\nPython, SQL 3년", "resume") == [("other", None)]


# --- From a review: company intros, short labels, LinkedIn's wrappers, 자기소개서 -----------


def _section_of(text: str, sections, needle: str) -> str:
    at = text.index(needle)
    return next(s.kind for s in sections if s.start <= at < s.end)


@pytest.mark.parametrize(
    "heading",
    [
        "About Brightside",
        "About Orbital Robotics",
        "ABOUT ORBITAL ROBOTICS",
        "Our mission",
        "Our Story",
        "Life at Brightside",
        "우리는 이런 팀이에요",
        "About 에듀봇",
        "에듀봇 소개",
        "에듀봇을 소개합니다",
        "우리 회사를 소개합니다",
        "회사 개요",
    ],
)
def test_a_company_intro_under_its_many_headings_is_the_company(heading):
    posting = (
        "Robotics Software Engineer\n\n"
        f"{heading}\n"
        "We build autonomous mobile robots for hospitals; our fleet runs ROS 2 on Kubernetes.\n\n"
        "What you'll do\n- Write motion planning code in C++\n"
    )
    sections = split_sections(posting, "posting")
    assert [s.kind for s in sections] == ["other", "company", "responsibilities"]
    assert _section_of(posting, sections, "Kubernetes") == "company"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # "About" before a heading the tables name keeps its meaning
        ("About the role", "responsibilities"),
        ("About this role", "responsibilities"),
        ("About you", "requirements"),
        ("About the team", "company"),
        ("About us", "company"),
        ("Your mission", "responsibilities"),
        # and is no name before a word of its own
        ("About this opportunity", None),
        ("About 3 years of Python", None),
        # a Korean "… 소개" is read by its key words
        ("전형 소개", "process"),
        ("포지션 소개", "responsibilities"),
    ],
)
def test_about_and_introductions_that_are_not_the_employer(heading, kind):
    found = kinds(f"Intro line\n{heading}\n- Python 경험\n")
    assert found[-1] == ((kind, heading) if kind else ("other", None))


def test_a_company_blurb_under_about_its_name_is_no_ask():
    # after the asks, where it would have been read as more of them
    posting = (
        "Senior Backend Engineer\n\n"
        "Requirements\n- 5+ years of Go\n- PostgreSQL\n\n"
        "About Brightside\n"
        "Brightside makes delivery robots. Our robots run ROS 2 and our platform runs on "
        "Kubernetes.\n"
    )
    asked = {r.id for r in requirements_of(extract_skills(posting, doc_type="posting"))}
    assert {"go", "postgresql"} <= asked
    assert not asked & {"ros2", "kubernetes"}


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("자격", "requirements"),
        ("자격요건", "requirements"),
        ("필수", "requirements"),
        ("업무", "responsibilities"),
        ("담당", "responsibilities"),
        ("우대", "preferred"),
    ],
)
def test_a_short_korean_postings_inline_labels(label, kind):
    posting = (
        "로봇 SW 엔지니어 (신입/경력)\n에듀봇 | 서울 성동구\n\n"
        f"{label}: C++, ROS2, Linux 경험\n복지: 점심 제공, 장비 지원\n"
    )
    sections = split_sections(posting, "posting")
    assert [(s.kind, s.heading) for s in sections] == [
        ("other", None),
        (kind, f"{label}:"),
        ("benefits", "복지:"),
    ]


def test_a_short_korean_postings_asks_after_자격():
    posting = (
        "로봇 SW 엔지니어\n\n업무: 교육용 로봇 자율주행 SW 개발\n자격: C++, ROS2, Linux 경험\n"
        "우대: SLAM 경험\n"
    )
    asked = {r.id: r.level for r in requirements_of(extract_skills(posting, doc_type="posting"))}
    assert asked["cpp"] == asked["ros2"] == asked["linux"] == "required"
    assert asked["slam"] == "preferred"


LINKEDIN_POSTING = (
    "Machine Learning Engineer\nOrbital Robotics · Seoul, South Korea (On-site)\n\n"
    "About the job\n"
    "As a Machine Learning Engineer you will train perception models in PyTorch and deploy "
    "them to our robots.\n"
    "You have 3+ years of experience with Python and computer vision.\n"
    "Experience with TensorRT is a plus.\n"
)


def test_about_the_job_wraps_the_whole_linkedin_posting():
    # no subheading under it: its asks are the posting's asks, not a company blurb
    sections = split_sections(LINKEDIN_POSTING, "posting")
    assert [(s.kind, s.heading) for s in sections] == [
        ("other", None),
        ("other", "About the job"),
    ]
    asked = {r.id: r for r in requirements_of(extract_skills(LINKEDIN_POSTING, doc_type="posting"))}
    assert {"pytorch", "python", "computer-vision"} <= {
        sid for sid, r in asked.items() if r.level == "required"
    }
    assert asked["tensorrt"].level == "preferred"
    assert asked["python"].years == 3
    # with subheadings, the text right under it is the intro as before: context, no ask
    posting = (
        "About the job\nWe are Acme, a Java shop.\n\nResponsibilities\n- Build models in Python\n"
    )
    asked = {r.id for r in requirements_of(extract_skills(posting, doc_type="posting"))}
    assert "python" in asked and "java" not in asked


LINKEDIN_RESUME = (
    "Jiwoo Park\nSenior Machine Learning Engineer at Upstage\nSeoul, South Korea\n\n"
    "Experience\n"
    "Upstage\nSenior Machine Learning Engineer\nJan 2021 - Present · 5 yrs 11 mos\n"
    "Seoul, South Korea\n"
    "Built retrieval-augmented generation services for enterprise document search.\n"
    "Skills: Large Language Models (LLM) · LangChain · +5 skills\n"
    "Coupang\nMachine Learning Engineer\nMar 2018 - Dec 2020 · 2 yrs 10 mos\n"
    "Trained ranking models for product search in TensorFlow.\n"
    "Skills: TensorFlow · Learning to Rank\n\n"
    "Education\nKAIST\nMaster of Science - MS, Computer Science · (2016 - 2018)\n\n"
    "Skills\nPython\nPyTorch\n"
)


def test_a_skills_line_under_a_job_labels_only_its_line():
    sections = split_sections(LINKEDIN_RESUME, "resume")
    assert [s.kind for s in sections] == ["other", "experience", "education", "skills"]
    assert _section_of(LINKEDIN_RESUME, sections, "Coupang") == "experience"
    assert _section_of(LINKEDIN_RESUME, sections, "LangChain") == "experience"
    assert _section_of(LINKEDIN_RESUME, sections, "PyTorch") == "skills"
    found = tenure(LINKEDIN_RESUME, sections, date(2026, 11, 22))
    assert found is not None
    assert [p.text for p in found.periods] == ["Jan 2021 - Present", "Mar 2018 - Dec 2020"]


@pytest.mark.parametrize(
    ("resume", "kinds_after"),
    [
        # under a project of a Korean resume
        ("프로젝트\n실시간 주문 집계 (2022.01 ~ 2022.09)\n기술 스택: Kafka, Flink\n"
         "추천 모델 서빙 (2021.03 ~ 2021.12)\n- Triton\n", ["projects"]),
        # at the top of a resume, or after another section, it opens its section as before
        ("Skills: Python, SQL\nExperience\nAcme (2019 – 2023)\n", ["skills", "experience"]),
        ("Education\nKAIST (2014 – 2018)\nSkills: Python, SQL\nAWS\n", ["education", "skills"]),
        # a table row is its own section (a Word resume's form)
        ("경력사항 | 2021.03 ~ 2024.02 네오데이터\n보유기술 | Python, SQL\n", ["experience", "skills"]),
        # a "Skills" heading alone on its line still opens a section after a job
        ("Experience\nAcme (2019 – 2023)\n- Spark\nSkills\nPython\n", ["experience", "skills"]),
    ],
)  # fmt: skip
def test_where_a_skills_label_opens_a_section(resume, kinds_after):
    assert [s.kind for s in split_sections(resume, "resume")] == kinds_after


KOREAN_RESUME = (
    "이력서\n\n김민준\n데이터 엔지니어 | minjun.kim@example.com\n\n"
    "경력사항\n㈜네오커머스 데이터플랫폼팀 (2019.03 ~ 2023.08)\n- Airflow 기반 배치 파이프라인 운영\n\n"
    "자격증\n- 정보처리기사 (2018.11)\n- SQLD (2019.06)\n\n"
    "{heading}\n"
    "저는 대용량 데이터를 다루는 일에 흥미를 느껴 Kafka와 Flink로 실시간 파이프라인을 구축해 왔습니다.\n"
)


@pytest.mark.parametrize(
    "heading", ["자기소개서", "자기소개", "[자기소개서]", "자기소개서 (성장 과정)"]
)
def test_a_korean_resumes_self_introduction_is_its_summary(heading):
    resume = KOREAN_RESUME.format(heading=heading)
    for doc_type in ("resume", "auto"):
        sections = split_sections(resume, doc_type)
        assert sections[-1].kind == "summary"
        assert _section_of(resume, sections, "Kafka") == "summary"
    # what the writer means to do once hired is a goal, not evidence
    resume += "\n입사 후 포부\nKubernetes 기반 데이터 플랫폼을 고도화하겠습니다.\n"
    assert [s.kind for s in split_sections(resume, "resume")][-2:] == ["summary", "goals"]


def test_linkedin_facts_under_a_posting_ask_nothing():
    from careernav import analyze_posting

    posting = (
        "Machine Learning Engineer\nResponsibilities\n- Train ranking models in PyTorch\n"
        "Seniority level\nMid-Senior level\nJob function\nEngineering and Information Technology\n"
        "Industries\nEntertainment Providers\n"
    )
    asked = {r.id for r in analyze_posting(posting).requirements}
    assert "pytorch" in asked and "information-technology" not in asked


# --- From a review of resumes: 경력기술서 labels, career summaries, LinkedIn, academic CVs ---

CAREER_DESCRIPTION = (
    "경력기술서\n\n"
    "㈜오픈대화 | AI 엔지니어 | 2021.03 ~ 현재\n\n"
    "프로젝트명: 고객상담 챗봇\n"
    "기간: 2023.04 ~ 2024.12\n"
    "역할: RAG 파이프라인 설계와 구현\n"
    "사용기술: Python, LangChain, FastAPI\n"
    "주요 성과: 상담 자동화율 35% 향상\n\n"
    "프로젝트명: 상담 로그 분류 모델\n"
    "기간: 2021.06 ~ 2022.12\n"
    "사용 기술: PyTorch, Airflow\n"
    "성과: 분류 정확도 12%p 개선\n"
)


def test_a_korean_career_description_is_a_resume_and_its_labels_name_a_projects_tools():
    # "사용기술" is a team's stack in a posting and a project's tools in a resume: it says
    # nothing of which the document is
    assert guess_doc_type(CAREER_DESCRIPTION) == "resume"
    assert guess_doc_type(
        "프로젝트\n프로젝트명: 챗봇\n기간: 2023.04 ~ 2024.12\n사용기술: Python\n"
    ) == ("resume")
    sections = split_sections(CAREER_DESCRIPTION, "auto")
    # the labels of a project's lines open no section: the job and both projects stay one
    # experience section, with all their dates
    assert [s.kind for s in sections] == ["experience"]
    found = tenure(CAREER_DESCRIPTION, sections, date(2025, 6, 30))
    assert found is not None and found.periods[0].text == "2021.03 ~ 현재"
    # standing alone, the label names the resume's skills
    assert kinds("홍길동\n사용 기술\nPython, SQL\n", "resume")[-1] == ("skills", "사용 기술")
    # and a posting's stack is still the posting's
    assert kinds("주요업무\n- 모델 서빙\n사용 기술\n- Kubeflow\n")[-1] == ("preferred", "사용 기술")


@pytest.mark.parametrize("heading", ["경력 요약", "Career Summary", "CAREER SUMMARY"])
def test_a_career_summary_lists_the_careers_jobs(heading):
    resume = (
        "김서연\nML 엔지니어\n\n"
        f"{heading}\n"
        "- ㈜새봄커머스, 추천팀 ML 엔지니어 (2020.03 ~ 2023.02)\n"
        "- ㈜한빛데이터, 데이터 분석가 (2017.01 ~ 2019.12)\n\n"
        "학력\n- 서울대학교 통계학과 (2012.03 ~ 2016.02)\n"
    )
    sections = split_sections(resume, "resume")
    assert [s.kind for s in sections] == ["other", "experience", "education"]
    found = tenure(resume, sections, date(2025, 6, 30))
    assert found is not None and found.years == 6.0


@pytest.mark.parametrize("heading", ["Summary", "Professional Summary", "요약"])
def test_a_summary_is_still_a_summary(heading):
    assert kinds(f"Jane Doe\n{heading}\nML engineer with 6 years of Python\n", "resume")[-1] == (
        "summary",
        heading,
    )


LINKEDIN_PDF = (
    "Contact\nwww.linkedin.com/in/minho-lee (LinkedIn)\n"
    "Top Skills\nKubeflow\nMLflow\nKubernetes\n"
    "Languages\nKorean (Native or Bilingual)\nEnglish (Professional Working)\n"
    "Certifications\nCertified Kubernetes Administrator (CKA)\n"
    "Minho Lee\nMLOps Engineer at Toss | Kubeflow · MLflow\nSeoul, South Korea\n"
    "About\nI build ML platforms that take models from notebooks to production.\n"
    "Experience\n"
    "Toss\nMLOps Engineer\nFull-time\nJanuary 2022 - Present (3 years 6 months)\n"
    "Built the Kubeflow pipelines platform.\n"
    "Naver\nMachine Learning Engineer Intern\nInternship\nJune 2021 - December 2021 (7 months)\n"
    "Served ranking models with Triton.\n"
    "Education\nKAIST\nMaster of Science - MS, Computer Science · (2019 - 2021)\n"
)


def test_a_linkedin_pdfs_sidebar_and_main_column():
    sections = split_sections(LINKEDIN_PDF, "auto")
    assert [(s.kind, s.heading) for s in sections] == [
        ("personal", "Contact"),
        ("skills", "Top Skills"),
        ("certifications", "Languages"),
        ("certifications", "Certifications"),
        ("summary", "About"),
        ("experience", "Experience"),
        ("education", "Education"),
    ]
    # LinkedIn's employment type under a job is no heading: the intern's title stays over
    # its dates, in the same section
    found = tenure(LINKEDIN_PDF, sections, date(2025, 6, 30))
    assert found is not None
    assert [p.text for p in found.periods] == [
        "January 2022 - Present",
        "June 2021 - December 2021",
    ]


@pytest.mark.parametrize(
    "line", ["Internship", "Full-time", "Part-time", "Contract", "Freelance", "Self-employed"]
)
def test_linkedins_employment_type_under_a_job_is_no_heading(line):
    resume = f"Experience\nNaver\nML Engineer\n{line}\nJune 2021 - December 2021\nSkills\nPython\n"
    assert kinds(resume, "resume") == [("experience", "Experience"), ("skills", "Skills")]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Top skills", "skills"),
        ("Languages", "certifications"),
        ("언어", "certifications"),
        ("외국어", "certifications"),
        ("어학", "certifications"),
        ("Links", "personal"),
        ("링크", "personal"),
        ("About", "summary"),
        ("간단 소개글", "summary"),
        # a student's section of internships, after another section, still opens
        ("Internship", "experience"),
    ],
)
def test_more_resume_headings_from_sites_and_forms(heading, kind):
    assert kinds(f"Education\nKAIST (2015 - 2019)\n{heading}\n- 내용\n", "resume")[-1] == (
        kind,
        heading,
    )


def test_languages_inside_the_skills_are_programming_languages():
    resume = "Skills\nLanguages: Python, Go, SQL\nTools: Docker\n| Languages | Python, Scala |\n"
    assert {s.kind for s in split_sections(resume, "resume")} == {"skills"}
    resume_ko = "기술\n언어: Go, Java\n프레임워크: Spring\n"
    assert [s.kind for s in split_sections(resume_ko, "resume")] == ["skills"]
    # the spoken languages, after the skills, are their own section
    resume = "Skills\nPython, Go\nLanguages\nKorean (native), English (fluent)\n"
    assert [s.kind for s in split_sections(resume, "resume")] == ["skills", "certifications"]


ACADEMIC_CV = (
    "Jane Kim\nPhD Candidate, Computer Science, Stanford University\n\n"
    "{interests}\nReinforcement learning, world models, robot learning\n\n"
    "RESEARCH EXPERIENCE\n"
    "Graduate Researcher, Stanford AI Lab (Sep 2019 – Jun 2024)\n- Model-based RL in JAX\n\n"
    "{teaching}\n"
    "Teaching Assistant, CS229 Machine Learning — Fall 2018, Fall 2019\n"
    "Teaching Assistant, CS231n — Spring 2020\n\n"
    "{talks}\n"
    "Learning world models for manipulation — Google DeepMind, 2023\n\n"
    "{service}\n"
    "Reviewer: NeurIPS (2021 – 2023), ICML (2022 – 2023)\n"
)


@pytest.mark.parametrize(
    ("interests", "teaching", "talks", "service"),
    [
        ("RESEARCH INTERESTS", "TEACHING", "INVITED TALKS", "SERVICE"),
        ("Research Interests", "Teaching Experience", "Talks", "Professional Service"),
        ("Research interests", "TEACHING EXPERIENCE", "Presentations", "Service"),
    ],
)
def test_an_academic_cvs_teaching_talks_and_service_are_no_jobs(
    interests, teaching, talks, service
):
    cv = ACADEMIC_CV.format(interests=interests, teaching=teaching, talks=talks, service=service)
    sections = split_sections(cv, "auto")
    assert [(s.kind, s.heading) for s in sections] == [
        ("other", None),
        ("goals", interests),
        ("experience", "RESEARCH EXPERIENCE"),
        ("projects", teaching),
        ("projects", talks),
        ("projects", service),
    ]
    # the TA's semesters and the reviewing years are not years of work
    found = tenure(cv, sections, date(2025, 6, 30))
    assert found is not None and [p.text for p in found.periods] == ["Sep 2019 – Jun 2024"]


def test_research_interests_are_wishes_not_evidence():
    cv = ACADEMIC_CV.format(
        interests="Research Interests: imitation learning", teaching="", talks="", service=""
    )
    extraction = extract_skills(cv, doc_type="resume")
    assert "imitation-learning" not in extraction.concepts()
    assert "reinforcement-learning" in extraction.concepts()


def test_a_career_descriptions_project_labels_keep_the_next_jobs_dates():
    # each project's "담당업무:" is a posting's heading too; its "프로젝트명:" and "주요 성과:"
    # are a resume's, and open no section inside a job: the next job stays experience
    resume = (
        "경력기술서\n\n"
        "㈜오픈대화 | AI 엔지니어 | 2021.03 ~ 현재\n"
        "프로젝트명: 고객상담 챗봇\n기간: 2023.04 ~ 2024.12\n담당업무: RAG 파이프라인 설계\n"
        "사용기술: Python, LangChain\n주요 성과: 상담 자동화율 35% 향상\n\n"
        "프로젝트명: 상담 로그 분류\n기간: 2021.06 ~ 2022.12\n담당업무: 분류 모델 학습\n"
        "개발환경: PyTorch, Airflow\n\n"
        "㈜한빛데이터 | 데이터 엔지니어 | 2018.01 ~ 2021.02\n"
        "프로젝트명: 주문 배치 파이프라인\n담당업무: Spark 배치 개발\n"
    )
    assert guess_doc_type(resume) == "resume"
    sections = split_sections(resume, "resume")
    assert [s.kind for s in sections] == ["experience"]
    found = tenure(resume, sections, date(2025, 6, 30))
    assert found is not None and "2018.01 ~ 2021.02" in [p.text for p in found.periods]
    # a freelance posting names its project the same way, among its asks
    posting = (
        "[프리랜서] 차세대 정산 시스템 구축\n프로젝트명: 차세대 정산 시스템\n기간: 2024.03 ~ 2024.12\n"
        "담당업무: 정산 API 개발\n사용기술: Java, Spring\n자격요건: 경력 5년 이상\n"
        "우대사항: 금융권 경험\n"
    )
    assert guess_doc_type(posting) == "posting"


def test_a_linkedin_headline_after_the_sidebar_stays_evidence():
    # LinkedIn's PDF puts its sidebar first: the name and headline that open the main column
    # fall under the sidebar's last heading. No line marks where the column starts, so the
    # headline stays there; its skills are evidence as they would be under any heading.
    extraction = extract_skills(LINKEDIN_PDF)
    assert extraction.doc_type == "resume"
    headline = LINKEDIN_PDF.index("MLOps Engineer at Toss")
    assert _section_of(LINKEDIN_PDF, extraction.sections, "MLOps Engineer at Toss") == (
        "certifications"
    )
    assert any(m.start > headline for m in extraction.concepts()["mlflow"])


def test_linkedins_how_you_match_box_asks_nothing():
    posting = (
        "About the job\nWe are hiring a data scientist.\n\nResponsibilities\n"
        "- Run A/B tests and report in Looker\n\nQualifications\n- Python, SQL, statistics\n\n"
        "How you match\nSkills associated with the job post: Python, SQL, Tableau, Spark, "
        "Communication\n3 skills on your profile: Python, SQL, Tableau\n"
    )
    levels = {r.id: r.level for r in requirements_of(extract_skills(posting))}
    assert levels["ab-testing"] == levels["looker"] == "required"  # not made a plus
    assert not {"tableau", "apache-spark", "communication"} & set(levels)


def test_a_profile_readmes_tools_and_learning_headings():
    readme = (
        "### 💼 Experience\nML Engineer @ Acme (2021 – 2024)\n- Served PyTorch models\n\n"
        "### 🛠️ Languages and Tools\nPython · Docker · Kubernetes\n\n"
        "### 🌱 Learning\nRust, JAX\n\n"
        "### 📊 Stats\n![Alex's GitHub stats](https://github-readme-stats.example/api)\n"
    )
    assert [k for k, _ in kinds(readme, "resume")] == ["experience", "skills", "goals", "personal"]
    evidence = set(extract_skills(readme, doc_type="resume").concepts())
    assert {"docker", "kubernetes"} <= evidence and not {"rust", "jax", "github"} & evidence
    # the site's statistics are no wish either
    assert "github" not in extract_skills(readme, doc_type="resume").wished()


@pytest.mark.parametrize("heading", ["기술스택 ・ 툴", "기술스택", "Tech stack & tools"])
def test_a_stack_heading_with_more_words_makes_no_plus_of_the_duties(heading):
    posting = (
        "주요업무\n- BigQuery와 dbt로 데이터 마트 구축\n\n자격요건\n- Python, SQL\n\n"
        "우대사항\n- Kubernetes 운영 경험\n\n"
        f"{heading}\nPython · BigQuery · dbt · Kubernetes\n"
    )
    levels = {r.id: r.level for r in requirements_of(extract_skills(posting))}
    assert levels["bigquery"] == levels["dbt"] == "required"
    assert levels["kubernetes"] == "preferred"


@pytest.mark.parametrize(
    "benefits",
    ["ㆍAWS/GCP 자격증 지원\nㆍPython 강의 지원\n", "•AWS 자격증 응시료 지원\n•Python 강의 지원\n"],
)
def test_a_benefit_whose_bullet_touches_its_words_opens_no_section(benefits):
    posting = f"데이터 엔지니어\n\n자격요건\nㆍSQL 능숙자\n\n혜택 및 복지\n{benefits}"
    analysis = analyze_posting(posting)
    assert [s.kind for s in analysis.extraction.sections][-1] == "benefits"
    assert [r.id for r in analysis.requirements] == ["sql"]
    # a heading with its bullet touching it is still a heading
    glued = analyze_posting(
        "데이터 엔지니어\n\nㆍ자격요건\n- SQL\n\nㆍ혜택 및 복지\n- Python 강의 지원\n"
    )
    assert [r.id for r in glued.requirements] == ["sql"]
