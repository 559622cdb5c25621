"""PDFs as people make them: printed from a browser (Chrome's "Save as PDF"), where the
spaces between words are marked content rather than glyphs and serif fonts set fi/fl as
ligatures. The fixture was printed by Chromium from resume_chrome_ko_en.html beside it."""

from __future__ import annotations

import threading
from pathlib import Path

from careernav import read_document
from careernav.extract import extract_skills

DOCS = Path(__file__).parent / "fixtures" / "documents"
CHROME = DOCS / "resume_chrome_ko_en.pdf"


def test_browser_printed_pdf_keeps_the_spaces_between_korean_words():
    doc = read_document(CHROME)
    lines = doc.text.splitlines()
    assert lines[0] == "정하린 (Harin Jung)"
    assert "Python 또는 Scala 기반 실시간 데이터 파이프라인 개발" in lines
    assert "데이터 레이크(S3, Iceberg) 설계 및 운영" in lines
    assert "Python, SQL, Spark, Kafka, Airflow, Snowflake" in lines


def test_ligatures_of_a_serif_font_read_as_their_letters():
    text = read_document(CHROME).text
    assert "Built workflow orchestration on Airflow with 400 DAGs; defined SLAs and" in text
    assert "Migrated the warehouse to Snowflake; certified data sets for finance." in text
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)


def test_browser_printed_resume_has_its_sections_and_skills():
    ex = extract_skills(read_document(CHROME).text, doc_type="resume")
    assert [(s.kind, s.heading) for s in ex.sections] == [
        ("other", None),
        ("experience", "경력"),
        ("experience", "Experience (English)"),
        ("skills", "기술"),
    ]
    found = {m.id for m in ex.skills if m.section == "experience"}
    # the words of the English bullets, once run together or set as ligatures
    assert {"apache-airflow", "snowflake", "apache-iceberg"} <= found


def test_pdfs_read_from_several_threads_at_once_all_read_whole():
    # The web app reads uploads on worker threads; PDFium itself is not thread-safe.
    expected = read_document(CHROME).text
    results: list[str] = []

    def read() -> None:
        for _ in range(5):
            results.append(read_document(CHROME.read_bytes(), name="upload.pdf").text)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 20


def test_a_word_hyphenated_at_a_line_end_keeps_its_hyphen():
    # PDFium joins "dbt-" and "expectations" and marks the hyphen with U+FFFE.
    text = read_document(DOCS / "posting_hyphen_en.pdf").text
    assert "checks with dbt-expectations" in text
    assert "\ufffe" not in text


# Two-column resumes drawn line by line across both columns (make_fixtures.py,
# make_column_pdfs): each column is read down, the sidebar before the main column.
def _lines(name: str) -> list[str]:
    return read_document(DOCS / name).text.splitlines()


def test_two_columns_drawn_across_are_read_a_column_at_a_time_ko():
    lines = _lines("resume_two_columns_across_ko.pdf")
    # not "기술 Skills 경력 Experience", nor a job's dates beside the sidebar's tools
    assert not any("Skills" in line and "Experience" in line for line in lines)
    sidebar = lines.index("기술 Skills")
    assert lines[sidebar : sidebar + 5] == [
        "기술 Skills",
        "Python, SQL, Scala",
        "Spark, Kafka",
        "Airflow, dbt",
        "Docker, Kubernetes",
    ]
    main = lines.index("경력 Experience")
    assert main > lines.index("TOEIC 905")
    assert lines[main + 1 : main + 3] == ["(주)스트림웍스 — 데이터 엔지니어", "2021.03 – 현재"]
    # the full-width line under both columns stays last
    assert lines[-1] == "자기소개: 데이터가 제때 정확하게 흐르도록 만드는 일을 좋아합니다."


def test_two_columns_drawn_across_give_each_section_its_own_skills_ko():
    ex = extract_skills(read_document(DOCS / "resume_two_columns_across_ko.pdf").text)
    assert ex.doc_type == "resume"
    by_section: dict[str, set[str]] = {}
    for m in ex.skills:
        by_section.setdefault(m.section, set()).add(m.id)
    assert {"python", "sql", "scala", "docker", "kubernetes"} <= by_section["skills"]
    assert {"apache-flink", "mysql"} <= by_section["experience"]
    assert "mysql" not in by_section["skills"]
    assert "information-processing-engineer" in by_section["certifications"]


def test_two_columns_on_one_grid_drawn_across_are_read_a_column_at_a_time_en():
    # one line height in both columns: PDFium joins a sidebar line and a main line into one
    lines = _lines("resume_two_columns_across_en.pdf")
    assert "SKILLS EXPERIENCE" not in lines
    skills = lines.index("SKILLS")
    assert lines[skills + 1 : skills + 4] == [
        "Python, SQL",
        "PyTorch, scikit-learn",
        "MLflow, Docker",
    ]
    job = lines.index("Senior ML Engineer, Northwind Health")
    assert lines[job + 1 : job + 4] == [
        "Mar 2020 – Present",
        "- Built a readmission model with XGBoost",
        "- Served models on Kubernetes with FastAPI",
    ]
    assert lines.index("EXPERIENCE") > lines.index("AWS Certified ML")


def test_a_table_drawn_row_by_row_keeps_its_rows():
    # a Korean resume laid out as a table: each label stays beside its value
    lines = _lines("resume_table_rows_ko.pdf")
    assert "2013.03 ~ 2019.02 한국대학교 통계학과 (학사)" in lines
    assert "담당업무 SQL로 매출 지표 설계, Tableau 대시보드 운영" in lines
    assert "2020.11 SQL 개발자 (SQLD)" in lines


def test_dates_set_at_the_right_margin_stay_on_their_job_line():
    lines = _lines("resume_dates_right_en.pdf")
    assert "Data Analyst, Fabrikam Bank Jul 2021 – Present" in lines
    assert "Junior Analyst, Adatum Insurance Jan 2019 – Jun 2021" in lines
