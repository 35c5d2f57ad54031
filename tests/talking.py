"""What tests of the engine's answers share: a conversation, and the numbers an answer gives."""

from __future__ import annotations


def values(answer) -> list[float]:
    """The numbers an answer states, in order."""
    return [v.value for v in answer.values]


def talk(engine, *questions):
    """Ask each question as a follow-up of the answer before; the last answer."""
    answer = None
    for question in questions:
        answer = engine.ask(question, answer)
    return answer
