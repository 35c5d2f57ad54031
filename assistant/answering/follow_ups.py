"""Follow-ups: a question read in the light of the answer before it.

"and in 2022?", "what about imports?", "who signed it?", "when was the first
one?": what the question leaves out is borrowed from the last answer (its
metric, its period, the event it showed), and a question answered from the
last answer alone (its sources, the people of its event) is answered here.
Mixed into Engine, which provides the store, the metrics, the resolver and
the answers themselves.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..answer import Answer
from . import compound
from .compound import FIGURE_KINDS
from .draft import Draft
from ..reading.facets import opposed
from ..reading.kinds import EXTREME_WORDS, metric_kind, read_event_kind
from ..reading.lexicon import lexicon_words
from ..reading.periods import Period, describe_period, names_a_thing, period_of_label, reads_a_year_next_to
from ..reading.question_kind import FUTURE_FIGURE as FORECAST, SAME_FIGURE
from ..reading.kinds import WHO_SAID
from ..reading.bind import REPORTED_CUES
from ..reading.read import POINTING, SPECULATION, Intent, read
from ..reading.words import Lazy, _stem
from .event_words import _stemmed_words, event_stem
from ..resolving.rules import OCCURRENCES, misfit
from . import thing_names
from .time_shown import (THAT_PART_OF_IT, THAT_YEAR, NEXT_YEAR, YEAR_BEFORE, YEARS_ON, MONTHS_ON, _shift_year, date_shown, month_of_the_year_shown,
                         periods_in_context)
from .turn_words import (
    AND_A_THING, AND_WITH, BEFORE_THEN, FIGURE_DATED, WHOLE_ASKED, AS_IT_IS, BARE_WHEN, BOTH_WAYS, EVENT_KINDS, FREQUENCY, HAPPENED, HAPPENED_TO_IT, HOW_BIG, IT_DONE,
    FROM_THEN, LATER_ON, NEXT_TIME, ONCE_MORE, ONE_OF_THEM, ORDER_OF_SHOWN, OTHER_WAY, PART_OF_THOSE, SHIFT_WORDS,
    SINCE_THEN,
    SO_LEVEL, THE_THING_SHOWN, WHEN_OF_THE_THING_SHOWN, DEAL_WORDS, WHO_IS, WHICH_FIRST, WHICH_KIND_ALONE, WHICH_MORE, WHO_OF_PREVIOUS, WHY)

# "Five times a year", "before him": a rate, or a time of a person, not a time from the event shown.
NO_SHIFT = Lazy(r"\b(?:times|once|twice|per)\s+a\s+(?:year|month)\b|\b(?:before|after) (?:him|her|them|his|their)\b")
# A deal's making, in an event's title: "Russia and China sign a gas deal".
MADE = Lazy(r"\b(?:sign|signs|signed|signing|agree|agrees|agreed|conclude|concludes|concluded|strike|strikes|struck|"
            r"seal|seals|sealed)\b", re.IGNORECASE)

# "who was visiting Beijing when it was signed?": a time that points back at what was just shown.
TIME_OF_IT = Lazy(r"\b(?:when|as|while) (?:it|that|this|they) (?:was|were|got|happened|took place)\b|\bat (?:that|the) time\b")

# Another source than the one just cited: "per the other source?" (restated.py says when none is).
OTHER_SOURCE = Lazy(r"\b(?:the )?other (?:source|document|dataset|one)s?\b|\banother source\b")
# The source of the figure before, asked for again in so many words.
SAME_SOURCE = Lazy(r"\b(?:same|that|this) (?:source|data|dataset|data set|series|file|publication)\b")


# A figure given of one thing at a time, as its description says ("soldiers taking part in one
# joint exercise").
ONE_AT_A_TIME = Lazy(r"\b(?:in|of|for|by) (?:one|a single|each) ")
# "What currency was it set in?", "in which currency?": the currency of the figure shown.
CURRENCY_ASKED = Lazy(r"\b(?:what|which) currency\b|\bcurrency (?:was|is) it\b")

# Every time a thing was done, asked after one of them: "and in which years?", "when else?".
SEVERAL_TIMES = Lazy(r"\b(?:which|what) (?:years|dates|months|times)\b|\bwhen else\b|\ball the times\b")


# The words that ask a share: a follow-up that repeats a share's subject without one asks
# the thing itself ("crude imports" after "crude's share of energy imports").
SHARE_SAID = Lazy(r"\b(?:share|shares|percent|percentage|%|proportion|portion|fraction)\b|%")


# "Where is it?", "and where is that?": the place of the one just named.
WHERE_IS_IT = Lazy(r"^(?:and |so )?where(?: is| was|'s)? (?:it|that|this|they|them|the company|the firm|the refinery|the bank)"
                   r"(?: located| based)?\W*$")
# The first name a who-answer gives: "Its record names Shandong Yulong Petrochemical: ...".
_NAME_GIVEN = Lazy(r"^(?:Its record names|Its words name)"
                   r" (.+?)(?:['’]s [^:,]*)?(?:, | and |:)", re.MULTILINE)


def _first_name_given(text: str) -> str:
    found = _NAME_GIVEN.search(text)
    return found.group(1).strip() if found else ""


# The largest of the things a count counts: "which was the biggest?", "which one was largest?".
WHICH_ONE_MOST = Lazy(r"^(?:and |so )?which(?: one| of them| of those| of these)? (?:was|were|is) (?:the )?"
                      r"(?:biggest|largest|smallest|longest|shortest|most important|main|major)(?: one)?\W*$")
# A share of what was just shown: "what share was energy?", "how much of it was oil?".
PART_OF_IT = Lazy(r"^(?:and |so )?(?:what|which|how much of (?:it|that|this|them))(?: share| proportion| percentage| part| fraction)?"
                  r"(?: of (?:it|that|this|them|the total))? (?:was|were|is|are|came from|went to)\b")
# Words that place what is asked at the event just shown: "while there", "on that trip".
# "it", "that" or "this" standing alone for the thing shown (not "that year", "this deal"),
# not a time after it ("after that") nor what it became later ("turned it into").
IT_ALONE = Lazy(r"(?<!after )(?<!before )(?<!since )\b(?:it|its|that|this)\b"
                r"(?! (?:year|month|day|time|deal|treaty|agreement|one|visit|trip|into)\b)")
AT_THE_EVENT = Lazy(r"\b(?:while (?:there|in \w+)|on (?:that|the|this|his|their) (?:trip|visit|tour|occasion)|"
                    r"during (?:that|the|this|his|their) (?:trip|visit|tour|meeting|summit|stay)|at (?:that|the) (?:meeting|summit|talks))\b")


# The poll just shown, asked of again: "same survey", "that poll".
SAME_POLL = Lazy(r"\b(?:same|that|this) (?:survey|poll|pollster|study)\b")
# Those who took part in the event shown: "how many troops took part?" is of that event, whatever its
# record says of troops.
TOOK_PART = Lazy(r"\b(?:took|take|taking) part\b|\bparticipat\w*|\bwere (?:involved|deployed|there)\b|\battended\b")
# A time the figure shown is weighed against: "how much lower was it than in 2020?".
THAN_A_TIME = Lazy(r"\b(?:higher|lower|more|less|bigger|smaller|larger|greater|up|down|rise|fall|fell|rose|grew|change\w*|"
                   r"differ\w*|compare\w*)\b[^?]{0,30}?\b(?:than|from|since|with|to|vs\.?|versus) (?:in |that of |the )?(?:19|20)\d\d\b")

# "How much higher was it in 2023?" after 2022's figure: set against the one shown.
HOW_MUCH_MORE_THEN = Lazy(r"^(?:and |so )?(?:how much|by how much|how many) (?:higher|lower|more|less|bigger|smaller|larger|greater|"
                          r"fewer)\b(?: \w+)? (?:was|were|is) (?:it|they|that|this)\b")

# "it" or "they" doing the act asked: "how much did it import", "what did they sell".
IT_DID = Lazy(r"\b(?:did|does|do|has|have|had|was|were|is|are) (?:it|they)\b(?! (?:in|the|a|an)\b)")

def _proper_words(name: str) -> set[str]:
    """The capitalised words of a figure's name other than the two countries' ("Shandong",
    "Yulong", "Petrochemical"): the body it is of.  The first word counts only beside
    another capitalised one ("Shandong Yulong"; not "Full yearly capacity")."""
    words = name.split()
    capital = [bool(re.match(r"[A-Z]", w)) for w in words]
    kept = [w for i, w in enumerate(words) if capital[i] and (i > 0 or len(words) > 1 and capital[1])]
    return {p for w in kept for p in re.findall(r"[A-Z][\w]+", w)
            if p.lower() not in ("china", "russia", "chinese", "russian")}


# "What else did he sign?", "anything else that year?": besides what was shown.
ELSE_ASKED = Lazy(r"\b(?:what|anything|who|which|where|when) else\b|\belse (?:did|happened|was|were|has|had)\b")


class FollowUps:
    """Questions read in the light of the last answer; mixed into Engine."""

    def _whole_of_the_share_shown(self, intent: Intent, previous: Answer) -> str | None:
        """The metric of the whole a share shown is of ("what about the total?", "and total
        imports that year?"), when crr holds it (db/metrics: share_of); None otherwise."""
        metric = self.metrics.get((previous.context or {}).get("metric") or "")
        if metric is None or not metric.share_of or metric.share_of not in self.metrics \
                or not WHOLE_ASKED.match(intent.normalized):
            return None
        whole = self.metrics[metric.share_of]
        said = {_stem(w) for w in re.findall(r"[a-z]+", f"{whole.name} {whole.description} {previous.question}".lower())}
        asked = list(intent.content) + [w for phrase in intent.subject_words for w in phrase.split()]
        if intent.people or intent.parties or intent.numbers or any(_stem(w) not in said for w in asked):
            return None  # ("and the total trade that year?" after a share of imports: trade, not imports)
        return whole.id

    def _words_said_again(self, intent: Intent, previous: Answer) -> None:
        """"What about the year with the highest agreement?" after UN voting agreement in 2010:
        words of the question before, said again of the figure just shown, name nothing new
        (no gas "agreement"); the follow-up is read without them."""
        if not (previous.context or {}).get("metric") or not previous.values or previous.kind not in FIGURE_KINDS \
                or intent.people or intent.parties or intent.numbers \
                or intent.units or intent.currency or intent.basis or intent.sources \
                or not (intent.content or intent.subject_words):
            return
        shown = self.metrics.get(previous.context["metric"])
        if shown is not None and shown.measure == "share" and intent.subject_words \
                and SHARE_SAID.search(previous.question.lower()) and not SHARE_SAID.search(intent.normalized):
            return  # "biggest drop in arms imports" after Russia's share of them: the imports themselves
        said = {_stem(w) for w in re.findall(r"[a-z]+", previous.question.lower())}
        words = [w for phrase in intent.subject_words for w in phrase.split()] + list(intent.content)
        if all(_stem(w) in said for w in words):
            intent.content, intent.subjects, intent.subject_words = [], [], []

    def _date_of_the_figure_shown(self, intent: Intent, previous: Answer) -> Answer | None:
        """"When was it released?", "when was the poll taken?" after one figure: the date its
        source gives that figure, restated with it; None for any other question."""
        shown = [v for v in previous.values if not v.derived]
        if intent.kind != "when" or previous.events or len({(v.metric, v.period) for v in shown}) != 1 \
                or not FIGURE_DATED.match(intent.normalized) or shown[0].metric not in self.metrics:
            return None
        metric, value = self.metrics[shown[0].metric], shown[0]
        rows = [r for r in self._observations(metric.id) if r["period"] == value.period and r["source_id"] == value.source]
        if not rows or "/" in value.period:
            return None  # (a figure of a span has no one date)
        draft = Draft(self.store)
        fact = draft.observed(rows[0], metric)
        text = f"{metric.name}: {fact.text}, dated {fact.period_text} by its source ({fact.source_name}{fact.marks}).\n"
        answer = draft.answer(intent, True, "when", "Read as a follow-up: the date of the figure just shown.", text, [])
        answer.context = {"kind": "when", "metric": metric.id, "periods": [], "rest": intent.rest, "parties": [], "parts": []}
        intent.content = []  # (every word of it read: what was done to the figure, and when)
        return answer

    def _named_before(self, intent: Intent, previous: Answer) -> set[str]:
        """"Who else attended?" after Xi at the Victory Day parade: besides those the talk has named
        (the reading before, its question, the title of the event shown); none unless "else"."""
        if not re.search(r"\bwho else\b", intent.normalized):
            return set()
        said = f"{previous.question or ''} {previous.events[0].title if previous.events else ''}".lower()
        if previous.kind == "who" and previous.answered:
            said += " " + (previous.text or "").split("\n")[0].split(":")[0].lower()  # those the answer named
        return set((previous.reading or {}).get("people") or []) | {p["id"] for p in self._people_in(said)}

    def _follow_previous(self, intent: Intent, previous: Answer) -> Answer | None:
        """Read a question in the light of the last answer; an answer when the follow-up
        is answered from the last answer alone (its sources, the people of its event)."""
        if ELSE_ASKED.search(intent.normalized) and (shown := [e.event_id for e in previous.events if e.event_id]):
            # "what else did he sign?": events besides those just shown (and their other sources' records)
            claims = {r["claim"] for r in self.store.rows(
                f"select claim from events where id in ({','.join('?' * len(shown))})", tuple(shown)) if r["claim"]}
            intent.besides_events = shown + [r["id"] for claim in claims
                                             for r in self.store.rows("select id from events where claim = ?", (claim,))]
        intent.besides_people = sorted(set(intent.besides_people) | self._named_before(intent, previous))
        if (asked := (previous.context or {}).get("flow_asked")) and not any(intent.flow) \
                and not (intent.parties or intent.people or intent.subjects):
            intent.flow = tuple(asked)  # the way asked last, which crr did not hold (checks._keep_the_talk)
        if intent.kind == "sources" and WHO_SAID.match(intent.normalized) and previous.events and not previous.values:
            intent.kind = "who"  # "who said so?" after Putin called China an ally: who did
        elif intent.kind == "sources":
            return self._previous_sources(intent, previous)
        if (gap := self._gap_shown(intent, previous)) is not None:
            return gap  # "what's the difference?" after two sources' crude for 2022
        if (dated := self._date_of_the_figure_shown(intent, previous)) is not None:
            return dated  # "when was it released?" after a poll's share: the date its source gives it
        if previous.kind == "who" and WHERE_IS_IT.match(intent.normalized) and (name := _first_name_given(previous.text)):
            # "where is it?" after "which refinery ...?": where the body named is
            answer = self.ask(f"where is {name}?")
            if answer.answered:
                answer.reading = {**(answer.reading or {}), "asked_as": f"where is {name}?"}
                answer.question = intent.question
                return answer
        if previous.events and thing_names.asks_a_things_name(intent) and self._the_thing_shown(intent, previous):
            return self._answer_things_name(intent, previous)  # "what was it called?" after an event's date
        self._words_said_again(intent, previous)
        if (whole := self._whole_of_the_share_shown(intent, previous)) is not None:
            # "and the total that year?" after Russia's share of China's arms imports: all of them
            self.resolver.choose(intent, [(99.0, whole)])
            intent.follow_up, intent.kind, intent.content = True, "value", []
            intent.periods = intent.periods or periods_in_context(previous.context or {})
            return None
        if not intent.periods and TOOK_PART.search(intent.normalized) and previous.values and not previous.events \
                and len(shown := {v.period for v in previous.values if not v.derived}) == 1 \
                and re.fullmatch(r"(?:19|20)\d\d(?:-\d\d){0,2}", next(iter(shown))):
            # "Vostok 2018 was China's first. How many troops took part?": of the occasion's time.
            intent.periods = [period_of_label(next(iter(shown)))]
        own_times = list(intent.periods)
        if (some := self._any_of_those(intent, previous)) is not None:
            return some  # "were any in the Arctic?" after the exercises of 2024
        if (post := self._another_post_then(intent, previous)) is not None:
            return post  # "and prime minister?" after who was Russia's president in 2010
        if intent.people and AND_A_THING.match(intent.normalized) and previous.kind == "who" \
                and WHO_IS.match(previous.question.lower()) \
                and not (intent.subjects or intent.periods or intent.measures or self._new_content(intent)):
            # "and Dong Jun?" after "who is Andrey Belousov?": who the other one is.
            rows = [p for p in self.store.people if p["id"] in intent.people]
            return self._answer_person(intent, Draft(self.store), rows)
        if (each := self._each_one_counted(intent, previous)) is not None:
            return each  # "can you list them?" after a count: the sources give none by name
        if not intent.periods and (month := month_of_the_year_shown(intent.normalized, previous)):
            # "and how many did the US add in October?" after May 2023: October 2023 ("who met on
            # 4 February?" after 2022's events: that day of it)
            period = month[0]
            if intent.day_month and intent.day_month[0] == int(period.label[5:7]):
                try:
                    period = Period.point(f"{period.label}-{intent.day_month[1]:02d}")
                except ValueError:
                    pass  # (no such day: "30 February")
            intent.periods = [period]
            intent.content = [w for w in intent.content if w != month[1]]
            intent.residue = re.sub(rf"\b{month[1]}\b", " ", intent.residue)
        if (order := ORDER_OF_SHOWN.match(intent.normalized)) and previous.events:
            return self._first_or_last_shown(intent, previous, order.group(1) in ("last", "latest", "most recent"))
        if (place := self._place_of_shown(intent, previous) or self._place_of_figure(intent, previous)) is not None:
            return place  # "which province is it in?" after an event: the places its record names
        if (done := self._what_was_done_at_shown(intent, previous)) is not None:
            return done  # "what was signed?" after Xi's 2023 visit: what its record says was signed
        if (ranked := self._ranked_of_shown(intent, previous)) is not None:
            self.resolver.choose(intent, [(99.0, ranked)])  # "which countries are ahead of China?"
            intent.follow_up = True
            # (the countries of the figure shown, "students in Russia", are none of those asked)
            intent.parties += [p for p in self.metrics[ranked].parties if p not in intent.parties]
            return None
        if previous.kind == "who" and (after := self._after_who(intent, previous)) is not None:
            return after  # "since when?", "and the Chinese side?", "what was his job?"
        self._offices_then(intent, previous)
        self._year_shown(intent, previous)
        if (previous.context or {}).get("kind") == "when" and previous.events and AND_A_THING.match(intent.normalized) \
                and not (intent.measures or intent.units or intent.currency or intent.sources or intent.deictic) \
                and all(names_a_thing(p.phrase, intent.normalized) for p in intent.periods) \
                and intent.kind not in ("when", "who", "what_happened"):
            # "and the border war?" after the date of the split: the date of that, another event.
            intent.kind, intent.follow_up = "when", True
            return None
        if not intent.periods and self._asks_balance(intent):
            intent.periods = periods_in_context(previous.context or {})  # "who had the surplus?" after trade in 2013
        if self._bare(intent):
            intent.follow_up = True  # "for how long?", "when?": nothing of its own to be about
            if intent.kind == "when" and _shift_year(intent.normalized, periods_in_context(previous.context or {})):
                intent.kind = "value"  # "the year after?" after a figure: the figure a year on
            elif intent.kind == "when" and WHICH_MORE.match(intent.normalized) and (previous.context or {}).get("metric"):
                intent.kind = "value"  # "which year was higher?" after figures of two years: the two set side by side
        figure_shown = (previous.context or {}).get("metric")
        if ONE_OF_THEM.search(intent.normalized) and not previous.events and figure_shown in self.metrics \
                and (undated := self._counted_undated(intent, previous, figure_shown)) is not None:
            return undated  # "what was the first one?" after 20 naval exercises since 2022
        # "Who took part?", "when was that?": about the event just shown.
        about_shown = None
        if intent.kind == "who" and (WHO_OF_PREVIOUS.match(intent.normalized) or self._who_of_that(intent, previous)
                                     or previous.events and TIME_OF_IT.search(intent.normalized)
                                     or WHICH_KIND_ALONE.match(intent.normalized) and not intent.periods
                                     or self._act_of_shown(intent, previous) or self._bare_act_of_shown(intent, previous)):
            # ("which chinese companies?" after China's stakes in Yamal: whose the figure is)
            about_shown = self._answer_who_of_previous
        elif intent.kind == "who" and (named := THE_THING_SHOWN.match(intent.normalized)) and previous.events:
            # "who signed the deal?" after Power of Siberia's opening: the deal the events just
            # shown speak of, not any deal signed.
            thing = event_stem(_stem(named.group(1)))
            speaking = [e for e in previous.events if e.event_id and thing in _stemmed_words(f"{e.title} {e.summary}".lower())]
            if speaking:
                answer = self._answer_who_of_previous(intent, speaking[0].event_id)
                answer.context = {"kind": "who", "metric": None, "periods": [], "rest": intent.rest,
                                  "parties": [], "parts": []}
                return answer
        elif intent.kind == "when" and (named := WHEN_OF_THE_THING_SHOWN.match(intent.normalized)) and previous.events:
            # "and when was the contract signed?" after gas began to flow: the deal the events
            # shown speak of (by any of the words a deal goes by), not any contract signed.
            words = DEAL_WORDS if named.group(1) in DEAL_WORDS else (named.group(1),)
            things = {event_stem(_stem(w)) for w in words}
            speaking = [e for e in previous.events
                        if e.event_id and things & _stemmed_words(f"{e.title} {e.summary}".lower())]
            # (the event whose title is the deal's making comes first: "sign a gas deal", not
            # "deliveries begin under the deal")
            speaking.sort(key=lambda e: (not MADE.search(e.title), not things & _stemmed_words(e.title.lower())))
            if speaking:
                return self._answer_when_of_previous(intent, speaking[0].event_id)
        if intent.kind == "when" and about_shown is None and self._when_of_that(intent, previous) \
                and not self._names_another_event(intent, previous) \
                and not ONCE_MORE.search(intent.normalized):  # ("when did he go back?": another time)
            about_shown = self._answer_when_of_previous
        shown = [e.event_id for e in previous.events if e.event_id] if about_shown else []
        figure = (previous.context or {}).get("metric") or next((v.metric for v in previous.values), None)
        if about_shown == self._answer_who_of_previous and not shown and figure in self.metrics:
            # "who signed it?" after a figure: whom that figure's records name, never another event's people.
            answer = self._answer_who_of_figure(intent, figure)
            answer.context = {"kind": "who", "metric": figure, "periods": [], "rest": intent.rest,
                              "parties": [], "parts": []}
            return answer
        if about_shown == self._answer_when_of_previous and not shown and figure in self.metrics \
                and BARE_WHEN.match(intent.normalized) and (dated := self._the_time_of_the_figure(intent, previous)):
            return dated  # "when was that?" after the record: the time of the figure shown
        if about_shown == self._answer_when_of_previous and not shown and figure in self.metrics:
            # "when was that signed?" after the length of a deal: the event of that figure, found
            # by the words of its name that say what it is of ("defence cooperation agreement").
            name = re.sub(r"[^a-z' -]", " ", self.metrics[figure].name.lower())
            # (its people are a facet, not words an event must repeat: "Putin joins Xi")
            people = {w for p in self.store.people if p["id"] in self.metrics[figure].people
                      for w in re.findall(r"[a-z]+", p["name"].lower())}
            intent.own_terms = intent.residue
            intent.residue = " ".join([intent.residue, *(w for w in name.split()
                                                         if not self._says_nothing(w) and w not in people)])
            # ("when was the last one?" after Xi–Putin meetings: one of the things it counts)
            intent.of_the_figure = bool(ONE_OF_THEM.search(intent.normalized))
            intent.people = intent.people or list(self.metrics[figure].people)
            times = {v.period[:4] for v in previous.values if not v.derived and v.metric == figure}
            if len(times) == 1 and not intent.of_the_figure:
                intent.figure_year = times.pop()  # (the treaty's term, of 2001: its signing, not its renewal)
            return None
        if shown and about_shown == self._answer_when_of_previous and SEVERAL_TIMES.search(intent.normalized):
            # "and in which years?" after the date of Xi at Moscow's parade: each time the events
            # shown say the same thing was done (their titles' first clause), in order.
            head = previous.events[0].title.split(";")[0].lower()
            same = sorted((e for e in previous.events if e.event_id and e.title.split(";")[0].lower() == head),
                          key=lambda e: e.date)
            if len(same) >= 2:
                answer = compound.join(intent.question, [self._answer_when_of_previous(intent, e.event_id) for e in same])
                answer.context = {"kind": "when", "metric": None, "periods": [], "rest": intent.rest,
                                  "parties": [], "parts": []}
                return answer
        if shown:
            answer = about_shown(intent, shown[0], **(
                {"besides": besides} if about_shown == self._answer_who_of_previous
                and (besides := self._the_one_asked_before(intent, previous) | set(intent.besides_people))
                else {}))
            answer.context = {"kind": intent.kind, "metric": None, "periods": [], "rest": intent.rest,
                              "parties": [], "parts": []}
            return answer
        besides = intent.besides_events, intent.besides_people
        self._people_for_pronoun(intent, previous)
        # (read again with names, "what else" still leaves out what was shown, "who else" whom)
        intent.besides_events, intent.besides_people = besides
        if intent.kind == "what_happened" and HAPPENED_TO_IT.search(intent.normalized) \
                and (previous.context or {}).get("metric") in self.metrics and previous.values:
            # "what happened to it that year?" after a figure: how that figure changed.
            intent.asked_kind, intent.kind = "change", "unknown"
        next_time = previous.kind == "when" and bool(NEXT_TIME.match(intent.normalized))
        if (intent.kind == "when" or next_time) and previous.events and not intent.periods \
                and (ONCE_MORE.search(intent.normalized) or next_time):
            intent.kind = "when"
            # "And when did he go back for the same parade?": the same thing, after the one shown.
            shown = previous.events[0]
            after = period_of_label(shown.date.split("/")[-1]).end + timedelta(days=1)
            intent.periods = [Period(f"{after.isoformat()}/..", after, None, "since", f"after {shown.date}")]
            # (its main clause, without the order it had: "first joint naval exercise")
            clause = re.sub(r"\b(?:first|earliest|last|latest)\b", " ", shown.title.split(";")[0].lower())
            # (of those, the words the question before said: "joint bomber patrol", not the
            # seas of the first one's route, which the next need not share)
            asked = set(lexicon_words((previous.question or "").lower()))
            kept = [w for w in clause.split() if w in asked]
            intent.residue, intent.follow_up = " ".join(kept) if len(kept) >= 2 else clause, True
            return None
        if len(intent.periods) == 1 and FROM_THEN.search(intent.normalized) and (when := date_shown(previous)) \
                and intent.periods[0].form == "point" and period_of_label(when).form == "point":
            # "how much did it grow from then to 2024?" after 2019: from 2019 to 2024.
            intent.periods.insert(0, period_of_label(when))
        if not intent.periods and SINCE_THEN.search(intent.normalized) and (when := date_shown(previous)):
            # "how many times has he met Putin since?" after November 2012: since then.
            shown = period_of_label(when)
            intent.periods = [Period(f"{when}/..", shown.start, None, "since", f"since {shown.phrase}")]
        elif not intent.periods and BEFORE_THEN.search(intent.normalized) and (when := date_shown(previous)) \
                and (shown := period_of_label(when)).start:
            # "which country had joined Vostok before them?" after China and Mongolia in 2018: before 2018.
            until = shown.start - timedelta(days=1)
            intent.periods = [Period(f"../{until.isoformat()}", None, until, "before", f"before {shown.phrase}")]
        elif not intent.periods and LATER_ON.search(intent.normalized) and previous.values and not previous.events \
                and (when := date_shown(previous)) and (shown := period_of_label(when)).end:
            # "was it enlarged later? to how much?" after the swap line of 2014: after 2014.
            after = shown.end + timedelta(days=1)
            intent.periods = [Period(f"{after.isoformat()}/..", after, None, "since", f"after {shown.phrase}")]
        if intent.kind == "who" and not intent.periods and previous.events and (when := date_shown(previous)) \
                and not NO_SHIFT.search(intent.normalized) \
                and (moved := _shift_year(intent.normalized, [Period.point(when[:4])]
                                          + ([Period.point(when[:7])] if len(when) >= 7 else []))):
            # "who was arrested the year before?" after a date of 2004, "who visited a couple of
            # months later?" after March 2023: of the time that far from the event shown
            intent.periods, intent.follow_up = moved, True
            intent.residue = MONTHS_ON.sub(" ", YEARS_ON.sub(" ", SHIFT_WORDS.sub(" ", intent.residue))).strip()
            said = {w for pattern in (MONTHS_ON, YEARS_ON, SHIFT_WORDS) for m in pattern.finditer(intent.normalized)
                    for w in lexicon_words(m.group(0))}
            intent.content = [w for w in intent.content if w not in said]
            intent.residue = " ".join(w for w in intent.residue.split() if w not in said)
            return None
        shifted = _shift_year(intent.normalized, periods_in_context(previous.context or {}))
        if intent.kind == "what_happened" and not intent.periods and shifted and intent.people:
            # "what did Xi do the next month?" after February 2023: his events of March.
            said = set(lexicon_words(SHIFT_WORDS.sub(" ", intent.normalized)))
            intent.residue = " ".join(w for w in intent.residue.split() if w in said)
            intent.periods, intent.follow_up = shifted, True
            return None
        if intent.kind == "what_happened" and (intent.deictic or SHIFT_WORDS.search(intent.normalized)) \
                and self._names_no_subject(intent) and (intent.periods or date_shown(previous)):
            # "what else happened that year?" after the date of a treaty or the lowest year of
            # a figure, "what happened the next year?" after it: that year's events, or the next one's.
            if not intent.periods:
                year = int(date_shown(previous)[:4]) + (1 if NEXT_YEAR.search(intent.normalized) else
                                                        -1 if YEAR_BEFORE.search(intent.normalized) else 0)
                intent.periods = [Period.point(str(year))]
            intent.residue = SHIFT_WORDS.sub(" ", intent.residue).strip()
            intent.follow_up = True
            return None
        if intent.kind == "what_happened" and not intent.periods and previous.events and previous.kind in ("who", "when", "name") \
                and AT_THE_EVENT.search(intent.normalized) and (when := date_shown(previous)):
            # "what deals did they sign while there?" after who visited Beijing in May 2023: what
            # happened then, at the time of the event shown, not at any time.
            intent.periods, intent.follow_up = [Period.point(when.split("/")[0][:7])], True
            return None
        before = previous.context or {}
        if intent.kind == "who" and not intent.periods and not intent.people and previous.events \
                and previous.kind in ("when", "who") and IT_ALONE.search(intent.normalized) \
                and not self._names_no_subject(intent) and (when := previous.events[0].date):
            # "who started it according to the CCP?" after the 1969 border war: "it" is the event
            # shown, whose words the question adds to; a record of its time, not any time.
            intent.periods, intent.follow_up = [period_of_label(when.split("/")[0][:4])], True
            return None
        if intent.kind == "what_happened" and intent.periods and HAPPENED.search(intent.normalized) \
                and self._names_no_subject(intent) and not intent.people and before.get("kind") != "what_happened":
            # "and what happened in 1991?": the events of that time, whatever was talked of.
            intent.follow_up = False
            return None
        # ("How many firms were on it?" after one event listed: "it" is that event, as after its date)
        one_event_listed = before.get("kind") == "what_happened" and len(previous.events) == 1
        one_event = one_event_listed and bool(POINTING.search(intent.normalized))
        # ("What is its yearly capacity?" after when the crude pipeline was finished: "its" is the
        # thing of the event dated, whose figure it asks, not another pipeline's.)
        # (no pronoun needed when the figure asked names no thing, party or source of its own:
        # "how many ships did each side send?" after who took part in a drill)
        it_of_an_event = (before.get("kind") in ("when", "who") or one_event_listed) and bool(previous.events) \
            and not intent.periods and not intent.people and bool(intent.measures or HOW_BIG.match(intent.normalized)) \
            and (bool(re.search(r"\bits?\b", intent.normalized))
                 or not (intent.subjects or intent.parties or intent.sources or intent.reporter))
        one_event = one_event or it_of_an_event
        # ("How much oil did it carry?" after who opened a pipeline: a figure of that pipeline,
        # whose subject the question may name.)
        of_the_thing = it_of_an_event and bool(intent.subjects) and self._subjects_of_the_event(intent, previous.events[0])
        one_event = one_event or of_the_thing
        # ("What were the shipments worth?" after Norinco's shipments: words of that event's own.)
        shown_words = f"{previous.events[0].title} {previous.events[0].summary or ''}".lower() if previous.events else ""
        of_its_words = it_of_an_event and not intent.subjects and bool(intent.content) \
            and all(re.search(rf"\b\w*{re.escape(_stem(w))}", shown_words) for w in intent.content)
        one_event = one_event or of_its_words
        # ("How much did imports fall?" after the reason China cut Russian seafood imports: a
        # figure of that event, whose words it leaves out, not any fall of imports.)
        asked_before = (previous.question or "").lower()
        of_the_reason = before.get("kind") == "reason" and len(previous.events) == 1 and bool(intent.measures) \
            and not (intent.subjects or intent.periods or intent.parties or intent.people) \
            and all(re.search(rf"\b{re.escape(w)}", asked_before) for w in intent.content)
        one_event = one_event or of_the_reason
        if before.get("kind") in EVENT_KINDS and (intent.follow_up or one_event) \
                and not (intent.besides_events and intent.kind != "who" and intent.content) \
                and (self._names_no_subject(intent) or of_the_reason or of_the_thing or of_its_words) \
                and (of_its_words or not self._names_another_event(intent, previous)) \
                and not (intent.measures and before.get("kind") == "what_happened" and not one_event):
            # ("What was it worth?" after a list of events asks a figure, which the list is not.)
            if previous.events and (intent.measures or HOW_BIG.match(intent.normalized)) and not intent.periods \
                    and (before.get("kind") in ("when", "who", "name") or one_event):
                # "and for how many years?" after the date of a treaty's renewal: a figure of
                # the event shown, or none held, never the date again.
                self.resolver.resolve(intent)
                self._figure_of_the_event(intent, previous.events[0])
                return None
            if (intent.measures or HOW_BIG.match(intent.normalized)) and not previous.events \
                    and before.get("metric") in self.metrics:
                # "how much was it worth?" after whom the gas deal's records name: that figure.
                self.resolver.resolve(intent)
                self.resolver.choose(intent, [(99.0, before["metric"])])
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return None
            self._reread_previous(intent, before)
            return None
        # "what about LNG?" after a figure asked "per the Energy Institute": that source still,
        # where it gives the figure asked; whose statistics ("as Russia reports it") too.
        # (Not whose statistics when the follow-up names a country: "and Russia's own number?")
        # ("how much did it grow in 2022?": "it" is the figure as it was asked)
        inherited = (intent.follow_up or intent.deictic or bool(POINTING.search(intent.normalized))) \
            and not intent.sources and not intent.reporter \
            and not OTHER_SOURCE.search(intent.normalized) and (
            before.get("sources") or (before.get("reporter") and not intent.parties))
        if (on := YEARS_ON.search(intent.normalized)) and periods_in_context(before):
            # "and four years later?": words of time, which no figure must hold.
            said = set(lexicon_words(on.group(0)))
            intent.content = [w for w in intent.content if w not in said]
            intent.follow_up = True
        if inherited:
            intent.sources = list(before.get("sources") or [])
            intent.reporter = before.get("reporter") if not intent.parties else None
        shown = self.metrics.get(before.get("metric") or "")
        if not intent.follow_up and intent.measures and shown is not None and self._names_no_subject(intent) \
                and not (intent.sources or intent.reporter) and intent.kind not in EVENT_KINDS:
            intent.follow_up = True  # "what rank does China hold?" after students: a measure of what was shown
        new_subject = intent.follow_up and intent.subjects and not intent.measures and not intent.units \
            and shown is not None and shown.measure in ("volume", "amount", "count")
        self._whom_it_points_at(intent, previous, shown)  # "they", "those two" (pointed.py)
        self.resolver.resolve(intent)
        self._apply_context(intent, previous)
        self._the_other_trade_way(intent)
        self._part_of_the_counted(intent, shown)  # "how many of those ...?" (pointed.py)
        if new_subject and intent.metric_id in self.metrics and self.metrics[intent.metric_id].measure == "capacity":
            # "and Power of Siberia 2?" after the gas Power of Siberia carried: what went through
            # it, which a design capacity is not.
            intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
            intent.not_held = "crr holds only a capacity for this, not a figure of the kind just shown"
        if inherited and intent.metric_id and not self._gives(intent, intent.metric_id) \
                and not SAME_SOURCE.search(intent.normalized):
            # (kept when asked in so many words: "and 2023, same source?" is that source's or none)
            intent.sources, intent.reporter = [], None
        stated = [v for v in previous.values if not v.derived]
        if stated and intent.given_whole is None and PART_OF_THOSE.search(intent.normalized):
            intent.given_whole = stated[0].value  # "how many of those were phone calls?": a part of the last figure
            intent.given_whole_unit = stated[0].unit
        if intent.asked_kind == "series" and not own_times and intent.metric_id in self.metrics:
            # "trend?", "over time?" after a figure of one year: every year of it, not that year again
            intent.periods = [p for p in intent.periods if p.form != "point"]
            intent.kind = metric_kind("series", intent.periods)
        return None


    def _other_reading_holding(self, intent: Intent, previous: Answer, period: Period) -> str | None:
        """"and in 2019?" after Levada's 88% of 2022, which the answer gave as one reading of its
        question beside Pew's: the first other reading that holds the time asked, when the
        follow-up names nothing but the time."""
        if intent.content or intent.subjects or intent.parties or intent.people or intent.measures:
            return None
        by_name = {m.name: m.id for m in self.metrics.values()}
        others = [by_name[name] for name in (previous.reading or {}).get("others") or () if name in by_name]
        return next((m for m in others if self.resolver.holds(m, period)), None)

    def _counted_undated(self, intent: Intent, previous: Answer, figure: str) -> Answer | None:
        """"What was the first one?" after a count of occasions over a span (20 naval exercises
        since 2022) whose events crr's timeline does not hold every one of: no date, for an
        earlier (or later) one may be among those it lacks; None when it is no such count."""
        metric = self.metrics[figure]
        counts = [v for v in previous.values if not v.derived and v.metric == figure and "/" in v.period]
        if metric.measure != "count" or metric.people or metric.unit not in OCCURRENCES or len(counts) != 1:
            return None
        count, span = counts[0], period_of_label(counts[0].period)
        rows = [r for r in self.store.rows("select * from events where date_start >= ? and date_start <= ?",
                                           (span.first_day, span.last_day))
                if set((r["subjects"] or "").split("; ")) >= set(metric.subjects[:1])
                and set(metric.subjects[1:]) & set((r["subjects"] or "").split("; ") + r["title"].lower().split())]
        if len(rows) >= count.value:
            return None
        which = "first" if re.search(r"\b(?:first|earliest)\b", intent.normalized) else "last"
        draft = Draft(self.store)
        mark = draft.cite(count.source, count.locator)
        text = (f"The sources count {count.value:g} {metric.unit} ({metric.name}, {describe_period(count.period)}[{mark}]) "
                f"without dating each; crr's timeline holds {len(rows)} of them, so it cannot say which was the {which}.\n")
        answer = draft.answer(intent, False, "when", "Read as a follow-up: the first or last of the things counted.",
                              text, [f"{metric.name.lower()} {describe_period(count.period)}"])
        answer.context = previous.context
        return answer

    def _apply_context(self, intent: Intent, previous: Answer) -> None:
        """_fill_from_context, which never makes a judgement asked a figure: "do you think
        they really trust each other?" after their meetings asks no count of them."""
        # (a word of judgement its own, not one those polled may have said: "and those who said
        # they should be opposed?" asks the poll's share)
        judged = intent.kind == "judgement" and any(facet == "judgement" and phrase not in REPORTED_CUES
                                                    for phrase, facet in intent.bound.items())
        self._fill_from_context(intent, previous)
        if judged and intent.kind != "judgement":
            intent.kind = "judgement"

    def _fill_from_context(self, intent: Intent, previous: Answer) -> None:
        """Fill what a figure follow-up leaves out from the previous question: its metric
        ("what was it in 2024?"), its period ("and imports?", "how many troops took part?"
        after a date), a year on from it ("and the next year?"), the other way ("and in
        the other direction?")."""
        before = previous.context or {}
        metric = before.get("metric")
        periods = periods_in_context(before)
        if intent.metric_id in self.metrics and len(periods) == 1 and not self.resolver.holds(intent.metric_id, periods[0]):
            # (of an event two sources date apart, the date a figure is held for)
            periods = next(([Period.point(d)] for d in before.get("dates") or ()
                            if self.resolver.holds(intent.metric_id, Period.point(d))), periods)
        if intent.kind == "sources":
            return
        if THAT_YEAR.search(intent.normalized):
            # "what was trade that year?" after a date (November 2012): the year of it.
            periods = [Period.point(p.label[:4]) if p.form == "point" and len(p.label) > 4 else p for p in periods]
            if intent.kind == "when" and periods and not intent.periods:
                intent.periods = periods  # "when did Xi visit Moscow that year?": a date within it
        if previous.kind == "who" and previous.answered and metric in self.metrics and intent.metric_id != metric \
                and IT_DID.search(intent.normalized) and not (intent.parties or intent.people) \
                and intent.kind in ("value", "span", "change", "latest", "series") \
                and (named := _proper_words(self.metrics[metric].name)) \
                and not (intent.metric_id in self.metrics and named & _proper_words(self.metrics[intent.metric_id].name)) \
                and not misfit(intent, self.metrics[metric], self.resolver.facts):
            # "how much did it import in 2024?" after "which refinery set a record?": "it" is the
            # body named, and the figure its own, not the country's.
            self.resolver.choose(intent, [(99.0, metric)])
            intent.follow_up = True
            intent.periods = intent.periods or periods
            return
        if self._another_figure_of_the_talk(intent, previous, metric, periods):
            return
        self._of_the_subject_shown(intent, metric)
        self._of_the_event_shown(intent, previous)
        if not intent.periods and intent.kind == "latest" and intent.asked_kind != "latest" and len(periods) == 1 \
                and len(intent.candidates) > 1 and not (intent.parties or intent.people) \
                and not self.resolver.holds(intent.metric_id, periods[0]):
            # "how many fighters?" after the worth of the 2015 deals: of two readings about as
            # close, of one subject and unit, the one held for the talk's time (the Su-35s of
            # 2015, not the Su-27s of 1992)
            top, first = intent.candidates[0][0], self.metrics[intent.candidates[0][1]]
            held = next((m for score, m in intent.candidates[1:4] if score >= 0.9 * top
                         and set(self.metrics[m].subjects) & set(first.subjects) and self.metrics[m].unit == first.unit
                         and self.resolver.holds(m, periods[0])), None)
            if held:
                self.resolver.choose(intent, [(99.0, held)])
                intent.periods = periods
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return
        if previous.kind in ("who", "when", "what_happened") and not intent.periods and intent.kind == "latest" \
                and intent.asked_kind != "latest" and intent.metric_id in self.metrics \
                and (ONE_AT_A_TIME.search(self.metrics[intent.metric_id].description)
                     or previous.kind == "when" and previous.answered and THAT_YEAR.search(intent.normalized)) \
                and not any(self.resolver.holds(m, p) for _, m in intent.candidates for p in periods):
            # "how many Chinese troops?" after who joined Vostok 2018 (a figure of one occasion at a
            # time), "how much gas flowed through it that year?" after the pipeline's completion: of
            # the event's time, said not held when no reading holds it, not the latest (one held is
            # found as a follow-up's time is, below); after an event crr could not find, of nothing held
            if not (previous.answered and previous.events):
                intent.set_aside, intent.metric_id, intent.kind = [intent.metric_id], None, "unknown"
                intent.not_held = "crr found no record of what the question before asked about, and holds no figure of it"
                return
            date = previous.events[0].date
            yearly = all(len(row["period"]) == 4 for row in self.store.observations(intent.metric_id))
            intent.periods = periods if len(periods) == 1 else [Period.point(date[:4] if yearly else date[:7])]
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return
        if before.get("kind") == "change" and intent.follow_up and not intent.periods and not intent.asked_kind \
                and (len(periods) >= 2 or len(periods) == 1 and periods[0].form == "range"):
            intent.asked_kind = "change"  # "and oil?" after trade 2019 vs 2024: oil's change between them
        metric_kinds = {"value", "span", "change", "latest", "peak", "lowest", "swing", "series", "unknown"}
        thing = self._thing_shown(intent, previous.events[0] if previous.events else None,
                                  self.metrics.get(metric) if not previous.events else None)
        if thing:  # ("what did the route cost?" of a pipeline: the word points, it asks no figure)
            intent.neutral = intent.neutral | {thing, _stem(thing)}
        pointing = intent.follow_up or intent.deictic or bool(POINTING.search(intent.normalized)) or bool(thing) \
            or bool(SAME_FIGURE.search(intent.normalized))
        if pointing and metric in self.metrics and len(periods) == 1 and periods[0].form == "point" \
                and len(intent.periods) == 1 and intent.periods[0].form == "point" and intent.periods[0].label != periods[0].label \
                and (THAN_A_TIME.search(intent.normalized) or HOW_MUCH_MORE_THEN.search(intent.normalized)) \
                and not (intent.subjects or intent.people or intent.parties):
            # "How much lower was it than in 2020?" after 2021: the change between the two times.
            self.resolver.choose(intent, [(99.0, metric)])
            intent.periods = [periods[0], intent.periods[0]]  # (the time shown first: "and with 2014?" is set against it)
            intent.kind, intent.follow_up = "change", True
            return
        if intent.kind == "judgement" and WHY.match(intent.normalized):
            # "why did it fall?": a cause, which crr does not give, of the figure shown or any;
            # the figure shown, and its time, are what it bears on and what the talk goes on with.
            # "why do the sources differ?" after two sources' figures: its words are the answer's own.
            said_before = all(re.search(rf"\b{re.escape(w)}", previous.text.lower()) for w in intent.content)
            # ("why so low?": a word of its level is said of the figure shown)
            of_its_level = bool(SO_LEVEL.search(intent.normalized)) and not (intent.parties or self._new_content(intent)
                                                                              and len(intent.content) > 2)
            if (pointing or said_before or of_its_level) and metric in self.metrics \
                    and not (intent.subjects or intent.people or intent.periods):
                intent.metric_id, intent.candidates, intent.periods = metric, [(99.0, metric)], periods
            return
        if intent.kind == "judgement" and (FORECAST.match(intent.normalized) or SPECULATION.match(intent.normalized)):
            # "what will it be by 2027?" after a share, "when will it come online?" after a
            # pipeline's capacity: a forecast of it, which crr does not give
            return
        named_source = "source" in intent.bound.values()
        if pointing and named_source and metric in self.metrics and not self._gives(intent, metric) \
                and not (intent.subjects or intent.people or intent.periods or intent.units or intent.currency):
            # "according to customs?" after gas in bcm: Customs weighs it; its figure, in its unit.
            shown = self.metrics[metric]
            twins = [m for m in self.metrics if m != metric and self.metrics[m].unit != shown.unit
                     and self.metrics[m].measure == shown.measure and self.resolver.twins(m, metric)]
            for twin in twins:
                saved = intent.periods
                intent.periods = _shift_year(intent.normalized, periods) or periods
                if self._gives(intent, twin):
                    self.resolver.choose(intent, [(99.0, twin)])
                    intent.kind = metric_kind(intent.asked_kind, intent.periods)
                    return
                intent.periods = saved
        if pointing and named_source and metric in self.metrics and self._gives(intent, metric) \
                and not (intent.subjects or intent.people or intent.periods):
            # "does SIPRI's own data agree with that?": the figure shown, as that source gives it
            # ("and ten years earlier, in the SIPRI data?": then).
            self.resolver.choose(intent, [(99.0, metric)])
            intent.periods = _shift_year(intent.normalized, periods) or periods
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return
        asked_kind = read_event_kind(intent.normalized)
        if intent.periods and metric in self.metrics and (asked_kind is None or asked_kind == "count_events"
                                                          and self.metrics[metric].measure == "count") \
                and not (intent.subjects or intent.content or intent.people or intent.parties
                         or intent.measures - {"count"} or intent.numbers):
            # "before the invasion?" after a figure: only a time, so the same figure then; "how
            # many since the war began?" after a count, the same count.
            pointing = intent.follow_up = True
            if before.get("aggregate") and not intent.aggregate and any(p.form == "range" for p in intent.periods):
                intent.aggregate = before["aggregate"]  # "and 1998 to 2002?" after a total: that total
            if asked_kind == "count_events":
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
        if before.get("kind") == "change" and not intent.periods and metric in self.metrics \
                and (intent.units and all(u in ("percent", "pct") for u in intent.units)
                     or intent.measures and intent.measures <= {"growth", "share"}
                     and not re.search(r"\bshares?\b", intent.normalized)) and not intent.currency \
                and not (intent.subjects or intent.content or intent.people or intent.parties or intent.numbers):
            # "in percent?" after a change: the same change, which gives its percent as well.
            intent.measures = set()
            self.resolver.choose(intent, [(99.0, metric)])
            intent.units, intent.periods, intent.asked_kind, intent.not_held = [], periods, "change", ""
            intent.kind = metric_kind("change", intent.periods)
            return
        if pointing and metric in self.metrics and CURRENCY_ASKED.search(intent.normalized) \
                and not (intent.people or intent.parties or intent.numbers or self._new_content(intent)):
            # "what currency was it set in?" after the swap line: the figure shown, whose unit says it
            self.resolver.choose(intent, [(99.0, metric)])
            intent.periods, intent.subjects, intent.subject_words = intent.periods or periods, [], []
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return
        if not intent.periods and metric in self.metrics and (intent.units or intent.currency or intent.basis) \
                and not (intent.subjects or intent.content or intent.people or intent.parties or intent.numbers):
            # "in bcm?" after a figure: the same figure, or its twin in that unit, for the same time
            # ("adjusted for inflation?": none, said).
            target = metric if misfit(intent, self.metrics[metric], self.resolver.facts) is None \
                else self._sibling_by_measure(intent, metric, periods)
            if target:
                self.resolver.choose(intent, [(99.0, target)])
                intent.periods = _shift_year(intent.normalized, periods) or periods  # ("a year later, in dollars?")
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                if not intent.periods and before.get("kind") in ("series", "peak", "lowest"):
                    intent.kind = before["kind"]  # ("and in bcm?" after LNG over time: the series, in bcm)
                return
            # "in euros?": the figure shown, which crr holds in no such currency and has no twin
            # in; said, and no figure the word alone matches ("dollars": trade) given instead.
            broken = misfit(intent, self.metrics[metric], self.resolver.facts)
            intent.metric_id, intent.candidates, intent.periods = None, [], _shift_year(intent.normalized, periods) or periods
            intent.set_aside = [metric, *(m for m in intent.set_aside if m != metric)]
            intent.not_held = broken.reason(intent, self.metrics[metric], self.resolver.facts)
            intent.kind = "unknown"
            return
        if intent.kind == "what_happened" and pointing and metric in self.metrics and not intent.content \
                and not HAPPENED.search(intent.normalized):
            intent.kind = "unknown"  # "what was it in 2024?" after a figure asks for that figure
        if WHICH_ONE_MOST.match(intent.normalized) and metric in self.metrics and self.metrics[metric].measure == "count" \
                and not (intent.subjects or intent.people or intent.parties):
            # "which was the biggest?" after joint exercises in 2024: the largest of the things
            # counted, whose sizes crr does not hold; not the year with the most of them.
            shown = self.metrics[metric]
            intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
            intent.not_held = (f"crr holds {shown.name} as a count ({shown.unit}), not the size of each, so it "
                               "cannot say which was the largest")
            return
        if intent.extreme_only and metric in self.metrics and not (intent.subjects or intent.people or intent.parties):
            # "which year was the record?" after a figure: its record, not a figure whose
            # names happen to hold the word "record".
            pointing, intent.metric_id = True, None
        if WHICH_FIRST.match(intent.normalized) and metric in self.metrics \
                and self.metrics[metric].measure == "count" and not intent.subjects:
            intent.kind = "when"  # "which was the first?" after a count: the first of the things counted
        if intent.kind in ("when", "what_happened") and (ONE_OF_THEM.search(intent.normalized)
                                                         or WHICH_FIRST.match(intent.normalized)) \
                and metric in self.metrics and not intent.subjects and not self._new_content(intent):
            # "when was the first one?" after joint exercises: an event of that figure's subject,
            # with its people ("the last one" after Xi–Putin meetings).
            shown = self.metrics[metric]
            intent.residue = " ".join([intent.residue, *(s.replace("_", " ") for s in shown.subjects)]).strip()
            intent.people = intent.people or list(shown.people)
            intent.of_the_figure = True
        elif intent.kind == "when" and IT_DONE.match(intent.normalized) and metric in self.metrics \
                and not (intent.people or intent.periods) \
                and not EXTREME_WORDS.search(intent.normalized) and intent.asked_kind not in ("swing", "peak", "lowest"):
            # "When was it demarcated?" after the border's length: "it" is the thing the figure is
            # of, and the act is asked of that thing's events.
            shown = self.metrics[metric]
            # ... by its own name where it has one ("Su-35 fighters in China's 2015 deal": the Su-35s)
            models = [w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]*-\d+\b", shown.name)]
            things = models or [s.replace("_", " ") for s in shown.subjects]
            intent.residue = " ".join([intent.residue, *things]).strip()
        # "how much oil?" after the date of the loans-for-oil deal: a subject alone, with no time,
        # asked of the one event just dated or named.
        of_the_event = not pointing and before.get("kind") in ("when", "who", "name") and bool(intent.subjects) \
            and not intent.periods and not intent.asked_kind and not SINCE_THEN.search(intent.normalized)
        if previous.events and (pointing or of_the_event) and intent.kind in metric_kinds \
                and not SINCE_THEN.search(intent.normalized) \
                and not (intent.people or intent.parties
                         or self._beyond_the_event(intent, previous.events[0])
                         and not (TOOK_PART.search(intent.normalized) and not before.get("dates"))) \
                and (metric not in self.metrics or misfit(intent, self.metrics[metric], self.resolver.facts)):
            # "What was it worth?" after the date of a deal: a figure of that deal, not the
            # length the date was found by, nor a figure the words "worth" match alone.
            saved = dict(intent.__dict__)
            if self._figure_of_the_event(intent, previous.events[0]) or not (intent.subjects or of_the_event):
                return
            intent.__dict__.update(saved)  # "how many troops took part?": its own subject decides
            if not intent.periods and (year := (date_shown(previous) or "")[:4]):
                # ... at the event's time: "what did they sign?" after the 2025 parade is asked of
                # 2025, not answered with the documents of a visit in 1992; "that month", of its month.
                that = THAT_PART_OF_IT.search(intent.normalized)
                size = 0 if not that else 7 if that.group(1) == "month" else 10
                intent.periods = [Period.point(date_shown(previous)[:size] if size and len(date_shown(previous)) >= size
                                               else year)]
        extreme_of_it = intent.kind == "when" and pointing and (
            bool(EXTREME_WORDS.search(intent.normalized)) or intent.asked_kind == "swing")  # "did it fall the most?"
        if intent.kind not in metric_kinds and not intent.follow_up and not extreme_of_it:
            return
        # (a year next to one the question names is read with it: "how did 2024 compare with the year before?")
        shifted = _shift_year(intent.normalized, periods) if not reads_a_year_next_to(intent.periods) else []
        if shifted:
            intent.periods = shifted
            if YEARS_ON.search(intent.normalized) and metric in self.metrics \
                    and misfit(intent, self.metrics[metric], self.resolver.facts) is None:
                # "and what did the same poll find five years later?": that figure then, held
                # or not, never another that happens to hold the year.
                intent.metric_id, intent.metric_phrase = metric, self.metrics[metric].name.lower()
                intent.candidates, intent.alternatives, intent.not_held = [(99.0, metric)], [], ""
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return
        if intent.kind == "when" and not extreme_of_it:
            # "and when was it extended?": the date is what it asks, not the one shown before
            # ("when was it highest?" asks for the previous figure's peak, and its date).
            return
        if pointing and not intent.subjects and not intent.people and metric not in self.metrics \
                and intent.metric_id in self.metrics and previous.question and not previous.answered:
            # "what was it worth?" after "how many LNG ...?", which crr could not answer: "it" is
            # the LNG asked of, and a figure the words find alone (crude's value) is of another thing.
            before_read = read(previous.question, self.lexicon)
            asked = [(words, group) for words, group in zip(before_read.subject_words, before_read.subjects)
                     if not set(group) <= self.resolver.facts.weak_subjects]
            held = tuple(self.metrics[intent.metric_id].subjects)
            if asked and not any(self.resolver.facts.covers(held, group) for _, group in asked):
                intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
                intent.not_held = (f"crr holds no figure of {' and '.join(w for w, _ in asked)}, asked of before, "
                                   f"that answers this")
                return
        if pointing and not intent.subjects and not intent.people and metric in self.metrics:
            # "what was it in 2024?": the pronoun stands for the previous figure.
            other_way = OTHER_WAY.search(intent.normalized)
            both_ways = BOTH_WAYS.search(intent.normalized) and len(periods) <= 1 and not intent.periods
            target = self._reversed(metric) if other_way else (self._both_ways(metric) or metric) if both_ways \
                else metric
            shown = self.metrics[metric]
            if other_way and target is None and shown.flow == (None, None):
                # "and the other way?" of a figure of both ways together (bilateral trade): no way
                # to turn; said, with the one-way figures it holds, not a figure of "other" countries.
                ways = [m.name for m in self.metrics.values() if all(m.flow) and set(m.subjects) == set(shown.subjects)
                        and m.unit == shown.unit]
                intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
                intent.not_held = (f"{shown.name} counts both ways together, so it has no other way"
                                   + (f"; crr holds {' and '.join(ways)}" if ways else ""))
                return
            if other_way and target is None and shown.flow != (None, None):
                # "and the other way?" of a flow crr holds one way only: said, not the same flow again.
                names = self.resolver.facts.party_names
                intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
                intent.not_held = (f"crr holds {shown.name} only from {names.get(shown.flow[0], shown.flow[0])} "
                                   f"to {names.get(shown.flow[1], shown.flow[1])}, not the other way")
                return
            if target:
                saved = intent.metric_id
                self.resolver.choose(intent, [(99.0, target)])
                if intent.metric_id is None and (saved not in self.metrics or not shown.subjects or self.resolver.facts.covers(
                        tuple(self.metrics[saved].subjects), tuple(shown.subjects))):
                    # (the figure the words found alone stands only if it is of the thing shown:
                    # "what was it worth?" after LNG is no value of crude)
                    intent.metric_id = saved
        # (a figure the follow-up fits as it is, "how much was it worth?" after the deal's value,
        # has no sibling to turn into)
        fits = metric in self.metrics and intent.metric_id == metric and not (intent.content or intent.subjects) \
            and misfit(intent, self.metrics[metric], self.resolver.facts) is None \
            and (not intent.periods or self.resolver.holds(metric, intent.periods[0]))
        # (after the date of an event, the figure its words found is no talk: "and trade that
        # year?" asks for trade, not another rank like the one the date was found by)
        sibling = self._sibling(intent, metric, periods) if (intent.follow_up or thing) and metric in self.metrics and not fits \
            and not (before.get("kind") in EVENT_KINDS and previous.events and intent.subjects) else None
        if intent.follow_up and metric in self.metrics and not intent.parties and self._turned(intent, before):
            # "what about imports?" then "and exports?": the other way of the flow just shown.
            sibling = self._reversed(metric) or sibling
        elif intent.follow_up and metric in self.metrics and any(intent.flow) \
                and opposed(intent.flow, self.metrics[metric].flow) \
                and all(end in (None, *self.metrics[metric].flow) for end in intent.flow) \
                and not (intent.subjects or intent.measures or self._new_content(intent)):
            # (a third country, "and Americans?", is no turn of the two: the rule of other parties says)
            # "and Russians in China?" after Chinese visits to Russia: the same figure the other
            # way, or, where crr holds it one way only, no figure (not another one that goes so).
            sibling = self._reversed(metric, parties_turned=True)
            if sibling is None:
                shown, names = self.metrics[metric], self.resolver.facts.party_names
                intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
                intent.not_held = (f"crr holds {shown.name} only from {names.get(shown.flow[0], shown.flow[0])} "
                                   f"to {names.get(shown.flow[1], shown.flow[1])}, not the other way")
                return
        if sibling:
            # "and imports?" after the yuan's share of exports: the same figure for imports, same period.
            intent.metric_id, intent.metric_phrase = sibling, self.metrics[sibling].name.lower()
            own = [(score, m) for score, m in intent.candidates if m != sibling]
            intent.candidates, intent.not_held = [(99.0, sibling)] + [(min(score, 98.0), m) for score, m in own], ""
            if not intent.periods and not (periods and self._one_off_elsewhere(sibling, periods[0])):
                intent.periods = periods or self._year_of_the_thing(intent, before, metric, pointing)
                self.resolver.prefer_metrics_with_data(intent)
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return
        if intent.metric_id is None and not intent.not_held and metric in self.metrics and (
            intent.periods or intent.follow_up or intent.asked_kind
        ):
            self.resolver.choose(intent, [(99.0, metric)])
            if intent.metric_id is None:
                return  # the previous metric does not fit what this question adds
            if not intent.periods and periods and not intent.name_years \
                    and intent.asked_kind not in ("latest", "peak", "lowest", "swing", "series"):
                # "and only in person?" after Xi and Putin's meetings since 2022: the same figure,
                # of the time asked before, not its latest
                intent.periods = periods
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
        elif intent.metric_id and not intent.periods and periods and not extreme_of_it and not intent.name_years \
                and not (FREQUENCY.search(intent.normalized) and self.metrics[intent.metric_id].measure == "rate") \
                and intent.asked_kind not in ("latest", "peak", "lowest", "swing") and (
                pointing or (before.get("kind") in ("when", "what_happened", "name") and not AS_IT_IS.match(intent.normalized)
                             and self._about_the_events(intent.metric_id, previous))
                or self._same_talk(intent.metric_id, metric, periods)
                or "share" in intent.measures and bool(PART_OF_IT.match(intent.normalized))
                or self._one_of_those_shown(intent.metric_id, previous)) \
                and not self._one_off_elsewhere(intent.metric_id, periods[0]):
            intent.periods = periods
            self.resolver.prefer_metrics_with_data(intent)
        elif intent.metric_id and not intent.periods and (named := self._year_of_the_thing(intent, before, metric, pointing)):
            intent.periods = named
        elif intent.metric_id and not intent.periods and intent.asked_kind in ("peak", "lowest") \
                and len(periods) == 1 and periods[0].form in ("range", "since") \
                and intent.metric_id == metric:
            # "which year was highest?", then "and lowest?", after trade 2018-2024: within that span.
            intent.periods = periods
        if intent.metric_id is None:
            return
        if before.get("kind") == "change" and AND_WITH.match(intent.normalized):
            intent.compare = True  # "and with 2014?" after 2024 compared with 2019: 2024 with 2014
        if intent.compare and not periods and len(intent.periods) == 1 and intent.metric_id == metric \
                and len(shown := {v.period for v in previous.values if not v.derived and v.metric == metric}) == 1:
            periods = [period_of_label(shown.pop())]  # "compare with 2020" after the latest figure: its time
        if intent.compare and periods and len(intent.periods) == 1:  # (two times asked are the two compared)
            intent.periods = [periods[0], intent.periods[0]]
            intent.kind = "change"
            return
        if intent.periods and intent.metric_id == metric and not self.resolver.holds(metric, intent.periods[0]) \
                and not (before.get("units") or before.get("currency") or before.get("sources")):
            # (a unit, or a source, asked before is asked still: "per Customs", then "and in 2022?")
            # "and in 2023?" after LNG in tonnes, which Customs gives only to 2021: the same
            # flow in the unit a source gives for that year (the Energy Institute's bcm).
            twin = self._twin_holding(intent, metric, intent.periods[0]) or self._other_reading_holding(
                intent, previous, intent.periods[0])
            if twin:
                intent.metric_id, intent.metric_phrase = twin, self.metrics[twin].name.lower()
        intent.kind = metric_kind(intent.asked_kind, intent.periods)
        if intent.kind == "value" and intent.asked_kind == "change":
            # "how much did it grow in 2022?": the change in that year, as a question that names
            # the figure asks it
            self.resolver._settle_kind(intent)
