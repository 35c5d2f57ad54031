"""Mechanisms from the tuning sets and the team's own probes, round 46.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_a_follow_up_span_after_a_total_asks_the_same_total(engine):
    # "How much ... from A to B" asks what the span adds up to; "and C to D?" asks the same of
    # another span, which a figure for one year inside it does not answer.
    first = engine.ask("How much did China spend on Russian weapons from 1993 to 1997?")
    assert first.answered and any(v.value == 5 for v in first.values)
    answer = engine.ask("and 1998 to 2002?", previous=first)
    assert not answer.answered and not answer.values
    assert "lacks 1998" in answer.text
    # ... a bare span asked first still shows what is held within it
    bare = engine.ask("RU-CN trade 2018-2024")
    assert bare.answered


def test_a_share_of_every_kind_of_vote_is_no_figure_of_one_kind(engine):
    # The same-vote share counts yes, no and abstentions alike: how often both abstained is
    # another figure, which crr does not hold.
    answer = engine.ask("In 1985, how often did China and the USSR both abstain in the General Assembly?")
    assert not answer.answered and not answer.values
    same = engine.ask("How often did China and the USSR vote the same way in the General Assembly in 1985?")
    assert same.answered and any(v.value == 71.9 for v in same.values)


def test_a_total_over_all_occasions_is_not_the_figure_of_one(engine):
    answer = engine.ask("How many troops have taken part in all Sino-Russian joint drills combined?")
    assert not answer.answered and not answer.values
    assert "every occasion" in answer.text
    assert "2009" not in (answer.reading or {}).get("summary", "")  # (the time of one occasion was not asked)
    # ... a yearly series' total with all partners is asked of a year, and answered
    first = engine.ask("How much did China import in arms from Russia in 2020, in SIPRI TIV?")
    total = engine.ask("and from all suppliers combined?", previous=first)
    assert total.answered


def test_a_follow_up_naming_the_two_the_other_way_round_asks_the_other_way(engine):
    # "and Russia's in China?" after Chinese students in Russia: Russian students in China,
    # which crr does not hold; not another figure that happens to go from Russia to China.
    first = engine.ask("How many Chinese master's students were in Russia in 2024?")
    answer = engine.ask("And Russia's in China?", previous=first)
    assert not answer.answered and not answer.values
    assert "not the other way" in answer.text
    # A share keeps whose share it is: after China's share of Russia's imports, Russia's share
    # of China's imports, not China's share of Russia's exports.
    share = engine.ask("What was China's share of Russia's imports in 2023?")
    turned = engine.ask("and Russia's in China?", previous=share)
    assert not turned.answered and not turned.values
    # ... and a figure held both ways turns
    visits = engine.ask("How many Chinese tourist visits to Russia in 2019?")
    back = engine.ask("and Russians in China?", previous=visits)
    assert back.answered and "Russian tourist visits to China" in back.text
