"""How fast the terminal app feels: launch to a screen ready for input, and question to answer.

    python tests/benchmarks/tui_speed.py [--runs 5] [--size 80x24]

Runs the real `crr tui` in a pseudo-terminal, as a person would, and reads
what it draws.  Prints figures; it asserts nothing (targets, as medians: first
screen ready for input within 250 ms, an answer of every kind on screen within
50 ms of Enter, at 80x24 and at 200x50).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READY = "Ask about China"
# A question and a phrase that appears on screen only once its answer is drawn.
# One of each kind of answer: a value, a span and a series (each with its chart), a
# list of events, a question the data cannot answer, and a follow-up.
QUESTIONS = [
    ("trade in 2024?", "Bilateral trade, 2024"),
    ("joint exercises since 2022?", "Joint military exercises, since 2022"),
    ("trade over time", "Bilateral trade in 2025"),
    ("what happened in 2024?", "Events in the data, 2024"),
    ("trade in 1990?", "No figure in the data"),
    ("and in 2022?", "Bilateral trade, 2022"),
]
# The least a Textual app draws before it takes input: a line, the input, the footer.
# Launched alternately with crr's, it shows how much of a launch is Textual's own.
BARE_APP = f"""
from textual.app import App
from textual.widgets import Footer, Input, Static

class Bare(App):
    def compose(self):
        yield Static("crr")
        yield Input(placeholder={READY!r})
        yield Footer()

Bare().run()
"""
CHARTED = ("joint exercises since 2022?", "trade over time")
CHART = "••"  # a chart's legend mark for its first source: drawn once the chart is on screen
ESCAPES = re.compile(r"\x1b\[[0-9;?<>=$]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


class Terminal:
    """A child process on a pseudo-terminal, and the text it has drawn since the last mark."""

    def __init__(self, command: list[str], size: tuple[int, int], env: dict):
        self.master, slave = pty.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave,
                                        env=env, cwd=ROOT, start_new_session=True)
        os.close(slave)
        self.seen = ""
        self.marked = time.perf_counter()

    def wait_for(self, text: str, timeout: float = 30.0, since_mark: bool = False) -> float:
        """Seconds until `text` is drawn (`since_mark`: counted from the last `mark`)."""
        start = self.marked if since_mark else time.perf_counter()
        while text not in self.seen:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                raise TimeoutError(f"{text!r} not drawn within {timeout} s")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    raise TimeoutError(f"the app ended before drawing {text!r}") from None
                self.seen += ESCAPES.sub("", chunk.decode("utf-8", "replace"))
        return time.perf_counter() - start

    def drain(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    os.read(self.master, 65536)
                except OSError:
                    return

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def mark(self) -> None:
        self.seen = ""
        self.marked = time.perf_counter()

    def close(self) -> None:
        """Quit with Ctrl+Q as a person would; end the process group if it does not go."""
        self.type("\x11")
        for stop in (None, signal.SIGTERM, signal.SIGKILL):
            if stop:
                os.killpg(self.process.pid, stop)
            try:
                self.process.wait(timeout=5)
                break
            except subprocess.TimeoutExpired:
                continue
        os.close(self.master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="80x24")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    # Settings of its own (none): a reader's saved theme or open sidebar would change what is drawn.
    settings = tempfile.TemporaryDirectory(prefix="crr-tui-speed-")
    env = {**os.environ, "TERM": os.environ.get("TERM", "xterm-256color"), "COLUMNS": str(size[0]),
           "LINES": str(size[1]), "XDG_CONFIG_HOME": settings.name}
    command = [sys.executable, "-m", "assistant", "tui"]
    subprocess.run([sys.executable, "-m", "assistant", "ask", "warm up"], env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    # Byte-compiled, as an installed package is: with PYTHONDONTWRITEBYTECODE set,
    # every launch would otherwise compile crr's modules again.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "assistant")], check=True)

    bare = Path(settings.name) / "bare_app.py"
    bare.write_text(BARE_APP)
    launches, bare_launches, answers, charts = [], [], {q: [] for q, _ in QUESTIONS}, {}
    for _ in range(args.runs):
        start = time.perf_counter()
        terminal = Terminal([sys.executable, str(bare)], size, env)
        try:
            terminal.wait_for(READY)
            bare_launches.append(time.perf_counter() - start)
            terminal.drain(0.3)
        finally:
            terminal.close()
        start = time.perf_counter()
        terminal = Terminal(command, size, env)
        try:
            terminal.wait_for(READY)
            launches.append(time.perf_counter() - start)
            terminal.drain(1.0)  # a person reads the screen before typing
            for question, drawn in QUESTIONS:
                terminal.type(question)
                terminal.drain(0.2)
                terminal.mark()
                terminal.type("\r")
                answers[question].append(terminal.wait_for(drawn))
                if question in CHARTED:
                    charts.setdefault(question, []).append(terminal.wait_for(CHART, since_mark=True))
                terminal.drain(0.3)
        finally:
            terminal.close()

    print(f"terminal {size[0]}x{size[1]}, {args.runs} launches")
    print(f"launch to first screen ready for input  median {statistics.median(launches) * 1000:6.0f} ms  "
          f"max {max(launches) * 1000:.0f} ms  (target ≤ 250 ms)")
    print(f"  the same for a bare Textual app       median {statistics.median(bare_launches) * 1000:6.0f} ms  "
          f"max {max(bare_launches) * 1000:.0f} ms  (an input and a footer: Textual's own share)")
    for question, times in answers.items():
        print(f"Enter to answer on screen  {question!r:32} median {statistics.median(times) * 1000:5.0f} ms  "
              f"max {max(times) * 1000:.0f} ms  (target ≤ 50 ms)")
    for question, times in charts.items():
        print(f"Enter to its chart drawn   {question!r:32} median {statistics.median(times) * 1000:5.0f} ms  "
              f"max {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
