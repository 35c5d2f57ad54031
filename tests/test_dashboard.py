"""The dashboard: every card's SQL, units, axes, gaps and sources; the rows
that come with the page; figures listed where a chart would have fewer than
three points a series; crr's own timeline shown as entries, not counted.
The browser tests check that every chart is drawn."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette.dashboard import CHARTS, MIN_POINTS, card, unfiltered  # noqa: E402
from assistant.frontends.datasette.metadata import DASHBOARD  # noqa: E402
from test_datasette import DB, ds  # noqa: E402,F401 (ds is a fixture)


@pytest.mark.asyncio
async def test_dashboard_shows_every_chart_with_source_note_and_sql_link(ds):
    response = await ds.client.get(f"/-/dashboards/{DASHBOARD}")
    assert response.status_code == 200
    html = response.text
    for slug, chart in CHARTS.items():
        assert f'id="chart-{slug}"' in html and chart["title"].replace("'", "&#39;") in html
    assert html.count('class="dashboard-card-note">Source: ') == len(CHARTS)
    assert html.count('class="chart-sql"') == len(CHARTS)
    assert "vega-lite.min.js" in html and "cdn" not in html.lower()


@pytest.mark.asyncio
async def test_every_chart_draws_rows_from_the_database_with_and_without_filters(ds):
    charts = (await ds.client.get("/-/metadata.json")).json()[
        "plugins"]["datasette-dashboards"][DASHBOARD]["charts"]
    for slug, chart in charts.items():
        for filters in ({}, {"year_from": "1990", "year_to": "2026", "topic": chart["topic"]}):
            sql = unfiltered(chart["query"]) if not filters else chart["query"].replace(
                "[[", "").replace("]]", "")
            url = f"/{DB}.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "objects", **filters})
            response = await ds.client.get(url)
            assert response.status_code == 200, (slug, response.text)
            assert response.json()["rows"], (slug, filters)


@pytest.mark.asyncio
async def test_chart_source_notes_name_the_sources_of_their_rows(ds):
    charts = (await ds.client.get("/-/metadata.json")).json()[
        "plugins"]["datasette-dashboards"][DASHBOARD]["charts"]
    for slug, chart in charts.items():
        url = f"/{DB}.json?" + urllib.parse.urlencode(
            {"sql": unfiltered(chart["query"]), "_shape": "objects"})
        for row in (await ds.client.get(url)).json()["rows"]:
            assert row["source"] in chart["source_note"], slug


YEARLY_CHARTS = ("trade", "trade_directions", "oil", "gas_bcm", "gas_tonnes", "energy_value",
                 "exercises", "arms", "un_voting", "students", "tourism")


async def _chart_rows(ds, slug: str) -> list[dict]:
    url = f"/{DB}.json?" + urllib.parse.urlencode({"sql": unfiltered(CHARTS[slug]["query"]), "_shape": "objects"})
    return (await ds.client.get(url)).json()["rows"]


@pytest.mark.asyncio
@pytest.mark.parametrize("slug", YEARLY_CHARTS)
async def test_a_yearly_chart_has_one_unit_a_time_axis_and_says_who_gives_each_point(ds, slug):
    chart = CHARTS[slug]
    encoding = chart["display"]["encoding"]
    assert encoding["x"]["type"] == "temporal" and encoding["x"]["field"] == "date"
    assert {"source", "reporter", "locator", "period", "unit"} <= {t["title"] for t in encoding["tooltip"]}
    assert chart["description"]
    rows = await _chart_rows(ds, slug)
    assert len({r["unit"] for r in rows}) == 1, slug  # never Mt and bcm on one axis
    assert encoding["y"]["title"] == rows[0]["unit"]
    for row in rows:
        assert row["source"] in row["series"], row


@pytest.mark.asyncio
async def test_a_missing_year_is_a_gap_not_a_line_across_it(ds):
    rows = await _chart_rows(ds, "trade")
    wikipedia = {r["year"]: r["value"] for r in rows if r["series"] == "Wikipedia"}
    assert min(wikipedia) == 2001 and max(wikipedia) == 2025
    assert wikipedia[2010] == 59.3 and wikipedia[2005] is None  # a null row: the line breaks there
    assert CHARTS["trade"]["display"]["mark"]["invalid"].startswith("break-paths")
    by_china = {r["year"]: r for r in rows if r["series"].endswith("as China reports it")}
    assert (min(by_china), max(by_china)) == (1992, 2020)
    assert by_china[2010]["value"] == 55.403 and by_china[2010]["reporter"] == "china" \
        and by_china[2010]["reporter_name"] == "China" and by_china[2010]["locators"]


@pytest.mark.asyncio
async def test_the_energy_charts_keep_the_producers_units_apart(ds):
    units = {slug: {r["unit"] for r in await _chart_rows(ds, slug)}
             for slug in ("oil", "gas_bcm", "gas_tonnes", "energy_value")}
    assert units == {"oil": {"million tonnes"}, "gas_bcm": {"bcm"}, "gas_tonnes": {"million tonnes"},
                     "energy_value": {"USD bn"}}


@pytest.mark.asyncio
@pytest.mark.parametrize("topic", ["Arms", "Diplomacy"])
async def test_topic_filter_shows_that_topics_charts_only(ds, topic):
    html = (await ds.client.get(f"/-/dashboards/{DASHBOARD}?topic={topic}")).text
    shown = set(re.findall(r'id="card-([\w-]+)"', html))
    assert shown == {slug for slug, chart in CHARTS.items() if topic in chart.get("topics", [chart["topic"]])}
    assert f'<option value="{topic}" selected>' in html


def _cards(html: str) -> dict:
    """The cards a dashboard page carries: each chart's Vega-Lite with its rows, or its figures."""
    return json.loads(re.search(r"var crrCharts = (.*?);\n", html).group(1))


@pytest.mark.asyncio
async def test_the_page_carries_every_charts_rows_so_nothing_is_fetched_after_it(ds):
    html = (await ds.client.get(f"/-/dashboards/{DASHBOARD}")).text
    cards = _cards(html)
    assert set(cards) == set(CHARTS)
    drawn = {slug: shown for slug, shown in cards.items() if shown["kind"] == "chart"}
    assert {"trade", "oil", "arms", "un_voting", "yuan", "timeline"} <= set(drawn)
    for slug, shown in drawn.items():
        assert shown["spec"]["data"]["values"], slug
    assert "dashboards.js" not in html and "renderChart(" not in html  # its charts fetch their rows
    trade = {(r["year"], r["series"]): r["value"] for r in drawn["trade"]["spec"]["data"]["values"]}
    assert trade[(2010, "Wikipedia")] == 59.3


@pytest.mark.asyncio
async def test_a_time_chart_with_fewer_than_three_points_a_series_lists_its_figures(ds):
    html = (await ds.client.get(f"/-/dashboards/{DASHBOARD}")).text
    cards = _cards(html)
    for slug in ("exercises", "students", "tourism", "engagements"):
        assert cards[slug]["kind"] == "figures", slug
    figures = {(f["what"], f["when"]): f["figure"] for f in cards["exercises"]["figures"]}
    assert figures[("Joint military exercises", "2024")].startswith("11 exercises")
    assert figures[("Joint military exercises", "2025")].startswith("7 exercises")
    assert '<ul id="chart-exercises" class="crr-figures">' in html
    assert f'href="/{DB}/observations/' in html.split('id="chart-exercises"')[1].split("</ul>")[0]
    # The year filter narrows a chart to figures as well: trade in 2024 and 2025 alone.
    narrowed = _cards((await ds.client.get(f"/-/dashboards/{DASHBOARD}?year_from=2024")).text)
    assert narrowed["trade"]["kind"] == "figures"
    assert {f["source"] for f in narrowed["trade"]["figures"]} == {"China-Russia Dashboard", "Wikipedia"}
    wide = [{"date": f"{y}-01-01", "series": "s", "value": 1.0} for y in (2001, 2002, 2003)]
    assert card({"display": {}}, wide)["kind"] == "chart"
    assert card({"display": {}}, wide[:MIN_POINTS - 1])["kind"] == "figures"


@pytest.mark.asyncio
async def test_no_chart_counts_crrs_own_timeline_as_if_it_were_a_count(ds):
    titles = [chart["title"] for chart in CHARTS.values()]
    assert not [title for title in titles if "recorded as events" in title or "per year" in title.lower()
                and "timeline" in title]
    timeline = CHARTS["timeline"]
    assert "crr's timeline" in timeline["title"] and "not a count" in timeline["description"]
    assert timeline["display"]["encoding"]["x"]["type"] == "temporal"
    assert "count" not in timeline["query"].lower()
    rows = _cards((await ds.client.get(f"/-/dashboards/{DASHBOARD}")).text)["timeline"]["spec"]["data"]["values"]
    assert {"joint exercise", "Xi–Putin meeting or call"} == {r["entry"] for r in rows}
    assert all(r["title"] and r["source"] for r in rows)


@pytest.mark.asyncio
async def test_every_chart_has_one_unit_and_every_point_its_source_in_the_tooltip(ds):
    for slug, chart in CHARTS.items():
        encoding = chart["display"]["encoding"]
        assert "source" in {t["field"] for t in encoding["tooltip"]}, slug
        rows = [r for r in await _chart_rows(ds, slug) if r.get("value") is not None]
        assert all(r["source"] for r in rows), slug
        if chart.get("kind") not in ("timeline", "figures"):
            assert len({r["unit"] for r in rows}) == 1, (slug, {r["unit"] for r in rows})
        if chart.get("kind", "time") == "time":
            assert encoding["x"]["type"] == "temporal", slug
    # A chart of points months apart draws no line between them.
    assert CHARTS["yuan"]["display"]["mark"]["type"] == "point"


@pytest.mark.asyncio
async def test_the_product_groups_are_named_and_each_direction_has_its_chart(ds):
    for slug, word in (("russia_sells", "Mineral fuels"), ("china_sells", "Clothing")):
        rows = await _chart_rows(ds, slug)
        assert all(r["group"] for r in rows), slug
        assert word in {r["group"] for r in rows}


@pytest.mark.asyncio
async def test_dashboard_list_and_single_chart_pages(ds):
    assert (await ds.client.get("/-/dashboards")).status_code == 200
    response = await ds.client.get(f"/-/dashboards/{DASHBOARD}/trade")
    assert response.status_code == 200 and "View and edit SQL" in response.text
    assert list(_cards(response.text)) == ["trade"]
    figures = await ds.client.get(f"/-/dashboards/{DASHBOARD}/students")
    assert 'class="crr-figures"' in figures.text
