"""Why something was done, where the source states it: "why did the US add 42 Chinese firms
to the Entity List?" is answered with the reason its record gives ("for selling Russia
microelectronics ..."), as the source states it.  crr weighs no causes of its own: a record
that states no reason, a figure's rise or fall, and what is to come are left to the judgement
answer (replies.py)."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.read import Intent
from ..reading.words import STOPWORDS, Lazy
from .draft import Draft
from .event_words import _stemmed_words

# A question of why a thing was done, not of what is to come: "why did ...?", "why?".
WHY_DONE = Lazy(r"^(?:and |so |but |ok |okay )?(?:why|what caused|what led to|what drove|what was behind)\b"
               r"(?! (?:will|would|should|might|could|is it likely)\b)")
# Words that give a reason in a record: "for selling", "citing", "wary of", "on the grounds that".
REASON = Lazy(r"\b(?:because|as a result of|due to|owing to|in response to|in retaliation|citing|cited|on the grounds"
              r"|wary of|worried|fearing|for fear|concerned (?:about|by|that)|out of concern|so as to|in order to"
              r"|for (?:selling|supplying|helping|providing|aiding|its role|their role|allegedly|shipping|exporting))\b", re.I)
# The words a why-question asks with, which no record need share.
ASKING = frozenset("why did does do was were is are has have had the a an and so but ok okay".split())


class Reasons:
    """Reasons a record states; mixed into Engine."""

    def _answer_why(self, intent: Intent, previous: Answer | None) -> Answer | None:
        """The reason the record of the event asked about gives, or None when no event is
        asked about closely enough or its record gives no reason."""
        if not WHY_DONE.match(intent.normalized) or intent.metric_id and not intent.content:
            return None
        words = [w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", intent.normalized) if w not in ASKING and w not in STOPWORDS]
        row = None
        if previous is not None and previous.events and previous.events[0].event_id and (
                not words or set(_stemmed_words(" ".join(words))) <= self._words_of(previous.events[0].event_id)):
            row = self._event_row(previous.events[0].event_id)  # "why?" after an event shown
        elif words:
            rows = self._find_events(intent, limit=3)
            asked = set(_stemmed_words(" ".join(words)))
            # an event the question names: most of its words are the record's
            close = [r for r in rows if len(asked & self._words_of(r["id"])) >= max(2, -(-2 * len(asked) // 3))]
            row = close[0] if close else None
        if row is None:
            return None
        text = f"{row['title']}. {row['summary'] or ''}"
        reason = next((s.strip() for s in re.split(r"(?<=[.;])\s+", text) if REASON.search(s)), None)
        if reason is None:
            return None
        draft = Draft(self.store)
        cited = self._cite_events(draft, [row])[0]
        body = (f"The source's record of it gives the reason: {reason} ({row['title']}, {cited['date']}; "
                f"{cited['source_name']}{cited['marks']})\n"
                "crr gives the reason as its source states it; it weighs no causes of its own.\n")
        intent.kind = "reason"
        intent.metric_id, intent.alternatives, intent.candidates = None, [], []
        answer = draft.answer(intent, True, "reason", "Read as a question about the reason an event's record gives.",
                              body, [self._when_of(row), *self._who_took_part([row])])
        answer.context = self._context(intent, answer)
        return answer

    def _event_row(self, event_id: str):
        rows = self.store.rows("SELECT * FROM events WHERE id = ?", (event_id,))
        return rows[0] if rows else None

    def _words_of(self, event_id: str) -> set[str]:
        row = self._event_row(event_id)
        return set(_stemmed_words(f"{row['title']} {row['summary'] or ''}".lower())) if row else set()
