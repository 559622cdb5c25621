"""Which resources a plan step shows: ones that teach the step's skill, in a language the user
reads.

A resource lists the skills it teaches, its main subject first. For a step, the resources whose
main subject is the skill come first ("direct"), then teaching material that covers it among
other topics ("part"), then a product's documentation that teaches a general skill through that
product ("tool": FastAPI's docs for REST APIs). Another product's documentation never stands in
for a product (pgvector's README for PostgreSQL, Ansible's docs for Linux), and places to
practise or follow (communities, competitions, newsletters) only count for their own subject
(Devpost is not a presentation course). Only when these give fewer than two does a step borrow
the resources of the wider concept or of a related one, marked as such with a note; and only
when that is still too few does an English plan show a Korean resource, noted "in Korean".
"""

from __future__ import annotations

from typing import Any

from careernav.knowledge import KnowledgeBase
from careernav.knowledge.models import Resource
from careernav.knowledge.views import resource_view
from careernav.text import josa

MIN_RESOURCES = 2
MAX_RESOURCES = 3
# Products: documentation of one teaches that product, not another.
PRODUCT_KINDS = {"tool", "library", "framework", "platform", "database", "service", "language"}
REFERENCE_KINDS = {"docs", "tool"}
# Where you practise or keep up, not where you learn a topic other than their own.
PLACE_KINDS = {"community", "competition", "newsletter", "paper-feed"}
# Korean learners read English documentation as a matter of course; English readers do not
# read Korean, so a Korean resource is shown to them only when nothing else teaches the skill.
READS = {"ko": ("ko", "en"), "en": ("en",)}
COST_ORDER = {"free": 0, "freemium": 1, "paid": 2}
NOTES = {
    "tool": ("through {x}", "{x_ro} 배우는 자료"),
    "broader": ("for {x}, the wider topic", "상위 주제 {x} 자료"),
    "related": ("for {x}, a related skill", "관련 스킬 {x} 자료"),
}
# A resource in a language the user does not read, shown because nothing else teaches the skill.
LANGUAGE_NOTES = {"ko": ("in Korean", "한국어 자료"), "en": ("in English", "영어 자료")}


def resources_for_step(
    kb: KnowledgeBase, sid: str, lang: str, known: frozenset[str] | set[str] = frozenset()
) -> list[dict[str, Any]]:
    """Up to three resources for learning `sid`: the best-fitting first (see the module), free
    first within each kind of fit, then the user's language, then those built on a tool the
    user already knows (dashboards through Tableau for a Tableau user)."""
    reads = READS.get(lang, (lang,))
    tiers: dict[str, list[tuple[Any, Resource, str]]] = {"direct": [], "part": [], "tool": []}
    for res in kb.resources_for(sid):
        via = _fit(kb, res, sid)
        if via is None:
            continue
        main = res.skills[0]
        key = (
            COST_ORDER[res.cost],
            res.language != lang,
            main not in known,
            res.skills.index(sid),
            res.id,
        )
        tiers[via].append((key, res, sid if via != "tool" else main))
    ranked = [(via, item) for via, items in tiers.items() for item in sorted(items)]
    readable = [(via, item) for via, item in ranked if item[1].language in reads]
    picked = _take([], readable)
    if len(picked) < MIN_RESOURCES:
        picked = _take(picked, _borrowed(kb, sid, lang, reads))
    if len(picked) < MIN_RESOURCES:
        others = [(via, item) for via, item in ranked if item[1].language not in reads]
        picked = _take(picked, others)
    for entry in picked:
        note = resource_note(kb, entry["via"], entry["via_skill"], entry["language"], lang, lang)
        if note:
            entry["note"] = note
    return picked


def resource_note(
    kb: KnowledgeBase, via: str, through: str, language: str, reader: str, lang: str
) -> str | None:
    """A resource's note in `lang`: how it teaches the step when not directly (through a tool,
    for the wider topic or a related skill `through`), and that it is in a `language` the
    plan's `reader` does not read; None when there is nothing to say."""
    ko = lang == "ko"
    notes = []
    if via in NOTES and through in kb.skills:
        label = kb.skills[through].label.get(lang)
        notes.append(NOTES[via][ko].format(x=label, x_ro=label + josa(label, "으로", "로")))
    if language not in READS.get(reader, (reader,)):
        notes.append(LANGUAGE_NOTES.get(language, (language, language))[ko])
    return "; ".join(notes) or None


def _fit(kb: KnowledgeBase, res: Resource, sid: str) -> str | None:
    """How `res` teaches `sid`: "direct", "part", "tool", or None when it does not."""
    main = res.skills[0]
    if main == sid:
        return "direct"
    if res.kind in PLACE_KINDS:
        return None
    if res.kind in REFERENCE_KINDS and kb.skills[main].kind in PRODUCT_KINDS:
        if main in wider_concepts(kb, sid):
            return "part"  # AWS's documentation holds S3's
        return None if kb.skills[sid].kind in PRODUCT_KINDS else "tool"
    return "part"


def wider_concepts(kb: KnowledgeBase, sid: str) -> list[str]:
    """The concepts `sid` is a case of, nearest first."""
    found = []
    parent = kb.skills[sid].broader
    while parent and parent not in found:
        found.append(parent)
        parent = kb.skills[parent].broader
    return found


def _borrowed(kb: KnowledgeBase, sid: str, lang: str, reads: tuple[str, ...]) -> list:
    """Resources whose main subject is a wider concept of `sid` (Spark's docs for PySpark) or
    a related concept that is not a product (another tool's docs do not teach this one)."""
    sources = [("broader", p) for p in wider_concepts(kb, sid)]
    sources += [("related", r) for r in kb.skills[sid].related]
    found = []
    for via, source in sources:
        if via == "related" and kb.skills[source].kind in PRODUCT_KINDS:
            continue
        for res in kb.resources_for(source, lang):
            if res.skills[0] == source and res.kind not in PLACE_KINDS and res.language in reads:
                found.append((via, (None, res, source)))
    return found


def _take(picked: list, candidates: list) -> list:
    """`picked` topped up from `candidates` ((via, (key, resource, through)), best first)."""
    seen = {p["id"] for p in picked}
    for via, (_key, res, through) in candidates:
        if len(picked) >= MAX_RESOURCES:
            break
        if res.id in seen:
            continue
        seen.add(res.id)
        picked.append({**resource_view(res), "via": via, "via_skill": through})
    return picked
