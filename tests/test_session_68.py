"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 68.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, verdict", [
    ("is the China–Russia border the 4th longest in the world?", "no, crr holds rank 6, not the claim's rank 4"),
    ("Is the China-Russia border the world's second-longest?", "no, crr holds rank 6, not the claim's rank 2"),
    ("Is the China-Russia border ranked second in the world by length?", "not the claim's rank 2"),
    ("does the china-russia border rank sixth in the world?", "yes, crr holds rank 6, the claim's place"),
    ("is China Russia's second-largest trading partner?", "no, crr holds rank 1, not the claim's rank 2"),
])
def test_a_place_in_a_ranking_a_claim_gives_is_set_against_the_rank_held(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.answered and all(v.unit == "rank" for v in answer.values)
    assert verdict in answer.text


def test_a_statement_of_a_place_in_a_ranking_before_the_question_is_judged_by_the_rank(engine):
    answer = engine.ask("The China–Russia border is the world's fourth-longest — how long is it exactly?")
    assert not answer.answered and not answer.values
    assert "does not bear out" in answer.text and "rank 6" in answer.text


def test_who_holds_a_place_is_still_asked_of_the_ranks(engine):
    answer = engine.ask("which country is russia's second largest trading partner?")
    assert not answer.answered and "no one ranked second" in answer.reading["summary"]
