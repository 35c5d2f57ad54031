"""Mechanisms from tuning sets 33-35, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations


def test_a_clause_that_ends_with_a_pronoun_asked_of_is_a_question_of_its_own(engine):
    # "who was he, and what did it cost?": two questions, not "he and ..." as one subject.
    answer = engine.ask("Kazakhstan's president opened the Atasu-Alashankou oil line in December 2005 - "
                        "who was he, and what did the route cost?")
    assert answer.answered and "Nazarbayev" in answer.text
    assert [v.value for v in answer.values] == [800.0]


def test_a_reporter_named_as_the_one_who_says_is_neither_a_name_to_match_nor_its_verb(engine):
    # "did Politico say": the event Politico reported on need not name Politico or say "say".
    answer = engine.ask("which state-owned Chinese arms maker did Politico say shipped assault rifles "
                        "and body armour to Russia in 2022?")
    assert answer.answered and "Norinco" in answer.text
