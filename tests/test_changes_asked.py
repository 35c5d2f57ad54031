"""How much a figure changed, asked in everyday words: "how much did exercises increase",
"how much has it grown since 2020", "in percent"."""

from __future__ import annotations


def test_how_much_a_count_increased_is_a_change_of_the_count(engine):
    answer = engine.ask("how much did joint exercises increase between 2020 and 2024?")
    assert answer.kind == "change" and answer.reading["summary"].startswith("Joint military exercises")


def test_grown_since_a_year_is_a_change_to_the_latest(engine):
    answer = engine.ask("how much has the number of Chinese students in Russia grown since 2020?")
    assert answer.answered and answer.kind == "change"
    assert any(v.value == 72 and v.unit == "percent" for v in answer.values)


def test_a_follow_up_asks_the_change_in_percent(engine):
    before = engine.ask("How many Chinese students were studying in Russia in 2024?")
    answer = engine.ask("By how much had that grown since 2020, in percent?", before)
    assert answer.answered and answer.kind == "change"
    assert any(v.value == 72 and v.unit == "percent" for v in answer.values)
