"""Plan and Me: profiles, the active plan with downloads, progress marks, shape, retros."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from careernav import tracking
from careernav.errors import CareernavError, StoreError
from careernav.plan.export import plan_ics, plan_markdown
from careernav.plan.model import Plan
from careernav.plan.progress import current_marks, skill_statuses
from careernav.plan.retro import stored_summary
from careernav.plan.shape import shape_chart_svg
from careernav.web._core import (
    check_csrf,
    error_text,
    kb_of,
    language,
    read_form,
    respond,
    store_of,
)
from careernav.web._documents import document_from, error_status, text_document
from careernav.web.routes_reading import _upload

router = APIRouter(include_in_schema=False)  # pages answer HTML; their data is under /api
PROFILE_COOKIE = "careernav_profile"


def current_profile(request: Request) -> str | None:
    """The profile chosen in this browser, else the only (or first) one."""
    store = store_of(request)
    profiles = store.list_profiles()
    chosen = unquote(request.cookies.get(PROFILE_COOKIE, ""))
    if chosen and any(p.name == chosen for p in profiles):
        return chosen
    return profiles[0].name if profiles else None


def me_data(request: Request, name: str | None = None) -> dict[str, Any]:
    store, kb = store_of(request), kb_of(request)
    name = name or current_profile(request)
    data: dict[str, Any] = {
        "profiles": [p.name for p in store.list_profiles()],
        "profile": None,
        "roles": _role_choices(request),
    }
    if name is None:
        return data
    profile = store.get_profile(name)
    resume = store.latest_analysis(name, kind="resume")
    lang = language(request)
    shape = tracking.shape(store, kb, name, lang=lang)
    report = tracking.progress_report(store, kb, name, lang=lang)
    data.update(
        profile={
            "name": profile.name,
            "language": profile.language,
            "target_role": profile.target_role,
            "target_role_label": kb.roles[profile.target_role].label.get(lang)
            if profile.target_role in kb.roles
            else None,
            "hours_per_week": profile.hours_per_week,
            "resume": resume.result.get("name") if resume else None,
        },
        known=report["known"],
        basic=report["basic"],
        events=report["events"],
        shape={
            "shape": shape.shape,
            "breadth": shape.breadth,
            "deep": shape.deep,
            "edge": shape.edge,
            "edge_reason": shape.edge_reason,
        },
        retrospectives=[
            {
                "period": r.period_label,
                "kind": r.period_kind,
                # in the page's language, whatever language it was made in
                "summary": stored_summary(kb, r.content, lang),
                "created_at": r.created_at.isoformat(),
            }
            for r in store.list_retrospectives(name)
        ],
        progress=_progress_summary(report),
        # every subject the user marked, with the latest mark: each can be undone here,
        # whatever plan is active (a new plan drops the steps already learned)
        marks=_marks_view(store, kb, name, lang),
    )
    return data


@router.get("/me")
async def me(request: Request) -> Response:
    return respond(request, "me.html", me_data(request))


@router.post("/me/profile", dependencies=[Depends(check_csrf)])
async def create_profile(request: Request) -> Response:
    """A new profile; with a posting carried from Analyse (there was no profile to plan
    from), the plan for that posting follows at once."""
    form = await read_form(request)
    store, kb = store_of(request), kb_of(request)
    name = str(form.get("name") or "").strip()
    try:
        if not name:
            raise CareernavError("Give the profile a name.", ko="프로필 이름을 적어 주세요.")
        resume = await document_from(form.get("resume_text"), _upload(form, "resume_file"), "resume",
                                     request.app.state.max_upload_bytes)  # fmt: skip
        tracking.create_profile(
            store, kb, name,
            language=str(form.get("language") or language(request)),
            target_role=str(form.get("target_role") or "") or None,
            hours_per_week=_hours(form.get("hours_per_week")) or 10.0,
            resume=resume,
        )  # fmt: skip
    except (CareernavError, StoreError, ValueError) as exc:
        # the form again, as it was filled in (and with the posting it carries)
        return respond(request, "me.html", {**me_data(request), "error": error_text(request, exc)},
                       status=error_status(exc), form=_filled(form))  # fmt: skip
    posting_text = str(form.get("posting_text") or "")
    response = RedirectResponse("/plan" if posting_text.strip() else "/me", status_code=303)
    if posting_text.strip():
        try:
            tracking.make_plan(store, kb, name, posting=text_document(posting_text, "<posting>"))
        except (CareernavError, StoreError) as exc:
            # the profile is made; the posting waits in the plan form, with the reason
            response = respond(
                request, "plan.html",
                {**plan_data(request, name), "error": error_text(request, exc)},
                status=error_status(exc), form={"posting_text": posting_text},
            )  # fmt: skip
    response.set_cookie(PROFILE_COOKIE, quote(name), samesite="lax", httponly=True)
    return response


@router.post("/me/edit", dependencies=[Depends(check_csrf)])
async def change_profile(request: Request) -> Response:
    """Change the profile's language, target role, hours a week or resume, as `careernav
    profile set` does."""
    form = await read_form(request)
    store, kb = store_of(request), kb_of(request)
    try:
        name = _require_profile(request)
        resume = await document_from(form.get("resume_text"), _upload(form, "resume_file"), "resume",
                                     request.app.state.max_upload_bytes)  # fmt: skip
        tracking.change_profile(
            store, kb, name,
            language=str(form.get("language") or "") or None,
            target_role=str(form.get("target_role") or "") or None,
            hours_per_week=_hours(form.get("hours_per_week")),
            resume=resume,
        )  # fmt: skip
    except (CareernavError, StoreError) as exc:
        return respond(request, "me.html", {**me_data(request), "error": error_text(request, exc)},
                       status=error_status(exc), edit=_filled(form))  # fmt: skip
    return RedirectResponse("/me", status_code=303)


def _hours(value) -> float | None:
    """Hours a week from a form field (None when left empty), checked as the CLI checks them."""
    if value is None or not str(value).strip():
        return None
    try:
        hours = float(str(value))
    except ValueError:
        hours = str(value)  # not a number: the library's error says what is allowed
    return tracking.check_hours_per_week(hours)


def _filled(form) -> dict[str, str]:
    """What a profile form was filled in with (not the files), to show it again."""
    keys = ("name", "language", "target_role", "hours_per_week", "resume_text", "posting_text")
    return {k: str(form.get(k) or "") for k in keys}


@router.post("/me/select", dependencies=[Depends(check_csrf)])
async def select_profile(request: Request) -> Response:
    form = await read_form(request)
    target = str(form.get("next") or "/me")
    if not target.startswith("/") or target.startswith("//"):
        target = "/me"  # only ever back into this app
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        PROFILE_COOKIE, quote(str(form.get("name") or "")), samesite="lax", httponly=True
    )
    return response


@router.get("/me/shape.svg")
async def shape_svg(request: Request) -> Response:
    name = _require_profile(request)
    lang = language(request)
    shape = tracking.shape(store_of(request), kb_of(request), name, lang=lang)
    svg = shape_chart_svg(shape, f"{name}: {shape.shape}", lang=lang)
    return Response(svg, media_type="image/svg+xml")


@router.post("/me/retro", dependencies=[Depends(check_csrf)])
async def retro(request: Request) -> Response:
    form = await read_form(request)
    kind = str(form.get("kind") or "quarter")
    if kind not in ("quarter", "year"):
        return respond(
            request, "me.html", {**me_data(request), "error": "quarter or year"}, status=400
        )
    try:
        tracking.retrospective(store_of(request), kb_of(request), _require_profile(request), kind,
                               lang=language(request))  # fmt: skip
    except CareernavError as exc:
        return respond(
            request, "me.html", {**me_data(request), "error": error_text(request, exc)}, status=400
        )
    return RedirectResponse("/me", status_code=303)


def plan_data(request: Request, name: str | None = None) -> dict[str, Any]:
    store, kb = store_of(request), kb_of(request)
    name = name or current_profile(request)
    data: dict[str, Any] = {"profile": name, "plan": None,
                            "roles": _role_choices(request)}  # fmt: skip
    if name is None:
        return data
    # the plan in the page's language, with the steps skipped since it was made
    plan = tracking.active_plan(store, name, kb, lang=language(request))
    if plan is None:
        return data
    report = tracking.progress_report(store, kb, name, lang=language(request))
    status = {s["order"]: s["status"] for s in report["steps"]}
    weeks = tracking.schedule(store, kb, name, plan)
    data.update(
        plan={**plan.as_dict(), "weeks": [w.as_dict() for w in weeks]},
        status=status,
        projects_status={p["id"]: p["status"] for p in report["projects"]},
        undoable=_undoable(store, kb, name, plan),
        progress=_progress_summary(report),
        stale=_stale(store.get_profile(name), plan),
    )
    return data


def _marks_view(store, kb, name: str, lang: str) -> list[dict[str, str]]:
    marks = current_marks(kb, store.progress_events(name))
    view = []
    for (kind, sid), mark in sorted(marks.items(), key=lambda item: -item[1].order):
        if mark.status == "todo":
            continue
        if kind == "skill" and sid in kb.skills:
            label = kb.skills[sid].label.get(lang)
        elif kind == "project" and sid in kb.projects:
            label = kb.projects[sid].title.get(lang)
        else:
            continue
        view.append({"kind": kind, "id": sid, "label": label, "status": mark.status})
    return view


def _stale(profile, plan: Plan) -> list[str]:
    """What of the profile changed since its active plan was made: the hours a week, the
    target role of a role plan."""
    changed = []
    if abs(plan.hours_per_week - profile.hours_per_week) > 1e-9:
        changed.append("hours a week")
    if plan.target.get("kind") == "role" and plan.target.get("id") != profile.target_role:
        changed.append("target role")
    return changed


def _undoable(store, kb, name: str, plan: Plan) -> list[str]:
    """The steps whose status was marked (or comes from a finished project): these can go
    back to "to do". A step the resume shows has nothing to undo: marking it "to do" would
    only hide that the match counts it known."""
    marked = skill_statuses(kb, current_marks(kb, store.progress_events(name)))
    return [
        s.skill_id
        for s in plan.steps
        if any(
            marked.get(sid, "todo") != "todo" for sid in kb.current_ids(s.skill_id) or [s.skill_id]
        )
    ]


@router.get("/plan")
async def plan_page(request: Request) -> Response:
    return respond(request, "plan.html", plan_data(request))


@router.post("/plan", dependencies=[Depends(check_csrf)])
async def make_plan(request: Request) -> Response:
    form = await read_form(request)
    store, kb = store_of(request), kb_of(request)
    filled = {"posting_text": str(form.get("posting_text") or "")}
    try:
        posting = await document_from(form.get("posting_text"), _upload(form, "posting_file"), "posting",
                                      request.app.state.max_upload_bytes)  # fmt: skip
        name = current_profile(request)
        if name is None:
            # The page asks for a profile first (it says so itself: no second, red message),
            # with the form to make one that carries the posting (and the resume analysed
            # with it) on to the plan: nothing sent is lost.
            carried = {"posting_text": posting.text if posting else "",
                       "resume_text": str(form.get("resume_text") or "")}  # fmt: skip
            return respond(request, "plan.html", plan_data(request), status=400, form=carried)
        role = str(form.get("role") or "") or None
        start = _start_date(form.get("start"))
        tracking.make_plan(store, kb, name, posting=posting, role=None if posting else role,
                           start=start, hours_per_week=_hours(form.get("hours_per_week")))  # fmt: skip
    except (CareernavError, StoreError, ValueError) as exc:
        return respond(request, "plan.html", {**plan_data(request), "error": error_text(request, exc)},
                       status=error_status(exc), form=filled)  # fmt: skip
    return RedirectResponse("/plan", status_code=303)


def _start_date(value) -> date | None:
    """The plan's first day from the form (YYYY-MM-DD, as the date field sends it)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CareernavError(
            f"The start date {str(value)[:40]!r} is not a date: give it as YYYY-MM-DD.",
            ko=f"시작일 {str(value)[:40]!r}은 날짜가 아닙니다: YYYY-MM-DD로 주세요.",
        ) from None


@router.post("/progress", dependencies=[Depends(check_csrf)])
async def mark(request: Request) -> Response:
    form = await read_form(request)
    store, kb = store_of(request), kb_of(request)
    status = str(form.get("status") or "")
    try:
        name = _require_profile(request)
        # a project taken back un-proves its skills: what counted before, to say which
        undo = status == "todo"
        known_before = tracking.known_skills(store, kb, name) if undo else set()
        found, _ = tracking.mark(store, kb, name, str(form.get("subject") or ""), status)
    except (CareernavError, StoreError) as exc:
        return respond(request, "plan.html", {**plan_data(request), "error": error_text(request, exc)}, status=400,
                       partial="partials/error.html")  # fmt: skip
    data = plan_data(request)
    lang = language(request)
    marked: dict = {"id": found.id, "kind": found.kind, "status": status}
    if found.kind == "project" and status == "done":
        # a finished project proves its skills: say which now count as learned
        marked["skills"] = [kb.skills[s].label.get(lang) for s in kb.projects[found.id].skills]
    elif found.kind == "project" and undo:
        # undone: the skills it proved count no more, unless marked or shown otherwise
        lost = known_before - tracking.known_skills(store, kb, name)
        marked["unlearned"] = [kb.skills[s].label.get(lang)
                               for s in kb.projects[found.id].skills if s in lost]  # fmt: skip
    if form.get("back") == "/me" and not request.headers.get("hx-request"):
        return RedirectResponse("/me", status_code=303)  # undone from the Me page's list
    return respond(request, "plan.html", {**data, "marked": marked},
                   partial="partials/plan_steps.html")  # fmt: skip


@router.get("/plan/schedule.ics")
async def plan_ics_download(request: Request) -> Response:
    plan, record_id = _active(request)
    body = plan_ics(plan, _weeks(request, plan), plan_key=f"plan{record_id}")
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="careernav-plan.ics"'})  # fmt: skip


@router.get("/plan/plan.md")
async def plan_md_download(request: Request) -> Response:
    plan, _ = _active(request)
    return Response(plan_markdown(plan, _weeks(request, plan)), media_type="text/markdown; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="careernav-plan.md"'})  # fmt: skip


def _weeks(request: Request, plan):
    """The schedule from today's state: what is learned or done needs no more weeks."""
    return tracking.schedule(store_of(request), kb_of(request), _require_profile(request), plan)


def _role_choices(request: Request) -> list[dict[str, str]]:
    lang = language(request)
    return [{"id": r.id, "label": r.label.get(lang)} for r in kb_of(request).roles.values()]


def _progress_summary(report: dict[str, Any]) -> dict[str, Any]:
    return {
        k: report.get(k)
        for k in ("steps_done", "steps_total", "steps_skipped", "coverage_at_plan", "coverage_now")
    }


def _require_profile(request: Request) -> str:
    name = current_profile(request)
    if name is None:
        raise CareernavError(
            "Create a profile first (Me page).", ko="먼저 '나' 페이지에서 프로필을 만드세요."
        )
    return name


def _active(request: Request):
    """The active plan as the downloads give it: in the page's language, its skipped steps
    out of the schedule; and its record's ID."""
    name = _require_profile(request)
    store = store_of(request)
    record = store.active_plan(name)
    if record is None:
        raise CareernavError(
            "No plan yet: make one on the Plan page.",
            ko="아직 계획이 없습니다. '계획' 페이지에서 만드세요.",
        )
    plan = tracking.active_plan(store, name, kb_of(request), lang=language(request))
    return plan, record.id
