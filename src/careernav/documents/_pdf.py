"""PDF text layers, through PDFium (pypdfium2).

PDFium is the engine Chrome prints and views PDFs with. Measured on resumes and postings
printed by Chrome, LibreOffice and reportlab (docs/dependencies.md): it keeps the spaces that
Chrome writes as marked-content "ActualText" and that LibreOffice leaves as gaps between
glyphs of another font (pypdf ran Korean words together, "Python또는Scala실무경험"), it
expands the fi/fl ligatures, and it reads a page ten times faster.
"""

from __future__ import annotations

import threading

from careernav.documents._columns import column_order, may_have_columns
from careernav.errors import CorruptDocumentError, EncryptedPDFError, ScannedPDFError
from careernav.extract.sections import is_section_heading

# PDFium is not thread-safe, and the web app reads uploads on worker threads.
_PDFIUM = threading.Lock()
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# PDFium's load errors (FPDF_GetLastError), in words for the person who sent the file.
_LOAD_ERRORS = {
    3: (
        "its data is not in PDF format or is damaged",
        "PDF 형식의 데이터가 아니거나 손상되었습니다",
    ),
    5: (
        "it uses a security scheme that cannot be opened here",
        "여기서 열 수 없는 보안 방식을 씁니다",
    ),
    6: ("a page in it cannot be found or is damaged", "페이지를 찾을 수 없거나 손상되었습니다"),
}


def pdf_text(data: bytes, name: str) -> tuple[str, int]:
    """The text of every page, pages joined by a blank line, and the page count."""
    # A file cut short may still open, with the pages that made it; half a resume read
    # without complaint is worse than an error.
    if b"%%EOF" not in data[-4096:]:
        raise CorruptDocumentError(
            name,
            "PDF",
            "it is cut short: the end-of-file marker is missing",
            "파일이 중간에 잘렸습니다: 파일 끝 표시가 없습니다",
        )
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            # A PDF locked only against printing or copying opens with the empty user
            # password, as in any viewer; one that needs a password to open does not.
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
                raise EncryptedPDFError(name) from exc
            raise CorruptDocumentError(name, "PDF", *_reasons(exc)) from exc
        try:
            texts = [_page_text(document, number, name) for number in range(len(document))]
        finally:
            document.close()

    if texts and not any(text.strip() for text in texts):
        raise ScannedPDFError(name, len(texts))
    return "\n\n".join(text.strip("\r\n") for text in texts), len(texts)


def _page_text(document, index: int, name: str) -> str:
    import pypdfium2 as pdfium

    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
                runs = [textpage.get_rect(i) for i in range(textpage.count_rects())]
                if may_have_columns(runs):
                    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
                    text = column_order(text, boxes, is_section_heading)
                text = text.replace("\r\n", "\n")
                # PDFium joins a word hyphenated at a line end and marks the hyphen it
                # dropped the line break after with U+FFFE ("dbt\ufffeexpectations"): the
                # hyphen is what the page shows (the matcher reads "Kuber-netes" whole).
                return text.replace("\ufffe", "-")
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError as exc:
        raise CorruptDocumentError(name, "PDF", f"page {index + 1}: {_reason(exc)}") from exc


def _reasons(exc: Exception) -> tuple[str, str]:
    """What went wrong, in English and in Korean (the library's own words in both when it
    gave no code we know)."""
    known = _LOAD_ERRORS.get(getattr(exc, "err_code", None))
    if known:
        return known
    return _reason(exc), ""


def _reason(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:200]
