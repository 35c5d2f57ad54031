"""The Ask page keeps a conversation, round 64: the questions asked before travel with the
page's address (?after=), so a follow-up ("and in 2022?") follows the answer before it on the
site as it does in crr chat."""

from __future__ import annotations

import urllib.parse

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette.plugin import KEPT_TURNS, datasette_for  # noqa: E402
from assistant.limits import MAX_QUESTION_CHARS  # noqa: E402


@pytest.fixture
def ds(db_path):
    return datasette_for(db_path, cache=False)


def _address(path: str, question: str, *earlier: str) -> str:
    return path + "?" + urllib.parse.urlencode([("q", question), *(("after", e) for e in earlier)])


@pytest.mark.asyncio
async def test_a_follow_up_on_the_site_follows_the_questions_before_it(ds):
    alone = (await ds.client.get(_address("/-/ask.json", "and in 2022?"))).json()
    assert not alone["answered"]
    followed = (await ds.client.get(_address("/-/ask.json", "and in 2022?", "trade in 2024?"))).json()
    assert followed["answered"] and followed["values"][0]["value"] == 190
    # two turns back: the topic of the first, the time of the second
    deeper = (await ds.client.get(_address("/-/ask.json", "what about LNG?", "trade in 2024?", "and in 2022?"))).json()
    assert deeper["answered"] and "LNG" in deeper["values"][0]["label"]


@pytest.mark.asyncio
async def test_the_ask_page_carries_the_conversation_to_the_next_question(ds):
    html = (await ds.client.get(_address("/-/ask", "and in 2022?", "trade in 2024?"))).text
    assert 'Earlier in this conversation' in html and "<li>trade in 2024?</li>" in html
    # the next question follows this one: both ride in the form, oldest first
    assert html.index('name="after" value="trade in 2024?"') < html.index('name="after" value="and in 2022?"')
    assert "start a new conversation" in html and "on its own" in html
    # a suggestion is asked after this answer too
    assert "&after=trade%20in%202024%3F&after=and%20in%202022%3F" in html


@pytest.mark.asyncio
async def test_a_first_question_has_no_conversation_shown(ds):
    html = (await ds.client.get(_address("/-/ask", "trade in 2024?"))).text
    assert "Earlier in this conversation" not in html
    assert 'name="after" value="trade in 2024?"' in html  # what the next question follows


@pytest.mark.asyncio
async def test_only_the_last_turns_of_a_long_conversation_are_asked_again(ds):
    earlier = [f"trade in {year}?" for year in range(2000, 2000 + KEPT_TURNS + 4)]
    html = (await ds.client.get(_address("/-/ask", "and LNG?", *earlier))).text
    assert "<li>trade in 2000?</li>" not in html and f"<li>{earlier[-1]}</li>" in html


@pytest.mark.asyncio
async def test_an_earlier_question_too_long_is_refused_as_the_question_is(ds):
    response = await ds.client.get(_address("/-/ask.json", "and in 2022?", "x" * (MAX_QUESTION_CHARS + 1)))
    assert response.status_code == 400 and "earlier question" in response.json()["error"]
    page = await ds.client.get(_address("/-/ask", "and in 2022?", "x" * (MAX_QUESTION_CHARS + 1)))
    assert page.status_code == 400


@pytest.mark.asyncio
async def test_the_pages_style_menu_overruling_the_questions_style_is_said(ds):
    html = (await ds.client.get("/-/ask?" + urllib.parse.urlencode({"q": "trade in 2024 in APA", "style": "mla"}))).text
    assert "citation style asked: apa, but the page&#39;s citation style menu sets mla" in html
    assert "terminal app" not in html


@pytest.mark.asyncio
async def test_a_row_page_links_a_value_that_names_another_tables_row(ds):
    html = (await ds.client.get("/china_russia/observations/trade-total-2024-dash")).text
    assert '<a href="/china_russia/metrics/trade_total">trade_total</a>' in html
    assert '<a href="/china_russia/sources/china-russia-dashboard">' in html
    # the row linked to is there
    assert (await ds.client.get("/china_russia/metrics/trade_total")).status_code == 200


def test_the_conflicts_view_says_when_a_gap_is_rounding_and_when_it_is_in_points(db_path):
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        notes = dict(connection.execute("select about, note from conflicts where kind = 'same metric and period'"))
    assert notes["oil_exports_to_china 2021"].startswith("Within a thousandth of each other")
    assert notes["russia_share_china_arms_imports 2023"] == "The difference is in percentage points."
    assert notes["trade_total 2010"] == ""
