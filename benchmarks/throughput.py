"""Batch throughput, peak memory and CLI cold start.

- In-process: postings per second through the same per-line handlers that
  `careernav extract --jsonl` (extraction) and `careernav posting --jsonl` (extraction + role
  mix) use, on the Jumpit and Glassdoor texts.
- End to end: `careernav extract --jsonl -` and `careernav posting --jsonl -` as subprocesses
  on the same lines, and posting on ten times as many, with the child's peak RSS (flat memory
  means streaming works).
- Cold start: `careernav extract` on a small file, median wall time of several runs.

The JSONL inputs are written to a temporary folder and deleted; no posting text is kept.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from careernav.cli.reading import _extract_record, _posting_record
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


def run_cli(path: Path, command: str = "posting") -> tuple[float, int]:
    """Wall time and peak RSS (KB) of the CLI on one JSONL file.

    The peak comes from GNU time's %M: the benchmark's own getrusage(RUSAGE_CHILDREN) would
    count the pages a forked child shares with this (large) process before it execs."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss, open(path, "rb") as stdin:
        start = time.perf_counter()
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", rss.name, *CLI, command, "--jsonl", "-"],
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        elapsed = time.perf_counter() - start
        return elapsed, int(rss.read().strip().splitlines()[-1])


def main() -> None:
    records = postings()
    kb = default_knowledge_base()
    chars = sum(len(r["text"]) for r in records)
    rates = {}
    for name, handler in (("extract", _extract_record), ("posting", _posting_record)):
        handler(kb, records[0])  # build the automata once, as a long-running batch would
        best = 0.0
        for _ in range(3):  # best of three: the machine is shared
            start = time.perf_counter()
            for record in records:
                handler(kb, record)
            best = max(best, len(records) / (time.perf_counter() - start))
        rates[name] = round(best)

    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "1x.jsonl", Path(tmp) / "10x.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
        small.write_text("".join(lines), encoding="utf-8")
        large.write_text("".join(lines) * 10, encoding="utf-8")
        te, _ = run_cli(small, "extract")
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
            "in_process_extract_per_s": rates["extract"],
            "in_process_posting_per_s": rates["posting"],
            "cli_extract_per_s": round(len(records) / te),
            "cli_posting_per_s_1x": round(len(records) / t1),
            "cli_posting_per_s_10x": round(10 * len(records) / t10),
            "cli_peak_rss_mb_after_1x": round(rss1 / 1024),
            "cli_peak_rss_mb_after_10x": round(rss10 / 1024),
            "cold_start_extract_median_s": round(statistics.median(times), 3),
            "cold_start_extract_max_s": round(max(times), 3),
        },
    )


if __name__ == "__main__":
    main()
