"""Mechanisms from tuning set 27, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import values


@pytest.mark.parametrize("question", [
    "Did Power of Siberia live up to its promised capacity?",
    "has gazprom managed to fill power of siberia to its nominal capacity",
    "Did PoS-1 ever run at full capacity?",
])
def test_whether_a_capacity_was_reached_sets_what_was_carried_against_it(engine, question):
    answer = engine.ask(question)
    assert answer.answered and 38.8 in values(answer) and 38 in values(answer)
    worked = [v for v in answer.values if v.derived]
    assert worked and worked[0].formula == "38.8 − 38 = 0.8" and worked[0].cites
    assert "capacity" in answer.reading["summary"]


def test_a_capacity_with_nothing_carried_beside_it_decides_nothing(engine):
    # crr holds Power of Siberia-2's design capacity, and no volume: no figure, said why.
    answer = engine.ask("Did Power of Siberia 2 reach its capacity?")
    assert not answer.answered and not answer.values and "no figure of how much" in answer.text


def test_a_capacity_reached_in_a_year_without_a_volume_says_what_years_are_held(engine):
    answer = engine.ask("did power of siberia reach its capacity in 2024?")
    assert not answer.answered and not answer.values and "2025" in answer.text


def test_who_reached_a_capacity_asks_a_name_not_whether(engine):
    answer = engine.ask("Which company reached Power of Siberia's nominal capacity?")
    assert "whether a capacity" not in (answer.reading or {}).get("summary", "")
