"""Batch mode: JSONL in, one JSON result per input line out, in order, streaming.

Every input line gets exactly one output line: its result, or an error record
`{"id", "line", "error"}` naming the line and what to do (blank, not JSON, not UTF-8, over the
size limit, a field of the wrong type), so outputs pair with inputs by position. "id" is the
line's own id, read even from a line over the size limit when it comes before "text"; a line
without one, or whose id could not be read, is known by its line number, and "line" always
says which line it is. Error texts are in the run's language (--lang).

A line is read at most up to the size limit: a line over it is answered at once and the rest
of it skipped in chunks, never held whole. A file that is plainly no JSONL (a PDF, a Word
file, binary data, a text document) is refused once, not line by line. The run ends with exit
status 1 when any line failed, after every line was answered and a one-line count of the
failures on standard error.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from collections.abc import Callable, Iterator
from json.decoder import WHITESPACE, scanstring
from pathlib import Path
from typing import IO, Any, NamedTuple

import click

from careernav.documents import SUPPORTED_SUFFIXES, size_limit
from careernav.documents._reader import describe, sniff
from careernav.errors import CareernavError
from careernav.knowledge import KnowledgeBase, default_knowledge_base
from careernav.text import josa

_CHUNK = 1 << 20
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# How much of a line over the limit is kept to find its "id" in.
_ID_HEAD = 1 << 16
_UNKNOWN = object()


class Problem(NamedTuple):
    """What is wrong with one line, in English and in Korean."""

    en: str
    ko: str

    def told(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


class Line(NamedTuple):
    """One input line: its number, its record (when it is a JSON object), its problem (None
    when it is fine), and its id when the record could not be parsed but the id was read."""

    number: int
    record: dict[str, Any] | None
    problem: Problem | None
    found_id: Any = _UNKNOWN


def run_batch(
    source: str,
    handle: Callable[[KnowledgeBase, dict[str, Any]], dict[str, Any]],
    *,
    max_bytes: int | None = None,
    defaults: dict[str, Any] | None = None,
) -> None:
    """Answer each JSONL line of `source` ("-" for standard input) with `handle`'s result.
    `defaults` fill fields a line leaves out; its "lang" is also the language of the errors."""
    kb = default_knowledge_base()
    limit = size_limit(max_bytes, source)
    lang = (defaults or {}).get("lang") or "en"
    failed = total = 0
    for line in jsonl_records(source, limit):
        total += 1
        number, record, problem = line.number, line.record, line.problem
        if record is not None:
            rid = record.get("id", number)
        else:
            rid = number if line.found_id is _UNKNOWN else line.found_id
        if problem is None and record is not None:
            record = {**(defaults or {}), **record}
            try:
                _emit({"id": rid, **handle(kb, record)})
                continue
            except CareernavError as exc:
                problem = Problem(
                    f"line {number}: {exc.in_language('en')}",
                    f"{number}번째 줄: {exc.in_language('ko')}",
                )
            except Exception as exc:  # one bad line must not end the batch for the others
                name = type(exc).__name__
                problem = Problem(
                    f"line {number} could not be read ({name}): check its text",
                    f"{number}번째 줄을 처리하지 못했습니다({name}): 내용을 확인해 주세요",
                )
        failed += 1
        assert problem is not None  # a line without a result has a problem
        _emit({"id": rid, "line": number, "error": problem.told(lang)})
    if failed:
        lines = "line" if total == 1 else "lines"
        click.echo(
            f'{total}줄 중 {failed}줄을 처리하지 못했습니다: 그 줄의 답에 "error"가 있습니다.'
            if lang == "ko"
            else f'{failed} of {total} {lines} failed: see "error" in their records.',
            err=True,
        )
        raise click.exceptions.Exit(1)


def jsonl_records(source: str, limit: int) -> Iterator[Line]:
    """Each line of a JSONL source, one at a time."""
    if source == "-":
        yield from _records(sys.stdin.buffer, limit, source)
        return
    try:
        stream = open(source, "rb")  # noqa: SIM115 (closed by the with below)
    except OSError as exc:
        raise CareernavError(
            f"Cannot open {source}: {exc.strerror}. Check the path.",
            ko=f"{source}{josa(source, '을', '를')} 열 수 없습니다({exc.strerror}). 경로를 "
            "확인해 주세요.",
        ) from exc
    with stream:
        yield from _records(stream, limit, source)


def _records(stream: IO[bytes], limit: int, source: str) -> Iterator[Line]:
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    _refuse_a_document(stream, source)
    for number, raw, over in _lines(stream, limit):
        if over:
            yield _over_limit(number, raw, limit)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield Line(
                number,
                None,
                Problem(
                    f"line {number} is not UTF-8 text: save the file as UTF-8",
                    f"{number}번째 줄이 UTF-8 텍스트가 아닙니다: 파일을 UTF-8로 저장하세요",
                ),
            )
            continue
        yield _parse(number, line.lstrip("\ufeff") if number == 1 else line)


def _refuse_a_document(stream: IO[bytes], source: str) -> None:
    """Raise when the input plainly is no JSONL: its first non-blank line is no JSON object,
    and it looks like a PDF, Word or HWPX file, an image, binary data, an HTML page, or a text
    document by its name (resume.txt), so one clear error replaces one per line."""
    head = stream.peek(4096)[:4096]  # type: ignore[attr-defined]
    if head[:2] in _UTF16_BOMS:
        return
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start or start.startswith(b"{"):
        return
    kind = sniff(start)
    if kind == "text" and Path(source).suffix.lower() not in SUPPORTED_SUFFIXES:
        return  # a JSONL file whose first line is wrong: each line is answered
    what, what_ko = describe(kind)
    raise CareernavError(
        f"{source} is not JSONL: it looks like {what}. --jsonl reads one JSON object per "
        'line, such as {"id": 1, "text": "…"}; to read a single document, give it without '
        "--jsonl.",
        ko=f"{source}{josa(source, '은', '는')} JSONL이 아닙니다: {what_ko}{josa(what_ko, '으로', '로')} "
        '보입니다. --jsonl은 한 줄에 JSON 객체 하나({"id": 1, "text": "…"})를 읽습니다. 문서 '
        "하나를 읽으려면 --jsonl 없이 주세요.",
    )


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(number, bytes, over the limit) per line; a UTF-16 file (by its BOM) is re-encoded as
    UTF-8 on the way. A line over the limit comes with only its first bytes, at once: its
    rest is skipped afterwards, without being kept."""
    head = stream.peek(2)[:2]  # type: ignore[attr-defined]
    if head in _UTF16_BOMS:
        text = codecs.getreader("utf-16")(stream)
        for number, line in enumerate(text, 1):
            data = line.encode("utf-8")
            yield number, data[:_ID_HEAD], len(data) > limit
        return
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            yield number, line[:_ID_HEAD], True  # answered before the rest is read
            while line and not line.endswith(b"\n"):  # the rest of the line, chunk by chunk
                line = stream.readline(_CHUNK)
            continue
        yield number, line, False


def _over_limit(number: int, head: bytes, limit: int) -> Line:
    size = f"{limit // 2**20 or limit} {'MB' if limit >= 2**20 else 'bytes'}"
    size_ko = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit}바이트"
    fix = "split the text, or raise the limit with --max-size (in MB)"
    fix_ko = "글을 나누거나 --max-size(MB 단위)로 제한을 늘리세요"
    found = _id_in_head(head)
    if found is not _UNKNOWN:
        return Line(
            number,
            None,
            Problem(
                f"line {number} is over the size limit of {size}: {fix}",
                f"{number}번째 줄이 크기 제한 {size_ko}보다 큽니다: {fix_ko}",
            ),
            found,
        )
    return Line(
        number,
        None,
        Problem(
            f"line {number} is over the size limit of {size}, too big to read, and its id "
            f'does not come before the limit (put "id" before "text" to have it here): {fix}',
            f"{number}번째 줄이 크기 제한 {size_ko}보다 커서 읽지 않았고, 제한 안에 id가 없어 "
            f'id도 알 수 없습니다("id"를 "text"보다 앞에 두면 알 수 있습니다): {fix_ko}',
        ),
    )


def _id_in_head(head: bytes) -> Any:
    """The "id" of a JSON object whose line was cut short, when it comes before the cut;
    else _UNKNOWN."""
    text = head.decode("utf-8", "ignore").lstrip("\ufeff \t")
    if not text.startswith("{"):
        return _UNKNOWN
    decoder = json.JSONDecoder()
    at = 1
    try:
        while True:
            at = WHITESPACE.match(text, at).end()
            if text[at] != '"':
                return _UNKNOWN
            key, at = scanstring(text, at + 1)
            at = WHITESPACE.match(text, at).end()
            if text[at] != ":":
                return _UNKNOWN
            value, at = decoder.raw_decode(text, WHITESPACE.match(text, at + 1).end())
            if key == "id":
                return value
            at = WHITESPACE.match(text, at).end()
            if text[at] != ",":
                return _UNKNOWN
            at += 1
    except (ValueError, IndexError):  # cut inside a key or a value
        return _UNKNOWN


def _parse(number: int, line: str) -> Line:
    def problem(en: str, ko: str, record: dict[str, Any] | None = None) -> Line:
        return Line(number, record, Problem(f"line {number}{en}", f"{number}번째 줄{ko}"))

    if not line.strip():
        return problem(
            ' is empty: give {"id": …, "text": …} on each line',
            '이 비어 있습니다: 줄마다 {"id": …, "text": …}를 주세요',
        )
    try:
        record = json.loads(line)
    except ValueError as exc:
        return problem(f" is not valid JSON: {exc.msg}", f"이 올바른 JSON이 아닙니다: {exc.msg}")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        found = record if isinstance(record, dict) else None
        return problem(
            ' needs a JSON object with a "text" string',
            '에는 "text" 문자열이 있는 JSON 객체가 필요합니다',
            found,
        )
    for key in ("title", "lang"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return problem(
                f': "{key}" must be a string',
                f': "{key}"{josa(key, "은", "는")} 문자열이어야 합니다',
                record,
            )
    if record.get("lang") not in (None, "en", "ko"):
        return problem(
            ': "lang" must be "en" or "ko"', ': "lang"은 "en"이나 "ko"여야 합니다', record
        )
    if not record["text"].strip():
        return problem(": the text is empty", ": 텍스트가 비어 있습니다", record)
    return Line(number, record, None)


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
