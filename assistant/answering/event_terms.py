"""Which words of a question find events and which rule one out: things named in titles,
another party's events, a reporter that is none of crr's sources, the kind or the place a
title gives a thing, words joined by a hyphen."""

from __future__ import annotations

import math
import re
import sqlite3
from functools import cached_property

from ..reading.read import Intent
from ..reading.words import Lazy, _stem, normalize
from .event_words import FULL_NAME, event_stem, event_words, modified

# Whose report it is, when not one of crr's sources ("per Politico", "according to Reuters"):
# an event may name the reporter or not; either way it is the event asked about.
ATTRIBUTED = Lazy(r"\b(?:[Pp]er|[Aa]ccording to|[Rr]eported by|[Cc]iting) (?:the )?((?:[A-Z][\w.&'-]*(?: |(?=[,.?!;]|$))){1,3})")
# "which maker did Politico say shipped rifles?": a reporter named as the one who says, and its verb.
SAID_BY = Lazy(r"\b(?:did|does|do|has|have) (?:the )?((?:[A-Z][\w.&'-]* ){1,3})(say|claim|allege)\b")
AFTER_CAPITAL = Lazy(r"\b[A-Z][A-Za-z]+ $")
# "who called Russia a friend?", "calls it the biggest drill": calling as naming, no phone call;
# what it is called is the word to find.
NAMING_CALL = Lazy(r"\b(call(?:s|ed|ing)?) (?:(?!(?:on|for|off|up|back|in|to|with|at|about|after|before|during|over)\b)"
                   r"[\w'-]+ ){1,3}?(?:an?|the|its|their|his|her|our|my) [\w'-]+")


class EventTerms:
    """Mixed into Engine, with EventSearch, which provides the event words and counts."""

    def _titled_by_things(self, intent: Intent, limit: int) -> list[sqlite3.Row]:
        """"When was the Year of China in Russia?": words that find no event on their own
        (years, the two countries) but name one thing (db/vocabulary.yaml: things) find
        the events whose titles name it, as written, in the question's periods."""
        things = [intent.as_written(p) for p in intent.subject_words if p in self.resolver.facts.things]
        if not things:
            return []
        whole = intent.normalized
        rows = [r for r in self.store.events_between(None, None)
                if any(re.search(rf"\b{re.escape(t)}\b", r["title"].lower()) for t in things)]
        # The thing with the words after it in the question ("year of china in russia").
        fuller = [r for r in rows if normalize(r["title"]) in whole]
        rows = fuller or rows
        for period in intent.periods:
            rows = [r for r in rows if period.start is None or r["date_end"] >= period.start.isoformat()]
        return list(filter(self._event_fits(intent), rows))[:limit]

    def _with_the_parties(self, intent: Intent, limit: int) -> list[sqlite3.Row]:
        """"What happened with the SCO?": no word but another party's name, which finds the
        events that party is a party to, in the question's periods, earliest first."""
        if not intent.others:
            return []
        rows = [r for r in self.store.events_between(None, None)
                if set(intent.others) <= set((r["parties"] or "").split("; "))]
        for period in intent.periods:
            start = period.start.isoformat() if period.start else "0000"
            end = period.end.isoformat() if period.end else "9999"
            rows = [r for r in rows if r["date_end"] >= start and r["date_start"] <= end]
        return list(filter(self._event_fits(intent), rows))[:limit]

    @cached_property
    def _place_stems(self) -> frozenset[str]:
        """The words of the places the vocabulary knows, as events' words are cut; not the
        points of the compass, which name no one place."""
        return frozenset(event_stem(_stem(w)) for place in self.event_vocab.places for w in place.split()
                         if w not in ("west", "east", "north", "south", "sea", "ocean", "of", "river", "island",
                                      "islands", "square", "far", "islet", "asia", "asian", "western", "eastern",
                                      "northeast", "southeast"))

    @staticmethod
    def _another_kind(row, kinds_asked, forms, title_words, asked_words, kinds) -> bool:
        """Whether the event's title names the thing asked as another kind of it: asked a
        "maritime patrol", an event of a "bomber patrol" that nowhere says maritime."""
        title_kinds = modified(row["title"])
        for kind, thing in kinds_asked:
            if not forms[kind].isdisjoint(title_words):
                continue  # the title says the kind asked too ("naval and air patrol")
            if any(other_thing in forms[thing] and other in kinds and other not in asked_words and other not in forms[kind]
                   for other, other_thing in title_kinds):
                return True
        return False

    def _reporters(self, intent: Intent) -> set[str]:
        """The words of a reporter the question names that is none of crr's sources ("per
        Politico"): whether an event names it or not, it is the same event."""
        found = set()
        for match in [*ATTRIBUTED.finditer(intent.question), *SAID_BY.finditer(intent.question)]:
            words = {event_stem(_stem(w.lower())) for w in match.group(1).split()}
            if not any(self.lexicon.has(w.lower(), "source") or self.lexicon.has(w.lower(), "party")
                       for w in match.group(1).split()):
                found |= words
        return found

    @staticmethod
    def _saying_verbs(intent: Intent) -> set[str]:
        """The verb of a reporter's saying ("did Politico say"), which no event need repeat."""
        return {event_stem(_stem(m.group(2))) for m in SAID_BY.finditer(intent.question)} \
            | {event_stem(_stem(m.group(1))) for m in NAMING_CALL.finditer(intent.normalized)}

    def _hyphens_joined(self, terms: list[str]) -> list[str]:
        """"multi-polar" as the events write it, "multipolar", when they write it so and
        never with the hyphen: one word, not its parts."""
        counts = self._event_text_counts()
        joined = {t: t.replace("-", "") for t in terms if "-" in t and t not in counts and t.replace("-", "") in counts}
        if not joined:
            return terms
        parts = {part for t in joined for part in t.split("-")}
        return [joined.get(t, t) for t in terms if t not in parts]

    def _later_word_of_place(self, question: str, match: re.Match) -> bool:
        """Whether a word written with a capital comes after another in the name of a place
        (db/vocabulary.yaml: places): "River" in "the Amur River" is named by "Amur"."""
        before = AFTER_CAPITAL.search(question, 0, match.start())
        return bool(before) and f"{before.group(0)}{match.group(0)}".lower() in self.event_vocab.places

    def _acronym_names(self) -> dict[str, tuple[str, ...]]:
        """Each acronym of a name the events write in full ("sco" -> shanghai cooperation
        organisation), so that a question may use either."""
        if getattr(self, "_acronyms", None) is None:
            found: dict[str, tuple[str, ...]] = {}
            for row in self.store.rows("select title, summary from events"):
                for match in FULL_NAME.finditer(f"{row['title']} {row['summary']}"):
                    words = [w for w in re.split(r"[ \u2013]", match.group(0)) if w[0].isupper()]
                    found.setdefault("".join(w[0] for w in words).lower(), tuple(w.lower() for w in words))
            self._acronyms = found
        return self._acronyms

    def _event_text_counts(self) -> dict[str, int]:
        """How many events' titles and summaries use each word."""
        if getattr(self, "_text_counts", None) is None:
            counts: dict[str, int] = {}
            rows = self.store.rows("select title, summary from events")
            self._event_total = len(rows)
            for row in rows:
                for word in event_words(f"{row['title']} {row['summary']}".lower()):
                    counts[word] = counts.get(word, 0) + 1
            self._text_counts = counts
        return self._text_counts

    def _cover_weight(self, term: str, proper: set[str]) -> float:
        """How much a question's word says about which event it means, by how few
        events' titles and summaries use it. A name no event uses ("Kazan") says the
        most: the question is about something crr does not hold. Another word no
        event uses may be the question's own wording ("fight" for a clash), and
        says little."""
        counts = self._event_text_counts()
        if term not in counts:
            return math.log(1 + 2 * self._event_total) if term in proper else 1.0
        return math.log(1 + self._event_total / counts[term])

    def _event_word_weights(self) -> dict[str, float]:
        if getattr(self, "_weights_cache", None) is None:
            import math

            titles = [event_words(r["title"].lower()) for r in self.store.rows("select title from events")]
            frequency: dict[str, int] = {}
            for words in titles:
                for word in words:
                    frequency[word] = frequency.get(word, 0) + 1
            self._weights_cache = {w: math.log(1 + len(titles) / n) for w, n in frequency.items()}
        return self._weights_cache
