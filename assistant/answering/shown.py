"""What the answer before showed, for a follow-up: its date and the offices then, its people,
its event and what else that event names, and its sources."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.kinds import EXTREME_WORDS, metric_kind
from ..reading.offices import bind_offices
from .event_words import _stemmed_words, event_stem
from .events import ORDER_WORDS
from ..reading.periods import Period
from ..reading.read import NAME_KIND_ASKED, POINTING, Intent, asks_capacity, read
from ..reading.words import NUMBER_WORDS, Lazy, _stem
from ..resolving.rules import misfit
from ..writing.render import render
from .turn_words import AS_IT_IS, FREQUENCY, POINTED_NOUN
from .time_shown import THAT_PART_OF_IT, THAT_YEAR, date_shown, periods_in_context


# What people do at an event, which a who-question about the event just shown may name.
PEOPLE_ACTS = frozenset({"meetings", "treaties", "leader_visits", "calls"})
# Which of a kind did a thing to what was shown: "which parliaments ratified it?", "which firms signed them?".
WHICH_DID_IT = Lazy(r"^(?:and |so |but )?which (?:[\w-]+ ){0,2}?[a-z]+s ([a-z]+ed|built|led|ran|made|paid|won|sold|bought|took|"
                    r"gave|held|wrote|drew|brought|sent|began|chose|broke|struck|set up|signed) (?:it|that|this|them|those)\b")
# What a pollster does to its respondents: "which polling firm asked them?".
SURVEY_ACTS = frozenset({"asked", "polled", "surveyed", "questioned", "interviewed", "conducted"})

# Verbs that say little of what was done ("when did it get that role?").
LIGHT_VERBS = frozenset({"get", "gets", "got", "give", "gives", "gave", "put", "puts", "have", "has", "had"})
# A word in at most this share of the events' texts says which event is meant.
RARE_IN_EVENTS = 0.03

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_OF_THAT_YEAR = Lazy(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:of )?(?:that|the same) year\b"
                          r"|\b(?:that|the same) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
# The year of what was just shown.

# A pronoun for people: "they", "he", "her".
PERSONAL = Lazy(r"\b(they|them|their|he|him|his|she|her)\b")


def _names_of(person) -> list[str]:
    """A person's name and aliases, as the people table gives them."""
    return [person["name"], *filter(None, (person["aliases"] or "").split("; "))]



# "Who commanded it?", "who built that?": a deed done to the thing shown, asked of its doer.
ACT_ON_IT = Lazy(r"^(?:and |so |but )?who (?:had to |has to |did |had |has )?([a-z]+ed|built|led|ran|made|paid|won|sold|bought|took|gave|held|"
                 r"wrote|drew|brought|sent|began|chose|broke|struck|set up"
                 # "who had to ratify it?", "who did approve it?": an act owed or done, in its plain form
                 r"|(?:(?<=had to )|(?<=has to )|(?<=did ))(?:ratify|approve|sign|build|pay|fund|finance|announce|host|propose|"
                 r"negotiate|broker|launch|attend|back|block|veto|endorse|accept|agree to)"
                 # ("who ran that poll?": the noun after a pointing word names the thing shown)
                 r") (?:it|them|(?:that|this|those|these)(?: [a-z-]+)?)\??$")

# "Which terminal did it arrive at?", "what port was it shipped to?": a place of the thing shown.
PLACE_OF_IT = Lazy(r"^(?:and |so )?(?:which|what) (?:port|terminal|city|town|place|region|province|island|field|site)s? "
                   r"(?:(?:did|does|was|were|is) (?:it|they|that|this|the cargo|the shipment)\b"
                   # "which terminal received it?", "what port took the cargo?"
                   r"|(?:received|receives|took|takes|handled|handles|got|unloaded|accepted) (?:it|them|that|this|the cargo|the shipment)\b)"
                   # "and at which terminal?", "which port?": the place alone, of what was shown
                   r"|^(?:and |so )?(?:(?:at|in|to|from|into|through) )?(?:which|what) (?:port|terminal|city|town|place|region|"
                   r"province|island|field|site)s?\s*\??$"
                   # "which countries were they routed through?": the way the things shown went
                   r"|^(?:and |so )?(?:(?:through|via) )?(?:which|what) (?:countries|country|states|places|cities|ports|routes?) "
                   r"(?:were|was|did|do|are|is) (?:it|they|them|that|this|those|these|the shipments?|the goods) "
                   r"(?:[\w-]+ ){0,2}?(?:routed|shipped|sent|passed|pass|transited|transit|moved|go|went|travel(?:l?ed)?)\b")


# Of the figures an event's words find, those scored at least this share of the best.
EVENT_FIGURE_FLOOR = 0.25


class ShownBefore:
    """What the previous answer showed; mixed into Engine."""

    def _offices_then(self, intent: Intent, previous: Answer) -> None:
        """"Who was China's president then?" after Yeltsin's 1992 visit: an office named with
        "then" and no time of its own is held at the date just shown, not by its last holder."""
        when = date_shown(previous)
        if intent.kind == "who" and not intent.offices and not intent.periods and intent.deictic:
            # "Who was prime minister then?", a post crr lists no holders of: the time asked
            # before, or shown, is the time of the post asked.
            asked = periods_in_context(previous.context or {})
            intent.periods = asked[:1] or ([Period.point(when)] if when else [])
            return
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
            years = {p.label[:4] for p in periods_in_context(previous.context or {})} \
                or {v.period[:4] for v in previous.values if not v.derived}
            if len(years) == 1 and (year := years.pop()).isdigit():
                name = (month.group(1) or month.group(2))[:3]
                intent.periods = [Period.point(f"{year}-{MONTHS.index(name) + 1:02d}")]
                intent.follow_up = True
                intent.content = [w for w in intent.content if not w.startswith(name)]  # "that October": a time
                return
        if intent.periods or not THAT_YEAR.search(intent.normalized) or previous.events \
                or periods_in_context(previous.context or {}):
            return  # (a time asked before is the one meant, as the follow-up reads it)
        shown = {v.period for v in previous.values if not v.derived}
        if len(shown) == 1 and (year := next(iter(shown)))[:4].isdigit() and "/" not in year:
            intent.periods = [Period.point(year[:4])]
            intent.follow_up = True

    def _who_of_that(self, intent: Intent, previous: Answer | None = None) -> bool:
        """"who did he meet there?", "who signed it?": a who-question that points back and
        names nothing new but what people do (meet, sign, visit) asks about the event shown;
        nor does a subject of the figure shown ("which polling firm was it?" after a poll's)."""
        if ACT_ON_IT.match(intent.normalized) and not (intent.people or intent.periods or intent.parties):
            return True  # "who commanded it?": whoever did that at the event shown, if its record says
        if WHICH_DID_IT.match(intent.normalized) and not (intent.people or intent.periods or intent.parties or intent.numbers):
            return True  # "which parliaments ratified it?": the bodies the record of the event shown says did so
        if PLACE_OF_IT.match(intent.normalized) and not (intent.people or intent.periods or intent.parties or intent.numbers):
            return True  # "which terminal did it arrive at?": the place the record of the event shown names
        asked = NAME_KIND_ASKED.search(intent.normalized)  # "which pollster was it?": the kind asked
        kind = {_stem(asked.group(1))} if asked else set()
        # "which commanders does it name?": people of a post, asked for
        kind |= {w for w in self._new_content(intent) if event_stem(_stem(w)) in self.event_vocab.role_stems}
        metric = self.metrics.get((previous.context or {}).get("metric") or "") if previous is not None else None
        held = set(metric.subjects) if metric is not None else set()
        # "Which two Russian companies signed it?": how many of the kind, and whose side, say what is
        # asked for; no new figure or country.
        said_of_kind = asked.group(0).split() if asked else []
        numbers = [n for n in intent.numbers if not any(NUMBER_WORDS.get(w) == n for w in said_of_kind)]
        parties = [p for p in intent.parties if not any(p in self.lexicon.values_of(w, "party") for w in said_of_kind)]
        return bool(POINTING.search(intent.normalized)) and not intent.people and not intent.periods \
            and not set(self._new_content(intent)) - kind - SURVEY_ACTS and not numbers and not parties \
            and all(set(asked) & (PEOPLE_ACTS | held) for asked in intent.subjects)

    def _when_of_that(self, intent: Intent, previous: Answer | None = None) -> bool:
        """"when did he say it?", "when was that?", "when exactly was that signed?": a
        when-question that points back and names nothing of its own but what people do
        asks for the date of the event shown.  The people of that event, named again, name
        nothing new ("when was it, and what did he and Putin sign?" after Xi's visit)."""
        shown = {p["id"] for e in (previous.events[:1] if previous else []) if e.event_id
                 for p in self.store.people_of_event(e.event_id)}
        said = PERSONAL.search(intent.normalized)
        if previous is not None and previous.kind == "who" and said and said.group(1) in ("they", "them") \
                and not {p["id"] for p in self._people_in(previous.text.split("\n")[0].lower())} <= shown:
            return False  # "when did they first meet?" after who Lavrov's counterpart is: the two, not an event of one
        return (bool(POINTING.search(intent.normalized)) or self._bare(intent)) and set(intent.people) <= shown \
            and not intent.periods and not self._new_content(intent) and not intent.numbers and not intent.parties \
            and all(set(asked) & PEOPLE_ACTS for asked in intent.subjects) \
            and not EXTREME_WORDS.search(intent.normalized) and intent.asked_kind not in ("swing", "peak", "lowest")

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
        # ("what is its yearly capacity?": a measure asked of the thing shown names no other event)
        terms -= set(self.event_vocab.search_terms(" ".join(w for w, facet in intent.bound.items() if facet == "measure")
                                                   + " yearly annual annually monthly daily"))
        titled = self._event_word_weights()  # a word of some event's title names a kind of event
        return any(t in titled and 0 < counts.get(t, 0) <= RARE_IN_EVENTS * total and t not in shown
                   and shown.isdisjoint(self.event_vocab.synonyms.get(t, ())) for t in terms)

    def _people_for_pronoun(self, intent: Intent, previous: Answer) -> None:
        """"How often did they meet?" after the date of Putin's first meeting with Hu: "they"
        are the people of the event shown, and the question is read again with their names."""
        said = PERSONAL.search(intent.normalized)
        if said and said.group(1) in ("he", "him", "his", "she", "her"):
            # "When did he visit Moscow?" after a question about Xi alone, or after who China's
            # defence minister was: the one person named ("how many times did he meet Lavrov?"
            # after "who is Wang Yi?": Wang Yi, beside the one this question names).
            # (after a who-answer, the one its first line names: "Dmitry Medvedev (Russia): President
            # ...", "Xi Jinping: Xi succeeds Hu ..." -- the answer, not the one the question named)
            named = self._people_in(previous.text.split("\n")[0].split(":")[0].lower()) if previous.kind == "who" else []
            # ("other than Jiang, who did he meet?": not the one the question leaves out)
            named = [p for p in named if p["id"] not in intent.besides_people]
            if len(named) != 1:
                named = self._people_in(previous.question.lower())
            if len(named) == 1 and named[0]["id"] not in intent.people:
                name = named[0]["name"] + ("'s" if said.group(1) in ("his", "her") else "")
                fresh = read(intent.normalized[:said.start()] + name + intent.normalized[said.end():], self.lexicon)
                fresh.question = intent.question
                intent.__dict__.update(fresh.__dict__)
                return
        if said and said.group(1) in ("they", "them") and previous.kind == "who" \
                and not intent.people:
            # "How many times did they meet?" after who the two chief diplomats are: the people
            # the answer's lines open with, by name.
            named = []
            for line in previous.text.split("\n"):
                named += [p for p in self._people_in(line.split(":")[0].lower()) if p not in named]
            if len(named) == 1:
                # "Sergey Lavrov (Russia): ... who met Wang Yi 30 times": the one the answer is
                # of, and the one its line says he did something with.
                first = previous.text.split("\n")[0].lower()
                named += [p for p in self._people_in(first) if p not in named]
            if len(named) == 2:
                names = " and ".join(p["name"] for p in named)
                fresh = read(intent.normalized[:said.start()] + names + intent.normalized[said.end():], self.lexicon)
                fresh.question = intent.question
                intent.__dict__.update(fresh.__dict__)
                return
        read_before = [p for p in (previous.reading or {}).get("people") or []]
        if said and said.group(1) in ("they", "them", "their") and not intent.people and not previous.events \
                and not previous.values and len(read_before) == 2:
            # "How many times did they meet?" after no answer to when Lavrov and Wang Yi first
            # met: the two that question was read as being about.
            names = " and ".join(p["name"] for p in self.store.people if p["id"] in read_before)
            fresh = read(intent.normalized[:said.start()] + names + intent.normalized[said.end():], self.lexicon)
            fresh.question = intent.question
            intent.__dict__.update(fresh.__dict__)
            return
        if not FREQUENCY.search(intent.normalized):
            return  # "how many documents did they sign?": at the event shown, which the context gives
        if not said or not previous.events or not previous.events[0].event_id \
                or (previous.context or {}).get("kind") not in ("when", "what_happened", "who", "name"):
            return
        plural = said.group(1) in ("they", "them", "their")
        if plural and intent.people:
            return
        # "how many times has he met Putin since?": of the event's people, not one the question names
        rows = [p for p in self.store.people_of_event(previous.events[0].event_id) if p["id"] not in intent.people]
        answered = [p for p in rows if p["id"] not in {q["id"] for q in self._people_in(previous.question.lower())}]
        if not plural and len(rows) > 1 and previous.kind == "who" and len(answered) == 1:
            rows = answered  # "who succeeded Hu?" (Xi), then "how often did he meet Putin?": Xi, the answer
        elif not plural and len(rows) > 1:
            # ... the one the question before was about ("when did Xi succeed Hu?": Xi, named first)
            before = previous.question.lower()
            asked_of = [p for p in self._people_in(before) if p["id"] in {r["id"] for r in rows}]
            asked_of.sort(key=lambda p: min((i for i in (before.find(n.lower()) for n in _names_of(p)) if i >= 0),
                                            default=len(before)))
            rows = asked_of[:1]
        people = [p["name"] for p in rows]
        if not people or (plural and len(people) < 2) or (not plural and len(people) != 1):
            return
        names = " and ".join(people) + ("'s" if said.group(1) in ("their", "his", "her") else "")
        fresh = read(intent.normalized[:said.start()] + names + intent.normalized[said.end():], self.lexicon)
        if POINTING.search(fresh.normalized) or fresh.periods:
            return  # "did they sign on that trip?": still about what was shown, and when
        fresh.question = intent.question
        intent.__dict__.update(fresh.__dict__)

    def _beyond_the_event(self, intent: Intent, event) -> list[str]:
        """The follow-up's words and subjects that neither the event shown nor the figure
        its words match best say: "how much capacity was it to add?" after a deal to add
        capacity names nothing new."""
        text = f"{event.title} {event.summary}".lower()
        said = set(self.matcher.correct(text)[0])
        best = self.matcher.match(text)
        if best:
            said |= self.resolver.facts.words_of(best[0][1])
        thing = self._thing_shown(intent, event)  # ("the route" of the pipeline shown)
        words = [w for w in self._new_content(intent) if w not in said and _stem(w) not in said
                 and w not in (thing, _stem(thing))]
        return words + [p for p in intent.subject_words if not set(self.matcher.correct(p)[0]) <= said]

    def _all_before(self, metric_id: str, date: str) -> bool:
        """Whether every figure of a metric ends before `date` (an event's, "2024-02")."""
        ends = [row["period_end"] or row["period_start"] or "" for row in self.store.observations(metric_id)]
        return bool(date) and bool(ends) and all(end and end[:len(date)] < date for end in ends)

    def _figure_of_the_event(self, intent: Intent, event) -> bool:
        """"What was it worth?" after the 2014 gas deal: a figure of the event just shown,
        matched by the event's words, that fits what the question asks (here an amount);
        one held for the event's year first.  None fitting: False, and the question is
        read as not held."""
        said = f"{event.title}. {event.summary}".lower()
        # (a summary's other words may weigh against every figure: the title alone then)
        best: dict[str, float] = {}
        # (the title's own match too: the summary's other words may crowd out a figure its
        # title names, the pipeline's cost beside the capacity the summary dwells on)
        for score, metric_id, _ in self.matcher.match(said) + self.matcher.match(event.title.lower()):
            best[metric_id] = max(score, best.get(metric_id, score))
        scored = sorted(((score, m) for m, score in best.items()), key=lambda s: (-s[0], s[1]))
        # (a figure of another subject is no figure of the event: coal's record is no count of
        # the firms an export ban listed)
        rows = self.store.rows("select subjects, parties from events where id = ?", (event.event_id,)) if event.event_id else []
        held = tuple(s for s in ((rows[0]["subjects"] or "").split("; ") if rows else []) if s)
        # (an event of China and a third country, the Atasu–Alashankou pipeline's opening, has
        # no figure of Russia's: Russia's oil exports are no oil it carried)
        parties = {p for p in ((rows[0]["parties"] or "").split("; ") if rows else []) if p}
        if parties - {"china", "russia"}:
            scored = [(score, m) for score, m in scored if set(self.metrics[m].parties) & {"china", "russia"} <= parties]
        held = tuple(s for s in held if s.replace("_", " ") in event.title.lower()) or held  # (those its title names first)
        if held:
            # (nor one of a thing apart from the event's: Power of Siberia's gas capacity is no
            # capacity of the crude pipeline)
            scored = [(score, m) for score, m in scored
                      if any(self._related(held, (subject,)) for subject in self.metrics[m].subjects)
                      and not self._apart_from_the_event(held, self.metrics[m].subjects)]
        if scored:
            # (a figure the event's words find far less well than its best is of something else:
            # the swap line's value in dollars, which crr does not hold, is no value of crude)
            scored = [(score, m) for score, m in scored if score >= EVENT_FIGURE_FLOOR * scored[0][0]]
        asked = [p for p in intent.periods if p.form == "point" and p.start is not None]
        # A year the follow-up asks ("how much did it carry in 2025?") is the one meant.
        year = str(asked[0].start.year) if asked else (event.date or "")[:4]
        own = [(score, m) for score, m in intent.candidates if self._of_the_event(m, event)
               and not self._apart_from_the_event(held, self.metrics[m].subjects)] \
            if AS_IT_IS.match(intent.normalized) else []
        intent.metric_id = None
        # What the thing carried, not what it could carry, unless the question says so
        # ("how much gas did it carry?" after the pipeline opened: not its capacity).
        plain = scored if asks_capacity(intent) else \
            [(score, m) for score, m in scored if self.metrics[m].measure != "capacity"]
        pools = [plain, scored] if plain != scored else [scored]
        if intent.subjects and not intent.measure_words:
            # "how much oil?" of a loans-for-oil deal: the oil it moves, before the money paid.
            goods = [(score, m) for score, m in plain if self.metrics[m].measure in ("volume", "count")]
            pools = [goods, *pools] if goods and goods != plain else pools
        for pool in pools:  # a figure of the event's year first
            if year and intent.metric_id is None:
                self.resolver.choose(intent, [(score, m) for score, m in pool if self.resolver.in_year(m, year)])
        # (a figure all of whose times end before the event is of something earlier: the EU's
        # ban of May 2023 is no figure of its proposal of February 2024)
        began = (event.date or "").split("/")[0]
        for pool in pools:
            if intent.metric_id is None:
                # (a thing's own size, its length or capacity, is of it whenever it was stated)
                self.resolver.choose(intent, [(score, m) for score, m in pool if not self._all_before(m, began)
                                              or self.metrics[m].measure in ("length", "capacity")])
        # (the event's own figure, not held as asked: "how much is that in dollars?" after the
        # yuan swap line is that figure in dollars, which crr does not hold, not another's; but
        # the same figure of the same thing in the unit asked is it: the gas Power of Siberia
        # carried in its first year, in tonnes, beside the bcm)
        best = self.metrics[(plain or scored)[0][1]] if scored else None
        unmet = misfit(intent, best, self.resolver.facts) \
            if intent.metric_id is None and best is not None and (intent.currency or intent.units) else None
        if unmet is not None and unmet.name in ("currency", "unit"):
            same = [m.id for m in self.metrics.values() if m.measure == best.measure and m.parties == best.parties
                    and set(best.subjects) <= set(m.subjects) and unmet.fits(intent, m, self.resolver.facts)]
            self.resolver.choose(intent, [(99.0, m) for m in same if year and self.resolver.in_year(m, year)])
            if intent.metric_id is None:
                intent.not_held = unmet.reason(intent, best, self.resolver.facts)
        elif intent.metric_id is None and own:
            # "How long is it?" after the border's demarcation: the question's own reading,
            # a figure of the thing the event is of (the border), as it is held.
            self.resolver.choose(intent, own)
        if intent.metric_id is None:
            intent.kind = "unknown"
            intent.not_held = intent.not_held or f"crr holds no figure of this kind for “{event.title}”"
            return False
        # The event's year when the figure has one then; else the figure as it is held (a
        # deal of 2008 to add capacity by 2011).
        if asked:
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
            return True
        intent.periods = []
        if (that := THAT_PART_OF_IT.search(intent.normalized)) and len(event.date or "") >= (7 if that.group(1) == "month" else 10):
            # "How much trade was there that month?" after December 2025's record: the month
            # itself, held or not, never the year around it.
            intent.periods = [Period.point(event.date[:7] if that.group(1) == "month" else event.date[:10])]
        elif year and self.resolver.in_year(intent.metric_id, year):
            # Held at one date in that year (June 2021): that date, not the year as a whole.
            held = {row["period"] for row in self.store.observations(intent.metric_id)
                    if (row["period_start"] or "")[:4] == year}
            one = next(iter(held)) if len(held) == 1 else ""
            intent.periods = [Period.point(one if one and "/" not in one else year)]
        intent.kind = metric_kind(intent.asked_kind, intent.periods)
        return True

    def _subjects_of_the_event(self, intent: Intent, event) -> bool:
        """Whether every subject a question names is one an event of a third country is
        filed under (the Atasu–Alashankou pipeline's oil): a thing the two countries' own
        figures of that subject are not of."""
        rows = self.store.rows("select subjects, parties from events where id = ?", (event.event_id,)) if event.event_id else []
        held = {s for s in ((rows[0]["subjects"] or "").split("; ") if rows else []) if s}
        third = {p for p in ((rows[0]["parties"] or "").split("; ") if rows else []) if p} - {"china", "russia"}
        return bool(held and third) and all(set(group) & held for group in intent.subjects)

    def _apart_from_the_event(self, held: tuple[str, ...], subjects: tuple[str, ...]) -> bool:
        """Whether a figure is of a thing apart from one an event is of, and not of that
        thing too: gas through Power of Siberia beside the crude pipeline's oil (though a
        nuclear plant's electricity is of the plant)."""
        facts = self.resolver.facts
        return any(h not in subjects and any(facts.apart(h, s) for s in subjects) for h in held)

    def _of_the_event(self, metric_id: str, event) -> bool:
        """Whether a figure's words (not its countries') are among an event's."""
        words = self.matcher.words_of(metric_id) - self.matcher.party_words
        return any(word in words for word in self.matcher.correct(f"{event.title} {event.summary}".lower())[0])

    def _about_the_events(self, metric_id: str, previous: Answer) -> bool:
        """Whether a figure is of the events just shown, so that it takes their date ("how
        many troops took part?" after Peace Mission 2005), by a word of its names in theirs;
        "the yuan's share" after a nuclear plant is a question of its own."""
        words = self.matcher.words_of(metric_id) - self.matcher.party_words
        said = " ".join(f"{e.title} {e.summary}" for e in previous.events[:3]).lower()
        return any(word in words for word in self.matcher.correct(said)[0])

    def _previous_sources(self, intent: Intent, previous: Answer) -> Answer:
        # "Which source says 76?": the sources of that figure of the answer, where it gave it.
        named = [v for v in previous.values if not v.derived and any(abs(v.value - n) < 1e-9 for n in intent.numbers)]
        picked = [{"value": f"{v.value:g}", "label": v.label, "period": v.period,
                   "cited": [previous.citations[i - 1].text for i in v.cites if 0 < i <= len(previous.citations)]}
                  for v in named]
        # ("cite that in APA" after "source?": the sources of the question that one was about)
        of = (previous.context or {}).get("of_question") if previous.kind == "sources" else None
        of = of or previous.question
        text = render("answers/sources.txt.j2", previous=previous, picked=picked, of_question=of,
                      asked=[f"{n:g}" for n in intent.numbers])
        return Answer.model_construct(
            question=intent.question, answered=bool(previous.citations), kind="sources",
            interpretation=f"Read as a request for the sources of the answer to '{of}'.",
            text=text, values=previous.values, events=previous.events,
            citations=previous.citations, suggestions=previous.suggestions,
            context={**(previous.context or {}), "of_question": of},
            reading={"kind": "sources", "summary": "the sources of the previous answer"}, unread=[],
        )

