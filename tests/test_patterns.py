"""Regular expressions kept compiled from one process to the next (reading/patterns.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.reading import patterns

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [
    (r"\b(?P<year>(?:19|20)\d\d)\b", 0),
    (r"^(?:from|since)\s+(\w+)(?:\s+to\s+(\w+))?$", re.IGNORECASE),
    (r"[–—]|(?<=\d)-(?=\d)", re.VERBOSE),
]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """The module as a new process finds it, with a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_kept", None)
    monkeypatch.setattr(patterns, "_added", False)
    monkeypatch.setattr(patterns, "_used", set())
    return tmp_path


def test_a_kept_pattern_is_the_pattern_python_compiles(fresh):
    for pattern, flags in SAMPLES:
        patterns.compile(pattern, flags)
    patterns._write()
    patterns._kept = None  # as the next process: read from the file
    for pattern, flags in SAMPLES:
        kept = patterns.compile(pattern, flags)
        assert (pattern, int(flags)) in patterns._kept
        assert kept == re.compile(pattern, flags)
        assert kept.groupindex == re.compile(pattern, flags).groupindex
    year = patterns.compile(*SAMPLES[0])
    assert year.search("trade in 2024?").group("year") == "2024"


def test_a_broken_or_foreign_file_means_compiling_as_python_does(fresh):
    path = patterns._path()
    path.parent.mkdir(parents=True)
    for content in (b"not marshal", __import__("marshal").dumps((("another python",), {("x", 0): (0, [1], 0, {}, ())}))):
        path.write_bytes(content)
        patterns._kept = None
        assert patterns.compile("x", 0) == re.compile("x")
        assert patterns.compile("x", 0).search("box")


def test_a_second_process_reads_what_the_first_kept(tmp_path):
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    script = ("from assistant.reading import patterns, words; import sys; "
              "words.normalize('Trade in feb22, 2024–2025?'); "
              "patterns.compile(r'(?i)\\bgas\\b'); print(len(patterns._kept))")
    first = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert list(tmp_path.glob("crr/compiled/patterns.*.marshal"))
    second = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert int(second.stdout) >= int(first.stdout) > 0
    assert not first.stderr and not second.stderr


def test_a_file_grown_past_its_bound_keeps_only_what_a_process_used(fresh, monkeypatch):
    # Patterns of code since changed are never asked for again: past MAX_KEPT, the file is
    # written again with those the writing process used, and stays small.
    monkeypatch.setattr(patterns, "MAX_KEPT", 10)
    for n in range(30):
        patterns.compile(rf"stale{n}\b")
    patterns._write()
    patterns._kept, patterns._added, patterns._used = None, False, set()
    patterns.compile(*SAMPLES[0])
    patterns._write()
    patterns._kept = None
    patterns._read()
    assert (SAMPLES[0][0], 0) in patterns._kept and len(patterns._kept) <= 10
