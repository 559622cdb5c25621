"""Taking a mark back on the Plan page: a step or a project goes back to "to do" through the
same tracking call as `careernav progress SUBJECT todo`, and a project taken back no longer
proves its skills."""

from __future__ import annotations

import re

import pytest

import test_web
from careernav.web.i18n import COOKIE

# the in-process app and client of tests/test_web.py
anyio_backend, make_client, client = test_web.anyio_backend, test_web.make_client, test_web.client
token = test_web.token

pytestmark = pytest.mark.anyio

WORDS = {
    "en": {"undo": "Undo", "todo": "To do", "learned": "Learned", "back": "back to To do",
           "unlearned": "Project back to To do: these skills no longer count as learned"},
    "ko": {"undo": "되돌리기", "todo": "할 일", "learned": "익힘", "back": "할 일로",
           "unlearned": "프로젝트를 할 일로 되돌렸습니다. 이 스킬은 더 이상 익힌 것으로 세지 않습니다"},
}  # fmt: skip


async def planned(client, name: str) -> str:
    """A profile that knows little, with a plan towards ML engineer; its CSRF token."""
    csrf = await token(client, "/me")
    created = await client.post(
        "/me/profile",
        data={"csrf_token": csrf, "name": name, "target_role": "ml-engineer",
              "resume_text": "Skills\nPython, SQL\n"},
    )  # fmt: skip
    assert created.status_code == 303
    made = await client.post("/plan", data={"csrf_token": csrf, "start": "2026-11-23"})
    assert made.status_code == 303
    return csrf


async def mark(client, csrf: str, subject: str, status: str):
    answer = await client.post(
        "/progress", data={"subject": subject, "status": status},
        headers={"hx-request": "true", "x-csrf-token": csrf},
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    return answer.text


def step_html(html: str, skill: str) -> str:
    return re.search(rf'<li class="step[^"]*" id="step-{skill}".*?</form>', html, re.S)[0]


def project_html(html: str, project: str) -> str:
    return re.search(rf'<article class="project[^"]*" id="project-{project}".*?</article>', html,
                     re.S)[0]  # fmt: skip


async def plan_json(client) -> dict:
    return (await client.get("/plan", params={"format": "json"})).json()


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_step_marked_by_mistake_goes_back_to_to_do(client, lang):
    words = WORDS[lang]
    client.cookies.set(COOKIE, lang)
    csrf = await planned(client, f"undo-step-{lang}")
    before = await plan_json(client)
    skill = before["plan"]["steps"][0]["skill_id"]
    page = (await client.get("/plan")).text
    assert f'id="mark-{skill}-todo"' not in step_html(page, skill)  # nothing to undo yet

    learned = step_html(await mark(client, csrf, skill, "learned"), skill)
    assert 'data-status="learned"' in learned
    undo = re.search(rf'<button id="mark-{skill}-todo"[^>]*>([^<]+)</button>', learned)
    assert undo and undo[1] == words["undo"]
    assert f'aria-label="{words["undo"]}: ' in undo[0] and f"({words['back']})" in undo[0]
    assert (await plan_json(client))["progress"]["steps_done"] == (
        before["progress"]["steps_done"] + 1
    )

    swapped = await mark(client, csrf, skill, "todo")
    step = step_html(swapped, skill)
    assert 'data-status="todo"' in step
    assert f'<span class="status-now">{words["todo"]}</span>' in step
    assert f'id="mark-{skill}-todo"' not in step  # the undo is spent
    # its button gone, the focus goes to the step's first button
    assert re.search(rf'<button id="mark-{skill}-in-progress"[^>]*autofocus', step)
    assert swapped.count("autofocus") == 1
    after = await plan_json(client)
    assert after["progress"] == before["progress"]
    assert after["status"][str(before["plan"]["steps"][0]["order"])] == "todo"
    # the history keeps both marks, as the CLI's progress does
    me = (await client.get("/me", params={"format": "json"})).json()
    assert [e["status"] for e in me["events"]] == ["learned", "todo"]
    client.cookies.delete(COOKIE)


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_project_marked_done_by_mistake_gives_its_skills_back(client, lang):
    words = WORDS[lang]
    client.cookies.set(COOKIE, lang)
    csrf = await planned(client, f"undo-project-{lang}")
    before = await plan_json(client)
    known_before = set((await client.get("/me", params={"format": "json"})).json()["known"])
    project = before["plan"]["projects"][0]["id"]
    assert f'id="mark-project-{project}-todo"' not in (await client.get("/plan")).text

    done = project_html(await mark(client, csrf, project, "done"), project)
    assert 'data-status="done"' in done
    assert re.search(rf'<button id="mark-project-{project}-todo"[^>]*>{words["undo"]}</button>',
                     done)  # fmt: skip
    proved = set((await client.get("/me", params={"format": "json"})).json()["known"])
    gained = proved - known_before
    assert gained, "a finished project proves no skill"
    # a step the project proved is learned, and can itself go back to "to do"
    step_ids = [s["skill_id"] for s in before["plan"]["steps"]]
    proved_step = next(s for s in step_ids if s in gained)
    page = (await client.get("/plan")).text
    assert f'id="mark-{proved_step}-todo"' in step_html(page, proved_step)

    swapped = await mark(client, csrf, project, "todo")
    assert 'data-status="todo"' in project_html(swapped, project)
    assert f'<span class="status-now">{words["todo"]}</span>' in project_html(swapped, project)
    assert f'id="mark-project-{project}-todo"' not in swapped
    assert re.search(rf'<button id="mark-project-{project}-done"[^>]*autofocus', swapped)
    note = re.search(r'<p class="note" role="status">([^<]+)</p>', swapped)
    assert note and note[1].startswith(words["unlearned"] + ": ")
    assert note[1].count(",") == len(gained) - 1
    # the skills it proved count no more: coverage, steps and known skills are as before
    after = await plan_json(client)
    assert after["projects_status"][project] == "todo"
    assert after["progress"] == before["progress"]
    assert after["status"] == before["status"]
    assert set((await client.get("/me", params={"format": "json"})).json()["known"]) == (
        known_before
    )
    client.cookies.delete(COOKIE)


async def test_undoing_a_project_keeps_a_skill_marked_on_its_own(client):
    csrf = await planned(client, "kept")
    plan = await plan_json(client)
    project = plan["plan"]["projects"][0]
    await mark(client, csrf, project["id"], "done")
    proved = set((await client.get("/me", params={"format": "json"})).json()["known"])
    steps = [s["skill_id"] for s in plan["plan"]["steps"] if s["skill_id"] in proved]
    kept = steps[0]
    await mark(client, csrf, kept, "learned")  # marked on its own, after the project
    swapped = await mark(client, csrf, project["id"], "todo")
    assert 'data-status="learned"' in step_html(swapped, kept)
    note = re.search(r'<p class="note" role="status">([^<]+)</p>', swapped)[1]
    label = next(s["label"] for s in plan["plan"]["steps"] if s["skill_id"] == kept)
    assert label not in note


async def test_undo_as_json_and_without_htmx(client):
    csrf = await planned(client, "plain")
    skill = (await plan_json(client))["plan"]["steps"][0]["skill_id"]
    await mark(client, csrf, skill, "skipped")
    data = (
        await client.post(
            "/progress", data={"subject": skill, "status": "todo", "csrf_token": csrf},
            headers={"accept": "application/json"},
        )
    ).json()  # fmt: skip
    assert data["marked"] == {"id": skill, "kind": "skill", "status": "todo"}
    assert skill not in data["undoable"]
    # a browser without JavaScript posts the form and gets the whole page back
    await mark(client, csrf, skill, "learned")
    page = await client.post("/progress", data={"subject": skill, "status": "todo",
                                                "csrf_token": csrf})  # fmt: skip
    assert page.status_code == 200 and "<html" in page.text
    assert 'data-status="todo"' in step_html(page.text, skill)


async def test_a_mark_can_be_undone_from_the_me_page_after_a_new_plan(client):
    csrf = await test_web.token(client, "/me")
    await client.post("/me/profile", data={
        "csrf_token": csrf, "name": "jamie", "language": "en", "target_role": "llm-engineer",
        "hours_per_week": "8", "resume_text": "Skills: Python, SQL"})  # fmt: skip
    await client.post("/plan", data={"csrf_token": csrf, "role": ""})
    plan = (await client.get("/plan", params={"format": "json"})).json()
    first = plan["plan"]["steps"][0]["skill_id"]
    await client.post("/progress", data={"subject": first, "status": "learned"},
                      headers={"x-csrf-token": csrf})  # fmt: skip
    # a new plan no longer has the learned step, so the plan page offers no Undo for it
    await client.post("/plan", data={"csrf_token": csrf, "role": ""})
    replanned = (await client.get("/plan", params={"format": "json"})).json()
    assert first not in {s["skill_id"] for s in replanned["plan"]["steps"]}
    me = await client.get("/me", params={"lang": "en"})
    assert f'data-subject="{first}"' in me.text and "Your marks" in me.text
    undone = await client.post(
        "/progress", data={"csrf_token": csrf, "subject": first, "status": "todo", "back": "/me"}
    )
    assert undone.status_code == 303 and undone.headers["location"] == "/me"
    me = await client.get("/me", params={"lang": "ko"})
    assert f'data-subject="{first}"' not in me.text and "표시한 진행 상황" in me.text
