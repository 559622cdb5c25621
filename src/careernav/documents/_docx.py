"""Word (.docx) text, through python-docx.

python-docx opens and checks the package; the body is then walked directly, because its
`iter_inner_content` skips content controls (w:sdt), which resume templates use everywhere,
and `Paragraph.text` skips text boxes. The text is what Word shows: deleted and moved-away
text of tracked changes and hidden text (w:vanish) are left out; footnotes and endnotes,
which python-docx does not read, follow the body.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from careernav.documents._hwpx import MAX_INFLATED_BYTES  # one limit for both packages
from careernav.documents._tables import by_columns
from careernav.errors import CorruptDocumentError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

BULLET = "• "

# What a paragraph holds that is not shown as its text: formatting, text deleted or moved away
# under tracked changes (Word shows the moved text once, where it went: w:moveTo), and the
# duplicate fallback of a drawing.
_NOT_SHOWN = frozenset({f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback"})
# Footnotes and endnotes that are the lines Word draws above the notes, not notes.
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def docx_text(data: bytes, name: str) -> str:
    """Body paragraphs and tables in order, then the footnotes and endnotes. A table row whose
    cells hold a line each is one line of cells joined by ' | '; a row laid out as columns
    (cells holding headings, lists, paragraphs) gives each cell's lines in turn; a table
    whose top row names sections is read a column at a time (see `_tables`)."""
    _check_inflated_size(data, name)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:  # zip, XML and package errors all mean the same to the user
        raise CorruptDocumentError(name, "Word (DOCX)", _reason(exc)) from exc
    try:
        walker = _Walker(_ListStyles(document))
        walker.block_children(body)
        for note in _notes(document):
            walker.block_children(note)
    except Exception as exc:
        raise CorruptDocumentError(name, "Word (DOCX)", _reason(exc)) from exc
    return "\n".join(walker.lines)


def _check_inflated_size(data: bytes, name: str) -> None:
    """Refuse a package whose parts would inflate past MAX_INFLATED_BYTES (a "zip bomb": a 1 MB
    file holding a gigabyte of XML), before python-docx reads any of it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        return  # python-docx reports a damaged package in its own words
    if total > MAX_INFLATED_BYTES:
        raise CorruptDocumentError(
            name,
            "Word (DOCX)",
            f"its parts would inflate to {total:,} bytes",
            f"압축을 풀면 {total:,}바이트가 됩니다",
        )


class _Walker:
    def __init__(self, styles: _ListStyles):
        self.styles = styles
        self.lines: list[str] = []

    def block_children(self, parent: Any) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                self.paragraph(child)
            elif tag == f"{_W}tbl":
                self.table(child)
            elif tag in (f"{_W}sdt", f"{_W}customXml"):
                content = child.find(f"{_W}sdtContent")
                self.block_children(content if content is not None else child)
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if choice is not None:
                    self.block_children(choice)

    def paragraph(self, p: Any) -> None:
        boxes: list[Any] = []
        # A line break (Shift+Enter, w:br) starts a line of its own, as Word shows it: a
        # table cell of "- 경력 3년 이상<br>- Python" is two items, not one run-on line.
        lines = [line.strip() for line in "".join(_inline_text(p, boxes)).split("\n")]
        lines = [line for line in lines if line]
        if lines and self.styles.is_list(p):
            lines[0] = BULLET + lines[0]
        self.lines.extend(lines)
        for box in boxes:
            self.block_children(box)

    def table(self, tbl: Any) -> None:
        rows = [self._cells(tr) for tr in _wrapped_children(tbl, f"{_W}tr")]
        by_column = by_columns(rows)
        if by_column is not None:
            # A posting laid out under a row of section headings (see _tables).
            self.lines.extend(by_column)
            return
        for row in rows:
            cells = [lines for lines in row if lines]
            if all(len(lines) == 1 for lines in cells):
                # A data row ("2021 – 현재 | (주)누리에이아이 | 챗봇 의도 분류"): one line.
                if cells:
                    self.lines.append(" | ".join(" ".join(lines[0].split()) for lines in cells))
            else:
                # A layout row: two-column templates put whole sections (a heading, its
                # bullets) in each cell; joined into one line they would hide the headings.
                for lines in cells:
                    self.lines.extend(lines)

    def _cells(self, tr: Any) -> list[list[str]]:
        """The lines of each cell of a row, in order; an empty cell has none."""
        cells: list[list[str]] = []
        for tc in _wrapped_children(tr, f"{_W}tc"):
            inner = _Walker(self.styles)
            if not _continues_merge(tc):  # a continuing cell repeats nothing new
                inner.block_children(tc)
            cells.append(inner.lines)  # empty, it still holds its column's place
        return cells


def _continues_merge(tc: Any) -> bool:
    """Whether a cell continues a vertical merge from the row above."""
    tc_pr = tc.find(f"{_W}tcPr")
    merge = tc_pr.find(f"{_W}vMerge") if tc_pr is not None else None
    return merge is not None and merge.get(f"{_W}val") != "restart"


def _wrapped_children(parent: Any, tag: str) -> list[Any]:
    """Children of `parent` with `tag`, looking through content controls wrapped round them
    (repeating sections wrap table rows and cells)."""
    found = []
    for child in parent.iterchildren():
        if child.tag == tag:
            found.append(child)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent")
            found.extend(_wrapped_children(content if content is not None else child, tag))
    return found


def _inline_text(element: Any, boxes: list[Any]) -> list[str]:
    """Text of a paragraph's runs, hyperlinks, fields and insertions, in order. Text boxes
    found on the way are collected into `boxes` to be read as paragraphs of their own."""
    parts: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}txbxContent":
            boxes.append(child)
        elif tag in _NOT_SHOWN or (tag == f"{_W}r" and _is_hidden(child)):
            continue
        elif isinstance(tag, str):
            parts.extend(_inline_text(child, boxes))
    return parts


def _is_hidden(run: Any) -> bool:
    """Whether a run is hidden text (w:vanish): templates keep instructions and keyword lists
    for applicant-tracking systems in it, which Word does not show or print."""
    r_pr = run.find(f"{_W}rPr")
    vanish = r_pr.find(f"{_W}vanish") if r_pr is not None else None
    return vanish is not None and vanish.get(f"{_W}val") not in ("0", "false", "off")


def _notes(document: Any) -> list[Any]:
    """The footnotes, then the endnotes, of `document` (python-docx has no API for them, so
    their parts are parsed here with its XML parser, entities off)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    notes = []
    for reltype, tag in ((RT.FOOTNOTES, f"{_W}footnote"), (RT.ENDNOTES, f"{_W}endnote")):
        try:
            part = document.part.part_related_by(reltype)
        except KeyError:
            continue  # the document has none
        try:
            root = parse_xml(part.blob)
        except Exception:
            # Damaged notes must not cost the body, which is read: the notes are the small
            # print (as damaged styles only cost the bullets, see _ListStyles).
            continue
        for note in root.iterchildren(tag):
            if note.get(f"{_W}type") not in _NOTE_SEPARATORS:
                notes.append(note)
    return notes


class _ListStyles:
    """Whether a paragraph is a list item: numbering on the paragraph, or on its style chain
    (Word's "List Bullet" carries its numbering in the style)."""

    def __init__(self, document: Any):
        self._by_id: dict[str, Any] = {}
        self._cache: dict[str, bool] = {}
        try:
            styles_element = document.styles.element
        except Exception:
            return
        for style in styles_element.iterchildren(f"{_W}style"):
            style_id = style.get(f"{_W}styleId")
            if style_id:
                self._by_id[style_id] = style

    def is_list(self, p: Any) -> bool:
        p_pr = p.find(f"{_W}pPr")
        if p_pr is not None:
            num = _numbering(p_pr)
            if num is not None:
                return num
            style = p_pr.find(f"{_W}pStyle")
            if style is not None:
                return self._style_is_list(style.get(f"{_W}val") or "")
        return False

    def _style_is_list(self, style_id: str, depth: int = 0) -> bool:
        if style_id in self._cache:
            return self._cache[style_id]
        style = self._by_id.get(style_id)
        result = False
        if style is not None and depth < 20:
            p_pr = style.find(f"{_W}pPr")
            num = _numbering(p_pr) if p_pr is not None else None
            if num is not None:
                result = num
            else:
                based_on = style.find(f"{_W}basedOn")
                if based_on is not None:
                    result = self._style_is_list(based_on.get(f"{_W}val") or "", depth + 1)
        self._cache[style_id] = result
        return result


def _numbering(p_pr: Any) -> bool | None:
    """True or False if these paragraph properties say, None if they are silent.
    numId 0 is Word's way of switching inherited numbering off."""
    num_pr = p_pr.find(f"{_W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{_W}numId")
    if num_id is None:
        return None
    return num_id.get(f"{_W}val") not in ("0", None)


def _reason(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:200]
