"""The ASGI layers around Datasette: a bound on the facets of one request and a
check of the arguments Datasette would fail on (inside Datasette, through the
plugin), and in front of it, in `crr serve`, an access line per request and a
cache of the pages of the immutable database."""

from __future__ import annotations

import json
import re
import sys
import time
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass
from typing import Awaitable, Callable

from . import arguments
from .bounds import MAX_FACETS
from ...limits import readable

# Datasette's marks of a page it served without some of its parts, short of time.
DEGRADED = (b'class="facets-timed-out"', b'"facets_timed_out": ["')


# Given the request's scope, a title and a message: the HTML of an error page.
ErrorPage = Callable[[dict, str, str], Awaitable[str]]


@dataclass
class Kept:
    expires: float
    start: dict
    body: bytes
    size: int


class ResponseCache:
    """ASGI middleware that keeps GET responses by URL.

    The database is immutable, so a page is a function of its address: a table
    page costs Datasette tens of milliseconds, a kept copy almost nothing.
    Only anonymous requests (no cookie, no authorization) and complete 200
    responses that set no cookie and allow storing (no `Cache-Control:
    no-store`, as the health check sends) are kept; an error, or a page whose facets
    ran out of time, is served once and asked again next time.  Entries expire
    after `ttl` seconds (answers relative to "today" move on) and are freed
    then; together they hold at most `max_bytes`, the oldest going first, and a
    response larger than `max_entry_bytes` is passed through, not kept.
    """

    def __init__(self, app, max_bytes: int = 64_000_000, max_entry_bytes: int = 2_000_000,
                 ttl: float = 600, clock=time.monotonic):
        self.app, self.max_bytes, self.max_entry_bytes, self.ttl = app, max_bytes, max_entry_bytes, ttl
        self.clock = clock
        self.kept: OrderedDict[tuple, Kept] = OrderedDict()  # oldest first, so also first to expire
        self.size = 0

    async def __call__(self, scope, receive, send):
        headers = dict(scope.get("headers") or []) if scope["type"] == "http" else {}
        # Datasette varies pages by Cookie and Authorization: requests with
        # either go through, so every kept page is the anonymous one.
        if (scope["type"] != "http" or scope["method"] != "GET"
                or b"cookie" in headers or b"authorization" in headers):
            return await self.app(scope, receive, send)
        self._free_expired()
        key = (scope["path"], scope["query_string"], headers.get(b"host"))
        kept = self.kept.get(key)
        if kept:
            await send(kept.start)
            await send({"type": "http.response.body", "body": kept.body})
            return
        start, parts, size = None, [], 0

        async def record(event):
            nonlocal start, parts, size
            if event["type"] == "http.response.start":
                start = event
            elif event["type"] == "http.response.body" and parts is not None:
                size += len(event.get("body", b""))
                if size > self.max_entry_bytes:
                    parts = None  # too big to keep: passed through, and what was kept is freed
                else:
                    parts.append(event.get("body", b""))
            await send(event)

        await self.app(scope, receive, record)
        if parts is not None and self._keepable(start):
            body = b"".join(parts)
            if not any(mark in body for mark in DEGRADED):
                self._keep(key, start, body)

    def _keep(self, key: tuple, start: dict, body: bytes) -> None:
        size = len(body) + sum(len(name) + len(value) for name, value in start.get("headers") or [])
        while self.kept and self.size + size > self.max_bytes:
            self._drop(next(iter(self.kept)))
        if self.size + size <= self.max_bytes:
            self.kept[key] = Kept(self.clock() + self.ttl, start, body, size)
            self.size += size

    def _free_expired(self) -> None:
        now = self.clock()
        while self.kept:
            key, kept = next(iter(self.kept.items()))
            if kept.expires > now:
                break
            self._drop(key)

    def _drop(self, key: tuple) -> None:
        self.size -= self.kept.pop(key).size

    @staticmethod
    def _keepable(start: dict | None) -> bool:
        """A complete 200 that sets no cookie and does not ask not to be stored (the health check)."""
        if start is None or start["status"] != 200:
            return False
        headers = [(name.lower(), value.lower()) for name, value in start.get("headers") or []]
        return not any(name == b"set-cookie" or (name == b"cache-control" and b"no-store" in value)
                       for name, value in headers)


class AccessLog:
    """ASGI middleware that writes one line a request to stderr: client, method,
    path, status and time taken.  Errors are told by their status; a traceback
    is printed only for a fault of the server (500)."""

    MAX_PATH = 200  # a query's SQL can be long; the line shows its start

    def __init__(self, app, stream=None):
        self.app, self.stream = app, stream

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        began, status = time.perf_counter(), None

        async def noted(event):
            nonlocal status
            if event["type"] == "http.response.start":
                status = event["status"]
            await send(event)

        try:
            await self.app(scope, receive, noted)
        finally:
            path = scope["path"] + ("?" + scope["query_string"].decode("latin-1") if scope["query_string"] else "")
            if len(path) > self.MAX_PATH:
                path = path[:self.MAX_PATH] + f"… ({len(path):,} characters)"
            client = (scope.get("client") or ("-",))[0]
            line = (f"{client} {scope['method']} {readable(path)} {status or 'aborted'} "
                    f"{(time.perf_counter() - began) * 1000:.1f} ms")
            print(line, file=self.stream or sys.stderr, flush=True)


def _wants_html(scope) -> bool:
    """Whether the request is a browser's for a page: not a .json address, and either
    accepting HTML or, with no Accept header (or an empty one), from a browser."""
    if scope["path"].endswith(".json"):
        return False
    headers = dict(scope.get("headers") or [])
    accept = headers.get(b"accept", b"").strip()
    if accept:
        return b"text/html" in accept.lower()
    return b"mozilla/" in headers.get(b"user-agent", b"").lower()


async def refuse(scope, send, title: str, message: str, error_page: ErrorPage | None = None) -> None:
    """A 400 that says what is wrong: the site's error page for a browser asking for a page
    (a sort of a missing column showed it raw JSON), else JSON as Datasette words errors."""
    if error_page is not None and _wants_html(scope):
        kind, body = b"text/html; charset=utf-8", (await error_page(scope, title, message)).encode()
    else:
        kind = b"application/json; charset=utf-8"
        body = json.dumps({"ok": False, "error": message, "status": 400, "title": title}).encode()
    await send({"type": "http.response.start", "status": 400, "headers": [(b"content-type", kind)]})
    await send({"type": "http.response.body", "body": body})


def _table_of(path: str) -> tuple[str, str] | None:
    """(database, table) of a page's address of that shape, /db/table(.json|.csv), else None."""
    parts = urllib.parse.unquote(path).strip("/").split("/")
    if len(parts) != 2:
        return None
    return parts[0], re.sub(r"\.(?:json|csv)$", "", parts[1])


class FacetLimit:
    """ASGI middleware that answers 400 to a table page asking for more than MAX_FACETS
    facets (`_facet`, `_facet_array`, `_facet_date`), or for a facet or a sort
    (`_sort`, `_sort_desc`) by a column the table lacks, which Datasette answers
    with a 500 or with warnings in the log.  `columns` maps (database, table) to
    the table's columns; a page of no table it names is passed on unchecked.
    A browser is shown `error_page`, when given."""

    NAMED = ("_facet", "_facet_array", "_facet_date", "_sort", "_sort_desc")

    def __init__(self, app, columns: dict[tuple[str, str], frozenset[str]] | None = None,
                 error_page: ErrorPage | None = None):
        self.app, self.columns, self.error_page = app, columns or {}, error_page

    async def __call__(self, scope, receive, send):
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if b"_facet" in query or b"_sort" in query:
            pairs = urllib.parse.parse_qsl(query.decode("latin-1"))
            asked = sum(name in ("_facet", "_facet_array", "_facet_date") for name, _ in pairs)
            title, message = ("Too many facets", f"{asked} facets asked for; crr serve computes at most "
                              f"{MAX_FACETS} for one page.") if asked > MAX_FACETS \
                else ("No such column", self._unknown_column(scope["path"], pairs))
            if message:
                return await refuse(scope, send, title, message, self.error_page)
        await self.app(scope, receive, send)

    def _unknown_column(self, path: str, pairs: list[tuple[str, str]]) -> str:
        """What is wrong with the columns a table page names, or ""."""
        database_table = _table_of(path)
        columns = self.columns.get(database_table) if database_table else None
        if columns is None:
            return ""
        table = database_table[1]
        if any(name == "_sort" for name, _ in pairs) and any(name == "_sort_desc" for name, _ in pairs):
            return "Sort by one column only: _sort or _sort_desc, not both."
        unknown = [f"{value!r} (asked by {name})" for name, value in pairs if name in self.NAMED and value not in columns]
        if unknown:
            return f"{table} has no column {', '.join(unknown)}; its columns are {', '.join(sorted(columns))}."
        return ""


class TableArguments:
    """ASGI middleware that answers 400, naming the argument, to a page with an argument
    Datasette would hand on unchecked and fail on with a 500 (`arguments.RULES`): a
    number past SQLite's integers, a second statement in `_where`, `_through` that is
    not the JSON it should be.  `columns` is FacetLimit's; a browser is shown
    `error_page`, when given."""

    def __init__(self, app, columns: dict[tuple[str, str], frozenset[str]] | None = None,
                 error_page: ErrorPage | None = None):
        self.app, self.columns, self.error_page = app, columns or {}, error_page

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = urllib.parse.parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            name, message = arguments.problem(self._page(scope["path"]), pairs)
            if message:
                return await refuse(scope, send, f"Invalid {name}", message, self.error_page)
        await self.app(scope, receive, send)

    def _page(self, path: str) -> arguments.Page | None:
        database_table = _table_of(path)
        if database_table not in self.columns:
            return None
        database = database_table[0]
        tables = {table: columns for (db, table), columns in self.columns.items() if db == database}
        return arguments.Page(database, database_table[1], tables)


class ReadOnlyMethods:
    """ASGI middleware that answers 405 to a request that would write to a page of the
    database (POST, PUT, PATCH, DELETE to a table, a view, a canned query or the database):
    the site is read-only, and Datasette answers an anonymous POST there with a 500 and
    a traceback.  The site's own pages under /-/ are passed on as they are."""

    READING = frozenset({"GET", "HEAD", "OPTIONS"})

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] not in self.READING and not scope["path"].startswith("/-/"):
            body = json.dumps({"ok": False, "status": 405, "title": "Method not allowed",
                               "error": "crr's site is read-only: its tables and queries answer GET and HEAD."}).encode()
            await send({"type": "http.response.start", "status": 405,
                        "headers": [(b"content-type", b"application/json; charset=utf-8"), (b"allow", b"GET, HEAD")]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


class EmptyCsv:
    """ASGI middleware for the CSV of a query: where the query fails once Datasette has
    begun its answer (a result past the 8 MB bound), Datasette sends a 200 with an empty
    plain-text body.  This holds back the start of a CSV answer until its first bytes
    come, and answers such an empty one with a 400 that says what happened; a CSV with
    rows passes as it streams."""

    HELD_BYTES = 8  # held until this much has come; Datasette's empty answer is a bare line end

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].endswith(".csv"):
            return await self.app(scope, receive, send)
        held: list[dict] = []
        state = {"passing": False, "size": 0}

        async def sending(message):
            if state["passing"]:
                return await send(message)
            held.append(message)
            if message["type"] == "http.response.body":
                state["size"] += len(message.get("body", b""))
                state["text"] = state.get("text", b"") + message.get("body", b"")[:self.HELD_BYTES]
                start = held[0]
                kind = dict(start.get("headers") or []).get(b"content-type", b"")
                ended = not message.get("more_body", False)
                if ended and start.get("status") == 200 and not state["text"].strip() and b"text/plain" in kind:
                    body = (b"crr serve could not make this CSV: the query failed after it began, most often "
                            b"because its result is larger than 8 MB, the most crr serve returns for one query. "
                            b"The same address with .json in place of .csv says why.\n")
                    await send({"type": "http.response.start", "status": 400,
                                "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                    await send({"type": "http.response.body", "body": body})
                    state["passing"], held[:] = True, []
                    return
                if ended or state["size"] > self.HELD_BYTES:
                    state["passing"] = True
                    for kept in held:
                        await send(kept)
                    held.clear()

        await self.app(scope, receive, sending)


class YearsInOrder:
    """ASGI middleware that sends a dashboard asked for the years from 2020 to 2010 to
    the same page for 2010 to 2020 (a redirect, so the address shows what is drawn),
    where Datasette's dashboards would draw every card empty; a year that is no year
    ("abc") is a 400 that says so, not a page drawn unfiltered."""

    def __init__(self, app, prefix: str = "/-/dashboards/"):
        self.app, self.prefix = app, prefix

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith(self.prefix) and b"year_" in scope["query_string"]:
            pairs = urllib.parse.parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            years = dict(pairs)
            first, last = years.get("year_from", "").strip(), years.get("year_to", "").strip()
            wrong = [(name, value) for name, value in (("year_from", first), ("year_to", last))
                     if value and not (value.isdigit() and len(value) == 4)]
            if wrong:
                # ("year_from=abc": no year, which the charts would silently leave unfiltered)
                name, value = wrong[0]
                await send({"type": "http.response.start", "status": 400,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body",
                            "body": f"{name}={value!r} is not a year: give one such as 2015, or leave it empty.\n".encode()})
                return
            if first.isdigit() and last.isdigit() and int(first) > int(last):
                swapped = {"year_from": last, "year_to": first}
                query = urllib.parse.urlencode([(k, swapped.get(k, v)) for k, v in pairs])
                location = urllib.parse.quote(scope["path"]) + "?" + query
                await send({"type": "http.response.start", "status": 302,
                            "headers": [(b"location", location.encode("latin-1")),
                                        (b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body",
                            "body": f"From {first} is after To {last}: the years are swapped.\n".encode()})
                return
        await self.app(scope, receive, send)


class SafetyHeaders:
    """ASGI middleware that puts on every page the headers a public read-only site is
    expected to send: no guessing of a file's type from its bytes, no framing by another
    site, and no full address of a page passed on to the sites it links to.  A header
    the page already sets is left as it is."""

    HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"SAMEORIGIN"),
               (b"referrer-policy", b"strict-origin-when-cross-origin"))

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def headed(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in self.HEADERS if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, headed)
