"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 60.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_calling_something_a_name_is_no_phone_call(engine):
    # "called Russia a friend": what it was called is the word an event must have
    assert not engine.ask("who called Russia a friend in 2024?").answered
    answer = engine.ask("When did Xi Jinping call Russia an ally?")
    assert not answer.answered and not values(answer)
    # a phone call is still one
    assert "Vladimir Putin" in engine.ask("who called Xi in 2022?").text
    assert "Xi and Putin" in engine.ask("who called the relationship a no limits partnership?").text
