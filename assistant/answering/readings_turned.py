"""Readings turned before they are answered: events asked for as such (the themed years,
"when have they ...?"), a multiple of a base year asked from that year, and a figure of
what a question leaves out set aside for the next reading."""

from __future__ import annotations

import re

from ..reading.periods import Period
from ..reading.read import Intent
from ..reading.words import Lazy
from .people import ASKS_NUMBER

# "Which years were the themed years?": the years of them, a list.
YEARS_ASKED = Lazy(r"\b(?:which|what) years\b")
# "trade so far by 2018", "in all by 2018": a total up to then, not the year's level.
SUMMED_UP_TO = Lazy(r"\b(?:so far|to date|in all|altogether|cumulative\w*|combined|overall|in total|all told)\b")

# "how much was trade worth by 2018?", "had trade reached ..." (not "how much LNG did China import by 2020?",
# which may ask for every year's together): words of the level a figure stood at.
LEVEL_REACHED = Lazy(r"\b(?:worth|reach\w*|st(?:an|oo)d\w*|hit|amount(?:ed|s)? to|gr[eo]wn? to|r[io]se to|climb\w* to|"
                     r"how (?:big|large|high))\b")

# "When have they flown joint patrols?": the occasions, not one date ("when have they first met?" is one).
OCCASIONS_ASKED = Lazy(r"^(?:and |so )?when (?:have|has)\b(?!.*\b(?:first|last|latest|most recently|ever)\b)")


class ReadingsTurned:
    """Mixed into Engine, which provides metrics and the event vocabulary."""

    def _events_asked_as_such(self, intent: Intent) -> None:
        """"When have Russian and Chinese bombers flown joint patrols?": every time, its
        events; "which were the language years?": the themed years are events, not a figure
        of culture (their titles are the subject: "cross" is no border crossing there)."""
        if intent.kind == "when" and intent.metric_id is None and (
                OCCASIONS_ASKED.match(intent.normalized) or YEARS_ASKED.search(intent.normalized)):
            intent.kind = "what_happened"  # "which years did they hold joint bomber patrols?": each occasion
        if (intent.kind not in ("when", "help", "judgement") or intent.kind == "when" and YEARS_ASKED.search(intent.normalized)) \
                and not ASKS_NUMBER.search(intent.normalized) and self.event_vocab.asks_themed_years(intent.normalized):
            intent.metric_id, intent.candidates, intent.alternatives, intent.kind = None, [], [], "what_happened"
            intent.subjects = []

    def _from_the_base_year(self, intent: Intent) -> None:
        """"Trade doubled since 2020?": a multiple of the 2020 level is counted since 2020 by
        itself, its latest figure answers; "did trade double between 2020 and 2024?": the
        multiple in 2024."""
        base = self.metrics[intent.metric_id].base if intent.metric_id else None
        if not base or not intent.periods:
            return
        if all(p.form == "since" and p.start and str(p.start.year) == base for p in intent.periods):
            intent.periods, intent.kind = [], "latest"
        elif intent.periods[0].start and str(intent.periods[0].start.year) == base and len(intent.periods) <= 2 \
                and (later := intent.periods[-1].end if len(intent.periods) == 1 else intent.periods[-1].start) \
                and later.year > int(base):
            intent.periods, intent.kind = [Period.point(str(later.year))], "value"

    def _by_a_year_its_level(self, intent: Intent) -> None:
        """"By 2018, how much was two-way trade worth?": the level a yearly amount reached in
        2018, not the sum of every year up to it (which a count asks: "how many exercises
        by 2018?", and a total: "how much had China bought by 2018?")."""
        metric = self.metrics[intent.metric_id] if intent.metric_id else None
        # (a share is a level at its time, never a sum: "what share was in yuan by the end of
        # 2023?" asks the share then, not the latest one held before it; "by 2023" is as 2023
        # came, which the latest figure before it gives)
        level = metric is not None and not metric.additive and metric.measure in ("share", "rate", "price") \
            and bool(re.search(r"\bby the (?:end|close) of\b", intent.normalized))
        if not metric or not level and (not metric.additive or metric.measure not in ("amount", "volume")
                                        or not LEVEL_REACHED.search(intent.normalized)) or intent.aggregate \
                or len(intent.periods) != 1 or SUMMED_UP_TO.search(intent.normalized):
            return
        period = intent.periods[0]
        if period.form == "before" and period.phrase.startswith("by ") and period.end \
                and period.label == f"../{period.end.year}":
            intent.periods = [Period.point(str(period.end.year))]
            if intent.kind == "span":
                intent.kind = "value"

    def _not_the_one_left_out(self, intent: Intent) -> None:
        """"Gas excluding LNG": not the LNG figure itself, but the next reading, pipeline gas."""
        left_out = set(intent.negated)
        if set(self.metrics[intent.metric_id].subjects) & left_out and (other := next(
                (m for _, m in intent.candidates[1:4] if not set(self.metrics[m].subjects) & left_out), None)):
            intent.metric_id, intent.metric_phrase = other, self.metrics[other].name.lower()
