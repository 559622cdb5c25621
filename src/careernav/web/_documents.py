"""The documents the web app reads, from a page (an upload or pasted text) or from the API (a
text body), under one size limit with one message, read by the same code as the CLI's."""

from __future__ import annotations

from fastapi import UploadFile

from careernav.documents import Document, read_document, read_text
from careernav.errors import CareernavError

# The longest document text a page or the API takes. The longest real resume or posting is
# well under 100,000 characters; at this limit reading one takes about ten seconds.
MAX_TEXT_CHARS = 2_000_000

# What a message calls a document that has no file name (pasted text, an API body)
_UNNAMED = {
    "<posting>": ("The posting text", "채용 공고 텍스트"),
    "<resume>": ("The resume text", "이력서 텍스트"),
}


class InputTooLargeError(CareernavError):
    """A document over the web app's limits: answered with 413, by a page or by the API."""

    status = 413


class TextTooLongError(InputTooLargeError):
    def __init__(self, name: str, length: int, limit: int = MAX_TEXT_CHARS):
        en, ko = (
            _UNNAMED.get(name, ("The text", "텍스트")) if name.startswith("<") else (name, name)
        )
        super().__init__(
            f"{en} is {length:,} characters long, over the limit of {limit:,} characters. "
            "Resumes and postings are far shorter: check that it is the right document, or "
            "paste only its text.",
            ko=f"{ko}의 길이가 {length:,}자로 한도 {limit:,}자를 넘습니다. 이력서나 채용 공고는 "
            "훨씬 짧으니 올바른 문서인지 확인하거나 그 내용만 붙여 넣어 주세요.",
        )


class UploadTooLargeError(InputTooLargeError):
    def __init__(self, name: str, limit: int):
        size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"
        size_ko = f"{limit // 2**20}MB" if limit >= 2**20 else f"{limit:,}바이트"
        super().__init__(
            f"{name} is over the upload limit of {size}. Upload a smaller file or paste the text.",
            ko=f"{name} 파일이 업로드 한도 {size_ko}를 넘습니다. 더 작은 파일을 올리거나 내용을 "
            "붙여 넣어 주세요.",
        )


def check_length(text: str, name: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLongError(name, len(text))


def text_document(text: str, name: str) -> Document:
    """Pasted text, or an API body's text, as a Document within the limit."""
    check_length(text, name)  # before reading: a longer text is refused at once
    return read_text(text, name=name)


async def document_from(
    form_text: str | None, upload: UploadFile | None, what: str, max_bytes: int
) -> Document | None:
    """A document from an upload (preferred) or pasted text; None when neither was given.

    A chosen file that is empty is an error naming it, as the CLI gives, not "no file": an
    empty resume would otherwise turn a match into a posting-only analysis without a word."""
    if upload is not None and upload.filename:
        data = await upload.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise UploadTooLargeError(upload.filename, max_bytes)
        document = read_document(data, name=upload.filename, max_bytes=max_bytes)
        check_length(document.text, upload.filename)
        return document
    if form_text and form_text.strip():
        return text_document(form_text, f"<{what}>")
    return None


def error_status(exc: Exception) -> int:
    """The HTTP status of an error in what was sent: 413 for a document over a limit."""
    return 413 if isinstance(exc, InputTooLargeError) else 400
