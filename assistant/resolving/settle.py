"""After a metric is chosen: the kind of figure settled by what the metric holds, the years
a name carries, the source a question names, readings that tie, and whether a metric
holds a period. The Resolver inherits these."""

from __future__ import annotations

import re

from ..reading.kinds import metric_kind
from ..reading.lexicon import lexicon_words
from ..reading.words import STOPWORDS, normalize
from ..reading.periods import Period, names_a_thing
from ..reading.read import Intent
from .placed import unplaced
from .rules import LISTED_ACTS, misfit
from ..reading.words import Lazy


FIGURE_KINDS = frozenset({"value", "span", "change", "series", "latest", "peak", "lowest", "swing"})

# A thing dated by the year before it ("the 2004 deal", "agreed in 2004"): an act done at one time about another.
DATED_ACT = Lazy(r"\b(?:(?:the|their|its|this|that|a|\w+'s) (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* )?"
                 r"(?=\d{4} (?:[^\s,.;:?]+ ){0,3}(?:deal|deals|agreement|agreements|accord|accords|treaty|contract|contracts|pact|"
                 r"memorandum|plan|programme|program|roadmap|summit|visit|talks)\b)"
                 r"|in (?=\d{4},? (?:[a-z]+ ){0,2}(?:agreed|signed|promised|pledged|committed)\b)"
                 r"|(?:agreed|signed|set|promised|pledged|committed|struck|reached|planned) (?:in|on) "
                 r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* )?)(\d{4})\b")

# Two readings this close (a share of the better one's score) are matched about alike.
NEAR = 0.9

YES_NO = Lazy(r"^(?:did|has|have|had|was|were|is|are|does|do)\b")
# A thing begun: "began delivering", "started flowing", "was launched".
STARTED = Lazy(r"\b(?:begin|began|begun|beginning|start|started|starting|launch|launched|commence|commenced|"
               r"inaugurated)\b(?! (?:of|date)\b)")
# ... or was done once and for all, asked yes or no of a time: "was the treaty signed in 2001?",
# "was the pipeline completed in 2010?" (a date, not the treaty's term or the pipe's length)
DONE_ONCE = Lazy(r"\b(?:signed|completed|finished|concluded|ratified|founded|established)\b")
# ... not a time said by what began then: "since the war began", "after the invasion started".
A_TIME_BEGUN = Lazy(r"(?:\b(?:since|after|before|when|until|till|once|as)\b|\bthe (?:year|month|day|week)\b)"
                    r"(?:\s+[\w'-]+){0,4}\s*$")  # (or "in 2022, the year the war started")
MOVING = Lazy(r"\b(?:grow|grew|grown|growing|rise|rose|risen|rising|fall|fell|fallen|falling|drop|dropped|declin\w*|"
              r"climb\w*|increas\w*|decreas\w*|recover\w*|shrink\w*|shrank|slow\w*|pick(?:ed)? up|rebound\w*|surg\w*)\b")
# A measure asked in words, not a flow's noun alone ("did LNG exports start in 2018?" asks no amount).
MEASURE_ASKED = Lazy(r"\b(?:how much|how many|volumes?|values?|worth|amounts?|shares?|percent\w*|tonnes?|tons|bcm|"
                     r"billion|million|bn|mn|capacity|level)\b|%")
ASKS_SOMETHING = Lazy(r"\b(?:what|how|which|who|whom|whose|when|where|why)\b")
# A level a figure is asked to have crossed: "exceed 200 billion", "fall below 50%".
CROSSED = Lazy(r"\b(?:exceed\w*|top(?:ped)?|surpass\w*|pass(?:ed)?|cross(?:ed)?|(?:go|went|rise|rose|climb\w*) (?:above|over|past)|"
               r"(?:fall|fell|drop\w*|dip\w*|sink|sank|go|went) (?:below|under)|more than|less than|over|under|above|below|reach\w*|hit|"
               r"(?:longer|larger|bigger|greater|higher|shorter|smaller|lower) than)"
               r"\s+(?:usd\s*|us\$\s*|\$\s*)?\d")
# ... or a share's level said as a fraction: "less than half", "over a third".
CROSSED_FRACTION = Lazy(r"\b(?:(?:more|less|fewer) than|under|over|above|below|exceed\w*|top\w*|reach\w*|hit|"
                        r"(?:get|got|come|came) (?:to|close to)) "
                        r"(?:half|a third|a quarter|one third|two thirds|three quarters)\b")
# A yes-or-no question of whether someone said a thing, and not how much of it.
# (not a share of people who said so, a poll's: "did a majority of Chinese say ...", "did 40% say")
SAID_ASKED = Lazy(r"^(?:did|has|have|had|does|do)\b(?!.*\b(?:how (?:many|much)|share|percent|percentage|proportion|"
                  r"majority|minority|half|most of|most (?:chinese|russians|respondents|people))\b)(?![^?]*\d\s*%)"
                  r"[^?]{0,60}?(?<!who )(?<!that )\b(?:say|said|claim|claimed|state|"
                  r"stated|deny|denied|announce|announced|declare|declared|insist|insisted|rule out|ruled out)\b")
# A match no better than this rests on a word or so of the question.
WEAK_MATCH = 2.5
# A yes-or-no question about now or later ("is the partnership sustainable?", "can
# Russia trust Beijing?") that no figure answers asks for a judgement; one about the
# past ("did China vote against Russia?") asks what happened.
OPEN_YES_NO = Lazy(r"^(?:is|are|isn't|aren't|does|do|doesn't|don't|can|can't|will|won't)\b(?! (?:you|i|we)\b)")
# Measures one figure may stand in for another of: a pipeline's flow and its capacity.
MEASURE_GROUPS = {"volume": "volume", "capacity": "volume"}

# "the first Peace Mission exercise": the earliest of what the figures are of (not "the first half").
THE_FIRST = Lazy(r"\bthe (?:very )?(?:first|earliest)\b(?! (?:half|quarter|year|month|time|day|week|ever)\b)")

# A verb of change in one year ("how much did trade grow in 2024"), not a comparison of two things.
# The level a change came to: "what had it dropped to in 2021?" asks the year's level.
LEVEL_REACHED = Lazy(r"\b(?:drop(?:ped)?|fell|fall(?:en)?|grow|grew|grown|rise|rose|risen|climb(?:ed)?|increased|decreased|"
                     r"declined|shr[iau]nk|slump(?:ed)?|plunged|recovered|rebounded|sank|sunk|jump(?:ed)?) to\b(?! what extent)")
CHANGED = Lazy(r"\b(?:grow|grew|grown|growth rate|rate of growth|growth (?:in|of|for)|growth(?= (?:(?:19|20)\d\d\b|%|percent|pct))|yoy|change|changed|increase[ds]?|decrease[ds]?|decline[ds]?|fell|fall(?:en)?|drop(?:ped)?|"
               r"rise|rose|risen|shr[iau]nk(?:en)?|contracted|slump(?:ed)?|plunge[ds]?|climb(?:ed)?|"
               # a change back or in pace: "did trade recover in 2021?", "did the drills slow down in 2025?"
               r"recover(?:ed|s)?|rebound(?:ed|s)?|bounce[ds]? back|(?:slow|slowed|slows)(?: down)?|"
               r"doubl(?:e|ed|es)|tripl(?:e|ed|es)|halv(?:e|ed|es))\b")
# Words of a sharp change: asked how much ("it collapsed in 2015; by how much?"), the change;
# asked whether ("did trade collapse in 2025?"), the figure and its change, as the reading gives.
SHARPLY = Lazy(r"\b(?:collaps(?:e|ed|es)|crash(?:ed|es)?|tumbl(?:e|ed|es)|plummet(?:ed|s)?|soar(?:ed|s)?|surg(?:e|ed|es))\b")
COMPARED = Lazy(r"\b(?:compare[ds]?|comparison|vs\.?|versus|than|difference)\b")
PEAK_OR_LOW = Lazy(r"\b(?:highest|peak|lowest|smallest|weakest|strongest|minimum|maximum|all-time (?:high|low)|"
                   r"record (?:high|low)|(?:a|its|the|new) record|most (?:often|frequently|times)|least (?:often|frequently))\b")

# Words that ask for the extreme of a figure over time, whatever it measures.
RECORD_ASKED = Lazy(r"\b(?:ever|record|all-time|peak(?:ed)?|highest|lowest|best|worst)\b")
# The words before a year that make it a time asked ("in 2019", "for 2019"), not a name.
TIME_OF = Lazy(r"\b(?:in|for|during|of year|as of|by|until|since)\s*$")

_ORDINAL_WORDS = frozenset("first second third fourth fifth".split())


# Words that point back at what was talked of: "joined them", "took part in it".
POINTS_BACK = Lazy(r"\b(?:them|they|it|those|these|that one|this one)\b")


def _by_an_ordinal(name: str, other: str) -> bool:
    """Whether two names differ in one word only, and both those words are ordinals."""
    a, b = name.lower().split(), other.lower().split()
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) and len(differ) == 1 and set(differ[0]) <= _ORDINAL_WORDS


# What "how many times" counts: occasions, which a count of countries or troops is not.
OCCASIONS = frozenset({"meetings", "visits", "exercises", "interactions", "engagements", "votes", "roll calls",
                       "events", "patrols", "resolutions", "contracts"})


# A change asked by how much: "rise by more than 10%", "fell by 5 points".
CHANGED_BY = Lazy(r"\b(?:rise|rises|rose|risen|grow|grows|grew|grown|increase[ds]?|fall|falls|fell|fallen|drop(?:s|ped)?|"
                  r"decline[ds]?|jump(?:s|ed)?|climb(?:s|ed)?|gain(?:s|ed)?|shr[iau]nk\w*)\s+by\b")
# A level written as a rate: "more than 5%", "by over 10 percent".
RATE_LEVEL = Lazy(r"\d(?:[\d.,]*)\s*(?:%|percent\b|per cent\b|pct\b)")


class Settling:
    """What follows the choice of a metric; inherited by Resolver, which provides metrics,
    facts and the store."""

    def _years_of_the_name(self, intent: Intent) -> None:
        """A year that names the thing ("the 2014 gas deal", "the 2019 peak") is not a
        time the question asks about: the metric's own name has it."""
        metric = self.metrics[intent.metric_id]
        # ... or the question's own name of it ("the 2001 treaty", "the 1997 contracts"), when the
        # figure is of another time: the name's words are the metric's, or its description
        # dates the thing by that year ("agreed in 1997 to sell ... in 1999").
        named = [p for p in intent.periods if p.form == "point" and self._dates_an_act(intent, p)
                 # ("the Energy Institute's 2024 Statistical Review … for 2023": its edition's year)
                 or p.form == "point" and len(intent.periods) > 1
                 and re.search(rf"\b{p.label} (?:statistical review|edition|yearbook)\b", intent.normalized)
                 or p.form == "point" and len(p.label) == 4 and (
            p.label in metric.name and not TIME_OF.search(
                re.split(rf"(?<![\w-]){re.escape(p.phrase.lower())}(?![\w-])", f" {intent.normalized} ")[0][-18:] + " ")
            or (names_a_thing(p.phrase, intent.normalized)
                                       and not self.in_year(intent.metric_id, p.label)
                                       and p.label in metric.description)
            # ("trade in 2020 more than doubled by 2024?": the year of the name, beside the time asked)
            or len(intent.periods) > 1 and p.label in metric.name and not self.in_year(intent.metric_id, p.label))]
        if named:
            intent.periods = [p for p in intent.periods if p not in named]
            intent.name_years += [p for p in named if p not in intent.name_years]
            if intent.kind in FIGURE_KINDS:
                intent.kind = metric_kind(intent.asked_kind, intent.periods)

    def _dates_an_act(self, intent: Intent, period: Period) -> bool:
        """Whether the year dates an act about another time the metric holds: "the 2004 deal
        set rail oil exports for 2006" asks for 2006's target, not 2004's."""
        return intent.kind in FIGURE_KINDS and len(period.label) in (4, 7) and period.label[:4] in DATED_ACT.findall(intent.normalized) \
            and not self.in_year(intent.metric_id, period.label[:4]) and any(
            p is not period and p.form == "point" and self.in_year(intent.metric_id, p.label[:4])
            for p in intent.periods)

    def _one_off(self, metric_id: str) -> bool:
        """Whether a metric's figures are all of one time (a deal's value): a year that names
        another thing of its kind ("the 2015 gas deal") is asked of it, not lent to it."""
        return len({r["period"] for r in self.store.observations(metric_id)}) == 1

    def in_year(self, metric_id: str, year: str) -> bool:
        """Whether any figure of the metric falls in or spans the year."""
        return any((row["period_start"] or "0000")[:4] <= year <= (row["period_end"] or "9999")[:4]
                   for row in self.store.observations(metric_id))

    def _change_in_a_year(self, intent: Intent) -> None:
        """"How much did trade grow in 2024?": a change in one year, not the year's level.
        A change the sources state for the year is the answer; else the change from the
        year before, worked out from the two levels."""
        period = intent.periods[0]
        if period.form != "point" or len(period.label) != 4 or not period.label.isdigit():
            return
        stated = [m for m in self.store.change_metrics(intent.metric_id) if self.holds(m, period)]
        if stated:
            intent.metric_id, intent.metric_phrase = stated[0], self.metrics[stated[0]].name.lower()
            return
        # Worked out from the two years' levels; a year crr lacks is said, not the level given.
        intent.periods, intent.kind = [Period.point(str(int(period.label) - 1)), period], "change"

    @staticmethod
    def _no_figure_asked(intent: Intent) -> bool:
        """No metric read, or one found only by a word or so with no measure asked ("is China
        helping Russia's war?" is no question of a poll that shares the word "help")."""
        return intent.metric_id is None or (not intent.measures and bool(intent.candidates)
                                            and intent.candidates[0][0] < WEAK_MATCH)

    def _settle_kind(self, intent: Intent) -> None:
        began = STARTED.search(intent.normalized) or (
            YES_NO.match(intent.normalized) and not intent.measures and DONE_ONCE.search(intent.normalized))
        if intent.kind in FIGURE_KINDS and intent.periods and began \
                and not A_TIME_BEGUN.search(intent.normalized[:began.start()]) \
                and (YES_NO.match(intent.normalized) or not ASKS_SOMETHING.search(intent.normalized)) \
                and not MEASURE_ASKED.search(intent.normalized) and not intent.numbers \
                and not MOVING.search(intent.normalized):
            # "Did Power of Siberia begin delivering gas in 2020?", "gas began to flow in 2020":
            # when a thing began, asked of a time; the year's figure is not when it began.
            intent.kind, intent.metric_id, intent.alternatives, intent.candidates = "when", None, [], []
            return
        if intent.kind in FIGURE_KINDS and SAID_ASKED.match(intent.normalized):
            # "Did Putin say there is no military alliance?": whether a thing was said, which
            # an event of the saying answers, not a figure its words match.
            intent.kind, intent.metric_id, intent.alternatives, intent.candidates = "what_happened", None, [], []
            return
        if intent.kind in ("peak", "lowest") and intent.metric_id and self.metrics[intent.metric_id].measure == "rank" \
                and not RECORD_ASKED.search(intent.normalized):
            # "Is China Russia's largest trading partner?": the superlative is the rank asked
            # (first), not the highest of its values over time.
            intent.kind = metric_kind(None, intent.periods)
        level = intent.numbers and CROSSED.search(intent.normalized) or (
            self.metrics[intent.metric_id].unit == "percent" and CROSSED_FRACTION.search(intent.normalized)
            if intent.metric_id else None)
        if intent.kind in ("latest", "value", "what_happened", "span", "change") and intent.metric_id and level \
                and YES_NO.match(intent.normalized) and all(p.form in ("range", "since", "before") for p in intent.periods) \
                and not any(r["period"] == p.label for p in intent.periods for r in self.store.observations(intent.metric_id)) \
                and self.metrics[intent.metric_id].measure != "rank":
            # "Did trade ever exceed $200bn?": whether, and when, it crossed the level, within
            # a span if one is named ("was trade above $110bn in 2019?" asks the year's figure,
            # set against the level; so does a span held as one figure, "in 1992-94").
            intent.kind = "when"
            return
        if intent.kind == "latest" and intent.metric_id and not intent.periods and THE_FIRST.search(intent.normalized):
            self._the_first_one(intent)
        if intent.kind == "latest" and intent.metric_id and not intent.periods and intent.asked_kind != "latest":
            self._the_named_one(intent)
        # ("did trade grow more than 5% in 2024?": a level of the change, not of USD bn)
        # ("did the yuan's share rise by more than 10%?": "by" says so of a share too)
        rate_level = intent.kind == "value" and intent.asked_kind == "change" and bool(intent.metric_id) \
            and (self.metrics[intent.metric_id].unit != "percent" and bool(RATE_LEVEL.search(intent.normalized))
                 or bool(CHANGED_BY.search(intent.normalized)))
        if intent.kind == "value" and intent.asked_kind == "change" and intent.metric_id and len(intent.periods) == 1 \
                and (self.metrics[intent.metric_id].measure in ("amount", "volume", "count")
                     and (CHANGED.search(intent.normalized) or SHARPLY.search(intent.normalized)
                          and not YES_NO.match(intent.normalized))
                     # a share's change in a year asked in words of change ("did Russia's share rise in
                     # 2022?"), not a word of a crash beside its level ("the collapse ... share in 2021?")
                     or self.metrics[intent.metric_id].measure == "share" and CHANGED.search(intent.normalized)) \
                and (rate_level or not COMPARED.search(intent.normalized)) and not LEVEL_REACHED.search(intent.normalized) \
                and not (intent.numbers and CROSSED.search(intent.normalized) and not rate_level):
            # ("fall below 1% in 2021": the level)
            self._change_in_a_year(intent)
        if intent.kind == "change" and intent.metric_id and len(intent.periods) == 1 \
                and intent.periods[0].form == "range" and LEVEL_REACHED.search(intent.normalized) \
                and self._held_for_the_span(intent.metric_id, intent.periods[0]):
            # "What did Russia's share shrink to in 2011-2021?": the level a source gives for
            # that span, not the change between its two ends
            intent.kind = "span"
        if intent.kind == "when" and intent.metric_id and (intent.asked_kind == "swing" or (
                intent.asked_kind in ("peak", "lowest") and PEAK_OR_LOW.search(intent.normalized)
                and not intent.numbers)):  # "hit the record $190bn": when it was that figure
            intent.kind = intent.asked_kind  # "when did the yuan share peak?", "... fall the most?"
        elif intent.kind == "count_events" and intent.metric_id and intent.candidates[0][0] >= 2.5 \
                and self.metrics[intent.metric_id].measure in ("count", "share", "rate") \
                and not (intent.counted == "time" and self.metrics[intent.metric_id].measure == "count"
                         and self.metrics[intent.metric_id].unit not in OCCASIONS):
            # A count the source states (19 meetings), or how often as a share (the same vote).
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
        elif intent.kind in FIGURE_KINDS | {"what_happened", "about"} and self._no_figure_asked(intent) \
                and not intent.periods and OPEN_YES_NO.match(intent.normalized) \
                and not any(rule in ("rank", "ranked") for _, rule in intent.rejected[:1]) \
                and (not intent.not_held or any(w not in intent.neutral for w in intent.content)):
            # ... with words no figure explains ("exploiting", "a trap"); "does China buy
            # Russian coal?" is a figure crr does not hold.
            intent.kind = "judgement"
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None and intent.people \
                and not self.loose_words(intent) and not intent.measures:
            # "Putin visits to China": the events of the people named; not "how many days did
            # Yeltsin spend in China", a number their events do not give.
            intent.kind = "what_happened"
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None and intent.periods and intent.subjects \
                and not (intent.follow_up or intent.measures or intent.numbers or intent.content or any(intent.flow)
                         or intent.currency or intent.units) \
                and (all if all(p.form == "point" for p in intent.periods) else any)(
                    set(group) & LISTED_ACTS for group in intent.subjects):
            # "Leader visits since 2020", "treaties since 2000": no figure counts them, and the
            # words ask none, so the visits or treaties of the time, dated and cited (of a year,
            # only when every subject is such an act: "agreement on votes in 2018" is a figure's).
            intent.kind = "what_happened"
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None and YES_NO.match(intent.normalized) \
                and not any(rule in ("rank", "ranked") for _, rule in intent.rejected[:1]) and not intent.numbers:
            intent.kind = "what_happened"  # "did China vote against Russia at the UN?": the events
            # (not "is Russia China's largest partner?", a rank crr holds only the other way; nor
            # "did Russia send 12 million tonnes of coal?", a figure to check that crr lacks)
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None and not intent.not_held:
            # "2014?", "gas in 2023": no figure, so the events of the time; but a word
            # crr could not place ("trde 2024") asks for something it did not understand.
            plain = not intent.content and not intent.measures  # ("trade in percent of ...": a figure asked)
            # "Russian wheat to China 2023": goods going one way, a flow, which no event of
            # the year is (a strike on a grain terminal); said not held.
            goods_flow = all(intent.flow) and any("goods" in self.facts.ancestors(s)
                                                  for group in intent.subjects for s in group)
            intent.kind = "what_happened" if intent.periods and not intent.follow_up and plain and not goods_flow \
                else "unknown"
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None:
            intent.kind = "unknown"

    def _the_first_one(self, intent: Intent) -> None:
        """"How many Chinese troops took part in the first Peace Mission exercise?": with no
        time asked, the earliest figure of a metric whose figures are of dated occasions (an
        exercise's month), not its latest.  A yearly figure's "first" names a thing ("the
        first Power of Siberia pipeline"), not the earliest year."""
        rows = [r for r in self.store.observations(intent.metric_id) if r["period_start"] and "/" not in r["period"]]
        if rows and all(len(r["period"]) >= 7 for r in rows):
            first = min(rows, key=lambda r: (r["period_start"], r["id"]))
            intent.periods, intent.kind = [Period.point(first["period"])], "value"

    def _the_named_one(self, intent: Intent) -> None:
        """"How many Chinese troops took part in Peace Mission?": with no time asked, the
        figure of the one occasion whose note has the question's words that set occasions
        apart (a word in some notes but not all, and not one of the metric's name or
        description), not the latest.  Only for a metric whose
        figures are of dated occasions, and only when one occasion has the most of them.  A
        question that points back ("how many Russian soldiers joined them?") asks of the
        occasion talked of, which the conversation gives, not of one its verb finds."""
        if POINTS_BACK.search(intent.normalized):
            return
        rows = [r for r in self.store.observations(intent.metric_id) if r["period_start"] and "/" not in r["period"]]
        # The occasion a note names first, its name said whole in the question ("Year of Russia in
        # China" against "Year of China in Russia", the same words in another order).
        named = {r["period"] for r in rows
                 if len(lead := normalize(re.split(r"[,.;:(]", r["note"] or "")[0]).split()) >= 3
                 and f" {' '.join(lead)} " in f" {intent.normalized} "}
        if len(rows) >= 2 and len(named) == 1:
            intent.periods, intent.kind = [Period.point(named.pop())], "value"
            return
        if len(rows) < 2 or not all(len(r["period"]) >= 7 for r in rows):
            return
        noted = {r["id"]: set(lexicon_words(normalize(r["note"] or ""))) - STOPWORDS for r in rows}
        everywhere = set.intersection(*noted.values())
        metric = self.metrics[intent.metric_id]
        own = set(lexicon_words(normalize(f"{metric.name} {metric.description}")))
        asked = {w for w in lexicon_words(intent.normalized) if w not in STOPWORDS and w not in own and not w.isdigit()}
        matched = {r["id"]: len((noted[r["id"]] - everywhere) & asked) for r in rows}
        most = max(matched.values())
        periods = {r["period"] for r in rows if matched[r["id"]] == most}
        if most and len(periods) == 1:
            intent.periods, intent.kind = [Period.point(periods.pop())], "value"

    @staticmethod
    def loose_words(intent: Intent) -> list[str]:
        """Content words no facet took ("how much leverage does Xi have"): the events of
        the people named would answer another question."""
        return [w for w in intent.content if w not in intent.neutral]

    def prefer_metrics_with_data(self, intent: Intent) -> None:
        """Among metrics that match about equally well, one that holds a figure
        for the asked period ("Power of Siberia 2025" means the 2025 exports,
        not the pipeline's capacity)."""
        # A change asked between two times wants both: "gas 2023 vs 2022" is no question of
        # LNG, which crr lacks for 2023, when pipeline gas, matched about as well, has both.
        # (a follow-up of a change is one before its kind is set: "and LNG?" after oil 2018 vs 2023)
        changing = intent.kind == "change" or intent.asked_kind == "change"
        wanted = intent.periods if changing and len(intent.periods) == 2 else intent.periods[:1]
        if not changing and len(intent.periods) >= 2 and intent.kind in FIGURE_KINDS:
            # "did the 2004 deal promise for 2006?": the year that dates the act is no time a
            # figure is wanted for; the one after it is.
            acts = set(DATED_ACT.findall(intent.normalized))
            wanted = [p for p in intent.periods if p.label[:4] not in acts][:1] or wanted

        def holds_all(metric_id: str) -> bool:
            # (a change since a time wants a figure from then on: Yukos's 1999 oil has none since
            # 2022; one over a span, a figure at each of its ends)
            return all(self.holds(metric_id, period) or intent.kind == "change" and (
                period.form == "since" and self._points_within(metric_id, period)
                or period.form == "range" and self._holds_ends(metric_id, period)) for period in wanted)

        if not intent.periods or not intent.candidates or holds_all(intent.metric_id):
            return  # (a metric taken from the answer before has no candidates to choose among)
        if self._level_within(intent.metric_id, intent.periods[0]) and intent.candidates[0][1] == intent.metric_id:
            return  # the best reading, a level of a month in the year asked ("by the end of 2023"): its answer
        if intent.kind == "change" and len(wanted) == 1 and (self._points(intent.metric_id)
                                                             or self.store.change_metrics(intent.metric_id)) \
                and (wanted[0].form != "since" or self._points_within(intent.metric_id, wanted[0])) \
                and (wanted[0].form != "range" or self._holds_ends(intent.metric_id, wanted[0])):
            return  # a change is read from the metric's own values and stated changes
        top = intent.candidates[0][0]
        topic = self.metrics[intent.metric_id].topic
        close = [m for score, m in intent.candidates
                 if score >= self.matcher.MIN_SCORE and (score >= top * 0.25 or self.metrics[m].topic == topic)]
        # ... that explains the question's words as well: roll calls are no count of resolutions adopted.
        left = len(unplaced(intent, self.metrics[intent.metric_id], self.facts, verbs=True))
        kind = MEASURE_GROUPS.get(self.metrics[intent.metric_id].measure, self.metrics[intent.metric_id].measure)
        # ... and that is a series as the first is: one figure of a deal ("Yukos oil to be sold
        # in 1999") is no year of a series asked for ("crude oil imports in 1999").
        counts = self.store.observation_counts
        series = counts.get(intent.metric_id, 0) > 1
        # A figure its name ties to another year ("gas pipelines announced in 2006"), asked of a
        # year it lacks, is no reading to keep: one that holds the year, in any measure, is better.
        named = re.search(r"\b(?:19|20)\d\d\b", self.metrics[intent.metric_id].name)
        other_year = bool(named) and not any(named.group(0) in p.label for p in wanted)
        # A thing the question does not name is no figure of what it asks: "Russia's exports to
        # China in 2022" are not its crude oil exports, which crr holds for 2022.
        said = self._thing_named(intent, intent.metric_id)
        holding = [m for m in close if holds_all(m)
                   and not (series and counts.get(m, 0) == 1)
                   and (self._thing_named(intent, m) or not said)
                   and len(unplaced(intent, self.metrics[m], self.facts, verbs=True)) <= left
                   and (MEASURE_GROUPS.get(self.metrics[m].measure, self.metrics[m].measure) == kind
                        or self.metrics[m].measure in intent.measures - intent.allowed_only
                        or other_year and not intent.measures)]
        if not intent.measures:
            # No measure asked: a reading as good as the first, in whatever measure, before a
            # far looser one of the first's ("UN voting in 2010": the same-vote share, not the
            # count of roll calls that the word "voting" barely matches).
            near = [m for score, m in intent.candidates if score >= top * 0.95 and holds_all(m)
                    and not (series and counts.get(m, 0) == 1)
                    and len(unplaced(intent, self.metrics[m], self.facts, verbs=True)) <= left]
            holding = near[:1] + [m for m in holding if m not in near[:1]]
        if all(intent.flow) and self.metrics[intent.metric_id].flow == intent.flow:
            # "and Russia's exports to China?" in 2024: the flow asked, which crr lacks then, is
            # never left for trade both ways, which it holds.
            holding = [m for m in holding if self.metrics[m].flow == intent.flow]
        if not holding and not series and not named:
            # None holds the year: a series matched about as well is the figure asked of years,
            # before a one-off deal's ("gas exports 2024": pipeline gas, not the 1997 Kovykta volume),
            # so that what is held instead is said of it.
            holding = [m for score, m in intent.candidates if score >= top * 0.9 and counts.get(m, 0) > 1
                       and len(unplaced(intent, self.metrics[m], self.facts, verbs=True)) <= left][:1]
        if holding and holding[0] != intent.metric_id:
            left_name = self.metrics[intent.metric_id].name
            intent.alternatives = [intent.metric_id, *[m for m in intent.alternatives if m != holding[0]]][:3]
            intent.metric_id = holding[0]
            intent.metric_phrase = self.metrics[holding[0]].name.lower()
            # A year read as the name of the figure left ("its 2020 level") is a time asked of
            # the one taken: "trade in 2022 compared to 2020" compares the two years.
            back = [p for p in intent.name_years if p.label in left_name and p.label not in intent.metric_phrase]
            if back:
                intent.name_years = [p for p in intent.name_years if p not in back]
                intent.periods = sorted([*intent.periods, *back], key=lambda p: p.first_day)
                intent.kind = metric_kind(intent.asked_kind, intent.periods)

    def _thing_named(self, intent: Intent, metric_id: str) -> bool:
        """Whether the question names what a metric is of: each of its subjects, or, for the
        goods traded as a whole, no narrower thing at all."""
        subjects = self.metrics[metric_id].subjects
        named = {s for asked in intent.subjects for s in asked}
        return set(subjects) <= named if named else tuple(subjects) == ("trade",)

    def _holds_ends(self, metric_id: str, period) -> bool:
        """Whether a metric has a figure in the first and in the last year of a span ("from
        2009 to 2010": both years), which a change over it is worked out from."""
        years = {(row["period_start"] or "")[:4] for row in self.store.observations(metric_id)}
        return period.first_day[:4] in years and period.last_day[:4] in years

    def _points_within(self, metric_id: str, period) -> bool:
        """Whether a metric has a figure at or after the start of an open span ("since the
        invasion": Yukos's oil for 1999 has none)."""
        return any((row["period_start"] or "") >= period.first_day for row in self.store.observations(metric_id))

    def tied_readings(self, intent: Intent) -> list[str]:
        """"China's military imports from Russia, 2000 to 2006": two metrics of the same
        flow of the same things, measured in different units (SIPRI's TIV, a source's USD),
        that the words match equally and that both hold the times asked: both are the
        answer, the chosen one first, each with its source."""
        if not intent.metric_id or not intent.periods or not intent.candidates:
            return []
        scores = {m: s for s, m in intent.candidates}
        chosen = self.metrics[intent.metric_id]
        if intent.metric_id not in scores or not all(self.holds(chosen.id, p) for p in intent.periods):
            return []
        tied = [m for s, m in intent.candidates if m != chosen.id and abs(s - scores[chosen.id]) < 1e-9
                and self.metrics[m].unit != chosen.unit and set(self.metrics[m].subjects) == set(chosen.subjects)
                and self.metrics[m].flow == chosen.flow and self.metrics[m].measure != chosen.measure]
        tied = [m for m in tied if all(self.holds(m, p) for p in intent.periods)
                and misfit(intent, self.metrics[m], self.facts) is None]
        return [chosen.id, *tied] if tied else []

    def ordinal_siblings(self, intent: Intent) -> list[str]:
        """"What stakes did China take in the Yamal LNG projects?": metrics whose names differ
        from the chosen one's only by an ordinal ("the first of two", "the second"), matched
        alike, when the question writes in the plural a word the chosen name has in the
        singular: each of them is the answer, the chosen one first (one matched nearly as
        well: the ordinal itself may be a word of the first's aliases)."""
        if not intent.metric_id or not intent.candidates:
            return []
        chosen = self.metrics[intent.metric_id]
        name = chosen.name.lower().split()
        written = {w.lower() for w in intent.spelled.values()}
        # ("what stake did China take in the Yamal LNG projects?": the group the ordinal counts
        # in, written whole with no ordinal of its own, asks of each of them as well)
        group = re.search(r"\bof (?:two|three|four) (?:[\w-]+ ){0,3}?([a-z]+s)\b", chosen.name.lower())
        whole_group = group is not None and group.group(1) in written and not written & _ORDINAL_WORDS
        if not whole_group and not any(w + "s" in written and w + "s" not in name for w in name if len(w) > 2):
            return []
        scores = {m: s for s, m in intent.candidates}
        siblings = [m for s, m in intent.candidates if m != chosen.id
                    and s >= NEAR * scores.get(chosen.id, s) and _by_an_ordinal(self.metrics[m].name, chosen.name)
                    and misfit(intent, self.metrics[m], self.facts) is None]
        return [chosen.id, *siblings] if siblings else []

    def narrower_kinds(self, intent: Intent) -> list[str]:
        """"gas in 2025": a subject asked that the chosen metric narrows (LNG), when other
        metrics that match about as well narrow it another way (pipeline gas) and hold the
        time asked: the best metric of each narrower subject, the chosen one first."""
        if not intent.metric_id or not intent.subjects \
                or len(intent.periods) != (0 if intent.kind == "latest" else 1):
            return []  # ("how much gas does China get?": each kind's latest)
        chosen = self.metrics[intent.metric_id]
        asked = {s for group in intent.subjects for s in group}
        if not chosen.subjects or chosen.subjects[0] in asked:
            return []  # the metric's own subject is the one asked
        top = intent.candidates[0][0] if intent.candidates else 0.0
        group = MEASURE_GROUPS.get(chosen.measure, chosen.measure)
        found = {chosen.subjects[0]: chosen.id}
        # A source asked for ("gas imports 2020 customs"): of each kind, its figure first.
        from_named = {m for _, m in intent.candidates if intent.sources and self._from_named(intent, m)}
        # (when the chosen one lacks the time asked, each kind, to say which lack it: "gas in 2024")
        lacking = bool(intent.periods) and not self.holds(chosen.id, intent.periods[0])
        for score, metric_id in sorted(intent.candidates, key=lambda c: c[1] not in from_named):
            metric = self.metrics[metric_id]
            if score < (0.5 if metric_id in from_named else 0.8) * top or not metric.subjects \
                    or metric.subjects[0] in found \
                    or metric.subjects[0] in asked \
                    or MEASURE_GROUPS.get(metric.measure, metric.measure) != group \
                    or intent.periods and not lacking and not self.holds(metric_id, intent.periods[0]):
                continue
            found[metric.subjects[0]] = metric_id
        return list(found.values()) if len(found) > 1 else []

    def kinds_lacking(self, intent: Intent) -> list[str]:
        """"Gas imports in 2022 in tonnes": a subject asked that the chosen metric narrows
        (LNG), when another metric that matches as well narrows it another way (pipeline gas
        by weight) and lacks the time asked: the whole asked is not held, only a part of it.
        The metrics of the kinds that lack it; none when every kind holds it, or none narrows."""
        if not intent.metric_id or not intent.subjects or len(intent.periods) != 1 or intent.kind != "value":
            return []
        chosen = self.metrics[intent.metric_id]
        asked = {s for group in intent.subjects for s in group}
        if not chosen.subjects or chosen.subjects[0] in asked:
            return []
        top = intent.candidates[0][0] if intent.candidates else 0.0
        group = MEASURE_GROUPS.get(chosen.measure, chosen.measure)
        return [m for score, m in intent.candidates if m != chosen.id and score >= 0.8 * top
                and self.metrics[m].subjects and self.metrics[m].subjects[0] not in asked
                and self.metrics[m].subjects[0] != chosen.subjects[0]
                and any(a in self.facts.ancestors(self.metrics[m].subjects[0]) for a in asked)
                and MEASURE_GROUPS.get(self.metrics[m].measure, self.metrics[m].measure) == group
                and self.metrics[m].unit == chosen.unit
                and misfit(intent, self.metrics[m], self.facts) is None
                and not self.holds(m, intent.periods[0])]

    def _prefer_the_named_source(self, intent: Intent) -> None:
        """"pipeline gas in 2019 per Customs": of the metrics that match about as well and
        measure the same kind of thing, one the named source gives a figure for (Customs
        weighs the gas in tonnes; the Energy Institute gives bcm)."""
        if not intent.sources or self._from_named(intent, intent.metric_id):
            return
        top = intent.candidates[0][0]
        kind = MEASURE_GROUPS.get(self.metrics[intent.metric_id].measure, self.metrics[intent.metric_id].measure)
        # (A count's unit is what it counts: troops are no count of exercises.)
        chosen = self.metrics[intent.metric_id]
        alike = [m for score, m in intent.candidates if score >= top * 0.25
                 and MEASURE_GROUPS.get(self.metrics[m].measure, self.metrics[m].measure) == kind
                 and (kind != "count" or self.metrics[m].unit == chosen.unit)]
        # One the source gives a figure for in the period; else one it gives figures for at all
        # ("Energy Institute LNG flows in 2017": its series, which starts in 2018, says so).
        named = [m for m in alike if self._from_named(intent, m)] or [
            m for m in alike if self._sources_of(m) & set(intent.sources)]
        if not named and not self._sources_of(intent.metric_id) & set(intent.sources) and kind != "count":
            # The named source measures it otherwise: "SIPRI value of arms imports" is SIPRI's
            # trend-indicator value, a volume, for SIPRI gives no dollar figure.
            named = [m for score, m in intent.candidates if score >= top * 0.25
                     and self.metrics[m].subjects == chosen.subjects and self._from_named(intent, m)]
        if named:
            intent.alternatives = [intent.metric_id, *[m for m in intent.alternatives if m != named[0]]][:3]
            intent.metric_id = named[0]
            intent.metric_phrase = self.metrics[named[0]].name.lower()

    def _prefer_the_stated_figure(self, intent: Intent) -> None:
        """"39.5% of Chinese said Russia's actions were not wrong - who ran that poll?": of the
        metrics that match about as well and are in the same unit, the one that holds the
        figure the question states is the one it speaks of.  (A figure in another unit names
        a thing whose other figure is asked: "the $400bn deal - how long does it run?")"""
        if not intent.numbers or len(intent.candidates) < 2 or intent.claim or YES_NO.match(intent.normalized):
            return  # ("was Power of Siberia 1's capacity 50 bcm?": the number is tested, and names no figure)
        stated = set(intent.numbers)

        def holds_stated(metric_id: str) -> bool:
            return any(r["value"] in stated for r in self.store.observations(metric_id))

        if holds_stated(intent.metric_id):
            return
        top, unit = intent.candidates[0][0], self.metrics[intent.metric_id].unit
        holding = [m for score, m in intent.candidates[1:] if score >= top * 0.5
                   and self.metrics[m].unit == unit and holds_stated(m)]
        if len(holding) == 1:
            intent.alternatives = [intent.metric_id, *[m for m in intent.alternatives if m != holding[0]]][:3]
            intent.metric_id = holding[0]
            intent.metric_phrase = self.metrics[holding[0]].name.lower()

    def _from_named(self, intent: Intent, metric_id: str) -> bool:
        """Whether a source the question names gives the metric a figure (for its period, if it asks one)."""
        period = intent.periods[0] if intent.periods else None
        return any(r["source_id"] in intent.sources and (period is None or period.takes_in(r))
                   for r in self.store.observations(metric_id))

    def _periods_held(self, metric_id: str) -> frozenset[str]:
        """The labels of the periods a metric holds figures for, read once a metric."""
        held = self._held.get(metric_id)
        if held is None:
            held = self._held[metric_id] = frozenset(r["period"] for r in self.store.observations(metric_id))
        return held

    def _points(self, metric_id: str):
        return [r for r in self.store.observations(metric_id) if "/" not in r["period"]]

    def _level_within(self, metric_id: str, period: Period) -> bool:
        """Whether a metric that is no sum of its parts (a share, a level) holds a figure for
        a part of a single year asked: December 2023 of "in 2023"."""
        metric = self.metrics[metric_id]
        if metric.additive or period.form != "point" or len(period.label) != 4:
            return False
        return any(r["period"][:4] == period.label and "/" not in r["period"] and len(r["period"]) > 4
                   for r in self.store.observations(metric_id))

    def _held_for_the_span(self, metric_id: str, period: Period) -> bool:
        """Whether a source gives one figure for the whole span, from its first year to its last."""
        if not (period.start and period.end):
            return False
        return any("/" in r["period"] and (r["period_start"] or "")[:4] == str(period.start.year)
                   and (r["period_end"] or "")[:4] == str(period.end.year) for r in self.store.observations(metric_id))

    def holds(self, metric_id: str, period: Period) -> bool:
        from ..answering.figures import _same_span_start

        if period.form == "point":
            return period.label in self._periods_held(metric_id)
        for row in self.store.observations(metric_id):
            if period.form in ("since", "range", "before") and "/" in row["period"]:
                if _same_span_start(row, period):
                    return True
            elif period.form == "range" and period.first_day <= row["period_start"] \
                    and row["period_end"] <= period.last_day:
                return True  # a year within the span asked ("the peak from 1992 to 2020")
            elif period.form == "before" and period.last_day[:4] == row["period_end"][:4] \
                    and row["period_end"] <= period.last_day:
                return True  # "by the end of 2023": a figure of the year's end
        return False

