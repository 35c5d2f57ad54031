"""Figures over a span of time: a span's level or total, totals over several years,
a series, and a whole without one of its parts."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

from ..answer import Answer
from .draft import AS_A_SHARE, AVERAGE_OF, LEAVING_OUT, TOTAL_OF, Draft, Fact, group_facts, join_words
from ..writing.render import format_number, format_value, render
from ..data.store import MetricRow
from ..reading.periods import Period, describe_period
from ..reading.read import Intent
from ..resolving.rules import counted_together
from ..reading.words import Lazy
from .figures import BOUNDS, _a_rate, _same_span_start, _same_to_precision


def _once(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """Each figure once: a source that states the same figure for the same span twice (a
    level repeated as the base of a later one) is cited once."""
    seen, kept = set(), []
    for row in rows:
        key = (row["period"], row["value"], row["qualifier"], row["source_id"], row["locator"])
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


YEARLY = Lazy(r"\b(?:yearly|a year|per year|each year)\b", re.IGNORECASE)


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



def _soon_after(first_day: str, start: str) -> bool:
    """Whether a span begins within three months after a day ("since November 2012": a
    span of 2013 to 2025 is of that time, near enough to be shown beside it)."""
    from datetime import date

    begin, then = date.fromisoformat(first_day), date.fromisoformat(start)
    return 0 < (then - begin).days <= 92

# A value for each year asked: "for every year since 2003", "year by year".
# Every year of a span asked for, as a list: "list LNG 2018 through 2024", "side by side".
LIST_ASKED = Lazy(r"\b(?:list|tabulate|table|side by side|one by one|for each|each of|all the years|breakdown by year)\b")
EACH_YEAR = Lazy(r"\b(?:every|each|per) (?:single )?year\b|\byear[- ](?:by|on)[- ]year\b|\bannual(?:ly)?\b|\byearly\b")


# The qualifiers that make a figure a bound, which a figure worked out from it stays.
BOUND_WORDS = ("more than", "over", "at least", "less than", "under", "up to", "nearly", "almost")


def _whole_ends(period: Period) -> set[str]:
    """The years a span begins and ends with, when it takes them in whole ("2019 through
    2022"; not 1991 of "December 1991 to 1999")."""
    return ({period.first_day[:4]} if period.first_day[5:] == "01-01" else set()) | (
        {period.last_day[:4]} if period.last_day[5:] == "12-31" else set())


def _runs(years: list[str]) -> list[str]:
    """Years with those in an unbroken run joined: 2003, 2004, 2005, 2009 -> "2003 to 2005", "2009"."""
    runs: list[list[int]] = []
    for year in sorted(int(y) for y in years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return [f"{run[0]} to {run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]


def _held_runs(rows: list[sqlite3.Row]) -> list[str]:
    """The times rows are of, in words; years in an unbroken run joined ("1992 to 2020")."""
    held = list(dict.fromkeys(describe_period(r["period"]) for r in rows))
    return _runs(held) if all(h.isdigit() for h in held) else held


class SpanAnswers:
    """Figures over spans; mixed into Engine."""

    def _spans_covering(self, intent: Intent, period: Period) -> list[sqlite3.Row]:
        """Yearly rates of the other readings for a span that takes in the asked year
        (UN resolutions in 2019: "around 85 to 100 a year, 2018 to 2024").  Only rates
        that hold for each year: a total since 2022 is no figure for 2022 alone."""
        if period.start is None or period.end is None:
            return []
        rows = []
        # (the ends of a yearly range, set aside as no figure of one year, are named here)
        ranged = [m for m, rule in intent.rejected if rule == "extreme_of_a_span" and m not in intent.alternatives[:3]]
        for metric_id in list(dict.fromkeys([*intent.alternatives[:3], *ranged])):
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

    def _a_year_on_average(self, draft: Draft, metric: MetricRow, rows) -> str:
        """A total held over years ("USD 5 bn in 1993 to 1997", "96 exercises since 2003, to
        February 2026"), as so much a year on average, worked out and shown; "" for a total of
        a span shorter than two years or with no first day."""
        lines = []
        for row in rows:
            start, end = row["period_start"] or "", row["period_end"] or ""
            if not (start.endswith("-01-01") and len(end) == 10) or row["value"] is None:
                continue
            years = int(end[:4]) - int(start[:4]) + 1
            if not end.endswith("-12-31"):
                # "since 2003 (to 11 February 2026)": its length in years, to a tenth
                years = round((date.fromisoformat(end) - date.fromisoformat(start)).days / 365.25, 1)
                if years < 2:
                    continue
            fact = draft.observed(row, metric)
            # A bound stays a bound: "more than 40" over 13 years is more than 3.077 a year.
            bound = row["qualifier"] if (row["qualifier"] or "") in BOUND_WORDS else ""
            said = f"{bound} " if bound else ""
            each = draft.derived(metric, row["period"], row["value"] / years,
                                 f"{said}{format_number(row['value'])} / {years} years = {said}"
                                 f"{format_number(round(row['value'] / years, 3))}",
                                 [fact], unit=f"{metric.unit} per year", label=f"{metric.name}, a year on average")
            if bound:
                each.value.qualifier = bound
            lines.append(f"A year on average, {describe_period(row['period'])}: {said}{format_value(each.value.value, metric.unit)} "
                         f"(derived by crr: {each.value.formula}), as if spread evenly over its years.")
        return "\n".join(lines) + ("\n" if lines else "")

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
                elif start and _same_span_end(row, period):
                    related.append(row)  # "by 2025": a count from 2013 to 2025, from its own start
            elif _same_span_start(row, period) and _same_span_end(row, period):
                exact.append(row)
            elif period.form == "since" and start and (start[:4] == period.first_day[:4] or _soon_after(period.first_day, start)):
                related.append(row)  # ... or a year on, inside it ("since 2012": 2013 to 2025; since November 2012)
            elif (period.form == "range" and start and start >= period.first_day
                  and row["period_end"] <= period.last_day):
                related.append(row)  # a span inside the one asked about (1992-1994 in the 1990s)
        if period.form == "before" and not metric.additive:
            # "What share ... by the end of 2023?": a level as of the span's end is its latest
            # figure in it (a year's end, or a span before it), not every figure before.
            held = exact + [r for r in self._points(metric.id) if r["period_end"] <= period.last_day]
            last = max((r["period_end"] for r in held), default=None)
            latest = [r for r in held if r["period_end"] == last and "/" not in r["period"]]
            if latest and int(last[:4]) >= int(period.last_day[:4]) - 1:  # (its year's or the year before's)
                facts = [draft.observed(r, metric) for r in latest]
                text = render("answers/span_level.txt.j2", metric=metric, period=period.phrase,
                              groups=group_facts(facts))
                return draft.answer(intent, True, "span", interpretation, text, self._suggest(metric))
            if latest:
                # "and by the end of 2024?" of a level last held in 2022: the level then is not
                # held, and one of years before is no answer.
                text = render("answers/no_value.txt.j2", together=[], metric=metric,
                              period=re.sub(r"^by ", "", period.phrase),
                              holdings=self._holdings(metric))
                return draft.answer(intent, False, "span", interpretation, text, self._suggest(metric))
        if related and not exact and (intent.aggregate or metric.additive) and period.form == "range" and not any(
                (r["period_start"] or "")[:4] == period.first_day[:4] and (r["period_end"] or "")[:4] == period.last_day[:4]
                for r in related):
            # "in total between 1993 and 2000", with a figure for 1993 to 1997 only: a part of
            # the span is no total of it, so the part is named, not given.
            text = render("answers/span_parts.txt.j2", metric=metric, period=period.phrase,
                          average=intent.aggregate == "average",
                          periods=[describe_period(r["period"]) for r in _once(related)], missing=[])
            return Draft(self.store).answer(intent, False, "span", interpretation, text,
                                            [f"{metric.name.lower()} {describe_period(r['period'])}" for r in related[:2]])
        last = max((r["period_end"] or "" for r in self._observations(metric.id)), default="")
        if related and not exact and period.form == "range" and last[:4] < period.last_day[:4]:
            # "across 2011-2025" of a share held to 2023: a span inside it (2011 to 2021) is
            # no figure of the whole span, which runs past all the data.
            text = render("answers/span_past.txt.j2", metric=metric, period=period.phrase, last=last[:4],
                          periods=[describe_period(r["period"]) for r in _once(related)])
            return Draft(self.store).answer(intent, False, "span", interpretation, text,
                                            [f"{metric.name.lower()} {describe_period(r['period'])}" for r in related[:2]])
        if exact or related:
            own = [self._with_parts(draft, metric, row) for row in _once(exact)]
            near = [self._with_parts(draft, metric, row) for row in _once(related)]
            text = render("answers/span_own.txt.j2", metric=metric, period=period.phrase,
                          own=own, related=near)
            if exact and intent.aggregate == "average" and metric.additive:
                text = text.rstrip("\n") + "\n" + self._a_year_on_average(draft, metric, _once(exact))
            answer = draft.answer(intent, True, "span", interpretation, text,
                                  self._suggest(metric, f"{metric.name.lower()} by year"))
            if not exact and period.form == "range" and not metric.additive and not re.search(r"\d0s\b", period.phrase):
                # "From 1992 to 1996, what share …?": a share over 1992 to 1994 is of another
                # span, shown as the nearest, not given as the answer (a decade takes in its spans).
                answer.answered, answer.values = False, []
            return answer
        points = [r for r in self._points(metric.id)
                  if (period.start is None or r["period_start"] >= period.start.isoformat())
                  and (period.end is None or r["period_end"] <= period.end.isoformat())]
        held = self._observations(metric.id)
        if not points and period.form == "since" and len({r["period"] for r in held}) == 1 and "/" not in held[0]["period"] \
                and (held[0]["period_start"] or "") < period.first_day <= (held[0]["period_end"] or ""):
            # "that big gas contract after Crimea": a one-off figure of the year the span begins
            # in (the deal of 2014, after March 2014) is of the thing the words name; a span
            # from the year's start ("since 2014", "since then") asks for later figures.
            facts = [draft.observed(r, metric) for r in held]
            text = render("answers/value.txt.j2", metric=metric, groups=group_facts(facts), period=facts[0].period_text,
                          within=False, derivations=[], gaps=[], notes=[])
            return draft.answer(intent, True, "value", interpretation, text, self._suggest(metric))
        if not points and (left := self._span_left(draft, metric, period, spans)) is not None:
            return draft.answer(intent, True, "span", interpretation, left, self._suggest(metric))
        if not points:
            text = render("answers/no_value.txt.j2", together=self._together(intent, period), metric=metric, period=period.phrase,
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "span", interpretation, text, self._suggest(metric))
        facts = [draft.observed(r, metric) for r in points]
        totals, missing = self._total(draft, metric, period, facts, average=intent.aggregate == "average",
                                      reporter=intent.reporter)
        # "how many exercises between 2022 and 2025" asks for the total, as "in total" does.
        aggregate = intent.aggregate or (metric.additive and re.search(r"\bhow (?:many|much)\b", intent.normalized))
        if not aggregate and metric.measure == "count" and period.form == "since" \
                and re.search(r"\bhow many\b", intent.normalized) and not any(len(r["period"]) == 4 for r in points):
            # "Since 2014, how many firms has the US added?" of a count held only for one action
            # (October 2023): how many in all since then, which that one action is not.
            aggregate = "total"
        if not totals and aggregate and metric.measure == "share" and intent.aggregate != "average" \
                and (whole := self._share_of_totals(draft, metric, period)):
            # "The share over 2019-2023 taken together": of the span's totals, which add up.
            return draft.answer(intent, True, "span", interpretation, whole, self._suggest(metric))
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
        gaps = [] if totals or period.phrase.endswith("0s") else self._within_asked(intent, points)[1]
        if gaps and (EACH_YEAR.search(intent.normalized) or LIST_ASKED.search(intent.normalized)
                     or _whole_ends(period) & set(gaps)):
            # "LNG each year 2018 through 2024" with a year the data lacks, or "2019 through
            # 2022" with no figure for an end of the span: not the list asked for (a decade,
            # "the 1990s", is a loose time, no list).  The years it holds are named, for
            # asking one by one, not given.
            held = _held_runs(points)
            text = render("answers/series_gaps.txt.j2", metric=metric, span=period.phrase, missing=_runs(gaps), held=held)
            return Draft(self.store).answer(intent, False, "span", interpretation, text,
                                            [f"{metric.name.lower()} {held[0]}", f"{metric.name.lower()} over time"])
        # A figure of a time that begins before the span and ends in it (2022, for "since the
        # invasion"): not the span's, and left out; said, so that none goes missing unseen.
        across = sorted({describe_period(r["period"]) for r in self._points(metric.id)
                         if period.start and r["period_start"] and r["period_end"]
                         and r["period_start"] < period.start.isoformat() <= r["period_end"]})
        text = render("answers/span_values.txt.j2", metric=metric, period=period.phrase,
                      groups=group_facts(facts), totals=totals, missing=missing,
                      average=intent.aggregate == "average", over="", across=across)
        if metric.measure == "share" and intent.aggregate != "average" and (whole := self._share_of_totals(draft, metric, period)):
            text = whole + text  # "Russia's share of China's arms imports over 2019-2023": of the span's totals
        return draft.answer(intent, True, "span", interpretation, text, self._suggest(metric))

    def _share_of_totals(self, draft: Draft, metric: MetricRow, period: Period) -> str:
        """"Russia's share of China's arms imports, 2019-2023 taken together": the part's total
        over the span as a share of the whole's, from one source that gives both for every
        year of it (the part's metric says which whole it is part of); "" when none does."""
        if period.form != "range" or period.start is None or period.end is None:
            return ""
        years = [str(y) for y in range(period.start.year, period.end.year + 1)]
        for part in self.metrics.values():
            whole = self.metrics.get(part.part_of or "")
            if whole is None or not (part.additive and whole.additive) or part.flow != metric.flow \
                    or not set(metric.subjects) <= set(part.subjects) or part.unit != whole.unit:
                continue
            for source in sorted({r["source_id"] for r in self._points(part.id)}):
                ours = {r["period"]: r for r in self._points(part.id) if r["source_id"] == source}
                all_ = {r["period"]: r for r in self._points(whole.id) if r["source_id"] == source}
                if not all(y in ours and y in all_ for y in years):
                    continue
                a = round(sum(ours[y]["value"] for y in years), 3)
                b = round(sum(all_[y]["value"] for y in years), 3)
                if not b:
                    continue
                parts = [draft.observed(ours[y], part) for y in years] + [draft.observed(all_[y], whole) for y in years]
                share = round(100 * a / b, 1)
                formula = f"{format_number(a)} / {format_number(b)} × 100 = {format_number(share)}"
                worked = draft.derived(metric, f"{years[0]}/{years[-1]}", share, formula, parts, unit="percent")
                return (f"{metric.name}, {period.phrase} taken together: {worked.text} (derived by crr: {part.name} "
                        f"over the span, {format_number(a)} {part.unit}, of {whole.name}, {format_number(b)} "
                        f"{whole.unit}; {formula}; {parts[0].source_name}).\n")
        return ""

    def _answer_without_party(self, intent: Intent) -> Answer | None:
        """"China's arms imports from suppliers other than Russia": the whole less the part
        the party left out supplies (db/metrics: part_of), derived; or that crr cannot work it
        out.  None when the figure read has no part of that party (the party is no supplier)."""
        metric = self._metric(intent)
        whole = self.metrics.get(metric.part_of) if metric.part_of in self.metrics else metric
        part = next((m for m in self.metrics.values() if m.part_of == whole.id and m.flow
                     and m.flow[0] in intent.parties_out), None)
        names = " and ".join(self.resolver.facts.party_names.get(p, p.title()) for p in intent.parties_out)
        if part is None and metric.measure == "share" and metric.unit == "percent" and metric.flow \
                and metric.flow[0] in intent.parties_out:
            # "What share of China's arms imports came from countries other than Russia?": what
            # Russia's share leaves, of the whole it is a share of.
            intent.negated = [names]
            return self._share_left(intent, metric, names)
        if part is None:
            return None
        intent.negated = [names]  # (the reading line says what was left out)
        return self._whole_less_part(intent, whole, part, names)

    def _share_left(self, intent: Intent, metric: MetricRow, names: str) -> Answer:
        """The share a party's share leaves to all the others (100 less it), derived for the
        one time asked; else no figure, and why."""
        draft = Draft(self.store)
        period = intent.periods[0] if len(intent.periods) == 1 and intent.periods[0].form == "point" else None
        interpretation = f"Read as {metric.name} ({metric.unit}), leaving out {names}" + (f", {period.phrase}." if period else ".")
        rows = [r for r in self._observations(metric.id) if period and r["period"] == period.label and r["value"] is not None
                and not r["qualifier"]]
        if not rows:
            intent.not_held = (f"the question leaves out {names}, and crr holds no figure of the others' share"
                               + (f" for {period.phrase}" if period else " for one time asked"))
            intent.set_aside, intent.metric_id = [metric.id], None
            return self._unknown(intent)
        lines = []
        for row in rows:
            fact = draft.observed(row, metric)
            rest = 100 - fact.value.value
            formula = f"100 − {format_number(fact.value.value)} = {format_number(rest)}"
            label = re.sub(rf"^{re.escape(names)}(?:'s|’s) share", "Share", metric.name) + f" from others than {names}"
            derived = draft.derived(metric, row["period"], rest, formula, [fact], label=label)
            lines.append(f"{label}, {period.phrase}: {derived.text} (derived by crr: {formula}, from {metric.name}, "
                         f"{fact.text}, {fact.source_name}{fact.marks}).")
        intent.metric_id = metric.id
        return draft.answer(intent, True, "value", interpretation, "\n".join(lines) + "\n", self._suggest(metric))

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
        words = join_words(sorted(n.replace("_", " ") for n in left_out))
        facts = self.resolver.facts
        if part is None and metric is whole and not any(facts.covers(metric.subjects, (n,)) for n in left_out) \
                and not set(metric.subjects) & {"trade", "goods"} and not self._route_left_out(metric, left_out):
            # "Russian gas through the pipeline (not LNG) in 2021": a figure that never takes in
            # what is left out is the answer as it is; all the goods traded take in oil, whatever
            # the subjects' tree says ("trade not counting oil" is no figure crr holds).
            kind = "value" if len(intent.periods) == 1 and intent.periods[0].form == "point" else (
                "span" if intent.periods else "latest")
            return getattr(self, f"_answer_{kind}")(replace(intent, kind=kind, negated=[]))
        return self._whole_less_part(intent, whole, part, words)

    def _route_left_out(self, metric: MetricRow, left_out: set[str]) -> bool:
        """"Crude excluding pipeline deliveries": a route (a pipeline, a port, a railway) is how
        a fuel travels, so a figure of the fuel takes in what came by it, whatever the subjects'
        tree says; crr holds no figure of the fuel by route.  (Gas is held by route already, as
        pipeline gas and LNG: "LNG, not pipeline" is LNG.)"""
        facts = self.resolver.facts
        return any("infrastructure" in facts.ancestors(n) for n in left_out) \
            and any("energy" in facts.ancestors(s) and "gas" not in facts.ancestors(s) for s in metric.subjects)

    def _whole_less_part(self, intent: Intent, whole: MetricRow, part: MetricRow | None, words: str) -> Answer:
        """The whole less the part left out (a subject, "not naval"; a supplier, "other than
        Russia"), derived from one source's figures of both for the time asked; else no figure, and why."""
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
                          periods=[describe_period(r["period"]) for r in points], missing=missing,
                          holdings=self._holdings(metric))
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

    def _share_of_whole(self, intent: Intent) -> Answer | None:
        """"What share of joint exercises in 2025 were naval?": no share is held, but the count
        of the part and of its whole are, for the time asked, from one source: the share is
        worked out, its arithmetic shown.  None when that is not so."""
        if "share" not in intent.measures or intent.metric_id or len(intent.periods) != 1:
            return None
        period = intent.periods[0]
        for metric_id, rule in intent.rejected:
            part = self.metrics.get(metric_id)
            if rule != "measure" or part is None or part.measure != "count" or part.part_of not in self.metrics:
                continue
            whole = self.metrics[part.part_of]
            # (a span held from the start asked, to the source's date: "since 2022" is 2022 to 2026)
            since = period.label.split("/")[0] + "/" if period.form == "since" else None
            for part_row in self._observations(part.id):
                if part_row["period"] != period.label and not (since and part_row["period"].startswith(since)):
                    continue
                whole_rows = [r for r in self._observations(whole.id) if r["period"] == part_row["period"]
                              and r["source_id"] == part_row["source_id"] and r["value"]]
                if not whole_rows or {part_row["qualifier"], whole_rows[0]["qualifier"]} & BOUNDS:
                    continue  # (a bound gives no arithmetic; "a record" is a level)
                draft = Draft(self.store)
                a, b = draft.observed(part_row, part), draft.observed(whole_rows[0], whole)
                share = round(100 * a.value.value / b.value.value, 1)
                formula = f"{format_number(a.value.value)} / {format_number(b.value.value)} × 100 = {format_number(share)}"
                worked = draft.derived(part, period.label, share, formula, [a, b], unit="percent",
                                       label=f"{part.name}{AS_A_SHARE}{whole.name.lower()}")
                draft.values.insert(0, draft.values.pop())  # the share asked first, its two counts after
                when = f"in {period.phrase}" if period.form == "point" else period.phrase
                text = (f"{part.name} as a share of {whole.name.lower()} {when}: {worked.text} "
                        f"(derived by crr: {formula}), from {a.text}{a.marks} of {b.text}{b.marks} "
                        f"({a.source_name}).")
                intent.kind = "value"
                answer = draft.answer(intent, True, "value", "Read as a share worked out from two counts.", text, [])
                # What a follow-up borrows: the part's count and its time ("and the rest?").
                answer.context = {**self._context(replace(intent, metric_id=part.id)), "metric": part.id}
                return answer
        return None

    def _span_left(self, draft: Draft, metric: MetricRow, period: Period, spans: list[sqlite3.Row]) -> str | None:
        """"How many exercises before 2022?": a count held from a start and from a later
        start, to the same end (96 since 2003, 33 since 2022), leaves the one between them
        (63 for 2003 to 2021), worked out; None when the spans held give no such pair."""
        if not metric.additive or period.end is None:
            return None
        first_day = period.start.isoformat() if period.start else "0000"
        after = (period.end + timedelta(days=1)).isoformat()
        for longer in spans:
            for later in spans:
                if later is longer or (longer["period_end"] or "") != (later["period_end"] or "") \
                        or not longer["period_start"] or (later["period_start"] or "")[:7] != after[:7] \
                        or longer["period_start"] > later["period_start"] \
                        or (period.start and longer["period_start"][:4] != first_day[:4]) \
                        or longer["source_id"] != later["source_id"] or {longer["qualifier"], later["qualifier"]} & BOUNDS:
                    continue
                a, b = draft.observed(longer, metric), draft.observed(later, metric)
                left = a.value.value - b.value.value
                formula = f"{format_number(a.value.value)} − {format_number(b.value.value)} = {format_number(left)}"
                start_year = longer["period_start"][:4]
                worked = draft.derived(metric, f"{start_year}/{period.end.year}", left, formula, [a, b],
                                       label=f"{metric.name}, {start_year} to {period.end.year}")
                return (f"{metric.name}, {start_year} to {period.end.year}: {worked.text} (derived by crr: "
                        f"{formula}), the {a.text}{a.marks} counted {a.period_text} less the {b.text}{b.marks} "
                        f"counted {b.period_text} ({a.source_name}).\n")
        return None

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

    def _a_sum_held_once(self, intent: Intent, metric: MetricRow, kind: str, interpretation: str) -> Answer | None:
        """"What are the 2015 arms deals worth per year?", "yearly cost of the 2006
        pipelines?": one sum, held once, is no figure of each year (the years to spread it
        over are not held); the refusal, or None when the question asks no such thing."""
        rows = self._observations(metric.id)
        if len({r["period"] for r in rows}) != 1 or _a_rate(metric) or metric.additive \
                or metric.measure not in ("amount", "volume", "count") \
                or re.search(r"\byear[- ](?:on|over|to)[- ]year\b", intent.normalized) \
                or not (EACH_YEAR.search(intent.normalized)
                        or re.search(r"\ba year\b(?! (?:later|earlier|before|after|ago|on|from|back))", intent.normalized)):
            return None
        text = (f"crr holds {metric.name} as one figure, of {describe_period(rows[0]['period'])}, not a figure "
                "for each year, so it gives none a year.\n")
        return Draft(self.store).answer(intent, False, kind, interpretation, text, [metric.name.lower()])

    def _answer_series(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        draft = Draft(self.store)
        rows = self._levels(metric)
        within, missing = self._within_asked(intent, rows)
        facts = [draft.observed(r, metric) for r in within]
        span = intent.periods[0].phrase if intent.periods else ""
        interpretation = self._interpretation(intent, "every value the data holds, in order"
                                              + (f", {span}" if span else ""))
        asked = intent.periods[0] if intent.periods else None
        totals = [r for r in self._observations(metric.id) if "/" in r["period"] and asked is not None and asked.takes_in(r)]
        if not facts and totals:
            # "spending on Russian arms per year from 1993 to 1997": held as one total over the
            # span, which is said, not that nothing is held
            spans = list(dict.fromkeys(describe_period(r["period"]) for r in totals))
            text = render("answers/series_spans_only.txt.j2", metric=metric, spans=spans)
            return draft.answer(intent, False, "series", interpretation, text, [f"{metric.name.lower()} {spans[0]}"])
        if not facts:
            text = render("answers/no_value.txt.j2", together=counted_together(intent, self.metrics, self.resolver.facts), metric=metric, period=span or "any single year",
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "series", interpretation, text, self._suggest(metric))
        if (once := self._a_sum_held_once(intent, metric, "series", interpretation)) is not None:
            return once
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
            held = _held_runs(within)
            text = render("answers/series_gaps.txt.j2", metric=metric, span=span, missing=_runs(missing), held=held)
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
        held = {r["period"] for r in yearly}
        if yearly and within and spans[0].form == "since" and _whole_ends(spans[0]) and start[:4] not in held \
                and EACH_YEAR.search(intent.normalized):
            # "yearly trade since 1990" of a series from 1992: the list asked begins before it
            years = range(int(start[:4]), min(int(p) for p in held))
            return within, [str(y) for y in years]
        if yearly and within and spans[0].form == "since" and EACH_YEAR.search(intent.normalized):
            # "the count for every year since 2003": a list of years asked, to the data's last;
            # one that holds fewer than half of them is not that list.
            years = range(int(start[:4]), max(int(p) for p in held) + 1)
            missing = [str(y) for y in years if str(y) not in held]
            return within, (missing if len(missing) * 2 > len(years) else [])
        if not yearly and within and spans[0].form == "range" and EACH_YEAR.search(intent.normalized):
            # "each year 2020-2024" of a poll held for one month of 2022: the years without one
            dated = {r["period"][:4] for r in rows if "/" not in r["period"]}
            return within, [str(y) for y in range(int(start[:4]), int(end[:4]) + 1) if str(y) not in dated]
        if not yearly or not within or spans[0].form != "range":
            return within, []
        missing = [str(y) for y in range(int(start[:4]), int(end[:4]) + 1) if str(y) not in held]
        return within, missing

