"""HTML text, through selectolax (lexbor): the visible text, one block element per line.

Left out, as a reader of the page does not take them for the posting: scripts and other
content never shown as text; hidden elements (`hidden`, `aria-hidden="true"`, an inline
`display:none` or `visibility:hidden`, a closed <dialog>) and dialogs over the page (cookie
banners, "Apply" modals); the site's menus (<nav>), and its sidebars and footer (<aside>,
<footer> outside the posting's <main> or <article>); form controls' option lists; icon-font
glyph names ("location_on"). Elements written side by side with nothing between
(`<span>Python</span><span>Spark</span>`, as single-page apps serialise their DOM) are read
apart, as their boxes show them. A table whose top row names sections (사람인's `담당업무 |
자격요건 | 우대사항`) is read a column at a time (see `_tables`), any other a row at a time.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from typing import Any

from careernav.documents._decode import decode_bytes
from careernav.documents._tables import by_columns, names_sections
from careernav.errors import CorruptDocumentError

BULLET = "• "

# Content that is never shown as text. A <select>'s options are the choices of a form (the
# country list of an "Apply" form), not words of the page: the page shows one at most.
_SKIP = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "select", "datalist",
    }
)  # fmt: skip
# Elements that start and end a line.
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "nav", "aside", "header", "footer", "address",
        "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br",
        "table", "thead", "tbody", "tfoot", "caption", "tr", "blockquote", "pre", "figure",
        "figcaption", "form", "fieldset", "legend", "details", "summary", "center", "body",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
# A site's sidebars ("Similar jobs") and footer ("Popular searches: React jobs"). Inside the
# posting's <main> or <article> they are its own: a "job facts" box, its small print.
_PAGE_CHROME = frozenset({"aside", "footer"})
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b", re.I
)
# Icon fonts draw a name ("location_on", "schedule") as one glyph.
_ICON_FONT = re.compile(r"(?:^|\s)material-(?:icons|symbols)")
# What shows that a hidden element is the page itself, hidden by the script state it was saved
# in (the app behind an open modal is aria-hidden; a page revealed once loaded): read it.
_PAGE_ITSELF = "h1, main, article, [role=main]"
_SPACES = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def html_text(data: bytes, name: str, *, charset: str | None = None) -> tuple[str, str, str | None]:
    """The visible text of an HTML page, the encoding it was decoded with, and its title.
    `charset` is the one the page was sent with (a saved page's MIME header), which comes
    before its own <meta charset>, as in a browser."""
    declared = _known_charset(charset) if charset else None
    markup, encoding = decode_bytes(data, name, declared=declared or _declared_charset(data))
    text, title = _read(markup, name, structured=True)
    return text, encoding, title


def html_to_text(markup: str, name: str, *, structured: bool = True) -> str:
    """The visible text; for a job-board page that describes its posting as schema.org
    JSON-LD, that posting alone (its title, then its description), without the menus,
    "similar jobs" lists and footers around it — unless the JSON-LD holds only a summary of
    what the page shows (see `_is_summary`)."""
    return _read(markup, name, structured=structured)[0]


def _read(markup: str, name: str, *, structured: bool) -> tuple[str, str | None]:
    try:
        from selectolax.lexbor import LexborHTMLParser

        parser = LexborHTMLParser(markup)
        posting = _job_posting(parser) if structured else None
        if posting is not None:
            heading, parts = posting
            title = _SPACES.sub(" ", heading).strip()[:MAX_TITLE] or _page_title(parser)
            if not _is_summary(parts, parser):
                return "\n".join(line for line in [heading, *parts] if line), title
        else:
            title = _page_title(parser)
        lines = _visible_lines(parser.root)
    except Exception as exc:  # the parser is forgiving; anything here is unexpected
        raise CorruptDocumentError(name, "HTML", type(exc).__name__) from exc
    return "\n".join(lines), title


def _visible_lines(root: Any) -> list[str]:
    out = _Lines()
    if root is not None:
        _walk(root, out)
    out.flush()
    return out.lines


# Under this share of the length of the page's shown main content, a JobPosting's text is a
# summary. A full description is most of what a posting page shows (past 70 % even with the
# company blurb, facts table and "Apply" buttons left in); a teaser ("Join our ranking team to
# build search models.") is a sentence against whole Requirements and Preferred lists, under
# 10 %. 40 % sits well clear of both.
_SUMMARY_SHARE = 0.4


def _is_summary(parts: list[str], parser: Any) -> bool:
    """Whether a JSON-LD posting's text is far shorter than what the page shows as its main
    content (its <main>, else all of its visible text, menus, sidebars and footer left out):
    boards that cut the schema's copy to a teaser. The page is then read as shown."""
    main = parser.css_first("main, [role=main]")
    shown = _visible_lines(main if main is not None else parser.root)
    return _length(parts) < _SUMMARY_SHARE * _length(shown)


def _length(lines: list[str]) -> int:
    """Characters other than spaces: markup's indentation and line breaks do not count."""
    return sum(len(_SPACES.sub("", line)) for line in lines)


# Where a page keeps its menus, site banner and small print: never its posting's title.
_CHROME = frozenset({"nav", "footer", "aside", "menu", "form", "button", "dialog"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar", "dialog"})
# A <header> inside these is the posting's own header; anywhere else it is the site's.
_CONTENT = frozenset({"main", "article"})
# " | Company", " - 회사명": the site's name after the page's, in a <title>.
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+(?!.*\s[|\-–—]\s)")
MAX_TITLE = 200


def _page_title(parser: Any) -> str | None:
    """The page's own title: its first <h1> outside menus, the site banner and the footer;
    failing that its <title>, without a trailing " | Site" or " - 회사명"."""
    for heading in parser.css("h1"):
        text = _SPACES.sub(" ", heading.text(deep=True) or "").strip()
        if text and not _in_chrome(heading):
            return text[:MAX_TITLE]
    node = parser.css_first("title")
    text = _SPACES.sub(" ", node.text(deep=True) or "").strip() if node is not None else ""
    return _without_site(text)[:MAX_TITLE] or None


def _in_chrome(node: Any) -> bool:
    header = False
    parent = node.parent
    while parent is not None and parent.tag not in (None, "html", "-document"):
        tag = parent.tag
        if tag in _CONTENT:
            return False  # a posting's header or menu-like markup inside its own content
        role = (parent.attributes.get("role") or "").strip().lower()
        if tag in _CHROME or tag in _SKIP or role in _CHROME_ROLES:
            return True
        header = header or tag == "header"
        parent = parent.parent
    return header


def _without_site(title: str) -> str:
    """A <title> without the site's name after its last " | " or " - ", when that name is
    short and shorter than what it follows ("Senior Engineer - Machine Learning" stays)."""
    parts = _SITE_SUFFIX.split(title, maxsplit=1)
    if len(parts) == 2:
        head, site = parts[0].strip(), parts[1].strip()
        if head and len(site) <= 40 and len(site) < len(head):
            return head
    return title


# JobPosting properties that hold text of the posting, in the order a reader expects them.
_POSTING_PARTS = (
    "description", "responsibilities", "qualifications", "skills", "experienceRequirements",
    "educationRequirements",
)  # fmt: skip


def _job_posting(parser: Any) -> tuple[str, list[str]] | None:
    """The title and the parts' text (as lines) of the first schema.org JobPosting in the
    page's JSON-LD that has any text besides its title, or None."""
    for script in parser.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(deep=True) or "null")
        except (ValueError, RecursionError):
            continue  # a broken or absurdly nested block: the visible text is still there
        posting = _find_job_posting(data)
        if posting is None:
            continue
        lines = [_plain(posting.get("title"))]
        for part in _POSTING_PARTS:
            value = posting.get(part)
            for item in value if isinstance(value, list) else [value]:
                text = _plain(item)
                if text and "<" in text:
                    text = html_to_text(text, "JSON-LD", structured=False)
                lines.append(text)
        if any(lines[1:]):
            return lines[0], [line for line in lines[1:] if line]
    return None


def _find_job_posting(data: Any, depth: int = 0) -> dict | None:
    if depth > 4:
        return None
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
            return data
        items = data.get("@graph") or []
    else:
        return None
    for item in items if isinstance(items, list) else []:
        found = _find_job_posting(item, depth + 1)
        if found is not None:
            return found
    return None


def _plain(value: Any) -> str:
    """Text of a JSON-LD value: a string, or the name/text of an object."""
    if isinstance(value, dict):
        value = value.get("text") or value.get("name") or value.get("description")
    if not isinstance(value, str):
        return ""
    return html.unescape(value).strip()


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return _known_charset(match.group(1).decode("ascii"))
    except UnicodeDecodeError:
        return None


def _known_charset(label: str) -> str | None:
    """The codec a charset label names, or None for a label Python does not know."""
    try:
        encoding = codecs.lookup(label).name
    except LookupError:
        return None
    # Browsers read these labels as their Windows supersets; so do we.
    return {"euc_kr": "cp949", "iso8859-1": "cp1252", "ascii": "cp1252"}.get(encoding, encoding)


class _Lines:
    """Collects inline text into the current line and finishes lines at block boundaries."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._parts: list[str] = []
        self._bullet = False
        self._pre = 0
        # An element has just ended, with no text since; and then another one started.
        self._after_element = False
        self._between_elements = False

    def text(self, value: str) -> None:
        if not value:
            return
        if self._between_elements and not value[0].isspace() and self._needs_space():
            # "<span>Python</span><span>Spark</span>": two boxes on the screen, two words.
            # Text running into an element ("Py<b>thon</b>") is one word and stays so.
            self._parts.append(" ")
        self._after_element = self._between_elements = False
        if self._pre:
            self._parts.append(value.replace("\u00a0", " "))
        else:
            self._parts.append(_SPACES.sub(" ", value))

    def _needs_space(self) -> bool:
        return bool(self._parts) and not self._parts[-1][-1:].isspace()

    def start(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
        elif self._after_element:
            self._between_elements = True
        if tag == "li":
            self._bullet = True
        elif tag == "pre":
            self._pre += 1

    def end(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
        self._after_element = True
        if tag == "li":
            self._bullet = False
        elif tag == "pre":
            self._pre -= 1

    def add_line(self, line: str) -> None:
        self.flush()
        self.lines.append(line)

    def flush(self) -> None:
        pieces = [piece.strip() for piece in "".join(self._parts).split("\n")]
        self._parts = []
        for piece in pieces:
            if not piece:
                continue
            if self._bullet:
                piece = BULLET + piece
                self._bullet = False
            self.lines.append(piece)


def _walk(root: Any, out: _Lines, in_content: bool = False) -> None:
    """The shown text under `root` into `out`; `in_content`: `root` is inside the page's
    <main> or <article>."""
    # An explicit stack: malformed pages (thousands of unclosed <div>s) nest deeper than
    # Python's recursion limit.
    stack: list[tuple[Any, bool, bool]] = [(root, False, in_content)]
    while stack:
        node, leaving, in_content = stack.pop()
        if leaving:
            out.end(node.tag)
            continue
        if node.is_text_node:
            out.text(node.text(deep=False) or "")
            continue
        if not node.is_element_node or _left_out(node, in_content):
            continue
        tag = node.tag
        if tag == "tr":
            _row(node, out, in_content)
            continue
        if tag == "table" and _section_table(node, out, in_content):
            continue
        out.start(tag)
        stack.append((node, True, in_content))
        inside = in_content or tag in _CONTENT
        children = reversed(list(node.iter(include_text=True)))
        stack.extend((child, False, inside) for child in children)


def _left_out(node: Any, in_content: bool) -> bool:
    """Whether an element's text is none of the page's own (see the module's docstring)."""
    tag = node.tag
    if tag in _SKIP:
        return True
    attributes = node.attributes
    role = (attributes.get("role") or "").strip().lower()
    if tag == "nav" or role == "navigation":
        return True  # a site's menu: "Engineering blog: Kafka, Spark" is no posting's ask
    if tag in _PAGE_CHROME and not in_content:
        return True
    if _ICON_FONT.search(attributes.get("class") or ""):
        return True
    if _hidden(tag, attributes) or role in _DIALOG_ROLES:
        return node.css_first(_PAGE_ITSELF) is None
    return False


def _hidden(tag: str, attributes: dict[str, str | None]) -> bool:
    if "hidden" in attributes and attributes["hidden"] != "until-found":
        return True  # "until-found" is a collapsed section the browser opens on a search
    if (attributes.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if tag == "dialog" and "open" not in attributes:
        return True
    return bool(_HIDDEN_STYLE.search(attributes.get("style") or ""))


def _row(tr: Any, out: _Lines, in_content: bool) -> None:
    """A table row: one line of cells joined by ' | ' when every cell is a single line;
    otherwise (a layout table holding whole sections) each cell's lines in turn."""
    cells = [lines for lines in _cells(tr, in_content) if lines]
    if all(len(lines) == 1 for lines in cells):
        if cells:
            out.add_line(" | ".join(lines[0] for lines in cells))
    else:
        out.flush()
        for lines in cells:
            out.lines.extend(lines)


def _cells(tr: Any, in_content: bool) -> list[list[str]]:
    """The lines of each cell of a row, in order; an empty cell has none."""
    cells = []
    for cell in tr.iter():
        if cell.tag not in _CELLS:
            continue
        inner = _Lines()
        _walk(cell, inner, in_content)
        inner.flush()
        cells.append(inner.lines)
    return cells


_SECTIONS = frozenset({"thead", "tbody", "tfoot"})


def _section_table(table: Any, out: _Lines, in_content: bool) -> bool:
    """Read a table whose top row names sections column by column (see `_tables`); False,
    having read nothing, for any other table, which the walk reads row by row."""
    rows = [tr for tr in _table_rows(table) if not _left_out(tr, in_content)]
    if len(rows) < 2 or not _short_cells(rows[0]):
        return False  # most tables: decided before any cell is walked
    header = _cells(rows[0], in_content)
    if not names_sections(header):
        return False  # a table of data: its other rows are walked once, by the walk
    lines = by_columns([header, *(_cells(tr, in_content) for tr in rows[1:])])
    if lines is None:
        return False
    for child in table.iter():
        if child.tag == "caption":
            _walk(child, out, in_content)
    out.flush()
    out.lines.extend(lines)
    return True


def _table_rows(table: Any) -> list[Any]:
    """The rows of this table, not of the tables inside its cells."""
    rows = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _SECTIONS:
            rows.extend(tr for tr in child.iter() if tr.tag == "tr")
    return rows


def _short_cells(tr: Any) -> bool:
    """Whether a row could be a row of headings: two or more cells of a few words each (a
    layout table's first row holds a whole page)."""
    cells = [cell for cell in tr.iter() if cell.tag in _CELLS]
    return len(cells) >= 2 and all(
        len((cell.text(deep=True) or "").strip()) <= _MAX_HEADING_CELL for cell in cells
    )


# The longest header cell worth handing to the section recogniser (its headings are shorter).
_MAX_HEADING_CELL = 60
