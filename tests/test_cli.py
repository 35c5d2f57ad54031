"""The command line: text, --json, --jsonl, exit codes, and a light start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CONTRACT = {
    "question": str, "answered": bool, "interpretation": str, "text": str,
    "values": list, "events": list, "citations": list, "suggestions": list,
}
VALUE_KEYS = {"metric": str, "label": str, "period": str, "value": (int, float), "unit": str,
              "qualifier": str, "source": str, "locator": str, "derived": bool}


def check_contract(answer: dict) -> None:
    for key, kind in CONTRACT.items():
        assert isinstance(answer[key], kind), key
    for value in answer["values"]:
        for key, kind in VALUE_KEYS.items():
            assert isinstance(value[key], kind), key
        assert value["formula"] is None or isinstance(value["formula"], str)
        assert (value["formula"] is not None) == value["derived"]
    for event in answer["events"]:
        assert {"date", "title", "source", "locator"} <= set(event)
    for citation in answer["citations"]:
        assert {"source", "locator", "text"} <= set(citation)
    cited = {c["source"] for c in answer["citations"]}
    assert {v["source"] for v in answer["values"]} <= cited


def test_ask_prints_the_answer_and_its_sources(run_crr):
    result = run_crr("ask", "trade in 2024?")
    assert result.returncode == 0, result.stderr
    assert "USD 245 bn" in result.stdout
    assert "Sources:" in result.stdout and "Economic relations" in result.stdout


def test_ask_json_follows_the_contract(run_crr):
    result = run_crr("ask", "--json", "trade in 2024?")
    answer = json.loads(result.stdout)
    check_contract(answer)
    assert answer["answered"] is True
    assert 245 in [v["value"] for v in answer["values"]]
    assert {v["unit"] for v in answer["values"]} == {"USD bn"}


def test_unanswerable_json(run_crr):
    answer = json.loads(run_crr("ask", "--json", "trade in 1990?").stdout)
    check_contract(answer)
    assert answer["answered"] is False
    assert "2024" in answer["text"]


def test_jsonl_answers_each_line_on_its_own(run_crr):
    questions = "trade in 2024?\n\njoint exercises since 2022?\nwhat is love\n"
    result = run_crr("ask", "--jsonl", stdin=questions)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == [
        "trade in 2024?", "", "joint exercises since 2022?", "what is love"]
    for line in lines:
        check_contract(line)
    assert [line["answered"] for line in lines] == [True, False, True, False]


def test_ask_without_a_question_explains_itself(run_crr):
    result = run_crr("ask")
    assert result.returncode == 2 and "crr ask" in result.stderr


def test_every_command_has_help_with_an_example(run_crr):
    top = run_crr("--help")
    assert top.returncode == 0
    commands = ["ask", "build", "verify", "export"]
    for command in commands:
        assert command in top.stdout
        result = run_crr(command, "--help")
        assert result.returncode == 0 and "example" in result.stdout.lower(), command


def test_build_failure_names_the_record_and_keeps_the_database(run_crr, tmp_path):
    import shutil

    from assistant.paths import data_dir

    folder = tmp_path / "db"
    shutil.copytree(data_dir(), folder, ignore=shutil.ignore_patterns("*.db"))
    target = tmp_path / "out.db"
    assert run_crr("build", "--db", str(target), "--data", str(folder)).returncode == 0
    before = target.read_bytes()
    with open(folder / "observations" / "trade.csv", "a") as handle:
        handle.write("broken-wp,trade_total,2024,many,,wikipedia-china-russia-relations,Economic relations,,,\n")
    result = run_crr("build", "--db", str(target), "--data", str(folder))
    assert result.returncode == 1
    assert "observations/trade.csv" in result.stderr and "broken-wp" in result.stderr
    assert "'value'" in result.stderr
    assert target.read_bytes() == before
    answered = run_crr("ask", "--json", "trade in 2024?", env={"CRR_DB": str(target), "CRR_DATA_DIR": str(folder)})
    assert answered.returncode == 0
    assert json.loads(answered.stdout)["answered"] is True
    assert "last good build" in answered.stderr


def test_the_engine_stands_alone(db_path):
    """Answering a question loads neither the terminal app nor Datasette nor click."""
    code = (
        "import sys, json\n"
        "from assistant.frontends.cli import main\n"
        "main(['ask', '--json', 'trade in 2024?'])\n"
        "from assistant.answering.engine import Engine\n"
        "heavy = sorted(m for m in ('textual', 'datasette', 'click', 'sqlite_utils') if m in sys.modules)\n"
        "print('HEAVY=' + json.dumps(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "CRR_DB": str(db_path)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "HEAVY=[]" in result.stdout


def test_an_answer_loads_no_validation_or_template_library(db_path):
    """Validation belongs to the build; templates run compiled: `crr ask`, text or
    --json, imports neither pydantic nor Jinja2."""
    code = (
        "import sys, json\n"
        "from assistant.frontends.cli import main\n"
        "main(['ask', 'trade in 2024?'])\n"
        "main(['ask', '--json', 'trade in 1990?'])\n"
        "heavy = sorted(m for m in ('pydantic', 'jinja2', 'markupsafe') if m in sys.modules)\n"
        "print('HEAVY=' + json.dumps(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "CRR_DB": str(db_path)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "HEAVY=[]" in result.stdout


def test_the_reading_is_shown_with_every_citation_style_and_format(db_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", "ask", *args, "trade in 2024?"],
                              capture_output=True, text=True, env={**os.environ, "CRR_DB": str(db_path)}, timeout=60)

    plain = run("--cite", "apa")
    assert plain.stdout.startswith("Read as: Bilateral trade")
    for args in (("--format", "markdown"), ("--cite", "bibtex")):
        result = run(*args)
        assert "Read as:" not in result.stdout and result.stderr.startswith("Read as: Bilateral trade")


def test_version_names_crr_and_its_curated_data(run_crr):
    # a figure crr derived is cited to crr: its version and the data it was built from
    result = run_crr("--version")
    assert result.returncode == 0 and result.stdout.startswith("crr ") and "curated data " in result.stdout


@pytest.mark.parametrize("kind", ["text", "sqlite", "folder"])
def test_a_database_path_that_is_not_crrs_is_left_as_it_is(run_crr, tmp_path, kind):
    # "CRR_DB=/etc/passwd crr ask ..." once wrote the database over the file it named
    target = tmp_path / "theirs"
    if kind == "text":
        target.write_text("root:x:0:0:root:/root:/bin/bash\n")
    elif kind == "sqlite":
        import sqlite3

        with sqlite3.connect(target) as connection:
            connection.execute("create table kept (x)")
    else:
        target.mkdir()
    before = target.read_bytes() if target.is_file() else None
    result = run_crr("ask", "trade in 2024?", env={"CRR_DB": str(target)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "not a database crr built" in result.stderr and str(target) in result.stderr
    assert (target.read_bytes() if target.is_file() else None) == before
    assert not list(tmp_path.glob(".build-*"))  # (no lock or half-built file left beside it)
    if target.is_file():
        served = run_crr("serve", "--db", str(target), "--port", "8898")
        assert served.returncode == 1 and "not a database crr built" in served.stderr
