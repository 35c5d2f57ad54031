"""The Datasette publication: metadata, canned queries, the dashboard, the Ask
page, row citations, `crr serve` as a real process, and the response cache.

Most tests use Datasette's own client on the session database; one starts
`crr serve` on a free port and talks to it over HTTP.
"""

from __future__ import annotations

import asyncio
import html as html_module
import json
import os
import re
import selectors
import sqlite3
import subprocess
import sys
import tomllib
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette.metadata import DASHBOARD, UNDESCRIBED, metadata  # noqa: E402
from assistant.frontends.datasette.queries import CANNED_QUERIES  # noqa: E402
from assistant.frontends.datasette.asgi import ResponseCache  # noqa: E402
from assistant.frontends.datasette.plugin import MAX_QUESTION_CHARS, datasette_for  # noqa: E402
from assistant.data.export import TABLE_DESCRIPTIONS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DB = "china_russia"


@pytest.fixture
def ds(db_path):
    return datasette_for(db_path)


def tables_and_columns(db_path) -> dict[str, list[str]]:
    connection = sqlite3.connect(db_path)
    try:
        names = [row[0] for row in connection.execute(
            "select name from sqlite_master where type in ('table', 'view') "
            "and name not like '%_fts%' and name not like 'sqlite_%' order by name")]
        return {name: [row[1] for row in connection.execute(f"pragma table_info([{name}])")]
                for name in names}
    finally:
        connection.close()


def example_url(name: str, fmt: str = "") -> str:
    query = CANNED_QUERIES[name]
    return f"/{DB}/{name}{fmt}?" + urllib.parse.urlencode(
        {**query["example"], **({"_shape": "objects"} if fmt else {})})


# --- the plugin and its wiring -------------------------------------------------


def test_the_plugin_is_registered_through_the_datasette_entry_point_group():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["datasette"] == {"crr": "assistant.frontends.datasette.plugin"}


@pytest.mark.asyncio
async def test_plugins_page_lists_crr_with_its_hooks(ds):
    plugins = (await ds.client.get("/-/plugins.json")).json()
    ours = [p for p in plugins if p["name"] in ("crr", "assistant.frontends.datasette.plugin")]
    assert ours, [p["name"] for p in plugins]
    assert {"register_routes", "extra_template_vars", "menu_links"} <= set(ours[0]["hooks"])
    assert any(p["name"] == "datasette-dashboards" or p["name"] == "datasette_dashboards"
               or p["name"] == "dashboards" for p in plugins)


def test_crr_ask_imports_no_datasette(db_path):
    script = ("import sys; from assistant.frontends.cli import main; main(['ask', '--json', 'trade in 2024?']); "
              "sys.exit(sorted(m for m in sys.modules if m.split('.')[0] == 'datasette') or 0)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "CRR_DB": str(db_path)}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["question"] == "trade in 2024?"


# --- metadata --------------------------------------------------------------------


def test_instance_and_every_table_have_title_description_licence_and_source(db_path):
    meta = metadata(db_path)
    for key in ("title", "description", "license", "license_url", "source", "source_url"):
        assert meta[key], key
    tables = meta["databases"][DB]["tables"]
    assert set(tables_and_columns(db_path)) <= set(tables)
    for name, table in tables.items():
        for key in ("title", "description", "license", "license_url", "source", "source_url"):
            assert table.get(key) and UNDESCRIBED not in table[key], (name, key)
        if name in TABLE_DESCRIPTIONS:
            assert table["description"] == TABLE_DESCRIPTIONS[name]


def test_every_column_has_a_description_and_a_unit(db_path):
    tables = metadata(db_path)["databases"][DB]["tables"]
    missing = [f"{table}.{column}" for table, columns in tables_and_columns(db_path).items()
               for column in columns
               if UNDESCRIBED in tables[table]["columns"].get(column, UNDESCRIBED)
               or UNDESCRIBED in tables[table]["column_units"].get(column, UNDESCRIBED)]
    assert not missing, f"describe these in export.COLUMN_DESCRIPTIONS: {missing}"


def test_table_sources_name_the_sources_their_rows_cite(db_path):
    tables = metadata(db_path)["databases"][DB]["tables"]
    assert "SIPRI" in tables["observations"]["source"]
    assert "SIPRI" not in tables["events"]["source"]


@pytest.mark.asyncio
async def test_home_page_lists_every_table_with_its_description_and_links_to_ask(ds, db_path):
    response = await ds.client.get("/")
    assert response.status_code == 200
    html = response.text
    for table in ("sources", "observations", "events", "people", "conflicts"):
        assert f'href="/{DB}/{table}"' in html
        assert TABLE_DESCRIPTIONS[table].replace("'", "&#39;") in html
    assert 'action="/-/ask"' in html and "Data license" in html


@pytest.mark.asyncio
async def test_every_table_page_shows_its_description_and_column_descriptions(ds, db_path):
    tables = metadata(db_path)["databases"][DB]["tables"]
    for name in tables_and_columns(db_path):
        response = await ds.client.get(f"/{DB}/{name}")
        assert response.status_code == 200, name
        assert 'class="column-descriptions"' in response.text, name
        assert str(tables[name]["title"]) in response.text


@pytest.mark.asyncio
async def test_observations_have_default_facets_a_sort_and_labels_for_foreign_keys(ds):
    data = (await ds.client.get(f"/{DB}/observations.json?_extra=facet_results")).json()
    assert {"metric_id", "source_id", "year"} <= set(data["facet_results"])
    html = (await ds.client.get(f"/{DB}/observations")).text
    assert "sorted by period_end descending" in html
    assert "Bilateral trade" in html  # metric_id shown by the metric's name
    assert "China-Russia Dashboard" in html  # source_id shown by the source's short name


@pytest.mark.asyncio
async def test_full_text_search_on_event_titles_and_summaries(ds):
    rows = (await ds.client.get(f"/{DB}/events.json?_search=Ocean&_shape=objects")).json()["rows"]
    assert any("Ocean-2024" in row["title"] for row in rows)


# --- canned queries ----------------------------------------------------------------


def test_canned_queries_cover_every_kind_of_question():
    titles = {query["title"] for query in CANNED_QUERIES.values()}
    assert {"A metric in a year", "Events between two dates", "Where the sources disagree",
            "A metric since a date", "Change between two periods", "A metric over time",
            "When did it happen?", "What happened in a year", "Who took part?",
            "How many events?", "About a metric"} <= titles
    assert any("latest" in title.lower() for title in titles)


@pytest.mark.parametrize("name", sorted(CANNED_QUERIES))
def test_canned_query_declares_exactly_the_parameters_its_sql_uses(name):
    query = CANNED_QUERIES[name]
    assert query["title"] and query["description"]
    assert set(re.findall(r":(\w+)", query["sql"])) == set(query["params"])


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(CANNED_QUERIES))
async def test_canned_query_answers_its_example(ds, name):
    response = await ds.client.get(example_url(name, ".json"))
    assert response.status_code == 200, response.text
    assert response.json()["rows"], name
    page = await ds.client.get(example_url(name))
    assert page.status_code == 200 and CANNED_QUERIES[name]["title"] in page.text


@pytest.mark.asyncio
async def test_canned_queries_give_the_known_figures(ds):
    rows = (await ds.client.get(example_url("metric_in_year", ".json"))).json()["rows"]
    assert {(r["value"], r["source"]) for r in rows if r["metric"] == "Bilateral trade"} == {
        (245.0, "China-Russia Dashboard"), (245.0, "Wikipedia")}
    change = (await ds.client.get(example_url("change_between", ".json"))).json()["rows"]
    assert any(r["change_derived"] == 55.0 for r in change)
    when = (await ds.client.get(example_url("when_did", ".json"))).json()["rows"]
    assert when[0]["date"].startswith("2024-09")


# --- the Ask page -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_ask_page_without_a_question_shows_the_box_and_examples(ds):
    response = await ds.client.get("/-/ask")
    assert response.status_code == 200
    assert 'name="q"' in response.text and "/-/ask?q=trade%20in%202024%3F" in response.text


@pytest.mark.asyncio
async def test_ask_page_answers_with_citations_and_links_to_the_rows(ds, engine):
    response = await ds.client.get("/-/ask?q=trade+in+2024")
    assert response.status_code == 200
    html = response.text
    assert "USD 245 bn" in html
    answer = engine.ask("trade in 2024")
    for citation in answer.citations:
        assert citation.url.replace("&", "&amp;") in html
    assert 'class="footnotes"' in html and "ol.footnotes > li" in html  # copy-citation script
    for value in answer.values:
        if value.observation_id:
            assert f'href="/{DB}/observations/{value.observation_id}"' in html
            row = await ds.client.get(f"/{DB}/observations/{value.observation_id}")
            assert row.status_code == 200


@pytest.mark.asyncio
async def test_ask_page_shows_how_the_question_was_read_above_the_answer(ds, engine):
    question = "trade in 2024 according to my grandmother"
    answer = engine.ask(question)
    assert answer.unread  # a word crr did not use, said as the terminal says it
    html = (await ds.client.get("/-/ask?q=" + urllib.parse.quote(question))).text
    reading = html_module.unescape(re.search(r'<p class="crr-reading">(.*?)</p>', html).group(1))
    assert reading.startswith("Read as: ") and answer.reading["summary"] in reading
    assert html.index('class="crr-reading"') < html.index('class="crr-ask-answer"')
    for word in answer.unread:
        assert f"“{word}”" in reading


@pytest.mark.asyncio
async def test_the_health_check_answers_once_the_database_does(ds):
    response = await ds.client.get("/-/health")
    assert response.status_code == 200 and response.json()["ok"] is True


@pytest.mark.asyncio
async def test_ask_page_links_events_to_their_rows(ds, engine):
    answer = engine.ask("when did Ocean-2024 happen?")
    html = (await ds.client.get("/-/ask?q=" + urllib.parse.quote("when did Ocean-2024 happen?"))).text
    ids = [e.event_id for e in answer.events if e.event_id]
    assert ids
    for event_id in ids:
        assert f'href="/{DB}/events/{event_id}"' in html


@pytest.mark.asyncio
async def test_ask_page_offers_citation_styles_and_keeps_to_prose(ds):
    apa = (await ds.client.get("/-/ask?q=trade+in+2024&style=apa")).text
    assert '<option selected>apa</option>' in apa
    data_format = await ds.client.get("/-/ask?q=trade+in+2024&style=bibtex")
    assert data_format.status_code == 200 and "@misc" not in data_format.text


@pytest.mark.asyncio
@pytest.mark.parametrize("question", ["trade in 2024?", "joint exercises since 2022?",
                                      "trade 2024 vs 2022", "trade in 1995?", "what is the weather"])
async def test_ask_json_is_the_answer_the_engine_gives(ds, engine, question):
    response = await ds.client.get("/-/ask.json?q=" + urllib.parse.quote(question))
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(engine.ask(question).model_dump()))


@pytest.mark.parametrize("question", ["trade in 2024?", "when did Ocean-2024 happen?"])
def test_ask_json_matches_crr_ask_json(ds, run_crr, question):
    async def fetch():
        return (await ds.client.get("/-/ask.json?q=" + urllib.parse.quote(question))).json()

    cli = run_crr("ask", "--json", question)
    assert cli.returncode == 0, cli.stderr
    assert asyncio.run(fetch()) == json.loads(cli.stdout)


@pytest.mark.asyncio
async def test_a_question_too_long_gets_an_error_page_not_a_crash(ds):
    question = "x" * 10_000
    assert len(question) > MAX_QUESTION_CHARS
    page = await ds.client.get("/-/ask?q=" + question)
    assert page.status_code == 400 and "characters" in page.text
    data = await ds.client.get("/-/ask.json?q=" + question)
    assert data.status_code == 400 and data.json()["ok"] is False
    assert (await ds.client.get("/-/ask.json")).status_code == 400


@pytest.mark.asyncio
async def test_bad_sql_gets_an_error_page_not_a_crash(ds):
    response = await ds.client.get(f"/{DB}?sql=" + urllib.parse.quote("select * from nowhere where"))
    assert response.status_code == 400
    assert "error" in response.text.lower()


# --- table pages --------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_table_page_leads_with_its_rows_and_folds_the_column_descriptions(ds):
    html = (await ds.client.get(f"/{DB}/observations")).text
    rows, columns = html.index('<table class="rows-and-columns">'), html.index('class="crr-fold crr-columns"')
    assert rows < columns and html.index('class="crr-facets') < rows
    assert "Unit: identifier" not in html and "Unit: text" not in html
    assert 'title="The period the figure is for (ISO 8601 date or interval)."' in html  # header titles
    # The facets are one row of drop-downs, their labels broken only between words.
    assert html.count('<details class="facet-info') == 4 and "word-break: normal" in html
    # What a reader looks for comes first: metric, period, value, then the rest.
    header = re.findall(r'data-column="(\w+)"', html.split("<thead>")[1].split("</thead>")[0])
    assert header[:5] == ["id", "metric_id", "period", "value", "qualifier"]


@pytest.mark.asyncio
async def test_numbers_read_as_written_with_their_unit_in_html_and_stay_raw_in_json_and_csv(ds):
    html = (await ds.client.get(f"/{DB}/observations?metric_id=chinese_visits_to_russia")).text
    shown = re.findall(r'class="crr-number"[^>]*>([^<]*)<', html)
    assert "2,300,000 visits" in shown and "158,000 visits" in shown
    assert "2300000.0" not in html.replace('title="2300000.0"', "")
    sipri = (await ds.client.get(f"/{DB}/observations/china-arms-imports-from-russia-tiv-2000-sipri")).text
    assert "2,205.0 TIV mn" in sipri  # the source wrote 2205.0, so the decimal stays
    share = (await ds.client.get(f"/{DB}/observations?metric_id=foreign_minister_meetings")).text
    assert ">30 meetings<" in share
    data = (await ds.client.get(
        f"/{DB}/observations.json?metric_id=chinese_visits_to_russia&_shape=array")).json()
    assert sorted(row["value"] for row in data) == [158000.0, 2000000.0, 2300000.0]
    csv = (await ds.client.get(f"/{DB}/observations.csv?metric_id=chinese_visits_to_russia")).text
    assert ",2300000.0,visits," in csv


@pytest.mark.asyncio
async def test_a_visitors_permissions_are_kept_and_a_signed_in_actors_are_not(ds):
    await ds.invoke_startup()
    table = (DB, "observations")
    assert await ds.permission_allowed(None, "view-table", table, default=True) is True
    assert await ds.permission_allowed(None, "view-table", table, default=True) is True
    assert ds.permission_allowed.kept == {("view-table", table, True): True}
    checks = len(ds._permission_checks)
    assert await ds.permission_allowed({"id": "someone"}, "view-table", table, default=True) is True
    assert len(ds._permission_checks) == checks + 1  # Datasette's own check, logged as ever
    assert len(ds.permission_allowed.kept) == 1
    home = await ds.client.get("/")
    assert home.status_code == 200 and "observations" in home.text


def test_a_number_keeps_the_decimals_its_source_wrote():
    from assistant.frontends.datasette.cells import number

    assert number(2300000.0, "2.3 million") == "2,300,000"
    assert number(30.0, "30") == "30"
    assert number(245.0, "245.0") == "245.0"
    assert number(4209.3, "4,209.3") == "4,209.3"
    assert number(59.3, None) == "59.3"


def test_a_cell_is_the_same_whether_or_not_it_was_shown_before():
    from assistant.frontends.datasette.cells import render

    row = {"unit": "USD bn", "as_written": "245.0"}
    first = render(row, 245.0, "value")
    assert render(row, 245.0, "value") == first
    assert str(first) == '<span class="crr-number" title="245.0">USD 245.0 bn</span>'
    # Equal as numbers, yet each keeps its own stored value.
    assert 'title="-0.0"' in render({}, -0.0, "value")
    assert 'title="0.0"' in render({}, 0.0, "value")


# --- row pages -------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_observation_row_shows_its_citation_and_links_to_the_section(ds):
    html = (await ds.client.get(f"/{DB}/observations/trade-total-2024-wp")).text
    assert 'class="crr-citation"' in html and "Copy citation" in html
    assert ('class="crr-locator" href="https://en.wikipedia.org/wiki/'
            'China%E2%80%93Russia_relations#Economic_relations"') in html


@pytest.mark.asyncio
async def test_event_row_shows_its_citation(ds, db_path):
    connection = sqlite3.connect(db_path)
    event_id, locator = connection.execute(
        "select id, locator from events where source_id = 'wikipedia-china-russia-relations' "
        "order by id limit 1").fetchone()
    anchor = connection.execute(
        "select anchor from source_sections where name = ?", (locator,)).fetchone()[0]
    connection.close()
    html = (await ds.client.get(f"/{DB}/events/{event_id}")).text
    assert 'class="crr-citation"' in html and f"#{anchor}" in html


@pytest.mark.asyncio
async def test_rows_without_a_source_have_no_citation(ds):
    html = (await ds.client.get(f"/{DB}/topics/Trade")).text
    assert 'class="crr-citation"' not in html


@pytest.mark.asyncio
@pytest.mark.parametrize("path", [
    "/", f"/{DB}", f"/{DB}/observations", f"/{DB}/observations/trade-total-2024-wp",
    f"/{DB}/metric_in_year", f"/-/dashboards/{DASHBOARD}", "/-/ask", "/-/ask?q=trade",
])
async def test_every_page_links_to_the_ask_page(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200
    assert 'href="/-/ask"' in response.text


# --- the response cache -------------------------------------------------------------------


def test_response_cache_keeps_anonymous_successful_gets_only():
    calls = []

    async def app(scope, receive, send):
        calls.append(scope["path"])
        status = 404 if scope["path"] == "/missing" else 200
        headers = {"/cookie": [(b"set-cookie", b"a=1")],
                   "/health": [(b"Cache-Control", b"no-store")]}.get(scope["path"], [])
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": scope["path"].encode()})

    cache = ResponseCache(app)

    async def get(path, headers=()):
        sent = []

        async def send(event):
            sent.append(event)

        scope = {"type": "http", "method": "GET", "path": path, "query_string": b"",
                 "headers": [(b"host", b"h"), *headers]}
        await cache(scope, None, send)
        return sent

    async def scenario():
        for path in ["/a", "/a", "/missing", "/missing", "/cookie", "/cookie", "/health", "/health"]:
            sent = await get(path)
            assert sent[-1]["body"] == path.encode()
        await get("/a", [(b"cookie", b"ds_actor=x")])

    asyncio.run(scenario())
    assert calls == ["/a", "/missing", "/missing", "/cookie", "/cookie", "/health", "/health", "/a"]


# --- crr serve, a real process ----------------------------------------------------------------


@contextmanager
def serving(db_path, timeout: float = 60):
    """`crr serve --port 0` as a subprocess; yields its address once it listens."""
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--db", str(db_path), "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            ready = selector.select(timeout)
        line = process.stdout.readline() if ready else ""
        if not line.startswith("crr serve: http://127.0.0.1:"):
            process.kill()
            raise AssertionError(f"crr serve did not start: {line!r} {process.stderr.read()}")
        yield line.split()[2].rstrip("/")
    finally:
        process.terminate()
        process.wait(timeout=30)


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode("utf-8")


def test_crr_serve_publishes_the_database_on_loopback(db_path, engine):
    with serving(db_path) as base:
        assert base.startswith("http://127.0.0.1:")
        status, html = _get(base + "/")
        assert status == 200 and "China–Russia relations" in html
        status, text = _get(base + "/-/ask.json?q=" + urllib.parse.quote("trade in 2024?"))
        assert json.loads(text) == json.loads(engine.ask("trade in 2024?").model_dump_json())
        status, html = _get(base + f"/-/dashboards/{DASHBOARD}")
        assert status == 200 and 'id="chart-trade"' in html
        again = _get(base + f"/-/dashboards/{DASHBOARD}")  # a kept copy, the same page
        assert again == (status, html)


def test_crr_serve_refuses_a_missing_database(run_crr, tmp_path):
    result = run_crr("serve", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2 and "no database" in result.stderr
