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
ONE_WORD_GLOSS = Lazy(r"(?<=\w)\s*\(([^()\d\s]+)\)")


def gloss_apart(engine, asked: str, previous: Answer | None, answer: Answer) -> Answer | None:
    """The answer to `asked` without a bracketed gloss whose words alone were left unplaced,
    or None."""
    if answer.answered or not isinstance(asked, str):
        return None
    # (or one word of another language, "chinese customs (tamozhnya)", which alone was not placed)
    found = GLOSS.search(asked) or ONE_WORD_GLOSS.search(asked)
    refused = UNPLACED.search((answer.reading or {}).get("summary", ""))
    if refused is None and found is not None and " " not in found.group(1).strip():
        unread = {w.lower() for w in getattr(answer, "unread", None) or ()}
        refused = re.match(r"(.*)", ", ".join(f"'{w}'" for w in unread)) if unread else None
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


# A term of one to three words and the bracket after it that says it in crr's words:
# "joint ucheniya (exercises)", "Zhong-E maoyi (China Russia trade)".
TERM_GLOSSED = Lazy(r"((?:[^\s()\d]+\s+){0,2}[^\s()\d]+)\s*\(([^()\d]+)\)")
MAX_TERM_GLOSS_WORDS = 6


def term_glossed(engine, asked: str, previous: Answer | None, answer: Answer) -> Answer | None:
    """The answer to `asked` read with a term it could not place put in the words of the
    bracket after it (a word of another language, glossed as the asker types it), or None.
    Only where every word left unplaced is of the term, and the bracket gives no number."""
    if answer.answered or not isinstance(asked, str):
        return None
    refused = UNPLACED.search((answer.reading or {}).get("summary", ""))
    unplaced = {w.lower() for w in re.findall(r"'([^']+)'", refused.group(1))} if refused else \
        {w.lower() for w in getattr(answer, "unread", None) or ()}
    if not unplaced:
        return None
    for found in TERM_GLOSSED.finditer(asked):
        term, gloss = found.group(1), found.group(2).strip()
        words = {w.lower() for w in re.findall(r"[\w'-]+", term)}
        if len(gloss.split()) > MAX_TERM_GLOSS_WORDS or not all(set(w.split()) <= words for w in unplaced) \
                or re.search(r"[,;:]|\b(?:no|not|only|excluding|except|without|one|each|both)\b", gloss.lower()) \
                or ASKED_IN_BRACKETS.search(gloss.lower()):
            continue  # ("(not deliveries)", "(one yes, one no)": what is asked, said more narrowly)
        # (the term's own words that crr reads stay: "joint ucheniya" keeps "joint")
        kept = [w for w in term.split() if w.lower() not in {p for w in unplaced for p in w.split()}]
        rest = asked[:found.start()] + " ".join([*kept, gloss]) + asked[found.end():]
        again = engine.ask(re.sub(r"\s{2,}", " ", rest).strip(), previous)
        if not again.answered or getattr(again, "unread", None):
            return None
        shown = " ".join(w for w in term.split() if w not in kept)
        note = f"“{shown}” read as “{gloss}”, the words in brackets after it"
        summary = (again.reading or {}).get("summary", "")
        again.reading = {**(again.reading or {}), "summary": f"{summary}; {note}" if summary else note}
        again.question = asked
        return again
    return None
