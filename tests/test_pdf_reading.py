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
