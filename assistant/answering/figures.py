"""Answers about figures: a metric in a period, over a span, its change, its
series and its extremes, with derived numbers that show their arithmetic."""

from __future__ import annotations

import contextvars
import re
import sqlite3
from datetime import date, timedelta
from functools import cached_property

from ..answer import Answer
from .draft import AVERAGE_OF, LEAVING_OUT, TOTAL_OF, Draft, Fact, group_facts, join_words
from ..writing.render import format_number, render
from ..data.store import MetricRow
from ..reading.periods import Period, describe_label, describe_period
from ..reading.read import Intent
from ..reading.words import normalize
from ..resolving.rules import counted_together, misfit
from .points import Points
from ..reading.words import Lazy


# The sources and the reporter the question being answered asks for ("according to
# SIPRI", "as China reports it"), with the metrics for which no row of theirs was found.
# A rough part of a year named before it ("early 2008", "at the end of 2022"), and its months.
ROUGH_PART = Lazy(r"\b(early|the start of|the beginning of|mid|the middle of|late|the end of) (\d{4})\b")
_PART_MONTHS = {"early": (1, 4), "the start of": (1, 3), "the beginning of": (1, 3), "mid": (5, 8),
                "the middle of": (5, 8), "late": (9, 12), "the end of": (10, 12)}


def rough_part(text: str, period: Period) -> tuple[str, str] | None:
    """The first and last day (ISO) of the part of the year asked ("early 2008": January to
    April), when the question names one before the year of `period`; else None."""
    match = ROUGH_PART.search(text)
    if not match or period.start is None or str(period.start.year) != match.group(2):
        return None
    first, last = _PART_MONTHS[match.group(1)]
    year = period.start.year
    end = date(year + 1, 1, 1) - timedelta(days=1) if last == 12 else date(year, last + 1, 1) - timedelta(days=1)
    return date(year, first, 1).isoformat(), end.isoformat()


ASKED = contextvars.ContextVar("crr_asked_sources", default=None)


class FigureAnswers:
    """Metric questions; mixed into Engine, which provides store, metrics and matcher."""

    def _observations(self, metric_id: str) -> list[sqlite3.Row]:
        """A metric's rows, only those of the sources (or reporter) asked for when any are held."""
        rows = self.store.observations(metric_id)
        asked = ASKED.get()
        if not asked:
            return rows
        sources, reporter, lacking = asked
        kept = [r for r in rows if (not sources or r["source_id"] in sources)
                and (not reporter or r["reporter"] == reporter)]
        if kept:
            return kept
        if rows:
            lacking.add(metric_id)
        return rows

    def _metric(self, intent: Intent) -> MetricRow:
        return self.metrics[intent.metric_id]

    def _interpretation(self, intent: Intent, reading: str) -> str:
        metric = self._metric(intent)
        text = f"Assuming '{intent.metric_phrase}' means {metric.name} ({metric.unit}), {reading}."
        scores = dict((m, score) for score, m in intent.candidates)
        top = scores.get(intent.metric_id, 0.0)
        # Readings nearly as good as the one taken, not every loose match ("oil trade" for trade).
        others = [m for m in intent.alternatives if scores.get(m, top) >= 0.5 * top]
        if others:
            text += f" Other readings: {', '.join(self.metrics[m].name for m in others)}."
        return text

    def _points(self, metric_id: str) -> list[sqlite3.Row]:
        """A metric's rows for one year, month or day (not spans)."""
        return list(self._indexed_points(metric_id).rows)

    def _indexed_points(self, metric_id: str) -> Points:
        if ASKED.get():
            return Points(tuple(r for r in self._observations(metric_id) if "/" not in r["period"]))
        # Asked of every source, the same rows each time: picked out and indexed once a metric.
        points = self._point_rows.get(metric_id)
        if points is None:
            points = self._point_rows[metric_id] = Points(tuple(
                r for r in self.store.observations(metric_id) if "/" not in r["period"]))
        return points

    def _levels(self, metric: MetricRow) -> list[sqlite3.Row]:
        """The figures of a metric to list or rank over time.  A level (a share, a rank, a
        price) held for a span is a figure of its own ("less than 2% before the war",
        "about 30% since February 2024"), in order of its start; a span of a count or an
        amount adds up its years, and only the points are listed."""
        points = self._points(metric.id)
        if metric.additive or not points:
            return points or self._observations(metric.id)
        return sorted(self._observations(metric.id), key=lambda r: (r["period_start"] or "0000", r["period_end"] or ""))

    @cached_property
    def _point_rows(self) -> dict[str, Points]:
        return {}

    def _holdings(self, metric: MetricRow) -> str:
        """What the data holds for a metric, in one sentence."""
        if ASKED.get():
            return self._holdings_of(self._observations(metric.id))
        # Of every source, the same sentence each time: worked out once a metric.
        held = self._held_by_metric.get(metric.id)
        if held is None:
            held = self._held_by_metric[metric.id] = self._holdings_of(self.store.observations(metric.id))
        return held

    @cached_property
    def _held_by_metric(self) -> dict[str, str]:
        return {}

    @staticmethod
    def _holdings_of(rows: list[sqlite3.Row]) -> str:
        points = sorted({r["period"] for r in rows if "/" not in r["period"]})
        spans = sorted({r["period"] for r in rows if "/" in r["period"]})
        parts = []
        if points:
            parts.append(join_words(_runs_of_years([describe_label(p) for p in points])))
        if spans:
            parts.append("the spans " + join_words([describe_period(p) for p in spans]))
        return " and ".join(parts) if parts else "no figures"

    def _no_series_of(self, suggestion: str) -> bool:
        """Whether a suggested "... over time" or "... by year" asks a series of a metric held
        only as totals over several years, which crr does not give."""
        name = re.sub(r" (?:over time|by year)$", "", suggestion)
        if name == suggestion:
            return False
        by_name = self.__dict__.get("_metrics_by_name")
        if by_name is None:
            by_name = self.__dict__["_metrics_by_name"] = {m.name.lower(): m for m in self.metrics.values()}
        metric = by_name.get(name)
        return metric is not None and not _a_rate(metric) \
            and all("/" in r["period"] for r in self._observations(metric.id))

    def _suggest(self, metric: MetricRow, *extra: str) -> list[str]:
        name = metric.name.lower()
        return [*extra, f"{name} over time", f"latest {name}", "what can I ask?"]

    def _earlier(self, metric: MetricRow, period: Period) -> list[str]:
        """A question for the nearest earlier period the data holds, if there is one."""
        before = self._indexed_points(metric.id).latest_before(period.first_day)
        return [f"{metric.name.lower()} {describe_label(before['period'])}"] if before else []

    def _answer_composition(self, intent: Intent, direction: tuple[str, str]) -> Answer:
        """What one country sells the other: each product's share of that flow, largest first."""
        draft = Draft(self.store)
        seller, buyer = direction
        latest = []
        for metric in self.metrics.values():
            if COMPOSITION_METRIC.search(normalize(metric.name)) and metric.flow == direction:
                rows = [r for r in self._observations(metric.id) if r["value"] is not None]
                for period in intent.periods[:1]:  # "in 2023": the figures whose periods take it in
                    first, last = period.first_day, period.last_day
                    # A figure with no known start ("before 2026") says nothing of a given year.
                    rows = [r for r in rows if r["period_start"] and r["period_start"] <= last
                            and (r["period_end"] or "9999") >= first]
                    # A figure for the year itself beats one for a span that takes it in.
                    rows = [r for r in rows if r["period"] == period.label] or rows
                if rows:
                    latest.append((max(rows, key=lambda r: (r["period_end"] or "", r["id"])), metric))
        # Largest share first, and the citations numbered in that order.
        latest.sort(key=lambda pair: (-pair[0]["value"], pair[1].name))
        facts = [draft.observed(row, metric) for row, metric in latest]
        interpretation = (f"Read as a question about what {seller.title()} sells {buyer.title()}: "
                          "each product's share of that trade, from the latest figure for each.")
        asked = intent.periods[0] if intent.periods else None
        if not facts:
            when = f" for {describe_label(asked.label)}" if asked else ""
            return draft.answer(intent, False, "composition", interpretation,
                                f"crr holds no product shares of {seller.title()}'s sales to {buyer.title()}{when}.",
                                self._starters())
        spans = asked is not None and any(f.value.period != asked.label for f in facts)
        text = render("answers/composition.txt.j2", facts=facts, seller=seller.title(), buyer=buyer.title(),
                      asked=describe_label(asked.label) if asked else "", spans=spans)
        return draft.answer(intent, True, "composition", interpretation, text,
                            [f"{facts[0].value.label.lower()} over time", "trade over time"])

    def _starters(self) -> list[str]:
        return ["trade in 2024?", "joint exercises since 2022?", "what can I ask?"]

    def _differences(self, draft: Draft, metric: MetricRow, facts: list[Fact]) -> list[Fact]:
        """Where sources differ on one period: the gap between each pair, derived."""
        by_source: dict[tuple[str, str], Fact] = {}
        for fact in facts:  # each source, and each reporter a source gives ("as China reports it")
            by_source.setdefault((fact.value.source, fact.value.reporter or ""), fact)
        gaps = []
        ordered = list(by_source.values())
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                a, b = first.value.value, second.value.value
                if a != b and first.value.unit == second.value.unit \
                        and not can_both_hold(first.value, second.value, self.store.bounds):
                    high, low = (first, second) if a > b else (second, first)
                    gap = round(high.value.value - low.value.value, 3)
                    formula = f"{format_number(high.value.value)} − {format_number(low.value.value)} = {format_number(gap)}"
                    gaps.append(draft.derived(metric, first.value.period, gap, formula, [high, low],
                                              unit=_difference_unit(metric.unit),
                                              label=f"Gap between the sources' figures for {metric.name}"))
        return gaps

    # --- kinds ---------------------------------------------------------------

    def _answer_value(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        period = intent.periods[0]
        draft = Draft(self.store)
        points = self._indexed_points(metric.id)
        rows = points.at(period.label)
        within = []
        if not rows and not metric.additive and period.start:
            # "Sidanko's June 1997 deal": a deal's term that the source dates only to 1997.
            rows = [r for r in points.rows if r["period_start"] <= period.first_day
                    and period.last_day <= r["period_end"] and len(r["period"]) < len(period.label)]
        if not rows:
            within = points.within(period.start, period.end)
        rough = None
        if within and metric.additive and not intent.aggregate and (part := rough_part(intent.normalized, period)):
            # "in early 2008": a figure for the first quarter is of that part of the year, not its total.
            within = [r for r in within if part[0] <= r["period_start"] and r["period_end"] <= part[1]]
            rough = f"{ROUGH_PART.search(intent.normalized).group(1)} {period.phrase}" if within else None
        if within and (metric.additive or intent.aggregate) and not rough:
            # Figures for parts of the period (months of a year) are not its total, nor,
            # when some months are missing, its average.
            held = Draft(self.store)
            text = render("answers/span_parts.txt.j2", metric=metric, period=period.phrase,
                          average=intent.aggregate == "average",
                          periods=[describe_period(r["period"]) for r in within], missing=[])
            return held.answer(intent, False, "value", self._interpretation(intent, f"in {period.phrase}"),
                               text, [f"{metric.name.lower()} {describe_period(r['period'])}" for r in within[:2]])
        facts = [draft.observed(r, metric) for r in rows or within]
        derivations = self._derive_level(draft, metric, period, {f.value.source for f in facts})
        interpretation = self._interpretation(intent, f"in {period.phrase}")
        if not facts and not derivations:
            # Spans that take in the year are named, not given: their figures answer another question.
            covering = [{"label": self.metrics[row["metric_id"]].name,
                         "period_text": describe_period(row["period"], self.store.sources[row["source_id"]].as_of)}
                        for row in self._spans_covering(intent, period)]
            # Other readings of the question that the data holds for the time: named, not given.
            others = [self.metrics[m].name for _, m in intent.candidates[:6]
                      if m != metric.id and self.resolver.holds(m, period)][:3]
            text = render("answers/no_value.txt.j2", together=counted_together(intent, self.metrics, self.resolver.facts), metric=metric, period=period.phrase,
                          holdings=self._holdings(metric), covering=covering, others=others)
            return draft.answer(intent, False, "value", interpretation, text,
                                [f"{name.lower()} in {period.phrase}" for name in others[:1]] + self._suggest(metric))
        observed_and_derived = facts + [d["result"] for d in derivations]
        gaps = self._differences(draft, metric, observed_and_derived)
        notes = self.store.disagreement_notes([f.value.observation_id for f in facts])
        text = render("answers/value.txt.j2", metric=metric, period=rough or period.phrase,
                      groups=group_facts(facts), within=bool(within), derivations=derivations, gaps=gaps,
                      notes=notes)
        if rows and (part := ROUGH_PART.search(intent.normalized)) and rough_part(intent.normalized, period):
            # "LNG in late 2025": the year's figure, said to be the year's, not that part's.
            text = text.rstrip("\n") + (f"\nThe data holds this for {period.phrase} as a whole, "
                                         f"not for {part.group(1)} {period.phrase} alone.\n")
        return draft.answer(intent, True, "value", interpretation, text,
                            self._suggest(metric, *self._earlier(metric, period)))

    def _spans_covering(self, intent: Intent, period: Period) -> list[sqlite3.Row]:
        """Yearly rates of the other readings for a span that takes in the asked year
        (UN resolutions in 2019: "around 85 to 100 a year, 2018 to 2024").  Only rates
        that hold for each year: a total since 2022 is no figure for 2022 alone."""
        if period.start is None or period.end is None:
            return []
        rows = []
        for metric_id in intent.alternatives[:3]:
            if not YEARLY.search(self.metrics[metric_id].name):
                continue
            for row in self._observations(metric_id):
                if ("/" in row["period"] and row["period_start"] and row["period_end"]
                        and (row["qualifier"] or "") in ("", "around", "about")  # not a mere floor
                        and row["period_start"] <= period.first_day
                        and period.last_day <= row["period_end"]):
                    rows.append(row)
        return rows[:4]

    def _derive_level(self, draft: Draft, metric: MetricRow, period: Period,
                      have: set[str]) -> list[dict]:
        """A level from a source's stated change on the year before (245 and -6.9% -> 228.1)."""
        if not period.label.isdigit():
            return []
        previous = str(int(period.label) - 1)
        found = []
        for change_id in self.store.change_metrics(metric.id):
            change_metric = self.metrics[change_id]
            for change in self._indexed_points(change_id).at(period.label):
                if change["source_id"] in have:
                    continue
                bases = [r for r in self._indexed_points(metric.id).at(previous)
                         if r["source_id"] == change["source_id"]]
                if not bases:
                    continue
                base = draft.observed(bases[0], metric)
                rate = draft.observed(change, change_metric)
                level = base.value.value * (1 + rate.value.value / 100)
                formula = (f"{format_number(base.value.value)} × (1 {'−' if rate.value.value < 0 else '+'} "
                           f"{format_number(abs(rate.value.value))}/100) = {format_number(round(level, 1))}")
                result = draft.derived(metric, period.label, round(level, 1), formula, [base, rate])
                found.append({"base": base, "rate": rate, "result": result})
        return found

    def _answer_span(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        period = next(p for p in intent.periods if p.form in ("since", "range", "before"))
        draft = Draft(self.store)
        interpretation = self._interpretation(intent, period.phrase)
        spans = [r for r in self._observations(metric.id) if "/" in r["period"]]
        exact, related = [], []
        for row in spans:
            start = row["period_start"]
            if period.form == "before":
                if start is None and row["period_end"] <= period.last_day:
                    exact.append(row)
            elif _same_span_start(row, period) and _same_span_end(row, period):
                exact.append(row)
            elif period.form == "since" and start and start[:4] == period.first_day[:4]:
                related.append(row)
            elif (period.form == "range" and start and start >= period.first_day
                  and row["period_end"] <= period.last_day):
                related.append(row)  # a span inside the one asked about (1992-1994 in the 1990s)
        if period.form == "before" and not metric.additive:
            # "What share ... by the end of 2023?": a level as of the span's end is its latest
            # figure in it (a year's end, or a span before it), not every figure before.
            held = exact + [r for r in self._points(metric.id) if r["period_end"] <= period.last_day]
            last = max((r["period_end"] for r in held), default=None)
            latest = [r for r in held if r["period_end"] == last and "/" not in r["period"]]
            if latest:
                facts = [draft.observed(r, metric) for r in latest]
                text = render("answers/span_level.txt.j2", metric=metric, period=period.phrase,
                              groups=group_facts(facts))
                return draft.answer(intent, True, "span", interpretation, text, self._suggest(metric))
        if exact or related:
            own = [self._with_parts(draft, metric, row) for row in exact]
            near = [self._with_parts(draft, metric, row) for row in related]
            text = render("answers/span_own.txt.j2", metric=metric, period=period.phrase,
                          own=own, related=near)
            return draft.answer(intent, True, "span", interpretation, text,
                                self._suggest(metric, f"{metric.name.lower()} by year"))
        points = [r for r in self._points(metric.id)
                  if (period.start is None or r["period_start"] >= period.start.isoformat())
                  and (period.end is None or r["period_end"] <= period.end.isoformat())]
        if not points:
            text = render("answers/no_value.txt.j2", together=counted_together(intent, self.metrics, self.resolver.facts), metric=metric, period=period.phrase,
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "span", interpretation, text, self._suggest(metric))
        facts = [draft.observed(r, metric) for r in points]
        totals, missing = self._total(draft, metric, period, facts, average=intent.aggregate == "average",
                                      reporter=intent.reporter)
        # "how many exercises between 2022 and 2025" asks for the total, as "in total" does.
        aggregate = intent.aggregate or (metric.additive and re.search(r"\bhow (?:many|much)\b", intent.normalized))
        if not totals and aggregate:
            # A total or an average asked, with no figure for the span and no full set of
            # years to add: the figures within it answer another question, so they are
            # named, not given.
            held = Draft(self.store)
            text = render("answers/span_parts.txt.j2", metric=metric, period=period.phrase,
                          average=intent.aggregate == "average",
                          periods=[describe_period(r["period"]) for r in points], missing=missing)
            return held.answer(intent, False, "span", interpretation, text,
                               [f"{metric.name.lower()} {describe_period(r['period'])}" for r in points[:2]])
        # A figure of a time that begins before the span and ends in it (2022, for "since the
        # invasion"): not the span's, and left out; said, so that none goes missing unseen.
        across = sorted({describe_period(r["period"]) for r in self._points(metric.id)
                         if period.start and r["period_start"] and r["period_end"]
                         and r["period_start"] < period.start.isoformat() <= r["period_end"]})
        text = render("answers/span_values.txt.j2", metric=metric, period=period.phrase,
                      groups=group_facts(facts), totals=totals, missing=missing,
                      average=intent.aggregate == "average", over="", across=across)
        return draft.answer(intent, True, "span", interpretation, text, self._suggest(metric))

    def _answer_without(self, intent: Intent) -> Answer:
        """"How many exercises in 2024 were not naval?": the whole less the part left out,
        derived, when crr holds both for the same period from one source (the part's
        metric says which whole it is part of); otherwise no figure, and why."""
        metric = self._metric(intent)
        left_out = set(intent.negated)
        if left_out & set(metric.subjects) and metric.part_of in self.metrics:
            part, whole = metric, self.metrics[metric.part_of]
        else:
            whole = metric
            part = next((m for m in self.metrics.values()
                         if m.part_of == metric.id and left_out & set(m.subjects)), None)
        words = join_words(sorted(left_out))
        draft = Draft(self.store)
        period = intent.periods[0] if len(intent.periods) == 1 else None
        interpretation = f"Read as {whole.name} ({whole.unit}), leaving out {words}" + (f", {period.phrase}." if period else ".")
        pair = self._same_period_pair(whole, part, period) if part is not None and period else None
        if pair is None:
            intent.not_held = (f"the question leaves out {words}, and crr holds no figure of "
                               f"{whole.name} without {words}" + (f" for {period.phrase}" if period else ""))
            intent.set_aside = [whole.id] + ([part.id] if part is not None else [])
            intent.metric_id = None
            return self._unknown(intent)
        whole_fact, part_fact = draft.observed(pair[0], whole), draft.observed(pair[1], part)
        rest = whole_fact.value.value - part_fact.value.value
        formula = f"{format_number(whole_fact.value.value)} − {format_number(part_fact.value.value)} = {format_number(rest)}"
        derived = draft.derived(whole, pair[0]["period"], rest, formula, [whole_fact, part_fact],
                                label=f"{whole.name}{LEAVING_OUT}{words}")
        text = render("answers/without.txt.j2", whole=whole, part=part, words=words, period=period.phrase,
                      whole_fact=whole_fact, part_fact=part_fact, derived=derived)
        intent.metric_id = whole.id  # what the answer is a figure of, as the reading line says
        return draft.answer(intent, True, "value", interpretation, text, self._suggest(whole))

    def _same_period_pair(self, whole: MetricRow, part: MetricRow, period: Period):
        """A figure of the whole and one of its part for the period asked, from one source."""
        for row in self._observations(whole.id):
            if period.form == "point" and row["period"] != period.label:
                continue
            if period.form != "point" and not ("/" in row["period"] and _same_span_start(row, period)
                                                and _same_span_end(row, period)):
                continue
            for part_row in self._observations(part.id):
                if part_row["period"] == row["period"] and part_row["source_id"] == row["source_id"]:
                    return row, part_row
        return None

    def _answer_years_aggregate(self, intent: Intent) -> Answer:
        """The total or average of the years a question lists ("in 2018, 2019 and 2020
        combined"), from a series that holds every one of them; else the years it lacks."""
        metric = self._metric(intent)
        years = sorted({int(p.label) for p in intent.periods})
        phrase = join_words([str(y) for y in years])
        draft = Draft(self.store)
        interpretation = self._interpretation(intent, phrase)
        points = [r for r in self._points(metric.id) if r["period"].isdigit() and int(r["period"]) in years]
        facts = [draft.observed(r, metric) for r in points]
        average = intent.aggregate == "average"
        totals, missing = self._totals(draft, metric, years, facts, average, intent.reporter)
        if not totals:
            text = render("answers/span_parts.txt.j2", metric=metric, period=phrase,
                          average=intent.aggregate == "average",
                          periods=[describe_period(r["period"]) for r in points], missing=missing)
            return Draft(self.store).answer(intent, False, "span", interpretation, text,
                                            [f"{metric.name.lower()} {y}" for y in years[:2]])
        text = render("answers/span_values.txt.j2", metric=metric, period=phrase, groups=group_facts(facts),
                      totals=totals, missing=[], average=average, over="these years", across=[])
        return draft.answer(intent, True, "span", interpretation, text, self._suggest(metric))

    def _with_parts(self, draft: Draft, metric: MetricRow, row: sqlite3.Row) -> dict:
        """A span figure, with the figures of its parts (naval of all) and their shares."""
        whole = draft.observed(row, metric)
        parts = []
        for part_row in self.store.observations_of_parts(metric.id):
            if part_row["period"] != row["period"] or part_row["source_id"] != row["source_id"]:
                continue
            part_metric = self.metrics[part_row["metric_id"]]
            part = draft.observed(part_row, part_metric)
            share = 100 * part.value.value / whole.value.value if whole.value.value else 0
            formula = f"{format_number(part.value.value)} / {format_number(whole.value.value)} × 100 = {format_number(round(share, 1))}"
            share_fact = draft.derived(part_metric, row["period"], round(share, 1), formula,
                                       [part, whole], unit="percent")
            parts.append({"fact": part, "metric": part_metric, "share": share_fact})
        return {"fact": whole, "parts": parts}

    def _total(self, draft: Draft, metric: MetricRow, period: Period, facts: list[Fact], average: bool = False,
               reporter: str | None = None):
        """Derived totals of yearly values (for additive metrics), or their averages (for any),
        over a span with a start and an end; else the years missing."""
        if period.start is None or period.end is None:
            return [], []
        return self._totals(draft, metric, list(range(period.start.year, period.end.year + 1)), facts,
                            average, reporter)

    def _totals(self, draft: Draft, metric: MetricRow, years: list[int], facts: list[Fact],
                average: bool = False, reporter: str | None = None):
        """A derived total (or average) of the years asked for each series that has every one
        of them: a source, or one reporter of a source (the IMF's figures as China and as
        Russia report them are two series); only the reporter asked for, if one is.  With
        no full series, the years the data lacks."""
        if not metric.additive and not average:
            return [], []
        found = []
        series = sorted({(f.value.source, f.value.reporter) for f in facts})
        for source, by in series:
            if reporter and by and by != reporter:
                continue
            yearly = {f.value.period: f for f in facts
                      if (f.value.source, f.value.reporter) == (source, by) and f.value.period.isdigit()}
            if any(str(y) not in yearly for y in years):
                continue
            chosen = [yearly[str(y)] for y in years]
            total = sum(f.value.value for f in chosen)
            formula = " + ".join(format_number(f.value.value) for f in chosen)
            label = f"{years[0]}/{years[-1]}" if years == list(range(years[0], years[-1] + 1)) \
                else "; ".join(str(y) for y in years)
            if average:
                mean = round(total / len(chosen), 3)
                formula = f"({formula}) / {len(chosen)} = {format_number(mean)}"
                found.append(draft.derived(metric, label, mean, formula, chosen, label=f"{AVERAGE_OF}{metric.name}"))
            else:
                formula += f" = {format_number(round(total, 3))}"
                found.append(draft.derived(metric, label, total, formula, chosen, label=f"{TOTAL_OF}{metric.name}"))
        if found:
            return found, []
        have = {f.value.period for f in facts}
        return [], [str(y) for y in years if str(y) not in have]

    def _answer_series(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        draft = Draft(self.store)
        rows = self._levels(metric)
        within, missing = self._within_asked(intent, rows)
        facts = [draft.observed(r, metric) for r in within]
        span = intent.periods[0].phrase if intent.periods else ""
        interpretation = self._interpretation(intent, "every value the data holds, in order"
                                              + (f", {span}" if span else ""))
        if not facts:
            text = render("answers/no_value.txt.j2", together=counted_together(intent, self.metrics, self.resolver.facts), metric=metric, period=span or "any single year",
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "series", interpretation, text, self._suggest(metric))
        if all("/" in r["period"] for r in within) and not _a_rate(metric):
            # "meetings per year since 2022": a count over four years is no figure of a year
            # (a rate over the years, "meetings a year under Hu", is one).
            spans = list(dict.fromkeys(describe_period(r["period"]) for r in within))
            text = render("answers/series_spans_only.txt.j2", metric=metric, spans=spans)
            return Draft(self.store).answer(intent, False, "series", interpretation, text,
                                            [f"{metric.name.lower()} {spans[0]}"])
        if missing:
            # "each year from 2019 to 2023" with years the data lacks: not the list asked
            # for.  The years it holds are named, for asking one by one, not given.
            held = list(dict.fromkeys(describe_period(r["period"]) for r in within))
            text = render("answers/series_gaps.txt.j2", metric=metric, span=span, missing=missing, held=held)
            return Draft(self.store).answer(intent, False, "series", interpretation, text,
                                            [f"{metric.name.lower()} {held[0]}", f"{metric.name.lower()} over time"])
        text = render("answers/series.txt.j2", metric=metric, groups=group_facts(facts), span=span,
                      missing=missing)
        return draft.answer(intent, True, "series", interpretation, text, self._suggest(metric))

    def _within_asked(self, intent: Intent, rows: list[sqlite3.Row]) -> tuple[list[sqlite3.Row], list[str]]:
        """The rows within the span a question asks of a series or its extremes ("each year
        from 2019 to 2023", "lowest between 1971 and 2019"), and the years in it the data
        lacks when it holds a metric year by year."""
        spans = [p for p in intent.periods if p.form in ("range", "since", "before")]
        if not spans:
            return rows, []
        start, end = spans[0].first_day, spans[0].last_day
        within = [r for r in rows if spans[0].takes_in(r)]
        yearly = [r for r in rows if len(r["period"]) == 4]
        if not yearly or not within or spans[0].form != "range":
            return within, []
        held = {r["period"] for r in yearly}
        missing = [str(y) for y in range(int(start[:4]), int(end[:4]) + 1) if str(y) not in held]
        return within, missing

    def _answer_latest(self, intent: Intent) -> Answer:
        return self._extreme(intent, "latest")

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
        interpretation = self._interpretation(intent, reading)
        if not rows:
            rows = self._observations(metric.id)
        if kind != "latest":
            rows = self._within_asked(intent, rows)[0]  # "the lowest between 1971 and 2019"
        if not rows:
            text = render("answers/no_value.txt.j2", together=counted_together(intent, self.metrics, self.resolver.facts), metric=metric, period=reading,
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        if kind == "latest":
            rows = self._observations(metric.id)
            key = max(r["period_end"] for r in rows)
            chosen = [r for r in rows if r["period_end"] == key]
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
            pick = max if kind == "peak" else min
            key = pick(r["value"] for r in rows)
            chosen = [r for r in rows if r["value"] == key]
        facts = [draft.observed(r, metric) for r in chosen]
        spans = [p for p in intent.periods if p.form in ("range", "since", "before")] if kind != "latest" else []
        text = render("answers/extreme.txt.j2", metric=metric, kind=kind, groups=group_facts(facts),
                      count=len(rows), span=spans[0].phrase if spans else "",
                      # a figure given for one time only is no "latest" of several
                      once=len({r["period"] for r in rows}) == 1)
        return draft.answer(intent, True, kind, interpretation, text, self._suggest(metric))

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

    def _answer_change(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        ranges = [p for p in intent.periods if p.form == "range"]
        if ranges and any(r["period"] == ranges[0].label for r in self._observations(metric.id)):
            return self._answer_span(intent)  # the source states this span's figure itself
        if metric.change_of:
            # "change in oil exports 2022-2024" reads the level's metric, with the stated change.
            metric = self.metrics[metric.change_of]
            intent.metric_id = metric.id
        draft = Draft(self.store)
        points = self._points(metric.id)
        everything = self._observations(metric.id)  # a "before the war" span is an end too
        ranges = [p for p in intent.periods if p.form == "range"]
        if len(intent.periods) == 1 and ranges:
            labels = [str(ranges[0].start.year), str(ranges[0].end.year)]
        elif len(intent.periods) >= 2:
            first, second = sorted(intent.periods[:2], key=lambda p: p.start or date.min)
            labels = [first.label, second.label]
        else:
            since = intent.periods[0]
            later = [r for r in points if since.start and r["period_start"] >= since.first_day]
            labels = [since.label.split("/")[0], later[-1]["period"] if later else ""]
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
        pairs = []
        for source in sorted({r["source_id"] for r in everything}):
            start = [r for r in starting if r["source_id"] == source]
            end = [r for r in ending if r["source_id"] == source]
            if start and end:
                pairs.append((start[0], end[0]))
        mixed = False
        if not pairs and starting and ending:
            # No one source has both ends: the change is worked out across two sources,
            # from each figure of the start (each reporter's), and the answer says so.
            pairs += [(row, ending[0]) for row in starting]
            mixed = True
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
            return draft.answer(intent, False, "change", interpretation, text, self._suggest(metric))
        changes = []
        for start_row, end_row in pairs:
            a, b = draft.observed(start_row, metric), draft.observed(end_row, metric)
            if {start_row["qualifier"], end_row["qualifier"]} & BOUNDS:
                # "more than 4" in both years is no change of 0: bounds give no arithmetic.
                changes.append({"start": a, "end": b, "absolute": None, "percent": None})
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
        text = render("answers/change.txt.j2", metric=metric, changes=changes, stated=stated_facts, mixed=mixed)
        return draft.answer(intent, True, "change", interpretation, text, self._suggest(metric))


# A product's share of one country's trade with the other ("Vehicles' share of China's exports to Russia").
COMPOSITION_METRIC = Lazy(r"'s? share of (?:china|russia)'s (?:exports to|imports from) (?:china|russia)$")

# Qualifiers that make a value a bound, not a level: no difference is computed from them.
BOUNDS = frozenset({"over", "more than", "at least", "as many as", "up to", "less than", "some", "among the top"})
UPPER_BOUNDS = frozenset({"up to", "less than", "as many as"})
LOWER_BOUNDS = frozenset({"over", "more than", "at least"})
YEARLY = Lazy(r"\b(?:yearly|a year|per year|each year)\b", re.IGNORECASE)


YEARLY_GROWTH = Lazy(r"\b(?:average|avg|annual|annuali[sz]ed|yearly|a year|per year|compound|cagr)\b")


def _years_between(labels: list[str]) -> int | None:
    """Whole years between two yearly labels ("2018", "2024" -> 6), else None."""
    first, last = labels[0].split("/")[-1], labels[1]
    if first.isdigit() and last.isdigit() and int(last) > int(first):
        return int(last) - int(first)
    return None


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


def _same_span_start(row: sqlite3.Row, period: Period) -> bool:
    """A span starting when the question's does, to the less precise of the two dates:
    the same day; the same month when the source dates its start only to the month; the
    same year when the question names only the year ("since 2022" takes in a count
    from February 2022, which the answer dates)."""
    start = row["period_start"]
    if period.start is None:
        return start is None
    if not start:
        return False
    asked = period.first_day
    if start == asked:
        return True
    return _same_to_precision(row["period"].split("/")[0], period.label.split("/")[0], start, asked)


def _same_to_precision(held: str, named: str, held_date: str, asked_date: str) -> bool:
    """Two dates alike as far as the question names its own (a year: "since 2022"), or
    to the month when the source dates its own only to the month; a source's year is no
    day the question names ("since 2022" is not "since 24 February 2022")."""
    named_precision = len(named) if named[:4].isdigit() else 10
    if named_precision < 10:
        precision = named_precision
    elif len(held) == 7 and held[:4].isdigit():
        precision = 7
    else:
        return False
    return held_date[:precision] == asked_date[:precision]


def _a_rate(metric: MetricRow) -> bool:
    """A figure of each year held once for a span ("meetings a year under Hu")."""
    return metric.measure == "rate" or "per year" in metric.unit


def _same_span_end(row: sqlite3.Row, period: Period) -> bool:
    """A span ending when the question's does (an open end: any), to the less precise of
    the two dates: "to 2026" takes in a count to February 2026."""
    if period.end is None:
        return True
    asked = period.end.isoformat()
    if row["period_end"] == asked:
        return True
    return _same_to_precision(row["period"].split("/")[-1], period.label.split("/")[-1],
                              row["period_end"] or "", asked)


def _difference_unit(unit: str) -> str:
    """The difference of two shares is in percentage points, not percent."""
    return "percentage points" if unit == "percent" else unit


def can_both_hold(a, b, bounds: dict[str, tuple[str, bool]]) -> bool:
    """Whether two figures for the same thing can both be right: two floors ("over
    2.3 million", "more than 2 million") or two ceilings always can; a bound and a
    value when the value keeps the bound; two values when they differ by no more
    than the rounding of the less precise (86.2 and 86.248)."""
    kind_a, strict_a = bounds.get(a.qualifier, ("value", False))
    kind_b, strict_b = bounds.get(b.qualifier, ("value", False))
    levels = ("value", "approximate")
    if kind_a in levels and kind_b in levels:
        return abs(a.value - b.value) <= max(_rounding(a.value), _rounding(b.value)) + 1e-9
    if kind_a == kind_b:
        return True
    if kind_b in ("lower", "upper"):
        (kind_a, strict_a, a), (kind_b, strict_b, b) = (kind_b, strict_b, b), (kind_a, strict_a, a)
    if kind_a == "lower" and kind_b in levels:
        return b.value > a.value or (not strict_a and b.value == a.value)
    if kind_a == "upper" and kind_b in levels:
        return b.value < a.value or (not strict_a and b.value == a.value)
    low, high = (a, b) if kind_a == "lower" else (b, a)
    return low.value < high.value


def _rounding(value: float) -> float:
    """Half a unit of a figure's last significant digit: 86.2 -> 0.05, 2,300,000 -> 50,000."""
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    whole, _, decimals = text.partition(".")
    if decimals:
        return 0.5 * 10 ** -len(decimals)
    return 0.5 * 10 ** (len(whole) - len(whole.rstrip("0")))


def _runs_of_years(labels: list[str]) -> list[str]:
    """Years in sorted order, three or more in a row written as one run ("every year from
    1992 to 2020"); other labels as they are."""
    out: list[str] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            out.append(f"every year from {run[0]} to {run[-1]}")
        else:
            out.extend(str(y) for y in run)
        run.clear()

    for label in labels:
        if label.isdigit() and len(label) == 4:
            if run and int(label) != run[-1] + 1:
                close()
            run.append(int(label))
        else:
            close()
            out.append(label)
    close()
    return out
