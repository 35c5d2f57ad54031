"""Answers about events: when, what happened, how many times.

The events come from the search in events.py, narrowed by the question's
periods, categories and facets.
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from dataclasses import replace

from ..reading.periods import describe_period
from ..reading.read import DID_IT, Intent
from ..reading.question_kind import FIRSTS_ASKED
from . import compound
from .draft import Draft
from ..reading.words import _stem
from ..resolving.acts import ACTS, MONEY_ACTS, OPPOSITE, PAID_VISIT, asks_an_act, other_doer
from ..resolving.rules import LISTED_ACTS
from ..resolving.terms import length_contradicted
from .event_words import OCCURRENCE, _stemmed_words, event_stem, event_words
from .acts_on import done_to_another
from .events import HELD_ACTS, NTH_TIME, ORDER, ORDER_WORDS, PROPER, VAGUE_PLACES, asking_words, currencies_named
from .event_choice import STARTED
from .after_shown import WHERE_ASKED

# Words that ask for a list, which no event need say: "list every exercise", "all the visits".
LISTING_WORDS = frozenset({"every", "all", "each", "list", "listed", "full", "complete", "whole", "timeline"})
# Words beside a category's word that join no kind of thing to it: "treaties and when".
STOPWORDS_OF_LISTS = frozenset({"the", "a", "an", "their", "its", "when", "where", "who", "what", "which", "how", "all",
                                "list", "timeline", "show", "give", "me", "other", "others", "so", "then", "since",
                                "between", "in", "of", "from", "to", "by", "with"})
# Set while a list of events is asked for in full ("list them all" after one cut short).
EVERY_EVENT: ContextVar[bool] = ContextVar("every_event", default=False)
from ..reading.words import Lazy

# A list asked whole: "every event of 2022", "the full list", "all of them".
ALL_ASKED = Lazy(r"\b(?:all|every|each|full|complete|whole|entire)\b")



# Words that say something did not happen: "China does not recognise ...",
# "Kremlin rejects ...", "declines to back ..."; a question with one asks about that.
_DENIAL = Lazy(r"\b(?:not|never|no|den(?:y|ies|ied)|refus\w*|reject\w*|declin\w* to|withh[eo]ld\w*)\b|n't\b", re.I)


# In a sentence of a summary, a denial is a verb's: "does not recognise", "withheld
# recognition", "neither condemned nor recognised"; "no foreign leader had entered
# before" says Xi was the first.
_NOT_DONE = Lazy(r"\b(?:not|never|neither|nor|den(?:y|ies|ied)|refus\w*|reject\w*|declin\w* to|withh[eo]ld\w*)\b|n't\b",
                 re.I)  # ("n't" ends a word: "doesn't")


# An event that is a report or a leak of something done: its date is when it came out.
REPORT_TITLE = Lazy(r"\b(?:[Ll]eak(?:ed|s)?|[Rr]eports?|[Rr]eported|[Rr]eveals?|memo)\b")
# Words that ask about the report itself: "when did Politico report ...", "when was it leaked?".
_REPORT_ASKED = Lazy(r"\b(?:report|reports|reporting|leak|leaks|reveal|reveals|disclose|discloses|publish|publishes|"
                     r"made public|came out|come out|surfac\w*|emerg\w*|news|memo)\b"
                     # a participle that qualifies a thing asks nothing of the report: "the leaked documents"
                     r"|\b(?:reported|leaked|revealed|disclosed|published)\b(?! (?!by\b|that\b|to\b|in\b|on\b|at\b|as\b)[a-z])")


def _asks_a_report(text: str) -> bool:
    """Whether a question asks when something was reported or leaked, not when it was done:
    a report word that qualifies a thing ("the leaked documents") asks nothing of the report."""
    return bool(_REPORT_ASKED.search(text))


# A question asks about a refusal in more words than titles use ("turned down", "brushed off").
_ASKS_DENIAL = Lazy(r"\b(?:turn\w* down|brush\w* off|rul\w* out|dismiss\w*|oppos\w*|veto\w*|"
                    r"rebuff\w*|abstain\w*|withh[eo]ld\w*|refrain\w*|avoid\w*)\b", re.I)


# An event that is only a plan, an agreement or a promise ("CNPC and Sidanko agree on
# Kovykta gas exports", "EU proposes sanctions") does not date the thing happening.
_PLAN = Lazy(r"\b(?:agree[sd]?|agreement|plans?|planned|propos\w*|promis\w*|calls? for|"
             r"memorandum|expected|could|would|will|intend\w*|aims?|offers?|(?:was|were) to|"
             # a warning or a threat of a thing is no doing of it: "warns of secondary sanctions"
             r"warns? of|warned of|warnings? of|threat\w*|urges?|urged)\b", re.I)
# A question asking when something happened, came into being or began.
_DONE = Lazy(r"\b(?:start\w*|began|begin\w*|open\w*|launch\w*|flow\w*|took effect|take effect|"
             r"come into force|came into force|enter\w* (?:into )?force|complet\w*|finish\w*|"
             r"built|deliver\w*|arriv\w*|reach\w*|went into|go into|come online|came online|"
             r"hand\w* over|handover|transferr\w*|ceded|operational|in service|went live|go live|"
             r"(?:formally |finally )adopt\w*|in effect|impos\w*|"
             # "when did it actually happen?": the deed, not what was said of it beforehand
             r"actually|really|finally)\b")
# A question about a warning, a threat or a call itself: "when did the US warn it might impose ...".
_PLAN_ASKED = Lazy(r"\b(?:warn|warns|warned|warning|threaten|threatens|threatened|urge[ds]?|call(?:s|ed)? for)\b")
# A question about the plan of a thing done: "when did Russia agree to start supplying gas".
_PLAN_OF_DONE = Lazy(rf"(?:{_PLAN.pattern})(?:\s+\w+){{0,2}}?\s+(?:{_DONE.pattern})", re.I)


# A sum asked of things done: "what were the deals worth?", "how much did they cost?".
WORTH_OF_EVENTS = Lazy(r"\b(?:worth|cost|costs|value of|valued at|how much money)\b")
# A yes or no: "has the yuan overtaken ...?", "were they in touch more often ...?".
YES_OR_NO = Lazy(r"^(?:and )?(?:did|does|do|is|are|was|were|has|have|had)\b")
# A place asked for: "where did ...?", "in which city was ...?".
PLACE_ASKED = Lazy(r"^(?:and |so )?(?:where\b|(?:in |at )?(?:which|what) (?:city|town|place|port|sea|country|venue|location)\b)")


# How long before the earliest event of a kind found a person's doings may begin in the
# timeline for that event still to be given as their first.
ACTIVE_BEFORE_YEARS = 5
# The capitals, which stand for their states ("Moscow agreed"): no place an event is held at.
CAPITALS = frozenset({"beijing", "peking", "peiping", "moscow", "moskva"})
CAPITAL_AS_PLACE = Lazy(r"\b(?:in|to|at|visit(?:s|ed|ing)?)\s+(beijing|moscow)\b")

# An act done to a thing after it was made: its extension, renewal, amendment.
LATER_ACT = Lazy(r"\b(?:extend|extension|renew|amend|revis|prolong|roll(?:ed)? over)\w*")


def _plans(text: str) -> bool:
    return bool(_PLAN.search(text))


# How precise a date the question asks for: a day ("on what date", "what exact date")
# or a month ("in which month").
_ASKS_DAY = Lazy(r"\b(?:(?:what|which|exact|precise)(?: exact| precise)?(?: (?:signing|signature|start|starting|opening|launch|"
                 r"founding|completion|delivery|handover|release|inauguration|commissioning))? (?:date|day)|on what (?:date|day)|the (?:exact |precise )?day)\b"
                 r"|\bwhen exactly\b|\bexactly when\b|\bmonth and day\b|\bday and month\b")
_ASKS_MONTH = Lazy(r"\b(?:what|which) month\b|\(month\)|\bmonth and year\b|\byear and month\b"
                   r"|\b(?:the|exact|precise) month\b|\bto the month\b"
                   # "month of the first joint air patrol?", "month it was signed?": the question's own head word
                   r"|^(?:and |so )?(?:the )?month (?:of|when|in which|that|it|they|did|was|were)\b")


def finer_than(question: str, date: str) -> str | None:
    """'day' or 'month' when the question asks for a date that precise and `date` (an
    ISO date or period label) is coarser: the treaty is dated only to 2001."""
    asked = "day" if _ASKS_DAY.search(question) else "month" if _ASKS_MONTH.search(question) else None
    if not asked:
        return None
    needed = 10 if asked == "day" else 7  # YYYY-MM-DD, YYYY-MM
    held = len(date.split("/")[0])  # a span: as precise as its start, when the thing began
    return asked if held < needed else None


def _finer_than_held(question: str, rows) -> str | None:
    # The event chosen; another source's account may date it otherwise.
    return finer_than(question, rows[0]["date"])


def _denies(text: str) -> bool:
    # (words in quotes are a name or a slogan: the "no limits" statement denies nothing)
    text = re.sub(r'"[^"]*"|“[^”]*”', " ", text.replace("n’t", "n't"))
    return bool(_DENIAL.search(text))


def _asks_about_a_denial(question: str) -> bool:
    return _denies(question) or bool(_ASKS_DENIAL.search(question))


# A clause that sets an event's time by another thing: "after the ICC issued a warrant".
_TIME_CLAUSE = Lazy(r"\b(?:after|since|following|ahead of)\b")


# "When did they last meet?", "the most recent call": the latest of a kind asked.
LAST_ASKED = Lazy(r"\b(?:last|latest|most recent(?:ly)?)\b")
# The units of counts of people's contacts, of which the timeline dates only some.
COUNTED_CONTACTS = frozenset({"meetings", "interactions", "engagements", "calls", "contacts"})


# An event that is the response to another ("reactions to the US capture of Maduro"): no date of that other.
REACTION = Lazy(r"\b(?:reactions?|responses?|responds?|reacts?|reacted|responded) to\b", re.IGNORECASE)

# A time asked exactly, and a source's date that is only a bound ("since at least 2017").
EXACT_ASKED = Lazy(r"\b(?:exact|exactly|precise|precisely)\b")
HEDGED_DATE = Lazy(r"^(?:since at least|as early as|by|after|before|around|about|circa|sometime)\b|\bat the latest\b", re.I)



# Kinds of event done again and again: a date asked of one is each time it was done.
REPEATED_KINDS = frozenset({"visit", "exercise", "summit"})
# "When did Xi visit Russia?", "when were joint naval exercises held?": the dates of a doing,
# not of one thing named ("when was the 2014 deal?").
AGAIN_ASKED = Lazy(r"^(?:and |so )?when (?:did|do|does|have|has|were|was)\b(?! (?:the|this|that|its|their) (?:first|last)\b)")

class TimelineAnswers:
    """Event questions; mixed into Engine, which provides store and the event search."""

    def _title_says_it(self, intent: Intent, row) -> bool:
        """Whether an event's title, which denies nothing, says most of what the question asks
        ("cast directly opposing votes in the Security Council"): a summary's "almost never"
        is then the background of the one time it did happen."""
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - ORDER_WORDS
        said = _stemmed_words(row["title"].lower())
        synonyms = self.event_vocab.synonyms
        found = [t for t in terms if t in said or not said.isdisjoint(synonyms.get(t, ()))]
        return bool(terms) and 2 * len(found) >= len(terms)

    def _says_word(self, term: str, text: str) -> bool:
        """Whether a text says a question's term (as events' words are cut), or a synonym of it."""
        said = _stemmed_words(text.lower())
        return term in said or not said.isdisjoint(self.event_vocab.synonyms.get(term, ()))

    def _answer_when(self, intent: Intent):
        from ..writing.render import render

        from .thresholds import answer_when_figure

        figure = answer_when_figure(self, intent)
        if figure is not None:
            return figure  # "in what year did trade first top USD 100 bn?"
        draft = Draft(self.store)
        rows = self._find_events(intent, limit=5)
        interpretation = "Read as a question about the date of an event."
        if not rows:
            return self._no_event(intent, draft, interpretation)
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - asking_words(intent)
        if (unheard := self._unheard_names(intent, terms - self.event_vocab.subject_words)):
            # "When was the Zhenbao island clash?": a name no event has is no event crr holds,
            # whatever the question's other words find.
            named = next(m.group(0) for m in PROPER.finditer(intent.question)
                         if event_stem(_stem(m.group(0).lower())) in unheard)
            return self._no_such_event(intent, draft, interpretation, rows[0], unnamed=named)
        if (fitting := [r for r in rows if not self._says_otherwise(intent, r)]) != rows:
            # "When did Russia put China on its list of unfriendly countries?" (Taiwan), "... trade
            # in euros?" (their own currencies), "the BRIC summit hosted by China?" (in Russia):
            # an event of another party, currency or host is no date of the one asked.
            # (another event that fits is an answer only as close a match as the one that does not)
            unfit = max(self._words_met(intent, r) for r in rows if r not in fitting)
            fitting = [r for r in fitting if self._words_met(intent, r) >= unfit]
            if not fitting:
                return self._no_such_event(intent, draft, interpretation, rows[0])
            rows = fitting
        # An act asked of its own ("become operational", "receive") is dated by an event
        # found that says it, before the better matches that do not (its completion).
        saying = [r for r in rows if not self.event_vocab.act_unsaid(intent.normalized, r)]
        rows = saying + [r for r in rows if r not in saying]
        # "When was the friendship treaty?": when it was made, not when it was extended later,
        # unless the question says so.
        later = [] if LATER_ACT.search(intent.normalized) else [r for r in rows if LATER_ACT.search(r["title"].lower())]
        rows = [r for r in rows if r not in later] + later
        if intent.name_years and rows:
            # "When was the 2014 gas contract?": a thing named by its year is dated in that year
            # (not by the deliveries under it, in 2019), by a match as close as the best.
            years = {str(p.start.year) for p in intent.name_years if p.start}
            best = self._words_met(intent, rows[0])
            named = [r for r in rows if r["date"][:4] in years and self._words_met(intent, r) >= best]
            rows = named + [r for r in rows if r not in named]
        if not REACTION.search(intent.normalized):
            # "When was Maduro captured?": the capture, not the reactions to it, which share its words.
            rows = [r for r in rows if not REACTION.search(r["title"])] + [r for r in rows if REACTION.search(r["title"])]
        if not RELATIVE_TO.search(intent.normalized):
            # "When was the full-scale invasion of Ukraine?": the invasion, not what its record
            # dates after it ("tourism falls further after the full-scale invasion").
            terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - asking_words(intent)
            after = [r for r in rows if (tail := RELATIVE_TO.search(r["title"]))
                     and terms & _stemmed_words(r["title"][tail.end():].lower())]
            rows = [r for r in rows if r not in after] + after
        rows = self._latest_or_first(intent, rows)
        if intent.year_part or any(re.search(r"-(?:H|Q)\d$", p.label) for p in intent.periods):
            # "trade H1 2025": an event dated only by its year is not placed in a part of it.
            rows = [r for r in rows if (r["precision"] or "year") not in ("year", "decade")]
        if not rows:
            return self._no_event(intent, draft, interpretation)
        if EXACT_ASKED.search((intent.question or intent.normalized).lower()) and HEDGED_DATE.search(rows[0]["date_as_written"] or ""):
            # "In what exact year did ... begin?": a source that dates it "since at least 2017"
            # gives a bound, no exact time.
            cited = self._cite_events(draft, rows[:1])
            text = (f"The source gives no exact date for this, only “{rows[0]['date_as_written']}”: "
                    f"{rows[0]['title']} ({cited[0]['source_name']}{cited[0]['marks']}).\n")
            return draft.answer(intent, False, "when", interpretation, text, [f"what happened in {rows[0]['year']}?"])
        sentence, clause = self.supporting_text(intent, rows[0])
        if (_denies(rows[0]["title"]) or _NOT_DONE.search(clause) and not self._title_says_it(intent, rows[0])) \
                and not _asks_about_a_denial(intent.question):
            return self._no_such_event(intent, draft, interpretation, rows[0])
        while sentence != rows[0]["title"] and (
                f"({clause.strip()}" in sentence and len(clause.split()) >= 5
                # "(his foreign minister Kozyrev even criticised China ... on a visit)": said in
                # brackets, beside what the event dates, which is another thing (a name in
                # brackets, "Yinlong (Tarabarov) Island", is no aside).
                or self._said_of_another_time(intent, rows[0], sentence)):
            # ("Putin's first meeting after the ICC issued a warrant": the warrant is the time
            # the event is counted from, not what it dates)
            # Another match as close, which says it as its own, dates it: "when did Xi and
            # Putin meet in 2022?" is the February meeting, not the call that mentions talks.
            # (one whose own sentence says every word asked: "when did they first meet in person?"
            # is no later meeting that is not said to be the first)
            terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - asking_words(intent)
            closer = [r for r in rows[1:] if self._words_met(intent, r) >= self._words_met(intent, rows[0])
                      and all(self._says_word(t, self.supporting_text(intent, r)[0]) for t in terms)]
            if not closer:
                return self._no_such_event(intent, draft, interpretation, rows[0], in_passing=True)
            rows = closer
            sentence, clause = self.supporting_text(intent, rows[0])
        # A plan the question names as its thing ("the sanctions proposed in February 2024")
        # is no plan asked about: only one just before the verb of doing is ("agreed to start").
        # A title that says the thing was done ("Power of Siberia-1 launches ...") is no plan,
        # whatever its summary adds ("capacity planned for 2025").
        title = rows[0]["title"]
        planned = _plans(title) or (_plans(sentence) and not _DONE.search(title.lower()))
        # ("when did the Treasury warn it might impose sanctions?" asks the warning itself)
        # ("when did CNPC and Gazprom sign the memorandum that opened talks?": the memorandum the
        # title names is the thing asked, whatever it went on to open)
        named_plan = {m.group(0).lower() for m in _PLAN.finditer(intent.normalized)} \
            & {m.group(0).lower() for m in _PLAN.finditer(title)}
        asks_done = bool(_DONE.search(intent.normalized)) and not _PLAN_OF_DONE.search(intent.normalized) \
            and not _PLAN_ASKED.search(intent.normalized) and not named_plan
        if planned and asks_done:
            # "When was the island handed over?": the agreement to hand it over is no date of it;
            # another match that is no plan and says the act is.
            # (as close a match as the plan: as many of the question's words)
            done = [r for r in rows[1:] if not self._planned(intent, r)
                    and not self.event_vocab.act_unsaid(intent.normalized, r)
                    and self._words_met(intent, r) >= self._words_met(intent, rows[0])]
            if not done:
                return self._no_such_event(intent, draft, interpretation, rows[0], planned=True)
            rows = done[:1] + [r for r in rows if r is not done[0]]
            sentence, clause = self.supporting_text(intent, rows[0])
        if REPORT_TITLE.search(rows[0]["title"]) and not _asks_a_report(intent.normalized) \
                and not self.event_vocab.act_unsaid(intent.normalized, rows[0]):  # (a report of another act is none of it)
            # "When were the leaked documents written?", "since when have academics been preparing
            # claims, per the FSB?": an event of a leak or a report dates when it came out, not the
            # deed; another close match that is no report and says the act does.
            done = [r for r in rows[1:] if not REPORT_TITLE.search(r["title"])
                    and not self.event_vocab.act_unsaid(intent.normalized, r) and not self._planned(intent, r)
                    and self._words_met(intent, r) >= self._words_met(intent, rows[0])]
            if not done:
                return self._no_such_event(intent, draft, interpretation, rows[0], reported=True)
            rows = done[:1] + [r for r in rows if r is not done[0]]
            sentence, clause = self.supporting_text(intent, rows[0])
        if (act := self.event_vocab.act_unsaid(intent.normalized, rows[0])):
            # "When did China receive its Su-35s?": the event of their purchase is no date of
            # their delivery; the nearest event is shown, the date not given.
            return self._no_such_event(intent, draft, interpretation, rows[0], act=act)
        best = self._same_claim(rows[:1])
        if LAST_ASKED.search(intent.normalized) and (counted := self._count_past_it(rows[0])) is not None:
            # "When did Xi and Putin last speak by phone?": the latest call the timeline holds is
            # no last one when the sources count more of them to a later date, undated.
            metric, row = counted
            cited = self._cite_events(draft, best[:1])
            mark = draft.cite(row["source_id"], row["locator"])
            text = (f"The latest such event crr's timeline holds is “{best[0]['title']}” ({cited[0]['date']}"
                    f"{cited[0]['marks']}), but the sources count {row['value']:g} {metric.unit} "
                    f"({metric.name}, {describe_period(row['period'])}[{mark}]) without dating each, so crr "
                    "cannot say which was the last.\n")
            return draft.answer(intent, False, "when", interpretation, text, [metric.name.lower()])
        # (a follow-up read again as the question before it keeps its own words: "the exact day?")
        if all(row["unverifiable"] for row in best):
            # Filed under a year the source does not write for it (Fobos-Grunt "in the 2000s"):
            # no date of it; the reason the record gives is shown.
            text = render("answers/when_undated.txt.j2", events=self._cite_events(draft, best))
            return draft.answer(intent, False, "when", interpretation, text, [f"what happened in {best[0]['year']}?"])
        finer = _finer_than_held(intent.normalized, best) or _finer_than_held(intent.question.lower(), best)
        if finer:
            cited = self._cite_events(draft, best[:1])
            text = render("answers/when_coarser.txt.j2", events=cited, asked=finer)
            return draft.answer(intent, False, "when", interpretation, text,
                                [f"what happened in {best[0]['year']}?"])
        shown = {r["id"] for r in best} | {r["claim"] for r in best if r["claim"]}
        related = [r for r in rows[1:] if r["id"] not in shown and (not r["claim"] or r["claim"] not in shown)]
        # (related by a word of its title, not one its summary says in passing: the border war's
        # "border" is no relation of the "no limits" statement, made "on Ukraine's border")
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - ORDER_WORDS
        synonyms = self.event_vocab.synonyms
        related = [r for r in related if any({t, *synonyms.get(t, ())} & event_words(r["title"].lower()) for t in terms)]
        cited = self._cite_events(draft, best)
        others = self._cite_events(draft, related[:2])
        dates = {c["row"]["date"] for c in cited}
        # "The first/last time": the timeline's own earliest or latest, which the sources
        # may not call the first or the last; say so, as a count of events does.
        order = ORDER.search(intent.normalized)
        ranked = None
        if order and not re.search(rf"\b{order.group(1)}\b", f"{best[0]['title']} {best[0]['summary']}".lower()):
            ranked = "earliest" if order.group(1) in ("first", "earliest") else "latest"
        for line in cited:  # who it was with: not one its record says refused (Deng, of Yeltsin in 1992)
            people = self.store.people_of_event(line["row"]["id"])
            refused = self._refusers(line["row"], {p["id"] for p in people})
            line["people"] = [name for name in line["people"] if name not in refused]
        if ranked == "earliest" and (since := self._active_long_before(intent, best[0])):
            # "When was Putin's first state visit to China?": the earliest visit the timeline holds
            # is of 2025, but it holds his doings from 2000: an earlier one may be missing.
            text = (f"The earliest such event crr's timeline holds is “{best[0]['title']}” ({cited[0]['date']}"
                    f"{cited[0]['marks']}), but it holds events {since}, years before it, and the "
                    "sources do not call this one the first, so crr cannot say when the first was.\n")
            return draft.answer(intent, False, "when", interpretation, text, [f"what happened in {best[0]['year']}?"])
        alike = self._done_again(intent, best[0]) if not order else []
        if len(alike) > 1:
            # "When did Xi visit Russia?": a thing done again and again, with no time nor order
            # asked, is each time the timeline holds it, not one of them.
            lines = [f"- {c['date']}: {c['row']['title']} ({c['source_name']}{c['marks']})"
                     for c in self._cite_events(draft, alike)]
            text = (f"crr's timeline holds {len(alike)} such events, which is not a full record of every event of "
                    "its kind; in order of date:\n" + "\n".join(lines) + "\n")
            return draft.answer(intent, True, "when", "Read as a question about the dates of a thing done more than once.",
                                text, [f"what happened in {alike[-1]['year']}?"])
        text = render("answers/when.txt.j2", events=cited, others=others, differ=len(dates) > 1, ranked=ranked)
        if alike and alike[0]["id"] == best[0]["id"]:
            text = text.rstrip("\n") + ("\nIt is the only such event crr's timeline holds, which is not a full record "
                                        "of every event of its kind.\n")
        return draft.answer(intent, True, "when", interpretation, text,
                            [f"what happened in {best[0]['year']}?", *self._who_took_part(best)])

    def _done_again(self, intent: Intent, best) -> list:
        """The events of a kind done again and again (visits, exercises, summits) that match
        the question as well as the best one does, with the people it names, in order of
        date; none when the question asks a time, or one time of several."""
        if best["category"] not in REPEATED_KINDS or intent.periods or intent.name_years \
                or NTH_TIME.search(intent.normalized) or STARTED.search(intent.normalized) \
                or not AGAIN_ASKED.match(intent.normalized):
            return []
        named = {p["id"] for p in self._people_in(intent.normalized)}
        met = self._words_met(intent, best)
        found, claims = [], set()
        for row in self._find_events(intent, limit=20):
            if row["category"] != best["category"] or self._words_met(intent, row) < met \
                    or not named <= {p["id"] for p in self.store.people_of_event(row["id"])} \
                    or (row["claim"] or row["id"]) in claims or row["unverifiable"]:
                continue
            claims.add(row["claim"] or row["id"])
            found.append(row)
        return sorted(found, key=lambda r: r["date_start"])

    def _active_long_before(self, intent: Intent, row) -> str:
        """"with Vladimir Putin from 2000" when the doers a first-time question names (before
        "first") all have events in the timeline five years or more before the earliest event
        found of the kind asked ("" when not): the timeline is no full record of their doings,
        and an earlier one may be missing.  Of several ("Xi and Putin first met"), the latest
        of their records' starts counts: they could act together only from then."""
        said = intent.normalized
        order = re.search(r"\b(?:first|earliest)\b", said)
        if order is None or not row["date_start"]:
            return ""
        starts = []
        for person in intent.people:
            # (the doer, named before "first": not the one Putin "first succeeded")
            name = next((p["name"] for p in self.store.people if p["id"] == person), person)
            if not any(re.search(rf"\b{re.escape(w)}", said[:order.start()]) for w in re.findall(r"[a-z]+", name.lower())):
                continue
            found = self.store.rows("select min(e.date_start) as first from event_people p join events e "
                                    "on e.id = p.event_id where p.person_id = ?", (person,))
            if found and found[0]["first"]:
                starts.append((found[0]["first"], name))
        if not starts:
            return ""
        first, name = max(starts)
        if int(row["date_start"][:4]) - int(first[:4]) < ACTIVE_BEFORE_YEARS:
            return ""
        return " and ".join(f"with {n} from {d[:4]}" for d, n in sorted(starts))

    def _words_met(self, intent: Intent, row) -> int:
        """How many of the question's search words (or their synonyms) an event's record has."""
        said = _stemmed_words(f"{row['title']} {row['summary'] or ''}".lower())
        synonyms = self.event_vocab.synonyms
        unsearched = self._name_words_unsearched(intent)
        return sum(bool({t, *synonyms.get(t, ())} & said)
                   for t in self.event_vocab.search_terms(intent.residue or intent.normalized) if t not in unsearched)

    def _planned(self, intent: Intent, row) -> bool:
        sentence, _ = self.supporting_text(intent, row)
        return _plans(row["title"]) or (_plans(sentence) and not _DONE.search(row["title"].lower()))

    def _said_of_another_time(self, intent: Intent, row, sentence: str) -> bool:
        """Whether every word of the question the event has is said only in a clause that
        sets the event's time by another ("after the ICC issued a warrant"), none in its
        title or the rest of the sentence."""
        cut = _TIME_CLAUSE.search(sentence)
        if not cut or _TIME_CLAUSE.search(intent.normalized):
            return False  # ("when did Xi go to Moscow after the warrant?" counts from it too)
        synonyms = self.event_vocab.synonyms
        head = event_words(f"{row['title']} {sentence[:cut.start()]}".lower())
        tail = event_words(sentence[cut.end():].lower())
        names = {event_stem(_stem(w)) for p in self.store.people if p["id"] in intent.people
                 for w in re.findall(r"[a-z]+", p["name"].lower())}  # (its people are a facet)
        terms = [t for t in self.event_vocab.search_terms(intent.residue or intent.normalized)
                 if t not in ORDER_WORDS and t not in names]
        held = [frozenset((t, *synonyms.get(t, ()))) for t in terms]
        held = [f for f in held if not f.isdisjoint(head | tail)]
        return bool(held) and all(f.isdisjoint(head) for f in held)

    def _answer_when_of_previous(self, intent: Intent, event_id: str):
        """"When did he say it?" after an answer about an event: that event's date."""
        from ..writing.render import render

        draft = Draft(self.store)
        rows = self.store.rows("select * from events where id = ?", (event_id,))
        interpretation = "Read as a follow-up: the date of the event just shown."
        if not rows:
            return self._no_event(intent, draft, interpretation)
        best = self._same_claim(rows)
        cited = self._cite_events(draft, best)
        if (finer := _finer_than_held(intent.normalized, best)):
            # "Can you give me the exact day?" after a month: the source gives none.
            text = render("answers/when_coarser.txt.j2", events=cited, asked=finer)
            return draft.answer(intent, False, "when", interpretation, text, [f"what happened in {rows[0]['year']}?"])
        text = render("answers/when.txt.j2", events=cited, others=[], differ=len({c["row"]["date"] for c in cited}) > 1,
                      ranked=None)
        return draft.answer(intent, True, "when", f"Read as a follow-up: the date of '{rows[0]['title']}'.", text,
                            [f"what happened in {rows[0]['year']}?"])

    def _count_past_it(self, row):
        """A count of the event's people's meetings or contacts that runs a year or more
        past its date: (the metric, its observation), or None."""
        people = {p["id"] for p in self.store.people_of_event(row["id"])}
        if len(people) < 2:
            return None
        for metric in self.metrics.values():
            if metric.measure != "count" or not metric.people or not set(metric.people) <= people \
                    or metric.unit not in COUNTED_CONTACTS:
                continue
            for observation in self.store.observations(metric.id):
                # (a count that runs a year or more past it: the sources cover later ones)
                if observation["value"] > 1 and _a_year_after(row["date_end"], observation["period_end"]):
                    return metric, observation
        return None

    def _answer_what_happened(self, intent: Intent):
        from ..writing.render import render

        if len(intent.periods) >= 2 and all(p.form == "point" for p in intent.periods):
            # "What happened in 2015, 2017 and 2019?": each year's events, none left out.
            parts = [self._answer_what_happened(replace(intent, periods=[period])) for period in intent.periods]
            if sum(part.answered for part in parts) >= 2:
                return compound.join(intent.question, [part for part in parts if part.answered])
        if (FIRSTS_ASKED.search(intent.normalized) or WHERE_ASKED.match(intent.normalized)) and not intent.periods \
                and intent.name_years:
            # "What firsts did the 2024 joint exercises include?", "where was the 2001 treaty
            # signed?": those of that year
            intent = replace(intent, periods=list(intent.name_years), name_years=[])
        draft = Draft(self.store)
        broader = False
        acts_named: dict[str, set[str]] = {}
        categories = self.event_vocab.categories_in(intent.rest if intent.tenure_of else intent.normalized)
        period = intent.periods[0] if intent.periods else None
        start = period.first_event_day if period else None
        end = period.end.isoformat() if period and period.end else None
        rows = self.store.events_between(start, end, categories) if (period or categories) else []
        of_the_categories = bool(rows)
        # A subject beyond the broad categories ("Arctic LNG 2", "the UN") is searched for.
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized))
        terms -= asking_words(intent)  # ("what did China say about Crimea?": of Crimea)
        if FIRSTS_ASKED.search(intent.normalized):
            # "the notable new joint drills of 2025": those done for the first time, whatever else they did
            terms -= {event_stem(_stem(w)) for w in ("new", "notable", "first", "firsts", "joint", "very", "time",
                                                     "break", "broke", "broken", "ground", "fresh")}
        # (a list's own words beyond its category, not those of asking for a list or of holding
        # an event: "which exercises were held", "list every exercise")
        own = terms - self.event_vocab.subject_words - HELD_ACTS - LISTING_WORDS
        named_source = {event_stem(_stem(w)) for phrase, facet in intent.bound.items() if facet == "source"
                        for w in phrase.split()}
        if own and own <= named_source and categories and intent.sources:
            # "the espionage cases Wikipedia mentions": the category's events that source gives,
            # not those whose words happen to say its name.
            rows, own = [r for r in rows if r["source_id"] in intent.sources], set()
        # "treaties and agreements", "visits or trips": a kind joined to the category's word is
        # more of the list, not a narrowing of it: the events whose titles say it join the list.
        joined = self._joined_kinds(intent, categories) & own if categories else set()
        if joined:
            own -= joined
            more = [r for r in self.store.events_between(start, end, ())
                    if r["category"] not in categories and not self.event_vocab.missing_terms(r, joined, ("title",))]
            rows = sorted([*rows, *more], key=lambda r: (r["date_start"], r["id"]))
        # "energy deals": of the category's events, those with the other words (or theirs).
        # ("joint exercises": every exercise, the word its category implies, said or not)
        having = [r for r in rows if not self.event_vocab.missing_terms(
            r, own - self.event_vocab.implied.get(r["category"], frozenset()))] if own and categories else []
        if having:
            # ... and those filed under another category whose titles say both ("border
            # agreements": the 2004 agreement on the eastern border, filed as a treaty)
            having = sorted([*having, *(r for r in self.store.events_between(start, end, ())
                                        if r["category"] not in categories
                                        and set(self.event_vocab.categories_in(r["title"].lower())) & set(categories)
                                        and not self.event_vocab.missing_terms(r, own, ("title",)))],
                            key=lambda r: (r["date_start"], r["id"]))
        # A name no event has ("Zhenbao Island") asks of a thing crr holds nothing of: the
        # rest of its category, or the events of its other words, are no answer.
        unheard = self._unheard_names(intent, own)
        if having:
            rows = having
        elif own:
            found = self._find_events(intent, limit=25)
            # The events that have the most of the asked words, rare ones weighing more:
            # "joint exercise in Iran" is the exercise in Iran, not every joint exercise.
            weight = self._event_word_weights()
            coverage = {r["id"]: sum(weight.get(t, 1.0) for t in terms - self.event_vocab.missing_terms(r, terms)) for r in found}
            best = max(coverage.values(), default=0.0)
            found = [r for r in found if coverage[r["id"]] >= best - 0.01]
            if not (found or unheard) and rows:
                # "Trade agreements since 2019": the category's events, which may not say the
                # act named with it (weighed once the list is final, below).
                acts_named = {event_stem(_stem(w)): set(group) & LISTED_ACTS
                              for words, group in zip(intent.subject_words, intent.subjects)
                              if set(group) & LISTED_ACTS for w in words.split()
                              if event_stem(_stem(w)) in own}
            rows = [] if unheard else sorted(found, key=lambda r: (r["date_start"], r["id"])) or rows
        rows = list(filter(self._event_fits(intent, by_subject=True), rows))
        # (the category's events of a closed period that lie within it: one dated only by a
        # longer span, "early 2000s", is no event of 2004's)
        within = [r for r in rows if r["date_start"] >= start and r["date_end"] <= end] \
            if period and period.start and period.end else rows
        if period and categories and intent.subjects and not within \
                and not re.search(r"\b(?:apart from|besides|other than|except|aside from)\b", intent.normalized):
            # "What happened with Russian LNG in December 2025?": with none of the category then,
            # an event of the time whose own subjects are those asked, though filed under another
            # category (sanctions).
            # (a subject narrower than the categories asked: "LNG" of energy, not "sanctions" of sanctions)
            # ("what happened on the border in 2004?": with no event filed under the border then, the
            # border agreement, filed as a treaty, is of the border)
            asked = {s for group in intent.subjects for s in group} - self.resolver.facts.weak_subjects \
                - (set(categories) if of_the_categories and not rows else set())
            found = [] if not asked else [r for r in self.store.events_between(start, end, ())
                     if asked & {s.strip() for s in (r["subjects"] or "").split(";")}]
            found = list(filter(self._event_fits(intent, by_subject=True), found))
            rows = sorted({r["id"]: r for r in [*rows, *found]}.values(), key=lambda r: (r["date_start"], r["id"]))
        if period and (period.start is None) != (period.end is None):
            # "Before the invasion", "since 2022": an event the open span's bound cuts (a
            # 2022 dated by its year only) may be on either side of it, so it is left out.
            rows = [r for r in rows if (period.end is None or r["date_end"] <= end)
                    and (period.start is None or r["date_start"] >= start)]
        if period and period.start and period.end:
            # Events dated within the period first; a year-dated event only
            # when nothing more precise falls in the month asked for.
            inside = [r for r in rows if r["date_start"] >= start and r["date_end"] <= end]
            # (with none inside, those dated only by a span that takes the period in: said so)
            broader = bool(rows) and not inside
            rows = inside or rows
        if not rows and not period and not unheard:
            rows = self._find_events(intent, limit=15)
        # "The second BRIC summit": of the events, those that call themselves so; crr's
        # timeline is no full record to count the occurrences in.
        if FIRSTS_ASKED.search(intent.normalized):
            # "What were the 'firsts' of the 2024 exercises?": the events that say it was the first time.
            rows = [r for r in rows if re.search(r"\bfirst\b", f"{r['title']} {r['summary']}", re.I)]
        ordinals = {m.group(1) for m in OCCURRENCE.finditer(intent.normalized)}
        if ordinals:
            rows = [r for r in rows if ordinals <= {m.group(1) for m in OCCURRENCE.finditer(
                f"{r['title']} {r['summary']}".lower())}]
        rows = [r for r in rows if r["id"] not in intent.besides_events]  # ("what else ...?": not those shown)
        what = " and ".join(categories) if categories else "all"
        when = period.phrase if period else "any date"
        interpretation = f"Read as a request for events ({what} categories) in {when}."
        if not rows:
            return self._no_event(intent, draft, interpretation)
        # ("list them all" after a list cut short, "every event of 2022", "the full list": all)
        shown = rows if EVERY_EVENT.get() or ALL_ASKED.search(intent.normalized) else rows[:25]
        cited = self._cite_events(draft, shown)
        if DID_IT.match(intent.normalized) and len(cited) <= 5:
            # "Did China recognise Crimea?": of each event, the sentence that says most of what
            # was asked, so that the answer is read in the source's own terms, not guessed.
            for line in cited:
                sentence = self.supporting_text(intent, line["row"])[0]
                line["said"] = sentence if sentence != line["row"]["title"] else ""
        total = len({(r["claim"], r["date"]) if r["claim"] else r["id"] for r in rows})  # as the lines are
        # "Where did the August 2025 submarine patrol take place?": events whose records name no
        # place are shown, the question left unanswered.
        unplaced = bool(PLACE_ASKED.match(intent.normalized)) and not any(
            self._trip_places(text) or re.search(r"\b(?:in|off|near) the [A-Z]", text)  # ("in the Mediterranean")
            for text in (f"{r['title']}. {r['summary']}" for r in shown[:3]))
        # "Has the yuan overtaken the dollar?", "did sanctions work?": a yes or no that a broad list
        # of events (more than a handful, none of them saying it) does not answer.
        unsaid = bool(YES_OR_NO.match(intent.normalized)) and total > 5
        # "What were the deals signed on that visit worth?": a sum of money, which a list of
        # events does not give.
        unworth = bool(WORTH_OF_EVENTS.search(intent.normalized))
        # "Trade agreements since 2019": an act named with a category that none of the events
        # shown is about or says; they are what crr holds nearest, said to be no answer
        # (not a word of no subject: "key events of 2019", "military activity").
        unmatched = [w for w in re.findall(r"[a-z][a-z'-]*", intent.normalized)
                     if (stem := event_stem(_stem(w))) in acts_named
                     and not any(acts_named[stem] & {x.strip() for x in (r["subjects"] or "").split(";")}
                                 or not self.event_vocab.missing_terms(r, {stem}) for r in shown)]
        text = render("answers/events.txt.j2", events=cited, total=total, when=when, what=what, broader=broader,
                      asked="place" if unplaced else "record" if unsaid else "figure" if unworth else "",
                      unmatched=" ".join(dict.fromkeys(unmatched)))
        follow = self._next_year_with_events(end, categories) if end else []
        # (a suggestion other than the question just asked)
        offered = [q for q in follow + ["timeline of energy deals", "timeline of joint exercises"]
                   if q.lower() != intent.question.strip(" ?").lower()][:len(follow) + 1]
        if total > len(cited):
            offered.insert(0, "list them all")  # (a list cut short: the rest, asked next)
        return draft.answer(intent, not (unplaced or unsaid or unworth or unmatched), "what_happened", interpretation,
                            text, offered)

    def _joined_kinds(self, intent: Intent, categories: tuple[str, ...]) -> set[str]:
        """The stems of the things a list question joins to a category's word by "and" or "or"
        ("treaties and agreements", "summits or visits"), which ask for more of the list."""
        words = [w for c in categories for w in self.event_vocab.category_words.get(c, [])]
        if not words:
            return set()
        said = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        joined = set()
        for found in re.finditer(rf"\b(?:{said})\w*\s*(?:,|and|or|&|/)\s*(?:other\s+)?([a-z][\w-]+)"
                                 rf"|\b([a-z][\w-]+)\s*(?:,|and|or|&|/)\s*(?:{said})\w*", intent.normalized):
            word = found.group(1) or found.group(2)
            if word not in STOPWORDS_OF_LISTS:
                joined.add(event_stem(_stem(word)))
        return joined

    def _next_year_with_events(self, after: str, categories: tuple[str, ...]) -> list[str]:
        """A question for the first later year the timeline has events in, if any."""
        later = [r for r in self.store.events_between(after, None, categories) if r["date_start"] > after]
        return [f"what happened in {later[0]['date_start'][:4]}?"] if later else []

    def _answer_count_events(self, intent: Intent):
        from ..writing.render import render

        # A count the source states (19 Xi–Putin interactions) was chosen by the resolver;
        # this counts the entries of crr's own timeline, and says so.
        draft = Draft(self.store)
        people = self._people_in(intent.normalized)
        categories = self.event_vocab.categories_in(intent.rest if intent.tenure_of else intent.normalized)
        period = intent.periods[0] if intent.periods else None
        interpretation = "Read as a count of events in the database"
        if not people and not categories:
            return self._no_event(intent, draft, interpretation + ".")
        rows = self.store.events_between(
            period.first_event_day if period else None,
            period.end.isoformat() if period and period.end else None, categories)
        for person in people:
            ids = {e["id"] for e in self.store.events_with_person(person["id"])}
            rows = [r for r in rows if r["id"] in ids]
        rows = list(filter(self._event_fits(intent, by_subject=True), rows))
        # "How many times did Xi attend the Victory Day parade in Moscow?": of the events with
        # him, those whose records have every word of the thing done, where any has.
        named = {event_stem(_stem(w)) for p in people for w in re.findall(r"[a-z]+", p["name"].lower())}
        terms = [t for t in self.event_vocab.search_terms(intent.residue or intent.normalized)
                 if t not in named and t not in ORDER_WORDS]
        synonyms = self.event_vocab.synonyms
        if len(terms) >= 2:  # (a thing named by its words, not one verb of visiting or meeting)
            doing = [r for r in rows if all({t, *synonyms.get(t, ())} & _stemmed_words(
                f"{r['title']} {r['summary'] or ''}".lower()) for t in terms)]
            rows = doing or rows
        names = " and ".join(p["name"] for p in people)
        interpretation += (f" with {names}" if names else "") + (
            f" in the categories {', '.join(categories)}" if categories else "") + (
            f", {period.phrase}" if period else "") + "."
        cited = self._cite_events(draft, rows[:25])
        text = render("answers/count.txt.j2", events=cited, count=len(rows), names=names,
                      period=period.phrase if period else "")
        # crr's timeline is no complete record of every meeting or visit: the events are
        # listed, and the count is not offered as the answer.
        return draft.answer(intent, False, "count_events", interpretation, text, [])

    def _no_such_event(self, intent: Intent, draft, interpretation: str, row, planned: bool = False,
                       act: str = "", in_passing: bool = False, reported: bool = False, unnamed: str = ""):
        """A date asked for what the sources say did not happen ("when did China
        recognise the annexation?"): no date, and the event that says otherwise."""
        from ..writing.render import render

        cited = self._cite_events(draft, [row])
        text = render("answers/no_such_event.txt.j2", question=intent.question, events=cited, planned=planned,
                      act=act, in_passing=in_passing, reported=reported, unnamed=unnamed)
        return draft.answer(intent, False, intent.kind, interpretation, text,
                            [f"what happened in {row['year']}?", "what can I ask?"])

    def _says_otherwise(self, intent: Intent, row) -> bool:
        """Whether an event is of another party than one the question names (with a third
        of its own), says no word of the currency asked, or was held in another country than
        the host asked."""
        members = self.store.party_members
        held = {p.strip() for p in (row["parties"] or "").split(";") if p.strip()}
        held |= {m for p in held for m in members.get(p, ())}
        asked = set(intent.parties) | {m for p in intent.parties for m in members.get(p, ())}
        # (a body of many, "the SCO", may stand for its members, whom the record need not list)
        if held and not held & GROUPINGS and asked - held and held - asked - {"china", "russia"}:
            return True
        text = f"{row['title']} {row['summary']}".lower()
        said = [phrase for phrase, facet in intent.bound.items() if facet == "currency"]
        # (a sum of money, "the $400bn deal", names no currency the act was in; nor does one
        # left, "drop the dollar")
        if said and not intent.numbers and not LEAVING.search(intent.normalized) \
                and not any(re.search(rf"\b{re.escape(phrase[:5])}", text) for phrase in said) \
                and not (intent.currency and intent.currency in currencies_named(text)):  # ("greenback": a dollar)
            return True
        if (whole := WHOLE_OF.search(intent.normalized)) and re.search(
                rf"\b(?:about |roughly |some )?(?:half|part|parts|portion|some) of (?:the )?(?:[\w()-]+ ){{0,2}}?{re.escape(whole.group(1))}",
                text):
            return True  # "the whole of Bolshoy Ussuriysky": the record hands over about half of it
        if length_contradicted(intent.normalized, self._claim_text.get(row["claim"]) or text):
            return True  # the 30-year gas deal is no "20-year deal"; a 20-year treaty none "for ten years"
        title = row["title"].lower()
        if (asked_body := UN_BODY.search(intent.normalized)) and (held_body := UN_BODY.search(title)) \
                and _body(asked_body) != _body(held_body) and not UN_BODY.search(intent.normalized, asked_body.end()):
            return True  # "opposing votes in the General Assembly": the record's were in the Security Council
        asked_cities = [c for c in re.findall(r"\b(?:in|at) ([a-z]+)", intent.normalized) if self.lexicon.has(c, "city")]
        held_cities = [c for c in re.findall(r"\b(?:in|at) ([A-Z][a-z]+)", row["title"]) if self.lexicon.has(c.lower(), "city")]
        if asked_cities and held_cities and not any(re.search(rf"\b{re.escape(c)}\b", text) for c in asked_cities):
            return True  # "When did Wen meet Fradkov in Beijing?": the record has them in Moscow
        if (asked_net := set(NET_STATUS.findall(intent.normalized))) \
                and not asked_net & (set(NET_STATUS.findall(title)) or set(NET_STATUS.findall(text))):
            # "a net exporter of petroleum": the record makes China a net importer; "a net
            # importer of gas": the record's net is a safety net
            return True
        if APPROVED.search(intent.normalized) and NOT_DONE_TITLE.search(title) and not NOT_DONE_TITLE.search(intent.normalized):
            return True  # "approve the sale of Tu-22M bombers": the record is of Russia blocking it
        if intent.venue and (where := HELD_IN.search(row["title"]) or HELD_AS_OWN.search(row["title"])):
            return intent.venue not in self.lexicon.values_of(where.group(1).lower(), "party")
        if self.event_vocab.opposite_titled(intent.normalized, row["title"]):
            return True  # "when did they agree to increase troops on the border?": the record reduces them
        if done_to_another(intent.normalized, row["title"], self._single_names):
            return True  # "when did Putin assure Xi of support?": the record has Xi assure Putin
        if self._another_person_did_it(intent.normalized, row["title"]):
            return True  # "when did Hu Jintao succeed Xi Jinping?": the record has Xi succeed Hu
        if (doer := self._doer_asked(intent.normalized)) and self._done_by_another(doer, row["title"]):
            return True  # "when did China stop importing Russian oil?": Yukos (Russia's) stopped its shipments
        if doer and intent.kind == "when" and not self._act_of_money_said(doer[1], self._claim_text.get(row["claim"]) or text,
                                                                           intent.normalized):
            return True  # "when did CNPC buy Slavneft?": the record has it bid, then pull out
        if asks_an_act(intent.normalized) and other_doer(intent.normalized, self._claim_text.get(row["claim"]) or
                                                         f"{row['title']}. {row['summary']}", self.resolver.facts.doers,
                                                         MONEY_ACTS):
            return True  # "when did Transneft pay CNPC $400 million?": the record has CNPC pay Transneft
        if (places := self._places_in(intent.normalized)) and (held := self._places_in(self._claim_text.get(row["claim"]) or text)) \
                and not places & held:
            return True  # "when did Chernomyrdin visit Shanghai?": the record has him in Beijing
        return False

    def _act_of_money_said(self, verb: str, text: str, asked: str) -> bool:
        """Whether a record says an act of money a question has its doer do (buying, selling,
        paying or lending), in that act's words or its other end's (a sale is a purchase seen
        from the other side); an act of no money is not weighed here."""
        kind = next((k for k, words in ACTS.items() if verb in words and k in MONEY_ACTS), None)
        if kind is None or PAID_VISIT.search(asked):
            return True
        # (in its words' stems, with the vocabulary's synonyms of the verb: "order" for "buy")
        words = ACTS[kind] | ACTS.get(OPPOSITE.get(kind, ""), frozenset())
        accepted = {event_stem(_stem(w)) for w in words} | set(self.event_vocab.synonyms.get(event_stem(_stem(verb)), ()))
        return bool(accepted & event_words(text))

    def _places_in(self, text: str) -> set[str]:
        """The places and cities a text names, besides the two capitals (which stand for their
        states) and places too broad to place anything."""
        if getattr(self, "_place_patterns", None) is None:
            cities = {" ".join(words) for words, bindings in self.lexicon.entries.items()
                      if any(b.facet == "city" for b in bindings)}
            places = (set(self.event_vocab.places) | cities) - VAGUE_PLACES - CAPITALS
            self._place_patterns = [(place, re.compile(rf"\b{re.escape(place)}\b")) for place in sorted(places)]
        text = text.lower()
        # (each on its own: "the Amur river" names the Amur too; a capital where something is
        # held, "a visit to Beijing", is a place)
        return {place for place, pattern in self._place_patterns if pattern.search(text)} \
            | set(CAPITAL_AS_PLACE.findall(text))

    def _unheard_names(self, intent: Intent, terms: set[str]) -> set[str]:
        """The proper names among `terms` that no event's text has ("Zhenbao")."""
        # (in a "when", a name read as a party or a person is one: "Zhongnanhai", "Seoul", "Maduro")
        named_as = {w for phrase, facet in intent.bound.items() if facet in ("party", "person")
                    for w in phrase.split()} if intent.kind == "when" else set()
        # (nor is a name the events write with its accents, "Nicolás", or in full, "ESPO"; its
        # stem, "Venezuel-an", is what is looked for)
        names = {event_stem(_stem(m.group(0).lower())): _plain_letters(m.group(0).lower())
                 for m in PROPER.finditer(intent.question) if m.group(0).lower() not in named_as}
        # (nor is a subject's own short name, "UNSC", which its events write in full)
        if intent.kind == "when":
            names = {stem: name for stem, name in names.items() if name not in self.lexicon.values_of(name, "subject")}
        # (nor one the events write another way, "Moskva" as Moscow: a synonym of it they have)
        plain = self._plain_event_text()
        return {stem for stem, name in names.items() if stem in terms and name not in self._acronym_names()
                and not re.search(rf"\b{re.escape(name[:max(4, len(name) - 2)])}", plain)
                and not any(re.search(rf"\b{re.escape(other)}", plain) for other in self.event_vocab.synonyms.get(stem, ()))}

    def _plain_event_text(self) -> str:
        """All events' titles and summaries, in lower case without accents."""
        if getattr(self, "_plain_text", None) is None:
            rows = self.store.rows("select title, summary from events")
            self._plain_text = _plain_letters(" ".join(f"{r['title']} {r['summary']}" for r in rows).lower())
        return self._plain_text

    def _no_event(self, intent: Intent, draft, interpretation: str):
        from ..writing.render import render

        # What to ask instead: the events of the year the question names, where crr holds
        # some, rather than those of a year it does not name.
        years = sorted({p.label[:4] for p in intent.periods if p.label[:4].isdigit()})
        held = [y for y in years if self.store.rows("select 1 from events where year = ? limit 1", (int(y),))]
        instead = [f"what happened in {held[0]}?"] if held else ["what happened in 2014?", "timeline of energy deals"]
        text = render("answers/no_event.txt.j2", question=intent.question, instead=instead)
        return draft.answer(intent, False, intent.kind, interpretation, text, [*instead, "what can I ask?"])


# The two UN bodies, by their names: a vote in one is none in the other.
UN_BODY = Lazy(r"\b(?:(security council|unsc)|(general assembly|unga))\b")
# Which way a country's trade in a good leans: a net importer is no net exporter.
# A thing dated by its place after another: the other is not what it dates.
RELATIVE_TO = Lazy(r"\b(?:after|following|since|amid|in the wake of)\b", re.IGNORECASE)
NET_STATUS = Lazy(r"\bnet (exporter|importer)s?\b")
# An act of consent asked ("approve", "allow"), which a record of a refusal does not date.
APPROVED = Lazy(r"\b(?:approv\w*|allow\w*|permit\w*|authori[sz]\w*|green-?light\w*|clear(?:ed|s)? the)\b")
NOT_DONE_TITLE = Lazy(r"\b(?:blocks?|blocked|refus\w*|reject\w*|den(?:y|ies|ied)|bans?|banned|vetoe?s?d?|halts?|halted)\b")


def _body(found: re.Match) -> str:
    return "unsc" if found.group(1) else "unga"


# Bodies of many countries, whose members an event's record need not list.
GROUPINGS = frozenset({"eu", "nato", "g7", "brics", "sco", "asean", "opec", "africa", "latin_america", "central_asia"})
# A currency left behind: "drop the dollar", "away from the dollar", "instead of euros".
LEAVING = Lazy(r"\b(?:drop\w*|ditch\w*|abandon\w*|dump\w*|away from|instead of|rather than|replac\w*|without|"
               r"de-?dollari[sz]\w*|move off|moving off|shift\w* from|less|stop\w* using|quit\w* using|no longer us\w*)\b")
# A whole thing asked: "the whole of Bolshoy Ussuriysky Island", "the entire island".
WHOLE_OF = Lazy(r"\b(?:the )?(?:whole|entire|all) (?:of )?(?:the )?([a-z][\w-]{3,})")
# Where an event was held, as its title says: "First BRIC summit held in Russia".
HELD_IN = Lazy(r"\b(?:held|hosted|summit) in ([A-Z][a-z]+)\b")
# A thing a title has one side hold as its own: "join Russia's Vostok 2018 exercise".
HELD_AS_OWN = Lazy(r"\b(China|Russia)'s (?:[\w-]+ ){0,3}?(?:exercises?|drills?|summit|parade|games|forum)\b")


def _plain_letters(word: str) -> str:
    """A word without its accents ("nicolás" -> "nicolas")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _a_year_after(first: str | None, later: str | None) -> bool:
    """Whether ISO date `later` is a year or more after `first`."""
    if not first or not later:
        return False
    from datetime import date

    return (date.fromisoformat(later[:10]) - date.fromisoformat(first[:10])).days >= 365
