"""crr's Datasette plugin: the Ask page, citations on row pages, and `crr serve`.

Thin over the engine: /-/ask answers with `Engine.ask`, exactly as `crr ask`
does, and /-/ask.json returns the same Answer object as `crr ask --json`.
Registered through the `datasette` entry-point group (pyproject.toml).
"""

from __future__ import annotations

import sys
import time
from functools import lru_cache
from pathlib import Path

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components
from datasette.utils.asgi import Response
from markupsafe import Markup

from .metadata import DASHBOARD
from ...answering.draft import Draft
from ...answering.engine import Engine
from ...data.export import TABLES, VIEWS
from ...writing.render import format_value

# Longer than any question a person types; the limit keeps a request bounded.
MAX_QUESTION_CHARS = 1000
EXAMPLES = [
    "trade in 2024?", "joint exercises since 2022?", "trade 2024 vs 2022", "trade over time",
    "latest LNG exports", "when did Ocean-2024 happen?", "how many times did Xi and Putin meet?",
]
# Tables whose rows cite a source section: their row pages show the citation.
CITED_TABLES = ("observations", "events", "relationship_labels")


@lru_cache(maxsize=8)
def engine_for(db_path: str) -> Engine:
    return Engine(db_path)


def _database(datasette):
    """The crr database: the first database backed by a file."""
    for database in datasette.databases.values():
        if database.path and not database.is_memory:
            return database
    raise LookupError("no database file is attached")


def _question(request) -> str:
    return (request.args.get("q") or "").strip()


def _too_long(question: str) -> str | None:
    if len(question) > MAX_QUESTION_CHARS:
        return (f"The question has {len(question):,} characters; crr reads questions of up to "
                f"{MAX_QUESTION_CHARS:,}. Ask it more briefly.")
    return None


async def ask_json(request, datasette):
    question = _question(request)
    problem = "Give a question as ?q=..." if not question else _too_long(question)
    if problem:
        return Response.json({"ok": False, "error": problem, "status": 400}, status=400)
    answer = engine_for(str(_database(datasette).path)).ask(question)
    return Response.json(answer.model_dump())


def _style(request) -> str:
    """The citation style asked for (?style=), else the one every front end shares;
    a page shows prose, so a data format (BibTeX ...) gives way to crr's default."""
    from ...writing import cite

    for style in (request.args.get("style"), cite.default_style()):
        if style in prose_styles():
            return style
    return cite.DEFAULT_STYLE


def prose_styles() -> list[str]:
    from ...writing import cite

    return [style for style in cite.STYLES if not cite.is_data_style(style)]


async def ask_page(request, datasette):
    from ...writing import cite

    question = _question(request)
    problem = _too_long(question)
    if problem:
        html = await datasette.render_template(
            "error.html", {"error": problem, "status": 400, "title": "Question too long"},
            request=request)
        return Response.html(html, status=400)
    database = _database(datasette)
    engine = engine_for(str(database.path))
    style = _style(request)
    answer = engine.ask(question) if question else None
    context = {
        "question": question,
        "answer": answer,
        "answer_html": Markup(cite.format_answer(answer, fmt="html", style=style,
                                                 sources=engine.store.sources)) if answer else "",
        "style": style,
        "styles": prose_styles(),
        "examples": EXAMPLES,
        "format_value": format_value,
        "row_url": lambda table, key: datasette.urls.row(database.name, table, tilde_encode(key)),
    }
    return Response.html(await datasette.render_template("crr_ask.html", context, request=request))


def row_citation(db_path: str, source_id: str, locator: str, style: str) -> dict:
    """A cited row's source section: its citation in `style` (HTML and text) and its link."""
    from ...writing import cite

    store = engine_for(db_path).store
    draft = Draft(store)
    draft.cite(source_id, locator)  # the engine's citation: the locator's web address
    url = draft.citations[0].url
    source = store.sources[source_id]
    return {
        "html": Markup(cite.format_citation(source, locator, style, url, fmt="html")),
        "text": cite.format_citation(source, locator, style, url),
        "url": url,
        "locator": locator,
    }


async def _row_citation(datasette, request, database: str, table: str):
    pk_values = urlsafe_components(request.url_vars["pks"])
    db = datasette.get_database(database)
    rows = (await db.execute(
        f"select source_id, locator from [{table}] where id = ?", [pk_values[0]])).rows
    if not rows:
        return None
    return row_citation(str(db.path), rows[0]["source_id"], rows[0]["locator"], _style(request))


async def _tables(datasette) -> list[dict]:
    """Every table and view of the crr database in reading order, for the home page."""
    database = _database(datasette)
    counts = await database.table_counts(limit=50)
    tables = []
    for name in (*TABLES, *VIEWS):
        meta = datasette.table_metadata(database.name, name)
        if not meta or meta.get("hidden"):
            continue
        tables.append({"name": name, "title": meta["title"], "description": meta["description"],
                       "count": counts.get(name), "url": datasette.urls.table(database.name, name)})
    return tables


@hookimpl
def register_routes():
    return [
        (r"^/-/ask$", ask_page),
        (r"^/-/ask\.json$", ask_json),
    ]


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    async def inner():
        context = {"crr_ask_url": datasette.urls.path("/-/ask"),
                   "crr_dashboard_url": datasette.urls.path(f"/-/dashboards/{DASHBOARD}")}
        if template == "row.html" and table in CITED_TABLES and request is not None:
            context["crr_citation"] = await _row_citation(datasette, request, database, table)
        if template == "index.html":
            context["crr_tables"] = await _tables(datasette)
        return context

    return inner


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/ask"), "label": "Ask a question"}]


# --- serving -------------------------------------------------------------------


def datasette_for(db_path: Path, **settings):
    """A Datasette over the built database, immutable, with crr's metadata and templates."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from .metadata import metadata
    from ...paths import templates_dir

    # Installed, the entry point registers the plugin; from a bare checkout, this does.
    plugin = sys.modules[__name__]
    if not pm.is_registered(plugin):
        pm.register(plugin, name="crr")
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata(db_path),
        template_dir=str(templates_dir() / "datasette"),
        # The tables name their facets; suggesting more costs a table page 20 ms.
        settings={"suggest_facets": False, **settings},
    )


class ResponseCache:
    """ASGI middleware that keeps GET responses by URL.

    The database is immutable, so a page is a function of its address: a table
    page costs Datasette tens of milliseconds, a kept copy almost nothing.
    Only anonymous requests (no cookie, no authorization) and 200 responses
    that set no cookie are kept; entries expire, so that answers relative to
    "today" move on.  Memory is bounded by the number of entries and their size.
    """

    def __init__(self, app, entries: int = 1024, max_bytes: int = 2_000_000, ttl: float = 600):
        self.app, self.entries, self.max_bytes, self.ttl = app, entries, max_bytes, ttl
        self.kept: dict[tuple, tuple[float, dict, bytes]] = {}

    async def __call__(self, scope, receive, send):
        headers = dict(scope.get("headers") or []) if scope["type"] == "http" else {}
        # Datasette varies pages by Cookie and Authorization: requests with
        # either go through, so every kept page is the anonymous one.
        if (scope["type"] != "http" or scope["method"] != "GET"
                or b"cookie" in headers or b"authorization" in headers):
            return await self.app(scope, receive, send)
        key = (scope["path"], scope["query_string"], headers.get(b"host"))
        kept = self.kept.get(key)
        if kept and time.monotonic() - kept[0] < self.ttl:
            start, body = kept[1], kept[2]
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        start, parts, size = None, [], 0

        async def record(event):
            nonlocal start, size
            if event["type"] == "http.response.start":
                start = event
            elif event["type"] == "http.response.body" and size <= self.max_bytes:
                parts.append(event.get("body", b""))
                size += len(parts[-1])
            await send(event)

        await self.app(scope, receive, record)
        if self._keepable(start) and size <= self.max_bytes:
            if len(self.kept) >= self.entries:
                self.kept.pop(next(iter(self.kept)))  # the oldest
            self.kept[key] = (time.monotonic(), start, b"".join(parts))

    @staticmethod
    def _keepable(start: dict | None) -> bool:
        return (start is not None and start["status"] == 200
                and not any(name.lower() == b"set-cookie" for name, _ in start.get("headers") or []))


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Serve until interrupted; the address is printed once the port is bound."""
    import socket

    import uvicorn

    # IPPROTO_TCP named, as getaddrinfo would: asyncio sets TCP_NODELAY on the
    # connections only then, and without it small responses wait for delayed ACKs.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as error:
        print(f"crr serve: cannot listen on {host}:{port}: {error.strerror}", file=sys.stderr)
        return 1
    listener.listen(128)  # connections queue from now on, so the address works once printed
    address = f"http://{host}:{listener.getsockname()[1]}/"
    datasette = datasette_for(db_path)
    print(f"crr serve: {address}  (ask: {address}-/ask, dashboard: "
          f"{address}-/dashboards/{DASHBOARD}; Ctrl-C stops)", flush=True)
    print(f"serving {db_path} read-only", file=sys.stderr, flush=True)
    config = uvicorn.Config(ResponseCache(datasette.app()), log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[listener])
    return 0
