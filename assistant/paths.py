"""Where the curated data, the templates and the built database live.

In a source checkout they are the top-level ``db/`` and ``templates/``; in an
installed wheel they are copies inside the package (``assistant/_data``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DB_FILENAME = "china_russia.db"
# Bumped when the build writes different tables or columns (11: the engine's
# start-up state in build_info), or words stemmed another way: an older
# database is then rebuilt, whatever the files' times say.
SCHEMA_VERSION = "15"


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


def citation_styles(folder: Path | None = None) -> tuple[str, ...]:
    """Every citation style on offer: the templates in templates/citations/
    (a leading _ marks a partial).  Here, so listing them costs no import."""
    folder = folder or templates_dir() / "citations"
    return tuple(sorted(p.name[: -len(".j2")] for p in folder.glob("*.j2") if not p.name.startswith("_")))


def cache_dir() -> Path:
    """crr's cache folder: $XDG_CACHE_HOME/crr, else ~/.cache/crr."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "crr"


def database_path() -> Path:
    """The built SQLite file: $CRR_DB, else beside the data when writable, else a cache."""
    if env := os.environ.get("CRR_DB"):
        return Path(env)
    folder = data_dir()
    if os.access(folder, os.W_OK):
        return folder / DB_FILENAME
    return cache_dir() / DB_FILENAME


def data_files(folder: Path | None = None) -> list[Path]:
    """Every curated file (and every file that looks like one: the build refuses
    those it does not read), in a stable order."""
    folder = folder or data_dir()
    files = [p for p in folder.rglob("*") if p.suffix in {".yaml", ".yml", ".csv"} and p.is_file()]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def needs_build(db_path: Path | None = None, folder: Path | None = None) -> bool:
    """True when the database is missing or older than any curated file, or was
    built by code that writes other tables or reads questions otherwise."""
    from .startup import code_checksum

    db_path = db_path or database_path()
    try:
        built = db_path.stat().st_mtime
    except FileNotFoundError:
        return True
    if any(path.stat().st_mtime > built for path in data_files(folder or data_dir())):
        return True
    return _built_with(db_path) != {"schema_version": SCHEMA_VERSION, "engine_code": code_checksum()}


def _built_with(db_path: Path) -> dict[str, str]:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
            return dict(connection.execute(
                "select key, value from build_info where key in ('schema_version', 'engine_code')"))
    except sqlite3.Error:
        return {}


def ensure_database(db_path: Path | None = None, warn=None) -> Path:
    """The built database, rebuilt first when db/ changed since the last build.

    When the rebuild fails and a previous database exists, that last good
    database is returned and `warn` (if given) receives the DataError; with
    no database at all the DataError propagates.
    """
    path = db_path or database_path()
    if db_path is None and needs_build(path):
        from .data.build import build
        from .data.errors import DataError, NotOurDatabase

        try:
            build(path, if_stale=True)  # another process may be building it: wait, then look again
        except DataError as error:
            if not path.exists() or isinstance(error, NotOurDatabase):
                raise
            if warn:
                warn(error)
    return path
