"""A document's text with its skill mentions, as data and as HTML."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from careernav.extract import SkillMention


def segments(
    text: str,
    mentions: list[SkillMention],
    not_evidence: dict[int, str] | None = None,
    shown_as: dict[int, str] | None = None,
    unlisted: list[tuple[int, int]] = (),
) -> list[dict[str, Any]]:
    """The text cut into plain pieces and skill mentions, in order (templates escape each).
    Mentions starting at an offset in `not_evidence` are not evidence or not asked for (a
    resume's wishes, what it lacks, what a posting denies); the value says which, as a message
    to translate. `shown_as` gives a mention the level it has where its section says another
    ("Docker is a plus" under Requirements is preferred). `unlisted`: spans of knowledge asked
    in words no concept names, marked apart where they hold no mention."""
    not_evidence = not_evidence or {}
    shown_as = shown_as or {}
    pieces: list[dict[str, Any]] = []
    at = 0
    marks = [(m.start, m.end, m) for m in mentions]
    if unlisted:
        apart = [(a, b, None) for a, b in _apart(unlisted, mentions)]
        marks = sorted(marks + apart, key=lambda mark: mark[0])
    for start, end, m in marks:
        if start > at:
            pieces.append({"text": text[at:start]})
        at = end
        if m is None:
            pieces.append({"text": text[start:end], "unlisted": True})
            continue
        section = shown_as.get(m.start, m.section)
        piece = {"text": text[m.start : m.end], "id": m.id, "label": m.label, "section": section}
        if m.start in not_evidence:
            piece["note"] = not_evidence[m.start]
        pieces.append(piece)
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces


def _apart(spans: list[tuple[int, int]], mentions: list[SkillMention]) -> list[tuple[int, int]]:
    """The spans that overlap no mention ("금융 규제" holds 금융: its mention is shown)."""
    return [(a, b) for a, b in spans if not any(m.start < b and a < m.end for m in mentions)]


def highlighted(pieces: list[dict[str, Any]], translate) -> Markup:
    """The pieces as HTML: each skill a focusable <mark> naming its concept and section.
    Built here rather than in a template loop because it runs for every piece of every
    document (hundreds per page); every piece of text is escaped."""
    # Plain str joins of escaped parts: Markup.format goes through string.Formatter in Python
    # and cost more than the whole analysis on a long page.
    out = []
    unlisted = None
    for piece in pieces:
        text = str(escape(piece["text"]))
        if piece.get("unlisted"):
            if unlisted is None:
                unlisted = str(escape(translate("asked, in words careernav has no skill for")))
            out.append(f'<mark class="unlisted" title="{unlisted}">{text}</mark>')
            continue
        if "id" not in piece:
            out.append(text)
            continue
        sec = str(escape(piece["section"]))
        section = str(escape(translate(piece["section"])))
        label = str(escape(piece["label"]))
        sid = str(escape(piece["id"]))
        wish = ""
        if piece.get("note"):
            note = str(escape(translate(piece["note"])))
            section, wish = f"{section} · {note}", " wish"
        out.append(
            f'<mark class="skill sec-{sec}{wish}" tabindex="0" data-skill="{sid}" '
            f'data-section="{sec}" title="{label} · {section}" '
            f'aria-label="{text}: {label}, {section}">{text}</mark>'
        )
    return Markup("".join(out))
