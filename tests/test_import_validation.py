"""Importing an edited export: every role, skill and project it names must be one careernav
knows, and every plan, resume reading and retrospective one careernav can read back; else the
whole file is refused, in English and Korean, with nothing written. And a stored profile whose
target role has left the knowledge base still shows, and says how to set another."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from careernav.cli import main
from careernav.knowledge import default_knowledge_base
from careernav.store import ImportDataError, Store
from careernav.web import create_app

SAMPLES = Path(__file__).parents[1] / "samples"


def cli(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


def ok(db: Path, *args: str) -> str:
    result = cli(db, *args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> dict:
    """A real export made by the CLI: an English profile with a resume, a role plan and an
    active posting plan, marks on a skill and a project, and a retrospective; and a Korean
    profile with a mark of its own."""
    folder = tmp_path_factory.mktemp("made")
    db = folder / "careernav.db"
    ok(db, "profile", "create", "jamie", "--language", "en", "--target-role", "llm-engineer",
       "--hours", "8", "--resume", str(SAMPLES / "resume-en.md"))  # fmt: skip
    ok(db, "plan", "--profile", "jamie", "--start", "2026-01-05")
    ok(db, "plan", str(SAMPLES / "posting-en-llm-engineer.html"), "--profile", "jamie",
       "--start", "2026-01-05")  # fmt: skip
    ok(db, "progress", "pytorch", "learned", "--profile", "jamie")
    ok(db, "progress", "rag-over-your-documents", "done", "--profile", "jamie")
    ok(db, "retro", "--quarter", "--profile", "jamie")
    ok(db, "profile", "create", "하늘", "--language", "ko", "--target-role", "ml-engineer")
    ok(db, "progress", "파이토치", "learned", "--profile", "하늘")
    ok(db, "export", str(folder / "backup.json"))
    return json.loads((folder / "backup.json").read_text("utf-8"))


@pytest.fixture
def target(tmp_path) -> Path:
    """A database that already holds someone else's profile, to import into."""
    db = tmp_path / "target.db"
    ok(db, "profile", "create", "someone-else", "--target-role", "data-engineer")
    ok(db, "progress", "sql", "learned", "--profile", "someone-else")
    return db


def snapshot(db: Path) -> dict:
    with Store.open(db) as store:
        return store.export_data()


def edited(export: dict, change: Callable[[dict], None], tmp_path: Path) -> Path:
    data = copy.deepcopy(export)
    change(data)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


# Where things are in the export, found by what they are rather than by position.


def jamie(data: dict) -> dict:
    return next(p for p in data["profiles"] if p["name"] == "jamie")


def active_plan(data: dict) -> dict:
    return next(p for p in jamie(data)["plans"] if p["active"])


def role_plan(data: dict) -> dict:
    return next(p for p in jamie(data)["plans"] if p["target_kind"] == "role")


def event(data: dict, kind: str) -> dict:
    return next(e for e in jamie(data)["progress_events"] if e["subject_kind"] == kind)


def resume_analysis(data: dict) -> dict:
    return next(a for a in jamie(data)["analyses"] if a["kind"] == "resume")


def test_the_cli_export_is_as_expected(export):
    """The edits below change what these say is there."""
    assert jamie(export)["target_role"] == "llm-engineer"
    assert active_plan(export)["target_kind"] == "posting"
    assert role_plan(export)["target_id"] == "llm-engineer"
    assert role_plan(export)["body"]["target"]["id"] == "llm-engineer"
    assert event(export, "skill")["subject_id"] == "pytorch"
    assert event(export, "project")["subject_id"] == "rag-over-your-documents"
    assert "skills" in resume_analysis(export)["result"]
    assert {"period", "learned", "projects_done"} <= jamie(export)["retrospectives"][0]["content"].keys()  # fmt: skip


def test_an_untouched_export_imports_and_round_trips(export, tmp_path):
    path = edited(export, lambda data: None, tmp_path)
    db = tmp_path / "fresh.db"
    assert "2 profile(s)" in ok(db, "import", str(path))
    assert snapshot(db) == export
    assert "Steps done" in ok(db, "progress", "--profile", "jamie")


EDITS = [
    (
        "hours a week careernav does not plan with",
        lambda d: jamie(d).update(hours_per_week=150),
        "profiles[0] ('jamie').hours_per_week: Input should be less than or equal to 100",
        "profiles[0] ('jamie').hours_per_week",
    ),
    (
        "profile target role",
        lambda d: jamie(d).update(target_role="no-such-role"),
        "profiles[0] ('jamie').target_role: 'no-such-role' is not a role careernav knows.",
        "profiles[0] ('jamie').target_role: 'no-such-role'은 careernav가 아는 직무가 아닙니다.",
    ),
    (
        "plan body emptied",
        lambda d: active_plan(d).update(body={}),
        "].body: is not a learning plan careernav can read (missing target, lang, wants, known, "
        "steps, projects, hours_per_week, start, kb_version).",
        "].body: careernav가 읽을 수 있는 학습 계획이 아닙니다(빠진 키: target, lang,",
    ),
    (
        "plan body without its target",
        lambda d: active_plan(d)["body"].pop("target"),
        "].body: is not a learning plan careernav can read (missing target).",
        "(빠진 키: target)",
    ),
    (
        "plan step hours not numbers",
        lambda d: active_plan(d)["body"]["steps"][0].update(hours=["ten", 20]),
        "steps[0].hours[0]: Input should be a valid number",
        "steps[0].hours[0]: Input should be a valid number",
    ),
    (
        "plan target of an unknown kind",
        lambda d: active_plan(d)["body"]["target"].update(kind="team"),
        "target.kind: 'team' is not 'role' or 'posting'",
        "target.kind: 'team', 'role'이나 'posting'이어야 함",
    ),
    (
        "role plan towards an unknown role",
        lambda d: role_plan(d).update(target_id="nope"),
        "].target_id: 'nope' is not a role careernav knows. Did you mean 'llm-engineer'?",
        "].target_id: 'nope'는 careernav가 아는 직무가 아닙니다. 혹시 'llm-engineer'인가요?",
    ),
    (
        "progress on an unknown skill",
        lambda d: event(d, "skill").update(subject_id="no-such-skill"),
        "].subject_id: 'no-such-skill' is not the ID of a skill careernav knows. Change it to a "
        "skill ID",
        "].subject_id: 'no-such-skill'은 careernav가 아는 스킬 ID가 아닙니다.",
    ),
    (
        "progress on a skill's name instead of its ID",
        lambda d: event(d, "skill").update(subject_id="PyTorch"),
        "'PyTorch' is not the ID of a skill careernav knows (did you mean 'pytorch'?)",
        "(혹시 'pytorch'?)",
    ),
    (
        "progress on an unknown project",
        lambda d: event(d, "project").update(subject_id="no-such-project"),
        "'no-such-project' is not a portfolio project careernav knows",
        "'no-such-project'는 careernav가 아는 포트폴리오 프로젝트가 아닙니다",
    ),
    (
        "resume reading without its skills",
        lambda d: resume_analysis(d)["result"].pop("skills"),
        "].result: is not a reading of a resume careernav can use (missing skills)",
        "].result: careernav가 쓸 수 있는 이력서 분석 결과가 아닙니다(빠진 키: skills)",
    ),
    (
        "analysis towards an unknown role",
        lambda d: resume_analysis(d).update(target_role="nope"),
        "].target_role: 'nope' is not a role careernav knows.",
        "].target_role: 'nope'는 careernav가 아는 직무가 아닙니다.",
    ),
    (
        "retrospective period that is not a period",
        lambda d: jamie(d)["retrospectives"][0]["content"].update(period="2026-Q1"),
        "retrospectives[0].content: is not a retrospective careernav can read (period: Input "
        "should be an object)",
        "retrospectives[0].content: careernav가 읽을 수 있는 회고가 아닙니다",
    ),
]


@pytest.mark.parametrize(
    ("change", "english", "korean"), [e[1:] for e in EDITS], ids=[e[0] for e in EDITS]
)
def test_an_edited_export_is_refused_whole_naming_the_record_and_what_to_do(
    export, target, tmp_path, change, english, korean
):
    path = edited(export, change, tmp_path)
    before = snapshot(target)
    result = cli(target, "import", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Nothing was imported: the data has 1 problem(s):")
    assert english in result.stderr, result.stderr
    assert "Traceback" not in result.output
    result = cli(target, "import", str(path), "--lang", "ko")
    assert result.exit_code == 1
    assert result.stderr.startswith("오류: 아무것도 가져오지 않았습니다: 데이터에 문제가 1개")
    assert korean in result.stderr, result.stderr
    assert snapshot(target) == before  # nothing written, not even the other, sound profile


def test_every_problem_in_every_profile_is_listed_at_once(export, target, tmp_path):
    def break_both(data: dict) -> None:
        jamie(data)["target_role"] = "no-such-role"
        active_plan(data)["body"] = {}
        sky = next(p for p in data["profiles"] if p["name"] == "하늘")
        sky["progress_events"][0]["subject_id"] = "no-such-skill"

    before = snapshot(target)
    result = cli(target, "import", str(edited(export, break_both, tmp_path)))
    assert result.exit_code == 1 and "the data has 3 problem(s)" in result.stderr
    assert "('jamie').target_role" in result.stderr and "].body:" in result.stderr
    assert "profiles[1] ('하늘').progress_events[0].subject_id" in result.stderr
    assert snapshot(target) == before


def test_a_skill_id_the_knowledge_base_redirects_is_accepted(export, tmp_path):
    """Progress survives knowledge-base upgrades: an old ID that redirects.yaml follows is a
    skill careernav knows."""
    kb = default_knowledge_base()
    upgraded = dataclasses.replace(kb, redirects={**kb.redirects, "torch-lib": ["pytorch"]})
    data = copy.deepcopy(export)
    event(data, "skill")["subject_id"] = "torch-lib"
    with Store.open(tmp_path / "old.db") as store:
        with pytest.raises(ImportDataError, match="'torch-lib' is not the ID of a skill"):
            store.import_data(data, kb=kb)
        assert store.list_profiles() == []
        store.import_data(data, kb=upgraded)
        assert store.latest_status("jamie")[("skill", "torch-lib")] == "learned"


def test_importing_a_profile_that_exists_says_how_to_replace_it_or_keep_both(export, tmp_path):
    path = edited(export, lambda data: None, tmp_path)
    db = tmp_path / "twice.db"
    ok(db, "import", str(path))
    ok(db, "progress", "docker", "in-progress", "--profile", "jamie")
    before = snapshot(db)
    result = cli(db, "import", str(path))
    assert result.exit_code == 1
    assert "`careernav import --replace FILE`" in result.stderr
    assert "`careernav --db OTHER.db import FILE`" in result.stderr
    assert "replace=True" not in result.stderr and "rename" not in result.stderr
    korean = cli(db, "import", str(path), "--lang", "ko").stderr
    assert "`careernav import --replace`로 그 파일을 다시 가져오세요" in korean
    assert snapshot(db) == before
    ok(db, "import", "--replace", str(path))
    assert snapshot(db) == export


# --- The web API ---------------------------------------------------------------------------


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_the_web_import_refuses_an_edited_export_and_the_pages_keep_working(export, tmp_path):
    app = create_app(str(tmp_path / "web.db"))
    broken = copy.deepcopy(export)
    jamie(broken)["target_role"] = "no-such-role"
    active_plan(broken)["body"] = {}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            answer = await client.post("/api/import", json={"data": broken})
            assert answer.status_code == 400
            error = answer.json()["error"]
            assert error.startswith("Nothing was imported: the data has 2 problem(s):")
            assert "'no-such-role' is not a role careernav knows" in error
            answer = await client.post("/api/import?lang=ko", json={"data": broken})
            assert "'no-such-role'은 careernav가 아는 직무가 아닙니다" in answer.json()["error"]
            assert (await client.get("/api/profiles")).json() == {"profiles": []}
            assert (await client.get("/me")).status_code == 200
            answer = await client.post("/api/import", json={"data": export})
            assert answer.status_code == 200 and answer.json() == {"profiles": 2}


# --- A stored target role the knowledge base no longer has ---------------------------------


@pytest.fixture
def retired(tmp_path) -> Path:
    """A profile saved when its target role existed (the store keeps any ID it is given)."""
    db = tmp_path / "retired.db"
    with Store.open(db) as store:
        store.create_profile("jamie", language="en", target_role="prompt-whisperer")
    return db


def test_profile_show_names_a_vanished_target_role_and_how_to_set_another(retired):
    out = ok(retired, "profile", "show")
    assert "Target role: prompt-whisperer" in out
    assert "'prompt-whisperer' is not a role careernav knows" in out
    assert "careernav profile set --target-role ROLE" in " ".join(out.split())
    out = ok(retired, "profile", "show", "--lang", "ko")
    assert "목표 직무 'prompt-whisperer'는 careernav가 아는 직무가 아닙니다" in " ".join(
        out.split()
    )
    assert json.loads(ok(retired, "profile", "show", "--json"))["target_role"] == "prompt-whisperer"


def test_a_plan_towards_a_vanished_target_role_is_refused_with_what_to_do(retired):
    result = cli(retired, "plan")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: The target role 'prompt-whisperer' is not a role")
    assert "`careernav profile set --target-role ROLE`" in result.stderr
    assert "Traceback" not in result.output
    korean = cli(retired, "plan", "--lang", "ko").stderr
    assert korean.startswith(
        "오류: 목표 직무 'prompt-whisperer'는 careernav가 아는 직무가 아닙니다"
    )
    with Store.open(retired) as store:
        assert store.list_plans("jamie") == []
    changed = ok(retired, "profile", "set", "--target-role", "ml-engineer")
    assert "Target role: Machine Learning Engineer" in changed


@pytest.mark.anyio
async def test_the_web_pages_show_a_profile_whose_target_role_vanished(retired):
    app = create_app(str(retired))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            assert (await client.get("/me")).status_code == 200
            assert (await client.get("/plan")).status_code == 200
            assert (await client.get("/api/profiles/jamie/shape")).status_code == 200
            # planning towards it through the API says what to do, no server error
            made = await client.post("/api/profiles/jamie/plan", json={})
            assert made.status_code in (400, 422), made.text
            assert "a role careernav no longer knows" in made.text
    with Store.open(retired) as store:
        assert store.list_plans("jamie") == []


# --- retro ---------------------------------------------------------------------------------


def test_retro_takes_a_quarter_or_a_year_not_both(target):
    result = cli(target, "retro", "--quarter", "--year")
    assert result.exit_code == 2
    assert "Give --quarter or --year, not both." in result.stderr
    korean = cli(target, "retro", "--year", "--quarter", "--lang", "ko")
    assert korean.exit_code == 2 and "--quarter와 --year 중 하나만 주세요." in korean.stderr
    with Store.open(target) as store:
        assert store.list_retrospectives("someone-else") == []
    assert json.loads(ok(target, "retro", "--year", "--json"))["period"]["kind"] == "year"


def test_retro_list_shows_a_stored_retrospective_it_cannot_summarise_by_its_own_words(target):
    with Store.open(target) as store:
        store.save_retrospective(
            "someone-else",
            "quarter",
            "2026-Q1",
            {"period": "2026-Q1", "learned": 3, "projects_done": [], "summary": "SQL done"},
        )
    assert ok(target, "retro", "--list").strip() == "2026-Q1  SQL done"
