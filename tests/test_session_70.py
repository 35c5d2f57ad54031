"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 70.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from assistant.resolving.acts import act_of_who
from talking import values


def first_line(answer) -> str:
    return answer.text.splitlines()[0]


@pytest.mark.parametrize("question, side", [
    ("who sold China the S-400?", "Russia"),
    ("In the 2015 deals covering the S-400 and two dozen Su-35s, who was the seller?", "Russia"),
    ("who bought the su-35", "China"),
])
def test_the_other_end_of_a_deal_between_the_two_sides_is_the_other_side(engine, question, side):
    answer = engine.ask(question)
    assert answer.answered and f"name {side}" in first_line(answer)


def test_a_models_designation_is_a_thing_not_who_did_it(engine):
    # "which missile system" is answered by the model; "who" is not
    answer = engine.ask("Besides two dozen Su-35s, which missile system did China get in the 2015 deals?")
    assert "S-400" in first_line(answer) and "Su-35" not in first_line(answer).split(":")[0]
    assert "S-400" not in first_line(engine.ask("who bought the S-400 from Russia?")).split(":")[0]


@pytest.mark.parametrize("question, act", [
    ("who was the seller?", "sell"), ("who were the buyers of the jets", "buy"),
    ("who was the lender", "pay"), ("which aircraft did china buy", None), ("which company bought it", "buy")])
def test_the_act_a_who_question_asks_the_doer_of(question, act):
    assert act_of_who(question) == act


def test_one_firms_flow_is_not_the_countrys_even_without_a_thing_named(engine):
    assert 405000 not in values(engine.ask("how many barrels a day does china buy"))


@pytest.mark.parametrize("question, value", [
    ("how many LNG China import from Russia in 2019", 2.506),
    ("how many oil China buy from Russia in 2023?", 107.02),
    ("How many is the trade in 2024?", 245),
    ("how many crude oil 2020", 83.45),
    ("how many gas go through pipeline to China 2020?", 3.88),
])
def test_how_many_before_a_mass_noun_asks_how_much(engine, question, value):
    assert value in values(engine.ask(question))


def test_how_many_before_a_plural_still_counts(engine):
    answer = engine.ask("How many LNG cargoes did China take from Russia in 2022?")
    assert not answer.answered and not values(answer)
    assert 11 in values(engine.ask("how many joint exercises in 2024"))


@pytest.mark.parametrize("question, value", [
    ("in the year of 2022 how much LNG", 6.505), ("quantity of oil import from Russia 2016", 52.478)])
def test_a_learners_words_for_a_year_and_a_quantity(engine, question, value):
    assert value in values(engine.ask(question))


def test_the_bibliography_lists_each_edition_the_notes_cite(engine, db_path):
    from assistant.writing import cite

    answer = engine.ask("crude oil imports from Russia from 2019 until 2022")
    text = cite.format_answer(answer, style="chicago", sources=engine.store.sources)
    bibliography = text.split("Bibliography:")[1]
    assert "bp. Statistical Review" in bibliography and "June 2021" in bibliography
    assert "June 2024" not in bibliography
