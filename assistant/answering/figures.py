"""Answers about a figure at one time: a metric in a period, a part of a share, and
the differences between its sources. Figures over a span are in spans.py; the latest,
the extremes and the change between two times in changes.py."""

from __future__ import annotations

import contextvars
import re
import sqlite3
from datetime import date, timedelta
from functools import cached_property

from ..answer import Answer
from .draft import Draft, Fact, group_facts, join_words
from ..writing.render import format_number, render
from ..data.store import MetricRow
from ..reading.periods import Period, describe_label, describe_period
from ..reading.read import Intent
from ..reading.words import normalize
from ..resolving.rules import counted_together
from .points import Points
from ..reading.words import Lazy


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


# The sources and the reporter the question being answered asks for ("according to
# SIPRI", "as China reports it"), with the metrics for which no row of theirs was found.
ASKED = contextvars.ContextVar("crr_asked_sources", default=None)


# The whole of a year asked in so many words: "full yr 2023", "the whole of 2023", "all of 2023".
WHOLE_YEAR = Lazy(r"\b(?:full|whole|entire|complete)(?:[- ](?:yr|year|calendar year))?\b|\ball of (?:19|20)\d\d\b|"
                  r"\b(?:annual|yearly|full-year|year-long)\b")


class FigureAnswers:
    """Metric questions; mixed into Engine, which provides store, metrics and matcher."""

    def _together(self, intent: Intent, period: Period | None) -> list[dict]:
        """The figures set aside because they count several things as one (rules.counted_together),
        each with its figure for the very time asked where it has one: "19 since 24 February 2022"."""
        from ..writing.render import format_value

        together = counted_together(intent, self.metrics, self.resolver.facts)
        for item in together:
            rows = [r for r in self._observations(item["id"]) if period is not None and r["value"] is not None and (
                r["period"] == period.label or period.form == "since" and period.start is not None
                and (r["period_start"] or "")[:7] == period.start.isoformat()[:7])]  # (the month will do)
            if rows:
                row = rows[0]
                source = self.store.sources[row["source_id"]]
                item["figure"] = (f"{format_value(row['value'], row['unit'], row['qualifier'] or '')} "
                                  f"{describe_period(row['period'], source.as_of)} ({source.short_name}, "
                                  f"\u201c{row['locator']}\u201d)")
        return together

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
        text = f"Assuming '{intent.metric_phrase}' means {metric.titled}, {reading}."
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

    def _note_marks(self, draft, note_id: str) -> str:
        """The citation marks of the records a curators' note sets side by side, each cited
        (the Energy Institute's 6.1 bcm beside Customs' 6.505 Mt): a number in a note is a
        number of the answer, and carries its source like the others."""
        rows = self.store.rows(
            "select o.source_id, o.locator from disagreement_records r join observations o on o.id = r.record_id "
            "where r.disagreement_id = ? union select e.source_id, e.locator from disagreement_records r "
            "join events e on e.id = r.record_id where r.disagreement_id = ?", (note_id, note_id))
        numbers = sorted({draft.cite(row["source_id"], row["locator"]) for row in rows})
        return "".join(f"[{n}]" for n in numbers)

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
                # ("per Wikipedia": that source's figures)
                rows = [r for r in rows if r["source_id"] in intent.sources] if intent.sources else rows
                for period in intent.periods[:1]:  # "in 2023": the figures whose periods take it in
                    first, last = period.first_day, period.last_day
                    # A figure with no known start ("before 2026") says nothing of a given year.
                    rows = [r for r in rows if r["period_start"] and r["period_start"] <= last
                            and (r["period_end"] or "9999") >= first]
                    if period.start is None and period.end is not None and period.end.day > 1:
                        # "Before the invasion" (to 23 February 2022): a figure "since February
                        # 2022" starts in the bound's own month, dated no closer than it; it is of
                        # the time after, not before.
                        rows = [r for r in rows if r["period_start"] < last[:8] + "01"
                                or (r["period_end"] or "9999") <= last]
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
        def same_time(period: str) -> bool:
            # ("since Feb 2022": a figure since 24 February 2022, to the source's date, is of it)
            return period == asked.label or asked.form == "since" and asked.start is not None \
                and period[:7] == asked.start.isoformat()[:7] and "/" in period
        spans = asked is not None and not all(same_time(f.value.period) for f in facts)
        text = render("answers/composition.txt.j2", facts=facts, seller=seller.title(), buyer=buyer.title(),
                      asked=describe_label(asked.label) if asked else "", spans=spans)
        intent.metric_id, intent.alternatives = None, []  # (each product's figure, no one metric, is the reading)
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
                    gaps.append(gap_between(draft, metric, first, second,
                                            f"Gap between the sources' figures for {metric.name}"))
        return gaps

    # --- kinds ---------------------------------------------------------------

    def _answer_value(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        period = intent.periods[0]
        if (once := self._a_sum_held_once(intent, metric, "value", self._interpretation(intent, period.phrase))) is not None:
            return once  # "yearly cost of the two gas pipelines of 2006?"
        draft = Draft(self.store)
        points = self._indexed_points(metric.id)
        rows = points.at(period.label)
        within = []
        if not rows and not metric.additive and period.start and not _a_yearly_series(points.rows) \
                and metric.measure not in ("growth", "rate"):
            # "Sidanko's June 1997 deal": a deal's term that the source dates only to 1997
            # (a rate of each year, "the same-vote share of 2018", is none of its months'; nor is
            # a change on the year before, which of one month is another figure).
            rows = [r for r in points.rows if r["period_start"] <= period.first_day
                    and period.last_day <= r["period_end"] and len(r["period"]) < len(period.label)]
        if not rows:
            within = points.within(period.start, period.end)
        if (branch := _branch_asked(intent.normalized)):
            # "How many Russian ground troops in Peace Mission 2005?": a figure whose record says
            # it is of a naval contingent is of another branch.
            rows = [r for r in rows if not _other_branch(r["note"], branch)]
            within = [r for r in within if not _other_branch(r["note"], branch)]
        rough = None
        if within and metric.additive and not intent.aggregate and (part := rough_part(intent.normalized, period)):
            # "in early 2008": a figure for the first quarter is of that part of the year, not its total.
            within = [r for r in within if part[0] <= r["period_start"] and r["period_end"] <= part[1]]
            rough = f"{ROUGH_PART.search(intent.normalized).group(1)} {period.phrase}" if within else None
        if within and (metric.additive or intent.aggregate or WHOLE_YEAR.search(intent.normalized)) and not rough:
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
            # "oil in barrels 2024": the figure of the same measure held for the time in another
            # unit, named with its unit (crr does not convert), the first rejected for the unit.
            in_other_units = [self.metrics[m] for m, rule in intent.rejected
                              if rule == "unit" and m in self.metrics and self.metrics[m].measure == metric.measure
                              and self.resolver.holds(m, period)][:1]
            others += [f"{m.name} (in {m.unit}, not the unit asked: crr does not convert units)" for m in in_other_units]
            text = render("answers/no_value.txt.j2", together=self._together(intent, period), metric=metric, period=period.phrase,
                          holdings=self._holdings(metric), covering=covering, others=others,
                          reporter=self.resolver.facts.party_names.get(intent.reporter, "") if intent.reporter else "")
            return draft.answer(intent, False, "value", interpretation, text,
                                [f"{name.lower()} in {period.phrase}" for name in others[:1]] + self._suggest(metric))
        observed_and_derived = facts + [d["result"] for d in derivations]
        gaps = self._differences(draft, metric, observed_and_derived)
        notes = [{"note": row["note"], "marks": self._note_marks(draft, row["id"])}
                 for row in self.store.disagreement_notes([f.value.observation_id for f in facts])]
        text = render("answers/value.txt.j2", metric=metric, period=rough or period.phrase,
                      groups=group_facts(facts), within=bool(within), derivations=derivations, gaps=gaps,
                      notes=notes)
        if rows and (part := ROUGH_PART.search(intent.normalized)) and rough_part(intent.normalized, period):
            # "LNG in late 2025": the year's figure, said to be the year's, not that part's.
            text = text.rstrip("\n") + (f"\nThe data holds this for {period.phrase} as a whole, "
                                         f"not for {part.group(1)} {period.phrase} alone.\n")
        return draft.answer(intent, True, "value", interpretation, text,
                            self._suggest(metric, *self._earlier(metric, period)))


# The branches of armed forces, by the words that name them.
BRANCHES = {"ground": ("ground", "army", "land"), "naval": ("naval", "navy", "sea", "maritime", "marines"),
            "air": ("air force", "aerial", "airborne")}


def _branch_asked(text: str) -> str:
    """The one branch of the armed forces a question names ("ground troops"), or ""."""
    named = [b for b, words in BRANCHES.items() if any(re.search(rf"\b{w}\b", text) for w in words)]
    return named[0] if len(named) == 1 else ""


def _other_branch(note: str | None, branch: str) -> bool:
    """Whether a figure's note names another branch and not the one asked."""
    said = [b for b, words in BRANCHES.items() if any(re.search(rf"\b{w}\b", (note or "").lower()) for w in words)]
    return bool(said) and branch not in said


# A product's share of one country's trade with the other ("Vehicles' share of China's exports to Russia").
COMPOSITION_METRIC = Lazy(r"'s? share of (?:china|russia)'s (?:exports to|imports from) (?:china|russia)$")

# Qualifiers that make a value a bound, not a level: no difference is computed from them.
BOUNDS = frozenset({"over", "more than", "at least", "as many as", "up to", "less than", "some", "among the top"})


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


def gap_between(draft: Draft, metric: MetricRow, first: Fact, second: Fact, label: str) -> Fact:
    """The gap between two figures of one metric and one time, worked out (the higher less
    the lower) and cited to both."""
    high, low = (first, second) if first.value.value > second.value.value else (second, first)
    gap = round(high.value.value - low.value.value, 3)
    formula = f"{format_number(high.value.value)} − {format_number(low.value.value)} = {format_number(gap)}"
    return draft.derived(metric, first.value.period, gap, formula, [high, low],
                         unit=_difference_unit(metric.unit), label=label)


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


def _a_yearly_series(rows) -> bool:
    """Whether a metric's figures are of one year each, three years or more."""
    return len({r["period"] for r in rows if len(r["period"]) == 4 and r["period"].isdigit()}) >= 3
