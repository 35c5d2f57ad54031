"""`crr ask --jsonl` on several cores: worker processes answer the lines, this
process reads them and writes the answers back in the order they came.

Each worker is forked from this process, so it starts with crr's modules
already imported, and opens the database itself (a SQLite connection must not
cross a fork).  The parent only moves bytes: it reads what stdin has, hands
complete lines to an idle worker in tasks of up to TASK_LINES, and writes each
task's answers as soon as every earlier line's answers are written.  A line
written alone is handed out alone, so a program that writes one question and
waits gets its answer at once.

A worker holds one task at a time.  That keeps the pipes from deadlocking
(the parent never sends to a worker that is busy sending answers back) and
costs little: a worker waits only for the parent to hand it the next task.
If a worker stops (killed, crashed), each line it held gets an error line, so
every line in still gets exactly one line out, and another worker takes its
place.  Workers leave when the parent closes their pipe or goes away.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import wait
from pathlib import Path

TASK_LINES = 16  # enough that messages cost little beside answering, few enough to share out
READ_BYTES = 1 << 16
# Tasks handed out and not yet written, per worker: how far the stream may run ahead of one slow line.
WINDOW = 4
MOST_WORKERS = 4

AnswerLine = Callable[[object, bytes], bytes]  # (engine, line as read) -> the answer's JSON, no newline
ErrorLine = Callable[[bytes, Exception], bytes]  # (line as read, what went wrong) -> an error's JSON


class WorkerStopped(RuntimeError):
    """A worker process ended before it answered the lines it held."""


def default_workers() -> int:
    """The cores this process may run on, at most MOST_WORKERS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not every platform can say
        cores = os.cpu_count() or 1
    return max(1, min(cores, MOST_WORKERS))


def most_workers() -> int:
    """The most worker processes one stream may start, however many are asked for: each
    holds an engine of its own, so a thousand would take the machine's memory."""
    return max(MOST_WORKERS, 2 * (os.cpu_count() or 1))


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def answer_stream(db_path: Path, fd: int, write: Callable[[bytes], None], answer_line: AnswerLine,
                  error_line: ErrorLine, workers: int) -> int:
    """Answer every line read from `fd` with `workers` processes; `write` gets the
    answers' lines, in order, a task's at a time."""
    stream = _Stream(db_path, fd, write, answer_line, error_line, workers)
    finished = False
    try:
        stream.run()
        finished = True
    finally:
        stream.close(finished)
    return 0


def _work(connection, parent_ends, db_path: Path, answer_line: AnswerLine) -> None:
    """A worker: answer each task of lines until the parent closes its end of the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches every process; the parent handles it
    for end in parent_ends:  # held open here, they would hide the parent's going away from the workers
        end.close()
    # Stdin is the parent's to read, and stdout carries the parent's answers alone.
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)
    os.close(nothing)
    os.dup2(2, 1)
    from ..answering.engine import Engine

    engine = Engine(db_path)
    while True:
        try:
            task = connection.recv_bytes()
        except EOFError:
            return
        # Split as reading stdin splits it: each line with its newline, the last perhaps without.
        answers = b"".join(answer_line(engine, line) + b"\n" for line in io.BytesIO(task))
        try:
            connection.send_bytes(answers)
        except OSError:  # the parent has gone
            return


class _Worker:
    """A worker process, the parent's end of its pipe and the task it is answering."""

    def __init__(self, context, db_path: Path, answer_line: AnswerLine, parent_ends: list):
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_work, name="crr-jsonl-worker", daemon=True,
                                       args=(child_end, [*parent_ends, self.connection], db_path, answer_line))
        self.process.start()
        child_end.close()
        self.task: int | None = None  # the task's number in the stream
        self.lines: list[bytes] = []

    def stopped_because(self) -> str:
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"killed by {signal.Signals(-code).name}"
        return f"exit code {code}"


class _Stream:
    """The parent's side: stdin read, lines handed out, answers written in order, one loop
    waiting on stdin, the workers' pipes and their sentinels (which say a worker ended)."""

    def __init__(self, db_path: Path, fd: int, write, answer_line: AnswerLine, error_line: ErrorLine,
                 size: int):
        self.context = multiprocessing.get_context("fork")
        self.db_path, self.fd, self.write = db_path, fd, write
        self.answer_line, self.error_line, self.size = answer_line, error_line, size
        self.workers: list[_Worker] = []
        self.at_end = False
        self.partial: list[bytes] = []  # the start of a line whose newline has not come yet
        self.pending: deque[bytes] = deque()  # complete lines not yet handed out
        self.next_task = 0  # the number the next task handed out gets
        self.next_written = 0  # the task whose answers are written next
        self.answered: dict[int, bytes] = {}  # answers that wait for an earlier task's

    def run(self) -> None:
        while len(self.workers) < self.size:
            self._start_worker()
        while not (self.at_end and not self.pending and self.next_written == self.next_task):
            self._handle(wait(self._waiting_on()))
            # Written before handing out, so that the window counts only what is still unwritten:
            # otherwise it could look full with every worker idle, and nothing would wake the loop.
            self._write_ready()
            self._hand_out()

    def close(self, finished: bool) -> None:
        """Finished, workers leave when their pipe closes; otherwise they are stopped."""
        for worker in self.workers:
            if not finished:
                worker.process.terminate()
            worker.connection.close()
        for worker in self.workers:
            worker.process.join()

    def _start_worker(self) -> None:
        self.workers.append(_Worker(self.context, self.db_path, self.answer_line,
                                    [worker.connection for worker in self.workers]))

    def _waiting_on(self) -> list:
        # Stdin is read only while few lines wait, so reading stops while the workers are busy.
        waiting: list = [self.fd] if not self.at_end and len(self.pending) < TASK_LINES else []
        for worker in self.workers:
            waiting.append(worker.process.sentinel)
            if worker.task is not None:
                waiting.append(worker.connection)
        return waiting

    def _handle(self, ready: list) -> None:
        if self.fd in ready:
            self._read()
        for worker in list(self.workers):
            if worker.connection in ready:
                self._receive(worker)
            elif worker.process.sentinel in ready:
                if worker.task is not None and worker.connection.poll():
                    self._receive(worker)  # answers sent just before it stopped still count
                if worker in self.workers:
                    self._lost(worker)

    def _read(self) -> None:
        data = os.read(self.fd, READ_BYTES)
        if not data:
            self.at_end = True
            if self.partial:  # a last line without a newline is still a line
                self.pending.append(b"".join(self.partial))
                self.partial = []
            return
        head, newline, tail = data.rpartition(b"\n")
        if not newline:
            self.partial.append(data)
            return
        text = b"".join([*self.partial, head])
        self.partial = [tail] if tail else []
        self.pending.extend(line + b"\n" for line in text.split(b"\n"))

    def _hand_out(self) -> None:
        while self.pending and self.next_task - self.next_written < WINDOW * self.size:
            if len(self.workers) < self.size:
                self._start_worker()  # in place of one that stopped
            worker = next((worker for worker in self.workers if worker.task is None), None)
            if worker is None:
                return
            count = min(TASK_LINES, len(self.pending))
            worker.lines = [self.pending.popleft() for _ in range(count)]
            worker.task = self.next_task
            self.next_task += 1
            try:
                worker.connection.send_bytes(b"".join(worker.lines))
            except OSError:
                pass  # it has stopped: its pipe's end or its sentinel, when waited on, says so

    def _receive(self, worker: _Worker) -> None:
        try:
            answers = worker.connection.recv_bytes()
        except (EOFError, OSError):
            self._lost(worker)
            return
        self.answered[worker.task] = answers
        worker.task, worker.lines = None, []

    def _lost(self, worker: _Worker) -> None:
        """A worker that stopped: its lines get error lines, and it is let go."""
        self.workers.remove(worker)
        worker.connection.close()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        if worker.task is not None:
            error = WorkerStopped(f"the worker process answering this line stopped ({worker.stopped_because()})")
            self.answered[worker.task] = b"".join(self.error_line(line, error) + b"\n" for line in worker.lines)

    def _write_ready(self) -> None:
        while self.next_written in self.answered:
            self.write(self.answered.pop(self.next_written))
            self.next_written += 1
