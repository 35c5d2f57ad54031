"""An event answers a question only if it has what the question asks of it.

People are a facet of an event, checked on their own: an event without a person
asked for is another event, and a person's name, however rare, does not on its own
make an event fit ("Medvedev's trip to China" is a trip). An office or a role says who,
not what happened. "First" and "last" choose among the events found; they do not find
one. Words are matched as the events' words are cut ("seize" as "seized"), a word no
event uses weighs as the synonyms some events do, and a clause that says a thing was
not done ("neither condemned nor recognised") answers no question of when it was.
"""

from __future__ import annotations

import pytest

from assistant.answering.event_words import event_stem
from assistant.reading.read import read


def test_a_person_alone_does_not_make_an_event_fit(engine):
    # The one event with Medvedev is a warning given in Kamchatka, not a trip.
    answer = engine.ask("When did Medvedev travel to Beijing?")
    assert not answer.answered
    assert not answer.events


def test_an_event_without_the_person_asked_for_is_another_event(engine):
    intent = read("when did Medvedev sign a gas agreement?", engine.lexicon)
    engine.resolver.resolve(intent)
    rows = engine._find_events(intent)
    people = [{p["id"] for p in engine.store.people_of_event(r["id"])} for r in rows]
    assert all("dmitry-medvedev" in found for found in people)


def test_an_order_word_does_not_find_an_event(engine):
    # "First" is in many events' words; with one other word matched it named the first
    # submarine patrol for a question about S-400 deliveries.
    answer = engine.ask("When did Russia hand over the first S-400 batteries?")
    assert "submarine" not in answer.text


@pytest.mark.parametrize("question, event", [
    ("When did Putin and Hu Jintao first sit down together?", "hu-putin-first-meeting-2002"),
    ("when did Yeltsin come to China for the first time?", "yeltsin-visit-china-1992"),
])
def test_a_word_no_event_uses_is_found_through_its_synonyms(engine, question, event):
    answer = engine.ask(question)
    assert answer.answered
    assert answer.events[0].event_id == event


def test_a_role_says_who_not_what_happened(engine):
    answer = engine.ask("Which Russian premier did Wen Jiabao meet in Moscow in 2004?")
    assert answer.answered
    assert "Mikhail Fradkov" in answer.text


def test_an_office_need_not_be_a_word_of_the_event(engine):
    answer = engine.ask("When did Putin first meet Hu Jintao as China's leader?")
    assert answer.events[0].event_id == "hu-putin-first-meeting-2002"


def test_words_are_cut_as_the_events_words_are():
    assert event_stem("seize") == event_stem("seized")
    assert event_stem("recognise") == event_stem("recognised")
    assert event_stem("trade") == event_stem("traded")
    assert event_stem("free") == "free"  # too short to lose its last letter


def test_a_clause_saying_it_was_not_done_dates_nothing(engine):
    # The 2014 sanctions event says China neither condemned nor recognised the annexation.
    answer = engine.ask("When did Beijing recognise the annexation of Crimea?")
    assert not answer.answered
    assert "2014" not in answer.text.split("\n")[0] or "says otherwise" in answer.text


def test_a_word_matched_through_its_cut_is_no_unread_word(engine):
    answer = engine.ask("When did the US seize Maduro?")
    assert "seize" not in answer.unread


def test_a_year_naming_the_thing_asked_is_the_events_or_in_its_words(engine):
    # "The 1950 treaty" is no treaty of 2001; "the 2001 treaty extended" is dated 2021
    # by an event that names the 2001 treaty.
    assert not engine.ask("When was the 1950 friendship treaty signed?").answered
    extended = engine.ask("when was the 2001 treaty extended?")
    assert extended.answered and extended.events[0].date.startswith("2021")


def test_a_rare_word_only_the_texts_have_weighs_as_rare(engine):
    # "Refused" is in no title; the one event whose text says someone declined is the answer.
    answer = engine.ask("who refused to meet Yeltsin?")
    assert answer.events and answer.events[0].event_id == "yeltsin-visit-china-1992"


def test_a_place_named_in_a_few_words_finds_the_event_there(engine):
    answer = engine.ask("naval drills near Cape Town")
    assert answer.answered and answer.events[0].date.startswith("2019-11")


def test_who_refused_names_only_the_one_who_refused(engine):
    # Yeltsin met Jiang Zemin and Yang Shangkun; Deng Xiaoping declined to see him.
    answer = engine.ask("who refused to meet Yeltsin?")
    first_line = answer.text.split("\n")[0]
    assert "Deng Xiaoping" in first_line and "Jiang Zemin" not in first_line


def test_a_model_designation_is_a_name_an_event_must_have(engine):
    answer = engine.ask("when did China first buy S-300 missiles?")
    assert not answer.answered and not answer.events
    assert engine.ask("when did China buy the S-400?").answered
    # A year written after a hyphen is no model: "mid-2024" finds the June 2024 event.
    assert "Bank of China" in engine.ask("Which Chinese bank stopped payments to sanctioned Russian banks in mid-2024?").text


def test_who_at_the_end_of_keywords_asks_who(engine):
    answer = engine.ask("1993 defence cooperation agreement who signed")
    assert answer.kind == "who" and "Chi Haotian" in answer.text


def test_words_that_say_the_same_of_events(engine):
    assert engine.ask("when did the US Treasury threaten secondary sanctions?").events[0].date.startswith("2023-12")
    assert engine.ask("when did Mao die?").events[0].date.startswith("1976")


def test_crude_is_oil_and_first_ever_is_first(engine):
    for question in ("When was the first oil pipeline between Russia and China finished?",
                     "When was the first-ever China-Russia pipeline finished?"):
        answer = engine.ask(question)
        assert answer.events and answer.events[0].date == "2010-09-10", question
