"""Fuzz `crr ask --jsonl`: generated input lines through one process.

    python tests/benchmarks/fuzz.py [--inputs 10000] [--seed 2024]

Writes each line and waits for its answer, so that every input is timed on
its own, and prints: inputs, lines out per line in, crashes (the process
dying, or a line out that is not an Answer), faults crr caught itself (an
answer of kind "error"), latency percentiles and the slowest input.  Prints
figures; it asserts nothing (targets: no crash, exactly one line out per
line in, no input slower than a second).

The inputs are crr's own questions, mutated; impossible and extreme dates;
bytes that are not UTF-8; control characters; markup and injection strings;
very long lines; and chains of "and".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MONTHS = ["January", "Feb", "June", "Sept.", "dec", "Mar"]
MARKUP = ["<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "${jndi:x}", "%s%n%x", "'; drop table events; --",
          "[1]", "**bold**", "\\u0000", "&amp;", "<!--", "]]>", "`rm -rf /`", "\u202eevil", "\ufeff", "🇨🇳🇷🇺"]
WORDS = ["trade", "and", "in", "since", "vs", "LNG", "exercises", "yuan", "who", "when", "between", "from",
         "to", "over time", "latest", "and in", "Xi", "Putin", "what about", "how many", "?", "2024", "2022"]


def seed_questions() -> list[str]:
    questions = []
    for name in ("questions.jsonl", "held_out_a.jsonl", "held_out_b.jsonl"):
        path = ROOT / "tests" / name
        if path.exists():
            questions += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return questions or ["trade in 2024?"]


def mutated(rng: random.Random, questions: list[str]) -> str:
    text = list(rng.choice(questions))
    for _ in range(rng.randint(1, 4)):
        position = rng.randint(0, len(text))
        choice = rng.random()
        if choice < 0.4:
            text.insert(position, chr(rng.choice([rng.randint(32, 126), rng.randint(0x80, 0x3000)])))
        elif choice < 0.7 and text:
            del text[min(position, len(text) - 1)]
        else:
            text[position:position] = " " + rng.choice(WORDS) + " "
    return "".join(text)


def a_date(rng: random.Random) -> str:
    day, month, year = rng.randint(-2, 40), rng.choice(MONTHS), rng.choice([0, 1, 999, 1600, 1995, 2022, 2999, 9999])
    forms = [f"trade on {day} {month} {year}", f"trade {year:04d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}",
             f"{month} {{{day}}} {year}", f"exercises between {year} and {rng.randint(0, 99999)}",
             f"trade in Q{rng.randint(0, 9)} {year}", f"since {day}/{rng.randint(0, 20)}/{year}"]
    return rng.choice(forms)


def generate(count: int, seed: int) -> list[bytes]:
    rng, questions = random.Random(seed), seed_questions()
    makers = [
        (30, lambda: mutated(rng, questions).encode("utf-8")),
        (15, lambda: a_date(rng).encode("utf-8")),
        (10, lambda: bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 60)))),
        (10, lambda: "".join(chr(rng.randint(0, 0x1F)) for _ in range(rng.randint(1, 20))).encode("utf-8")),
        (10, lambda: (rng.choice(questions) + " " + rng.choice(MARKUP)).encode("utf-8")),
        (8, lambda: " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))).encode("utf-8")),
        (5, lambda: ("trade in 2024 and " * rng.randint(1, 40)).encode("utf-8")),
        (4, lambda: rng.choice(questions).encode("utf-8") + bytes([rng.choice([0xFF, 0xC0, 0xE2, 0xF0])])),
        (3, lambda: "".join(chr(rng.randint(0x20, 0x10FFFF) if rng.random() < 0.5 else rng.randint(32, 126))
                            for _ in range(rng.randint(400, 600))).encode("utf-8", "replace")),
        (2, lambda: b""),
        (2, lambda: rng.choice([b"x", b"trade in 2024 and "]) * rng.randint(1_000, 20_000)),
        (1, lambda: rng.choice(questions).encode("utf-8") + b"\r"),
    ]
    weights = [weight for weight, _ in makers]
    lines = []
    for _ in range(count):
        line = rng.choices(makers, weights)[0][1]()
        lines.append(line.replace(b"\n", b" "))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    lines = generate(args.inputs, args.seed)

    script = Path(sys.executable).parent / "crr"
    crr = [str(script)] if script.exists() else [sys.executable, "-m", "assistant"]
    process = subprocess.Popen([*crr, "ask", "--jsonl"], cwd=ROOT, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    times, outputs, not_answers, faults = [], 0, [], []
    began = time.perf_counter()
    for line in lines:
        start = time.perf_counter()
        try:
            process.stdin.write(line + b"\n")
            process.stdin.flush()
            out = process.stdout.readline()
        except BrokenPipeError:
            break
        if not out:
            break
        times.append(time.perf_counter() - start)
        outputs += 1
        try:
            answer = json.loads(out)
            if not {"question", "answered", "kind", "text"} <= set(answer):
                raise ValueError("not an Answer")
        except ValueError:
            not_answers.append(line)
            continue
        if answer["kind"] == "error":
            faults.append(line)
    process.stdin.close()
    extra = process.stdout.read()  # anything after the last answer is a line too many
    outputs += len(extra.splitlines())
    returncode = process.wait()
    stderr = process.stderr.read().decode("utf-8", "replace")
    total = time.perf_counter() - began

    crashes = len(not_answers) + (returncode != 0) + ("Traceback" in stderr)
    # The first line's time includes the process starting and opening the database.
    slowest = max(range(1, len(times)), key=times.__getitem__) if len(times) > 1 else None
    print(f"inputs:                 {len(lines):,} lines through one `crr ask --jsonl` ({total:.1f} s)")
    print(f"lines out per line in:  {outputs:,} / {len(lines):,} = {outputs / len(lines):.4f}")
    print(f"crashes:                {crashes} (exit {returncode}; {len(not_answers)} lines not an Answer; "
          f"traceback on stderr: {'yes' if 'Traceback' in stderr else 'no'})")
    print(f"faults caught by crr:   {len(faults)} answers of kind 'error'")
    if times:
        print(f"start-up, first answer: {times[0] * 1000:.0f} ms")
        ordered = sorted(times[1:] or times)
        print(f"latency:                p50 {statistics.median(ordered) * 1000:.1f} ms, "
              f"p99 {ordered[int(len(ordered) * 0.99)] * 1000:.1f} ms, max {ordered[-1] * 1000:.1f} ms")
    if slowest is not None:
        shown = lines[slowest][:80]
        print(f"slowest input:          {times[slowest] * 1000:.1f} ms for {shown!r}"
              f"{f' ... ({len(lines[slowest]):,} bytes)' if len(lines[slowest]) > 80 else ''}")
    for line in faults[:5]:
        print(f"  fault: {line[:100]!r}")
    if stderr.strip():
        print("stderr:", stderr[-2000:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
