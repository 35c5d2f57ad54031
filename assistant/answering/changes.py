"""Figures compared over time: the latest, the highest and the lowest, and the change
between two times."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta

from ..answer import Answer
from .draft import Draft, group_facts, join_words
from ..writing.render import format_number, render
from ..data.store import MetricRow
from ..data.periods import parse_period
from ..reading.periods import describe_period
from ..reading.read import Intent, top_count
from ..resolving.rules import counted_together, misfit
from ..reading.words import Lazy
from .figures import BOUNDS, _difference_unit
from .spans import _runs
from .turn_words import WHICH_MORE


UPPER_BOUNDS = frozenset({"up to", "less than", "as many as"})
LOWER_BOUNDS = frozenset({"over", "more than", "at least"})

# Words that ask for the present; a latest figure older than STALE_YEARS before the sources
# were written does not answer them.
NOW_ASKED = Lazy(r"\b(?:now(?! that)|today|currently|current|at present|presently|nowadays|these days|at the moment)\b")
STALE_YEARS = 5
YEARLY_GROWTH = Lazy(r"\b(?:average|avg|annual|annuali[sz]ed|yearly|a year|per year|compound|cagr)\b")


def _years_between(labels: list[str]) -> int | None:
    """Whole years between two yearly labels ("2018", "2024" -> 6), else None."""
    first, last = labels[0].split("/")[-1], labels[1]
    if first.isdigit() and last.isdigit() and int(last) > int(first):
        return int(last) - int(first)
    return None


def _one_within(rows: list, label: str) -> list:
    """The rows of the one time held within a year (a month or a day of it), if just one is."""
    if len(label) != 4 or not label.isdigit():
        return []
    within = {r["period"] for r in rows if r["period"][:4] == label and len(r["period"]) > 4 and "/" not in r["period"]}
    return [r for r in rows if r["period"] in within] if len(within) == 1 else []


def _starts(period: str, label: str) -> bool:
    """A value for the start of a change: the asked period itself or, for a
    moment such as the invasion, the level the source gives for just before it."""
    if period == label:
        return True
    if not period.startswith("../") or len(label) != 10:
        return False
    try:
        moment = date.fromisoformat(label)
    except ValueError:
        return False
    return period[3:] in (label, (moment - timedelta(days=1)).isoformat())


def _states_change(period: str, labels: list[str]) -> bool:
    """A source's stated change fits the asked one: the same span, or a
    change on the year before when the two years asked are consecutive."""
    first, last = labels[0].split("/")[-1], labels[1]
    if period == f"{first}/{last}":
        return True
    return period == last and first.isdigit() and last.isdigit() and int(last) - int(first) == 1


# "Which month had the highest ...": a time finer than a year asked of an extreme.
# (or named as the extreme's own time: "the peak month", "the busiest quarter", "the month with the most")
FINER_ASKED = Lazy(r"\b(?:(?:which|what) |(?:peak|record|top|best|busiest|biggest|largest|highest|strongest|worst|lowest|"
                   r"weakest|slowest|quietest|smallest) (?=(?:month|week|day|quarter)\b)|the (?=(?:month|week|day|quarter) "
                   r"(?:with|when|in which)\b))(month|week|day|date|quarter)\b")
# "In which year ...", "what year was it highest": a year asked, which a span's figure is not.
# A source's own word for an extreme: a figure held once is a peak only if it says so.
# (of the extreme asked: a record high says nothing of the lowest year)
EXTREME_SAID = {"peak": Lazy(r"\b(?:peak\w*|record\w*|highs?|highest|all-time|most|biggest|largest)\b", re.I),
                "lowest": Lazy(r"\b(?:record lows?|lows?|lowest|fewest|smallest|least|bottom\w*|trough)\b", re.I)}
WHICH_YEAR = Lazy(r"\b(?:which|what) year\b")


def _touches(period: str, years: list[str]) -> bool:
    """Whether a figure's time takes in any of the years (a span that runs through one does)."""
    start, end = parse_period(period)
    return any((start is None or start.year <= int(y)) and int(y) <= end.year for y in years)


class ChangeAnswers:
    """The latest, the extremes and changes of a figure; mixed into Engine."""

    def _answer_latest(self, intent: Intent) -> Answer:
        return self._extreme(intent, "latest")

    def _ranked_years(self, intent: Intent, metric: MetricRow, rows: list, count: int, kind: str,
                      draft: Draft, interpretation: str) -> Answer:
        """"The top 3 years for LNG": the years held, ranked by crr from their figures, when
        crr holds every year of the series' run (a year it lacks might rank among them) and the
        sources' figures leave no doubt which years are in; else no answer, and why."""
        highest = kind == "peak"
        order = "highest" if highest else "lowest"
        yearly = [r for r in rows if len(str(r["period"])) == 4 and r["unit"] == metric.unit]
        by_year: dict[str, list] = {}
        for row in yearly:
            by_year.setdefault(row["period"], []).append(row)
        if len(by_year) <= count:
            text = (f"crr holds {metric.name} for {len(by_year)} year{'s' if len(by_year) != 1 else ''} only, "
                    f"so it cannot rank the {count} {order}.\n")
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        years = sorted(by_year)
        gaps = [str(y) for y in range(int(years[0]), int(years[-1]) + 1) if str(y) not in by_year]
        if gaps:
            text = (f"crr holds {metric.name} for {', '.join(_runs(years))} but not for {', '.join(_runs(gaps))}, "
                    f"so it cannot rank the {count} {order} years: a year it lacks might be among them.\n")
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        values = {y: [r["value"] for r in by_year[y]] for y in years}
        best = (max if highest else min)
        worst = (min if highest else max)
        ranked = sorted(years, key=lambda y: best(values[y]), reverse=highest)
        inside, outside = ranked[:count], ranked[count:]
        edge, next_best = worst(values[inside[-1]]), best(values[outside[0]])
        if (edge < next_best) if highest else (edge > next_best):
            text = (f"The sources' figures for {inside[-1]} and {outside[0]} differ enough that which of them is among "
                    f"the {count} {order} years of {metric.name} depends on the source, so crr ranks none.\n")
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        lines = []
        for place, year in enumerate(inside, start=1):
            facts = [draft.observed(r, metric) for r in by_year[year]]
            said = "; ".join(f"{f.text} ({f.source_name}{f.marks})" for f in facts)
            lines.append(f"{place}. {year}: {said}")
        text = (f"The {count} {order} years of {metric.name} in the data, ranked by crr from its yearly figures "
                f"(it holds every year from {years[0]} to {years[-1]}):\n" + "\n".join(lines) + "\n")
        return draft.answer(intent, True, kind, interpretation, text, self._suggest(metric))

    def _answer_peak(self, intent: Intent) -> Answer:
        return self._extreme(intent, "peak")

    def _answer_lowest(self, intent: Intent) -> Answer:
        return self._extreme(intent, "lowest")

    def _extreme(self, intent: Intent, kind: str) -> Answer:
        metric = self._metric(intent)
        draft = Draft(self.store)
        rows = self._levels(metric)
        reading = {"latest": "its most recent value", "peak": "its highest value",
                   "lowest": "its lowest value"}[kind]
        if intent.years_out:
            # "the highest year other than 2024": of the years besides it
            rows = [r for r in rows if not _touches(r["period"], intent.years_out)]
            reading += f" leaving out {join_words(intent.years_out)}"
        interpretation = self._interpretation(intent, reading)
        if kind == "latest" and (once := self._a_sum_held_once(intent, metric, kind, interpretation)) is not None:
            return once  # "how many tonnes a year under the 2009 loans-for-oil deal?"
        if not rows:
            rows = self._observations(metric.id)
        if kind != "latest":
            rows = self._within_asked(intent, rows)[0]  # "the lowest between 1971 and 2019"
            if (gaps := self._years_unheld_in_span(intent, rows)):
                # "The highest trade before the invasion", with 2021 not held: the highest of
                # the years held is no highest of the span.
                span = next(p.phrase for p in intent.periods if p.form != "point")
                text = (f"The data does not hold {metric.name} for every year "
                        f"{span if span.startswith(('before', 'since', 'until', 'by')) else 'of ' + span}: it lacks {', '.join(_runs(gaps))}, "
                        f"so crr cannot say which year was {'highest' if kind == 'peak' else 'lowest'}.\n")
                return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        if kind != "latest" and (unpublished := self._years_unpublished(intent, metric, rows)):
            # "the peak of Customs pipeline gas by volume", with 2022 given in value alone: the
            # highest of the years the volume is held for is no highest of the source's run.
            years, twin = unpublished
            text = (f"The source of {metric.name} gives {twin.name} for {', '.join(_runs(years))} too, but not this "
                    f"figure, so crr cannot say which year was {'highest' if kind == 'peak' else 'lowest'}.\n")
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        if kind != "latest" and (count := top_count(intent.normalized)) and count > 1:
            return self._ranked_years(intent, metric, rows, count, kind, draft, interpretation)
        grain = FINER_ASKED.search(intent.normalized) if kind != "latest" else None
        if rows and grain and not any(len(r["period"]) > 4 and "/" not in r["period"] for r in rows):
            # "Which month of 2024 had the highest trade?": crr holds the figure by year only.
            text = (f"crr holds {metric.name} by year only, not by {grain.group(1)}, so it cannot say which "
                    f"{grain.group(1)} was {'highest' if kind == 'peak' else 'lowest'}.\n")
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        year = next((p.label for p in intent.periods if p.form == "point" and len(p.label) == 4), None)
        if rows and grain and grain.group(1) == "month" and year:
            # "In which month of 2024 was the yuan share highest?": every month of the year is
            # asked, and the highest of the months held (January alone) is no answer.
            months = sorted({r["period"][:7] for r in rows if r["period"][:4] == year and len(r["period"]) == 7})
            if len(months) < 12:
                held = ", ".join(describe_period(m) for m in months) or "no month"
                text = (f"Of the months of {year}, crr holds {metric.name} only for {held}, not for every month, so "
                        f"it cannot say which month was {'highest' if kind == 'peak' else 'lowest'}.\n")
                return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        if rows and kind != "latest" and WHICH_YEAR.search(intent.normalized) \
                and not any(re.fullmatch(r"\d{4}(?:-\d\d){0,2}", str(r["period"])) for r in rows):
            # "In which year did Xi and Putin meet most often?": crr holds the count over a span
            # (2013 to 2025), no year's own, so no year is the highest.
            spans = ", ".join(sorted({describe_period(str(r["period"])) for r in rows}))
            text = (f"crr holds {metric.name} only for whole spans ({spans}), not year by year, so it cannot say "
                    f"which year was {'highest' if kind == 'peak' else 'lowest'}.\n")
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        if not rows:
            text = render("answers/no_value.txt.j2", together=counted_together(intent, self.metrics, self.resolver.facts), metric=metric, period=reading,
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        if kind == "latest":
            rows = self._observations(metric.id)
            key = max(r["period_end"] for r in rows)
            chosen = [r for r in rows if r["period_end"] == key]
            written = max(self.store.sources[r["source_id"]].as_of for r in chosen)
            poll = self.resolver.facts.covers(metric.subjects, ("opinion",))
            if NOW_ASKED.search(intent.normalized) and not intent.periods and not re.search(r"\b\d{4}\b", intent.normalized) \
                    and (len({r["period"] for r in rows}) > 1 or poll) and int(key[:4]) < int(written[:4]) - STALE_YEARS:
                # "How many times bigger is China's economy now?": a figure of 2008 is no
                # figure of now, though it is the latest the data holds (a figure held for one
                # time only, as a border's length, is of no series that moves; a poll's is of its time).
                text = (f"crr holds no figure of {metric.name} for now: the latest it holds is of "
                        f"{describe_period(chosen[0]['period'])}, more than {STALE_YEARS} years before its sources "
                        f"were written, so it gives no answer rather than call that figure current.\n")
                return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        else:
            # An upper bound ("less than a third") is no highest value, a lower bound ("over
            # 2 million") no lowest: what the source bounds may lie anywhere beyond it.
            beyond = UPPER_BOUNDS if kind == "peak" else LOWER_BOUNDS
            levels = [r for r in rows if (r["qualifier"] or "") not in beyond]
            if not levels and (other := self._another_with_levels(intent, metric, beyond)):
                # "When did Chinese tourism to Russia peak?": not the figure named after a
                # peak, which holds bounds only, but the close reading that holds levels.
                intent.metric_id = other
                return self._extreme(intent, kind)
            if not levels:
                facts = [draft.observed(r, metric) for r in rows]
                bounds = "; ".join(f"{f.text} ({f.period_text}){f.marks}" for f in facts)
                text = (f"The data holds only bounds for {metric.name} ({bounds}), not levels, so it names "
                        f"no {reading.removeprefix('its ')}.\n")
                return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
            rows = levels
            if len({r["period"] for r in rows}) < 3 and not any(
                    EXTREME_SAID[kind].search(" ".join(str(r[c] or "") for c in ("qualifier", "note", "as_written")))
                    for r in rows):
                # "In which year did joint naval drills peak?": one or two times held are too few
                # to name the highest of, unless a source calls one a peak or a record.
                held = " and ".join(describe_period(r["period"]) for r in sorted(rows, key=lambda r: r["period_start"] or ""))
                text = (f"crr holds {metric.name} for {held} only, and no source calls one of them a "
                        f"{'peak' if kind == 'peak' else 'low'}, so crr cannot say when it was "
                        f"{'highest' if kind == 'peak' else 'lowest'}.\n")
                return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
            pick = max if kind == "peak" else min
            key = pick(r["value"] for r in rows)
            chosen = [r for r in rows if r["value"] == key]
        facts = [draft.observed(r, metric) for r in chosen]
        spans = [p for p in intent.periods if p.form in ("range", "since", "before")] if kind != "latest" else []
        text = render("answers/extreme.txt.j2", metric=metric, kind=kind, groups=group_facts(facts),
                      count=len(rows), span=", ".join([*(p.phrase for p in spans[:1]), *(
                          [f"leaving out {join_words(intent.years_out)}"] if intent.years_out else [])]),
                      # a figure given for one time only is no "latest" of several
                      once=len({r["period"] for r in rows}) == 1)
        return draft.answer(intent, True, kind, interpretation, text, self._suggest(metric))

    def _years_unpublished(self, intent: Intent, metric: MetricRow, rows) -> tuple[list[str], MetricRow] | None:
        """Years a source gives the same things in another unit (a twin: pipeline gas in USD
        as well as in tonnes) beyond the run of years it gives this figure for, within the
        span asked: the figure was not published for them.  None when there are none."""
        yearly = [r for r in rows if len(r["period"]) == 4 and r["period"].isdigit()]
        if not yearly or len(yearly) != len(rows):
            return None
        spans = [p for p in intent.periods if p.form != "point"]
        producers = {source.id for source in self.store.sources.values() if source.kind == "dataset"}
        for source in sorted({r["source_id"] for r in yearly} & producers):  # (a producer's file, row by row)
            held = {int(r["period"]) for r in yearly if r["source_id"] == source}
            for other in self.metrics.values():
                if other.id == metric.id or not self.resolver.twins(metric.id, other.id):
                    continue
                beyond = sorted({r["period"] for r in self._observations(other.id)
                                 if r["source_id"] == source and r["period"].isdigit() and len(r["period"]) == 4
                                 and not min(held) <= int(r["period"]) <= max(held)
                                 and all(p.takes_in(r) for p in spans)})
                if beyond:
                    return beyond, other
        return None

    def _years_unheld_in_span(self, intent: Intent, rows) -> list[str]:
        """The ends of a span asked of a series held year by year ("before 2022", "between
        2015 and 2024") that the data lacks: with its first or last year unknown, the highest
        or lowest of the years held is none of the span's."""
        spans = [p for p in intent.periods if p.form in ("range", "since", "before")]
        # (a series held year by year, with a figure over a span or two beside: "1992-1994")
        rows = [r for r in rows if len(r["period"]) == 4 and r["period"].isdigit()]
        if not spans or len(rows) < 3:
            return []
        held = {int(r["period"]) for r in self._levels(self.metrics[intent.metric_id])
                if len(r["period"]) == 4 and r["period"].isdigit()}
        ends = ([spans[0].start.year] if spans[0].start and spans[0].form != "before" else []) \
            + ([int(spans[0].last_day[:4])] if spans[0].end and spans[0].form != "since" else [])
        # (a year after the sources were written is still to come: "of the 2020s" asks the years so far)
        written = max(int(s.as_of[:4]) for s in self.store.sources.values() if (s.as_of or "")[:4].isdigit())
        # (a first year before the series begins lacks every year up to its first: "1995-1999")
        return [str(year) for y in ends if y not in held and y <= max(max(held) + 1, written - 1)
                for year in range(y, max(y, min(held) - 1) + 1)]

    def _another_with_levels(self, intent: Intent, metric: MetricRow, beyond) -> str | None:
        """A candidate reading scored close to the metric's that holds levels, not only bounds."""
        top = max((score for score, m in intent.candidates if m == metric.id), default=None)
        if top is None:
            return None
        for score, other in intent.candidates:
            if other != metric.id and score >= top - 1.0 and other in self.metrics \
                    and misfit(intent, self.metrics[other], self.resolver.facts) is None \
                    and any((r["qualifier"] or "") not in beyond for r in self._observations(other)):
                return other
        return None

    def _held_at_both_ends(self, metric: MetricRow, span) -> bool:
        """Whether a metric is held for the first and the last year of a span."""
        ends = span.label.split("/")
        held = {r["period"] for r in self._observations(metric.id)}
        return len(ends) == 2 and all(end[:4] in held for end in ends)

    def _change_stated_for(self, metric: MetricRow, label: str) -> bool:
        """Whether a source states a change over the span `label` of this figure, of the figure
        it is a change of, or of another change of that figure (arms imports "down 46%" in 2011-2021)."""
        base = metric.change_of or metric.id
        kin = [m.id for m in self.metrics.values() if m.id in (metric.id, base) or m.change_of == base]
        return any(r["period"] == label for m in kin for r in self._observations(m))

    def _answer_change(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        ranges = [p for p in intent.periods if p.form == "range"]
        if ranges and len(intent.periods) == 1 and any(r["period"] == ranges[0].label for r in self._observations(metric.id)) \
                and not (metric.measure == "share" and not metric.change_of and self._held_at_both_ends(metric, ranges[0])):
            # the source states this span's figure itself (a share over the span is its level,
            # no change, where the share is held at the span's two ends)
            return self._answer_span(intent)
        if ranges and len(intent.periods) == 1 and SPAN_BEFORE.search(intent.normalized) \
                and not self._change_stated_for(metric, ranges[0].label):
            # "By how much did arms imports fall in 2001-2010 compared with the decade before?": one
            # span set against the one before it, which no source states here and which the two
            # ends of the span do not give.
            draft = Draft(self.store)
            text = (f"The question sets {ranges[0].phrase} against the span before it; crr holds no figure "
                    f"of {metric.name} that compares the two, so it gives none rather than answer another question "
                    f"(the change from one end of {ranges[0].phrase} to the other is not it).\n")
            return draft.answer(intent, False, "change", self._interpretation(intent, "a change"), text,
                                self._suggest(metric))
        if metric.change_of:
            # "change in oil exports 2022-2024" reads the level's metric, with the stated change.
            metric = self.metrics[metric.change_of]
            intent.metric_id = metric.id
        draft = Draft(self.store)
        points = self._points(metric.id)
        everything = self._observations(metric.id)  # a "before the war" span is an end too
        ranges = [p for p in intent.periods if p.form == "range"]
        if len(intent.periods) == 1 and ranges and all(len(end) == 7 for end in ranges[0].label.split("/")):
            # "between Dec 2022 and Dec 2024": the months asked, not any figure of their years
            labels = ranges[0].label.split("/")
        elif len(intent.periods) == 1 and ranges:
            labels = [str(ranges[0].start.year), str(ranges[0].end.year)]
        elif len(intent.periods) >= 2:
            first, second = sorted(intent.periods[:2], key=lambda p: p.start or date.min)
            labels = [first.label, second.label]
        else:
            since = intent.periods[0]
            # "How did it change after 2022?": from 2022's own figure, though the span after it
            # begins with 2023.
            base = re.fullmatch(r"after (\d{4})", since.phrase)
            first_day = f"{base.group(1)}-01-01" if base else since.first_day
            later = [r for r in points if since.start and r["period_start"] >= first_day]
            labels = [base.group(1) if base else since.label.split("/")[0], later[-1]["period"] if later else ""]
            if labels[1] == labels[0] and since.start:
                # "after January 2024", whose latest point is January 2024 itself: the latest
                # figure that begins after it, a span if only a span does ("February 2024 on").
                after = sorted((r for r in everything if r["period_start"] and r["period_start"] > since.start.isoformat()),
                               key=lambda r: r["period_start"])
                labels[1] = after[-1]["period"] if after else ""
            start = labels[0]
            if len(start) == 10 and not any(_starts(r["period"], start) for r in everything):
                # A change since a moment (the invasion) with only yearly figures: from the
                # year before it, if held, else from its own year; the reading says which.
                year = int(start[:4])
                held = {r["period"] for r in points}
                labels[0] = next((str(y) for y in (year - 1, year) if str(y) in held), start)
                if labels[1] == labels[0]:
                    labels[1] = ""
        interpretation = self._interpretation(intent, f"the change from {describe_period(labels[0])} to {describe_period(labels[1]) if labels[1] else 'the latest value'}")
        starting = [r for r in everything if _starts(r["period"], labels[0])]  # each end's rows, found once
        ending = [r for r in everything if r["period"] == labels[1]]
        # "2024 vs 2022" with one figure held within each year (June 2024, December 2022):
        # those figures, as a year asked alone gives it, each with its own time.
        starting = starting or _one_within(everything, labels[0])
        ending = ending or _one_within(everything, labels[1])
        pairs = []
        # Each source's change, and each reporter's where a source gives two (the IMF's
        # trade as China reports it and as Russia reports it).
        for source in sorted({_series(r) for r in everything}):
            start = [r for r in starting if _series(r) == source]
            end = [r for r in ending if _series(r) == source]
            if start and end:
                pairs.append((start[0], end[0]))
        # One figure at both ends ("since January 2024" when it is the latest) is no change;
        # the change is from the last figure before it, of the same source, where one is held
        # ("after 2022": from the level before the invasion to December 2022).
        same = [(a, b) for a, b in pairs if a["id"] == b["id"]]
        pairs = [(a, b) for a, b in pairs if a["id"] != b["id"]]
        for _, end in same:
            before = [r for r in everything if _series(r) == _series(end)
                      and (r["period_end"] or "9999") < (end["period_start"] or "0000")]
            if before:
                pairs.append((max(before, key=lambda r: r["period_end"]), end))
        mixed = False
        if not pairs and starting and ending:
            # No one source has both ends: the change is worked out across two sources,
            # from each figure of the start (each reporter's), and the answer says so.
            pairs += [(row, ending[0]) for row in starting if row["id"] != ending[0]["id"]]
            mixed = bool(pairs)
        stated = [r for change_id in self.store.change_metrics(metric.id)
                  for r in self._observations(change_id)
                  if _states_change(r["period"], labels)]
        if not pairs and not stated:
            missing = [describe_period(label) for label in labels
                       if label and not any(_starts(r["period"], label) or r["period"] == label for r in everything)]
            if len(missing) == 1:
                period = missing[0]
            else:
                period = f"both {describe_period(labels[0])} and {describe_period(labels[1]) if labels[1] else 'a later year'}"
            text = render("answers/no_value.txt.j2", together=counted_together(intent, self.metrics, self.resolver.facts), metric=metric, period=period,
                          holdings=self._holdings(metric))
            held_end = starting or ending
            if len(missing) == 1 and held_end:
                # "trade 2021 vs 2018": the end the data holds is shown, as what it has, and
                # given as no answer (the change needs both).
                shown = Draft(self.store)
                facts = [shown.observed(r, metric) for r in held_end]
                text = text.rstrip("\n") + "\nFor the other end it holds: " + "; ".join(
                    f"{f.text} in {f.period_text} ({f.source_name}[{f.cites[0]}])" for f in facts) + ".\n"
                answer = shown.answer(intent, False, "change", interpretation, text, self._suggest(metric))
                answer.values = []  # (shown as what crr holds, not given as the answer)
                return answer
            return draft.answer(intent, False, "change", interpretation, text, self._suggest(metric))
        changes = []
        for start_row, end_row in pairs:
            a, b = draft.observed(start_row, metric), draft.observed(end_row, metric)
            if {start_row["qualifier"], end_row["qualifier"]} & BOUNDS:
                # "more than 4" in both years is no change of 0: bounds give no arithmetic.
                bound = next(q for q in (start_row["qualifier"], end_row["qualifier"]) if q in BOUNDS)
                changes.append({"start": a, "end": b, "absolute": None, "percent": None, "bound": bound})
                continue
            diff = round(b.value.value - a.value.value, 3)
            span = f"{labels[0].split('/')[-1]}/{labels[1]}"
            absolute = draft.derived(metric, span, diff,
                                     f"{format_number(b.value.value)} − {format_number(a.value.value)} = {format_number(diff)}",
                                     [b, a], unit=_difference_unit(metric.unit))
            percent = None
            # No growth rate from or to a "near zero": -100% would claim more than the source does.
            rough_zero = any(row["value"] == 0 and row["qualifier"] for row in (start_row, end_row))
            if a.value.value and metric.unit not in ("percent",) and not rough_zero:
                pct = round(100 * diff / a.value.value, 1)
                percent = draft.derived(metric, span, pct,
                                        f"({format_number(b.value.value)} − {format_number(a.value.value)}) / {format_number(a.value.value)} × 100 = {format_number(pct)}",
                                        [b, a], unit="percent")
            yearly = None
            years = _years_between(labels)
            if percent is not None and years and a.value.value > 0 and b.value.value > 0 and YEARLY_GROWTH.search(
                    intent.normalized):
                # "average annual growth": the compound rate a year, with its arithmetic.
                rate = round(100 * ((b.value.value / a.value.value) ** (1 / years) - 1), 1)
                yearly = draft.derived(metric, span, rate,
                                       f"(({format_number(b.value.value)} / {format_number(a.value.value)})^(1/{years}) − 1) × 100 = {format_number(rate)}",
                                       [b, a], unit="percent")
            ratio = None
            if a.value.value > 0 and b.value.value >= 0 and "ratio" in intent.derive:
                # "how many times bigger": the multiple, with its arithmetic.
                multiple = round(b.value.value / a.value.value, 3)
                ratio = draft.derived(metric, span, multiple,
                                      f"{format_number(b.value.value)} / {format_number(a.value.value)} = {format_number(multiple)}",
                                      [b, a], unit="times")
            changes.append({"start": a, "end": b, "absolute": absolute, "percent": percent, "yearly": yearly,
                            "years": years, "ratio": ratio})
        stated_facts = [draft.observed(r, self.metrics[r["metric_id"]]) for r in stated]
        against = [self.metrics[r["metric_id"]].compared_with for r in stated]
        text = render("answers/change.txt.j2", metric=metric, changes=changes, stated=stated_facts, against=against,
                      mixed=mixed)
        used = {row["id"] for pair in pairs for row in pair}
        same_figure = {(row["period"], row["value"]) for pair in pairs for row in pair}
        if (unused := [r for r in [*starting, *ending] if r["id"] not in used
                       and (r["period"], r["value"]) not in same_figure]) and not mixed:
            # "trade from 2018 to 2024" worked out from Wikipedia's two figures: the IMF's figures
            # for 2018, which no change above uses, are said, so a reader sees how far they differ.
            facts = [draft.observed(r, metric) for r in unused]
            text = text.rstrip("\n") + "\nOther sources' figures for those times, which no change above uses: " + "; ".join(
                f"{f.text} in {f.period_text} ({f.source_name}[{f.cites[0]}])" for f in facts) + ".\n"
        if (which := WHICH_MORE.match(intent.normalized)) and len(changes) == 1 and changes[0]["absolute"] is not None:
            # "which year was higher?": the one, said, as the two figures above give it.
            a, b = changes[0]["start"], changes[0]["end"]
            lower = any(w in which.group(0) for w in ("lower", "smaller", "less"))
            if a.value.value != b.value.value:
                chosen = min((a, b), key=lambda o: o.value.value) if lower else max((a, b), key=lambda o: o.value.value)
                word = which.group(0).split()[-1]  # as asked: "bigger", "lower"
                text = text.rstrip("\n") + f"\nOf the two, {describe_period(chosen.value.period)} is the {word}.\n"
        if all(c["absolute"] is None for c in changes) and not stated_facts and BY_HOW_MUCH.search(intent.normalized):
            # "By how much did dual-use exports fall in 2025?" with "more than USD 4 bn" at both
            # ends, and no change stated by a source: none is given; the bounds are shown as held.
            answer = draft.answer(intent, False, "change", interpretation, text, self._suggest(metric))
            answer.values = []
            return answer
        return draft.answer(intent, True, "change", interpretation, text, self._suggest(metric))


# A span set against the one before it: "compared with the decade before", "relative to the previous ten years".
SPAN_BEFORE = Lazy(r"\b(?:compared (?:with|to)|relative to|against|versus|vs\.?|than(?: in)?|on|over|from) the "
                   r"(?:previous |preceding |prior |earlier )?(?:decade|period|ten years|five years|years|span)"
                   r"(?: (?:before|earlier|prior|preceding))?\b")
# The size of a change asked ("by how much did it fall?"), which two figures set side by side do not give.
BY_HOW_MUCH = Lazy(r"\bby how (?:much|many)\b|\bby what (?:percent|percentage|amount|margin|factor)\b")


def _series(row: sqlite3.Row) -> tuple[str, str]:
    """The series a figure is of: its source, and the country whose statistics give it."""
    reporter = row["reporter"] if "reporter" in row.keys() else ""
    return row["source_id"], reporter or ""
