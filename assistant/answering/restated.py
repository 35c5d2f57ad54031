"""Questions asked again in other words, and answers looked at again: the holder of a post
before or after one named ("who was China's leader before Xi?": whom Xi succeeded), a
counterpart (Lavrov's: Wang Yi), a word alone after an answer ("naval?": "and naval?"),
another country's figure not held and then ours ("and China-Russia?"), another subject after
what crr holds on one ("and coal?"); an occurrence named by its place in order ("the fourth
joint maritime patrol"), a later one than a year's ("again since 2021"), things asked for by
what they are, and a yes or no of a word crr cannot place.  Mixed into Engine."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.periods import describe_period
from ..reading.kinds import FIRST_PLACE_ASKED, REPORTERS_COMPARED
from ..reading.words import NUMBER_WORDS, Lazy, normalize
from . import compound
from .complements import the_rest
from .prefaces import CLAUSES, YES_NO
from ..reading.question_kind import LIST_OF_EVENTS
from .follow_ups import OTHER_SOURCE
from .second_readings import KEYWORDS_ONLY
from .turn_words import WHICH_MORE
from .withheld import shown_not_given

# Which of two sources' figures is the larger: "which source is higher?", "which one gives more?".
# The two countries' own statistics named, not any source: "which reporter", "China or Russia".
REPORTER_NAMED = Lazy(r"\breporter|\bchina or russia\b|\brussia or china\b|\bwhich (?:side|country)\b")
SOURCES_COMPARED = Lazy(r"\bwhich(?: source| one| figure| of (?:the|them|these|those)(?: two)?)? (?:is|was|gives?|gave|has|had|"
                        r"shows?|reports?|puts?|says?) (?:a |the )?(?:higher|more|lower|less|bigger|larger|smaller|greater)\b")
# "The fourth joint maritime patrol": one occurrence of a thing, named by its place in order.
NTH_THING = Lazy(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?= (?:[\w-]+ ){0,3}[\w-]+)")
# The names of things the question counts itself: "names of the 42 companies", "the two
# projects' names", "all seven exercises with their names", "give me all 50 items".
_SO_MANY = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|all)"
NAMES_OF_COUNTED = Lazy(rf"\b(?:names? of|name|list|identify|(?:give|show|tell) me all|what are all)(?: all)? (?:the |all (?:the )?|its |their )?{_SO_MANY} "
                        rf"(?:[\w-]+ ){{0,3}}?[a-z-]+s\b"
                        rf"|\b{_SO_MANY} (?:[\w-]+ ){{0,3}}?[a-z-]+s\b[^?]{{0,40}}\b(?:with|and) their names\b")
# The names of things just counted, asked of them: "what were their names?", "name them", "which ones?".
THEIR_NAMES = Lazy(r"^(?:and |so |ok |then )?(?:what (?:were|are) (?:their|the) names|(?:can you )?name them|"
                   r"(?:what|which) (?:ones|companies|firms|banks|countries) (?:were|are) they)\b")
# Which of two events shown came first: "which came first?", "which was earlier?".
EVENTS_ORDER = Lazy(r"^(?:and |so |ok )?which (?:one |of (?:them|the two|these|those) |[a-z-]+ )?(?:came|happened|was|is) "
                    r"(?:first|earlier|sooner|older)\s*\??$", re.IGNORECASE)
# A who-question of the year just shown: "and who was Russia's defence minister that year?".
WHO_THAT_YEAR = Lazy(r"^(?:and |so |but )?(?:who|whom)\b.*?\b(that (?:same )?year|the same year|at (?:that|the) time|at that (?:point|moment|stage)|then)\b"
                     r"(?!\s*\w)", re.IGNORECASE)
# A list asked for again, in full: "list them", "show them all", "all of them?".
LIST_THEM = Lazy(r"^(?:and |so |ok |can you |could you |please )*(?:list|show|give|name)(?: me)? (?:them|those|these|all of them|them all|the (?:rest|others|events))(?: all)?(?: please)?\s*[?.!]*$"
                 r"|^(?:all of them|the rest|the others|and the rest)\s*[?.!]*$"
                 # "list the years", "which dates?": of the events shown, when each was
                 r"|^(?:and |so |ok )?(?:(?:list|give|name|show)(?: me)? the|(?:which|what)) (?:years|dates)\s*[?.!]*$",
                 re.IGNORECASE)
# An event's record that names no one: "The record names no one who took part: ...".
NAMED_NONE = Lazy(r"^The record names no one who (?:took part|signed it)\b|; the record names no person\b", re.MULTILINE)
# "And coal?" after what crr holds on a subject: the same of another.
ABOUT_ANOTHER = Lazy(r"^(?:and|what about|how about) (?!(?:in|for|during|since|before|after|by)\b)(?:the )?"
                     r"([a-z][a-z' -]{1,40}?)\s*\??$", re.IGNORECASE)
# "His Chinese counterpart", "Lavrov's counterpart": the one who holds the same post on the other side.
COUNTERPART = Lazy(r"\b(?:his|her|their|the|[\w.-]+(?: [\w.-]+)?'s) (?:(?:chinese|russian) )?counterparts?\b", re.IGNORECASE)
# A question of the counterpart alone: "and his Russian counterpart?", "who was Chi Haotian's counterpart?".
COUNTERPART_ONLY = Lazy(r"^(?:and |so |what about |how about |who (?:is|was|were|are) )?(?:[^?]{0,40}?)counterparts?"
                        r"(?: (?:then|at the time|in (?:19|20)\d\d))?\s*\??$", re.IGNORECASE)
# A post as a person's record gives it: "Defence Minister of China; ...", "Russia's deputy prime minister ...".
POST_OF = Lazy(r"^(?:the )?([a-z][a-z -]{2,40}?) of (china|russia)\b|^(china|russia)'s ([a-z][a-z -]{2,40}?)(?=[,;(]| in | who | from |$)")
# "Who was China's leader before Xi?": the holder of a post before (or after) one named.
BEFORE_OR_AFTER_ONE = Lazy(r"^(?:and |so )?who (?:was|were|is|came|served|held (?:it|the post|that post)|had the job|"
                           r"took over|took charge|took the helm|ran|led|headed)"
                           r"(?: [\w'-]+){0,6}? (before|after) ([\w'. -]{2,40}?)\s*\??$", re.IGNORECASE)
# A word or two after an answer, asking nothing of its own ("naval?", "imports?", "lng?"):
# "and naval?", about what was just shown.  Not a word that is a request of its own.
# A person asked after a who-answer by what they are, with no question word: "and the
# hypersonics scientist arrested later?", "and his successor?".
A_PERSON_NEXT = Lazy(r"^(?:and|then|also)\s+((?:the|his|her|their)\s+(?!(?:year|date|day|month|time|figure|number|share|value|total)s?\b)"
                     r"(?:[\w'-]+\s+){0,3}?(?:scientist|physicist|researcher|official|minister|president|premier|leader|"
                     r"ambassador|envoy|spokes\w+|general|commander|chief|head|successor|predecessor|deputy|counterpart|"
                     r"scholar|expert|analyst|executive|chairman|director)\b[^?]*)\?*$", re.IGNORECASE)
FRAGMENT = Lazy(r"^(?!(?:and|or|but|so|what|how|which|who|whom|whose|when|where|why|is|are|was|were|did|does|do|can|"
                r"help|sources?|citations?|cite|new|quit|exit|more|details?|yes|no|thanks|thank|chart|table|explain|"
                r"examples?|hi|hello|hey|again|name|list|show|tell|give|compare|plot|graph|summari[sz]e|define)\b)[a-z][a-z0-9'-]*(?: [a-z0-9'-]+)?\s*\?*$", re.IGNORECASE)


# How a plan turned out, asked: "was it ever completed?", "did it go ahead?", "did a Chinese miner win?".
OUTCOME_ASKED = Lazy(r"\b(?:completed|finished|go ahead|went ahead|win|won|succeed\w*|materiali[sz]e\w*|pan(?:ned)? out|"
                     r"come to pass|came to pass|come true|came true|carried out|followed through)\b")


# A bare "when?" of the thing just said: "when?", "and when was that?", "when did that happen?".
BARE_WHEN_OF_IT = Lazy(r"^(?:and |so )?when(?: (?:was|did) (?:that|it|this)(?: happen)?)?\W*$")
# The person a who-answer names first: "Li Shangfu (China): ...".
NAME_FIRST = Lazy(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})(?= \(|:)")
# The head of a who-question, which the name answers: "which Chinese defence minister", "who".
WHO_HEAD = Lazy(r"^(?:which|what) (?:[\w'-]+ ){0,3}?(?:minister|president|premier|leader|official|general|diplomat|"
                r"ambassador|envoy|scientist|executive|chief|head|person|man|woman|one)s? |^who ", re.IGNORECASE)


class Restated:
    """Mixed into Engine, which provides ask, _ask_one, the store and the people's names."""

    def _restated(self, question: str, previous: Answer | None) -> Answer | None:
        """The answer to the question asked in the words it stands for, under the question
        as asked; None when it stands for no other."""
        if previous is not None and EVENTS_ORDER.match(question.strip()):
            talked = (previous.context or {}).get("events_talked") or []
            listed = list(dict.fromkeys(e.event_id for e in previous.events if e.event_id))
            if len(talked) == 2:
                return self._which_came_first(question, talked)
            if 2 <= len(listed) <= 6 and previous.kind in ("who", "what_happened"):
                return self._which_came_first(question, listed)  # "which arrest came first?" after two arrests
        if previous is not None and previous.kind == "what_happened" and LIST_THEM.match(question.strip()):
            # "list them" after a list of events: the same list, every one of them.
            from .timeline import EVERY_EVENT

            asked = previous.question
            periods = (previous.context or {}).get("periods") or []
            if re.match(r"(?:and|what about|how about)\b", asked.strip().lower()) and periods:
                asked = f"what happened in {periods[0]['phrase']}?"  # ("and 2019?" asked on its own)
            token = EVERY_EVENT.set(True)
            try:
                answer = self.ask(asked, None)
            finally:
                EVERY_EVENT.reset(token)
            answer.question = question
            if answer.reading:
                answer.reading = {**answer.reading, "summary": f"every one of “{asked}”: "
                                                               f"{answer.reading.get('summary', '')}"}
            return answer
        said = self._counterpart_named(question, previous) or self._succession_asked(question)
        after = previous  # (the talk goes on from the answer before)
        if said is None and previous is not None and LIST_OF_EVENTS.match(question.strip().lower()) \
                and (named := [p["name"] for p in self.store.people if p["id"] in (previous.reading or {}).get("people", [])]) \
                and re.search(r"\b(?:their|them|they)\b", question.lower()):
            # "can you list their meetings that year?" after Xi and Putin's calls in 2025: theirs, of that year
            said = re.sub(r"\btheir\b", " and ".join(named) + "'s", question, flags=re.I)
            said = re.sub(r"\b(?:them|they)\b", " and ".join(named), said, flags=re.I)
            if (year := _year_shown(previous)):
                said = re.sub(r"\bthat (?:same )?year\b", f"in {year}", said, flags=re.I)
            after = None
        if said is None and previous is not None and (that := WHO_THAT_YEAR.match(question.strip())) \
                and (year := _year_shown(previous)):
            # "and who was Russia's defence minister that year?": a who-question of its own, of the year shown
            said, after = question[:that.start(1)] + "in " + year + question[that.end(1):], None
        if said is None and previous is not None and previous.kind == "who" and previous.answered \
                and not previous.events and BARE_WHEN_OF_IT.match(question.strip().lower()) \
                and (name := NAME_FIRST.match(previous.text or "")) and (head := WHO_HEAD.match(previous.question.strip())):
            # "when?" after "which Chinese defence minister made his first trip to Russia?", answered
            # by a person's role: when the one named did it, asked of the events
            said, after = f"when {name.group(1)} {previous.question.strip()[head.end():]}", None
        if said is None and previous is not None:
            if previous.kind == "about" and (thing := ABOUT_ANOTHER.match(question.strip())):
                said, after = f"what do you know about {thing.group(1)}?", None  # "and coal?" after LNG
            elif (ours := self._ours_for_theirs(question, previous)):
                said, after = ours, None  # "and China-Russia?" after China-India trade, not held
            elif previous.kind not in ("help", "error") and FRAGMENT.match(question):
                said = f"and {question}"  # "naval?" after the exercises of 2024
            elif previous.kind == "who" and (person := A_PERSON_NEXT.match(question.strip())):
                # "and the hypersonics scientist picked up a month later?" after who was arrested:
                # who that one was; "and the party leader?" after who held an office at an event:
                # who held that one then
                said = f"who was {person.group(1)}"
                if (previous.reading or {}).get("offices") and previous.events and previous.events[0].date:
                    said += f" on {describe_period(previous.events[0].date.split('/')[0])}"
        if said is None:
            return None
        answer = self.ask(said, after)
        answer.question = question
        if answer.reading:  # how it was read, in the words it was asked again in
            answer.reading = {**answer.reading, "summary": f"“{said}”: {answer.reading.get('summary', '')}"}
        return answer

    def _looked_at_again(self, question: str, previous: Answer | None, whole: Answer) -> Answer:
        """The whole question's answer, or another when it answers something else than asked."""
        if whole.answered and whole.kind in compound.FIGURE_KINDS and previous is None \
                and KEYWORDS_ONLY.match(question) and (nth := NTH_THING.search(question.lower())):
            # "fourth joint maritime patrol": one occurrence named by its place in order, which
            # no figure (patrols a year) is; its date, when an event so called is held.
            dated = self._ask_one(f"when was the {question.strip().rstrip('?')}?", None)
            if dated.answered and dated.events and nth.group(1) in dated.events[0].title.lower():
                whole = dated
        if (things := self._things_named(question, previous, whole)) is not None:
            whole = things  # "What were the Russia-China Years of Media?": those events, not a rank
        if (rest := the_rest(self, question, whole, previous)) is not None:
            return rest  # "what share did they vote differently on?": 100 less the share cast alike
        if whole.answered and whole.kind in compound.FIGURE_KINDS and whole.unread and previous is None \
                and YES_NO.match(question.lower()) and len(CLAUSES.split(question.strip().rstrip("?"))) == 1:
            # "Has the dollar really been pushed out of China-Russia trade?": a yes or no asked
            # of what a word crr cannot place says (pushed out); the figure its other words
            # find (trade, in dollars) does not answer it.
            words = ", ".join(f"'{w}'" for w in whole.unread[:3])
            whole = _not_held(whole, f"The question asks yes or no of what {words} says, which crr could not place "
                                     f"in any figure it holds, so it gives no answer rather than answer another "
                                     f"question.\n", f"crr could not place {words}")
            # ("was the Power of Siberia opened in 2018?": what 'opened' says is an event's, dated
            # at another time than the one asked)
            whole = self._event_at_another_time(question, previous, whole) or whole
        if whole.answered and previous is not None and whole.values and all(not v.derived for v in whole.values) \
                and THEIR_NAMES.match(question.strip().lower()) \
                and {v.metric for v in whole.values} <= {v.metric for v in previous.values}:
            # "what were their names?" after 42 firms counted: the count again is no list of names
            whole = _not_held(whole, "The question asks for the names of what was just counted, and the sources "
                                     "give none by name in what crr holds, only how many, so it gives no answer "
                                     "rather than answer another question.\n", "no names held")
        if whole.answered and previous is None and (named := NAMES_OF_COUNTED.search(normalize(question))) \
                and (whole.values or NAMED_NONE.search(whole.text) and _names_in(whole.text, question) < _so_many(named)):
            # "Names of the 42 companies put on the Entity List?": a count of them, or the event
            # that added them, is no list of their names.
            whole = _not_held(whole, f"The question asks for names (“{named.group(0)}”), and the sources give "
                                     f"none by name in what crr holds, only how many or what was done, so it "
                                     f"gives no answer rather than answer another question.\n", "no names held")
        if whole.answered and whole.kind in ("value", "change", "latest") and previous is None \
                and YES_NO.match(question.lower()) and "\nAgainst the " not in whole.text:
            # (a claim checked has been set against its figure already: "is it correct that ...?")
            from .thresholds import (against_the_claim, against_the_direction, against_the_level, against_the_other_time,
                                     against_the_rank, against_the_years, bound_short_of_the_level,
                                     direction_short_of_now)

            if (undecided := bound_short_of_the_level(self, question, whole)):
                return _not_held(whole, undecided, "a lower bound below the level asked")
            if (verdict := against_the_level(self, question, whole)):
                # "was trade above $200bn in 2024?": the year's figure, set against the level
                whole.text = whole.text.rstrip("\n") + verdict
            elif whole.kind in ("value", "latest") and (verdict := against_the_claim(self, question, whole)):
                # "was the border 4,300 km long?": the figure held, against the one the question states
                whole.text = whole.text.rstrip("\n") + verdict
            elif (verdict := against_the_years(self, question, whole)):
                # "was 2024 the busiest year for joint exercises?": against every year held
                whole.text = whole.text.rstrip("\n") + verdict
            elif (verdict := against_the_other_time(self, question, whole)):
                # "was trade higher in 2024 than in 2022?": the two times' figures, one against the other
                whole.text = whole.text.rstrip("\n") + verdict
            elif (verdict := against_the_rank(self, question, whole)):
                # "is Russia still China's top arms supplier?": its rank, first or not
                whole.text = whole.text.rstrip("\n") + verdict
            elif (short := direction_short_of_now(question, whole)):
                # "has it declined since 2018?" of figures that end in 2019: no verdict for the span
                whole.text, whole.answered = short + whole.text, False
            elif (verdict := against_the_direction(self, question, whole)):
                # "did trade go down in 2025?": the way the changes shown moved
                whole.text = whole.text.rstrip("\n") + verdict
        if whole.answered and whole.kind == "what_happened" and previous is None and YES_NO.match(question.lower()):
            from .thresholds import yes_or_no_of_events

            if FIRST_PLACE_ASKED.match(normalize(question)):
                # "Is Russia the largest supplier of crude to China?": a place among all, which only
                # a rank says; an event's words ("Lukoil became the largest ...") place no country.
                whole.text = ("crr holds no rank that says whether this one is first, so it says neither yes nor "
                              "no. What it holds on these words:\n" + whole.text)
                whole.answered = False
            elif (verdict := yes_or_no_of_events(self, question, whole)) is not None:
                # "has the SCO ever run an exercise in Iran?": yes or no, by the one event's words
                answered, line = verdict
                whole.text = line + "\n" + whole.text
                whole.answered = answered
            elif OUTCOME_ASKED.search(question.lower()):
                # "Was the Moscow-Kazan railway ever completed?": events that share its words but
                # do not say how a plan turned out are no answer to it.
                whole.text = ("crr holds no record that says yes or no to this. The events that share its words "
                              "follow, for what they are worth:\n" + whole.text)
                whole.answered = False
        if previous is not None and previous.values and OTHER_SOURCE.search(question.lower()) \
                and len(question) < 60 and whole.answered:
            # "per the other source?" after a figure only one source gives: said, not repeated.
            before = {v.source for v in previous.values if not v.derived}
            if before and not [v for v in whole.values if not v.derived and v.source not in before]:
                from .draft import Draft

                names = " and ".join(Draft(self.store).short(s) for s in sorted(before))
                said = (f"The answer above already gives every source crr holds for this figure ({names}), so "
                        f"there is no other to give.\n" if len(before) > 1 else
                        f"crr holds this figure only from {names}: no other source it holds gives it for that "
                        f"time, so it gives no other.\n")
                whole = _not_held(whole, said, "no other source's figure")
        return whole

    def _which_came_first(self, question: str, talked: list[str]) -> Answer:
        """"Which came first?" after two events dated in two turns, or a few listed in one:
        the earliest, before the next."""
        from .draft import Draft

        rows = self.store.rows(f"select * from events where id in ({','.join('?' for _ in talked)})", tuple(talked))
        rows = sorted(rows, key=lambda r: (r["date_start"] or r["date"], r["date"]))
        draft = Draft(self.store)
        lines = self._cite_events(draft, rows)
        if len(lines) > 2:
            lines = lines[:2]  # the earliest, and the next after it
        if len(lines) < 2 or lines[0]["row"]["date"] == lines[1]["row"]["date"]:
            text = "The two events shown are dated alike, so crr cannot say which came first.\n"
        else:
            first, second = lines[0], lines[1]
            text = (f"{first['row']['title']} ({first['date']}, {first['source_name']}{first['marks']}) came first, "
                    f"before {second['row']['title']} ({second['date']}, {second['source_name']}{second['marks']}).\n")
        from ..reading.read import Intent

        answer = draft.answer(Intent(question=question), True, "when",
                              "Read as which of the two events just shown came first.", text, [])
        answer.reading = {"kind": "when", "summary": "which of the two events just shown came first"}
        answer.unread = []
        answer.context = {"kind": "when", "metric": None, "periods": [], "parts": [], "events_talked": talked}
        return answer

    def _by_reporter(self, question: str, previous: Answer | None, whole: Answer) -> Answer:
        """"Which reports higher, China or Russia?" after a figure: that figure, by reporter, and
        which country's own statistics give the larger ("which is higher?" after "per Russia",
        "per China" too)."""
        if not whole.answered and previous is not None and previous.answered and previous.values \
                and REPORTERS_COMPARED.search(question.lower()) and len(question) < 60:
            again = self._ask_one(previous.question, None)
            if again.answered and len({v.reporter for v in again.values if v.reporter}) == 2:
                whole = again
                whole.reading["summary"] += " (the figure just shown, as each country reports it)"
        if previous is not None and previous.answered and SOURCES_COMPARED.search(question.lower()) \
                and len(question) < 60 and _larger_source(previous, {}) and not _larger_reporter(previous):
            # "which source is higher?" after crude in 2019 (the Energy Institute's and customs'):
            # the figures shown again, and which source gives the larger.
            again = self._ask_one(previous.question, None)
            names = {sid: source.short_name for sid, source in self.store.sources.items()}
            if again.answered and _larger_source(again, names):
                again.text += _larger_source(again, names)
                again.question = question
                again.reading["summary"] += " (the figure just shown, as each source gives it)"
                return again
        talked = ((previous.context or {}) if previous else {}).get("reporters_talked") or []
        if whole.answered and REPORTERS_COMPARED.search(question.lower()) and whole.values \
                and REPORTER_NAMED.search(question.lower()) and len({v.reporter for v in whole.values if v.reporter}) < 2:
            # "For 2022, which reporter shows the higher trade figure?": no figure of 2022 as each
            # country reports it, so which is higher is not held; what is held is shown.
            return shown_not_given(whole, "crr holds no figure of this as each country reports it for the time asked, "
                                          "so it cannot say which reports the larger. What it holds of it:")
        if whole.answered and (REPORTERS_COMPARED.search(question.lower())
                               or WHICH_MORE.match(question.lower()) and len(talked) > 1):
            whole.text += _larger_reporter(whole)
        return whole

    def _counterpart_named(self, question: str, previous: Answer | None = None) -> str | None:
        """"How many times has Lavrov sat down with his Chinese counterpart?": the counterpart is
        the one person of the other country whom the figures pair with the one named (Wang Yi,
        beside Lavrov in their meetings' count); the question with that name.  Asked of the
        counterpart alone ("and his Russian counterpart?" after Chi Haotian), and no figure
        pairs them, the holder of the same post on the other side at the time of the one
        named.  None otherwise."""
        asked = COUNTERPART.search(question)
        if not asked:
            return None
        named = self._people_in(question.lower())
        if not named:
            # "Russia's top diplomat ... his Chinese counterpart": the holder of the post named.
            from ..reading.read import read

            held = set(read(question, self.lexicon).office_of)
            named = [p for p in self.store.people if p["id"] in held]
        if not named and previous is not None and previous.kind == "who" and asked.group(0).split()[0].lower() != "the":
            # "and his Russian counterpart?" after a who answer: the one its first line opens with.
            named = self._people_in(previous.text.split("\n")[0].split(":")[0].lower())
        if len(named) != 1:
            return None
        one = named[0]
        country = {p["id"]: p["country"] for p in self.store.people}
        paired = {p for m in self.metrics.values() if one["id"] in m.people and len(m.people) == 2
                  for p in m.people if p != one["id"] and country.get(p) not in (None, one["country"])}
        if len(paired) == 1:
            name = next(p["name"] for p in self.store.people if p["id"] in paired)
            return question[:asked.start()] + name + question[asked.end():]
        if not COUNTERPART_ONLY.match(question.strip()):
            return None
        return self._same_post_other_side(one, question, previous)

    def _same_post_other_side(self, one, question: str, previous: Answer | None) -> str | None:
        """"Who was the Russian defence minister in 1993?" for Chi Haotian's counterpart: the
        post the person's record gives, of the other country, at the time asked or the record's."""
        role = (one["role"] or "").split(";")[0].strip().lower()
        post = POST_OF.match(role)
        if not post or (one["country"] or "").lower() not in ("china", "russia"):
            return None
        title = (post.group(1) or post.group(4)).strip()
        other = "Russian" if one["country"].lower() == "china" else "Chinese"
        years = re.findall(r"\b(?:19|20)\d\d\b", question) or re.findall(r"\b(?:19|20)\d\d\b", one["role"] or "") \
            or ([_year_shown(previous)] if previous is not None and _year_shown(previous) else [])
        when = f" in {years[0]}" if years else ""
        return f"who was the {other} {title}{when}?" if when else f"who is the {other} {title}?"

    def _succession_asked(self, question: str) -> str | None:
        """"Who was China's leader before Xi?", "who was Russian president after Yeltsin?": the
        holder of a post before or after the one named, asked as whom that one succeeded or who
        succeeded them; None when it names no one person after "before" or "after"."""
        asked = BEFORE_OR_AFTER_ONE.match(question.strip())
        if not asked:
            return None
        named = self._people_in(asked.group(2).lower())
        if len(named) != 1:
            return None
        name = named[0]["name"]
        year = re.search(r"\b(?:19|20)\d\d\b", asked.group(2))
        when = f" in {year.group(0)}" if year else ""  # "who took over after Putin in 2008?"
        return f"whom did {name} succeed{when}?" if asked.group(1).lower() == "before" else f"who succeeded {name}{when}?"


def _year_shown(answer: Answer) -> str:
    """The one year an answer showed: the time it was asked of, or of its event or figure."""
    years = {p["label"][:4] for p in (answer.context or {}).get("periods", [])} or {e.date[:4] for e in answer.events[:1]} \
        or {v.period[:4] for v in answer.values if not v.derived}
    years = {y for y in years if y.isdigit()}
    return years.pop() if len(years) == 1 else ""


def _so_many(named: re.Match) -> int:
    """How many things a question asks the names of ("the 42 companies": 42)."""
    said = re.search(rf"\b{_SO_MANY}\b", named.group(0)).group(0)
    return int(said) if said.isdigit() else NUMBER_WORDS.get(said, 2)


def _names_in(text: str, question: str) -> int:
    """How many capitalised words an answer's first line has that the question does not:
    the names it gives ("Donetsk, Luhansk, ..."), near enough."""
    asked = {w.lower() for w in re.findall(r"[\w'-]+", question)}
    first = text.split("\n")[0].split(":", 1)[-1]
    return len({w for w in re.findall(r"\b[A-Z][\w'-]+", first) if w.lower() not in asked})


def _not_held(whole: Answer, text: str, why: str) -> Answer:
    """The whole answer withdrawn: no figure, the reason said, the reading kept."""
    return Answer.model_construct(
        question=whole.question, answered=False, kind="unknown", interpretation=whole.interpretation,
        text=text, values=[], events=[], citations=[], suggestions=whole.suggestions, context=whole.context,
        reading={**(whole.reading or {}), "summary": (whole.reading or {}).get("summary", "") + f" — not held: {why}"},
        unread=whole.unread)


def _larger_source(answer: Answer, names: dict[str, str]) -> str:
    """"Which source is higher?": which of two sources gives the larger of the figures shown,
    when each gives one, for one time, in one unit; "" otherwise."""
    from ..writing.render import format_value

    by = {v.source: v for v in answer.values if not v.derived}
    if len(by) != 2 or len({(v.metric, v.period, v.unit) for v in by.values()}) != 1:
        return ""
    big, small = sorted(by.values(), key=lambda v: v.value, reverse=True)
    if big.value == small.value:
        return f"\n\nThe two sources give the same figure ({format_value(big.value, big.unit)})."
    return (f"\n\nOf the two sources, {names.get(big.source, big.source)} gives the larger figure "
            f"({format_value(big.value, big.unit)} against {format_value(small.value, small.unit)}, "
            f"from {names.get(small.source, small.source)}).")


def _larger_reporter(answer: Answer) -> str:
    """"Which reports higher trade, China or Russia?": which country's own statistics give
    the larger of the figures shown, when they give one each, for one time, in one unit."""
    from ..writing.render import format_value

    by = {v.reporter: v for v in answer.values if v.reporter}
    if len(by) != 2 or len({(v.period, v.unit) for v in by.values()}) != 1:
        return ""
    big, small = sorted(by.values(), key=lambda v: v.value, reverse=True)
    if big.value == small.value:
        return f"\n\nChina's and Russia's own statistics give the same figure ({format_value(big.value, big.unit)})."
    return (f"\n\nOf the two countries' own statistics, {big.reporter.title()}'s gives the larger figure "
            f"({format_value(big.value, big.unit)} against {format_value(small.value, small.unit)}).")
