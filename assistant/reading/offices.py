"""Offices read as their holders: "the Russian president" in 2010 is Medvedev.

The lexicon binds an office's words (db/vocabulary.yaml: offices) to its party
and its holders in order of time ("party=russia 1991-12:boris-yeltsin
2000:vladimir-putin ..."); the reading names the holder at the time the
question asks about, or leaves the office open for the date of an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .periods import Period
from .words import _stem
from .words import Lazy

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .read import Intent

HELD_WHEN = Lazy(r"^(?:who|which (?:\w+ )?(?:person|leader|president|man|woman)) (?:was|were|led|ran|ruled|headed)\b.*"
                 r"\b(?:when|at the time|during|while)\b")


def bind_offices(intent: Intent, lexicon: Lexicon, timed: bool = False) -> None:
    """"The Russian president" in 1992 is Yeltsin: each office named is its holder at the
    time asked about, searched for by name.  With no time, and someone else named ("China's
    president when Yeltsin visited"), the time is that of what is asked, and no holder is
    guessed.  `timed`: the periods are the time asked about, whatever the words say ("at
    the time", of what was shown before)."""
    named = list(intent.people)
    # "Who was the Russian president when the 2014 gas deal was signed?": the time is the event's.
    at_an_event = not timed and bool(HELD_WHEN.search(intent.normalized))
    for text, office in intent.offices:
        party = office.split()[0].removeprefix("party=")
        if party not in intent.parties:
            intent.parties.append(party)
        if intent.spelled.get(text.split()[-1], "").endswith("s"):
            continue  # "Russian leaders": more than one office, none of whose holders is meant alone
        person = None if at_an_event or (not intent.periods and named) else holder(office, intent.periods)
        if person is None:
            intent.open_offices.append(office)  # "China's president when Yeltsin visited": found by the event
        elif person not in intent.people:
            intent.people.append(person)
            intent.office_of[person] = text
            # Searched for by the name they go by: "the Chinese president" is "xi" in the events' words.
            words = set(text.split())
            intent.residue = " ".join(w for w in intent.residue.split() if _stem(w) not in words)
            intent.residue = f"{intent.residue} {lexicon.short_name(person)}"


def holder(office: str, periods: list[Period]) -> str | None:
    """Who held an office ("since:person ..." in order of time) at the start of the time
    asked about (the end of a time before a date), or its last holder when none is asked."""
    terms = [term.split(":", 1) for term in office.split()[1:]]
    if not periods:
        return terms[-1][1]
    period = periods[0]
    when = period.first_day if period.start is not None else period.last_day
    held = [person for since, person in terms if since <= when]
    return held[-1] if held else None  # before crr's first holder: no one it can name
