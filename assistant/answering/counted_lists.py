"""A list of events asked of a kind that crr also counts: "list the joint exercises of
2024" gives the events its records describe and the count a source states for that time
(11), so that the reader knows the list is not every one of them.  The count is asked as
its own question ("how many joint exercises of 2024"), and joined only when it answers
with a count for the very time asked."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.words import Lazy
from . import compound

# A request for a list of things: "list the ...", "name the ...", "give me a list of ...".
LIST_ASKED = Lazy(r"^\s*(?:(?:please|pls|can you|could you)\s+)?(?:list(?: out)?|name|enumerate|give me (?:a |the )?list of|"
                  r"(?:a |the )?(?:full |quick |short )?list of)\s+(?:all\s+|every\s+|each\s+)?(?:the\s+)?", re.IGNORECASE)


def count_beside(engine, asked: str, previous: Answer | None, answer: Answer) -> Answer | None:
    """The events answer joined with the count held for the same kind and time, or None."""
    if not isinstance(asked, str) or not answer.answered or answer.kind != "what_happened":
        return None
    found = LIST_ASKED.match(asked)
    if found is None:
        return None
    counted = engine.ask("how many " + asked[found.end():], previous)
    periods = {p for p in (answer.reading or {}).get("periods", [])}
    if not counted.answered or counted.kind != "value" or not counted.values or len(counted.values) > 2 \
            or any(v.derived or v.unit in ("percent", "rank") for v in counted.values) \
            or {v.period for v in counted.values} != periods:
        return None
    joined = compound.join(asked, [answer, counted])
    return joined
