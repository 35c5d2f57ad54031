"""Question -> Answer: the one place where questions are answered.

The pipeline is read (reading/: the words -> a typed reading), resolve
(resolving/: the reading -> the metric that fits every facet, or why none
does), answer (figures.py, timeline.py: the rows, with derived numbers that
show their arithmetic; follow_ups.py: a question read in the light of the
answer before it) and write (writing/: sentences and citations).  Every
number an answer states comes from a database row or is derived from rows;
every value's source is cited.  The CLI, the terminal app and the Datasette
plugin all call `Engine.ask`.
"""

from __future__ import annotations

import os
import re
from datetime import date
from dataclasses import replace
from pathlib import Path

from .. import startup
from ..answer import Answer
from ..data.periods import PeriodError
from ..data.store import Store
from ..reading.periods import Period, describe_period, period_of_label
from ..reading.read import Intent, names_a_period, read
from ..reading.question_kind import LIST_OF_EVENTS
from ..resolving.resolve import NON_FIGURE_KINDS, Resolver
from ..writing.reading import reading_of
from ..writing.render import format_number, render
from . import compound, named_sources, requests
from .capacity import capacity_reached
from .draft import AS_A_SHARE, Draft, join_words
from .changes import ChangeAnswers
from .figures import ASKED, FigureAnswers, _runs_of_years
from .gaps import Gaps
from .follow_ups import FollowUps
from .pointed import Pointed
from .shown_again import ShownAgain
from .unmet import (again_unmet, choice_unmet, events_of_an_unread_act, first_after_figures, first_holder_unmet,
                    not_a_year, place_unheld, share_said_otherwise, soviet_after_1991, stated_figure_unheld,
                    total_of_a_rate)
from .venues import held_elsewhere
from .prefaces import EVENT_TIME, MAX_QUESTION, POINTING_ONLY, Prefaces, premise_apart
from .labels import LabelAnswers
from .event_choice import EventChoice
from .events import EventSearch
from .balances import BalanceAnswers
from .another_figure import AnotherFigure
from .doers import Doers
from .people import PeopleAnswers
from .record_names import RecordNames
from .readings_turned import ReadingsTurned
from .roles import QUESTION_WORD, RoleAnswers
from .after_shown import AfterShown
from .event_terms import EventTerms
from .checks import STALE_YEARS, AnswerChecks
from .talk import TalkSoFar
from .replies import Replies
from .restated import Restated
from .second_readings import SecondReadings
from . import blanks, counted_lists, figure_of_shown, glosses, guesses, moved_by_events, reasons, thing_names, trend_premises
from .reasons import Reasons
from .order_asked import OrderAsked
from .durations import Durations
from .thing_names import ThingNames
from .shown import ShownBefore
from .siblings import Siblings
from .spans import SpanAnswers
from .swings import SwingAnswers
from .timeline import TimelineAnswers
from .turn_checks import TurnChecks
from .who_figures import WhoOfFigures
from .withheld import shown_not_given, withheld
from .sources_asked import SourcesAsked
from .spelling import Spelling
from ..reading.words import Lazy, _stem, ascii_digits
from .event_words import event_stem
from .question_words import (BODY_ASKED, CATEGORIES, COMPOSITION, INTERJECTION, POINTER_THEN_QUESTION, PERSON_ACTS, POINTING_ACT,
                             WHAT_FLOWED, YEAR_ASKED)


# A deal as the doer of what is asked: "how much gas did that deal deliver?", "what did the 2014 deal bring in?"
DONE_BY_A_DEAL = Lazy(r"\b(?:did|does|has|had|will|would)\s+(?:the|that|this|those|these|its|their)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:deal|agreement|contract|accord)s?\s+(?:\w+\s+){0,2}?(deliver\w*|bring\w*|brought|suppl\w*|"
                      r"yield\w*|produc\w*|generat\w*|earn\w*|carr\w*|send\w*|sent|ship\w*)\b")
# Verbs of goods moved, whose "how much" is a quantity, not a deal's value.
GOODS_MOVED = Lazy(r"deliver|suppl|carr|send|sent|ship")
# A figure of a deal itself: its value, length, volume, price.
DEAL_FIGURE = Lazy(r"\b(?:deals?|agreements?|contracts?|accords?)\b", re.IGNORECASE)

# A time of a thing that the question points to but crr cannot place: "in its first year".
TIME_OF_A_THING = Lazy(r"\b(?:its|their|the) (?:first|opening|initial|maiden) (?:full )?(?:year|years|months?)\b")
# Taking part in what the talk points to, nothing else said: "how many soldiers took part?"
# (the verb said alone; "marched" after a parade is the same question).
TOOK_PART = Lazy(r"^(?:and |so )?how many (?:[\w-]+ ){1,2}(?:took part|take part|participated|were involved|marched|joined)\W*$")


# A part of what was shown: "how many of them were naval?", "what share of those ...".
PART_OF_THEM = Lazy(r"^(?:and |so |but )?(?:how many|how much|what share|what part|what proportion|what percentage|which|"
                    r"what %) of (?:them|those|these|it)\b")


def _withdraw(answer: Answer, why: tuple[str, str]) -> None:
    """An answer that leaves the question unmet, given as no answer: `why` is the words said
    before what it held and the words its reading line adds (unmet.py)."""
    answer.answered, answer.values = False, []
    answer.text = why[0] + answer.text
    answer.reading["summary"] = answer.reading.get("summary", "") + f" — not held: {why[1]}"


def _number_unmet(whole: Answer) -> Answer | None:
    """A figure given to a question of when a level was reached whose level crr did not use
    ("when did it reach 50 bcm?" answered by 38.8 bcm): the level is not the figure's, so
    the figure answers another question."""
    numbers = [w for w in whole.unread or [] if re.fullmatch(r"\d+(?:[.,]\d+)?%?", w)
               and re.search(rf"\b(?:reach|reached|top|topped|hit|exceed|exceeded|pass|passed|surpass|surpassed|cross|crossed) "
                             rf"(?:the )?(?:usd |\$)?{re.escape(w)}\b", whole.question.lower())]
    if not (whole.answered and whole.values and numbers and whole.kind in compound.FIGURE_KINDS) \
            or not re.search(r"\b(?:when|what year|which year)\b", whole.question.lower()):
        return None  # ("did it top 20 bcm in 2023?": the year's figure, weighed against it)
    if any(abs(v.value - float(n.rstrip("%").replace(",", ""))) < 1e-9 for v in whole.values for n in numbers):
        return None
    return withheld(whole, f"crr could not place the number {', '.join(numbers)} the question gives in any figure it holds")


def _time_unplaced(question: str, previous: Answer | None, whole: Answer) -> Answer | None:
    """A figure's latest value given to a question of a time or an event crr could not
    place ("how much did it carry in its first year?", "how many soldiers took part?" after
    no event): an answer for another time, so none."""
    if not (whole.answered and (whole.kind == "latest" or whole.kind == "compound" and "most recent value" in whole.interpretation)
            and not (whole.context or {}).get("periods")):
        return None
    lowered = question.lower()
    if (time := TIME_OF_A_THING.search(lowered)):
        why = f"crr cannot tell when \u201c{time.group(0)}\u201d was for what the question asks about"
    elif previous is not None and TOOK_PART.match(lowered):
        why = "\u201ctook part\u201d points to an event, and the talk has named none that crr holds this figure for"
    else:
        return None
    return withheld(whole, why, f"the latest one of {(whole.reading or {}).get('summary', '')}")


ONE_SIDE = Lazy(r"\b(?:the )?(chinese|russian|china['’]s|russia['’]s) side\b", re.IGNORECASE)
WHO_OR_WHICH = Lazy(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
SIDE_PEOPLE = {"chinese": "the chinese", "china's": "the chinese", "china’s": "the chinese",
               "russian": "the russians", "russia's": "the russians", "russia’s": "the russians"}


# "How much" or "how many" over a span asks what it adds up to.
HOW_MUCH_OVER = Lazy(r"\bhow (?:many|much)\b")


# A figure the question turns down in a clause of its own: ", not the two-way total?".
# ("..., not counting energy": a part left out of the figure, which the reading leaves out)
NOT_THIS = Lazy(r",\s*(?:and |but )?(?:not(?! (?:counting|including|incl)\b)|rather than|instead of|as opposed to) "
                r"(?:the |a |an |just )?([a-z][\w' -]{2,40}?)\s*\??\s*$", re.I)


# A turn that corrects the one before, the thing turned down first: "not exports, imports",
# "no, not the dashboard one - the Wikipedia figure", "not GA but the Security Council?".
CORRECTION = Lazy(r"^(?:no|nope|sorry)?[,.!]?\s*not (?:the |a |an |that |this )?(?P<out>[^,;:.?]{2,40}?)"
                  r"(?:\s*[,;:.]|\s+[—–-]+|\s+but)\s*(?:i mean |rather |instead |but )?(?P<asked>[^,;:?]{2,80}?)\s*\??$", re.I)
# ... but not a question of its own after it ("not sure I follow, what was it in 2024?"), nor
# "not" that turns down no thing ("not sure", "not really", "not yet").
QUESTION_OPENING = Lazy(r"^(?:who|whom|whose|which|what|when|where|why|how|is|are|was|were|did|does|do|can|could)\b", re.I)
NOT_A_THING = Lazy(r"^(?:sure|really|quite|exactly|yet|now|bad|so|too|very|much|at all|certain|clear)\b", re.I)
# "where was it held?", "and where did they meet?": a place of what was shown before.
WHERE_OF_IT = Lazy(r"^(?:and |so )?where (?:was|were|is|are|did|does|do|had|has) (?:it|they|that|this|them|those|he|she)"
                   r"(?: (?:held|take place|took place|happen|happened|hold|meet|met|signed|sign|staged|stage|go|went))?\??$")
# A place asked as a kind of place: "in which capital did ...", "at what venue was ...".
WHICH_PLACE = Lazy(r"^((?:[^?]{0,60}?(?:,|:|\s[-–—]+)\s+)?(?:and |so )?)(?:in|at) (?:which|what) (?:city|capital|town|port|place|"
                   r"venue|location|region)\s+(?=(?:did|was|were|is|are|do|does|had|has)\b)", re.I)
# A unit or measure a question names: a change of unit it asked for ("in value?", "in bcm?").
UNIT_OR_MEASURE = Lazy(r"\b(?:bcm|cubic|tonnes?|tons?|tonnage|mt|barrels?|value|worth|usd|dollars?|yuan|rubles?|roubles?|"
                       r"volume|tiv|percent|share|units?)\b|\$|%", re.I)


def _bare_name(name: str) -> str:
    """A figure's name without the unit it puts in brackets: "Russian LNG exports to China (bcm)"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip().lower()


# A question that asks who: "who commanded it?", "and whom did he meet?".
# A part of a question that points to the time of the part before: "that year", "the same month".
THAT_TIME = Lazy(r"\b(?:that|the same) (?:year|month|day|week|time)\b", re.I)
# A question word with its verb after the subject, as learners write it: "..., when it was?",
# "what it is?", "where they were?": the question as "when was it?" asks it.
LEARNERS_ORDER = Lazy(r"(?:^|(?<=[,:;?–—-])\s*)(when|where|what|who|how much|how many|how long|how big)\s+(it|that|this|they|he|she)\s+"
                      r"(was|were|is|are)\s*\?*\s*$", re.I)
# "What you think?", "what u reckon": an opinion asked, the "do" left out.
OPINION_UNASKED = Lazy(r"\bwhat (?:you|u|ya) (think|reckon|believe|say)\b", re.I)
# Years said first, then the question of which: "2010 or 2011, in which year was trade higher?"
YEARS_FIRST = Lazy(r"^\s*((?:19|20)\d\d(?:\s*(?:,|or|and|vs\.?|versus)\s*(?:19|20)\d\d)+)\s*[,:;–—-]+\s*"
                   r"(.*\b(?:which|what) year\b.*?)\s*\?*\s*$", re.I)
def _in_the_usual_order(question: str) -> str | None:
    """A question as learners may write it, in the usual order: "what you think?" as "what do
    you think?", "..., when it was?" as "..., when was it?", "2010 or 2011, in which year ...?"
    with the years after; None when it is written so already."""
    if (asking := OPINION_UNASKED.search(question)):
        return question[:asking.start()] + f"what do you {asking.group(1)}" + question[asking.end():]
    if (inverted := LEARNERS_ORDER.search(question)):
        return question[:inverted.start(1)] + f"{inverted.group(1)} {inverted.group(3)} {inverted.group(2)}?"
    if (years := YEARS_FIRST.match(question)):
        return f"{years.group(2)}, {years.group(1)}?"
    return None


# A figure asked with its date: "How many Su-27s did China buy, and in what year?", "what size
# swap did they agree, and when?": the figure's own time answers the second part.
FIGURE_AND_WHEN = Lazy(r"^(?P<figure>[^?]*?\b(?:how (?:many|much|big|large|long)|what (?:size|share|value|amount|number))\b"
                       r"[^?]*?)[,;]?\s+and (?:in |on |since )?(?:(?:what|which) (?:year|month|date|day)|when)\b"
                       r"(?P<rest>[^?]{0,40})\?*\s*$", re.I)
# ... what may follow "and when": the figure's own time, asked again ("was it", "was that held").
_WHEN_REST = Lazy(r"^\s*(?:(?:was|were|did|is)\s+(?:it|that|this|they|he|she)?\s*(?:\w+)?(?:\s+(?:place|held|out))?)?\s*$", re.I)
WHO_OPENS = Lazy(r"^(?:and |so |but |then )?(?:who|whom)\b")


class Engine(Prefaces, Restated, SecondReadings, FollowUps, Pointed, ShownAgain, TalkSoFar, AfterShown, AnswerChecks, EventTerms, Replies, LabelAnswers, ShownBefore, Siblings, FigureAnswers, SpanAnswers, ChangeAnswers,
             SwingAnswers, BalanceAnswers, TimelineAnswers, PeopleAnswers, RecordNames, WhoOfFigures, RoleAnswers,
             EventSearch, EventChoice, Doers, AnotherFigure, ReadingsTurned, SourcesAsked, Spelling, ThingNames, Reasons, OrderAsked, Durations,
             TurnChecks, Gaps):
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
        A typo ("Rusia", "Feburary") is mended first, a question after a statement is put
        as one ("... - which one?") and the times of figures it states set aside; the
        reading says so (spelling.py).
        """
        if isinstance(question, str):
            question = ascii_digits(question)  # "trade in ٢٠٢٤": 2024
        if isinstance(question, str) and requests.FILE_ASKED.search(question[:MAX_QUESTION]):
            return requests.file_answer(question)  # "export the trade series as csv"
        asked, style = requests.style_asked(question) if isinstance(question, str) else (question, "")
        # "Could I trouble you for ...", "Might I ask ...": a request put politely, then the question
        asked, request = requests.request_apart(asked) if isinstance(asked, str) else (asked, "")
        # "I'm Russian — how many of our soldiers ...?": "our" is Russia's
        asked, speaker = requests.speaker_apart(asked) if isinstance(asked, str) else (asked, "")
        # "Table of trade by year", "... as bullet points": how to lay the answer out, then the question
        asked, layout = requests.layout_apart(asked) if isinstance(asked, str) else (asked, "")
        # "China-Russia trade reached ___ in 2024", "... opened in ____": a sentence with a blank,
        # put as the question it stands for
        asked, blank = blanks.blank_apart(asked) if isinstance(asked, str) else (asked, "")
        # "Given that ..., how many ...?": a statement, then a question, read as the two
        # sentences would be (the statement's times set aside, as said)
        apart = premise_apart(asked) if isinstance(asked, str) else asked
        read_as, notes = self._as_read(apart)
        # "The deals included 36 Su-35s — what were they worth?": a statement before the
        # question, as written (its times too), that the record refutes (24 are held)
        refuted = self._premise_refuted(asked, previous) \
            if isinstance(asked, str) and len(asked) <= MAX_QUESTION else None
        answer = refuted or self._ask_whole(read_as, previous)
        if not answer.answered and apart != asked:
            # (a premise that, read as a statement, leaves the question unanswered: read whole)
            whole_read, whole_notes = self._as_read(asked)
            whole = self._ask_whole(whole_read, previous)
            if whole.answered:
                answer, notes = whole, whole_notes
        # "Since gas peaked in 2021, how far has it fallen?": a premise of how the figure moved
        # that its yearly record shows wrong is said, and the question not answered as put
        answer = trend_premises.refuted(self, asked, answer) or answer
        # "what were the shipments worth?" after Norinco's shipments: their figure, or none
        answer = figure_of_shown.unrelated(self, asked, previous, answer) or answer
        # "did UN voting alignment rise in 2025?": no figure for 2025, but an event says it rose
        answer = moved_by_events.stated_by_events(self, asked, answer) or answer
        if (why := events_of_an_unread_act(asked, answer)):
            # (of the whole question only: a statement before it, read as events, is what the
            # question is asked after)
            _withdraw(answer, why)
        # "list the joint exercises of 2024": the events, and the count held for that time
        answer = counted_lists.count_beside(self, asked, previous, answer) or answer
        # "How much LNG (liquid gas on ships) ...?": a gloss in brackets that alone was not placed
        answer = glosses.gloss_apart(self, asked, previous, answer) or answer
        # "joint ucheniya (exercises)": a term not placed, said again in the brackets after it
        answer = glosses.term_glossed(self, asked, previous, answer) or answer
        if not answer.answered and isinstance(asked, str) and (guess := guesses.guess_apart(asked))[1]:
            # "when was the treaty signed, 2000?": no such event in 2000; the year was the
            # asker's guess, checked against the date held
            unguessed = self.ask(guess[0], previous)
            if unguessed.answered and unguessed.kind == "when":
                answer = guesses.with_guess_checked(unguessed, guess[1])
                answer.question = question
                return answer
        answer = self._noted(answer, notes, asked)
        answer = self._unit_changed(answer, previous, asked)
        # (a suggestion made from a name put in lower case gets its capitals back: "China's", "LNG")
        answer.suggestions = [self.store.cased(s) for s in answer.suggestions]
        for said in (request, speaker):
            if said:
                answer = requests.with_request_noted(answer, said)
                answer.question = question
        if layout:
            if answer.kind == "latest" and isinstance(asked, str):
                # "a table of LNG exports": a table of one figure, asked of no time, is every value held
                every = self.ask(f"{asked} over time", previous)
                answer = every if every.answered and every.kind == "series" else answer
            answer = requests.with_layout_noted(answer, layout)
            answer.question = question
        if blank:
            answer = blanks.with_blank_noted(answer, blank)
            answer.question = question
        if style:  # "... in APA": the style is the front end's to set, and the reading says how
            answer = requests.with_style_noted(answer, style)
            answer.question = question
        return answer

    def _unit_changed(self, answer: Answer, previous: Answer | None, question: str) -> Answer:
        """"What about 2023?" after LNG in million tonnes, answered in bcm (the figure held for
        that year): a note that the unit is not the one before, which no word of the question
        asked for; the two are not to be set side by side."""
        if previous is None or not answer.answered or not isinstance(question, str) or UNIT_OR_MEASURE.search(question):
            return answer
        before = {v.metric for v in previous.values if not v.derived and v.metric in self.metrics}
        now = {v.metric for v in answer.values if not v.derived and v.metric in self.metrics}
        if len(before) != 1 or len(now) != 1 or before == now:
            return answer
        was, is_now = self.metrics[before.pop()], self.metrics[now.pop()]
        if was.unit == is_now.unit or _bare_name(was.name) != _bare_name(is_now.name):
            return answer
        answer.text = (answer.text.rstrip("\n") + f"\nNote: this figure is in {is_now.unit}, not in {was.unit} as the one "
                       f"before; crr converts no units, so the two are not to be set side by side.\n")
        return answer

    def _ask_whole(self, question: str, previous: Answer | None) -> Answer:
        from .. import limits  # here, so that this guard stays one block

        try:
            question = limits.readable(question or "").strip()
            # "ok and how many ...?", "right, so ...": a word of talk before the question is none of it.
            if limits.reaction_only(question):
                return limits.reaction_answer(question)  # "good": no figure of goods trade
            question = INTERJECTION.sub("", question) or question
            question = POINTER_THEN_QUESTION.sub("", question) or question
            if limits.too_long(question):
                return limits.too_long_answer(question)
            if not question:
                return limits.empty_answer()
            if not any(c.isalnum() for c in question):
                return limits.no_words_answer(question)  # "?" after an answer: no follow-up of it
            if (foreign := limits.not_english(question)):
                return limits.not_english_answer(question, foreign)  # "торговля в 2024?": not read as events of 2024
            if previous is None and (disputes := self._disagreements_asked(question)) is not None:
                return disputes  # "do the sources disagree about anything?": the curators' notes, no figure
            if (number := limits.not_a_year(question)):
                return limits.not_a_year_answer(question, number)  # "trade in 10000": not the latest figure
            if (place := WHICH_PLACE.match(question)):
                # "in which capital did Xi and Putin attend the parade?": where, as "where did ...?" asks
                # (a time said first goes last, as "where did ... last September?" has it)
                before = place.group(1).strip(" ,:;-–—")
                joined = re.match(r"(?i)(?:(and|so)\b\s*)?(.*)$", before)
                rest = question[place.end():].rstrip(" ?")
                answer = self._ask_whole(f"{joined.group(1) + ' ' if joined.group(1) else ''}where {rest}"
                                         f"{' ' + joined.group(2) if joined.group(2) else ''}?", previous)
                answer.question = question
                return answer
            if previous is not None and (corrected := CORRECTION.match(question)) \
                    and not QUESTION_OPENING.match(corrected.group("asked")) \
                    and not NOT_A_THING.match(corrected.group("out")):
                return self._corrected(question, corrected, previous)
            if (unwanted := NOT_THIS.search(question)) and unwanted.start() > 0:
                return self._without_the_unwanted(question, unwanted, previous)
            if previous is not None and any(not v.derived for v in previous.values) \
                    and (side := ONE_SIDE.search(question)) and not WHO_OR_WHICH.search(question) and not any(
                    self._reported(v.metric) for v in previous.values if v.metric in self.metrics):
                # "and the Russian side?" after Chinese troops in an exercise: Russia's people, as
                # no country's statistics give that figure (after IMF trade it is Russia's own figures)
                asked = question[:side.start()] + SIDE_PEOPLE[side.group(1).lower()] + question[side.end():]
                return self._asked_as(question, asked, previous)
            if (between := self._time_between(question, previous)) is not None:
                return between  # "how many years passed between the border war and the ceremony?"
            if (lasted := self._days_lasted(question, previous)) is not None:
                return lasted  # "how many days did Xi's March 2023 visit last?": from the days its record writes
            if (ordered := self._two_in_order(question)) is not None:
                return ordered  # "which came first, the SCO's founding or the friendship treaty?"
            if (restated := self._restated(question, previous)) is not None:
                return restated  # "who was China's leader before Xi?", "naval?" after a figure
            if (reached := capacity_reached(self, question, previous)) is not None:
                return reached  # "did Power of Siberia reach its capacity?": what it carried, against it
            if (again := self._each_part_again(question, previous)) is not None:
                return again  # "and in 2025?" after "trade and oil in 2024": both, in 2025
            if (asked := _in_the_usual_order(question)) is not None:
                return self._asked_as(question, asked, previous)  # "SCO exercise in Iran, when it was?"
            if (dated := self._figure_and_its_date(question, previous)) is not None:
                return dated
            whole = self._claim_checked(question, previous) or self._years_counted(question, previous) \
                or self._ask_one(question, previous)
            if whole.answered and whole.kind not in ("error", "help", "sources") \
                    and (turns := self._ask_after_statement(question, previous, pointing_only=True)):
                # "Trade hit a record in 2024. What was it in 2020?": the question asks of what
                # the statement says, as a second turn would; the two read as one are neither.
                whole = turns
            if not whole.answered and whole.kind not in ("error", "help", "sources"):
                whole = self._ask_after_statement(question, previous) or self._ask_a_clause(
                    question, previous, judged=whole.kind == "judgement") or self._events_named(
                    question, previous, whole) or self._events_of_a_kind(question, previous, whole) \
                    or self._event_at_another_time(question, previous, whole) or whole
                if not whole.answered and whole.kind not in ("error", "help", "sources", "judgement") \
                        and (dated := self._event_at_another_time(question, previous, whole)) is not None:
                    # ("was the Power of Siberia opened in 2018?": a yes or no another reading
                    # refused is still the date of the thing named, held at another time)
                    whole = dated
            elif (dated := self._better_at_another_time(question, previous, whole)) is not None:
                # "did the crude pipeline start pumping in 2010?": oil flowed in 2011, not the
                # 2010 statement that says none of it
                whole = dated
            elif whole.unread and whole.kind in compound.FIGURE_KINDS \
                    and (named := self._events_named(question, previous, whole)) is not None:
                # "China abstained on UN vote condemning the invasion": a figure that leaves a
                # word unread is no answer when an event's title has every word.
                whole = named
            elif whole.kind == "what_happened":
                # "Do Russians like China? What did Levada find in September 2022?": a figure
                # asked after a preface, not the events that the two share words with.
                whole = self._ask_a_clause(question, previous, figure=True) or whole
            if (not whole.answered or whole.kind == "what_happened") and whole.kind not in ("error", "help", "sources") \
                    and (weighed := self._figure_weighed(question, previous)) is not None:
                whole = weighed  # "was 2025 an unusually busy year for resolutions?": the figure, to weigh
            whole = self._where_of_events(question, whole) or whole  # "where were the consultations held?"
            whole = self._place_of_a_kind(question, previous, whole) or whole  # "near which city?"
            whole = self._own_way_after_statement(question, previous, whole) or whole
            whole = self._looked_at_again(question, previous, whole)  # "fourth joint maritime patrol", ...
            if (whole.kind in compound.FIGURE_KINDS or not whole.answered) and not (whole.context or {}).get("periods") \
                    and (dated := self._in_the_year_of_an_event(question, previous)) is not None:
                whole = dated  # "oil exports the year Putin became president": that year's
            whole = self._by_reporter(question, previous, whole)  # "which reports higher, China or Russia?"
            whole = _time_unplaced(question, previous, whole) or whole
            whole = self._turned_round(question, previous, whole) or whole
            whole = _number_unmet(whole) or whole
            whole = self._carried_by_all_routes(question, previous, whole) or whole
            whole = self._another_thing_pointed(question, previous, whole) or whole
            if (compared := compound.comparison(question[:MAX_QUESTION], whole, self._ask_one, previous,
                                                   self.lexicon)) is not None:
                return compared
            if (one_side := compound.one_side_missing(question[:MAX_QUESTION], whole, self._ask_one, previous,
                                                       self.lexicon)):
                return one_side
            # ("trade and oil in 2024": no one figure is both, but each part is one)
            if whole.kind == "error" or not whole.context.get("parts") or whole.kind == "unknown" and whole.answered:
                if compound.JOINS.search(question[:MAX_QUESTION]) and whole.kind != "error":
                    return compound.answer_parts(question, whole, self._ask_part, previous)
                return whole
            # "yuan share of imports and exports": each part asked on its own, joined.
            parts = []
            for part in whole.context["parts"]:
                # ("... in 2023? And when did Putin visit China that year?": the time of the part before)
                after = parts[-1] if parts and parts[-1].answered and THAT_TIME.search(part) else previous
                parts.append(self._ask_one(part, after, second_part=after is not previous))
            if len(parts) == 2 and compound.SUM_OF_PARTS.search(question):
                return compound.total_of_parts(question, *parts, whole)  # "crude and coal together"
            return compound.join(question, parts)
        except PeriodError as error:
            return limits.no_such_date_answer(question, error.label)
        except Exception:
            if os.environ.get("CRR_DEBUG"):
                raise
            return limits.error_answer(str(question or ""), self._starters())

    def _asked_as(self, question: str, asked: str, previous: Answer | None) -> Answer:
        """The answer to the question `asked` in its stead, which the reading shows ("Asked
        as: ..."); the answer is of the question as written."""
        answer = self._ask_whole(asked, previous)
        if answer.reading is not None:
            answer.reading = {**answer.reading, "asked_as": asked}
        answer.question = question
        return answer

    def _figure_and_its_date(self, question: str, previous: Answer | None) -> Answer | None:
        """"How many Su-27s did China contract to buy, and in what year?": the figure, whose
        own time (1992) is the date asked; None unless the figure alone is answered, with
        every stated value of one time (a figure of two times dates nothing)."""
        asked = FIGURE_AND_WHEN.match(question)
        if asked is None or not _WHEN_REST.match(asked.group("rest")):
            return None
        answer = self._ask_whole(asked.group("figure").strip(" ,;-–—") + "?", previous)
        stated = [v for v in answer.values if not v.derived]
        if not (answer.answered and stated and answer.kind in ("value", "latest")
                and len({v.period for v in stated}) == 1):
            return None
        answer.text = answer.text.rstrip("\n") + f"\nWhen: {describe_period(stated[0].period)}, the time the figure is of.\n"
        if answer.reading is not None:
            answer.reading = {**answer.reading, "summary": f"{answer.reading.get('summary', '')}, and its date".lstrip(", ")}
        answer.question = question
        return answer

    def _ask_part(self, question: str, previous: Answer | None, **asked) -> Answer:
        """One part of a question of two (compound.py); a second part that names no way of its
        own is not answered with a figure that goes the other way from the first part's words:
        "was it Russia that imported Chinese weapons? how much in TIV?" asks of arms going to
        Russia, which China's arms imports from Russia are not."""
        answer = self._ask_one(question, previous, **asked)
        if not asked.get("second_part") or previous is None or not answer.answered or not answer.values:
            return answer
        if any(read(question[:MAX_QUESTION], self.lexicon).flow):  # (a way of its own, even one end of it)
            return answer
        way = read((previous.question or "")[:MAX_QUESTION], self.lexicon).flow
        turned = [m for v in answer.values if (m := self.metrics.get(v.metric)) is not None and all(way)
                  and m.flow == way[::-1]]
        if not turned:
            return answer
        answer.answered, answer.values = False, []
        answer.text = (f"The question before asks of what goes from {way[0].replace('_', ' ').title()} to "
                       f"{way[1].replace('_', ' ').title()}; "
                       f"{turned[0].name} goes the other way, so crr gives no figure for it.\n")
        return answer

    def _ask_one(self, question: str, previous: Answer | None, aside: frozenset[str] = frozenset(),
                 figure_only: bool = False, figure_kind_only: bool = False, second_part: bool = False,
                 claim: bool = False) -> Answer:
        """The answer to one question; with `figure_only`, a part of two questions (see
        compound.py), which is kept only as a figure question that names its period: one
        that names no period is not read through, one read as asking for no figure is read,
        not answered.  With `figure_kind_only`, a side of a comparison, which is kept only
        as a figure question: one read as asking for no figure is read, not answered.  With
        `second_part`, the second of two questions in one, about what the first found.  With
        `claim`, a claim to check, whose numbers are what is tested, not names of a figure."""
        try:
            if figure_only and previous is None and not names_a_period(question[:MAX_QUESTION], self.lexicon):
                # "How many times did Xi" of "... Xi and Putin meet ...": no part to keep.
                return Answer.model_construct(question=question, answered=False, kind="unknown", context={})
            intent = read(self._of_which(question, previous)[:MAX_QUESTION], self.lexicon, aside)
            intent.question = question
            intent.follow_up = intent.follow_up or second_part
            intent.claim = claim
            if previous is None and not QUESTION_WORD.match(intent.normalized) and self._post_then_deed(intent):
                # "Russian prime minister visiting Beijing in May 1994?": who held it then.
                intent.kind, intent.normalized = "who", f"who was {intent.normalized}"
            elif previous is None and self._only_a_post(intent):
                # "PRC defence minister 2024", "chinese president 2010": who held it.
                intent.kind, intent.normalized = "who", f"who was {intent.normalized}"
            if previous is not None and (source := self._source_asked(intent)) is not None:
                source.reading, source.unread = reading_of(self, intent, source)
                return source  # "who publishes the Dashboard?" after a figure: the source, not its figure
            named_others = list(intent.others)  # (the question's own, before a follow-up borrows the answer's)
            if previous is not None:
                early = self._follow_previous(intent, previous)
                if early is not None:
                    self._keep_the_talk(intent, early, previous)
                    # (a list asked says how it read it; so does a follow-up asked again in full words)
                    if (early.reading or {}).get("kind") != "list" and not (early.reading or {}).get("restated"):
                        early.reading, early.unread = reading_of(self, intent, early)
                    self._from_the_same_source(question, early, previous)
                    return early
            else:
                self.resolver.resolve(intent)
                if (figure_only or figure_kind_only) and intent.kind not in compound.FIGURE_KINDS:
                    # Answered, it would keep its kind: no figure, so the caller sets it aside.
                    return Answer.model_construct(question=question, answered=False, kind=intent.kind,
                                                  context={"kind": intent.kind})
            answer = self._answer(intent, previous)
            if previous is not None and not answer.answered and not answer.values \
                    and (event := self._the_thing_as_an_event(question, intent, previous)) is not None:
                return event
            self._keep_the_talk(intent, answer, previous)
            answer.reading, answer.unread = reading_of(self, intent, answer)
            if answer.kind == "who" and answer.answered and (role := self._role_unmet(answer)):
                # "Who was China's ambassador when Xi visited?": whom an event names is no
                # answer when the role asked is one no record of it gives.
                answer.answered, answer.values = False, []
                answer.text = (f"crr found no record that names the {role} asked for, so it names no one. "
                               f"The nearest record it found:\n\n{answer.text}")
            if answer.answered and answer.values and (poll := self._other_poll(question, answer, previous)):
                # "Same survey, the Russian respondents about China?": a figure of another poll
                # is no answer about the one shown.
                answer.answered, answer.values = False, []
                answer.text = (f"crr holds no figure of this from the same poll ({poll}), so it gives none. "
                               f"The nearest it found is of another poll:\n\n{answer.text}")
            for unmet in (first_holder_unmet, place_unheld, choice_unmet, again_unmet,
                          lambda q, a: held_elsewhere(self, q, a),
                          lambda q, a: total_of_a_rate(self.metrics, intent.aggregate, a),
                          lambda q, a: first_after_figures(self.store, intent.metric_id, q, a), soviet_after_1991,
                          not_a_year, self._extreme_unmet, self._office_unmet, share_said_otherwise,
                          stated_figure_unheld):
                # "the first Chinese ambassador", "ranks fourth", "soldiers sent to China for the 2007
                # exercise" (held in Russia): an answer that leaves the question unmet is withdrawn.
                if answer.answered and (why := unmet(question, answer)):
                    _withdraw(answer, why)
            if answer.answered and answer.kind in compound.FIGURE_KINDS and WHO_OPENS.match(intent.normalized) \
                    and (answer.unread or previous is not None and previous.kind in ("when", "what_happened")):
                # "and who commanded it on the Russian side?" after a count of troops, "and who
                # signed the renewal?" after its date: a figure names no one.
                done = f"says who {answer.unread[0]} it" if answer.unread else "names the one asked"
                answer = shown_not_given(answer, f"crr found no record that {done}, so it names no one. The figure "
                                         "it holds nearest:", "no one named")
            if previous is not None and answer.answered and (dropped := self._party_dropped(named_others, answer)):
                # "And to Ukraine?" after China's ambassador to Russia: that answer again is none of Ukraine's
                answer = shown_not_given(answer, f"crr holds nothing of this for {dropped}, so it gives no answer. "
                                                 "What it found:", f"nothing for {dropped}")
            if previous is not None and answer.answered and (firm := self._its_owner_dropped(intent, answer, previous)):
                # "and what was its 2024 intake?" after a refinery's figure: no figure of the whole country.
                answer = shown_not_given(answer, f"crr holds no figure of this for {firm}, whose figure was just "
                                         "shown, so it gives none. The nearest it found is of another:",
                                         f"no figure of {firm}")
            if previous is not None and answer.answered and (thing := self._thing_of_event_dropped(intent, answer, previous)):
                # "how many tonnes was the cargo?" after a cargo's event: a year's exports are no cargo's.
                answer = shown_not_given(answer, f"crr holds no figure of the {thing} of the event just shown, so it "
                                         "gives none. The nearest figure it found is not of it:",
                                         f"no figure of the {thing}")
            if previous is not None and answer.answered and (shown := self._only_shown_again(intent, answer, previous)):
                # "and today?" after a poll of 2022: the figure just shown is no answer for another time.
                answer = shown_not_given(answer, "crr holds no figure of this for the time asked, only the one just "
                                         f"shown ({shown}), so it gives none:", "no figure after the one shown")
            if answer.kind == "who" and answer.answered and (other := self._side_unmet(question, answer)):
                # "Which Chinese premier did Mishustin meet?": a Russian who went with him is no
                # Chinese premier.
                answer.answered, answer.values = False, []
                answer.text = (f"crr found no record that names the {other[0]} asked for, so it names no one. "
                               f"The nearest record it found names {other[1]}:\n\n{answer.text}")
            if answer.values and answer.values[0].derived and AS_A_SHARE in answer.values[0].label:
                # (a share worked out from two counts: the reading names it, not the words it was found by)
                worked = answer.values[0]
                answer.reading["summary"] = (f"{worked.label} (percent, worked out by crr), "
                                             f"{describe_period(worked.period)}")
            self._from_the_same_source(question, answer, previous)
            self._keep_times_talked(answer, previous)
            self._keep_events_talked(answer, previous)
            self._what_its_records_say(answer, previous)
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

    def _party_dropped(self, others: list[str], answer: Answer) -> str:
        """A third country a follow-up names (`others`) that its answer says nothing of, by name; ""."""
        for party in others:
            name = self.store.parties.get(party, party)
            if name.lower() not in answer.text.lower() and party not in ((answer.reading or {}).get("parties") or []):
                return name
        return ""

    def _answer(self, intent: Intent, previous: Answer | None) -> Answer:
        if (source := self._source_asked(intent)) is not None:
            return source  # "who publishes the Dashboard?": the source's own record
        each_side = self._each_side(intent, previous)
        if each_side is not None:
            return each_side
        if not (intent.sources or intent.reporter):
            return self._answer_read(intent, previous)
        token = ASKED.set((set(intent.sources), intent.reporter, set()))
        try:
            answer = self._answer_read(intent, previous)
        finally:
            ASKED.reset(token)
        return named_sources.held_as_asked(intent, answer, self.store, self._reported, self._in_another_unit)

    def _answer_read(self, intent: Intent, previous: Answer | None) -> Answer:
        self._time_of_the_given_whole(intent)
        points = [p for p in intent.periods if p.form == "point" and p.start]
        spans = [p for p in intent.periods if p.form == "since" and p.start]
        if len(points) == 1 and len(spans) == 1 and len(intent.periods) == 2 and EVENT_TIME.search(intent.question or "") \
                and spans[0].start < points[0].start and len(points[0].label) == 4 \
                and not re.search(rf"\b(?:to|until|till|through|up to)\s+(?:\w+\s+)?{points[0].label}\b", intent.question or ""):
            # "Tourism bounced back after COVID. What share … in 2023?": the time an event names
            # frames the year asked, which is the time asked.
            intent.periods = points
            if intent.kind in ("change", "span"):
                intent.kind = "value"
        self._latest_years_held(intent)  # "over the last five years": of the data, ending where it ends
        if intent.metric_id is None and intent.asked_kind in ("peak", "lowest") and intent.subjects \
                and not intent.periods and not intent.units \
                and YEAR_ASKED.search(intent.normalized) and all(
                    event_stem(_stem(w)) in self._event_text_counts() for phrase in intent.subject_words
                    for w in phrase.split()):
            # "coal imports peak year": of a thing crr holds no figure of, but events of, the
            # year is an event's, as "when did coal exports peak?" finds it (not when the
            # question gives the year and a unit: "coal exports 2023 mt (record yr)" asks tonnes).
            intent.kind = "when"
        if (worked := self._share_of_whole(intent)) is not None:
            return worked  # "what share of joint exercises in 2025 were naval?"
        self._events_asked_as_such(intent)  # "the language years", "when have they flown patrols?"
        if self._asks_label(intent):
            answer = self._answer_label(intent)  # "what was the relationship called in 1996?"
            answer.context = self._context(intent, answer)
            return answer
        if reasons.WHY_DONE.match(intent.normalized) and (reason := self._answer_why(intent, previous)) is not None:
            return reason  # "why did the US add 42 firms to the Entity List?": the reason its record gives
        if (again := self._composition_again(intent, previous)) is not None:
            answer = self._answer_composition(intent, again)  # "and russia to china?" after what China sells
            answer.context = self._context(intent, answer)
            return answer
        if thing_names.asks_a_things_name(intent, shown=bool(previous and previous.events)):
            answer = self._answer_things_name(intent, previous)  # "what was the 2001 treaty called?"
            answer.context = self._context(intent, answer)
            return answer
        if previous is None and intent.follow_up and intent.metric_id is None and intent.kind == "unknown" \
                and not intent.not_held:
            return self._no_previous(intent)
        if previous is None and intent.kind in compound.FIGURE_KINDS and POINTING_ONLY.match(intent.normalized) \
                and not (intent.subjects or intent.content or intent.people or intent.parties):
            # "what was it worth?": "it" stands for nothing asked before, whatever "worth" matches alone
            intent.metric_id, intent.candidates, intent.alternatives = None, [], []
            return self._no_previous(intent)
        if previous is None and PART_OF_THEM.match(intent.normalized):
            # "and how many of them were naval?": a part of a whole that nothing asked before gives
            intent.metric_id, intent.candidates, intent.alternatives = None, [], []
            return self._no_previous(intent)
        if previous is None and WHERE_OF_IT.match(intent.normalized):
            # "where was it held?" with nothing before it: "it" stands for no event
            intent.metric_id, intent.candidates, intent.alternatives = None, [], []
            return self._no_previous(intent)
        if intent.kind in ("who", "when") and (act := POINTING_ACT.match(intent.normalized)) \
                and (previous is None or not (previous.events or previous.values)) \
                and not ([w for w in intent.subject_words if not act.group(1).startswith(w)] or intent.people
                         or intent.parties or intent.periods):
            # "who signed it?" with nothing shown before for "it" to stand for: no other event's signers
            intent.metric_id, intent.candidates, intent.alternatives = None, [], []
            return self._no_previous(intent) if previous is None else self._nothing_shown(intent)
        if intent.metric_id is None and intent.others and not intent.periods and BODY_ASKED.match(intent.normalized) \
                and self._with_the_parties(intent, 1):
            # "What is the SCO?": no encyclopedia entry, but the events it is a party to.
            intent.kind = "what_happened"
            answer = self._answer_what_happened(intent)
            names = ", ".join(self.resolver.facts.party_names.get(o, o) for o in intent.others)
            answer.text = (f"crr holds no description of {names}, only figures and events; these events of its "
                           f"timeline have {names} as a party.\n\n" + answer.text)
            answer.answered = False  # what the body is, the question, is not said
            answer.context = self._context(intent, answer)
            return answer
        if intent.off_subject and intent.metric_id and intent.kind not in ("help", "judgement"):
            # "bitcoin use in China-Russia trade": a word of what crr holds nothing on asks
            # that, whatever figure the other words match.
            said = [phrase for phrase, facet in intent.bound.items() if facet == "off_subject"]
            intent.metric_id, intent.set_aside, intent.kind = None, [], "unknown"
            intent.not_held = f"crr holds no figures or events on {' or '.join(f'“{w}”' for w in said)}"
            return self._unknown(intent)
        if intent.metric_id is None and intent.kind != "help" and self._off_subject(intent):
            intent.not_held = ""  # another country's affairs: nothing nearby to offer
            return self._unknown(intent)  # not even "what crr holds on" a word it happens to share
        if intent.asked_kind == "change" and intent.kind == "latest" and intent.metric_id \
                and self.metrics[intent.metric_id].measure not in ("growth", "ratio"):
            # "How much did LNG exports grow?": over every year crr holds, first to latest, said.
            # Single years or months if it holds two; else the first and last of all it holds
            # ("before the invasion" to December 2022).
            held = [r for r in self._observations(intent.metric_id) if r["value"] is not None]
            points = [r for r in held if "/" not in r["period"]]
            rows = sorted(points if len({r["period"] for r in points}) >= 2 else held,
                          key=lambda r: (r["period_end"] or "9999", r["period_start"] or "0000", r["period"]))
            if len({r["period"] for r in rows}) >= 2:
                first, last = rows[0]["period"], rows[-1]["period"]
                intent.periods, intent.kind = [period_of_label(first), period_of_label(last)], "change"
            else:
                intent.set_aside, intent.metric_id, intent.kind = [intent.metric_id], None, "unknown"
                intent.not_held = (f"the question asks how {self.metrics[intent.set_aside[0]].name} changed but names "
                                   "no two times, and crr holds it for fewer than two single years or months; "
                                   "name the two times (the times it holds follow)")
                return self._unknown(intent)
        if (done := DONE_BY_A_DEAL.search(intent.normalized)) and not (
                DEAL_FIGURE.search(self.metrics[intent.metric_id].name)
                and (self.metrics[intent.metric_id].measure != "amount" or not GOODS_MOVED.match(done.group(1)))):
            # "How much gas did that deal deliver?": what a deal itself did, which a country's yearly
            # exports (or the value of another deal) do not measure.
            metric = self.metrics[intent.metric_id]
            intent.set_aside, intent.metric_id, intent.kind = [metric.id], None, "unknown"
            intent.not_held = ("the question asks what a deal itself did, and crr holds no such figure of a deal; "
                               f"its nearest, “{metric.name}”, is not one")
            return self._unknown(intent)
        if intent.year_part and not intent.periods and intent.kind not in NON_FIGURE_KINDS:
            # "trade in the second half?" with no year to take it of: not the latest year's figure.
            part = {"H1": "the first half", "H2": "the second half"}.get(intent.year_part, intent.year_part)
            intent.set_aside, intent.metric_id, intent.kind = [intent.metric_id] if intent.metric_id else [], None, "unknown"
            intent.not_held = f"the question asks for {part} of a year it does not name"
            return self._unknown(intent)
        if (said := self._time_set_by_a_deed(intent)):
            # "Trade the year Mao died?": a time crr does not place, so no figure of another time.
            intent.set_aside, intent.metric_id, intent.kind = [intent.metric_id], None, "unknown"
            intent.not_held = (f"the question gives its time as “{said}”, which crr does not turn into a date; "
                               "ask with the year")
            return self._unknown(intent)
        if (part := self._part_of_a_decade(intent)) is not None:
            # "Trade in the early 2000s?": no exact years, so no figure of them, nor a sum of the decade.
            metric = self.metrics[intent.metric_id]
            said, years = part
            intent.set_aside, intent.metric_id, intent.kind = [metric.id], None, "unknown"
            held = f"; crr holds {metric.name} for {join_words(_runs_of_years(years))}, which may be asked by year " \
                   f"or as a span (\"from {years[0]} to {years[min(3, len(years) - 1)]}\")" if years else ""
            intent.not_held = f"the question asks for “{said}”, which names no exact years{held}"
            return self._unknown(intent)
        if self._one_of_a_total(intent):
            metric = self.metrics[intent.metric_id]
            intent.set_aside, intent.metric_id, intent.kind = [metric.id], None, "unknown"
            if not names_a_period(intent.question, self.lexicon):
                intent.periods = []  # (the time of the one occasion is none the question asked)
            intent.not_held = (f"the question asks for a total over every occasion, and crr holds only "
                               f"“{metric.name}”, the figure of one occasion")
            return self._unknown(intent)
        self._from_the_base_year(intent)  # "trade doubled since 2020?": the multiple of the 2020 level
        self._by_a_year_its_level(intent)  # "by 2018, how much was trade worth?": the 2018 level
        if (latest := self._stale_for_now(intent)):
            # "How many Chinese tourists visit Russia nowadays?": a figure of 2019 is not now.
            metric = self.metrics[intent.metric_id]
            intent.set_aside, intent.metric_id, intent.kind = [metric.id], None, "unknown"
            intent.not_held = (f"the question asks for {metric.name} now, and crr's latest figure of it is for "
                               f"{latest}, more than {STALE_YEARS} years before its newest figures, which says "
                               f"nothing of the present")
            return self._unknown(intent)
        direction = intent.flow
        if sum(map(bool, direction)) == 1 and set(filter(None, direction)) <= {"china", "russia"} \
                and intent.kind not in NON_FIGURE_KINDS and COMPOSITION.search(self._marked(intent)):
            # "what does Russia sell?": to the other of the two, whose trade crr holds
            other = "china" if "russia" in direction else "russia"
            direction = (direction[0] or other, direction[1] or other)
        if self._asks_balance(intent):
            answer = self._answer_balance(intent)  # "did Russia have a trade surplus with China in 2020?"
        elif all(direction) and (intent.kind not in NON_FIGURE_KINDS and COMPOSITION.search(self._marked(intent))
                                 or intent.kind != "judgement" and CATEGORIES.search(self._marked(intent))):
            answer = self._answer_composition(intent, direction)
            if not answer.answered and intent.metric_id and intent.periods \
                    and WHAT_FLOWED.search(self._marked(intent)):
                answer = self._total_instead(intent, answer)
        elif intent.people and PERSON_ACTS.search(intent.normalized) and not self._measure_never_held(intent):
            answer = self._answer_person_events(intent, self._people_rows(intent))
        elif intent.kind in ("unknown", "what_happened") and intent.people and not self._measure_never_held(intent) \
                and (not intent.metric_id or LIST_OF_EVENTS.match(intent.normalized)) \
                and not (intent.kind == "unknown" and self.resolver.loose_words(intent)):
            answer = self._answer_person_events(intent, self._people_rows(intent))
        elif intent.years_out and intent.metric_id and intent.kind not in NON_FIGURE_KINDS | {"peak", "lowest"}:
            # "trade since 2020 other than 2022": crr leaves a year out of the extremes of a
            # series only, not out of a figure or a list
            intent.not_held = (f"the question leaves out {join_words(intent.years_out)}, and crr leaves a year out only "
                               "when it finds the highest or lowest year")
            answer = self._unknown(intent)
        elif intent.parties_out and intent.metric_id and intent.kind not in NON_FIGURE_KINDS \
                and (without := self._answer_without_party(intent)) is not None:
            answer = without  # "China's arms imports from suppliers other than Russia in 2012"
        elif intent.negated and intent.metric_id and intent.kind not in NON_FIGURE_KINDS:
            self._not_the_one_left_out(intent)  # "gas excluding LNG": pipeline gas, not LNG
            answer = self._answer_without(intent)
        elif intent.kind in ("value", "span") and intent.metric_id and len(intent.periods) > 1:
            answer = self._answer_each_period(intent)
        elif intent.kind in ("value", "latest") and len(intent.shown) == 2 and intent.metric_id in intent.shown:
            # "which was bigger?" after two figures of one time (or two latest): both, and which is the larger.
            parts = [getattr(self, f"_answer_{intent.kind}")(
                replace(intent, metric_id=m, metric_phrase=self.metrics[m].name.lower())) for m in intent.shown]
            answer = compound.join(intent.question, parts)
            firsts = [next((v for v in p.values if not v.derived), None) for p in parts]
            if "difference" in intent.derive and all(p.answered for p in parts):
                # "difference?" after the yuan's shares of exports and imports: worked out, shown.
                answer = compound.difference(intent.question, *parts) or answer
            elif all(firsts) and all(p.answered for p in parts):
                larger, smaller = sorted(firsts, key=lambda v: v.value, reverse=True)
                answer.text = answer.text.rstrip("\n") + (
                    f"\nOf the two, {larger.label} is the larger as the sources give them "
                    f"({format_number(larger.value)} against {format_number(smaller.value)} {larger.unit}).\n")
        elif intent.kind in ("value", "change") and (tied := self.resolver.tied_readings(intent)):
            # Two figures of one thing in two units that the words match alike: both.
            parts = [getattr(self, f"_answer_{intent.kind}")(
                replace(intent, metric_id=m, metric_phrase=self.metrics[m].name.lower())) for m in tied]
            answer = compound.join(intent.question, parts)
            intent.shown = tied
        elif intent.kind in ("value", "latest") and (siblings := self.resolver.ordinal_siblings(intent)):
            # "What stakes did China take in the Yamal LNG projects?": the first's and the second's.
            parts = [getattr(self, f"_answer_{intent.kind}")(
                replace(intent, metric_id=m, metric_phrase=self.metrics[m].name.lower())) for m in siblings]
            answer = compound.join(intent.question, parts)
            intent.shown = siblings
        elif (lacking := self.resolver.kinds_lacking(intent)) and not self.resolver.narrower_kinds(intent):
            # "gas imports 2022 in tonnes": LNG is held, pipeline gas by weight is not; the whole
            # asked is none of them, so no figure is given, and what is held is said.
            chosen = self.metrics[intent.metric_id]
            intent.not_held = (f"crr holds no figure of all of it for {intent.periods[0].phrase}, only of a part "
                               f"({chosen.name}; not {' or '.join(self.metrics[m].name for m in lacking)})")
            intent.set_aside = [intent.metric_id]
            intent.kind, intent.metric_id = "unknown", None
            answer = self._unknown(intent)
        elif intent.kind in ("value", "latest") and (narrower := self.resolver.narrower_kinds(intent)):
            # "gas in 2025": each kind of gas crr holds for the year, one answer.
            parts = [getattr(self, f"_answer_{intent.kind}")(
                replace(intent, metric_id=m, metric_phrase=self.metrics[m].name.lower())) for m in narrower]
            answer = compound.join(intent.question, parts)
            intent.shown = narrower
        elif intent.kind in compound.FIGURE_KINDS and intent.metric_id is None:
            intent.kind = "unknown"  # no figure fits what it asks: said so, never a figure
            answer = self._unknown(intent)
        else:
            answer = getattr(self, f"_answer_{intent.kind}")(intent)
        # A suggestion that asks again what was just answered ("... over time" after a series) goes.
        same = {"series": (" over time", " by year"), "latest": ("latest ",)}.get(answer.kind, ())
        # Nor is a series offered of a figure held only over several years.
        answer.suggestions = [s for s in answer.suggestions
                              if not any(s.endswith(w) or s.startswith(w) for w in same)
                              and not self._no_series_of(s)]
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

    def _context(self, intent: Intent, answer: Answer | None = None) -> dict:
        """What a follow-up may borrow from this question: for a date asked, or the one
        event shown, its date ("how many agreements did they sign that day?", "how many
        troops took part?")."""
        single = answer is not None and answer.kind == "what_happened" and len(answer.events) == 1
        periods = [Period.point(answer.events[0].date)] if answer is not None and (answer.kind in ("when", "name") or single) \
            and answer.events and not intent.periods else intent.periods
        metric = intent.metric_id
        if metric is None and intent.rejected and intent.rejected[0][1] in ("currency", "unit") \
                and (intent.currency or intent.units):
            # "trade in euros": the figure the question asks, held only in another currency, is
            # what the talk is about ("ok, in dollars then").
            metric = intent.rejected[0][0]
        context = {
            "kind": intent.kind,
            "metric": metric,
            "periods": [
                {"label": p.label, "start": p.start.isoformat() if p.start else None,
                 "end": p.end.isoformat() if p.end else None, "form": p.form, "phrase": p.phrase}
                for p in periods
            ],
            "rest": intent.rest,
            "parties": intent.parties,
            "parts": intent.parts,
            "sources": intent.sources,
            "reporter": intent.reporter,
            "units": intent.units,
            "currency": intent.currency,
            # "How much did China spend from 1993 to 1997?" asks a total: "and 1998 to 2002?"
            # asks the same total of another span.
            "aggregate": intent.aggregate or ("total" if intent.kind == "span" and metric in self.metrics
                                              and self.metrics[metric].additive
                                              and HOW_MUCH_OVER.search(intent.normalized) else ""),
        }
        if intent.name_years and metric in self.metrics:
            # "the two gas pipelines announced in 2006": a thing named by its year, which a
            # question that points at it ("what capacity were they to have?") asks of again.
            context["named"] = [p.label for p in intent.name_years]
        if answer is not None and answer.kind in ("when", "name") and len(answer.events) >= 2 and answer.events[0].event_id:
            # The first joint exercise, dated 2003 by one source and 2005 by the other: "how many
            # troops took part?" is of whichever date a figure is held for.
            claims = {r["id"]: r["claim"] for r in self.store.rows(
                "select id, claim from events where id in (%s)" % ",".join("?" * len(answer.events)),
                tuple(e.event_id for e in answer.events))}
            first = claims.get(answer.events[0].event_id)
            context["dates"] = [e.date for e in answer.events[1:] if first and claims.get(e.event_id) == first]
        if len(intent.shown) >= 2 and intent.kind in compound.FIGURE_KINDS:
            # "gas in 2020" gave LNG and pipeline gas: "and 2025?" asks each of them again.
            context["each"] = [{**context, "metric": m} for m in intent.shown]
        return context

    def _latest_years_held(self, intent: Intent) -> None:
        """"The last five years" of a figure whose yearly figures end before last year: the
        five years ending with the latest it holds, said so in the period's words."""
        if not intent.metric_id or intent.metric_id not in self.metrics:
            return
        for i, period in enumerate(intent.periods):
            if period.form != "range" or not period.phrase.startswith("the last ") or period.end is None:
                continue
            years = sorted({int(r["period"]) for r in self._observations(intent.metric_id)
                            if r["period"].isdigit() and r["value"] is not None})
            if not years or years[-1] >= period.end.year:
                continue
            n = period.end.year - period.start.year + 1
            first, end = years[-1] - n + 1, years[-1]
            intent.periods[i] = Period(f"{first}/{end}", date(first, 1, 1), date(end, 12, 31), "range",
                                       f"the last {n} years crr holds ({first} to {end})")

    def _measure_never_held(self, intent: Intent) -> bool:
        """Whether the question asks only measures no figure holds ("how old was Yeltsin ...?": an
        age), which a list of a person's events does not answer."""
        return bool(intent.measures) and not any(m.measure in intent.measures for m in self.metrics.values())

    def _people_rows(self, intent: Intent) -> list:
        by_id = {p["id"]: p for p in self.store.people}
        return [by_id[p] for p in intent.people if p in by_id]

    def _off_subject(self, intent: Intent) -> bool:
        """Weather, football, another country's own affairs: nothing crr could hold."""
        names_the_two = any(p in ("china", "russia") for p in intent.parties) or intent.people
        return intent.off_subject or (bool(intent.others) and not names_the_two
                                                               and intent.kind not in ("when", "what_happened", "who",
                                                                                       "judgement"))

    def _events_of_subjects(self, draft, intent: Intent, most: int = 3) -> list[dict]:
        """The latest events about a subject the question names and no figure holds ("coal"), cited;
        none for a figure stated to check ("12 million tonnes of coal?"), which no event checks."""
        if intent.numbers:
            return []
        facts = self.resolver.facts
        unheld = [(set(asked), words) for words, asked in zip(intent.subject_words, intent.subjects)
                  if not any(facts.covers(m.subjects, asked) and set(words.split()) <= facts.words_of(m.id)
                             for m in self.metrics.values())]
        if not unheld:
            return []
        # (an event about it, whose title names it as the question does: "coal", not the
        # Odesa strike on a grain terminal for "wheat")
        rows = [r for r in self.store.rows("select * from events order by date_start desc")
                if any(asked & set((r["subjects"] or "").split("; ")) and re.search(rf"\b{re.escape(words)}", r["title"], re.I)
                       for asked, words in unheld)]
        return self._cite_events(draft, rows[:most])

    def _unknown(self, intent: Intent) -> Answer:
        draft = Draft(self.store)
        if intent.not_held:  # "trade in euros": the subject is known, the figure is not held
            held = [self.metrics[m] for m in intent.set_aside]
            about = self._events_of_subjects(draft, intent)
            if about:
                # ("coal": the coal events, not the gas deal's length, are what it holds nearest)
                held = [m for m in held if any(self.resolver.facts.covers(tuple(m.subjects), asked) for asked in intent.subjects)]
            text = render("answers/not_held.txt.j2", not_held=intent.not_held, metrics=held,
                          holdings=[self._holdings(m) for m in held], events=about)
            return draft.answer(intent, False, "unknown", f"Not held: {intent.not_held}.",
                                text, [f"latest {m.name.lower()}" for m in held[:2]] + ["what can I ask?"])
        in_subject = bool(set(intent.parties) & {"china", "russia"}) or bool(intent.people) or (
            bool(intent.subjects) and not intent.others)
        # A subject the question names that no figure is about ("wheat"): said by name.
        facts = self.resolver.facts
        unheld = next((intent.as_written(words) for words, asked in zip(intent.subject_words, intent.subjects)
                       if not any(facts.covers(m.subjects, asked) and set(words.split()) <= facts.words_of(m.id)
                                  for m in self.metrics.values())), "")
        # ... and the events crr holds about it, dated and cited, as what it holds nearest ("coal").
        about = self._events_of_subjects(draft, intent) if unheld and in_subject else []
        if intent.others and not in_subject:
            # "What do you know about Iran?": the events of China–Russia relations that name it,
            # as what crr holds of it (the SCO exercise held there), not an answer.
            names = [self.store.parties[p] for p in intent.others]
            about = self._cite_events(draft, [r for r in self.store.rows("select * from events order by date_start desc")
                                              if any(re.search(rf"\b{re.escape(n)}\b", f"{r['title']} {r['summary']}")
                                                     for n in names)][:5])
        text = render("answers/unknown.txt.j2", question=intent.question, topics=self.store.topics,
                      in_subject=in_subject, others=[self.store.parties[p] for p in intent.others], unheld=unheld,
                      events=about)
        return draft.answer(intent, False, "unknown",
                            "No metric or topic of the database was recognised in the question.",
                            text, self._starters())
