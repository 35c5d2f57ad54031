"""What one request to `crr serve` may cost.

Custom SQL stays open to everyone; these bounds keep one query from taking
the server with it.  Datasette stops a query at its time limit through
SQLite's progress handler, which runs every thousand steps of SQLite's
virtual machine; but one step can allocate gigabytes (`zeroblob`) or compute
for seconds (`printf('%.*c', 900000000, 'x')`, `trim` with a long set of
characters).  So every connection also gets:

- SQLite's own limits: no string or blob longer than MAX_VALUE_BYTES, no SQL
  text longer than MAX_SQL_CHARS, fewer columns, terms and patterns;
- a heap limit on all that SQLite holds at once (sorts, temporary tables);
- a budget on what one query hands to Python (rows times their size), so a
  page of a thousand wide rows is refused before it is rendered;
- `printf` (and `format`) that give NULL, as SQLite does for a result over
  the length limit, without first looping over a width or precision above
  it; and `trim`, `ltrim`, `rtrim` in linear time (SQLite compares every
  character of the text with every one of the set).

And one request may ask for at most MAX_FACETS facets (`asgi.FacetLimit`), and
no argument Datasette would hand to SQLite unchecked and fail on (`asgi.TableArguments`).
"""

from __future__ import annotations

import re
import sqlite3
import threading
import weakref

SQL_TIME_LIMIT_MS = 1000
MAX_RETURNED_ROWS = 1000
# The longest value the database stores is about 5 KB; SQLite's default allows
# 1 GB.  Functions such as instr and replace cost the product of their
# arguments' lengths in one step, so this also bounds what a step can take.
MAX_VALUE_BYTES = 100_000
MAX_SQL_CHARS = 100_000
MAX_RESULT_BYTES = 8_000_000   # rows a query returns, counted as their text and blobs
MAX_CSV_MB = 10
# A table page runs one query per facet asked for, each up to the facet time
# limit, and Datasette takes any number: 200 of them cost 9 s and 22 MB.
MAX_FACETS = 10
HEAP_LIMIT_BYTES = 256_000_000  # all SQLite memory of the process; above it a query fails
SOFT_HEAP_LIMIT_BYTES = 128_000_000  # above it SQLite gives back cache pages first

SQLITE_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: MAX_SQL_CHARS,
    sqlite3.SQLITE_LIMIT_COLUMN: 200,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 250,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 100,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 32,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1000,  # LIKE and GLOB cost text times pattern
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 1000,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_WORKER_THREADS: 0,
}

# Datasette's settings (0.65), each chosen rather than left to its default.
SETTINGS = {
    "sql_time_limit_ms": SQL_TIME_LIMIT_MS,
    "max_returned_rows": MAX_RETURNED_ROWS,
    "default_page_size": 100,
    "num_sql_threads": 3,             # queries at once; the Ask page has its own thread
    "facet_time_limit_ms": 200,
    "facet_suggest_time_limit_ms": 50,
    "suggest_facets": False,          # the tables name their facets; suggesting costs 20 ms a page
    "default_facet_size": 30,
    "allow_facet": True,
    "default_allow_sql": True,        # custom SQL stays open, within the bounds above
    "allow_download": True,           # the database file, about 1 MB, read from disk in chunks
    "allow_csv_stream": True,         # table pages only: a query's CSV is its first page
    "max_csv_mb": MAX_CSV_MB,
    "truncate_cells_html": 2048,
    "default_cache_ttl": 5,
    "cache_size_kb": 2000,            # each connection's page cache: the whole database fits
    "template_debug": False,
    "trace_debug": False,
}


class ResultTooLarge(sqlite3.OperationalError):
    """A query's rows exceed MAX_RESULT_BYTES; Datasette reports it as a SQL error (400)."""


def limit_connection(connection: sqlite3.Connection) -> None:
    """Put every bound on one connection (and SQLite's heap limit on the process)."""
    for limit, value in SQLITE_LIMITS.items():
        connection.setlimit(limit, value)
    # The heap limits are SQLite's, process-wide; setting them again is harmless.
    connection.execute(f"pragma hard_heap_limit = {HEAP_LIMIT_BYTES}")
    connection.execute(f"pragma soft_heap_limit = {SOFT_HEAP_LIMIT_BYTES}")
    for name, left, right in (("trim", True, True), ("ltrim", True, False), ("rtrim", False, True)):
        connection.create_function(name, 2, _linear_trim(left, right), deterministic=True)
    for name in ("printf", "format"):
        connection.create_function(name, -1, _bounded_printf, deterministic=True)
    # fts3_tokenizer() hands out a pointer (and, given two arguments, takes one): no
    # query of the site needs it, so it answers NULL rather than an address.
    for arity in (1, 2):
        connection.create_function("fts3_tokenizer", arity, _refused)
    connection.row_factory = _counted_rows(connection.row_factory or sqlite3.Row)
    # A connection is shared by visitors in turn: the statements it keeps (sqlite_stmt) are
    # others' SQL, and the file's pages (dbstat) say nothing of the data. (Datasette itself
    # reads "pragma database_list", so the file's path stays readable.)
    connection.set_authorizer(_withheld_tables)


# Virtual tables and table-valued pragmas no visitor's query may read.
WITHHELD = frozenset({"sqlite_stmt", "dbstat"})


def _withheld_tables(action: int, first, second, database, trigger) -> int:
    """SQLite's authorizer: deny reads of WITHHELD, allow everything else (writes are refused
    by the database being opened read-only)."""
    if action == sqlite3.SQLITE_READ and first in WITHHELD:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _refused(*args) -> None:
    """NULL, whatever it is given (a function the site withholds)."""
    return None


def _text(value) -> str:
    """A value as SQLite's text functions read it (near enough for numbers)."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _linear_trim(left: bool, right: bool):
    def trim(text, characters):
        if text is None or characters is None:
            return None
        text, drop = _text(text), set(_text(characters))
        start, end = 0, len(text)
        while left and start < end and text[start] in drop:
            start += 1
        while right and end > start and text[end - 1] in drop:
            end -= 1
        return text[start:end]

    return trim


# One conversion of SQLite's printf: flags, width, precision, size, type.
_CONVERSION = re.compile(r"%[-+ 0#,!]*(\*|\d*)(?:\.(\*|\d*))?(?:ll|l)?(.?)", re.DOTALL)
_plain = threading.local()  # a connection per thread whose printf is SQLite's own


def _bounded_printf(*args):
    """SQLite's printf, unless a width or precision is above the length limit:
    then NULL, which is what SQLite gives for a result over it, only sooner."""
    if not args or args[0] is None:
        return None
    arguments = iter(args[1:])
    for conversion in _CONVERSION.finditer(_text(args[0])):
        width, precision, kind = conversion.groups()
        for size in (width, precision):
            number = _integer(next(arguments, 0)) if size == "*" else int(size or 0)
            if abs(number) > MAX_VALUE_BYTES:
                return None
        if kind != "%":
            next(arguments, None)
    if not hasattr(_plain, "connection"):
        _plain.connection = sqlite3.connect(":memory:")
        _plain.connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
        _plain.connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    placeholders = ", ".join("?" * len(args))
    return _plain.connection.execute(f"select printf({placeholders})", args).fetchone()[0]


def _integer(value) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError, OverflowError):
        return 0


def _counted_rows(make_row):
    """A row factory that counts what the current query has returned and stops it
    past MAX_RESULT_BYTES.  A connection runs one query at a time, so the count
    starts again whenever the cursor changes (held weakly, to free it as usual).
    Every row of every query passes here, Datasette's own look at the schema
    too (500 rows for the home page), so the loop is kept plain."""
    current = [lambda: None, 0]  # the cursor (weakly), and what it has returned so far

    def row(cursor, values):
        if current[0]() is not cursor:
            current[0], current[1] = weakref.ref(cursor), 0
        size = current[1] + 16 * len(values)
        for value in values:
            kind = value.__class__
            # Exact types first: asking isinstance of every int and None costs twice the time.
            if kind is str or kind is bytes or (
                    value is not None and kind is not int and kind is not float
                    and isinstance(value, (str, bytes))):
                size += len(value)
        current[1] = size
        if size > MAX_RESULT_BYTES:
            raise ResultTooLarge(
                f"the result is larger than {MAX_RESULT_BYTES // 1_000_000} MB, the most crr serve "
                "returns for one query: select fewer rows or shorter values")
        return make_row(cursor, values)

    return row
