"""Tables whose top row names sections, read a column at a time.

Korean job boards (사람인, 잡코리아) and Notion exports lay a posting out as one table:
`모집분야 | 담당업무 | 자격요건 | 우대사항` on top, each column's list in the cell below. Read
row by row, the lists of all columns end up side by side under no heading of their own, and
every requirement is lost. Such a table is read as the page means it: each heading on its own
line, then its column's cells. Any other table (a resume's `기간 | 회사 | 업무`, `분야 | 기술`)
is read row by row, as before: its rows are what belongs together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A cell is a list of lines; a row a list of cells; a table a list of rows.
Cell = Sequence[str]
Row = Sequence[Cell]

# Longer than this, a header cell is no heading (the section recogniser's own limit is 40
# characters).
_MAX_HEADING_CHARS = 40


def by_columns(rows: Sequence[Row]) -> list[str] | None:
    """The lines of a table read column by column — each column's heading, then the lines of
    its cells from top to bottom — when its top row names sections (see `names_sections`);
    None when it is not such a table (read it row by row). A row with more cells than the
    header has is not laid out under it: the table is then left to be read by rows."""
    if len(rows) < 2 or not names_sections(rows[0]):
        return None
    header = rows[0]
    if any(len(row) > len(header) for row in rows[1:]):
        return None
    lines: list[str] = []
    for column, heading in enumerate(header):
        lines.append(heading[0])
        for row in rows[1:]:
            if column < len(row):
                lines.extend(row[column])
    return lines


def names_sections(header: Row) -> bool:
    """Whether a table's top row is two or more section headings, one line to a cell.

    Every cell must be a heading: a resume's `기술 | 수준 | 경력` names one section but is a
    table of skills whose rows belong together."""
    if len(header) < 2 or not all(
        len(cell) == 1 and len(cell[0].strip()) <= _MAX_HEADING_CHARS for cell in header
    ):
        return False  # spares the section recogniser the cells that are plainly text
    # Imported here: the extractor imports much more than the readers need, and most
    # documents have no table whose top row could hold headings.
    from careernav.extract.sections import is_section_heading

    return all(is_section_heading(cell[0]) for cell in header)


# --- Markdown pipe tables (GitHub's form, which Notion and ChatGPT write) --------------------

# The row under a table's header: "|---|:---:|", "--- | ---". A line of dashes alone is a rule
# or a heading's underline, no table: the pipe is checked apart (see `_is_delimiter_row`).
_DELIMITER_ROW = re.compile(
    r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$", re.M
)
# A line break inside a cell, the only way Markdown has to write one.
_CELL_BREAK = re.compile(r"<br\s*/?>", re.I)
_CELL_SEP = re.compile(r"(?<!\\)\|")


def markdown_tables(text: str) -> str:
    """`text` with each Markdown pipe table whose header row names sections read column by
    column (see `by_columns`). Other tables keep their rows as written, but for a row with
    line breaks ("<br>") in its cells, whose cells' lines are given in turn, as for an HTML or
    Word table's row of lists: "| 자격요건 | - Python 3년 이상<br>- SQL |" gives the years to
    Python alone. All other text is left as it was.

    Runs on the text of .txt and .md files and on pasted text: a posting copied from Notion
    or written in Markdown is as likely to be pasted as uploaded."""
    if "|" not in text or not any("|" in m.group() for m in _DELIMITER_ROW.finditer(text)):
        return text  # nearly every document: one scan, no line split
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _table_end(lines, i)
        if end == i:
            out.append(lines[i])
            i += 1
        else:
            out.extend(_table_lines(lines[i:end]))
            i = end
    return "\n".join(out)


def _table_end(lines: list[str], i: int) -> int:
    """The line after the pipe table starting at line `i` (a header row, its delimiter row,
    then rows until a blank line or a line with no pipe); `i` when none starts there."""
    if i + 1 >= len(lines) or "|" not in lines[i] or not _is_delimiter_row(lines[i + 1]):
        return i
    if len(_row_cells(lines[i])) != len(_row_cells(lines[i + 1])):
        return i  # not a table to GitHub either
    end = i + 2
    while end < len(lines) and "|" in lines[end] and lines[end].strip():
        end += 1
    return end


def _table_lines(table: list[str]) -> list[str]:
    header = _row_cells(table[0])
    # cells past the header's are not shown
    rows = [header, *(_row_cells(line)[: len(header)] for line in table[2:])]
    columns = by_columns(rows)
    if columns is not None:
        return columns
    out = table[:2]
    for line, row in zip(table[2:], rows[1:], strict=True):
        if _CELL_BREAK.search(line):
            out.extend(cell_line for cell in row for cell_line in cell)
        else:
            out.append(line)
    return out


def _is_delimiter_row(line: str) -> bool:
    return "|" in line and _DELIMITER_ROW.fullmatch(line) is not None


def _row_cells(line: str) -> list[list[str]]:
    """The cells of a table row, each as its lines (split at "<br>"), "\\|" unescaped."""
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    cells = []
    for cell in _CELL_SEP.split(inner):
        parts = (part.strip().replace("\\|", "|") for part in _CELL_BREAK.split(cell))
        cells.append([part for part in parts if part])
    return cells
