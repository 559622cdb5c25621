"""Every error a user can meet is told in the language asked for (`--lang ko`, CAREERNAV_LANG),
says what happened to which input and what to do, and batch runs answer in the same way."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from careernav.cli import main
from careernav.cli._common import SIZE_MB, CareernavGroup, output_options
from careernav.cli.batch import jsonl_records
from careernav.documents import read_document, read_stream
from careernav.documents._reader import (
    _DESCRIPTIONS_KO,
    _SIGNATURES,
    _UNSUPPORTED_SUFFIXES,
    LARGEST_MAX_BYTES,
)
from careernav.errors import (
    CorruptDocumentError,
    DocumentAccessError,
    DocumentNotFoundError,
    DocumentTooLargeError,
    ImportDataError,
    InvalidSizeLimitError,
    ProfileExistsError,
    UnsupportedFormatError,
)
from careernav.store import Store

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "tests" / "fixtures" / "documents"
# English words that must not show through a Korean message
ENGLISH = re.compile(r"\b(?:is|an?|the|it|of|not|file|image|document|program|damaged)\b")


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch):
    monkeypatch.setenv("CAREERNAV_LANG", "en")
    monkeypatch.delenv("CAREERNAV_MAX_BYTES", raising=False)


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(
        main, list(args), input=input, env=env, catch_exceptions=False, prog_name="careernav"
    )


def korean(exc: Exception) -> str:
    return exc.in_language("ko")  # type: ignore[attr-defined]


# --- Reading files --------------------------------------------------------------------------


def test_a_missing_file_or_a_folder_is_told_in_korean(tmp_path):
    with pytest.raises(DocumentNotFoundError) as missing:
        read_document(tmp_path / "nope.txt")
    assert "No file at" in str(missing.value)
    assert f"{tmp_path / 'nope.txt'}에 파일이 없습니다" in korean(missing.value)
    with pytest.raises(DocumentNotFoundError) as folder:
        read_document(tmp_path)
    assert "is a folder, not a file" in str(folder.value)
    assert "파일이 아니라 폴더입니다" in korean(folder.value)
    with pytest.raises(DocumentNotFoundError) as pasted:
        read_document("Python\nSQL")
    assert "read_text()" in str(pasted.value)
    assert "문서 내용으로 보입니다" in korean(pasted.value)


def test_a_file_that_may_not_be_read_is_told_in_korean(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Python", "utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(DocumentAccessError) as caught:
        read_document(path)
    assert "Could not read" in str(caught.value) and "Permission denied" in str(caught.value)
    assert "locked.txt를 읽지 못했습니다: 읽기 권한이 없습니다" in korean(caught.value)
    assert "Permission" not in korean(caught.value)


def test_the_size_limit_is_told_in_korean_for_a_file_and_a_stream(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Python " * 1000, "utf-8")
    with pytest.raises(DocumentTooLargeError) as file_error:
        read_document(big, max_bytes=1000)
    assert "over the size limit of 1,000 bytes" in str(file_error.value)
    message = korean(file_error.value)
    assert "big.txt의 크기가 6.8 KB(7,000바이트)로 크기 제한 1,000바이트보다 큽니다" in message
    assert "--max-size" in message and "CAREERNAV_MAX_BYTES" in message
    with pytest.raises(DocumentTooLargeError) as stream_error:
        read_stream(io.BytesIO(b"x" * 2000), max_bytes=1000)
    assert "<stdin> is over the size limit" in str(stream_error.value)
    assert "<stdin>이 크기 제한 1,000바이트보다 큽니다" in korean(stream_error.value)


def test_every_unsupported_format_has_a_korean_description():
    kinds = set(_UNSUPPORTED_SUFFIXES.values()) | {kind for _, kind in _SIGNATURES}
    assert kinds <= set(_DESCRIPTIONS_KO)
    for suffix, kind in _UNSUPPORTED_SUFFIXES.items():
        with pytest.raises(UnsupportedFormatError) as caught:
            read_document(b"data", name=f"cv{suffix}")
        assert kind in str(caught.value)
        message = korean(caught.value)
        assert f"cv{suffix} 파일은 {_DESCRIPTIONS_KO[kind]}" in message, message
        assert kind not in message and not ENGLISH.search(message), message
    for signature, kind in _SIGNATURES:
        with pytest.raises(UnsupportedFormatError) as caught:
            read_document(signature + b"\x00" * 64, name="prog")
        message = korean(caught.value)
        assert _DESCRIPTIONS_KO[kind] in message and not ENGLISH.search(message), message
    with pytest.raises(UnsupportedFormatError) as program:
        read_document(b"MZ\x90\x00" + bytes(range(256)), name="prog.exe")
    assert "prog.exe 파일은 Windows 프로그램이라 careernav가 읽을 수 없습니다" in korean(
        program.value
    )


def test_a_damaged_hwpx_keeps_the_parsers_english_out_of_korean():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/hwp+zip")
        archive.writestr("Contents/content.hpf", "<package/>")
        archive.writestr("Contents/section0.xml", b"<hs:sec><unclosed")
    with pytest.raises(CorruptDocumentError) as caught:
        read_document(out.getvalue(), name="cv.hwpx")
    assert "as a Hangul (HWPX) file (it is damaged (" in str(caught.value)
    message = korean(caught.value)
    assert "cv.hwpx를 한글(HWPX) 파일로 읽지 못했습니다 (본문 XML이 손상되었습니다)" in message
    assert not ENGLISH.search(message) and "unclosed" not in message.lower(), message


def test_the_size_limit_variable_is_bounded(monkeypatch):
    monkeypatch.setenv("CAREERNAV_MAX_BYTES", "99999999999999999999999")
    with pytest.raises(InvalidSizeLimitError) as caught:
        read_document(b"Python", name="cv.txt")
    message = str(caught.value)
    assert "CAREERNAV_MAX_BYTES is '99999999999999999999999'" in message
    assert f"more than the largest limit allowed, {LARGEST_MAX_BYTES:,} bytes" in message
    assert "허용되는 가장 큰 제한(1,048,576,000,000바이트)보다 큽니다" in korean(caught.value)
    monkeypatch.setenv("CAREERNAV_MAX_BYTES", str(LARGEST_MAX_BYTES))
    assert read_document(b"Python", name="cv.txt").text == "Python"
    monkeypatch.setenv("CAREERNAV_MAX_BYTES", "abc")
    with pytest.raises(InvalidSizeLimitError) as caught:
        read_document(b"Python", name="cv.txt")
    assert "not a positive whole number" in str(caught.value)
    assert "0보다 큰 정수(바이트 수)가 아닙니다" in korean(caught.value)


# --- The command line: "Error:" or "오류:", and Ctrl-C ----------------------------------------


def test_cli_errors_and_their_prefix_follow_the_language(tmp_path):
    missing = str(tmp_path / "nope.txt")
    result = run("extract", missing, "--lang", "ko")
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"오류: {missing}에 파일이 없습니다. 경로와 파일 이름의 철자를 확인해 주세요.\n"
    )
    result = run("extract", missing)
    assert result.stderr.startswith(f"Error: No file at {missing}.")
    # a command without --lang follows CAREERNAV_LANG
    result = run("--db", str(tmp_path / "db.sqlite"), "user", "delete", "nobody",
                 env={"CAREERNAV_LANG": "ko"})  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.startswith("오류: 'nobody'라는 사용자가 없습니다.")


def test_usage_mistakes_are_told_in_korean(tmp_path):
    result = run("extract", "x.txt", "--max-szie", "3", "--lang", "ko")
    assert result.exit_code == 2
    assert "사용법: careernav extract [OPTIONS] FILE|-" in result.stderr
    assert "도움말: careernav extract --help" in result.stderr
    assert "오류: --max-szie 옵션은 없습니다. 혹시 이것인가요: --max-size?" in result.stderr
    result = run("extract", "x.txt", "--max-szie", "3")
    assert "Error: No such option '--max-szie'. Did you mean '--max-size'?" in result.stderr
    assert "Try 'careernav extract --help' for help." in result.stderr
    result = run("extract", "--lang", "ko")
    assert "오류: 빠진 인수가 있습니다: 'FILE|-'." in result.stderr


def test_lang_on_a_command_without_it_says_how_its_language_is_chosen(tmp_path):
    db = str(tmp_path / "db.sqlite")
    result = run("--db", db, "export", "--lang", "ko")
    assert result.exit_code == 2
    assert "오류: --lang 옵션은 없습니다." in result.stderr and "CAREERNAV_LANG" in result.stderr
    result = run("--db", db, "export", "--lang", "en")
    assert "This command has no --lang: its messages follow CAREERNAV_LANG" in result.stderr


def test_ctrl_c_is_told_in_korean(monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("careernav.cli.reading.read_document", interrupted)
    result = run("extract", "cv.txt", "--lang", "ko")
    assert (result.exit_code, result.stderr) == (1, "\n중단했습니다.\n")
    result = run("extract", "cv.txt")
    assert (result.exit_code, result.stderr) == (1, "\nAborted!\n")


def _size_command():
    @click.group(cls=CareernavGroup)
    def cli():
        pass

    @cli.command()
    @click.option("--max-size", type=SIZE_MB)
    @output_options
    def read(max_size, lang, as_json):
        click.echo(max_size)

    return cli


@pytest.mark.parametrize(
    ("value", "english", "korean_text"),
    [
        ("9999999", "'9999999' MB is more than the largest size limit allowed, 1,000,000 MB",
         "'9999999' MB는 허용되는 가장 큰 크기 제한(1,000,000 MB)보다 큽니다"),
        ("0", "'0' is not a size: give a number of megabytes above 0",
         "'0'은 크기가 아닙니다: 0보다 큰 메가바이트 수를 주세요"),
        ("nan", "'nan' is not a size", "'nan'은 크기가 아닙니다"),
        ("abc", "'abc' is not a number of megabytes", "'abc'는 메가바이트 수가 아닙니다"),
    ],
)  # fmt: skip
def test_max_size_says_why_a_size_is_refused(value, english, korean_text):
    cli = _size_command()
    result = CliRunner().invoke(cli, ["read", "--max-size", value])
    assert result.exit_code == 2
    assert f"Error: Invalid value for '--max-size': {english}" in result.stderr
    result = CliRunner().invoke(cli, ["read", "--max-size", value, "--lang", "ko"])
    assert result.exit_code == 2
    assert f"오류: '--max-size'의 값이 잘못되었습니다: {korean_text}" in result.stderr
    assert CliRunner().invoke(cli, ["read", "--max-size", "1000000"]).output == "1000000.0\n"


# --- Import ---------------------------------------------------------------------------------


def test_import_problems_are_told_in_korean(tmp_path):
    bad = ImportDataError(["format_version: Input should be 1"])
    assert str(bad).startswith("Nothing was imported: the data has 1 problem(s):")
    assert korean(bad).startswith("아무것도 가져오지 않았습니다: 데이터에 문제가 1개 있습니다:")
    assert "format_version: Input should be 1" in korean(bad)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "careernav-export", "format_version": 2}), "utf-8")
    result = run("--db", str(tmp_path / "db.sqlite"), "import", str(path), "--lang", "ko")
    assert result.exit_code == 1 and result.stderr.startswith("오류: 아무것도 가져오지 않았습니다")


def test_importing_a_profile_that_exists_says_nothing_was_imported_and_how_to_replace(tmp_path):
    with Store.open(tmp_path / "db.sqlite") as store:
        store.create_profile("하늘")
        data = store.export_data()
        with pytest.raises(ProfileExistsError) as caught:
            store.import_data(data)
    assert "Nothing was imported" in str(caught.value) and "--replace" in str(caught.value)
    message = korean(caught.value)
    assert message.startswith("'하늘'이라는 프로필이 이미 있습니다. 아무것도 가져오지 않았습니다.")
    assert "`careernav import --replace`" in message


# --- Batch ----------------------------------------------------------------------------------


def test_batch_error_records_and_the_count_follow_the_language():
    lines = [json.dumps({"id": "a", "text": "Python"}), "{not json", "", '{"id": "t", "text": 1}']
    result = run("extract", "--jsonl", "-", "--lang", "ko", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["id"], r.get("line")) for r in records] == [("a", None), (2, 2), (3, 3), ("t", 4)]
    assert records[1]["error"].startswith("2번째 줄이 올바른 JSON이 아닙니다")
    assert records[2]["error"].startswith("3번째 줄이 비어 있습니다")
    assert records[3]["error"] == '4번째 줄에는 "text" 문자열이 있는 JSON 객체가 필요합니다'
    assert result.stderr == '4줄 중 3줄을 처리하지 못했습니다: 그 줄의 답에 "error"가 있습니다.\n'
    result = run("extract", "--jsonl", "-", input="\n".join(lines) + "\n")
    assert json.loads(result.stdout.splitlines()[1])["error"].startswith("line 2 is not valid JSON")
    assert result.stderr == '3 of 4 lines failed: see "error" in their records.\n'
    one = run("extract", "--jsonl", "-", input="{\n")
    assert one.stderr == '1 of 1 line failed: see "error" in their records.\n'


def test_a_line_over_the_limit_keeps_its_id_or_says_it_could_not_be_read(tmp_path):
    path = tmp_path / "big.jsonl"
    text = "Python " * 200_000  # 1.4 MB
    path.write_text(
        json.dumps({"id": {"n": 7}, "text": text}) + "\n"
        + json.dumps({"text": text, "id": "late"}) + "\n"
        + json.dumps({"id": "ok", "text": "SQL"}) + "\n",
        "utf-8",
    )  # fmt: skip
    result = run("extract", "--jsonl", str(path), "--max-size", "1")
    first, second, third = (json.loads(x) for x in result.stdout.splitlines())
    assert (first["id"], first["line"]) == ({"n": 7}, 1)
    assert first["error"].startswith("line 1 is over the size limit of 1 MB: split the text")
    assert (second["id"], second["line"]) == (2, 2)
    assert "too big to read" in second["error"] and 'put "id" before "text"' in second["error"]
    assert third["id"] == "ok" and "skills" in third
    result = run("extract", "--jsonl", str(path), "--max-size", "1", "--lang", "ko")
    first, second, _ = (json.loads(x) for x in result.stdout.splitlines())
    assert first["error"].startswith("1번째 줄이 크기 제한 1 MB보다 큽니다")
    assert second["error"].startswith("2번째 줄이 크기 제한 1 MB보다 커서 읽지 않았고")


class _Endless(io.RawIOBase):
    """A stream with no line end, ever (like /dev/zero, but text)."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = b"a" * len(buffer)
        return len(buffer)


def test_a_line_with_no_end_is_answered_at_the_limit(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(_Endless())))
    answered = []
    # in a thread, so that a regression fails the test instead of hanging it
    reader = threading.Thread(target=lambda: answered.append(next(jsonl_records("-", 1000))))
    reader.daemon = True
    reader.start()
    reader.join(timeout=30)
    (line,) = answered
    assert line.number == 1 and "over the size limit of 1000 bytes" in line.problem.en


def test_a_document_or_binary_given_as_jsonl_fails_once():
    result = run("extract", "--jsonl", str(DOCS / "resume_ko_en.pdf"))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(
        f"Error: {DOCS / 'resume_ko_en.pdf'} is not JSONL: it looks like a PDF file."
    )
    assert "without --jsonl" in result.stderr
    result = run("posting", "--jsonl", str(DOCS / "resume_ko_en.docx"), "--lang", "ko")
    assert result.stderr.startswith(f"오류: {DOCS / 'resume_ko_en.docx'}는 JSONL이 아닙니다")
    zeros = subprocess.run(
        [sys.executable, "-m", "careernav.cli", "extract", "--jsonl", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CAREERNAV_LANG": "en"},
    )
    assert zeros.returncode == 1 and "it looks like binary data" in zeros.stderr
    result = run("extract", "--jsonl", str(DOCS / "resume_en_ko.md"))
    assert "is not JSONL: it looks like plain text" in result.stderr and result.stdout == ""
    # a JSONL stream whose first line is wrong is answered line by line
    result = run("extract", "--jsonl", "-", input="oops\n" + json.dumps({"text": "SQL"}) + "\n")
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [1, 2]


# --- The README -----------------------------------------------------------------------------


def test_the_readme_names_the_commands_without_lang():
    readme = (ROOT / "README.md").read_text("utf-8")
    (line,) = [x for x in readme.splitlines() if "`--lang ko|en`" in x]
    ctx = click.Context(main)

    def leaves(group, path):
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            if isinstance(command, click.Group):
                yield from leaves(command, [*path, name])
            else:
                yield " ".join([*path, name]), command

    for name, command in leaves(main, []):
        options = {o for p in command.params for o in p.opts}
        assert ("--lang" in options) != (f"`{name}`" in line), name


# --- Once cli/reading.py takes SIZE_MB from cli/_common.py, and store/_engine.py's f-string --


def test_max_size_on_the_real_commands_says_the_largest_size():
    result = run("extract", "cv.txt", "--max-size", "9999999")
    assert "more than the largest size limit allowed, 1,000,000 MB" in result.stderr
    result = run("posting", "cv.txt", "--max-size", "9999999", "--lang", "ko")
    assert "허용되는 가장 큰 크기 제한(1,000,000 MB)보다 큽니다" in result.stderr


def test_an_unreachable_postgresql_server_names_the_variable():
    pytest.importorskip("psycopg")
    result = run("--db", "postgresql+psycopg://u:p@127.0.0.1:1/x", "export")
    assert result.exit_code == 1
    assert "the URL (CAREERNAV_DB or the one you gave)" in result.stderr
    assert "{DB_ENV}" not in result.stderr
