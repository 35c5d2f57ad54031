"""Question -> Answer: the one place where questions are answered.

The pipeline is read (reading/: the words -> a typed reading), resolve
(resolving/: the reading -> the metric that fits every facet, or why none
does), answer (figures.py, timeline.py: the rows, with derived numbers that
show their arithmetic) and write (writing/: sentences and citations).  Every
number an answer states comes from a database row or is derived from rows;
every value's source is cited.  The CLI, the terminal app and the Datasette
plugin all call `Engine.ask`.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from .. import startup
from ..answer import Answer
from ..data.periods import PeriodError
from ..data.store import Store
from ..reading.kinds import EXTREME_WORDS, metric_kind, read_event_kind
from ..reading.periods import Period
from ..reading.read import Intent, names_a_period, read
from ..reading.words import _stem, normalize
from ..resolving.resolve import NON_FIGURE_KINDS, Resolver
from ..resolving.rules import misfit
from ..writing.reading import reading_of
from ..writing.render import render
from . import compound
from .draft import Draft
from .figures import ASKED, FigureAnswers
from .events import EventSearch
from .balances import BalanceAnswers
from .people import PeopleAnswers
from .swings import SwingAnswers
from .timeline import TimelineAnswers

MAX_QUESTION = 500
# Words every question about the relationship may use without naming a subject.
COMMON_SUBJECT_WORDS = frozenset(
    "china chinese russia russian russia-china china-russia sino-russian soviet first begin "
    "start sign signed agree agreement year years deal new joint over time latest record highest "
    "lowest peak growth change rise fall grow increase decline compare versus each every trend "
    "history total average most least before after since until when during".split()
)
# "What does China sell to Russia?": the products of one country's sales to the other.
COMPOSITION = re.compile(r"\bwhat (?:doe|does|do|did) @(?:china|russia) (?:sell|export|ship|supply|buy|import)\b"
                         r"|\b(?:main|top|biggest|largest|leading|key) (?:export|import|good|product)\b"
                         r"|\bcomposition\b|\bwhat (?:good|product)\b|\bexport (?:mix|basket)\b")

# "What did Fu Ying say in 2016?": a question about what someone did.
PERSON_ACTS = re.compile(r"^(?:and )?what (?:did|does|has|have) .+? (?:do|done|say|said|tell|told|sign|signed|"
                         r"announce|announced|propose|proposed|visit|visited|agree|agreed|warn|warned|promise|"
                         r"promised|claim|claimed|offer|offered|ask|asked|discuss|discussed|decide|decided)\b")

# A follow-up about the people of the event just shown: "who took part?", "who signed it?".
# A question that asks for an exact figure, which a hedged one ("more than", "among the top") is not.
EXACT = re.compile(r"\b(?:exact|exactly|precise|precisely)\b")
# A follow-up asking for a part of the figure just given.
PART_OF_THOSE = re.compile(r"\bhow many of (?:those|these|them)\b|\b(?:of|among) (?:those|these|them),? how many\b")
WHO_OF_PREVIOUS = re.compile(
    r"^(?:and |so )?who (?:took part|takes part|was there|were there|attended|participated|was involved|"
    r"were involved|signed(?: it| that| this| them)?|was present|were present|came|met|went|led it|"
    r"was in it|were they)\s*\??$")
# What people do at an event, which a who-question about the event just shown may name.
PEOPLE_ACTS = frozenset({"meetings", "treaties", "leader_visits", "calls"})
EVENT_KINDS = frozenset({"what_happened", "when", "who", "count_events"})
# A question of what someone did ("what did Norinco ship to Russia?"), which no figure answers.
ACTION_ASKED = re.compile(r"^what (?:did|does|do|has|have|had)\b")
# Words that point back at the previous figure or event: "it", "that", "those".
POINTING = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|there)\b")
FLOW_WORDS = re.compile(r"\b(export|import)s?\b")
ONE_OF_THEM = re.compile(r"\b(?:the (?:first|last|latest|earliest|most recent|next) ones?|th(?:at|is) one)\b")
POINTED_NOUN = re.compile(r"\b(?:this|that|these|those) ([a-z]+)\b")
OTHER_WAY = re.compile(r"\b(?:other (?:direction|way)|the reverse|reversed?|vice versa|opposite direction)\b")
# "what total did Russia report?" after one way of a flow: both ways together.
BOTH_WAYS = re.compile(r"\b(?:total|both ways|both directions|two-way|combined)\b")
NEXT_YEAR = re.compile(r"\bthe (?:next|following) year\b|\bthe year after\b|\ba year later\b")
# Where a question's clauses part: a question mark, a dash between spaces, a colon.
CLAUSES = re.compile(r"\?\s+|\s[-–—]+\s|:\s|;\s")
ASKING = re.compile(r"^(?:what|how|which|when|who|where|did|does|do|is|are|was|were|has|have|give|show|list|tell)\b")
YEAR_BEFORE = re.compile(r"\bthe (?:previous|preceding|prior) year\b|\bthe year before\b|\ba year (?:earlier|before)\b")


class Engine(FigureAnswers, SwingAnswers, BalanceAnswers, TimelineAnswers, PeopleAnswers, EventSearch):
    def __init__(self, db_path: Path | str):
        self.store = Store(db_path)
        self.metrics = self.store.metrics
        # The lexicon and the matcher as the build made them (startup.make, run there).
        self.lexicon, self.matcher, wholes = startup.load(self.store)
        self.resolver = Resolver(self.store, self.matcher, self.lexicon, wholes)

    def ask(self, question: str, previous: Answer | None = None) -> Answer:
        """Answer one question; `previous` is the conversation's last answer, if any.

        Nothing a person types escapes as an exception: a question too long,
        a date that does not exist or a fault of crr's own gets a polite answer.
        """
        from .. import limits  # here, so that this guard stays one block

        try:
            question = limits.readable(question or "").strip()
            if limits.too_long(question):
                return limits.too_long_answer(question)
            if not question:
                return limits.empty_answer()
            whole = self._ask_one(question, previous)
            if not whole.answered and whole.kind not in ("judgement", "error", "help", "sources"):
                whole = self._ask_a_clause(question, previous) or whole
            if (compared := compound.comparison(question[:MAX_QUESTION], whole, self._ask_one, previous)) is not None:
                return compared
            if whole.kind in ("error", "unknown") or not whole.context.get("parts"):
                if compound.JOINS.search(question[:MAX_QUESTION]) and whole.kind != "error":
                    return compound.answer_parts(question, whole, self._ask_one, previous)
                return whole
            # "yuan share of imports and exports": each part asked on its own, joined.
            parts = [self._ask_one(part, previous) for part in whole.context["parts"]]
            return compound.join(question, parts)
        except PeriodError as error:
            return limits.no_such_date_answer(question, error.label)
        except Exception:
            if os.environ.get("CRR_DEBUG"):
                raise
            return limits.error_answer(str(question or ""), self._starters())

    def _ask_a_clause(self, question: str, previous: Answer | None) -> Answer | None:
        """"How dependent is the PLA on Russian kit - what share of China's arms imports
        came from Russia in 2023?": a preface and a question.  Asked again with the
        preface's loose words set aside (its facets, its time and its countries, still
        read), it may be answered; the words set aside are named as not used."""
        clauses = [c.strip() for c in CLAUSES.split(question) if c.strip()]
        asking = [i for i, c in enumerate(clauses) if ASKING.match(c.lower())]
        if len(clauses) < 2 or not asking:
            return None
        last = asking[-1]
        kept = set(read(clauses[last], self.lexicon).content)
        aside = {w for i, c in enumerate(clauses) if i != last
                 for w in read(c, self.lexicon).content if w not in kept}
        if not aside:
            return None
        answer = self._ask_one(question, previous, aside=frozenset(aside))
        if not answer.answered or answer.kind == "judgement":
            return None
        answer.reading["summary"] += f" (the question read from “{clauses[last]}”)"
        return answer

    def _ask_one(self, question: str, previous: Answer | None, aside: frozenset[str] = frozenset(),
                 figure_only: bool = False, figure_kind_only: bool = False) -> Answer:
        """The answer to one question; with `figure_only`, a part of two questions (see
        compound.py), which is kept only as a figure question that names its period: one
        that names no period is not read through, one read as asking for no figure is read,
        not answered.  With `figure_kind_only`, a side of a comparison, which is kept only
        as a figure question: one read as asking for no figure is read, not answered."""
        try:
            if figure_only and previous is None and not names_a_period(question[:MAX_QUESTION], self.lexicon):
                # "How many times did Xi" of "... Xi and Putin meet ...": no part to keep.
                return Answer.model_construct(question=question, answered=False, kind="unknown", context={})
            intent = read(question[:MAX_QUESTION], self.lexicon, aside)
            intent.question = question
            if previous is not None:
                early = self._follow_previous(intent, previous)
                if early is not None:
                    early.reading, early.unread = reading_of(self, intent, early)
                    return early
            else:
                self.resolver.resolve(intent)
                if (figure_only or figure_kind_only) and intent.kind not in compound.FIGURE_KINDS:
                    # Answered, it would keep its kind: no figure, so the caller sets it aside.
                    return Answer.model_construct(question=question, answered=False, kind=intent.kind,
                                                  context={"kind": intent.kind})
            answer = self._answer(intent, previous)
            answer.reading, answer.unread = reading_of(self, intent, answer)
            return answer
        except PeriodError:
            raise  # `ask` names the date that does not exist
        except Exception:
            if os.environ.get("CRR_DEBUG"):
                raise
            return Answer.model_construct(
                question=question, answered=False, kind="error",
                interpretation="The question could not be read.",
                text="Sorry, crr could not answer that question. Try rephrasing it, "
                     "or ask 'help' to see what crr can answer.",
                suggestions=self._starters(), reading={}, unread=[],
            )

    def _answer(self, intent: Intent, previous: Answer | None) -> Answer:
        if not (intent.sources or intent.reporter):
            return self._answer_read(intent, previous)
        token = ASKED.set((set(intent.sources), intent.reporter, set()))
        try:
            answer = self._answer_read(intent, previous)
        finally:
            ASKED.reset(token)
        stated = [v for v in answer.values if not v.derived]
        if answer.answered and stated and not any(
                (not intent.sources or v.source in intent.sources)
                and (not intent.reporter or v.reporter == intent.reporter) for v in stated):
            asked = [self.store.sources[s].short_name for s in intent.sources if s in self.store.sources]
            if intent.reporter:
                asked.append(f"{intent.reporter.title()}'s own statistics")
            verb = "give" if len(asked) > 1 else "gives"
            answer.text = (answer.text.rstrip("\n") + f"\nNote: {' and '.join(asked)} {verb} no figure for this; "
                           "the figures above are from the other sources crr holds.")
        return answer

    def _answer_read(self, intent: Intent, previous: Answer | None) -> Answer:
        if previous is None and intent.follow_up and intent.metric_id is None and intent.kind == "unknown" \
                and not intent.not_held:
            return self._no_previous(intent)
        if intent.metric_id is None and intent.kind != "help" and self._off_subject(intent):
            intent.not_held = ""  # another country's affairs: nothing nearby to offer
            return self._unknown(intent)  # not even "what crr holds on" a word it happens to share
        direction = intent.flow
        if self._asks_balance(intent):
            answer = self._answer_balance(intent)  # "did Russia have a trade surplus with China in 2020?"
        elif all(direction) and intent.kind not in NON_FIGURE_KINDS and COMPOSITION.search(self._marked(intent)):
            answer = self._answer_composition(intent, direction)
        elif intent.people and PERSON_ACTS.search(intent.normalized):
            answer = self._answer_person_events(intent, self._people_rows(intent))
        elif intent.kind in ("unknown", "what_happened") and intent.people and not intent.metric_id \
                and not (intent.kind == "unknown" and self.resolver.loose_words(intent)):
            answer = self._answer_person_events(intent, self._people_rows(intent))
        elif intent.negated and intent.metric_id and intent.kind not in NON_FIGURE_KINDS:
            answer = self._answer_without(intent)
        elif intent.kind == "value" and intent.metric_id and len(intent.periods) > 1:
            answer = self._answer_each_period(intent)
        elif intent.kind == "value" and (narrower := self.resolver.narrower_kinds(intent)):
            # "gas in 2025": each kind of gas crr holds for the year, one answer.
            parts = [self._answer_value(replace(intent, metric_id=m, metric_phrase=self.metrics[m].name.lower()))
                     for m in narrower]
            answer = compound.join(intent.question, parts)
            intent.shown = narrower
        else:
            answer = getattr(self, f"_answer_{intent.kind}")(intent)
        # A suggestion that asks again what was just answered ("... over time" after a series) goes.
        same = {"series": (" over time", " by year"), "latest": ("latest ",)}.get(answer.kind, ())
        answer.suggestions = [s for s in answer.suggestions
                              if not any(s.endswith(w) or s.startswith(w) for w in same)]
        if self._exact_not_held(intent, answer):
            # "what exact rank ..." answered "among the top 3": the figure shown, the question open.
            answer.answered, answer.values = False, []
            answer.text = ("The sources give no exact figure for this, only a hedged one:\n" + answer.text)
        if self._part_of_another_total(intent, answer):
            intent.metric_id, intent.kind, intent.set_aside = None, "unknown", [answer.values[0].metric]
            intent.not_held = (f"the question asks for a part of the {intent.given_whole:g} it gives; crr holds "
                               "that part only for another period than that total's")
            answer = self._unknown(intent)
        if self._repeats_given_whole(intent, answer):
            intent.metric_id, intent.kind, intent.set_aside = None, "unknown", [answer.values[0].metric]
            intent.not_held = ("the question asks for a part of a total it gives or was just given; "
                               "crr holds that total, but no breakdown of it")
            answer = self._unknown(intent)
        answer.context = self._context(intent, answer)
        return answer

    @staticmethod
    def _exact_not_held(intent: Intent, answer: Answer) -> bool:
        """Whether a question asks for an exact figure and every figure given is hedged."""
        stated = [v for v in answer.values if not v.derived]
        return answer.answered and bool(stated) and bool(EXACT.search(intent.normalized)) \
            and all(v.qualifier and v.qualifier != "record" for v in stated)

    def _part_of_another_total(self, intent: Intent, answer: Answer) -> bool:
        """"How many of the 96 exercises were naval?" answered with the naval exercises
        since 2022: a part of another total (the 96 are all since 2003)."""
        stated = [v for v in answer.values if not v.derived]
        if intent.given_whole is None or not answer.answered or not stated:
            return False
        part = self.metrics.get(stated[0].metric)
        if part is None or not part.part_of:
            return False
        totals = [r for r in self.store.observations(part.part_of) if r["value"] == intent.given_whole]
        return bool(totals) and not any(r["period"] == stated[0].period for r in totals)

    @staticmethod
    def _repeats_given_whole(intent: Intent, answer: Answer) -> bool:
        """"How many of the 11 exercises in 2024 were aerial?" answered with the 11 itself
        answers another question: the part asked is not the total given."""
        stated = [v for v in answer.values if not v.derived]
        return intent.given_whole is not None and answer.answered and bool(stated) \
            and stated[0].value == intent.given_whole

    def _answer_each_period(self, intent: Intent) -> Answer:
        """"trade in 2010, 2018 and 2024": the figure for each year, one answer; their
        total or average when one is asked ("exercises in 2024 and 2025 combined")."""
        if intent.aggregate and all(p.form == "point" and p.label.isdigit() for p in intent.periods):
            return self._answer_years_aggregate(intent)
        parts = [self._answer_value(replace(intent, periods=[period])) for period in intent.periods]
        for part, period in zip(parts, intent.periods):
            part.context = self._context(replace(intent, periods=[period]))
        return compound.join(intent.question, parts)

    def _context(self, intent: Intent, answer: Answer | None = None) -> dict:
        """What a follow-up may borrow from this question: for a date asked, or the one
        event shown, its date ("how many agreements did they sign that day?", "how many
        troops took part?")."""
        single = answer is not None and answer.kind == "what_happened" and len(answer.events) == 1
        periods = [Period.point(answer.events[0].date)] if answer is not None and (answer.kind == "when" or single) \
            and answer.events and not intent.periods else intent.periods
        return {
            "kind": intent.kind,
            "metric": intent.metric_id,
            "periods": [
                {"label": p.label, "start": p.start.isoformat() if p.start else None,
                 "end": p.end.isoformat() if p.end else None, "form": p.form, "phrase": p.phrase}
                for p in periods
            ],
            "rest": intent.rest,
            "parties": intent.parties,
            "parts": intent.parts,
        }

    # --- follow-ups --------------------------------------------------------

    def _follow_previous(self, intent: Intent, previous: Answer) -> Answer | None:
        """Read a question in the light of the last answer; an answer when the follow-up
        is answered from the last answer alone (its sources, the people of its event)."""
        if intent.kind == "sources":
            return self._previous_sources(intent, previous)
        # "Who took part?", "when was that?": about the event just shown.
        about_shown = None
        if intent.kind == "who" and (WHO_OF_PREVIOUS.match(intent.normalized) or self._who_of_that(intent)):
            about_shown = self._answer_who_of_previous
        elif intent.kind == "when" and self._when_of_that(intent):
            about_shown = self._answer_when_of_previous
        shown = [e.event_id for e in previous.events if e.event_id] if about_shown else []
        figure = (previous.context or {}).get("metric") or next((v.metric for v in previous.values), None)
        if about_shown == self._answer_who_of_previous and not shown and figure in self.metrics:
            # "who signed it?" after a figure: whom that figure's records name, never another event's people.
            answer = self._answer_who_of_figure(intent, figure)
            answer.context = {"kind": "who", "metric": figure, "periods": [], "rest": intent.rest,
                              "parties": [], "parts": []}
            return answer
        if shown:
            answer = about_shown(intent, shown[0])
            answer.context = {"kind": intent.kind, "metric": None, "periods": [], "rest": intent.rest,
                              "parties": [], "parts": []}
            return answer
        before = previous.context or {}
        if before.get("kind") in EVENT_KINDS and intent.follow_up and self._names_no_subject(intent):
            self._reread_previous(intent, before)
            return None
        self.resolver.resolve(intent)
        self._apply_context(intent, previous)
        stated = [v for v in previous.values if not v.derived]
        if stated and intent.given_whole is None and PART_OF_THOSE.search(intent.normalized):
            intent.given_whole = stated[0].value  # "how many of those were phone calls?": a part of the last figure
        return None

    @staticmethod
    def _new_content(intent: Intent) -> list[str]:
        """The question's content words, less the noun a pointing word stands before
        ("that role", "this deal"): it names what was shown, nothing new."""
        pointed = {_stem(m.group(1)) for m in POINTED_NOUN.finditer(intent.normalized)}
        return [w for w in intent.content if w not in pointed]

    def _who_of_that(self, intent: Intent) -> bool:
        """"who did he meet there?", "who signed it?": a who-question that points back and
        names nothing new but what people do (meet, sign, visit) asks about the event shown."""
        return bool(POINTING.search(intent.normalized)) and not intent.people and not intent.periods \
            and not self._new_content(intent) and not intent.numbers and not intent.parties \
            and all(set(asked) & PEOPLE_ACTS for asked in intent.subjects)

    def _when_of_that(self, intent: Intent) -> bool:
        """"when did he say it?", "when was that?": a when-question that points back and
        names nothing of its own asks for the date of the event shown."""
        return bool(POINTING.search(intent.normalized)) and not intent.people and not intent.periods \
            and not self._new_content(intent) and not intent.numbers and not intent.parties and not intent.subjects \
            and not EXTREME_WORDS.search(intent.normalized)

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
        periods = intent.periods or _periods_of(before)
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
        metric_kinds = {"value", "span", "change", "latest", "peak", "lowest", "swing", "series", "unknown"}
        pointing = intent.follow_up or intent.deictic or bool(POINTING.search(intent.normalized))
        if intent.periods and metric in self.metrics and read_event_kind(intent.normalized) is None \
                and not (intent.subjects or intent.content or intent.people or intent.parties
                         or intent.measures or intent.numbers):
            # "before the invasion?" after a figure: only a time, so the same figure then.
            pointing = intent.follow_up = True
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
        extreme_of_it = intent.kind == "when" and pointing and bool(EXTREME_WORDS.search(intent.normalized))
        if intent.kind not in metric_kinds and not intent.follow_up and not extreme_of_it:
            return
        shifted = _shift_year(intent.normalized, periods)
        if shifted:
            intent.periods = shifted
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
            if target:
                saved = intent.metric_id
                self.resolver.choose(intent, [(99.0, target)])
                if intent.metric_id is None:
                    intent.metric_id = saved
        sibling = self._sibling(intent, metric, periods) if intent.follow_up and metric in self.metrics else None
        if intent.follow_up and metric in self.metrics and not intent.parties and self._turned(intent, before):
            # "what about imports?" then "and exports?": the other way of the flow just shown.
            sibling = self._reversed(metric) or sibling
        if sibling:
            # "and imports?" after the yuan's share of exports: the same figure for imports, same period.
            intent.metric_id, intent.metric_phrase = sibling, self.metrics[sibling].name.lower()
            own = [(score, m) for score, m in intent.candidates if m != sibling]
            intent.candidates, intent.not_held = [(99.0, sibling)] + [(min(score, 98.0), m) for score, m in own], ""
            if not intent.periods:
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
                and intent.asked_kind not in ("latest", "peak", "lowest") and (
                pointing or (before.get("kind") in ("when", "what_happened")
                             and self._about_the_events(intent.metric_id, previous))):
            intent.periods = periods
            self.resolver.prefer_metrics_with_data(intent)
        if intent.metric_id is None:
            return
        if intent.compare and periods and intent.periods:
            intent.periods = [periods[0], intent.periods[0]]
            intent.kind = "change"
            return
        intent.kind = metric_kind(intent.asked_kind, intent.periods)

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
        words = set(self.matcher.correct(intent.residue)[0]) - COMMON_SUBJECT_WORDS - {"one"}  # "which ones"
        words = {w for w in words if not w.isdigit()}
        if not words or len(words) > 2 or words <= self.matcher.words_of(metric_id):
            return None
        combined = f"{normalize(self.metrics[metric_id].name)} {' '.join(sorted(words))}"
        for _, candidate, _ in self.matcher.match(combined):
            if candidate != metric_id and words <= self.matcher.words_of(candidate) \
                    and misfit(intent, self.metrics[candidate], self.resolver.facts) is None:
                return candidate
        return self._sibling_by_subject(intent, metric_id, periods)

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
        text = render("answers/sources.txt.j2", previous=previous)
        return Answer.model_construct(
            question=intent.question, answered=bool(previous.citations), kind="sources",
            interpretation=f"Read as a request for the sources of the answer to '{previous.question}'.",
            text=text, values=previous.values, events=previous.events,
            citations=previous.citations, suggestions=previous.suggestions, context=previous.context,
            reading={"kind": "sources", "summary": "the sources of the previous answer"}, unread=[],
        )

    # --- helpers -----------------------------------------------------------

    def _marked(self, intent: Intent) -> str:
        from ..reading.facets import marked
        from ..reading.lexicon import lexicon_words

        words = lexicon_words(intent.rest)
        return marked(words, self.lexicon.scan(words))

    def _people_rows(self, intent: Intent) -> list:
        by_id = {p["id"]: p for p in self.store.people}
        return [by_id[p] for p in intent.people if p in by_id]

    def _off_subject(self, intent: Intent) -> bool:
        """Weather, football, another country's own affairs: nothing crr could hold."""
        names_the_two = any(p in ("china", "russia") for p in intent.parties) or intent.people
        return intent.off_subject or (bool(intent.others) and not names_the_two
                                                               and intent.kind not in ("when", "what_happened", "who"))

    def _no_previous(self, intent: Intent) -> Answer:
        """"and in 2022?" with nothing before it: say so, and how to ask in full."""
        draft = Draft(self.store)
        text = (f"“{intent.question}” reads as a follow-up, but there is no earlier question in this "
                "conversation to follow. Ask it in full, for example “trade in 2022?”.")
        return draft.answer(intent, False, "unknown", "Read as a follow-up with no earlier question.",
                            text, self._starters())

    def _answer_sources(self, intent: Intent) -> Answer:
        """The sources of the previous answer ("source?")."""
        draft = Draft(self.store)
        return draft.answer(intent, False, "sources", "Read as a request for sources.",
                            "Ask a question first; crr then lists the sources of its answer.",
                            self._starters())

    def _answer_judgement(self, intent: Intent) -> Answer:
        """An opinion or a prediction: crr holds figures and events, not judgements."""
        draft = Draft(self.store)
        related = [self.metrics[m].name for _, m in intent.candidates[:3]] or \
                  [self.metrics[m].name for m, _ in intent.rejected[:3]]
        text = render("answers/judgement.txt.j2", question=intent.question, related=related)
        return draft.answer(intent, False, "judgement",
                            "Read as a question of judgement or prediction, which no figure answers.",
                            text, [f"latest {name.lower()}" for name in related[:2]] + ["what can I ask?"])

    def _answer_help(self, intent: Intent) -> Answer:
        draft = Draft(self.store)
        topics: dict[str, list[str]] = {}
        for metric in self.metrics.values():
            topics.setdefault(metric.topic, []).append(metric.name)
        text = render("answers/help.txt.j2", topics=topics)
        return draft.answer(intent, True, "help", "Read as a request for help.", text, self._starters())

    def _answer_about(self, intent: Intent) -> Answer:
        """What crr holds on a subject: its metrics, their coverage, related events."""
        draft = Draft(self.store)
        topic = next((t for t in self.store.topics if t.lower() in intent.normalized.split()), None)
        metric_ids = [m for _, m in intent.candidates[:4]] if intent.metric_id else []
        if not metric_ids and not topic and not intent.rejected:
            # A bare subject ("oil"): the metrics that mention it, however loosely.
            metric_ids = [m for _, m, _ in self.matcher.match(intent.normalized, min_score=0.5)[:6]]
        if topic and not metric_ids:
            metric_ids = [m.id for m in self.metrics.values() if m.topic == topic][:12]
        events = self._find_events(intent, limit=5)
        if not metric_ids and not events:
            return self._unknown(intent)
        metrics = [{"metric": self.metrics[m], "holdings": self._holdings(self.metrics[m]),
                    "count": len(self.store.observations(m))} for m in metric_ids]
        cited = self._cite_events(draft, events)
        subject = re.sub(r"^(?:what (?:do you|does crr) know about|tell me about|what is|what's|what are|"
                         r"explain|define|describe|info on|information on|about)\s+(?:the\s+)?",
                         "", intent.normalized).strip(" ?.") or intent.normalized
        text = render("answers/about.txt.j2", subject=subject, metrics=metrics, events=cited,
                      topic=topic)
        first = self.metrics[metric_ids[0]].name.lower() if metric_ids else ""
        return draft.answer(intent, True, "about", f"Read as a question about what crr holds on '{subject}'.",
                            text, [f"latest {first}", f"{first} over time"] if first else [])

    def _answer_unknown(self, intent: Intent) -> Answer:
        action = ACTION_ASKED.match(intent.normalized)
        if not intent.not_held and (action or not intent.periods) and not intent.follow_up and not intent.others \
                and self._find_events(intent, limit=1):
            if action:  # "what did Norinco send to Russia?": what it did, in the events that say
                intent.kind = "what_happened"
                return self._answer_what_happened(intent)
            return self._answer_about(intent)  # a subject the events cover ("border checkpoints")
        return self._unknown(intent)

    def _unknown(self, intent: Intent) -> Answer:
        draft = Draft(self.store)
        if intent.not_held:  # "trade in euros": the subject is known, the figure is not held
            held = [self.metrics[m] for m in intent.set_aside]
            text = render("answers/not_held.txt.j2", not_held=intent.not_held, metrics=held,
                          holdings=[self._holdings(m) for m in held])
            return draft.answer(intent, False, "unknown", f"Not held: {intent.not_held}.",
                                text, [f"latest {m.name.lower()}" for m in held[:2]] + ["what can I ask?"])
        in_subject = bool(set(intent.parties) & {"china", "russia"}) or bool(intent.people) or (
            bool(intent.subjects) and not intent.others)
        text = render("answers/unknown.txt.j2", question=intent.question, topics=self.store.topics,
                      in_subject=in_subject, others=[self.store.parties[p] for p in intent.others])
        return draft.answer(intent, False, "unknown",
                            "No metric or topic of the database was recognised in the question.",
                            text, self._starters())


def _periods_of(context: dict) -> list[Period]:
    return [
        Period(p["label"], date.fromisoformat(p["start"]) if p["start"] else None,
               date.fromisoformat(p["end"]) if p["end"] else None, p["form"], p["phrase"])
        for p in context.get("periods", [])
    ]


def _shift_year(text: str, periods: list[Period]) -> list[Period]:
    """"and the next year?": the year after the previous question's; "the year before" too."""
    step = 1 if NEXT_YEAR.search(text) else -1 if YEAR_BEFORE.search(text) else 0
    years = [p for p in periods if p.form == "point" and len(p.label) == 4]
    if not step or not years:
        return []
    return [Period.point(str(int(years[-1].label) + step))]
