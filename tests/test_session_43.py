"""Mechanisms from the tuning sets and the team's own probes, round 44.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import json


def test_a_post_holder_the_sources_give_undated_is_dated_by_their_as_of_date(engine):
    # The infobox names the ambassadors with no term: they hold the post as of the source's
    # writing, and the answer says when that was, in its text and as `as_of`.
    answer = engine.ask("Who is Beijing's ambassador in Moscow?")
    assert answer.answered and "Zhang Hanhui" in answer.text
    assert answer.as_of == "2026-02" and "(February 2026)" in answer.text
    assert json.loads(answer.model_dump_json())["as_of"] == "2026-02"


def test_a_post_holder_the_sources_date_gets_no_as_of_date(engine):
    answer = engine.ask("Who was Chinese premier in 2004?")
    assert answer.as_of == ""


def test_an_office_named_after_the_questions_head_is_no_answer_to_who(engine):
    # "... to meet the Chinese leader": Xi is named by the question; the one asked is someone else.
    answer = engine.ask("Which Russian prime minister flew to Beijing in May 2023 to meet the Chinese leader?")
    assert "Mikhail Mishustin" in answer.text and "Xi Jinping" not in answer.text.split(":")[0]
    # ... while the office at the head is the one asked
    answer = engine.ask("Who was the Chinese leader when Yeltsin first visited China?")
    assert "Jiang Zemin" in answer.text


def test_a_head_of_government_is_read_as_the_prime_minister(engine):
    answer = engine.ask("In September 2004 Wen Jiabao signed the pipeline-route agreements in Moscow with which Russian head of government?")
    assert "Mikhail Fradkov" in answer.text and "prime minister" in answer.reading["asked_as"]
    assert "prime" not in answer.unread
