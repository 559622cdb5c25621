"""Web pages saved whole as one file (.mhtml, .mht): Chrome and Edge's "Webpage, Single File",
Internet Explorer's "Web Archive".

Such a file is a MIME message (RFC 2557, multipart/related): the page's HTML as its first
text/html part, most often quoted-printable, then its stylesheets and images. The standard
library's `email` package reads it; the HTML part, decoded with the charset its header
names, is then read as any HTML page is.
"""

from __future__ import annotations

import email
import re
from typing import Any

from careernav.documents._html import html_text
from careernav.errors import CorruptDocumentError

# The kind named in errors: "… could not be read as a web page (MHTML) file".
KIND = "web page (MHTML)"
# What the file starts with: its MIME headers. Chrome opens with "From: <Saved by Blink>",
# Internet Explorer with "From: <Saved by Windows Internet Explorer 11>"; others go straight to
# "MIME-Version" and "Content-Type: multipart/related".
_SAVED_BY = re.compile(rb"^From:[ \t]*<Saved by ", re.I)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:")
_RELATED = re.compile(rb"content-type:[ \t]*multipart/related", re.I)
_MIME_VERSION = re.compile(rb"(?:^|\n)mime-version:", re.I)


def is_mhtml(head: bytes) -> bool:
    """Whether the first bytes of a file are the headers of a saved web page."""
    if _SAVED_BY.match(head):
        return True
    return bool(_HEADER_LINE.match(head) and _MIME_VERSION.search(head) and _RELATED.search(head))


def mhtml_text(data: bytes, name: str) -> tuple[str, str, str | None]:
    """The visible text of the saved page, the encoding its HTML was in, and its title (as
    `html_text` gives them for an .html file)."""
    try:
        message = email.message_from_bytes(data)
        part = _html_part(message)
        markup = part.get_payload(decode=True) if part is not None else None
    except Exception as exc:  # the parser is forgiving; anything here is unexpected
        raise CorruptDocumentError(name, KIND, type(exc).__name__) from exc
    if not isinstance(markup, bytes) or not markup.strip():
        raise CorruptDocumentError(
            name, KIND, "it holds no web page", "웹 페이지가 들어 있지 않습니다"
        )
    return html_text(markup, name, charset=part.get_content_charset())


def _html_part(message: Any) -> Any:
    """The page: the part the multipart/related's "start" names, else its first text/html
    part (frames saved with it come after the page)."""
    start = message.get_param("start") if message.is_multipart() else None
    first = None
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        if start is None or part.get("Content-ID", "").strip() == start.strip():
            return part
        first = first or part
    return first
