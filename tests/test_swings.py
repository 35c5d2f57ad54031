"""The largest change from one year to the next, worked out from back-to-back years one source gives."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, way", [
    ("biggest drop in trade", "fall"),
    ("in which year did China-Russia trade fall the most?", "fall"),
    ("largest annual increase in bilateral trade", "rise"),
])
def test_the_largest_yearly_change_is_derived_from_two_years_of_one_source(engine, question, way):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "swing"
    assert answer.reading["summary"].startswith("the largest yearly change of Bilateral trade")
    changes = [v for v in answer.values if v.derived and v.unit != "percent"]
    assert changes and all((v.value < 0) == (way == "fall") for v in changes)
    # Its inputs are two cited levels a year apart, from the same source.
    levels = [v for v in answer.values if not v.derived]
    start, end = (int(p) for p in changes[0].period.split("/"))
    assert end == start + 1 and len({v.source for v in levels}) == 1
    assert f"{levels[1].value:g} − {levels[0].value:g}" in changes[0].formula.replace(",", "")
    assert "years crr lacks are not compared" in answer.text


def test_the_largest_rise_is_larger_than_every_other_rise_held(engine):
    answer = engine.ask("largest annual increase in bilateral trade")
    biggest = max(v.value for v in answer.values if v.derived and v.unit != "percent")
    rows = engine.store.rows("select period, value, source_id, reporter from observations "
                             "where metric_id = 'trade_total' and length(period) = 4")
    by_giver = {}
    for row in rows:
        by_giver.setdefault((row["source_id"], row["reporter"]), {})[int(row["period"])] = row["value"]
    rises = [years[y + 1] - years[y] for years in by_giver.values() for y in years if y + 1 in years]
    assert round(max(rises), 3) == biggest


def test_no_back_to_back_years_names_no_year(engine):
    # Chinese students are held for 2020 and 2024 only: no year-on-year step to compare.
    answer = engine.ask("fastest growth in Chinese students in Russia")
    assert not answer.answered and not answer.values
    assert "2020 and 2024" in answer.text and "fastest" not in answer.unread


def test_a_stated_change_metric_is_ranked_through_its_levels(engine):
    answer = engine.ask("most change in trade")
    assert answer.kind == "swing" and answer.context["metric"] == "trade_total"


def test_the_highest_figure_says_so_in_its_reading(engine):
    assert engine.ask("highest trade").reading["summary"].startswith("the highest figure of Bilateral trade")
