"""A total asked of a flow, totals said other ways, and names the figures' notes give."""

from __future__ import annotations

import pytest


def test_total_imports_are_from_every_supplier(engine):
    answer = engine.ask("SIPRI: what were China's total arms imports in 2005, in TIV?")
    assert answer.answered and answer.values[0].metric == "china_arms_imports_tiv"


def test_imports_from_russia_stay_russias(engine):
    answer = engine.ask("China's arms imports from Russia in 2005, in TIV")
    assert answer.values[0].metric == "china_arms_imports_from_russia_tiv"


def test_put_together_is_a_total(engine):
    answer = engine.ask("How many joint exercises in 2024 and 2025 put together?")
    assert any(v.derived and v.value == 18 for v in answer.values)


def test_a_place_a_figures_note_names_places_the_word(engine):
    # The 2007 troop figures' notes name Chelyabinsk, where the exercise was held.
    answer = engine.ask("How many PLA soldiers went to Chelyabinsk in 2007?")
    assert answer.answered and any(v.value == 1600 for v in answer.values)


def test_what_a_country_exported_in_a_year_without_shares_is_its_whole_flow(engine):
    answer = engine.ask("What did Russia export to China in 2020, by Russia's own IMF figures?")
    assert answer.answered and answer.values[0].metric == "trade_russia_to_china"
    assert answer.text.startswith("crr holds no product shares")


def test_what_a_country_sells_without_a_year_is_its_goods(engine):
    answer = engine.ask("what does russia sell to china?")
    assert answer.kind == "composition" and answer.answered


def test_a_named_sources_own_series_says_what_it_lacks(engine):
    # The Energy Institute gives LNG in bcm from 2018; Customs' 2017 tonnes are another source's.
    answer = engine.ask("Energy Institute LNG flows from Russia to China in 2017?")
    assert not answer.answered and not answer.values
    assert "2018" in answer.text


def test_the_first_of_dated_occasions_is_the_earliest(engine):
    answer = engine.ask("how many chinese troops took part in the first peace mission exercise?")
    assert answer.answered and answer.values[0].value == 8000 and answer.values[0].period == "2005-08"


def test_the_first_of_a_yearly_figure_is_no_earliest_year(engine):
    # "the first" names a thing here; the latest figure is still the answer.
    answer = engine.ask("what was the capacity of the first Power of Siberia pipeline?")
    assert answer.kind != "value" or answer.values[0].period != min(
        r["period"] for r in engine.store.observations(answer.values[0].metric))


def test_tonnage_is_a_weight(engine):
    answer = engine.ask("Customs tonnage of Russian pipeline gas imported by China in 2020?")
    assert answer.answered and answer.values[0].unit == "million tonnes"


def test_a_year_of_a_series_is_the_time_asked(engine):
    # "the 2024 exercises": the 2024 figure, which crr lacks, not the 2009 one.
    answer = engine.ask("Russian troops in the 2024 exercises?")
    assert not answer.answered and not answer.values


@pytest.mark.parametrize("question", [
    "How many Chinese firms has the EU sanctioned in total since the war began?",
    "In total, how many Chinese companies has Washington sanctioned for helping Russia?",
])
def test_a_total_over_every_occasion_is_no_figure_of_one(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values
    assert "the figure of one occasion" in answer.text


@pytest.mark.parametrize("question, value", [
    ("How many Chinese firms were under the EU's dual-use export ban in total?", 8),
    ("what was the total value of the 2014 gas deal?", 400),
])
def test_a_total_of_the_one_occasion_named_is_its_figure(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0].value == value


def test_one_of_several_alone_is_no_figure_of_them_together(engine):
    alone = engine.ask("How much did China's 30% stake in Yamal LNG cost on its own?")
    assert not alone.answered and not alone.values
    assert "one of them alone" in alone.text
    together = engine.ask("what did China's Yamal LNG stakes cost?")
    assert together.answered and together.values[0].value == 45


def test_a_share_of_what_was_sought_is_no_stake_in_the_company(engine):
    assert not engine.ask("What percentage stake in Rosneft did CNPC end up with in 2006?").values
    sought = engine.ask("what share of its sought Rosneft stake did CNPC get?")
    assert sought.answered and sought.values[0].value == 16.7
