"""Mechanisms from tuning set 19, a newcomer's trial and the team's own probes: what each one reads.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import values


def test_a_count_named_by_one_of_its_own_words_meets_a_subject_its_records_say(engine):
    # "How big was the naval contingent": a count of troops named by a word of its own
    # ("Russian contingent"), whose record says the contingent was naval.
    answer = engine.ask("How big was the Russian naval contingent in Peace Mission 2005?")
    assert answer.answered and values(answer) == [1000]
    # A subject the records do not say stays unmet.
    answer = engine.ask("How big was the Russian air force contingent in Peace Mission 2005?")
    assert 1000 not in values(answer)
