"""Names that stand for the two countries and their posts, in figures, events and roles."""

from __future__ import annotations


def test_a_capital_standing_for_its_country_finds_the_event(engine):
    # "Beijing" is China here, not a word the event must repeat.
    answer = engine.ask("In what year did the split between Beijing and the USSR happen?")
    assert answer.answered and answer.events and answer.events[0].date.startswith("1961")


def test_an_envoy_is_an_ambassador(engine):
    answer = engine.ask("Who is the Russian Federation's envoy in Beijing?")
    assert answer.answered and "Morgulov" in answer.text
    assert answer.unread == []  # the role and the city are read, not left over


def test_chinas_northern_neighbour_is_russia(engine):
    answer = engine.ask("How much crude did the Middle Kingdom buy from its northern neighbour in 2024?")
    assert answer.answered and answer.values[0].metric == "oil_exports_to_china"


def test_engagements_logged_by_defence_chiefs(engine):
    answer = engine.ask("How many engagements did the defence chiefs log between Feb 2022 and Feb 2026?")
    assert answer.answered and answer.values[0].value == 14


def test_a_year_that_names_the_treaty_is_no_time_asked(engine):
    answer = engine.ask("When did Moscow and Beijing extend their 2001 good-neighbour treaty?")
    assert answer.answered and answer.events[0].date.startswith("2021")
    assert "named by its year 2001" in answer.reading["summary"]
