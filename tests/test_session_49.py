"""Mechanisms from the tuning sets, the newcomer's trial and the team's own probes, round 50.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_when_a_thing_grew_a_multiple_is_the_time_its_multiple_spans(engine):
    # A growth multiple held over a span dates the growth it measures.
    answer = engine.ask("when did Chinese LNG imports from Russia nearly quadruple?")
    assert answer.answered and answer.values[0].period == "2019/2025"
    assert "from 2019 to 2025" in answer.text


def test_another_multiple_than_the_one_held_is_no_time(engine):
    # "double" is not the "nearly 4 times" held: the time it doubled is not known.
    answer = engine.ask("when did Russian LNG exports to China double?")
    assert not answer.answered and not answer.values
    assert "nearly 4 times" in answer.text
