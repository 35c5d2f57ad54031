"""A country's goods trade balance with the other, worked out from one source's figures for both ways."""

from __future__ import annotations


def test_a_surplus_asked_is_worked_out_for_each_reporter(engine):
    answer = engine.ask("Did Russia have a trade surplus with China in 2020?")
    assert answer.answered and answer.kind == "balance"
    balances = [v for v in answer.values if v.derived]
    assert {v.label for v in balances} == {"Russia's goods trade balance with China"}
    # Each balance is one reporter's exports less its imports, both cited.
    stated = {(v.metric, v.reporter): v.value for v in answer.values if not v.derived}
    for reporter in ("china", "russia"):
        exports, imports = stated[("trade_russia_to_china", reporter)], stated[("trade_china_to_russia", reporter)]
        assert any(abs(v.value - round(exports - imports, 3)) < 1e-9 for v in balances)
    assert "a surplus" in answer.text and "a deficit" in answer.text  # the reporters disagree
    assert answer.reading["summary"].startswith("a trade balance, worked out")


def test_exports_exceeding_imports_is_the_balance_of_the_country_named(engine):
    answer = engine.ask("By Russia's own figures, how much did its exports to China exceed its imports from China in 2019?")
    assert [v.value for v in answer.values if v.derived] == [0.871]


def test_chinas_balance_is_the_other_way(engine):
    answer = engine.ask("China's trade deficit with Russia in 2016")
    assert {v.label for v in answer.values if v.derived} == {"China's goods trade balance with Russia"}


def test_a_year_without_both_ways_is_said(engine):
    answer = engine.ask("trade balance 2024")
    assert not answer.answered and not answer.values and "1992 to 2020" in answer.text


def test_the_terminal_headline_is_the_balance_or_the_largest_change(engine):
    from assistant.frontends.tui.present import Presenter

    presenter = Presenter(engine.store)
    balance = presenter.headline(engine.ask("Did Russia have a trade surplus with China in 2020?"))
    assert "trade balance" in balance.caption and balance.number == "6.484"
    swing = presenter.headline(engine.ask("biggest drop in trade"))
    assert swing.caption.startswith("change in Bilateral trade, 2014 to 2015")
