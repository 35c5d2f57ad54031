"""Numbers and answers into words: value formatting and the Jinja2 templates.

Answer sentences are written by templates in templates/answers/, so their
wording can be reviewed and changed without touching the engine.
"""

from __future__ import annotations

from functools import lru_cache

from ..answer import Answer

PREFIX_UNITS = {"USD bn": ("USD ", " bn"), "USD mn": ("USD ", " mn"), "CNY bn": ("CNY ", " bn")}
SUFFIX_UNITS = {"percent": "%", "percentage points": " percentage points"}
TRAILING_QUALIFIERS = {"record"}


def format_number(value: float) -> str:
    """245.0 -> '245'; 59.3 -> '59.3'; 158000 -> '158,000'; -6.9 -> '-6.9'."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text


def singular(unit: str) -> str:
    """A count's unit for one: "exercises per year" -> "exercise per year", "votes" -> "vote"."""
    first, _, rest = unit.partition(" ")
    if first.endswith("ies") and len(first) > 4:
        first = first[:-3] + "y"
    elif first.endswith("s") and not first.endswith("ss") and first not in ("times", "bcm"):
        first = first[:-1]
    return f"{first} {rest}".strip()


def format_value(value: float, unit: str, qualifier: str = "") -> str:
    """A value with its unit and qualifier as a writer would put it."""
    number = format_number(value)
    if unit == "rank":
        text = f"rank {number}"
    elif unit in PREFIX_UNITS:
        before, after = PREFIX_UNITS[unit]
        text = f"{before}{number}{after}"
    elif unit in SUFFIX_UNITS:
        text = f"{number}{SUFFIX_UNITS[unit]}"
    elif unit:
        text = f"{number} {singular(unit) if value == 1 else unit}"
    else:
        text = number
    if qualifier and qualifier not in TRAILING_QUALIFIERS:
        text = f"{qualifier} {text}"
    elif qualifier:
        text = f"{text} ({qualifier})"
    return text


def _bytecode_cache(jinja2):
    """Compiled templates kept between runs: compiling them costs more than answering."""
    import os

    from ..paths import cache_dir

    folder = cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None


@lru_cache(maxsize=1)
def environment():
    import jinja2

    from ..paths import templates_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        bytecode_cache=_bytecode_cache(jinja2),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["value"] = lambda v: format_value(v.value, v.unit, v.qualifier)
    env.filters["number"] = format_number
    env.filters["fmt"] = format_value
    return env


def render(template: str, **context) -> str:
    text = environment().get_template(template).render(**context)
    # Templates are laid out for reading; answers are plain sentences.
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()


def render_text(answer: Answer) -> str:
    """The answer for a terminal: how the question was read, its sentences, then numbered sources."""
    from .reading import read_as_line

    return render("answers/_terminal.txt.j2", answer=answer, read_as=read_as_line(answer))
