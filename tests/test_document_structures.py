"""How a document's structure becomes text: what Word and a browser show, in the order and on
the lines they show it, and nothing they hide.

Every document here is built inside its test, small and in the shape real ones take: Word
resumes laid out as two-column tables, with tracked changes, hidden text and footnotes;
job-board pages saved from single-page apps, with sidebars, footers, cookie banners, hidden
modals, icon fonts and schema.org JSON-LD that carries only a teaser.
"""

from __future__ import annotations

import io

import pytest

from careernav.documents import Document, read_document
from careernav.extract import extract_skills
from careernav.match import match

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TRACKED = 'w:author="Jieun Lee" w:date="2024-03-02T10:00:00Z"'


def lines(document: Document) -> list[str]:
    return document.text.split("\n")


def found(document: Document, doc_type: str) -> set[str]:
    return {m.id for m in extract_skills(document, doc_type=doc_type).skills}


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def word_document(*paragraphs: str):
    """A python-docx document whose body is `paragraphs`, each WordprocessingML `<w:p>`
    markup written as Word writes it."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for paragraph in paragraphs:
        body.sectPr.addprevious(parse_xml(paragraph.replace("<w:p>", f"<w:p {W}>", 1)))
    return document


def run(text: str, properties: str = "") -> str:
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


# --- 1 and 2: ligatures, soft hyphens and zero-width characters, in every format -----------


LIGATURE_RESUME = (
    "Data Engineer\n"
    "Built workﬂow orchestration on Airﬂow with 400 DAGs; migrated the warehouse to "
    "Snowﬂake and oﬃce reporting to Looker.\n"
    "데이터 엔지니어 — Airﬂow 기반 워크플로 운영, ＳＱＬ 튜닝 (전각 표기), ㄱ사 프로젝트\n"
)


def test_typeset_ligatures_are_read_as_their_letters_and_nothing_else_is_folded():
    doc = read_document(LIGATURE_RESUME.encode(), name="resume.txt")

    assert lines(doc)[1] == (
        "Built workflow orchestration on Airflow with 400 DAGs; migrated the warehouse to "
        "Snowflake and office reporting to Looker."
    )
    # Only the ligatures are folded: full-width letters and compatibility jamo stay as
    # written (NFKC on the whole text would turn "ＳＱＬ" into "SQL" and "ㄱ" into "ᄀ").
    assert (
        lines(doc)[2]
        == "데이터 엔지니어 — Airflow 기반 워크플로 운영, ＳＱＬ 튜닝 (전각 표기), ㄱ사 프로젝트"
    )
    assert {"apache-airflow", "snowflake"} <= found(doc, "resume")


def test_spans_point_into_the_text_with_ligatures_unfolded():
    doc = read_document(LIGATURE_RESUME.encode(), name="resume.txt")
    mentions = [m for m in extract_skills(doc, doc_type="resume").skills if m.id == "snowflake"]
    assert mentions
    for mention in mentions:
        assert doc.text[mention.start : mention.end] == mention.text == "Snowflake"


def test_soft_hyphens_and_zero_width_characters_do_not_split_words():
    page = (
        '<html><head><meta charset="utf-8"></head><body><h2>Requirements</h2><ul>'
        "<li>Hands-on Kuber&shy;netes experience</li>"
        "<li>&#8203;Elastic&#8203;search or Open<wbr>Search</li>"
        "<li>Post&zwnj;greSQL&#xFEFF; query tuning</li></ul>"
        "<h2>자격요건</h2><ul><li>쿠버&shy;네티스 운영 경험</li>"
        "<li>Spark&#x2060;/&zwj;Hadoop 기반 대용량 처리 경험</li></ul></body></html>"
    )
    doc = read_document(page.encode(), name="posting.html")

    assert lines(doc) == [
        "Requirements",
        "• Hands-on Kubernetes experience",
        "• Elasticsearch or OpenSearch",
        "• PostgreSQL query tuning",
        "자격요건",
        "• 쿠버네티스 운영 경험",
        "• Spark/Hadoop 기반 대용량 처리 경험",
    ]
    assert {"kubernetes", "elasticsearch", "postgresql", "apache-spark"} <= found(doc, "posting")


def test_invisible_characters_pasted_from_a_web_page_into_word_are_dropped():
    english = "Skills: Kuber\u00adnetes, Elastic\u200bsearch, Snowﬂake"
    korean = "기술: 쿠버\u00ad네티스, Post\u200cgreSQL"
    document = word_document(f"<w:p>{run(english)}</w:p>", f"<w:p>{run(korean)}</w:p>")
    doc = read_document(saved(document), name="resume.docx")
    assert lines(doc) == [
        "Skills: Kubernetes, Elasticsearch, Snowflake",
        "기술: 쿠버네티스, PostgreSQL",
    ]


# --- 3: Word resumes laid out as two-column tables --------------------------------------------


LAYOUT = {
    "en": {
        "name": "Alex Morgan",
        "left": [
            ("Skills", "Heading 2"),
            ("Python", "List Bullet"),
            ("Django", "List Bullet"),
            ("PostgreSQL", "List Bullet"),
            ("Certifications", "Heading 2"),
            ("AWS Certified Solutions Architect – Associate (2021)", None),
        ],
        "right": [
            ("Experience", "Heading 2"),
            ("Kakao — Backend Developer (2018.01 – 2023.06)", None),
            ("Designed and ran Django REST APIs for KakaoTalk gifts.", "List Bullet"),
            ("Built a Kafka event pipeline handling 20M events a day.", "List Bullet"),
            ("Education", "Heading 2"),
            ("Seoul National University, B.S. Computer Science (2014 – 2018)", None),
        ],
        "levels": [("Go", "Intermediate"), ("Rust", "Beginner")],
        "posting": "Requirements\n- 3+ years of Django\n- Python",
    },
    "ko": {
        "name": "박서준",
        "left": [
            ("기술 스택", "Heading 2"),
            ("Python", "List Bullet"),
            ("Django", "List Bullet"),
            ("PostgreSQL", "List Bullet"),
            ("자격증", "Heading 2"),
            ("AWS Certified Solutions Architect – Associate (2021)", None),
        ],
        "right": [
            ("경력", "Heading 2"),
            ("카카오 — 백엔드 개발자 (2018.01 – 2023.06)", None),
            ("카카오톡 선물하기 Django REST API 설계 및 운영", "List Bullet"),
            ("Kafka 기반 이벤트 파이프라인 구축 (일 2천만 건)", "List Bullet"),
            ("학력", "Heading 2"),
            ("서울대학교 컴퓨터공학 학사 (2014 – 2018)", None),
        ],
        "levels": [("Go", "중급"), ("Rust", "초급")],
        "posting": "자격요건\n- Django 경력 3년 이상\n- Python",
    },
}


def _layout_resume(lang: str) -> bytes:
    """A one-row, two-cell table holding whole sections, as two-column resume templates lay
    out a page; the right cell also holds a small data table (skill levels)."""
    import docx

    resume = LAYOUT[lang]
    document = docx.Document()
    document.add_heading(resume["name"], level=0)
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    for cell, column in ((left, resume["left"]), (right, resume["right"])):
        cell.paragraphs[0].text = ""  # the cell's first, empty paragraph
        for text, style in column:
            cell.add_paragraph(text, style=style)
    levels = right.add_table(rows=0, cols=2)
    for skill, level in resume["levels"]:
        row = levels.add_row().cells
        row[0].text, row[1].text = skill, level
    return saved(document)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_two_column_layout_table_keeps_each_cells_sections_on_their_own_lines(lang):
    resume = LAYOUT[lang]
    doc = read_document(_layout_resume(lang), name="resume.docx")

    column_lines = [
        ("• " if style == "List Bullet" else "") + text
        for text, style in [*resume["left"], *resume["right"]]
    ]
    # The nested skill-level grid is a data table: its rows stay one line each.
    levels = [f"{skill} | {level}" for skill, level in resume["levels"]]
    assert lines(doc) == [resume["name"], *column_lines, *levels]

    extraction = extract_skills(doc, doc_type="resume")
    kinds = [s.kind for s in extraction.sections]
    assert kinds == ["other", "skills", "certifications", "experience", "education"]
    where = {(m.id, m.section) for m in extraction.skills}
    assert {("django", "skills"), ("django", "experience"), ("apache-kafka", "experience")} <= where
    # The dated job in the right-hand column counts as years shown.
    result = match(extraction, resume["posting"])
    assert result.years_shown == pytest.approx(5.4, abs=0.1)


def test_a_data_table_whose_cells_hold_a_line_each_stays_one_line_per_row():
    import docx

    document = docx.Document()
    document.add_heading("경력사항", level=2)
    table = document.add_table(rows=0, cols=3)
    for period, company, work in [
        ("기간", "회사명", "담당업무"),
        ("2019.03 ~ 2022.02", "네이버", "Java/Spring 기반 검색 API 개발"),
        ("2022.03 ~ 현재", "라인", "Kafka, Elasticsearch 운영"),
    ]:
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = period, company, work
    doc = read_document(saved(document), name="이력서.docx")
    assert lines(doc) == [
        "경력사항",
        "기간 | 회사명 | 담당업무",
        "2019.03 ~ 2022.02 | 네이버 | Java/Spring 기반 검색 API 개발",
        "2022.03 ~ 현재 | 라인 | Kafka, Elasticsearch 운영",
    ]


# --- 4, 5, 6: tracked moves, hidden text, footnotes and endnotes ---------------------------


@pytest.mark.parametrize(
    ("skills", "experience", "moved"),
    [
        ("Skills", "Experience", "Frameworks: PyTorch, TensorFlow"),
        ("기술", "경력", "프레임워크: PyTorch, TensorFlow"),
    ],
)
def test_text_moved_under_tracked_changes_is_read_once_where_it_went(skills, experience, moved):
    document = word_document(
        f"<w:p>{run(skills)}</w:p>",
        f"<w:p>{run('Python, ')}<w:del w:id='1' {TRACKED}><w:r><w:delText>Perl, </w:delText>"
        f"</w:r></w:del><w:ins w:id='2' {TRACKED}>{run('Scala, ')}</w:ins>{run('SQL')}</w:p>",
        f"<w:p><w:moveFromRangeStart w:id='3' w:name='move1' {TRACKED}/>"
        f"<w:moveFrom w:id='4' {TRACKED}>{run(moved)}</w:moveFrom>"
        "<w:moveFromRangeEnd w:id='3'/></w:p>",
        f"<w:p>{run(experience)}</w:p>",
        f"<w:p><w:moveToRangeStart w:id='5' w:name='move1' {TRACKED}/>"
        f"<w:moveTo w:id='6' {TRACKED}>{run(moved)}</w:moveTo>"
        "<w:moveToRangeEnd w:id='5'/></w:p>",
    )
    doc = read_document(saved(document), name="resume.docx")
    assert lines(doc) == [skills, "Python, Scala, SQL", experience, moved]


SHOWN_AGAIN = '<w:rPr><w:vanish w:val="0"/></w:rPr>'


@pytest.mark.parametrize(
    ("shown", "hidden"),
    [
        ("Led a team of four engineers.", "Java Golang Hadoop Salesforce SAP COBOL"),
        ("4인 팀 리딩 경험.", "키워드: Java Hadoop SAP 세일즈포스"),
    ],
)
def test_hidden_text_word_does_not_show_is_not_read(shown, hidden):
    document = word_document(
        f"<w:p>{run(shown + ' ')}{run(hidden, '<w:rPr><w:vanish/></w:rPr>')}</w:p>",
        # vanish switched off again (a style hid it, the run shows it) is shown
        f"<w:p>{run('Python', SHOWN_AGAIN)}</w:p>",
    )
    doc = read_document(saved(document), name="resume.docx")
    assert lines(doc) == [shown, "Python"]
    assert not {"java", "hadoop", "sap"} & found(doc, "resume")


def _with_notes(document, kind: str, notes: list[str], *, cut_at: int | None = None) -> None:
    """Add a footnotes or endnotes part holding `notes`, with the two separator notes Word
    always writes first; `cut_at` cuts its XML short there, as a damaged file would."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    items = "".join(
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + text)}</w:p></w:{kind}>'
        for i, text in enumerate(notes, start=1)
    )
    xml = (
        f'<w:{kind}s {W}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        f'</w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>{items}</w:{kind}s>"
    )
    content_type, reltype = {
        "footnote": (CT.WML_FOOTNOTES, RT.FOOTNOTES),
        "endnote": (CT.WML_ENDNOTES, RT.ENDNOTES),
    }[kind]
    package = document.part.package
    blob = xml.encode()[:cut_at]
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, blob, package)
    document.part.relate_to(part, reltype)


def test_footnotes_and_endnotes_follow_the_body():
    reference = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    document = word_document(
        f"<w:p>{run('Experience')}</w:p>",
        f"<w:p>{run('Naver — ML Engineer (2018 – 2024): trained ranking models')}{reference}</w:p>",
        f"<w:p>{run('네이버 검색 랭킹 모델 서빙')}</w:p>",
    )
    _with_notes(document, "footnote", ["Served 30M users a month; also used XGBoost."])
    _with_notes(document, "endnote", ["논문: 한국어 질의 재작성, HCLT 2021 (PyTorch 구현)"])
    doc = read_document(saved(document), name="resume.docx")

    assert lines(doc) == [
        "Experience",
        "Naver — ML Engineer (2018 – 2024): trained ranking models",
        "네이버 검색 랭킹 모델 서빙",
        "Served 30M users a month; also used XGBoost.",
        "논문: 한국어 질의 재작성, HCLT 2021 (PyTorch 구현)",
    ]
    assert {"xgboost", "pytorch"} <= found(doc, "resume")


def test_damaged_footnotes_do_not_cost_the_body():
    document = word_document(f"<w:p>{run('경력: 네이버 검색 랭킹 (PyTorch)')}</w:p>")
    _with_notes(document, "footnote", ["월 3천만 명 대상 서빙"], cut_at=-20)
    doc = read_document(saved(document), name="이력서.docx")
    assert doc.text == "경력: 네이버 검색 랭킹 (PyTorch)"


# --- 7 and 8: what a job-board page shows, and how ----------------------------------------


EN_BOARD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Senior Data Engineer - Lumen Analytics | JobHub</title></head>
<body><div id="root"><header class="site"><a href="/" class="logo">JobHub</a><nav><a href="/jobs">Jobs</a><a href="/blog">Blog</a></nav></header>
<div id="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<main><article><header><h1>Senior Data Engineer</h1></header><div class="meta"><span class="material-icons" aria-hidden="true">business</span><span>Lumen Analytics</span><span class="material-symbols-outlined">location_on</span><span>Seoul (Hybrid)</span></div>
<div class="chips"><span class="chip">Python</span><span class="chip">Spark</span><span class="chip">Airflow</span></div>
<h2>Requirements</h2><ul><li>5+ years with <b>Py</b>thon and SQL</li><li>Experience with <a href="/t/dbt">dbt</a>, Terra<wbr>form</li></ul>
<aside class="facts"><h3>Job facts</h3><p>Team: Data Platform · Stack: BigQuery</p></aside>
<div class="show-more" style="display: none">Legacy note: this team once ran Hadoop and Pig.</div>
<p style="visibility:hidden">Tracking pixel: Salesforce campaign 42</p>
<footer><p>Posted 3 days ago</p></footer></article></main>
<aside class="sidebar"><h3>Similar jobs</h3><ul><li>iOS Engineer (Swift) · Toss</li><li>Salesforce Administrator · Acme</li></ul></aside>
<div class="modal" hidden><h2>Apply to Lumen Analytics</h2><label>Country</label><select><option>South Korea</option><option>Japan</option></select></div>
<dialog id="share"><p>Share this job on Facebook</p></dialog>
<footer><p>Popular searches: React jobs · PHP jobs · Unity jobs</p></footer></div></body></html>"""

KO_BOARD = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>[라인플러스] 백엔드 개발자 - 잡포털</title></head>
<body><header><a href="/">잡포털</a><nav><a href="/">채용정보</a><a href="/">기업정보</a></nav></header>
<main><h1>[라인플러스] 백엔드 개발자 (Java/Kotlin)</h1>
<div class="tags"><span>Java</span><span>Kotlin</span><span>Spring</span></div>
<h2>자격요건</h2><ul><li>Java 또는 Kotlin 3년 이상</li><li><b>Spring</b> Framework 경험</li></ul>
<div class="tab" id="review" style="display:none"><p>기업 리뷰: React Native 스터디가 활발함</p></div>
<p aria-hidden="true">★★★★☆</p></main>
<aside><h3>이 공고를 본 사람들이 본 공고</h3><ul><li>[쿠팡] iOS 개발자 (Swift)</li></ul></aside>
<footer><p>인기 검색어: 파이썬 · 데이터분석 · 영업</p><p>사업자등록번호 123-45-67890</p></footer></body></html>"""


def test_an_english_job_board_page_is_read_as_the_posting_it_shows():
    doc = read_document(EN_BOARD.encode(), name="job.html")
    assert doc.title == "Senior Data Engineer"
    assert lines(doc) == [
        "JobHub",  # the site's <header> is kept: it often holds a posting's title
        "Senior Data Engineer",
        "Lumen Analytics Seoul (Hybrid)",  # without the icon fonts' glyph names
        "Python Spark Airflow",  # chips side by side are words apart
        "Requirements",
        "• 5+ years with Python and SQL",  # text running into an element stays one word
        "• Experience with dbt, Terraform",
        "Job facts",  # an <aside> inside the posting's <article> is its own
        "Team: Data Platform · Stack: BigQuery",
        "Posted 3 days ago",
    ]
    posting = found(doc, "posting")
    assert {"python", "apache-spark", "apache-airflow", "dbt", "terraform"} <= posting
    # Other postings in the sidebar, the hidden "show more", modal, dialog and footer.
    assert not {"swift", "salesforce", "hadoop", "react", "php", "unity"} & posting


def test_a_korean_job_board_page_is_read_as_the_posting_it_shows():
    doc = read_document(KO_BOARD.encode(), name="공고.html")
    assert lines(doc) == [
        "잡포털",
        "[라인플러스] 백엔드 개발자 (Java/Kotlin)",
        "Java Kotlin Spring",
        "자격요건",
        "• Java 또는 Kotlin 3년 이상",
        "• Spring Framework 경험",
    ]
    assert not {"react-native", "swift", "python"} & found(doc, "posting")


def test_hidden_content_that_is_the_page_itself_is_still_read():
    """Apps hide the whole page behind an open modal (aria-hidden on their root), and some
    reveal it by script once loaded: a hidden element holding the page's <h1> or <main> is
    that page, and dropping it would drop the posting."""
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        '<div id="app" aria-hidden="true"><main><h1>ML Engineer</h1>'
        "<ul><li>PyTorch 기반 추천 모델 개발</li></ul></main></div>"
        '<div role="dialog" aria-modal="true"><p>이 공고를 친구에게 공유하세요</p></div>'
        '<details><summary>우대사항</summary><div hidden="until-found">Kubeflow 경험</div>'
        "</details></body></html>"
    )
    doc = read_document(page.encode(), name="job.html")
    assert lines(doc) == [
        "ML Engineer",
        "• PyTorch 기반 추천 모델 개발",
        "우대사항",
        "Kubeflow 경험",
    ]


POSTING_BODY = (
    "<main><h1>데이터 엔지니어 (Data Engineer)</h1><ul><li>Spark 실무 경험</li></ul></main>"
)


@pytest.mark.parametrize(
    "beside",
    [
        '<aside><h3>Similar jobs</h3><ul><li>Salesforce Administrator · Acme</li></ul></aside>',
        "<footer><p>인기 검색어: Salesforce · 영업 · 회계</p></footer>",
        '<div class="modal" hidden><h2>지원하기</h2><p>Salesforce 계정으로 로그인</p></div>',
        '<div aria-hidden="true"><p>Salesforce 파트너 배너</p></div>',
        '<div class="tab" style="color: #333; display : none !important">Salesforce 연동 경험</div>',
        '<p style="visibility:hidden">Salesforce campaign pixel</p>',
        "<dialog><p>Share this job: Salesforce Slack</p></dialog>",
        '<div role="dialog" aria-label="Cookie consent"><p>We use Salesforce cookies.</p></div>',
        "<form><select name=\"industry\"><option>IT</option><option>Salesforce</option>"
        "</select></form>",
    ],
    ids=["aside", "footer", "hidden", "aria-hidden", "display-none", "visibility-hidden",
         "closed-dialog", "cookie-banner", "select"],
)  # fmt: skip
def test_text_a_page_hides_or_sets_beside_its_posting_is_left_out(beside):
    page = f'<html><head><meta charset="utf-8"></head><body>{POSTING_BODY}{beside}</body></html>'
    doc = read_document(page.encode(), name="공고.html")
    assert lines(doc) == ["데이터 엔지니어 (Data Engineer)", "• Spark 실무 경험"]


def test_an_open_dialog_is_read():
    page = f"<html><body>{POSTING_BODY}<dialog open><p>Airflow 우대</p></dialog></body></html>"
    assert lines(read_document(page.encode(), name="공고.html"))[-1] == "Airflow 우대"


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        ('<span class="chip">Python</span><span class="chip">Spark</span>', "Python Spark"),
        ("<a href='/t/1'>#데이터분석</a><a href='/t/2'>#파이썬</a>", "#데이터분석 #파이썬"),
        ("<span><b>AWS</b></span><span><i>GCP</i></span>", "AWS GCP"),
        ("<span>Seoul</span> <span>Hybrid</span>", "Seoul Hybrid"),
        # Text running into an element, or out of one, is one word as the browser draws it.
        ("5+ years of Py<b>thon</b>", "5+ years of Python"),
        ("<b>쿠버</b>네티스 운영", "쿠버네티스 운영"),
        ("Terra<wbr>form", "Terraform"),
        # Icon fonts draw these names as a glyph: "location_on" is a pin, not a word.
        (
            '<span class="material-icons">location_on</span><span>서울 강남구</span>',
            "서울 강남구",
        ),
        (
            '<i class="icon material-symbols-rounded">work</i><span>Full-time</span>',
            "Full-time",
        ),
    ],
)
def test_elements_side_by_side_are_read_apart_and_words_split_by_tags_are_not(markup, shown):
    page = f'<html><head><meta charset="utf-8"></head><body><p>{markup}</p></body></html>'
    assert read_document(page.encode(), name="job.html").text == shown


# --- 9: JSON-LD that holds only a teaser of the page ---------------------------------------


def _with_json_ld(title: str, description: str, body: str) -> bytes:
    ld = (
        '{"@context": "https://schema.org", "@type": "JobPosting", '
        f'"title": "{title}", "description": "{description}", "datePosted": "2024-05-01"}}'
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><nav>Jobs · Companies · Sign in</nav>{body}"
        "<aside><h3>Similar jobs</h3><ul><li>iOS Developer (Swift)</li></ul></aside></body></html>"
    ).encode()


TEASER_PAGES = {
    "en": (
        "Machine Learning Engineer",
        "&lt;p&gt;Join our ranking team to build search models.&lt;/p&gt;",
        "<main><h1>ML Engineer, Search Ranking</h1>"
        "<p>Join our ranking team to build search models.</p>"
        "<h2>Requirements</h2><ul><li>PyTorch and Python</li>"
        "<li>Experience with Elasticsearch or OpenSearch</li><li>Feature stores (Feast)</li></ul>"
        "<h2>Preferred</h2><ul><li>Learning-to-rank with LightGBM</li></ul></main>",
        {"pytorch", "elasticsearch", "feast", "lightgbm"},
    ),
    "ko": (
        "머신러닝 엔지니어",
        "검색 랭킹 모델을 함께 만들 분을 찾습니다.",
        "<main><h1>[누리에이아이] 머신러닝 엔지니어 (검색)</h1>"
        "<p>검색 랭킹 모델을 함께 만들 분을 찾습니다.</p>"
        "<h2>자격요건</h2><ul><li>PyTorch 와 Python 실무 경험 3년 이상</li>"
        "<li>Elasticsearch 또는 OpenSearch 운영 경험</li></ul>"
        "<h2>우대사항</h2><ul><li>LightGBM 으로 Learning-to-rank 모델을 만들어 본 분</li></ul></main>",
        {"pytorch", "elasticsearch", "lightgbm"},
    ),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_json_ld_holding_only_a_teaser_gives_way_to_the_page_as_shown(lang):
    title, description, body, skills = TEASER_PAGES[lang]
    doc = read_document(_with_json_ld(title, description, body), name="job.html")

    assert doc.title == title  # the posting's own title still names it
    assert lines(doc)[0] == body.split("<h1>")[1].split("</h1>")[0]
    assert "Sign in" not in doc.text
    assert "iOS Developer" not in doc.text
    posting = found(doc, "posting")
    assert skills <= posting
    assert "swift" not in posting


def test_json_ld_with_the_whole_description_is_still_read_alone():
    description = (
        "&lt;h3&gt;자격요건&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;PyTorch 와 Python 실무 경험 3년 이상"
        "&lt;/li&gt;&lt;li&gt;Elasticsearch 또는 OpenSearch 운영 경험&lt;/li&gt;&lt;/ul&gt;"
    )
    body = (
        "<div class='app'><h1>머신러닝 엔지니어</h1><div class='company'>누리에이아이 · 서울</div>"
        "<h3>자격요건</h3><ul><li>PyTorch 와 Python 실무 경험 3년 이상</li>"
        "<li>Elasticsearch 또는 OpenSearch 운영 경험</li></ul><button>지원하기</button>"
        "<div class='recommend'><p>함께 본 공고: 프론트엔드 개발자 (React)</p></div></div>"
    )
    doc = read_document(_with_json_ld("머신러닝 엔지니어", description, body), name="job.html")
    assert lines(doc) == [
        "머신러닝 엔지니어",
        "자격요건",
        "• PyTorch 와 Python 실무 경험 3년 이상",
        "• Elasticsearch 또는 OpenSearch 운영 경험",
    ]
