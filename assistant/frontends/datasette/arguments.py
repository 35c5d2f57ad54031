"""The arguments of a page that Datasette hands to Python or SQLite unchecked.

Datasette 0.65 turns a table page's arguments into SQL and its parameters
without looking at them first, so a value Python or SQLite refuses is a 500
with a traceback: a number of digits past SQLite's INTEGER
(`year__gt=99999999999999999999999999`), a second statement in `_where`,
`_through` or a `[list]` for `__in` that is not the JSON it should be,
`_timelimit` that is no number.  Each rule below names the arguments it reads
and says what is wrong with a value, or ""; `asgi.TableArguments` answers 400
with what the first rule found.  What the rules miss, SQLite still refuses,
and the plugin's `handle_exception` makes that a 400 too, naming the page's
arguments rather than the one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable

# What SQLite's INTEGER holds; Python's int has no bound, and binding a larger one fails.
SQLITE_INTEGERS = range(-2**63, 2**63)
# Datasette reads a value of digits as a number for these lookups ...
NUMERIC_LOOKUPS = ("gt", "gte", "lt", "lte")
# ... and a value in [brackets] as a JSON list for these.
LIST_LOOKUPS = ("in", "notin")
THROUGH_KEYS = ("table", "column", "value")
# Quoted text, quoted names and comments: a ';' inside them ends no statement.
_QUOTED_SQL = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\[[^\]]*\]"
                         r"|--[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Page:
    """The table page asked for, and every table of its database with its columns."""
    database: str
    table: str
    tables: dict[str, frozenset[str]]


def _bindable(value) -> bool:
    """Whether SQLite takes a value read from JSON as a parameter: no lists or objects,
    no integer past its INTEGER."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value in SQLITE_INTEGERS
    return value is None or isinstance(value, (bool, float, str))


def _where(name: str, value: str, page: Page) -> str:
    if ";" in _QUOTED_SQL.sub(" ", value):
        return (f"{name} takes one SQL condition: a ';' would end the page's query and begin "
                "another, and a table page runs one.")
    if "\x00" in value:  # Python's sqlite3 refuses SQL with a NUL anywhere in it
        return f"{name} takes one SQL condition; it may not hold a NUL character (%00)."
    return ""


def _through(name: str, value: str, page: Page) -> str:
    shape = f'{name} takes a JSON object {{"table": ..., "column": ..., "value": ...}}'
    try:
        through = json.loads(value)
    except ValueError:
        return f"{shape}; {value!r} is not JSON."
    if not isinstance(through, dict) or any(key not in through for key in THROUGH_KEYS):
        return f"{shape}; {value!r} is not one."
    columns = page.tables.get(through["table"]) if isinstance(through["table"], str) else None
    if columns is None:
        return f"{name} names a table {page.database} lacks: {through['table']!r}."
    if through["column"] not in columns:
        return f"{name} names a column {through['table']} lacks: {through['column']!r}."
    if not _bindable(through["value"]):
        return f"{name}'s value must be text or a number SQLite holds: {through['value']!r} is not."
    return ""


def _filter(name: str, value: str, page: Page) -> str:
    """`column__lookup=value`: what the lookup makes of the value must be a parameter SQLite takes."""
    lookup = name.rpartition("__")[2] if "__" in name else "exact"
    if lookup in NUMERIC_LOOKUPS and value.isdigit():
        try:
            number = int(value)
        except ValueError:  # digits Python does not read as a number: '²'
            return f"{name} takes a number; {value!r} is not one."
        if number not in SQLITE_INTEGERS:
            return f"{name}={value} is past the largest integer SQLite holds ({SQLITE_INTEGERS[-1]})."
    if lookup in LIST_LOOKUPS and value.startswith("["):
        try:
            values = json.loads(value)
        except ValueError:
            return f"{name} takes a JSON list such as [1, 2] or values split by commas; {value!r} is neither."
        if not isinstance(values, list) or not all(_bindable(item) for item in values):
            return f"{name}'s list may hold only text and numbers SQLite holds: {value!r} does not."
    return ""


def _milliseconds(name: str, value: str, page: Page | None) -> str:
    try:
        int(value)
    except ValueError:
        return f"{name} takes a whole number of milliseconds; {value!r} is not one."
    return ""


def _is_filter(name: str) -> bool:
    # As Datasette reads them: an argument starting with '_' is not a filter, unless it has '__'.
    return not name.startswith("_") or "__" in name


# Each rule: which arguments it reads, whether it reads them on a table page only (a query
# page takes any name as a parameter of its SQL), and the check of one value.
RULES: list[tuple[Callable[[str], bool], bool, Callable[[str, str, Page | None], str]]] = [
    (lambda name: name == "_timelimit", False, _milliseconds),
    (lambda name: name == "_where", True, _where),
    (lambda name: name == "_through", True, _through),
    (_is_filter, True, _filter),
]


def problem(page: Page | None, pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """The first argument that Datasette would fail on, and what is wrong with it, or
    ("", ""); `page` is the table page asked for, None for any other."""
    for name, value in pairs:
        for reads, table_only, check in RULES:
            if reads(name) and (page is not None or not table_only):
                message = check(name, value, page)
                if message:
                    return name, message
    return "", ""
