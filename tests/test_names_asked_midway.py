"""A name asked anywhere in a question ("to which port?", "a shareholder in which oil
company"), a neighbour asked as a country, an event dated over months, and the verbs
and nouns that say nothing of the figure ("stage" an exercise, Chinese "nationals")."""

from __future__ import annotations

import pytest

from assistant.reading.kinds import read_event_kind
from assistant.reading.periods import describe_label


@pytest.mark.parametrize("text, kind", [
    ("japan offered to pay for a pipeline to which port?", "who"),
    ("china became a shareholder in which russian oil company through loans?", "who"),
    ("roll calls in which both china and russia voted in 2017", None),
    ("in which year did trade peak?", "when"),
])
def test_which_midway_asks_for_a_name(text, kind):
    assert read_event_kind(text) == kind


def test_a_place_asked_is_named_first(engine):
    answer = engine.ask("In 2003 Japan offered to pay for a Far East oil pipeline ending at which port?")
    assert answer.answered and answer.kind == "who"
    assert answer.text.splitlines()[0].startswith("Its words name Nakhodka")


def test_a_neighbour_asked_is_a_country(engine):
    answer = engine.ask("Which neighbour took part in the border defence drill with China and Russia in September 2025?")
    assert answer.answered and "Mongolia" in answer.text.splitlines()[0]
    assert "neighbour" not in answer.unread


def test_an_event_dated_over_months_is_found_in_any_of_them(engine):
    answer = engine.ask("Which Chinese arms maker sent rifles and body armour to Russia in the second half of 2022?")
    assert answer.answered and "Norinco" in answer.text
    assert describe_label("2022-06/2022-12") == "June 2022 to December 2022"


@pytest.mark.parametrize("question, value", [
    ("How many joint drills did the PLA and the Russian army stage in 2024?", 11),
    ("How many Chinese nationals were master's students in Russia in 2024?", 16411),
])
def test_words_that_say_nothing_of_the_figure(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0].value == value
    assert not answer.unread


def test_people_and_the_public_say_nothing_of_the_figure(engine):
    answer = engine.ask("Did the Chinese public think backing Russia in Ukraine served China's interest?")
    assert answer.answered and answer.values[0].value == 75


def test_a_poll_answers_only_the_question_it_asked(engine):
    # The survey asked whether backing Russia serves China, not whether people back the war.
    answer = engine.ask("What share of Chinese people support Russia's war in Ukraine?")
    assert not answer.answered and not answer.values
