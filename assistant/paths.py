"""Where the curated data, the templates and the built database live.

In a source checkout they are the top-level ``db/`` and ``templates/``; in an
installed wheel they are copies inside the package (``assistant/_data``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DB_FILENAME = "china_russia.db"


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def data_dir() -> Path:
    """The folder of curated records (sources.yaml, metrics/, observations/ ...)."""
    if env := os.environ.get("CRR_DATA_DIR"):
        return Path(env)
    return _first_existing(PACKAGE_DIR.parent / "db", PACKAGE_DIR / "_data" / "db")


def templates_dir() -> Path:
    return _first_existing(PACKAGE_DIR.parent / "templates", PACKAGE_DIR / "_data" / "templates")


def database_path() -> Path:
    """The built SQLite file: $CRR_DB, else beside the data when writable, else a cache."""
    if env := os.environ.get("CRR_DB"):
        return Path(env)
    folder = data_dir()
    if os.access(folder, os.W_OK):
        return folder / DB_FILENAME
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "crr"
    return cache / DB_FILENAME


def data_files(folder: Path | None = None) -> list[Path]:
    """Every curated file, in a stable order."""
    folder = folder or data_dir()
    files = [p for p in folder.rglob("*") if p.suffix in {".yaml", ".yml", ".csv"}]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())
