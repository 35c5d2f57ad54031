"""Mechanisms of the reading and the answers, each shown on a question of its own kind."""

from __future__ import annotations

import pytest

from assistant.answering.conversation import Conversation


def numbers(answer):
    return {v.value for v in answer.values}


@pytest.mark.parametrize("question, why", [
    # The sentence that matches says the rail line was only agreed in 2015.
    ("When did the Moscow–Kazan high-speed railway open to passengers?", "plan or an agreement"),
    # The clause that matches says China does not recognise the annexation; -ize is -ise.
    ("When did China recognize Russia's annexation of Crimea?", "says otherwise"),
])
def test_the_matching_sentence_of_an_event_decides_what_it_can_date(engine, question, why):
    answer = engine.ask(question)
    assert not answer.answered and why in answer.text


def test_a_numbered_name_must_be_in_the_event(engine):
    answer = engine.ask("When did gas start flowing through Power of Siberia-2?")
    assert not answer.answered and "2011" not in answer.text
    assert engine.ask("When did gas start flowing through Power of Siberia?").answered


def test_the_number_of_a_numbered_name_is_no_threshold(engine):
    assert "never at 2" not in engine.ask("when did power of siberia 2 get signed").text


def test_whose_figure_reads_the_figures_own_note(engine):
    answer = engine.ask("Which company exported 38.8 bcm of gas to China in 2025?")
    assert answer.answered and "Gazprom" in answer.text
    # A year the figure is not of still names no one.
    assert not engine.ask("Which company exported 38.8 bcm of gas to China in 2024?").answered


def test_how_often_over_a_span_is_a_count(engine):
    answer = engine.ask("How often did the foreign ministers meet after the February 2022 invasion?")
    assert answer.answered and 30 in numbers(answer)


def test_a_year_after_what_was_the_is_a_time_not_names_asked_for(engine):
    answer = engine.ask("What was the 2014 gas deal worth?")
    assert answer.kind != "who" and 400 in numbers(answer)


def test_a_word_of_a_group_places_the_others(engine):
    answer = engine.ask("How many times did Chinese and Russian military chiefs meet between Feb 2022 and Feb 2026?")
    assert answer.answered and 14 in numbers(answer)


def test_a_follow_up_asking_a_part_of_the_last_figure_is_refused(engine):
    chat = Conversation(engine)
    assert 30 in numbers(chat.ask("how many times did Wang Yi and Lavrov meet since the invasion?"))
    answer = chat.ask("how many of those were in Beijing?")
    assert not answer.answered and not numbers(answer)


def test_a_total_for_each_reporter_or_only_the_one_asked(engine):
    both = engine.ask("total china-russia trade 2018 through 2020")
    assert {324.096, 321.741} <= {v.value for v in both.values if v.derived}
    china = engine.ask("add up china-russia trade for 2018 through 2020 as China reports it")
    assert [v.value for v in china.values if v.derived] == [324.096]


def test_a_total_of_listed_years(engine):
    answer = engine.ask("joint exercises in 2024 and 2025 combined")
    assert answer.answered and [v.value for v in answer.values if v.derived] == [18]
    assert "11 + 7 = 18" in answer.text


def test_an_average_keeps_three_decimals(engine):
    answer = engine.ask("average UN same-vote share 1992 to 1995")
    assert [v.value for v in answer.values if v.derived] == [43.325]


def test_a_summary_denies_only_with_a_verb(engine):
    # "withheld recognition": a denial; the title says so too.
    assert not engine.ask("When did Beijing recognise Russia's annexation of Donetsk and Luhansk?").answered
    # "a building no foreign leader had entered before": Xi was the first, no denial.
    answer = engine.ask("In what year did Xi become the first foreign leader to tour the Russian military's "
                        "operational command HQ?")
    assert answer.answered and "2013" in answer.text


def test_a_named_source_picks_the_metric_it_gives(engine):
    answer = engine.ask("How much pipeline gas did China import from Russia in 2019 per Customs?")
    assert [v.source for v in answer.values] == ["gacc-customs"] and 0.004 in numbers(answer)


def test_what_happened_with_a_thing_finds_its_event(engine):
    answer = engine.ask("What does the article say happened with the Udokan copper mine?")
    assert answer.answered and "Udokan" in answer.text


def test_a_flow_named_with_a_verb_between_its_ends(engine):
    answer = engine.ask("How many visits did Russians make to China in 2019?")
    assert answer.values and all(v.metric == "russian_visits_to_china" for v in answer.values)


def test_how_long_a_thing_with_ends_is_its_length(engine):
    answer = engine.ask("How long is the Power of Siberia pipeline?")
    assert not answer.answered and not answer.values  # crr holds no length for it
    assert 1000 in numbers(engine.ask("how long was the crude oil pipeline"))
    assert 30 in numbers(engine.ask("how long is the 2014 gas deal"))


def test_an_exact_figure_asked_is_not_a_hedged_one(engine):
    answer = engine.ask("What exact rank did Russia hold among Chinese tourists' destinations in 2019?")
    assert not answer.answered and not answer.values and "no exact figure" in answer.text


def test_an_average_of_a_year_with_months_missing_is_not_worked_out(engine):
    answer = engine.ask("What was the average yuan share of Russia's international trade during 2024?")
    assert not answer.answered and not answer.values and "average" in answer.text


def test_a_who_question_that_points_back_asks_about_the_event_shown(engine):
    chat = Conversation(engine)
    chat.ask("When did Yeltsin make his first official visit to China?")
    answer = chat.ask("Who did he meet there?")
    assert answer.answered and "Jiang Zemin" in answer.text and "Yang Shangkun" in answer.text


@pytest.mark.parametrize("question, value", [
    ("how many exercises in 2024 were not naval?", 4),
    ("non-naval joint exercises in 2024", 4),
    ("how many exercises since 2022 were not naval", 13),
])
def test_a_subject_left_out_is_the_whole_less_its_part(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and [v.value for v in answer.values if v.derived] == [value]
    assert answer.reading["leaving_out"] == ["naval"] and answer.reading["metric"] == "joint_exercises"


def test_a_subject_left_out_with_no_part_held_is_refused(engine):
    answer = engine.ask("trade in 2024 not counting oil")
    assert not answer.answered and not answer.values and "leaves out oil" in answer.text


def test_a_numbered_name_written_with_a_capital_is_no_threshold(engine):
    answer = engine.ask("when did China start importing from Arctic LNG 2?")
    assert "never at 2" not in answer.text and "Arctic LNG 2" in answer.text


def test_settling_a_dispute_is_concluding_it(engine):
    answer = engine.ask("when was the border dispute settled?")
    assert answer.answered and "2008" in answer.text.splitlines()[0]


def test_a_level_held_for_a_span_counts_in_its_series_and_extremes(engine):
    lowest = engine.ask("lowest yuan share")
    assert lowest.answered and 2 in numbers(lowest)
    series = engine.ask("yuan share over time")
    assert {2, 40, 30} <= numbers(series)


def test_a_change_across_two_sources_says_so(engine):
    answer = engine.ask("how much did trade grow between 2020 and 2024?")
    assert "No one source gives both years" in answer.text
    assert {107.7, 104.491} <= numbers(answer)  # each reporter's start


def test_how_often_with_no_time_is_the_count_held(engine):
    answer = engine.ask("how often did Wang Yi and Lavrov meet?")
    assert answer.answered and 30 in numbers(answer)


def test_a_broad_subject_gets_each_narrower_figure_held(engine):
    answer = engine.ask("gas in 2025")
    assert {9.9, 38.8} <= numbers(answer)
    assert "LNG" in answer.reading["summary"] and "pipeline gas" in answer.reading["summary"]


def test_a_comparison_word_counts_only_next_to_its_number(engine):
    answer = engine.ask("When did Washington put 42 Chinese companies on the Entity List over supplies to Russia?")
    assert answer.answered and "2023" in answer.text and "above" not in answer.text


def test_the_terminal_headline_is_the_derived_figure_asked_for(engine):
    from assistant.frontends.tui.present import Presenter

    presenter = Presenter(engine.store)
    assert presenter.headline(engine.ask("how many exercises in 2024 were not naval?")).number == "4"
    assert presenter.headline(engine.ask("joint exercises in 2024 and 2025 combined")).number == "18"


def test_a_part_of_a_total_the_question_gives_is_of_that_total(engine):
    assert not engine.ask("how many of the 96 exercises were naval?").values  # the 96 are since 2003
    assert 7 in numbers(engine.ask("how many of the 11 exercises in 2024 were naval?"))
