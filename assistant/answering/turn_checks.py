"""Checks of an answer against the question and the turn before it: a figure of every route
given for what one pipeline carried, a figure of the other way for "that", "it" answered
by another subject's figure, the same poll or source asked again, a role of one side, a
clause the question turns down, the year of an extreme or of an office that an event does
not say.  Mixed into `Engine`; each check withholds or reasks, and says why."""

from __future__ import annotations

import re
from functools import cached_property

from ..answer import Answer
from ..reading.read import Intent, read
from ..reading.words import Lazy, _stem
from ..resolving.resolve import NON_FIGURE_KINDS
from . import compound
from .event_words import event_stem
from .prefaces import MAX_QUESTION, POINTING_BACK, SENTENCES
from .question_words import THE_THING_NAMED
from .turn_words import AND_A_THING, OTHER_WAY
from .withheld import withheld

# A side or a way named by a follow-up of its own: "and Russia's?", "the other way?".
NAMES_A_WAY = Lazy(r"\b(?:chin|russi)(?:a|an|ese)|\bbeijing|\bmoscow|\bkremlin|\bprc\b|\bother (?:way|direction|side)|"
                   r"\breverse|\bopposite|\bfrom\b|\bto\b|\binto\b|\bimports?\b|\bexports?\b|\binbound|\boutbound",
                   re.IGNORECASE)

# What a pipeline or a route moves: "how much oil did it carry?".
CARRIED = Lazy(r"\b(?:carr(?:y|ies|ied)|pump(?:s|ed)?|transport(?:s|ed)?|move[sd]?|ship(?:s|ped)?|throughput|flow(?:s|ed)?)\b",
               re.IGNORECASE)

# A word that points back at the figure before: "what share was that?".
POINTING = Lazy(r"\b(?:that|it|this|those|these|them|its)\b", re.IGNORECASE)

# A turn that goes on from the answer before: "and ...", "what about ...", "the other way?".
TURN_START = Lazy(r"^(?:and|what about|how about|then|ok|okay|now|same|the other|other way)\b")

# A role asked of one side: "the Chinese premier", "Russia's defence minister".
SIDE_ROLE = Lazy(r"\b(?:which|what|who (?:is|was|were|are) the|name the) (chinese|russian|china's|russia's|beijing's|moscow's) "
                 r"(?:[\w-]+ ){0,2}?(premier|president|"
                 r"prime minister|minister|ambassador|official|officials|general|envoy|diplomat|counterpart|leader)\b"
                 # "who signed it on the Chinese side?", "who signed for China?"
                 r"|^(?:and )?who\b.*?\b(?:on|for) (?:the )?(chinese|russian|china|russia)(?:'s)?( side| part)?\b", re.I)

# The poll just shown, asked of again: "same survey", "that poll".
SAME_POLL = Lazy(r"\b(?:same|that|this) (?:survey|poll|pollster|study)\b")

# "Same source, 2023?", "from that dataset": the source of the figures just shown.
SAME_SOURCE = Lazy(r"\b(?:same|that|this) (?:source|dataset|data set|data|file|producer|series|statistics|report)\b")

# Posts no leader holds, whose holder an event must name as such: "ambassador", "spokesman".
POSTS_ASKED = {"ambassador": "ambassador", "ambassadors": "ambassador",
               "chair": "chair", "chairman": "chairman", "chairwoman": "chairwoman", "chaired": "chair",
               "spokesman": "spokesman", "spokeswoman": "spokeswoman", "spokesperson": "spokesperson",
               "governor": "governor", "governors": "governor", "mayor": "mayor",
               "commander": "commander", "commanders": "commander", "commanded": "commander", "admiral": "admiral",
               "captain": "captain", "captained": "captain"}


# The year of a figure's extreme asked: "which year did ... the most", "peak year of ...".
EXTREME_YEAR = Lazy(r"\b(?:(?:which|what) year|when|peak year|highest year|year)\b.*\b(?:most(?! recent)|highest|lowest|"
                    r"peak\w*|deepest|largest|biggest|smallest|record)\b"
                    r"|\b(?:most(?! recent)|highest|lowest|peak\w*|deepest|largest|biggest|record)\b.*\b(?:which|what) year\b"
                    r"|\b(?:peak|highest|lowest|record) year\b")
# An extreme an event says: "a record", "peaks", "the largest", "all-time high".
EXTREME_SAID = Lazy(r"\b(?:records?|peak\w*|highest|lowest|largest|biggest|most|top|all-time|maximum|minimum|"
                    r"deepest|smallest|fewest|leading|surpass\w*|overtak\w*)\b", re.IGNORECASE)


# A person's coming to an office asked: "when did Hu take office?", "when was Li appointed ...?".
_OFFICE = (r"(?:pm|prime minister|president|premier|(?:foreign|defence|defense|finance) minister|minister|general secretary|"
           r"chairman|leader|head|chief|ambassador|ceo)")
TOOK_OFFICE = Lazy(rf"\b(?:take office|took office|sworn in|assumed? (?:office|power)|c[ao]me to power|rise to power|rose to power"
                   rf"|(?:become|became|appointed|named|elected) (?:as )?(?:the |china's |russia's |chinese |russian |soviet )?"
                   rf"(?:[\w-]+ )?{_OFFICE}\b(?! to\b))")
# ... or the time a person held one: "when was Kudrin Russia's PM?", "when was Yeltsin president?".
IN_OFFICE = Lazy(rf"^(?:and )?when (?:was|were) (?:[\w'-]+ ){{1,3}}?(?:the |china's |russia's |chinese |russian |soviet )?"
                 rf"{_OFFICE}(?: (?:of|in) [\w ]+)?\W*$")
# A person's leaving an office asked: "when did Medvedev's presidency end?", "when did Yeltsin resign?".
LEFT_OFFICE = Lazy(r"\b(?:presidency|premiership|tenure|term|rule|reign|time in office) (?:end|ended|ends|finish\w*)\b"
                   r"|\b(?:left|leave|leaves|leaving) (?:office|power|the presidency)\b|\bstep(?:s|ped)? down\b|\bresign\w*\b"
                   r"|\bout of (?:office|power)\b")
LEFT_SAID = r"(?:steps? down|stepped down|resign\w*|leaves|left office|replaced|ousted|dies|death)"
# A title that has the one named come to an office.
CAME_TO_OFFICE = r"(?:succeed|becom|elected|appointed|takes office|took office|named|sworn|inaugurat|return)"


class TurnChecks:
    """The checks of a turn against the turn before; mixed into `Engine`."""

    def _carried_by_all_routes(self, question: str, previous: Answer | None, whole: Answer) -> Answer | None:
        """"How much oil did it carry in its first year?" after the crude pipeline's completion:
        a figure of every route (Russia's oil exports to China) is no pipeline's throughput."""
        if previous is None or not previous.events or not whole.answered or not whole.values \
                or not CARRIED.search(question) or not POINTING.search(question):
            return None
        title = previous.events[0].title
        if not re.search(r"\bpipeline\b", title, re.IGNORECASE):
            return None
        metric = (whole.context or {}).get("metric")
        if metric not in self.metrics or re.search(r"\bpipeline|\bpower of siberia|\bespo\b", self.metrics[metric].name, re.IGNORECASE):
            return None
        return withheld(whole, f"the question asks what the pipeline of \u201c{title}\u201d carried, and "
                               f"{self.metrics[metric].name} counts every route")

    def _another_thing_pointed(self, question: str, previous: Answer | None, whole: Answer) -> Answer | None:
        """"How much was it worth?" after the capacity of the 2008 Harbin Turbine deal: "it" is
        the deal, and a figure of another subject (Russia's oil sold to China that year) that
        the question names nothing of answers another question."""
        before = (previous.context or {}).get("metric") if previous is not None else None
        now = (whole.context or {}).get("metric")
        if not (whole.answered and whole.values and before in self.metrics and now in self.metrics and now != before) \
                or previous.events or not POINTING.search(question):
            return None
        if set(self.metrics[before].subjects) & set(self.metrics[now].subjects):
            return None
        own = read(question[:MAX_QUESTION], self.lexicon)
        if own.subjects or own.parties or own.people or own.others or own.periods:
            return None
        return withheld(whole, f"the question points to {self.metrics[before].name}, and "
                               f"{self.metrics[now].name} is of another thing; crr holds no such figure of it")

    def _extreme_unmet(self, question: str, answer: Answer) -> tuple[str, str] | None:
        """"Which year did Chinese car exports to Russia peak?" answered by an event: the year of
        a figure's extreme is an event's only when the event says an extreme (a record, a
        peak, the largest); Chinese carmakers taking a third of Russian car sales says none."""
        if answer.kind != "when" or not answer.events or not EXTREME_YEAR.search(question.lower()):
            return None
        ids = [e.event_id for e in answer.events if e.event_id]
        if not ids:
            return None
        rows = self.store.rows("select title, summary from events where id in (%s)" % ",".join("?" * len(ids)), tuple(ids))
        if not rows or any(EXTREME_SAID.search(f"{r['title']} {r['summary'] or ''}") for r in rows):
            return None
        return ("crr holds no figure or event that dates this: the event below, the nearest it found, says no record, "
                "peak or extreme of it.\n\n", "no record or peak held")

    def _office_unmet(self, question: str, answer: Answer) -> tuple[str, str] | None:
        """"When did Hu Jintao take office?", "when was Kudrin Russia's PM?": the date a person
        came to an office is an event's only when its title has that person come to one
        ("Putin succeeds Yeltsin as president" dates Putin's, not Yeltsin's); otherwise the
        answer says what office crr holds the person in."""
        left = bool(LEFT_OFFICE.search(question.lower()))
        if answer.kind != "when" or not answer.events or not (answer.reading or {}).get("people") \
                or not (left or TOOK_OFFICE.search(question.lower()) or IN_OFFICE.search(question.lower())):
            return None
        asked = [p for p in self.store.people if p["id"] in answer.reading["people"]]
        names = {n.strip().lower() for p in asked for n in [p["name"], p["name"].split()[-1], *(p["aliases"] or "").split(";")]
                 if n.strip()}
        for event in answer.events:
            title = event.title.lower()
            if not left and any(re.match(rf"(?:\w+ ){{0,3}}?{re.escape(n)}\b[^;:]*?\b{CAME_TO_OFFICE}", title) for n in names):
                return None
            # ("when did Yeltsin leave office?": one who succeeds him, or his own leaving)
            if left and any(re.search(rf"\bsucceeds? (?:\w+ ){{0,2}}?{re.escape(n)}\b|\b{re.escape(n)}\b[^;:]*?\b{LEFT_SAID}", title)
                            for n in names):
                return None
        held = "; ".join(f"{p['name']}: {p['role']}" for p in asked if p["role"])
        went = "left" if left else "came to"
        return (f"crr holds no date when this person {went} the office asked; the event below, the nearest it found, "
                "does not say so." + (f" crr's record of the person: {held}." if held else "") + "\n\n",
                f"no date when the person {went} office held")

    def _turned_round(self, question: str, previous: Answer | None, whole: Answer) -> Answer | None:
        """"What share was that?" after Russian visits to China: a figure of the flow the other
        way (the Chinese share of visits to Russia) answers another question, when the
        question names no side or way of its own."""
        before = (previous.context or {}).get("metric") if previous is not None else None
        now = (whole.context or {}).get("metric")
        if not (whole.answered and before in self.metrics and now in self.metrics and now != before) \
                or NAMES_A_WAY.search(question) or not POINTING.search(question):
            return None
        flow, held = self.metrics[before].flow, self.metrics[now].flow
        if not (all(flow) and all(held) and flow == held[::-1]):
            return None
        return withheld(whole, f"the question points to {self.metrics[before].name}, and crr holds "
                               f"{self.metrics[now].name} only of the other way")

    def _marked(self, intent: Intent) -> str:
        from ..reading.facets import marked
        from ..reading.lexicon import lexicon_words

        words = lexicon_words(intent.rest)
        return marked(words, self.lexicon.scan(words))

    def _the_thing_as_an_event(self, question: str, intent: Intent, previous: Answer) -> Answer | None:
        """"And the submarine patrol?" after the exercises of 2025: no figure of it, but an
        event of that time, found as "the submarine patrol in 2025" would find it."""
        from .time_shown import periods_in_context

        thing = AND_A_THING.match(intent.normalized)
        periods = intent.periods or periods_in_context(previous.context or {})
        # (one thing named as known, "the submarine patrol", not a subject asked again: "and coal?")
        if not thing or not THE_THING_NAMED.match(intent.normalized) or not intent.subject_words \
                or len(periods) != 1 or periods[0].form != "point":
            return None
        words = re.sub(r"^(?:and|what about|how about) ", "", intent.normalized).strip(" ?")
        answer = self.ask(f"{words} in {periods[0].phrase}")
        if not (answer.answered and answer.kind in ("when", "what_happened") and answer.events):
            return None
        answer.question = question
        answer.reading["summary"] = f"{answer.reading.get('summary', '')} (asked after “{previous.question}”)"
        return answer

    def _side_unmet(self, question: str, answer: Answer) -> tuple[str, str] | None:
        """The role asked of one side ("Chinese premier") and the people a who-answer names,
        when every one of them is of the other side; None otherwise."""
        asked = SIDE_ROLE.search(question)
        if asked is None:
            return None
        named_side = asked.group(1) or asked.group(3)
        side = "China" if named_side.lower().startswith(("chin", "beijing")) else "Russia"
        lead = " ".join(line.split(":")[0] for line in answer.text.splitlines() if ":" in line)
        named = [p for p in self.store.people if p["name"] in lead]
        if not named or any(p["country"] == side for p in named):
            return None
        return (f"{asked.group(1)} {asked.group(2)}" if asked.group(1) else f"person on {side}'s side"), " and ".join(
            f"{p['name']}, of {p['country']}" for p in named)

    def _own_way_after_statement(self, question: str, previous: Answer | None, whole: Answer) -> Answer | None:
        """"Pew found 71% of Russians favourable to China. What share of Chinese did Pew find
        favourable to Russia?": a question after a statement that names its own way (from
        China to Russia) against the way the two read together go asks that way, alone; None
        otherwise."""
        sentences = [s.strip() for s in SENTENCES.split(question) if s.strip()]
        if len(sentences) < 2 or not sentences[-1].endswith("?") or any(s.endswith("?") for s in sentences[:-1]):
            return None
        own = read(sentences[-1][:MAX_QUESTION], self.lexicon)
        read_way = (whole.reading or {}).get("flow") or {}
        # (or a name asked after it, "Which Chinese carmaker sold the most?", where the two
        # together read as a figure of the statement's)
        if POINTING_BACK.search(sentences[-1].lower()) or re.search(r"\b(?:that|this|so)\W*$", sentences[-1].lower()):
            return None  # ("Whose survey was that?": of what the statement says)
        name_asked = own.kind == "who" and whole.kind in compound.FIGURE_KINDS
        if not name_asked and (not all(own.flow) or not read_way or (read_way.get("from"), read_way.get("to")) == own.flow):
            return None
        alone = self._ask_one(sentences[-1], previous)
        alone.reading["summary"] = alone.reading.get("summary", "") + f" (the question read from “{sentences[-1]}”)"
        return alone

    def _other_poll(self, question: str, answer: Answer, previous: Answer | None) -> str:
        """The poll shown before, by its name ("YouGov"), when a question asks of the same
        poll and the answer's figures are of another; "" otherwise."""
        if previous is None or not SAME_POLL.search(question.lower()):
            return ""
        shown = (previous.context or {}).get("metric") or next((v.metric for v in previous.values), None)
        named = re.search(r"\(([^)]+)\)$", self.metrics[shown].name) if shown in self.metrics else None
        poll = named.group(1) if named else next(
            # (or the poll the question before named, though it was not answered: "YouGov 2019: ...")
            (p for p in self._pollsters if p.split()[0].lower() in previous.question.lower()), "")
        if not poll:
            return ""
        return "" if any(poll in v.label for v in answer.values) else poll

    def _without_the_unwanted(self, question: str, unwanted: re.Match, previous: Answer | None) -> Answer:
        """"China's exports to Russia in 2024, not the two-way total?": the question without the
        clause it turns down; a figure of what that clause names is no answer to it."""
        answer = self._ask_whole(question[:unwanted.start()].rstrip(" ,;") + "?", previous)
        turned_down = read(unwanted.group(1), self.lexicon)
        self.resolver.resolve(turned_down)
        shown = {v.metric for v in answer.values if not v.derived}
        if turned_down.metric_id is not None and turned_down.metric_id in shown:
            name = self.metrics[turned_down.metric_id].name
            answer.answered, answer.values = False, []
            answer.text = (f"The question turns down “{unwanted.group(1)}”, and the figure crr found is that one "
                           f"({name}), so it gives none:\n\n{answer.text}")
        if answer.reading and answer.reading.get("summary"):
            answer.reading = {**answer.reading, "turned_down": unwanted.group(1),
                              "summary": f"{answer.reading['summary']}, not “{unwanted.group(1)}”"}
        answer.question = question
        return answer

    def _corrected(self, question: str, corrected: re.Match, previous: Answer) -> Answer:
        """"Not exports, imports" after the yuan's share of exports: the question before, with
        the thing asked in place of the one turned down, as "and imports?" asks it; a figure of
        what is turned down is no answer to it."""
        out, asked = corrected.group("out"), corrected.group("asked")
        answer = self._ask_whole(f"and {asked}?", previous)
        turned_down = read(out, self.lexicon)
        self.resolver.resolve(turned_down)
        shown = {v.metric for v in answer.values if not v.derived}
        before = {v.metric for v in previous.values if not v.derived}
        if answer.answered and shown and shown <= before and turned_down.metric_id in shown:
            answer.answered, answer.values = False, []
            answer.text = (f"The question turns down “{out}”, and the figure crr found is that one "
                           f"({self.metrics[turned_down.metric_id].name}), so it gives none:\n\n{answer.text}")
        if answer.reading and answer.reading.get("summary"):
            answer.reading = {**answer.reading, "turned_down": out, "asked_as": f"and {asked}?",
                              "summary": f"{answer.reading['summary']}, in place of “{out}”"}
        answer.question = question
        return answer

    def _from_the_same_source(self, question: str, answer: Answer, previous: Answer | None) -> None:
        """"Same source, 2023?" after Customs' crude: only that source's figures answer; with
        none, the answer is refused, the nearest shown."""
        if answer.answered and answer.values and (source := self._other_source(question, answer, previous)):
            answer.answered, answer.values = False, []
            answer.text = (f"crr holds no figure of this from the same source ({source}), so it gives none. "
                           f"The nearest it found is from another source:\n\n{answer.text}")

    def _other_source(self, question: str, answer: Answer, previous: Answer | None) -> str:
        """The source of the figures shown before, by name, when a question asks of the same
        source and none of the answer's figures are from it; "" otherwise."""
        if previous is None or not SAME_SOURCE.search(question.lower()):
            return ""
        shown = {v.source for v in previous.values if v.source and not v.derived}
        if not shown or any(v.source in shown for v in answer.values):
            return ""
        return " or ".join(sorted(self.store.sources[s].short_name for s in shown if s in self.store.sources))

    @cached_property
    def _pollsters(self) -> list[str]:
        """The polls crr holds figures of, by the names their metrics end with: "YouGov"."""
        return sorted({m.group(1) for metric in self.metrics.values() if "opinion" in metric.subjects
                       and (m := re.search(r"\(([^)]+)\)$", metric.name))})

    def _role_unmet(self, answer: Answer) -> str:
        """A role word the question asks for ("ambassador") that its reading left unread."""
        # (a word that stands for any post, "chief", "head", is met by the post the record gives)
        roles = self.event_vocab.role_stems - {event_stem(_stem(w)) for w in ("chief", "head", "leader", "boss")}
        said = answer.text.lower()
        # (a post held by no leader is asked of the event's words however it was read: Xi in
        # Moscow in 2015 was no ambassador)
        posts = [w for w in re.findall(r"[a-z]+", answer.question.lower()) if w in POSTS_ASKED]
        return next((w for w in answer.unread if event_stem(_stem(w)) in roles and event_stem(_stem(w)) not in said), "") \
            or next((POSTS_ASKED[w] for w in posts if w[:6] not in said), "")

    def _composition_again(self, intent: Intent, previous: Answer | None) -> tuple[str, str] | None:
        """The direction of what one country sells the other, asked again after such an answer
        with only the countries or a time ("and russia to china?", "and the other way?", "and in
        2023?"); None when the question asks anything else."""
        if previous is None or previous.kind != "composition" or not TURN_START.match(intent.normalized) \
                or intent.subjects or intent.measures or intent.people or intent.others or intent.kind in NON_FIGURE_KINDS:
            return None
        flows = [self.metrics[v.metric].flow for v in previous.values if v.metric in self.metrics]
        before = flows[0] if flows else (None, None)
        seller, buyer = intent.flow
        if OTHER_WAY.search(intent.normalized):
            return (before[1], before[0]) if all(before) else None
        if not (seller or buyer) and len(named := [p for p in intent.parties if p in ("china", "russia")]) == 1:
            seller = named[0]  # "and china?": what China sells
        if not (seller or buyer or intent.parties):
            return before if all(before) and intent.periods else None  # "and in 2023?"
        if seller and buyer:
            return seller, buyer
        if seller or buyer:
            one = seller or buyer
            other = "china" if one == "russia" else "russia"
            return (one, other) if seller else (other, one)
        return None
