"""Which names answer a "which company" or "who" question: not places, not the common
words that open a sentence in crr's records."""

from __future__ import annotations

import pytest


def test_a_place_in_a_figures_note_is_no_buyer(engine):
    # The 2014 gas deal's records mention Crimea (the sanctions) but name no Chinese buyer.
    answer = engine.ask("Which Chinese company bought the gas in the USD 400 billion deal of 2014?")
    assert not answer.answered and answer.kind == "who"
    assert "Crimea" not in answer.text


@pytest.mark.parametrize("name, question", [
    ("Crimea", "which company was it?"),
    ("Russia's Far East", "which company was it?"),
    ("the Amur River", "which company was it?"),
])
def test_places_are_no_names_of_whom(engine, name, question):
    assert engine._names_beyond(f"Pipes were laid through {name} in 2019.", question) == []


def test_places_are_names_when_a_place_is_asked(engine):
    assert engine._names_beyond("Pipes were laid through Crimea in 2019.", "which region was it?") == ["Crimea"]


@pytest.mark.parametrize("text, question, name", [
    ("Value of Rosneft shares bought in 2006.", "which company was it?", "Rosneft"),
    ("A Pew Research Center poll found it.", "which company was it?", "Pew Research Center"),
    ("President Putin visited.", "who was it?", "Putin"),
])
def test_words_that_open_a_sentence_are_no_part_of_the_name(engine, text, question, name):
    assert engine._names_beyond(text, question) == [name]


def test_a_person_is_no_company(engine):
    assert engine._names_beyond("President Putin visited.", "which company was it?") == []


def test_the_kind_asked_stays_in_the_name(engine):
    assert engine._names_beyond("Bank of China stopped payments.", "which bank stopped?") == ["Bank of China"]


def test_a_month_asked_finds_the_figure_of_its_year(engine):
    # The Kovykta volumes are held for 1997; the deal is asked by its month.
    answer = engine.ask("Who was to supply 3 bcm of Kovykta gas under the June 1997 deal?")
    assert answer.answered and "Sidanko" in answer.text


def test_a_company_asked_leads_with_the_names_the_words_give(engine):
    answer = engine.ask("Which Chinese firm led the consortium that signed up in 2008 to build coal-fired "
                        "turbines in the Russian Far East?")
    first = answer.text.splitlines()[0]
    assert first.startswith("Its words name Harbin Turbine") and "Nevynitsyn" not in first


def test_a_name_is_cut_from_its_currency(engine):
    assert engine._names_beyond("CNPC gave Transneft USD 400 mn.", "which company did CNPC pay?") == ["Transneft"]


def test_a_person_asked_by_post_is_no_country(engine):
    answer = engine.ask("Which Russian general commanded the Vostok 2018 exercise?")
    assert not answer.answered and "its words name China" not in answer.text


def test_who_names_someone_the_question_does_not(engine):
    answer = engine.ask("who refused to meet Yeltsin in 1992?")
    first = answer.text.splitlines()[0]
    assert answer.answered and first.split(":")[0] != "Boris Yeltsin"
    assert any(name in first for name in ("Deng Xiaoping", "Jiang Zemin"))


def test_for_how_long_is_a_time_not_a_length(engine):
    before = engine.ask("when was the Treaty of Good-Neighborliness signed?")
    answer = engine.ask("for how long?", before)
    assert not any(v.unit == "km" for v in answer.values)
