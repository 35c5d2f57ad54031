"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 65.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import values


@pytest.mark.parametrize("question", [
    "peak month for GACC crude imports from Russia",
    "what was the record month for china-russia trade?",
    "busiest quarter for LNG from Russia",
])
def test_the_extreme_of_a_time_finer_than_a_year_is_not_the_extreme_year(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer)
    assert "by year only" in answer.text


def test_a_route_left_out_of_a_fuel_leaves_no_figure_of_the_fuel_whole(engine):
    answer = engine.ask("How much crude did China take from Russia in 2022, excluding pipeline deliveries?")
    assert not answer.answered and not values(answer)
    assert "without pipelines" in answer.text


def test_a_kind_of_gas_left_out_still_gives_the_other_kind(engine):
    answer = engine.ask("Russian gas to China in 2023 not counting LNG")
    assert answer.answered and 21.29 in values(answer)


def test_a_thing_set_aside_before_a_question_of_how_much_is_no_figure_asked(engine):
    answer = engine.ask("Not its capacity — how much will Power of Siberia-2 cost?")
    assert not answer.answered and 50 not in values(answer)


def test_the_time_of_a_thing_set_aside_is_no_time_asked(engine):
    answer = engine.ask("Not the 2014 deal: when was the Power of Siberia pipeline opened?")
    first = answer.text.splitlines()[0]
    assert answer.answered and "2019" in first and "$400 billion" not in first


@pytest.mark.parametrize("question", ["apart from 2022, when did trade peak?",
                                      "trade aside from 2022: which year was highest?"])
def test_apart_from_a_year_is_no_span_from_it(engine, question):
    answer = engine.ask(question)
    assert "since 2022" not in answer.text


@pytest.mark.parametrize("question", [
    "which year had the highest trade, other than 2024?",
    "highest trade year except 2024",
    "excluding the year 2024, when was trade highest?",
])
def test_a_year_left_out_of_an_extreme_is_one_of_the_others(engine, question):
    answer = engine.ask(question)
    assert answer.answered and 245 not in values(answer) and 234 in values(answer)
    assert "leaving out 2024" in answer.text and "leaving out 2024" in answer.interpretation


def test_a_year_left_out_of_a_span_is_no_figure_crr_gives(engine):
    answer = engine.ask("trade since 2020 other than 2022")
    assert not answer.answered and not values(answer)
    assert "leaves out 2022" in answer.text


@pytest.mark.parametrize("question", [
    "is it true that Russian oil exports to China reached 110 million tonnes in 2024?",
    "did Chinese tourist visits to Russia exceed 2.5 million in 2019?",
])
def test_a_bound_short_of_the_level_asked_decides_nothing(engine, question):
    answer = engine.ask(question)
    assert "crr cannot say" in answer.text and "no, " not in answer.text


def test_a_bound_past_the_level_asked_still_decides(engine):
    answer = engine.ask("did Russian oil exports to China exceed 100 million tonnes in 2024?")
    assert "yes, more than 108 million tonnes is above 100 million tonnes" in answer.text


@pytest.mark.parametrize("question", ["biggest percentage drop in trade",
                                      "in which year did trade fall the most in percentage terms?",
                                      "largest fall in trade in percent"])
def test_the_largest_fall_in_percent_is_ranked_by_percent(engine, question):
    answer = engine.ask(question)
    assert answer.kind == "swing" and answer.answered and -34.3 in values(answer)
    assert "as a percent of the year before" in answer.text


def test_the_largest_fall_by_amount_names_the_largest_in_percent_when_another(engine):
    answer = engine.ask("biggest drop in arms imports")
    assert "by the change in TIV mn" in answer.text
    assert "As a percent of the year before, the largest fall is another: from 1,095 TIV mn in 2019" in answer.text
    assert -50 in values(answer)


@pytest.mark.parametrize("question", ["russian investment in china", "investment in China by Russia"])
def test_money_invested_is_the_investors_own(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer) and answer.kind != "when"
    assert "not Russia's" in answer.text


@pytest.mark.parametrize("question, value", [
    ("how much did Chinese banks lend for the Yuganskneftegaz purchase?", 6),
    ("How much did CNPC put into the Skovorodino spur?", 400),
    ("What stakes did China take in the two Yamal LNG projects in 2019?", 30),
])
def test_a_figure_of_chinese_money_put_in_answers_a_question_of_it(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer)


@pytest.mark.parametrize("question, held", [
    ("did China become Russia's largest trading partner in 2012?", "2010"),
    ("did China and Russia hold a joint submarine patrol in 2024?", "August 2025"),
    ("fact check: Xi visited Moscow in April 2023", "20 March 2023"),
])
def test_an_event_asked_at_a_time_it_is_not_held_is_shown_at_its_own(engine, question, held):
    answer = engine.ask(question)
    assert not answer.answered and answer.kind == "when"
    first, second = answer.text.splitlines()[:2]
    assert first.startswith("crr's timeline holds no such event in ") and held in second


def test_a_thing_done_once_asked_at_another_time_is_answered_by_its_date(engine):
    # (round 70: signed once, the treaty's date answers "was it signed in 2002?" no)
    answer = engine.ask("Was the Treaty of Good-Neighborliness signed in 2002?")
    assert answer.answered and answer.kind == "when" and "2001" in answer.text.splitlines()[1]
    # (and a claim that says only when a thing was done)
    answer = engine.ask("is it true that the no limits statement was issued in 2021?")
    assert answer.answered and "4 February 2022" in answer.text.splitlines()[1]


def test_an_event_held_at_the_time_asked_is_not_shown_as_of_another(engine):
    answer = engine.ask("was the no limits statement issued in 2022?")
    assert "holds no such event" not in answer.text


def test_a_date_questioned_is_answered_by_the_date_held(engine):
    answer = engine.ask("My piece says Bank of China halted payments to sanctioned Russian banks in March 2024. right month?")
    assert answer.answered and "holds no such event in March 2024" in answer.text


def test_a_figure_in_doubt_is_no_event_at_another_time(engine):
    answer = engine.ask("Did China send 2,500 troops to Vostok 2018?")
    assert "holds no such event" not in answer.text


def test_a_follow_up_in_another_unit_says_so(engine):
    first = engine.ask("Russian LNG exports to China 2025")
    answer = engine.ask("what about 2023?", first)
    assert answer.answered and "Note: this figure is in bcm, not in million tonnes as the one before" in answer.text


def test_a_follow_up_that_asks_the_other_unit_has_no_note(engine):
    first = engine.ask("Russian LNG exports to China 2025")
    answer = engine.ask("in bcm for 2023?", first)
    assert "not in million tonnes as the one before" not in answer.text


@pytest.mark.parametrize("statement, verdict", [
    ("China–Russia trade hit $250bn in 2024", "no, USD 245 bn is not at or above USD 250 bn"),
    ("Russia supplied 90% of China's arms imports in 2023?", "no, crr holds 76%, not the claim's 90%"),
    ("trade was 245 in 2024", "yes, crr holds USD 245 bn"),
])
def test_a_claim_put_as_a_statement_with_a_figure_is_checked(engine, statement, verdict):
    answer = engine.ask(statement)
    assert verdict in answer.text


def test_a_statement_before_a_question_is_no_claim(engine):
    answer = engine.ask("Trade hit $245bn in 2024. What was it in 2020?")
    assert "Against the" not in answer.text and 107.7 in values(answer)


def test_a_thing_done_again_and_again_is_dated_each_time_held(engine):
    answer = engine.ask("when did Xi visit Russia?")
    assert answer.answered and answer.kind == "when"
    assert "holds 4 such events, which is not a full record" in answer.text
    assert "20 March 2023: Xi in Moscow" in answer.text and "2013: Xi Jinping's state visit to Moscow" in answer.text


def test_one_time_held_of_a_thing_done_again_says_it_is_the_only_one_held(engine):
    answer = engine.ask("when did Putin visit China?")
    assert "the only such event crr's timeline holds" in answer.text


@pytest.mark.parametrize("question", ["when was Vostok 2018?", "when was the first joint naval exercise?"])
def test_one_thing_named_or_one_time_asked_is_one_date(engine, question):
    answer = engine.ask(question)
    assert "such events" not in answer.text


@pytest.mark.parametrize("question, rest, style", [
    ("trade in 2024 in harvard", "trade in 2024", "harvard"),
    ("LNG 2025, APA citation please", "LNG 2025", "apa"),
    ("give me the APA citation for the 2024 yuan share", "the 2024 yuan share", "apa"),
    ("Chinese students in Harvard", "Chinese students in Harvard", ""),
])
def test_a_style_named_before_a_word_of_citing_or_after_a_time_is_asked(question, rest, style):
    from assistant.answering.requests import style_asked

    assert style_asked(question) == (rest, style)


def test_a_fraction_held_as_a_bound_gives_its_percent_as_the_fractions(engine):
    answer = engine.ask("yuan share of exports june 2024")
    assert "more than a third (a third is 33.3%)" in answer.text


@pytest.mark.parametrize("question, held", [
    ("The 2015 arms deals included 36 Su-35 fighters — what were the deals worth?", 24),
    ("CNPC wanted USD 5bn of Rosneft shares at the 2006 IPO — how much did it end up with?", 500),
])
def test_a_statement_before_the_question_that_the_record_refutes_is_set_against_it(engine, question, held):
    answer = engine.ask(question)
    assert not answer.answered and answer.text.startswith("The question rests on")
    assert not values(answer) and f"crr holds {held}" in answer.text.replace("USD ", "") and "derived by crr: no" in answer.text


def test_a_statement_before_the_question_that_the_record_bears_out_leaves_the_question(engine):
    answer = engine.ask("The 2015 deals included 24 Su-35 fighters — what were the deals worth?")
    assert answer.answered and 5 in values(answer)


@pytest.mark.parametrize("question", [
    "Trade was $10bn in 2001 - what had it reached by 2010?",
    "China is now the #3 source of foreign students in Russia - which countries are #1 and #2?",
    "Power of Siberia 2 (not 1) — what is its design capacity?",
])
def test_a_statement_near_the_record_or_of_no_figure_is_no_premise_refuted(engine, question):
    assert not engine.ask(question).text.startswith("The question rests on")


@pytest.mark.parametrize("question, value", [
    ("last year, how many of the joint drills were naval", 4),
    ("the year before last — total Sino-Russian trade?", 245),
])
def test_a_time_from_today_said_first_is_no_order_of_events(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer)


def test_in_which_city_asks_where(engine):
    answer = engine.ask("last September, in which capital did Xi and Putin attend a victory day parade together")
    assert answer.answered and "Its record places it in Beijing" in answer.text


@pytest.mark.parametrize("question", ["where was it held?", "and in which city was it held?"])
def test_where_of_it_with_nothing_before_is_a_follow_up_of_nothing(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and "no earlier question" in answer.text


@pytest.mark.parametrize("question", ["date of the next joint Russia–China military exercise?",
                                      "when is the next joint exercise?"])
def test_the_next_of_a_thing_done_again_is_a_forecast(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and answer.kind == "judgement"


def test_the_next_one_after_a_past_one_is_no_forecast(engine):
    assert engine.ask("when was the next exercise after Vostok 2018?").kind != "judgement"


@pytest.mark.parametrize("question, value", [
    ("SIPRI TIV: Russian share of Chinese arms imports, 2018", 83.1),
    ("Russia's percentage of China's arms imports in 2013 per SIPRI TIV?", 52.4),
    ("In 2010, how dominant was Russia in China's arms imports — what percent of TIV?", 69.8),
])
def test_a_share_asked_with_the_unit_it_is_worked_from_is_the_share(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and values(answer) == [value]


def test_where_a_partnership_was_agreed_asks_no_name_of_it(engine):
    answer = engine.ask("In which city was the 2019 'new era' partnership upgrade agreed?")
    assert answer.kind != "label" and not answer.answered


def test_a_name_no_event_holds_leaves_a_persons_events_unanswered(engine):
    answer = engine.ask("What did Wang Yi tell Josep Borrell in July 2025 about Russia and Ukraine?")
    assert not answer.answered and "No event crr holds names" in answer.text


def test_a_name_an_event_holds_is_answered_with_it(engine):
    answer = engine.ask("What did Wang Yi tell Kaja Kallas in July 2025?")
    assert answer.answered and "Kaja Kallas" in answer.text


def test_contracted_to_buy_is_a_contract_not_a_fall(engine):
    answer = engine.ask("In 1992 China contracted to buy how many Su-27s?")
    assert answer.answered and values(answer) == [72]


@pytest.mark.parametrize("question", [
    "What did Xi Dada and Putin sign during the March 2023 state visit?",
    "The enmity between the Soviets and Beijing started to ease after Chairman Mao died. What year was that?",
])
def test_a_nickname_a_title_or_a_word_read_is_no_unknown_name(engine, question):
    assert "No event crr holds names" not in engine.ask(question).text


@pytest.mark.parametrize("question", ["Russia's place among China's crude suppliers?",
                                      "Russia's place among China's LNG suppliers in 2023?"])
def test_a_place_among_others_is_a_rank_and_whose(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer)


def test_a_place_among_partners_held_is_answered(engine):
    answer = engine.ask("China's place among Russia's trading partners")
    assert answer.answered and set(values(answer)) == {1}
