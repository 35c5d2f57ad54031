"""Mechanisms from the tuning sets and the team's own probes, round 44.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import json


def test_a_post_holder_the_sources_give_undated_is_dated_by_their_as_of_date(engine):
    # The infobox names the ambassadors with no term: they hold the post as of the source's
    # writing, and the answer says when that was, in its text and as `as_of`.
    answer = engine.ask("Who is Beijing's ambassador in Moscow?")
    assert answer.answered and "Zhang Hanhui" in answer.text
    assert answer.as_of == "2026-02" and "(February 2026)" in answer.text
    assert json.loads(answer.model_dump_json())["as_of"] == "2026-02"


def test_a_post_holder_the_sources_date_gets_no_as_of_date(engine):
    answer = engine.ask("Who was Chinese premier in 2004?")
    assert answer.as_of == ""


def test_an_office_named_after_the_questions_head_is_no_answer_to_who(engine):
    # "... to meet the Chinese leader": Xi is named by the question; the one asked is someone else.
    answer = engine.ask("Which Russian prime minister flew to Beijing in May 2023 to meet the Chinese leader?")
    assert "Mikhail Mishustin" in answer.text and "Xi Jinping" not in answer.text.split(":")[0]
    # ... while the office at the head is the one asked
    answer = engine.ask("Who was the Chinese leader when Yeltsin first visited China?")
    assert "Jiang Zemin" in answer.text


def test_a_head_of_government_is_read_as_the_prime_minister(engine):
    answer = engine.ask("In September 2004 Wen Jiabao signed the pipeline-route agreements in Moscow with which Russian head of government?")
    assert "Mikhail Fradkov" in answer.text and "prime minister" in answer.reading["asked_as"]
    assert "prime" not in answer.unread


def test_a_things_name_asked_is_the_name_its_record_writes(engine):
    answer = engine.ask("What's the name of the 20-year treaty the two signed in 2001?")
    assert answer.answered and answer.kind == "name"
    assert answer.text.startswith("Treaty of Good-Neighborliness and Friendly Cooperation:")
    # a title in quotation marks is a name as written
    answer = engine.ask("What was the document Xi and Putin signed during Xi's March 2023 trip to Russia?")
    assert answer.text.startswith("Joint Statement on Deepening the Comprehensive Strategic Partnership")
    # "which pipeline": a name with none of the kind's words, not a country's adjective
    answer = engine.ask("Which pipeline started sending Russian gas to China at the end of 2019?")
    assert answer.text.startswith("Power of Siberia-1:")
    assert engine.ask("What was the big Russian naval exercise China joined in September 2024 called?").text.startswith("Ocean-2024:")


def test_a_record_that_writes_no_name_gives_none(engine):
    # places ("over the Sea of Japan"), ordinals with a country ("First Chinese"), compound
    # adjectives ("Russian-hosted") and source names are no names of a thing
    for question in ("What was the operation name for the November 2022 Tu-95 and H-6K bomber patrol?",
                     "What was the name of the 2007 drill when PLA troops went by train to Chelyabinsk?",
                     "What was the Russian exercise China took part in during September 2022 called?",
                     "What was the name of the SCO exercise held in Iran in December 2025?"):
        answer = engine.ask(question)
        assert not answer.answered and "writes no name" in answer.text and not answer.values, question


def test_a_name_question_is_no_date_ranking_or_figure_question(engine):
    assert engine.ask("What was the exact date the Treaty of Good-Neighborliness was signed?").kind == "when"
    assert engine.ask("which exercise had the most troops?").kind != "name"
    assert engine.ask("What was the 2014 gas deal worth?").values


def test_a_figure_after_a_name_is_of_the_event_named(engine):
    named = engine.ask("What was the first China-Russia joint exercise according to Wikipedia?")
    answer = engine.ask("how many Chinese troops took part?", previous=named)
    assert [v.value for v in answer.values] == [8000]


def test_a_yes_or_no_set_against_a_level_or_a_direction_says_yes_or_no(engine):
    assert "derived by crr: yes, USD 245 bn is above USD 200 bn" in engine.ask("Was trade above 200 bn in 2024?").text
    assert "derived by crr: no," in engine.ask("Was trade above 300 bn in 2024?").text
    answer = engine.ask("Did China-Russia trade go down in 2025?")
    assert "yes, it fell: -6.9% in 2025" in answer.text
    assert "no, it fell" in engine.ask("Did trade rise in 2025?").text
    # (asked with no yes or no, no verdict)
    assert "way it moved" not in engine.ask("how did trade change in 2025?").text


def test_a_report_or_a_leak_dates_when_it_came_out_not_the_deed(engine):
    for question in ("When were the leaked Russian nuclear-threshold documents written?",
                     "Since when have Chinese academics been preparing territorial claims on Russia, per the FSB?"):
        answer = engine.ask(question)
        assert not answer.answered and "a report or a leak of it" in answer.text, question
    # the report asked for is dated
    for question in ("When did Politico report Norinco arms shipments?", "When was the FSB memo leaked?"):
        assert engine.ask(question).answered, question
    # and a deed the records date beside its report is dated by the deed
    answer = engine.ask("When did Norinco send assault rifles to Russia?")
    assert answer.answered and answer.events[0].date.startswith("2022")


def test_a_number_after_an_article_names_the_thing_not_a_level(engine):
    # "the 24 Su-35 fighters": which fighters, not when a count reached 24
    answer = engine.ask("When did China actually receive the 24 Su-35 fighters?")
    assert not answer.answered and not answer.values
    assert engine.ask("when did trade hit 190 bn?").values


def test_all_of_a_count_asked_by_name_is_not_its_count(engine):
    answer = engine.ask("Give me all 50 items on the Common High Priority List.")
    assert not answer.answered and not answer.values and "asks for names" in answer.text


def test_a_years_two_digits_after_in_are_that_year(engine):
    answer = engine.ask("how big was russia china trade in 24, in dollars")
    assert [v.period for v in answer.values if not v.derived][:1] == ["2024"]
    # ... unless a unit or a count follows
    assert "2024" not in engine.ask("how many exercises in 24 hours?").reading.get("summary", "")


def test_a_number_no_part_of_the_answer_uses_is_named_unread(engine):
    answer = engine.ask("how much pipe gas 23? russia->china")
    assert "23" in answer.unread
    assert "200" not in engine.ask("was trade above 200 bn in 2024?").unread


def test_a_name_asked_after_an_event_is_of_that_event(engine):
    dated = engine.ask("when was the first joint exercise?")
    answer = engine.ask("what was it called?", previous=dated)
    assert answer.kind == "name" and "Peace Mission 2005" in answer.text
    assert "of “" in answer.reading["summary"]
    # ... and a figure asked next is of the event named
    troops = engine.ask("How many PLA troops took part?", previous=answer)
    assert [v.value for v in troops.values] == [8000]
    opened = engine.ask("when did gas start flowing?")
    assert engine.ask("what was the pipeline called?", previous=opened).text.startswith("Power of Siberia-1:")


def test_a_post_asked_in_the_present_tense_warns_of_a_dated_holder(engine):
    answer = engine.ask("who is the chinese defence minister?")
    assert "Li Shangfu" in answer.text and "do not say who holds the post today" in answer.text


def test_a_four_letter_typo_of_a_common_name_is_mended(engine):
    answer = engine.ask("trade betwen chna and rusia 2018?")
    assert answer.answered and answer.reading["mended"]["chna"] == "china"


def test_what_the_other_country_sells_is_asked_again_by_a_follow_up(engine):
    sold = engine.ask("what does china sell to russia?")
    for question in ("and russia to china?", "and the other way?"):
        answer = engine.ask(question, previous=sold)
        assert answer.kind == "composition" and "What Russia sells China" in answer.text, question
    assert engine.ask("and in 2023?", previous=sold).kind == "composition"
    assert engine.ask("and oil?", previous=sold).kind != "composition"


def test_why_a_thing_was_done_is_the_reason_its_record_states(engine):
    answer = engine.ask("why did the US add 42 chinese firms to the entity list?")
    assert answer.answered and answer.kind == "reason" and "for selling Russia microelectronics" in answer.text
    shown = engine.ask("When did Bank of China stop payments to sanctioned Russian banks?")
    assert "wary of secondary sanctions" in engine.ask("why?", previous=shown).text


def test_why_with_no_reason_stated_or_of_a_figure_stays_a_judgement(engine):
    for question in ("Why did Deng Xiaoping refuse to meet Yeltsin?", "Why did China-Russia trade fall in 2025?",
                     "why will the yuan replace the dollar?"):
        answer = engine.ask(question)
        assert not answer.answered and answer.kind == "judgement", question


def test_a_follow_up_that_repeats_a_shares_subject_without_a_share_word_asks_the_thing(engine):
    share = engine.ask("russia's share of china's arms imports 2023")
    answer = engine.ask("biggest drop in arms imports", previous=share)
    assert answer.values and answer.values[0].unit == "TIV mn"
    crude = engine.ask("crude oil share of China's energy imports 2024")
    answer = engine.ask("in which year did crude imports rise the most?", previous=crude)
    assert answer.values and answer.values[0].unit == "million tonnes"
    # a time alone still asks the share
    assert engine.ask("and in 2010?", previous=share).values[0].unit == "percent"


def test_a_time_follow_up_goes_to_the_other_reading_that_holds_it(engine):
    poll = engine.ask("what % of russians view china favourably?")
    answer = engine.ask("and in 2019?", previous=poll)
    assert [v.value for v in answer.values] == [71] and "Pew" in answer.reading["summary"]


def test_a_yes_or_no_of_an_act_says_yes_or_no_by_the_one_records_words(engine):
    answer = engine.ask("Has the SCO ever run an exercise in Iran?")
    assert answer.answered and answer.text.startswith("Yes, by the record below")
    answer = engine.ask("Did China recognise the annexation of Crimea?")
    assert answer.text.startswith("No, by the record below")
    # a record of something else (Russia asked for drones) says nothing of the act asked
    answer = engine.ask("Did China send armed drones to Russia?")
    assert not answer.answered and "No record crr holds says this was done" in answer.text
    # sending a patrol is holding it, no goods sent
    assert engine.ask("When did China and Russia first send a joint naval patrol into the Arctic Ocean?").answered


def test_the_names_a_question_leaves_out_are_no_answer(engine):
    answer = engine.ask("Apart from Bank of China, which Chinese banks stopped taking Russian payments in 2024?")
    assert not answer.answered and "which the question leaves out" in answer.text
    answer = engine.ask("Apart from Turkey and the UAE, which countries did Norinco shipments pass through?")
    # (the UAE, known as a country however written, is left out as the question leaves it out)
    assert not answer.answered and not answer.text.startswith("Its words name")


def test_words_of_doing_and_of_leaving_out_find_no_event(engine):
    # "the firsts the 2024 exercises set": "set" says they were done, not which
    answer = engine.ask("List the firsts that the 2024 joint exercises set")
    assert len(answer.events) == 3
    answer = engine.ask("Apart from China and Russia, which countries founded the SCO?")
    assert answer.answered and "Kazakhstan" in answer.text


def test_since_a_clause_dated_by_a_year_is_since_that_year(engine):
    answer = engine.ask("Total number of joint exercises since they began in 2003?")
    assert [v.value for v in answer.values if not v.derived] == [96]


def test_the_product_groups_one_country_sells_are_its_composition(engine):
    for question in ("What are the main product groups China sells to Russia since Feb 2022?",
                     "Break down China's exports to Russia by main category since Feb 2022"):
        answer = engine.ask(question)
        assert answer.kind == "composition" and "Machinery" in answer.text, question
        assert "alone" not in answer.text  # (since February 2022 is the time the figures are for)


def test_naming_the_places_of_events_lists_the_events(engine):
    answer = engine.ask("Name the seas or places of the Russia–China naval manoeuvres of 2015, 2017 and 2019.")
    assert answer.answered and "Mediterranean" in answer.text and "Baltic" in answer.text and "Cape Town" in answer.text


def test_a_call_or_a_warning_of_a_thing_dates_no_doing_of_it(engine):
    answer = engine.ask("When was the SCO energy club actually set up?")
    assert not answer.answered and "a plan or an agreement" in answer.text
    # the warning asked for is dated
    assert engine.ask("When did the US Treasury warn it might impose secondary sanctions on foreign entities "
                      "aiding Russia's defence industry?").answered
    # a swap line signed is set up
    assert engine.ask("When did Beijing and Moscow set up their central-bank swap line against US sanctions?").answered


def test_about_before_a_number_is_roughly_not_a_subject_asked_about(engine):
    answer = engine.ask("About three quarters of Chinese respondents said backing Russia in the war served "
                        "China's interests — whose survey was that?")
    assert answer.kind != "about" and "Carter Center" in answer.text
    assert engine.ask("about chinese students in russia").kind == "about"


def test_a_number_no_figure_holds_may_be_one_an_events_record_gives(engine):
    answer = engine.ask("Whom did Yeltsin meet on his first official China visit, when 25 documents were signed?")
    assert answer.answered and "Jiang Zemin" in answer.text


def test_short_forms_of_imports_exports_and_count_are_read(engine):
    assert [v.value for v in engine.ask("joint drills cnt 2024").values] == [11]
    assert engine.ask("crude imp frm russia 2016 mt customs").values[0].value == 52.478


def test_an_arrow_between_two_countries_is_from_the_first_to_the_second(engine):
    answer = engine.ask("cn->ru tourist visits 2019")
    assert answer.reading["flow"] == ["china", "russia"] or "from China to Russia" in answer.reading["summary"]


def test_whose_account_said_first_leaves_the_question_its_kind(engine):
    answer = engine.ask("Per Politico, which Chinese state arms maker sent rifles, drone parts and body armour to Russia?")
    assert answer.kind == "who" and "Norinco" in answer.text
    assert "China-Russia Dashboard" in engine.ask("According to the Dashboard, how many joint exercises were held in 2024?").reading["summary"]


def test_paying_finds_payments_and_mid_is_no_word_of_an_event(engine):
    answer = engine.ask("Which Chinese bank stopped paying sanctioned Russian banks in mid-2024?")
    assert answer.answered and "Bank of China" in answer.text


def test_which_of_two_things_came_first_is_set_by_their_dates(engine):
    answer = engine.ask("What came first: Yeltsin's first official trip to China, or the upgrade to a 'constructive partnership'?")
    assert answer.answered and answer.text.startswith("Yeltsin's first official visit") and "came first" in answer.text
    # two things dated to the same year only: no order
    assert not engine.ask("Which came first in 2001, the SCO's founding or the friendship treaty?").answered


def test_a_range_in_thousands_written_with_a_k_is_both_ends_in_thousands(engine):
    answer = engine.ask("Which refinery pushed Russian crude intake to a record 370-405k barrels a day?")
    assert "Shandong Yulong" in answer.text


def test_the_time_between_two_dated_things_is_worked_out_at_their_precision(engine):
    answer = engine.ask("How many years passed between the 1969 border war and the ceremony that closed the border dispute?")
    assert answer.answered and [v.value for v in answer.values] == [39] and answer.values[0].derived
    assert "2008 − 1969 = 39" in answer.text
    answer = engine.ask("How many days after the invasion began did Putin call Xi about talks with Ukraine?")
    assert [v.value for v in answer.values] == [1]
    # days asked of things dated to the year only: no count
    answer = engine.ask("How many days passed between the 1969 border war and the founding of the SCO?")
    assert not answer.values


def test_the_other_side_after_a_figure_no_country_reports_is_its_people(engine):
    exercise = engine.ask("When was the Peace Mission exercise?")
    chinese = engine.ask("how many chinese troops?", previous=exercise)
    answer = engine.ask("and the Russian side?", previous=chinese)
    assert [v.value for v in answer.values] == [1000] and answer.reading["asked_as"] == "and the russians?"
    # after a figure each country reports, the side is its statistics
    trade = engine.ask("china russia trade 2019 as china reports it")
    assert "as Russia reports it" in engine.ask("and the Russian side?", previous=trade).reading["summary"]
    # after a who-answer, the side's holder is asked
    envoy = engine.ask("Who is China's ambassador in Moscow?")
    assert "asked_as" not in (engine.ask("and on the Russian side?", previous=envoy).reading or {})


def test_where_is_it_after_a_body_named_is_where_that_body_is(engine):
    named = engine.ask("Which refinery set a record for Russian crude in October 2025?")
    answer = engine.ask("where is it?", previous=named)
    assert answer.answered and "Shandong Province" in answer.text


def test_in_return_says_what_was_given_for_the_thing_shown(engine):
    deal = engine.ask("When was the loans-for-oil deal signed?")
    assert [v.value for v in engine.ask("how much oil in return?", previous=deal).values] == [300]


def test_the_last_n_years_end_with_the_latest_year_a_figure_is_held_for(engine):
    answer = engine.ask("Mean Russian share of China's arms imports over the last five years in the SIPRI data?")
    assert "2019 to 2023" in answer.reading["summary"] and any(abs(v.value - 75.94) < 0.01 for v in answer.values)
    # a figure held to last year: the years before this one
    assert "the last 2 years" in engine.ask("joint exercises over the past two years").reading["summary"]


def test_a_year_no_reading_holds_is_refused_of_the_series_not_a_one_off_deal(engine):
    answer = engine.ask("gas exports 2024")
    assert not answer.answered and "Russian pipeline gas exports to China" in answer.text


def test_one_sides_trade_with_the_other_is_their_trade_as_a_whole(engine):
    answer = engine.ask("what % of chinese trade with russia is in yuan or rubles?")
    assert answer.answered and [v.value for v in answer.values] == [90]
    assert not engine.ask("what share of china's trade is with russia?").answered


def test_covid_said_alone_or_in_the_pandemic_is_its_year(engine):
    assert "2020" in engine.ask("tourists chn to rus covid").reading["summary"]
    assert "2020" in engine.ask("trade in the pandemic").reading["summary"]


def test_a_count_of_a_thing_done_lists_the_events_that_do_it(engine):
    answer = engine.ask("how many times did Xi attend the victory day parade in Moscow?")
    assert not answer.answered and [e.date for e in answer.events] == ["2015-05", "2025-05"]


def test_a_things_length_stated_before_its_opening_is_still_its_length(engine):
    opened = engine.ask("when did the crude pipeline open?")
    answer = engine.ask("how long is it?", previous=opened)
    assert [v.value for v in answer.values] == [1000] and answer.values[0].unit == "km"


def test_which_countries_after_an_events_date_asks_who_of_that_event(engine):
    dated = engine.ask("when was the SCO founded?")
    answer = engine.ask("which countries?", previous=dated)
    assert answer.kind == "who" and "Kazakhstan" in answer.text


def test_a_yes_or_no_of_first_place_is_said_by_the_rank(engine):
    assert "derived by crr: yes, rank 1" in engine.ask("Is Russia still China's top arms supplier?").text
    assert "Against first place" not in engine.ask("what rank is russia among china's arms suppliers?").text


def test_a_yes_or_no_of_a_capacity_reached_says_yes_or_no(engine):
    answer = engine.ask("Did Gazprom actually reach Power of Siberia's 38 bcm capacity?")
    assert "Against its capacity, derived by crr: yes, 38.8 bcm" in answer.text
    # a rank of another thing than the one asked of gives no verdict ("Lukoil's rank")
    assert "Against first place" not in engine.ask("Is Russia China's largest oil supplier?").text


def test_a_yes_or_no_of_one_time_against_another_says_yes_or_no(engine):
    assert "derived by crr: yes, 2024 above 2022" in engine.ask("was trade higher in 2024 than 2022?").text
    assert "derived by crr: no, 2022 below 2024" in engine.ask("was trade higher in 2022 than in 2024?").text


def test_words_of_naming_find_no_event(engine):
    answer = engine.ask("Which year was named the Year of Chinese Tourism in Russia?")
    assert answer.answered and answer.events[0].date == "2013"


def test_a_place_asked_is_no_name_its_record_puts_nothing_in(engine):
    answer = engine.ask("In which city did Xi and Putin sign the no limits statement?")
    assert "Cold War" not in answer.text.split("\n")[0] and "AUKUS" not in answer.text.split(":")[0]


def test_a_supplier_left_out_of_a_whole_is_the_whole_less_its_part(engine):
    answer = engine.ask("how much did china import in arms from suppliers other than russia in 2012?")
    derived = [v for v in answer.values if v.derived]
    assert answer.answered and [round(v.value, 1) for v in derived] == [974.7]
    assert "leaving out Russia" in answer.reading["summary"]
    # no figure of the whole for the time asked: no figure, and why
    assert not engine.ask("china's arms imports excluding russia").values
