"""Mechanisms from the tuning sets, the newcomers' trials and the team's own probes, round 74.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.data.periods import decade_window


def first_line(answer) -> str:
    return answer.text.splitlines()[0]


@pytest.mark.parametrize("written, label, window", [
    ("During the 1990s", "1990", (date(1990, 1, 1), date(1999, 12, 31))),
    ("early 2000s", "2000", (date(2000, 1, 1), date(2004, 12, 31))),
    ("mid-2000s", "2005", (date(2003, 1, 1), date(2007, 12, 31))),
    ("late 1990s", "1998", (date(1995, 1, 1), date(1999, 12, 31))),
    ("in 2022 and 2023", "2022", None),   # no decade named
    ("the 1990s", "2001", None),          # a year filed outside the decade it names
])
def test_a_decade_the_source_names_is_the_span_an_event_is_dated_by(written, label, window):
    assert decade_window(written, label) == window


def test_an_event_of_a_decade_is_not_before_a_year_inside_it(engine):
    # "the 1990s", filed under 1990, may have been at any time in them
    before = engine.ask("what happened before 1991?")
    assert before.answered and "Sino-Soviet split" in before.text
    assert "space exploration" not in before.text and "1990s" not in before.text
    decade = engine.ask("what happened in the 1990s?")
    assert "1990s (as the source puts it" in decade.text


@pytest.mark.parametrize("question, expected, absent", [
    ("leader visits since 2020", "Xi in Moscow", "tourist"),
    ("treaties since 2000", "Treaty of Good-Neighborliness extended", "Term of the 2001"),
    ("border agreements in the 1990s", "Agreement to reduce troops", "Length of"),
    ("state visits in 2023", "Xi in Moscow", "tourist"),
])
def test_acts_named_with_a_span_and_no_figure_word_are_listed(engine, question, expected, absent):
    # a treaty's term, a border's rank or tourists' visits answer another question
    answer = engine.ask(question)
    assert answer.kind == "what_happened" and expected in answer.text and absent not in answer.text


@pytest.mark.parametrize("question, metric", [
    ("how long is the 2001 treaty", "good_neighbor_treaty_term"),
    ("UN General Assembly agreement between China and Russia in 2019", "unga_same_vote_share"),
])
def test_a_length_or_a_figure_named_by_its_own_word_is_still_read(engine, question, metric):
    answer = engine.ask(question)
    assert answer.answered and answer.values and answer.values[0].metric == metric


def test_a_list_whose_act_no_event_says_is_no_answer(engine):
    # "trade agreements": the trade events of the time say no agreement; shown, but said so
    answer = engine.ask("trade agreements since 2019")
    assert not answer.answered and "says “agreements”" in answer.text
    # ... while words of no subject ("key") narrow nothing
    assert engine.ask("key events of 2019").answered


@pytest.mark.parametrize("question", ["When did Xí Jìnpíng visit Moscow?", "Who is Sergéy Lavróv?"])
def test_marks_on_latin_letters_are_read_as_the_letters(engine, question):
    answer = engine.ask(question)
    assert answer.answered and not answer.unread


@pytest.mark.parametrize("question, word", [
    ("When was 尼布楚条约 signed?", "尼布楚条约"),
    ("When did Путин visit Beijing?", "Путин"),
    ("trade between 中国 and Россия in 2024", "中国"),
])
def test_a_word_in_another_script_inside_an_english_question_is_not_read_past(engine, question, word):
    # the rest, read alone, would answer another question (an oil deal for the Treaty of Nerchinsk)
    answer = engine.ask(question)
    assert not answer.answered and not answer.values and word in answer.text


def test_a_persons_full_name_finds_the_events_that_call_them_by_one_word(engine):
    # "Xi Jinping" finds "Xi attends the Victory Day Parade", as "Xi" does
    full, short = engine.ask("When did Xi Jinping visit Russia?"), engine.ask("When did Xi visit Russia?")
    assert len(full.events) == len(short.events) >= 4
    assert "May 2015" in full.text and "20 March 2023" in full.text


def test_a_direction_asked_up_to_now_is_not_settled_by_figures_that_end_years_before(engine):
    # the UN figures end in 2019: their rise from 2018 is no "no" to "declined since 2018?"
    answer = engine.ask("has UN voting alignment declined since 2018?")
    assert "no, it rose" not in answer.text
    assert engine.ask("did trade fall in 2025?").text.count("yes, it fell") == 1


def test_figures_that_start_in_the_month_of_a_before_bound_are_of_the_time_after(engine):
    # "since February 2022" shares are no picture of trade before the invasion of 24 February
    answer = engine.ask("what did China export to Russia before the invasion?")
    assert "since February 2022" not in answer.text


def test_a_persons_events_cut_short_say_how_many_there_are(engine):
    answer = engine.ask("Who is Putin?")
    assert "the earliest 8 of" in answer.text and "what did Vladimir Putin do?" in answer.text


def test_an_event_cited_twice_is_one_event_of_the_answer(engine):
    answer = engine.ask("When did Xi Jinping visit Russia?")
    keys = [(e.event_id, e.date) for e in answer.events]
    assert len(keys) == len(set(keys)) >= 4


def test_an_event_at_another_time_that_says_more_beats_one_of_the_time_asked_that_says_less(engine):
    answer = engine.ask("Did the Russia-China Crude Pipeline start pumping in 2010?")
    assert "dated otherwise" in answer.text and "Oil starts flowing" in answer.text
    assert "nuclear" not in first_line(answer)


@pytest.mark.parametrize("question, event", [
    ("Was the Russia-China crude pipeline completed in 2010?", "Crude Pipeline is completed"),
    ("Was the Treaty of Good-Neighborliness signed in 2001?", "Friendly Cooperation signed"),
])
def test_a_thing_done_once_asked_of_a_year_is_its_date_not_its_size(engine, question, event):
    # "signed", "completed": when, not the treaty's term or the pipeline's length
    answer = engine.ask(question)
    assert answer.kind == "when" and event in answer.text and not answer.values


def test_a_number_of_years_a_thing_runs_for_is_a_length_of_time(engine):
    answer = engine.ask("was the 2014 gas deal signed for 30 years?")
    assert answer.values and answer.values[0].unit == "years" and "USD" not in answer.text
    assert engine.ask("trade 30 years ago").values[0].unit == "USD bn"


@pytest.mark.parametrize("question, person", [("When did El'tsin visit China?", "Yeltsin visits Beijing"),
                                              ("Who is Si Tszin'pin?", "Xi Jinping")])
def test_a_soft_sign_written_as_an_apostrophe_is_no_letter_of_the_name(engine, question, person):
    answer = engine.ask(question)
    assert answer.answered and person in answer.text and not answer.unread
    # ... while a possessive stays one: "China's", "Russia's"
    assert engine.ask("Russia's exports to China 2020").answered


@pytest.mark.parametrize("question, year", [
    ("Russia's share of China's arms imports two years after the invasion?", "2024"),
    ("trade three years after the invasion", "2025"),
    ("trade a year before Crimea", "2013"),
])
def test_years_counted_from_a_named_moment_are_the_year_they_reach(engine, question, year):
    # "two years after the invasion" is 2024, not every year since the invasion
    answer = engine.ask(question)
    assert f"{year}, the calendar year" in answer.reading["summary"] and "since" not in answer.reading["summary"]


@pytest.mark.parametrize("question", ["What was Sino-Soviet trade the year Mao died?",
                                      "How many joint exercises during Xi's first term?",
                                      "What was bilateral trade in the year Xi attended Moscow's Victory Day Parade?"])
def test_a_time_said_by_a_deed_crr_does_not_place_gets_no_figure_of_another_time(engine, question):
    # (Xi attended the Moscow parade in 2015 and in 2025: no one year)
    answer = engine.ask(question)
    assert not answer.answered and not answer.values


def test_the_year_of_one_event_still_sets_the_time(engine):
    answer = engine.ask("Oil exports the year Putin became president")
    assert answer.answered and "2000" in answer.reading["summary"]



def test_the_reading_of_a_list_says_the_whole_phrase_that_chose_it(engine):
    # "leader" chose the visits of leaders over tourists': the reading says it
    answer = engine.ask("leader visits since 2020")
    assert "“leader visits”" in answer.reading["summary"]


@pytest.mark.parametrize("question", ["do the sources disagree about anything?", "where do the two sources differ?",
                                      "any conflicts between the sources?"])
def test_where_the_sources_disagree_is_the_curators_notes_not_a_figure(engine, question):
    # (it was the UN votes cast differently: 100 − 79.1 = 20.9%)
    answer = engine.ask(question)
    assert answer.answered and not answer.values and "USD 234 bn" in answer.text and answer.citations
    assert "20.9" not in answer.text


def test_a_balance_worked_out_cites_the_source_that_says_it_in_words(engine):
    # the Dashboard gives no balance figure, but says which way it leans
    answer = engine.ask("who has a trade surplus, China or Russia?")
    assert "slight surplus" in answer.text and "No source states a balance as a figure" in answer.text
    assert any(c.source == "china-russia-dashboard" and c.locator == "Trade" for c in answer.citations)
