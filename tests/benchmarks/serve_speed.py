"""`crr serve` without its page cache, side by side with plain `datasette -i` on the same file.

    python tests/benchmarks/serve_speed.py [--runs 41]

Starts two servers on the built database, each with its defaults and its
access log: `crr serve --no-cache` (crr's plugin, metadata, templates and
bounds, every page computed anew) and plain `datasette serve -i` (Datasette
0.65 with none of the installed plugins, as a user without crr would run
it).  For the home, database, table and row pages it requests the same
address from each in turn, one request at a time over a kept-alive
connection, the order turned each round, and prints both medians and their
ratio; beside them, the CPU time each server spent on a request (all its
threads), which other work on the machine sways less.  Then it sets crr's
Ask page (a question of each kind in turn) beside crr's table page the same
way.  Prints figures and the machine's core count; it asserts nothing
(targets: every page within 1.2x of plain Datasette, the Ask page within
1.2x of a table page).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_load import Connection  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PAGES = {
    "home": "/",
    "database": "/china_russia",
    "table": "/china_russia/observations",
    "row": "/china_russia/observations/trade-total-2024-wp",
}
# The Ask page is compared with this table page of crr's own.
TABLE = PAGES["table"]
# One question of each kind, asked in turn, so that no answer follows itself.
QUESTIONS = [
    "trade in 2024?", "joint exercises since 2022?", "trade over time", "trade 2024 vs 2022",
    "trade in 1990?", "when was the Treaty of Good-Neighborliness signed?",
]
TARGET = 1.2

# Datasette loads every plugin installed beside it (crr's among them) unless it
# believes it runs under its own tests: so plain Datasette is started that way.
PLAIN_DATASETTE = "import sys; sys._called_from_test = True; from datasette.cli import cli; cli()"


def database() -> Path:
    """The built database (built first if need be, as `crr ask` would)."""
    subprocess.run([sys.executable, "-m", "assistant", "ask", "warm up"], cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    sys.path.insert(0, str(ROOT))
    from assistant.frontends.cli import _ensure_database

    return _ensure_database()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(command: list[str], port: int) -> subprocess.Popen:
    """A server process, once it answers on `port`."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{command[:4]} ended with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{command[:4]} did not answer on port {port}")


async def timed(connection: Connection, path: str) -> float:
    start = time.perf_counter()
    status, _ = await connection.get(path)
    elapsed = time.perf_counter() - start
    if status != 200:
        raise SystemExit(f"{path} answered {status}")
    return elapsed


def cpu_seconds(pid: int) -> float:
    """CPU time of every thread of process `pid` so far (Linux's schedstat, in ns):
    less swayed than elapsed time by what else the machine runs."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended meanwhile
    return total / 1e9


async def side_by_side(pairs: list[tuple[Connection, list[str]]], runs: int,
                       pids: list[int] | None = None) -> tuple[list[list[float]], list[float]]:
    """Each (connection, paths) requested `runs` times, interleaved, the order turned each
    round; a list of paths is walked in turn.  Three rounds first warm both up.  Returns
    the times, and the CPU seconds a request of each server's process (with `pids`)."""
    times: list[list[float]] = [[] for _ in pairs]
    cpu_before: list[float] = []
    for round_ in range(runs + 3):
        if round_ == 3 and pids:
            cpu_before = [cpu_seconds(pid) for pid in pids]
        order = list(range(len(pairs)))
        if round_ % 2:
            order.reverse()
        for index in order:
            connection, paths = pairs[index]
            elapsed = await timed(connection, paths[round_ % len(paths)])
            if round_ >= 3:
                times[index].append(elapsed)
    cpu = [(cpu_seconds(pid) - before) / runs for pid, before in zip(pids or [], cpu_before)]
    return times, cpu


def ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


async def measure(crr_port: int, plain_port: int, pids: list[int], runs: int) -> None:
    crr = Connection("127.0.0.1", crr_port)
    plain = Connection("127.0.0.1", plain_port)
    print(f"{'page':10} {'crr serve ms':>13} {'datasette -i ms':>16} {'ratio':>6}   "
          f"{'CPU ms a request: crr':>22} {'datasette':>10} {'ratio':>6}   (target: ratio ≤ {TARGET})")
    for name, path in PAGES.items():
        (crr_times, plain_times), cpu = await side_by_side([(crr, [path]), (plain, [path])], runs, pids)
        ratio = ms(crr_times) / ms(plain_times)
        print(f"{name:10} {ms(crr_times):13.1f} {ms(plain_times):16.1f} {ratio:6.2f}   "
              f"{cpu[0] * 1000:22.1f} {cpu[1] * 1000:10.1f} {cpu[0] / cpu[1]:6.2f}   {path}")
    asks = ["/-/ask?q=" + urllib.parse.quote(question) for question in QUESTIONS]
    (ask_times, table_times), _ = await side_by_side([(crr, asks), (crr, [TABLE])], runs)
    print(f"\ncrr serve's Ask page (a question of each kind in turn) beside its table page {TABLE}:")
    print(f"ask page {ms(ask_times):.1f} ms, table page {ms(table_times):.1f} ms, "
          f"ratio {ms(ask_times) / ms(table_times):.2f}   (target ≤ {TARGET})")
    per_question = {question: [] for question in QUESTIONS}
    for number, elapsed in enumerate(ask_times):
        per_question[QUESTIONS[(number + 3) % len(QUESTIONS)]].append(elapsed)
    for question, times in per_question.items():
        print(f"  {question!r:54} median {ms(times):6.1f} ms")
    crr.close()
    plain.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=41, help="requests of each page from each server")
    args = parser.parse_args()
    db_path = database()
    crr_port, plain_port = free_port(), free_port()
    script = Path(sys.executable).parent / "crr"
    crr_command = [str(script)] if script.exists() else [sys.executable, "-m", "assistant"]
    servers = [
        start([*crr_command, "serve", "--no-cache", "--db", str(db_path),
               "--port", str(crr_port)], crr_port),
        start([sys.executable, "-c", PLAIN_DATASETTE, "serve", "-i", str(db_path),
               "--port", str(plain_port)], plain_port),
    ]
    try:
        print(f"{db_path.name}: medians of {args.runs} alternating requests a page, one at a time; "
              f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
        asyncio.run(measure(crr_port, plain_port, [server.pid for server in servers], args.runs))
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
