"""Whose figure, which way, and what a number in the question is.

A people's adjective before a traded thing and "imports" does not say which end of the
flow it is; the people counted after "how many" are whose the figure is; a unit that is
itself called a value answers "the value"; a unit given both as a volume and as a
capacity asks for the volume unless a word asks for capacity; and a number written with
a thousands comma is a count, never a year.
"""

from __future__ import annotations


def test_an_adjective_before_a_good_and_imports_leaves_the_way_open(engine):
    answer = engine.ask("How many dollars did China pay for Russian crude imports in 2022?")
    assert answer.answered and answer.values[0].value == 58.378
    answer = engine.ask("Russian pipeline gas imports in 2021 in million tonnes, per China Customs?")
    assert answer.answered and answer.values[0].value == 7.537


def test_a_possessive_still_says_whose_imports(engine):
    answer = engine.ask("Russia's oil imports in 2020")
    assert not answer.answered and not answer.values


def test_the_people_counted_are_whose_figure_it_is(engine):
    answer = engine.ask("How many Russian soldiers joined the 1,600 PLA troops at Chelyabinsk in 2007?")
    assert answer.reading["flow"]["from"] == "russia"
    assert [v.value for v in answer.values] == [2090]


def test_a_number_with_a_thousands_comma_is_no_year(engine):
    answer = engine.ask("How many Russian soldiers joined the 1,600 PLA troops at Chelyabinsk in 2007?")
    assert answer.reading["periods"] == ["2007"]


def test_a_unit_called_a_value_answers_the_value_a_source_gives(engine):
    answer = engine.ask("SIPRI value of Chinese arms imports from Russia in 2023?")
    assert answer.answered and answer.values[0].value == 371.5 and answer.values[0].unit == "TIV mn"


def test_a_value_in_dollars_is_not_a_trend_indicator_value(engine):
    answer = engine.ask("dollar value of arms imports from Russia 2000")
    assert answer.answered and answer.values[0].unit == "USD bn"


def test_a_unit_of_volume_and_capacity_asks_for_the_volume_unless_capacity_is_said(engine):
    answer = engine.ask("power of siberia 2025 bcm")
    assert answer.answered and answer.values[0].value == 38.8
    answer = engine.ask("power of siberia nominal capacity bcm")
    assert answer.answered and answer.values[0].value == 38


def test_a_thing_within_a_subject_is_answered_only_by_a_figure_that_names_it(engine):
    for question in ("Zhenbao island", "arctic lng 2 stake", "border checkpoints"):
        answer = engine.ask(question)
        assert not answer.values, question
    answer = engine.ask("how much of bolshoy ussuriysky island went to china")
    assert answer.answered and answer.values[0].value == 50


def test_a_thing_held_as_an_event_is_found_among_the_events(engine):
    answer = engine.ask("border checkpoints")
    assert answer.events and "checkpoint" in answer.text.lower()
    answer = engine.ask("strategic partnership 1996")
    assert "1996" in answer.text and not answer.values


def test_whether_an_act_was_done_is_answered_by_its_event_not_a_count(engine):
    answer = engine.ask("did China abstain on the UN vote condemning the invasion?")
    assert not answer.values and "abstain" in answer.text.lower()


def test_whether_asked_of_a_figure_or_of_what_was_said_before_stays_a_figure_question(engine):
    answer = engine.ask("Did most Chinese think backing Russia in the Ukraine war served China's interests?")
    assert answer.values
    answer = engine.ask("did they sign any agreements on that trip?",
                        previous=engine.ask("When did Xi go to Moscow for Victory Day in 2025?"))
    assert not answer.values


def test_a_persons_events_are_narrowed_to_those_that_say_what_was_asked(engine):
    answer = engine.ask("did Xi attend the Victory Day parade?")
    assert answer.events and all("Victory Day" in e.title for e in answer.events)


def test_a_cue_of_value_that_names_its_subject_asks_for_that_subject(engine):
    answer = engine.ask("crude oil value 2021")
    assert answer.answered and answer.values[0].value == 40.295


def test_two_things_asked_with_no_share_are_two_figures_not_a_share_of_both(engine):
    answer = engine.ask("oil and gas imports 2022")
    assert {v.value for v in answer.values} >= {86.2, 14.7}


def test_a_figure_not_held_for_the_time_names_other_readings_held_then(engine):
    answer = engine.ask("tourism 2023")
    assert not answer.values
    assert "Chinese share of tourist visits to Russia" in answer.text


def _talk(engine, *questions):
    answer = None
    for question in questions:
        answer = engine.ask(question, previous=answer)
    return answer


def test_why_of_a_figure_names_it_and_its_years_events_and_the_talk_goes_on_with_it(engine):
    why = _talk(engine, "LNG imports 2021", "why did it fall?")
    assert not why.values and "Russian LNG exports to China" in why.text and "pandemic" in why.text
    after = _talk(engine, "LNG imports 2021", "why did it fall?", "and 2025?")
    assert after.answered and after.values[0].value == 9.9


def test_another_figure_of_the_same_subject_is_asked_for_the_time_just_asked(engine):
    answer = _talk(engine, "chinese students in russia 2024", "and 2020?", "what share of foreign students?")
    assert answer.answered and answer.values[0].value == 9.4


def test_how_many_times_a_year_asks_for_a_rate(engine):
    answer = engine.ask("how many times did Hu and Putin meet a year?")
    assert answer.answered and answer.values[0].value == 6


def test_they_of_an_event_shown_are_its_people_when_asked_how_often(engine):
    answer = _talk(engine, "when did Putin first meet Hu Jintao?", "how often did they meet?")
    assert answer.answered and answer.values[0].value == 6


def test_a_person_named_alone_takes_the_place_of_the_one_of_the_same_country(engine):
    answer = _talk(engine, "how often did Hu and Putin meet?", "and Xi?")
    assert answer.answered and answer.values[0].value == 40


def test_a_count_answers_only_a_question_that_asks_a_count_or_names_what_it_counts(engine):
    answer = engine.ask("drill with Mongolia")
    assert not answer.values and "2025" in answer.text
    for question, value in (("drills 2024", 11), ("tourism 2019", 2300000), ("un votes 2010", 86)):
        answer = engine.ask(question)
        assert answer.answered and answer.values[0].value == value, question


def test_a_share_taken_is_no_flow(engine):
    answer = engine.ask("is it true that China took 40% of Russia's imports in 2022?")
    assert answer.answered and answer.values[0].value == 40


def test_the_oil_pipeline_spur_is_the_pipeline_not_its_start_s_distance_to_the_border(engine):
    answer = engine.ask("how long is the ESPO spur to china?")
    assert answer.answered and answer.values[0].value == 1000


def test_un_voting_is_the_same_vote_share_and_a_near_reading_with_data_comes_first(engine):
    answer = engine.ask("un voting 2010")
    assert answer.answered and answer.values[0].value == 74.4 and answer.values[0].unit == "percent"


def test_a_question_of_one_end_of_a_stated_change_gets_that_level_not_the_multiple(engine):
    answer = engine.ask("Between 2019 and 2025 Chinese LNG imports from Russia nearly quadrupled; to what level?")
    assert 9.9 in {v.value for v in answer.values}
    answer = engine.ask("Chinese military imports from Russia fell between 2000 and 2006 — from what level in 2000?")
    # (the statement reads as imports in TIV and in USD: the level of 2000 in each)
    assert answer.answered and {v.period for v in answer.values if not v.derived} == {"2000"}


def test_two_dates_asked_together_are_both_answered(engine):
    answer = engine.ask("Which years were the Year of Russian Tourism in China and the Year of Chinese Tourism in Russia?")
    assert "2012" in answer.text and "2013" in answer.text
    answer = engine.ask("when was the Treaty of Good-Neighborliness signed and when was it renewed?")
    assert "2001" in answer.text and "2021" in answer.text


def test_an_and_inside_a_name_joins_no_two_questions(engine):
    answer = engine.ask("When was the Treaty of Good-Neighborliness and Friendly Cooperation signed?")
    assert "two questions" not in answer.reading["summary"] and "2001" in answer.text


def test_a_thing_named_finds_the_event_titled_with_it(engine):
    answer = engine.ask("when was the year of china in russia?")
    assert answer.answered and answer.events[0].date.startswith("2007")


def test_a_few_words_that_name_an_event_find_it(engine):
    for question, year in (("Ocean-2024", "2024"), ("Lukoil stake", "2009"), ("Shoigu military bloc", "2023"),
                           ("Peskov peace proposal", "2023")):
        answer = engine.ask(question)
        assert answer.events and answer.events[0].date.startswith(year) and not answer.values, question


def test_a_few_words_that_name_the_first_of_something_ask_its_date(engine):
    answer = engine.ask("first joint military exercise china russia")
    assert answer.kind == "when" and not answer.values and "2003" in answer.text


def test_whether_it_happened_shows_the_sources_sentence_on_it(engine):
    answer = engine.ask("did China recognise Crimea?")
    assert "neither condemned nor recognised" in answer.text


def test_so_many_years_on_is_the_same_figure_then(engine):
    answer = _talk(engine, "crude imports 2018 customs", "And four years later?")
    assert answer.answered and answer.values[0].value == 86.248
    answer = _talk(engine, "crude imports 2018 customs", "And four years later?", "and two years earlier?")
    assert answer.answered and answer.values[0].period == "2020"


def test_a_count_named_by_its_own_alias_or_a_specific_phrase_is_asked_for(engine):
    answer = engine.ask("kilo subs china bought 96")
    assert answer.answered and answer.values[0].value == 4
    answer = engine.ask("entity list oct 23 chinese cos")
    assert answer.answered and answer.values[0].value == 42


def test_a_name_known_only_with_other_numbers_is_not_held(engine):
    answer = engine.ask("power of siberia 3 capacity")
    assert not answer.values and "power of siberia 3" in answer.text
    assert engine.ask("power of siberia 2 capacity").values[0].value == 50


def test_us_in_small_letters_beside_a_country_is_the_united_states(engine):
    answer = engine.ask("china us trade 2024")
    assert not answer.values and answer.reading["parties"] == ["china", "united_states"]
    assert engine.ask("tell us about trade in 2024").values[0].value == 245


def test_a_figure_of_the_other_country_named_is_not_floored_by_anothers_closer_words(engine):
    answer = engine.ask("US sanctions on Chinese firms 2023")
    assert answer.answered and answer.values[0].value == 42


def test_how_a_figure_evolved_between_two_years_needs_both(engine):
    answer = engine.ask("How did the number of Chinese students in Russia evolve from 2015 to 2020?")
    assert not answer.values


def test_a_share_of_another_countrys_exports_is_read_as_theirs(engine):
    answer = engine.ask("china share russias exports 2023")
    assert answer.answered and answer.values[0].value == 31


def test_a_date_of_a_stage_the_event_does_not_say_is_not_given(engine):
    for question in ("When did China receive its Su-35 fighters?",
                     "When did Russia's central bank resume publishing the yuan share of trade?"):
        answer = engine.ask(question)
        assert not answer.answered and answer.events, question
    assert engine.ask("when did china buy su-35s?").answered


def test_a_stage_asked_in_other_words_needs_an_event_that_says_it(engine):
    # "start producing power" asks when a plant went into service, which the start of its
    # building does not date.
    answer = engine.ask("When did the Lianyungang nuclear plant start producing power?")
    assert not answer.answered and answer.events
    # Of the events found, the one that says the stage dates it, before a closer match that
    # does not (the pipeline's completion); a summary's plan for later does not undo a title
    # that says the thing was done.
    for question in ("When did Power of Siberia become operational?",
                     "when did the power of siberia pipeline start operating"):
        answer = engine.ask(question)
        assert answer.answered and answer.events[0].date.startswith("2019"), question


def test_a_name_that_shares_only_a_place_with_the_question_is_its_answer(engine):
    answer = engine.ask("Which Shandong refinery set a record for Russian oil imports at the end of October 2025?")
    assert "Yulong" in answer.text and answer.answered


def test_shorthand_for_a_figures_own_words_places_them(engine):
    for question, value in (("lianyungang npp capcity", 2000000), ("imf chn exp to rus 2008", 33.011)):
        answer = engine.ask(question)
        assert answer.answered and value in {v.value for v in answer.values}, question
    answer = engine.ask("How far did the yuan's slice of Russian stock-market trading climb after the invasion, from and to?")
    assert {3, 33} <= {v.value for v in answer.values}


def test_year_by_year_written_with_hyphens_asks_a_series(engine):
    answer = engine.ask("year-by-year trade 2015 to 2020")
    assert answer.kind == "series" and len(answer.values) >= 6
    assert not engine.ask("Year-by-year joint exercise counts from 2003 through 2010?").values


def test_a_plain_verb_after_did_says_what_happened_not_which_figure(engine):
    answer = engine.ask("By how many months did China beat the schedule for its east-route gas pipeline?")
    assert answer.answered and answer.values[0].value == 7 and "beat" in answer.unread
    answer = engine.ask("In tonnes, what rail oil export volume to China did Russia commit to for 2005?")
    assert answer.answered and answer.values[0].value == 10
