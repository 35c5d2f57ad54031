"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 71.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import values


def first_line(answer) -> str:
    return answer.text.splitlines()[0]


def test_deliveries_are_dated_by_an_event_that_says_the_goods_went(engine):
    # the noun finds the event of the first exports; a purchase dates no delivery
    answer = engine.ask("when were the first Power of Siberia deliveries?")
    assert answer.answered and answer.events[0].date.startswith("2019")
    assert not engine.ask("when did the first S-400 deliveries to China happen?").answered


def test_a_deal_for_deliveries_is_dated_by_its_signing(engine):
    answer = engine.ask("when was the deal for S-400 deliveries signed?")
    assert answer.answered and answer.events[0].date.startswith("2015")


@pytest.mark.parametrize("question", [
    "how much money does Russia get from China for oil",
    "how much did Russia get paid by China for its oil in 2022",
    "what did Russia earn from oil sales to China in 2022",
])
def test_money_got_from_a_buyer_sends_the_goods_to_it(engine, question):
    answer = engine.ask(question)
    assert answer.answered and 58.378 in values(answer)


def test_a_pipelines_name_in_russian(engine):
    assert 50 in values(engine.ask("sila sibiri 2 capacity"))
    assert engine.ask("how much gas through sila sibiri in 2021?").answered


def test_a_one_off_figure_is_found_by_its_own_subject_and_measure_not_a_broader_ones(engine):
    assert 50 not in values(engine.ask("pipeline gas capacity"))


@pytest.mark.parametrize("question", [
    "Please, trade in 2024, it is very urgent for my article",
    "trade in 2024? pozhaluista",
    "trade 2024 - need for article, urgent",
])
def test_courtesies_and_haste_ask_nothing_of_the_figure(engine, question):
    assert 245 in values(engine.ask(question))


@pytest.mark.parametrize("question, year", [
    ("when did Xi first visit Moskva?", "2013"),
    ("Power of Sibiria started when?", "2019"),
])
def test_places_written_as_russian_does_find_their_events(engine, question, year):
    answer = engine.ask(question)
    assert answer.answered and answer.events[0].date.startswith(year)


def test_a_contract_with_its_party_named_for_deliveries_is_dated_by_its_signing(engine):
    answer = engine.ask("When did CNPC sign its contracts with Yukos for rail deliveries?")
    assert answer.answered and answer.events[0].date.startswith("1997")


@pytest.mark.parametrize("question, held, guessed", [
    ("When was the good-neighborliness treaty signed, 2000?", "2001", "2000"),
    ("what date was the handover ceremony for the Amur islands - 2005?", "2008", "2005"),
])
def test_a_year_set_after_a_when_question_is_a_guess_checked_not_a_time_the_event_must_fall_in(engine, question, held, guessed):
    answer = engine.ask(question)
    assert answer.answered and answer.events[0].date.startswith(held)
    assert f"Not {guessed}, as the question guessed" in answer.text and "guess" in answer.reading["summary"]


def test_a_year_after_a_when_question_of_a_thing_done_again_and_again_is_the_time_asked(engine):
    assert not engine.ask("when did Xi visit Moscow, 2021?").answered
