"""The wheel carries the data and the templates, and answers from them alone."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_answers_without_the_checkout(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "wheel"), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "wheel").glob("crr-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
    assert "assistant/_data/db/sources.yaml" in names
    assert any(n.startswith("assistant/_data/db/observations/") for n in names)
    assert "assistant/_data/templates/answers/value.txt.j2" in names
    assert not [n for n in names if n.endswith(".db")]
    assert any(n.endswith("entry_points.txt") for n in names)

    environment = {k: v for k, v in os.environ.items() if not k.startswith("CRR_")}
    environment["PYTHONPATH"] = str(tmp_path / "site")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from assistant.frontends.cli import main; "
         "import assistant.paths; assert '_data' in str(assistant.paths.data_dir()), assistant.paths.data_dir(); "
         "sys.exit(main(['ask', 'trade in 2024?']))"],
        capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "USD 245 bn" in result.stdout
