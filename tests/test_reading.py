"""How crr reads a question: facets bound from the vocabulary, and a metric's
own words always read as that metric."""

from __future__ import annotations

import pytest

from assistant.reading.read import read


def test_every_metric_reads_as_itself_by_its_name(engine):
    """A metric's name, asked as it is, for its latest value or over time, finds that
    metric: no facet of the reading may rule out the metric the words name."""
    misread = []
    for metric in engine.metrics.values():
        for question in (metric.name, f"latest {metric.name.lower()}", f"{metric.name.lower()} over time"):
            answer = engine.ask(question)
            if answer.context.get("metric") != metric.id:
                misread.append((question, answer.context.get("metric"), answer.reading.get("summary")))
    assert misread == []


@pytest.mark.parametrize("question, flow", [
    ("How much oil did Beijing buy from Moscow in 2024?", ("russia", "china")),
    ("Chinese arms sales to Russia", ("china", "russia")),
    ("Russian students in China", ("russia", "china")),
    ("what share of China's exports go to Russia", ("china", "russia")),
    ("Russia's arms suppliers", (None, "russia")),
    ("Russians with a favourable view of China", ("russia", "china")),
    ("LNG from Russia to China in 2023", ("russia", "china")),
    ("trade between China and Russia", (None, None)),
])
def test_flows_are_read_from_any_name_of_the_countries(engine, question, flow):
    assert read(question, engine.lexicon).flow == flow


@pytest.mark.parametrize("question, parties", [
    ("Indian students in Russia 2024", ["india", "russia"]),
    ("Germany-Russia trade 2024", ["germany", "russia"]),
    ("US sanctions on Chinese firms", ["united_states", "china"]),
    ("tell us about trade", []),                       # "us" is a pronoun unless written US
    ("Sino-Russian trade", ["china", "russia"]),
    ("What did the Kremlin and the PRC agree?", ["russia", "china"]),
])
def test_parties_are_named_by_countries_capitals_and_adjectives(engine, question, parties):
    assert read(question, engine.lexicon).parties == parties


@pytest.mark.parametrize("question, currency", [
    ("trade in euros 2024", "EUR"),
    ("bilateral trade in rubles 2024", "RUB"),
    ("yuan share of Russia's imports", None),           # the yuan is the subject, not the unit
    ("how much yuan did Russian households hold", None),
])
def test_a_currency_asked_for_is_told_from_a_currency_spoken_of(engine, question, currency):
    assert read(question, engine.lexicon).currency == currency


def test_the_two_presidents_are_xi_and_putin(engine):
    assert read("how often did the two presidents meet", engine.lexicon).people == ["xi-jinping", "vladimir-putin"]


def test_an_impossible_date_is_a_polite_answer_not_a_crash(engine):
    answer = engine.ask("trade on 31 June 2022")
    assert not answer.answered and "There is no 31 June 2022" in answer.text


def test_the_reading_names_words_it_did_not_use(engine):
    answer = engine.ask("trade in 2024 for blorptastic widgets")
    assert "blorptastic" in answer.unread or not answer.answered


def test_a_decade_written_short_is_the_last_centurys():
    from assistant.reading.periods import extract_periods

    assert [p.label for p in extract_periods("Kilo-class submarines bought in the 90s")[0]] == ["1990/1999"]
