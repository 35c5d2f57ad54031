"""Questions written without the usual question word still say what kind of answer
they want: "exact date X ..." asks a date, "name of the X ..." a name, "which Sino-Russian
events ..." a list of events; "move", "jump" and "shift" ask a change; "the final year of
the data" is its latest; words about the data themselves ("the SIPRI file") and quick
short forms ("yr", "thru") say nothing of which figure."""

from __future__ import annotations

import pytest

from assistant.reading.kinds import read_event_kind, read_kind
from assistant.reading.read import read


@pytest.mark.parametrize("question, kind", [
    ("exact date the Power of Siberia pipeline opened", "when"),
    ("precise day Putin landed in Beijing in 2024?", "when"),
    ("on exactly which day was the border agreement signed?", "when"),
    ("name of the Chinese envoy who met Lavrov in 2023", "who"),
    ("names of the banks that stopped taking Russian payments", "who"),
    ("which Sino-Russian events took place in 2019?", "what_happened"),
    ("which developments in 2014?", "what_happened"),
])
def test_the_kind_of_answer_is_read_without_a_question_word(question, kind):
    assert read_event_kind(question.lower()) == kind


def test_a_name_of_a_figure_is_no_name_asked():
    assert read_event_kind("name of the figure for trade in 2024") != "who"


@pytest.mark.parametrize("question", [
    "how did trade move between 2020 and 2023?",
    "how big was the jump in trade from 2021 to 2022?",
    "how did the yuan share shift between 2022 and 2024?",
])
def test_movement_words_ask_a_change(question):
    assert read_kind(question) == "change"


def test_the_final_year_of_the_data_is_its_latest():
    assert read_kind("same-vote share in the final year of the un data") == "latest"


@pytest.mark.parametrize("question", [
    "arms imports of China from Russia in the SIPRI file for 2010",
    "Chinese crude imports from Russia in the customs dataset, 2021",
    "trade thru 2024 yr by yr",
])
def test_words_about_the_data_and_short_forms_are_read(engine, question):
    intent = read(question, engine.lexicon)
    engine.resolver.resolve(intent)
    assert intent.metric_id, question
    assert not {"file", "dataset", "thru", "yr"} & set(intent.unread)


def test_a_low_and_when_gives_the_figure_and_its_year(engine):
    answer = engine.ask("lowest Russian share of China's arms imports in the SIPRI file, and when?")
    assert answer.answered
    assert answer.values and answer.values[0].period == "2012"


@pytest.mark.parametrize("question, year", [
    ("trade in the year Russia launched its full-scale invasion", "2022"),
    ("yuan share in the year Crimea was annexed", "2014"),
    ("Chinese students in Russia the year the pandemic began", "2020"),
])
def test_the_year_of_a_named_moment_is_that_year(engine, question, year):
    intent = read(question, engine.lexicon)
    assert [p.label for p in intent.periods] == [year]
    assert not {"annexed", "began", "launched"} & set(intent.content)


def test_a_city_people_go_to_is_a_place_no_national_figure_counts(engine):
    answer = engine.ask("How many Russian tourists travelled to Beijing in 2019?")
    assert not answer.answered and not answer.values
    assert "beijing" in answer.text.lower()


@pytest.mark.parametrize("question, kind", [
    ("When Xi went to Moscow in 2023, how many times had he met Putin?", "count_events"),
    ("As Western firms left Russia, which Chinese carmakers took their place?", "who"),
    ("When did the Peace Mission drill, which the article calls the first, take place?", "when"),
])
def test_a_clause_of_time_before_the_question_does_not_decide_its_kind(engine, question, kind):
    assert read(question, engine.lexicon).kind == kind


def test_total_as_the_whole_of_a_share_sums_no_years(engine):
    answer = engine.ask("Chinese share of total tourist visits to Russia in 2019, 2021, 2022 and 2023?")
    assert answer.answered
    assert {v.period for v in answer.values} == {"2019", "2021", "2022", "2023"}
    assert not any(v.derived for v in answer.values)


@pytest.mark.parametrize("text, label", [
    ("holdings at the end of 2022", "2022-12"),
    ("the yuan share at end-2023", "2023-12"),
    ("year-end 2021 holdings", "2021-12"),
])
def test_the_end_of_a_year_is_its_last_month(text, label):
    from assistant.reading.periods import extract_periods
    assert [p.label for p in extract_periods(text)[0]] == [label]


def test_by_the_end_of_a_year_stays_a_span_up_to_it():
    from assistant.reading.periods import extract_periods
    assert [p.form for p in extract_periods("yuan share by the end of 2023")[0]] == ["before"]


@pytest.mark.parametrize("question, value", [
    ("which year did Russia's share of Chinese arms imports hit its low?", 39.1),
    ("UN voting agreement low point", 38.7),
])
def test_a_low_or_a_high_as_a_noun_asks_the_extreme(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in [v.value for v in answer.values]


def test_what_the_asker_is_writing_is_set_aside(engine):
    answer = engine.ask("For a talk I am preparing, how many joint exercises were there in 2024?")
    assert answer.answered and 11 in [v.value for v in answer.values]


@pytest.mark.parametrize("question, event", [
    ("first joint submarine patrol", "first-joint-submarine-patrol-2025-08"),
    ("joint coast guard patrol", None),
    ("Mishustin visit to Beijing", None),
])
def test_a_few_words_naming_an_event_find_it(engine, question, event):
    answer = engine.ask(question)
    assert answer.answered and answer.events and not answer.values
    if event:
        assert answer.events[0].event_id == event


@pytest.mark.parametrize("question", ["trade 2023", "China-Ukraine trade in 2022", "pizza"])
def test_a_figure_or_another_country_named_in_a_few_words_is_no_event(engine, question):
    answer = engine.ask(question)
    assert not answer.events or not answer.answered


def test_a_poll_asked_of_no_side_gives_each_side(engine):
    both = engine.ask("BBC poll 2017: how do Chinese see Russia's influence?")
    assert {v.value for v in both.values} >= {18, 74}
    one = engine.ask("how many Chinese saw Russia's influence positively in the 2017 BBC poll?")
    assert [v.value for v in one.values] == [74]


def test_a_side_of_a_comparison_that_names_no_time_takes_the_others(engine):
    answer = engine.ask("which was bigger in 2023, LNG or pipeline gas, in bcm?")
    assert {v.period for v in answer.values} == {"2023"}
    assert {v.value for v in answer.values} >= {11.02, 21.29}


def test_a_few_words_naming_an_event_find_it_in_a_conversation_too(engine):
    first = engine.ask("BBC poll 2017 Chinese views of Russia")
    answer = engine.ask("first joint submarine patrol", previous=first)
    assert answer.answered and answer.events[0].event_id == "first-joint-submarine-patrol-2025-08"
    assert answer.context.get("kind") == "when"
    # A follow-up in a few words is asked of the answer before, not of the timeline.
    lng = engine.ask("and LNG?", previous=engine.ask("gas exports 2023"))
    assert lng.values and not lng.events
