"""Mechanisms from a newcomer's trial and tuning set 14: what each one reads.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from assistant.reading.words import normalize
from talking import talk, values


def test_a_year_a_follow_up_asks_of_an_event_is_the_year_meant(engine):
    # After the date the pipeline opened, "in 2025" is 2025, not the opening year.
    answer = talk(engine, "When did Power of Siberia open?", "how much gas did it carry in 2025?")
    assert 38.8 in values(answer) and answer.values[0].period == "2025"
    # With no year of its own, the year just shown.
    answer = talk(engine, "When did Power of Siberia open?", "how much gas did it carry?")
    assert answer.values[0].period == "2019"


def test_what_a_thing_carried_is_no_capacity_unless_the_question_says_so(engine):
    answer = talk(engine, "When did Power of Siberia open?", "how much gas did it carry in 2025?")
    assert "capacity" not in answer.values[0].metric
    answer = talk(engine, "When did Power of Siberia open?", "what is its capacity?")
    assert "capacity" in answer.values[0].metric


def test_a_figure_asked_after_whom_a_figure_names_is_that_figure(engine):
    answer = talk(engine, "tell me more about the gas deal", "who signed it?", "how much was it worth?")
    assert answer.answered and 400 in values(answer)


def test_the_head_of_a_body_is_the_one_whose_role_names_it(engine):
    # "heads" says "chief"; the body's name must be met, not a role word alone.
    answer = engine.ask("Who heads Gazprom?")
    assert "Alexei Miller" in answer.text and "Wang Yi" not in answer.text
    assert "Khodorkovsky" in engine.ask("Who was the head of Yukos?").text
    # No role names a head of Rosneft: no one is named.
    answer = engine.ask("Who heads Rosneft?")
    assert not answer.answered and "Wang Yi" not in answer.text


def test_a_role_question_with_more_words_than_a_role_is_about_an_event(engine):
    answer = engine.ask("Which Chinese leader met Putin most often?")
    assert "Deng Xiaoping" not in answer.text


def test_a_diplomat_is_a_role(engine):
    assert "Lavrov" in engine.ask("Who is Russia's top diplomat?").text


def test_whose_statistics_named_outright_win_over_an_end_of_the_flow(engine):
    answer = engine.ask("Russia's imports from China as reported by Russia, 2020")
    assert answer.reading["reporter"] == "russia" and 54.908 in values(answer)
    answer = engine.ask("Russian imports from China according to China, 2017")
    assert answer.reading["reporter"] == "china"


def test_two_digits_after_in_at_the_end_are_a_year():
    assert normalize("what was trade in 22?").endswith("2022")
    assert normalize("UN voting agreement in 85").endswith("1985")
    assert normalize("% of russian imports coming from china in 22").endswith("2022")
    assert normalize("how many su 35").endswith("su 35")


def test_a_short_year_after_a_share_sign_is_read(engine):
    answer = engine.ask("% of russian imports coming from china in 22")
    assert answer.answered and answer.values[0].period == "2022"


def test_short_forms_the_vocabulary_knows_are_written_out(engine):
    # db/vocabulary.yaml: shorthand ("frm": from, "n": and, "nos": numbers).
    answer = engine.ask("crud oil imprts frm russia 2016")
    assert answer.answered and 52.478 in values(answer)
    assert engine.ask("how many times did xi n putin meet since 2013").reading.get("people")


def test_a_subject_named_as_only_a_part_of_what_is_asked_sets_no_condition(engine):
    answer = engine.ask("joint drills 2024 total (not just navy)")
    assert values(answer) == [11]
    # Left out outright, it is left out.
    assert 4 in values(engine.ask("joint exercises in 2024 not naval"))


def test_either_of_two_things_counted_together_is_the_count_of_both(engine):
    answer = engine.ask("From Feb 2022 to Feb 2026, how many in-person meetings or calls did Xi Jinping and Putin have?")
    assert 19 in values(answer)


def test_names_and_words_for_the_same_thing(engine):
    # The Energy Institute's review was bp's until 2022; arrivals are visits; a trade
    # volume is its value; a cumulative figure is a total.
    assert 6.19 in values(engine.ask("Russian LNG 2021 according to BP"))
    assert 0.3 in values(engine.ask("Chinese share of tourist arrivals in Russia 2021"))
    assert engine.ask("Bilateral trade volume 2010").answered
    assert "9,387" in engine.ask("cumulative SIPRI TIV from Russia 2010-2020").text


def test_a_city_that_is_no_capital_never_stands_for_its_state(engine):
    answer = engine.ask("How much Russian gas did Shanghai get?")
    assert not answer.answered and not answer.values
    assert engine.ask("How much oil did Beijing buy from Moscow in 2024?").answered


def test_a_figure_asked_per_month_is_not_held_and_no_event_stands_in(engine):
    for question in ("tourists per month 2019", "exercises per month 2024"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.events, question


def test_a_currency_asked_in_trillions_is_a_currency_asked(engine):
    answer = engine.ask("trade in trillion yuan 2024")
    assert not answer.answered and not answer.values


def test_when_something_will_happen_is_a_prediction(engine):
    answer = engine.ask("when will Power of Siberia 2 be built?")
    assert not answer.answered and answer.kind == "judgement"
    assert engine.ask("Is China propping up Russia's war?").kind == "judgement"


def test_a_name_that_says_its_time_is_not_given_the_time_again():
    from assistant.writing.render import at_time
    assert at_time("Su-27 fighters ordered by China in 1992", "1992") == ""
    assert at_time("Western border stretch demarcated in September 1994", "3 September 1994") == ""
    assert at_time("Bilateral trade", "2024") == " in 2024"
    assert at_time("Chinese firms added to the Entity List", "29 October 2025") == " on 29 October 2025"


def test_a_span_event_is_dated_as_precisely_as_its_start(engine):
    answer = engine.ask("Which month did the US capture Maduro?")
    assert answer.answered and answer.events[0].date.startswith("2026-01")


def test_the_second_of_two_questions_is_asked_of_what_the_first_found(engine):
    answer = engine.ask("Which Chinese firm led the 2008 consortium to build coal-fired turbines for OGK, "
                        "and how much capacity was promised?")
    assert "Harbin Turbine" in answer.text and 41000 in values(answer)
    assert "Power of Siberia" not in answer.text


def test_the_last_time_is_chosen_among_the_events_found_none_need_say_last(engine):
    answer = engine.ask("When did Putin and Xi last meet?")
    assert answer.events[0].date.startswith("2025-09")


def test_whether_someone_said_a_thing_is_asked_of_the_events(engine):
    answer = engine.ask("did Putin say there is no military alliance?")
    assert not answer.values and "no military alliance" in answer.text
    # A share of those who said a thing is a figure still.
    assert engine.ask("Did Chinese say Russia's actions are not wrong? What share said so in the Genron NPO poll?").kind \
        != "what_happened"


def test_a_figure_stated_twice_for_one_span_by_one_source_is_given_once(engine):
    answer = engine.ask("yuan share of exports before the invasion")
    assert answer.text.count("0.4%") == 1


def test_before_and_after_a_time_asks_each_side_of_it(engine):
    assert normalize("trade before and after 2014?") == "trade before 2014 and after 2014"
    answer = engine.ask("yuan share of exports before and after the invasion")
    assert 0.4 in values(answer) and 16 in values(answer)


def test_a_change_asked_in_percent_is_the_change(engine):
    answer = engine.ask("percentage change in China's exports to Russia 2014-2015")
    assert answer.kind == "change" and 53.686 in values(answer)


def test_each_side_asks_the_figure_named_for_the_other_country_too(engine):
    answer = engine.ask("how many troops did both countries send to Peace Mission 2005")
    assert 8000 in values(answer) and 1000 in values(answer)


def test_a_leading_so_does_not_hide_whose_surplus_is_asked(engine):
    answer = talk(engine, "China's exports to Russia 2019", "and the other way?", "so who had the surplus?")
    assert answer.kind == "balance" or "surplus for Russia" in answer.text


def test_the_last_one_of_a_count_of_meetings_is_the_latest_event_of_its_people(engine):
    answer = talk(engine, "xi putin meetings since 2013", "when was the last one?")
    assert answer.events[0].date.startswith("2025-09")


def test_more_names_for_people_and_words(engine):
    # Putin's patronymic; "sib" for Siberia; "favorability" of the favourable view.
    assert "vladimir-putin" in engine.ask("Vladimir Vladimirovich and Xi have met how many times since 2013?").reading.get(
        "people", [])
    assert 38 in values(engine.ask("power of sib 1 nameplate capacity"))
    assert 88 in values(engine.ask("levada sep 22 china favorability"))


def test_a_figure_of_a_base_year_asked_with_an_open_time_is_read_not_a_crash(engine):
    answer = engine.ask("how far had tourism recovered by 2023 compared with before the pandemic")
    assert answer.kind != "error"


def test_a_figure_question_no_figure_fits_is_answered_not_held_not_an_error(engine):
    answer = engine.ask("Compare Russia's 2023 share of China's arms imports in the dashboard with SIPRI's database. in euros")
    assert answer.kind != "error" and not answer.answered


def test_the_relationships_official_name_at_a_time(engine):
    # db/labels.yaml: the name given in a year, the one in force then, or the latest.
    answer = engine.ask("What was the relationship upgraded to in 1996?")
    assert answer.kind == "label" and "strategic partnership of equality and mutual trust" in answer.text
    assert answer.citations and answer.events
    answer = engine.ask("what was the relationship called in 2005")
    assert "in force" in answer.text and "Good-Neighborliness" in answer.text
    latest = engine.ask("What is the official name of the relationship?")
    assert "2023" in latest.text
    # Asked again of another time, it is the name again.
    answer = talk(engine, "What was the relationship called in 2019?", "and in 1996?")
    assert answer.kind == "label" and "1996" in answer.text


def test_a_name_asked_near_no_relationship_is_no_label_question(engine):
    answer = engine.ask("Which Chinese firms with ties to the military were named by the US in 2023?")
    assert answer.kind != "label"


def test_who_led_a_country_at_a_time_is_the_office_holder_then(engine):
    assert "Jiang Zemin" in engine.ask("Who led China in 1995?").text
    assert "Yeltsin" in engine.ask("who led russia in 1999").text


def test_list_the_things_lists_their_events_and_list_the_firms_asks_names(engine):
    answer = engine.ask("list the joint exercises")
    assert answer.kind == "what_happened" and len(answer.events) > 5
    assert engine.ask("list the espionage cases").events
    assert engine.ask("list the firms sanctioned by the US").kind == "who"
    # A list of figures is no list of events.
    assert engine.ask("List the number of joint exercises for each year from 2015 to 2020.").kind != "what_happened"


def test_more_ways_of_writing_a_flow_a_time_and_all_suppliers():
    assert normalize("Russia→China trade in 2005") == "from russia to china trade in 2005"  # (an arrow: from the one to the other)
    assert normalize("exercises since the first one in 2003") == "exercises since 2003"
    assert normalize("share (post Feb 2022 average)").startswith("share after feb 2022")
    assert normalize("trade post-invasion") == "trade after invasion"


def test_flow_verbs_lines_and_places_as_read(engine):
    assert 38.8 in values(engine.ask("how many bcm did gazprom push through power of siberia in 2025"))
    assert 3477.7 in values(engine.ask("What were China's total arms imports from every supplier in 2005 (TIV)?"))
    assert 20 in values(engine.ask("Full annual capacity targeted for the Atasu–Alashankou line by 2010?"))
    # A place the vocabulary knows must be the event's: Kharkiv is not Odesa.
    answer = engine.ask("what year was the chinese consulate in kharkiv damaged")
    assert not answer.answered and not answer.events


def test_words_that_only_describe_a_year_and_from_what_year():
    assert normalize("Chinese visits to Russia in 2019, the peak year?") == "chinese visits to russia in 2019"
    assert normalize("Was 2024 a record year for drills?") == "was 2024 a record year for drills"
    assert normalize("from what year have they held naval drills?").startswith("since when")


def test_the_first_or_last_of_what_was_shown(engine):
    answer = talk(engine, "Which naval manoeuvres did the two navies hold between 2015 and 2019?",
                  "which was the last of those?")
    assert answer.events[0].date.startswith("2019-11")
    answer = talk(engine, "Which naval manoeuvres did the two navies hold between 2015 and 2019?",
                  "which was the last of those?", "and the first one?")
    assert answer.events[0].date.startswith("2015-05")
    answer = talk(engine, "When did Xi attend the Victory Day parade in Moscow?", "the first time, i mean")
    assert answer.events[0].date.startswith("2015-05")


def test_an_event_with_every_word_beats_one_a_word_short(engine):
    # "on the phone": the call, not a later visit; a visit is a meeting by its category.
    assert engine.ask("When did Xi and Putin last talk on the phone?").events[0].date.startswith("2022-02")
    assert engine.ask("When did Putin and Xi last meet?").events[0].date.startswith("2025-09")


def test_a_time_asked_as_an_open_span_is_kept_as_the_time_shown(engine):
    answer = talk(engine, "how many chinese students were in russia in 2020", "and by 2024?",
                  "what's that as a percentage increase?")
    assert {v.period for v in answer.values} >= {"2020", "2024"}


def test_since_when_after_a_preface_asks_a_date(engine):
    answer = engine.ask("Per the dashboard, from what year have Russia and China been running joint naval exercises?")
    assert answer.events and answer.events[0].date.startswith("2009")


def test_a_thing_an_event_is_counted_from_is_not_dated_by_it(engine):
    answer = engine.ask("When did the ICC issue the warrant for Putin?")
    assert not answer.answered
    # Asked as the question counts from it too, the event is the answer.
    assert engine.ask("When did Xi make his state visit to Moscow right after the ICC warrant for Putin?").answered
    answer = talk(engine, "When did Xi and Putin issue the 'no limits' statement?", "and when did the invasion begin?")
    assert answer.answered and answer.events[0].date.startswith("2022-02")


def test_what_a_stake_cost_is_what_was_paid_not_what_was_sought(engine):
    assert 500 in values(engine.ask("How much did the Rosneft IPO stake cost CNPC?"))
    # "How much of Rosneft" asks a share of the company, which is not held; the share of
    # the stake sought is no answer to it.
    assert 16.7 not in values(engine.ask("How much of Rosneft did CNPC want to buy?"))


def test_a_follow_up_not_held_keeps_the_talk_on_its_figure(engine):
    answer = talk(engine, "trade 2022", "and in euros?", "and in 2024?")
    assert 245 in values(answer)


def test_asking_what_crr_covers_and_what_it_can_tell(engine):
    assert engine.ask("what topics do you cover").kind == "help"
    answer = engine.ask("what can you tell me about Power of Siberia")
    assert answer.kind == "about" and "What crr holds on Power of Siberia" in answer.text


def test_a_judgement_about_another_party_is_a_judgement(engine):
    assert engine.ask("Should Europe worry about Power of Siberia 2?").kind == "judgement"


def test_a_measure_asked_with_no_figure_fitting_lists_no_events(engine):
    answer = engine.ask("Russia-China trade in 2024 in percent of Russia's total trade")
    assert not answer.answered and not answer.events


def test_who_did_the_thing_just_spoken_of_asks_of_the_event_shown(engine):
    answer = talk(engine, "When did Power of Siberia open?", "who signed the deal?")
    assert "Yukos" not in answer.text and answer.events and "2014 deal" in answer.events[0].title


def test_a_documents_name_is_no_one_who_signed_it(engine):
    answer = talk(engine, "When was the Treaty of Good-Neighborliness signed?", "who signed it?")
    assert "its words name Treaty" not in answer.text


def test_a_level_stated_with_its_magnitude_is_compared_in_the_figures_unit(engine):
    from assistant.answering.thresholds import in_the_unit
    assert in_the_unit("first top 1 million visits", 1, "visits") == 1e6
    assert in_the_unit("first pass usd 50 bn", 50, "USD bn") == 50
    assert in_the_unit("pass 500 million tiv", 500, "TIV mn") == 500
    answer = engine.ask("What year did Chinese tourist visits to Russia first top one million?")
    assert "above 1 visit" not in answer.text and not answer.answered


def test_numbers_in_words_before_a_magnitude_and_a_reporter_named_so():
    assert normalize("first top one million visits") == "first top 1 million visits"


def test_a_reporter_named_as_the_reporter(engine):
    answer = engine.ask("IMF DOTS, China as reporter: total trade with Russia in 2018 and 2019?")
    assert answer.answered and answer.reading["reporter"] == "china"


def test_a_comparisons_second_side_lends_its_time_to_the_first(engine):
    answer = engine.ask("compare LNG and pipeline gas in 2021")
    assert {v.period for v in answer.values if not v.derived} == {"2021"}
    answer = engine.ask("crude oil vs LNG growth 2019 to 2022")
    assert any(v.period == "2019" for v in answer.values) and not any(v.period == "2024" for v in answer.values)


def test_which_is_bigger_asks_figures_not_names(engine):
    answer = engine.ask("which is bigger, trade in 2022 or trade in 2024?")
    assert answer.kind != "who" and 245 in values(answer)


def test_a_share_of_one_sides_exports_prefers_that_sides_count(engine):
    answer = engine.ask("machinery share of China's exports to Russia")
    assert "China's exports to Russia" in answer.values[0].label


def test_more_prefaces_are_set_aside(engine):
    answer = engine.ask("As a policy analyst I'd like the share of Chinese students among all foreign students "
                        "in Russia in 2020, please.")
    assert 9.4 in values(answer)
    # A time in the preface is no time asked.
    answer = engine.ask("For my essay on the post-2014 pivot, I need to know how much Chinese crude oil imports "
                        "from Russia changed between 2014 and 2018")
    assert answer.kind == "change" and 71.492 in values(answer)
    assert engine.ask("Quick check: trade in 2024?").answered


def test_a_comparison_with_one_side_held_gives_that_side_and_says_the_other_is_not(engine):
    answer = engine.ask("students vs tourists 2024")
    assert "50,000" in answer.text and "no figure for 2024" in answer.text
    # (round 55: the comparison itself is not answered, so the side held is shown, not given)
    assert not answer.answered and not values(answer)


def test_a_balance_asked_with_trade_misspelled(engine):
    assert "surplus for Russia" in engine.ask("tradde balance 2018").text


def test_what_happened_that_year_or_the_next_after_any_answer(engine):
    answer = talk(engine, "who signed the 1993 defence agreement", "what happened the next year?")
    assert answer.kind == "what_happened" and answer.events and all(e.date.startswith("1994") for e in answer.events)
    answer = talk(engine, "UN voting agreement 1990", "and the lowest?", "what happened that year?")
    assert answer.kind == "what_happened" and all(e.date.startswith("1993") for e in answer.events)


def test_the_largest_fall_of_it_is_the_figure_just_shown(engine):
    answer = talk(engine, "Russia's share of China's arms imports 2010", "and the highest?",
                  "in which year did it fall the most?")
    assert answer.kind == "swing" and 39.1 in values(answer)


def test_a_balance_asked_again_of_another_year(engine):
    answer = talk(engine, "trade balance 2019", "and 2020?")
    assert answer.kind == "balance" and "2020" in answer.text


def test_who_made_a_thing_needs_a_record_that_says_so(engine):
    answer = engine.ask("Who built the 1,000 km Russia-China crude pipeline finished in 2010?")
    assert not answer.answered and not answer.values


def test_a_change_refused_for_a_bound_names_the_bound(engine):
    answer = engine.ask("Chinese students 2020 vs 2024")
    assert '("over")' in answer.text and '("approximately")' not in answer.text


def test_a_figure_named_for_one_country_asked_of_neither_gives_both(engine):
    answer = engine.ask("Peace Mission 2005 troops")
    assert 8000 in values(answer) and 1000 in values(answer)
    assert "Russian troops" in answer.reading["summary"]
    # Asked of one country, that country's.
    assert 1000 not in values(engine.ask("how many chinese troops took part in peace mission 2005"))


def test_a_body_named_in_a_few_words_is_checked_among_the_events_parties(engine):
    answer = engine.ask("SCO founded")
    assert answer.answered and answer.events[0].date.startswith("2001")


def test_a_named_source_that_gives_no_figure_says_so_beside_the_one_that_does(engine):
    answer = engine.ask("arms imports 2023 sipri vs dashboard")
    assert answer.answered and "China-Russia Dashboard gives no figure" in answer.text


def test_in_what_year_anywhere_asks_a_date(engine):
    answer = engine.ask("According to the dashboard, in what year did Russia and China hold their first joint naval exercise?")
    assert answer.kind == "when" and answer.events[0].date.startswith("2009")


def test_counterterrorism_written_as_one_word(engine):
    answer = engine.ask("How many troops did each country send to the July 2009 counterterrorism exercise?")
    assert set(values(answer)) == {1300}


def test_the_other_side_of_a_poll_asked_as_a_share(engine):
    answer = talk(engine, "Levada poll 2022", "and the negative share?")
    assert "Levada" in answer.values[0].label and 5 in values(answer)


def test_a_share_of_a_whole_is_worked_out_from_two_counts_of_one_source(engine):
    answer = engine.ask("what share of joint exercises in 2025 were naval")
    assert answer.answered and 57.1 in values(answer)
    derived = [v for v in answer.values if v.derived]
    assert derived and derived[0].formula == "4 / 7 × 100 = 57.1"


def test_as_a_share_says_the_measure_of_the_answer(engine):
    answer = engine.ask("How many exercises were naval in 2025, as a share?")
    assert 57.1 in values(answer)


def test_the_name_of_a_first_event_or_of_the_relationship(engine):
    answer = engine.ask("What was the name of the first joint exercise in 2005?")
    assert answer.events and "Peace Mission 2005" in answer.events[0].title
    answer = engine.ask("name of the 2019 partnership upgrade")
    assert answer.kind == "label" and "new era" in answer.text


def test_who_led_a_country_when_an_event_happened_is_its_holder_then(engine):
    assert "Jiang Zemin" in engine.ask("who led china when the border was demarcated").text


def test_a_name_asked_at_a_time_crr_cannot_read_is_no_latest_name(engine):
    answer = engine.ask("what was the relationship called when Putin first became president?")
    assert "latest" not in answer.text and "friendly countries" in answer.text
