"""Mechanisms from the tuning sets, the newcomer's trial and the team's own probes, round 52.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

from talking import talk, values


def test_a_name_no_event_has_gets_no_date_of_another_event(engine):
    answer = engine.ask("when did the Zhenbao island clash happen?")
    assert not answer.answered and "Zhenbao" in answer.text
    # a name written with its accents, or in full, is a name the events have
    assert engine.ask("When exactly did the US seize Nicolas Maduro?").answered
    assert engine.ask("When did Yukos propose the ESPO pipeline (Angarsk to Daqing)?").answered


def test_a_post_before_the_list_of_its_holders_is_no_crash(engine):
    for year in ("1949", "1976", "1980"):
        answer = engine.ask(f"who was the Chinese leader in {year}")
        assert answer.kind == "who" and not answer.answered
        # a post the name only qualifies ("Chinese military leader") is not the post
        assert "Dong Jun" not in answer.text


def test_an_office_is_read_as_the_post_of_its_country(engine):
    answer = engine.ask("who was the leader of China in 2005")
    assert answer.answered and "Hu Jintao" in answer.text


def test_a_post_asked_of_no_country_is_not_a_third_countrys(engine):
    answer = talk(engine, "what happened in 1976?", "who was the leader then?")
    assert not answer.answered and "Berdymukhamedov" not in answer.text


def test_a_plea_for_help_is_no_word_of_the_question(engine):
    answer = engine.ask("Chinese students in Russia in 2020, can you help?")
    assert answer.answered and 30000 in values(answer)
    assert engine.ask("can you help me find trade in 2024?").answered


def test_the_yuans_share_of_russias_payments_is_no_share_of_its_trade_with_china(engine):
    for question in ("yuan share of china's trade with russia 2024", "what share of bilateral trade is in yuan"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values
    assert engine.ask("yuan share of Russia's trade in 2024").answered


def test_all_the_people_who_came_are_not_those_of_one_country(engine):
    for question in ("total master's students in russia 2024", "total students in russia 2020",
                     "total tourist visits to russia 2019"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
    # the one country's, asked as such, and a share of the whole, are held
    assert engine.ask("total tourists from china to russia in 2019").answered
    assert engine.ask("what share of total tourist visits to russia were chinese in 2019").answered
