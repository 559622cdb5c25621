"""In a real headless Chromium (as tests/test_web_e2e.py, whose browser and server it uses):
taking a mark back, an empty upload, a posting handed on with no profile yet, changing a
profile on the Me page, and the contrast of the text on every page.

Each test has a fresh store: some need one with no profile at all."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import test_web_e2e
from test_web_e2e import SAMPLES, ThreadedServer, new_context, shot

with contextlib.suppress(ImportError):  # the test extra installs it; the browser skips without
    from playwright.sync_api import Browser, Page, expect

browser = test_web_e2e.browser  # Debian's Chromium, or a skip (or failure) without it


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    served = ThreadedServer(tmp_path / "careernav.db")
    served.start()
    try:
        yield served.url
    finally:
        served.stop()


def open_page(browser: Browser, server: str, locale: str) -> Page:
    return new_context(browser, server, locale).new_page()


def make_profile_and_plan(page: Page, name: str, resume: str = "Skills\nPython, SQL\n") -> None:
    page.goto("/me")
    page.fill("#name", name)
    page.select_option("#target_role", "ml-engineer")
    page.fill("#me_resume_text", resume)
    page.locator("form[action='/me/profile'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/me$"))
    page.goto("/plan")
    with page.expect_navigation():
        page.locator("form[action='/plan'] button[type=submit]").click()
    expect(page.locator("#steps li.step").first).to_be_visible()


def click_and_wait(page: Page, button) -> None:
    with page.expect_response(lambda r: r.url.endswith("/progress")) as posted:
        button.click()
    assert posted.value.status == 200
    assert posted.value.request.headers.get("hx-request") == "true"


WORDS = {
    "en-US": {"undo": "Undo", "todo": "To do", "done": "Done", "learned": "Learned",
              "back": "Project back to To do: these skills no longer count as learned"},
    "ko-KR": {"undo": "되돌리기", "todo": "할 일", "done": "완료", "learned": "익힘",
              "back": "프로젝트를 할 일로 되돌렸습니다"},
}  # fmt: skip


@pytest.mark.parametrize("locale", ["en-US", "ko-KR"])
def test_a_mistaken_done_on_a_project_is_undone_in_place(
    browser: Browser, server: str, locale: str
) -> None:
    words = WORDS[locale]
    page = open_page(browser, server, locale)
    make_profile_and_plan(page, f"undo-{locale}")
    coverage = page.locator("#coverage-now").inner_text()
    done_before = page.locator("#steps-done").inner_text()
    project = page.locator("article.project").first
    project_id = project.get_attribute("id")
    assert project.get_by_role("button", name=re.compile(f"^{words['undo']}")).count() == 0
    page.evaluate("() => { window.__noReload = true; }")

    click_and_wait(page, project.get_by_role("button", name=re.compile(f"^{words['done']}")))
    project = page.locator(f"#{project_id}")
    expect(project).to_have_attribute("data-status", "done")
    assert page.locator("#coverage-now").inner_text() != coverage  # its skills count now

    click_and_wait(page, project.get_by_role("button", name=re.compile(f"^{words['undo']}")))
    expect(project).to_have_attribute("data-status", "todo")
    expect(project.locator(".status-now")).to_have_text(words["todo"])
    expect(page.locator("#coverage-now")).to_have_text(coverage)
    expect(page.locator("#steps-done")).to_have_text(done_before)
    expect(page.locator("#steps .note")).to_contain_text(words["back"])
    # the undo button is gone: the focus is on the project's Done, ready for the next key
    assert page.evaluate("() => document.activeElement.id") == f"mark-{project_id}-done"
    assert page.evaluate("() => window.__noReload === true"), "the page was reloaded"
    shot(page, f"e2e-undo-project-{locale}.png")
    page.context.close()


def test_a_mistaken_mark_on_a_step_is_undone_in_place(browser: Browser, server: str) -> None:
    page = open_page(browser, server, "ko-KR")
    make_profile_and_plan(page, "단계")
    step = page.locator("#steps li.step").nth(2)
    step_id = step.get_attribute("id")
    done_before = page.locator("#steps-done").inner_text()
    click_and_wait(page, step.get_by_role("button", name=re.compile("^건너뛰기")))
    step = page.locator(f"#{step_id}")
    expect(step).to_have_attribute("data-status", "skipped")
    undo = step.get_by_role("button", name=re.compile("^되돌리기"))
    expect(undo).to_have_text("되돌리기")
    click_and_wait(page, undo)
    expect(step).to_have_attribute("data-status", "todo")
    expect(step.locator(".status-now")).to_have_text("할 일")
    expect(page.locator("#steps-done")).to_have_text(done_before)
    assert step.get_by_role("button", name=re.compile("^되돌리기")).count() == 0
    focused = page.evaluate("() => document.activeElement.id")
    assert focused == f"mark-{step_id.removeprefix('step-')}-in-progress", focused
    page.reload()
    expect(page.locator(f"#{step_id}")).to_have_attribute("data-status", "todo")
    page.context.close()


@pytest.mark.parametrize(
    ("locale", "says"),
    [("en-US", "empty.pdf has no text in it"), ("ko-KR", "empty.pdf에 글자가 없습니다")],
)
def test_an_empty_resume_file_is_named_not_ignored(
    browser: Browser, server: str, locale: str, says: str
) -> None:
    page = open_page(browser, server, locale)
    page.goto("/analyse")
    page.set_input_files("#resume_file", {"name": "empty.pdf", "mimeType": "application/pdf",
                                          "buffer": b""})  # fmt: skip
    page.set_input_files("#posting_file", SAMPLES / "posting-en-llm-engineer.html")
    with page.expect_response(lambda r: r.url.endswith("/analyse")) as answered:
        page.locator("form[action='/analyse'] button[type=submit]").click()
    assert answered.value.status == 400
    expect(page.locator("#result .error")).to_contain_text(says)
    assert page.locator("#analysis").count() == 0  # no posting-only analysis
    page.context.close()


@pytest.mark.parametrize(
    ("locale", "plan_button", "create_button"),
    [
        ("en-US", "Make a learning plan for this posting", "Create the profile and make the plan"),
        ("ko-KR", "이 공고를 목표로 학습 계획 만들기", "프로필을 만들고 계획 세우기"),
    ],
)
def test_a_posting_handed_on_without_a_profile_reaches_its_plan(
    browser: Browser, server: str, locale: str, plan_button: str, create_button: str
) -> None:
    page = open_page(browser, server, locale)
    page.goto("/analyse")
    page.set_input_files("#resume_file", SAMPLES / "resume-ko.md")
    page.set_input_files("#posting_file", SAMPLES / "posting-en-llm-engineer.html")
    page.locator("form[action='/analyse'] button[type=submit]").click()
    page.wait_for_selector("#analysis")
    with page.expect_navigation():
        page.get_by_role("button", name=plan_button).click()
    assert page.url.endswith("/plan")
    # the posting is kept, and the resume analysed with it fills the new profile's form
    expect(page.locator("q.carried-posting")).to_be_visible()
    assert "김서연" in page.input_value("#me_resume_text")
    page.fill("#name", f"carried-{locale}")
    with page.expect_navigation() as shown:
        page.get_by_role("button", name=create_button).click()
    assert shown.value is not None and shown.value.status == 200
    assert page.url.endswith("/plan")
    expect(page.locator("#steps li.step").first).to_be_visible()
    plan = page.request.get("/plan?format=json").json()
    assert plan["profile"] == f"carried-{locale}"
    assert plan["plan"]["target"]["kind"] == "posting"
    me = page.request.get("/me?format=json").json()
    assert "pytorch" in me["known"]  # from the carried resume
    shot(page, f"e2e-handoff-{locale}.png")
    page.context.close()


def test_the_me_page_changes_a_profile(browser: Browser, server: str) -> None:
    page = open_page(browser, server, "en-US")
    page.goto("/me")
    page.fill("#name", "changer")
    page.fill("#hours_per_week", "0.5")  # the CLI's least
    page.locator("form[action='/me/profile'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/me$"))
    expect(page.locator("#profile-h")).to_have_text("changer")
    page.get_by_text("Change this profile").click()
    expect(page.locator("#edit_hours")).to_have_value("0.5")
    page.select_option("#edit_target_role", "data-engineer")
    page.fill("#edit_hours", "2.25")
    page.set_input_files("#edit_resume_file", SAMPLES / "resume-ko.md")
    with page.expect_navigation():
        page.get_by_role("button", name="Save changes").click()
    assert page.url.endswith("/me")
    summary = page.locator("section[aria-labelledby='profile-h'] p").first
    expect(summary).to_contain_text("Hours a week: 2.25")
    expect(summary).to_contain_text("resume-ko.md")
    expect(page.locator("a[href='/roles/data-engineer']")).to_be_visible()
    shot(page, "e2e-me-changed.png")
    page.context.close()


# Contrast of every piece of text against what lies behind it, as WCAG computes it: the
# nearest ancestor's opaque background, with the opacity of the element and its ancestors
# blended in. Text of 24px, or 18.66px bold, needs 3:1; other text 4.5:1.
LOW_CONTRAST = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 :
    ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const blend = (fg, bg, a) => fg.map((c, i) => c * a + bg[i] * (1 - a));
  const failures = [];
  for (const el of document.querySelectorAll('body *')) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || !el.getClientRects().length) continue;
    if (el.closest('[hidden], [aria-hidden="true"], .skip, details:not([open]) > :not(summary)')) continue;
    let bg = null, opacity = 1;
    for (let node = el; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      opacity *= Number(s.opacity);
      const c = rgb(s.backgroundColor);
      if (!bg && c.length >= 3 && (c.length === 3 || c[3] > 0.9)) bg = c.slice(0, 3);
    }
    bg = bg || [255, 255, 255];
    const fg = rgb(style.color);
    const alpha = (fg.length > 3 ? fg[3] : 1) * opacity;
    const shown = blend(fg.slice(0, 3), bg, alpha);
    const [hi, lo] = [lum(shown), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) failures.push(`${ratio.toFixed(2)} ${el.outerHTML.slice(0, 90)}`);
  }
  return failures;
}"""


@pytest.mark.parametrize("locale", ["en-US", "ko-KR"])
def test_every_text_has_enough_contrast(browser: Browser, server: str, locale: str) -> None:
    page = open_page(browser, server, locale)
    make_profile_and_plan(page, f"contrast-{locale}")
    steps = page.locator("#steps li.step")
    for index, status in ((0, "learned"), (1, "in-progress"), (2, "skipped")):
        click_and_wait(page, steps.nth(index).locator(f"button[value={status}]"))
    click_and_wait(page, page.locator("article.project button[value=done]").first)
    expect(page.locator("#steps li.status-skipped")).to_have_count(1)
    checked = {}
    for path in ("/plan", "/me", "/analyse", "/roles", "/roles/llm-engineer", "/skills/rag"):
        page.goto(path)
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        checked[path] = page.evaluate(LOW_CONTRAST)
    page.goto("/analyse")
    page.set_input_files("#resume_file", SAMPLES / "resume-ko.md")
    page.set_input_files("#posting_file", SAMPLES / "posting-en-llm-engineer.html")
    page.locator("form[action='/analyse'] button[type=submit]").click()
    page.wait_for_selector("#analysis")
    checked["analysis"] = page.evaluate(LOW_CONTRAST)
    assert {path: found for path, found in checked.items() if found} == {}
    page.context.close()
