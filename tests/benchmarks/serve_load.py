"""Load on `crr serve`: bounded concurrent requests on loopback.

    python tests/benchmarks/serve_load.py [--clients 10] [--requests 300] [--url URL --pid PID] [--distinct]

Starts `crr serve` on a free port (or uses --url), then sends --requests
requests to each page with --clients clients at a time and prints p50, p99
and requests per second.  `crr serve` keeps responses by address (the
database is immutable); --distinct makes every address differ, to measure
Datasette and the engine without that.  Targets: p50 under 50 ms at 10 clients, no errors.
Then it measures a cached page while four clients ask questions of the
longest length crr reads (the engine answers off the event loop, so the
page should stay near its unloaded time), checks that a bad SQL query and a
10,000-character question get an error page (4xx), not a crash, and that the
server still answers after them.  Exits non-zero when a target is missed.

With the server's process (its own, or --pid for one started elsewhere, such
as a replica of `crr publish`), it also reports what one replica needs: the
CPU it used over the run (in cores), its resident memory at the end and at
its peak, and the throughput of a mix of every page.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from assistant.limits import MAX_QUESTION_CHARS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PAGES = {
    "home page": "/",
    "table page": "/china_russia/observations",
    "row page": "/china_russia/observations/trade-total-2024-wp",
    "dashboard": "/-/dashboards/china-russia",
    "query json": "/china_russia.json?sql=" + urllib.parse.quote(
        "select year, value from observations where metric_id = 'trade_total'"),
    "ask page": "/-/ask?q=" + urllib.parse.quote("trade in 2024?"),
    "ask json": "/-/ask.json?q=" + urllib.parse.quote("joint exercises since 2022?"),
    "health": "/-/health",
}
BAD = {
    "bad SQL": "/china_russia?sql=" + urllib.parse.quote("select * from no_such_table where"),
    "10,000-character question": "/-/ask?q=" + "x" * 10_000,
    "10,000-character question (JSON)": "/-/ask.json?q=" + "x" * 10_000,
}
TARGET_P50_MS = 50


def start_server() -> tuple[subprocess.Popen, str]:
    script = Path(sys.executable).parent / "crr"
    crr = [str(script)] if script.exists() else [sys.executable, "-m", "assistant"]
    process = subprocess.Popen([*crr, "serve", "--port", "0", "--quiet"], cwd=ROOT, stdout=subprocess.PIPE,
                               text=True, env=dict(os.environ))
    line = process.stdout.readline()  # "crr serve: http://127.0.0.1:PORT/ ..." once bound
    if not line.startswith("crr serve: http"):
        process.kill()
        raise SystemExit(f"crr serve did not start: {line!r}")
    return process, line.split()[2].rstrip("/")


class Connection:
    """One keep-alive HTTP/1.1 connection: a lean client, so that the numbers
    measure the server rather than the load generator."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("connection closed")
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            parts = []
            while size := int((await self.reader.readline()).split(b";")[0], 16):
                parts.append(await self.reader.readexactly(size))
                await self.reader.readline()
            await self.reader.readline()
            body = b"".join(parts)
        if headers.get("connection") == "close":
            self.writer.close()
            self.writer = None
        return int(status_line.split()[1]), body

    def close(self) -> None:
        if self.writer:
            self.writer.close()


async def load(base: str, path: str | list[str], requests: int, clients: int, distinct: bool = False):
    """`requests` GETs of `path` (or of the paths in turn), `clients` at a time: latencies,
    errors, elapsed seconds.  `distinct` makes every address differ (an ignored _n=
    argument), so none is a cache hit."""
    paths = [path] if isinstance(path, str) else path
    address = urllib.parse.urlsplit(base)
    connections = [Connection(address.hostname, address.port) for _ in range(clients)]
    latencies: list[float] = []
    errors: list[str] = []
    queue = iter(range(requests))

    async def worker(connection: Connection) -> None:
        for number in queue:
            path = paths[number % len(paths)]
            address = f"{path}{'&' if '?' in path else '?'}_n={number}" if distinct else path
            start = time.perf_counter()
            try:
                status, _ = await connection.get(address)
                if status != 200:
                    errors.append(str(status))
            except (OSError, ValueError, asyncio.IncompleteReadError) as error:
                errors.append(type(error).__name__)
                connection.close()
                connection.writer = None
            latencies.append(time.perf_counter() - start)

    began = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in connections))
    elapsed = time.perf_counter() - began
    for connection in connections:
        connection.close()
    return latencies, errors, elapsed


async def while_asking(base: str, path: str, requests: int, askers: int = 4) -> tuple[list[float], int]:
    """Latencies of `path` while `askers` clients send distinct questions of the longest length."""
    address = urllib.parse.urlsplit(base)
    done, asked = asyncio.Event(), 0

    async def ask(number: int) -> None:
        nonlocal asked
        connection = Connection(address.hostname, address.port)
        while not done.is_set():
            # Distinct each time, so that no answer is a kept copy.
            question = (f"{asked} trade in {2000 + asked % 26} and LNG exports in {2010 + number} " * 20)
            await connection.get("/-/ask.json?q=" + urllib.parse.quote(question[:MAX_QUESTION_CHARS]))
            asked += 1
        connection.close()

    askers_done = [asyncio.ensure_future(ask(number)) for number in range(askers)]
    latencies, _, _ = await load(base, path, requests, 1)
    done.set()
    await asyncio.gather(*askers_done)
    return latencies, asked


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class Usage:
    """CPU and memory of the server process, read from /proc (Linux)."""

    def __init__(self, pid: int | None):
        self.pid = pid
        self.began = time.perf_counter()
        self.cpu = self._cpu_seconds()

    def _cpu_seconds(self) -> float:
        if not self.pid:
            return 0.0
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def memory(self) -> dict[str, float]:
        status = dict(line.split(":", 1) for line in Path(f"/proc/{self.pid}/status").read_text().splitlines())
        return {key: int(status[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM")}

    def report(self) -> str:
        if not self.pid:
            return "server usage: unknown (give --pid)"
        cores = (self._cpu_seconds() - self.cpu) / (time.perf_counter() - self.began)
        memory = self.memory()
        return (f"server usage over the run: {cores:.2f} cores of CPU on average; resident memory "
                f"{memory['VmRSS']:.0f} MB at the end, {memory['VmHWM']:.0f} MB at its peak")


async def run(base: str, clients: int, requests: int, distinct: bool, pid: int | None = None) -> bool:
    ok = True
    usage = Usage(pid)
    for name, path in PAGES.items():
        await load(base, path, clients, clients)  # warm up
        latencies, errors, elapsed = await load(base, path, requests, clients, distinct)
        p50 = statistics.median(latencies) * 1000
        p99 = percentile(latencies, 0.99) * 1000
        passed = p50 < TARGET_P50_MS and not errors
        ok &= passed
        print(f"{name:22} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  {requests / elapsed:7.1f} req/s  "
              f"errors {len(errors)}  {'ok' if passed else 'MISSED'}")
    latencies, asked = await while_asking(base, PAGES["table page"], requests * 10)
    p50, p99 = statistics.median(latencies) * 1000, percentile(latencies, 0.99) * 1000
    passed = p50 < TARGET_P50_MS
    ok &= passed
    print(f"{'table page, 4 asking':22} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  "
          f"({asked} questions of {MAX_QUESTION_CHARS} characters answered meanwhile)  "
          f"{'ok' if passed else 'MISSED'}")
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        for name, path in BAD.items():
            response = await client.get(path)
            passed = 400 <= response.status_code < 500
            ok &= passed
            print(f"{name:34} -> {response.status_code} {'ok' if passed else 'MISSED'}")
        alive = (await client.get("/")).status_code == 200
    ok &= alive
    print(f"server still answers: {'yes' if alive else 'NO'}")
    mix = list(PAGES.values())
    for distinct_mix in (False, True):
        latencies, errors, elapsed = await load(base, mix, requests * 2, clients, distinct_mix)
        print(f"{'mix, every page' + (', distinct' if distinct_mix else ''):28} "
              f"p50 {statistics.median(latencies) * 1000:6.1f} ms  "
              f"p99 {percentile(latencies, 0.99) * 1000:6.1f} ms  {requests * 2 / elapsed:7.1f} req/s  "
              f"errors {len(errors)}")
    print(usage.report())
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--url", help="a running crr serve (default: start one)")
    parser.add_argument("--distinct", action="store_true",
                        help="make every request's address differ, so no response is a kept copy")
    parser.add_argument("--pid", type=int, help="the process of the server at --url, for its CPU and memory")
    args = parser.parse_args()
    process = None
    base = args.url
    if not base:
        process, base = start_server()
    try:
        print(f"{base}: {args.requests} requests a page, {args.clients} clients at a time"
              f"{', every address distinct' if args.distinct else ''} "
              f"(target p50 < {TARGET_P50_MS} ms, no errors)")
        pid = process.pid if process else args.pid
        passed = asyncio.run(run(base.rstrip("/"), args.clients, args.requests, args.distinct, pid))
        return 0 if passed else 1
    finally:
        if process:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    raise SystemExit(main())
