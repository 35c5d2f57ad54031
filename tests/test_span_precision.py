"""Spans matched as precisely as the question names them: "since 2022" takes in a
count from February 2022 (the answer dates it), "since 24 February 2022" does not
take in one from January 2022; "between early 2022 and early 2026" is a span; a
series asked of a figure held only over several years is not given."""

from __future__ import annotations

import pytest

from assistant.reading.read import read


def test_a_year_named_takes_in_a_span_from_a_month_of_it(engine):
    answer = engine.ask("how many military leader engagements have there been since 2022?")
    assert answer.answered
    assert [(v.value, v.period) for v in answer.values] == [(14, "2022-02/2026-02")]
    assert "February 2022" in answer.text  # the span as held, not as asked


def test_a_day_named_is_not_taken_in_by_a_span_from_its_year(engine):
    # 33 exercises from 2022 and 31 from the invasion: asked from the invasion, 31 is the
    # answer; the count from 2022 is only related.
    answer = engine.ask("how many joint exercises since the invasion of Ukraine?")
    assert answer.answered
    assert answer.values[0].value == 31
    assert answer.text.index("31 exercises") < answer.text.index("Related figures") < answer.text.index("33")


def test_both_ends_to_the_year_named(engine):
    answer = engine.ask("military leader engagements between 2022 and 2026?")
    assert answer.answered and [v.value for v in answer.values] == [14]


@pytest.mark.parametrize("text", [
    "engagements between early 2022 and early 2026",
    "engagements from early 2022 to late 2026",
    "engagements from mid-2022 to the end of 2026",
])
def test_a_rough_year_at_either_end_still_makes_a_span(engine, text):
    intent = read(text, engine.lexicon)
    assert [(p.label, p.form) for p in intent.periods] == [("2022/2026", "range")]


def test_a_series_of_a_figure_held_only_over_years_is_not_given(engine):
    answer = engine.ask("Xi and Putin meetings and calls per year since 2022")
    assert answer.kind == "series" and not answer.answered and not answer.values
    assert "not year by year" in answer.text
    assert answer.reading["summary"].startswith("a series of")


def test_a_rate_over_years_is_a_series_of_one(engine):
    # Meetings a year while Hu led China: a figure of each year, held once for the span.
    answer = engine.ask("how often did Hu Jintao and Putin meet per year")
    assert answer.answered and answer.values
