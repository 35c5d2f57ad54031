"""What a follow-up points at: the people or countries "they" and "those two" are, the
things "how many of those" counts a part of, and the time of a thing "that" names.

Each mechanism reads the answer before and narrows the question's reading to it, so
that a figure of other people, other countries or another thing is not given as theirs.
"""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.periods import Period, period_of_label
from ..reading.read import Intent
from ..reading.words import Lazy
from .siblings import PROPERTIES
from .turn_words import PART_OF_THOSE

# "How many" with no thing named after it: so many of the things just counted.
HOW_MANY_BARE = Lazy(r"\bhow many(?= (?:for|in|of|did|were|was|are|is|does|do|had|have|then|there|at|on|by|from|took|went|came)\b|\W*$)")
# Another thing asked alone, of the figure just shown: "and for Vostok 2018?", "what about Zapad?"
AND_ANOTHER = Lazy(r"^(?:and|what about|how about)\b")
# Those just named: "those two", "these countries", "they".
THOSE_NAMED = Lazy(r"\b(?:those|these|the) (?:two|three|four|countries|nations|states|ones)\b|\b(?:they|them|their)\b")
# A part of the things just counted: "how many of the meetings were bilateral?", "how many of them took place in Moscow?"
PART_ASKED = Lazy(r"\bhow many of (?:the|those|these|them|its|their)\b(?:\s+[\w']+){0,4}?\s+(?:were|was|are|is|took place|happened|held|"
                  r"came|went)\s+(?!there\b|in total\b|altogether\b)\w+")
# People said by a pronoun: "they", "the two", "he".
THEY_SAID = Lazy(r"\b(?:they|them|their|the two(?: men| leaders| of them)?|both(?: of them)?|he|him|his|she|her)\b")
# Two or more people said by a pronoun: "they", "the two".
THEY_PLURAL = Lazy(r"\b(?:they|them|their|the two(?: men| leaders| of them)?|both(?: of them)?)\b")
# One person said by a pronoun: "he", "his", "she".
HE_OR_SHE = Lazy(r"\b(?:he|him|his|she|her)\b")
# ... unless the question names whom it means: "and the military leaders, how many did they have?"
OTHERS_NAMED = Lazy(r"\b(?:leaders|ministers|officials|presidents|premiers|generals|commanders|chiefs|diplomats|envoys|"
                    r"heads|counterparts|delegations|militar(?:y|ies)|navies|armies)\b")


class Pointed:
    def _whom_it_points_at(self, intent: Intent, previous: Answer, shown) -> None:
        """"They", "those two", "and how many meetings?": the people or countries of the
        answer before, set on a question that names none of its own."""
        if not intent.parties and previous.kind == "who" and THOSE_NAMED.search(intent.normalized) \
                and (named := self._countries_named(previous)):
            # "how many students did those two send?" after the two countries ahead of China:
            # those countries, whose students crr does not count.
            intent.parties = named
        if not intent.people and previous.kind == "who" and previous.answered and previous.events \
                and previous.events[0].event_id and HE_OR_SHE.search(intent.normalized) \
                and not OTHERS_NAMED.search(intent.normalized):
            # "when was he defence minister?" after who signed the 1993 agreement: he is one of
            # those named, whose events answer it, not another defence minister's.
            first = previous.text.split("\n")[0]
            named = [p["id"] for p in self.store.people_of_event(previous.events[0].event_id) if p["name"] in first]
            if named:
                intent.people = named
        said_people = (previous.reading or {}).get("people") or []
        if not intent.people and said_people and shown is None and previous.events \
                and (re.match(r"(?:and|so|ok|then)\b", intent.normalized)
                     or len(said_people) >= 2 and THEY_PLURAL.search(intent.normalized)
                     and not OTHERS_NAMED.search(intent.normalized)) \
                and any(set(group) & self.resolver.facts.of_people for group in intent.subjects):
            # ("how many times have they interacted since?" after the two's statement: "they" are its people)
            # "and how many meetings in total?" after when Putin and Hu first met: theirs.
            intent.people = list(said_people)
        if not intent.people and shown is not None and shown.people and THEY_SAID.search(intent.normalized) \
                and not OTHERS_NAMED.search(intent.normalized):
            # "how many times did they meet in total?" after Hu–Putin meetings a year: "they" are
            # the figure's people, whom another pair's meetings are not of.
            intent.people = list(shown.people)

    def _part_of_the_counted(self, intent: Intent, shown) -> None:
        """"How many of those are tier 1?", "how many for the 2018 Vostok?" after a count:
        a part of the things just counted, or so many of them, which neither their whole
        count nor a count of another unit is; the reading is set to not held."""
        if PART_ASKED.search(intent.normalized) and shown is not None and shown.measure == "count" \
                and intent.metric_id == shown.id and not intent.periods:
            # "how many of the diplomats' meetings were bilateral?" after their 30 meetings:
            # a part of them, which the count of them all is not.
            intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
            intent.not_held = f"crr holds {shown.name} only in all, with no count of those the question names"
        if (PART_OF_THOSE.search(intent.normalized) or HOW_MANY_BARE.search(intent.normalized)
                or AND_ANOTHER.match(intent.normalized) and not (intent.measures or intent.people)
                and not OTHERS_NAMED.search(intent.normalized)) \
                and shown is not None and shown.measure == "count" \
                and intent.metric_id in self.metrics and intent.metric_id != shown.id \
                and self.metrics[intent.metric_id].measure == "count" and self.metrics[intent.metric_id].unit != shown.unit:
            # ("how many for the 2018 Vostok?" after troops: troops, which a count of countries is not)
            # "how many of those are tier 1?" after the 50 items of a list: so many of its items,
            # which a count of its tiers is not.
            found = self.metrics[intent.metric_id]
            intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
            intent.not_held = f"crr holds {shown.name} only in all, with no count of those the question names" \
                if PART_OF_THOSE.search(intent.normalized) else \
                f"crr holds no count of {shown.unit} for what the question names ({found.name} counts {found.unit})"

    def _countries_named(self, previous: Answer) -> list[str]:
        """The countries other than China and Russia that a who-answer's first line names."""
        first = previous.text.split("\n")[0].split(":")[0]
        found = [v for name in re.findall(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*", first)
                 for v in self.lexicon.values_of(name.lower(), "party") if v not in ("china", "russia")]
        return list(dict.fromkeys(found))

    def _year_of_the_thing(self, intent: Intent, before: dict, metric: str, pointing: bool) -> list[Period]:
        """The year a thing shown was named by ("the pipelines announced in 2006"), which a
        question pointing at it asks another figure of: "what capacity were they to have?"
        is of that thing, and another pipeline's capacity, of another time, is not.  So too
        the one time a one-off figure is held for (CNPC's IPO purchase, 2006), when the figure
        found is another one-off's of another time ("what stake is that?": Yamal's, 2019)."""
        if intent.metric_id == metric or intent.periods or intent.name_years or not pointing \
                or intent.asked_kind in ("latest", "peak", "lowest", "swing"):
            return []
        if before.get("named"):
            return [period_of_label(label) for label in before["named"]]
        if metric not in self.metrics or intent.metric_id not in self.metrics \
                or {self.metrics[m].measure for m in (metric, intent.metric_id)} & PROPERTIES \
                or not re.search(r"\b(?:that|this|it|its)\b", intent.normalized) \
                or re.search(r"\b(?:those|these|they|them|both)\b", intent.normalized):  # (of one thing shown, said so)
            return []
        shown, found = ({r["period"] for r in self._observations(m)} for m in (metric, intent.metric_id))
        return [period_of_label(next(iter(shown)))] if len(shown) == 1 and len(found) == 1 and shown != found \
            and not any("/" in p for p in shown | found) else []
