"""Text of a Hangul HWPX document: the open, ZIP-and-XML format of the Hangul word processor
(OWPML, KS X 6101), which Korean resumes and postings are often written in.

The body lives in Contents/section0.xml, section1.xml, …, in the order the package manifest
(Contents/content.hpf) lists them. Each paragraph (hp:p) becomes a line, its text runs (hp:t)
joined; a table row becomes one line with its cells joined by ' | ', as for DOCX. The XML is
parsed with lxml with entities and network access off, and the archive's declared sizes are
checked before anything is inflated, so a hostile file cannot blow up in memory.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from careernav.errors import CorruptDocumentError

_HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
_OPF = "{http://www.idpf.org/2007/opf/}"
_SECTION = re.compile(r"Contents/section(\d+)\.xml")
MAX_INFLATED_BYTES = 64 * 1024 * 1024  # the XML of a 100-page document is a few MB
MIMETYPE = b"application/hwp+zip"


def is_hwpx(archive: zipfile.ZipFile) -> bool:
    names = set(archive.namelist())
    if "mimetype" in names and archive.read("mimetype").strip() == MIMETYPE:
        return True
    return any(_SECTION.fullmatch(n) for n in names) and "Contents/content.hpf" in names


def hwpx_text(data: bytes, name: str) -> str:
    """Paragraphs and tables of every section, in order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise CorruptDocumentError(
            name,
            "Hangul (HWPX)",
            "it is not a readable ZIP package",
            "읽을 수 있는 ZIP 패키지가 아닙니다",
        ) from exc
    with archive:
        if not is_hwpx(archive):
            raise CorruptDocumentError(
                name, "Hangul (HWPX)", "it has no HWPX body sections", "HWPX 본문 구역이 없습니다"
            )
        sections = _section_names(archive)
        total = sum(archive.getinfo(s).file_size for s in sections)
        if total > MAX_INFLATED_BYTES:
            raise CorruptDocumentError(
                name,
                "Hangul (HWPX)",
                f"its text would inflate to {total:,} bytes",
                f"압축을 풀면 {total:,}바이트가 됩니다",
            )
        lines: list[str] = []
        for section in sections:
            try:
                root = _parse_xml(archive.read(section))
            except Exception as exc:  # zlib, CRC and XML errors all mean a damaged file
                raise CorruptDocumentError(name, "Hangul (HWPX)", *_reasons(exc)) from exc
            _blocks(root, lines)
    return "\n".join(lines)


def _section_names(archive: zipfile.ZipFile) -> list[str]:
    """Body sections in the manifest's reading order, else by number."""
    found = {n for n in archive.namelist() if _SECTION.fullmatch(n)}
    try:
        manifest = _parse_xml(archive.read("Contents/content.hpf"))
        hrefs = {
            item.get("id"): "Contents/" + item.get("href", "").removeprefix("Contents/")
            for item in manifest.iter(f"{_OPF}item")
        }
        ordered = [hrefs.get(ref.get("idref")) for ref in manifest.iter(f"{_OPF}itemref")]
        ordered = [n for n in ordered if n in found]
        if ordered:
            return ordered + sorted(found - set(ordered), key=_number)
    except Exception:  # no or odd manifest: the numbers give the order
        pass
    return sorted(found, key=_number)


def _number(section: str) -> int:
    match = _SECTION.fullmatch(section)
    return int(match.group(1)) if match else 0


def _parse_xml(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def _blocks(parent: Any, lines: list[str]) -> None:
    """Walk paragraphs in document order; tables become one line per row."""
    for p in parent.iterchildren(f"{_HP}p"):
        text = []
        for run in p.iterchildren(f"{_HP}run"):
            for child in run.iterchildren():
                if child.tag == f"{_HP}t":
                    text.append(_run_text(child))
                elif child.tag == f"{_HP}tbl":
                    _flush(text, lines)
                    _table(child, lines)
                elif child.tag in (f"{_HP}rect", f"{_HP}container", f"{_HP}drawText"):
                    _flush(text, lines)  # a text box: its paragraphs follow as lines
                    for sub in child.iter(f"{_HP}subList"):
                        _blocks(sub, lines)
        _flush(text, lines)


def _run_text(t: Any) -> str:
    parts = [t.text or ""]
    for child in t:
        if child.tag == f"{_HP}lineBreak":
            parts.append("\n")
        elif child.tag == f"{_HP}tab":
            parts.append("\t")
        elif child.tag in (f"{_HP}nbSpace", f"{_HP}fwSpace"):
            parts.append(" ")  # a non-breaking or full-width space Hangul inserts between words
        parts.append(child.tail or "")
    return "".join(parts)


def _flush(text: list[str], lines: list[str]) -> None:
    line = "".join(text).strip()
    if line:
        lines.append(line)
    text.clear()


def _table(tbl: Any, lines: list[str]) -> None:
    for tr in tbl.iterchildren(f"{_HP}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_HP}tc"):
            inner: list[str] = []
            for sub in tc.iterchildren(f"{_HP}subList"):
                _blocks(sub, inner)
            cells.append(" ".join(inner))
        if any(cells):
            lines.append(" | ".join(c for c in cells if c))


def _reasons(exc: Exception) -> tuple[str, str]:
    """What is wrong with a section, in English (with the library's own words, which have no
    Korean) and in Korean."""
    text = str(exc).strip() or type(exc).__name__
    xml = type(exc).__module__.startswith("lxml")
    where_ko = "본문 XML이" if xml else "압축된 본문이"
    return f"it is damaged ({text[:120]})", f"{where_ko} 손상되었습니다"
