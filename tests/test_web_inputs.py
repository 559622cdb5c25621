"""What the pages and the API take in: an empty upload is named as empty, as the CLI names it;
pages and API share one text limit with one message; hours a week as the CLI takes them."""

from __future__ import annotations

import re

import pytest

import test_web
from careernav.web._documents import MAX_TEXT_CHARS
from careernav.web.i18n import COOKIE

# the in-process app and client of tests/test_web.py
anyio_backend, make_client, client = test_web.anyio_backend, test_web.make_client, test_web.client
token = test_web.token

pytestmark = pytest.mark.anyio

POSTING = "Requirements\n- Python\n- PyTorch\n- Kubernetes\n"
EMPTY_SAYS = {
    "en": "{name} has no text in it. Check that you chose the right file, or paste the text "
    "instead.",
    "ko": "{name}에 글자가 없습니다. 올바른 파일인지 확인하거나 내용을 붙여 넣어 주세요.",
}


async def profile(client, name="empty-check") -> str:
    csrf = await token(client, "/me")
    made = await client.post(
        "/me/profile", data={"csrf_token": csrf, "name": name, "resume_text": "Skills\nPython"}
    )
    assert made.status_code == 303
    return csrf


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize(
    ("field", "name", "mime"),
    [("resume_file", "empty.pdf", "application/pdf"), ("posting_file", "empty.txt", "text/plain")],
)
async def test_an_empty_upload_on_analyse_is_named_as_empty(client, lang, field, name, mime):
    client.cookies.set(COOKIE, lang)
    form = {"csrf_token": await token(client), "posting_text": POSTING}
    if field == "posting_file":
        form = {"csrf_token": form["csrf_token"], "resume_text": "Skills\nPython"}
    answer = await client.post(
        "/analyse", data=form, files={field: (name, b"", mime)}, headers={"hx-request": "true"}
    )
    assert answer.status_code == 400
    assert EMPTY_SAYS[lang].format(name=name) in answer.text
    # not a posting-only analysis, and not "paste a posting"
    assert 'id="analysis"' not in answer.text
    assert "Paste a job posting" not in answer.text and "붙여 넣거나 파일을" not in answer.text
    client.cookies.delete(COOKIE)


async def test_an_empty_upload_gets_the_clis_message(client, tmp_path):
    from careernav.documents import read_document
    from careernav.errors import EmptyDocumentError

    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocumentError) as cli:
        read_document(empty)
    answer = await client.post(
        "/analyse", data={"csrf_token": await token(client), "posting_text": POSTING},
        files={"resume_file": ("empty.pdf", b"", "application/pdf")},
        headers={"accept": "application/json"},
    )  # fmt: skip
    assert answer.json() == {"error": str(cli.value).replace(str(empty), "empty.pdf")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_an_empty_upload_on_me_and_plan_is_named_as_empty(client, lang):
    client.cookies.set(COOKIE, lang)
    csrf = await token(client, "/me")
    made = await client.post(
        "/me/profile",
        data={"csrf_token": csrf, "name": "빈 이력서"},
        files={"resume_file": ("cv.docx", b"", "application/octet-stream")},
    )
    assert made.status_code == 400 and EMPTY_SAYS[lang].format(name="cv.docx") in made.text
    assert (await client.get("/api/profiles")).json()["profiles"] == []  # nothing half made
    csrf = await profile(client)
    plan = await client.post(
        "/plan", data={"csrf_token": csrf}, files={"posting_file": ("job.md", b"", "text/plain")}
    )
    assert plan.status_code == 400 and EMPTY_SAYS[lang].format(name="job.md") in plan.text
    assert (await client.get("/plan", params={"format": "json"})).json()["plan"] is None
    client.cookies.delete(COOKIE)


async def test_no_file_chosen_is_still_no_file(client):
    # a browser sends an unused file field with an empty name: that is not an empty file
    answer = await client.post(
        "/analyse", data={"csrf_token": await token(client), "posting_text": POSTING},
        files={"resume_file": ("", b"", "application/octet-stream")},
        headers={"accept": "application/json"},
    )  # fmt: skip
    assert answer.status_code == 200 and answer.json()["match"] is None


TOO_LONG = {
    "en": "The posting text is {n:,} characters long, over the limit of 2,000,000 characters.",
    "ko": "채용 공고 텍스트의 길이가 {n:,}자로 한도 2,000,000자를 넘습니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_pages_and_the_api_share_one_text_limit_and_message(client, lang):
    assert MAX_TEXT_CHARS == 2_000_000
    posting = "Python, SQL. " * (MAX_TEXT_CHARS // 13 + 1)
    says = TOO_LONG[lang].format(n=len(posting))
    headers = {"accept-language": lang}
    page = await client.post(
        "/analyse",
        data={"csrf_token": await token(client), "posting_text": posting},
        headers={**headers, "hx-request": "true"},
    )
    assert page.status_code == 413 and says in page.text
    api = await client.post(
        "/api/match", json={"resume": "Skills\nPython", "posting": posting}, headers=headers
    )
    assert api.status_code == 413
    message = re.sub(r"<[^>]+>", "", page.text).strip()
    assert api.json() == {"error": message}
    # an uploaded file of that length too, named
    upload = await client.post(
        "/analyse",
        data={"csrf_token": await token(client)},
        files={"posting_file": ("big.txt", posting.encode(), "text/plain")},
        headers={**headers, "accept": "application/json"},
    )
    assert upload.status_code == 413 and upload.json()["error"].startswith("big.txt")
    # and the plan, by page and by API
    csrf = await profile(client, f"long-{lang}")
    plan = await client.post("/plan", data={"csrf_token": csrf, "posting_text": posting},
                             headers=headers)  # fmt: skip
    assert plan.status_code == 413 and says in plan.text
    api_plan = await client.post(
        f"/api/profiles/long-{lang}/plan", json={"posting_text": posting}, headers=headers
    )
    assert api_plan.status_code == 413 and api_plan.json() == {"error": message}


async def test_the_api_schema_states_the_limit(client):
    spec = (await client.get("/openapi.json")).json()
    match = spec["components"]["schemas"]["MatchIn"]["properties"]
    assert match["resume"]["maxLength"] == MAX_TEXT_CHARS


async def test_a_text_at_the_limit_is_read(client):
    # the limit counts characters, as the API's schema says: one short of it is no error
    from careernav.web._documents import text_document

    text = "x" * (MAX_TEXT_CHARS - 1)
    assert len(text_document(text, "<posting>").text) == MAX_TEXT_CHARS - 1


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_hours_a_week_as_the_cli_takes_them(client, lang):
    client.cookies.set(COOKIE, lang)
    me = (await client.get("/me")).text
    field = re.search(r'<input id="hours_per_week"[^>]*>', me)[0]
    assert 'min="0.5"' in field and 'max="100"' in field and 'step="any"' in field
    csrf = await token(client, "/me")
    made = await client.post(
        "/me/profile", data={"csrf_token": csrf, "name": "half", "hours_per_week": "0.5"}
    )
    assert made.status_code == 303
    assert (await client.get("/api/profiles")).json()["profiles"][0]["hours_per_week"] == 0.5
    plan_page = (await client.get("/plan")).text
    field = re.search(r'<input id="plan_hours"[^>]*>', plan_page)[0]
    assert 'min="0.5"' in field and 'step="any"' in field
    made = await client.post(
        "/plan", data={"csrf_token": csrf, "role": "data-engineer", "hours_per_week": "0.75"}
    )
    assert made.status_code == 303
    assert (await client.get("/plan", params={"format": "json"})).json()["plan"][
        "hours_per_week"
    ] == 0.75
    # under the CLI's least, or not a number: the library's message, in the page's language
    says = {
        "en": "Hours a week must be a number from 0.5 to 100",
        "ko": "주당 시간은 0.5에서 100 사이",
    }
    for hours in ("0.25", "abc"):
        refused = await client.post(
            "/me/profile", data={"csrf_token": csrf, "name": f"h-{hours}", "hours_per_week": hours}
        )
        assert refused.status_code == 400 and says[lang] in refused.text
        # the form is shown again as it was filled in
        assert f'value="h-{hours}"' in refused.text
    client.cookies.delete(COOKIE)
