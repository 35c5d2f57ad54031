"""Completion while typing: whole questions asked before, then metric names, topics and years.

The vocabulary is read once from the database; `complete` is a pure function
so that it is tested without an app.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.suggester import Suggester

from ...data.store import Store

PHRASES = ["over time", "since the invasion", "since 2022", "latest", "record", "vs",
           "what can I ask?", "by year"]
EXAMPLES = ["trade in 2024?", "joint exercises since 2022?", "trade over time",
            "trade 2024 vs 2022", "latest trade", "exercises since the invasion"]


@dataclass
class Vocabulary:
    phrases: list[str]                      # years newest first, then words shortest first, as written
    questions: list[str] = field(default_factory=lambda: list(EXAMPLES))

    @classmethod
    def from_store(cls, store: Store) -> "Vocabulary":
        # Each phrase once, written as a name is written ("LNG", "China's"), whatever case is typed.
        words = {store.cased(m.name.lower()) for m in store.metrics.values()}
        words |= {store.cased(entry[0].lower()) for entry in store.aliases}  # (alias, metric id, ...)
        words |= {store.cased(topic.lower()) for topic in store.topics}
        words |= set(PHRASES)
        words = {w.lower(): w for w in sorted(words)}.values()
        years = [str(r["year"]) for r in store.rows(
            "select distinct year from observations where year is not null order by year desc")]
        return cls(years + sorted(words, key=lambda w: (len(w), w.lower())))

    def complete(self, value: str, history: list[str] = ()) -> str | None:
        """The value completed: a whole question, else its last words completed, the words
        being completed written as the phrase writes them ("record ln" → "record LNG")."""
        if len(value.strip()) < 2:
            return None
        lower = value.lower()
        for question in [*reversed(history), *self.questions]:
            if len(question) > len(value) and question.lower().startswith(lower):
                return value + question[len(value):]
        if lower.endswith(" "):
            return None
        words = lower.split(" ")
        for count in range(min(4, len(words)), 0, -1):
            fragment = " ".join(words[-count:])
            if len(fragment) < 2:
                continue
            for phrase in self.phrases:
                if len(phrase) > len(fragment) and phrase.lower().startswith(fragment):
                    return value[:len(value) - len(fragment)] + phrase
        return None


class QuestionSuggester(Suggester):
    """Textual's suggester over a Vocabulary and the session's question history."""

    def __init__(self, vocabulary: Vocabulary, history: list[str]) -> None:
        # The history grows while the app runs, so answers are not cached;
        # case is kept so that accepting a suggestion keeps what was typed.
        super().__init__(use_cache=False, case_sensitive=True)
        self.vocabulary = vocabulary
        self.history = history

    async def get_suggestion(self, value: str) -> str | None:
        return self.vocabulary.complete(value, self.history)
