"""Mechanisms from tuning set 30, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, source, named", [
    ("who publishes the China-Russia Dashboard?", "china-russia-dashboard", "MERICS"),
    ("Who makes the dashboard?", "china-russia-dashboard", "SCEEUS"),
    ("what is SIPRI?", "sipri-arms-transfers", "Stockholm International Peace Research Institute"),
    ("who produces the UN voting data?", "unga-voting-voeten", "Voeten"),
    ("how recent is the IMF data?", "imf-dots", "2020"),
    ("who is behind the wikipedia article", "wikipedia-china-russia-relations", "Wikipedia contributors"),
])
def test_a_question_about_a_source_itself_is_answered_from_its_record(engine, question, source, named):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "source" and not answer.values and not answer.events
    assert named in answer.text and [c.source for c in answer.citations] == [source]
    assert answer.reading["summary"].startswith("what crr records of a source itself") and answer.unread == []


@pytest.mark.parametrize("question", [
    "what does SIPRI say about 2020?",  # a time: its figures
    "arms imports according to SIPRI",  # a subject: its figures
    "is SIPRI reliable?",  # a judgement of it, which crr does not make
])
def test_a_question_with_more_than_a_source_in_it_is_not_about_the_source(engine, question):
    assert engine.ask(question).kind != "source"
