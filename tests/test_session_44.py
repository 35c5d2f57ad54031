"""Mechanisms from the tuning sets and the team's own probes, round 45.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_a_list_of_times_held_only_in_part_is_no_answer_but_shows_what_is_held(engine):
    # Every time asked is part of the question: a list the data holds in part is not answered
    # as a whole, and the held part is shown as what crr has, with no value given as the answer.
    answer = engine.ask("Give me China-Russia trade for 2021, 2022 and 2023.")
    assert not answer.answered and not answer.values
    assert "does not hold every time asked" in answer.text and "USD 190 bn" in answer.text
    assert answer.text.count("What it has for ") == 1  # (said once, not once a part)
    # ... and a list held whole is answered
    whole = engine.ask("trade in 2022 and 2024?")
    assert whole.answered and {v.value for v in whole.values} >= {190, 245}


def test_every_year_of_a_span_asked_as_a_list_needs_every_year(engine):
    answer = engine.ask("List Russian LNG deliveries to China for each year 2018 through 2024, in bcm.")
    assert not answer.answered and not answer.values
    assert "lacks 2024" in answer.text
    # ... a bare span still shows what the data holds within it
    bare = engine.ask("RU-CN trade 2018-2024")
    assert bare.answered and any(v.value == 245 for v in bare.values)


def test_a_total_over_a_span_is_not_the_figure_of_a_shorter_span_inside_it(engine):
    answer = engine.ask("How much did China spend on Russian arms in total between 1993 and 2000?")
    assert not answer.answered and not answer.values
    assert "1993 to 1997" in answer.text
    # ... the span's own figure answers it
    own = engine.ask("How much did China spend on Russian arms in total between 1993 and 1997?")
    assert own.answered and any(v.value == 5 for v in own.values)


def test_a_year_that_dates_an_act_is_not_the_time_the_figure_is_of(engine):
    # "the 2004 deal ... for 2006", "agreed in 2004 ... 2006", "in 2004 Russia promised ... 2006":
    # the act's year names it; the figure asked is of the other year.
    for question in ("The 2004 deal set rail oil exports for 2006 at how many barrels a day?",
                     "Rail oil exports to China agreed in Sept 2004: targets for 2005 and 2006 in tons?",
                     "In 2004 Russia promised rail oil exports to China for 2006, how many barrels per day?"):
        answer = engine.ask(question)
        assert answer.answered, question
        assert "2004" not in {v.period for v in answer.values}
    # ... a who-question about the act keeps its year
    who = engine.ask("Who signed the Sept 2004 agreements that set Russian rail oil exports to China at 15 million tons for 2006?")
    assert "Fradkov" in who.text


def test_how_many_people_a_poll_asked_or_a_count_in_millions_is_no_share(engine):
    for question in ("How many people did Levada survey for its September 2022 China question?",
                     "How many Russians, in millions, view China favourably per the September 2022 Levada poll?"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
        assert "only a share" in answer.text
    # ... "how many Russians viewed China favourably" is the poll's share of them
    share = engine.ask("how many Russians viewed China favourably in the Levada poll of September 2022?")
    assert share.answered and any(v.value == 88 for v in share.values)


def test_now_asked_of_a_series_whose_latest_figure_is_long_past_is_not_answered(engine):
    answer = engine.ask("How many times bigger than Russia's is China's economy now?")
    assert not answer.answered and not answer.values and "2008" in answer.text
    # ... a recent latest figure answers "now", and a year asked is its own time
    assert engine.ask("yuan share of Russia's trade settlements now?").answered
    assert engine.ask("By 2008 how many times larger than Russia's economy was China's?").answered
    # ... and "now that" is no time
    assert engine.ask("How long is the China-Russia border now that it has been demarcated?").answered


def test_a_role_at_the_head_of_who_is_not_a_person_the_question_names_after_it(engine):
    answer = engine.ask("Who was the Chinese defence minister that met Shoigu in November 2023?")
    assert not answer.text.startswith("Sergei Shoigu (Russia)")
    # ... while "who was Shoigu?" is about him
    assert engine.ask("who was Shoigu?").text.startswith("Sergei Shoigu")


def test_a_who_answer_that_leaves_the_role_asked_unread_names_no_one(engine):
    answer = engine.ask("Who was China's ambassador in Moscow when Xi visited in March 2023?")
    assert not answer.answered and "no record that names the ambassador" in answer.text
    # ... a word for any post ("chief") is met by the post the record gives
    chief = engine.ask("Which PRC defence chief chose Russia for his first trip abroad in April 2023?")
    assert chief.answered and "Li Shangfu" in chief.text


def test_by_weight_is_tonnes_and_everyone_is_no_thing_asked(engine):
    answer = engine.ask("China's LNG imports from Russia in 2020, by weight?")
    assert answer.answered and answer.values[0].unit.startswith("million tonnes")
    share = engine.ask("Chinese tourists as a share of everyone visiting Russia in 2023?")
    assert share.answered and any(v.value == 5.8 for v in share.values)


def test_joining_asked_is_not_dated_by_a_launch_but_joining_said_of_the_thing_is_no_act_asked(engine):
    answer = engine.ask("When did Russia formally join the Belt and Road Initiative?")
    assert not answer.answered and "join" in answer.text
    # ... "the exercise that Russia and China joined" asks when the exercise was
    exercise = engine.ask("When was the SCO exercise in Iran that Russia and China joined?")
    assert exercise.answered and exercise.events[0].date.startswith("2025-12")


def test_now_asked_of_a_poll_long_past_is_not_answered(engine):
    # A poll is of its time, even one held once: "today" is not 2019.
    answer = engine.ask("What percentage of Chinese view Russia favourably today?")
    assert not answer.answered and not answer.values and "2019" in answer.text


def test_represent_and_actual_are_no_thing_asked(engine):
    shown = engine.ask("how many chinese students were in russia in 2020?")
    share = engine.ask("What share of all foreign students in Russia did that represent?", previous=shown)
    assert share.answered and any(v.value == 9.4 for v in share.values)
    flow = engine.ask("actual gas flow through Power of Siberia in 2025?")
    assert flow.answered and any(v.value == 38.8 for v in flow.values)


def test_a_figure_of_several_together_is_no_answer_when_they_are_asked_apart(engine):
    answer = engine.ask("In 2023, how much of China-Russia trade was settled in yuan as opposed to rubles?")
    assert not answer.answered and not answer.values and "apart" in answer.text
    assert engine.ask("share of trade in yuan or rubles 2023").answered


def test_production_started_asks_when_a_thing_was_commissioned(engine):
    # "start production" is the commissioning act; a bidding round does not date it.
    answer = engine.ask("When did the Udokan copper mine start production?")
    assert not answer.answered and "commission" in answer.text


def test_words_of_size_and_of_sharp_change_are_read(engine):
    # "mega", "massive": no thing asked; "boomed", "skyrocketed": a change, not a share.
    answer = engine.ask("price tag of the 2014 gazprom-cnpc mega gas contract")
    assert answer.answered and any(v.value == 400 for v in answer.values)
    change = engine.ask("Chinese students in Russia skyrocketed - by what percent from 2020 to 2024?")
    assert change.reading["metric"] == "chinese_students_in_russia"


def test_names_of_another_kind_than_asked_are_no_answer(engine):
    # A record that names a firm, a minister and an embassy names no bank.
    answer = engine.ask("Name the Chinese banks that financed Rosneft's purchase of Yuganskneftegaz.")
    assert not answer.answered and not answer.values and "names no bank" in answer.text
    # ... while one that names a bank, or the countries asked, answers
    assert "Bank of China" in engine.ask("which chinese bank halted payments to russian banks?").text
    assert "Mongolia" in engine.ask("Which other country joined China in Russia's Vostok 2018 exercise?").text


def test_a_change_needs_both_ends_at_the_precision_asked(engine):
    # December 2024 is not held: a figure of June 2024 is no end of the change asked.
    answer = engine.ask("Growth in the yuan share of Russia's exports between Dec 2022 and Dec 2024?")
    assert not answer.answered and not answer.values and "December 2024" in answer.text
    # ... a span's own figure at one end and a year not held at the other is no change either
    other = engine.ask("By how many points did Russia's share of China's arms imports change from 1992-94 to 2024?")
    assert not other.answered and not other.values
    both = engine.ask("By how many points did Russia's share of China's arms imports change from 1992-94 to 2023?")
    assert both.answered and any(v.derived for v in both.values)


def test_the_highest_of_a_span_whose_end_year_is_not_held_is_not_given(engine):
    answer = engine.ask("What was the highest yearly China-Russia trade figure before 2022?")
    assert not answer.answered and not answer.values and "lacks 2021" in answer.text
    held = engine.ask("highest trade between 2000 and 2019?")
    assert held.answered and any(v.value == 109.742 for v in held.values)


def test_a_countrys_total_flow_with_every_partner_is_not_its_flow_with_the_other(engine):
    answer = engine.ask("Russia's total oil exports in 2024?")
    assert not answer.answered and not answer.values and "every partner" in answer.text
    # ... China's total arms imports are held, and "total imports from Russia" names the partner
    total = engine.ask("China's total major arms imports in 2016, SIPRI TIV?")
    assert total.answered and total.reading["metric"] != "china_arms_imports_from_russia_tiv"
    assert engine.ask("total SIPRI arms imports from Russia 2020 to 2023").answered


def test_measures_stated_apart_from_those_asked(engine):
    # A stated volume names the thing whose worth is asked; a daily rate is no yearly figure;
    # how many a poll of two words' name asked is no share.
    for question in ("What was the 38.8 bcm of Power of Siberia gas worth in 2025?",
                     "How many barrels a year did Shandong Yulong import from Russia?",
                     "How many people did Genron NPO survey for its November 2022 poll?"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
    assert engine.ask("how many barrels per day did shandong yulong import?").answered
    assert engine.ask("how many tonnes a year of oil does russia send china").answered


def test_a_company_a_university_or_a_shipyard_asked_is_named_by_a_name_of_that_kind(engine):
    for question in ("Which company exported the record 9.9 Mt of LNG to China in 2025?",
                     "Which Russian university has the most of the 16,411 Chinese master's students?",
                     "Which shipyard built the two Sovremenny-class destroyers China acquired in 1996?"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
    assert "Gazprom" in engine.ask("Which company exported 38.8 bcm of gas to China in 2025?").text


def test_a_figure_recorded_as_a_plan_does_not_date_the_deed(engine):
    answer = engine.ask("When did Harbin Turbine's 41,000 MW in the Russian Far East come online?")
    assert not answer.answered and not answer.values and "plan or target" in answer.text
    # ... a figure of what was done, in the same unit, is looked at instead
    done = engine.ask("In which year did Power of Siberia 1 actually hit its 38 bcm capacity?")
    assert "exports" in done.text and "2024" in done.text


def test_split_of_a_figure_asked_and_a_split_between_countries(engine):
    # "the Sino-Soviet split" asks for no split of any figure
    assert engine.ask("When did the Sino-Soviet split happen?").answered


def test_an_office_in_a_time_the_sources_leave_open_names_no_one(engine):
    # The sources put Medvedev in office in 2010 and Putin by 2013: November 2012 is open.
    for question in ("Who was Russia's president in November 2012?",
                     "who was the russian president when xi became leader?"):
        answer = engine.ask(question)
        assert not answer.answered and "do not say who held this office" in answer.text, question
        assert "Medvedev" in answer.text and "Putin" in answer.text
    assert "Dmitry Medvedev" in engine.ask("who was russia's president in 2010").text.split(":")[0]
    assert "Vladimir Putin" in engine.ask("who was russia's president in 2013").text.split(":")[0]


def test_what_caused_asks_a_reason_and_how_many_times_grown_asks_a_multiple(engine):
    # "What caused" is a why: a record's stated reason, else a judgement, never a nearby figure.
    drop = engine.ask("what caused the drop in trade in 2025?")
    assert drop.kind == "judgement" and not drop.values
    seafood = engine.ask("what caused china to cut russian seafood imports in 2020?")
    assert seafood.answered and "coronavirus" in seafood.text
    # "How many times did it grow from A to B" is a multiple between two ends, not a count of times.
    grown = engine.ask("how many times did LNG imports grow from 2019 to 2025?")
    assert grown.answered and any(v.derived and round(v.value, 3) == 3.951 for v in grown.values)


def test_a_change_with_one_end_not_held_shows_the_end_it_holds(engine):
    answer = engine.ask("trade 2021 vs 2018")
    assert not answer.answered and not answer.values
    assert "no figure for 2021" in answer.text and "106.654 bn in 2018" in answer.text and answer.citations


def test_it_after_a_thing_just_named_is_that_thing_not_the_figure_before(engine):
    shown = engine.ask("LNG imports from Russia in 2025?")
    answer = engine.ask("and Arctic LNG 2 — how much came from it?", previous=shown)
    assert not answer.answered and not answer.values and "no figure of Arctic LNG 2" in answer.text
    # ... a thing the figure is of answers it
    assert engine.ask("The 2014 gas deal. How much was it worth?").answered


def test_a_figure_that_goes_nowhere_is_no_figure_of_exports(engine):
    answer = engine.ask("What share of Russia's exports to China was settled in yuan at the end of 2022?")
    assert not answer.answered and not answer.values
    # ... the exchange's own figure answers a question of the exchange
    assert engine.ask("yuan share of trading on the Moscow exchange in December 2022?").answered


def test_a_route_or_a_branch_asked_is_not_the_figure_of_all_routes_or_another_branch(engine):
    # Crude "by rail" is a part of crude by every route; "ground troops" are not a naval contingent.
    for question in ("Russian crude shipped to China by rail in 2022?",
                     "how many russian ground troops did peace mission 2005 have"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
    assert engine.ask("how many russian troops took part in peace mission 2005?").answered
    assert engine.ask("Russian oil exports to China in 2022").answered


def test_a_share_of_all_of_a_kind_is_not_a_share_of_a_narrower_kind(engine):
    answer = engine.ask("Chinese students as a share of all university students in Russia, 2024?")
    assert not answer.answered and not answer.values and "foreign students only" in answer.text
    assert engine.ask("what share of all foreign students in russia are chinese in 2024").answered


def test_the_one_ranked_first_is_not_named_when_the_record_names_several_ahead(engine):
    answer = engine.ask("Which country sends the most foreign students to Russia?")
    assert not answer.answered and not answer.values and "Kazakhstan" in answer.text
    both = engine.ask("Which two countries send more students to Russia than China?")
    assert both.answered and "Turkmenistan" in both.text


def test_a_year_that_dates_a_firms_act_names_it(engine):
    # "CNPC's 1997 contracts ... for 1999": the act's year, with a possessive before it.
    answer = engine.ask("How much oil did CNPC's 1997 contracts with Yukos cover for 1999?")
    assert answer.answered and any(v.value == 1.5 for v in answer.values)


def test_a_record_of_a_first_is_no_last_and_what_value_asks_money(engine):
    answer = engine.ask("When did Hu Jintao and Putin last meet as leaders?")
    assert not answer.answered
    assert engine.ask("When did Hu Jintao and Putin first meet?").events[0].date.startswith("2002-12")
    value = engine.ask("What value did China's customs put on crude imports from Russia in 2022?")
    assert value.answered and any(v.value == 58.378 for v in value.values)


def test_how_long_later_after_a_thing_just_dated_counts_from_it(engine):
    shown = engine.ask("when did xi and putin issue the no limits statement?")
    answer = engine.ask("How many days later did Russia invade Ukraine?", previous=shown)
    assert answer.answered and answer.values[0].value == 20 and answer.values[0].derived
