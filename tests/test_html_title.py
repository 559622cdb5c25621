"""An HTML posting's title is the page's own (<h1>, else <title>), never its menu bar, and it is
the title `careernav posting` shows and reads a role from, as for the same posting in text."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from careernav.cli import main
from careernav.documents import read_document, read_text
from careernav.match import analyze_posting

KO_BODY = """<main>
<h1>LLM 애플리케이션 개발자 | 리걸테크 스타트업 로앤케이</h1>
<h3>[ 합류하면 함께 할 업무예요 ]</h3>
<ul>
<li>판례 검색 기반 RAG 파이프라인을 설계하고 답변 품질을 개선해요</li>
<li>LangGraph 를 활용해 계약서 검토 에이전트를 개발해요</li>
<li>FastAPI 로 LLM 서빙 API 를 만들고 응답 지연 시간을 줄여요</li>
</ul>
<h3>[ 이런 분을 찾고 있어요 ]</h3>
<ul>
<li>백엔드 또는 ML 개발 경력 2년 이상이신 분</li>
<li>OpenAI API, Claude API 등 상용 LLM API 로 서비스를 만들어 본 경험이 있는 분</li>
<li>Docker 로 애플리케이션을 컨테이너화해 배포해 보신 분</li>
</ul>
</main>"""
KO_PAGE = (
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">'
    "<title>LLM 애플리케이션 개발자 - 로앤케이</title>"
    "<style>body{font-family:sans-serif}</style><script>window.dataLayer=[];</script></head>"
    '<body><nav><a href="/">홈</a> <a href="/jobs">채용</a> <a href="/login">로그인</a></nav>'
    f"{KO_BODY}<footer>© 2024 로앤케이. 개인정보처리방침 | 이용약관</footer>"
    "<button>지원하기</button></body></html>"
)
KO_TEXT = """LLM 애플리케이션 개발자 | 리걸테크 스타트업 로앤케이

[ 합류하면 함께 할 업무예요 ]
- 판례 검색 기반 RAG 파이프라인을 설계하고 답변 품질을 개선해요
- LangGraph 를 활용해 계약서 검토 에이전트를 개발해요
- FastAPI 로 LLM 서빙 API 를 만들고 응답 지연 시간을 줄여요

[ 이런 분을 찾고 있어요 ]
- 백엔드 또는 ML 개발 경력 2년 이상이신 분
- OpenAI API, Claude API 등 상용 LLM API 로 서비스를 만들어 본 경험이 있는 분
- Docker 로 애플리케이션을 컨테이너화해 배포해 보신 분
"""

EN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Senior Machine Learning Engineer | Acme Careers</title></head><body>
<header class="site"><h1><a href="/">Acme Careers</a></h1>
<nav><ul><li><a href="/jobs">Jobs</a></li><li><a href="/teams">Teams</a></li></ul></nav></header>
<main><article>
<header><p>Seoul · Full-time</p><h1>Senior Machine Learning Engineer</h1></header>
<h2>What you'll do</h2><ul><li>Train and ship ranking models with PyTorch</li>
<li>Run them on Kubernetes with MLflow tracking</li></ul>
<h2>Requirements</h2><ul><li>5+ years of Python</li><li>Experience with Spark</li></ul>
</article></main>
<aside><h1>Similar jobs</h1><ul><li>iOS Developer (Swift)</li></ul></aside>
<footer><h1>Acme</h1><p>© Acme Inc.</p></footer></body></html>"""


def _page(head: str, body: str) -> bytes:
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'.encode()


def test_korean_page_title_is_its_h1_not_its_nav_bar():
    doc = read_document(KO_PAGE.encode(), name="ko_post_llm.html")
    assert doc.title == "LLM 애플리케이션 개발자 | 리걸테크 스타트업 로앤케이"
    # The site's menu (<nav>) is left out of the text; the title is not added twice.
    assert doc.text.splitlines()[0] == doc.title
    assert "홈 채용 로그인" not in doc.text


def test_korean_page_gets_the_title_and_title_role_of_the_same_posting_in_text():
    html = analyze_posting(read_document(KO_PAGE.encode(), name="ko_post_llm.html"))
    text = analyze_posting(read_text(KO_TEXT, name="ko_post_llm.txt"))
    assert html.title == text.title == "LLM 애플리케이션 개발자 | 리걸테크 스타트업 로앤케이"
    assert html.title_role == text.title_role == "llm-engineer"


def test_english_page_skips_the_site_banner_sidebar_and_footer_headings():
    doc = read_document(EN_PAGE.encode(), name="job.html")
    assert doc.title == "Senior Machine Learning Engineer"
    analysis = analyze_posting(doc)
    assert (analysis.title, analysis.title_role) == (doc.title, "ml-engineer")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("<title>데이터 엔지니어 채용 - 누리에이아이</title>", "데이터 엔지니어 채용"),
        ("<title>Data Scientist | Acme</title>", "Data Scientist"),
        ("<title>ML Engineer – Search | Acme | LinkedIn</title>", "ML Engineer – Search | Acme"),
        # What follows the dash is no shorter than what it follows: part of the title.
        ("<title>Senior Engineer - Machine Learning</title>", "Senior Engineer - Machine Learning"),
        ("<title>  MLOps 엔지니어\n   (경력)  </title>", "MLOps 엔지니어 (경력)"),
    ],
)
def test_without_an_h1_the_title_element_names_the_page(title, expected):
    body = (
        "<nav><h1>홈 | 채용 | 로그인</h1></nav><header><h1>Acme</h1></header>"
        "<p>Python, Spark 경험</p><footer><h1>© Acme</h1></footer>"
    )
    assert read_document(_page(title, body), name="p.html").title == expected


def test_a_page_without_h1_or_title_has_no_title_and_falls_back_to_its_first_line():
    doc = read_document(
        _page("", "<p>MLOps Engineer</p><p>Kubernetes 운영 경험</p>"), name="p.html"
    )
    assert doc.title is None
    assert analyze_posting(doc).title == "MLOps Engineer"


def test_a_json_ld_posting_names_the_page():
    ld = (
        '{"@type": "JobPosting", "title": "데이터 사이언티스트", '
        '"description": "<ul><li>Python 과 SQL 로 A/B 테스트 분석</li></ul>"}'
    )
    page = _page(
        f'<script type="application/ld+json">{ld}</script>',
        "<nav>채용 홈</nav><h1>다른 공고 보기</h1>",
    )
    doc = read_document(page, name="job.html")
    assert doc.title == "데이터 사이언티스트"
    assert analyze_posting(doc).title_role == "data-scientist"


def test_text_documents_have_no_title_of_their_own():
    assert read_text(KO_TEXT, name="a.txt").title is None
    analysis = analyze_posting(read_text(KO_TEXT, name="a.txt"))
    assert analysis.title == "LLM 애플리케이션 개발자 | 리걸테크 스타트업 로앤케이"


def test_an_explicit_title_still_wins():
    doc = read_document(KO_PAGE.encode(), name="ko_post_llm.html")
    assert analyze_posting(doc, title="데이터 엔지니어").title_role == "data-engineer"


def test_cli_posting_prints_the_html_title_and_its_role(tmp_path):
    path = tmp_path / "ko_post_llm.html"
    path.write_text(KO_PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["posting", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "LLM 애플리케이션 개발자 | 리걸테크 스타트업 로앤케이"
    assert "홈 채용 로그인" not in result.output
    assert "Title says: AI/LLM Engineer" in lines
