"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 72.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values


def first_line(answer) -> str:
    return answer.text.splitlines()[0]


def test_a_place_that_visits_another_goes_there_not_the_other_way(engine):
    # "Beijing visited Moscow": a trip by the first place, to the second
    answer = engine.ask("who from Beijing visited Moscow in 2023?")
    assert answer.answered and "Xi Jinping" in first_line(answer)
    assert "Mishustin" not in answer.text and "Putin" not in first_line(answer)


def test_a_visit_asked_is_answered_only_by_an_event_that_went_somewhere(engine):
    # Moscow and Beijing rejecting a warning together is no visit by anyone
    answer = engine.ask("who from Moscow visited Beijing in 2024?")
    assert not answer.answered and "Hicks" not in answer.text


def test_being_somewhere_is_no_visit(engine):
    answer = engine.ask("Since when has China been Russia's biggest trading partner?")
    assert answer.answered and answer.events[0].date.startswith("2010")


@pytest.mark.parametrize("question", ["good", "bad", "very interesting!", "great, thanks", "ok"])
def test_a_reaction_alone_asks_for_no_figure(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values
    assert "reaction" in answer.text


def test_a_reaction_before_a_question_leaves_the_question(engine):
    assert 245 in values(engine.ask("good trade 2024?"))


def test_one_left_out_by_name_is_not_the_one_asked_about(engine):
    answer = talk(engine, "Yeltsin in 1992 visit meet which Chinese leaders?", "other than Jiang, who he meet?")
    assert answer.answered and first_line(answer).startswith("Yang Shangkun")
    assert "leaving out Jiang Zemin" in answer.interpretation or "Jiang Zemin" in str(answer.reading)


def test_one_left_out_without_a_comma_leaves_the_others_named(engine):
    answer = talk(engine, "May 2023 which Russian officials go to Beijing to see Xi?", "other than Mishustin who went?")
    assert answer.answered and first_line(answer).startswith("Alexander Novak")


@pytest.mark.parametrize("before, turn, value", [
    ("In 2022 what percent of Russian export was paid by yuan?", "not exports, imports", 23),
    ("Chinese people think Russia is good effect on world, 2019 YouGov how many?", "not positive, negative ones?", 15),
    ("China LNG from Russia 2022 in tonnes?", "not customs, energy institute number", 6.1),
    ("Russian tourist to China 2019 how many?", "not Russian, the Chinese going to Russia", 2300000),
])
def test_a_correction_asks_the_figure_before_with_the_thing_put_in_place(engine, before, turn, value):
    answer = talk(engine, before, turn)
    assert answer.answered and value in values(answer)
    assert "in place of" in answer.reading["summary"]


def test_a_correction_to_a_figure_not_held_says_so(engine):
    answer = talk(engine, "how many resolutions General Assembly adopted in 2025?", "not GA, Security Council?")
    assert not answer.answered and not values(answer)


def test_a_follow_up_of_the_same_figure_keeps_the_time_asked(engine):
    # "and only in person?" after the meetings since 2022 is not their count over 2013-2025
    answer = talk(engine, "Xi Putin met how many times since 2022?", "and only in person?")
    assert not answer.answered and not values(answer)
