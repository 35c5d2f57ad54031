"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 56.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values  # noqa: F401  (talk is used by later tests)


def test_a_stake_is_no_loan_and_a_loan_no_stake(engine):
    # the Chinese banks' financing of Rosneft's purchase is a loan, not a stake anyone bought
    answer = engine.ask("How much did China pay for its stake in Yuganskneftegaz?")
    assert not answer.answered and 6 not in values(answer)
    answer = engine.ask("How big a stake in CNPC did Rosneft buy, and for how much?")
    assert 6 not in values(answer)
    # each is still found under its own word, and under "investment" for both
    assert 6 in values(engine.ask("how much did chinese banks lend rosneft?"))
    assert 30 in values(engine.ask("what stake did china take in yamal lng?"))
    assert 3 in values(engine.ask("how much did cnpc invest in rosneft?"))
