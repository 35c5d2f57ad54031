"""Numbers and answers into words: value formatting and the Jinja2 templates.

Answer sentences are written by templates in templates/answers/, so their
wording can be reviewed and changed without touching the engine.  Jinja2
compiles each template to Python once (the build does it for all of them,
and a template edited since is compiled again when first used); the code is
kept in crr's cache folder and runs against runtime.py, so answering a
question imports no template engine.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..answer import Answer
from . import runtime

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


@lru_cache(maxsize=4096)  # a series writes many values, and answers repeat them: each is worded once
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


def _value(v) -> str:
    return format_value(v.value, v.unit, v.qualifier)


_A_DAY = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")


def at_time(name: str, period: str) -> str:
    """The words that put a figure's name at its time (" in 1992", " on 3 September 1994"),
    or none when its name says that time already ("Su-27 fighters ordered in 1992")."""
    year = re.search(r"\b(?:19|20)\d\d\b", period or "")
    if not period or period in name or (year and re.search(rf"\b{year.group(0)}$", name)):
        return ""
    if re.match(r"(?:since|from|before|after|by|up to|until) ", period):
        return f" {period}"  # "since 2003 (to 11 February 2026)": a span says its own preposition
    if re.match(r"(?:\w+ )?(?:19|20)\d\d to ", period):
        return f" from {period}"  # "2019 to 2025": from one to the other
    return f" {'on' if _A_DAY.match(period) else 'in'} {period}"


# crr's own filters, beside the built-in ones runtime.py holds.
FILTERS = {**runtime.FILTERS, "value": _value, "number": format_number, "fmt": format_value, "at_time": at_time}
ENVIRONMENT = runtime.Environment(FILTERS, runtime.TESTS, runtime.GLOBALS)
# Bumped when runtime.py changes what compiled code may call: older compiled templates are recompiled.
COMPILED_FORMAT = "2"


@lru_cache(maxsize=2)
def jinja_environment(builtin_filters: bool = False):
    """The Jinja2 environment that compiles the answer templates, with the filters
    of runtime.py (so that compiled code calls them); with `builtin_filters`, Jinja2's
    own instead, to render a template the way Jinja2 alone would."""
    import jinja2

    from ..paths import templates_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    if builtin_filters:
        env.filters.update(value=_value, number=format_number, fmt=format_value, at_time=at_time)
    else:
        env.filters, env.tests = dict(FILTERS), dict(runtime.TESTS)
    return env


def compile_template(name: str, source: str):
    """The template's code object, compiled by Jinja2 to run against runtime.py."""
    env = jinja_environment()
    python = env.compile(source, name, raw=True)
    header, _, body = python.partition("\n")
    if not header.startswith("from jinja2.runtime import "):
        raise RuntimeError(f"{name}: Jinja2 compiled code of an unexpected shape")
    python = header.replace("jinja2.runtime", "assistant.writing.runtime", 1) + "\n" + body
    return compile(python, f"<template {name}>", "exec")


def _compiled_path(name: str, source: str):
    """Where a template's compiled code is kept: named by its text too, so that two
    checkouts of crr with different templates never overwrite each other's."""
    import hashlib
    import sys

    from ..paths import cache_dir

    digest = hashlib.blake2b(source.encode("utf-8"), digest_size=8).hexdigest()
    return cache_dir() / "compiled" / f"{name.replace('/', '--')}.{digest}.{sys.implementation.cache_tag}.marshal"


@lru_cache(maxsize=None)
def template(name: str):
    """The render function of templates/NAME: compiled by Jinja2 the first time, or
    after the template changes, and kept in crr's cache folder; loaded from there
    without Jinja2 after that."""
    import marshal

    from ..paths import templates_dir

    source = (templates_dir() / name).read_text(encoding="utf-8")
    path = _compiled_path(name, source)
    try:
        stored_format, stored_source, code = marshal.loads(path.read_bytes())
        if (stored_format, stored_source) != (COMPILED_FORMAT, source):
            code = None
    except (OSError, ValueError, EOFError, TypeError):
        code = None
    if code is None:
        code = compile_template(name, source)
        _store(path, marshal.dumps((COMPILED_FORMAT, source, code)))
    namespace = {"environment": ENVIRONMENT, "__name__": f"template {name}"}
    exec(code, namespace)
    return namespace["root"]


def _store(path, data: bytes) -> None:
    """Write the file whole or not at all; a cache that cannot be written is no error."""
    import os

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}")
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:
        pass


def compile_answer_templates() -> None:
    """Compile every answer template now (the build does), so no question waits for Jinja2."""
    from ..paths import templates_dir

    for path in sorted((templates_dir() / "answers").glob("*.j2")):
        template(f"answers/{path.name}")


def render(name: str, **context) -> str:
    text = ENVIRONMENT.render(template(name), context)
    # Templates are laid out for reading; answers are plain sentences.
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()


def render_text(answer: Answer) -> str:
    """The answer for a terminal: how the question was read, its sentences, then numbered sources."""
    from .reading import read_as_line

    return render("answers/_terminal.txt.j2", answer=answer, read_as=read_as_line(answer))
