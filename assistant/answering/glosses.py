"""A word glossed in brackets, the way a teacher or a reader explains a term as they ask:
"How much LNG (liquid gas on ships) did China import in 2025?", "PoS-1 (the Power of
Siberia pipeline)".  Where the first reading is refused for words that stand only inside
the brackets, the question is read again without them; the reading says so.  Brackets
that change what is asked ("(PLA vs Russia)", "(the number, not %)") are kept: they are
taken away only when the first reading could not place their words, and never when they
hold a number or a time."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.words import Lazy

# A bracket of two words or more, with no digit in it, after a word of the question (one
# word alone, "(units)", says what is asked).
GLOSS = Lazy(r"(?<=\w)\s*\(([^()\d\s]+(?:\s+[^()\d\s]+)+)\)")
# Words that say what is asked rather than gloss a term: a measure, a unit, a currency.
ASKED_IN_BRACKETS = Lazy(r"\b(?:units?|numbers?|counts?|shares?|percent(?:age)?s?|%|values?|volumes?|amounts?|totals?|"
                         r"tonnes?|tons?|bcm|barrels?|dollars?|usd|euros?|yuan|rubles?|roubles?|km|miles?|years?|dates?|not|only|excluding)\b")
# The words a refusal says it could not place: "could not place 'liquid', 'ships'",
# "crr holds no figure for 'fence'".
UNPLACED = Lazy(r"(?:could not place|holds no figure for) ((?:'[^']+'(?:, )?)+)")
MAX_GLOSS_WORDS = 8


def gloss_apart(engine, asked: str, previous: Answer | None, answer: Answer) -> Answer | None:
    """The answer to `asked` without a bracketed gloss whose words alone were left unplaced,
    or None."""
    if answer.answered or not isinstance(asked, str):
        return None
    found = GLOSS.search(asked)
    refused = UNPLACED.search((answer.reading or {}).get("summary", ""))
    if found is None or refused is None or len(found.group(1).split()) > MAX_GLOSS_WORDS \
            or ASKED_IN_BRACKETS.search(found.group(1).lower()):
        return None
    inside = {w.lower() for w in re.findall(r"[\w'-]+", found.group(1))}
    words = {w.lower() for w in re.findall(r"'([^']+)'", refused.group(1))}
    if not words or not all(set(w.split()) <= inside for w in words):
        return None
    rest = re.sub(r"\s{2,}", " ", asked[:found.start()] + asked[found.end():]).strip()
    again = engine.ask(rest, previous)
    if not again.answered:
        return None
    note = f"“({found.group(1).strip()})” read as an aside that explains, not a part of what is asked"
    summary = (again.reading or {}).get("summary", "")
    again.reading = {**(again.reading or {}), "summary": f"{summary}; {note}" if summary else note}
    again.question = asked
    return again
