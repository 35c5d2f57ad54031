"""Mechanisms from tuning set 17, a newcomer's trial and the team's own probes: what each one reads.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_share_level_said_as_a_fraction_is_a_threshold(engine):
    # "more than half" of a share in percent is above 50%; "under a third" below 33.3%.
    answer = engine.ask("first year Russia supplied more than half of China's arms imports")
    assert answer.answered and answer.kind == "when" and "above 50%" in answer.text
    answer = engine.ask("in which year did Russia's share of China's arms imports fall below half?")
    assert answer.answered and "below 50%" in answer.text
    # A level the figures never reach is said, with no date.
    answer = engine.ask("when did Russia's share of China's arms imports drop under a third?")
    assert not answer.answered and "never below" in answer.text


def test_a_city_is_no_company(engine):
    # The words of a figure's record may name a city ("Heilongjiang to Shanghai"): no firm.
    answer = engine.ask("which company built the Power of Siberia pipeline?")
    assert not answer.answered and "names Shanghai" not in answer.text


def test_a_change_between_two_times_may_be_a_shares_change(engine):
    # "How much did X change between A and B" of a share is so many points; the count of
    # Security Council votes that the words match less well is another figure.
    answer = engine.ask("how much did UN voting agreement change between 1991 and 2001?")
    assert answer.answered and "percentage points" in answer.text
    assert values(answer)[-1] == 21.6
