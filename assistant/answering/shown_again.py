"""What a follow-up asks again of the answer just shown: the other country's side of a
one-sided figure ("and Russian?"), the time of a highest figure ("when was that?"), and
what the record of an event says was done at it ("what was signed?"), and the rank of the
figure shown ("which countries are ahead of China?").  Mixed into Engine."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.kinds import metric_kind
from ..reading.periods import describe_period
from ..reading.read import Intent
from ..reading.words import Lazy, _stem
from .draft import Draft
from .people import COUNTRIES
from .siblings import _leaning, _name_words


# "What was signed?", "what did they agree?": an act at the event just shown.
# A country's alone, possessive: "and Russia's?", "what about China's?".
WHOSE_ALONE = Lazy(r"^(?:and |what about |how about )?(?:china|russia)(?:'s)?\W*$")
# Words of taking part, which say nothing of which figure: "how many Russians joined them?".
TAKING_PART = frozenset(_stem(w) for w in "join joined take took taken part participate participated send sent "
                        "contribute contributed field fielded deploy deployed bring brought".split())
# The kind of thing asked as done ("what deals were signed?"): its stem finds the sentences of it.
THING_DONE = Lazy(r"^(?:and |so )?what (deals?|agreements?|documents?|contracts?|accords?|treaties)\b")

WHAT_WAS_DONE = Lazy(r"^(?:and |so )?what (?:(?:deals?|agreements?|documents?|contracts?|accords?|treaties) )?"
                     r"(?:was |were |did (?:they|he|she|the two(?: sides| leaders)?|both(?: sides)?"
                     # "what did he and Putin sign?": the one just named and another
                     r"|(?:he|she|they) and (?:[a-z][\w'-]+ ){0,2}?[a-z][\w'-]+) )"
                     r"(?:also )?(sign|signed|agree|agreed|announce|announced|declare|declared)(?: on| to)?"
                     # "what deals were signed on that trip?": at the event shown
                     r"(?: there| then| on (?:that|this|the) (?:trip|visit|occasion|day)| during (?:that|this|the) (?:trip|visit))?\s*\??$")


# "Can you list them?", "name them", "which were they?" after a count: each thing it counts.
LIST_THEM = Lazy(r"^(?:can you |could you |please |pls )?(?:list|name|enumerate|show me|give me|tell me)"
                 r" (?:them|those|these|all of them|each of them|each one|(?:some|any|a few|one|two|three) of them|"
                 r"(?:the|those|these|all the|all those|all) (?:[\w-]+ )?(?:firms|companies|names|banks|entities|"
                 r"documents|agreements|deals|exercises))(?: all)?\W*$"
                 r"|^(?:and )?(?:which|what|who) (?:were|are) (?:they|those|these|them)\W*$"
                 # "which ones?", "which were those firms?", "name the eight"
                 r"|^(?:and |so )?which (?:ones?|of them)(?: (?:were|are) (?:they|those|these))?\W*$"
                 r"|^(?:and |so )?which (?:were|are) (?:those|these|the) (?:[\w-]+ )?(?:firms|companies|banks|ones|countries)\W*$")


# A follow-up that moves the time on from the figure just shown: "and today?", "has it been
# renewed since?", "any later figure?".
TIME_MOVED_ON = Lazy(r"\b(?:today|now|nowadays|currently|at present|these days|this year|since|later|again|"
                     r"still|any ?more|recently|latest|most recent|newest|so far|to date|yet)\b")


# A thing of the one just shown: "and what was its 2024 intake?" after a refinery's record.
ITS = Lazy(r"\b(?:its|their)\b")


# A thing of the event just shown, pointed to: "how many tonnes was the cargo?".
THE_THING = Lazy(r"\b(?:the|that|this) ([a-z]{4,})\b")
# "It" after an event: the one load its title names, which a year's exports are not.
IT = Lazy(r"\b(?:it|its)\b")
ONE_LOAD = frozenset("cargo shipment consignment tanker batch delivery".split())
# Words for the event itself, which any figure of it is of: "that deal", "the visit".
THE_EVENT = frozenset("deal deals agreement agreements contract contracts accord treaty pact visit trip summit meeting "
                      "talks event exercise exercises drill drills project plan statement declaration purchase sale "
                      "acquisition transaction year".split())


class ShownAgain:
    """Follow-ups asked again of what was just shown; mixed into Engine."""

    def _thing_of_event_dropped(self, intent: Intent, answer: Answer, previous: Answer) -> str:
        """"How many tonnes was the cargo?" after the first LNG cargo from Portovaya: a thing
        the event just shown names, pointed to, is not answered by a figure that does not
        speak of it (a year's exports).  The thing; "" when it is no such answer."""
        if not previous.events or previous.values or not answer.values:
            return ""
        title = set(re.findall(r"[a-z]+", previous.events[0].title.lower()))
        things = [m.group(1) for m in THE_THING.finditer(intent.normalized) if m.group(1) in title - THE_EVENT]
        if not things and IT.search(intent.normalized):
            # "how much did it carry?" after the first cargo: "it" is the one load the title names
            things = sorted(title & ONE_LOAD)
        if not things:
            return ""
        said = " ".join(f"{self.metrics[v.metric].name} {self.metrics[v.metric].description}".lower()
                        for v in answer.values if v.metric in self.metrics)
        return next((t for t in things if not re.search(rf"\b{re.escape(t[:5])}", said)), "")

    def _its_owner_dropped(self, intent: Intent, answer: Answer, previous: Answer) -> str:
        """"And what was its 2024 intake of Russian crude?" after a refinery's record: "its" is
        the firm the figure just shown is of, and a figure that names no such firm is not its.
        The firm's name; "" when it is no such answer."""
        shown = (previous.context or {}).get("metric")
        # ("in tonnes per year?", "at what price?" after a firm's figure: a follow-up that only
        # asks it another way, naming no thing or time of its own, asks of the same firm)
        bare = previous.answered and bool(previous.values) and bool(intent.units or intent.measures or intent.currency) \
            and not (intent.subjects or intent.parties or intent.people or intent.content or intent.periods)
        if not (ITS.search(intent.normalized) or bare) or shown not in self.metrics or not answer.values:
            return ""
        name = self.metrics[shown].name.lower()
        firms = [f for f in self.event_vocab.firms if re.search(rf"\b{re.escape(f)}\b", name)]
        if not firms or any(re.search(rf"\b{re.escape(f)}\b", self.metrics[v.metric].name.lower())
                            for v in answer.values if v.metric in self.metrics for f in firms):
            return ""
        firm = max(firms, key=len)  # (as the figure's name writes it)
        return re.search(rf"\b{re.escape(firm)}\b", self.metrics[shown].name, re.I).group(0)

    def _only_shown_again(self, intent: Intent, answer: Answer, previous: Answer) -> str:
        """"And today?" after a poll of September 2022 that crr holds nothing later than: a
        follow-up that asks another time, answered only by the figures just shown, is not
        answered by them.  The date of the figures shown; "" when it is no such answer."""
        if not previous.values or not answer.values or any(v.derived for v in answer.values):
            return ""
        shown = {(v.metric, v.period) for v in previous.values}
        if not all((v.metric, v.period) in shown for v in answer.values):
            return ""
        if not TIME_MOVED_ON.search(intent.normalized):
            return ""
        return describe_period(answer.values[-1].period)

    def _each_one_counted(self, intent: Intent, previous: Answer) -> Answer | None:
        """"Can you list them?" after a count: the sources give the count, not each thing by
        name, so no list is given (answered: false); the events crr holds of that kind, at that
        time, follow as what it holds nearest.  None when it is no such question."""
        stated = [v for v in previous.values if not v.derived and v.metric in self.metrics]
        if not LIST_THEM.match(intent.normalized):
            return None
        if not previous.answered and not previous.values and not previous.events:
            # (after a question crr could not answer, "them" are what it holds nothing of)
            return Answer.model_construct(
                question=intent.question, answered=False, kind="unknown",
                interpretation="Read as a follow-up: each of the things just asked about, by name.",
                text="crr holds nothing on what was just asked, so it has no list of them either.\n",
                values=[], events=[], citations=[], suggestions=[], context=previous.context or {},
                reading={"kind": "list", "summary": "each of the things just asked about, by name"}, unread=[])
        if not stated or self.metrics[stated[0].metric].measure != "count":
            return None
        if intent.kind == "who" and self.metrics[stated[0].metric].people:
            return None  # "who are they?" after a count of the people's meetings: the people it counts
        metric, period = self.metrics[stated[0].metric], stated[0].period
        nearest = self._ask_one(f"what happened: {metric.name} {describe_period(period)}", None)
        text = (f"The sources give {metric.name} as a count, not each one by name, so crr cannot list "
                f"them.\n")
        held = nearest.answered and nearest.kind == "what_happened" and nearest.events
        if held:
            text += f"What crr holds nearest: {nearest.text}"
        return Answer.model_construct(
            question=intent.question, answered=False, kind="what_happened",
            interpretation=f"Read as a follow-up: each of the {metric.name.lower()} just counted, by name.",
            text=text, values=[], events=nearest.events if held else [],
            citations=nearest.citations if held else [], suggestions=[],
            context={**(previous.context or {}), "kind": "what_happened"},
            reading={"kind": "list", "summary": f"each of {metric.name} ({describe_period(period)}), by name"},
            unread=[])

    def _what_was_done_at_shown(self, intent: Intent, previous: Answer) -> Answer | None:
        """"What was signed?", "what did they agree?" after an event: what the event's record
        says of that act, in its words; that it says nothing of it, when it does not."""
        asked = WHAT_WAS_DONE.match(intent.normalized)
        if not asked or not previous.events or not previous.events[0].event_id or intent.periods:
            return None
        rows = self.store.rows("select * from events where id = ?", (previous.events[0].event_id,))
        if not rows:
            return None
        row, act = rows[0], asked.group(1)[:4]
        draft = Draft(self.store)
        cited = self._cite_events(draft, rows)[0]
        # "What deals were signed?": a sentence of the deals says what was signed, as one of signing does.
        noun = THING_DONE.search(intent.normalized)
        said_of = rf"\b(?:{act}|{noun.group(1)[:5]}|agree|conclu)" if noun else rf"\b{act}"
        said = [s for s in re.split(r"(?<=[.;])\s+", row["summary"] or "") if re.search(said_of, s, re.I)]
        head = f"{row['title']}, {cited['date']} ({cited['source_name']}{cited['marks']})"
        interpretation = "Read as a follow-up: what the record of the event just shown says was done."
        if not said and not re.search(said_of, row["title"], re.I):
            text = f"The record of this event says nothing of what was {asked.group(1)}: {head}.\n"
            return draft.answer(intent, False, "what_happened", interpretation, text, [])
        text = f"{head}: {' '.join(said) or row['title']}\n"
        answer = draft.answer(intent, True, "what_happened", interpretation, text, [])
        answer.context = {**(previous.context or {}), "kind": "what_happened"}
        return answer

    def _the_time_of_the_figure(self, intent: Intent, previous: Answer) -> Answer | None:
        """"When was that?" after a highest or lowest figure: the time of that
        figure, each source's, as the answer before gave it; None when it gave several times."""
        shown = [v for v in previous.values if not v.derived and v.observation_id]
        if previous.kind == "swing" and (change := next((v for v in previous.values if v.derived and "/" in v.period), None)):
            # "When was that?" after the biggest fall: the two years it fell between.
            first, last = change.period.split("/")
            draft = Draft(self.store)
            ends = [v for v in previous.values if not v.derived and v.period == last][:1]
            marks = "".join(f"[{i}]" for i in (ends[0].cites if ends else []))
            text = (f"{self.metrics[change.metric].name if change.metric in self.metrics else change.label}: the change "
                    f"shown is from {first} to {last}{marks}.\n")
            answer = draft.answer(intent, True, "when", "Read as a follow-up: the time of the change just shown.", text, [])
            answer.values = ends
            answer.citations = previous.citations
            answer.context = {**(previous.context or {}), "kind": "when"}
            return answer
        # ("since when?" after a standing held over years, "rank 1 since 2010": the span's start)
        standing = bool(re.match(r"(?:and |so )?(?:since|from) when\b", intent.normalized)) \
            and any("/" in v.period for v in shown)
        if standing:
            shown = [v for v in shown if "/" in v.period]  # (the span it is held over, not its date of record)
        if (previous.kind not in ("peak", "lowest") and not standing) or not shown or len({v.period for v in shown}) != 1:
            return None
        draft = Draft(self.store)
        lines = []
        for value in shown:
            rows = self.store.rows("select * from observations where id = ?", (value.observation_id,))
            if rows:
                fact = draft.observed(rows[0], self.metrics[rows[0]["metric_id"]])
                lines.append(f"{self.metrics[rows[0]['metric_id']].name}: {fact.text}, {fact.period_text} "
                             f"({fact.source_name}{fact.marks}).")
        if not lines:
            return None
        answer = draft.answer(intent, True, "when", "Read as a follow-up: the time of the figure just shown.",
                              "\n".join(dict.fromkeys(lines)) + "\n", [])
        answer.context = {**(previous.context or {}), "kind": "when"}
        return answer

    def _whose_figure_asked(self, intent: Intent, metric: str | None, periods: list) -> bool:
        """"And Russia's?" after bilateral trade, a figure of both ways that each country's
        statistics report: the same figure as that country reports it (or that crr lacks
        it then). Whether the intent was so set."""
        shown = self.metrics.get(metric) if metric else None
        if shown is None or any(shown.flow) or len(intent.parties) != 1 or intent.parties[0] not in ("china", "russia") \
                or intent.subjects or intent.people or intent.content or intent.measures or intent.reporter \
                or not WHOSE_ALONE.match(intent.normalized) or not self._reported(shown.id):
            return False
        self.resolver.choose(intent, [(99.0, shown.id)])
        intent.reporter, intent.periods = intent.parties[0], intent.periods or periods
        intent.kind = metric_kind(intent.asked_kind, intent.periods)
        return intent.metric_id == shown.id

    def _other_side_asked(self, intent: Intent, metric: str | None, periods: list) -> bool:
        """"And Russian?" after Chinese troops in an exercise, "and Russia?" after China's
        exports to Russia: the same figure of the other of the two countries, its flow turned;
        that crr lacks it, when it does.  Whether the intent was so set."""
        pair = {"china": "russia", "russia": "china"}
        shown = self.metrics.get(metric) if metric else None
        if shown is None or len(intent.parties) != 1 or intent.parties[0] not in pair or intent.subjects or intent.reporter \
                or intent.people or not any(shown.flow) or intent.measures - {shown.measure} \
                or any(_stem(w) not in TAKING_PART for w in intent.content):
            return False  # ("how many Russians joined them?": who took part, a count as shown)
        asked = intent.parties[0]
        if asked in [end for end in shown.flow if end] and pair[asked] not in shown.flow:
            return False  # its own country, asked again
        if pair[asked] not in shown.flow:
            return False  # (a flow of neither: "and Russia?" of a third country's figure)
        turned = tuple(pair.get(end, end) if end else None for end in shown.flow)
        whose = re.match(r"(china|russia)'s share of\b", shown.name.lower())
        # "And Russia's?" after China's share of Russia's imports: Russia's share of China's,
        # whose name says so, not China's share of Russia's exports.
        fits = [m for m in self.metrics.values() if m.flow == turned and m.measure == shown.measure
                and set(m.subjects) == set(shown.subjects) and m.unit == shown.unit
                and (not whose or m.name.lower().startswith(f"{asked}'s share of"))]
        # (of several, a view of the same leaning, and the nearest name: the same poll turned)
        leaning, words = _leaning(shown.name), _name_words(shown.name)
        fits = [m for m in fits if not leaning or _leaning(m.name) in (leaning, "")]
        fits.sort(key=lambda m: (_leaning(m.name) != leaning, -len(_name_words(m.name) & words)))
        target = fits[0].id if fits else None
        intent.periods = intent.periods or periods
        if target is None:
            names = self.resolver.facts.party_names
            intent.metric_id, intent.candidates, intent.kind = None, [], "unknown"
            intent.not_held = (f"crr holds {shown.name} for {names.get(pair[asked], pair[asked])} only, "
                               f"not the same figure for {names.get(asked, asked)}")
            return True
        self.resolver.choose(intent, [(99.0, target)])
        intent.kind = metric_kind(intent.asked_kind, intent.periods)
        return True

    def _ranked_of_shown(self, intent: Intent, previous: Answer) -> str | None:
        """"Which countries are ahead of China?" after China's students in Russia: the rank of
        the figure shown among others (its subjects, its parties), whose record names those
        above; None when the question asks no such thing or crr holds no such rank."""
        figure = self.metrics.get((previous.context or {}).get("metric") or "")
        if intent.kind != "who" or "rank" not in intent.measures or intent.subjects or figure is None:
            return None
        if figure.measure == "rank":
            # "which two countries are ahead of it?" after China's rank: the same rank's record
            return figure.id if COUNTRIES.search(intent.normalized) else None
        return next((m.id for m in self.metrics.values() if m.measure == "rank" and m.id != figure.id
                     and set(m.subjects) == set(figure.subjects) and set(m.parties) == set(figure.parties)), None)
