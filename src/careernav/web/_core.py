"""What every route shares: the request's language, its CSRF token, the store, and one
function that answers a page either as HTML or as JSON from the same data."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates

from careernav.errors import CareernavError
from careernav.text import percent
from careernav.tracking import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK
from careernav.web._highlight import highlighted
from careernav.web._messages import BENEFIT_WORDS, LANGUAGE_WORDS, SHAPE_WORDS, STATUS_WORDS
from careernav.web.i18n import COOKIE, gettext_for, pick_language

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
# Words for keys in the data (a profile shape, a status, a benefit kind), translated in the
# templates
TEMPLATES.env.globals.update(
    SHAPE_WORDS=SHAPE_WORDS,
    STATUS_WORDS=STATUS_WORDS,
    BENEFIT_WORDS=BENEFIT_WORDS,
    LANGUAGE_WORDS=LANGUAGE_WORDS,
)
# The hours a week every form takes: the library's bounds, as the CLI and the API take them
TEMPLATES.env.globals.update(MIN_HOURS=MIN_HOURS_PER_WEEK, MAX_HOURS=MAX_HOURS_PER_WEEK)
# Coverages rounded down, as the CLI shows them: "70%" is never a 69.8 % held at "stretch"
TEMPLATES.env.filters["percent"] = percent
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def language(request: Request) -> str:
    return pick_language(
        request.query_params.get("lang"),
        request.cookies.get(COOKIE),
        request.headers.get("accept-language"),
    )


def error_text(request: Request, exc: Exception) -> str:
    """What to tell the user about `exc`, in the request's language when careernav has it
    there (its errors may carry a Korean message)."""
    return exc.in_language(language(request)) if isinstance(exc, CareernavError) else str(exc)


def csrf_token(request: Request) -> str:
    token = request.session.get(CSRF_FIELD)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return token


def body_limit(state) -> int:
    """The most a request may send: two documents at the upload limit, and room for the form
    around them."""
    return 2 * state.max_upload_bytes + 1_048_576


async def read_form(request: Request):
    """The request's form. One pasted field may be as large as the whole request (Starlette
    stops at 1 MB by default, with a message of its own): a pasted document then meets the
    text limit and its message, the same as the API's (web/_documents.py)."""
    return await request.form(max_part_size=body_limit(request.app.state))


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


async def check_csrf(request: Request) -> None:
    """A page's POST takes a browser form carrying the session's token (header or field).

    Any other body is refused rather than read as an empty form: JSON belongs to the API under
    /api, and a text/plain body is what a cross-site page can send without a preflight, so
    letting it skip the token would undo the check."""
    _ = gettext_for(language(request))
    content_type = request.headers.get("content-type", "")
    if content_type and not content_type.startswith(FORM_TYPES):
        raise HTTPException(
            415,
            _(
                "This page takes form data (multipart/form-data or "
                "application/x-www-form-urlencoded). For JSON, use the API: POST /api/match "
                "(resume and posting) or /api/posting (a posting alone); see /docs."
            ),
        )
    expected = request.session.get(CSRF_FIELD)
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and content_type:
        form = await read_form(request)
        sent = form.get(CSRF_FIELD)
    if not expected or not sent or not secrets.compare_digest(str(sent), expected):
        raise HTTPException(
            403,
            _("The form has expired or did not come from this app. Reload the page and try again."),
        )


def wants_json(request: Request) -> bool:
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def store_of(request: Request):
    return request.app.state.store


def kb_of(request: Request):
    return request.app.state.kb


def context(request: Request, **extra: Any) -> dict[str, Any]:
    lang = language(request)
    return {
        "request": request,
        "lang": lang,
        "_": gettext_for(lang),
        "csrf_token": csrf_token(request),
        "user": request.session.get("user"),
        "login_required": request.app.state.login_required,
        "path": request.url.path,
        "highlight": highlighted,
        **extra,
    }


def respond(
    request: Request, template: str, data: dict[str, Any], status: int = 200, **extra: Any
) -> Response:
    """The page as HTML, or its data as JSON (?format=json or Accept: application/json)."""
    if wants_json(request):
        return JSONResponse(data, status_code=status)
    partial = extra.pop("partial", None)
    name = partial if partial and request.headers.get("hx-request") else template
    return TEMPLATES.TemplateResponse(
        request, name, context(request, data=data, **extra), status_code=status
    )
