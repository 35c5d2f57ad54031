"""The published site under a timeline-builder's trial, round 73: every row of the figure and
event canned queries carries its citation, so a timeline saved as CSV cites each line."""

from __future__ import annotations

import csv
import io
import re

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette.plugin import datasette_for  # noqa: E402


@pytest.fixture
def ds(db_path):
    return datasette_for(db_path, cache=False)


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/china_russia/events_between.csv?start=2022&end=2025",
                                  "/china_russia/events_in_year.csv?year=1994",
                                  "/china_russia/when_did.csv?q=Ocean-2024",
                                  "/china_russia/series.csv?metric=trade_total"])
async def test_each_row_of_a_saved_query_cites_its_source_in_full(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows
    for row in rows:
        assert row["link"].startswith("http") and row["reference"] and row["source"] and row["locator"]
    # (a section's own address; the lead and the infobox are the top of the page)
    wikipedia = [row for row in rows if row["source"] == "Wikipedia" and row["locator"] not in ("Lead", "Infobox")]
    assert all("#" in row["link"] for row in wikipedia)


@pytest.mark.asyncio
async def test_pages_do_not_depend_on_what_the_replica_served_before(ds):
    # (Datasette filled a table's "About" link in on the first visit to its page, so a row page
    # differed between a replica that had served the table and one that had not)
    row = "/china_russia/observations/" + (await ds.client.get(
        "/china_russia/observations.json?_size=1&_shape=array")).json()[0]["id"]
    before = ((await ds.client.get("/-/metadata.json")).json(), (await ds.client.get(row)).text)
    await ds.client.get("/china_russia/observations")
    await ds.client.get("/china_russia/events")
    after = ((await ds.client.get("/-/metadata.json")).json(), (await ds.client.get(row)).text)
    assert after[0] == before[0]
    assert re.sub(r"Queries took [\d.]+ ?ms", "", after[1]) == re.sub(r"Queries took [\d.]+ ?ms", "", before[1])


@pytest.mark.asyncio
@pytest.mark.parametrize("sql", ["select sql from sqlite_stmt", "select * from dbstat"])
async def test_a_visitor_reads_no_other_visitors_sql_nor_the_files_pages(ds, sql):
    await ds.client.get("/china_russia.json?sql=select+42+as+secret_of_another")
    response = await ds.client.get("/china_russia.json", params={"sql": sql})
    assert response.status_code == 400 and "secret_of_another" not in response.text


@pytest.mark.asyncio
async def test_the_sites_own_pages_still_read_what_they_need(ds):
    for path in ("/china_russia", "/china_russia/events", "/china_russia/events_in_year?year=2001", "/-/ask?q=trade+in+2024"):
        assert (await ds.client.get(path)).status_code == 200, path
