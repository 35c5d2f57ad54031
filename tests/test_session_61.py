"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 61.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_way_not_held_stays_the_talk(engine):
    # the other way asked and not held: what comes next is asked of that way, not of the way before
    answer = talk(engine, "Chinese students in Russia in 2024", "and Russian students in China?", "what share?")
    assert not answer.answered and not values(answer)
    # a follow-up that names its own way or thing is its own
    answer = talk(engine, "Chinese students in Russia in 2024", "and Russian students in China?",
                  "and Chinese students in Russia in 2020?")
    assert answer.answered
