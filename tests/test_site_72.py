"""The published site under a librarian's and a TV producer's trials, round 72: the Ask page
gives reference-manager entries when a format for them is asked, /-/ask.json formats its
citations in a style asked, and the yuan chart draws the Dashboard's latest estimate."""

from __future__ import annotations

import urllib.parse

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette.dashboard import CHARTS  # noqa: E402
from assistant.frontends.datasette.plugin import datasette_for  # noqa: E402


@pytest.fixture
def ds(db_path):
    return datasette_for(db_path, cache=False)


@pytest.mark.asyncio
@pytest.mark.parametrize("query, heading, entry", [
    ("style=bibtex&q=" + urllib.parse.quote("trade in 2024?"), "BibTeX entries", "@online{china-russia-dashboard:trade"),
    ("q=" + urllib.parse.quote("trade in 2024 in bibtex"), "BibTeX entries", "@online{"),
    ("style=ris&q=" + urllib.parse.quote("trade in 2024?"), "RIS entries", "TY  - ELEC"),
])
async def test_a_format_for_reference_managers_gives_its_entries_beside_the_prose_answer(ds, query, heading, entry):
    html = (await ds.client.get(f"/-/ask?{query}")).text
    assert heading in html and entry in html
    assert "accessed February 2026" in html  # the notes stay prose, in the site's style
    assert "does not offer the citation style" not in html


@pytest.mark.asyncio
async def test_the_format_asked_stays_chosen_in_the_menu(ds):
    html = (await ds.client.get("/-/ask?style=ris&q=" + urllib.parse.quote("trade in 2024?"))).text
    assert '<option value="ris" selected>RIS</option>' in html


@pytest.mark.asyncio
async def test_ask_json_formats_its_citations_in_the_style_asked(ds):
    data = (await ds.client.get("/-/ask.json?style=apa&q=" + urllib.parse.quote("trade in 2024?"))).json()
    assert all(c["formatted"].startswith(("MERICS", "Wikipedia")) for c in data["citations"])
    plain = (await ds.client.get("/-/ask.json?q=" + urllib.parse.quote("trade in 2024?"))).json()
    assert all("formatted" not in c for c in plain["citations"])
    bogus = await ds.client.get("/-/ask.json?style=bogus&q=trade")
    assert bogus.status_code == 400 and "bogus" in bogus.json()["error"]


def test_the_yuan_chart_takes_in_the_estimate_over_a_span():
    # "approximately 30%" since February 2024 is the latest figure; a chart that ends before it misleads
    assert "not like '%/%'" not in CHARTS["yuan"]["query"]
    assert "February 2026" in CHARTS["yuan"]["description"]
