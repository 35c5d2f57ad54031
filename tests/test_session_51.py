"""Mechanisms from the tuning sets, the newcomer's trial and the team's own probes, round 52.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_name_no_event_has_gets_no_date_of_another_event(engine):
    answer = engine.ask("when did the Zhenbao island clash happen?")
    assert not answer.answered and "Zhenbao" in answer.text
    # a name written with its accents, or in full, is a name the events have
    assert engine.ask("When exactly did the US seize Nicolas Maduro?").answered
    assert engine.ask("When did Yukos propose the ESPO pipeline (Angarsk to Daqing)?").answered


def test_a_post_before_the_list_of_its_holders_is_no_crash(engine):
    for year in ("1949", "1976", "1980"):
        answer = engine.ask(f"who was the Chinese leader in {year}")
        assert answer.kind == "who" and not answer.answered
        # a post the name only qualifies ("Chinese military leader") is not the post
        assert "Dong Jun" not in answer.text


def test_an_office_is_read_as_the_post_of_its_country(engine):
    answer = engine.ask("who was the leader of China in 2005")
    assert answer.answered and "Hu Jintao" in answer.text


def test_a_post_asked_of_no_country_is_not_a_third_countrys(engine):
    answer = talk(engine, "what happened in 1976?", "who was the leader then?")
    assert not answer.answered and "Berdymukhamedov" not in answer.text


def test_a_plea_for_help_is_no_word_of_the_question(engine):
    answer = engine.ask("Chinese students in Russia in 2020, can you help?")
    assert answer.answered and 30000 in values(answer)
    assert engine.ask("can you help me find trade in 2024?").answered


def test_the_yuans_share_of_russias_payments_is_no_share_of_its_trade_with_china(engine):
    for question in ("yuan share of china's trade with russia 2024", "what share of bilateral trade is in yuan"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values
    assert engine.ask("yuan share of Russia's trade in 2024").answered


def test_all_the_people_who_came_are_not_those_of_one_country(engine):
    for question in ("total master's students in russia 2024", "total students in russia 2020",
                     "total tourist visits to russia 2019"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
    # the one country's, asked as such, and a share of the whole, are held
    assert engine.ask("total tourists from china to russia in 2019").answered
    assert engine.ask("what share of total tourist visits to russia were chinese in 2019").answered


def test_a_yearly_rate_is_no_figure_of_one_month(engine):
    answer = engine.ask("UNGA same-vote rate for China and Russia in October 2018?")
    assert not answer.answered and not answer.values
    assert engine.ask("UNGA same-vote rate for China and Russia in 2018?").answered


def test_an_extreme_over_years_before_a_series_begins_is_not_named(engine):
    answer = engine.ask("In which year between 1995 and 2023 did Russian arms deliveries to China peak per SIPRI?")
    assert not answer.answered and "1995 to 1999" in answer.text
    low = engine.ask("Lowest annual crude oil import volume from Russia in China Customs data, 1995-2022?")
    assert not low.answered and not low.values
    assert engine.ask("In which year between 2000 and 2023 did Russian arms deliveries to China peak per SIPRI?").answered


def test_a_sum_held_once_is_no_yearly_figure_when_its_latest_is_asked(engine):
    answer = engine.ask("Under the 2009 loans-for-oil agreement, how many tonnes a year were to be delivered?")
    assert not answer.answered and not answer.values
    assert engine.ask("how much oil under the 2009 loans-for-oil deal?").answered


def test_arrivals_of_a_country_that_came_from_the_other_go_to_the_first(engine):
    for question in ("What share of China's foreign tourist arrivals came from Russia in 2019?",
                     "what share of tourists in China came from Russia in 2019"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
    assert 7.7 in values(engine.ask("what share of tourists in Russia came from China in 2019"))


def test_a_clause_turning_to_another_thing_is_not_set_aside(engine):
    answer = talk(engine, "What stakes did China take in Yamal LNG projects in 2019?",
                  "what about Arctic LNG 2 — how big a stake?")
    assert not answer.answered and not answer.values


def test_a_change_in_one_year_asked_of_it_is_the_change_from_the_year_before(engine):
    answer = talk(engine, "Russian crude to China in 2021 per Chinese customs?", "how much did it grow in 2022?")
    assert answer.answered and 6.602 in values(answer)  # (Customs, as asked before, not another source)
    trade = talk(engine, "Trade reported by China for 2014?", "by how much did it drop in 2015?")
    assert -27.289 in values(trade)


def test_the_level_a_change_came_to_is_the_years_level(engine):
    answer = engine.ask("What had the Chinese share of tourist visits to Russia dropped to in 2021?")
    assert answer.answered and 0.3 in values(answer)


def test_a_correction_is_a_follow_up(engine):
    answer = talk(engine, "What share of Russia's imports was paid in yuan at the end of 2022?", "sorry, I meant exports")
    assert answer.answered and 16 in values(answer)


def test_an_event_of_another_party_currency_or_host_dates_nothing_asked(engine):
    for question in ("When did Russia put China on its list of unfriendly countries?",
                     "When did Russia and China agree to settle their bilateral trade in euros?",
                     "When was the first BRIC summit hosted by China?"):
        answer = engine.ask(question)
        assert not answer.answered and "says otherwise" in answer.text, question
    # the events as they were, and a sum or a currency left behind, are still dated
    for question in ("When did Russia put Taiwan on its list of unfriendly countries?",
                     "when was the first BRIC summit held in Russia?",
                     "wen jiabao + putin agree to drop usd for natl currencies - exact date?",
                     "In what year did Russia and China sign the 400 billion dollar gas deal?",
                     "In which year did the Kremlin and Zhongnanhai sign their twenty-year friendship treaty?"):
        assert engine.ask(question).answered, question


def test_words_of_growth_a_multiple_points_and_a_balance(engine):
    assert engine.ask("By what factor did China's crude oil imports from Russia multiply between 2000 and 2022 (Customs)?").answered
    fast = engine.ask("How fast did Russia-reported trade with China rise between 2016 and 2018, as a percentage?")
    assert fast.answered and 63.7 in values(fast)
    points = engine.ask("Change in China's share of tourist visits to Russia between 2019 and 2023, in points?")
    assert -1.9 in values(points)
    balance = engine.ask("Russia's exports to China minus imports 2012")
    assert balance.answered and -0.121 in values(balance)


def test_a_latest_figure_in_a_named_file_is_a_figure_not_an_event(engine):
    answer = engine.ask("What is the latest crude oil volume from Russia in the China Customs file?")
    assert answer.answered and 86.248 in values(answer)


def test_a_rate_is_no_name_and_year_on_year_is_no_date(engine):
    mean = engine.ask("What was the mean agreement rate in the General Assembly for 1992-1999?")
    assert mean.answered and 52.475 in values(mean)
    yoy = engine.ask("Year-on-year growth of Russian crude imports into China in 2018 (vs 2017), China Customs?")
    assert yoy.answered and 20.1 in values(yoy)  # (imports into China: from Russia)


def test_a_follow_up_naming_the_subject_shown_adds_no_part_of_it(engine):
    answer = talk(engine, "How many joint exercises were there in 2024?", "how many were ground drills?")
    assert not answer.answered and not answer.values
    naval = talk(engine, "How many joint exercises were there in 2024?", "how many of them were at sea?")
    assert 7 in values(naval)


def test_a_lines_capacity_is_asked_in_words_of_capacity(engine):
    answer = engine.ask("Power of Siberia gas 2025")
    assert answer.answered and 38.8 in values(answer)
    assert 38 in values(engine.ask("power of siberia capacity"))


def test_the_number_after_a_share_asks_a_count(engine):
    answer = talk(engine, "what share of all visits to Russia was Chinese in 2023?", "and the number in 2023?")
    assert not answer.answered and not answer.values
    held = talk(engine, "what share of all visits to Russia was Chinese in 2019?", "and the number?")
    assert held.answered and held.values[0].unit == "visits"


def test_a_figure_turned_to_and_not_held_then_stays_the_talk(engine):
    answer = talk(engine, "how much oil did china import from russia in 2022?", "and 2023?",
                  "what about the value?", "and in 2021?")
    assert answer.answered and 40.295 in values(answer)


def test_by_when_asks_a_date():
    from assistant.reading.kinds import read_event_kind
    assert read_event_kind("by when had chinese banks closed to russian transactions?") == "when"


def test_what_crr_holds_on_a_subject_answers_no_number_asked(engine):
    answer = engine.ask("how many rifles were shipped?")
    assert not answer.answered and not answer.values


def test_a_question_after_a_list_of_times_is_its_own_part(engine):
    answer = engine.ask("Crude oil 2020 and 2022 and what was the value in 2022?")
    assert answer.answered and 58.378 in values(answer) and 86.248 in values(answer)


def test_who_else_may_ask_people_the_record_names(engine):
    answer = talk(engine, "what happened in 2023?", "who else visited Beijing that year?")
    assert answer.answered and "Mishustin" in answer.text and "names no one" not in answer.text


def test_a_refusal_says_why_of_the_subject_asked(engine):
    answer = engine.ask("how much gas did china send to russia in 2023")
    assert not answer.answered and "destroyers" not in answer.text and "gas" in answer.text


def test_a_models_number_is_no_count(engine):
    answer = engine.ask("When was the sale of the 72 Su-27 fighters to China finalised?")
    assert answer.answered and answer.events[0].date.startswith("1996-12")


def test_who_led_a_country_is_one_of_its_own(engine):
    answer = engine.ask("Who led the Soviet Union when the Sino-Soviet split began in 1961?")
    assert not answer.answered and "Mao" not in answer.text
    assert "Putin" in engine.ask("who led Russia when the 2001 treaty was signed?").text


def test_a_plan_the_question_names_is_the_thing_dated(engine):
    answer = engine.ask("When did CNPC and Gazprom sign the memorandum of understanding that opened gas pricing talks?")
    assert answer.answered and answer.events[0].date.startswith("2006-03")


def test_from_which_date_asks_a_date(engine):
    answer = engine.ask("From which date did Yukos say its rail deliveries of crude to CNPC would stop?")
    assert answer.kind == "when" and answer.events[0].date.startswith("2004-09")


def test_the_largest_figure_is_no_who(engine):
    answer = engine.ask("In the Customs series 2000-2022, what was the largest annual value of crude oil imports from Russia?")
    assert answer.answered and 58.378 in values(answer)


def test_an_extreme_over_years_not_held_ignores_a_span_figure_beside_the_series(engine):
    answer = engine.ask("What was the lowest Russian share of China's arms imports between 1990 and 2023?")
    assert not answer.answered and not answer.values


def test_china_and_russia_are_no_two_questions(engine):
    answer = engine.ask("Roughly how many UNGA recorded votes in 2019 saw China and Russia cast the same vote?")
    assert answer.kind != "compound" and not answer.values


def test_the_whole_of_a_thing_the_record_gives_half_of_is_no_event_of_it(engine):
    answer = engine.ask("When did Russia hand the whole of Bolshoy Ussuriysky Island to China?")
    assert not answer.answered and "says otherwise" in answer.text
    assert engine.ask("When was Bolshoy Ussuriysky Island handed over?").answered


def test_car_makers_and_an_upper_figure_are_words_crr_reads(engine):
    assert 100 in values(engine.ask("How many S-300 surface-to-air missiles did China buy (upper figure)?"))
    assert engine.ask("Chinese car makers' share of Russian car sales in the first half of 2023?").answered


def test_holding_an_event_is_no_word_its_record_need_say(engine):
    answer = engine.ask("when did China and Russia hold an exercise with Mongolia")
    assert answer.answered and "Mongolia" in answer.text


def test_he_after_a_who_answer_is_one_of_those_named(engine):
    answer = talk(engine, "who signed the 1993 defence agreement?", "when was he defence minister?")
    assert "Li Shangfu" not in answer.text


def test_a_subjects_short_name_is_a_name_its_events_have(engine):
    answer = engine.ask("when did China and Russia cast opposing votes in the UNSC")
    assert answer.answered and answer.events[0].date.startswith("2024-11")


def test_a_day_named_without_a_year_is_of_the_year_shown(engine):
    answer = talk(engine, "what happened in 2022?", "who met on 4 February?")
    assert answer.answered and "Putin" in answer.text and "4 February 2022" in answer.text
    assert engine.ask("who met on 4 February?").kind != "error"


def test_another_office_after_a_holder_at_an_event_is_asked_of_that_time(engine):
    answer = talk(engine, "who was China's president when Yeltsin first visited?", "and the party leader?")
    assert answer.answered and "Jiang Zemin" in answer.text and "Xi Jinping" not in answer.text.split("\n")[0]


def test_the_other_sides_post_in_its_capital(engine):
    answer = talk(engine, "who is China's ambassador to Russia?", "and Russia's in Beijing?")
    assert answer.answered and "Morgulov" in answer.text


def test_the_first_of_the_things_a_figure_counts_is_the_earliest_called_first(engine):
    answer = talk(engine, "joint exercises since 2022?", "how many of those were naval?", "and in 2024?",
                  "when was the first one?")
    assert answer.answered and answer.events[0].date.startswith("2009")
