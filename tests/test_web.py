"""Every route of the web app, in-process through an httpx ASGI client: pages and JSON from
one code path, uploads and their limits, CSRF, escaping, progress by HTMX, downloads, the
API, the OpenAPI document, and the login gate."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar

from careernav.web import create_app
from careernav.web.i18n import COOKIE

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "samples"
DOCS = ROOT / "tests" / "fixtures" / "documents"
RESUME_KO = (SAMPLES / "resume-ko.md").read_text("utf-8")
POSTING_EN = (SAMPLES / "posting-en-llm-engineer.html").read_bytes()

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def make_client(tmp_path):
    """make_client(**create_app options) -> an httpx client on a fresh app and store."""
    stack = []

    async def make(**options):
        app = create_app(str(tmp_path / f"web-{len(stack)}.db"), **options)
        lifespan = app.router.lifespan_context(app)
        await lifespan.__aenter__()
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )
        stack.append((lifespan, client))
        client.app = app
        return client

    yield make
    for lifespan, client in reversed(stack):
        await client.aclose()
        await lifespan.__aexit__(None, None, None)


@pytest.fixture
async def client(make_client):
    return await make_client()


async def token(client, path="/analyse") -> str:
    page = await client.get(path)
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


PAGES = ["/analyse", "/roles", "/roles/ml-engineer", "/roles/데이터 엔지니어", "/skills/파이토치",
         "/skills/k8s", "/me", "/plan"]  # fmt: skip


@pytest.mark.parametrize("path", PAGES)
async def test_pages_in_both_languages(client, path):
    en = await client.get(path, headers={"accept-language": "en-US,en;q=0.9"})
    ko = await client.get(path, headers={"accept-language": "ko-KR,ko;q=0.9"})
    assert en.status_code == ko.status_code == 200
    assert '<html lang="en">' in en.text and '<html lang="ko">' in ko.text
    assert ">Analyse<" in en.text and ">분석<" in ko.text


@pytest.mark.parametrize(
    "path", ["/roles", "/roles/ml-engineer", "/skills/pytorch", "/me", "/plan"]
)
async def test_every_page_also_answers_as_json(client, path):
    as_json = await client.get(path, params={"format": "json"})
    by_accept = await client.get(path, headers={"accept": "application/json"})
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_json.json() == by_accept.json()


async def test_pages_and_api_share_their_data(client):
    page = (await client.get("/roles/ml-engineer", params={"format": "json"})).json()
    api = (await client.get("/api/roles/ml-engineer")).json()
    assert page == api
    skill = (await client.get("/skills/torch", params={"format": "json"})).json()
    assert skill["id"] == "pytorch"
    deploy = await client.get("/skills/model-deployment")
    assert "Also read from what was done" in deploy.text and "deploy … model" in deploy.text


async def test_a_skill_page_names_its_category_kind_and_hours_in_the_language(client):
    client.cookies.set(COOKIE, "ko")
    page = (await client.get("/skills/rag")).text
    client.cookies.delete(COOKIE)
    assert "LLM·생성형 AI" in page
    assert "방법론" in page and "시간" in page
    assert "llm-genai ·" not in page and "· method" not in page
    page = (await client.get("/skills/rag", headers={"accept-language": "en"})).text
    assert "· method" in page and " h</p>" in page


async def test_language_switch_persists(client):
    switched = await client.get("/lang/ko", params={"next": "/roles"})
    assert switched.status_code == 303 and switched.headers["location"] == "/roles"
    page = await client.get("/roles", headers={"accept-language": "en"})
    assert '<html lang="ko">' in page.text and "데이터 엔지니어" in page.text
    evil = await client.get("/lang/en", params={"next": "//evil.example/"})
    assert evil.headers["location"] == "/"


async def test_analyse_korean_resume_and_english_posting(client):
    response = await client.post(
        "/analyse",
        data={"csrf_token": await token(client), "resume_text": RESUME_KO},
        files={"posting_file": ("posting.html", POSTING_EN, "text/html")},
    )
    assert response.status_code == 200
    html = response.text
    marks = re.findall(r'<mark class="skill sec-(\w+)" tabindex="0" data-skill="([\w-]+)"', html)
    assert len(marks) > 20
    assert ("requirements", "python") in marks or ("responsibilities", "python") in marks
    assert re.search(r'data-verdict="(apply|stretch|build-first)"', html)
    assert 'class="skills matched"' in html and 'class="skills missing"' in html
    assert "<script>" not in html.split("</head>", 1)[1].replace(
        '<script src="/static/htmx.min.js" defer></script>', ""
    )


async def test_analyse_as_json_and_htmx_partial(client):
    form = {"csrf_token": await token(client), "resume_text": RESUME_KO,
            "posting_text": "Requirements\n- Python\n- PyTorch\n- Kubernetes"}  # fmt: skip
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["match"]["verdict"] in {"apply", "stretch", "build-first"}
    pieces = data["posting"]["segments"]
    assert "".join(p["text"] for p in pieces) == "Requirements\n- Python\n- PyTorch\n- Kubernetes"
    partial = await client.post("/analyse", data=form, headers={"hx-request": "true"})
    assert partial.text.lstrip().startswith("{% set") is False
    assert "<html" not in partial.text and 'id="analysis"' in partial.text


async def test_hostile_text_is_escaped(client):
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> {{7*7}} Python, SQL"
    html = (
        await client.post(
            "/analyse", data={"csrf_token": await token(client), "posting_text": hostile}
        )
    ).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "onerror=alert(2)>" not in html
    assert "{{7*7}}" in html


async def test_upload_limits_and_types(make_client):
    client = await make_client(max_upload_bytes=2000)
    big = await client.post(
        "/analyse",
        data={"csrf_token": await token(client)},
        files={"posting_file": ("big.txt", b"Python " * 1000, "text/plain")},
    )
    assert big.status_code == 413 and "big.txt" in big.text and "upload limit" in big.text
    odd = await client.post(
        "/analyse",
        data={"csrf_token": await token(client)},
        files={"posting_file": ("scan.png", b"\x89PNG\r\n\x1a\n" + b"0" * 50, "image/png")},
    )
    assert odd.status_code == 400 and "scan.png" in odd.text
    empty = await client.post("/analyse", data={"csrf_token": await token(client)})
    assert empty.status_code == 400 and "posting" in empty.text.lower()
    # on a Korean page, in Korean
    client.cookies.set(COOKIE, "ko")
    odd = await client.post(
        "/analyse",
        data={"csrf_token": await token(client)},
        files={"posting_file": ("scan.png", b"\x89PNG\r\n\x1a\n" + b"0" * 50, "image/png")},
    )
    assert (
        odd.status_code == 400 and "scan.png 파일은" in odd.text and "읽을 수 없습니다" in odd.text
    )
    none = await client.post(
        "/analyse",
        data={
            "csrf_token": await token(client),
            "resume_text": "기술: Python",
            "posting_text": "Hello, we are a friendly team.",
        },
    )
    assert none.status_code == 400 and "아는 스킬을 찾지 못해" in none.text
    client.cookies.delete(COOKIE)


async def test_a_huge_request_is_refused_before_it_is_read(make_client):
    client = await make_client(max_upload_bytes=1000)
    body = b"x" * (3 * 2**20)
    response = await client.post(
        "/analyse", content=body, headers={"content-type": "multipart/form-data; boundary=x"}
    )
    assert response.status_code == 413 and "limited to" in response.text


async def test_pdf_upload(client):
    response = await client.post(
        "/analyse",
        data={
            "csrf_token": await token(client),
            "posting_text": "Requirements: Python, SQL, Docker",
        },
        files={
            "resume_file": (
                "resume.pdf",
                (DOCS / "resume_ko_en.pdf").read_bytes(),
                "application/pdf",
            )
        },
        headers={"accept": "application/json"},
    )
    data = response.json()
    assert response.status_code == 200 and data["resume"]["concepts"] > 5


async def test_forms_need_the_csrf_token(client):
    assert (await client.post("/analyse", data={"posting_text": "Python"})).status_code == 403
    assert (
        await client.post("/analyse", data={"csrf_token": "forged", "posting_text": "Python"})
    ).status_code == 403
    ok = await client.post(
        "/analyse", data={"posting_text": "Python"}, headers={"x-csrf-token": await token(client)}
    )
    assert ok.status_code == 200


async def test_profile_plan_progress_downloads_and_retro(client):
    csrf = await token(client, "/me")
    created = await client.post(
        "/me/profile",
        data={
            "csrf_token": csrf,
            "name": "하늘",
            "language": "ko",
            "target_role": "ml-engineer",
            "hours_per_week": "8",
            "resume_text": RESUME_KO,
        },
    )
    assert created.status_code == 303
    me = (await client.get("/me", params={"format": "json"})).json()
    assert me["profile"]["name"] == "하늘" and "pytorch" in me["known"]
    shape_words = {
        "T": "T자형",
        "W": "W자형",
        "I": "I자형",
        "broad": "폭넓음",
        "starting": "시작 단계",
    }
    me_page = await client.get("/me", headers={"accept-language": "ko"})
    assert f'<span class="shape">{shape_words[me["shape"]["shape"]]}' in me_page.text
    chart = await client.get("/me/shape.svg", headers={"accept-language": "ko"})
    assert "깊이 (0-5)" in chart.text and "depth" not in chart.text
    made = await client.post("/plan", data={"csrf_token": csrf, "role": "", "start": "2026-11-23"})
    assert made.status_code == 303
    # the plan in the page's language: its labels are the Korean page's
    plan = (
        await client.get("/plan", params={"format": "json"}, headers={"accept-language": "ko"})
    ).json()
    first = plan["plan"]["steps"][0]
    page = await client.get("/plan", headers={"accept-language": "ko"})
    assert page.status_code == 200 and first["label"] in page.text and "주간 일정" in page.text
    assert re.search(r"<td>1</td><td>2026-11-23 – 2026-11-29</td><td>[^<]+\(\d", page.text)
    swapped = await client.post(
        "/progress", data={"subject": first["skill_id"], "status": "learned"},
        headers={"hx-request": "true", "x-csrf-token": csrf},
    )  # fmt: skip
    assert swapped.status_code == 200 and "<html" not in swapped.text
    assert f'id="step-{first["skill_id"]}" data-status="learned"' in swapped.text
    after = (await client.get("/plan", params={"format": "json"})).json()
    assert after["progress"]["steps_done"] == plan["progress"]["steps_done"] + 1
    # a finished project says which skills it proves (they count as learned from now on)
    project = plan["plan"]["projects"][0]
    done = await client.post(
        "/progress", data={"subject": project["id"], "status": "done"},
        headers={"hx-request": "true", "x-csrf-token": csrf, "accept-language": "ko"},
    )  # fmt: skip
    assert (
        done.status_code == 200
        and "프로젝트 완료: 이 프로젝트의 스킬을 익힌 것으로 셉니다" in done.text
    )
    ics = await client.get("/plan/schedule.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert list(Calendar.from_ical(ics.content).walk("VEVENT"))
    md = await client.get("/plan/plan.md", headers={"accept-language": "ko"})
    assert md.text.startswith("# 학습 계획")
    english = await client.get("/plan/plan.md", params={"lang": "en"})
    assert english.text.startswith("# Learning plan")  # the same plan, in the page's language
    svg = await client.get("/me/shape.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<svg" in svg.text
    retro = await client.post("/me/retro", data={"csrf_token": csrf, "kind": "quarter"})
    assert retro.status_code == 303
    me = (await client.get("/me", params={"format": "json"})).json()
    assert me["retrospectives"][0]["kind"] == "quarter"
    assert me["events"][0]["status"] == "learned"


async def test_plan_and_downloads_without_a_profile(client):
    assert (await client.get("/plan/schedule.ics")).status_code == 400
    page = await client.get("/plan")
    assert page.status_code == 200 and "/me" in page.text


async def test_unknown_names(client):
    missing = await client.get("/skills/pytorc")
    assert missing.status_code == 404 and "PyTorch (pytorch)" in missing.text
    api = await client.get("/api/roles/chef")
    assert api.status_code == 404 and "error" in api.json()


async def test_api_covers_the_cli(client):
    assert len((await client.get("/api/roles")).json()["families"]) >= 9
    assert (await client.get("/api/skills/쿠버네티스")).json()["id"] == "kubernetes"
    assert (await client.get("/api/mindmap")).json()["source"].startswith("mindmap")
    about = (await client.get("/api/about")).json()
    assert "ESCO classification of the European Commission" in about["notice"]
    extracted = (await client.post("/api/extract", json={"text": "PyTorch와 SQL"})).json()
    assert [s["id"] for s in extracted["skills"]] == ["pytorch", "sql"]
    posting = (
        await client.post(
            "/api/posting", json={"text": POSTING_EN.decode(), "title": "LLM Engineer"}
        )
    ).json()
    assert posting["roles"][0]["score"] > 0 and posting["title_role"] == "llm-engineer"
    matched = (
        await client.post("/api/match", json={"resume": RESUME_KO, "role": "ml-engineer"})
    ).json()
    assert matched["target"]["id"] == "ml-engineer"
    created = await client.post(
        "/api/profiles",
        json={"name": "Mina", "target_role": "data-engineer", "resume_text": "SQL, Python"},
    )
    assert created.status_code == 201
    plan = (await client.post("/api/profiles/Mina/plan", json={})).json()
    assert plan["plan"]["target"]["id"] == "data-engineer"
    mark = await client.post(
        "/api/profiles/Mina/progress", json={"subject": "ETL", "status": "learned"}
    )
    assert mark.status_code == 201 and mark.json()["id"] == "etl"
    progress = (await client.get("/api/profiles/Mina/progress")).json()
    assert any(e["id"] == "etl" for e in progress["events"])
    retro = await client.post("/api/profiles/Mina/retrospectives", json={"kind": "year"})
    assert retro.status_code == 201
    assert (await client.get("/api/profiles/Mina/retrospectives")).json()["retrospectives"]
    assert (await client.get("/api/profiles/Mina/shape")).json()["shape"]
    exported = (await client.get("/api/export")).json()
    bad = await client.post("/api/import", json={"data": exported})
    assert bad.status_code == 400 and "Mina" in bad.json()["error"]
    replaced = await client.post("/api/import", json={"data": exported, "replace": True})
    assert replaced.json() == {"profiles": 1}
    invalid = await client.post(
        "/api/profiles/Mina/progress", json={"subject": "ETL", "status": "maybe"}
    )
    assert invalid.status_code == 422


async def test_openapi_lists_every_api_route(client):
    spec = (await client.get("/openapi.json")).json()
    documented = {path for path in spec["paths"]}
    from careernav.web import api

    routes = {api.router.prefix + r.path.removeprefix(api.router.prefix) for r in api.router.routes}
    assert routes == documented
    match = spec["paths"]["/api/match"]["post"]
    assert "requestBody" in match and match["responses"]["200"]
    json.dumps(spec)


async def test_login_required_off_loopback(make_client):
    client = await make_client(login_required=True, secret_key="test")
    page = await client.get("/analyse")
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert (await client.get("/api/roles")).status_code == 401
    client.app.state.store.add_user("admin", "correct horse battery")
    csrf = await token(client, "/login")
    wrong = await client.post(
        "/login", data={"csrf_token": csrf, "name": "admin", "password": "nope-nope"}
    )
    assert wrong.status_code == 401
    right = await client.post(
        "/login",
        data={
            "csrf_token": csrf,
            "name": "admin",
            "password": "correct horse battery",
            "next": "/roles",
        },
    )
    assert right.status_code == 303 and right.headers["location"] == "/roles"
    assert (await client.get("/roles")).status_code == 200
    assert (await client.get("/api/roles")).status_code == 200


def test_serving_off_loopback_needs_a_user(tmp_path):
    from careernav.errors import CareernavError
    from careernav.web.app import is_loopback, serve

    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("0.0.0.0")
    with pytest.raises(CareernavError, match="careernav user add"):
        serve(str(tmp_path / "empty.db"), host="0.0.0.0", port=8765)


async def test_analyse_compares_years_of_experience_in_korean(client):
    client.cookies.set(COOKIE, "ko")
    form = {"csrf_token": await token(client),
            "resume_text": "경력\nA사 데이터 분석가 (2010.01 ~ 2012.12)\nSQL, Python",
            "posting_text": "자격요건\n- 경력 5년 이상\n- SQL, Python\n- Tableau 대시보드, A/B 테스트 분석 경험"}  # fmt: skip
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "공고 요구 5년 이상" in html and "이력서 3.0년" in html and "2.0년 부족" in html
    assert "(그중 데이터 애널리스트 3.0년)" in html  # the job's title names the posting's role
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["match"]["experience"] == {
        "years_asked": 5,
        "years_asked_high": None,  # "5년 이상" gives no top
        "above_range": False,
        "years_shown": 3.0,
        "years_in_role": 3.0,
        "role": "데이터 애널리스트",
        "short_by": 2.0,
        # 3 of the 5 years asked: one requirement of the required coverage, 60 % met
        "weight": 1.0,
        "credit": 0.6,
        # "경력 5년 이상" names no field: all the years count
        "field": None,
        "years_in_field": None,
        # 60 % of the years: the verdict is the skills' own
        "verdict_before_years": None,
        "met_by_degree": None,
        "asked_with_degree": None,
    }
    assert "필수 충족률에 요건 하나로 반영, 60% 충족" in html
    client.cookies.delete(COOKIE)


async def test_an_apply_short_of_half_the_years_is_held_at_stretch_in_both_languages(client):
    form = {"csrf_token": await token(client),
            "resume_text": "경력\nA사 데이터 분석가 (2024.01 ~ 2024.12)\nSQL, Python, Tableau 대시보드, A/B 테스트",
            "posting_text": "자격요건\n- 경력 5년 이상\n- SQL, Python\n- Tableau 대시보드, A/B 테스트 분석 경험"}  # fmt: skip
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["match"]["verdict"] == "stretch"
    assert data["match"]["experience"]["verdict_before_years"] == "apply"
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "Held at stretch" in html
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "도전 지원으로 낮춤" in html
    client.cookies.delete(COOKIE)


async def test_analyse_says_when_too_little_names_a_role(client):
    form = {"csrf_token": await token(client), "resume_text": RESUME_KO,
            "posting_text": "Medical Laboratory Scientist\nWrites reports. Must have a B.S. degree."}  # fmt: skip
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert 'class="no-role"' in html and 'class="bars"' not in html


async def test_plan_page_when_nothing_is_left_to_learn(client):
    csrf = await token(client, "/me")
    await client.post(
        "/me/profile",
        data={"csrf_token": csrf, "name": "민준", "language": "ko", "hours_per_week": "5",
              "resume_text": "기술\nPython, SQL\n"},
    )  # fmt: skip
    made = await client.post(
        "/plan",
        data={"csrf_token": csrf, "role": "", "start": "2026-11-23",
              "posting_text": "자격요건\n- Python, SQL\n- 정보처리기사 자격증\n"},
    )  # fmt: skip
    assert made.status_code == 303
    page = (await client.get("/plan", headers={"accept-language": "ko"})).text
    assert 'class="nothing-to-learn"' in page and "정보처리기사" in page
    assert '<small class="reason">자격증: 준비되면 응시하는 시험이라' in page


async def test_analyse_says_when_a_posting_is_hardly_about_ai(client):
    client.cookies.set(COOKIE, "ko")
    backend = (
        "백엔드 개발자 (Java/Spring)\n주요업무\n- 커머스 API 개발 및 운영\n"
        "자격요건\n- Java, Spring Boot 3년 이상\n- MySQL, Redis 사용 경험\n- AWS 환경 경험"
    )
    form = {"csrf_token": await token(client), "resume_text": RESUME_KO, "posting_text": backend}
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert 'class="warn little-ai"' in html and "AI·데이터 스킬은" in html
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["posting"]["little_ai"] is True
    assert data["posting"]["ai_skills"]["asked"] <= 1 < data["posting"]["ai_skills"]["of"]
    client.cookies.delete(COOKIE)


async def test_analyse_marks_a_resumes_wishes(client):
    form = {"csrf_token": await token(client),
            "resume_text": "Summary\nData analyst (SQL, Python). Interested in reinforcement learning.",
            "posting_text": "Requirements\n- Reinforcement learning\n- SQL, Python"}  # fmt: skip
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "Wished for, not counted as evidence: Reinforcement learning" in html
    assert 'class="skill sec-summary wish"' in html and "wished for, not evidence" in html
    assert "the resume names Reinforcement learning only as a wish" in html
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["resume"]["wished"] == [
        {"id": "reinforcement-learning", "label": "Reinforcement learning"}
    ]
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "희망 사항이라 근거로 세지 않음" in html and "희망 사항, 근거 아님" in html
    client.cookies.delete(COOKIE)


async def test_analyse_says_when_the_title_is_a_job_outside_the_map(client):
    form = {"csrf_token": await token(client),
            "posting_text": "AI Product Manager\n\nRequirements\n- Prompt engineering and RAG\n"
                            "- LLM evaluation, A/B testing, SQL"}  # fmt: skip
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "The title names a job outside the 15 AI roles (“Product Manager”)" in html
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["posting"]["title_outside"] == "Product Manager"
    assert data["posting"]["title_role"] is None
    client.cookies.set(COOKIE, "ko")
    form["posting_text"] = "AI 서비스 기획자\n\n자격요건\n- 프롬프트 엔지니어링, RAG 이해\n- SQL"
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "제목의 직무(“서비스 기획자”)는 15개 AI 직무 밖입니다" in html
    client.cookies.delete(COOKIE)
    # a title that names one of the 15 roles gets no such note
    form["posting_text"] = "ML Engineer (PM 경험 우대)\n\nRequirements\n- PyTorch"
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["posting"]["title_outside"] is None


async def test_an_analysis_hands_its_posting_on_to_a_plan(client):
    import html as html_lib
    import re

    csrf = await token(client, "/me")
    await client.post(
        "/me/profile",
        data={"csrf_token": csrf, "name": "서준", "language": "ko", "hours_per_week": "6",
              "resume_text": "기술\nPython, SQL\n"},
    )  # fmt: skip
    posting = "MLOps 엔지니어\n\n자격요건\n- Kubernetes, Docker 운영 경험\n- Python\n"
    form = {"csrf_token": csrf, "resume_text": "기술\nPython, SQL\n", "posting_text": posting}
    page = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    handoff = re.search(
        r'<form method="post" action="/plan" class="handoff">(.*?)</form>', page, re.S
    )
    assert handoff, "no hand-off to a plan"
    assert f'name="csrf_token" value="{csrf}"' in handoff[1]
    text = re.search(
        r'<textarea name="posting_text" hidden[^>]*>(.*?)</textarea>', handoff[1], re.S
    )
    assert html_lib.unescape(text[1]) == posting.strip()
    made = await client.post(
        "/plan", data={"csrf_token": csrf, "posting_text": html_lib.unescape(text[1])}
    )
    assert made.status_code == 303
    plan = (await client.get("/plan", params={"format": "json"})).json()
    assert plan["plan"]["target"]["kind"] == "posting"
    assert {s["skill_id"] for s in plan["plan"]["steps"]} >= {"kubernetes", "docker"}


async def test_errors_of_every_page_follow_the_language(client):
    csrf = await token(client, "/me")
    await client.post(
        "/me/profile",
        data={"csrf_token": csrf, "name": "지우", "language": "ko", "resume_text": "기술: SQL"},
    )
    client.cookies.set(COOKIE, "ko")
    made = await client.post(
        "/plan",
        data={"csrf_token": csrf},
        files={"posting_file": ("scan.png", b"\x89PNG\r\n\x1a\n" + b"0" * 50, "image/png")},
    )
    assert made.status_code == 400 and "scan.png 파일은" in made.text
    client.cookies.delete(COOKIE)
    made = await client.post(
        "/plan",
        data={"csrf_token": csrf},
        files={"posting_file": ("scan.png", b"\x89PNG\r\n\x1a\n" + b"0" * 50, "image/png")},
        headers={"accept-language": "en"},
    )
    assert made.status_code == 400 and "scan.png is" in made.text


async def test_analyse_marks_what_a_resume_lacks_and_a_posting_denies(client):
    form = {"csrf_token": await token(client),
            "resume_text": "Skills\nPython, SQL\n\nNOT YET: no hands-on BigQuery experience.\n",
            "posting_text": "Requirements\n- Python, SQL\n- BigQuery\n- Docker is a plus\n"
                            "- No experience with Spark is needed\n"}  # fmt: skip
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "Said to be lacking, not counted as evidence: Google BigQuery" in html
    assert "the resume says it lacks Google BigQuery, which is not evidence" in html
    # the posting's marks show the level the posting gives, and what it denies
    assert 'data-skill="apache-spark" data-section="requirements" title="Apache Spark · ' \
           'requirements · not asked for by the posting"' in html  # fmt: skip
    assert 'class="skill sec-preferred" tabindex="0" data-skill="docker"' in html
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["resume"]["lacking"] == [{"id": "bigquery", "label": "Google BigQuery"}]
    assert "apache-spark" not in {r["id"] for r in data["posting"]["requirements"]}
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "경험이 없다고 적혀 있어 근거로 세지 않음" in html and "공고가 요구하지 않음" in html
    client.cookies.delete(COOKIE)


async def test_the_verdict_reads_as_words_in_english(client):
    form = {"csrf_token": await token(client), "resume_text": "Skills\nExcel\n",
            "posting_text": "Requirements\n- Python\n- PyTorch\n- Kubernetes\n"}  # fmt: skip
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert 'data-verdict="build-first">build first</span>' in html


async def test_a_korean_page_gives_the_reason_a_pdf_is_unreadable_in_korean(client):
    client.cookies.set(COOKIE, "ko")
    files = {"posting_file": ("cut.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "application/pdf")}
    response = await client.post(
        "/analyse", data={"csrf_token": await token(client)}, files=files,
        headers={"hx-request": "true"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "파일이 중간에 잘렸습니다" in response.text and "cut short" not in response.text
    client.cookies.delete(COOKIE)


async def test_making_a_plan_without_a_profile_says_so_once_in_the_pages_language(client):
    csrf = await token(client)  # the hand-off button's form on the Analyse page
    response = await client.post(
        "/plan", data={"csrf_token": csrf, "posting_text": "Requirements\n- Python\n"},
        headers={"accept-language": "ko"},
    )  # fmt: skip
    assert response.status_code == 400
    assert response.text.count("프로필을 만드세요") == 1
    assert "Create a profile first" not in response.text


@pytest.mark.parametrize(
    ("lang", "says", "not_said"),
    [
        ("ko", "페이지를 새로 고친 뒤", "The form has expired"),
        ("en", "The form has expired", "페이지"),
    ],
)
async def test_an_expired_form_answers_htmx_with_a_short_error_in_the_pages_language(
    client, lang, says, not_said
):
    # no page was loaded first: the session holds no token, as after clearing cookies
    form = {"csrf_token": "from-an-old-session", "posting_text": "Requirements\n- Python"}
    swapped = await client.post(
        "/analyse", data=form, headers={"hx-request": "true", "accept-language": lang}
    )
    assert swapped.status_code == 403
    assert swapped.text.startswith('<div class="error" role="alert">')
    assert "<html" not in swapped.text and "<header" not in swapped.text
    assert says in swapped.text and not_said not in swapped.text
    # without HTMX the same error is a whole page, in the same language
    page = await client.post("/analyse", data=form, headers={"accept-language": lang})
    assert page.status_code == 403 and f'<html lang="{lang}">' in page.text and says in page.text


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_statuses_and_benefit_kinds_read_as_words(client, lang):
    csrf = await token(client, "/me")
    await client.post(
        "/me/profile",
        data={"csrf_token": csrf, "name": "Jun", "target_role": "ml-engineer",
              "resume_text": "Skills\nPython, SQL\n"},
    )  # fmt: skip
    await client.post("/plan", data={"csrf_token": csrf, "start": "2026-11-23"})
    plan = (await client.get("/plan", params={"format": "json"})).json()
    first = plan["plan"]["steps"][0]["skill_id"]
    await client.post(
        "/progress", data={"subject": first, "status": "learned"},
        headers={"hx-request": "true", "x-csrf-token": csrf},
    )  # fmt: skip
    page = (await client.get("/plan", headers={"accept-language": lang})).text
    me = (await client.get("/me", headers={"accept-language": lang})).text
    statuses = re.findall(r'<span class="status-now">([^<]+)</span>', page)
    benefits = set(re.findall(r"<strong>(?:Benefit|효과) \(([^)]+)\):</strong>", page))
    words = {
        "en": ({"To do", "Learned"}, {"time saved", "cost cut", "revenue"}, "→ Learned"),
        "ko": ({"할 일", "익힘"}, {"시간 절약", "비용 절감", "수익 증대"}, "→ 익힘"),
    }[lang]
    assert set(statuses) <= words[0] | {"In progress", "Skipped", "진행 중", "건너뜀"}
    assert words[0] <= set(statuses)
    assert benefits and benefits <= words[1]
    assert words[2] in me
    for key in ("todo", "in-progress", "time-saved", "cost-cut"):
        assert f">{key}<" not in page and f"({key})" not in page
    # the JSON keeps the keys
    data = (await client.get("/plan", params={"format": "json"})).json()
    assert set(data["status"].values()) <= {"todo", "learned", "in-progress", "skipped"}
    assert "learned" in data["status"].values()
    assert {p["benefit"]["kind"] for p in data["plan"]["projects"]} <= {
        "time-saved", "cost-cut", "revenue"
    }  # fmt: skip
    me_data = (await client.get("/me", params={"format": "json"})).json()
    assert me_data["events"][0]["status"] == "learned"


@pytest.mark.parametrize(
    ("lang", "heading", "resume", "posting"),
    [
        ("en", "Counts in part", "Skills\nPyTorch, Python",
         "Requirements\n- TensorFlow\n- Python\n- Kubernetes"),
        ("ko", "부분 인정", "기술\nPyTorch, Python", "자격요건\n- TensorFlow\n- Python\n- Kubernetes"),
    ],
)  # fmt: skip
async def test_half_credit_skills_have_their_own_table(client, lang, heading, resume, posting):
    form = {"csrf_token": await token(client), "resume_text": resume, "posting_text": posting}
    headers = {"hx-request": "true", "accept-language": lang}
    html = (await client.post("/analyse", data=form, headers=headers)).text
    data = (
        await client.post("/analyse", data=form, headers={**headers, "accept": "application/json"})
    ).json()
    assert [s["id"] for s in data["match"]["partial"]] == ["tensorflow"]
    tables = {
        t[1]: t[0] for t in re.finditer(r'<table class="skills (\w+)".*?</table>', html, re.S)
    }
    assert 'data-skill="tensorflow"' in tables["partial"]
    assert 'data-skill="tensorflow"' not in tables["matched"]
    assert 'data-skill="python"' in tables["matched"]
    assert f'<h2 id="partial-h">{heading}</h2>' in html
    # nothing counts in part: no empty table
    form["posting_text"] = posting.replace("TensorFlow", "SQL")
    html = (await client.post("/analyse", data=form, headers=headers)).text
    assert 'class="skills partial"' not in html and heading not in html


@pytest.mark.parametrize(
    ("lang", "says"), [("en", "This page takes form data"), ("ko", "양식 데이터")]
)
async def test_page_posts_take_forms_and_point_json_to_the_api(client, lang, says):
    sent = await client.post(
        "/analyse", params={"lang": lang}, json={"posting_text": "Requirements\n- Python"}
    )
    assert sent.status_code == 415
    assert says in sent.json()["error"] and "/api/match" in sent.json()["error"]
    # a body that is no form cannot slip past the token either (a cross-site page can send
    # text/plain without a preflight)
    plain = await client.post(
        "/progress", params={"lang": lang}, content=b"subject=python&status=learned",
        headers={"content-type": "text/plain"},
    )  # fmt: skip
    assert plain.status_code == 415
    # a browser's form asking for JSON still needs the token; its refusal is in the language
    refused = await client.post(
        "/analyse", params={"lang": lang}, files={"posting_text": (None, "Python")},
        headers={"accept": "application/json"},
    )  # fmt: skip
    assert refused.status_code == 403
    expired = {"en": "The form has expired", "ko": "입력 양식이 만료되었거나"}[lang]
    assert refused.json()["error"].startswith(expired)
    answered = await client.post(
        "/analyse", params={"lang": lang},
        files={"csrf_token": (None, await token(client)), "posting_text": (None, "Python")},
        headers={"accept": "application/json"},
    )  # fmt: skip
    assert answered.status_code == 200 and answered.json()["posting"]


async def test_the_api_refuses_a_body_of_the_wrong_type_as_json(client):
    sent = await client.post(
        "/api/extract", content=b'{"text": "Python"}', headers={"content-type": "text/plain"}
    )
    assert sent.status_code == 422 and sent.json()["error"] == "Invalid request."


async def test_a_lone_surrogate_in_the_api_is_a_422_not_a_500(client):
    for path in ("/api/extract", "/api/posting"):
        sent = await client.post(
            path,
            content=b'{"text": "\\ud800 Python"}',
            headers={"content-type": "application/json"},
        )
        assert sent.status_code == 422 and sent.json()["detail"][0]["loc"] == ["body", "text"]


async def test_analyse_says_when_the_years_pass_the_range_asked(client):
    form = {"csrf_token": await token(client),
            "resume_text": "경력\nA사 데이터 엔지니어 (2012.01 ~ 2024.12)\nPython, SQL, Airflow",
            "posting_text": "자격요건\n- 경력 2년 이상 ~ 7년 이하\n- Python, SQL, Airflow"}  # fmt: skip
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    experience = data["match"]["experience"]
    assert (experience["years_asked"], experience["years_asked_high"]) == (2, 7)
    assert experience["above_range"] and data["match"]["verdict"] == "apply"
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "the posting asks 2–7 years" in html and "more than the range asked" in html
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "공고 요구 2~7년" in html and "요구 범위보다 많음" in html
    client.cookies.delete(COOKIE)


async def test_analyse_names_the_skills_a_resume_only_lists(client):
    form = {"csrf_token": await token(client),
            "resume_text": "경력\nA사 ML 엔지니어 (2021.03 ~ 2024.12)\n- PyTorch로 추천 모델 학습\n\n기술\nPython, PyTorch, Docker, Kubernetes",
            "posting_text": "자격요건\n- PyTorch\n- Docker, Kubernetes\n우대사항\n- Python"}  # fmt: skip
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    listed = [s["id"] for s in data["match"]["show_in_work"]]
    # PyTorch, used in the job, is Python's: only Docker and Kubernetes are a list's names
    assert listed == ["docker", "kubernetes"]
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "Named only in your skills list" in html
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "기술 목록에만 있음" in html and "Docker" in html.split("기술 목록에만 있음")[1][:300]
    client.cookies.delete(COOKIE)


async def test_analyse_says_when_a_degree_meets_the_years_asked(client):
    form = {"csrf_token": await token(client),
            "resume_text": "학력\n- KAIST 기계공학 석사 (2024.02 졸업)\n\n경력\n- 로봇 제어 연구원, ㈜로보 (2024.03 ~ 현재)\n  - C++로 로봇 제어기 개발",
            "posting_text": "자격요건\n- 석사 이상 또는 학사 + 경력 5년 이상\n- C++ 개발 경험"}  # fmt: skip
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert data["match"]["experience"]["met_by_degree"] == "Master's degree"
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "by the Master&#39;s degree, which the posting accepts instead" in html
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "공고가 대신 인정하는 석사 학위로" in html
    client.cookies.delete(COOKIE)


async def test_a_korean_plan_reads_in_english_and_says_what_was_skipped(client):
    csrf = await token(client, "/me")
    created = await client.post("/me/profile", data={
        "csrf_token": csrf, "name": "하늘", "language": "ko", "target_role": "ml-engineer",
        "hours_per_week": "8", "resume_text": RESUME_KO})  # fmt: skip
    assert created.status_code == 303
    made = await client.post("/plan", data={"csrf_token": csrf, "role": "", "start": "2026-11-23"})
    assert made.status_code == 303
    plan = (await client.get("/plan", params={"format": "json", "lang": "en"})).json()
    first = plan["plan"]["steps"][0]
    assert first["closes"].startswith("required by")  # made in Korean, read in English
    marked = await client.post(
        "/progress", data={"subject": first["skill_id"], "status": "skipped"},
        headers={"x-csrf-token": csrf},
    )  # fmt: skip
    assert marked.status_code in (200, 303)
    page = (await client.get("/plan", params={"lang": "en"})).text
    assert "(1 skipped)" in page
    page = (await client.get("/plan", params={"lang": "ko"})).text
    assert "(건너뜀 1개)" in page
    ics = await client.get("/plan/schedule.ics", params={"lang": "en"})
    assert ics.status_code == 200 and "BEGIN:VEVENT" in ics.text
    second = plan["plan"]["steps"][1]["label"]
    # the skipped step is out of the schedule; the next one is in it
    assert first["label"] not in ics.text and second in ics.text


async def test_analyse_quotes_what_the_posting_asks_beyond_the_knowledge_base(client):
    posting = "자격요건\n- Python 개발 경험\n- 분산 합의 프로토콜에 대한 이해\n우대사항\n- Experience with Vespa"
    form = {"csrf_token": await token(client), "posting_text": posting}
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    asks = [(u["text"], u["level"]) for u in data["posting"]["unlisted"]]
    assert asks == [("분산 합의 프로토콜", "required"), ("Vespa", "preferred")]
    form["resume_text"] = (
        "경력\n- 백엔드 개발자 (2020.01 ~ 2024.12)\n  - Python으로 분산 합의 프로토콜 구현"
    )
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    said = [(u["text"], u["in_resume"]) for u in data["match"]["unlisted"]]
    assert said == [("분산 합의 프로토콜", True), ("Vespa", False)]
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    section = html.split('id="unlisted-h"')[1].split("</section>")[0]
    assert "in words careernav has no skill for" in section
    assert 'data-in-resume="yes"><q>분산 합의 프로토콜</q> (required) · in your resume' in section
    assert 'data-in-resume="no"><q>Vespa</q> (preferred)' in section
    # and marked where the posting says it (a phrase holding a known name is left unmarked)
    assert (
        '<mark class="unlisted" title="asked, in words careernav has no skill for">Vespa</mark>'
        in html
    )
    # the verdict says what its coverage leaves out
    assert (
        "Not in the coverage: required asks in words careernav has no skill for, listed below: "
        "1 (1 in your resume)."
    ) in html
    # every skill asked is met: no empty table of missing skills
    assert "Nothing the posting asks for is missing." in html and "skills missing" not in html
    pieces = [p for p in data["posting"]["segments"] if p.get("unlisted")]
    assert [p["text"] for p in pieces] == ["분산 합의 프로토콜", "Vespa"]
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "careernav가 모르는 표현으로 요구하는 것" in html and "이력서에 있음" in html
    assert "커버리지에 넣지 않은 필수 요건 1개" in html
    client.cookies.delete(COOKIE)


async def test_the_api_answers_the_quoted_asks_and_the_weights_as_the_cli_does(client):
    body = {
        "resume": "Experience\n- Built consensus protocols in Go (2019.01 ~ 2024.01)\n",
        "posting": "Requirements\n- Go\n- Knowledge of consensus protocols\n"
        "- Familiarity with Vespa is a plus\n",
    }
    matched = (await client.post("/api/match", json=body)).json()
    assert [(u["text"], u["level"], u["in_resume"]) for u in matched["unlisted"]] == [
        ("consensus protocols", "required", True),
        ("Vespa", "preferred", False),
    ]
    weights = matched["required_weights"]
    assert weights["met"] == weights["of"] and matched["required_coverage"] == 1
    posting = (await client.post("/api/posting", json={"text": body["posting"]})).json()
    assert [u["text"] for u in posting["unlisted"]] == ["consensus protocols", "Vespa"]


async def test_analyse_says_when_unscored_asks_hold_an_apply(client):
    form = {"csrf_token": await token(client),
            "resume_text": "경력\n리스크 분석가, A캐피탈 (2019.01 ~ 2024.12)\n- SQL과 Python으로 리스크 지표 분석\n",
            "posting_text": "자격요건\n- SQL, Python\n- 여신 심사에 대한 이해\n- 자금세탁방지에 대한 지식\n- 바젤 III에 대한 이해\n"}  # fmt: skip
    data = (await client.post("/analyse", data=form, headers={"accept": "application/json"})).json()
    assert (data["match"]["verdict"], data["match"]["verdict_before_unlisted"]) == (
        "stretch",
        "apply",
    )
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "Held at stretch: the resume does not say as many of those asks" in html
    client.cookies.set(COOKIE, "ko")
    html = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "점수로 본 필수 요건만큼 많아" in html
    client.cookies.delete(COOKIE)
