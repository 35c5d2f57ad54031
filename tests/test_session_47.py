"""Mechanisms from the tuning sets and the team's own probes, round 48.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_which_of_two_is_larger_needs_both_figures(engine):
    # "Are there more A than B?" with B not held: no verdict, and what is held of A is shown.
    answer = engine.ask("are there more Chinese students in Russia than Russian students in China?")
    assert not answer.answered and not answer.values
    assert "Russian students in China" in answer.text
    # a level ("more than 150"), a time ("than in 2023") is one figure, weighed
    level = engine.ask("Did the General Assembly adopt more than 150 resolutions in 2025?")
    assert level.answered
    crude = engine.ask("did China import more than 80 million tonnes of Russian crude in 2021 (customs)?")
    assert crude.answered and any(v.value == 79.646 for v in crude.values)


def test_who_depends_on_whom_is_a_flow_to_the_one_depending(engine):
    # Russia depending on China is goods from China to Russia; the other way is not held.
    russia = engine.ask("how dependent is Russia on China for imports?")
    assert russia.answered and any(v.metric == "china_share_russia_imports" for v in russia.values)
    china = engine.ask("how dependent is China on Russia for imports?")
    assert not any(v.metric == "china_share_russia_imports" for v in china.values)
    # ... as a buyer, the share of the first's exports that the other takes
    market = engine.ask("how dependent is Russia on China as an export market?")
    assert market.answered and all(v.metric == "china_share_russia_exports" for v in market.values)
    arms = engine.ask("China's reliance on Russian arms in 2020")
    assert arms.answered and any(v.value == 70.2 for v in arms.values)
