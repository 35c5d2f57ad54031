"""Which of two things came first: "What came first: Yeltsin's first official trip to China, or
the upgrade to a 'constructive partnership'?", "Which came first in 2001, the SCO's founding or
the friendship treaty?".  Each is dated as "when was ...?" dates it, and the two events are set
in order as "which came first?" after two dates sets them (restated.py); a thing crr cannot
date, or two dated only to the same year, leaves the order unsaid."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.words import Lazy

# "which came first, A or B?", "what happened earlier: A or B?".
WHICH_FIRST = Lazy(r"^(?:so |and )?(?:what|which) (?:one )?(?:came|happened|was|occurred|took place) "
                   r"(?:first|earlier|sooner)(?: in ((?:19|20)\d\d))?\s*[,:;-]?\s*(?:the )?(.+?),? or (?:the )?(.+?)\s*\??$",
                   re.IGNORECASE)


class OrderAsked:
    """Two things named in one question, set in order by their dates; mixed into Engine."""

    def _two_in_order(self, question: str) -> Answer | None:
        asked = WHICH_FIRST.match(question.strip())
        if not asked:
            return None
        year, things = asked.group(1), (asked.group(2).strip(" ,"), asked.group(3).strip(" ,"))
        when = f" in {year}" if year else ""
        dated = [self.ask(f"when was {thing}{when}?") for thing in things]
        if not all(a.answered and a.kind == "when" and a.events and a.events[0].event_id for a in dated):
            return None  # (a thing crr cannot date: the question is read as a whole instead)
        ids = [a.events[0].event_id for a in dated]
        starts = [a.events[0].date.split("/")[0] for a in dated]  # (a span by its start)
        if ids[0] == ids[1]:
            return None
        answer = self._which_came_first(question, ids)
        if starts[0] != starts[1] and (starts[0].startswith(starts[1]) or starts[1].startswith(starts[0])):
            # "2001" and "June 2001": the year alone says nothing of which came first within it
            answer.answered = False
            answer.text = ("The sources date one of the two only to the year the other falls in, so crr cannot say "
                           "which came first:\n" + "\n".join(
                               f"“{thing}”: {a.events[0].title}, {a.events[0].date}" for thing, a in zip(things, dated)) + "\n")
        elif starts[0] == starts[1]:
            answer.answered = False
        answer.reading = {"kind": "when", "summary": f"which came first: “{things[0]}” or “{things[1]}”"}
        answer.unread = []
        return answer
