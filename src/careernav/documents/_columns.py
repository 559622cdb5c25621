"""Two-column pages drawn line by line across both columns, put back in reading order.

PDFium gives a page's text in the order it was drawn. Most two-column resumes are drawn a
column at a time (Chrome, LibreOffice, Word) and read right as they are; some generators
draw each line of the page across both columns, so the text reads "기술 Skills 경력
Experience" / "Python, SQL (주)데이터웍스 — 데이터 엔지니어" and a job's dates meet the
sidebar's skills. This module finds the gutter between the columns from the characters'
boxes and, only when the page is built of two columns drawn across, reads the left column
down and then the right.

Kept apart from a table or a line with its dates pushed to the right: there most lines run
across the gutter, or the right side holds values rather than section headings of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF points)

# A gap between two characters of a line wider than this many line heights (and at least
# _MIN_GAP points) may be a gutter; a space between words is a third to a half of one.
_GAP_HEIGHTS = 1.5
_MIN_GAP = 12.0
# Evidence of columns drawn across: the sides taking turns in drawing order this many
# times, and this many section headings between the two sides.
_MIN_TURNS = 4
_MIN_HEADINGS = 3
# Gutters tried on a page's runs of text.
_MAX_TRIES = 24
# Wide gaps that must share one x interval before it is taken for a gutter.
_MIN_GAPS = 3
# Lines running through the gutter (a heading, a full-width paragraph) may be this share of
# the lines at most; a single-column page with dates pushed right has far more.
_MAX_CROSSING_SHARE = 0.2


@dataclass
class _Line:
    chars: list[int]  # indices into the page text, \r\n excluded
    visible: list[int]  # indices of chars with ink (a box with width)


def column_order(text: str, boxes: Sequence[Box], is_heading: Callable[[str], bool]) -> str:
    """The page text, read a column at a time when it was drawn across two columns.

    `boxes[i]` is the box of `text[i]` (PDFium gives one per character, generated spaces
    and line breaks included); `is_heading` tells a section heading ("Skills", "경력").
    Returns `text` unchanged unless the page is two columns drawn line by line across.
    """
    if len(boxes) != len(text):
        return text
    lines = _lines(text, boxes)
    gutter = _gutter(lines, boxes)
    if gutter is None:
        return text
    middle = (gutter[0] + gutter[1]) / 2
    # Each line's ink: "L", "R", "LR" (both sides, the gutter between), "X" (through it).
    sides = [_side(line, boxes, middle) for line in lines]
    drawn = [side for side in sides if side]
    if not drawn or drawn.count("X") > _MAX_CROSSING_SHARE * len(drawn):
        return text
    parts = [
        _halves(text, boxes, line, side, middle) for line, side in zip(lines, sides, strict=True)
    ]
    if _turns(drawn) < _MIN_TURNS or not _headed_columns(parts, is_heading):
        return text

    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        for column in (left, right):
            if column:
                out.extend([*column, ""])
                column.clear()

    for line, side, (left_part, right_part) in zip(lines, sides, parts, strict=True):
        if side == "X":
            flush()
            out.append(_join(text, line.chars).strip())
            continue
        if left_part:
            left.append(left_part)
        if right_part:
            right.append(right_part)
    flush()
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _halves(
    text: str, boxes: Sequence[Box], line: _Line, side: str, middle: float
) -> tuple[str, str]:
    """A line's text left and right of the gutter ("", "" for a line running through)."""
    if side not in ("L", "R", "LR"):
        return "", ""
    left, right = [], []
    centre = None
    for i in line.chars:
        box_left, _, box_right, _ = boxes[i]
        if box_right > box_left:
            centre = (box_left + box_right) / 2
        # a generated space or break has no width: it goes with the character before it
        at = box_left if centre is None else centre
        (left if at < middle else right).append(i)
    return _join(text, left).strip(), _join(text, right).strip()


def _turns(sides: list[str]) -> int:
    """How often the drawing goes from one side to the other (a split line is both)."""
    turns, last = 0, None
    for side in sides:
        for part in side if side != "X" else "":
            if last is not None and part != last:
                turns += 1
            last = part
    return turns


def _headed_columns(parts: list[tuple[str, str]], is_heading: Callable[[str], bool]) -> bool:
    """Both sides have section headings of their own, three in all: a resume's sidebar
    ("Skills") beside its main column ("Experience", "Education"). A table's right side
    holds values, not headings, and is left as it is drawn, row by row."""
    left = {piece for piece, _ in parts if piece and is_heading(piece)}
    right = {piece for _, piece in parts if piece and is_heading(piece)}
    return bool(left) and bool(right) and len(left) + len(right) >= _MIN_HEADINGS


def may_have_columns(runs: Sequence[Box]) -> bool:
    """A quick look at a page's runs of text (PDFium's text rectangles, a few per line) before
    the characters' boxes are read, which costs far more: can some x between the runs be a
    gutter that the drawing crosses back and forth? Most pages say no here."""
    if len(runs) < 2 * _MIN_TURNS:
        return False
    lefts = sorted(run[0] for run in runs)
    rights = sorted(run[2] for run in runs)
    # Candidates just right of a run's end, one per point of width; the fewest runs through
    # them first, and only a few tried (a page set word by word has thousands of runs).
    points = {round(right) + 0.5 for right in rights}
    through = {x: bisect_left(lefts, x) - bisect_left(rights, x) for x in points}
    quiet = [x for x in points if through[x] <= _MAX_CROSSING_SHARE * len(runs)]
    for point in sorted(quiet, key=through.__getitem__)[:_MAX_TRIES]:
        sides = ["L" if r[2] <= point else "R" if r[0] >= point else "X" for r in runs]
        if min(sides.count("L"), sides.count("R")) >= 2 and _turns(sides) >= _MIN_TURNS:
            return True
    return False


def _lines(text: str, boxes: Sequence[Box]) -> list[_Line]:
    lines: list[_Line] = []
    current = _Line([], [])
    for i, ch in enumerate(text):
        if ch in "\r\n":
            if ch == "\n":
                lines.append(current)
                current = _Line([], [])
            continue
        current.chars.append(i)
        left, _, right, _ = boxes[i]
        if right - left > 0 and not ch.isspace():
            current.visible.append(i)
    lines.append(current)
    return lines


def _height(boxes: Sequence[Box], line: _Line) -> float:
    heights = sorted(boxes[i][3] - boxes[i][1] for i in line.visible)
    return heights[len(heights) // 2] if heights else 0.0


def _gutter(lines: list[_Line], boxes: Sequence[Box]) -> tuple[float, float] | None:
    """The x interval that the most lines leave empty between their words, if wide gaps
    of several lines share one; None when no three lines do."""
    gaps: list[tuple[float, float]] = []
    for line in lines:
        wide = max(_MIN_GAP, _GAP_HEIGHTS * _height(boxes, line))
        for a, b in zip(line.visible, line.visible[1:], strict=False):
            start, end = boxes[a][2], boxes[b][0]
            if end - start >= wide:
                gaps.append((start, end))
    if len(gaps) < _MIN_GAPS:
        return None
    # The point inside the most gaps (an edge of some gap is always such a point).
    best, best_count = None, 0
    for point in sorted({edge for gap in gaps for edge in gap}):
        count = sum(start <= point <= end for start, end in gaps)
        if count > best_count:
            best, best_count = point, count
    if best is None or best_count < _MIN_GAPS:
        return None
    inside = [(start, end) for start, end in gaps if start <= best <= end]
    return max(start for start, _ in inside), min(end for _, end in inside)


def _side(line: _Line, boxes: Sequence[Box], middle: float) -> str:
    """Which side of the gutter a line's ink is on: "L", "R", "LR" (both, with the gutter
    between), "X" (words running through it) or "" (no ink)."""
    if not line.visible:
        return ""
    wide = max(_MIN_GAP, _GAP_HEIGHTS * _height(boxes, line))
    for a, b in zip(line.visible, line.visible[1:], strict=False):
        if boxes[a][0] < middle < boxes[a][2]:
            return "X"
        if boxes[a][2] <= middle <= boxes[b][0] and boxes[b][0] - boxes[a][2] < wide:
            return "X"
    last = boxes[line.visible[-1]]
    if last[0] < middle < last[2]:
        return "X"
    on_left = any(boxes[i][2] <= middle for i in line.visible)
    on_right = any(boxes[i][0] >= middle for i in line.visible)
    return ("L" if on_left else "") + ("R" if on_right else "")


def _join(text: str, indices: list[int]) -> str:
    return "".join(text[i] for i in indices)
