"""Reading resumes and job postings: text, Markdown, PDF, Word (.docx), Hangul (.hwpx), HTML
and web pages saved as one file (.mhtml), in Korean and English, into one normalised
`Document`.

    from careernav.documents import read_document

    doc = read_document("resume.pdf")   # or bytes with name=, read_stream(), read_text()
    doc.text, doc.format, doc.pages

Every problem a user can fix (missing file, wrong type, scanned or locked PDF, binary junk,
over the size limit…) is raised as a `careernav.errors.DocumentError` subclass whose message
names the file and says what to do.
"""

from __future__ import annotations

from careernav.documents._reader import (
    DEFAULT_MAX_BYTES,
    MAX_BYTES_ENV,
    SUPPORTED_SUFFIXES,
    Document,
    read_document,
    read_stream,
    read_text,
    size_limit,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_BYTES_ENV",
    "SUPPORTED_SUFFIXES",
    "Document",
    "read_document",
    "read_stream",
    "read_text",
    "size_limit",
]
