"""Reading a resume or posting from a path, bytes, a stream or pasted text."""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from careernav.documents._decode import check_text, clean_text, decode_bytes
from careernav.documents._docx import docx_text
from careernav.documents._html import html_text
from careernav.documents._hwpx import hwpx_text, is_hwpx
from careernav.documents._mhtml import KIND as MHTML_KIND
from careernav.documents._mhtml import is_mhtml, mhtml_text
from careernav.documents._pdf import pdf_text
from careernav.documents._tables import markdown_tables
from careernav.errors import (
    CorruptDocumentError,
    DocumentAccessError,
    DocumentNotFoundError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InvalidSizeLimitError,
    NotTextError,
    UnsupportedFormatError,
)
from careernav.text import josa

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_BYTES_ENV = "CAREERNAV_MAX_BYTES"
# The largest size limit one may set (1,000,000 MB): more is a typo, not a resume.
LARGEST_MAX_MB = 1_000_000
LARGEST_MAX_BYTES = LARGEST_MAX_MB * 1024 * 1024

_FORMATS_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".hwpx": "hwpx",
}

SUPPORTED_SUFFIXES = tuple(_FORMATS_BY_SUFFIX)

# Types people try that careernav cannot read, named so the error can say what the file is.
_UNSUPPORTED_SUFFIXES = {
    ".doc": "an old-style Word document (.doc)",
    ".dot": "an old-style Word template (.dot)",
    ".hwp": "an older binary Hangul document (.hwp; save it as HWPX, PDF or DOCX)",
    ".rtf": "a rich-text (RTF) document",
    ".odt": "an OpenDocument text file (.odt)",
    ".pages": "an Apple Pages document",
    ".xls": "a spreadsheet",
    ".xlsx": "a spreadsheet",
    ".ppt": "a presentation",
    ".pptx": "a presentation",
    ".key": "a Keynote presentation",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".bmp": "an image",
    ".tif": "an image",
    ".tiff": "an image",
    ".webp": "an image",
    ".heic": "an image",
    ".zip": "a ZIP archive",
}

_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office or HWP document"),
    (b"{\\rtf", "a rich-text (RTF) document"),
    (b"\x89PNG\r\n\x1a\n", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF87a", "an image"),
    (b"GIF89a", "an image"),
    (b"II*\x00", "an image"),
    (b"MM\x00*", "an image"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
)
_ZIP_NOT_WORD = "a ZIP archive (not a Word document)"
# Every description above in Korean, for error messages (a test checks none is missing).
_DESCRIPTIONS_KO = {
    "an old-style Word document (.doc)": "예전 형식(.doc)의 워드 문서",
    "an old-style Word template (.dot)": "예전 형식(.dot)의 워드 서식 파일",
    "an older binary Hangul document (.hwp; save it as HWPX, PDF or DOCX)": (
        "예전 바이너리 형식(.hwp)의 한글 문서"
    ),
    "a rich-text (RTF) document": "서식 있는 텍스트(RTF) 문서",
    "an OpenDocument text file (.odt)": "오픈도큐먼트(.odt) 텍스트 파일",
    "an Apple Pages document": "애플 Pages 문서",
    "a spreadsheet": "스프레드시트",
    "a presentation": "프레젠테이션 파일",
    "a Keynote presentation": "키노트 프레젠테이션 파일",
    "an image": "이미지",
    "a ZIP archive": "ZIP 압축 파일",
    _ZIP_NOT_WORD: "워드 문서가 아닌 ZIP 압축 파일",
    "an old-style Office or HWP document": "예전 형식의 오피스나 HWP 문서",
    "a Windows program": "Windows 프로그램",
    "a program": "실행 프로그램",
    "binary data": "바이너리 데이터",
}

_DESCRIPTIONS = {
    "pdf": "a PDF file",
    "docx": "a Word (DOCX) file",
    "hwpx": "a Hangul (HWPX) file",
    "html": "an HTML page",
    "mhtml": "a web page saved as one file (MHTML)",
}
_RENAME_TO = {
    "pdf": ".pdf", "docx": ".docx", "hwpx": ".hwpx", "html": ".html", "mhtml": ".mhtml",
}  # fmt: skip


@dataclass(frozen=True)
class Document:
    """The text of a resume or posting, and where it came from."""

    text: str
    """NFC text with '\\n' line breaks; paragraphs, headings, list items ('• ') and table rows
    (cells joined by ' | ') each on their own line."""
    name: str
    """The file name, '<stdin>', or the name given."""
    format: str
    """'text', 'markdown', 'pdf', 'docx', 'hwpx', 'html' or 'mhtml' (a web page saved as one
    file, read as its HTML)."""
    encoding: str | None = None
    """The encoding a text or HTML file was decoded from."""
    pages: int | None = None
    """The number of pages of a PDF."""
    title: str | None = None
    """The title an HTML or MHTML page gives itself (its first <h1> outside the menus, or its
    <title> without the site's name); None for other formats, whose title is their first
    line."""


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Read a resume or posting from a file path, or from the bytes of a file.

    The format comes from the file name's extension (.txt, .md, .pdf, .docx, .hwpx, .html,
    .mhtml), checked against the content; with no or an unknown extension the content
    decides. Bytes are named by `name` (default '<bytes>'). Raises a DocumentError subclass
    on any problem.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        shown = name or "<bytes>"
        limit = size_limit(max_bytes, shown)
        data = bytes(source)
        if len(data) > limit:
            raise DocumentTooLargeError(shown, len(data), limit)
        return _parse(data, shown, _suffix(shown))

    if not os.fspath(source):
        raise DocumentNotFoundError(name or "''")
    path = Path(source)
    shown = name or str(source)
    limit = size_limit(max_bytes, shown)
    data = _read_file(path, shown, limit)
    suffix = path.suffix.lower() or _suffix(name or "")
    return _parse(data, name or path.name, suffix, shown=shown)


def read_stream(
    stream: BinaryIO, *, name: str = "<stdin>", max_bytes: int | None = None
) -> Document:
    """Read a document from a binary stream (e.g. `sys.stdin.buffer`), at most `max_bytes`.

    Stops after `max_bytes + 1` bytes, so a huge stream is never read whole.
    """
    limit = size_limit(max_bytes, name)
    data = _read_at_most(stream, limit + 1, name)
    if len(data) > limit:
        raise DocumentTooLargeError(name, None, limit)
    return _parse(data, name, _suffix(name))


def read_text(text: str, *, name: str = "<text>") -> Document:
    """Wrap pasted text as a Document, with the same checks and normalisation as a file. A
    pasted HTML or MHTML page (its source copied whole) is read as the page, as an uploaded
    one is."""
    check_text(text, name)
    kind = sniff(text[:1024].encode("utf-8", "replace"))
    if kind in ("html", "mhtml"):
        return _parse(text.encode("utf-8"), name, "." + kind)
    cleaned = markdown_tables(clean_text(text))
    if not cleaned.strip():
        raise EmptyDocumentError(name)
    fmt = "markdown" if _FORMATS_BY_SUFFIX.get(_suffix(name)) == "markdown" else "text"
    return Document(text=cleaned, name=name, format=fmt)


def size_limit(max_bytes: int | None, name: str) -> int:
    """The size limit in bytes: `max_bytes` when given, else CAREERNAV_MAX_BYTES (at most
    LARGEST_MAX_BYTES), else the default (10 MB). `name` is the input the limit is for, named
    in an error."""
    if max_bytes is not None:
        if max_bytes < 0:
            raise ValueError(f"max_bytes must be zero or more, not {max_bytes}")
        return max_bytes
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(value)
    except ValueError:
        raise InvalidSizeLimitError(name, value) from None
    if limit <= 0:
        raise InvalidSizeLimitError(name, value)
    if limit > LARGEST_MAX_BYTES:
        raise InvalidSizeLimitError(name, value, largest=LARGEST_MAX_BYTES)
    return limit


def _read_file(path: Path, shown: str, limit: int) -> bytes:
    try:
        info = path.stat()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        if _looks_like_pasted_text(shown):
            raise DocumentNotFoundError(
                repr(shown[:40]) + ("…" if len(shown) > 40 else ""),
                hint=" That looks like document text, not a path: use read_text() for it.",
                hint_ko=" 경로가 아니라 문서 내용으로 보입니다: 내용은 read_text()로 읽으세요.",
            ) from exc
        if isinstance(exc, FileNotFoundError | NotADirectoryError | ValueError):
            raise DocumentNotFoundError(shown) from exc
        raise _access_error(shown, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise DocumentNotFoundError(shown, is_directory=True)
    unsupported = _UNSUPPORTED_SUFFIXES.get(path.suffix.lower())
    if unsupported:
        raise _unsupported(shown, unsupported)
    if info.st_size > limit:
        raise DocumentTooLargeError(shown, info.st_size, limit)
    try:
        with path.open("rb") as file:
            # Read one byte past the limit: special files (pipes, /dev/stdin) report size 0.
            data = _read_at_most(file, limit + 1, shown)
    except OSError as exc:
        raise _access_error(shown, exc) from exc
    if len(data) > limit:
        raise DocumentTooLargeError(shown, None, limit)
    return data


def _read_at_most(stream: BinaryIO, count: int, name: str) -> bytes:
    buffer = io.BytesIO()
    remaining = count
    try:
        while remaining > 0:
            chunk = stream.read(min(remaining, 1 << 20))
            if not chunk:
                break
            if isinstance(chunk, str):
                raise TypeError("read_stream needs a binary stream; use sys.stdin.buffer")
            buffer.write(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise _access_error(name, exc) from exc
    return buffer.getvalue()


# What the system's reasons for refusing a file say, in Korean.
_OS_REASONS_KO = {
    errno.EACCES: "읽기 권한이 없습니다",
    errno.EPERM: "허용되지 않은 작업입니다",
    errno.EISDIR: "폴더입니다",
    errno.EIO: "입출력 오류가 났습니다",
    errno.ENXIO: "장치가 없습니다",
    errno.EBUSY: "다른 프로그램이 쓰고 있습니다",
    errno.ELOOP: "심볼릭 링크가 너무 많이 이어집니다",
    errno.ENAMETOOLONG: "경로가 너무 깁니다",
}


def _access_error(name: str, exc: OSError) -> DocumentAccessError:
    reason = exc.strerror or type(exc).__name__
    return DocumentAccessError(name, reason, _OS_REASONS_KO.get(exc.errno or 0, ""))


def _unsupported(name: str, kind: str) -> UnsupportedFormatError:
    return UnsupportedFormatError(name, kind, _DESCRIPTIONS_KO.get(kind, ""))


def _parse(data: bytes, name: str, suffix: str, *, shown: str | None = None) -> Document:
    """Turn the bytes of a file into a Document. `name` goes into the Document; `shown` (the
    path as the user gave it) into error messages."""
    shown = shown or name
    if not data.strip():
        raise EmptyDocumentError(shown)

    kind = sniff(data)
    unsupported = _UNSUPPORTED_SUFFIXES.get(suffix)
    if unsupported:
        raise _unsupported(shown, unsupported)
    fmt = _FORMATS_BY_SUFFIX.get(suffix)
    if fmt is None:  # no or unknown extension: the content decides
        if kind in ("pdf", "docx", "hwpx", "html", "mhtml", "text"):
            fmt = kind
        elif kind == "zip":
            raise _unsupported(shown, _ZIP_NOT_WORD)
        else:
            raise _unsupported(shown, kind)

    encoding = None
    pages = None
    title = None
    if fmt == "pdf":
        if kind != "pdf":
            raise CorruptDocumentError(shown, "PDF", *_not_really("PDF", kind))
        text, pages = pdf_text(data, shown)
    elif fmt == "docx":
        if kind not in ("docx", "zip"):
            raise CorruptDocumentError(shown, "Word (DOCX)", *_not_really("Word", kind))
        text = docx_text(data, shown)
    elif fmt == "hwpx":
        if kind not in ("hwpx", "zip"):
            raise CorruptDocumentError(shown, "Hangul (HWPX)", *_not_really("Hangul", kind))
        text = hwpx_text(data, shown)
    elif fmt == "html" or (fmt == "mhtml" and kind == "html"):
        # An .mht that is a plain HTML page (some tools save them so) is read as one.
        fmt = "html"
        text, encoding, title = html_text(data, shown)
    elif fmt == "mhtml":
        if kind != "mhtml":
            raise CorruptDocumentError(shown, MHTML_KIND, *_not_really("MHTML", kind))
        text, encoding, title = mhtml_text(data, shown)
    else:
        if kind in _DESCRIPTIONS and kind != "html":
            english, korean = _not_really("text", kind)
            raise NotTextError(shown, f" {english[0].upper()}{english[1:]}.", f" {korean}.")
        text, encoding = decode_bytes(data, shown)

    text = clean_text(text)
    if fmt in ("text", "markdown"):
        # Markdown tables are written in text and pasted as text alike (see read_text).
        text = markdown_tables(text)
    if not text.strip():
        # a job board's page that fills itself in with JavaScript was saved before it did
        scripted = fmt in ("html", "mhtml") and b"<script" in data.lower()
        raise EmptyDocumentError(shown, scripted=scripted)
    if title is not None:
        title = " ".join(clean_text(title).split()) or None
    return Document(text=text, name=name, format=fmt, encoding=encoding, pages=pages, title=title)


def sniff(data: bytes) -> str:
    """What the content looks like: 'pdf', 'docx', 'hwpx', 'html', 'mhtml', 'text', 'zip' (a
    ZIP that is not a Word document), or a description of a type careernav does not read."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    for signature, description in _SIGNATURES:
        if data.startswith(signature):
            return description
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "an image"
    # a saved page's MIME headers may run past 1 KB (a long URL, an encoded subject)
    if is_mhtml(data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")):
        return "mhtml"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<") and (b"<html" in start or b"<!doctype html" in start):
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # not UTF-16
        return "binary data"
    return "text"


def describe(kind: str) -> tuple[str, str]:
    """What a kind that `sniff` returned is, in English and in Korean ("a PDF file", "PDF
    파일")."""
    if kind in _DESCRIPTIONS:
        return _DESCRIPTIONS[kind], _DESCRIPTIONS_KO_BY_FORMAT[kind]
    if kind == "zip":
        return "a ZIP archive (such as a DOCX or HWPX document)", "DOCX나 HWPX 같은 ZIP 압축 파일"
    if kind == "text":
        return "plain text", "일반 텍스트"
    return kind, _DESCRIPTIONS_KO.get(kind, kind)


_DESCRIPTIONS_KO_BY_FORMAT = {
    "pdf": "PDF 파일",
    "docx": "워드(DOCX) 파일",
    "hwpx": "한글(HWPX) 파일",
    "html": "HTML 페이지",
    "mhtml": "한 파일로 저장한 웹 페이지(MHTML)",
}


def _zip_kind(data: bytes) -> str:
    """'docx', 'hwpx' or 'zip' for the bytes of a ZIP archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" in archive.namelist():
                return "docx"
            return "hwpx" if is_hwpx(archive) else "zip"
    except Exception:  # a damaged archive: let the format's reader report it
        return "zip"


def _suffix(name: str) -> str:
    return Path(name).suffix.lower() if name and not name.startswith("<") else ""


def _not_really(expected: str, kind: str) -> tuple[str, str]:
    """What the file really is, in English and in Korean."""
    if kind in _DESCRIPTIONS:
        return (
            f"it looks like {_DESCRIPTIONS[kind]}; rename it to {_RENAME_TO[kind]}",
            f"{_RENAME_TO[kind][1:].upper()} 파일로 보입니다. 확장자를 "
            f"{_RENAME_TO[kind]}{josa(_RENAME_TO[kind], '으로', '로')} 바꾸세요",
        )
    if kind == "text":
        return f"it holds plain text, not {expected} data", "일반 텍스트 파일입니다"
    if kind == "zip":
        return "it is a ZIP archive", "ZIP 압축 파일입니다"
    described = _DESCRIPTIONS_KO.get(kind, kind)
    return f"it looks like {kind}", f"{described}{josa(described, '으로', '로')} 보입니다"


def _looks_like_pasted_text(source: str) -> bool:
    return "\n" in source or "\x00" in source or len(source) > 1000
