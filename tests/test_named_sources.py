"""A figure asked of one source, or of one country's statistics, is that source's.

Where the source named gives none, another source's figure answers another question:
crr says so, names where it holds the figure, and gives no number. Whose statistics
matter only for figures whose records say whose they are (the IMF's, Customs'), and a
source's own name ("the China-Russia Dashboard") names no country's statistics.
"""

from __future__ import annotations


def test_a_source_that_gives_no_figure_gets_none_given_for_it(engine):
    answer = engine.ask("According to SIPRI, what was China–Russia trade in 2020?")
    assert not answer.answered and not answer.values
    assert "IMF" in answer.text


def test_the_source_that_gives_it_answers(engine):
    answer = engine.ask("According to the China-Russia Dashboard, how many joint exercises have China and Russia held since 2003?")
    assert answer.answered and answer.values[0].value == 96


def test_whose_statistics_matter_only_where_records_say_whose(engine):
    answer = engine.ask("Genron NPO Nov 2022: what % of Chinese said Russia's actions violate the UN Charter and should be opposed?")
    assert answer.answered and answer.values[0].value == 21.5


def test_years_between_a_country_and_customs_name_no_country_customs(engine):
    answer = engine.ask("chinese crude oil imports from russia between 2015 and 2020, customs data")
    assert answer.answered and {v.source for v in answer.values} == {"gacc-customs"}


def test_a_claim_with_a_figure_is_answered_with_the_figure_held(engine):
    answer = engine.ask("Is it true that China accounted for 40% of Russia's imports in 2022?")
    assert answer.answered and answer.values[0].value == 40
    assert "claim" in answer.reading["summary"]


def test_a_claim_without_a_figure_or_with_one_not_held_is_not_checked_against_another(engine):
    for question in ("Is it true that China and Russia signed a mutual defence treaty?",
                     "Is it true that Russia supplies more than half of China's oil imports?"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question


def test_a_count_of_another_thing_is_no_source_for_the_count_asked(engine):
    # Wikipedia counts troops in some exercises, not the exercises: the count is the dashboard's.
    answer = engine.ask("According to Wikipedia, how many joint exercises have China and Russia held since 2003?")
    assert not answer.answered and not answer.values and "China-Russia Dashboard" in answer.text
