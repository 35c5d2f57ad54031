"""A when-question with the asker's own guess of the year set after it: "when did Power of
Siberia start delivering gas, 2020?", "what date was the handover - 2005?", "when was the
treaty signed (2000?)".  The year is a guess to check, not the time the event must fall
in: the question is asked without it, and the answer says whether the date held bears the
guess out."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.words import Lazy

# A question asking a date, then a year set apart by a comma, a dash or a bracket, perhaps
# hedged ("maybe", "I think", "or so"), and nothing after it.
GUESSED = Lazy(
    r"^(?P<asked>(?:when|what date|what year|which year|in what year|in which year|what day|what month)\b.+?)"
    r"\s*(?:,|\s[-–—]+|\(|\.{2,}|…)\s*(?:(?:maybe|perhaps|probably|possibly|i think|i believe|around|about|"
    r"circa|c\.|approx\.?|was it|or was it|or|in)\s+)*(?P<year>(?:1[89]|20)\d\d)"
    r"(?:\s+or so|\s+or something|\s*\?+)*\s*\)?\s*[?.!]*\s*$",
    re.IGNORECASE)


# Things done again and again: "when did Xi visit Moscow, 2023?" asks which visit of that year,
# unless it asks the first or the last.
REPEATED = Lazy(r"\b(?:visit\w*|met|meet\w*|trips?|travel\w*|call\w*|talk\w*|exercises?|drills?|patrols?|summits?|"
                r"votes?|voted|spoke|phoned)\b", re.IGNORECASE)
ONE_OF_THEM = Lazy(r"\b(?:first|last|only|latest|earliest)\b", re.IGNORECASE)


def guess_apart(question: str) -> tuple[str, str]:
    """(the question without the guessed year, the year guessed); the question as it is and
    "" when it guesses none."""
    found = GUESSED.match(question.strip())
    if found is None or (REPEATED.search(found.group("asked")) and not ONE_OF_THEM.search(found.group("asked"))):
        return question, ""
    return found.group("asked").rstrip(" ,") + "?", found.group("year")


def with_guess_checked(answer: Answer, year: str) -> Answer:
    """The answer, its reading saying the year was taken as a guess, and its text whether
    the date held bears it out."""
    note = f"{year} read as the asker's guess, checked against the date held"
    summary = (answer.reading or {}).get("summary", "")
    answer.reading = {**(answer.reading or {}), "summary": f"{summary}; {note}" if summary else note}
    if answer.answered and answer.kind == "when" and answer.events:
        held = re.findall(r"(?:1[89]|20)\d\d", answer.events[0].date or "")
        if held:
            verdict = (f"The date held bears out the guess of {year}." if year in held else
                       f"Not {year}, as the question guessed: the date held is in {held[0]}.")
            answer.text = answer.text.rstrip("\n") + f"\n{verdict}\n"
    return answer
