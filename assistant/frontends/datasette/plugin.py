"""crr's Datasette plugin: the Ask page, citations on row pages, and `crr serve`.

Thin over the engine: /-/ask answers with `Engine.ask`, exactly as `crr ask`
does, and /-/ask.json returns the same Answer object as `crr ask --json`.
The engine runs in a thread of its own, never on Datasette's event loop,
and every SQLite connection gets the bounds of `bounds.py`.
Registered through the `datasette` entry-point group (pyproject.toml).
"""

from __future__ import annotations

import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup

from . import bounds, cells
from .asgi import (AccessLog, EmptyCsv, FacetLimit, ReadOnlyMethods, ResponseCache, SafetyHeaders, TableArguments,
                   YearsInOrder)
from .dashboard import page_cards
from .metadata import DASHBOARD, LEAD_COLUMNS
from ...answering.draft import Draft
from ...answering.engine import Engine
from ...data.export import TABLES, VIEWS
from ...limits import MAX_QUESTION_CHARS, too_long  # the Ask page's limit is every front end's
from ...writing.reading import read_as_line
from ...writing.render import format_value

EXAMPLES = [
    "trade in 2024?", "joint exercises since 2022?", "trade 2024 vs 2022", "trade over time",
    "latest LNG exports", "when did Ocean-2024 happen?", "how many times did Xi and Putin meet?",
]
# Tables whose rows cite a source section: their row pages show the citation.
CITED_TABLES = ("observations", "events", "relationship_labels")


@lru_cache(maxsize=8)
def engine_for(db_path: str) -> Engine:
    engine = Engine(db_path)
    # Read once here, so that row pages (on the event loop) and answers (in
    # the Asker's thread) share them without querying the connection at once.
    engine.store.sources, engine.store.anchors  # noqa: B018
    return engine


class Asker:
    """Answers questions off the event loop: in `threads` threads (the engine is
    not shared between threads at once), with at most `waiting` questions queued;
    past that, the page says the server is busy rather than queueing forever.
    A question is at most MAX_QUESTION_CHARS long, so each answer is bounded too."""

    def __init__(self, threads: int = 1, waiting: int = 32):
        self.threads, self.waiting = threads, waiting
        self.pool: ThreadPoolExecutor | None = None
        self.queued = 0

    async def run(self, function, *args):
        """function(*args) in the pool; None when too many are waiting already."""
        if self.queued >= self.waiting:
            return None
        if self.pool is None:
            self.pool = ThreadPoolExecutor(self.threads, thread_name_prefix="crr-ask")
        self.queued += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, function, *args)
        finally:
            self.queued -= 1


ASKER = Asker()
BUSY = "crr serve is answering many questions at once; ask again in a moment."


def _database(datasette):
    """The crr database: the first database backed by a file."""
    for database in datasette.databases.values():
        if database.path and not database.is_memory:
            return database
    raise LookupError("no database file is attached")


# The earlier questions of a conversation the page carries (?after=, oldest first): the
# last few, asked again in order, so that "and in 2022?" follows the answer before it.
KEPT_TURNS = 6
# ... and no more of them than fit in this many characters, the latest first: each is asked
# again, so a request of six long earlier questions would cost six long answers (a way to
# keep the server busy for seconds with one request).
KEPT_CHARACTERS = 1000


def _question(request) -> str:
    return (request.args.get("q") or "").strip()


def _earlier(request) -> tuple[list[str], str]:
    """The conversation's earlier questions (?after=, oldest first; the last KEPT_TURNS that
    fit in KEPT_CHARACTERS, blank ones left out), and what is wrong with them, or ""."""
    earlier = [q.strip() for q in request.args.getlist("after") if q.strip()][-KEPT_TURNS:]
    while sum(map(len, earlier)) > KEPT_CHARACTERS and len(earlier) > 1:
        earlier = earlier[1:]  # (the oldest go first: a follow-up reads the answer just before it)
    problem = next((f"An earlier question of the conversation is too long: {p}" for q in earlier
                    if (p := too_long(q))), "")
    return earlier, problem


def _follow(engine, earlier: list[str]):
    """The last answer of the conversation so far, each earlier question asked after the one
    before, as `crr chat` asks them; None when there is none."""
    previous = None
    for question in earlier:
        previous = engine.ask(question, previous)
    return previous


async def ask_json(request, datasette):
    question = _question(request)
    earlier, problem = _earlier(request)
    problem = "Give a question as ?q=..." if not question else too_long(question) or problem
    if problem:
        return Response.json({"ok": False, "error": problem, "status": 400}, status=400)
    style = (request.args.get("style") or "").strip()
    from ...writing import cite

    if style and style not in cite.STYLES:
        return Response.json({"ok": False, "error": f"No citation style “{style[:40]}”: crr offers "
                              + ", ".join(cite.STYLES) + ".", "status": 400}, status=400)
    answer = await ASKER.run(_answer, str(_database(datasette).path), question, earlier)
    if answer is None:
        return Response.json({"ok": False, "error": BUSY, "status": 503}, status=503,
                             headers={"Retry-After": "1"})
    data = answer.model_dump(mode="json")
    if style:
        # ?style=apa: each citation also carries its text in that style, as `crr ask --json --cite` gives it
        sources = engine_for(str(_database(datasette).path)).store.sources
        for citation, text in zip(data["citations"], cite.format_citations(answer, style, sources)):
            citation["formatted"] = text
    return Response.json(data)


def _answer(db_path: str, question: str, earlier: list[str] = ()):
    engine = engine_for(db_path)
    return engine.ask(question, _follow(engine, list(earlier)))


def _answer_html(db_path: str, question: str, style: str, chosen: bool = True, earlier: list[str] = (),
                 data_style: str = ""):
    """The answer, its HTML in `style` (both the engine's and the templates' work), the
    style used and its reference-manager entries: unless the page's ?style= `chosen` it,
    a prose style the question names ("... in APA") is the one cited in; a data format it
    names ("... in BibTeX"), or the page's ?style= `data_style`, gives the entries of its
    citations in that format, beside the answer in prose.  `earlier`: the questions
    asked before it."""
    from ...writing import cite

    engine = engine_for(db_path)
    answer = engine.ask(question, _follow(engine, list(earlier)))
    asked = (answer.reading or {}).get("style")
    if not chosen and asked in prose_styles():
        style = asked
    elif chosen:
        from ...answering.requests import style_overruled

        style_overruled(answer, style, "the page's citation style menu")
    data_style = data_style or (asked if asked in cite.STYLES and cite.is_data_style(asked) else "")
    entries = ""
    if data_style and answer.citations:
        entries = "\n\n".join(cite.format_citations(answer, style=data_style, sources=engine.store.sources))
    html = cite.format_answer(answer, fmt="html", style=style, sources=engine.store.sources)
    return answer, html, style, (data_style, entries)


def _style(request) -> str:
    """The citation style asked for (?style=), else crr's own default.  Not the setting
    the other front ends share (cite.default_style): that is the serving user's own,
    and the site is everyone's.  A page shows prose, so a data format (BibTeX ...) is
    not one it offers (`_style_note`)."""
    from ...writing import cite

    style = request.args.get("style") if request is not None else None
    return style if style in prose_styles() else cite.DEFAULT_STYLE


DATA_STYLE_NAMES = {"bibtex": "BibTeX", "ris": "RIS", "csl-json": "CSL-JSON"}


def _data_style(request) -> str:
    """A reference-manager format the page's ?style= asks for (bibtex, ris, csl-json), or ""."""
    from ...writing import cite

    asked = (request.args.get("style") or "").strip()
    return asked if asked in cite.STYLES and cite.is_data_style(asked) else ""


def _style_note(request) -> str:
    """What the page says of a ?style= it does not offer, rather than pass it over; or ""."""
    from ...writing import cite
    from ...writing.filters import and_join

    asked = (request.args.get("style") or "").strip()
    offered = prose_styles()
    if not asked or asked in offered:
        return ""
    shown = asked if len(asked) <= 40 else asked[:40] + "…"  # the address may hold anything
    if _data_style(request):
        # (a format for reference managers: its entries follow the answer, whose notes stay prose)
        return (f"{DATA_STYLE_NAMES.get(asked, asked)} is a format for reference managers: the answer's "
                f"notes are in {cite.DEFAULT_STYLE.title()}, and its entries in {DATA_STYLE_NAMES.get(asked, asked)} "
                "follow it, to copy.")
    note = f"This page does not offer the citation style “{shown}”; it offers {and_join(offered)}."
    return note


def prose_styles() -> list[str]:
    from ...writing import cite

    return [style for style in cite.STYLES if not cite.is_data_style(style)]


async def _error_page(request, datasette, status: int, title: str, message: str, headers=None):
    html = await datasette.render_template(
        "error.html", {"error": message, "status": status, "title": title}, request=request)
    return Response.html(html, status=status, headers=headers)


def _refusal_page(datasette):
    """For the checks in front of Datasette (asgi.refuse): the same error page, as HTML.
    In front of Datasette a request is not yet one of its own (no actor, no CSRF
    token), so the page is rendered for no request, as for an anonymous visitor;
    and the first request may come before Datasette has started."""

    async def page(scope, title: str, message: str) -> str:
        await datasette.invoke_startup()
        return (await _error_page(None, datasette, 400, title, message)).body

    return page


async def ask_page(request, datasette):
    question = _question(request)
    earlier, earlier_problem = _earlier(request)
    problem = too_long(question) or earlier_problem
    database = _database(datasette)
    style = _style(request)
    answer, answer_html, data_style, entries = None, "", "", ""
    if question and not problem:
        chosen = request.args.get("style") in prose_styles()
        answered = await ASKER.run(_answer_html, str(database.path), question, style, chosen, earlier,
                                   _data_style(request))
        if answered is None:
            return await _error_page(request, datasette, 503, "Busy", BUSY, {"Retry-After": "1"})
        answer, answer_html, style, (data_style, entries) = answered
    context = {
        # (a question too long is given back cut to what crr reads, to shorten)
        "question": question[:MAX_QUESTION_CHARS] if problem else question,
        "problem": problem,
        "answer": answer,
        # How the question was read, and the words nothing used: as the terminal shows it.
        "reading_line": read_as_line(answer) if answer else "",
        "answer_html": Markup(answer_html),
        "style": style,
        # the style the menu was set to; none ("as asked") lets a style the question names win
        "menu_style": request.args.get("style") if request.args.get("style") in prose_styles() else "",
        "default_style": _style(None),
        "styles": prose_styles(),
        "style_note": _style_note(request),
        # a reference-manager format asked (in the question, or ?style=): its entries, to copy
        "data_style": data_style,
        "data_styles": list(DATA_STYLE_NAMES.items()),
        "data_menu_style": _data_style(request),
        "data_style_name": DATA_STYLE_NAMES.get(data_style, data_style),
        "entries": entries,
        "examples": EXAMPLES,
        # The conversation: the questions before this one, and those the next one follows.
        "earlier": earlier if question and not problem else [],
        "following": [*earlier, question][-KEPT_TURNS:] if answer is not None else [],
        "format_value": format_value,
        # (a source by its name, as the answer's citations give it, not by its id)
        "source_name": lambda source: getattr(engine_for(str(database.path)).store.sources.get(source), "short_name", source),
        "row_url": lambda table, key: datasette.urls.row(database.name, table, tilde_encode(key)),
        "rows_url": lambda ids, fmt=None: _rows_url(datasette.urls.table(database.name, "observations", format=fmt), ids),
    }
    return Response.html(await datasette.render_template("crr_ask.html", context, request=request),
                         status=400 if problem else 200)


def _rows_url(table_url: str, ids) -> str:
    """The observations table (or its CSV) filtered to the rows an answer cites, in period order."""
    import urllib.parse

    keys = list(dict.fromkeys(i for i in ids if i))
    return table_url + "?" + urllib.parse.urlencode(
        {"id__in": ",".join(keys), "_sort": "period_start", "_size": "max"})


@lru_cache(maxsize=4096)
def row_citation(db_path: str, source_id: str, locator: str, style: str) -> dict:
    """A cited row's source section: its citation in `style` (HTML and text) and its link.
    Kept: the engine's sources are read once for the database (engine_for), so a
    section's citation in a style never changes while crr serves it."""
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


def _row_citer(datasette, request, database: str):
    """For row.html: the citation of the row the page shows (Datasette's own `rows`,
    so no second query), or None for a row that names no source."""
    db_path, style = str(datasette.get_database(database).path), _style(request)

    def cite_row(row):
        source_id, locator = row["source_id"], row["locator"]
        return row_citation(db_path, source_id, locator, style) if source_id else None

    return cite_row


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


def column_order(columns: list[dict], lead: list[str]) -> list[int]:
    """The indexes of Datasette's display columns in the order a page shows them: the
    key (and a table's Link column), then the `lead` columns, then the rest as stored.
    Worked out here once a page, rather than by nested loops in the templates."""
    first = [i for i, column in enumerate(columns) if column.get("is_pk") or column["name"] == "Link"]
    by_name = {column["name"]: i for i, column in enumerate(columns)}
    first += [by_name[name] for name in lead if name in by_name and by_name[name] not in first]
    chosen = set(first)
    return first + [i for i in range(len(columns)) if i not in chosen]


@hookimpl
def register_routes():
    return [
        (r"^/-/ask$", ask_page),
        (r"^/-/ask\.json$", ask_json),
        (r"^/-/health$", health),
    ]


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    async def inner():
        context = {"crr_ask_url": datasette.urls.path("/-/ask"),
                   "crr_dashboard_url": datasette.urls.path(f"/-/dashboards/{DASHBOARD}")}
        if template in ("table.html", "row.html"):
            lead = LEAD_COLUMNS.get(table, [])
            context["crr_column_order"] = lambda columns: column_order(columns, lead)
        if template == "row.html" and table in CITED_TABLES and request is not None:
            context["crr_cite_row"] = _row_citer(datasette, request, database)
        if template == "row.html" and database and table:
            context["crr_linked"] = await _foreign_links(datasette, database, table)
        if template == "index.html":
            context["crr_tables"] = await _tables(datasette)
        if template in ("dashboard_view.html", "dashboard_chart.html") and request is not None:
            context["crr_cards"] = await page_cards(
                datasette, request, request.url_vars.get("slug", DASHBOARD))
        return context

    return inner


async def _foreign_links(datasette, database: str, table: str):
    """A row page's link for a value that names another table's row (an observation's
    metric_id, its source_id): the column's target row, as the table page links it."""
    try:
        keys = await datasette.get_database(database).foreign_keys_for_table(table)
    except Exception:
        return lambda column, value: ""
    targets = {key["column"]: (key["other_table"], key["other_column"]) for key in keys}

    def linked(column: str, value) -> str:
        if column not in targets or value in (None, "") or targets[column][1] != "id":
            return ""
        return datasette.urls.row(database, targets[column][0], tilde_encode(str(value)))

    return linked


@hookimpl
def render_cell(row, value, column):
    """Floats as people write them, figures with their unit (HTML only)."""
    return cells.render(row, value, column)


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/ask"), "label": "Ask a question"}]


@hookimpl
def prepare_connection(conn):
    bounds.limit_connection(conn)


@hookimpl
def asgi_wrapper(datasette):
    """The facet bound and the check of arguments on every request, and the safety
    headers on every answer; and, when every
    database is immutable (as `crr serve` and a published replica serve it), a cache
    of the pages in front, unless the metadata turns it off (`plugins: crr:
    response_cache: false`)."""

    def wrap(app):
        files = [db for db in datasette.databases.values() if not db.is_memory]
        columns, page = _columns(files), _refusal_page(datasette)
        app = EmptyCsv(ReadOnlyMethods(YearsInOrder(FacetLimit(TableArguments(app, columns, page), columns, page))))
        wanted = (datasette.plugin_config("crr") or {}).get("response_cache", True)
        if wanted and files and not any(db.is_mutable for db in files):
            app = ResponseCache(app)
        return SafetyHeaders(app)

    return wrap


def _columns(databases) -> dict[tuple[str, str], frozenset[str]]:
    """(database, table or view) -> its columns, read once from each database file."""
    import sqlite3
    from contextlib import closing

    found = {}
    for database in databases:
        with closing(sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)) as conn:
            for (table,) in conn.execute("select name from sqlite_master where type in ('table', 'view')"):
                names = frozenset(row[1] for row in conn.execute(f"pragma table_info([{table}])"))
                found[(database.name, table)] = names
    return found


@hookimpl
def startup(datasette):
    # Datasette prints every exception, a 404 too, with Rich's 180-line
    # traceback when Rich is installed (Textual brings it); without Rich it
    # prints a traceback only for a fault of its own (500).  So under
    # `crr serve` and `datasette serve` alike, a 4xx is its access line alone.
    from datasette import handle_exception

    handle_exception.rich = None
    # Datasette 0.65 works out who may see a table by deep-copying the whole
    # metadata, for every table a page lists: 4 ms each, 200 ms for the home
    # page.  crr's metadata is fixed while it serves, so each table's rules are
    # read once.
    rules = getattr(datasette, "_table_permission_allows", None)
    if rules is not None and not hasattr(rules, "cache_info"):
        datasette._table_permission_allows = lru_cache(maxsize=1024)(rules)
    # datasette-render-markdown (which datasette-dashboards brings) asks for its
    # configuration for every text cell a page shows: 500 times for a table
    # page, 4 ms.  Where a plugin has none, it never will while crr serves, so
    # that answer is kept; a configuration found is handed out fresh each time,
    # as plugins change theirs (datasette-dashboards fills in its filters).
    if not hasattr(datasette.plugin_config, "unconfigured"):
        datasette.plugin_config = _remember_unconfigured(datasette.plugin_config)
    # A page asks whether the visitor may see each table it names, the home
    # page 170 times, and Datasette looks each table's name up in SQLite for
    # every one of those checks.  With every database immutable and the
    # metadata fixed, the answer for a visitor who is not signed in never
    # changes while crr serves, so it is kept.
    files = [db for db in datasette.databases.values() if not db.is_memory]
    if files and not any(db.is_mutable for db in files) and not hasattr(
            datasette.permission_allowed, "kept"):
        datasette.permission_allowed = _kept_for_anonymous(datasette.permission_allowed)


def _kept_for_anonymous(permission_allowed, most: int = 4096):
    kept: dict[tuple, bool] = {}

    async def allowed(actor, action, resource=None, default=False):
        key = (action, resource, default)
        try:
            hash(key)
        except TypeError:
            key = None
        if actor is not None or key is None:  # a signed-in actor's rights are checked each time
            return await permission_allowed(actor, action, resource=resource, default=default)
        if key not in kept:
            result = await permission_allowed(actor, action, resource=resource, default=default)
            if len(kept) >= most:
                return result
            kept[key] = result
        return kept[key]

    allowed.kept = kept
    return allowed


def _remember_unconfigured(plugin_config, most: int = 4096):
    unconfigured: set[tuple] = set()

    def remembered(plugin_name, database=None, table=None, fallback=True):
        key = (plugin_name, database, table, fallback)
        if key in unconfigured:
            return None
        config = plugin_config(plugin_name, database=database, table=table, fallback=fallback)
        if config is None and len(unconfigured) < most:
            unconfigured.add(key)
        return config

    remembered.unconfigured = unconfigured
    return remembered


async def health(request, datasette):
    """For a load balancer or a container's health check: 200 once the database answers."""
    database = _database(datasette)
    try:
        sources = (await database.execute("select count(*) from sources")).rows[0][0]
    except Exception as error:
        return Response.json({"ok": False, "error": str(error)}, status=503)
    return Response.json({"ok": True, "database": database.name, "sources": sources},
                         headers={"Cache-Control": "no-store"})


@hookimpl(hookwrapper=True)
def handle_exception(datasette, request, exception):
    """A fault of the request, not of the server, is a 400 that says what was wrong
    (`_request_fault`).  Its answer replaces every other hook's, Datasette's default
    too: that one, called all the same, would print a traceback for it."""
    outcome = yield
    fault = _request_fault(request, exception)
    if fault is None:
        return
    title, message = fault

    async def inner():
        if request.path.endswith(".json"):
            return Response.json({"ok": False, "error": message, "status": 400, "title": title}, status=400)
        return await _error_page(request, datasette, 400, title, message)

    outcome.force_result([inner])


def _request_fault(request, exception) -> tuple[str, str] | None:
    """(title, message) when the request is at fault, else None.  A query that needs more
    memory than SQLite's heap limit is the query's fault, not the server's.  So is any
    other error SQLite raises for a query a visitor wrote (a value too big, an
    interruption met where Datasette does not look for one), while other queries run
    beside it; and so is a table page's query its arguments made, which SQLite or
    Datasette refused where `asgi.TableArguments` let it through."""
    import sqlite3

    if isinstance(exception, MemoryError):
        return "Query too large", (f"The query needs more memory than crr serve gives one query "
                                   f"({bounds.HEAP_LIMIT_BYTES // 1_000_000} MB in all): select fewer or shorter rows.")
    if isinstance(exception, sqlite3.DatabaseError) and request.args.get("sql"):
        print(f"crr serve: a query failed in SQLite: {type(exception).__name__}: {exception}", file=sys.stderr)
        return "Query failed", f"SQLite could not run the query ({exception}): select fewer or shorter rows."
    if _made_by_arguments(request, exception):
        print(f"crr serve: a table page's query failed: {type(exception).__name__}: {exception}", file=sys.stderr)
        named = ", ".join(dict.fromkeys(request.args.keys()))
        return "Invalid arguments", f"The page's arguments ({named}) ask for a query that cannot be run: {_said(exception)}"
    return None


def _made_by_arguments(request, exception) -> bool:
    """Whether a table page failed on what its arguments made: SQLite refusing the
    query or a parameter (too large an integer), or Datasette refusing an argument
    with its default status, 500 ("Invalid _through ...")."""
    import sqlite3

    from datasette.views.base import DatasetteError

    if "table" not in request.url_vars or not request.args:
        return False
    return isinstance(exception, (sqlite3.Error, OverflowError)) or (
        isinstance(exception, DatasetteError) and exception.status == 500)


def _said(exception) -> str:
    return str(getattr(exception, "message", None) or exception).rstrip(".") + "."


# --- serving -------------------------------------------------------------------


def datasette_for(db_path: Path, cache: bool = True, **settings):
    """A Datasette over the built database, immutable, with crr's metadata and templates;
    with `cache` false, every page is computed anew (no ResponseCache)."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from .metadata import metadata
    from ...paths import templates_dir

    # Installed, the entry point registers the plugin; from a bare checkout, this does.
    plugin = sys.modules[__name__]
    if not pm.is_registered(plugin):
        pm.register(plugin, name="crr")
    described = metadata(db_path)
    if not cache:
        described["plugins"]["crr"] = {"response_cache": False}
    return Datasette(
        immutables=[str(db_path)],
        metadata=described,
        template_dir=str(templates_dir() / "datasette"),
        settings={**bounds.SETTINGS, **settings},
    )


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001, access_log: bool = True,
          cache: bool = True) -> int:
    """Serve until interrupted; the address is printed once the port is bound, and
    (with `access_log`) a line for each request on stderr; `cache` keeps pages by address."""
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
    datasette = datasette_for(db_path, cache=cache)
    print(f"crr serve: {address}  (ask: {address}-/ask, dashboard: "
          f"{address}-/dashboards/{DASHBOARD}; Ctrl-C stops)", flush=True)
    print(f"serving {db_path} read-only", file=sys.stderr, flush=True)
    app = datasette.app()  # with the plugin's bounds and page cache (asgi_wrapper)
    config = uvicorn.Config(AccessLog(app) if access_log else app, log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[listener])
    return 0
