"""Of the events found, the one that answers: the first or the last of the close matches, the
same claim from two sources once, and the sentence of an event that says what was asked."""

from __future__ import annotations

import re
import sqlite3

from ..reading.read import Intent
from ..reading.words import STOPWORDS, Lazy, _stem
from .event_words import event_stem, event_words
from .events import NTH, NTH_TIME, ORDER, ORDER_WORDS, PROPER


# "The first": not "the first international meeting after the ICC warrant", a first since
# something, unless the question asks for a first since something too.
# "When did X start?" with nothing ordered: the first of the times X happened.
STARTED = Lazy(r"^when did\b.*\b(?:start|begin|commence|become)\b.*$")
BEGINS = Lazy(r"\b(?:start|starts|started|begin|begins|began|launch|launches|launched|commence[sd]?|first)\b")
FIRST_EVER = Lazy(r"\bfirst\b(?![^.;,]{0,60}\b(?:after|since|following|in \d+ years|in (?:a|over a) decade)\b)")
FIRST_SINCE = Lazy(r"\bfirst\b.*\b(?:after|since|following)\b")

_SENTENCE = Lazy(r"(?<=[.;])\s+(?=[A-Z])")
_CLAUSE = Lazy(r"[;:()]|,? \b(?:though|although|but|while|whereas)\b")


# The thing a first time is asked of: "the first joint maritime patrol in the Pacific".
FIRST_THING = Lazy(r"\b(?:the|their|its|a|an) (?:very )?first(?:-ever| ever)? (?!time\b)((?:[\w-]+ ){0,3}?[a-z][\w-]*?)(?= (?:in|on|with|by|between|of|at|over|to|from|"
                   r"held|took|take|was|were|did|had|has|happened|carried|ever|according|as|per|for|after|before|since|"
                   r"during|under|which|that|and|or|by)\b|\W*$)")
# A word this many events' records use is common: a first time may lack it.
COMMON_EVENT_WORD = 25
# A title that counts its event a later time than the first: "Fourth joint naval patrol".
LATER_TIME = Lazy(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b|\brepeated\b")


class EventChoice:
    """Choosing among the events found; mixed into Engine."""

    def supporting_text(self, intent: Intent, row: sqlite3.Row) -> tuple[str, str]:
        """The part of an event's text that matches the question: its title, or the one
        sentence of its summary that has more of the question's words; and, of that, the
        clause with the most of them.  Whether the sentence says a thing happened or was
        only planned ("agreed to build a rail line" does not date its opening), and
        whether the clause says it did not happen ("though China does not recognise the
        annexation"), decides what the event can answer."""
        terms = self.event_vocab.search_terms(intent.residue or intent.normalized)
        synonyms = self.event_vocab.synonyms
        forms = [frozenset((t, *synonyms.get(t, ()))) for t in terms if t not in ORDER_WORDS]
        # Of the question's words the event has, the one fewest events use says the most
        # of what was asked ("recognise", of "recognise Crimea"): a part must have it.
        words = event_words(f"{row['title']} {row['summary']}".lower())
        in_texts = self._event_text_counts()
        held = [f & words for f in forms if not f.isdisjoint(words)]
        rarest = min(held, key=lambda found: min(in_texts.get(w, 0) for w in found), default=frozenset())

        def most_matched(parts: list[str]) -> str:
            cut = [event_words(p.lower()) for p in parts]
            counts = [(not rarest.isdisjoint(c), sum(1 for f in forms if not f.isdisjoint(c))) for c in cut]
            return parts[counts.index(max(counts))]  # the first of the best: the title before the summary

        sentence = most_matched([row["title"], *_SENTENCE.split(row["summary"] or "")])
        return sentence, most_matched(_CLAUSE.split(sentence))

    def _same_claim(self, rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
        """The events, plus those from other sources that date the same claim."""
        out = list(rows)
        seen = {r["id"] for r in rows}
        for row in rows:
            if row["claim"]:
                for other in self.store.rows("select * from events where claim = ? order by date_start",
                                             (row["claim"],)):
                    if other["id"] not in seen:
                        seen.add(other["id"])
                        out.append(other)
        return out

    def _has_the_thing(self, intent: Intent, row: sqlite3.Row) -> bool:
        """Whether an event's record has the thing a first time is asked of, by its last word
        ("the first joint maritime patrol in the Pacific": a patrol), or a word said for it."""
        thing = FIRST_THING.search(intent.normalized)
        if not thing:
            return True
        # (not a word of what was done to it: "the first SCO exercise staged in Iran")
        words = [w for w in thing.group(1).split() if not w.endswith("ed")] or thing.group(1).split()
        if words[-1] in ("one", "ones", "time", "times"):
            return True  # ("their first joint one": the thing is named elsewhere)
        head = event_stem(_stem(words[-1]))
        if head not in self.event_vocab.kinded:
            return True  # (only a thing of several kinds is another thing: a patrol is no exercise)
        said = event_words(f"{row['title']} {row['summary']}".lower())
        return head in said or bool(set(self.event_vocab.synonyms.get(head, ())) & said)

    def _latest_or_first(self, intent: Intent, rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
        """"When did Xi last visit Moscow?": of the close matches (with the people the
        question names), the latest first.  "The first joint naval exercise": an event
        the sources call the first, if one matches every word."""
        order = ORDER.search(intent.normalized)
        # "When did joint bomber patrols start?": of a thing done again and again, the first time.
        started = not order and STARTED.search(intent.normalized)
        # "When did Xi and Putin meet before the invasion?": the time nearest it, the last before.
        nearest_before = not order and not started and intent.kind == "when" and len(intent.periods) == 1 \
            and intent.periods[0].form == "before" and intent.periods[0].start is None
        # "When was Xi in Moscow after the invasion?": the time nearest it, the first after.
        nearest_after = not order and not started and intent.kind == "when" and len(intent.periods) == 1 \
            and intent.periods[0].form == "since" and intent.periods[0].start is not None
        nth = NTH_TIME.search(intent.normalized)
        if not order and not started and not nearest_before and not nearest_after and not nth:
            return rows[:3]
        named = {p["id"] for p in self._people_in(intent.normalized)} | (
            set(intent.people) if intent.of_the_figure else set())
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - ORDER_WORDS
        # A country named is a facet, not words each time must repeat ("on Red Square": Russia);
        # a city stays a word ("Xi's first visit to Moscow").
        terms -= {event_stem(_stem(w)) for phrase, facet in intent.bound.items()
                  if facet == "party" and not self.lexicon.has(phrase, "city") for w in phrase.split()}
        # A person named is a facet (with_people, below), not words each time must repeat:
        # "Xi Jinping" is "Xi" in the summary of his 2015 visit.
        said = len(terms)  # (how many words the question gives, names too: how many may differ)
        if named and getattr(self, "_names_pattern", None) is not None:
            terms -= {event_stem(_stem(w)) for m in self._names_pattern.finditer(intent.normalized)
                      for w in m.group(1).split()}

        synonyms = self.event_vocab.synonyms

        def missing(row: sqlite3.Row, fields: tuple[str, ...] = ("title", "summary")) -> int:
            # (an event's category says a word it need not write: a visit is a meeting)
            category = event_stem(row["category"] or "")
            return len([t for t in self.event_vocab.missing_terms(row, terms, fields)
                        if category not in (t, *synonyms.get(t, ()))])

        def with_people(row: sqlite3.Row) -> bool:
            return named <= {p["id"] for p in self.store.people_of_event(row["id"])}

        # A word of a name ("Power of Siberia", with capitals or a subject of several words)
        # may not differ.
        proper = {event_stem(_stem(m.group(0).lower())) for m in PROPER.finditer(intent.question)}
        proper |= {event_stem(_stem(w)) for phrase in intent.subject_words if " " in phrase
                   for w in phrase.split() if w not in ("of", "the", "and")}

        def close(row: sqlite3.Row) -> bool:
            lacking = self.event_vocab.missing_terms(row, terms, ("title", "summary"))
            allowed = 1 if said >= 3 else 0  # one word may differ: "visit" for "attends"
            return len(lacking) <= allowed and not lacking & proper

        def close_matches(among: list[sqlite3.Row] = rows) -> list[sqlite3.Row]:
            found = [r for r in among if close(r) and with_people(r)]
            # One with every word beats one a word short ("on the phone": the call, not a visit).
            found = [r for r in found if not missing(r)] or found
            # An act asked ("the first gas delivered") is dated by a match that says it.
            saying = [r for r in found if not self.event_vocab.act_unsaid(intent.normalized, r)]
            return saying or found or among[:1]

        if nth:
            # "When did Xi attend the parade in Moscow for the second time?": the close matches
            # by date, one a claim, and the one in that place; none when fewer are held.
            found, claims = [], set()
            for row in sorted(close_matches(), key=lambda r: r["date_start"]):
                if (row["claim"] or row["id"]) not in claims and row["date_start"] not in {r["date_start"] for r in found}:
                    claims.add(row["claim"] or row["id"])
                    found.append(row)
            chosen = found[NTH[nth.group(1)] - 1:NTH[nth.group(1)]]
        elif started:
            # One that says it began is the start; else the earliest time it happened.
            found = close_matches()
            found = [r for r in found if BEGINS.search(f"{r['title']} {r['summary']}".lower())] or found
            # (the best match of those no other one surely precedes: "2022" is not before 24 February 2022)
            chosen = [r for r in found if not any(o["date_end"] < r["date_start"] for o in found)][:1] \
                or sorted(found, key=lambda r: r["date_start"])[:1]
        elif order and order.group(1) in ("first", "earliest"):
            since = bool(FIRST_SINCE.search(intent.normalized))
            called_first = [r for r in rows if with_people(r) and (
                "first" in f"{r['title']} {r['summary']}".lower() if since
                else FIRST_EVER.search(f"{r['title']}. {r['summary']}".lower()))]
            # The title that names every word beats one whose summary does; of two that lack as
            # many, the one lacking the commoner word ("joint", not "soil").
            counts = self._event_text_counts()

            def rarity_lacking(row: sqlite3.Row) -> float:
                return sum(1.0 / max(1, counts.get(t, 0)) for t in self.event_vocab.missing_terms(row, terms, ("title", "summary")))

            called_first.sort(key=lambda r: (missing(r, ("title",)), missing(r), rarity_lacking(r), r["date_start"]))
            if intent.of_the_figure and terms:
                # "when was the first one?" after joint naval exercises and patrols: the earliest
                # called the first of any of the things the figure counts, not the one with most words
                of_it = sorted([r for r in called_first if missing(r, ("title",)) <= max(0, len(terms) - 2)], key=lambda r: r["date_start"])
                called_first = of_it[:1] + [r for r in called_first if r not in of_it[:1]]
            chosen = (called_first[:1] if intent.of_the_figure and terms and called_first else []) \
                or [r for r in called_first if missing(r) == 0][:1] or [
                # (or one that lacks only a word many events use: "joint" of "the first joint
                # exercise on Russian soil", which the Chelyabinsk drill's title does not write)
                r for r in called_first if missing(r) == 1 and all(
                    counts.get(t, 0) >= COMMON_EVENT_WORD for t in self.event_vocab.missing_terms(r, terms, ("title", "summary")))][:1]
            if not chosen:
                # None is called the first: the earliest of the close matches, never one of
                # another thing ("the first joint maritime patrol" is no exercise) nor one its
                # title counts as a later time ("Fourth joint naval patrol").
                found = close_matches([r for r in rows if self._has_the_thing(intent, r)
                                       and not LATER_TIME.search(r["title"].lower())])
                chosen = sorted(found, key=lambda r: r["date_start"])[:1]
        else:
            found = close_matches()
            if order and order.group(1) in ("last", "latest", "most recent", "most recently"):
                # "When did Hu and Putin last meet?": a record of their first meeting is no last one;
                # the first of a narrower kind ("First multilateral SCO exercise held in Iran") may be.
                found = [r for r in found if not self._first_of_the_kind_asked(r["title"], terms)]
            chosen = sorted(found, key=lambda r: r["date_start"], reverse=not nearest_after)[:1]
            if intent.of_the_figure and named:
                # "When was the last one?" of Xi–Putin meetings: the latest event of theirs
                # that is one of those things, though it may not say the word.
                theirs = [r for r in rows if with_people(r)]
                chosen = sorted(theirs, key=lambda r: r["date_start"], reverse=True)[:1] or chosen
        if not chosen:
            return []  # ("for the third time" of a thing held twice: no such time)
        return chosen + [r for r in rows if r["id"] != chosen[0]["id"]][:2]

    def _first_of_the_kind_asked(self, title: str, terms: set[str]) -> bool:
        """Whether a title calls its event the first of the very kind the question asks
        (its lower-case words after "first" all asked; names aside): "First meeting of Hu
        Jintao and Putin" of "when did they last meet?", not "First multilateral SCO
        exercise held in Iran" of "the last joint exercise"."""
        opening = re.match(r"(?:the )?first\s+(.*)", title, re.IGNORECASE)
        if not opening:
            return False
        words = {event_stem(_stem(w)) for w in re.findall(r"\b[a-z][a-z-]+\b", opening.group(1))} - STOPWORDS
        synonyms = self.event_vocab.synonyms
        return all(w in terms or any(w in synonyms.get(t, ()) for t in terms) for w in words)
