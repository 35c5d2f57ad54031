"""`crr ask --jsonl --workers N`: worker processes answer the stream, and what
comes out is what one process writes, line for line and byte for byte."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.frontends import jsonl

ROOT = Path(__file__).resolve().parent.parent
# Every kind of line: answers short and long (a series is tens of kilobytes), blank and
# space-only lines, bytes that are not UTF-8, control characters, a carriage return.
MIXED = [b"trade in 2024?", b"", b"trade over time", b"\xff\xfe trade in 2022", b"   ",
         b"joint exercises since 2022?", b"what is the weather", b"trade on 31 June 2022",
         b"\x1b[2J\x00", b"trade in 2022\r", b"when was the Treaty of Good-Neighborliness signed?",
         b"trade in 2024 and " * 20]

pytestmark = pytest.mark.skipif(not jsonl.can_fork(), reason="workers need the 'fork' start method")


def crr(db_path, *args: str) -> list[str]:
    return [sys.executable, "-m", "assistant", "ask", "--jsonl", *args]


def environment(db_path) -> dict:
    return {**os.environ, "CRR_DB": str(db_path)}


def answer(db_path, stdin: bytes, *args: str) -> bytes:
    result = subprocess.run(crr(db_path, *args), input=stdin, capture_output=True, env=environment(db_path),
                            cwd=ROOT, timeout=300)
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    return result.stdout


def read_line(process: subprocess.Popen, timeout: float = 120) -> bytes:
    """The next line the process writes; fails, rather than hangs, if none comes."""
    line = b""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while not line.endswith(b"\n"):
            assert selector.select(timeout), f"no answer within {timeout} s; so far {line[:200]!r}"
            chunk = os.read(process.stdout.fileno(), 1)
            assert chunk, "the stream ended"
            line += chunk
    return line


def workers_of(process: subprocess.Popen) -> list[int]:
    with open(f"/proc/{process.pid}/task/{process.pid}/children") as children:
        return sorted(int(pid) for pid in children.read().split())


def test_workers_write_the_same_bytes_as_one_process(db_path):
    # Many more tasks than the workers may run ahead by, and no newline at the end.
    stdin = b"\n".join(MIXED * 50)
    alone = answer(db_path, stdin, "--workers", "1")
    assert alone.count(b"\n") == len(MIXED) * 50
    assert answer(db_path, stdin, "--workers", "2") == alone
    cited = b"\n".join(MIXED * 3)
    assert answer(db_path, cited, "--workers", "3", "--cite", "apa") == answer(
        db_path, cited, "--workers", "1", "--cite", "apa")


def test_no_input_gives_no_output_and_a_blank_line_an_answer(db_path):
    assert answer(db_path, b"", "--workers", "2") == b""
    assert json.loads(answer(db_path, b"\n", "--workers", "2"))["question"] == ""


def test_a_question_written_alone_is_answered_before_the_next(db_path):
    process = subprocess.Popen(crr(db_path, "--workers", "2"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               env=environment(db_path), cwd=ROOT)
    try:
        for question in ("trade in 2024?", "trade over time", "what is the weather"):
            process.stdin.write(question.encode() + b"\n")
            process.stdin.flush()
            assert json.loads(read_line(process))["question"] == question
    finally:
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    assert process.stdout.read() == b""


def test_the_lines_a_stopped_worker_held_get_error_lines_and_the_stream_goes_on(db_path):
    process = subprocess.Popen(crr(db_path, "--workers", "2"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=environment(db_path), cwd=ROOT)
    try:
        process.stdin.write(b"trade in 2024?\n")
        process.stdin.flush()
        read_line(process)  # both workers have started, and both are idle
        first, second = workers_of(process)
        # Stopped, the second worker keeps the task it is handed.  One write of a full task and
        # a few lines more (atomic, being short) is shared out at once: the full task to the
        # first idle worker, the rest to the second.
        os.kill(second, signal.SIGSTOP)
        held = [f"trade in {year}?".encode() for year in range(2001, 2006)]
        process.stdin.write(b"trade in 2024?\n" * jsonl.TASK_LINES + b"\n".join(held) + b"\n")
        process.stdin.flush()
        for _ in range(jsonl.TASK_LINES):
            assert json.loads(read_line(process))["answered"] is True
        os.kill(second, signal.SIGKILL)
        for question in held:
            error = json.loads(read_line(process))
            assert error["question"] == question.decode() and error["kind"] == "error"
            assert error["error"].startswith("WorkerStopped:") and "SIGKILL" in error["error"]
        process.stdin.write(b"trade in 2022?\n")
        process.stdin.flush()
        assert json.loads(read_line(process))["answered"] is True
        assert first in workers_of(process) and second not in workers_of(process)
    finally:
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    assert process.stdout.read() == b"" and process.stderr.read() == b""


def test_workers_leave_with_a_reader_that_stops_reading(db_path):
    """A closed stdout ends crr quietly, workers and all, as it does with one process."""
    process = subprocess.Popen(crr(db_path, "--workers", "2"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=environment(db_path), cwd=ROOT)
    process.stdin.write(b"trade in 2024?\n")
    process.stdin.flush()
    read_line(process)
    workers = workers_of(process)
    process.stdout.close()
    process.stdin.write(b"trade over time\n" * 100)
    process.stdin.close()
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""
    for pid in workers:  # reaped by crr: no such process now
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_more_workers_than_the_machine_can_hold_are_cut_to_what_it_can(db_path):
    # (each worker holds an engine: a hundred thousand asked would take all the memory)
    process = subprocess.Popen(crr(db_path, "--workers", "100000"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=environment(db_path), cwd=ROOT)
    try:
        process.stdin.write(b"trade in 2024?\n")
        process.stdin.flush()
        assert json.loads(read_line(process))["answered"]
        assert len(workers_of(process)) <= jsonl.most_workers()
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    assert b"more than this machine can use" in process.stderr.read()
