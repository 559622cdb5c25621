#!/usr/bin/env bash
# Set up a virtual environment and run the whole test suite: lint, format check, pytest.
# The README and CI (.ci/run) both run exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/pytest "$@"
