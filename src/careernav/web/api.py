"""The REST API: what the CLI does, as JSON, under /api. Pages share their data functions."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, field_validator
from pydantic_core import PydanticCustomError

from careernav import tracking
from careernav.extract import extract_skills
from careernav.knowledge.mindmap import mindmap
from careernav.knowledge.views import about_view, role_detail, roles_overview, skill_detail
from careernav.match import Thresholds, analyze_posting, match
from careernav.match.views import extraction_view, match_view, posting_view
from careernav.web._core import kb_of, store_of
from careernav.web._documents import MAX_TEXT_CHARS, text_document

router = APIRouter(prefix="/api", tags=["api"])
Lang = Literal["ko", "en"]
JSON = dict[str, Any]


# The longest text a body may hold: shown in the schema, and checked by the same function as
# the pages' (text_document), so that both say the same thing, with a 413
LONGEST = {"json_schema_extra": {"maxLength": MAX_TEXT_CHARS}}


class TextIn(BaseModel):
    text: str = Field(min_length=1, description="The document's text.", **LONGEST)
    lang: Lang = "en"


class PostingIn(TextIn):
    title: str | None = Field(None, description="The posting's title (default: its first line).")


class MatchIn(BaseModel):
    resume: str = Field(min_length=1, **LONGEST)
    posting: str | None = Field(None, description="Posting text, or use role.", **LONGEST)
    role: str | None = Field(None, description="A role ID or title instead of a posting.")
    apply_at: float = Field(0.7, ge=0, le=1)
    stretch_at: float = Field(0.5, ge=0, le=1)
    lang: Lang = "en"


# The bounds the library keeps (tracking.check_hours_per_week), shown in the OpenAPI schema.
HOURS = {"ge": tracking.MIN_HOURS_PER_WEEK, "le": tracking.MAX_HOURS_PER_WEEK}


class ProfileIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    language: Lang = "en"
    target_role: str | None = None
    hours_per_week: float = Field(10.0, **HOURS, description="Hours a week for learning.")
    resume_text: str | None = Field(None, **LONGEST)


class ProfileChangeIn(BaseModel):
    language: Lang | None = None
    target_role: str | None = None
    hours_per_week: float | None = Field(None, **HOURS, description="Hours a week for learning.")
    resume_text: str | None = Field(None, description="A newer resume's text.", **LONGEST)


class PlanIn(BaseModel):
    role: str | None = None
    posting_text: str | None = Field(
        None, description="A posting's text to plan for (or use role).", **LONGEST
    )
    start: date | None = None
    hours_per_week: float | None = Field(None, **HOURS)

    @field_validator("posting_text")
    @classmethod
    def _posting_has_text(cls, text: str | None) -> str | None:
        # An empty posting would silently fall back to a plan for the role: say so instead.
        if text is not None and not text.strip():
            # a custom error, not a ValueError: its details stay JSON (no exception object)
            raise PydanticCustomError(
                "empty_posting",
                "posting_text is empty: give the posting's text, or leave posting_text out "
                "to plan for the role",
            )
        return text


class ProgressIn(BaseModel):
    subject: str = Field(min_length=1, description="A skill (any alias) or a project ID.")
    status: Literal["learned", "in-progress", "skipped", "todo", "done"]
    note: str | None = None


class RetroIn(BaseModel):
    kind: Literal["quarter", "year"]
    day: date | None = Field(None, description="A day in the period (default: today).")
    lang: Lang | None = Field(None, description="Language of the text (default: the profile's).")


class ImportIn(BaseModel):
    data: JSON
    replace: bool = False


@router.get("/about", summary="Version, knowledge-base sizes and the attribution notices")
def api_about(request: Request) -> JSON:
    return about_view(kb_of(request))


@router.get("/roles", summary="The 15 roles grouped by family")
def api_roles(request: Request, lang: Lang = "en") -> JSON:
    return roles_overview(kb_of(request), lang)


@router.get("/roles/{name}", summary="One role by ID or title")
def api_role(request: Request, name: str, lang: Lang = "en") -> JSON:
    kb = kb_of(request)
    return role_detail(kb, kb.role(name), lang)


@router.get("/skills/{name}", summary="A skill by any alias, in either language")
def api_skill(request: Request, name: str, lang: Lang = "en") -> JSON:
    kb = kb_of(request)
    return skill_detail(kb, kb.skill(name), lang)


@router.get("/mindmap", summary="The mind-map of AI jobs as Mermaid source")
def api_mindmap(request: Request, lang: Lang = "ko") -> JSON:
    return {"format": "mermaid", "source": mindmap(kb_of(request), lang)}


@router.post("/extract", summary="Skills with evidence spans and sections")
def api_extract(request: Request, body: TextIn) -> JSON:
    doc = text_document(body.text, "<api>")
    return extraction_view(extract_skills(doc, kb=kb_of(request), lang=body.lang))


@router.post("/posting", summary="Role mix, title role, requirements of a posting")
def api_posting(request: Request, body: PostingIn) -> JSON:
    kb = kb_of(request)
    analysis = analyze_posting(
        text_document(body.text, "<api>"), title=body.title, kb=kb, lang=body.lang
    )
    return posting_view(kb, analysis, body.lang)


@router.post("/match", summary="Resume vs posting or role: coverage, evidence, verdict")
def api_match(request: Request, body: MatchIn) -> JSON:
    thresholds = Thresholds(apply=body.apply_at, stretch=body.stretch_at)
    posting = text_document(body.posting, "<posting>") if body.posting else None
    result = match(text_document(body.resume, "<resume>"), posting, role=body.role,
                   kb=kb_of(request), thresholds=thresholds, lang=body.lang)  # fmt: skip
    return match_view(result)


@router.get("/profiles", summary="Profiles in the store")
def api_profiles(request: Request) -> JSON:
    return {"profiles": [{"name": p.name, "language": p.language, "target_role": p.target_role,
                          "hours_per_week": p.hours_per_week} for p in store_of(request).list_profiles()]}  # fmt: skip


@router.post("/profiles", status_code=201, summary="Create a profile (optionally from a resume)")
def api_create_profile(request: Request, body: ProfileIn) -> JSON:
    resume = text_document(body.resume_text, "<resume>") if body.resume_text else None
    p = tracking.create_profile(store_of(request), kb_of(request), body.name, language=body.language,
                                target_role=body.target_role, hours_per_week=body.hours_per_week,
                                resume=resume)  # fmt: skip
    return {"name": p.name, "language": p.language, "target_role": p.target_role,
            "hours_per_week": p.hours_per_week}  # fmt: skip


@router.patch("/profiles/{name}", summary="Change a profile (as `careernav profile set`)")
def api_change_profile(request: Request, name: str, body: ProfileChangeIn) -> JSON:
    resume = text_document(body.resume_text, "<resume>") if body.resume_text else None
    p = tracking.change_profile(store_of(request), kb_of(request), name, language=body.language,
                                target_role=body.target_role, hours_per_week=body.hours_per_week,
                                resume=resume)  # fmt: skip
    return {"name": p.name, "language": p.language, "target_role": p.target_role,
            "hours_per_week": p.hours_per_week}  # fmt: skip


@router.get("/profiles/{name}/plan", summary="The active plan and its weekly schedule")
def api_plan(request: Request, name: str) -> JSON:
    store, kb = store_of(request), kb_of(request)
    plan = tracking.active_plan(store, name)
    if plan is None:
        return {"plan": None, "weeks": []}
    return {"plan": plan.as_dict(), "weeks": _weeks(store, kb, name, plan)}


@router.post("/profiles/{name}/plan", status_code=201, summary="Make a new active plan")
def api_make_plan(request: Request, name: str, body: PlanIn) -> JSON:
    store, kb = store_of(request), kb_of(request)
    posting = text_document(body.posting_text, "<posting>") if body.posting_text else None
    record, plan = tracking.make_plan(store, kb, name, posting=posting, role=body.role,
                                      start=body.start, hours_per_week=body.hours_per_week)  # fmt: skip
    return {"id": record.id, "plan": plan.as_dict(), "weeks": _weeks(store, kb, name, plan)}


def _weeks(store, kb, name: str, plan) -> list[JSON]:
    """The weekly schedule from where the user stands, as the plan page shows it."""
    return [week.as_dict() for week in tracking.schedule(store, kb, name, plan)]


@router.get("/profiles/{name}/progress", summary="Steps with status, coverage, history")
def api_progress(request: Request, name: str) -> JSON:
    return tracking.progress_report(store_of(request), kb_of(request), name)


@router.post("/profiles/{name}/progress", status_code=201, summary="Mark a skill or project")
def api_mark(request: Request, name: str, body: ProgressIn) -> JSON:
    found, event = tracking.mark(
        store_of(request), kb_of(request), name, body.subject, body.status, body.note
    )
    return {"kind": found.kind, "id": found.id, "label": found.label, "status": event.status,
            "at": event.created_at.isoformat()}  # fmt: skip


@router.get("/profiles/{name}/retrospectives", summary="Stored retrospectives")
def api_retros(request: Request, name: str) -> JSON:
    return {"retrospectives": [{"period": r.period_label, "kind": r.period_kind, **r.content}
                               for r in store_of(request).list_retrospectives(name)]}  # fmt: skip


@router.post("/profiles/{name}/retrospectives", status_code=201, summary="Make a retrospective")
def api_make_retro(request: Request, name: str, body: RetroIn) -> JSON:
    retro = tracking.retrospective(
        store_of(request), kb_of(request), name, body.kind, body.day, lang=body.lang
    )
    return {"period": retro.period_label, **retro.content}


@router.get("/profiles/{name}/shape", summary="Depth per category, T/W shape, edge")
def api_shape(request: Request, name: str) -> JSON:
    shape = tracking.shape(store_of(request), kb_of(request), name)
    return {"shape": shape.shape, "breadth": shape.breadth, "deep": shape.deep, "edge": shape.edge,
            "edge_reason": shape.edge_reason,
            "categories": [{"id": c.id, "label": c.label, "depth": c.depth, "skills": c.skills,
                            "target_share": c.target_share} for c in shape.categories]}  # fmt: skip


@router.get("/export", summary="Everything in the store, as JSON")
def api_export(request: Request) -> JSON:
    return store_of(request).export_data()


@router.post("/import", summary="Import a JSON export (all or nothing)")
def api_import(request: Request, body: ImportIn) -> JSON:
    store = store_of(request)
    store.import_data(body.data, replace=body.replace, kb=kb_of(request))
    return {"profiles": len(store.list_profiles())}
