"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 63.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest

from talking import talk, values

DB = "china_russia"


def test_a_suggestion_made_from_a_name_keeps_the_names_capitals(engine):
    suggestions = engine.ask("arms imports from russia 2023").suggestions
    assert any("China's arms imports from Russia (SIPRI TIV)" in s for s in suggestions), suggestions
    assert any("LNG" in s for s in engine.ask("what do you know about LNG?").suggestions)
    # a common word stays small, wherever it stands
    assert all(" Over time" not in s and "Latest" not in s for s in suggestions)


def test_cased_gives_back_only_the_capitals_of_names(engine):
    cased = engine.store.cased
    assert cased("latest chinese students in russia") == "latest Chinese students in Russia"
    assert cased("record lng imports, sipri tiv") == "record LNG imports, SIPRI TIV"
    assert cased("what can i ask? trade over time") == "what can i ask? trade over time"


def test_who_took_part_is_suggested_only_where_the_record_names_someone(engine):
    assert "who took part?" not in engine.ask("when did gas start flowing?").suggestions
    assert "who took part?" in engine.ask("when was the no limits statement issued?").suggestions


def test_after_a_who_answer_the_suggested_when_question_answers_on_its_own(engine):
    first = engine.ask("who signed the gas deal?")
    # whole in itself (the site asks a suggestion afresh) and the title as written
    assert "when: Russia and China sign a 30-year, $400 billion gas deal?" in first.suggestions
    assert not any(s.startswith("when was russia") for s in first.suggestions)
    answer = engine.ask("when was that?", first)
    assert answer.answered and any(e.date.startswith("2014") for e in answer.events)


def test_completion_writes_the_completed_words_as_the_name_is_written(engine):
    from assistant.frontends.tui.suggest import Vocabulary

    vocabulary = Vocabulary.from_store(engine.store)
    assert vocabulary.complete("record LN") == "record LNG"
    assert vocabulary.complete("record ln") == "record LNG"
    assert vocabulary.complete("trade ov") == "trade over time"


def test_a_disagreeing_row_names_what_the_other_source_gives(engine):
    from assistant.frontends.tui.present import Presenter

    shown = Presenter(engine.store).layout(engine.ask("Russia's share of China's arms imports 2023"))
    notes = {row.value: row.disputed for row in shown.rows if row.disputed}
    assert notes == {"76": "≠ SIPRI Arms Transfers Database 79", "79": "≠ China-Russia Dashboard 76"}
    shown = Presenter(engine.store).layout(engine.ask("joint exercises since 2022?"))
    assert any("Wikipedia, on exercises before 2012" in row.disputed for row in shown.rows)


@pytest.fixture
def ds(db_path):
    from assistant.frontends.datasette.plugin import datasette_for

    return datasette_for(db_path)


@pytest.mark.asyncio
async def test_a_dashboard_asked_for_years_in_the_wrong_order_is_sent_to_them_in_order(ds):
    response = await ds.client.get("/-/dashboards/china-russia?year_from=2020&year_to=2010&topic=Trade")
    assert response.status_code == 302
    assert response.headers["location"].endswith("?year_from=2010&year_to=2020&topic=Trade")
    assert (await ds.client.get("/-/dashboards/china-russia?year_from=2010&year_to=2020")).status_code == 200
    wrong = await ds.client.get("/-/dashboards/china-russia?year_from=x&year_to=2010")
    assert wrong.status_code == 400 and "is not a year" in wrong.text  # said, not drawn unfiltered


@pytest.mark.asyncio
async def test_a_column_faceted_twice_is_shown_once(ds):
    page = await ds.client.get(f"/{DB}/observations?_facet=metric_id&source_id=china-russia-dashboard&_search=trade")
    assert page.status_code == 200 and page.text.count('id="facet-metric_id"') == 1


def test_a_first_part_naming_no_time_is_still_answered_when_a_second_question_follows(engine):
    answer = engine.ask("how many Chinese students study in Russia, and what share of foreign students are they?")
    assert answer.answered and {50000, 13.6} <= set(values(answer)), answer.text
    # a yes-or-no preface before a question mark is no first part of its own
    answer = engine.ask("Is most China–Russia trade now settled in their own currencies? What share by the end of 2023?")
    assert answer.kind != "compound"


@pytest.mark.parametrize("question, value", [
    ("how much did trade fall in 2025 and why?", -6.9),
    ("how many joint exercises were there in 2024, and why so many?", 11),
    ("trade in 2024 and why was it a record?", 245),
])
def test_a_figure_asked_with_its_reason_gives_the_figure_and_says_crr_weighs_no_reasons(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in values(answer), answer.text
    assert "asks for a judgement" in answer.text


@pytest.mark.parametrize("question", ["trade in -5000", "trade in −20?", "oil exports since -1"])
def test_a_negative_number_asked_as_a_time_is_no_year(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not values(answer) and "is no year" in answer.text


def test_from_then_to_a_year_starts_at_the_time_just_shown(engine):
    answer = talk(engine, "trade in 2023?", "and in 2019?", "how much did it grow from then to 2024?")
    assert answer.kind == "change" and "from 2019 to 2024" in answer.interpretation


@pytest.mark.parametrize("question, value", [
    ("Since the Chinese student body in Russia kept growing, how many Chinese exchange students were there by 2024?",
     50000),
    ("Given the 2014 gas contract was the biggest ever for Russia's gas industry, what was its dollar value?", 400),
    ("Seeing as relations were at their coolest after the Soviet collapse, what was the UNGA same-vote rate in 1993?",
     None),
])
def test_a_premise_before_a_question_is_read_as_a_statement_the_question_is_asked_after(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert value is None or value in values(answer)
    assert "asked after" in answer.reading["summary"] or "read from" in answer.reading["summary"]


@pytest.mark.parametrize("question", [
    "Since the full-scale invasion began in February 2022, how many joint exercises have the two countries run?",
    "Since the war started on 24 February 2022, how many joint exercises have Moscow and Beijing staged?",
])
def test_since_a_start_or_a_date_is_a_time_not_a_premise(engine, question):
    from assistant.answering.prefaces import premise_apart

    assert premise_apart(question) == question
    assert engine.ask(question).answered


@pytest.mark.parametrize("question, value", [
    ("did trade go down in 2025?", -6.9),
    ("By what percent did the number of Chinese exchange students in Russia go up between 2020 and 2024?", None),
    ("how much gas actually went down power of siberia in 2025?", None),
])
def test_going_down_or_up_is_a_fall_or_a_rise_but_not_down_a_pipeline(engine, question, value):
    answer = engine.ask(question)
    if value is not None:
        assert value in values(answer), answer.text
    if "pipeline" in question or "siberia" in question:
        assert "change" not in answer.interpretation


@pytest.mark.parametrize("question, value", [
    ("im writing my thesis, need number of chinese students in russia 2024 pls", 50000),
    ("tourist from kitai to russia in two thousand nine", 158000),
])
def test_informal_words_of_learners_of_english(engine, question, value):
    assert value in values(engine.ask(question))


def test_a_change_from_one_sources_figures_names_the_other_sources_figures_for_its_ends(engine):
    answer = engine.ask("how much did trade grow from 2018 to 2024?")
    assert answer.answered and 145 in values(answer)
    assert "106.654" in answer.text and "108.247" in answer.text and "which no change above uses" in answer.text
    # the same figure from a second source is no other figure
    assert "USD 245 bn in 2024 (China-Russia Dashboard" not in answer.text


def test_no_chart_says_how_many_figures_are_dated_and_how_many_are_spans(engine):
    from assistant.frontends.tui.present import Presenter

    _, why = Presenter(engine.store).series(engine.ask("yuan share of russia trade over time"))
    assert why.startswith("No chart: of Yuan's share of Russia's international trade settlements the data holds "
                          "one figure dated to a single year or month, and 2 for spans of time")


def test_crr_chat_cites_in_a_style_the_question_names_or_cite_sets(run_crr):
    done = run_crr("chat", stdin="trade in 2024?\nsource? in APA\n")
    assert done.returncode == 0 and "(2026, February 11)" in done.stdout
    assert "[1] MERICS, OSW, SCEEUS and NKK, “China-Russia Dashboard" not in done.stdout.split("source? in APA")[1]
    done = run_crr("chat", "--cite", "MLA", stdin="trade in 2024?\n")
    assert done.returncode == 0 and "Accessed Feb. 2026" in done.stdout
    assert run_crr("ask", "--cite", "APA", "trade in 2024?").returncode == 0


def test_a_figure_of_a_thing_the_question_does_not_name_does_not_stand_in_for_a_year_not_held(engine):
    # all of Russia's exports to China are not its crude oil exports, which crr holds for 2022
    answer = engine.ask("What were Russia's exports to China worth in 2022?")
    assert not answer.answered and not values(answer), answer.text
    assert "crude oil" in answer.text  # said as what it holds instead, not given as the answer


def test_a_time_before_two_parts_asked_alike_is_said_of_both_with_what_the_second_adds(engine):
    answer = engine.ask("By December 2022, what share of Russia's exports and what share of its imports were paid in yuan?")
    assert {16, 23} <= set(values(answer)), answer.text


def test_a_full_figure_question_after_a_statement_of_an_event_is_answered(engine):
    # "trade in 2024" points at no thing of the statement: it is asked as it stands
    for question in ("Putin visited Beijing in May 2024. What was trade in 2024?",
                     "Given that Putin visited Beijing in May 2024, what was trade in 2024?"):
        answer = engine.ask(question)
        assert answer.answered and 245 in values(answer), answer.text
    # a question that points at the thing the statement names still is of that thing
    assert not engine.ask("And Arctic LNG 2 — how much came from it?").answered
