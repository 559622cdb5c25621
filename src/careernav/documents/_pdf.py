"""PDF text layers, through pypdf."""

from __future__ import annotations

import io
import logging

from careernav.errors import CorruptDocumentError, EncryptedPDFError, ScannedPDFError


def pdf_text(data: bytes, name: str) -> tuple[str, int]:
    """The text of every page, pages joined by a blank line, and the page count."""
    # pypdf recovers what it can from a file cut short and would return part of the text;
    # half a resume read without complaint is worse than an error.
    if b"%%EOF" not in data[-4096:]:
        raise CorruptDocumentError(
            name, "PDF", "it is cut short: the end-of-file marker is missing"
        )
    _quiet_unless_configured()
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many types for damaged files
        raise CorruptDocumentError(name, "PDF", _reason(exc)) from exc

    if encrypted:
        # Many PDFs carry only an owner password (printing/copying limits) and open with an
        # empty user password; those we can read.
        try:
            opened = reader.decrypt("")
        except Exception as exc:  # includes pypdf's DependencyError for AES without a backend
            raise EncryptedPDFError(name) from exc
        if not opened:
            raise EncryptedPDFError(name)

    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise CorruptDocumentError(name, "PDF", _reason(exc)) from exc

    texts = []
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(page.extract_text() or "")
        except Exception as exc:
            raise CorruptDocumentError(name, "PDF", f"page {number}: {_reason(exc)}") from exc

    if pages and not any(text.strip() for text in texts):
        raise ScannedPDFError(name, len(pages))
    return "\n\n".join(text.strip("\n") for text in texts), len(pages)


def _quiet_unless_configured() -> None:
    """pypdf logs the damage it works around ("EOF marker not found"). With no logging set
    up, Python prints those to stderr ahead of our own message; a NullHandler stops that and
    still lets an application that configures logging see them."""
    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _reason(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:200]
