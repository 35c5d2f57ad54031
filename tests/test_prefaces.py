"""A question after a preface: "Is the boom over? By how much did trade fall in 2025?".
The figure asked is answered; a preface that asks for a judgement is named as one that
crr does not answer, and a judgement asked on its own stays unanswered."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, metric", [
    ("Is the trade boom a good deal for Russia? By how much did bilateral trade fall in 2025?", "trade_"),
    ("Will trade keep growing? What was bilateral trade in 2024?", "trade_total"),
    ("Is Russia the junior partner? How much bigger than Russia's was China's economy in 2008?", None),
])
def test_a_judgement_preface_leaves_the_figure_question_answered(engine, question, metric):
    answer = engine.ask(question)
    assert answer.answered and answer.values
    assert "asks for a judgement, which crr does not give" in answer.reading["summary"]
    if metric:
        assert answer.values[0].metric.startswith(metric)


@pytest.mark.parametrize("question", [
    "Is Russia becoming China's junior partner?",
    "Is Russia becoming China's junior partner? What do you think?",
    "Will trade keep growing? Will it pass 300 billion?",
])
def test_a_judgement_asked_last_stays_a_judgement(engine, question):
    answer = engine.ask(question)
    assert answer.kind == "judgement" and not answer.answered and not answer.values


def test_a_figure_after_a_preface_is_no_list_of_events(engine):
    answer = engine.ask("Has the trade boom ended? By how much did bilateral trade fall in 2025?")
    assert answer.answered and answer.kind == "value" and answer.values[0].value < 0
    assert "the question read from" in answer.reading["summary"]


def test_how_much_bigger_than_allows_a_multiple(engine):
    answer = engine.ask("how much bigger than Russia's economy was China's in 2008?")
    assert answer.answered and answer.values[0].unit == "times"


def test_a_statement_then_a_question_about_it(engine):
    answer = engine.ask("Hostility between Moscow and Beijing eased after Mao died. What year was that?")
    assert answer.answered and answer.events and answer.events[0].date.startswith("1976")
    assert "asked after" in answer.reading["summary"]


def test_a_statement_alone_is_no_conversation(engine):
    answer = engine.ask("Trade hit a record in 2024. How much was it?")
    assert answer.answered and answer.values[0].value == 245


@pytest.mark.parametrize("question", ["For a class paper, what was trade in 2024?",
                                      "For the school report: what was trade in 2024?"])
def test_what_the_asker_writes_is_set_aside(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0].metric == "trade_total"
    assert "paper" in answer.unread or "report" in answer.unread


def test_an_exchange_rate_is_no_share_of_trade(engine):
    answer = engine.ask("Exchange rate of the yuan to the ruble?")
    assert not answer.answered and not answer.values and "'exchange rate'" in answer.text
