"""Figures a question states or asks beside a name or a date: "$400m", "6bn", "when
was it extended, and for how many years?", "on which day was the $400bn deal signed?"."""

from __future__ import annotations

import pytest

from assistant.answer import Answer
from assistant.frontends.evaluate import judge
from assistant.reading.read import read


@pytest.mark.parametrize("text, number, units", [
    ("who was paid $400m?", 400.0, ("USD mn",)),
    ("who was paid $6bn?", 6.0, ("USD bn",)),
    ("who lent 6bn?", 6.0, ("USD bn", "bcm", "bcm per year")),
])
def test_a_unit_glued_to_its_number_leaves_a_figure(engine, text, number, units):
    intent = read(text, engine.lexicon)
    assert intent.numbers == [number]
    assert units in intent.quantity_units
    assert not any(w.endswith(("m", "bn")) and w[0].isdigit() for w in intent.unread)


def test_a_stated_sum_finds_whom_its_record_names(engine):
    answer = engine.ask("Which Russian company got $400m from CNPC for the Skovorodino spur?")
    assert answer.answered and answer.kind == "who"
    assert "Transneft" in answer.text.splitlines()[0]
    assert [v.value for v in answer.values] == [400]


def test_a_narrow_kind_needs_a_name_of_that_kind(engine):
    # The record says Chinese banks lent the sum; the names it gives are no bank's.
    answer = engine.ask("Which Chinese bank lent Rosneft the $6bn?")
    assert not answer.answered and not answer.values


def test_an_act_of_a_person_is_an_events(engine):
    answer = engine.ask("Who made public that Chinese banks had put up $6bn for Rosneft?")
    assert answer.answered
    assert "Kudrin" in answer.text
    assert any(e.date.startswith("2005-02") for e in answer.events)


def test_names_within_a_longer_name_are_given_once(engine):
    names = engine._names_beyond("Rosneft's Yuganskneftegaz was bought with help from CNPC.", "who paid?")
    assert names == ["Rosneft's Yuganskneftegaz", "CNPC"]


def test_a_date_and_a_figure_of_one_event(engine):
    answer = engine.ask("When was the 2001 treaty of good-neighbourliness renewed, and for how many years?")
    assert answer.answered
    assert any(e.date.startswith("2021-06") for e in answer.events)
    assert [(v.value, v.unit, v.period) for v in answer.values] == [(5, "years", "2021-06")]


def test_a_figure_asked_after_a_date_is_of_that_event_or_not_held(engine):
    when = engine.ask("when was the 2014 gas deal signed?")
    assert when.kind == "when" and when.answered
    # crr holds the deal's value and length, not a yearly volume of it: said, and not the date again.
    volume = engine.ask("and how many bcm a year?", when)
    assert not volume.answered and not volume.values and not volume.events
    value = engine.ask("and how much was it worth?", when)
    assert value.answered and {v.value for v in value.values} == {400}


@pytest.mark.parametrize("question, asked", [
    ("On which day was the $400bn gas deal signed?", "day"),
    ("On what exact day in 2014 was the 400 billion dollar gas deal signed?", "day"),
    ("In which month was trade worth 245 billion dollars?", "month"),
])
def test_a_date_finer_than_a_figures_is_not_given(engine, question, asked):
    answer = engine.ask(question)
    assert answer.kind == "when" and not answer.answered and not answer.values
    assert f"gives no {asked}" in answer.text
    assert answer.citations  # the period it is held for, cited
    # (the figure's date, or the event's when the number names the thing: "the $400bn gas deal")
    assert "a date, from" in answer.reading["summary"] or answer.events


def test_a_name_is_matched_whatever_its_spacing():
    answer = Answer.model_construct(question="q", answered=True, kind="who", text="TNK-BP and Gazprom Neft agreed.",
                                    values=[], events=[], citations=[])
    assert judge({"text": "TNK BP and GazpromNeft"}, answer) == (True, "")
    assert judge({"text": "Lukoil"}, answer)[0] is False


def test_the_noun_counted_must_be_what_a_figure_counts(engine):
    # "ship" is also a verb of trade; after "how many" it is the thing counted, and a
    # count of patrols is no count of ships.
    answer = engine.ask("How many ships sailed on the joint maritime patrol of 2024?")
    assert not answer.answered and not answer.values
    assert "ships" in answer.text


def test_some_of_a_counted_list_asks_for_names(engine):
    answer = engine.ask("Name some of the 42 Chinese firms the US added to the Entity List in October 2023.")
    assert not answer.answered and not answer.values
    assert "not which" in answer.text


def test_a_currency_follow_up_after_a_latest_figure(engine):
    swap = engine.ask("How large was the 2014 central bank swap line?")
    assert swap.answered and swap.values[0].unit == "CNY bn"
    dollars = engine.ask("in dollars?", swap)
    assert not dollars.answered and not dollars.values
    assert "swap line" in dollars.text and "does not convert" in dollars.text


def test_a_year_a_figures_name_gives_is_its_own(engine):
    # Capacity from the 2008 deal is held for 2011, when it was to be added.
    answer = engine.ask("Which Chinese firm led the group that agreed in 2008 to add 41,000 megawatts in the Russian Far East?")
    assert answer.answered and "Harbin Turbine" in answer.text.splitlines()[0]
    assert [v.value for v in answer.values] == [41000]


def test_the_kind_of_name_asked_is_no_word_a_figure_must_hold(engine):
    answer = engine.ask("Which pollster found in September 2022 what share of Russians viewed China favourably?")
    assert answer.answered and answer.kind == "who"
    assert answer.text.startswith("Its record names Levada Center")
    assert [v.value for v in answer.values] == [88]


def test_which_pollster_after_a_poll_figure(engine):
    poll = engine.ask("what share of Russians saw China favourably in September 2022?")
    pollster = engine.ask("which pollster was it?", poll)
    assert pollster.answered and pollster.text.startswith("Levada Center")
    # A trade figure's record speaks of no company: it names none.
    trade = engine.ask("trade in 2024")
    company = engine.ask("which company was it?", trade)
    assert not company.answered
