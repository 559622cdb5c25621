"""Batch mode: JSONL in, one JSON result per input line out, in order, streaming.

Every input line gets exactly one output line: its result, or an error record naming the line
and what to do (blank, not JSON, not UTF-8, over the size limit, a field of the wrong type),
so outputs pair with inputs by position. A line is read at most up to the size limit: a huge
line is skipped in chunks, never held whole. The run ends with exit status 1 when any line
failed, after every line was answered.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

import click

from careernav.documents import size_limit
from careernav.errors import CareernavError
from careernav.knowledge import KnowledgeBase, default_knowledge_base

_CHUNK = 1 << 20
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def run_batch(
    source: str,
    handle: Callable[[KnowledgeBase, dict[str, Any]], dict[str, Any]],
    *,
    max_bytes: int | None = None,
    defaults: dict[str, Any] | None = None,
) -> None:
    """Answer each JSONL line of `source` ("-" for standard input) with `handle`'s result."""
    kb = default_knowledge_base()
    limit = size_limit(max_bytes, source)
    failed = False
    for number, record, error in jsonl_records(source, limit):
        rid = record.get("id", number) if record else number
        if error is None:
            record = {**(defaults or {}), **record}
            try:
                _emit({"id": rid, **handle(kb, record)})
                continue
            except CareernavError as exc:
                error = f"line {number}: {exc}"
            except Exception as exc:  # one bad line must not end the batch for the others
                error = f"line {number} could not be read ({type(exc).__name__}): check its text"
        failed = True
        _emit({"id": rid, "error": error})
    if failed:
        raise click.exceptions.Exit(1)


def jsonl_records(
    source: str, limit: int
) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, record, error) for each line of a JSONL source, one at a time."""
    if source == "-":
        yield from _records(sys.stdin.buffer, limit)
        return
    try:
        stream = open(source, "rb")  # noqa: SIM115 (closed by the with below)
    except OSError as exc:
        raise CareernavError(f"Cannot open {source}: {exc.strerror}. Check the path.") from exc
    with stream:
        yield from _records(stream, limit)


def _records(stream: IO[bytes], limit: int):
    lines = _lines(stream, limit)
    for number, raw, over in lines:
        if over:
            yield (
                number,
                None,
                (
                    f"line {number} is over the size limit of {limit // 2**20 or limit} "
                    f"{'MB' if limit >= 2**20 else 'bytes'}: split the text, or raise the limit "
                    "with --max-size (in MB)"
                ),
            )
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None, f"line {number} is not UTF-8 text: save the file as UTF-8"
            continue
        yield _parse(number, line.lstrip("\ufeff") if number == 1 else line)


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(number, bytes, over the limit) per line; a UTF-16 file (by its BOM) is re-encoded as
    UTF-8 on the way, and a line over the limit is skipped without being kept."""
    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    if head in _UTF16_BOMS:
        text = codecs.getreader("utf-16")(stream)
        for number, line in enumerate(text, 1):
            data = line.encode("utf-8")
            yield number, data, len(data) > limit
        return
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # the rest of the line, chunk by chunk
                line = stream.readline(_CHUNK)
            yield number, b"", True
            continue
        yield number, line, False


def _parse(number: int, line: str) -> tuple[int, dict[str, Any] | None, str | None]:
    if not line.strip():
        return number, None, f'line {number} is empty: give {{"id": …, "text": …}} on each line'
    try:
        record = json.loads(line)
    except ValueError as exc:
        return number, None, f"line {number} is not valid JSON: {exc.msg}"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        found = record if isinstance(record, dict) else None
        return number, found, f'line {number} needs a JSON object with a "text" string'
    for key in ("title", "lang"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return number, record, f'line {number}: "{key}" must be a string'
    if record.get("lang") not in (None, "en", "ko"):
        return number, record, f'line {number}: "lang" must be "en" or "ko"'
    if not record["text"].strip():
        return number, record, f"line {number}: the text is empty"
    return number, record, None


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
