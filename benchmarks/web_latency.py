"""Latency of the analyse request over loopback, with concurrent clients.

The app runs as users run it, `careernav --db <tmp> serve --port <free port>` (one uvicorn
process on 127.0.0.1, a fresh SQLite store in a temporary folder), in a subprocess. Each client
is its own httpx.AsyncClient, so its own session: it loads the Analyse page, takes the CSRF
token from the form, then sends the request the page's HTMX form sends —
POST /analyse, multipart/form-data, `HX-Request: true`, the Korean sample resume
(samples/resume-ko.md) and the English sample posting (samples/posting-en-llm-engineer.html,
as the text a person would paste) as form fields. The JSON API, POST /api/match, is measured
the same way with the same two texts.

Per endpoint: warm-up requests first (not counted), then a one-client sequential run (the
service time with no queueing), then N clients × M requests at once (default 8 × 40). Every
answer must be 200 with the expected content, or it counts as an error. Needs no eval data.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from careernav.documents import read_document

from _common import ROOT, machine, report

CLI = str(Path(sys.executable).parent / "careernav")
SAMPLES = ROOT / "samples"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
TARGET_P95_MS = 150


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folder: Path) -> tuple[subprocess.Popen, str, Path]:
    port = free_port()
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [CLI, "--db", str(folder / "bench.db"), "serve", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    with httpx.Client(trust_env=False, timeout=2) as client:
        while True:
            try:
                if client.get(f"{url}/healthz").status_code == 200:
                    return proc, url, log
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                sys.exit(f"the server did not start:\n{log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


class Client:
    """One browser-like session: its own cookies and CSRF token."""

    def __init__(self, url: str, resume: str, posting: str) -> None:
        self.http = httpx.AsyncClient(
            base_url=url, trust_env=False, timeout=60, headers={"accept-language": "en"}
        )
        self.resume, self.posting = resume, posting
        self.token = ""

    async def open(self) -> None:
        page = await self.http.get("/analyse")
        page.raise_for_status()
        found = CSRF.search(page.text)
        if not found:
            sys.exit("no CSRF token in the Analyse form")
        self.token = found.group(1)

    async def analyse(self) -> bool:
        # (None, value): a plain form field, sent as multipart like the page's HTMX form.
        fields = {
            "csrf_token": (None, self.token),
            "resume_text": (None, self.resume),
            "posting_text": (None, self.posting),
        }
        r = await self.http.post("/analyse", files=fields, headers={"hx-request": "true"})
        return r.status_code == 200 and 'id="analysis"' in r.text and "data-verdict" in r.text

    async def api_match(self) -> bool:
        body = {"resume": self.resume, "posting": self.posting, "lang": "en"}
        r = await self.http.post("/api/match", json=body)
        return r.status_code == 200 and "verdict" in r.json()

    async def timed(self, call, times: list[float]) -> bool:
        start = time.perf_counter()
        ok = await call()
        times.append((time.perf_counter() - start) * 1000)
        return ok

    async def close(self) -> None:
        await self.http.aclose()


async def measure(
    url: str, resume: str, posting: str, kind: str, clients: int, requests: int, warmup: int
) -> dict:
    def call(client: Client):
        return client.analyse if kind == "analyse" else client.api_match

    sessions = [Client(url, resume, posting) for _ in range(clients)]
    try:
        await asyncio.gather(*(s.open() for s in sessions))
        errors = 0
        for _ in range(warmup):
            errors += not await call(sessions[0])()
        sequential: list[float] = []
        for _ in range(min(20, requests)):
            errors += not await sessions[0].timed(call(sessions[0]), sequential)

        times: list[float] = []

        async def run(session: Client) -> int:
            failed = 0
            for _ in range(requests):
                failed += not await session.timed(call(session), times)
            return failed

        start = time.perf_counter()
        errors += sum(await asyncio.gather(*(run(s) for s in sessions)))
        wall = time.perf_counter() - start
    finally:
        await asyncio.gather(*(s.close() for s in sessions))
    return {
        "requests": len(times),
        "errors": errors,
        "sequential_p50_ms": round(statistics.median(sequential), 1),
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "p99_ms": round(percentile(times, 99), 1),
        "max_ms": round(max(times), 1),
        "mean_ms": round(statistics.fmean(times), 1),
        "requests_per_s": round(len(times) / wall, 1),
        f"p95_le_{TARGET_P95_MS}ms": percentile(times, 95) <= TARGET_P95_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=40, help="per client")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument(
        "--url", help="measure a server already running there (e.g. one under a profiler)"
    )
    args = parser.parse_args()

    resume_doc = read_document(SAMPLES / "resume-ko.md")
    posting_doc = read_document(SAMPLES / "posting-en-llm-engineer.html")
    results = {}

    def run_all(url: str) -> None:
        for kind in ("analyse", "api_match"):
            work = measure(url, resume_doc.text, posting_doc.text, kind, args.clients,
                           args.requests, args.warmup)  # fmt: skip
            results[kind] = asyncio.run(asyncio.wait_for(work, timeout=600))

    if args.url:
        run_all(args.url.rstrip("/"))
    else:
        with tempfile.TemporaryDirectory(prefix="careernav-bench-") as tmp:
            proc, url, _ = start_server(Path(tmp))
            try:
                run_all(url)
            finally:
                stop_server(proc)

    report(
        "web_latency",
        {
            "machine": machine(),
            "server": args.url or "careernav serve (one uvicorn process), 127.0.0.1, SQLite",
            "clients": args.clients,
            "requests_per_client": args.requests,
            "warmup": args.warmup,
            "resume_chars": len(resume_doc.text),
            "posting_chars": len(posting_doc.text),
            "post_analyse": results["analyse"],
            "post_api_match": results["api_match"],
        },
    )


if __name__ == "__main__":
    main()
