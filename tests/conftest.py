"""Shared fixtures: one real database built from db/ for the whole session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.data.build import build
from assistant.answering.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("db") / "china_russia.db")


@pytest.fixture(scope="session")
def engine(db_path) -> Engine:
    return Engine(db_path)


@pytest.fixture
def run_crr(db_path):
    """Run the real `crr` command line in a subprocess against the session database."""

    def run(*args: str, stdin: str | None = None, env: dict | None = None):
        environment = {**os.environ, "CRR_DB": str(db_path), **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            input=stdin, capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120,
        )

    return run
