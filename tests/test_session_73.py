"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 73.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values


def first_line(answer) -> str:
    return answer.text.splitlines()[0]


@pytest.mark.parametrize("question, holder", [
    ("who took over from Jiang Zemin as CCP general secretary in November 2002?", "Hu Jintao"),
    ("who replaced Hu Jintao as CCP general secretary?", "Xi Jinping"),
])
def test_a_post_asked_as_is_the_post_taken_not_a_holder_named(engine, question, holder):
    # "as CCP general secretary": the post the one asked for took, not someone the question names
    answer = engine.ask(question)
    assert answer.answered and first_line(answer).startswith(holder)


def test_a_capital_written_as_where_it_happened_is_a_place(engine):
    # "in Moscow": the person's events there, not all of them
    answer = engine.ask("what did Xi do in Moscow?")
    assert answer.answered and "Moscow" in answer.text
    assert "succeeds Hu Jintao" not in answer.text


def test_a_balance_asked_over_time_is_each_year_held(engine):
    answer = engine.ask("trade balance over time")
    assert answer.answered
    years = {line.split(" in ")[1][:4] for line in answer.text.splitlines() if line.startswith("Russia's goods trade balance")}
    assert {"1992", "2020"} <= years and len(years) > 20
