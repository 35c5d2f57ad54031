"""Shorthand a writer types, and follow-ups that keep what the question before asked.

"'24" is 2024, "chn" is China and "rus>chn" runs from Russia to China, "howmany" is two
words, a compound is cut as written ("chn-rus"). A source's name says whose figure, not
which ("energy" in "per the Energy Institute" asks for no energy figure). A follow-up
keeps the source the question before named where that source has the figure asked, and
whose statistics it asked for unless it names a country itself; "Russia's own number",
"what did Russia record as" and "what did China say" name whose statistics. "The year
after?" alone is the figure a year on; "record" as a verb asks no record high.
"""

from __future__ import annotations

from assistant.answering.conversation import Conversation
from assistant.reading.read import read
from assistant.reading.words import normalize


def test_a_year_after_an_apostrophe_is_that_year():
    assert "2024" in normalize("trade in '24")
    assert "1998" in normalize("oil in '98")


def test_an_arrow_runs_from_one_to_the_other(engine):
    intent = read("dual use shipments chn->rus 2024 usd", engine.lexicon)
    assert intent.flow == ("china", "russia")
    assert engine.ask("rus>chn crude 2023").values


def test_words_run_together_and_compounds_are_cut_as_written(engine):
    assert engine.ask("howmany chinese studnets in russia 2024").answered
    assert engine.ask("chn-rus trade 2024 ?").values[0].value == 245


def test_a_sources_name_asks_for_no_figure_of_its_words(engine):
    answer = engine.ask("russian crude to china 2023 energy institute")
    assert answer.answered
    assert "share" not in answer.reading["summary"].split("(")[0].lower()


def test_a_follow_up_keeps_the_source_named_before(engine):
    talk = Conversation(engine)
    talk.ask("What was Russia's pipeline gas export to China in 2022 per the Energy Institute?")
    answer = talk.ask("what about LNG?")
    assert answer.values and answer.values[0].source == "energy-institute"


def test_a_kept_source_gives_way_where_it_has_no_figure(engine):
    talk = Conversation(engine)
    talk.ask("How much pipeline gas did Russia send to China in 2023 according to the Energy Institute?")
    assert talk.ask("and in 2025?").answered


def test_a_country_named_in_the_follow_up_says_whose_statistics(engine):
    talk = Conversation(engine)
    talk.ask("How much did China export to Russia in 2013 by China's figures?")
    answer = talk.ask("and what did Russia record as its imports from China that year?")
    assert answer.values and all(v.reporter == "russia" for v in answer.values)


def test_a_source_named_in_a_follow_up_gives_the_figure_shown(engine):
    talk = Conversation(engine)
    talk.ask("What was Russia's share of China's arms imports in 2023 according to the dashboard?")
    answer = talk.ask("Does SIPRI's own export data agree with that?")
    assert answer.values and answer.values[0].source == "sipri-arms-transfers"


def test_the_year_after_alone_is_the_figure_a_year_on(engine):
    talk = Conversation(engine)
    talk.ask("What share of China's arms imports came from Russia in 2022 per SIPRI?")
    answer = talk.ask("the year after?")
    assert answer.values and answer.values[0].period == "2023"


def test_record_as_a_verb_asks_no_record(engine):
    assert read("what did russia record as imports from china in 2013", engine.lexicon).kind != "peak"
    assert engine.ask("record trade").kind == "peak"


def test_a_name_in_capitals_and_in_small_letters_is_one_row():
    from types import SimpleNamespace as NS

    from assistant.reading.lexicon import vocabulary_rows

    party = NS(id="china", names=["CHN", "chn"], cities=[])
    vocabulary = NS(parties=[party], subjects=[], currencies=[], units=[], measures=[], sources=[],
                    judgement=[], off_subject=[], harmless=[], people_groups=[], offices=[], shorthand={})
    rows = vocabulary_rows(vocabulary, [])
    assert [r for r in rows if r[0] == "chn"] == [("chn", "party", "china", "")]


def test_how_many_since_after_a_count_is_the_same_count(engine):
    talk = Conversation(engine)
    talk.ask("how many joint exercises since 2003?")
    answer = talk.ask("how many since the war began?")
    assert answer.values and answer.values[0].value == 31


def test_the_other_way_of_a_flow_held_one_way_is_said(engine):
    talk = Conversation(engine)
    talk.ask("LNG imports from Russia 2021")
    answer = talk.ask("and the other way?")
    assert not answer.answered and not answer.values and "not the other way" in answer.text


def test_a_new_year_the_figure_lacks_takes_the_same_flow_in_another_unit(engine):
    talk = Conversation(engine)
    talk.ask("LNG imports from Russia 2021")
    answer = talk.ask("and in 2023?")
    assert answer.values and answer.values[0].value == 11.02


def test_a_unit_asked_before_is_asked_still(engine):
    talk = Conversation(engine)
    talk.ask("How much pipeline gas did China import from Russia in 2021 in tonnes?")
    assert not talk.ask("and 2022?").values


def test_which_source_says_a_figure(engine):
    talk = Conversation(engine)
    talk.ask("Russia's share of China's arms imports 2023")
    answer = talk.ask("which source says 79?")
    assert answer.kind == "sources" and "SIPRI" in answer.text and "MERICS" not in answer.text
    assert talk.ask("and in 2015?").values[0].value == 61.2


def test_why_after_a_figure_asks_a_cause_crr_does_not_give(engine):
    talk = Conversation(engine)
    talk.ask("UN voting agreement 1993")
    answer = talk.ask("why did it fall?")
    assert answer.kind == "judgement" and not answer.values


def test_a_month_and_two_digits_is_that_month_of_this_century():
    assert "jan 2024" in normalize("yuan share of russias trade jan 24")
    assert "dec 2022" in normalize("trade in dec 22")
    # After a word of time, or before a year, the two digits are a day.
    assert "feb 24" in normalize("since feb 24") and "2024" not in normalize("since feb 24")
    assert "jan 24 2022" in normalize("jan 24 2022 trade")


def test_who_signed_needs_a_person(engine):
    # The article names the 2004 agreement's islands and the parliaments that ratified it, no signatory.
    answer = engine.ask("Who signed the 2004 Complementary Agreement on the eastern section of the boundary?")
    assert not answer.answered


def test_a_span_says_which_figure_it_leaves_out(engine):
    # The 2022 figure is of a year that began before the invasion.
    answer = engine.ask("trade since the invasion")
    assert "Left out: the figure for 2022" in answer.text
    assert "Left out" not in engine.ask("trade since 2022").text


def test_each_kind_of_gas_as_the_source_asked_gives_it(engine):
    answer = engine.ask("gas imports 2020 customs")
    assert {v.source for v in answer.values} == {"gacc-customs"}
