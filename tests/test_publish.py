"""`crr publish DIR`: the folder runs the site from its own files alone.

Docker is not needed to check that: a fresh virtual environment installs crr
from the folder's wheel, and the Dockerfile's own command (`datasette serve
-i ...`) serves the folder's database, metadata and templates on loopback.
"""

from __future__ import annotations

import json
import os
import re
import queue
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette import bounds  # noqa: E402
from assistant.frontends.datasette.publish import HEALTH, command  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def published(tmp_path_factory, db_path):
    folder = tmp_path_factory.mktemp("publish") / "site"
    result = subprocess.run([sys.executable, "-m", "assistant", "publish", str(folder), "--db", str(db_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return folder


def dockerfile_command(folder: Path) -> list[str]:
    line = next(line for line in (folder / "Dockerfile").read_text().splitlines() if line.startswith("CMD "))
    return json.loads(line[len("CMD "):])


def test_the_folder_holds_the_database_metadata_templates_wheel_dockerfile_and_readme(published, db_path):
    names = {path.name for path in published.iterdir()}
    assert names == {"china_russia.db", "metadata.json", "templates", "wheels", "Dockerfile", "README.md"}
    assert (published / "china_russia.db").read_bytes() == db_path.read_bytes()
    assert json.loads((published / "metadata.json").read_text())["plugins"]["datasette-dashboards"]
    assert (published / "templates" / "crr_ask.html").is_file()
    wheels = list((published / "wheels").glob("crr-*.whl"))
    assert len(wheels) == 1
    dockerfile = (published / "Dockerfile").read_text()
    assert f"pip install wheels/{wheels[0].name}" in dockerfile and "HEALTHCHECK" in dockerfile
    assert HEALTH in dockerfile
    served = dockerfile_command(published)
    assert served[:4] == ["datasette", "serve", "-i", "china_russia.db"]
    settings = dict(zip(served[served.index("--setting") + 1::3], served[served.index("--setting") + 2::3]))
    assert set(settings) == set(bounds.SETTINGS)
    readme = (published / "README.md").read_text()
    for words in ("docker build", "docker run", "load balancer", HEALTH, "replica"):
        assert words in readme, words


def test_a_folder_with_files_of_its_own_is_refused(tmp_path, db_path):
    (tmp_path / "notes.txt").write_text("mine")
    result = subprocess.run([sys.executable, "-m", "assistant", "publish", str(tmp_path), "--db", str(db_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "notes.txt" in result.stderr
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_the_command_serves_the_database_immutable_with_every_setting():
    served = command("china_russia.db", host="127.0.0.1", port=0)
    assert served[served.index("--host") + 1] == "127.0.0.1" and "-i" in served


@pytest.fixture(scope="module")
def fresh_environment(tmp_path_factory, published):
    """A new virtual environment with crr installed from the folder's wheel alone."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    wheel = next((published / "wheels").glob("crr-*.whl"))
    installed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                               capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stderr[-3000:]
    return venv


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_the_dockerfiles_command_serves_the_site_from_a_fresh_install(published, fresh_environment, tmp_path):
    served = dockerfile_command(published)
    served[0] = str(fresh_environment / "bin" / "datasette")
    served[served.index("--host") + 1] = "127.0.0.1"
    served[served.index("--port") + 1] = "0"  # any free port; uvicorn says which
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("CRR_", "PYTHON", "VIRTUAL_ENV"))}
    environment.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"),
                       XDG_CONFIG_HOME=str(tmp_path / "config"))
    # uvicorn writes its access lines on stdout, everything else on stderr: one stream here.
    process = subprocess.Popen(served, cwd=published, env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        base, started = _address(process)
        status, home = _get(base + "/")
        assert status == 200 and "China–Russia relations" in home and 'href="/-/ask"' in home
        status, ask = _get(base + "/-/ask?q=" + urllib.parse.quote("trade in 2024?"))
        assert status == 200 and "USD 245 bn" in ask and 'class="crr-reading"' in ask
        status, dashboard = _get(base + "/-/dashboards/china-russia")
        assert status == 200 and "var crrCharts = " in dashboard and 'id="chart-trade"' in dashboard
        status, health = _get(base + HEALTH)
        assert status == 200 and json.loads(health)["ok"] is True
        # The folder's settings, the plugin's hooks, the database immutable.
        settings = json.loads(_get(base + "/-/settings.json")[1])
        assert {name: settings[name] for name in bounds.SETTINGS} == bounds.SETTINGS
        databases = json.loads(_get(base + "/-/databases.json")[1])
        assert [(d["name"], d["is_mutable"]) for d in databases] == [("china_russia", False)]
        status, too_big = _get(base + "/china_russia.json?sql=" + urllib.parse.quote("select zeroblob(200000)"))
        assert status == 400 and "too big" in too_big
        assert _get(base + "/no/such/page")[0] == 404
    finally:
        process.terminate()
        process.wait(timeout=30)
    printed = started.all()
    assert "Traceback" not in printed, printed[-3000:]
    requests = [line for line in printed.splitlines() if '"GET ' in line]
    assert len(requests) == 8, requests  # one access line a request
    assert len([line for line in printed.splitlines() if "/no/such/page" in line]) == 1


def _address(process: subprocess.Popen, timeout: float = 60) -> tuple[str, list[str]]:
    """The server's address once uvicorn says it listens, and the list its
    printed lines go on arriving in (a thread reads them as they come)."""
    lines: queue.Queue[str] = queue.Queue()
    printed: list[str] = []

    def read() -> None:
        for line in process.stdout:
            lines.put(line)
        lines.put("")

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            line = ""
        printed.append(line)
        found = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", line)
        if found:
            return found.group(1), _Printed(lines, printed)
        if not line:
            raise AssertionError(f"datasette serve did not start: {''.join(printed)}")


class _Printed:
    """What the server printed: the lines so far and, once it has stopped, the rest."""

    def __init__(self, lines: queue.Queue, printed: list[str]):
        self.lines, self.printed = lines, printed

    def all(self) -> str:
        while (line := self.lines.get(timeout=30)) != "":
            self.printed.append(line)
        return "".join(self.printed)
