"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 69.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from assistant.answering.requests import layout_apart


@pytest.mark.parametrize("question, rest, layout", [
    ("Table of trade by year", "trade by year", "Table of"),
    ("bullet points: Sino-Russian trade 2024 and 2025", "Sino-Russian trade 2024 and 2025", "bullet points"),
    ("Make me a small table of LNG 2019-2023", "LNG 2019-2023", "Make me a small table of"),
    ("both reporters' totals for 2015 as a 2-row table", "both reporters' totals for 2015", "as a 2-row table"),
    ("joint exercises since the invasion, table form", "joint exercises since the invasion", "table form"),
    ("troop numbers as a small table (PLA vs Russia)", "troop numbers (PLA vs Russia)", "as a small table"),
    ("trade 2024, as a quick list", "trade 2024", "as a quick list"),
    ("same bullets for 2024 pls", "same for 2024 pls", "bullets"),
])
def test_words_of_a_layout_are_set_apart_from_what_is_asked(question, rest, layout):
    assert layout_apart(question) == (rest, layout)


@pytest.mark.parametrize("question", [
    "is russia in the list of partners?", "which table lists trade?", "trade in 2024"])
def test_a_list_or_table_that_is_what_is_asked_of_is_no_layout(question):
    assert layout_apart(question) == (question, "")


@pytest.mark.parametrize("question, value, layout", [
    ("Table: China's total arms imports (TIV) 2018–2023", 470.5, "table"),
    ("bullet points: Sino-Russian trade 2024 and 2025", 245, "list"),
    ("summary table: total joint exercises since 2003", 96, "table"),
    ("tourist visits in 2019, both directions, in a table", 2_300_000, "table"),
])
def test_a_layout_asked_answers_the_figures_and_the_reading_names_the_layout(engine, question, value, layout):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]
    assert answer.reading["layout"] == layout and "read as how to lay out the answer" in answer.reading["summary"]


def test_whatever_is_held_asked_for_is_every_value(engine):
    answer = engine.ask("chinese share of tourist visits to Russia by year, whatever the dashboard shows")
    assert answer.answered and answer.kind == "series"


def test_a_gloss_in_brackets_whose_words_alone_were_not_placed_is_read_as_a_gloss(engine):
    answer = engine.ask("How much LNG (liquid gas on ships) did China import from Russia in 2025?")
    assert answer.answered and 9.9 in [v.value for v in answer.values]
    assert "read as an aside that explains, not a part of what is asked" in answer.reading["summary"]


@pytest.mark.parametrize("question", [
    "# chinese cars sold in russia h1 2023 (units)?",  # a bracket that ends the question says what is asked
    "How many Chinese banks (the number only) refused payments from Russia?",  # a measure in brackets
])
def test_brackets_that_say_what_is_asked_are_no_gloss(engine, question):
    assert not engine.ask(question).answered


def test_a_measure_said_not_to_be_asked_is_no_measure_asked(engine):
    answer = engine.ask("How many Chinese banks (the number, not %) refused payments from Russia?")
    assert not answer.answered and not answer.values
    answer = engine.ask("what share, not the number, of russia's imports came from china in 2023?")
    assert answer.answered and answer.values[0].unit == "percent"


def test_a_total_whose_parts_are_named_with_plus_is_their_sum(engine):
    answer = engine.ask("Energy Institute: total Russian gas (pipeline plus LNG) to China in 2023?")
    assert answer.answered and 32.31 in [v.value for v in answer.values if v.derived]


@pytest.mark.parametrize("question", [
    "how much did China and Russia sell to each other in 2024?",
    "how much did China and Russia buy from each other in 2024?",
    "China and Russia traded about 80 billion dollars of goods in 2024?",
])
def test_selling_both_ways_and_goods_traded_by_both_are_bilateral_trade(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0].metric == "trade_total"


@pytest.mark.parametrize("question", ["trade in ٢٠٢٤", "trade in २०२४", "trade in ２０２４"])
def test_digits_of_any_script_are_read_as_the_year_they_write(engine, question):
    answer = engine.ask(question)
    assert answer.answered and [v.period for v in answer.values][0] == "2024"


def test_a_deed_being_done_is_no_plan(engine):
    # "does China buy": what is done, which an amount agreed for 2006 is not
    answer = engine.ask("how many barrels a day of russian oil does china buy")
    assert not answer.answered and "not what was actually done" in answer.text
    assert engine.ask("how much oil does china buy from russia in 2023").answered


@pytest.mark.parametrize("question", [
    "In barrels per day, what rail oil export level to China was set for 2006?",
    "how much oil under the loans-for-oil deal?",
    "oil by rail 2006 china russia tons",
])
def test_an_amount_agreed_is_given_when_asked_as_such(engine, question):
    assert engine.ask(question).answered


def test_a_change_stated_against_an_earlier_period_says_what_it_is_against(engine):
    answer = engine.ask("China's arms imports from Russia fell by how much 2011-2021")
    assert "-46% for 2011 to 2021, against the period of the same length before it" in answer.text


def test_a_curators_caution_shows_with_the_figure_and_names_no_one(engine):
    answer = engine.ask("yuan share of russia's trade latest")
    assert "Caution: an estimate of the Dashboard's own" in answer.text
    answer = engine.ask("Who produced the estimate that the yuan's share of Russia's trade fell to about 30%?")
    assert not answer.answered and "Caution" not in answer.text.split("\n")[0]


@pytest.mark.parametrize("question", [
    "russia vs china troops peace mission 2005", "russian and chinese troops in peace mission 2005"])
def test_each_sides_troops_named_together_are_each_asked(engine, question):
    answer = engine.ask(question)
    assert answer.answered and {8000, 1000} <= {v.value for v in answer.values}


@pytest.mark.parametrize("question, count", [
    ("list the joint exercises of 2024", 11), ("list of russia-china military drills in 2025", 7)])
def test_a_list_of_events_of_a_kind_shows_the_count_held_for_that_time(engine, question, count):
    answer = engine.ask(question)
    assert answer.answered and answer.events and [v.value for v in answer.values] == [count]


def test_no_count_is_joined_to_a_list_for_a_time_the_count_is_not_held(engine):
    answer = engine.ask("list the joint exercises since 2022")
    assert all(v.period != "2022" for v in answer.values)


def test_what_the_figure_is_for_said_first_is_a_request(engine):
    answer = engine.ask("one number for my slide: how much did China and Russia trade in 2024?")
    assert answer.answered and 245 in [v.value for v in answer.values]
    assert "“one number for my slide” read as a request" in answer.reading["summary"]


def test_how_high_a_figure_got_is_a_level_reached_not_goods_got(engine):
    answer = engine.ask("how high did the yuan's share of Russia's international trade get in January 2024?")
    assert answer.answered and answer.values[0].value == 40
    assert engine.ask("how much oil did china get from russia in 2023").values[0].metric != answer.values[0].metric


@pytest.mark.parametrize("question", ["name the exercises of 2024", "name the treaties China and Russia signed in 2001"])
def test_naming_events_of_a_kind_lists_the_events_not_people(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.events and "people" not in answer.reading["summary"]


def test_a_word_with_a_preposition_after_it_that_opens_a_record_is_no_name(engine):
    answer = engine.ask("Which Chinese firms were on the EU's May 2023 dual-use list, and how many?")
    assert not answer.answered and "Ban" not in answer.text.split("\n")[0]


def test_which_of_the_documents_gives_a_figure_is_asked_as_which_source(engine):
    answer = engine.ask("which of the two documents puts 2025 bilateral trade at $234 billion?")
    assert answer.answered and answer.values[0].source == "wikipedia-china-russia-relations"
    answer = engine.ask("which document says trade was 300 billion in 2025?")
    assert not answer.answered and "no source gives 300" in answer.reading["summary"]


@pytest.mark.parametrize("question", [
    "what share of russia's total trade was paid in chinese yuan before the war? (under 2% i think?)",
    "trade in 2024, i believe around 245bn?",
    "iirc trade was about 245bn in 2024?",
])
def test_the_askers_own_hedge_is_no_poll(engine, question):
    answer = engine.ask(question)
    assert answer.answered and "think" not in answer.reading["summary"] and "believe" not in answer.reading["summary"]


@pytest.mark.parametrize("question", [
    "Highest year of China–Russia agreement in General Assembly votes?",
    "Peak year of China–Russia trade as Russia reports it to the IMF?",
])
def test_the_highest_year_of_a_figure_is_no_year_of_china(engine, question):
    answer = engine.ask(question)
    assert answer.answered and "year of china" not in answer.reading["summary"].lower()


def test_the_year_of_china_in_russia_is_still_the_cultural_year(engine):
    assert engine.ask("when was the year of china in russia?").answered


def test_a_timeline_suggests_another_than_itself(engine):
    answer = engine.ask("timeline of energy deals")
    assert answer.answered and "timeline of energy deals" not in answer.suggestions


def test_a_source_stated_first_and_another_asked_after_is_asked_of_the_other(engine):
    answer = engine.ask("Customs has 7.54 Mt of Russian pipeline gas for 2021 - what does the Energy Institute give?")
    assert answer.answered and {v.source for v in answer.values} == {"energy-institute"}
    both = engine.ask("SIPRI and the Dashboard on Russia's share of China's arms imports in 2023")
    assert {v.source for v in both.values if not v.derived} == {"sipri-arms-transfers", "china-russia-dashboard"}


def test_a_numbers_own_percent_before_a_change_word_is_a_figure_stated():
    from assistant.reading.words import normalize

    assert "72%" in normalize("a 72% rise in chinese students")
    assert normalize("% change in trade") == "change in trade"


def test_the_reason_an_act_was_taken_is_no_figure_asked(engine):
    answer = engine.ask("How many Chinese companies did the US put on its Entity List in October 2023 "
                        "for helping Russia's military?")
    assert answer.answered and 42 in [v.value for v in answer.values]


@pytest.mark.parametrize("question", ["table of LNG exports to China", "trade figures in a table please"])
def test_a_table_of_one_figure_asked_of_no_time_is_every_value_held(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "series" and answer.reading["layout"] == "table"


@pytest.mark.parametrize("question, value", [
    ("how long is the fence/border between china and russia in km", 4209.3),
    ("how many pupils/students from china were in russia in 2024", 50000),
])
def test_of_two_words_offered_with_a_slash_the_one_known_is_read(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]


def test_two_names_joined_with_a_slash_are_each_read(engine):
    answer = engine.ask("Wang Yi/Lavrov meetings since Feb 2022")
    assert answer.answered and 30 in [v.value for v in answer.values]


def test_a_record_two_parts_both_give_is_one_value_with_the_marks_of_both(engine):
    answer = engine.ask("Sino-Russian trade 2024 and 2025")
    ids = [v.observation_id for v in answer.values if not v.derived]
    assert answer.answered and len(ids) == len(set(ids)) and "trade-total-2024-dash" in ids
