"""profile, plan, progress, retro, export and import from the command line, on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from careernav.cli import main

SAMPLES = Path(__file__).parents[1] / "samples"


@pytest.fixture
def run(tmp_path):
    db = tmp_path / "careernav.db"

    def invoke(*args: str, ok: bool = True):
        result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


def test_from_resume_and_posting_to_plan_progress_and_retro(run, tmp_path):
    created = json.loads(
        run("profile", "create", "Mina", "--language", "en", "--target-role", "data-scientist",
            "--hours", "6", "--resume", str(SAMPLES / "resume-en.md"), "--json").output
    )  # fmt: skip
    assert {"sql", "python", "tableau"} <= set(created["known"])
    ics, md = tmp_path / "plan.ics", tmp_path / "plan.md"
    made = json.loads(
        run("plan", str(SAMPLES / "posting-ko-ml-engineer.txt"), "--start", "2026-11-23",
            "--ics", str(ics), "--markdown", str(md), "--json").output
    )  # fmt: skip
    assert made["target"]["kind"] == "posting" and made["steps"]
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert events and str(events[0].decoded("DTSTART")) == "2026-11-23"
    assert md.read_text("utf-8").startswith("# Learning plan")
    first = made["steps"][0]["skill_id"]
    shown = json.loads(run("progress", first, "learned", "--note", "done", "--json").output)
    assert shown["marked"]["id"] == first
    assert next(s for s in shown["steps"] if s["id"] == first)["status"] == "learned"
    assert shown["coverage_now"]["required"] >= shown["coverage_at_plan"]["required"]
    table = run("progress").output
    assert "Steps done: 1/" in table
    retro = json.loads(run("retro", "--quarter", "--json").output)
    assert retro["learned"][0]["id"] == first
    listed = json.loads(run("retro", "--list", "--json").output)
    assert len(listed) == 1 and listed[0]["kind"] == "quarter"


def test_profile_show_with_chart(run, tmp_path):
    run("profile", "create", "하늘", "--language", "ko", "--target-role", "ml-engineer",
        "--resume", str(SAMPLES / "resume-ko.md"))  # fmt: skip
    chart = tmp_path / "shape.svg"
    out = run("profile", "show", "--chart", str(chart), "--lang", "ko").output
    assert "프로필 형태" in out and "나의 강점" in out
    assert "폭 " in out and "깊은 분야" in out and "깊이" in out
    assert "breadth" not in out and "depth" not in out
    svg = chart.read_text("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "딥러닝" in svg


def test_plan_towards_a_role_in_korean(run):
    run("profile", "create", "하늘", "--language", "ko", "--target-role", "llm-engineer")
    out = run("plan", "--lang", "ko").output
    assert "단계" in out and "포트폴리오 프로젝트" in out


def test_export_import_round_trip(run, tmp_path):
    run("profile", "create", "Mina", "--target-role", "data-engineer")
    run("plan")
    run("progress", "SQL", "learned")
    backup = tmp_path / "backup.json"
    run("export", str(backup))
    data = json.loads(backup.read_text("utf-8"))
    assert data["profiles"][0]["name"] == "Mina"
    other = tmp_path / "other.db"
    result = CliRunner().invoke(main, ["--db", str(other), "import", str(backup)])
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(main, ["--db", str(other), "export"]).output
    assert json.loads(again)["profiles"] == data["profiles"]
    refused = CliRunner().invoke(main, ["--db", str(other), "import", str(backup)])
    assert refused.exit_code == 1 and "Mina" in refused.output


def test_clear_errors(run, tmp_path):
    assert "No profile yet" in run("plan", ok=False).output
    run("profile", "create", "A")
    run("profile", "create", "B")
    result = run("progress", ok=False)
    assert result.exit_code == 1 and "--profile" in result.output
    run("profile", "create", "C", "--target-role", "ml-engineer")
    result = run("progress", "pytorc", "learned", "--profile", "C", ok=False)
    assert "PyTorch (pytorch)" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    assert "not a careernav JSON export" in run("import", str(bad), ok=False).output
    assert "Traceback" not in result.output


def test_plan_with_nothing_to_learn_lists_the_credentials(run, tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text("기술\nPython, SQL\n", encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text("자격요건\n- Python, SQL\n- 정보처리기사 자격증\n", encoding="utf-8")
    run("profile", "create", "하늘", "--language", "ko", "--resume", str(resume))
    out = run("plan", str(posting), "--lang", "ko").output
    assert "더 배울 스킬이 없습니다" in out
    assert "그 밖의 요구" in out and "정보처리기사" in out
    assert "준비되면 응시하는 시험이라 학습 단계로 넣지 않았습니다" in out  # the reason


def test_a_profile_is_changed_in_place(run):
    run("profile", "create", "민준", "--lang", "ko")
    no_target = run("plan", "--lang", "ko", ok=False)
    assert no_target.exit_code == 1
    assert "profile set --target-role" in no_target.output
    changed = json.loads(
        run("profile", "set", "--target-role", "데이터 엔지니어", "--hours", "12",
            "--resume", str(SAMPLES / "resume-ko.md"), "--json").output
    )  # fmt: skip
    assert changed["target_role"] == "data-engineer" and changed["hours_per_week"] == 12
    assert {"python", "sql"} <= set(changed["known"])
    plan = json.loads(run("plan", "--json").output)
    assert plan["target"]["id"] == "data-engineer"
    too_few = run("profile", "set", "--hours", "0.1", ok=False)
    assert too_few.exit_code == 2 and "0.5" in too_few.output
    unknown = run("profile", "set", "--target-role", "없는직무", "--lang", "ko", ok=False)
    assert "'없는직무'라는 직무가 없습니다" in unknown.output


def test_a_bad_output_path_saves_no_plan_and_says_why(run, tmp_path):
    run("profile", "create", "Mina", "--target-role", "llm-engineer")
    before = run("export").output
    missing = run("plan", "--markdown", str(tmp_path / "nope" / "plan.md"), ok=False)
    assert missing.exit_code == 1 and "there is no folder" in missing.output
    # a folder no file can be made in (even by root): /proc
    proc = run("plan", "--lang", "ko", "--ics", "/proc/careernav-plan.ics", ok=False)
    assert proc.exit_code == 1 and "/proc/careernav-plan.ics를 쓸 수 없습니다" in proc.output
    assert run("export").output == before  # no plan was saved
    chart = run("profile", "show", "--chart", str(tmp_path / "nope" / "shape.svg"), ok=False)
    assert chart.exit_code == 1 and "there is no folder" in chart.output
    written = tmp_path / "plan.md"
    run("plan", "--markdown", str(written))
    assert written.read_text("utf-8").startswith("#")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_is_written_whole_or_not_at_all_and_import_reads_a_bom(run, tmp_path):
    run("profile", "create", "Mina")
    assert "it is a folder" in run("export", str(tmp_path), ok=False).output
    backup = tmp_path / "backup.json"
    run("export", str(backup))
    text = backup.read_text("utf-8")
    full = run("export", "/dev/full", ok=False)
    assert full.exit_code == 1 and "No space left on device" in full.output
    with_bom = tmp_path / "bom.json"
    with_bom.write_text("\ufeff" + text, "utf-8")
    assert run("import", "--replace", str(with_bom)).exit_code == 0


def test_a_korean_profiles_plan_in_english_and_a_skip_in_progress(run):
    run("profile", "create", "하늘", "--language", "ko", "--target-role", "llm-engineer",
        "--hours", "8", "--resume", str(SAMPLES / "resume-ko.md"))  # fmt: skip
    plan = run("plan", "--lang", "en", "--json").output
    steps = json.loads(plan)["steps"]
    first = steps[0]
    assert first["closes"].startswith("required by AI/LLM Engineer")  # English words
    out = run("plan", "--lang", "ko").output
    assert "필수" in out and "required by" not in out
    run("progress", first["skill_id"], "skipped")
    assert f"Steps done: 0/{len(steps) - 1} (1 skipped)" in run("progress", "--lang", "en").output
    assert f"완료한 단계: 0/{len(steps) - 1} (건너뜀 1개)" in run("progress", "--lang", "ko").output
