"""Shorthand, prefaces and the words around a figure.

Terse queries write years with a letter o, parts of a year with two digits, units and
countries in abbreviations, and a word the figures never use where one of its group
does; a journalist's preface says what they are writing, not what they ask.  And a
share's whole, whose share it is, and which way a flow goes each decide the figure.
"""

from __future__ import annotations

from assistant.reading.words import normalize


def values(answer) -> list[float]:
    return [v.value for v in answer.values]


def test_a_year_typed_with_the_letter_o_is_that_year():
    assert normalize("sino russian trade 2o24") == "sino russian trade 2024"
    assert normalize("trade 2oo8") == "trade 2008"
    assert normalize("the zoo in 2024") == "the zoo in 2024"  # no digits in it: a word


def test_a_part_of_a_year_with_two_digits_is_that_part_of_the_year():
    assert normalize("yuan stash end-22") == "yuan stash end 2022"
    assert normalize("mid-2024") == "mid-2024"


def test_shorthand_units_countries_and_arrows_are_read(engine):
    assert 108 in values(engine.ask("russian crude into china 2024, mln t"))
    assert 245 in values(engine.ask("sino russian trade 2o24"))
    answer = engine.ask("dual use exports cn->ru 2025 bn")
    assert answer.answered and answer.reading["flow"] == {"from": "china", "to": "russia"}


def test_a_word_no_figure_uses_is_read_as_a_word_of_its_group_that_one_does(engine):
    # "megadeal" is a deal, a "stash" a holding: found as those words would find them.
    assert set(values(engine.ask("how big was the 2014 gas megadeal"))) == {400}  # both sources
    assert values(engine.ask("households' yuan stash in russian banks end-22")) == [6]
    assert values(engine.ask("yamal lng stakes china 2019 price tag")) == [45]


def test_a_model_written_in_the_plural_is_still_that_model(engine):
    answer = engine.ask("did china buy su-57s")
    assert not answer.answered and not answer.values
    assert not any("Su-27" in e.title for e in answer.events)


def test_a_flow_named_both_ways_finds_the_goods_going_that_way(engine):
    # Figures of the other way ("Russian oil exports ... change") match more of the words.
    answer = engine.ask("How did China's exports to Russia change between 2014 and 2015?")
    assert answer.answered and {53.686, 34.81} <= set(values(answer))


def test_a_share_of_one_countrys_exports_is_no_share_of_the_others_imports(engine):
    answer = engine.ask("What share of Russia's arms exports go to China?")
    assert not answer.answered and not answer.values
    assert 76 in values(engine.ask("What share of China's arms imports came from Russia in 2023?"))


def test_a_country_after_what_it_is_the_place_of_is_not_whose_share(engine):
    assert values(engine.ask("chinese exchange students russia share 2024")) == [13.6]
    assert values(engine.ask("russia share of china's arms imports 2020")) == [70.2]


def test_a_question_of_which_source_that_names_its_figure_gets_the_figure(engine):
    answer = engine.ask("Which source gives a higher figure for trade in 2025?")
    assert answer.answered and 234 in values(answer)
    bare = engine.ask("sources?")
    assert bare.kind == "sources" and "metric" not in bare.reading and not bare.unread


def test_a_preface_about_the_writing_is_set_aside(engine):
    for question in ("I'm writing a piece on energy dependence: can you give me the volume of crude oil "
                     "China imported from Russia in 2022, with the source?",
                     "For my piece on energy dependence, Russian crude to China in 2022?"):
        answer = engine.ask(question)
        assert answer.answered and 86.2 in values(answer), question
        assert "dependence" in answer.unread


def test_an_office_held_then_is_held_at_the_time_just_shown(engine):
    visit = engine.ask("when did Yeltsin first visit China?")
    answer = engine.ask("who was China's president then?", previous=visit)
    assert "Yang Shangkun" in answer.text and "Xi Jinping" not in answer.text.split("\n")[0]
    figure = engine.ask("trade in 2010")
    answer = engine.ask("who was the russian president at the time?", previous=figure)
    assert answer.text.startswith("Dmitry Medvedev")


def test_a_figure_for_the_part_of_the_year_asked_is_given(engine):
    answer = engine.ask("How much Russian crude went to China via Kazakhstan in early 2008?")
    assert answer.answered and values(answer) == [300000]
    # The whole year asked: a quarter is no figure for it.
    assert not engine.ask("How much Russian crude went to China via Kazakhstan in 2008?").answered


def test_an_act_asked_in_other_words_finds_the_event_that_says_it(engine):
    answer = engine.ask("When did China first participate in Vostok?")
    assert answer.answered and answer.events[0].date.startswith("2018")


def test_a_hyphened_word_finds_the_event_that_writes_it_as_one(engine):
    answer = engine.ask("when did china and russia declare a multi-polar world?")
    assert answer.answered and answer.events[0].date == "1997-04"


def test_a_handing_over_asked_is_no_date_of_the_purchase(engine):
    answer = engine.ask("When did Russia hand over the first S-400 batteries to China?")
    assert not answer.answered and answer.events


def test_what_else_happened_that_year_lists_the_year_of_the_event_shown(engine):
    treaty = engine.ask("when was the 1993 defence cooperation agreement signed?")
    answer = engine.ask("what else happened that year?", previous=treaty)
    assert answer.kind == "what_happened" and len(answer.events) > 1
    assert all(e.date.startswith("1993") for e in answer.events)


def test_a_name_no_event_has_gets_no_list_of_its_category(engine):
    answer = engine.ask("What happened on Zhenbao Island?")
    assert not answer.answered and not answer.events


def test_a_peak_asked_of_events_is_the_one_that_says_record(engine):
    answer = engine.ask("When did Russian coal exports to China peak?")
    assert answer.answered and answer.events[0].date == "2023"
