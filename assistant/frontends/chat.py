"""`crr chat`: the conversation in a plain terminal, one question a line.

Follow-ups keep their context ("and in 2023?", "what about LNG?", "source?");
`new` starts over and `quit` (or end of input) leaves.  With a terminal,
readline gives line editing and a history kept between sessions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROMPT = "crr> "


def _history_file() -> Path:
    from ..paths import cache_dir

    return cache_dir() / "chat_history"


def _shown(answer, style: str | None, conversation) -> str:
    """The answer as crr ask prints it: in the style a question names ("source? in APA"),
    else in --cite STYLE, else with crr's own numbered sources."""
    from ..writing.render import render_text

    style = (answer.reading or {}).get("style") or style
    if not style:
        return render_text(answer)
    from ..writing.cite import format_answer, is_data_style
    from ..writing.reading import read_as_line

    text = format_answer(answer, fmt="text", style=style, sources=conversation.engine.store.sources)
    read_as = read_as_line(answer)
    return f"{read_as}\n\n{text}" if read_as and not is_data_style(style) else text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="crr chat",
        description="Ask questions in turn; follow-ups keep the context.",
        epilog='example: crr chat   then: trade in 2024?  /  and in 2022?  /  source?',
    )
    parser.add_argument("--db", type=Path, help="database to use (default: the built db/)")
    from .cli import _cite_option

    _cite_option(parser)
    args = parser.parse_args(argv)

    from ..answering.conversation import Conversation
    from ..answering.engine import Engine
    from ..limits import readable
    from ..paths import ensure_database
    conversation = Conversation(Engine(ensure_database(args.db)))
    interactive = sys.stdin.isatty()
    if interactive:
        history = _history_file()
        try:
            import readline

            history.parent.mkdir(parents=True, exist_ok=True)
            if history.exists():
                readline.read_history_file(history)
        except (ImportError, OSError):
            readline = None
        print('crr chat: ask about China–Russia relations. "new" starts over, "quit" leaves.')
    while True:
        try:
            line = input(PROMPT) if interactive else sys.stdin.readline()
        except (EOFError, KeyboardInterrupt):
            break
        if not interactive and line == "":
            break
        question = readable(line).strip()  # undecodable bytes arrive as surrogates
        if not question:
            continue
        if question.lower() in {"quit", "exit", "bye", ":q"}:
            break
        if question.lower() in {"new", "reset", "start over", "clear"}:
            conversation.reset()
            print("(a new conversation)\n")
            continue
        if not interactive:
            print(PROMPT + question)
        print(_shown(conversation.ask(question), args.cite, conversation) + "\n", flush=True)
    if interactive and readline is not None:
        try:
            readline.write_history_file(history)
        except OSError:
            pass
    return 0
