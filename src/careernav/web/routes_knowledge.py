"""Roles and skills: the map of AI jobs, one page per role and per skill."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from careernav.knowledge.mindmap import mindmap
from careernav.knowledge.views import role_detail, roles_overview, skill_detail
from careernav.web._core import kb_of, language, respond

router = APIRouter(include_in_schema=False)  # pages answer HTML; their data is under /api


@router.get("/roles")
async def roles(request: Request) -> Response:
    kb = kb_of(request)
    lang = language(request)
    data = {**roles_overview(kb, lang), "mindmap": mindmap(kb, lang)}
    return respond(request, "roles.html", data)


@router.get("/roles/{name}")
async def role(request: Request, name: str) -> Response:
    kb = kb_of(request)
    return respond(request, "role.html", role_detail(kb, kb.role(name), language(request)))


@router.get("/skills/{name}")
async def skill(request: Request, name: str) -> Response:
    kb = kb_of(request)
    return respond(request, "skill.html", skill_detail(kb, kb.skill(name), language(request)))
