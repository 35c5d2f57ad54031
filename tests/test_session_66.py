"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 66.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import values


@pytest.mark.parametrize("question, first, last", [
    ("how far back does the SIPRI data go?", "2000", "2023"),
    ("when does the IMF series start?", "1992", "2020"),
    ("what period does the UN voting data span?", "1971", "2019"),
])
def test_the_years_a_source_covers_are_its_figures_first_and_last(engine, question, first, last):
    answer = engine.ask(question)
    assert answer.kind == "source" and not values(answer)
    assert f"dated from {first} to {last}" in answer.text
    assert "every year from" in answer.text


@pytest.mark.parametrize("question, held", [
    ("how far back does the trade data go?", "Bilateral trade (USD bn): every year from 1992 to 2020"),
    ("since when does crr have gas import figures?", "Russian pipeline gas exports to China (bcm): every year from 2018"),
    ("what years are the oil import figures for?", "Russian oil exports to China (million tonnes): every year from 2000"),
])
def test_the_years_a_subject_covers_are_listed_by_measure_with_sources(engine, question, held):
    answer = engine.ask(question)
    assert answer.kind == "source" and not values(answer) and answer.citations
    assert held in answer.text


def test_the_data_of_a_country_not_held_gets_no_years(engine):
    answer = engine.ask("what years does the india trade data cover?")
    assert answer.kind != "source" and not values(answer)


def test_how_far_back_all_the_data_goes_gives_each_source_first_year(engine):
    answer = engine.ask("how far back does your data go?")
    assert "from 1971 running to" in answer.text and "from 1992 running to" in answer.text
