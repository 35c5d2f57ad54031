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
