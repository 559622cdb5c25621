"""Batch throughput, peak memory and CLI cold start.

- In-process: postings per second through the same per-line handler `careernav posting
  --jsonl` uses (extraction + role mix), on the Jumpit and Glassdoor texts.
- End to end: `careernav posting --jsonl FILE > /dev/null` as a subprocess on the same lines,
  and on ten times as many, with the child's peak RSS (flat memory means streaming works).
- Cold start: `careernav extract` on a small file, median wall time of several runs.

The JSONL inputs are written to a temporary folder and deleted; no posting text is kept.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from careernav.cli.reading import _posting_record
from careernav.knowledge import default_knowledge_base

from _common import ROOT, machine, read_jsonl, report, require_eval

CLI = [str(Path(sys.executable).parent / "careernav")]


def postings() -> list[dict]:
    records = []
    for post in read_jsonl(require_eval("jumpit_dev.jsonl")):
        text = "\n".join(
            f"{k}\n{post.get(k) or ''}" for k in ("주요업무", "자격요건", "우대조건", "복지")
        )
        records.append({"id": f"j{len(records)}", "text": text, "title": post.get("공고명")})
    for post in read_jsonl(require_eval("glassdoor_dev.jsonl")):
        records.append(
            {"id": f"g{len(records)}", "text": post["description"], "title": post["title"]}
        )
    return records


def run_cli(path: Path) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with open(path, "rb") as stdin:
        subprocess.run(
            [*CLI, "posting", "--jsonl", "-"], stdin=stdin, stdout=subprocess.DEVNULL, check=True
        )
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def main() -> None:
    records = postings()
    kb = default_knowledge_base()
    _posting_record(kb, records[0])  # build the automata once, as a long-running batch would
    chars = sum(len(r["text"]) for r in records)
    start = time.perf_counter()
    for record in records:
        _posting_record(kb, record)
    in_process = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "1x.jsonl", Path(tmp) / "10x.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
        small.write_text("".join(lines), encoding="utf-8")
        large.write_text("".join(lines) * 10, encoding="utf-8")
        t1, rss1 = run_cli(small)
        t10, rss10 = run_cli(large)

    sample = ROOT / "samples" / "resume-ko.md"
    times = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run([*CLI, "extract", str(sample)], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)

    report(
        "throughput",
        {
            "machine": machine(),
            "postings": len(records),
            "mean_chars": round(chars / len(records)),
            "in_process_postings_per_s": round(len(records) / in_process),
            "cli_postings_per_s_1x": round(len(records) / t1),
            "cli_postings_per_s_10x": round(10 * len(records) / t10),
            "cli_peak_rss_mb_after_1x": round(rss1 / 1024),
            "cli_peak_rss_mb_after_10x": round(rss10 / 1024),
            "cold_start_extract_median_s": round(statistics.median(times), 3),
            "cold_start_extract_max_s": round(max(times), 3),
        },
    )


if __name__ == "__main__":
    main()
