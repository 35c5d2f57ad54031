"""`crr ask` side by side with the raw query a user could run instead, and --jsonl throughput.

    python tests/benchmarks/ask_speed.py [--runs 21] [--questions 2000]

For each kind of question (a value, a span, a series, one the data cannot
answer) it times the whole process of `crr ask "QUESTION"` and of
`sqlite-utils query` with SQL that fetches the same rows, alternating the
two (and which goes first) run by run, and prints both medians and their
ratio.  It also prints the floor any Python command pays
(`python -c "import sqlite3"`), the --jsonl rate after start-up and the
machine's core count.  Prints figures; it asserts nothing (targets: a ratio
of at most 1.0 for every kind, --jsonl at least 2,000 questions a second).

crr's bytecode is compiled first, as pip does when it installs a package
(sqlite-utils' was compiled when it was installed): with
PYTHONDONTWRITEBYTECODE set, every run would otherwise compile crr's modules
from source.  The database is built first too, so that the start-up state it
stores is this code's.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "assistant"

_ROWS = "select period, value, unit, qualifier, source_id, locator from observations where metric_id = "
# Each kind: the question, and the SQL that fetches what its answer states.
KINDS = {
    "value": ("trade in 2024?", _ROWS + "'trade_total' and period = '2024'"),
    "span": ("joint exercises since 2022?", _ROWS + "'joint_exercises' and period_start >= '2022'"),
    "series": ("trade over time", _ROWS + "'trade_total' order by period_start, source_id"),
    "unanswerable": ("trade in 1990?", _ROWS + "'trade_total' and period = '1990'"),
}
# The --jsonl mix: every kind of answer, follow-ups aside.
QUESTIONS = [
    "trade in 2024?", "joint exercises since 2022?", "trade in 2025?", "trade in 1995?",
    "trade over time", "latest trade", "trade 2024 vs 2022", "exercises since the invasion",
    "yuan share of imports december 2022", "power of siberia 2025", "what is the weather",
    "trade in 1990?", "when was the Treaty of Good-Neighborliness signed?", "what happened in 2014?",
    "who signed the 1993 defence agreement?", "how many times did Xi and Putin meet since the war began?",
]


def once(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def side_by_side(commands: list[list[str]], runs: int, env: dict) -> list[list[float]]:
    """Each command run `runs` times, interleaved, the order turned each round."""
    times: list[list[float]] = [[] for _ in commands]
    for run in range(runs):
        order = list(range(len(commands)))
        order = order[run % len(order):] + order[:run % len(order)]
        for i in order:
            times[i].append(once(commands[i], env))
    return times


def jsonl_rate(crr: list[str], questions: int, env: dict) -> float:
    """Questions a second after start-up: a run of `questions` lines less a run of one."""
    batch = "".join(QUESTIONS[i % len(QUESTIONS)] + "\n" for i in range(questions))

    def run(text: str) -> float:
        start = time.perf_counter()
        subprocess.run([*crr, "ask", "--jsonl"], input=text, text=True, env=env, cwd=ROOT,
                       stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start

    return (questions - 1) / max(run(batch) - run(QUESTIONS[0] + "\n"), 1e-9)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--questions", type=int, default=2000)
    args = parser.parse_args()
    env = dict(os.environ)
    bin_dir = Path(sys.executable).parent
    crr = [str(bin_dir / "crr")] if (bin_dir / "crr").exists() else [sys.executable, "-m", "assistant"]
    sqlite_utils = [str(bin_dir / "sqlite-utils")] if (bin_dir / "sqlite-utils").exists() \
        else [sys.executable, "-m", "sqlite_utils"]
    compileall.compile_dir(PACKAGE, quiet=1)
    # The start-up state `crr build` stores is checked against a checksum of the code: a
    # database built by other code would make every run work it out afresh.
    subprocess.run([*crr, "build"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    subprocess.run([*crr, "ask", "warm up"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    from assistant.paths import database_path

    db = str(database_path())

    print(f"{os.cpu_count()} cores; Python {sys.version.split()[0]}; medians of {args.runs} alternating runs")
    floor = side_by_side([[sys.executable, "-c", "import sqlite3"]], args.runs, env)[0]
    print(f"{'floor':13s} python -c 'import sqlite3'{'':29s} {ms(statistics.median(floor))}")
    ratios = []
    for kind, (question, sql) in KINDS.items():
        asks, queries = side_by_side([[*crr, "ask", question], [*sqlite_utils, "query", db, sql]], args.runs, env)
        ratio = statistics.median(asks) / statistics.median(queries)
        ratios.append(ratio)
        print(f"{kind:13s} crr ask {question!r:31s} {ms(statistics.median(asks))}   "
              f"sqlite-utils query {ms(statistics.median(queries))}   ratio {ratio:.2f}")
    print(f"{'':13s} highest ratio {max(ratios):.2f} (target <= 1.0)")
    rates = [jsonl_rate(crr, args.questions, env) for _ in range(3)]
    print(f"crr ask --jsonl, {args.questions} questions: {statistics.median(rates):,.0f} questions/s after "
          f"start-up (median of 3; target >= 2,000)")


if __name__ == "__main__":
    main()
