"""Plain ASGI middleware: the body-size guard and the login check.

Written against ASGI directly rather than with `@app.middleware("http")`: Starlette's
BaseHTTPMiddleware runs each request through extra tasks and memory streams, which cost every
upload a few milliseconds for two header checks.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from careernav.web._core import body_limit, language, wants_json
from careernav.web.i18n import gettext_for

PUBLIC_PATHS = ("/login", "/static/", "/lang/", "/healthz")


class LimitBody:
    """Refuse an oversized request before its body is read (and spooled to disk): two
    documents at the upload limit, plus room for the form around them."""

    def __init__(self, app: ASGIApp, error: Callable[[Request, str, int], Response]):
        self.app = app
        self.error = error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            declared = _header(scope, b"content-length")
            state = scope["app"].state
            limit = body_limit(state)
            if declared.isdigit() and int(declared) > limit:
                request = Request(scope, receive)
                _ = gettext_for(language(request))
                message = _(
                    "The request is %(size)s MB; uploads are limited to %(limit)s MB per "
                    "document. Upload a smaller file or paste the text."
                ) % {"size": int(declared) // 2**20, "limit": state.max_upload_bytes // 2**20}
                response = self.error(request, message, 413)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class RequireLogin:
    """Off loopback, every page but the public ones needs a signed-in user."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["app"].state.login_required:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        if request.session.get("user") or request.url.path.startswith(PUBLIC_PATHS):
            await self.app(scope, receive, send)
            return
        path = request.url.path
        if path.startswith("/api") or wants_json(request):
            response: Response = JSONResponse({"error": "Log in first: POST /login."}, 401)
        else:
            response = RedirectResponse(f"/login?next={path}", status_code=303)
        await response(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return ""
