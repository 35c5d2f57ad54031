"""`crr publish DIR`: a folder that runs crr's site wherever containers run.

The folder holds the built database (served immutable), Datasette's metadata,
crr's page templates, crr itself as a wheel, a Dockerfile whose command is
`datasette serve -i` with crr's settings, and a README.  The plugin comes with
the wheel, so the served site keeps the bounds it applies through Datasette's
hooks; the settings it cannot apply that way are in the command.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from . import bounds

PORT = 8001
HEALTH = "/-/health"
WRITTEN = ("Dockerfile", "README.md", "metadata.json", "templates", "wheels")

# One replica under load: tests/benchmarks/serve_load.py against this folder
# served by the Dockerfile's command, 10 clients at a time.  The README of
# every publication quotes them, so they are kept here, with the code that
# makes the replica, and measured again when it changes.
LOAD = {
    "machine": "a 2-vCPU Intel Xeon virtual machine, Linux, Python 3.11, 10 clients at a time, "
               "the access log on",
    "figures": [
        ("CPU", "one core at most: a replica is one Python process with one event loop; "
                "under full load it used 0.8 to 0.9 of a core"),
        ("memory", "62 MB resident at start, 135 MB after 3,000 requests for kept pages, 165 MB "
                   "at its peak after 3,000 more for pages it had to compute; the page cache holds "
                   "at most 64 MB and SQLite at most 256 MB"),
        ("pages it keeps (the same address again)", "1,900 requests/s for a mix of every page, "
                                                    "p50 4.4 ms, p99 16 ms"),
        ("pages it computes (every address new)", "about 40 requests/s for the same mix, p50 55 ms, "
                                                  "p99 1.7 s; by page: a table 15/s, the dashboard "
                                                  "23/s, an answer 77/s (page) to 141/s (JSON), a "
                                                  "row 128/s, the health check 795/s"),
    ],
    "advice": "Give each replica 1 vCPU and 512 MB of memory. A replica answers thousands of "
              "requests a second from the pages it keeps (for ten minutes each) but some tens a "
              "second of pages it must compute, so size by the second figure: N replicas serve "
              "about N × 40 new pages a second.",
}


class PublishError(Exception):
    """What stops a folder from being written; said to the user as it is."""


def source_root() -> Path:
    """The checkout crr runs from: its wheel is built from there."""
    root = Path(__file__).resolve().parents[3]
    if not (root / "pyproject.toml").is_file():
        raise PublishError("crr publish builds crr's wheel from its source checkout; run it from a "
                           "checkout (pip install -e .), not from an installed wheel")
    return root


def command(database: str, host: str = "0.0.0.0", port: int = PORT) -> list[str]:
    """The command that serves the folder: Datasette with the database immutable,
    crr's metadata and templates, and every one of crr's settings."""
    settings = [part for name, value in bounds.SETTINGS.items()
                for part in ("--setting", name, json.dumps(value) if isinstance(value, bool) else str(value))]
    return ["datasette", "serve", "-i", database, "--metadata", "metadata.json",
            "--template-dir", "templates", "--host", host, "--port", str(port), *settings]


def build_wheel(folder: Path) -> Path:
    """crr as a wheel in folder, built from the checkout with pip."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("crr-*.whl"):
        old.unlink()
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(folder), str(source_root())],
        capture_output=True, text=True)
    if built.returncode != 0:
        raise PublishError(f"could not build crr's wheel:\n{built.stderr.strip()}")
    return next(folder.glob("crr-*.whl"))


def publish(folder: Path, db_path: Path) -> list[Path]:
    """Write the folder; returns what was written.  A folder holding anything but
    an earlier publication's files is refused, so nothing of the user's is replaced."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from .metadata import metadata
    from ...paths import templates_dir

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise PublishError(f"{folder} is a file, not a folder")
    foreign = [p.name for p in folder.iterdir() if p.name not in WRITTEN and p.suffix != ".db"] \
        if folder.exists() else []
    if foreign:
        raise PublishError(f"{folder} holds files crr publish did not write ({', '.join(sorted(foreign))}); "
                           "give an empty or new folder")
    folder.mkdir(parents=True, exist_ok=True)

    database = folder / db_path.name
    shutil.copyfile(db_path, database)
    (folder / "metadata.json").write_text(
        json.dumps(metadata(database), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.rmtree(folder / "templates", ignore_errors=True)
    shutil.copytree(templates_dir() / "datasette", folder / "templates")
    wheel = build_wheel(folder / "wheels")

    environment = Environment(loader=FileSystemLoader(templates_dir() / "publish"),
                              undefined=StrictUndefined, keep_trailing_newline=True)
    context = {
        "database": database.name, "wheel": wheel.name, "port": PORT, "health": HEALTH,
        "command": command(database.name), "max_facets": bounds.MAX_FACETS,
        "version": wheel.name.split("-")[1], "fingerprint": _fingerprint(database), "load": LOAD,
    }
    for name in ("Dockerfile", "README.md"):
        (folder / name).write_text(environment.get_template(f"{name}.j2").render(context), encoding="utf-8")
    return [database, folder / "metadata.json", folder / "templates", wheel,
            folder / "Dockerfile", folder / "README.md"]


def _fingerprint(database: Path) -> str:
    """The curated files' fingerprint the build recorded, to tell one publication from another."""
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            row = connection.execute(
                "select value from build_info where key = 'data_fingerprint'").fetchone()
    except sqlite3.Error:
        row = None
    return row[0][:12] if row else "unknown"
