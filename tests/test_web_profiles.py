"""Profiles on the web: a posting handed on from Analyse with no profile yet is kept through
making one, and the Me page changes a profile as `careernav profile set` does."""

from __future__ import annotations

import html as html_lib
import re

import pytest

import test_web
from careernav.web.i18n import COOKIE

# the in-process app and client of tests/test_web.py
anyio_backend, make_client, client = test_web.anyio_backend, test_web.make_client, test_web.client
token = test_web.token

pytestmark = pytest.mark.anyio

RESUME = "Skills\nPython, SQL, Docker\n"
POSTING = "MLOps Engineer\n\nRequirements\n- Kubernetes, Docker\n- Python\n- Airflow\n"
KEPT = {
    "en": "Create a profile first: the posting you sent is kept",
    "ko": "먼저 프로필을 만드세요. 보낸 채용 공고는 그대로 두었다가",
}


def field(page: str, pattern: str) -> str:
    found = re.search(pattern, page, re.S)
    assert found, pattern
    return html_lib.unescape(found[1])


async def handed_on(client, lang: str) -> str:
    """Analyse a resume and a posting, then press "Make a learning plan for this posting"."""
    headers = {"accept-language": lang}
    form = {"csrf_token": await token(client), "resume_text": RESUME, "posting_text": POSTING}
    analysis = (await client.post("/analyse", data=form, headers={**headers,
                                                                  "hx-request": "true"})).text  # fmt: skip
    handoff = re.search(r'<form method="post" action="/plan" class="handoff">(.*?)</form>',
                        analysis, re.S)[1]  # fmt: skip
    sent = {
        "csrf_token": form["csrf_token"],
        "posting_text": field(handoff, r'<textarea name="posting_text"[^>]*>(.*?)</textarea>'),
        "resume_text": field(handoff, r'<textarea name="resume_text"[^>]*>(.*?)</textarea>'),
    }
    answer = await client.post("/plan", data=sent, headers=headers)
    assert answer.status_code == 400  # no plan yet: a profile comes first
    return answer.text


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_posting_handed_on_without_a_profile_is_kept(client, lang):
    page = await handed_on(client, lang)
    assert KEPT[lang] in page
    assert page.count("프로필을 만드세요" if lang == "ko" else "Create a profile first") == 1
    # the form to make one is right there, carrying the posting, with the resume filled in
    form = re.search(r'<form method="post" action="/me/profile".*?</form>', page, re.S)[0]
    posting = field(form, r'<input type="hidden" name="posting_text" value="([^"]*)"')
    assert posting == POSTING.strip()
    assert field(form, r'<textarea id="me_resume_text" name="resume_text"[^>]*>(.*?)</textarea>')\
        == RESUME.strip()  # fmt: skip
    assert "MLOps Engineer" in field(page, r'<q class="carried-posting">(.*?)</q>')
    made = await client.post(
        "/me/profile",
        data={"csrf_token": await token(client), "name": f"carried-{lang}", "language": lang,
              "hours_per_week": "6", "posting_text": posting, "resume_text": RESUME},
        headers={"accept-language": lang},
    )  # fmt: skip
    assert made.status_code == 303 and made.headers["location"] == "/plan"
    plan = (await client.get("/plan", params={"format": "json"})).json()
    assert plan["profile"] == f"carried-{lang}"
    assert plan["plan"]["target"]["kind"] == "posting"
    steps = {s["skill_id"] for s in plan["plan"]["steps"]}
    assert {"kubernetes", "apache-airflow"} <= steps and "docker" not in steps  # resume kept too
    assert plan["plan"]["hours_per_week"] == 6


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_failed_profile_keeps_the_posting_it_carries(client, lang):
    client.cookies.set(COOKIE, lang)
    form = {"csrf_token": await token(client, "/me"), "name": " ", "posting_text": POSTING,
            "resume_text": RESUME, "hours_per_week": "7"}  # fmt: skip
    refused = await client.post("/me/profile", data=form)
    assert refused.status_code == 400
    assert {"en": "Give the profile a name.", "ko": "프로필 이름을 적어 주세요."}[
        lang
    ] in refused.text
    again = re.search(r'<form method="post" action="/me/profile".*?</form>', refused.text, re.S)[0]
    assert field(again, r'name="posting_text" value="([^"]*)"') == POSTING
    assert 'value="7"' in again and RESUME.strip() in html_lib.unescape(again)
    client.cookies.delete(COOKIE)


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_posting_with_nothing_to_plan_waits_in_the_plan_form(client, lang):
    client.cookies.set(COOKIE, lang)
    posting = "Hello, we are a friendly team.\n"
    made = await client.post(
        "/me/profile",
        data={"csrf_token": await token(client, "/me"), "name": f"n-{lang}", "posting_text": posting},
    )  # fmt: skip
    assert made.status_code == 400  # the profile is made; the plan is not
    assert (await client.get("/api/profiles")).json()["profiles"][0]["name"] == f"n-{lang}"
    assert {"en": "names no skill careernav knows", "ko": "아는 스킬을 찾지"}[lang] in made.text
    kept = field(
        made.text, r'<textarea id="plan_posting_text" name="posting_text"[^>]*>(.*?)</textarea>'
    )
    assert kept == posting
    # the same on the Plan page itself: a refused posting stays in its box
    again = await client.post(
        "/plan", data={"csrf_token": await token(client, "/plan"), "posting_text": posting}
    )
    assert again.status_code == 400
    assert field(again.text, r'<textarea id="plan_posting_text"[^>]*>(.*?)</textarea>') == posting
    client.cookies.delete(COOKIE)


async def test_a_plan_page_without_a_profile_and_nothing_sent_points_to_me(client):
    page = (await client.get("/plan", headers={"accept-language": "en"})).text
    assert "Create a profile first on the Me page." in page
    assert 'action="/me/profile"' not in page


EDIT = {
    "en": {"summary": "Change this profile", "save": "Save changes", "pasted": "pasted text",
           "hours_error": "Hours a week must be a number from 0.5 to 100"},
    "ko": {"summary": "이 프로필 바꾸기", "save": "변경 사항 저장", "pasted": "붙여 넣은 글",
           "hours_error": "주당 시간은 0.5에서 100 사이"},
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_me_page_changes_hours_target_and_resume(client, lang):
    words = EDIT[lang]
    client.cookies.set(COOKIE, lang)
    csrf = await token(client, "/me")
    await client.post(
        "/me/profile",
        data={"csrf_token": csrf, "name": "edit", "language": lang, "target_role": "ml-engineer",
              "hours_per_week": "8", "resume_text": "Skills\nPython\n"},
    )  # fmt: skip
    me = (await client.get("/me")).text
    form = re.search(r'<details class="edit-profile"\s*>\s*<summary>(.*?)</summary>(.*?)</details>',
                     me, re.S)  # fmt: skip
    assert form and form[1] == words["summary"] and f">{words['save']}</button>" in form[2]
    assert re.search(r'<option value="ml-engineer" selected>', form[2])
    assert 'id="edit_hours" name="hours_per_week"' in form[2] and 'value="8"' in form[2]
    assert f'<span class="resume-name">{words["pasted"]}</span>' in me
    known = set((await client.get("/me", params={"format": "json"})).json()["known"])
    assert "kubernetes" not in known

    changed = await client.post(
        "/me/edit",
        data={"csrf_token": csrf, "target_role": "mlops-engineer", "hours_per_week": "12.5",
              "language": lang},
        files={"resume_file": ("cv-2026.md", b"Skills\nPython, Kubernetes, Docker\n", "text/markdown")},
    )  # fmt: skip
    assert changed.status_code == 303 and changed.headers["location"] == "/me"
    data = (await client.get("/me", params={"format": "json"})).json()
    assert data["profile"]["target_role"] == "mlops-engineer"
    assert data["profile"]["hours_per_week"] == 12.5
    assert data["profile"]["resume"] == "cv-2026.md"
    assert {"kubernetes", "docker"} <= set(data["known"])
    # the library's record, as `careernav profile show` reads it
    profile = client.app.state.store.get_profile("edit")
    assert (profile.target_role, profile.hours_per_week) == ("mlops-engineer", 12.5)
    # a plan made now starts from the new resume and the new hours
    await client.post("/plan", data={"csrf_token": csrf})
    plan = (await client.get("/plan", params={"format": "json"})).json()["plan"]
    assert plan["target"]["id"] == "mlops-engineer" and plan["hours_per_week"] == 12.5
    assert "kubernetes" not in {s["skill_id"] for s in plan["steps"]}

    # leaving the resume out keeps it; a wrong value says so, the form open as filled in
    refused = await client.post(
        "/me/edit",
        data={"csrf_token": csrf, "target_role": "mlops-engineer", "hours_per_week": "0"},
    )
    assert refused.status_code == 400 and words["hours_error"] in refused.text
    assert re.search(r'<details class="edit-profile" open>', refused.text)
    assert (await client.get("/me", params={"format": "json"})).json()["profile"][
        "resume"
    ] == "cv-2026.md"
    empty = await client.post(
        "/me/edit", data={"csrf_token": csrf, "hours_per_week": "10"},
        files={"resume_file": ("new.pdf", b"", "application/pdf")},
    )  # fmt: skip
    assert empty.status_code == 400
    assert {"en": "new.pdf has no text in it", "ko": "new.pdf에 글자가 없습니다"}[
        lang
    ] in empty.text
    assert client.app.state.store.get_profile("edit").hours_per_week == 12.5  # nothing changed
    client.cookies.delete(COOKIE)


async def test_the_api_changes_a_profile_as_the_page_does(client):
    made = await client.post("/api/profiles", json={"name": "api", "resume_text": "Skills\nSQL"})
    assert made.status_code == 201
    changed = await client.patch(
        "/api/profiles/api",
        json={"target_role": "data-engineer", "hours_per_week": 0.5,
              "resume_text": "Skills\nSQL, Apache Airflow"},
    )  # fmt: skip
    assert changed.status_code == 200
    assert changed.json() == {"name": "api", "language": "en", "target_role": "data-engineer",
                              "hours_per_week": 0.5}  # fmt: skip
    assert "apache-airflow" in (await client.get("/api/profiles/api/progress")).json()["known"]
    unknown = await client.patch("/api/profiles/api", json={"target_role": "chef"})
    assert unknown.status_code == 404 and "chef" in unknown.json()["error"]


async def test_the_plan_page_says_when_the_profile_changed_since_the_plan(client):
    csrf = await test_web.token(client, "/me")
    made = await client.post("/me/profile", data={
        "csrf_token": csrf, "name": "jamie", "language": "en", "target_role": "llm-engineer",
        "hours_per_week": "8", "resume_text": "Skills: Python, SQL"})  # fmt: skip
    assert made.status_code == 303
    assert (await client.post("/plan", data={"csrf_token": csrf, "role": ""})).status_code == 303
    page = (await client.get("/plan", params={"lang": "en"})).text
    assert "Your profile has changed" not in page
    changed = await client.patch("/api/profiles/jamie", json={"hours_per_week": 12})
    assert changed.status_code == 200
    page = (await client.get("/plan", params={"lang": "en"})).text
    assert "Your profile has changed since this plan was made (hours a week)" in page
    page = (await client.get("/plan", params={"lang": "ko"})).text
    assert "이 계획을 만든 뒤 프로필이 바뀌었습니다(주당 시간)" in page
    # a resource's language reads as a word, not a code
    assert ", en</small>" not in page and ", ko</small>" not in page


async def test_a_bad_start_date_and_a_posting_with_nothing_to_plan(client):
    csrf = await test_web.token(client, "/me")
    await client.post("/me/profile", data={
        "csrf_token": csrf, "name": "jamie", "language": "en", "target_role": "llm-engineer",
        "hours_per_week": "8", "resume_text": "Skills: Python"})  # fmt: skip
    bad = await client.post("/plan", data={"csrf_token": csrf, "role": "", "start": "garbage"},
                            headers={"accept-language": "ko"})  # fmt: skip
    assert bad.status_code == 400 and "YYYY-MM-DD로 주세요" in bad.text
    assert "isoformat" not in bad.text
    # a posting naming no skill offers no plan to make
    form = {"csrf_token": csrf, "posting_text": "We want someone who can cook and clean."}
    page = (await client.post("/analyse", data=form, headers={"hx-request": "true"})).text
    assert "Make a learning plan for this posting" not in page
