"""Analyse: paste or upload a resume and a posting; see the evidence, the role mix, the match."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from careernav.documents import DEFAULT_MAX_BYTES, Document
from careernav.errors import CareernavError
from careernav.extract import extract_skills
from careernav.match import Thresholds, analyze_posting, match
from careernav.match.views import match_view, posting_view
from careernav.web._core import check_csrf, error_text, kb_of, language, read_form, respond
from careernav.web._documents import document_from, error_status
from careernav.web._highlight import segments

router = APIRouter(include_in_schema=False)  # pages answer HTML; their data is under /api


def _posting_segments(analysis) -> list[dict[str, Any]]:
    """The posting's pieces, each mark showing the level the posting gives it: what it
    denies ("No experience with Spark is needed") is marked as not asked, and a skill made
    preferred by its sentence ("Docker is a plus") is shown as preferred in any section."""
    extraction = analysis.extraction
    denied = {m.start: "not asked for by the posting" for m in extraction.denied()}
    preferred = {
        m.start: "preferred"
        for r in analysis.requirements
        if r.level == "preferred"
        for m in r.evidence
    }
    unlisted = [(a.evidence.start, a.evidence.end) for a in analysis.unlisted()]
    return segments(extraction.text, extraction.skills, denied, preferred, unlisted)


def analysis_data(
    kb, resume: Document | None, posting: Document, lang: str, thresholds: Thresholds
) -> dict[str, Any]:
    analysis = analyze_posting(posting, kb=kb, lang=lang)
    view = posting_view(kb, analysis, lang)
    title_role = view["title_role"]
    data: dict[str, Any] = {
        "posting": {
            **view,
            "title_role_label": kb.roles[title_role].label.get(lang) if title_role else None,
            "segments": _posting_segments(analysis),
            "text": analysis.extraction.text,  # handed on to "make a plan for this posting"
        },
        "match": None,
        "resume": None,
    }
    if resume is not None:
        extraction = extract_skills(resume, kb=kb, doc_type="resume", lang=lang)
        result = match(extraction, analysis, kb=kb, lang=lang, thresholds=thresholds)
        data["match"] = match_view(result)
        wished, lacking = extraction.wished(), extraction.lacking()
        notes = {m.start: "wished for, not evidence" for ms in wished.values() for m in ms}
        notes |= {
            m.start: "said to be lacking, not evidence" for ms in lacking.values() for m in ms
        }
        data["resume"] = {
            "name": resume.name,
            "segments": segments(extraction.text, extraction.skills, notes),
            "concepts": len(extraction.concepts()),
            # handed on with the posting: without a profile, it makes one from this resume
            "text": extraction.text,
            "wished": [{"id": sid, "label": ms[0].label} for sid, ms in wished.items()],
            "lacking": [{"id": sid, "label": ms[0].label} for sid, ms in lacking.items()],
        }
    return data


@router.get("/")
async def home() -> Response:
    return RedirectResponse("/analyse", status_code=303)


@router.get("/analyse")
async def analyse_form(request: Request) -> Response:
    return respond(request, "analyse.html", {"posting": None, "match": None, "resume": None})


@router.post("/analyse", dependencies=[Depends(check_csrf)])
async def analyse(request: Request) -> Response:
    form = await read_form(request)
    kb = kb_of(request)
    lang = language(request)
    max_bytes = request.app.state.max_upload_bytes
    try:
        resume = await document_from(
            form.get("resume_text"), _upload(form, "resume_file"), "resume", max_bytes
        )
        posting = await document_from(
            form.get("posting_text"), _upload(form, "posting_file"), "posting", max_bytes
        )
        if posting is None:
            raise CareernavError(
                _msg(
                    lang,
                    "Paste a job posting or upload its file.",
                    "채용 공고를 붙여 넣거나 파일을 올려 주세요.",
                )
            )
        thresholds = Thresholds(
            apply=float(form.get("apply_at") or 0.7), stretch=float(form.get("stretch_at") or 0.5)
        )
        data = analysis_data(kb, resume, posting, lang, thresholds)
    except (CareernavError, ValueError) as exc:
        return respond(request, "analyse.html", {"error": error_text(request, exc)},
                       status=error_status(exc), partial="partials/error.html")  # fmt: skip
    return respond(request, "analyse.html", data, partial="partials/analysis.html")


def _upload(form, key: str) -> UploadFile | None:
    value = form.get(key)
    return value if hasattr(value, "filename") else None


def _msg(lang: str, en: str, ko: str) -> str:
    return ko if lang == "ko" else en


__all__ = ["DEFAULT_MAX_BYTES", "analysis_data", "document_from", "router"]
