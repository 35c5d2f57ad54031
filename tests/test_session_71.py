"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 71.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values


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


def test_a_figure_asked_through_the_line_shown_is_of_that_lines_countries(engine):
    # oil "through it", after Kazakhstan's line to China opened, is not Russia's oil
    answer = talk(engine, "When did Nazarbayev open the Atasu-Alashankou pipeline?", "how much oil went through it in 2010?")
    assert not answer.answered and not values(answer)


def test_its_figure_after_a_figure_of_a_thing_is_not_another_countrys_things(engine):
    answer = talk(engine, "When was the Russia-China crude pipeline completed?", "how long is it?",
                      "what's its annual throughput?")
    assert not answer.answered and "Atasu" in answer.text


def test_a_figure_per_so_many_of_a_people_is_a_rate_not_held(engine):
    assert not engine.ask("chinese students per 100k russians 2024").answered


@pytest.mark.parametrize("question", ["PoS-2 approved by 2027? odds?", "trade by 2028?"])
def test_what_will_have_happened_by_a_year_to_come_is_a_forecast(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and answer.kind == "judgement"


def test_a_year_past_asked_with_by_is_a_span_to_it(engine):
    assert engine.ask("trade by 2024?").kind != "judgement"


@pytest.mark.parametrize("follow_up", ["what about ships?", "what about tanks?", "and ships?"])
def test_a_thing_named_in_a_follow_up_is_read_or_named_as_not_understood(engine, follow_up):
    # ("ships" is no verb of goods sent here, nor "tanks" a typo of "thanks")
    answer = talk(engine, "trade in 2024?", follow_up)
    assert not answer.answered and not values(answer)


def test_goods_shipped_still_read_as_a_flow(engine):
    assert engine.ask("how much oil does Russia ship to China?").answered


@pytest.mark.parametrize("question", [
    "pipeline gas 2021: do the Energy Institute and Chinese customs numbers match?",
    "is wikipedia's 2025 trade number consistent with what the dashboard says about 2025?",
])
def test_whether_two_sources_named_agree_is_each_ones_figure(engine, question):
    assert engine.ask(question).answered


def test_how_many_after_a_date_counts_the_things_dated_not_the_date_again(engine):
    answer = talk(engine, "when did China and Russia first hold a joint military exercise?", "how many have there been since?")
    assert answer.answered and 96 in values(answer) and not answer.events


def test_they_after_an_event_of_two_people_are_those_two(engine):
    answer = talk(engine, "When did Xi and Putin issue the 'no limits' statement?",
                  "how many times have they interacted since the invasion?")
    assert 19 in values(answer)


@pytest.mark.parametrize("questions, name", [
    (("When did Yukos end rail oil shipments to CNPC?", "who was arrested the year before?"), "Khodorkovsky"),
    (("When did Xi visit Russia in 2023?", "and who visited Beijing a couple of months later?"), "Mishustin"),
])
def test_who_a_time_from_the_event_shown_is_of_that_time(engine, questions, name):
    answer = talk(engine, *questions)
    assert answer.answered and name in answer.text.splitlines()[0]


def test_a_rate_a_year_or_a_time_before_a_person_is_no_time_from_the_event_shown(engine):
    answer = talk(engine, "When did Yukos end rail oil shipments to CNPC?", "who met him five times a year before him?")
    assert "2003" not in (answer.reading or {}).get("summary", "")


def test_and_before_alone_asks_of_the_time_before_the_figure_shown(engine):
    answer = talk(engine, "What's the yuan's share of stock market trading in Russia now?", "and before?")
    assert answer.answered and 3 in values(answer) and 33 not in values(answer)


def test_the_names_of_things_just_counted_are_no_count_again(engine):
    answer = talk(engine, "How many Chinese companies did the US add to the Entity List in October 2023?",
                  "what were their names?")
    assert not answer.answered and not values(answer)
