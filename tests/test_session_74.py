"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 74.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.data.periods import decade_window


def first_line(answer) -> str:
    return answer.text.splitlines()[0]


@pytest.mark.parametrize("written, label, window", [
    ("During the 1990s", "1990", (date(1990, 1, 1), date(1999, 12, 31))),
    ("early 2000s", "2000", (date(2000, 1, 1), date(2004, 12, 31))),
    ("mid-2000s", "2005", (date(2003, 1, 1), date(2007, 12, 31))),
    ("late 1990s", "1998", (date(1995, 1, 1), date(1999, 12, 31))),
    ("in 2022 and 2023", "2022", None),   # no decade named
    ("the 1990s", "2001", None),          # a year filed outside the decade it names
])
def test_a_decade_the_source_names_is_the_span_an_event_is_dated_by(written, label, window):
    assert decade_window(written, label) == window


def test_an_event_of_a_decade_is_not_before_a_year_inside_it(engine):
    # "the 1990s", filed under 1990, may have been at any time in them
    before = engine.ask("what happened before 1991?")
    assert before.answered and "Sino-Soviet split" in before.text
    assert "space exploration" not in before.text and "1990s" not in before.text
    decade = engine.ask("what happened in the 1990s?")
    assert "1990s (as the source puts it" in decade.text


@pytest.mark.parametrize("question, expected, absent", [
    ("leader visits since 2020", "Xi in Moscow", "tourist"),
    ("treaties since 2000", "Treaty of Good-Neighborliness extended", "Term of the 2001"),
    ("border agreements in the 1990s", "Agreement to reduce troops", "Length of"),
    ("state visits in 2023", "Xi in Moscow", "tourist"),
])
def test_acts_named_with_a_span_and_no_figure_word_are_listed(engine, question, expected, absent):
    # a treaty's term, a border's rank or tourists' visits answer another question
    answer = engine.ask(question)
    assert answer.kind == "what_happened" and expected in answer.text and absent not in answer.text


@pytest.mark.parametrize("question, metric", [
    ("how long is the 2001 treaty", "good_neighbor_treaty_term"),
    ("UN General Assembly agreement between China and Russia in 2019", "unga_same_vote_share"),
])
def test_a_length_or_a_figure_named_by_its_own_word_is_still_read(engine, question, metric):
    answer = engine.ask(question)
    assert answer.answered and answer.values and answer.values[0].metric == metric


def test_a_list_whose_act_no_event_says_is_no_answer(engine):
    # "trade agreements": the trade events of the time say no agreement; shown, but said so
    answer = engine.ask("trade agreements since 2019")
    assert not answer.answered and "says “agreements”" in answer.text
    # ... while words of no subject ("key") narrow nothing
    assert engine.ask("key events of 2019").answered


@pytest.mark.parametrize("question", ["When did Xí Jìnpíng visit Moscow?", "Who is Sergéy Lavróv?"])
def test_marks_on_latin_letters_are_read_as_the_letters(engine, question):
    answer = engine.ask(question)
    assert answer.answered and not answer.unread


@pytest.mark.parametrize("question, word", [
    ("When was 尼布楚条约 signed?", "尼布楚条约"),
    ("When did Путин visit Beijing?", "Путин"),
    ("trade between 中国 and Россия in 2024", "中国"),
])
def test_a_word_in_another_script_inside_an_english_question_is_not_read_past(engine, question, word):
    # the rest, read alone, would answer another question (an oil deal for the Treaty of Nerchinsk)
    answer = engine.ask(question)
    assert not answer.answered and not answer.values and word in answer.text


def test_a_persons_full_name_finds_the_events_that_call_them_by_one_word(engine):
    # "Xi Jinping" finds "Xi attends the Victory Day Parade", as "Xi" does
    full, short = engine.ask("When did Xi Jinping visit Russia?"), engine.ask("When did Xi visit Russia?")
    assert len(full.events) == len(short.events) >= 4
    assert "May 2015" in full.text and "20 March 2023" in full.text


def test_a_direction_asked_up_to_now_is_not_settled_by_figures_that_end_years_before(engine):
    # the UN figures end in 2019: their rise from 2018 is no "no" to "declined since 2018?"
    answer = engine.ask("has UN voting alignment declined since 2018?")
    assert "no, it rose" not in answer.text
    assert engine.ask("did trade fall in 2025?").text.count("yes, it fell") == 1
