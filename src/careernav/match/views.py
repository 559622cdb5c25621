"""Plain-data views of extractions, posting analyses and matches: the CLI's --json, the
JSONL batch records and the web app all use these."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from careernav.extract import Extraction, SkillMention
from careernav.knowledge import KnowledgeBase
from careernav.match.experience import years_by_skill, years_shown
from careernav.match.posting import PostingAnalysis
from careernav.match.scoring import MatchResult, SkillMatch, heaviest_first


def mention_view(m: SkillMention) -> dict[str, Any]:
    view = {
        "id": m.id,
        "label": m.label,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "section": m.section,
    }
    if m.years:
        view["years"] = m.years
    if m.level:
        view["level"] = m.level
    if m.how == "typo":
        view["typo"] = True
    elif m.how == "action":  # a verb with its object ("Deployed … models"), not a name
        view["action"] = True
    return view


def extraction_view(ex: Extraction, *, with_sections: bool = True) -> dict[str, Any]:
    view: dict[str, Any] = {"skills": [mention_view(m) for m in ex.skills]}
    if with_sections:
        view = {
            "name": ex.name,
            "doc_type": ex.doc_type,
            # years the text states for the whole document: asked by a posting ("경력 3년
            # 이상"), claimed by a resume ("6+ years of experience")
            "years": ex.years,
            # the upper bound of a range the posting gives ("경력 3~7년"), else None
            "years_high": ex.years_high,
            # a resume's years of work as `match` counts them: its dated jobs (overlaps once)
            # or the years it states, whichever is more; None for a posting
            "years_shown": years_shown(ex) if ex.doc_type == "resume" else None,
            "sections": [
                {"kind": s.kind, "start": s.start, "end": s.end, "heading": s.heading}
                for s in ex.sections
            ],
            "concepts": [
                {"id": sid, "label": ms[0].label, "mentions": len(ms)}
                for sid, ms in ex.concepts().items()
            ],
            # a resume's years per skill, from the dated jobs whose lines name it
            "years_in_jobs": years_by_skill(ex),
            # asked-for (a posting) or claimed (a resume) knowledge in words the knowledge
            # base has no concept for, after "knowledge of", "experience with", "…에 대한 이해"
            "unlisted": [u.as_dict() for u in ex.unlisted()],
            # a resume's wishes ("interested in Rust"): found, but not evidence
            "wished": [
                {"id": sid, "label": ms[0].label, "mentions": len(ms)}
                for sid, ms in ex.wished().items()
            ],
            # what a resume says it lacks ("no hands-on BigQuery experience"): not evidence
            "lacking": [
                {"id": sid, "label": ms[0].label, "mentions": len(ms)}
                for sid, ms in ex.lacking().items()
            ],
            **view,
        }
    return view


def posting_view(kb: KnowledgeBase, p: PostingAnalysis, lang: str) -> dict[str, Any]:
    view = {
        "name": p.extraction.name,
        "title": p.title,
        "roles": [
            {
                "id": r.id,
                "label": kb.roles[r.id].label.get(lang),
                "score": r.score,
                "skills": [{"id": sid, "contribution": c} for sid, c in r.skills],
                "phrases": r.phrases,
            }
            for r in p.roles
        ],
        "title_role": p.title_role,
        "title_evidence": p.title_evidence,
        "disagrees": p.disagrees,
        "title_outside": p.title_outside,
        "ai_skills": dict(zip(("asked", "of"), p.ai_skills(kb), strict=True)),
        "little_ai": p.little_ai(kb),
        "years": p.extraction.years,
        "requirements": [
            {
                "id": r.id,
                "label": r.label,
                "level": r.level,
                "years": r.years,
                "alternatives": list(r.alternatives),
                "evidence": [mention_view(m) for m in r.evidence],
            }
            for r in p.requirements
        ],
        **extraction_view(p.extraction),
    }
    # what it asks in words the knowledge base has no concept for, with the level asked:
    # quoted, never scored (the extraction's phrases, less those of benefits or the company)
    view["unlisted"] = [{"level": a.level, **a.evidence.as_dict()} for a in p.unlisted()]
    return view


def _weights(r: MatchResult, level: str) -> dict[str, float] | None:
    rows = [s for s in r.skills if s.level == level]
    met, total = sum(s.weight * s.credit for s in rows), sum(s.weight for s in rows)
    if level == "required" and r.years_weight and r.years_credit is not None:
        met, total = met + r.years_weight * r.years_credit, total + r.years_weight
    return {"met": round(met, 2), "of": round(total, 2)} if total else None


def skill_match_view(s: SkillMatch) -> dict[str, Any]:
    return {
        "id": s.id,
        "label": s.label,
        "level": s.level,
        "weight": s.weight,
        "credit": s.credit,
        "via": s.via,
        "via_skill": s.via_skill,
        "why": s.why,
        "years_asked": s.years_asked,
        "years_shown": s.years_shown,
        "alternatives": list(s.alternatives),
        # met only by a name in the resume's skills list: no line says where it was used
        "listed_only": s.listed_only,
        "target_evidence": [mention_view(m) for m in s.target_evidence],
        "resume_evidence": [mention_view(m) for m in s.resume_evidence],
    }


def _years_counted(r: MatchResult) -> float | None:
    """The years set against the posting's ask: those of its field when it names one."""
    return r.years_in_field if r.years_field else r.years_shown


def _above_range(r: MatchResult) -> bool:
    counted = _years_counted(r)
    return bool(r.years_asked_high and counted and counted > r.years_asked_high)


def _short_by(r: MatchResult) -> float | None:
    counted = _years_counted(r)
    if r.years_instead or not r.years_asked or counted is None or counted >= r.years_asked:
        return None
    return round(r.years_asked - counted, 1)


def match_view(r: MatchResult) -> dict[str, Any]:
    return {
        "target": {"kind": r.target_kind, "id": r.target_id, "label": r.target_label},
        "verdict": r.verdict,
        "required_coverage": r.required_coverage,
        "preferred_coverage": r.preferred_coverage,
        # what each coverage is the share of: the rows' weights met (weight × credit) and in
        # all, the years ask counted among the required as one more row
        "required_weights": _weights(r, "required"),
        "preferred_weights": _weights(r, "preferred"),
        "score": r.score,
        "thresholds": {"apply": r.thresholds.apply, "stretch": r.thresholds.stretch},
        "experience": {
            "years_asked": r.years_asked,
            # the top of a range the posting asks ("3~7년"); "above_range" when the years
            # counted pass it (the posting may mean a more junior job; no coverage is lost)
            "years_asked_high": r.years_asked_high,
            "above_range": _above_range(r),
            "years_shown": r.years_shown,
            "years_in_role": r.years_in_role,
            "role": r.role_label if r.years_in_role else None,
            # a resume with no dated jobs and no stated years is not "short": it does not say;
            # when the years of a field count, the shortfall is of those
            "short_by": _short_by(r),
            # the years ask as a requirement of the required coverage: its weight and credit
            "weight": r.years_weight or None,
            "credit": r.years_credit,
            # the field the ask names and the resume's years in it, when they decide the credit
            "field": r.years_field,
            "years_in_field": r.years_in_field,
            # the years held an "apply" back to "stretch": what the skills alone gave
            "verdict_before_years": r.verdict_before_years,
            # the degree the posting accepts instead of the years, which the resume shows:
            # the ask is met by it ("석사 이상 또는 학사 + 경력 5년 이상")
            "met_by_degree": r.years_instead,
            # the degree whose own years ask is the one asked of this resume
            "asked_with_degree": r.years_degree,
        },
        # what the resume only names in a list, the heaviest first: a line under experience or
        # projects that shows each is what a reader (and a screening tool) looks for
        "show_in_work": [
            {"id": s.id, "label": s.label}
            for s in sorted(r.skills, key=heaviest_first)
            if s.listed_only
        ],
        # what the posting asks in words careernav has no concept for: not in any coverage,
        # but a reader sees it, and whether the resume says the same words
        "unlisted": [asdict(u) for u in r.unlisted],
        # "apply" held at "stretch" by the required asks it could not score and the resume
        # does not say, as many as those it scored
        "verdict_before_unlisted": r.verdict_before_unlisted,
        "matched": [skill_match_view(s) for s in r.matched],
        "partial": [skill_match_view(s) for s in r.partial],
        "missing": [skill_match_view(s) for s in r.missing],
    }
