"""Mechanisms from the tuning sets, the newcomer's trial and the team's own probes, round 54.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import values


def test_a_request_then_a_pointing_question_asks_the_figure_requested(engine):
    answer = engine.ask("For a map I need the length of the Power of Siberia gas pipeline. How long is it?")
    assert not answer.answered and not values(answer)  # no event's duration is "it"
    answer = engine.ask("I need the length of the ESPO pipeline. How long is it?")
    assert 1000 in values(answer)


def test_one_kind_of_a_whole_counted_together_is_not_the_whole(engine):
    answer = engine.ask("What share of Russia's exports to China is gas?")
    assert not answer.answered and 60.7 not in values(answer)
    # the whole, by the name the figure gives it, is the whole
    assert engine.ask("mineral fuels, oil and petroleum products' share of Russia's exports to China").answered
    assert engine.ask("energy share of Russia's exports to China").answered
