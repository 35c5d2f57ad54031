"""Words read as they were meant, though written loosely.

A misspelling that sounds like a word crr knows ("exersize") is that word, and so is
one of a word that crr knows only inside a phrase ("powr of siberia 2"); the mended
word finds events too. Two words a few apart that together name one subject ("gas ...
through the pipeline") are that subject. A figure of occasions (troops in one joint
exercise) asked with no time is the occasion its note names ("Peace Mission"), not the
latest. A later word of a place's name ("River" in "the Amur River") is no name of its own.
A rank is of what English marks as ranked ("Russia's rank", "where does Russia rank"):
Lukoil's rank is no rank of Russia. "Kilometres long" asks a length in kilometres.
"""

from __future__ import annotations

from assistant.reading.read import read
from assistant.reading.typos import Mender, _sound


def test_letters_said_alike_are_one_sound():
    assert _sound("exersize") == _sound("exercise")
    assert _sound("milion") == _sound("million")
    assert _sound("tarif") == _sound("tariff")


def test_a_misspelling_that_sounds_like_a_known_word_is_mended():
    mender = Mender(["exercise", "export", "student"])
    assert mender.mend("exersize") == "exercise"
    assert mender.mend("bananas") is None


def test_a_word_known_only_inside_a_phrase_is_mended(engine):
    # Power of Siberia 2 carries no gas yet: a typo of its name must not become plain gas.
    answer = engine.ask("powr of siberia 2 gas flows 2025")
    assert not answer.answered
    assert not answer.values


def test_a_mended_word_finds_its_event(engine):
    answer = engine.ask("SCO exersize in iran when??")
    assert answer.events and answer.events[0].date.startswith("2025-12")


def test_two_words_apart_that_name_one_subject_are_that_subject(engine):
    intent = read("gas to china through the pipeline in 2025", engine.lexicon)
    assert intent.subjects == [("pipeline_gas",)]
    answer = engine.ask("gazprom gas to china 2025 thru the pipline how much")
    assert answer.answered and answer.values[0].value == 38.8


def test_words_set_apart_by_and_stay_two_subjects(engine):
    # "oil and gas pipelines": oil stays a subject of its own, joined to no pipeline.
    intent = read("oil and gas pipelines", engine.lexicon)
    assert ("oil",) in intent.subjects and len(intent.subjects) == 2


def test_the_occasion_a_note_names_gives_the_figure(engine):
    answer = engine.ask("peace mission drill how many chinese troops")
    assert answer.answered and answer.values[0].period == "2005-08"
    assert answer.values[0].value == 8000


def test_the_metrics_own_words_name_no_occasion(engine):
    # "joint exercise" is what every figure of the metric is of: no one occasion.
    answer = engine.ask("how many chinese troops in joint exercises")
    assert answer.values and answer.values[0].period != "2005-08"


def test_a_later_word_of_a_place_name_is_not_a_name_of_its_own(engine):
    answer = engine.ask("When was the handover ceremony for the Amur River islands held?")
    assert answer.events and answer.events[0].date == "2008-10-14"


def test_a_name_of_two_words_that_is_no_place_keeps_both(engine):
    # Li Qiang's visit to Moscow is in neither source.
    answer = engine.ask("When did Li Qiang visit Moscow?")
    assert not answer.answered


def test_a_rank_of_another_is_not_the_rank_asked(engine):
    # crr holds Lukoil's place among China's Russian oil suppliers, not Russia's among all of them.
    intent = read("Where does Russia rank among China's crude oil suppliers?", engine.lexicon)
    assert intent.ranked == "russia"
    answer = engine.ask("Where does Russia rank among China's crude oil suppliers?")
    assert not answer.answered and not answer.values
    assert engine.ask("where does lukoil rank among china's russian oil suppliers").answered


def test_a_rank_of_a_thing_named_by_its_countries_names_no_one(engine):
    intent = read("Where does the China-Russia border rank among the world's longest borders?", engine.lexicon)
    assert intent.ranked is None
    assert engine.ask("Where does the China-Russia border rank among the world's longest borders?").answered


def test_kilometres_long_asks_a_length_in_kilometres(engine):
    answer = engine.ask("How many kilometres long is the Power of Siberia-1 pipeline?")
    assert not answer.answered and not answer.values
    assert engine.ask("how many kilometres long is the border").values[0].value == 4209.3


def test_a_kind_of_thing_the_figure_is_not_names_an_event(engine):
    # A deal about the border is no length of the border: the 2004 agreement is the answer.
    answer = engine.ask("2004 border deal")
    assert answer.events and answer.events[0].date.startswith("2004")


def test_ordinals_in_figures_and_a_date_asked_at_the_end(engine):
    answer = engine.ask("li shangfu 1st trip abroad russia date")
    assert answer.kind == "when" and answer.events[0].date == "2023-04-17"


def test_a_person_named_by_a_role_is_the_one_asked_for(engine):
    answer = engine.ask("Which EU foreign policy chief did Wang Yi tell in July 2025 that China did not want Russia to lose?")
    assert answer.answered and "Kallas" in answer.text


def test_joining_a_body_by_other_words(engine):
    answer = engine.ask("Which country's accession turned the Shanghai Five into the SCO?")
    assert answer.answered and "Uzbekistan" in answer.text


def test_a_list_of_a_category_keeps_the_events_with_the_other_words(engine):
    # "energy deals": the energy events that are deals, agreements or contracts, not every one.
    answer = engine.ask("timeline of energy deals")
    assert len(answer.events) > 5
    assert all(any(w in f"{e.title} {e.summary}".lower() for w in ("deal", "agree", "contract", "treat", "pact", "accord"))
               for e in answer.events)


def test_one_thing_in_two_units_matched_alike_gives_both(engine):
    # SIPRI counts China's arms imports from Russia in TIV, the article in US dollars.
    answer = engine.ask("How did China's military imports from Russia change between 2000 and 2006?")
    sources = {v.source for v in answer.values}
    assert {"sipri-arms-transfers", "wikipedia-china-russia-relations"} <= sources
    assert 3.2 in [v.value for v in answer.values]


def test_a_word_a_figure_is_not_for_covers_the_words_that_say_the_same(engine):
    # "good for the world" is the positive side of the YouGov poll, not the negative.
    answer = engine.ask("Do Chinese people think Russia is good for the world? What did YouGov find in 2019?")
    assert answer.values and answer.values[0].value == 71


def test_an_event_with_another_country_as_one_of_its_parties(engine):
    answer = engine.ask("joint border defence drill with Mongolia")
    assert answer.answered and answer.events[0].date.startswith("2025-09")
    assert engine.ask("SCO exercise in Iran").answered


def test_two_countries_side_by_side_ask_a_relation_crr_does_not_hold(engine):
    for question in ("China-Ukraine trade", "US China trade war", "India Russia oil deal"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.events, question


def test_a_share_of_a_whole_elsewhere_is_another_share(engine):
    # crr holds Chinese brands' share of car sales in Russia, not Russian brands' in China.
    answer = engine.ask("What share of car sales in China were Russian brands in the first half of 2023?")
    assert not answer.answered and not answer.values
    assert engine.ask("What share of car sales in Russia were Chinese brands in the first half of 2023?").answered


def test_a_stake_is_its_owners(engine):
    answer = engine.ask("What stakes did Russian companies take in Chinese LNG projects in 2019?")
    assert not answer.answered and not answer.values
    assert engine.ask("what stake did china take in yamal lng?").values[0].value == 30


def test_a_quarter_in_words_is_that_quarter(engine):
    answer = engine.ask("How much did China ship in dual-use goods to Russia in the first quarter of 2025?")
    assert answer.reading["periods"] == ["2025-Q1"] and not answer.values
    kazakh = engine.ask("How much Russian crude reached China via Kazakhstan in the first quarter of 2008?")
    assert [(v.value, v.period) for v in kazakh.values] == [(300000, "2008-Q1")]


def test_a_currency_overvalued_is_a_judgement(engine):
    assert engine.ask("Is the ruble overvalued against the yuan?").kind == "judgement"
