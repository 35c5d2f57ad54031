"""A conversation: questions asked in turn, each read in the light of the last.

Front ends (`crr chat`, the terminal app) keep one Conversation per session;
`reset()` starts over.  Follow-ups such as "and in 2023?" or "what about
LNG?" borrow what the previous question left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..answer import Answer
from .engine import Engine


@dataclass
class Conversation:
    engine: Engine
    history: list[Answer] = field(default_factory=list)

    def ask(self, question: str) -> Answer:
        answer = self.engine.ask(question, previous=self.history[-1] if self.history else None)
        self.history.append(answer)
        return answer

    def reset(self) -> None:
        self.history.clear()

    @property
    def last(self) -> Answer | None:
        return self.history[-1] if self.history else None
