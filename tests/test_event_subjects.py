"""An event found by its words must be about what the question asks (or of its family):
a tourism event is no date for coal imports.  A record asked of a figure is its peak."""

from __future__ import annotations


def test_an_event_of_another_subject_is_no_date(engine):
    answer = engine.ask("In which year did China's coal imports from Russia first top 100 million tonnes?")
    assert not answer.answered and not answer.events


def test_an_event_of_a_sibling_subject_still_answers(engine):
    # Troops and exercises are both military: the exercise the troops joined is found.
    answer = engine.ask("When did Chinese troops join Vostok?")
    assert answer.answered and answer.events[0].date.startswith("2018")


def test_the_year_of_an_all_time_high_is_the_peak(engine):
    answer = engine.ask("In which year did the number of joint exercises hit its all-time high?")
    assert answer.kind == "peak" and answer.values[0].period == "2024"
