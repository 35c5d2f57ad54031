"""How the metric matcher weighs a question's words: third countries, joining words, word groups."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "which Russian companies agreed to ship oil to China through Kazakhstan?",
    "how much Russian oil was shipped to China through Kazakhstan?",
    "Russian oil delivered to China through Kazakhstan",
])
def test_a_third_country_named_counts_for_the_figures_that_name_it(engine, question):
    # "Kazakhstan" is a word the question shares with the route's figures, and "through"
    # joins words without naming a subject that a figure must explain.
    answer = engine.ask(question)
    assert answer.answered and answer.context["metric"].startswith("kazakhstan_route")


def test_a_third_country_an_alias_names_costs_nothing_when_left_out(engine):
    # The poll's alias names Ukraine; a question that leaves Ukraine out still matches it.
    answer = engine.ask("Genron NPO Nov 2022: how many Chinese respondents said Russia's actions are not wrong?")
    assert answer.context["metric"] == "chinese_view_invasion_not_wrong_genron"


def test_a_word_of_a_group_is_explained_by_another_of_its_group(engine):
    matcher = engine.resolver.matcher
    assert matcher._unexplained({"ship"}, matcher.words_of("kazakhstan_route_oil_supply_agreed")) == set()
    assert matcher._unexplained({"ship"}, matcher.words_of("trade_total")) == {"ship"}


def test_joining_words_are_no_subject_a_figure_must_explain(engine):
    assert {"through", "into", "across"}.isdisjoint(engine.resolver.matcher.domain_words)


def test_a_third_country_the_data_lacks_is_still_refused(engine):
    answer = engine.ask("Indian students in Russia 2024")
    assert not answer.answered and not answer.values


def test_a_third_country_alone_names_no_figure(engine):
    # "Mongolia" is a word of a Vostok figure's names, but alone it asks for no figure.
    answer = engine.ask("what is the GDP of Mongolia?")
    assert not answer.answered and not answer.values


def test_a_three_letter_word_with_two_letters_swapped_is_mended(engine):
    answer = engine.ask("LGN imports 2025")
    assert answer.answered and answer.context["metric"] == "lng_exports_to_china"
    # Another slip in so short a word is not guessed at.
    assert not engine.ask("olf trade 2024").answered
