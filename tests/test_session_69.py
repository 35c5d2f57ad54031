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
