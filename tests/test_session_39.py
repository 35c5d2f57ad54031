"""Mechanisms from tuning sets 31-33, a newcomer's trial and the team's own probes.

Each test names the mechanism, not the question that showed it was missing.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, holder, not_named", [
    ("Who was head of CNPC when gas pricing talks with Gazprom's Alexei Miller began in 2006?", "Chen Geng",
     "Alexei Miller (Russia)"),
    ("who was Russian defence minister when Li Shangfu visited Moscow", "Sergei Shoigu", "Li Shangfu (China)"),
    ("who was Russia's prime minister when Wen Jiabao signed energy deals in Moscow", "Mikhail Fradkov",
     "Wen Jiabao (China)"),
])
def test_a_person_named_in_a_when_clause_dates_the_post_asked_and_is_not_its_holder(engine, question, holder,
                                                                                      not_named):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "who"
    assert answer.text.startswith(holder) and not_named not in answer.text
