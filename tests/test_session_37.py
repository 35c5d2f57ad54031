"""Mechanisms from tuning sets 23, 27 and 28, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values


def titles(answer) -> list[str]:
    return [e.title for e in answer.events]


@pytest.mark.parametrize("question, expected", [
    ("which themed years did the two sides hold?", 8),
    ("list the cross years", 8),
    ("what were the media years?", 2),
    ("Name the language-themed years", 2),
])
def test_a_theme_before_year_asks_for_the_themed_years_as_events(engine, question, expected):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "what_happened" and not answer.values
    assert len(answer.events) == expected and all(t.startswith("Year of") for t in titles(answer))


def test_a_themed_year_of_a_year_is_that_years_event(engine):
    answer = engine.ask("the cultural 'cross years' - which theme did 2013 have?")
    assert titles(answer) == ["Year of Chinese Tourism in Russia"]


def test_a_themed_year_keeps_its_theme(engine):
    # "tourism" names the themed years of tourism, not the tourist visits crr counts
    answer = engine.ask("what were the tourism years?")
    assert answer.answered and not answer.values
    assert titles(answer) == ["Year of Russian Tourism in China", "Year of Chinese Tourism in Russia"]
    assert answer.text.count("Year of Russian Tourism in China") == 1  # two readings, one answer, said once


def test_after_a_year_lists_events_from_the_next_year(engine):
    answer = engine.ask("what happened after 2024?")
    assert answer.events and all(e.date >= "2025" for e in answer.events)
    assert "after 2024" in answer.reading["summary"]
    assert engine.ask("what happened since 2024?").events[0].date.startswith("2024")


def test_no_themed_year_after_the_last_held_is_none_held(engine):
    answer = engine.ask("Which themed years did the two countries hold after 2017?")
    assert not answer.answered and not answer.events
