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
from datetime import date

from ..answer import Answer
from ..reading.facets import opposed
from ..reading.kinds import EXTREME_WORDS, metric_kind, read_event_kind
from ..reading.lexicon import lexicon_words
from ..reading.offices import bind_offices
from .event_words import _stemmed_words
from .events import ORDER_WORDS
from ..reading.periods import Period, names_a_thing, period_of_label
from ..reading.read import NAME_KIND_ASKED, POINTING, Intent, read
from ..reading.words import Lazy, _stem, normalize
from ..resolving.rules import misfit
from ..writing.render import render

# Words every question about the relationship may use without naming a subject.
COMMON_SUBJECT_WORDS = frozenset(
    "china chinese russia russian russia-china china-russia sino-russian soviet first begin "
    "start sign signed agree agreement year years deal new joint over time latest record highest "
    "lowest peak growth change rise fall grow increase decline compare versus each every trend "
    "history total average most least before after since until when during".split()
)
# A follow-up asking for a part of the figure just given.
PART_OF_THOSE = Lazy(r"\bhow many of (?:those|these|them)\b|\b(?:of|among) (?:those|these|them),? how many\b")
# A follow-up about the people of the event just shown: "who took part?", "who signed it?".
WHO_OF_PREVIOUS = Lazy(
    r"^(?:and |so )?who (?:took part|takes part|was there|were there|attended|participated|was involved|"
    r"were involved|signed(?: it| that| this| them)?|was present|were present|came|met|went|led it|"
    r"was in it|were they)"
    # "who signed for China?": one side's people
    r"(?: (?:for|from|on behalf of) (?:the )?(?:china|russia|chinese side|russian side|beijing|moscow)"
    r"| on the (?:chinese|russian) side)?\s*\??$"
    # "name them", "which were they?" after a count: whom or what it counts
    r"|^(?:and |so |ok,? )?(?:(?:please )?(?:name|list|identify) (?:them|those|these)"
    r"|(?:who|which) (?:are|were) (?:they|those|these|the ones))\s*\??$")
# What people do at an event, which a who-question about the event just shown may name.
PEOPLE_ACTS = frozenset({"meetings", "treaties", "leader_visits", "calls"})
EVENT_KINDS = frozenset({"what_happened", "when", "who", "count_events"})
FLOW_WORDS = Lazy(r"\b(export|import)s?\b")
ONE_OF_THEM = Lazy(r"\b(?:the (?:first|last|latest|earliest|most recent|next) ones?|th(?:at|is) one)\b")
POINTED_NOUN = Lazy(r"\b(?:this|that|these|those) ([a-z]+)\b")
OTHER_WAY = Lazy(r"\b(?:other (?:direction|way)|the reverse|reversed?|vice versa|opposite direction)\b")
# "what total did Russia report?" after one way of a flow: both ways together.
BOTH_WAYS = Lazy(r"\b(?:total|both ways|both directions|two-way|combined)\b")
WHY = Lazy(r"(?:and |but |so )?(?:why|how come|for what reason)\b")
NEXT_YEAR = Lazy(r"\bthe (?:next|following) year\b|\bthe year after\b|\ba year later\b")
# "four years later", "two years earlier": so many years on from the time asked before.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
YEARS_ON = Lazy(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years? "
                r"(later|after|afterwards|on|earlier|before|prior)\b")
# Verbs that say little of what was done ("when did it get that role?").
LIGHT_VERBS = frozenset({"get", "gets", "got", "give", "gives", "gave", "put", "puts", "have", "has", "had"})
# A word in at most this share of the events' texts says which event is meant.
RARE_IN_EVENTS = 0.03
# Measures of a thing itself, not of what happened in a year: a pipeline's capacity, a border's length.
PROPERTIES = frozenset({"capacity", "length", "duration"})
SHIFT_WORDS = Lazy(r"\b(?:the |a )?(?:next|following|previous|preceding|prior) (?:month|year)\b"
                   r"|\b(?:the |a )?(?:month|year) (?:after|before|later|earlier)\b")
NEXT_MONTH = Lazy(r"\bthe (?:next|following) month\b|\bthe month after\b|\ba month later\b")
MONTH_BEFORE = Lazy(r"\bthe (?:previous|preceding|prior) month\b|\bthe month before\b|\ba month (?:earlier|before)\b")
YEAR_BEFORE = Lazy(r"\bthe (?:previous|preceding|prior) year\b|\bthe year before\b|\ba year (?:earlier|before)\b")


class FollowUps:
    """Questions read in the light of the last answer; mixed into Engine."""

    def _offices_then(self, intent: Intent, previous: Answer) -> None:
        """"Who was China's president then?" after Yeltsin's 1992 visit: an office named with
        "then" and no time of its own is held at the date just shown, not by its last holder."""
        when = _date_shown(previous)
        if not intent.offices or intent.periods or not intent.deictic or not when:
            return
        for person in list(intent.office_of):  # the last holders, bound for want of a time
            intent.people.remove(person)
            short = self.lexicon.short_name(person)
            intent.residue = re.sub(rf"\s*\b{re.escape(short)}$", "", intent.residue)
            del intent.office_of[person]
        intent.open_offices.clear()
        intent.periods = [Period.point(when)]
        bind_offices(intent, self.lexicon, timed=True)

    @staticmethod
    def _year_shown(intent: Intent, previous: Answer) -> None:
        """"How many votes that year?" after the lowest year of a figure: the year of the
        figure just shown, when the answer showed figures of one time only."""
        if not intent.periods and (month := MONTH_OF_THAT_YEAR.search(intent.normalized)):
            # "in May of that year": that month of the year just asked or shown.
            years = {p.label[:4] for p in _periods_of(previous.context or {})} \
                or {v.period[:4] for v in previous.values if not v.derived}
            if len(years) == 1 and (year := years.pop()).isdigit():
                intent.periods = [Period.point(f"{year}-{MONTHS.index(month.group(1)[:3]) + 1:02d}")]
                intent.follow_up = True
                return
        if intent.periods or not THAT_YEAR.search(intent.normalized) or previous.events \
                or _periods_of(previous.context or {}):
            return  # (a time asked before is the one meant, as the follow-up reads it)
        shown = {v.period for v in previous.values if not v.derived}
        if len(shown) == 1 and (year := next(iter(shown)))[:4].isdigit() and "/" not in year:
            intent.periods = [Period.point(year[:4])]
            intent.follow_up = True

    def _follow_previous(self, intent: Intent, previous: Answer) -> Answer | None:
        """Read a question in the light of the last answer; an answer when the follow-up
        is answered from the last answer alone (its sources, the people of its event)."""
        if intent.kind == "sources":
            return self._previous_sources(intent, previous)
        self._offices_then(intent, previous)
        self._year_shown(intent, previous)
        if (previous.context or {}).get("kind") == "when" and previous.events and AND_A_THING.match(intent.normalized) \
                and not (intent.measures or intent.units or intent.currency or intent.sources) \
                and all(names_a_thing(p.phrase, intent.normalized) for p in intent.periods) \
                and intent.kind not in ("when", "who", "what_happened"):
            # "and the border war?" after the date of the split: the date of that, another event.
            intent.kind, intent.follow_up = "when", True
            return None
        if not intent.periods and self._asks_balance(intent):
            intent.periods = _periods_of(previous.context or {})  # "who had the surplus?" after trade in 2013
        if self._bare(intent):
            intent.follow_up = True  # "for how long?", "when?": nothing of its own to be about
            if intent.kind == "when" and _shift_year(intent.normalized, _periods_of(previous.context or {})):
                intent.kind = "value"  # "the year after?" after a figure: the figure a year on
        # "Who took part?", "when was that?": about the event just shown.
        about_shown = None
        if intent.kind == "who" and (WHO_OF_PREVIOUS.match(intent.normalized) or self._who_of_that(intent)):
            about_shown = self._answer_who_of_previous
        elif intent.kind == "when" and self._when_of_that(intent) and not self._names_another_event(intent, previous):
            about_shown = self._answer_when_of_previous
        shown = [e.event_id for e in previous.events if e.event_id] if about_shown else []
        figure = (previous.context or {}).get("metric") or next((v.metric for v in previous.values), None)
        if about_shown == self._answer_who_of_previous and not shown and figure in self.metrics:
            # "who signed it?" after a figure: whom that figure's records name, never another event's people.
            answer = self._answer_who_of_figure(intent, figure)
            answer.context = {"kind": "who", "metric": figure, "periods": [], "rest": intent.rest,
                              "parties": [], "parts": []}
            return answer
        if about_shown == self._answer_when_of_previous and not shown and figure in self.metrics:
            # "when was that signed?" after the length of a deal: the event of that figure, found
            # by the words of its name that say what it is of ("defence cooperation agreement").
            name = re.sub(r"[^a-z' -]", " ", self.metrics[figure].name.lower())
            intent.residue = " ".join([intent.residue, *(w for w in name.split() if not self._says_nothing(w))])
            return None
        if shown:
            answer = about_shown(intent, shown[0])
            answer.context = {"kind": intent.kind, "metric": None, "periods": [], "rest": intent.rest,
                              "parties": [], "parts": []}
            return answer
        self._people_for_pronoun(intent, previous)
        shifted = _shift_year(intent.normalized, _periods_of(previous.context or {}))
        if intent.kind == "what_happened" and not intent.periods and shifted and intent.people:
            # "what did Xi do the next month?" after February 2023: his events of March.
            said = set(lexicon_words(SHIFT_WORDS.sub(" ", intent.normalized)))
            intent.residue = " ".join(w for w in intent.residue.split() if w in said)
            intent.periods, intent.follow_up = shifted, True
            return None
        if intent.kind == "what_happened" and not intent.periods and intent.deictic \
                and self._names_no_subject(intent) and (when := _date_shown(previous)):
            # "what else happened that year?" after the date of a treaty: that year's events.
            intent.periods, intent.follow_up = [Period.point(when[:4])], True
            return None
        before = previous.context or {}
        if before.get("kind") in EVENT_KINDS and intent.follow_up and self._names_no_subject(intent) \
                and not self._names_another_event(intent, previous) \
                and not (intent.measures and before.get("kind") == "what_happened"):
            # ("What was it worth?" after a list of events asks a figure, which the list is not.)
            if previous.events and intent.measures and not intent.periods and before.get("kind") in ("when", "who"):
                # "and for how many years?" after the date of a treaty's renewal: a figure of
                # the event shown, or none held, never the date again.
                self.resolver.resolve(intent)
                self._figure_of_the_event(intent, previous.events[0])
                return None
            self._reread_previous(intent, before)
            return None
        # "what about LNG?" after a figure asked "per the Energy Institute": that source still,
        # where it gives the figure asked; whose statistics ("as Russia reports it") too.
        # (Not whose statistics when the follow-up names a country: "and Russia's own number?")
        inherited = intent.follow_up and not intent.sources and not intent.reporter and (
            before.get("sources") or (before.get("reporter") and not intent.parties))
        if (on := YEARS_ON.search(intent.normalized)) and _periods_of(before):
            # "and four years later?": words of time, which no figure must hold.
            said = set(lexicon_words(on.group(0)))
            intent.content = [w for w in intent.content if w not in said]
            intent.follow_up = True
        if inherited:
            intent.sources = list(before.get("sources") or [])
            intent.reporter = before.get("reporter") if not intent.parties else None
        shown = self.metrics.get(before.get("metric") or "")
        new_subject = intent.follow_up and intent.subjects and not intent.measures and not intent.units \
            and shown is not None and shown.measure in ("volume", "amount", "count")
        self.resolver.resolve(intent)
        self._apply_context(intent, previous)
        if new_subject and intent.metric_id in self.metrics and self.metrics[intent.metric_id].measure == "capacity":
            # "and Power of Siberia 2?" after the gas Power of Siberia carried: what went through
            # it, which a design capacity is not.
            intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
            intent.not_held = "crr holds only a capacity for this, not a figure of the kind just shown"
        if inherited and intent.metric_id and not self._gives(intent, intent.metric_id):
            intent.sources, intent.reporter = [], None
        stated = [v for v in previous.values if not v.derived]
        if stated and intent.given_whole is None and PART_OF_THOSE.search(intent.normalized):
            intent.given_whole = stated[0].value  # "how many of those were phone calls?": a part of the last figure
        return None

    def _gives(self, intent: Intent, metric_id: str) -> bool:
        """Whether the sources and the statistics a question asks for give the metric a figure
        (for the time it asks, if it asks one)."""
        period = intent.periods[0] if len(intent.periods) == 1 else None
        return any((not intent.sources or r["source_id"] in intent.sources)
                   and (not intent.reporter or r["reporter"] == intent.reporter)
                   and (period is None or period.takes_in(r))
                   for r in self.store.observations(metric_id))

    @staticmethod
    def _new_content(intent: Intent) -> list[str]:
        """The question's content words, less the noun a pointing word stands before
        ("that role", "this deal"): it names what was shown, nothing new."""
        pointed = {_stem(m.group(1)) for m in POINTED_NOUN.finditer(intent.normalized)}
        return [w for w in intent.content if w not in pointed]

    def _who_of_that(self, intent: Intent) -> bool:
        """"who did he meet there?", "who signed it?": a who-question that points back and
        names nothing new but what people do (meet, sign, visit) asks about the event shown."""
        asked = NAME_KIND_ASKED.search(intent.normalized)  # "which pollster was it?": the kind asked
        kind = {_stem(asked.group(1))} if asked else set()
        return bool(POINTING.search(intent.normalized)) and not intent.people and not intent.periods \
            and not set(self._new_content(intent)) - kind and not intent.numbers and not intent.parties \
            and all(set(asked) & PEOPLE_ACTS for asked in intent.subjects)

    @staticmethod
    def _bare(intent: Intent) -> bool:
        """A question of a kind and a measure alone ("when?", "for how long?", "how much?"):
        what it asks about can only be what was just answered."""
        return not (intent.subjects or intent.content or intent.people or intent.parties or intent.numbers
                    or intent.periods or intent.units or intent.currency)

    def _when_of_that(self, intent: Intent) -> bool:
        """"when did he say it?", "when was that?", "when exactly was that signed?": a
        when-question that points back and names nothing of its own but what people do
        asks for the date of the event shown."""
        return (bool(POINTING.search(intent.normalized)) or self._bare(intent)) and not intent.people \
            and not intent.periods and not self._new_content(intent) and not intent.numbers and not intent.parties \
            and all(set(asked) & PEOPLE_ACTS for asked in intent.subjects) \
            and not EXTREME_WORDS.search(intent.normalized)

    def _names_another_event(self, intent: Intent, previous: Answer) -> bool:
        """"and when did the invasion begin?" after the 'no limits' statement: a word of the
        events' titles that few events use ("invasion"), which the event shown does not, names
        another event."""
        if not previous.events:
            return False
        counts, total = self._event_text_counts(), max(self._event_total, 1)
        shown = _stemmed_words(f"{previous.events[0].title} {previous.events[0].summary}".lower())
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - ORDER_WORDS
        # "that role", "this deal": a word pointed back with names what was shown; "did it get":
        # a light verb says nothing of which event.
        terms -= set(self.event_vocab.search_terms(" ".join(POINTED_NOUN.findall(intent.normalized))))
        terms -= LIGHT_VERBS
        titled = self._event_word_weights()  # a word of some event's title names a kind of event
        return any(t in titled and 0 < counts.get(t, 0) <= RARE_IN_EVENTS * total and t not in shown
                   and shown.isdisjoint(self.event_vocab.synonyms.get(t, ())) for t in terms)

    def _names_no_subject(self, intent: Intent) -> bool:
        """A follow-up that only changes the time or the parties ("and in 2015?", "and Russia's?")."""
        return not intent.subjects and not intent.people and not intent.content

    def _reread_previous(self, intent: Intent, before: dict) -> None:
        """"and in 2015?" after "what happened in 2014?": the previous question's words,
        with this one's periods, and its parties put in place of the previous ones."""
        rest = before.get("rest") or ""
        old, new = before.get("parties") or [], intent.parties
        if new and len(new) == len(old):
            rest = self._swap_parties(rest, old, new)
        periods = intent.periods or _shift_year(intent.normalized, _periods_of(before)) or _periods_of(before)
        question = intent.question
        fresh = read(rest, self.lexicon)
        fresh.question, fresh.periods, fresh.follow_up = question, periods, True
        fresh.kind = before["kind"] if fresh.kind not in EVENT_KINDS else fresh.kind
        self.resolver.resolve(fresh)
        fresh.kind = before["kind"] if fresh.kind not in EVENT_KINDS else fresh.kind
        intent.__dict__.update(fresh.__dict__)

    def _swap_parties(self, text: str, old: list[str], new: list[str]) -> str:
        """The text with each party of `old` named as the one in the same place of `new`."""
        names = {party: self.store.parties.get(party, party).lower() for party in new}
        words = text.split()
        out = []
        for word in words:
            key = normalize(word).removesuffix("'s")
            party = next((p for p, n in zip(old, new)
                          if self.lexicon.has(key, "party") and p in {b.value for b in self.lexicon.entries.get((key,), ())}), None)
            if party:
                replacement = names[new[old.index(party)]]
                out.append(replacement + ("'s" if word.endswith("'s") else ""))
            else:
                out.append(word)
        return " ".join(out)

    def _with_people_swapped(self, metric: str, named: list[str]) -> str | None:
        """The metric of the same subject whose people are the shown one's, each person named
        in place of the one of the same country: Xi for Hu beside Putin."""
        country = {p["id"]: p["country"] for p in self.store.people}
        shown = self.metrics[metric]
        people = {next((n for n in named if country.get(n) == country.get(p)), p) for p in shown.people}
        people |= set(named)
        if not people & set(shown.people):
            return None  # everyone new ("and Xi and Putin?"): a question of its own, read as such
        alike = [m for m in self.metrics.values() if m.id != metric and set(m.people) == people
                 and set(m.subjects) & set(shown.subjects)]
        alike.sort(key=lambda m: (m.measure != shown.measure, len(set(m.subjects) ^ set(shown.subjects)), bool(m.together), m.id))
        return alike[0].id if alike else None

    def _people_for_pronoun(self, intent: Intent, previous: Answer) -> None:
        """"How often did they meet?" after the date of Putin's first meeting with Hu: "they"
        are the people of the event shown, and the question is read again with their names."""
        said = PERSONAL.search(intent.normalized)
        if not FREQUENCY.search(intent.normalized):
            return  # "how many documents did they sign?": at the event shown, which the context gives
        if intent.people or not said or not previous.events or not previous.events[0].event_id \
                or (previous.context or {}).get("kind") not in ("when", "what_happened", "who"):
            return
        people = [p["name"] for p in self.store.people_of_event(previous.events[0].event_id)]
        plural = said.group(1) in ("they", "them", "their")
        if not people or (plural and len(people) < 2) or (not plural and len(people) != 1):
            return
        names = " and ".join(people) + ("'s" if said.group(1) in ("their", "his", "her") else "")
        fresh = read(intent.normalized[:said.start()] + names + intent.normalized[said.end():], self.lexicon)
        if POINTING.search(fresh.normalized) or fresh.periods:
            return  # "did they sign on that trip?": still about what was shown, and when
        fresh.question = intent.question
        intent.__dict__.update(fresh.__dict__)

    def _one_off_elsewhere(self, metric_id: str, period: Period) -> bool:
        """A property of a thing (its capacity, its length) held for one time only, not the
        time just asked ("what is its capacity?" after the gas of 2022): the question asks
        that figure, not one for the time before.  An amount or a share is of its time."""
        if self.metrics[metric_id].measure not in PROPERTIES:
            return False
        held = {row["period"] for row in self._points(metric_id)}
        return len(held) == 1 and not self.resolver.holds(metric_id, period)

    def _same_talk(self, metric_id: str, before: str | None, periods: list) -> bool:
        """"What share of foreign students?" after Chinese students in 2020: another figure of
        the same subject, held for the time just asked, is asked for that time."""
        if before not in self.metrics or metric_id == before or len(periods) != 1:
            return False
        weak = self.resolver.facts.weak_subjects
        shared = set(self.metrics[metric_id].subjects) & set(self.metrics[before].subjects) - weak
        return bool(shared) and self.resolver.holds(metric_id, periods[0])

    def _apply_context(self, intent: Intent, previous: Answer) -> None:
        """Fill what a figure follow-up leaves out from the previous question: its metric
        ("what was it in 2024?"), its period ("and imports?", "how many troops took part?"
        after a date), a year on from it ("and the next year?"), the other way ("and in
        the other direction?")."""
        before = previous.context or {}
        metric = before.get("metric")
        periods = _periods_of(before)
        if intent.kind == "sources":
            return
        talked = before.get("talked") or []
        if intent.asked_kind == "change" and not intent.periods and len(talked) >= 2 and metric in self.metrics \
                and not (intent.subjects or intent.people or intent.parties or self._new_content(intent)):
            # "so how much did it grow?" after LNG in 2025 and in 2019: between the two times talked of.
            first, last = sorted(talked[-2:])
            self.resolver.choose(intent, [(99.0, metric)])
            intent.periods, intent.kind = [period_of_label(first), period_of_label(last)], "change"
            return
        if intent.people and metric in self.metrics and self.metrics[metric].people \
                and not (intent.subjects or intent.content or intent.measures or intent.periods or intent.parties):
            # "and Xi?" after Hu–Putin meetings a year: the same kind of figure with Xi in Hu's place.
            target = self._with_people_swapped(metric, intent.people)
            if target:
                intent.metric_id, intent.metric_phrase = target, self.metrics[target].name.lower()
                intent.candidates, intent.alternatives, intent.not_held = [(99.0, target)], [], ""
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return
        if intent.others and metric in self.metrics and not (intent.subjects or intent.people or self._new_content(intent)) \
                and (other := self._sibling_by_party(intent, metric)):
            # "and how many did the EU go after?" after the firms the US listed: the same kind
            # of figure, of the party now named.
            self.resolver.choose(intent, [(99.0, other)])
            if intent.metric_id == other:
                intent.not_held = ""
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return
        metric_kinds = {"value", "span", "change", "latest", "peak", "lowest", "swing", "series", "unknown"}
        pointing = intent.follow_up or intent.deictic or bool(POINTING.search(intent.normalized))
        if intent.kind == "judgement" and WHY.match(intent.normalized):
            # "why did it fall?": a cause, which crr does not give, of the figure shown or any;
            # the figure shown, and its time, are what it bears on and what the talk goes on with.
            if pointing and metric in self.metrics and not (intent.subjects or intent.people or intent.periods):
                intent.metric_id, intent.candidates, intent.periods = metric, [(99.0, metric)], periods
            return
        named_source = "source" in intent.bound.values()
        if pointing and named_source and metric in self.metrics and self._gives(intent, metric) \
                and not (intent.subjects or intent.people or intent.periods):
            # "does SIPRI's own data agree with that?": the figure shown, as that source gives it.
            self.resolver.choose(intent, [(99.0, metric)])
            intent.periods = periods
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
            if asked_kind == "count_events":
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
        if not intent.periods and metric in self.metrics and (intent.units or intent.currency) \
                and not (intent.subjects or intent.content or intent.people or intent.parties or intent.numbers):
            # "in bcm?" after a figure: the same figure, or its twin in that unit, for the same time.
            target = metric if misfit(intent, self.metrics[metric], self.resolver.facts) is None \
                else self._sibling_by_measure(intent, metric, periods)
            if target:
                self.resolver.choose(intent, [(99.0, target)])
                intent.periods = periods
                intent.kind = metric_kind(intent.asked_kind, intent.periods)
                return
            # "in euros?": the figure shown, which crr holds in no such currency and has no twin
            # in; said, and no figure the word alone matches ("dollars": trade) given instead.
            broken = misfit(intent, self.metrics[metric], self.resolver.facts)
            intent.metric_id, intent.candidates, intent.periods = None, [], periods
            intent.not_held = broken.reason(intent, self.metrics[metric], self.resolver.facts)
            intent.kind = "unknown"
            return
        if intent.kind == "what_happened" and pointing and metric in self.metrics and not intent.content:
            intent.kind = "unknown"  # "what was it in 2024?" after a figure asks for that figure
        if intent.extreme_only and metric in self.metrics and not (intent.subjects or intent.people or intent.parties):
            # "which year was the record?" after a figure: its record, not a figure whose
            # names happen to hold the word "record".
            pointing, intent.metric_id = True, None
        if intent.kind in ("when", "what_happened") and ONE_OF_THEM.search(intent.normalized) \
                and metric in self.metrics and not intent.subjects and not self._new_content(intent):
            # "when was the first one?" after joint exercises: an event of that figure's subject,
            # with its people ("the last one" after Xi–Putin meetings).
            shown = self.metrics[metric]
            intent.residue = " ".join([intent.residue, *(s.replace("_", " ") for s in shown.subjects)]).strip()
            intent.people = intent.people or list(shown.people)
        if previous.events and pointing and intent.kind in metric_kinds \
                and not (intent.people or intent.parties or self._beyond_the_event(intent, previous.events[0])) \
                and (metric not in self.metrics or misfit(intent, self.metrics[metric], self.resolver.facts)):
            # "What was it worth?" after the date of a deal: a figure of that deal, not the
            # length the date was found by, nor a figure the words "worth" match alone.
            saved = dict(intent.__dict__)
            if self._figure_of_the_event(intent, previous.events[0]) or not intent.subjects:
                return
            intent.__dict__.update(saved)  # "how many troops took part?": its own subject decides
        extreme_of_it = intent.kind == "when" and pointing and bool(EXTREME_WORDS.search(intent.normalized))
        if intent.kind not in metric_kinds and not intent.follow_up and not extreme_of_it:
            return
        shifted = _shift_year(intent.normalized, periods)
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
        if pointing and not intent.subjects and not intent.people and metric in self.metrics:
            # "what was it in 2024?": the pronoun stands for the previous figure.
            other_way = OTHER_WAY.search(intent.normalized)
            both_ways = BOTH_WAYS.search(intent.normalized) and len(periods) <= 1 and not intent.periods
            target = self._reversed(metric) if other_way else (self._both_ways(metric) or metric) if both_ways \
                else metric
            shown = self.metrics[metric]
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
                if intent.metric_id is None:
                    intent.metric_id = saved
        sibling = self._sibling(intent, metric, periods) if intent.follow_up and metric in self.metrics else None
        if intent.follow_up and metric in self.metrics and not intent.parties and self._turned(intent, before):
            # "what about imports?" then "and exports?": the other way of the flow just shown.
            sibling = self._reversed(metric) or sibling
        elif intent.follow_up and metric in self.metrics and any(intent.flow) \
                and opposed(intent.flow, self.metrics[metric].flow) \
                and not (intent.subjects or intent.measures or self._new_content(intent)):
            # "and Russians in China?" after Chinese visits to Russia: the same figure the other way.
            sibling = self._reversed(metric) or sibling
        if sibling:
            # "and imports?" after the yuan's share of exports: the same figure for imports, same period.
            intent.metric_id, intent.metric_phrase = sibling, self.metrics[sibling].name.lower()
            own = [(score, m) for score, m in intent.candidates if m != sibling]
            intent.candidates, intent.not_held = [(99.0, sibling)] + [(min(score, 98.0), m) for score, m in own], ""
            if not intent.periods and not (periods and self._one_off_elsewhere(sibling, periods[0])):
                intent.periods = periods
                self.resolver.prefer_metrics_with_data(intent)
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return
        if intent.metric_id is None and not intent.not_held and metric in self.metrics and (
            intent.periods or intent.follow_up or intent.asked_kind
        ):
            self.resolver.choose(intent, [(99.0, metric)])
            if intent.metric_id is None:
                return  # the previous metric does not fit what this question adds
        elif intent.metric_id and not intent.periods and periods and not extreme_of_it \
                and not (FREQUENCY.search(intent.normalized) and self.metrics[intent.metric_id].measure == "rate") \
                and intent.asked_kind not in ("latest", "peak", "lowest") and (
                pointing or (before.get("kind") in ("when", "what_happened")
                             and self._about_the_events(intent.metric_id, previous))
                or self._same_talk(intent.metric_id, metric, periods)) \
                and not self._one_off_elsewhere(intent.metric_id, periods[0]):
            intent.periods = periods
            self.resolver.prefer_metrics_with_data(intent)
        if intent.metric_id is None:
            return
        if intent.compare and periods and intent.periods:
            intent.periods = [periods[0], intent.periods[0]]
            intent.kind = "change"
            return
        if intent.periods and intent.metric_id == metric and not self.resolver.holds(metric, intent.periods[0]) \
                and not (before.get("units") or before.get("currency")):  # a unit asked before is asked still
            # "and in 2023?" after LNG in tonnes, which Customs gives only to 2021: the same
            # flow in the unit a source gives for that year (the Energy Institute's bcm).
            twin = self._twin_holding(intent, metric, intent.periods[0])
            if twin:
                intent.metric_id, intent.metric_phrase = twin, self.metrics[twin].name.lower()
        intent.kind = metric_kind(intent.asked_kind, intent.periods)

    def _twin_holding(self, intent: Intent, metric_id: str, period: Period) -> str | None:
        """A metric of the same things flowing the same way, of the same measure in another
        unit, that holds a figure for the period."""
        metric = self.metrics[metric_id]
        if metric.flow == (None, None) or intent.units or intent.currency:
            return None
        twins = [m for m in self.metrics.values() if m.id != metric_id and self.resolver.twins(m.id, metric_id)
                 and m.unit != metric.unit
                 and m.measure == metric.measure and self.resolver.holds(m.id, period)
                 and misfit(intent, m, self.resolver.facts) is None]
        return twins[0].id if twins else None

    def _beyond_the_event(self, intent: Intent, event) -> list[str]:
        """The follow-up's words and subjects that neither the event shown nor the figure
        its words match best say: "how much capacity was it to add?" after a deal to add
        capacity names nothing new."""
        text = f"{event.title} {event.summary}".lower()
        said = set(self.matcher.correct(text)[0])
        best = self.matcher.match(text)
        if best:
            said |= self.resolver.facts.words_of(best[0][1])
        words = [w for w in self._new_content(intent) if w not in said and _stem(w) not in said]
        return words + [p for p in intent.subject_words if not set(self.matcher.correct(p)[0]) <= said]

    def _figure_of_the_event(self, intent: Intent, event) -> bool:
        """"What was it worth?" after the 2014 gas deal: a figure of the event just shown,
        matched by the event's words, that fits what the question asks (here an amount);
        one held for the event's year first.  None fitting: False, and the question is
        read as not held."""
        said = f"{event.title}. {event.summary}".lower()
        # (a summary's other words may weigh against every figure: the title alone then)
        scored = [(score, metric_id) for score, metric_id, _ in
                  self.matcher.match(said) or self.matcher.match(event.title.lower())]
        year = (event.date or "")[:4]
        intent.metric_id = None
        if year:  # a figure of the event's year first
            self.resolver.choose(intent, [(score, m) for score, m in scored if self.resolver.in_year(m, year)])
        if intent.metric_id is None:
            self.resolver.choose(intent, scored)
        if intent.metric_id is None:
            intent.kind = "unknown"
            intent.not_held = intent.not_held or f"crr holds no figure of this kind for “{event.title}”"
            return False
        # The event's year when the figure has one then; else the figure as it is held (a
        # deal of 2008 to add capacity by 2011).
        intent.periods = []
        if year and self.resolver.in_year(intent.metric_id, year):
            # Held at one date in that year (June 2021): that date, not the year as a whole.
            held = {row["period"] for row in self.store.observations(intent.metric_id)
                    if (row["period_start"] or "")[:4] == year}
            one = next(iter(held)) if len(held) == 1 else ""
            intent.periods = [Period.point(one if one and "/" not in one else year)]
        intent.kind = metric_kind(intent.asked_kind, intent.periods)
        return True

    @staticmethod
    def _turned(intent: Intent, before: dict) -> bool:
        """Whether a follow-up names the other of exports and imports than the question
        before it, and nothing else of a flow."""
        now = set(FLOW_WORDS.findall(intent.normalized))
        then = set(FLOW_WORDS.findall(before.get("rest") or ""))
        return len(now) == 1 and len(then) == 1 and now != then

    def _about_the_events(self, metric_id: str, previous: Answer) -> bool:
        """Whether a figure is of the events just shown, so that it takes their date ("how
        many troops took part?" after Peace Mission 2005), by a word of its names in theirs;
        "the yuan's share" after a nuclear plant is a question of its own."""
        words = self.matcher.words_of(metric_id) - self.matcher.party_words
        said = " ".join(f"{e.title} {e.summary}" for e in previous.events[:3]).lower()
        return any(word in words for word in self.matcher.correct(said)[0])

    def _reversed(self, metric_id: str) -> str | None:
        """The metric of the same subjects going the other way (Russian visits to China ->
        Chinese visits to Russia)."""
        metric = self.metrics[metric_id]
        if metric.flow == (None, None):
            return None
        flipped = (metric.flow[1], metric.flow[0])
        same = [m for m in self.metrics.values() if m.flow == flipped and m.measure == metric.measure
                and set(m.subjects) == set(metric.subjects) and m.unit == metric.unit]
        return same[0].id if same else None

    def _both_ways(self, metric_id: str) -> str | None:
        """The metric of the same subjects both ways together (goods from Russia to China ->
        bilateral trade), in the same unit."""
        metric = self.metrics[metric_id]
        if metric.flow == (None, None):
            return None
        same = [m for m in self.metrics.values() if m.flow == (None, None) and m.measure == metric.measure
                and set(m.subjects) == set(metric.subjects) and m.unit == metric.unit
                and set(m.parties) == set(metric.parties)]
        return same[0].id if same else None

    def _sibling(self, intent: Intent, metric_id: str, periods: list[Period]) -> str | None:
        """The metric a short follow-up turns the previous one into: its name with the
        follow-up's words ("imports", "naval"), if one metric has them all."""
        by_measure = self._sibling_by_measure(intent, metric_id, periods)
        if by_measure:
            return by_measure
        words = set(self.matcher.correct(intent.residue)[0]) - COMMON_SUBJECT_WORDS - {"one"}  # "which ones"
        words = {w for w in words if not w.isdigit()}
        if not words or len(words) > 2 or words <= self.matcher.words_of(metric_id):
            return None
        combined = f"{normalize(self.metrics[metric_id].name)} {' '.join(sorted(words))}"
        measure = self.metrics[metric_id].measure
        # Of the measure shown, unless the follow-up asks another: "and oil?" after gas
        # exports is oil exports, not the oil pipeline's length.
        fitting = [candidate for _, candidate, _ in self.matcher.match(combined)
                   if candidate != metric_id and words <= self.matcher.words_of(candidate)
                   and (intent.measures or self.metrics[candidate].measure == measure)
                   and misfit(intent, self.metrics[candidate], self.resolver.facts) is None]
        if fitting:
            # ... one the source asked for gives figures for, if any ("per the Energy Institute").
            named = [m for m in fitting if self._gives(intent, m)] if intent.sources or intent.reporter else []
            return (named or fitting)[0]
        return self._sibling_by_subject(intent, metric_id, periods)

    def _sibling_by_measure(self, intent: Intent, metric_id: str, periods: list[Period]) -> str | None:
        """"What about the value?" after crude imports in tonnes, "in bcm?" after LNG in
        tonnes: the same flow of the same subjects, measured (or in the unit) the follow-up
        asks, one with a figure for the period first."""
        metric = self.metrics[metric_id]
        if not (intent.measures or intent.units or intent.currency) or intent.subjects or self._new_content(intent) \
                or misfit(intent, metric, self.resolver.facts) is None:
            return None
        # Of the same flow, or of none: a deal's length goes no way, though its gas does.
        fits = [m for m in self.metrics.values() if m.id != metric_id
                and set(m.subjects) == set(metric.subjects) and m.flow in (metric.flow, (None, None))
                and misfit(intent, m, self.resolver.facts) is None]
        periods = intent.periods or periods
        # With no time asked, the series of most figures (crude by year, not one deal's cap).
        fits.sort(key=lambda m: (not (periods and self.resolver.holds(m.id, periods[0])), m.flow != metric.flow,
                                 -len(self.store.observations(m.id)), m.id))
        return fits[0].id if fits else None

    def _sibling_by_party(self, intent: Intent, metric_id: str) -> str | None:
        """The metric of the same measure and unit, sharing a subject, of the other party named."""
        shown = self.metrics[metric_id]
        fits = [m for m in self.metrics.values() if m.id != metric_id and m.measure == shown.measure
                and m.unit == shown.unit and set(m.subjects) & set(shown.subjects)
                and all(o in m.parties for o in intent.others)]
        return fits[0].id if len(fits) == 1 else None

    def _sibling_by_subject(self, intent: Intent, metric_id: str, periods: list[Period]) -> str | None:
        """"How many of them were at sea?" after joint exercises: the metric of the same
        measure with the previous one's subjects and the one the follow-up adds (naval),
        one with a figure for the period asked first."""
        if not intent.subjects:
            return None
        metric = self.metrics[metric_id]
        base = set(metric.subjects)
        fits = [m for m in self.metrics.values() if m.id != metric_id and m.measure == metric.measure
                and base <= set(m.subjects) and all(set(group) & set(m.subjects) for group in intent.subjects)
                and misfit(intent, m, self.resolver.facts) is None] if base else []
        periods = intent.periods or periods
        fits.sort(key=lambda m: (not (periods and self.resolver.holds(m.id, periods[0])), len(m.subjects), m.id))
        return fits[0].id if fits else None

    def _previous_sources(self, intent: Intent, previous: Answer) -> Answer:
        # "Which source says 76?": the sources of that figure of the answer, where it gave it.
        named = [v for v in previous.values if not v.derived and any(abs(v.value - n) < 1e-9 for n in intent.numbers)]
        picked = [{"value": f"{v.value:g}", "label": v.label, "period": v.period,
                   "cited": [previous.citations[i - 1].text for i in v.cites if 0 < i <= len(previous.citations)]}
                  for v in named]
        text = render("answers/sources.txt.j2", previous=previous, picked=picked,
                      asked=[f"{n:g}" for n in intent.numbers])
        return Answer.model_construct(
            question=intent.question, answered=bool(previous.citations), kind="sources",
            interpretation=f"Read as a request for the sources of the answer to '{previous.question}'.",
            text=text, values=previous.values, events=previous.events,
            citations=previous.citations, suggestions=previous.suggestions, context=previous.context,
            reading={"kind": "sources", "summary": "the sources of the previous answer"}, unread=[],
        )

    # --- helpers -----------------------------------------------------------


def _periods_of(context: dict) -> list[Period]:
    return [
        Period(p["label"], date.fromisoformat(p["start"]) if p["start"] else None,
               date.fromisoformat(p["end"]) if p["end"] else None, p["form"], p["phrase"])
        for p in context.get("periods", [])
    ]


# "and the border war?": another thing named, nothing else asked.
AND_A_THING = Lazy(r"^(?:and|what about|how about) (?!(?:the |its |their )?(?:other|same|next|previous|year|one|first|"
                   r"second|third|fourth|fifth|last|according)\b)(?:the |its |their )?[a-z][a-z' -]*$")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_OF_THAT_YEAR = Lazy(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:of )?(?:that|the same) year\b")
# The year of what was just shown.
THAT_YEAR = Lazy(r"\b(?:that|the same|this) year\b|\bin that year\b")
# How often people did something, over their years, not at one event.
FREQUENCY = Lazy(r"\bhow (?:often|frequently)\b|\bhow many times\b")
# A pronoun for people: "they", "he", "her".
PERSONAL = Lazy(r"\b(they|them|their|he|him|his|she|her)\b")


def _date_shown(previous: Answer) -> str | None:
    """The date (or the start of the period) of the event or figure an answer showed first,
    if it showed one: "1992-12-23", "2010"."""
    when = previous.events[0].date if previous.events else next((v.period for v in previous.values), "")
    when = when.split("/")[0]
    return when if when[:4].isdigit() else None


def _shift_year(text: str, periods: list[Period]) -> list[Period]:
    """"and the next year?": the year after the previous question's; "the year before" too;
    "the next month" after a month, the month after it."""
    month_step = 1 if NEXT_MONTH.search(text) else -1 if MONTH_BEFORE.search(text) else 0
    months = [p for p in periods if p.form == "point" and len(p.label) == 7]
    if month_step and months:
        year, month = map(int, months[-1].label.split("-"))
        year, month = divmod(year * 12 + month - 1 + month_step, 12)
        return [Period.point(f"{year}-{month + 1:02d}")]
    step = 1 if NEXT_YEAR.search(text) else -1 if YEAR_BEFORE.search(text) else 0
    if not step and (on := YEARS_ON.search(text)):
        count = int(on.group(1)) if on.group(1).isdigit() else _COUNTS[on.group(1)]
        step = -count if on.group(2) in ("earlier", "before", "prior") else count
    years = [p for p in periods if p.form == "point" and len(p.label) == 4]
    if not step or not years:
        return []
    return [Period.point(str(int(years[-1].label) + step))]
