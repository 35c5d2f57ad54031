"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 59.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_figure_asked_on_a_basis_no_record_is_given_on_is_not_held(engine):
    for question in ("inflation-adjusted trade in 2010", "trade in 2024 in today's money", "deflated trade in 2022",
                     "trade in 2022 at 2015 prices", "trade at PPP in 2024"):
        answer = engine.ask(question)
        assert not answer.answered and not values(answer), question
    assert "adjusted for inflation" in engine.ask("trade in 2024 in real terms").text
    # as a follow-up, too
    answer = talk(engine, "China-Russia trade in 2010", "how about inflation-adjusted?")
    assert not answer.answered and not values(answer)
    # a year and a currency after it are the figure's year and currency
    assert 245 in values(engine.ask("trade in 2024, usd?"))
    assert engine.ask("China-Russia trade in 2014 (USD bn)").answered


def test_a_change_on_the_month_before_is_no_change_on_the_year(engine):
    answer = engine.ask("Month-on-month change in China-Russia trade in December 2025?")
    assert not answer.answered and not values(answer)


def test_a_figure_per_so_many_people_is_a_figure_per_person(engine):
    for question in ("Chinese students in Russia 2024 per 1000 people",
                     "Chinese tourists to Russia per 100,000 inhabitants in 2019"):
        answer = engine.ask(question)
        assert not answer.answered and not values(answer), question


def test_an_act_done_to_one_is_not_done_to_another(engine):
    # who
    answer = engine.ask("who assured Xi of Russia's support in June 2022?")
    assert not answer.answered
    assert "Vladimir Putin" in engine.ask("who called China an ally?").text
    # when: the record that has it done to the other says otherwise
    answer = engine.ask("When did Putin assure Xi of Russia's support on sovereignty and security?")
    assert not answer.answered and "says otherwise" in answer.text
    assert engine.ask("when did Xi assure Putin of support?").answered


def test_a_record_that_says_an_act_was_not_done_names_no_one_who_did_it(engine):
    assert not engine.ask("who said China and Russia are creating a military bloc?").answered
    # a question that denies the act itself, in any words, is answered by the record
    assert engine.ask("Which four oblasts' annexation did China refuse to recognise in Sep 2022?").answered
    # "not ... without" is a need, no denial
    assert "Nevynitsyn" in engine.ask("Which OGK executive said Russia had to work with the Chinese to get 41,000 MW built?").text


def test_what_went_comes_before_what_a_deal_agreed(engine):
    answer = engine.ask("latest gas exports to China")
    assert 38.8 in values(answer)
    # named by its deal, the agreed figure is still the one
    assert 3.5 in values(engine.ask("kovykta gas exports to china"))
    assert 300 in values(engine.ask("loans for oil 2009 how much oil over 20 yrs"))


def test_one_firms_flow_is_not_a_countrys(engine):
    answer = engine.ask("Russian oil exports to China in barrels per day")
    assert 405000 not in values(answer)
    assert 405000 in values(engine.ask("Shandong Yulong imports of Russian oil"))
    assert 405000 in values(talk(engine, "Shandong Yulong record intake oct 2025", "how many barrels a day was that?"))


def test_a_figure_of_one_at_a_time_is_no_total_of_them_all(engine):
    answer = talk(engine, "joint exercises since 2003 total?", "how many troops took part altogether?")
    assert not answer.answered and not values(answer)
    # both sides' troops in one exercise named by its month add up (or are given each)
    assert engine.ask("combined troops from both sides in the July 2009 counter-terror drill").answered
    assert talk(engine, "How many troops did each side send to the July 2009 counterterrorism drill?",
                "so how many altogether?").answered


def test_a_figure_of_one_at_a_time_after_an_event_is_that_events(engine):
    answer = talk(engine, "Vostok 2018 - who joined?", "how many Chinese troops?")
    assert not answer.answered and 1300 not in values(answer)
    assert 8000 in values(talk(engine, "When was the first joint China-Russia exercise, per Wikipedia?",
                                "how many PLA troops took part?"))
    assert 8 in values(talk(engine, "When did the EU ban dual-use exports to Chinese firms supplying Russia?",
                             "how many companies were hit?"))


def test_a_pointer_then_the_question_in_full_asks_the_question(engine):
    answer = talk(engine, "What share of Russia's imports came from China in 2023?",
                  "the other way round? Russia's share of China's imports?")
    assert not answer.answered and not values(answer)


def test_a_single_month_figure_is_a_monthly_one(engine):
    answer = engine.ask("What was China's largest single-month crude import from Russia in 2021?")
    assert not answer.answered and not values(answer)


def test_a_planned_date_asks_a_date(engine):
    answer = engine.ask("What is the planned completion date of Power of Siberia-2?")
    assert answer.kind == "when" and not values(answer)


def test_what_forced_or_prompted_an_act_asks_a_cause(engine):
    for question in ("What forced Shandong Yulong to stop buying Russian oil in October 2025?",
                     "what prompted the 2014 gas deal?"):
        answer = engine.ask(question)
        assert answer.kind == "judgement" and not answer.answered, question


def test_a_figure_of_one_occasion_after_an_event_not_found_is_not_held(engine):
    answer = talk(engine, "When did Chinese troops join Tsentr-2019?", "How many PLA soldiers were sent?")
    assert not answer.answered and not values(answer)


def test_that_year_after_a_date_is_the_dates_year(engine):
    answer = talk(engine, "When did China complete the full Power of Siberia pipeline?",
                  "How much gas flowed through it that year?")
    assert not answer.answered and 38.8 not in values(answer)


def test_everyday_words_for_what_crr_holds(engine):
    assert 30000 in values(engine.ask("Chinese kids studying in Russia back in 2020?"))
    assert 16 in values(engine.ask("yuan chunk of Russian export payments, Dec '22"))
    assert 19 in values(engine.ask("Xi-Putin touchpoints since the invasion kicked off"))
    assert engine.ask("Beijing-Moscow commerce in 2010, in greenbacks?").answered
    # a currency left ("stop using the greenback") is no currency the record must name
    assert engine.ask("When did Moscow and Beijing agree to stop using the greenback for their trade?").answered


def test_a_swap_line_is_one_thing_a_figure_must_name(engine):
    answer = engine.ask("How much of the 150 billion yuan swap line has actually been drawn?")
    assert not answer.answered and not values(answer)
    assert 150 in values(engine.ask("how big is the China-Russia swap line?"))


def test_what_was_sought_is_not_what_was_got(engine):
    assert 500 in values(engine.ask("How much did Moscow get from Beijing for the Rosneft shares in 2006?"))
    assert 3 in values(engine.ask("how much did CNPC seek in Rosneft shares at the IPO?"))


def test_of_two_close_readings_the_one_held_for_the_talks_time(engine):
    assert 24 in values(talk(engine, "what happened in 2015?", "how much was it worth?", "how many fighters?"))
    assert 45 in values(talk(engine, "What stakes did China take in Yamal LNG projects in 2019?",
                             "and what did they cost in total?"))


def test_whom_a_side_hosted_is_its_guests(engine):
    answer = engine.ask("who did Russia host at Vostok 2018?")
    assert "Its words name Russia" not in answer.text and "China" in answer.text
    assert "Russia" in engine.ask("who hosted Vostok 2018?").text
