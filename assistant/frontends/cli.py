"""`crr`: a thin command line over the build, the engine and the renderers.

stdout carries answers and data; stderr carries diagnostics.  Heavy front
ends (the Textual app, Datasette) are imported only by the commands that
start them, so `crr ask` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

EXAMPLES = {
    "ask": 'crr ask "trade in 2024?"   |   crr ask --json "joint exercises since 2022?"   |   '
           'crr ask --cite apa "trade in 2024?"   |   crr ask --format markdown "trade in 2025?"',
    "sources": "crr sources --cite apa   |   crr sources --cite bibtex > crr.bib",
    "build": "crr build   (writes db/china_russia.db from the files in db/)",
    "tui": "crr tui   (or just crr, in a terminal)   |   crr tui --db /tmp/china_russia.db",
    "serve": "crr serve   (then open http://127.0.0.1:8001/)   |   crr serve --port 8080",
    "publish": "crr publish site/   (then: cd site && docker build -t crr-site . && docker run -p 8001:8001 crr-site)",
}


def _version() -> str:
    """crr's version and its curated data's fingerprint (the first 12 hex digits), which a
    citation of a figure crr derived can name."""
    from importlib.metadata import PackageNotFoundError, version

    from ..data.build import data_fingerprint

    try:
        number = version("crr")
    except PackageNotFoundError:
        number = "unknown"
    return f"crr {number} (curated data {data_fingerprint()[:12]})"


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `only`, the parser of that one command (all that
    `crr ask ...` needs: building every command's parser costs more than answering)."""
    import argparse  # here, not at the top: the terminal app starts without it

    parser = argparse.ArgumentParser(
        prog="crr",
        description="China–Russia relations assistant: cited figures and events.",
        epilog='Start with: crr ask "trade in 2024?"',
    )
    class Version(argparse.Action):  # (worked out when asked: hashing the data costs every other command)
        def __call__(self, parser, namespace, values, option_string=None):
            print(_version())
            parser.exit()

    parser.add_argument("--version", action=Version, nargs=0,
                        help="the version of crr and the fingerprint of its curated data, to cite")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in COMMANDS.items():
        if only is None or name == only:
            add(commands)
    return parser


def _cite_option(parser: argparse.ArgumentParser) -> None:
    from ..paths import citation_styles  # cite.py itself loads only when a style is used

    styles = citation_styles()
    parser.add_argument("--cite", choices=styles, metavar="STYLE", type=str.lower, help=(
        f"cite in STYLE: {', '.join(styles)} (default: $CRR_CITE_STYLE, else cite_style in "
        "~/.config/crr/settings.toml, else chicago); bibtex, csl-json and ris print the "
        "entries alone, ready to save as a file"))


def _add_ask(commands) -> None:
    ask = commands.add_parser("ask", help="answer a question with cited figures",
                              epilog="example: " + EXAMPLES["ask"])
    ask.add_argument("question", nargs="*", help="the question, in your own words")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the Answer as one JSON object")
    mode.add_argument("--jsonl", action="store_true",
                      help="read one question per line on stdin, write one JSON object per line")
    mode.add_argument("--format", choices=("text", "markdown", "html"),
                      help="markdown: sentences with footnotes [^1], ready to paste; html: the same "
                           "for web pages (both cite in --cite STYLE, else the default style)")
    ask.add_argument("--workers", type=int, metavar="N", help=(
        "with --jsonl: answer with N processes (default: the cores crr may use, at most 4; "
        "1 answers in this process); the answers' order and bytes are the same"))
    _cite_option(ask)
    ask.set_defaults(handler=_ask)


def _add_sources(commands) -> None:
    sources = commands.add_parser("sources", help="list every source with its full citation",
                                  epilog="example: " + EXAMPLES["sources"])
    _cite_option(sources)
    sources.set_defaults(handler=_sources)


def _add_build(commands) -> None:
    build = commands.add_parser("build", help="validate db/ and write the SQLite database",
                                epilog="example: " + EXAMPLES["build"])
    build.add_argument("--db", type=Path, help="where to write the database")
    build.add_argument("--data", type=Path, help="folder of curated files (default: db/)")
    build.set_defaults(handler=_build)


def _add_tui(commands) -> None:
    tui = commands.add_parser("tui", help="the terminal app: ask, see charts, copy with citations",
                              epilog="example: " + EXAMPLES["tui"])
    tui.add_argument("--db", type=Path, help="the database to open (default: the built one)")
    tui.set_defaults(handler=_tui)


def _add_serve(commands) -> None:
    serve = commands.add_parser("serve", help="publish the database with Datasette on 127.0.0.1",
                                epilog="example: " + EXAMPLES["serve"])
    serve.add_argument("--port", type=int, default=8001, help="port to listen on (0: any free port)")
    serve.add_argument("--db", type=Path, help="the database to serve (default: the built one)")
    serve.add_argument("--quiet", action="store_true", help="no line on stderr for each request")
    serve.add_argument("--no-cache", action="store_true",
                       help="compute every page anew rather than keep pages by address (to measure)")
    serve.set_defaults(handler=_serve)


def _add_publish(commands) -> None:
    publish = commands.add_parser("publish", help="write a folder that runs the site in a container",
                                  epilog="example: " + EXAMPLES["publish"])
    publish.add_argument("folder", type=Path, help="the folder to write (new, or an earlier publication)")
    publish.add_argument("--db", type=Path, help="the database to publish (default: the built one)")
    publish.set_defaults(handler=_publish)


def _add_delegated(name: str, summary: str):
    # These commands own their options; `crr verify --help` shows them.
    return lambda commands: commands.add_parser(name, help=summary, add_help=False)


DELEGATED = {"chat": "frontends.chat", "eval": "frontends.evaluate", "verify": "data.verify", "export": "data.export"}


def _ensure_database() -> Path:
    from ..paths import ensure_database

    def warn(error) -> None:
        print(f"crr: warning: db/ has errors, so answers come from the last good build.\n{error}",
              file=sys.stderr)

    return ensure_database(warn=warn)


def _no_database(error) -> str:
    """Why no database can be had: the curated data's faults, or a path that is not crr's."""
    from ..data.errors import NotOurDatabase

    if isinstance(error, NotOurDatabase):
        return f"crr: {error}"
    return f"crr: the curated data does not validate, so no database could be built.\n{error}"


def _database_or_none() -> Path | None:
    """The database to answer from; None (after saying why) when none can be built."""
    from ..data.errors import DataError

    try:
        return _ensure_database()
    except DataError as error:
        print(_no_database(error), file=sys.stderr)
        return None


def _build(args) -> int:
    from ..data.build import build
    from ..data.errors import DataError

    try:
        path = build(args.db, args.data)
    except DataError as error:
        print(f"crr build: failed; the previous database is unchanged.\n{error}", file=sys.stderr)
        return 1
    print(f"built {path}", file=sys.stderr)
    return 0


def _ask(args) -> int:
    from ..answering.engine import Engine
    from ..writing.render import render_text

    if args.workers is not None and (not args.jsonl or args.workers < 1):
        print("crr ask: --workers takes a number from 1, with --jsonl", file=sys.stderr)
        return 2
    db_path = _database_or_none()
    if db_path is None:
        return 1
    if args.jsonl:
        return _ask_stream(db_path, args.workers, args.cite)
    engine = Engine(db_path)
    # Arguments the locale could not decode carry their bytes as surrogates.
    question = " ".join(os.fsencode(word).decode("utf-8", "replace") for word in args.question).strip()
    if not question:
        print('crr ask: give a question, for example: crr ask "trade in 2024?"', file=sys.stderr)
        return 2
    answer = engine.ask(question)
    # "... in APA": a style the question names is the one cited in, unless --cite sets one
    if args.cite:
        from ..answering.requests import style_overruled

        style_overruled(answer, args.cite, f"--cite {args.cite}")
    args.cite = args.cite or (answer.reading or {}).get("style") or None
    if args.json:
        print(_answer_json(engine, answer, args.cite, indent=2))
    elif args.cite or args.format in ("markdown", "html"):
        from ..writing.cite import default_style, format_answer, is_data_style
        from ..writing.reading import read_as_line

        try:
            fmt = args.format or "text"
            style = args.cite or default_style(prose=fmt != "text")
            text = format_answer(answer, fmt=fmt, style=style, sources=engine.store.sources)
            read_as = read_as_line(answer)
            if read_as and fmt == "text" and not is_data_style(style):
                print(read_as + "\n")
            elif read_as:
                # Paste-ready Markdown or HTML, and a file for reference managers, stay as they
                # are; how crr read the question is still shown.
                print(read_as, file=sys.stderr)
            print(text)
        except ValueError as error:
            print(f"crr ask: {error}", file=sys.stderr)
            return 2
    else:
        print(render_text(answer))
    return 0


def _ask_stream(db_path: Path, workers: int | None, style: str | None) -> int:
    """--jsonl: in this process, or with worker processes forked from it."""
    from functools import partial

    from ..answering.engine import Engine  # imported before forking, so every worker has it
    from . import jsonl

    if workers and workers > (most := jsonl.most_workers()):
        print(f"crr ask: --workers {workers} is more than this machine can use; answering with {most}",
              file=sys.stderr)
        workers = most
    workers = workers or jsonl.default_workers()
    if workers == 1 or not jsonl.can_fork():
        return _ask_lines(Engine(db_path), sys.stdin.buffer, sys.stdout, style)
    if not style:
        from ..limits import empty_answer

        empty_answer().pydantic_json_bytes()  # pydantic's serializer made once, for every worker
    return jsonl.answer_stream(db_path, sys.stdin.fileno(), _line_writer(sys.stdout),
                               partial(_answer_line, style=style), _error_line, workers)


def _ask_lines(engine, lines, out, style: str | None) -> int:
    """One JSON object out for each line in, in order, whatever the line holds:
    bytes that are not UTF-8 are read as U+FFFD, and a blank line gets the
    engine's answer to an empty question."""
    write = _line_writer(out)
    for line in lines:
        write(_answer_line(engine, line, style) + b"\n")
    return 0


def _answer_line(engine, line: bytes, style: str | None) -> bytes:
    """The JSON answer to one line of a stream, as UTF-8, without a newline."""
    question = line.decode("utf-8", "replace").strip()
    try:
        return _answer_json_bytes(engine, engine.ask(question), style)
    except Exception as error:  # a fault of crr's own: said on its line, the stream goes on
        if os.environ.get("CRR_DEBUG"):
            raise
        return _error_json(question, error).encode()


def _error_line(line: bytes, error: Exception) -> bytes:
    return _error_json(line.decode("utf-8", "replace").strip(), error).encode()


def _line_writer(out):
    """A function that writes whole lines of answers to `out` and flushes them, so that
    a program that writes a question and waits gets its answer now."""
    # A stream that writes UTF-8 gets the answers' bytes as pydantic writes them, not
    # decoded to text and encoded again (a series' answer is tens of kilobytes).
    raw = getattr(out, "buffer", None) if _writes_utf8(out) else None
    if raw is None:
        def write(data: bytes) -> None:
            out.write(data.decode())
            out.flush()

        return write
    out.flush()

    def write_bytes(data: bytes) -> None:
        raw.write(data)
        raw.flush()

    return write_bytes


def _writes_utf8(out) -> bool:
    import codecs

    try:
        return codecs.lookup(getattr(out, "encoding", None) or "").name == "utf-8"
    except LookupError:
        return False


def _answer_json_bytes(engine, answer, style: str | None) -> bytes:
    """One answer of a stream, as UTF-8 JSON: written by pydantic (the same bytes as
    `_answer_json`, quicker once loaded), or with its citations formatted in the style."""
    if not style:
        return answer.pydantic_json_bytes()
    return _answer_json(engine, answer, style).encode()


def _error_json(question: str, error: Exception) -> str:
    import json

    from ..limits import error_answer

    data = error_answer(question).model_dump(mode="json")
    data["error"] = f"{type(error).__name__}: {error}"
    return json.dumps(data, ensure_ascii=False)


def _answer_json(engine, answer, style: str | None, indent: int | None = None) -> str:
    """The Answer contract; with --cite each citation also carries `formatted`, its text in the style."""
    if not style:
        return answer.model_dump_json(indent=indent)
    import json

    from ..writing.cite import format_citations

    data = answer.model_dump(mode="json")
    for citation, text in zip(data["citations"], format_citations(answer, style, engine.store.sources)):
        citation["formatted"] = text
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _sources(args) -> int:
    from ..writing.cite import default_style, format_sources
    from ..data.store import Store

    db_path = _database_or_none()
    if db_path is None:
        return 1
    store = Store(db_path)
    print(format_sources(store.sources, args.cite or default_style()))
    return 0


def _tui(args) -> int:
    from importlib.util import find_spec

    # Found, not imported: `run` imports Textual with garbage collection held off.
    if find_spec("textual") is None:
        print('crr: the terminal app needs Textual: pip install textual', file=sys.stderr)
        return 1
    from .tui import run

    return run(getattr(args, "db", None))


def _site_database(command: str, args) -> Path | int:
    """The database `crr serve` or `crr publish` works on, built if need be; or the exit
    code, with the reason said, when there is none or Datasette is not installed."""
    from ..data.errors import DataError

    if args.db is not None and not args.db.is_file():
        print(f"crr {command}: no database {args.db}", file=sys.stderr)
        return 2
    try:
        if args.db is not None:
            from ..data.build import refuse_foreign

            refuse_foreign(args.db)  # (another program's file is no site of crr's)
        db_path = args.db or _ensure_database()
        from .datasette import plugin  # noqa: F401  (the site needs Datasette and its plugins)
    except DataError as error:
        print(_no_database(error), file=sys.stderr)
        return 1
    except ImportError:
        print(f"crr {command}: needs Datasette: pip install 'datasette==0.65.*' datasette-dashboards",
              file=sys.stderr)
        return 1
    return db_path


def _serve(args) -> int:
    db_path = _site_database("serve", args)
    if isinstance(db_path, int):
        return db_path
    from .datasette.plugin import serve

    return serve(db_path, port=args.port, access_log=not args.quiet, cache=not args.no_cache)


def _publish(args) -> int:
    db_path = _site_database("publish", args)
    if isinstance(db_path, int):
        return db_path
    from .datasette.publish import PublishError, publish

    try:
        written = publish(args.folder, db_path)
    except PublishError as error:
        print(f"crr publish: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    print(f"crr publish: wrote {args.folder}; see {args.folder / 'README.md'} to build and run it",
          file=sys.stderr)
    return 0


COMMANDS = {
    "ask": _add_ask, "sources": _add_sources, "build": _add_build, "tui": _add_tui, "serve": _add_serve,
    "publish": _add_publish,
    "chat": _add_delegated("chat", "a conversation: follow-ups keep their context"),
    "eval": _add_delegated("eval", "score crr on a file of questions with expected answers"),
    "verify": _add_delegated("verify", "check every record against the source documents"),
    "export": _add_delegated("export", "write CSV files and a Frictionless datapackage.json"),
}


def main(argv: list[str] | None = None) -> int:
    # crr uses no pydantic plugins; skipping their discovery saves a scan of
    # every installed package's entry points at start-up.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in DELEGATED:
        from importlib import import_module

        # ("crr chat < questions | head": a reader that stops early ends the run quietly)
        return _ended_quietly(lambda: import_module(f"assistant.{DELEGATED[argv[0]]}").main(argv[1:]))
    if argv == ["tui"] or (not argv and sys.stdin.isatty() and sys.stdout.isatty()):
        # The terminal app with no options needs no parser: it opens the sooner for it.
        return _tui(None)
    parser = _parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        # In a terminal, plain `crr` opens the app; scripts and pipes get the help.
        if sys.stdin.isatty() and sys.stdout.isatty():
            return _tui(args)
        parser.print_help()
        return 0
    return _ended_quietly(lambda: args.handler(args))


def _ended_quietly(run) -> int:
    """A command's exit status; Ctrl+C is 130, and a reader of its output that went away
    (a pipe into `head`) ends it with no traceback, the rest of its output dropped."""
    try:
        return run()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # (what is still buffered would fail again as Python exits: sent nowhere)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
