"""A total asked of a flow, totals said other ways, and names the figures' notes give."""

from __future__ import annotations


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
