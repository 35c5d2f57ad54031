"""Mechanisms from tuning sets 26-35 and the team's own probes, round 42.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_a_person_who_studies_a_subject_is_found_by_the_words_of_their_role(engine):
    # "scholar", "academic", "expert": a post of one who studies, said any of those ways.
    for question in ("Which Fudan University scholar argued that economic cooperation would keep the SCO relevant?",
                     "which expert said the SCO would stay relevant?",
                     "which Chinese academic studies the SCO?"):
        answer = engine.ask(question)
        assert answer.answered and answer.text.startswith("Zhao Huasheng"), question
        assert "expert" not in answer.unread and "academic" not in answer.unread, question


def test_a_bloc_is_no_ones_country_but_a_role_may_name_it(engine):
    # A role of another country is still held by one of its own, never by someone else.
    answer = engine.ask("who is India's prime minister?")
    assert not answer.answered and "names no one" in answer.text


def test_a_name_joined_to_its_era_is_that_persons_time_in_office(engine):
    for question in ("Yeltsin-era trade?", "trade in the yeltsin era?"):
        answer = engine.ask(question)
        assert "Yeltsin's time in office" in answer.reading["summary"], question
    answer = engine.ask("Which Yeltsin-era foreign minister criticised China's human rights record during a visit there?")
    assert answer.answered and "Kozyrev" in answer.text


def test_the_members_of_a_gathering_are_the_countries_it_names_before_any_person(engine):
    for question in ("Who were the original members of the Shanghai Five?", "Shanghai Five — who were the five?"):
        answer = engine.ask(question)
        assert answer.answered and "Kazakhstan" in answer.text and "Tajikistan" in answer.text, question
        assert "Grachev" not in answer.text, question


def test_the_largest_group_of_is_a_standing_among_others_not_a_peak(engine):
    answer = engine.ask("Are Chinese students now the largest group of foreign students in Russia?")
    assert answer.kind != "judgement" and answer.answered
    assert "highest" not in answer.reading["summary"]
