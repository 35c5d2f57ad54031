"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 68.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, verdict", [
    ("is the China–Russia border the 4th longest in the world?", "no, crr holds rank 6, not the claim's rank 4"),
    ("Is the China-Russia border the world's second-longest?", "no, crr holds rank 6, not the claim's rank 2"),
    ("Is the China-Russia border ranked second in the world by length?", "not the claim's rank 2"),
    ("does the china-russia border rank sixth in the world?", "yes, crr holds rank 6, the claim's place"),
    ("is China Russia's second-largest trading partner?", "no, crr holds rank 1, not the claim's rank 2"),
])
def test_a_place_in_a_ranking_a_claim_gives_is_set_against_the_rank_held(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.answered and all(v.unit == "rank" for v in answer.values)
    assert verdict in answer.text


def test_a_statement_of_a_place_in_a_ranking_before_the_question_is_judged_by_the_rank(engine):
    answer = engine.ask("The China–Russia border is the world's fourth-longest — how long is it exactly?")
    assert not answer.answered and not answer.values
    assert "does not bear out" in answer.text and "rank 6" in answer.text


def test_who_holds_a_place_is_still_asked_of_the_ranks(engine):
    answer = engine.ask("which country is russia's second largest trading partner?")
    assert not answer.answered and "no one ranked second" in answer.reading["summary"]


@pytest.mark.parametrize("question, request_read, value", [
    ("Could I trouble you for the total cost of China's stakes in the two Yamal LNG projects?", "Could I trouble you for", 45),
    ("Might I ask how much Chinese banks put into financing Rosneft's purchase of Yuganskneftegaz?", "Might I ask", 6),
    ("I'd be very grateful if you could tell me what percentage of Russia's exports to China are mineral fuels?",
     "I'd be very grateful if you could tell me", 60.7),
    ("Pull up the IMF number: China-reported trade with Russia, 2019.", "Pull up", 109.742),
    ("note to self - border length, exact km??", "note to self", 4209.3),
])
def test_a_request_put_politely_before_the_question_is_read_as_a_request(engine, question, request_read, value):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]
    assert f"“{request_read}” read as a request" in answer.reading["summary"]
    assert answer.question == question


@pytest.mark.parametrize("question, value", [
    ("china russia trade 2024 - close to 250bn?", 245),
    ("roughly what was bilateral trade worth in 2001, circa 10bn?", 10.674),
    ("Was China's LNG import from Russia just shy of 10 Mt in 2025?", 9.9),
    ("By 2018 had China–Russia trade hit the $100 billion mark?", 106.654),
])
def test_words_that_hedge_a_level_are_read(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]


def test_a_short_form_with_its_full_stop_is_written_out(engine):
    answer = engine.ask("how many russian visits to china in 2019 acc. to the dashboard")
    assert answer.answered and answer.values[0].value == 1_900_000


def test_a_time_in_a_preface_that_the_question_points_back_at_is_the_time_asked(engine):
    answer = engine.ask("For a briefing on sanctions I need the 2023 number: how much in dual-use goods did China "
                        "ship to Russia that year, in USD?")
    assert not answer.answered and not answer.values
    assert "2023" in answer.reading["summary"]


def test_the_disagreements_query_finds_a_metrics_curated_pairs_by_its_id_or_name(db_path):
    import sqlite3

    from assistant.frontends.datasette.queries import CANNED_QUERIES
    sql = CANNED_QUERIES["sources_disagree"]["sql"]
    with sqlite3.connect(db_path) as db:
        by_id = db.execute(sql, {"metric": "lng_exports_to_china_bcm"}).fetchall()
        by_name = db.execute(sql, {"metric": "Bilateral trade"}).fetchall()
    assert any("lng" in row[1] for row in by_id)
    assert any(row[1] == "trade-2025" for row in by_name)


@pytest.mark.parametrize("question", [
    "Story says Russia is China's top crude supplier.",
    "Story says Russia is China's top crude supplier. True?",
])
def test_a_first_place_a_claim_states_is_asked_as_a_question_of_that_place(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values
    assert "no rank of Russia" in answer.text


def test_a_first_place_claimed_that_is_held_gets_its_rank(engine):
    answer = engine.ask("Story says Russia was China's largest arms supplier in 2023.")
    assert answer.answered and answer.values[0].unit == "rank" and answer.values[0].value == 1


@pytest.mark.parametrize("question", [
    "did Power of Siberia begin delivering gas in 2020?",
    "Draft says Power of Siberia began delivering gas in 2020.",
])
def test_when_a_thing_began_asked_of_a_year_is_a_date_not_the_years_figure(engine, question):
    answer = engine.ask(question)
    assert not answer.values
    assert "2019" in answer.text and "no such event in 2020" in answer.text


def test_a_figure_in_the_year_a_thing_began_is_still_the_figure(engine):
    answer = engine.ask("how much gas did Power of Siberia deliver in the year it started, 2019?")
    assert answer.answered and answer.values[0].value == 0.31


@pytest.mark.parametrize("question, value", [
    ("2025 joint drills: were at least five of them naval?", 4),
    ("military leaders' engagements since 2022 - more than a dozen?", 14),
    ("were there more than ten joint exercises in 2024?", 11),
])
def test_a_level_said_in_words_is_read_as_its_number(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]


def test_a_fraction_or_a_length_of_time_in_words_is_no_level(engine):
    answer = engine.ask("Whose survey in April 2022 found about three quarters of Chinese respondents agreeing "
                        "that backing Russia served China's interest?")
    assert "Carter Center" in answer.text


def test_a_year_before_a_comma_is_no_figure_the_question_states(engine):
    answer = engine.ask("length of the crude pipeline completed in Sept 2010, and which source says so?")
    assert answer.answered and answer.values[0].value == 1000


@pytest.mark.parametrize("question, value, note", [
    ("I'm Russian — how many of our soldiers took part alongside the PLA in the 2007 Chelyabinsk drill?", 2090,
     "“our” read as Russia, the asker's country"),
    ("I'm Russian, what was trade in 2024?", 245, "“I'm Russian” read as who asks"),
])
def test_the_askers_own_country_is_what_our_and_we_stand_for(engine, question, value, note):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]
    assert note in answer.reading["summary"]


def test_a_lower_bound_below_a_level_neither_reaches_it_nor_rules_it_out(engine):
    answer = engine.ask("Did Xi meet Putin more than 50 times by 2025?")
    assert not answer.answered and not answer.values
    assert "lower bound below 50 meetings" in answer.text


@pytest.mark.parametrize("question, value, verdict", [
    ("Did China's crude imports from Russia cross 10 million tonnes in 2004?", 10.777, "yes"),
    ("Double-digit number of joint exercises in 2024?", 11, ""),
])
def test_crossing_a_level_and_double_digits_are_levels(engine, question, value, verdict):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]
    assert f"derived by crr: {verdict}" in answer.text if verdict else True


def test_a_figure_asked_of_events_shown_is_theirs_or_none(engine):
    from talking import talk
    answer = talk(engine, "What did Norinco ship to Russia in 2022?", "what were the shipments worth?")
    assert not answer.answered and not answer.values
    assert "Norinco" in answer.text and "no figure of it" in answer.text


def test_a_figure_of_the_subject_of_events_shown_is_still_given(engine):
    from talking import talk
    answer = talk(engine, "what happened in 2014?", "how much was the gas deal worth?")
    assert answer.answered and 400 in [v.value for v in answer.values]


def test_a_figure_of_a_narrower_subject_of_the_events_shown_is_theirs(engine):
    from talking import talk
    answer = talk(engine, "When was China's east-route gas pipeline from Russia finished?", "how far ahead of schedule?")
    assert answer.answered and answer.values[0].value == 7


def test_what_people_told_a_poll_is_asked_of_polls_only(engine):
    answer = engine.ask("what share of Russians agreed?")
    assert not answer.answered and not answer.values
    assert "is no poll" in answer.text


@pytest.mark.parametrize("question", ["and how many of them were naval?", "what share of those were naval?"])
def test_a_part_of_them_asked_first_has_no_whole_to_be_part_of(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values
    assert "no earlier question" in answer.text


def test_a_part_of_them_after_a_figure_is_the_part_of_it(engine):
    from talking import talk
    answer = talk(engine, "joint exercises in 2024", "and how many of them were naval?")
    assert answer.answered and answer.values[0].value == 7


@pytest.mark.parametrize("question, verdict", [
    ("Did China-Russia UN voting alignment rise in 2025?", "yes, it rose"),
    ("Did China-Russia UN voting alignment fall in 2025?", "no, it rose"),
    ("did UN voting alignment fall in 2022?", "yes, it fell"),
])
def test_a_way_a_figure_moved_that_only_an_event_says_is_answered_by_the_event(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.answered and not answer.values and answer.events
    assert f"as the event's record says: {verdict}" in answer.text


def test_a_way_a_figure_moved_that_its_figures_say_is_still_worked_out(engine):
    answer = engine.ask("did trade go down in 2025?")
    assert answer.values and "yes, it fell" in answer.text


def test_a_flows_start_asked_of_a_year_gives_no_figure_of_that_year(engine):
    answer = engine.ask("did Russian LNG exports to China start in 2018?")
    assert not answer.values


def test_a_year_named_by_what_began_in_it_is_a_time(engine):
    answer = engine.ask("Russia-reported exports to China in 2014, the year Western sanctions over Crimea began?")
    assert answer.answered and answer.values[0].value == 37.494
