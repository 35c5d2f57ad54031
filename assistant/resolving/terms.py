"""The length a question gives a deal or a treaty: "a 20-year gas deal", "renewed for ten
years", "300 million tons over 30 years".  A record that states its own length answers
only a question that gives the same one; the 2014 gas deal ran for 30 years, and "the
20-year deal" is none the data holds."""

from __future__ import annotations

from ..reading.words import _SMALL_NUMBERS, Lazy

# "a 30-year", "for ten (more) years", "over the next 20 years", "for a further five years"; not a
# time from or to something ("ten years after", "20 years ago", "five years old").
LENGTH_SAID = Lazy(r"\b(?:a|an|the|its|their|for|over|of|another|further|next)\s+(?:(?:another|a further|further|the next|next)\s+)?"
                   r"(\d{1,3}|[a-z]+)[ -](?:(?:more|further|additional|extra) )?years?\b(?!\s+(?:ago|later|after|before|earlier|since|on|of|old|into|in))")


def lengths(text: str) -> set[int]:
    """The lengths in years a text gives something."""
    found = set()
    for number in LENGTH_SAID.findall(text.lower()):
        if number.isdigit():
            found.add(int(number))
        elif number in _SMALL_NUMBERS and number != "a":
            found.add(_SMALL_NUMBERS[number])
    return found


def length_contradicted(question: str, record: str) -> bool:
    """Whether the question gives a length the record, which states its own, does not."""
    asked = lengths(question)
    if not asked:
        return False
    held = lengths(record)
    return bool(held) and not asked & held
