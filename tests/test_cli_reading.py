"""extract, posting and match from the command line: tables, JSON, batch JSONL, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from careernav import read_document
from careernav.cli import main

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "samples"
DOCS = ROOT / "tests" / "fixtures" / "documents"


def run(*args: str, input: str | None = None, ok: bool = True):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_extract_json_spans_index_the_document_text():
    path = SAMPLES / "resume-ko.md"
    data = json.loads(run("extract", str(path), "--json").output)
    text = read_document(path).text
    assert data["doc_type"] == "resume"
    ids = {s["id"] for s in data["skills"]}
    assert {"python", "pytorch", "docker", "fastapi"} <= ids
    for skill in data["skills"]:
        assert text[skill["start"] : skill["end"]] == skill["text"]
    sections = {s["kind"] for s in data["sections"]}
    assert {"experience", "skills", "education"} <= sections


def test_extract_table_in_korean_from_a_pdf():
    out = run("extract", str(DOCS / "resume_ko_en.pdf"), "--lang", "ko").output
    assert "스킬" in out and "근거" in out
    assert "Python" in out  # a product keeps its own name in Korean


def test_section_names_follow_the_language_in_tables():
    posting = "자격요건\n- Python, SQL\n"
    out = run("extract", "-", "--lang", "ko", input=posting).output
    assert "자격요건" in out and "requirements" not in out
    out = run("extract", "-", input=posting).output
    assert "requirements" in out


def test_extract_reads_standard_input():
    data = json.loads(run("extract", "-", "--json", input="PyTorch와 Kubernetes 경험").output)
    assert [s["id"] for s in data["skills"]] == ["pytorch", "kubernetes"]


def test_posting_finds_the_real_role_behind_the_title():
    data = json.loads(run("posting", str(SAMPLES / "posting-ko-data-engineer.md"), "--json").output)
    assert data["roles"][0]["id"] == "data-engineer"
    assert data["title_role"] == "data-scientist"
    assert data["disagrees"] is True
    assert abs(sum(r["score"] for r in data["roles"]) - 1) < 1e-3
    levels = {r["id"]: r["level"] for r in data["requirements"]}
    assert levels["apache-airflow"] == "required"
    assert levels["apache-flink"] == "preferred"
    assert "tableau" not in levels  # named only in the company introduction


def test_posting_table_shows_the_disagreement():
    out = run("posting", str(SAMPLES / "posting-ko-data-engineer.md"), "--lang", "ko").output
    assert "제목과 실제 내용" in out
    assert "데이터 엔지니어" in out


def test_posting_says_when_its_title_is_a_job_outside_the_map():
    pm = "AI Product Manager\nRequirements\n- Prompt engineering, RAG, LLM evaluation\n- SQL\n"
    out = run("posting", "-", input=pm).output
    assert 'The title names a job outside the 15 AI roles ("Product Manager")' in out
    out = run("posting", "-", "--lang", "ko", input="AI 서비스 기획자\n" + pm).output
    assert '제목의 직무("서비스 기획자")는 15개 AI 직무 밖입니다' in out
    data = json.loads(run("posting", "-", "--json", input=pm).output)
    assert data["title_outside"] == "Product Manager" and data["roles"][0]["score"] > 0


def test_posting_table_says_when_a_posting_is_hardly_about_ai():
    backend = "Backend Engineer\nRequirements\n- Java, Spring Boot\n- MySQL, Redis\n- Docker, AWS\n"
    out = run("posting", "-", input=backend).output
    assert "AI or data skills: only 0 of the 6 skills asked." in out
    assert (
        "AI or data skills"
        not in run("posting", str(SAMPLES / "posting-ko-ml-engineer.txt")).output
    )


def test_match_resume_against_posting():
    data = json.loads(
        run(
            "match",
            str(SAMPLES / "resume-ko.md"),
            str(SAMPLES / "posting-en-llm-engineer.html"),
            "--json",
        ).output
    )
    assert data["verdict"] in {"apply", "stretch", "build-first"}
    assert 0 <= data["required_coverage"] <= 1
    matched = {s["id"] for s in data["matched"]}
    assert "python" in matched
    for skill in data["matched"]:
        assert skill["resume_evidence"] and skill["target_evidence"]
    weights = [s["weight"] for s in data["missing"] if s["level"] == "required"]
    assert weights == sorted(weights, reverse=True)


def test_match_thresholds_change_the_verdict():
    args = ["match", str(SAMPLES / "resume-ko.md"), str(SAMPLES / "posting-ko-ml-engineer.txt")]
    easy = json.loads(run(*args, "--apply-at", "0.05", "--stretch-at", "0.01", "--json").output)
    hard = json.loads(run(*args, "--apply-at", "1", "--stretch-at", "0.99", "--json").output)
    assert easy["verdict"] == "apply"
    assert hard["verdict"] == "build-first"


def test_match_against_a_role_in_korean():
    out = run("match", str(SAMPLES / "resume-en.md"), "--role", "data-scientist", "--lang", "ko")
    assert "판정" in out.output and "필수 충족률" in out.output


def test_match_needs_exactly_one_target():
    result = run("match", str(SAMPLES / "resume-ko.md"), ok=False)
    assert result.exit_code == 2
    assert "POSTING file or --role" in result.output


def test_batch_extract_streams_one_line_per_input_line_in_order():
    lines = [
        json.dumps({"id": "a", "text": "Python과 SQL"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": 4, "text": "React, TypeScript"}),
        json.dumps(["no", "object"]),
    ]
    result = run("extract", "--jsonl", "-", input="\n".join(lines) + "\n", ok=False)
    assert result.exit_code == 1  # every line answered, and the run says some failed
    assert result.stderr == '3 of 5 lines failed: see "error" in their records.\n'
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", 2, "c", 4, 5]
    assert [r.get("line") for r in records] == [None, 2, 3, None, 5]  # errors name their line
    assert [s["id"] for s in records[0]["skills"]] == ["python", "sql"]
    assert set(records[0]["skills"][0]) == {"id", "label", "start", "end", "text", "section"}
    assert "not valid JSON" in records[1]["error"]
    assert "empty" in records[2]["error"]
    assert [s["id"] for s in records[3]["skills"]] == ["react", "typescript"]
    assert "error" in records[4]


def test_batch_answers_every_line_and_survives_bad_fields_and_encodings(tmp_path):
    good = json.dumps({"id": "g", "text": "파이썬과 SQL"}, ensure_ascii=False)
    lines = [
        json.dumps({"id": "t", "text": "Python", "title": 123}),  # crashed the run before
        "",  # a blank line is a line: it gets its answer, so outputs pair with inputs
        json.dumps({"id": "l", "text": "Python", "lang": "fr"}),
        good,
    ]
    result = run("posting", "--jsonl", "-", input="\n".join(lines) + "\n", ok=False)
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["t", 2, "l", "g"]
    assert '"title" must be a string' in records[0]["error"]
    assert "empty" in records[1]["error"] and '"lang"' in records[2]["error"]
    assert [s["id"] for s in records[3]["skills"]] == ["python", "sql"]
    assert result.exit_code == 1
    # UTF-16 and a UTF-8 BOM are read; a line in another encoding is named, not garbled
    for encoding in ("utf-16", "utf-8-sig"):
        path = tmp_path / f"{encoding}.jsonl"
        path.write_text(good + "\n", encoding=encoding)
        (record,) = [
            json.loads(x) for x in run("extract", "--jsonl", str(path)).output.splitlines()
        ]
        assert [s["text"] for s in record["skills"]] == ["파이썬", "SQL"]
    path = tmp_path / "cp949.jsonl"
    path.write_bytes(good.encode("cp949") + b"\n")
    (record,) = [
        json.loads(x) for x in run("extract", "--jsonl", str(path), ok=False).stdout.splitlines()
    ]
    assert "not UTF-8" in record["error"]


def test_batch_refuses_a_line_over_the_size_limit_without_holding_it(tmp_path):
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "Python " * 300_000})  # about 2 MB
    path.write_text(big + "\n" + json.dumps({"id": "ok", "text": "SQL"}) + "\n", "utf-8")
    result = run("extract", "--jsonl", str(path), "--max-size", "1", ok=False)
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["big", "ok"]  # the id before the limit is read
    assert records[0]["line"] == 1
    assert (
        "over the size limit of 1 MB" in records[0]["error"] and "--max-size" in records[0]["error"]
    )
    for bad in ("nan", "inf", "-1", "0"):
        refused = run("extract", "--max-size", bad, str(path), ok=False)
        assert refused.exit_code == 2 and "megabytes" in refused.output


def test_batch_posting_takes_its_title_from_the_first_lines_and_lang_from_the_option():
    line = json.dumps({"id": "x", "text": "Machine Learning Engineer\nRequirements\n- PyTorch"})
    (record,) = [
        json.loads(x) for x in run("posting", "--jsonl", "-", input=line).output.splitlines()
    ]
    assert record["title_role"] == "ml-engineer"
    line = json.dumps({"id": "k", "text": "자격요건\n- 딥러닝"}, ensure_ascii=False)
    out = run("extract", "--jsonl", "-", "--lang", "ko", input=line).output
    assert json.loads(out)["skills"][0]["label"] == "딥러닝"


def test_batch_posting_records(tmp_path):
    path = tmp_path / "postings.jsonl"
    rows = [
        {"id": "p1", "title": "Data Engineer", "text": "Responsibilities\n- Airflow, Spark ETL"},
        {"id": "p2", "text": "자격요건\n- PyTorch 기반 자연어 처리 모델 개발"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    records = [json.loads(x) for x in run("posting", "--jsonl", str(path)).output.splitlines()]
    assert [r["id"] for r in records] == ["p1", "p2"]
    assert set(records[0]) == {"id", "roles", "title_role", "skills"}
    assert records[0]["roles"][0]["id"] == "data-engineer"
    assert records[0]["title_role"] == "data-engineer"
    assert records[1]["title_role"] is None


def test_batch_mode_streams_before_the_input_ends():
    """The first result arrives while the input is still open: nothing is buffered whole."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "careernav.cli", "extract", "--jsonl", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    try:
        proc.stdin.write(json.dumps({"id": 1, "text": "Docker"}) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())
        assert first["id"] == 1 and first["skills"][0]["id"] == "docker"
        proc.stdin.write(json.dumps({"id": 2, "text": "Rust"}) + "\n")
        proc.stdin.close()
        second = json.loads(proc.stdout.readline())
        assert second["id"] == 2
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.txt", "missing.txt"),
        ("empty.txt", "empty"),
        ("junk.txt", "does not look like text"),
        ("encrypted.pdf", "password"),
        ("truncated.pdf", "truncated.pdf"),
        ("scanned.pdf", "OCR"),
        ("not_really.docx", "not_really.docx"),
    ],
)
def test_bad_documents_give_a_clear_error(name, message):
    result = run("extract", str(DOCS / name), ok=False)
    assert result.exit_code == 1
    assert message.lower() in result.output.lower()
    assert "Traceback" not in result.output


def test_unsupported_type_and_size_limit(tmp_path):
    odd = tmp_path / "resume.xyz123"
    odd.write_bytes(b"\x00\x01\x02binary")
    assert run("extract", str(odd), ok=False).exit_code == 1
    big = tmp_path / "big.txt"
    big.write_text("Python " * 20000, "utf-8")
    result = run("extract", str(big), "--max-size", "0.01", ok=False)
    assert result.exit_code == 1
    assert "big.txt" in result.output and "--max-size" in result.output


def test_hostile_text_is_shown_as_text():
    hostile = "<script>alert(1)</script> [bold red]Python[/] {{7*7}} '; DROP TABLE x;--"
    out = run("extract", "-", input=hostile).output
    assert "[bold red]Python[/]" in out or "Python" in out
    data = json.loads(run("extract", "-", "--json", input=hostile).output)
    assert data["skills"][0]["text"] == "Python"


def test_match_shows_the_years_asked_and_shown():
    args = ["match", str(SAMPLES / "resume-ko.md"), str(SAMPLES / "posting-ko-ml-engineer.txt")]
    out = run(*args).output
    assert "Experience: asked 3+ years; the resume shows" in out
    data = json.loads(run(*args, "--json").output)["experience"]
    # (주)한빛로지스 2023.03 ~ 현재 and an internship 2022.07 ~ 2022.12: at least 3.5 years
    assert data["years_asked"] == 3 and data["years_shown"] >= 3.5
    # the ML engineer job counts for the posting's role; the data-lab internship does not
    assert data["role"] == "Machine Learning Engineer"
    assert 3.5 <= data["years_in_role"] < data["years_shown"]
    assert f"({data['years_in_role']} as Machine Learning Engineer)" in out


def test_match_names_what_the_resume_only_lists_in_both_languages(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(
        "경력\nA사 백엔드 개발자 (2022.01 ~ 2024.12)\n- FastAPI로 주문 API 개발\n\n"
        "기술\nPython, FastAPI, Docker, Redis\n",
        encoding="utf-8",
    )
    posting = "자격요건\n- Python, FastAPI\n- Docker 사용 경험\n- Redis\n"
    out = run("match", str(resume), "-", "--lang", "ko", input=posting).output
    assert "기술 목록에만 있음" in out and "Docker, Redis" in out.split("기술 목록에만 있음")[1]
    out = run("match", str(resume), "-", input=posting).output
    # Python is the language FastAPI is used with, shown in the job too
    assert "Named only in your skills list" in out and "Python" not in out.split("skills list")[1]


def test_coverage_is_shown_rounded_down_so_70_percent_is_never_a_stretch(tmp_path):
    from careernav.text import percent

    assert [percent(x) for x in (0.698, 0.7, 0.29, 1.0, 0.0)] == ["69%", "70%", "29%", "100%", "0%"]
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "경력\n백엔드 개발자, ㈜에이 (2019.01 ~ 2024.01)\n- Python으로 API 개발, Git과 GitHub로 코드 "
        "리뷰 및 배포\n",
        encoding="utf-8",
    )
    posting = "백엔드 개발자\n\n자격요건\n- Python 개발 경험\n- Git을 활용한 협업 경험\n"
    data = json.loads(run("match", str(resume), "-", "--json", input=posting).output)
    coverage = data["required_coverage"]
    out = run("match", str(resume), "-", input=posting).output
    assert f"Required covered: {percent(coverage)}" in out
    if data["verdict"] == "stretch":  # below 0.70: never shown as 70 %
        assert "Required covered: 70%" not in out


def test_extract_lists_a_resumes_wishes_apart():
    resume = "Summary\nData analyst (SQL). Interested in Rust; 강화학습을 배우고 싶습니다.\n"
    out = run("extract", "-", input=resume).output
    assert "Wished for, not counted as evidence: Rust" in out
    data = json.loads(run("extract", "-", "--json", input=resume).output)
    # the job the writer holds shows its work; the wishes show nothing
    assert [c["id"] for c in data["concepts"]] == ["data-analysis", "sql"]
    assert [w["id"] for w in data["wished"]] == ["rust", "reinforcement-learning"]


def test_extract_gives_a_resumes_years_per_skill_from_its_jobs():
    resume = (
        "Experience\nData Engineer, Acme (Jan 2020 – Dec 2022)\n- Spark and Airflow pipelines\n"
        "Skills\nPython\n"
    )
    data = json.loads(run("extract", "-", "--json", input=resume).output)
    # the job's title shows its work too
    assert data["years_in_jobs"] == {
        "data-engineering": 3.0,
        "apache-spark": 3.0,
        "apache-airflow": 3.0,
    }
    # the years match counts: the dated job's, as no years are stated
    assert data["years"] is None and data["years_shown"] == 3.0
    out = run("extract", "-", input=resume).output
    assert "3*" in out and "* years of the dated jobs whose lines name the skill" in out
    posting = json.loads(run("extract", "-", "--json", input="Requirements\n- Spark").output)
    assert posting["years_in_jobs"] == {} and posting["years_shown"] is None


def test_an_error_is_told_in_the_language_asked_for(tmp_path):
    empty = tmp_path / "빈파일.txt"
    empty.write_text("", "utf-8")
    result = run("extract", str(empty), "--lang", "ko", ok=False)
    assert result.exit_code == 1 and "빈파일.txt에 글자가 없습니다" in result.output
    result = run("extract", str(empty), "--lang=en", ok=False)
    assert result.exit_code == 1 and "has no text in it" in result.output


def test_posting_gives_the_years_asked_in_the_language_of_the_output():
    posting = "자격요건\n- Python 3년 이상\n- SQL\n"
    assert (
        "필수: Python (3년 이상), SQL" in run("posting", "--lang", "ko", "-", input=posting).output
    )
    assert "Required: Python (3+ years), SQL" in run("posting", "-", input=posting).output


def test_match_swaps_a_resume_and_a_posting_given_the_wrong_way_round_and_says_so():
    fixtures = ROOT / "tests" / "fixtures"
    resume = fixtures / "resumes" / "ko-mid-nlp.md"
    posting = fixtures / "postings" / "en-llm-engineer.md"
    swapped = run("match", str(posting), str(resume), "--json")
    assert "reads like a job posting" in swapped.stderr
    assert "was matched as the resume" in swapped.stderr
    right = run("match", str(resume), str(posting), "--json")
    assert "reads like" not in right.stderr
    # the same match as given the right way round
    assert json.loads(swapped.stdout) == json.loads(right.stdout)
    ko = run("match", "--lang", "ko", str(posting), str(resume))
    assert "en-llm-engineer.md는 채용 공고로, " in ko.stderr
    assert "ko-mid-nlp.md는 이력서로 보여 " in ko.stderr
    assert "ko-mid-nlp.md를 이력서로 삼아" in ko.stderr


def test_posting_warns_when_given_a_resume():
    fixtures = ROOT / "tests" / "fixtures"
    given = run("posting", str(fixtures / "resumes" / "ko-mid-nlp.md"))
    assert "reads like a resume, not a job posting" in given.stderr
    posting = run("posting", str(fixtures / "postings" / "en-llm-engineer.md"))
    assert "reads like" not in posting.stderr


def test_posting_table_shows_a_choice_once_with_or():
    posting = (
        "Requirements\n- BS/MS in Computer Science\n- PyTorch or TensorFlow (3+ years)\n- Python\n"
    )
    out = run("posting", "-", input=posting).output
    assert (
        "Required: Bachelor's degree or Master's degree, Computer science, "
        "PyTorch (3+ years) or TensorFlow (3+ years), Python"
    ) in out
    ko = run("posting", "--lang", "ko", "-", input=posting).output
    assert "PyTorch (3년 이상) 또는 TensorFlow (3년 이상)" in ko


def test_match_table_says_the_weights_behind_each_coverage():
    args = ["match", str(SAMPLES / "resume-ko.md"), str(SAMPLES / "posting-en-llm-engineer.html")]
    data = json.loads(run(*args, "--json").output)
    weights = data["required_weights"]
    out = run(*args).output
    assert f"(weights {weights['met']:.2f} of {weights['of']:.2f})" in out
    korean = run(*args, "--lang", "ko").output
    assert f"(가중치 {weights['of']:.2f} 중 {weights['met']:.2f})" in korean
