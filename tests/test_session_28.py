"""Questions from a newcomer's trial and tuning set 11: what each mechanism reads.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from assistant.reading.words import normalize
from talking import values


def test_the_first_of_a_named_thing_is_an_event_with_every_word_of_its_name(engine):
    # "The first gas through Power of Siberia": the earliest close match may lack a word,
    # but not a word of the name (the 2007 gas programme has "Siberia", not "Power").
    for question in ("When was the first gas delivered through Power of Siberia?",
                     "when did the first gas flow via power of siberia"):
        answer = engine.ask(question)
        assert answer.answered and answer.events[0].date.startswith("2019"), question


def test_a_first_act_is_dated_by_a_match_that_says_it(engine):
    # The 2014 deal names the pipeline but dates no gas flowing through it.
    answer = engine.ask("when did the first gas flow via power of siberia")
    assert "launches" in answer.events[0].title


def test_who_did_a_thing_with_a_stated_figure_gives_the_person_and_the_figure(engine):
    # The act (revealing, opening) is an event's; the figure it was about is held too,
    # and is given after the event, cited to its own record.
    answer = engine.ask("Which Russian official revealed that Chinese banks put up $6bn toward the Yuganskneftegaz purchase?")
    assert answer.answered and "Kudrin" in answer.text and 6 in values(answer)
    answer = engine.ask("Which Kazakh president opened the $800m Atasu-Alashankou pipeline?")
    assert "Nazarbayev" in answer.text and 800 in values(answer)
    assert all(v.cites for v in answer.values)


def test_a_role_asked_of_both_countries_gives_both_holders(engine):
    # "The two countries'", "each other" say nothing of whose role; a role asked twice,
    # once for each country, is both holders.
    for question in ("Who are the two countries' ambassadors to each other?",
                     "Who are the Chinese ambassador in Moscow and the Russian ambassador in Beijing?"):
        answer = engine.ask(question)
        assert "Zhang Hanhui" in answer.text and "Morgulov" in answer.text, question
    assert "Morgulov" not in engine.ask("who is china's ambassador to russia").text


def test_what_the_counted_things_did_is_met_by_their_records(engine):
    # "How many firms": the things counted are the figure's own; what they did ("suppliers
    # of weapon components", "microelectronics for missile guidance") is said by its records.
    answer = engine.ask("When the European Union went after Chinese suppliers of weapon components in "
                        "spring 2023, how many Chinese firms did its dual-use export ban name?")
    assert values(answer) == [8]
    answer = engine.ask("US Entity List, October 2023: how many Chinese companies were added for feeding "
                        "Russia microelectronics for missile and drone guidance?")
    assert values(answer) == [42]
    # A subject no record of the count says is still not met.
    assert not engine.ask("how many Chinese firms did the EU ban for supplying coal in 2023?").values


def test_who_did_a_thing_and_how_much_gives_the_figure_of_its_year(engine):
    answer = engine.ask("Who revealed that Chinese banks financed Rosneft's purchase of Yuganskneftegaz, and with how much?")
    assert "Kudrin" in answer.text and values(answer) == [6]


def test_a_share_of_one_way_of_trade_is_no_share_of_all_trade(engine):
    # The yuan's share of Russia's trade settlements, both ways, is not its share of exports.
    answer = engine.ask("Yuan share of Russia's exports in January 2024?")
    assert not answer.answered and not answer.values
    assert engine.ask("yuan share of russia's trade settlements january 2024").values


def test_what_follows_a_second_year_is_said_of_both(engine):
    # "In 2022 and 2023 according to Chinese customs, in tonnes": the source and unit are
    # asked of 2022 too; the Energy Institute's bcm is no answer.
    answer = engine.ask("Pipeline gas volumes from Russia in 2022 and 2023 according to Chinese customs, in tonnes?")
    assert not answer.values
    answer = engine.ask("crude imports from russia in 2020 and 2021 according to chinese customs")
    assert {v.period for v in answer.values} == {"2020", "2021"}
    assert {v.source for v in answer.values} == {"gacc-customs"}


def test_a_figure_given_once_is_not_called_the_latest(engine):
    answer = engine.ask("What did Kazakhstan's Atasu–Alashankou oil line to China cost?")
    assert values(answer) == [800] and "latest" not in answer.text
    assert "latest value" in engine.ask("latest trade figure").text


def test_a_yes_no_question_before_a_question_of_its_own_leaves_that_one_asked(engine):
    answer = engine.ask("Has the alliance talk gone anywhere - when did Putin actually call China an ally?")
    assert answer.answered and answer.events[0].date.startswith("2024-11")
    assert "judgement" in answer.reading["summary"]


def test_a_pronoun_for_the_event_shown_asks_a_figure_of_it(engine):
    # "How long was it meant to last?" after the treaty's date: "it" is the treaty, whose
    # term is found by its title when the summary's other words weigh against every figure.
    treaty = engine.ask("When was the Treaty of Good-Neighborliness signed?")
    answer = engine.ask("how long was it meant to last?", treaty)
    assert values(answer) == [20] and answer.values[0].unit == "years"


def test_how_many_of_a_polls_people_is_their_share(engine):
    poll = engine.ask("What did Levada find about Russian views of China in Sept 2022?")
    assert values(engine.ask("how many were negative?", poll)) == [5]
    # How many a poll asked is another figure, which no share says.
    assert not engine.ask("how many Russians were polled by Levada in 2022?").values


def test_an_event_may_be_of_any_of_the_times_asked(engine):
    # "The Sept 2004 agreements that set exports for 2006": signed in 2004, of 2006's figure.
    answer = engine.ask("Who signed the Sept 2004 agreements that set Russian rail oil exports to China at "
                        "15 million tons for 2006?")
    assert "Fradkov" in answer.text and "Wen Jiabao" in answer.text and 15 in values(answer)


def test_a_terse_query_ending_in_two_digits_names_that_year():
    assert normalize("cn-ru trade 22") == "cn-ru trade 2022"
    assert normalize("lng 19?") == "lng 2019"
    # Not a number a word before makes one, a plane, or a year no source holds.
    for text in ("trade top 10", "su 35", "tu 95", "trade 45"):
        assert normalize(text) == text
    # After "in", two digits at the end are a year, in a full question too.
    assert normalize("what was trade in 22") == "what was trade in 2022"


def test_the_most_in_one_year_is_the_highest_yearly_figure(engine):
    answer = engine.ask("most joint exercises in one year")
    assert answer.kind == "peak" and values(answer) == [11]


def test_the_source_of_a_stated_figure_lists_each_record_of_it(engine):
    answer = engine.ask("what's the source for the 245 billion figure?")
    assert answer.answered and {v.source for v in answer.values} == {"china-russia-dashboard",
                                                                       "wikipedia-china-russia-relations"}
    assert "245" in answer.reading["summary"]
    assert not engine.ask("what is the source of the 999 figure").answered


def test_that_year_after_a_figure_of_one_year_is_that_year(engine):
    lowest = engine.ask("what was the lowest year of UN voting agreement?")
    assert [v.period for v in lowest.values] == ["1993"]
    assert values(engine.ask("how many votes that year?", lowest)) == [62]


def test_a_thing_done_is_dated_by_a_match_that_is_no_plan(engine):
    # The 2004 agreement to hand the island over is no date of its handing over.
    answer = engine.ask("When was Bolshoy Ussuriysky Island handed over?")
    assert answer.answered and answer.events[0].date == "2008-10-14"


def test_a_people_named_by_their_country_go_where_the_words_after_say(engine):
    chinese = engine.ask("Chinese tourists in Russia 2019")
    answer = engine.ask("and Russians in China?", chinese)
    assert answer.reading["flow"] == {"from": "russia", "to": "china"}
    assert values(answer) == [1900000]


def test_the_upper_end_of_a_range_comes_with_its_lower_end(engine):
    # "Five or six times a year": 6 alone would be pasted as the figure.
    answer = engine.ask("How often did Putin and Hu meet each year?")
    assert sorted(values(answer)) == [5, 6] and "range" in answer.text
    assert all(v.cites for v in answer.values)


def test_a_span_figure_names_its_source(engine):
    answer = engine.ask("joint naval exercises since 2022")
    assert "(China-Russia Dashboard[1])" in answer.text


def test_a_measure_asked_after_a_figure_of_no_time_is_its_main_series(engine):
    previous = engine.ask("which year was the value of russian crude exports to china highest?")
    answer = engine.ask("and volume?", previous)
    assert answer.values and answer.values[0].metric == "oil_exports_to_china"


def test_who_had_the_surplus_is_the_balance_worked_out(engine):
    answer = engine.ask("Who had the trade surplus in 2013?")
    assert answer.kind == "balance" and "a surplus for China" in answer.text
    assert all(v.derived for v in answer.values if v.label.endswith("balance with China"))
    trade = engine.ask("trade in 2013")
    answer = engine.ask("who had the surplus?", trade)
    assert answer.kind == "balance" and "2013" in answer.text


def test_what_an_agreement_provides_asked_in_the_future_is_its_terms(engine):
    answer = engine.ask("How much oil will Russia deliver under the loans-for-oil deal?")
    assert values(answer) == [300]
    assert engine.ask("will russia deliver more oil next year?").kind == "judgement"


def test_whether_a_people_like_a_country_is_what_polls_found(engine):
    answer = engine.ask("Do Russians like China?")
    assert answer.answered and answer.values[0].metric.startswith("russian_views") or "favourable" in answer.text


def test_a_capital_before_a_market_names_its_country(engine):
    answer = engine.ask("yuan share in Moscow stock market trading")
    assert answer.answered and values(answer) == [33]


def test_a_count_held_over_years_is_a_total(engine):
    answer = engine.ask("How many times have Putin and Xi met in total?")
    assert values(answer) == [40]
    answer = engine.ask("How many Chinese companies has the EU sanctioned in total?")
    assert not answer.answered and "one occasion" in answer.text


def test_which_of_two_flows_was_larger_is_said_as_each_reporter_counts_them(engine):
    answer = engine.ask("Which was larger in 2019, China's exports to Russia or its imports?")
    assert {v.metric for v in answer.values} == {"trade_china_to_russia", "trade_russia_to_china"}
    assert "As China reports them, the larger is “Goods trade from Russia to China”" in answer.text


def test_exporting_more_than_importing_is_the_balance(engine):
    answer = engine.ask("Did China export more to Russia than it imported in 2008?")
    assert answer.kind == "balance" and answer.text.count("a surplus for China") == 2


def test_a_word_of_a_known_phrase_is_no_typo(engine):
    # "feet" of "cubic feet" is not mended to "fleet": a unit crr holds nothing in.
    answer = engine.ask("LNG in cubic feet 2022")
    assert not answer.values and "cubic feet" in answer.text


def test_the_gap_between_two_reporters_is_worked_out(engine):
    answer = engine.ask("In 2010, how far apart were the trade totals reported by China and by Russia?")
    gaps = [v for v in answer.values if v.derived]
    assert 3.439 in [v.value for v in gaps]
    assert answer.reading.get("reporter") is None


def test_a_share_slipping_by_percentage_points_is_its_change(engine):
    answer = engine.ask("By how many percentage points did Russia's share of China's arms imports slip between "
                        "2000 and 2023 in the SIPRI export?")
    assert -9.5 in [v.value for v in answer.values if v.derived]


def test_who_then_a_figure_of_it_is_asked_in_turn(engine):
    answer = engine.ask("Yeltsin's first official trip to China: whom did he meet, and how many documents were signed?")
    assert 25 in values(answer) and "Jiang Zemin" in answer.text
    # "the 30% and 20% stakes" is no second question.
    assert not engine.ask("Which Chinese firms took the 30% and 20% stakes in the two Yamal LNG projects?").values


def test_a_peak_asked_is_read_from_a_close_reading_that_holds_levels(engine):
    # The figure named after "the 2019 peak" holds only a bound; Chinese visits hold levels.
    answer = engine.ask("When did Chinese tourism to Russia peak?")
    assert answer.answered and answer.values[0].period == "2019"


def test_the_best_reading_holding_a_month_of_the_year_asked_is_kept(engine):
    # A share held for December 2023 answers "in 2023" before a far looser reading that holds 2023.
    answer = engine.ask("What share of trade was in national currencies in 2023")
    assert values(answer) == [90] and answer.values[0].period == "2023-12"


def test_typos_of_roles_and_british_spellings_are_read(engine):
    assert "Zhang Hanhui" in engine.ask("whos chinas ambasador to russia").text
    answer = engine.ask("when was the treaty of good-neighbourliness signed")
    assert answer.answered and answer.events[0].date.startswith("2001")


def test_how_much_it_grew_is_between_the_last_two_times_talked_of(engine):
    answer = None
    for question in ("LNG 2025", "is that a record?", "how much was it in 2019?"):
        answer = engine.ask(question, answer)
    grew = engine.ask("so how much did it grow?", answer)
    assert grew.kind == "change" and any(v.derived for v in grew.values)
    assert {"2019", "2025"} <= {v.period for v in grew.values if not v.derived}


def test_money_paid_goes_from_the_payer_and_a_share_at_a_place_is_of_that_place(engine):
    assert not engine.ask("Under the 2009 loans-for-oil deal, how much did Russia pay China?").values
    assert values(engine.ask("Under the 2009 loans-for-oil deal, how much did China pay?")) == [25]
    assert not engine.ask("What share of tax-free receipts at Chinese airports go to Russian shoppers?").values
    assert values(engine.ask("what share of tax-free receipts at russian airports go to chinese citizens")) == [70]


def test_a_year_asked_as_a_time_is_no_name_of_a_figure(engine):
    # "in 2019" asks a time; "the 2019 peak" in a figure's name does not make it one.
    answer = engine.ask("Russian visitors as a share of all tourist visits to China in 2019?")
    assert not answer.values


def test_a_growth_rate_in_one_year_is_the_change_from_the_year_before(engine):
    answer = engine.ask("trade growth rate in 2015")
    assert answer.kind == "change" and any(v.derived and v.value == -28.7 for v in answer.values)
    # No level for 2023: no rate for 2024, and not the 2024 level instead.
    assert not engine.ask("Trade growth rate China-Russia in 2024?").answered
    # "The decade of growth" asks for no rate.
    assert values(engine.ask("How large was Sino-Russian trade in 2001, at the start of the decade of growth?"))


def test_one_of_two_things_valued_together_is_not_their_value(engine):
    assert not engine.ask("In the 2015 arms deals, what was the S-400 worth on its own?").values
    assert values(engine.ask("what were the 2015 S-400 and Su-35 deals worth")) == [5]


def test_a_part_of_a_total_given_after_its_owners_is_no_total(engine):
    assert not engine.ask("How many of Wang Yi and Lavrov's 30 meetings were bilateral?").values


def test_a_follow_up_of_a_new_subject_after_a_flow_is_no_capacity(engine):
    carried = engine.ask("How much gas did Power of Siberia carry in 2025?")
    answer = engine.ask("and Power of Siberia 2?", carried)
    assert not answer.values and "capacity" in answer.text
    lng = engine.ask("LNG 2025")
    assert engine.ask("and trade?", lng).values


def test_studying_in_a_country_goes_there(engine):
    chinese = engine.ask("How many Chinese master's students were in Russia in 2024?")
    assert not engine.ask("and russian ones studying in china?", chinese).values


def test_a_count_named_by_its_unit_meets_what_its_records_say(engine):
    # "Troops per side in the counter-terror drill": the troops are the count's own things;
    # "counter-terror" and "by train" are said by its records ("counter-terrorism", "by rail").
    # (per side: each country's figure, 1,300 both)
    assert set(values(engine.ask("Troops per side in the July 2009 joint counter-terror drill?"))) == {1300}
    assert values(engine.ask("How many PLA troops went by train to Chelyabinsk in 2007?")) == [1600]


def test_a_role_before_who_asks_who_held_it(engine):
    answer = engine.ask("Kremlin spokesman who brushed off Beijing's peace plan in Feb 2023?")
    assert "Peskov" in answer.text


def test_an_ordinal_of_no_occurrence_in_an_event_is_not_its_ordinal(engine):
    # The fourth patrol "aimed at no third country" is no third patrol.
    assert not engine.ask("When was the third Russia-China joint maritime patrol in the Pacific?").answered
    assert engine.ask("When was the fourth joint maritime patrol?").answered


def test_another_party_after_a_figure_is_the_same_figure_of_that_party(engine):
    us = engine.ask("How many Chinese companies did the US add to the Entity List in Oct 2023?")
    answer = engine.ask("and how many did the EU go after in May of that year?", us)
    assert values(answer) == [8] and answer.values[0].period == "2023-05"


def test_a_slice_is_a_share(engine):
    assert values(engine.ask("What slice of Russia's imports came from China in 2023?")) == [38]


def test_a_list_of_events_asked_by_an_ordinal_keeps_those_that_say_it(engine):
    assert not engine.ask("Where was the second BRIC summit held?").answered


def test_who_held_a_role_at_an_event_is_the_one_whose_role_it_is(engine):
    answer = engine.ask("Who was Chinese premier in 2010?")
    assert "Wen Jiabao" in answer.text and "Vladimir Putin" not in answer.text.split("\n")[0]
    assert "Alexei Miller" not in engine.ask("who is the head of CNPC in 2006").text.split("\n")[0]


def test_a_superlative_of_a_rank_is_the_rank_asked_not_its_highest_value(engine):
    answer = engine.ask("Is China Russia's largest trading partner?")
    assert answer.kind != "peak" and values(answer)[0] == 1


def test_one_stake_of_a_figure_of_two_is_not_its_cost(engine):
    assert not engine.ask("What did China pay for its 30% stake in the Yamal LNG project?").values
    assert values(engine.ask("What did China pay in total for its Yamal LNG stakes in 2019?")) == [45]


def test_a_figure_asked_per_month_of_a_yearly_figure_is_not_held(engine):
    trade = engine.ask("trade in 2024")
    answer = engine.ask("and per month?", trade)
    assert not answer.values and "per month" in answer.text


def test_a_difference_with_one_end_missing_gives_no_figure(engine):
    assert not engine.ask("What was the difference between dual-use shipments in 2023 and 2024?").answered
    answer = engine.ask("How many more Chinese students were in Russia than Russian students in China in 2024?")
    assert not answer.answered and not answer.values


def test_two_questions_with_one_not_held_give_the_one_held_and_say_the_other(engine):
    answer = engine.ask("How much crude did China import from Russia in 2022, and how much coal?")
    assert answer.answered and 86.248 in values(answer) and "no figure for 'coal'" in answer.text
    answer = engine.ask("How long is the China–Russia border and how many crossing points are on it?")
    assert values(answer) == [4209.3] and "crossing" in answer.text


def test_a_count_of_things_about_another_party_is_found_by_the_things(engine):
    eu = engine.ask("How many Chinese firms did the EU target in May 2023?")
    assert values(eu) == [8]
    assert values(engine.ask("And the US in October 2023?", eu)) == [42]
    # Which firms the count is of, crr does not hold.
    assert not engine.ask("name them", eu).values


def test_the_other_way_round_is_the_other_way(engine):
    chinese = engine.ask("Chinese tourist visits to Russia in 2019")
    assert values(engine.ask("And the other way round?", chinese)) == [1900000]


def test_a_sentence_before_a_question_is_a_preface(engine):
    answer = engine.ask("Arguably China is weaning itself off Russian weapons. What share of its arms imports "
                        "still came from Russia in 2023?")
    assert 76 in values(answer)
    answer = engine.ask("People keep saying trade hit a record in 2024. Is that right, and how big was it?")
    assert 245 in values(answer)


def test_words_of_moving_are_read_as_nothing_of_the_figure(engine):
    answer = engine.ask("In which year did the UNGA same-vote share of China and Russia sink to 38.7%?")
    assert answer.values and answer.values[0].period == "1993"


def test_a_claim_checked_without_that_is_a_claim(engine):
    answer = engine.ask("is it true 98% of chinese banks refused russian yuan payments?")
    assert values(answer) == [98] and "claim" in answer.reading["summary"]


def test_which_month_at_the_end_asks_a_date(engine):
    answer = engine.ask("Moscow and Beijing ran a border defence drill together with Mongolia - which month?")
    assert answer.answered and answer.events[0].date.startswith("2025-09")


def test_a_month_and_two_digits_written_as_one_word_is_that_month():
    assert normalize("yuan share dec22") == "yuan share dec 2022"
    assert normalize("engagements feb22-feb26") == "engagements from feb 2022 to feb 2026"


def test_what_a_figure_just_shown_is_of_is_what_its_records_say(engine):
    listed = engine.ask("How many Chinese companies did the US add to the Entity List in October 2023?")
    answer = engine.ask("what were they supplying to Russia?", listed)
    assert "microelectronics" in answer.text


def test_another_thing_named_after_a_date_asks_its_date(engine):
    split = engine.ask("when was the sino-soviet split?")
    answer = engine.ask("and the border war?", split)
    assert answer.kind == "when" and answer.events[0].date.startswith("1969")
    patrol = engine.ask("When did Russia and China hold their first joint submarine patrol?")
    assert not engine.ask("and the second one?", patrol).answered


def test_exchange_students_are_students(engine):
    answer = engine.ask("Which two countries still send more exchange students to Russia than China does?")
    assert "Kazakhstan" in answer.text and "Turkmenistan" in answer.text
    # "Foreign students in total" are not China's.
    assert not engine.ask("How many foreign students in total studied in Russia in 2024?").values


def test_a_state_that_collapsed_was_dissolved(engine):
    answer = engine.ask("when did the USSR collapse")
    assert answer.events[0].date.startswith("1991") and "Dissolution" in answer.events[0].title


def test_a_figure_whose_record_names_a_firm_is_dated_by_the_event_that_names_it(engine):
    answer = engine.ask("Which Chinese firm led the consortium that agreed with OGK to add 41,000 MW in the Far East?")
    assert "Harbin Turbine" in answer.text and answer.events[0].date.startswith("2008")
    assert 41000 in values(answer)
    # A count's own people stay named with it.
    answer = engine.ask("Which defence chiefs make up the dashboard's 14 military engagements since the invasion?")
    assert "Belousov" in answer.text


def test_how_many_more_of_two_held_figures_is_their_difference_worked_out(engine):
    answer = engine.ask("How many more visits did Chinese make to Russia than Russians to China in 2019?")
    derived = [v for v in answer.values if v.derived]
    assert derived and derived[0].value == 400000 and derived[0].formula and derived[0].cites
