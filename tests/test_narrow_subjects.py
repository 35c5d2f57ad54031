"""A narrower subject or a flow the figures do not have is no licence to give them."""

from __future__ import annotations


def test_vetoes_are_not_votes_against_each_other(engine):
    # crr holds one Security Council vote where the two voted apart; a veto is another thing.
    answer = engine.ask("How many joint vetoes have China and Russia cast in the Security Council?")
    assert not answer.answered and not answer.values
    assert "'vetoes'" in answer.text  # the word as the question wrote it, not its stem


def test_a_deals_volume_flows_one_way(engine):
    # The Kovykta volumes and the 2014 deal are gas from Russia to China.
    answer = engine.ask("How much natural gas does China export to Russia?")
    assert not answer.answered and not answer.values
    assert engine.ask("How much gas did Sidanko agree to export to China in 1997?").answered
