"""The web app: FastAPI, server-rendered Jinja2 pages with HTMX, and the JSON API."""

from __future__ import annotations

import json
import os
import secrets
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from careernav import __version__
from careernav.documents import DEFAULT_MAX_BYTES
from careernav.errors import CareernavError, NotFoundError, ProfileNotFoundError
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.web import api, routes_knowledge, routes_reading, routes_tracking
from careernav.web._core import (
    TEMPLATES,
    check_csrf,
    context,
    error_text,
    language,
    read_form,
    wants_json,
)
from careernav.web._documents import error_status
from careernav.web._middleware import LimitBody, RequireLogin
from careernav.web.i18n import COOKIE, LANGUAGES, gettext_for

STATIC = Path(__file__).parent / "static"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def create_app(
    db: str | None = None,
    *,
    kb: KnowledgeBase | None = None,
    login_required: bool = False,
    secret_key: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_BYTES,
) -> FastAPI:
    """The app on the store at `db` (path or URL; default: the CLI's default store)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from careernav.store import Store

        app.state.store = Store.open(db)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="careernav",
        version=__version__,
        description="AI Career Navigator: roles and skills, reading resumes and postings, "
        "matching, plans and progress. Every page also answers as JSON (?format=json).",
        lifespan=lifespan,
    )
    app.state.kb = kb or default_knowledge_base()
    app.state.login_required = login_required
    app.state.max_upload_bytes = max_upload_bytes

    # Outermost last: the session is read before the login check, which runs before the
    # size guard.
    app.add_middleware(LimitBody, error=_error)
    app.add_middleware(RequireLogin)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key
        or os.environ.get("CAREERNAV_SECRET_KEY")
        or secrets.token_urlsafe(32),
        same_site="lax",
        https_only=False,
    )
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(routes_reading.router)
    app.include_router(routes_knowledge.router)
    app.include_router(routes_tracking.router)
    app.include_router(api.router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict:
        return {"ok": True, "version": __version__}

    @app.get("/lang/{code}", include_in_schema=False)
    async def set_language(code: str, next: str = "/") -> Response:
        target = next if next.startswith("/") and not next.startswith("//") else "/"
        response = RedirectResponse(target, status_code=303)
        if code in LANGUAGES:
            response.set_cookie(COOKIE, code, max_age=60 * 60 * 24 * 365, samesite="lax")
        return response

    @app.get("/login", include_in_schema=False)
    async def login_form(request: Request, next: str = "/") -> Response:
        return TEMPLATES.TemplateResponse(
            request, "login.html", context(request, next=next, data={})
        )

    @app.post("/login", include_in_schema=False, dependencies=[])
    async def login(request: Request) -> Response:
        form = await read_form(request)
        await check_csrf(request)
        user = app.state.store.verify_user(
            str(form.get("name") or ""), str(form.get("password") or "")
        )
        target = str(form.get("next") or "/")
        if not target.startswith("/") or target.startswith("//"):
            target = "/"
        if user is None:
            return TEMPLATES.TemplateResponse(
                request,
                "login.html",
                context(request, next=target, data={}, failed=True),
                status_code=401,
            )
        request.session["user"] = user.name
        return RedirectResponse(target, status_code=303)

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        await check_csrf(request)
        request.session.pop("user", None)
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(CareernavError)
    async def careernav_error(request: Request, exc: CareernavError) -> Response:
        status = (
            404 if isinstance(exc, (NotFoundError, ProfileNotFoundError)) else error_status(exc)
        )
        return _error(request, error_text(request, exc), status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, str(exc.detail), exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api"):
            # jsonable: a body of the wrong type is in the errors as bytes; the input itself is
            # not echoed (it may be megabytes, or hold a lone surrogate no UTF-8 can encode)
            errors = [{k: v for k, v in e.items() if k != "input"} for e in exc.errors()]
            detail = json.loads(json.dumps(jsonable_encoder(errors), ensure_ascii=True))
            return JSONResponse({"error": "Invalid request.", "detail": detail}, status_code=422)
        _ = gettext_for(language(request))
        return _error(request, _("Invalid request."), 422)

    return app


def _error(request: Request, message: str, status: int) -> Response:
    sent_json = request.headers.get("content-type", "").startswith("application/json")
    if request.url.path.startswith("/api") or wants_json(request) or sent_json:
        return JSONResponse({"error": message}, status_code=status)
    # HTMX swaps the answer into a part of the page: a whole page there would nest a second
    # header and footer inside it
    page = "partials/error.html" if request.headers.get("hx-request") else "error.html"
    return TEMPLATES.TemplateResponse(
        request, page, context(request, data={"error": message}), status_code=status
    )


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


def check_can_serve(db: str | None, host: str) -> bool:
    """Whether serving on `host` needs a login; raises when it does and no user exists."""
    if is_loopback(host):
        return False
    from careernav.store import Store

    with Store.open(db) as store:
        if not store.has_users():
            raise CareernavError(
                f"Serving on {host} makes careernav reachable from other machines, so it "
                "needs a login. Create a user first: careernav user add NAME"
            )
    return True


def serve(db: str | None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn. Off loopback, a login is required and users must exist."""
    import uvicorn

    login_required = check_can_serve(db, host)
    uvicorn.run(create_app(db, login_required=login_required), host=host, port=port)


__all__ = ["check_can_serve", "create_app", "is_loopback", "serve"]
