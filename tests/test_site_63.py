"""The published site under a newcomer's trials, round 63: hostile table-page arguments are
400s that name the argument, a browser is shown an error page rather than JSON, the Ask
page's footnote marks stay apart, and its citation style is the site's, not a user's."""

from __future__ import annotations

import urllib.parse

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette import arguments  # noqa: E402
from assistant.frontends.datasette.plugin import datasette_for  # noqa: E402

DB = "china_russia"
BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture
def ds(db_path):
    return datasette_for(db_path, cache=False)


# --- arguments Datasette would fail on --------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("query, named, said", [
    ("year__gt=99999999999999999999999999", "year__gt", "largest integer SQLite holds"),
    ("rowid__lte=99999999999999999999999999", "rowid__lte", "largest integer SQLite holds"),
    ("year__gt=%C2%B2", "year__gt", "takes a number"),
    ("_where=1=1;select%201", "_where", "one SQL condition"),
    ("_where=1=1;DROP%20TABLE%20observations", "_where", "one SQL condition"),
    ("_where=1=1%00", "_where", "NUL"),
    ("_through=nope", "_through", "not JSON"),
    ("_through=1", "_through", "JSON object"),
    ("_through=%7B%7D", "_through", "JSON object"),
    ("_through=" + urllib.parse.quote('{"table": "nowhere", "column": "id", "value": 1}'), "_through", "'nowhere'"),
    ("year__in=[1", "year__in", "JSON list"),
    ("year__in=[[1]]", "year__in", "text and numbers"),
    ("year__notin=[99999999999999999999999999]", "year__notin", "text and numbers"),
    ("_timelimit=abc", "_timelimit", "whole number"),
])
async def test_an_argument_datasette_would_fail_on_is_a_400_that_names_it(ds, query, named, said, capfd):
    for path in (f"/{DB}/observations?{query}", f"/{DB}/observations.json?{query}"):
        response = await ds.client.get(path)
        error = response.json()
        assert response.status_code == 400 and named in error["error"] and said in error["error"], path
        assert error["title"] == f"Invalid {named}"
    assert "Traceback" not in capfd.readouterr().err
    assert (await ds.client.get(f"/{DB}/observations.json")).status_code == 200  # still serving


@pytest.mark.asyncio
@pytest.mark.parametrize("query", [
    "year__gt=2020", "year__lt=9223372036854775807", "year__in=[2022,2024]", "year__in=2022,2024",
    "year__gte=-99999999999999999999999999",  # not digits: Datasette compares it as text
    "_where=" + urllib.parse.quote("note like '%;%' or locator = [x;y] -- ; a comment"),
    "_where=" + urllib.parse.quote("note = 'a;' /* ; */"),
    "_timelimit=500",
])
async def test_arguments_sqlite_takes_are_let_through(ds, query):
    path = f"/{DB}/observations.json?{query}"
    response = await ds.client.get(path)
    assert response.status_code in (200, 400), path
    assert response.status_code == 200 or "Invalid SQL" == response.json()["title"], (path, response.text)


@pytest.mark.asyncio
async def test_a_query_page_checks_its_time_limit_and_nothing_else(ds):
    # a query page takes any other name as a parameter of its SQL, digits and all
    query = urllib.parse.urlencode({"sql": "select :p as p", "p": "99999999999999999999999999"})
    assert (await ds.client.get(f"/{DB}.json?{query}")).json()["rows"] == [["99999999999999999999999999"]]
    response = await ds.client.get(f"/{DB}.json?sql=select+1&_timelimit=soon")
    assert response.status_code == 400 and "_timelimit" in response.json()["error"]


def test_the_rules_read_a_table_pages_arguments_as_datasette_does():
    page = arguments.Page(DB, "observations", {"observations": frozenset({"id", "year"}),
                                                "events": frozenset({"id"})})
    assert arguments.problem(page, [("year", "99999999999999999999999999")]) == ("", "")  # compared as text
    assert arguments.problem(page, [("_sort", "x;y"), ("_next", "99999999999999999999999")]) == ("", "")
    assert arguments.problem(page, [("_x__gt", "99999999999999999999999999")])[0] == "_x__gt"
    assert arguments.problem(None, [("year__gt", "99999999999999999999999999")]) == ("", "")
    through = '{"table": "events", "column": "nope", "value": 1}'
    assert "'nope'" in arguments.problem(page, [("_through", through)])[1]


@pytest.mark.asyncio
async def test_what_the_checks_let_through_and_datasette_refuses_is_a_400_without_a_traceback(ds, capfd):
    # a table with that column, but no foreign key to this one: Datasette's own refusal, a 500 before
    through = urllib.parse.quote('{"table": "events", "column": "id", "value": "x"}')
    for path in (f"/{DB}/observations.json?_through={through}", f"/{DB}/observations?_through={through}"):
        response = await ds.client.get(path)
        assert response.status_code == 400 and "_through" in response.text, path
    assert (await ds.client.get(f"/{DB}/observations.json?_through={through}")).json()["title"] == \
        "Invalid arguments"
    printed = capfd.readouterr().err
    assert "Traceback" not in printed and "a table page's query failed" in printed


@pytest.mark.asyncio
async def test_the_checks_answer_before_datasette_has_started(db_path):
    # the checks stand in front of Datasette: a first request refused there renders the
    # error page all the same
    fresh = datasette_for(db_path, cache=False)
    response = await fresh.client.get(f"/{DB}/observations?_where=1;2", headers=BROWSER)
    assert response.status_code == 400 and "one SQL condition" in response.text


# --- a browser is shown a page ----------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("query, said", [
    ("_sort=nonexistent", "no column &#39;nonexistent&#39; (asked by _sort)"),
    ("_facet=" + "&_facet=".join(["unit"] * 11), "at most 10"),
    ("year__gt=99999999999999999999999999", "largest integer SQLite holds"),
])
async def test_a_browser_asking_for_a_table_page_is_shown_an_error_page_not_json(ds, query, said):
    response = await ds.client.get(f"/{DB}/observations?{query}", headers=BROWSER)
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
    assert said in response.text and "<html" in response.text and "Ask" in response.text  # the site's page
    # the .json address, and a client that asks for anything, get JSON as before
    for path, headers in ((f"/{DB}/observations.json?{query}", BROWSER), (f"/{DB}/observations?{query}", {})):
        response = await ds.client.get(path, headers=headers)
        assert response.status_code == 400 and response.json()["ok"] is False, path


@pytest.mark.asyncio
async def test_a_browser_sending_no_accept_header_is_shown_the_page_too(ds):
    headers = {"accept": "", "user-agent": "Mozilla/5.0 (X11; Linux x86_64)"}
    response = await ds.client.get(f"/{DB}/observations?_sort=nope", headers=headers)
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")


# --- footnote marks side by side ---------------------------------------------------------


@pytest.mark.asyncio
async def test_footnote_marks_side_by_side_are_parted_on_the_ask_page(ds):
    html = (await ds.client.get("/-/ask?q=" + urllib.parse.quote("trade in 2025?"))).text
    # one superscript, the two links parted by a comma: "Wikipedia¹,²", not "Wikipedia¹²"
    assert 'Wikipedia<sup><a href="#fn1">1</a>,<a href="#fn2">2</a></sup>' in html
    assert "</sup><sup>" not in html


def test_marks_side_by_side_are_parted_in_markdown_and_kept_bracketed_in_text(engine):
    from assistant.writing import cite

    answer = engine.ask("trade in 2025?")
    assert "Wikipedia[1][2]" in answer.text
    sources = engine.store.sources
    assert "Wikipedia[1][2]" in cite.format_answer(answer, "text", "chicago", sources)
    assert "Wikipedia[^1],[^2]" in cite.format_answer(answer, "markdown", "chicago", sources)
    # a mark past the answer's citations is left as written, beside one that is not
    assert cite._marked("x[9][1][2] y[2]", 2, "markdown") == "x[9][^1],[^2] y[^2]"


def test_the_terminal_apps_own_markdown_parts_marks_as_cite_does(engine):
    from assistant.frontends.tui import writing

    answer = engine.ask("trade in 2025?")
    assert "Wikipedia[^1],[^2]" in writing.answer_markdown(answer, "chicago", engine.store.sources)
    assert "Wikipedia[^1-1],[^1-2]" in writing.answer_markdown(answer, writing.FALLBACK_STYLE, prefix="1-")


# --- the Ask page's citation style ------------------------------------------------------

CHICAGO, APA = "MERICS, OSW, SCEEUS, and NKK, “China-Russia", "MERICS, OSW, SCEEUS, &amp; NKK. (2026"


@pytest.fixture(params=["settings", "environment"])
def a_users_own_style(request, monkeypatch, tmp_path):
    """The serving user prefers APA, in their settings file or in $CRR_CITE_STYLE."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("CRR_CITE_STYLE", raising=False)
    if request.param == "settings":
        (tmp_path / "crr").mkdir()
        (tmp_path / "crr" / "settings.toml").write_text('cite_style = "apa"\n')
    else:
        monkeypatch.setenv("CRR_CITE_STYLE", "apa")
    from assistant.writing import cite

    assert cite.default_style() == "apa"


def selected_style(html: str) -> str:
    import re

    # ("" is the first choice, which sets no style: the question's, else crr's default)
    if '<option value="" selected>' in html:
        return ""
    return re.findall(r"<option selected>([\w-]+)</option>", html)[0]


@pytest.mark.asyncio
async def test_the_site_cites_in_crrs_default_not_the_serving_users_setting(ds, a_users_own_style):
    empty = (await ds.client.get("/-/ask")).text
    answered = (await ds.client.get("/-/ask?q=" + urllib.parse.quote("trade in 2024?"))).text
    assert selected_style(empty) == selected_style(answered) == "" and "as asked, else chicago" in empty
    assert CHICAGO in answered and APA not in answered
    row = (await ds.client.get(f"/{DB}/observations/trade-total-2024-dash")).text
    assert "and NKK" in row and "&amp; NKK" not in row
    # ?style= still chooses, and a style the question names still counts
    asked = (await ds.client.get("/-/ask?style=apa&q=" + urllib.parse.quote("trade in 2024?"))).text
    assert selected_style(asked) == "apa" and APA in asked
    named = (await ds.client.get("/-/ask?q=" + urllib.parse.quote("trade in 2024 in APA"))).text
    assert selected_style(named) == "" and APA in named


@pytest.mark.asyncio
@pytest.mark.parametrize("style, said", [
    ("bogus", "offers apa, chicago, harvard, and mla."),
    ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
])
async def test_a_style_the_page_does_not_offer_is_named_in_a_note_not_passed_over(ds, style, said):
    for query in (f"style={urllib.parse.quote(style)}",
                  f"style={urllib.parse.quote(style)}&q=" + urllib.parse.quote("trade in 2024?")):
        html = (await ds.client.get(f"/-/ask?{query}")).text
        assert "does not offer the citation style" in html and said in html, query
        assert selected_style(html) == "" and "<b>x</b>" not in html
    for offered in ("", "style=mla"):
        assert "does not offer" not in (await ds.client.get(f"/-/ask?{offered}")).text
