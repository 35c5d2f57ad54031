"""Offices read as their holders: "the Russian president" in 2010 is Medvedev.

The lexicon binds an office's words (db/vocabulary.yaml: offices) to its party
and its holders in order of time ("party=russia 1991-12:boris-yeltsin
2000:vladimir-putin ..."); the reading names the holder at the time the
question asks about, or leaves the office open for the date of an event.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from typing import TYPE_CHECKING

from .periods import Period
from .words import Lazy, _stem

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
        written = intent.spelled.get(text.split()[-1], "") or text.split()[-1]
        if written.endswith("s") and not written.endswith("ss"):  # ("boss" is one)
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


def before_their_time(intent: Intent, lexicon: Lexicon) -> None:
    """"The two leaders" in 2010 are not Xi and Putin, who led together only from late
    2012: a group of people asked of a time wholly before they held their posts together
    names no one, and the events are searched for by the question's other words."""
    for text, since in intent.groups_since:
        if not intent.periods or not all(p.last_day < since for p in intent.periods):
            continue
        named = {p for words, bindings in lexicon.entries.items() if " ".join(words) == text
                 for b in bindings if b.facet == "people" for p in b.value.split()}
        intent.people = [p for p in intent.people if p not in named]


def holder(office: str, periods: list[Period]) -> str | None:
    """Who held an office ("since:person ..." in order of time) at the start of the time
    asked about (the end of a time before a date), or its last holder when none is asked."""
    terms = [(term.split(":") + [""])[:3] for term in office.split()[1:]]
    if not periods:
        return terms[-1][1]
    when = _when(periods[0])
    held = [(person, after) for since, person, after in terms if since <= when]
    if not held or office_gap(office, periods):
        return None  # before crr's first holder, or a time its sources leave open: no one it can name
    return held[-1][0]


def office_gap(office: str, periods: list[Period]) -> tuple[str, str, str, str] | None:
    """(the holder before, since when the sources leave it open, the holder after, from
    when) when the time asked falls where the sources do not say who held the office."""
    terms = [(term.split(":") + [""])[:3] for term in office.split()[1:]]
    if not periods:
        return None
    when = _when(periods[0])
    for (_, before, _), (since, person, after) in zip(terms, terms[1:]):
        if after and after <= when < since:
            return before, after, person, since
    return None


def _when(period: Period) -> str:
    return period.first_day if period.start is not None else period.last_day


# Words that make a person's name a time: "in Yeltsin's time", "during Medvedev's presidency",
# "under Xi".  "Under" needs no such word; "in" and "during" do ("in Putin's visit" is no term).
TENURE_BEFORE = frozenset({"under", "during", "in", "throughout", "through"})
TENURE_WORDS = frozenset({"time", "times", "era", "years", "presidency", "rule", "tenure", "leadership", "term",
                          "terms", "government", "administration", "premiership", "reign", "days"})


# A person's coming to office: "Xi took power", "Medvedev took office", "Putin came to power".
TOOK_OFFICE = Lazy(r"^(?:first )?(?:took|takes|take|taking|came|comes|come|coming|rose|assumed|assumes|entered) "
                   r"(?:to |into )?(?:power|office|over|the top job|the presidency|the leadership)\b")


def tenure(intent: Intent, words: list[str], found: list, lexicon: Lexicon) -> tuple[str, Period, tuple[int, int]] | None:
    """A person named as a time ("trade in Yeltsin's time"): the person, their time in
    the first office crr lists them in (from their start to the next holder's; open
    while they hold it), and the words that say it; or, named as coming to office
    ("since Xi took power", "the year Medvedev took office"), the start of that time;
    None when no name is so used."""
    for phrase in found:
        people = phrase.values("person")
        if not people:
            continue
        if (took := _came_to_office(words, phrase, people[0], lexicon)) is not None:
            return took
        # ("in the Yeltsin era": the article between the two is said of the era)
        first = phrase.start - (1 if phrase.start >= 2 and words[phrase.start - 1] == "the" and after_a_time(words, phrase) else 0)
        before, after = (words[first - 1] if first else ""), words[phrase.end:phrase.end + 1]
        said = bool(after) and after[0] in TENURE_WORDS
        # ("Yeltsin-era", "Putin-years": the name and its time written as one word)
        joined = said and re.search(rf"\b{re.escape(words[phrase.end - 1])}-{after[0]}\b", intent.normalized)
        if not joined and (before not in TENURE_BEFORE or not (said or before == "under")):
            continue
        term = _term(people[0], lexicon)
        if term is not None:
            return people[0], term, (max(first - 1, 0) if before in TENURE_BEFORE else phrase.start,
                                     phrase.end + (1 if said else 0))
    return None


def _came_to_office(words: list[str], phrase, person: str, lexicon: Lexicon) -> tuple[str, Period, tuple[int, int]] | None:
    """The time a person's coming to office names: since it ("since Xi took power"), before
    it, or its year ("the year Medvedev took office", "when Putin came to power"); None when
    the words after the name say no such thing or crr lists no office of theirs."""
    from .periods import describe_label

    took = TOOK_OFFICE.match(" ".join(words[phrase.end:phrase.end + 5]))
    term = _term(person, lexicon) if took else None
    if term is None or term.start is None:
        return None
    first, last = phrase.start, phrase.end + len(took.group(0).split())
    before = words[first - 1] if first else ""
    name, start = lexicon.short_name(person).title(), term.label.split("/")[0]
    said = f"{name} took office ({describe_label(start)})"
    if before in ("since", "after", "following"):
        return person, Period(f"{start}/..", term.start, None, "since", f"since {said}"), (first - 1, last)
    if before in ("before", "until", "till"):
        end = term.start - timedelta(days=1)
        return person, Period(f"../{end.isoformat()}", None, end, "before", f"before {said}"), (first - 1, last)
    year = term.start.year
    return person, Period(str(year), date(year, 1, 1), date(year, 12, 31), "point", f"{year}, the year {said}"), \
        (first - 1 if before in ("when", "as") else first, last)


def after_a_time(words: list[str], phrase) -> bool:
    """Whether a name is followed by a word that makes it a time ("the Yeltsin era")."""
    return phrase.end < len(words) and words[phrase.end] in TENURE_WORDS


def _term(person: str, lexicon: Lexicon) -> Period | None:
    """The span of a person's years in the first office whose holders list them: from
    their first start to the next holder's start (open while they still hold it)."""
    from datetime import timedelta

    from .periods import describe_label, parse_period

    offices = dict.fromkeys(b.value for bindings in lexicon.entries.values() for b in bindings if b.facet == "office")
    for office in offices:
        terms = [term.split(":", 1) for term in office.split()[1:]]
        held = [i for i, (_, who) in enumerate(terms) if who == person]
        if not held:
            continue
        start = parse_period(terms[held[0]][0])[0]
        name = lexicon.short_name(person).title()
        if held[-1] + 1 >= len(terms):
            label = f"{terms[held[0]][0]}/.."
            return Period(label, start, None, "since", f"{name}'s time in office (since {describe_label(terms[held[0]][0])})")
        end = parse_period(terms[held[-1] + 1][0])[0] - timedelta(days=1)
        label = f"{terms[held[0]][0]}/{end.isoformat() if end.month != 12 or end.day != 31 else end.year}"
        return Period(label, start, end, "range",
                      f"{name}'s time in office ({describe_label(terms[held[0]][0])} to {end.year})")
    return None
