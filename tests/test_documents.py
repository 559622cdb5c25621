"""Reading resumes and postings: every format from real fixture files, and every way it fails.

The binary and legacy-encoded fixtures come from tests/fixtures/documents/make_fixtures.py.
"""

from __future__ import annotations

import contextlib
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest

from careernav.documents import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    Document,
    read_document,
    read_stream,
    read_text,
)
from careernav.errors import (
    CareernavError,
    CorruptDocumentError,
    DocumentError,
    DocumentNotFoundError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedPDFError,
    InvalidSizeLimitError,
    NotTextError,
    ScannedPDFError,
    UndecodableTextError,
    UnsupportedFormatError,
)

DOCS = Path(__file__).parent / "fixtures" / "documents"


def lines(document: Document) -> list[str]:
    return document.text.split("\n")


@pytest.fixture(autouse=True)
def _no_size_limit_from_environment(monkeypatch):
    monkeypatch.delenv("CAREERNAV_MAX_BYTES", raising=False)


# --- Each format ----------------------------------------------------------------------------


def test_docx_resume_reads_paragraphs_bullets_and_table_rows_in_order():
    doc = read_document(DOCS / "resume_ko_en.docx")

    assert (doc.name, doc.format, doc.encoding, doc.pages) == (
        "resume_ko_en.docx",
        "docx",
        None,
        None,
    )
    assert lines(doc) == [
        "이지은 (Jieun Lee)",
        "NLP 엔지니어 · NLP Engineer · 서울 마포구",
        "핵심 역량 Key Skills",
        "• 한국어 형태소 분석기 및 BERT 기반 개체명 인식 모델 개발",
        "• Fine-tuned LLMs with LoRA on 8×A100; built RAG search with FAISS",
        "• Python, PyTorch, Hugging Face Transformers",
        "경력 Experience",
        "기간 | 회사 | 업무",
        "2021 – 현재 | (주)누리에이아이 | 챗봇 의도 분류 모델, 정확도 91%",
        "2019 – 2021 | 한빛소프트 | 검색 로그 분석 (Elasticsearch)",
        # The row under vertically merged cells repeats neither the period nor the company.
        "Korean spelling correction API",
        "수상 Awards",
        "• 국어 정보 처리 경진대회 대상 (2020)",
        "• Best Paper, HCLT 2019",
        # A content control and a text box, as resume templates use them.
        "연락처: jieun.lee@example.com / 010-0000-0000",
        "GitHub: github.com/jieun-nlp",
    ]
    assert "HEADER_TEXT" not in doc.text
    assert "FOOTER_TEXT" not in doc.text


def test_pdf_resume_reads_korean_and_english_text_layer_page_by_page():
    doc = read_document(DOCS / "resume_ko_en.pdf")

    assert (doc.format, doc.pages, doc.encoding) == ("pdf", 2, None)
    assert lines(doc)[:2] == [
        "김서연 (Seoyeon Kim)",
        "머신러닝 엔지니어 · Machine Learning Engineer · seoyeon.kim@example.com",
    ]
    assert "- 고객 이탈 예측 모델 개발 (XGBoost, PyTorch), AUC 0.71 → 0.83 개선" in lines(doc)
    # Pages are joined by one blank line.
    assert "session-based recommendation\n\n기술 Skills\n" in doc.text
    assert doc.text.endswith("AWS Certified Machine Learning – Specialty (2022)")
    assert doc.text == unicodedata.normalize("NFC", doc.text)


def test_pdf_locked_only_against_editing_opens_without_a_password():
    doc = read_document(DOCS / "owner_locked.pdf")
    assert doc.pages == 2
    assert doc.text == read_document(DOCS / "resume_ko_en.pdf").text


def test_html_posting_keeps_visible_text_as_lines_and_drops_scripts():
    doc = read_document(DOCS / "posting_ko.html")

    assert (doc.format, doc.encoding, doc.pages) == ("html", "utf-8", None)
    for hidden in ("HIDDEN_JSON_LD", "NOSCRIPT", "SCRIPT_TEXT", "TEMPLATE_TEXT", "SVG_TEXT"):
        assert hidden not in doc.text
    assert "채용 | 누리에이아이" not in doc.text  # the <title> is in <head>
    assert "color: #c00" not in doc.text
    text_lines = lines(doc)
    assert "[누리에이아이] 머신러닝 엔지니어 (Machine Learning Engineer)" in text_lines
    assert "주요 업무" in text_lines
    # Entities decoded, &nbsp; a plain space.
    assert "근무지: 서울 강남구 · 정규직 & 경력 3년 이상" in text_lines
    # Inline tags join; <br> ends the line.
    assert (
        "추천 시스템과 대규모 언어 모델(LLM) 서빙을 함께 만들어 갈 엔지니어를 찾습니다."
        in text_lines
    )
    assert "We build recommendation & search models for 2M+ users." in text_lines
    # List items, even one wrapped in <p>, and numeric character references.
    assert "• A/B 테스트 설계 <지표 정의 포함>" in text_lines
    assert "• Python 3년 이상 – 실무 경험" in text_lines
    assert "• SQL 및 Spark 활용 경험 한국어 가능" in text_lines
    # Table rows with cells joined by ' | '.
    assert "항목 | 내용" in text_lines
    assert "연봉 | 6,000만 원 ~ 8,500만 원" in text_lines
    # <pre> keeps its line breaks.
    assert text_lines[-3:] == ["지원 방법:", "1. 이력서 제출", "2. 코딩 테스트"]
    # The site's <footer> (outside the posting's <main>) is the site's small print.
    assert "Nuri AI Inc." not in doc.text


JOB_BOARD_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<script type="application/ld+json">{LD}</script></head>
<body><nav>Home | Jobs | Frontend Developer (React) | Sign in</nav>
<main><h1>Machine Learning Engineer</h1><p>Train models with PyTorch</p></main>
<aside><h3>Similar jobs</h3><ul><li>iOS Developer (Swift)</li></ul></aside></body></html>"""
POSTING_LD = (
    '{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "Acme"}, '
    '{"@type": "JobPosting", "title": "Machine Learning Engineer", "description": '
    '"&lt;p&gt;Responsibilities&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Train models with PyTorch'
    "&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Requirements&lt;/p&gt;&lt;ul&gt;&lt;li&gt;3+ years of Python"
    '&lt;/li&gt;&lt;/ul&gt;", "skills": "Kubernetes, Spark"}]}'
)


def test_a_job_board_page_is_read_as_its_json_ld_posting():
    doc = read_document(JOB_BOARD_PAGE.replace("{LD}", POSTING_LD).encode(), name="job.html")
    assert lines(doc) == [
        "Machine Learning Engineer",
        "Responsibilities",
        "• Train models with PyTorch",
        "Requirements",
        "• 3+ years of Python",
        "Kubernetes, Spark",
    ]


@pytest.mark.parametrize(
    "ld",
    [
        '{"@type": "Organization", "name": "Acme"}',
        '{"@type": "JobPosting", "title": ',
        "",
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_a_page_without_a_usable_json_ld_posting_is_read_as_shown(ld):
    doc = read_document(JOB_BOARD_PAGE.replace("{LD}", ld).encode(), name="job.html")
    assert lines(doc) == ["Machine Learning Engineer", "Train models with PyTorch"]
    # Left out: the site's menu (<nav>), and its "Similar jobs" sidebar (<aside>), whose
    # Swift is another posting's ask, not this one's.
    assert "Sign in" not in doc.text
    assert "iOS Developer" not in doc.text


def test_html_declaring_euc_kr_is_read_as_korean():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        "</head><body><h2>데이터 엔지니어</h2><p>Spark &amp; Kafka 경력 우대</p></body></html>"
    )
    doc = read_document(page.encode("cp949"), name="posting.html")
    assert doc.encoding == "cp949"
    assert lines(doc) == ["데이터 엔지니어", "Spark & Kafka 경력 우대"]


def test_cp949_text_from_windows_notepad_decodes_as_korean():
    doc = read_document(DOCS / "resume_cp949.txt")

    assert (doc.format, doc.encoding) == ("text", "cp949")
    assert "\r" not in doc.text
    assert lines(doc)[:3] == ["이력서", "이름: 최민준", "희망 직무: 데이터 분석가 (Data Analyst)"]
    assert "  · SQL과 Python(pandas)으로 주간 매출 대시보드 자동화" in lines(doc)
    # 똠 is outside EUC-KR: only CP949 decodes it.
    assert lines(doc)[-1] == "사내 똠얌꿍 요리 동호회 운영"


def test_utf16_text_with_bom_decodes():
    doc = read_document(DOCS / "posting_utf16.txt")

    assert (doc.format, doc.encoding) == ("text", "utf-16-le")
    assert lines(doc)[0] == "Backend Engineer (Python) — 백엔드 엔지니어"
    assert "- 결제 시스템 장애 대응 및 성능 개선" in lines(doc)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_bom_decodes(codec):
    for text in ("데이터 분석가 이력서\n경력 3년: SQL, Tableau\n", "Data Analyst\nSQL, Tableau\n"):
        doc = read_document(text.encode(codec), name="resume.txt")
        assert (doc.text, doc.encoding) == (text.strip(), codec)


def test_short_korean_legacy_text_is_not_mistaken_for_another_script():
    doc = read_document("경력: 카카오 3년".encode("cp949"), name="memo.txt")
    assert (doc.text, doc.encoding) == ("경력: 카카오 3년", "cp949")


def test_western_legacy_text_decodes():
    doc = read_document("Résumé — café, naïve Zürich".encode("cp1252"), name="cv.txt")
    assert doc.text == "Résumé — café, naïve Zürich"


def test_markdown_keeps_its_markup():
    doc = read_document(DOCS / "resume_en_ko.md")

    assert (doc.format, doc.encoding) == ("markdown", "utf-8")
    assert lines(doc)[0] == "# 박지훈 (Jihoon Park)"
    assert "- 일 20억 건 이벤트를 처리하는 Kafka → Flink 스트리밍 파이프라인 설계" in lines(doc)
    assert "| Languages | Python, SQL, Scala |" in lines(doc)


def test_decomposed_hangul_from_macos_becomes_precomposed(tmp_path):
    path = tmp_path / "이력서.txt"
    path.write_bytes(unicodedata.normalize("NFD", "데이터 엔지니어 이력서").encode("utf-8"))

    doc = read_document(path)
    assert doc.text == "데이터 엔지니어 이력서"
    assert not any("\u1100" <= ch <= "\u11ff" for ch in doc.text)  # no loose jamo left


def test_line_endings_and_control_characters_are_normalised():
    raw = "Skills\r\nPython\tSQL\x07\rDocker\x0c\r\n\r\n\r\n\r\nEnd \x1b\n"
    doc = read_document(raw.encode(), name="notes.txt")
    assert doc.text == "Skills\nPython\tSQL\nDocker\n\nEnd"


# --- Bytes, streams and pasted text ---------------------------------------------------------


def test_hwpx_resume_reads_sections_in_order_with_tables_and_breaks():
    doc = read_document(DOCS / "resume_ko.hwpx")
    assert (doc.name, doc.format, doc.encoding, doc.pages) == ("resume_ko.hwpx", "hwpx", None, None)
    assert lines(doc) == [
        "이지은 (Jieun Lee)",
        "데이터 사이언티스트",  # a line break inside one paragraph
        "jieun.lee@example.com",
        "경력",
        "(주)바다커머스 — 데이터 사이언티스트, 2021.04 ~ 현재",
        "- 수요 예측 모델 개발 (LightGBM, Prophet), MAPE 15% 개선",  # two runs, one line
        "- A/B 테스트 설계와 SQL 기반 지표 분석",
        "기술",
        "언어 | Python, SQL, R",
        "도구 | pandas, scikit-learn, Tableau",
        "자격증",  # the second section follows the first
        "ADsP\t2020",
    ]


def test_hwpx_resume_is_read_into_sections_and_skills():
    from careernav.extract import extract_skills

    extraction = extract_skills(read_document(DOCS / "resume_ko.hwpx"))
    assert extraction.doc_type == "resume"
    found = {(m.id, m.section) for m in extraction.skills}
    assert {("lightgbm", "experience"), ("python", "skills"), ("adsp", "certifications")} <= found


def test_word_resume_laid_out_as_a_table_has_its_sections(tmp_path):
    """Korean resume templates put each heading in the first cell of a table row."""
    import docx

    from careernav.extract import extract_skills
    from careernav.match import match

    document = docx.Document()
    document.add_paragraph("이 력 서")
    table = document.add_table(rows=0, cols=2)
    rows = [
        ("학력사항", "2015.03 ~ 2019.02 부산대학교 컴퓨터공학과 졸업"),
        ("경력사항", "2021.03 ~ 2024.02 (주)네오데이터 AI연구팀, PyTorch 모델 개발"),
        ("보유기술", "Python, SQL, Docker"),
        ("취미", "바둑, 등산"),
    ]
    for heading, content in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = heading, content
    path = tmp_path / "이력서.docx"
    document.save(path)

    extraction = extract_skills(read_document(path), doc_type="resume")
    kinds = [s.kind for s in extraction.sections]
    assert kinds == ["other", "education", "experience", "skills", "personal"]
    assert ("pytorch", "experience") in {(m.id, m.section) for m in extraction.skills}
    # The dated job in the experience row counts as years shown.
    result = match(extraction, "자격요건\n- PyTorch 경력 2년 이상\n- Python")
    assert result.years_shown == 3.0 and result.required_coverage == 1.0


def _hwpx_with(section: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/hwp+zip")
        archive.writestr("Contents/content.hpf", "<package/>")
        archive.writestr("Contents/section0.xml", section)
    return out.getvalue()


def test_hwpx_that_is_damaged_or_hostile_is_refused_cleanly():
    with pytest.raises(CorruptDocumentError, match=r"cv\.hwpx.*Hangul \(HWPX\)"):
        read_document(_hwpx_with(b"<hs:sec><unclosed"), name="cv.hwpx")
    # entities are not expanded ("billion laughs"), nor fetched from the network
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        b'<s xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"><hp:p><hp:run>'
        b"<hp:t>Python &b;</hp:t></hp:run></hp:p></s>"
    )
    with contextlib.suppress(DocumentError):
        assert "haha" not in read_document(_hwpx_with(laughs), name="cv.hwpx").text
    truncated = (DOCS / "resume_ko.hwpx").read_bytes()[:-200]
    with pytest.raises(CorruptDocumentError, match=r"cv\.hwpx"):
        read_document(truncated, name="cv.hwpx")
    with pytest.raises(CorruptDocumentError, match="not a readable ZIP"):
        read_document(b"PK\x03\x04 not really a zip", name="cv.hwpx")


def test_hwpx_special_spaces_keep_words_apart():
    section = (
        b'<s xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"><hp:p><hp:run>'
        b"<hp:t>Machine<hp:nbSpace/>Learning, PyTorch<hp:fwSpace/>\xea\xb8\xb0\xeb\xb0\x98</hp:t>"
        b"</hp:run></hp:p></s>"
    )
    doc = read_document(_hwpx_with(section), name="cv.hwpx")
    assert doc.text == "Machine Learning, PyTorch 기반"


def test_hwpx_that_would_inflate_too_far_is_not_inflated():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/hwp+zip")
        archive.writestr("Contents/content.hpf", "<package/>")
        archive.writestr("Contents/section0.xml", b" " * (65 * 1024 * 1024))
    assert len(out.getvalue()) < 200_000  # small on disk
    with pytest.raises(CorruptDocumentError, match="would inflate"):
        read_document(out.getvalue(), name="bomb.hwpx")


def test_bytes_with_a_name_take_the_format_from_its_extension():
    data = (DOCS / "resume_ko_en.pdf").read_bytes()
    doc = read_document(data, name="upload.pdf")
    assert (doc.name, doc.format, doc.pages) == ("upload.pdf", "pdf", 2)


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("resume_ko_en.pdf", "pdf"),
        ("resume_ko_en.docx", "docx"),
        ("resume_ko.hwpx", "hwpx"),
        ("posting_ko.html", "html"),
        ("posting_table_ko.mhtml", "mhtml"),
        ("posting_saved_en.mht", "mhtml"),
        ("resume_cp949.txt", "text"),
    ],
)
def test_bytes_without_a_name_are_sniffed(fixture, expected):
    doc = read_document((DOCS / fixture).read_bytes())
    assert (doc.name, doc.format) == ("<bytes>", expected)
    assert doc.text == read_document(DOCS / fixture).text


def test_path_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "upload-7f3a"
    path.write_bytes((DOCS / "resume_ko_en.docx").read_bytes())
    doc = read_document(path, name="이지은_이력서.docx")
    assert (doc.name, doc.format) == ("이지은_이력서.docx", "docx")


def test_stream_is_read_like_a_file():
    with (DOCS / "resume_ko_en.pdf").open("rb") as stream:
        doc = read_stream(stream)
    assert (doc.name, doc.format, doc.pages) == ("<stdin>", "pdf", 2)

    doc = read_stream(io.BytesIO((DOCS / "resume_en_ko.md").read_bytes()), name="cv.md")
    assert (doc.name, doc.format) == ("cv.md", "markdown")


class EndlessStream:
    """A stream that never ends, counting what it hands out."""

    def __init__(self) -> None:
        self.served = 0

    def read(self, size: int = -1) -> bytes:
        assert size > 0, "read() without a size would never return"
        self.served += size
        return b"Python " * (size // 7) + b"x" * (size % 7)


def test_huge_stream_is_not_read_beyond_the_limit():
    stream = EndlessStream()
    with pytest.raises(DocumentTooLargeError) as caught:
        read_stream(stream, name="posting.txt", max_bytes=50_000)
    assert stream.served == 50_001
    assert "posting.txt" in str(caught.value)
    assert "50,000 bytes" in str(caught.value)


def test_default_stream_limit_is_ten_megabytes():
    stream = EndlessStream()
    with pytest.raises(DocumentTooLargeError):
        read_stream(stream)
    assert stream.served == DEFAULT_MAX_BYTES + 1 == 10 * 1024 * 1024 + 1


def test_pasted_text_is_normalised():
    doc = read_text("  Senior ML Engineer\r\n\r\n\r\n- 추천 시스템\x7f ")
    assert doc == Document(
        text="  Senior ML Engineer\n\n- 추천 시스템", name="<text>", format="text", encoding=None
    )
    assert read_text("# 이력서", name="cv.md").format == "markdown"


def test_pasted_text_gets_the_same_checks():
    with pytest.raises(EmptyDocumentError, match="<text>"):
        read_text(" \n\t\u3000\n")
    with pytest.raises(NotTextError, match="clipboard"):
        read_text("PK\x03\x04\x00\x00binary", name="clipboard")


# --- Errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "error", "advice"),
    [
        ("encrypted.pdf", EncryptedPDFError, "Remove the password"),
        ("truncated.pdf", CorruptDocumentError, "cut short"),
        ("scanned.pdf", ScannedPDFError, "OCR"),
        ("blank.pdf", ScannedPDFError, "OCR"),
        ("not_really.docx", CorruptDocumentError, "plain text, not Word data"),
        ("junk.txt", NotTextError, "does not look like text"),
        ("empty.txt", EmptyDocumentError, "has no text"),
    ],
)
def test_broken_fixture_raises_an_error_naming_the_file(fixture, error, advice):
    with pytest.raises(error) as caught:
        read_document(DOCS / fixture)
    message = str(caught.value)
    assert fixture in message
    assert advice in message
    assert isinstance(caught.value, DocumentError)
    assert isinstance(caught.value, CareernavError)
    assert caught.value.name == str(DOCS / fixture)


@pytest.mark.parametrize(
    ("fixture", "patch"),
    [
        # Passes the quick checks (magic, end marker), so the parser itself fails.
        ("truncated.pdf", lambda data: data + b"\n%%EOF\n"),
        ("not_really.docx", lambda data: b"PK\x03\x04" + data),
    ],
)
def test_library_errors_are_chained_not_leaked(fixture, patch):
    data = patch((DOCS / fixture).read_bytes())
    with pytest.raises(CorruptDocumentError) as caught:
        read_document(data, name=fixture)
    assert caught.value.__cause__ is not None
    assert fixture in str(caught.value)


def test_pdf_that_is_really_text_is_a_corrupt_pdf(tmp_path):
    path = tmp_path / "resume.pdf"
    path.write_text("김서연 이력서 — not a PDF\n", encoding="utf-8")
    with pytest.raises(CorruptDocumentError, match=r"resume\.pdf.*plain text"):
        read_document(path)


def test_pdf_saved_as_text_says_to_rename_it(tmp_path):
    path = tmp_path / "resume.txt"
    path.write_bytes((DOCS / "resume_ko_en.pdf").read_bytes())
    with pytest.raises(NotTextError, match=r"resume\.txt.*rename it to \.pdf"):
        read_document(path)


def test_whitespace_only_and_script_only_documents_are_empty(tmp_path):
    (tmp_path / "blank.md").write_text("  \n\n\t \r\n", encoding="utf-8")
    (tmp_path / "app.html").write_text(
        "<html><body><script>render()</script><div>\n  </div></body></html>", encoding="utf-8"
    )
    for file_name in ("blank.md", "app.html"):
        with pytest.raises(EmptyDocumentError, match=file_name.replace(".", r"\.")):
            read_document(tmp_path / file_name)


def test_file_over_the_limit_says_size_limit_and_how_to_raise_it():
    path = DOCS / "resume_ko_en.pdf"
    size = path.stat().st_size
    with pytest.raises(DocumentTooLargeError) as caught:
        read_document(path, max_bytes=1000)
    message = str(caught.value)
    assert "resume_ko_en.pdf" in message
    assert f"{size:,} bytes" in message
    assert "1,000 bytes" in message
    assert "--max-size" in message
    assert "CAREERNAV_MAX_BYTES" in message
    assert (caught.value.size, caught.value.limit) == (size, 1000)


def test_size_is_checked_before_reading(tmp_path):
    # A sparse file: stat() reports 10 MB + 1 without any of it being read.
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(DocumentTooLargeError, match=r"huge\.txt is 10\.0 MB"):
        read_document(path)


def test_limit_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("CAREERNAV_MAX_BYTES", "2000")
    with pytest.raises(DocumentTooLargeError, match="2,000 bytes"):
        read_document(DOCS / "resume_ko_en.docx")
    assert read_document(DOCS / "resume_cp949.txt").encoding == "cp949"


def test_bad_limit_in_the_environment_is_reported(monkeypatch):
    monkeypatch.setenv("CAREERNAV_MAX_BYTES", "10MB")
    with pytest.raises(InvalidSizeLimitError, match=r"resume_en_ko\.md.*'10MB'"):
        read_document(DOCS / "resume_en_ko.md")


def test_bytes_over_the_limit():
    with pytest.raises(DocumentTooLargeError, match=r"cv\.txt"):
        read_document(b"Python " * 100, name="cv.txt", max_bytes=699)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DocumentNotFoundError, match=r"No file at .*없는_이력서\.pdf"):
        read_document(tmp_path / "없는_이력서.pdf")
    with pytest.raises(DocumentNotFoundError, match=r"is a folder") as caught:
        read_document(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_pasted_text_given_as_a_path_gets_a_hint():
    with pytest.raises(DocumentNotFoundError, match="read_text"):
        read_document("이름: 홍길동\n경력: 5년\nSkills: Python")


@pytest.mark.parametrize(
    ("file_name", "data", "kind"),
    [
        ("resume.hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "save it as HWPX"),
        ("resume.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old-style Word"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "an image"),
        ("resume", b"{\\rtf1\\ansi Jihoon Park}", "rich-text (RTF)"),
    ],
)
def test_unsupported_types_list_what_is_supported(tmp_path, file_name, data, kind):
    path = tmp_path / file_name
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormatError) as caught:
        read_document(path)
    message = str(caught.value)
    assert file_name in message
    assert kind in message
    for suffix in (".txt", ".md", ".pdf", ".docx", ".hwpx", ".html", ".mhtml"):
        assert suffix in message
    assert ".mhtml" in caught.value.in_language("ko")


def test_unsupported_bytes_without_a_name_are_named_in_the_error():
    with pytest.raises(UnsupportedFormatError, match="<bytes> is an image"):
        read_document(b"\xff\xd8\xff\xe0" + b"\x00" * 64)


def test_zip_that_is_not_a_word_document_is_unsupported():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError, match=r"skills-matrix.*ZIP archive"):
        read_document(archive.getvalue(), name="skills-matrix")


def test_text_in_no_known_encoding_is_undecodable():
    # Bytes that are invalid UTF-8 and gibberish in every legacy encoding, with no NULs.
    data = bytes(range(0x80, 0x100)) * 4 + bytes(range(0xFF, 0x7F, -1)) * 4
    with pytest.raises(UndecodableTextError, match=r"notes\.txt.*UTF-8"):
        read_document(data, name="notes.txt")


def test_control_character_soup_is_not_text():
    with pytest.raises(NotTextError, match=r"dump\.txt"):
        read_document(bytes(range(1, 9)) * 200, name="dump.txt")


def test_reading_leaves_nothing_behind(tmp_path):
    for file_name in ("encrypted.pdf", "truncated.pdf", "not_really.docx", "resume_ko_en.docx"):
        (tmp_path / file_name).write_bytes((DOCS / file_name).read_bytes())
    before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.iterdir())
    for path in list(tmp_path.iterdir()):
        with contextlib.suppress(DocumentError):
            read_document(path)
    after = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.iterdir())
    assert after == before


def test_supported_suffixes_are_the_documented_ones():
    assert set(SUPPORTED_SUFFIXES) >= {
        ".txt",
        ".md",
        ".markdown",
        ".pdf",
        ".docx",
        ".hwpx",
        ".html",
        ".mhtml",
        ".mht",
    }


def test_fixtures_stay_small():
    for path in DOCS.iterdir():
        assert path.stat().st_size < 100_000, path.name


def test_a_program_named_pdf_is_called_a_program_in_both_languages(tmp_path):
    fake = tmp_path / "resume.pdf"
    fake.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 8)
    with pytest.raises(CorruptDocumentError) as caught:
        read_document(fake)
    assert "it looks like a Windows program" in str(caught.value)
    assert "resume.pdf를 PDF 파일로 읽지 못했습니다 (Windows 프로그램으로 보입니다)" in (
        caught.value.in_language("ko")
    )
    zeros = tmp_path / "dump.pdf"
    zeros.write_bytes(b"\x00\x01\x02binary" * 100)
    with pytest.raises(CorruptDocumentError, match="binary data"):
        read_document(zeros)


def test_a_pasted_html_page_is_read_as_the_page():
    page = (
        "<!DOCTYPE html><html><head><title>ML Engineer</title><style>.x{color:red}</style>"
        "<script>var stack = ['java', 'kotlin'];</script></head><body><h1>ML Engineer</h1>"
        "<h2>Requirements</h2><ul><li>Python</li><li>PyTorch</li></ul></body></html>"
    )
    doc = read_text(page, name="<posting>")
    assert doc.format == "html" and doc.title == "ML Engineer"
    assert "Python" in doc.text and "kotlin" not in doc.text and "<li>" not in doc.text
    # text that merely mentions tags stays text
    assert read_text("Requirements: <b>Python</b>, SQL", name="<posting>").format == "text"


def test_a_docx_that_would_inflate_past_the_limit_is_refused_unread(monkeypatch):
    import careernav.documents._docx as docx_reader

    resume = DOCS / "resume_ko_en.docx"
    monkeypatch.setattr(docx_reader, "MAX_INFLATED_BYTES", 1_000)
    with pytest.raises(CorruptDocumentError) as caught:
        read_document(resume)
    assert "its parts would inflate to" in str(caught.value)
    assert "압축을 풀면" in caught.value.in_language("ko")


# --- Tables whose top row names sections ----------------------------------------------------
# 사람인 and Notion lay a posting out as one table: section names on top, each list in the
# cell below. Read column by column, each list stays under its heading.

SARAMIN_COLUMNS = [
    "모집분야",
    "데이터 분석가",
    "(1명)",
    "담당업무",
    "- 물류 KPI 정의 및 대시보드 구축",
    "- 출고 리드타임·재고 회전율 분석",
    "- A/B 테스트 설계 및 결과 분석",
    "자격요건",
    "- 데이터 분석 실무 경력 3년 이상",
    "- SQL을 활용한 데이터 추출 및 가공에 능숙하신 분",
    "- Python(pandas)을 이용한 분석 경험",
    "- Tableau 등 BI 툴 활용 경험",
    "우대사항",
    "- Google Analytics 4 사용 경험",
    "- 머신러닝 모델을 활용한 수요 예측 경험",
    "- BigQuery 사용 경험",
]


def _after(document: Document, line: str, count: int) -> list[str]:
    at = lines(document).index(line)
    return lines(document)[at : at + count]


def test_html_table_under_section_headings_is_read_column_by_column():
    doc = read_document(DOCS / "posting_table_ko.html")
    assert _after(doc, "모집요강", 1 + len(SARAMIN_COLUMNS)) == ["모집요강", *SARAMIN_COLUMNS]
    # the key-value table after it (the section in the first column) keeps its rows
    assert "전형절차 | 서류전형 → 실무면접 → 임원면접 → 최종합격" in lines(doc)


def test_html_tables_without_a_row_of_headings_on_top_keep_their_rows():
    page = (
        "<html><body><h1>김하늘 이력서</h1><h2>기술</h2><table>"
        "<tr><th>기술</th><th>수준</th><th>경력</th></tr>"
        "<tr><td>Python</td><td>상</td><td>5년</td></tr>"
        "<tr><td>SQL</td><td>중</td><td>3년</td></tr></table>"
        "<h2>프로젝트</h2><table>"
        "<tr><th>기간</th><th>프로젝트</th><th>담당업무</th><th>기술</th></tr>"
        "<tr><td>2023.01 ~ 2023.12</td><td>추천 API</td><td>모델 서빙</td><td>FastAPI</td></tr>"
        "</table></body></html>"
    )
    doc = read_document(page.encode(), name="resume.html")
    assert lines(doc) == [
        "김하늘 이력서",
        "기술",
        "기술 | 수준 | 경력",
        "Python | 상 | 5년",
        "SQL | 중 | 3년",
        "프로젝트",
        "기간 | 프로젝트 | 담당업무 | 기술",
        "2023.01 ~ 2023.12 | 추천 API | 모델 서빙 | FastAPI",
    ]


def test_html_section_table_leaves_out_hidden_rows_and_keeps_nested_tables_apart():
    page = (
        "<html><body><table><thead><tr><th>Requirements</th><th>Nice to have</th></tr></thead>"
        "<tbody><tr><td><ul><li>Python</li><li>SQL</li></ul></td><td>dbt</td></tr>"
        "<tr hidden><td>HIDDEN_ROW</td><td></td></tr>"
        "<tr><td></td><td><table><tr><td>Airflow</td><td>2y</td></tr></table></td></tr>"
        "</tbody></table></body></html>"
    )
    doc = read_document(page.encode(), name="posting.html")
    assert lines(doc) == [
        "Requirements", "• Python", "• SQL", "Nice to have", "dbt", "Airflow | 2y",
    ]  # fmt: skip


def test_docx_line_breaks_start_lines_in_cells_and_in_body_text():
    doc = read_document(DOCS / "posting_cv_ko.docx")
    assert lines(doc)[:3] == [
        "[비전랩스] 컴퓨터 비전 엔지니어 (경력) 채용 공고",
        "비전랩스 인사팀",  # Shift+Enter inside a body paragraph
        "채용 문의: recruit@visionlabs.example",
    ]
    # the section in the first column, the list (items set apart by w:br) in the second
    assert _after(doc, "자격요건", 5) == [
        "자격요건",
        "- 컴퓨터 비전 분야 실무 경력 3년 이상",
        "- Python, PyTorch를 활용한 딥러닝 모델 학습 경험",
        "- OpenCV를 이용한 영상 처리 경험",
        "- C++ 개발 가능자",
    ]
    # a one-line cell beside its section keeps its row
    assert "복리후생 | 4대보험, 중식 제공, 엑셀·파워포인트 교육 지원" in lines(doc)


def test_docx_table_under_section_headings_is_read_column_by_column():
    doc = read_document(DOCS / "posting_columns_en.docx")
    assert lines(doc) == [
        "Senior Data Engineer — Northwind Freight",
        "Remote (EU) · Full-time",
        "What you'll do",
        "Build batch and streaming pipelines on Spark",
        "Own our Airflow deployment",
        "Requirements",
        "5+ years of data engineering experience",
        "Strong SQL and Python",
        "Experience with Kafka",
        "Nice to have",
        "Terraform",
        "dbt",
        "We offer a learning budget and a Kubernetes-free on-call rota.",
    ]


def test_docx_skills_table_without_a_row_of_headings_keeps_its_rows(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("보유 기술")
    table = document.add_table(rows=0, cols=3)
    for values in (("기술", "수준", "경력"), ("Python", "상", "5년"), ("Spark", "중", "2년")):
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    path = tmp_path / "skills.docx"
    document.save(path)
    assert lines(read_document(path)) == [
        "보유 기술", "기술 | 수준 | 경력", "Python | 상 | 5년", "Spark | 중 | 2년",
    ]  # fmt: skip


def test_markdown_table_under_section_headings_is_read_column_by_column():
    doc = read_document(DOCS / "posting_table_ko.md")
    assert _after(doc, "주요업무", 11) == [
        "주요업무",
        "추천 모델 학습 및 오프라인 평가",
        "모델 서빙 API 개발",
        "자격요건",
        "머신러닝 실무 경력 3년 이상",
        "Python, PyTorch 능숙",  # a cell's "<br>" starts a line
        "SQL 활용 경험",
        "우대사항",
        "Faiss 등 벡터 검색 경험",
        "Kubernetes 운영 경험",
        "",
    ]
    # a table of sections in its first column keeps its rows, which name their sections
    assert lines(doc)[-4:] == [
        "| 구분 | 내용 |",
        "| --- | --- |",
        "| 복리후생 | 도서 구입비, 식대 지원 |",
        "| 전형절차 | 서류 → 과제 → 면접 |",
    ]


def test_pasted_markdown_table_is_read_as_the_file_is():
    table = (
        "Senior Data Engineer\n\n"
        "Requirements | Nice to have\n"
        ":--- | :---\n"
        "5+ years of Python | Terraform\n"
        "Strong SQL \\| dbt | Kafka\n"
    )
    expected = [
        "Senior Data Engineer", "", "Requirements", "5+ years of Python", "Strong SQL | dbt",
        "Nice to have", "Terraform", "Kafka",
    ]  # fmt: skip
    assert lines(read_text(table, name="<posting>")) == expected
    assert lines(read_document(table.encode(), name="posting.txt")) == expected


def test_markdown_tables_without_a_row_of_headings_are_left_as_written():
    # resume_en_ko.md: "| 분야 | 기술 |" names one section, not a row of them
    assert lines(read_document(DOCS / "resume_en_ko.md"))[-4:] == [
        "| 분야 | 기술 |",
        "| --- | --- |",
        "| Languages | Python, SQL, Scala |",
        "| Cloud | AWS (S3, EMR, Glue), Terraform |",
    ]
    text = "## Skills\n| Skill | Level | Years |\n|---|---|---|\n| Python | Expert | 6 |"
    assert read_text(text).text == text
    # a rule under a heading is no table
    assert read_text("Requirements | Nice to have\n---\nPython").text == (
        "Requirements | Nice to have\n---\nPython"
    )


def test_markdown_row_with_line_breaks_in_a_cell_gives_its_cells_lines():
    text = (
        "| 구분 | 내용 |\n|---|---|\n"
        "| 자격요건 | - Python 경력 3년 이상<br>- SQL 능숙 |\n"
        "| 우대사항 | Kubernetes |"
    )
    assert lines(read_text(text)) == [
        "| 구분 | 내용 |",
        "|---|---|",
        "자격요건",
        "- Python 경력 3년 이상",
        "- SQL 능숙",
        "| 우대사항 | Kubernetes |",
    ]


# --- Web pages saved as one file (MHTML) ----------------------------------------------------


def test_mhtml_saved_by_chrome_is_read_as_its_page():
    doc = read_document(DOCS / "posting_table_ko.mhtml")
    page = read_document(DOCS / "posting_table_ko.html")
    assert (doc.format, doc.encoding) == ("mhtml", "utf-8")
    assert doc.title == page.title == "[바른물류] 데이터 분석가 (경력 3년 이상)"
    assert doc.text == page.text  # quoted-printable undone; the stylesheet and logo left out
    assert "font-family" not in doc.text and "Content-Type" not in doc.text


def test_mht_saved_by_internet_explorer_is_decoded_with_its_mime_charset():
    doc = read_document(DOCS / "posting_saved_en.mht")
    assert (doc.format, doc.encoding, doc.title) == (
        "mhtml",
        "cp1252",
        "Machine Learning Engineer, Search",
    )
    assert lines(doc)[:3] == [
        "Machine Learning Engineer, Search",
        "Zürich or remote · Full-time",
        "What you’ll do",
    ]
    assert "Similar jobs" not in doc.text  # the page's footer, as for an .html file


def test_mhtml_is_known_by_its_content_and_when_pasted():
    data = (DOCS / "posting_table_ko.mhtml").read_bytes()
    expected = read_document(DOCS / "posting_table_ko.mhtml").text
    assert read_document(data, name="download").format == "mhtml"
    assert read_text(data.decode("ascii"), name="<posting>").text == expected
    # an .mht that is a plain HTML page, as some tools save them, is read as the page
    html = (DOCS / "posting_table_ko.html").read_bytes()
    assert read_document(html, name="page.mht").format == "html"
    # an e-mail (multipart/alternative, not a saved page) is text
    mail = "MIME-Version: 1.0\nContent-Type: multipart/alternative\n\nHi Dana, see below."
    assert read_document(mail.encode(), name="thread.txt").format == "text"


@pytest.mark.parametrize(
    ("data", "detail", "detail_ko"),
    [
        (
            b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
            b' boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nAAAA\r\n--b--\r\n',
            "it holds no web page",
            "웹 페이지가 들어 있지 않습니다",
        ),
        ("채용 공고 메모\n자격요건: Python".encode(), "plain text", "일반 텍스트"),
    ],
)
def test_damaged_mhtml_is_refused_in_both_languages(data, detail, detail_ko):
    with pytest.raises(CorruptDocumentError) as caught:
        read_document(data, name="posting.mhtml")
    assert "posting.mhtml could not be read as a web page (MHTML) file" in str(caught.value)
    assert detail in str(caught.value)
    korean = caught.value.in_language("ko")
    assert "posting.mhtml을 웹 페이지(MHTML) 파일로 읽지 못했습니다" in korean
    assert detail_ko in korean


def test_mhtml_saved_with_a_text_name_says_to_rename_it():
    data = (DOCS / "posting_table_ko.mhtml").read_bytes()
    with pytest.raises(NotTextError, match=r"rename it to \.mhtml"):
        read_document(data, name="posting.txt")


def test_a_page_saved_before_its_scripts_wrote_it_says_so():
    page = (
        b'<html><head><title>ML Engineer</title><script src="/app.js"></script></head>'
        b'<body><div id="root"></div><script>window.__STATE__={}</script></body></html>'
    )
    with pytest.raises(EmptyDocumentError) as caught:
        read_document(page, name="wanted-job.html")
    assert "JavaScript" in str(caught.value) and "save it again" in str(caught.value)
    assert "자바스크립트" in caught.value.ko
    # an empty page without scripts gets the plain message
    with pytest.raises(EmptyDocumentError) as plain:
        read_document(b"<html><body></body></html>", name="blank.html")
    assert "JavaScript" not in str(plain.value)
