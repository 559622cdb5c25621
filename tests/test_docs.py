"""Every command is in the README, and the README's first commands are what CI runs."""

from __future__ import annotations

from pathlib import Path

from careernav.cli import main

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def test_every_command_is_documented():
    for name in main.commands:
        assert f"careernav {name}" in README, name


def test_ci_runs_the_readme_test_command():
    first_block = README.split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.strip() for line in first_block.strip().splitlines()]
    assert len(commands) == 2
    assert "careernav" in commands[0] and "samples/" in commands[0]
    assert commands[1] in (ROOT / ".ci" / "run").read_text("utf-8")
