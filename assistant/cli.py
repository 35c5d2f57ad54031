"""`crr`: a thin command line over the build, the engine and the renderers.

stdout carries answers and data; stderr carries diagnostics.  Heavy front
ends (the Textual app, Datasette) are imported only by the commands that
start them, so `crr ask` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXAMPLES = {
    "ask": 'crr ask "trade in 2024?"   |   crr ask --json "joint exercises since 2022?"',
    "build": "crr build   (writes db/china_russia.db from the files in db/)",
    "tui": "crr tui   (or just crr, in a terminal)   |   crr tui --db /tmp/china_russia.db",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crr",
        description="China–Russia relations assistant: cited figures and events.",
        epilog='Start with: crr ask "trade in 2024?"',
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer a question with cited figures",
                              epilog="example: " + EXAMPLES["ask"])
    ask.add_argument("question", nargs="*", help="the question, in your own words")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the Answer as one JSON object")
    mode.add_argument("--jsonl", action="store_true",
                      help="read one question per line on stdin, write one JSON object per line")
    ask.set_defaults(handler=_ask)

    build = commands.add_parser("build", help="validate db/ and write the SQLite database",
                                epilog="example: " + EXAMPLES["build"])
    build.add_argument("--db", type=Path, help="where to write the database")
    build.add_argument("--data", type=Path, help="folder of curated files (default: db/)")
    build.set_defaults(handler=_build)

    tui = commands.add_parser("tui", help="the terminal app: ask, see charts, copy with citations",
                              epilog="example: " + EXAMPLES["tui"])
    tui.add_argument("--db", type=Path, help="the database to open (default: the built one)")
    tui.set_defaults(handler=_tui)

    # These commands own their options; `crr verify --help` shows them.
    for name, summary in [
        ("chat", "a conversation: follow-ups keep their context"),
        ("eval", "score crr on a file of questions with expected answers"),
        ("verify", "check every record against the source documents"),
        ("export", "write CSV files and a Frictionless datapackage.json"),
    ]:
        commands.add_parser(name, help=summary, add_help=False)
    return parser


DELEGATED = {"chat": "chat", "eval": "evaluate", "verify": "verify", "export": "export"}


def _ensure_database() -> Path:
    from .paths import ensure_database

    def warn(error) -> None:
        print(f"crr: warning: db/ has errors, so answers come from the last good build.\n{error}",
              file=sys.stderr)

    return ensure_database(warn=warn)


def _build(args) -> int:
    from .build import build
    from .errors import DataError

    try:
        path = build(args.db, args.data)
    except DataError as error:
        print(f"crr build: failed; the previous database is unchanged.\n{error}", file=sys.stderr)
        return 1
    print(f"built {path}", file=sys.stderr)
    return 0


def _ask(args) -> int:
    from .engine import Engine
    from .errors import DataError
    from .render import render_text

    try:
        engine = Engine(_ensure_database())
    except DataError as error:
        print(f"crr: the curated data does not validate, so no database could be built.\n{error}",
              file=sys.stderr)
        return 1
    if args.jsonl:
        for line in sys.stdin:
            question = line.strip()
            if question:
                sys.stdout.write(engine.ask(question).model_dump_json() + "\n")
        return 0
    question = " ".join(args.question).strip()
    if not question:
        print('crr ask: give a question, for example: crr ask "trade in 2024?"', file=sys.stderr)
        return 2
    answer = engine.ask(question)
    if args.json:
        print(answer.model_dump_json(indent=2))
    else:
        print(render_text(answer))
    return 0


def _tui(args) -> int:
    try:
        import textual  # noqa: F401

        from .tui import run
    except ImportError:
        print('crr: the terminal app needs Textual: pip install textual textual-plotext', file=sys.stderr)
        return 1

    return run(getattr(args, "db", None))


def main(argv: list[str] | None = None) -> int:
    # crr uses no pydantic plugins; skipping their discovery saves a scan of
    # every installed package's entry points at start-up.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in DELEGATED:
        from importlib import import_module

        return import_module(f"assistant.{DELEGATED[argv[0]]}").main(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        # In a terminal, plain `crr` opens the app; scripts and pipes get the help.
        if sys.stdin.isatty() and sys.stdout.isatty():
            return _tui(args)
        parser.print_help()
        return 0
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
