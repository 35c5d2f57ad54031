"""Mechanisms from tuning set 25, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from assistant.frontends.tui.present import Presenter
from talking import values


def test_a_figure_cited_from_two_sections_of_one_source_is_one_row(engine):
    # Wikipedia gives 2025's trade in its lead and in its economy section: one row, both marks.
    display = Presenter(engine.store).layout(engine.ask("trade in 2025"))
    rows = [(r.metric, r.period, r.value, r.unit) for r in display.rows]
    assert len(rows) == len(set(rows))
    wikipedia = [r for r in display.rows if r.source.startswith("Wikipedia") and r.value == "234"]
    assert len(wikipedia) == 1 and wikipedia[0].source.count("[") == 2


@pytest.mark.parametrize("question, value", [
    ("russia china trade in 22??", 190),          # two digits at the end, however many marks follow
    ("sino russian trade 2k24", 245),             # "2k" and a year's last two digits
    ("carter center poll apr 22 - chinese who thought backing russia was in china's interest", 75),
    ("banks offering yuan savings accts in russia by 2023", 50),   # "accts": accounts
    ("s-400 plus su-35 package, $$", 5),          # "plus" joins two names as "and" does
])
def test_shorthand_for_years_words_and_names(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer)


def test_a_month_and_two_digits_before_a_days_range_stay_days():
    # "apr 22-25" is a span of days, no year; "apr 22 - chinese ..." is April 2022.
    from assistant.reading.words import normalize

    assert "2022" not in normalize("yuan share apr 22-25")
    assert "april 2022" in normalize("poll apr 22 - chinese view") or "apr 2022" in normalize("poll apr 22 - chinese view")


def test_a_flow_capacity_is_a_capacity(engine):
    answer = engine.ask("power of siberia flow capacity")
    assert answer.answered and 38 in values(answer) and 38.8 not in values(answer)


def test_two_figures_asked_together_are_summed_from_one_source(engine):
    # Each figure, and their sum with its arithmetic; China's customs gives both for 2022.
    answer = engine.ask("russian crude and lng exports to china in 2022 combined")
    total = [v for v in answer.values if v.derived]
    assert answer.answered and len(total) == 1
    assert total[0].value == 92.753 and total[0].formula == "86.248 + 6.505 = 92.753"


@pytest.mark.parametrize("question", [
    "Crude plus coal: how many tonnes of both together did Russia ship to China in 2023?",
    "crude and lng combined in 2023, in tonnes",        # no LNG figure for 2023
    "yuan share of russia's imports and exports combined in 2022",   # shares of two wholes
])
def test_two_figures_together_give_no_figure_when_they_do_not_add_up(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values
    assert "together" in answer.text


def test_trade_defined_as_exports_and_imports_is_trade_both_ways(engine):
    # A share of all Russia's trade is not held; its share of exports is no answer to it.
    answer = engine.ask("What was China's share of Russia's total trade (exports plus imports) in 2023?")
    assert not answer.answered and 31 not in values(answer)
