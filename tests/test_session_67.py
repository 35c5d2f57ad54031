"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 67.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values


@pytest.mark.parametrize("question, held, missing", [
    ("bilateral trade in 2025 in dollars and in euros?", 234, "not in euros"),
    ("trade 2024 in USD and in rubles", 245, "not in rubles"),
])
def test_one_figure_asked_in_two_currencies_is_two_questions(engine, question, held, missing):
    answer = engine.ask(question)
    assert answer.kind == "compound" and held in values(answer)
    assert missing in answer.text
    assert "not understood" not in answer.interpretation


def test_a_currency_not_held_asked_after_a_figure_names_the_figure_read(engine):
    answer = talk(engine, "trade in 2025", "and in euros?")
    assert not answer.answered and "not in euros" in answer.text
    assert "Bilateral trade" in answer.text.split("What it holds nearest:")[1]


@pytest.mark.parametrize("question, period", [
    ("In 2012, when Russia's share fell to 39%, was it still China's top arms supplier?", "2012"),
    ("With a 76% share in 2023, is Russia China's largest arms supplier?", "2023"),
])
def test_a_share_stated_beside_a_first_place_asked_is_no_share_asked(engine, question, period):
    answer = engine.ask(question)
    assert answer.context["metric"] == "russia_rank_china_arms_suppliers"
    assert all(v.unit != "percent" for v in answer.values)


def test_a_share_asked_beside_a_first_place_stated_is_still_the_share(engine):
    answer = engine.ask("what was Russia's share of China's arms imports in 2012 when it was the top supplier")
    assert values(answer) == [39.1]


@pytest.mark.parametrize("question", [
    "what stake did China acquire in the Yamal LNG projects?",
    "what stake did China take in one of the Yamal LNG projects",
])
def test_the_group_an_ordinal_counts_in_asks_of_each_of_them(engine, question):
    answer = engine.ask(question)
    assert sorted(values(answer)) == [20, 30]


def test_a_figure_named_by_its_place_in_a_group_is_one_of_them_alone(engine):
    answer = engine.ask("China's stake in the second Yamal LNG project")
    assert values(answer) == [20]


def test_what_crr_holds_on_a_subject_says_it_as_written_and_its_events_in_date_order(engine):
    answer = engine.ask("what do you know about the Arctic?")
    assert "What crr holds on Arctic:" in answer.text
    dates = [e.date for e in answer.events]
    assert len(dates) > 2 and dates == sorted(dates)


def test_a_conversation_piped_into_a_reader_that_stops_early_ends_quietly(db_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    chat = subprocess.Popen([sys.executable, "-m", "assistant", "chat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent,
                            env={**os.environ, "CRR_DB": str(db_path)})
    chat.stdin.write(b"trade in 2024?\n" * 40)
    chat.stdin.close()
    chat.stdout.readline()  # the first line of the first answer, then the reader goes away
    chat.stdout.close()
    chat.wait(timeout=120)
    errors = chat.stderr.read()
    assert chat.returncode == 0 and b"Traceback" not in errors, errors.decode()[-800:]


@pytest.mark.parametrize("question, held, verdict", [
    ("Border length — draft says 4,300km. What's the correct figure?", 4209.3, "not the claim's 4,300 km"),
    ("Chinese master's students in Russia in 2024 — draft says 16,400", 16411, "not the claim's 16,400"),
    ("pipeline gas from Russia to China in 2022, Energy Institute numbers — we've got 15bcm", 14.7, None),
    ("China Customs crude imports from Russia in 2022 — draft has 86 million tonnes. Check.", 86.248, None),
])
def test_a_figure_asked_then_the_number_a_draft_gives_it_is_that_figure_judged(engine, question, held, verdict):
    answer = engine.ask(question)
    assert answer.answered and held in values(answer)
    assert "to be judged by it" in answer.reading["summary"]
    if verdict:
        assert verdict in answer.text


def test_a_figure_asked_with_a_number_said_and_not_held_is_said_not_held(engine):
    answer = engine.ask("Pipeline gas to China in 2024 — the draft says 31 bcm. confirm?")
    assert not answer.answered and not values(answer)


def test_a_statement_said_after_a_topic_is_a_claim_of_its_own(engine):
    answer = engine.ask("Textiles, footwear and headgear — our graphic says 11% of China's sales to Russia since the war began. ok?")
    assert values(answer) == [11]


@pytest.mark.parametrize("question", [
    "Writer has 2011 bilateral trade at $80 billion - is that the right figure?",
    "Draft: 'China imported 71.5m tonnes of Russian crude in 2018' — check vs customs",
])
def test_a_check_asked_after_a_claim_however_put_leaves_the_claim(engine, question):
    answer = engine.ask(question)
    assert answer.answered and values(answer)


def test_a_number_with_a_thousands_comma_and_its_unit_joined_is_one_number(engine):
    answer = engine.ask("Draft says Russian arms deliveries to China hit 1,686m TIV in 2018. check pls")
    assert "1,686 TIV mn is at or above 1,686 TIV mn" in answer.text
