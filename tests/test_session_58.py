"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 58.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_judgement_asked_in_a_follow_up_stays_a_judgement(engine):
    answer = talk(engine, "Xi and Putin: 19 interactions since Feb 2022?", "do you think they really trust each other?")
    assert answer.kind == "judgement" and not answer.answered and not values(answer)
    # a word those polled said is still the poll's figure
    answer = talk(engine, "Genron NPO poll, Nov 2022: share of Chinese saying Russia's actions 'are not wrong'?",
                  "and those who said they should be opposed?")
    assert 21.5 in values(answer)


def test_it_is_the_thing_shown_not_another_subject(engine):
    answer = talk(engine, "Harbin Turbine-OGK 2008 deal?", "how much was it worth?")
    assert not answer.answered and not values(answer)
    # a follow-up that names its own subject still changes it
    assert talk(engine, "trade in 2024?", "and crude oil imports that year?").answered
