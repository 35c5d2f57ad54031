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


def test_a_unit_price_is_no_deals_value_nor_a_volume(engine):
    for question in ("What price does China pay for Power of Siberia gas?",
                     "What price per barrel did China pay for Russian crude in 2024?"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values
        assert "price per unit" in answer.text
    # The price of a deal, or of a company, is an amount.
    assert engine.ask("what was the price of the 2014 gas deal?").answered
    assert engine.ask("what price did Rosneft pay for Yuganskneftegaz?").answered
