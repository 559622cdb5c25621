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
) -> list[dict[str, Any]]:
    """The text cut into plain pieces and skill mentions, in order (templates escape each).
    Mentions starting at an offset in `not_evidence` are not evidence or not asked for (a
    resume's wishes, what it lacks, what a posting denies); the value says which, as a message
    to translate. `shown_as` gives a mention the level it has where its section says another
    ("Docker is a plus" under Requirements is preferred)."""
    not_evidence = not_evidence or {}
    shown_as = shown_as or {}
    pieces: list[dict[str, Any]] = []
    at = 0
    for m in mentions:
        if m.start > at:
            pieces.append({"text": text[at : m.start]})
        section = shown_as.get(m.start, m.section)
        piece = {"text": text[m.start : m.end], "id": m.id, "label": m.label, "section": section}
        if m.start in not_evidence:
            piece["note"] = not_evidence[m.start]
        pieces.append(piece)
        at = m.end
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces


def highlighted(pieces: list[dict[str, Any]], translate) -> Markup:
    """The pieces as HTML: each skill a focusable <mark> naming its concept and section.
    Built here rather than in a template loop because it runs for every piece of every
    document (hundreds per page); every piece of text is escaped."""
    # Plain str joins of escaped parts: Markup.format goes through string.Formatter in Python
    # and cost more than the whole analysis on a long page.
    out = []
    for piece in pieces:
        text = str(escape(piece["text"]))
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
