"""The knowledge-base commands, in both languages and as JSON, through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from careernav.cli import main

from test_knowledge_base import ROLE_IDS


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, ok: bool = True):
        result = runner.invoke(main, list(args), catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


def test_roles_json_lists_the_fifteen_ids_by_family(run, kb):
    data = json.loads(run("roles", "--json").output)
    ids = [r["id"] for f in data["families"] for r in f["roles"]]
    assert sorted(ids) == sorted(ROLE_IDS)
    data_family = next(f for f in data["families"] if f["id"] == "data")
    assert {r["id"] for r in data_family["roles"]} == {
        "data-analyst",
        "data-scientist",
        "data-engineer",
    }


@pytest.mark.parametrize(("lang", "expected"), [("en", "Data Engineer"), ("ko", "데이터 엔지니어")])
def test_roles_table_in_each_language(run, lang, expected):
    out = run("roles", "--lang", lang).output
    assert expected in out
    assert "mlops-engineer" in out


def test_role_by_id_and_by_korean_title(run, kb):
    en = json.loads(run("role", "ml-engineer", "--json", "--lang", "en").output)
    assert en["id"] == "ml-engineer"
    assert len(en["core_skills"]) >= 15
    assert en["core_skills"][0]["weight"] >= en["core_skills"][-1]["weight"]
    ko_title = kb.roles["data-engineer"].titles.ko[0]
    ko = json.loads(run("role", ko_title, "--json", "--lang", "ko").output)
    assert ko["id"] == "data-engineer"
    assert ko["label"] == kb.roles["data-engineer"].label.ko


def test_role_as_table(run):
    out = run("role", "nlp-engineer", "--lang", "ko").output
    assert "업무" in out and "핵심 스킬" in out


def test_skill_pytorch_from_korean_alias(run):
    data = json.loads(run("skill", "파이토치", "--json").output)
    assert data["id"] == "pytorch"
    # a product keeps its own name in Korean, as Korean postings write it
    assert data["labels"] == {"en": "PyTorch", "ko": "PyTorch"}
    assert any(r["id"] == "ml-engineer" for r in data["roles"])
    assert data["resources"], "PyTorch should have learning resources"
    assert data["resources"][0]["cost"] == "free"


@pytest.mark.parametrize(("name", "sid"), [("k8s", "kubernetes"), ("sklearn", "scikit-learn")])
def test_skill_aliases_in_table_output(run, name, sid):
    out = run("skill", name, "--lang", "en").output
    assert f"({sid})" in out
    assert "Roles that need it" in out


def test_skill_in_korean(run):
    out = run("skill", "RAG", "--lang", "ko").output
    assert "필요로 하는 직무" in out and "선수 지식" in out


def test_unknown_skill_suggests_closest(run):
    result = run("skill", "pytorc", ok=False)
    assert result.exit_code == 1
    assert "No skill named 'pytorc'" in result.output
    assert "PyTorch (pytorch)" in result.output
    assert "Traceback" not in result.output


def test_unknown_role_suggests_closest(run):
    result = run("role", "ml-enginer", ok=False)
    assert result.exit_code == 1
    assert "ml-engineer" in result.output


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_mindmap_is_generated_from_the_data(run, kb, lang):
    source = run("mindmap", "--lang", lang).output
    assert source.startswith("mindmap\n  root((AI JOB))\n")
    for family in kb.families.values():
        if family.mindmap:
            assert f"\n    {family.mindmap}\n" in source
    lines = source.splitlines()
    assert sum(1 for line in lines if line.startswith("      ")) == 15
    as_json = json.loads(run("mindmap", "--json", "--lang", lang).output)
    assert as_json["source"] == source


def test_about_shows_the_attributions(run):
    out = run("about").output
    assert "This service uses the ESCO classification of the European Commission." in out
    assert "USDOL/ETA has not approved, endorsed, or tested these modifications." in out
    assert "MIT License" in out
    data = json.loads(run("about", "--json").output)
    assert data["knowledge_base"]["skills"] >= 600


def test_language_defaults_to_the_environment(run, kb, monkeypatch):
    monkeypatch.setenv("CAREERNAV_LANG", "ko")
    data = json.loads(run("role", "data-analyst", "--json").output)
    assert data["label"] == kb.roles["data-analyst"].label.ko
    monkeypatch.setenv("CAREERNAV_LANG", "en")
    data = json.loads(run("role", "data-analyst", "--json").output)
    assert data["label"] == kb.roles["data-analyst"].label.en


def test_every_command_is_listed_once_and_loads_from_its_module():
    import importlib

    from careernav.cli import COMMAND_MODULES

    for module in set(COMMAND_MODULES.values()):
        names = {c.name for c in importlib.import_module(f"careernav.cli.{module}").COMMANDS}
        assert names == {n for n, m in COMMAND_MODULES.items() if m == module}, module


def test_reading_a_document_does_not_load_the_store_or_the_web_app(tmp_path):
    import subprocess
    import sys

    resume = tmp_path / "resume.txt"
    resume.write_text("Skills\nPython, PyTorch, 쿠버네티스\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from careernav.cli import main\n"
        f"main(['extract', {str(resume)!r}, '--json'], standalone_mode=False)\n"
        "heavy = [m for m in ('sqlalchemy', 'fastapi', 'careernav.tracking') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert '"pytorch"' in out.stdout
    assert "HEAVY []" in out.stdout


def test_skill_shows_the_actions_that_name_it(run):
    out = run("skill", "model-deployment", "--lang", "en").output
    assert "Also read from what was done" in out and "deploy … model" in out
    data = json.loads(run("skill", "model-deployment", "--json").output)
    assert "모델 … 배포" in data["actions"]
    assert json.loads(run("skill", "pytorch", "--json").output)["actions"] == []
