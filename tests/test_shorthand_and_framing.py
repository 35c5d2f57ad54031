"""Shorthand, prefaces and the words around a figure.

Terse queries write years with a letter o, parts of a year with two digits, units and
countries in abbreviations, and a word the figures never use where one of its group
does; a journalist's preface says what they are writing, not what they ask.  And a
share's whole, whose share it is, and which way a flow goes each decide the figure.
"""

from __future__ import annotations

from assistant.reading.words import normalize
from talking import values


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
    # (the events of 1993 besides the one shown, which "else" leaves out)
    assert answer.kind == "what_happened" and answer.events
    assert all(e.date.startswith("1993") and e.date != "1993-11-09" for e in answer.events)


def test_a_name_no_event_has_gets_no_list_of_its_category(engine):
    answer = engine.ask("What happened on Zhenbao Island?")
    assert not answer.answered and not answer.events


def test_a_peak_asked_of_events_is_the_one_that_says_record(engine):
    answer = engine.ask("When did Russian coal exports to China peak?")
    assert answer.answered and answer.events[0].date == "2023"


def test_a_figure_held_once_is_given_though_the_talk_was_of_another_year(engine):
    gas = engine.ask("how much gas did power of siberia carry in 2022?")
    answer = engine.ask("what is its capacity?", previous=gas)
    assert answer.answered and values(answer) == [38]


def test_a_judgement_lists_the_events_that_use_its_words(engine):
    answer = engine.ask("Are China and Russia allies?")
    assert answer.kind == "judgement" and not answer.answered and not answer.values
    assert any("ally" in e.title.lower() for e in answer.events)
    assert "use its words" in answer.text


def test_more_in_one_year_than_another_is_the_change_between_them(engine):
    answer = engine.ask("was trade higher in 2024 than 2022?")
    assert answer.kind == "change" and 55 in values(answer)
    # "more than" a number is a threshold, not a second time.
    assert engine.ask("was trade more than 200 bn in 2024?").kind != "change"


def test_a_disagreement_over_a_span_is_given_as_its_note(engine):
    answer = engine.ask("How many joint exercises since 2003?")
    note = [line for line in answer.text.splitlines() if line.startswith("Note: ")]
    assert note and "Wikipedia" in note[0] and "for 2003 to" not in note[0]


def test_a_property_of_a_thing_keeps_no_year_it_is_not_held_for_but_a_figure_of_a_year_does(engine):
    share = engine.ask("yuan share of russia imports 2023")
    assert not engine.ask("and the value?", share).values


def test_a_thing_said_in_brackets_beside_an_event_is_not_dated_by_it(engine):
    answer = engine.ask("When did Kozyrev visit China?")
    assert not answer.answered and "in passing" in answer.text


def test_the_next_month_or_year_after_a_list_of_events_is_that_time(engine):
    february = engine.ask("what happened in february 2023?")
    answer = engine.ask("what did Xi do the next month?", previous=february)
    assert answer.answered and answer.events and all(e.date.startswith("2023-03") for e in answer.events)
    year = engine.ask("and the next year?", previous=engine.ask("what happened in 2014?"))
    assert year.events and all(e.date.startswith("2015") for e in year.events)


def test_a_rare_word_after_an_event_names_another_event(engine):
    statement = engine.ask("When did Xi and Putin issue the 'no limits' statement?")
    answer = engine.ask("and when did the invasion begin?", previous=statement)
    assert answer.answered and answer.events[0].date == "2022-02-24"
    treaty = engine.ask("when was the 2001 treaty signed?")
    assert engine.ask("when was it extended?", previous=treaty).events[0].date.startswith("2021")


def test_after_the_first_which_asks_of_the_others(engine):
    answer = engine.ask("After Russia, which country sold China the most weapons in 2023?")
    assert not answer.answered and not answer.values


def test_stakes_in_the_plural_give_each_project_s_stake(engine):
    answer = engine.ask("What stakes did China acquire in Yamal LNG projects?")
    assert sorted(values(answer)) == [20, 30]
    assert values(engine.ask("What stake did China take in the first Yamal LNG project?")) == [30]


def test_trade_with_third_countries_is_not_all_of_russias_trade(engine):
    assert values(engine.ask("What share of Russia's trade with third countries uses the yuan?")) == [25]


def test_a_pointed_back_word_is_no_other_event(engine):
    supplier = engine.ask("Which company became China's largest Russian oil supplier?")
    answer = engine.ask("when did it get that role?", previous=supplier)
    assert answer.answered and answer.events[0].date.startswith("2006-09")


def test_a_figure_held_in_another_currency_is_not_answered_by_a_loose_match_in_the_one_asked(engine):
    answer = engine.ask("How much is the 150bn yuan swap line worth in dollars?")
    assert not answer.answered and not answer.values and "swap line" in answer.text
    # The same figure in the unit asked, where it is held, still answers.
    assert engine.ask("pipeline gas 2021 in bcm").values[0].unit == "bcm"


def test_the_year_a_figure_hit_a_stated_level_is_the_year_it_stood_at_it(engine):
    answer = engine.ask("In which year did China's trade with Russia hit the record $190bn?")
    assert answer.answered and answer.values[0].period == "2022"
    first = engine.ask("In which year did trade first top USD 100 bn?")
    assert first.answered and first.values[0].metric == "trade_total" and first.values[0].period == "2018"


def test_a_fall_in_percent_in_one_year_is_worked_out_from_the_two_levels(engine):
    answer = engine.ask("How far did China-reported trade with Russia fall in 2015, in percent?")
    assert answer.answered and answer.kind == "change"
    assert any(v.derived and v.value == -28.7 for v in answer.values)
    # A rate the source states for the year is given as stated.
    assert values(engine.ask("by how many percent did china-russia trade drop in 2025")) == [-6.9]


def test_a_level_stated_in_a_unit_picks_the_figure_in_that_unit(engine):
    answer = engine.ask("In which year did China's arms imports from Russia first fall below 500 million TIV?")
    assert answer.answered and answer.values[0].period == "2021" and answer.values[0].unit == "TIV mn"


def test_a_year_held_whole_is_said_to_be_no_figure_for_the_part_asked(engine):
    answer = engine.ask("lng from russia in late 2025")
    assert answer.answered and "as a whole, not for late 2025" in answer.text
