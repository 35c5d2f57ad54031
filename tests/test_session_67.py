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


@pytest.mark.parametrize("question, shown", [
    ("Since Russian pipeline gas to China peaked in 2021, how much has it declined?", "14.7 bcm"),
    ("Russian LNG to China dipped in 2019 — by how much?", "rose from 0.734 million tonnes"),
    ("How far has UN General Assembly agreement between China and Russia fallen since its all-time high in 2019?", "92.8%"),
])
def test_a_premise_of_how_a_figure_moved_that_its_record_shows_wrong_gets_no_answer(engine, question, shown):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer) and answer.citations
    assert "does not bear out" in answer.text and shown in answer.text


@pytest.mark.parametrize("question", [
    "after trade peaked in 2014, how far did it fall in 2015?",  # a peak among the years either side
    "trade hit a record in 2022; what was it in 2020?",  # a record is the highest so far
    "trade fell in 2015 — by how much?",
])
def test_a_premise_of_how_a_figure_moved_that_its_record_bears_out_is_answered(engine, question):
    answer = engine.ask(question)
    assert answer.answered and values(answer)


def test_shorthand_for_a_change_on_the_year(engine):
    question = "Per the Statistical Review, what was the y-o-y growth rate of Russia-to-China crude flows in 2023?"
    assert 24.2 in values(engine.ask(question))


@pytest.mark.parametrize("question, place", [
    ("the july 2017 naval drill in the baltic, near which city?", "Kaliningrad"),
    ("Aug 2007, first Chinese military exercise on Russian soil - which city did the PLA troops go to by train?",
     "Chelyabinsk"),
])
def test_a_place_asked_by_its_kind_is_asked_as_where(engine, question, place):
    answer = engine.ask(question)
    assert answer.answered and f"places it in {place}" in answer.text and not values(answer)


@pytest.mark.parametrize("question, value", [
    ("russia china trad 2024 how big", 245),  # a short form written out
    ("yuan share of moex trading after invasion", None),  # "trading" is no short form's plural
])
def test_a_short_form_is_written_out_only_as_itself_or_its_plural(engine, question, value):
    answer = engine.ask(question)
    if value is not None:
        assert value in values(answer)
    else:
        assert answer.values and all(v.metric != "trade_total" for v in answer.values)


@pytest.fixture
def ds(db_path):
    from assistant.frontends.datasette.plugin import datasette_for

    return datasette_for(db_path)


@pytest.mark.asyncio
async def test_the_ask_page_names_each_figures_source_as_its_citation_does(ds):
    page = (await ds.client.get("/-/ask?q=chinese+students+in+russia+2024")).text
    assert "China-Russia Dashboard · Students" in page
    assert "china-russia-dashboard · " not in page


def test_a_chart_title_names_its_unit_once(engine):
    from assistant.frontends.tui.present import Presenter

    answer = engine.ask("Russian LNG to China in bcm over time")
    title = Presenter(engine.store).series(answer)[0].title
    assert title.count("(bcm)") == 1


@pytest.mark.parametrize("question", [
    "Which Chinese city did Putin visit in 2023?",  # the record found ties its place to no Chinese city
    "From which port did the first joint Arctic Ocean naval patrol set out?",  # an ocean is no port
])
def test_a_place_of_another_kind_than_asked_is_no_answer(engine, question):
    answer = engine.ask(question)
    assert "places it in" not in answer.text


def test_a_premise_among_two_movements_is_not_judged(engine):
    answer = engine.ask("Draft notes crude import value fell in 2015 even though volumes rose. "
                        "What was the 2015 volume from Russia?")
    assert "does not bear out" not in answer.text


def test_a_chart_caption_is_a_line_of_a_draft(engine):
    answer = engine.ask("Chart caption reads: 'China-reported trade with Russia, 2020: about $108bn'. "
                        "What does the IMF series say exactly?")
    assert 107.7 in values(answer)


@pytest.mark.parametrize("question, source", [
    ("how do I cite the China-Russia Dashboard?", "china-russia-dashboard"),
    ("cite the China-Russia Dashboard in APA", "china-russia-dashboard"),
    ("how should I cite SIPRI?", "sipri-arms-transfers"),
])
def test_a_source_named_to_cite_gets_its_own_reference(engine, question, source):
    answer = engine.ask(question)
    assert answer.kind == "source" and [c.source for c in answer.citations] == [source]
    assert answer.text.startswith("To cite ") and not values(answer)


@pytest.mark.parametrize("question, value", [
    ("How many Russian soldiers are in China?", None),  # troops posted, which no exercise's count is
    ("how many chinese troops took part in peace mission 2005?", 8000),
    ("how many PLA soldiers went to Chelyabinsk?", 1600),
    ("how many russian troops are stationed in china", None),
])
def test_troops_of_an_exercise_are_not_troops_posted_abroad(engine, question, value):
    answer = engine.ask(question)
    assert values(answer) == ([value] if value else [])


def test_a_place_asked_as_a_second_question_leaves_the_first_answer(engine):
    answer = engine.ask("Some refinery took a record 370,000 to 405,000 barrels a day of Russian oil at the end of "
                        "October 2025 — which one, and in which province?")
    assert "places it in" not in answer.text


@pytest.mark.parametrize("question, value", [
    ("Chinese share of all foreign exchange students in Russia in 2024 — draft 13.6%", 13.6),
    ("LNG para: 'China took a record 9.9m tonnes of Russian LNG in 2025' — is that right?", 9.9),
    ("China's exports to Russia in 2019, China-side IMF data — we've written $49.5bn. Close enough?", 49.485),
])
def test_a_number_a_draft_gives_may_follow_its_name_with_no_verb_or_its_line_a_word(engine, question, value):
    assert value in values(engine.ask(question))


@pytest.mark.parametrize("first, kind", [
    ("Russian LNG to China over time", "series"),
    ("highest LNG imports from russia", "peak"),
])
def test_another_unit_asked_after_a_series_or_an_extreme_keeps_it(engine, first, kind):
    answer = talk(engine, first, "and in bcm?")
    assert answer.kind == kind and {v.unit for v in answer.values if not v.derived} == {"bcm"}
    assert "(bcm) (bcm)" not in answer.interpretation


def test_a_follow_up_that_points_back_asks_of_the_occasion_talked_of(engine):
    answer = talk(engine, "how many chinese troops took part in peace mission 2005?",
                  "and how many Russian soldiers joined them?")
    assert [v.period for v in answer.values if not v.derived] == ["2005-08"]
