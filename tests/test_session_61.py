"""Mechanisms from the tuning sets, the newcomer's trials and the team's own probes, round 61.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_way_not_held_stays_the_talk(engine):
    # the other way asked and not held: what comes next is asked of that way, not of the way before
    answer = talk(engine, "Chinese students in Russia in 2024", "and Russian students in China?", "what share?")
    assert not answer.answered and not values(answer)
    # a follow-up that names its own way or thing is its own
    answer = talk(engine, "Chinese students in Russia in 2024", "and Russian students in China?",
                  "and Chinese students in Russia in 2020?")
    assert answer.answered


def test_a_year_next_to_the_one_named_is_read_with_it(engine):
    # "the year before (it)", "the previous year", "a year earlier" beside a year the question names
    for question in ("how did 2024 trade compare with the year before it?", "trade in 2024 versus the previous year",
                     "trade in 2024 compared to a year earlier"):
        answer = engine.ask(question)
        assert not answer.answered and "2023" in answer.text, question
    # a follow-up's own year next to it is that year; one with no year of its own moves from the one shown
    answer = talk(engine, "trade in 2024", "and 2025?", "how did 2024 compare with the year before it?")
    assert not answer.answered and "from 2023 to 2024" in answer.interpretation
    assert 245 in values(talk(engine, "trade in 2025", "ok and the year before, 2024?"))
    assert 89.173 in values(talk(engine, "trade in 2014", "and the year before that?"))


def test_a_change_on_the_year_before_is_no_figure_of_a_month(engine):
    # the year's change is not the change of one of its months
    answer = engine.ask("how much did trade change in december 2025?")
    assert not answer.answered and not values(answer)
    assert -6.9 in values(engine.ask("how much did trade change in 2025?"))


def test_a_figure_asked_after_one_event_is_of_that_event(engine):
    # no pronoun needed when the figure asked names no thing of its own
    answer = talk(engine, "The naval drill near Cape Town in Nov 2019 - who took part?", "how many ships did each side send?")
    assert not answer.answered and not values(answer) and "Cape Town" in answer.text
    # the event's own figure in a currency crr does not hold it in: said, not another figure
    answer = talk(engine, "when did Russia and China sign the 150 billion yuan swap line?", "how much is that in dollars?")
    assert not answer.answered and "CNY bn, not in US dollars" in answer.text
    assert 150 in values(talk(engine, "when did Russia and China sign the 150 billion yuan swap line?", "how much was it?"))
    # the same thing's figure held in the unit asked, for the event's year, is it
    answer = talk(engine, "When did Power of Siberia start shipping gas to China?",
                  "how much came through in that first year, in tonnes?")
    assert 0.004 in values(answer)


def test_it_after_one_event_keeps_the_search_to_its_time(engine):
    # "it" is the event shown: a who-question that adds words looks at records of its time,
    # not at any event its other words find (the 2022 invasion for "started")
    answer = talk(engine, "when did the border war take place?", "who started it according to the CCP?")
    assert "Putin" not in answer.text and "2022" not in answer.text
    # a time after it, or what it turned into, is not pinned to its year
    answer = talk(engine, "When was the Shanghai Five formed?", "which country's joining turned it into the SCO, and when?")
    assert "2001" in answer.text


def test_a_place_asked_is_never_answered_with_a_person(engine):
    answer = engine.ask("In which city was the 2001 Treaty of Good-Neighborliness signed?")
    assert not answer.answered and "Putin" not in answer.text.split("\n")[0].split(":")[0]
    # the places a record's words give still answer it
    assert "Bolshoy Ussuriysky" in engine.ask("which islands were transferred in 2008?").text


def test_a_role_of_a_country_is_held_by_one_of_its_own(engine):
    # a third country's role: no one of China's or Russia's side holds it
    answer = engine.ask("Which Japanese prime minister backed the Nakhodka pipeline in 2003?")
    assert not answer.answered and "Putin" not in answer.text.split(":")[0]
    # one of another country named beside the role is no holder of it
    answer = engine.ask("When Mishustin visited Beijing in May 2023, who was China's premier?")
    assert not answer.answered and "Novak" not in answer.text.split(":")[0]
    answer = engine.ask("Which Chinese premier hosted Mishustin in Beijing in May 2023?")
    assert not answer.answered and "Novak, of Russia" in answer.text
    # the holders the record does name still answer
    assert "Wen Jiabao" in engine.ask("who was China's premier in 2007?").text
    assert "Nazarbayev" in engine.ask("which Kazakh president opened the pipeline to China?").text
    assert "Xi Jinping" in engine.ask("who did Mishustin meet in Beijing?").text


def test_the_nth_year_of_a_moment_is_the_calendar_year_holding_most_of_it(engine):
    # figures are of calendar years: the first year of the war (from 24 February 2022) is read
    # as 2022, and the reading says why
    answer = engine.ask("China's total trade with Russia in the first year of the war?")
    assert 190 in values(answer) and "calendar year holding most of the first year" in answer.interpretation
    assert "2023" in engine.ask("LNG imports in the second year of the war").reading["periods"]


def test_a_leader_coming_to_office_is_a_time(engine):
    # since it, before it, or its year
    answer = engine.ask("trade since Xi took power")
    assert answer.answered and "since Xi took office (November 2012)" in answer.interpretation
    assert 81.4 in values(engine.ask("How often did Beijing and Moscow vote the same way in the UN General Assembly "
                                     "in the year Medvedev took office?"))
    # a leader named again is still one of those asked about
    answer = engine.ask("how many times did Xi and Putin meet since Xi took power?")
    assert 40 in values(answer)
    # the words of coming to office are no subject of the question ("power" is no energy)
    assert "energy" not in engine.ask("what happened when Xi took power?").interpretation


def test_the_terminal_app_sets_no_two_floors_against_each_other(engine):
    from assistant.frontends.tui.present import Presenter

    presenter = Presenter(engine.store)
    # "over 2.3 million" and "more than 2 million" can both be right: no "differ" mark
    answer = engine.ask("how many tourists visited Russia from China in 2019?")
    assert len(answer.values) >= 2 and not presenter.layout(answer).disagreements
    # two figures that cannot both be right still are
    assert presenter.layout(engine.ask("Russia's share of China's arms imports in 2023")).disagreements


def test_a_gap_between_two_sources_is_credited_to_both(engine):
    from assistant.frontends.tui.present import Presenter

    answer = talk(engine, "Russia's share of China's arms imports 2015", "what about 2023?")
    gap = [row for row in Presenter(engine.store).layout(answer).rows if row.derived]
    assert gap and "China-Russia Dashboard and SIPRI" in gap[0].source


def test_a_question_not_in_english_is_said_to_be_unread(engine):
    for question in ("торговля в 2024?", "中俄贸易 2024"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.events and "English" in answer.text, question


def test_the_gap_between_two_figures_just_shown(engine):
    answer = talk(engine, "how much crude oil did China import from Russia in 2022?", "what's the gap?")
    assert 0.048 in values(answer) and "86.248 − 86.2 = 0.048" in answer.text
    gap = [v for v in answer.values if v.derived][0]
    assert gap.qualifier == ""  # a difference of exact figures is exact, no "about"
    assert not answer.unread and "gap between the two figures" in answer.reading["summary"]
    answer = talk(engine, "Russia's share of China's arms imports in 2023", "what's the difference between the two sources?")
    assert 3 in values(answer) and "percentage points" in answer.text
