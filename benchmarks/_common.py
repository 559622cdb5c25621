"""Shared helpers for the benchmarks: where the evaluation data lives, timing, output."""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("CAREERNAV_EVAL", ROOT.parent / "shared" / "data" / "eval"))


def require_eval(name: str) -> Path:
    path = EVAL / name
    if not path.exists():
        sys.exit(f"{path} not found: set CAREERNAV_EVAL to the folder holding the eval data")
    return path


def read_jsonl(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.machine()} ({os.cpu_count()} cores, {cpu}), Python {platform.python_version()}"


def report(name: str, metrics: dict) -> None:
    print(json.dumps({"benchmark": name, **metrics}, ensure_ascii=False, indent=1))
