"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 56.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values  # noqa: F401  (talk is used by later tests)


def test_a_stake_is_no_loan_and_a_loan_no_stake(engine):
    # the Chinese banks' financing of Rosneft's purchase is a loan, not a stake anyone bought
    answer = engine.ask("How much did China pay for its stake in Yuganskneftegaz?")
    assert not answer.answered and 6 not in values(answer)
    answer = engine.ask("How big a stake in CNPC did Rosneft buy, and for how much?")
    assert 6 not in values(answer)
    # each is still found under its own word, and under "investment" for both
    assert 6 in values(engine.ask("how much did chinese banks lend rosneft?"))
    assert 30 in values(engine.ask("what stake did china take in yamal lng?"))
    assert 3 in values(engine.ask("how much did cnpc invest in rosneft?"))


def test_where_a_figure_was_taken_from_names_no_one_who_did_what_it_counts(engine):
    # "Taken from the ... Energy Institute Statistical Review" is the producer, no importer
    answer = engine.ask("Which Chinese company imported the 86.2 Mt of Russian crude in 2022?")
    assert not answer.answered and "names Energy Institute" not in answer.text
    # ... unless whose figures they are is what the question asks
    answer = engine.ask("Whose monthly figures are behind the 2000-2022 series of China's crude imports "
                        "from Russia (86.248 Mt in 2022)?")
    assert "Customs" in answer.text


def test_the_open_end_of_a_flow_answers_which_supplier_or_buyer(engine):
    answer = engine.ask("Which supplier accounted for 79% of China's arms imports in 2023 according to SIPRI data?")
    assert answer.answered and "names Russia" in answer.text and "Computed" not in answer.text.split(":")[0]
    assert "names China" in engine.ask("who bought 9.9 million tonnes of russian lng in 2025?").text
    # a head of a firm asked, not the end of the flow
    assert not engine.ask("Who was running Gazprom when it delivered 38.8 bcm to China in 2025?").answered


def test_a_date_is_not_given_for_an_act_the_record_has_another_do(engine):
    # a firm as the doer, the record's doer first in its title
    assert not engine.ask("When did CNPC stop rail shipments of crude to Yukos?").answered
    assert engine.ask("When did Yukos stop rail shipments to CNPC?").answered
    # a country of several words, and the act as a noun after its doer ("the US capture of")
    assert not engine.ask("When did China capture Maduro?").answered
    assert engine.ask("When did the US capture Maduro?").answered
    # names joined before the act do it together
    assert engine.ask("On what date did Putin phone Xi after launching the invasion?").answered


def test_a_date_of_an_act_of_money_needs_a_record_that_says_it_of_that_side(engine):
    assert not engine.ask("When did CNPC buy Slavneft?").answered  # it bid, then pulled out
    assert not engine.ask("When did Transneft pay CNPC $400 million?").answered  # CNPC paid
    assert engine.ask("When did CNPC fund the Skovorodino spur?").answered
    assert engine.ask("When did China buy the S-400?").answered
    # paying a visit is no act of money
    assert engine.ask("When did Boris Yeltsin pay his first official visit to China?").answered


def test_a_follow_up_that_moves_the_time_on_is_not_answered_by_the_figure_just_shown(engine):
    answer = talk(engine, "What share of Russians viewed China favourably in the Levada poll of September 2022?",
                  "and today?")
    assert not answer.answered and not answer.values and "September 2022" in answer.text
    answer = talk(engine, "When was the Treaty of Good-Neighborliness and Friendly Cooperation signed?",
                  "when was it renewed, and for how long?", "has it been renewed since?")
    assert not answer.answered
    # a later figure held is still given
    assert 234 in values(talk(engine, "trade in 2020?", "and today?"))


def test_a_choice_of_two_is_not_answered_by_a_figure_of_both_together(engine):
    answer = talk(engine, "Which leaders interacted 19 times between Feb 2022 and Feb 2026?",
                  "who initiated most of those calls, Xi or Putin?")
    assert not answer.answered and not answer.values and "together" in answer.text


def test_a_way_turned_down_after_not_is_left_out(engine):
    answer = engine.ask("How many times did Xi and Putin meet in person (not by phone) between 2022 and 2026?")
    assert 19 not in values(answer) and "leaving out calls" in answer.reading["summary"]


def test_a_ranking_by_significance_is_a_judgement(engine):
    answer = engine.ask("What's the most significant joint military exercise China and Russia have ever held?")
    assert answer.kind == "judgement" and not answer.answered and not answer.values


def test_how_many_points_higher_sets_two_levels_side_by_side(engine):
    answer = talk(engine, "What was China's share of Russia's imports in 2023?",
                  "How many points higher was the import share than the export share that year?")
    assert 7 in values(answer)  # 38 - 31, derived
    answer = talk(engine, "What was China's share of Russia's imports in 2022?",
                  "How many points higher was the import share than the export share that year?")
    assert not answer.answered and not answer.values  # no export share held for 2022


def test_a_who_question_whose_act_is_unread_is_not_answered_by_a_figure(engine):
    answer = talk(engine, "When was the Peace Mission exercise?", "how big was the Russian contingent?",
                  "and who commanded it on the Russian side?")
    assert not answer.answered and not answer.values and "commanded" in answer.text


def test_naming_the_things_a_count_counts_is_asked_in_more_words(engine):
    answer = talk(engine, "Who added 42 Chinese companies to the Entity List in October 2023?",
                  "can you name those companies?")
    assert not answer.answered and "count, not each one by name" in answer.text


def test_the_one_a_record_has_do_the_other_end_of_a_deal_is_no_answer(engine):
    answer = engine.ask("Which Russian firm bought 1.5 million tons of oil from CNPC in 1999?")
    assert not answer.answered and "names Yukos" not in answer.text
    assert "names Yukos" in engine.ask("Which Russian firm sold 1.5 million tons of oil to China in 1999?").text


def test_a_nationality_swapped_on_what_a_figure_or_event_is_of_finds_none(engine):
    assert not engine.ask("Who added 42 Russian companies to the US Entity List in October 2023?").answered
    assert not engine.ask("When was the Russian consulate in Odesa damaged?").answered
    assert engine.ask("When was the Chinese consulate in Odesa damaged?").answered


def test_before_them_asks_a_time_before_the_one_shown(engine):
    answer = talk(engine, "Who hosted the Vostok 2018 exercise?", "and which country joined them there?",
                  "which country outside the former USSR had joined Vostok before them?")
    assert not answer.answered and "before September 2018" in answer.text
    assert "names China" not in answer.text


def test_a_post_named_by_its_title_with_a_time_gets_the_posts_term_check(engine):
    # the ambassadors' posts are read as posts, not as the holders' names: no term is dated
    answer = engine.ask("Who was the Russian ambassador to China in 2015?")
    assert not answer.answered and "date no term" in answer.text
    assert "Morgulov" in engine.ask("who is the russian ambassador to china?").text


def test_a_host_asked_is_not_the_one_a_title_holds_another_sides_own(engine):
    assert not engine.ask("When did China host the Vostok exercise?").answered  # Russia's Vostok 2018
    assert engine.ask("When did Russia host the Vostok exercise?").answered


def test_paying_for_a_thing_is_buying_it_and_investing_is_paying(engine):
    answer = engine.ask("How much did CNPC pay for Yuganskneftegaz?")
    assert not answer.answered and 6 not in values(answer)  # Rosneft bought it, Chinese banks lent
    assert 9.3 in values(engine.ask("How much did Rosneft pay for Yuganskneftegaz?"))
    assert not engine.ask("How much did Rosneft invest in CNPC shares?").answered
    assert 3 in values(engine.ask("How much did CNPC invest in Rosneft shares?"))
    assert 400 in values(engine.ask("how much did CNPC pay Transneft?"))


def test_a_deal_named_in_joined_words_asks_no_money(engine):
    answer = engine.ask("How much oil would Russia deliver under the loans-for-oil deal?")
    assert 300 in values(answer) and 25 not in values(answer)
    assert 25 not in values(engine.ask("How much oil would Russia deliver over 30 years under the loans-for-oil deal?"))


def test_its_after_a_firms_figure_is_that_firms(engine):
    answer = talk(engine, "Which refinery hit a record in Russian oil imports in October 2025?",
                  "how many barrels a day was that?", "and what was its 2024 intake of Russian crude?")
    assert not answer.answered and not answer.values and "Shandong Yulong" in answer.text


def test_a_place_among_a_part_is_no_place_among_the_whole(engine):
    answer = engine.ask("Which country is the No. 1 source of foreign students in Russia?")
    assert not answer.answered and "names China" not in answer.text
    assert "names China" in engine.ask("Which country is the No. 1 source of master's students in Russia?").text


def test_a_thing_of_the_event_just_shown_is_not_answered_by_a_figure_of_the_year(engine):
    answer = talk(engine, "Which country first bought Portovaya LNG after the sanctions?",
                  "which terminal took the cargo?", "how many tonnes was the cargo?")
    assert not answer.answered and not answer.values and "cargo" in answer.text
    # the event as a whole ("that deal") is what its figures are of
    answer = talk(engine, "Who revealed that Chinese banks financed Rosneft's Yuganskneftegaz purchase?",
                  "how much did Chinese banks put into that deal?")
    assert 6 in values(answer)


def test_a_place_named_with_the_in_a_record_answers_where(engine):
    answer = engine.ask("Where were the naval manoeuvres held in May 2015?")
    assert answer.answered and "places it in Mediterranean Sea" in answer.text
    assert "Khabarovsk" in engine.ask("Where were the 2005 military and political consultations held?").text
    assert not engine.ask("Where did Putin and Hu first meet?").answered  # its record names no place
