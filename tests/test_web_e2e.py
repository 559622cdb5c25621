"""End-to-end tests of the web app in a real headless Chromium, driven by Playwright.

The app runs with uvicorn in a background thread on a free loopback port, on a fresh SQLite
store. The browser is Debian's Chromium (/usr/bin/chromium, or CAREERNAV_CHROMIUM); Playwright's
own browser download (`playwright install`) is never used. Without Chromium the tests skip,
unless CAREERNAV_REQUIRE_BROWSER=1 (set by scripts/test.sh), when they fail.

Screenshots go to tests/artifacts/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from careernav.web.app import create_app

try:
    from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ENV = "CAREERNAV_CHROMIUM"
REQUIRE_ENV = "CAREERNAV_REQUIRE_BROWSER"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# How this machine's Chromium must start (see the machine notes): no GPU, no sandbox (root),
# and no background connections, which the closed network refuses. Playwright adds --headless
# and a new empty --user-data-dir of its own for every launch.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
HOSTILE = (
    "Backend engineer\n\nRequirements\n"
    + "<script>alert(1)</script><img src=x onerror=alert(2)>\n" * 20
    + "Python, SQL\n"
)


def chromium_path() -> str | None:
    path = os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM
    found = shutil.which(path)
    return found if found and os.access(found, os.X_OK) else None


def no_browser(reason: str):
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1, so browser tests must run)", pytrace=False)
    pytest.skip(f"{reason}; scripts/test.sh installs Debian's chromium and runs these tests")


# --- the app, served in a thread ------------------------------------------------------------


class ThreadedServer:
    def __init__(self, db_path: Path) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(
            create_app(str(db_path)), log_level="warning", lifespan="on", access_log=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 20
        with httpx.Client(trust_env=False, timeout=2) as client:
            while True:
                try:
                    if client.get(f"{self.url}/healthz").json().get("ok"):
                        return
                except httpx.HTTPError:
                    pass
                if not self.thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError(f"the app did not answer {self.url}/healthz")
                time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    db_path = tmp_path_factory.mktemp("e2e") / "careernav.db"
    served = ThreadedServer(db_path)
    served.start()
    try:
        yield served.url
    finally:
        served.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        no_browser(
            f"Chromium not found at {os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM} "
            f"(set {CHROMIUM_ENV} to another path)"
        )
    if sync_playwright is None:
        no_browser("the playwright package is not installed (pip install -e '.[test]')")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def new_context(browser: Browser, server: str, locale: str = "en-US") -> BrowserContext:
    context = browser.new_context(
        base_url=server, locale=locale, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture
def en_page(browser: Browser, server: str) -> Iterator[Page]:
    context = new_context(browser, server, "en-US")
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def click_analyse(page: Page, button: str = "Analyse") -> None:
    """Submit the Analyse form (HTMX) and wait for the answer to be swapped in."""
    with page.expect_response(
        lambda r: r.url.endswith("/analyse") and r.request.method == "POST"
    ) as answered:
        page.get_by_role("button", name=button, exact=True).click()
    response = answered.value
    assert response.status == 200, (
        f"POST /analyse answered {response.status}: {response.text()[:300]}"
    )
    page.wait_for_selector("#analysis")


def posting_doc(page: Page):
    return page.locator("section[aria-labelledby='posting-h'] .doc")


# --- a. analyse in English ------------------------------------------------------------------


def test_analyse_upload_english(en_page: Page) -> None:
    page = en_page
    page.goto("/analyse")
    assert page.locator("html").get_attribute("lang") == "en"
    page.set_input_files("#resume_file", SAMPLES / "resume-ko.md")
    page.set_input_files("#posting_file", SAMPLES / "posting-en-llm-engineer.html")
    click_analyse(page)

    doc = posting_doc(page)
    marks = doc.locator("mark.skill")
    assert marks.count() >= 20, f"only {marks.count()} skills highlighted in the posting"
    skills = set(marks.evaluate_all("ms => ms.map(m => m.dataset.skill)"))
    assert {"python", "rag"} <= skills, sorted(skills)

    python = doc.locator("mark.skill[data-skill='python']").first
    assert python.get_attribute("tabindex") == "0"
    python.focus()
    assert python.evaluate("m => document.activeElement === m")
    section = python.get_attribute("data-section")
    assert section in {"requirements", "preferred", "responsibilities", "benefits", "other"}
    title = python.get_attribute("title") or ""
    assert "Python" in title and section in title, title
    assert "Python" in (python.get_attribute("aria-label") or "")
    # The marks are in the tab order: Tab from one lands on the next.
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.tagName, document.activeElement.className]"
    )
    assert focused[0] == "MARK" and "skill" in focused[1], focused

    verdict = page.locator(".verdict-word")
    assert verdict.get_attribute("data-verdict") in {"apply", "stretch", "build-first"}
    assert verdict.inner_text().strip()
    assert page.locator("table.skills.matched tbody tr").count() > 0
    assert page.locator("table.skills.missing tbody tr").count() > 0
    # The resume is Korean: its own highlighted text is shown too.
    resume_marks = page.locator("section[aria-labelledby='resume-h'] mark.skill")
    assert resume_marks.count() > 0
    shot(page, "e2e-analyse-en.png")


def test_a_bad_upload_shows_its_error_in_place_of_the_last_result(
    en_page: Page, tmp_path: Path
) -> None:
    page = en_page
    page.goto("/analyse")
    page.set_input_files("#posting_file", SAMPLES / "posting-en-llm-engineer.html")
    click_analyse(page)
    expect(page.locator(".verdict-word, .title-role").first).to_be_visible()
    junk = tmp_path / "photo.pdf"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)  # a picture named .pdf
    page.set_input_files("#posting_file", junk)
    page.locator("button[type=submit]").first.click()
    alert = page.locator("#result .error[role=alert]")
    expect(alert).to_be_visible()
    assert "photo.pdf" in alert.inner_text()
    assert page.locator("#result .title-role").count() == 0  # the old result is gone


def test_a_phone_wide_result_does_not_widen_the_page(en_page: Page) -> None:
    page = en_page
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        page.goto("/analyse")
        page.set_input_files("#resume_file", SAMPLES / "resume-ko.md")
        page.set_input_files("#posting_file", SAMPLES / "posting-en-llm-engineer.html")
        click_analyse(page)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width} px wide at a 390 px viewport"
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_analyse_names_the_title_role(en_page: Page) -> None:
    """The line "The title says: <role>" must name the role, not stay blank."""
    page = en_page
    page.goto("/analyse")
    page.set_input_files("#posting_file", SAMPLES / "posting-en-llm-engineer.html")
    click_analyse(page)
    title_role = page.locator(".title-role")
    expect(title_role).to_have_count(1)
    role_id = title_role.get_attribute("data-role")
    assert role_id, "the posting's title names no role"
    assert title_role.inner_text().strip(), (
        f"'The title says:' is blank for role {role_id!r} (the template reads "
        "p.title_role_label, which posting_view does not provide)"
    )


# --- b. languages ---------------------------------------------------------------------------


def test_language_switch_persists(en_page: Page) -> None:
    page = en_page
    page.goto("/analyse")
    nav = page.get_by_role("navigation")
    expect(nav).to_contain_text("Analyse")
    page.get_by_role("link", name="한국어").click()
    page.wait_for_url(re.compile(r"/analyse$"))
    assert page.locator("html").get_attribute("lang") == "ko"
    expect(nav.get_by_role("link", name="분석")).to_be_visible()
    assert "Analyse" not in nav.inner_text()

    page.goto("/roles")
    assert page.locator("html").get_attribute("lang") == "ko"
    expect(page.get_by_role("link", name="데이터 엔지니어", exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="직무")).to_have_attribute("aria-current", "page")
    shot(page, "e2e-roles-ko.png")

    # And back: the English choice persists just the same.
    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/roles$"))
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("link", name="Data Engineer", exact=True)).to_be_visible()


def test_korean_browser_gets_korean(browser: Browser, server: str) -> None:
    context = new_context(browser, server, "ko-KR")
    try:
        assert context.cookies() == []
        page = context.new_page()
        response = page.goto("/analyse")
        assert response is not None
        assert response.request.all_headers()["accept-language"].startswith("ko")
        assert page.locator("html").get_attribute("lang") == "ko"
        expect(page.get_by_role("navigation").get_by_role("link", name="분석")).to_be_visible()
        expect(page.get_by_role("button", name="분석", exact=True)).to_be_visible()
    finally:
        context.close()


# --- c. profile, plan and progress ----------------------------------------------------------


def steps_done(page: Page) -> int:
    return int(page.locator("#steps-done").inner_text())


def test_profile_plan_progress(en_page: Page) -> None:
    page = en_page
    page.goto("/me")
    page.fill("#name", "seoyeon")
    page.select_option("#target_role", "ml-engineer")
    page.set_input_files("#me_resume_file", SAMPLES / "resume-ko.md")
    page.get_by_role("button", name="Create", exact=True).click()
    page.wait_for_url(re.compile(r"/me$"))
    expect(page.locator("#profile-h")).to_have_text("seoyeon")
    expect(page.locator("a[href='/roles/ml-engineer']")).to_be_visible()

    page.goto("/plan")
    with page.expect_navigation() as shown:
        page.get_by_role("button", name="Make the plan").click()
    plan_page = shown.value
    assert plan_page is not None and plan_page.url.endswith("/plan")
    assert plan_page.status == 200, (
        f"GET /plan with an active plan answered {plan_page.status}: "
        f"{page.locator('body').inner_text()[:200]!r}"
    )
    steps = page.locator("#steps li.step")
    assert steps.count() > 0, "the plan lists no steps"
    first = steps.first
    step_id = first.get_attribute("id")
    assert first.get_attribute("data-status") == "todo"
    before = steps_done(page)

    # HTMX posts the mark and swaps #steps: no navigation, so a marker on window survives.
    page.evaluate("() => { window.__noReload = true; }")
    with page.expect_response(lambda r: r.url.endswith("/progress")) as posted:
        first.get_by_role("button", name=re.compile(r"^Mark learned")).click()
    assert posted.value.status == 200
    assert posted.value.request.headers.get("hx-request") == "true"
    expect(page.locator(f"#{step_id}")).to_have_attribute("data-status", "learned")
    expect(page.locator("#steps-done")).to_have_text(str(before + 1))
    assert page.evaluate("() => window.__noReload === true"), "the page was reloaded"
    shot(page, "e2e-plan.png")

    reloaded = page.reload()
    assert reloaded is not None and reloaded.status == 200
    expect(page.locator(f"#{step_id}")).to_have_attribute("data-status", "learned")
    assert steps_done(page) == before + 1

    ics_link = page.locator("a[href$='.ics']")
    ics = page.request.get(ics_link.get_attribute("href") or "")
    assert ics.ok
    assert ics.headers["content-type"].startswith("text/calendar")
    assert ics.text().lstrip().startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in ics.text()

    page.goto("/me")
    chart = page.locator("img.chart")
    expect(chart).to_be_visible()
    page.wait_for_function(
        "() => { const i = document.querySelector('img.chart'); return i && i.complete; }"
    )
    assert chart.evaluate("i => i.naturalWidth") > 0, "the profile-shape chart did not load"
    expect(page.locator("ol.history")).to_contain_text("Learned")
    shot(page, "e2e-me.png")


@pytest.mark.parametrize(("locale", "learned"), [("en-US", "Learned"), ("ko-KR", "익힘")])
def test_marking_a_step_keeps_the_scroll_and_the_focus(
    browser: Browser, server: str, locale: str, learned: str
) -> None:
    """Marking replaces every step (a project done changes others): the page must not jump
    away from the step, and the pressed button keeps the focus for the next key."""
    context = new_context(browser, server, locale)
    try:
        page = context.new_page()
        page.goto("/me")
        # the form is folded away once the store has a profile
        page.locator("details:has(#name)").evaluate("d => { d.open = true; }")
        page.fill("#name", f"scroll-{locale}")
        page.select_option("#target_role", "ml-engineer")
        page.fill("#me_resume_text", "Skills\nPython, SQL\n")  # little known: a long plan
        page.locator("form[action='/me/profile'] button[type=submit]").click()
        page.wait_for_url(re.compile(r"/me$"))
        page.goto("/plan")
        with page.expect_navigation():
            page.locator("form[action='/plan'] button[type=submit]").click()
        step = page.locator("#steps li.step").nth(3)
        step_id = step.get_attribute("id")
        button = step.locator("button[value=learned]")
        button.scroll_into_view_if_needed()
        page.evaluate("() => window.scrollBy(0, 150)")  # the step part way up the screen
        before = page.evaluate("() => window.scrollY")
        assert before > 0
        with page.expect_response(lambda r: r.url.endswith("/progress")) as posted:
            button.click()
        assert posted.value.status == 200
        expect(page.locator(f"#{step_id}")).to_have_attribute("data-status", "learned")
        expect(page.locator(f"#{step_id} .status-now")).to_have_text(learned)
        page.wait_for_timeout(200)  # let a late scroll or focus change happen, were there one
        assert abs(page.evaluate("() => window.scrollY") - before) < 2, "the page scrolled"
        focused = page.evaluate("() => document.activeElement.id")
        assert focused == f"mark-{step_id.removeprefix('step-')}-learned", focused
    finally:
        context.close()


# --- d. keyboard and labels -----------------------------------------------------------------


UNLABELLED = """() => [...document.querySelectorAll('input, textarea, select')]
    .filter(el => el.type !== 'hidden')
    .filter(el => !el.id || !document.querySelector(`label[for="${CSS.escape(el.id)}"]`))
    .map(el => el.outerHTML.slice(0, 120))"""


@pytest.mark.parametrize("path", ["/analyse", "/me"])
def test_controls_labelled_and_skip_link_first(en_page: Page, path: str) -> None:
    page = en_page
    page.goto(path)
    controls = page.locator("input:not([type=hidden]), textarea, select")
    assert controls.count() >= 4
    assert page.evaluate(UNLABELLED) == []

    page.locator("body").focus()
    page.keyboard.press("Tab")
    first = page.evaluate(
        "() => [document.activeElement.className, document.activeElement.getAttribute('href')]"
    )
    assert first == ["skip", "#main"], first
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash === '#main'")
    assert page.evaluate("() => document.activeElement.id") == "main"


# --- e. safety ------------------------------------------------------------------------------


def test_hostile_posting_is_shown_as_text(en_page: Page) -> None:
    page = en_page
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto("/analyse")
    page.fill("#posting_text", HOSTILE)
    click_analyse(page)
    page.wait_for_timeout(300)  # time for an onerror handler to fire, were there one

    assert dialogs == []
    doc = posting_doc(page)
    text = doc.inner_text()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator("#result script, #result img").count() == 0
    assert doc.locator("mark.skill[data-skill='python']").count() == 1
    assert doc.locator("mark.skill[data-skill='sql']").count() == 1
