"""Whole-process time of `crr ask` beside a bare Python start, and --jsonl throughput.

    python tests/benchmarks/ask_speed.py [--runs 21] [--questions 1000]

Prints figures; it asserts nothing (targets: `crr ask` under 0.25 s,
--jsonl at least 500 questions a second after start-up).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = [
    "trade in 2024?", "joint exercises since 2022?", "trade in 2025?", "trade in 1995?",
    "trade over time", "latest trade", "trade 2024 vs 2022", "exercises since the invasion",
    "yuan share of imports december 2022", "power of siberia 2025", "what is the weather",
]


def wall(command: list[str], runs: int, env: dict) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--questions", type=int, default=1000)
    args = parser.parse_args()
    env = dict(os.environ)
    script = Path(sys.executable).parent / "crr"
    crr = [str(script)] if script.exists() else [sys.executable, "-m", "assistant"]
    subprocess.run([*crr, "ask", "warm up"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)

    baseline = wall([sys.executable, "-c", "import sqlite3"], args.runs, env)
    asks = wall([*crr, "ask", "trade in 2024?"], args.runs, env)
    print(f"python -c 'import sqlite3'   median {statistics.median(baseline) * 1000:7.1f} ms  (n={args.runs})")
    print(f"crr ask 'trade in 2024?'     median {statistics.median(asks) * 1000:7.1f} ms  "
          f"p90 {sorted(asks)[int(0.9 * len(asks))] * 1000:.1f} ms  (target < 250 ms)")

    batch = "\n".join(QUESTIONS[i % len(QUESTIONS)] for i in range(args.questions)) + "\n"
    start = time.perf_counter()
    subprocess.run([*crr, "ask", "--jsonl"], input="trade in 2024?\n", text=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    one = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([*crr, "ask", "--jsonl"], input=batch, text=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    total = time.perf_counter() - start
    rate = (args.questions - 1) / max(total - one, 1e-9)
    print(f"crr ask --jsonl {args.questions} questions  {total:.2f} s in all, "
          f"{rate:,.0f} questions/s after start-up (target >= 500)")


if __name__ == "__main__":
    main()
