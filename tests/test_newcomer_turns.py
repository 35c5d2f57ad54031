"""Turns a newcomer tried that went wrong: a follow-up of a kind alone ("when?", "for
how long?"), a deal's length after its value, a visit found by its category, a who
that must name someone new, a price per unit, and a follow-up after a figure not held."""

from __future__ import annotations


def turns(engine, *questions):
    answer = None
    for question in questions:
        answer = engine.ask(question, answer)
    return answer


def test_a_follow_up_after_a_figure_not_held_is_answered_not_a_fault(engine):
    answer = turns(engine, "yuan share of Russia's imports in June 2024", "what about stock market trading?")
    assert answer.kind != "error"


def test_when_alone_after_a_who_answer_is_its_events_date(engine):
    answer = turns(engine, "who signed the 1993 defence agreement?", "when?")
    assert answer.answered and answer.events[0].date == "1993-11-09"


def test_for_how_long_after_a_date_is_that_events_length(engine):
    answer = turns(engine, "when was the treaty of good-neighborliness renewed?", "for how long?")
    assert answer.answered and [(v.value, v.unit) for v in answer.values] == [(5, "years")]


def test_a_deals_length_after_its_value(engine):
    answer = turns(engine, "what was the 2014 gas deal worth?", "how long does it run?")
    assert answer.answered and {(v.value, v.unit) for v in answer.values} == {(30, "years")}


def test_an_events_category_is_a_word_of_it(engine):
    # "Xi in Moscow" never says "visit"; its category does.
    answer = engine.ask("when did Xi visit Russia in 2023?")
    assert answer.answered and answer.events[0].date.startswith("2023-03")


def test_a_mutual_defence_treaty_is_no_defence_agreement(engine):
    answer = engine.ask("When did Russia and China sign a mutual defence treaty?")
    assert not answer.answered


def test_who_names_someone_the_question_does_not(engine):
    answer = engine.ask("who succeeded Yeltsin?")
    assert answer.answered and "Vladimir Putin" in answer.text.splitlines()[0]
    assert not answer.values


def test_a_price_per_unit_is_no_sum(engine):
    answer = turns(engine, "How much crude did China import from Russia in 2022?", "what did it cost per barrel?")
    assert not answer.answered and not answer.values


def test_a_multiple_answers_only_a_comparison(engine):
    assert not engine.ask("Russia's GDP in 2008").answered
    answer = engine.ask("how many times bigger was China's economy than Russia's in 2008?")
    assert answer.answered and answer.values[0].unit == "times"


def test_a_change_asked_with_no_times_runs_from_the_first_figure_to_the_last(engine):
    answer = engine.ask("how much did Russian LNG exports to China grow?")
    assert answer.kind == "change" and answer.answered
    assert [v.period for v in answer.values if not v.derived] == ["2010", "2025"]
    shares = engine.ask("how much did the yuan's share of trading on Russia's exchange rise?")
    assert shares.kind == "change" and [v.value for v in shares.values if not v.derived] == [3, 33]


def test_earnings_are_an_amount_and_thinking_is_opinion(engine):
    earned = engine.ask("what did Russia earn from gas exports to China in 2021?")
    assert earned.answered and earned.values[0].unit == "USD bn"
    poll = engine.ask("what did Chinese think of the invasion in the Genron poll?")
    assert poll.answered and "Genron" in poll.text
    # What Russians think of China is an opinion, never a share of trade.
    views = engine.ask("what do Russians think of China?")
    assert all("view" in v.label.lower() for v in views.values)


def test_an_office_holder_is_searched_for_by_the_name_they_go_by(engine):
    answer = engine.ask("When did the Chinese president visit Moscow in 2023?")
    assert "“visit moscow xi”" in answer.reading["summary"]


def test_a_new_subject_in_a_follow_up_keeps_the_measure_shown(engine):
    # "and oil?" after gas exports is oil exports, not the length of the oil pipeline.
    answer = turns(engine, "how much pipeline gas did Russia export to China in 2019?", "and oil?")
    assert answer.answered and answer.values[0].unit == "million tonnes" and answer.values[0].period == "2019"


def test_who_for_one_side_after_an_event_names_that_sides_people(engine):
    first = engine.ask("Who signed the November 1993 defence cooperation agreement?")
    assert first.answered
    china = engine.ask("and who signed for China?", previous=first)
    named = china.text.splitlines()[0].split(":")[0]  # the names, before the event they are of
    assert china.answered and named == "Chi Haotian"
    russia = engine.ask("who signed it on the Russian side?", previous=first)
    assert russia.text.splitlines()[0].split(":")[0] == "Pavel Grachev"
