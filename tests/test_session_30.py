"""Mechanisms from tuning set 16 and a newcomer's trial: what each one reads.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import values  # noqa: F401  (used by the tests added below)


def test_a_reporter_that_is_none_of_crrs_sources_need_not_be_named_by_the_event(engine):
    # "per Politico": the event asked about is the same whether its record names the outlet or not.
    for question in ("Which Chinese state weapons maker sent Russia rifles and drone parts in 2022, per Politico?",
                     "Which Chinese arms maker sent rifles to Russia in 2022, according to Reuters?"):
        answer = engine.ask(question)
        assert answer.answered and "Norinco" in answer.text
    # Named, it is found: the report itself is an event of its own.
    assert engine.ask("when did Politico report on Norinco?").events[0].date.startswith("2023-03")
    # crr's own sources are still a facet of the answer ("per the Dashboard").
    answer = engine.ask("per the Dashboard, how many joint exercises since 2022?")
    assert answer.answered and all(v.source == "china-russia-dashboard" for v in answer.values)
