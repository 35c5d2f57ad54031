"""Intent -> Answer: the one place where questions are answered.

Every number an answer states comes from a database row or is derived from
rows with the arithmetic shown; every value's source is cited.  The CLI, the
terminal app and the Datasette plugin all call `Engine.ask`.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .answer import Answer, Citation, EventRef, Value
from .periods import parse_period
from .render import format_number, format_value, render
from .store import MetricRow, Store
from .timeline import TimelineAnswers
from .understand import Intent, MetricMatcher, Period, describe_label, metric_kind, understand

MAX_QUESTION = 500
# Words every question about the relationship may use without naming a subject.
COMMON_SUBJECT_WORDS = frozenset(
    "china chinese russia russian russia-china china-russia sino-russian soviet first begin "
    "start sign signed agree agreement year years deal new joint over time latest record highest "
    "lowest peak growth change rise fall grow increase decline compare versus each every trend "
    "history total average most least before after since until when during".split()
)
OFF_SUBJECT = re.compile(
    r"\b(?:weather|forecast|temperature|recipe|football|soccer|world cup|olympic|movie|film|song|"
    r"population of|capital of|stock price|bitcoin|united states|usa|us-mexico|mexico|canada|japan|"
    r"south korea|korea|india|brazil|germany|france|britain|uk|australia)\b"
)


def describe_period(label: str, as_of: str | None = None) -> str:
    """A period label in words: '2022-02-24/2026-02-11' -> 'from 24 February 2022 to 11 February 2026'."""
    if "/" not in label:
        return describe_label(label)
    if label.count("/") > 1:
        return label
    left, right = label.split("/")
    if left == "..":
        day_after = parse_period(right)[1] + timedelta(days=1)
        return f"before {describe_label(day_after.isoformat())}"
    if right == ".." or (as_of and right == as_of):
        return f"since {describe_label(left)}" + (f" (to {describe_label(right)})" if right != ".." else "")
    return f"{describe_label(left)} to {describe_label(right)}"


@dataclass
class Draft:
    """An answer being assembled: values and events, with numbered citations."""

    store: Store
    values: list[Value] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def cite(self, source_id: str, locator: str) -> int:
        for number, citation in enumerate(self.citations, start=1):
            if citation.source == source_id and citation.locator == locator:
                return number
        source = self.store.sources[source_id]
        anchor = self.store.anchors.get((source_id, locator), "")
        url = source.url_main + (f"#{anchor}" if anchor else "")
        text = f"{source.citation_full} Locator: {locator}. Accessed {source.date_accessed}."
        self.citations.append(Citation.model_construct(source=source_id, locator=locator, text=text, url=url,
                                       accessed=source.date_accessed))
        return len(self.citations)

    def observed(self, row: sqlite3.Row, metric: MetricRow) -> "Fact":
        value = Value.model_construct(
            metric=metric.id, label=metric.name, period=row["period"], value=row["value"],
            unit=row["unit"], qualifier=row["qualifier"] or "", source=row["source_id"],
            locator=row["locator"], observation_id=row["id"],
        )
        self.values.append(value)
        value.cites = [self.cite(value.source, value.locator)]
        return Fact(value, value.cites, self.short(value.source),
                    describe_period(row["period"], self.store.sources[row["source_id"]].as_of),
                    row["note"] or "")

    def derived(self, metric: MetricRow, period: str, number: float, formula: str,
                inputs: list["Fact"], unit: str | None = None) -> "Fact":
        source = inputs[0].value.source
        value = Value.model_construct(
            metric=metric.id, label=metric.name, period=period, value=round(number, 3),
            unit=unit or metric.unit, qualifier="about" if round(number, 1) != number else "",
            source=source, locator=inputs[0].value.locator, derived=True, formula=formula,
        )
        self.values.append(value)
        cites = value.cites = sorted({n for fact in inputs for n in fact.cites})
        sources = sorted({fact.value.source for fact in inputs})
        return Fact(value, cites, " and ".join(self.short(s) for s in sources),
                    describe_period(period), "")

    def short(self, source_id: str) -> str:
        return self.store.sources[source_id].short_name

    def answer(self, intent: Intent, answered: bool, kind: str, interpretation: str,
               text: str, suggestions: list[str]) -> Answer:
        return Answer.model_construct(
            question=intent.question, answered=answered, kind=kind,
            interpretation=interpretation, text=text, values=self.values,
            events=self.events, citations=self.citations, suggestions=suggestions,
        )


@dataclass
class Fact:
    """One value as the templates use it: with its citation numbers and words."""

    value: Value
    cites: list[int]
    source_name: str
    period_text: str
    note: str

    @property
    def text(self) -> str:
        return format_value(self.value.value, self.value.unit, self.value.qualifier)

    @property
    def marks(self) -> str:
        return "".join(f"[{n}]" for n in self.cites)


@dataclass
class Group:
    """Facts that state the same value for the same period, from one or more records."""

    facts: list[Fact]

    @property
    def text(self) -> str:
        head = self.facts[0].value
        qualifiers = {f.value.qualifier for f in self.facts}
        qualifier = qualifiers.pop() if len(qualifiers) == 1 else ""
        return format_value(head.value, head.unit, "" if qualifier == "record" else qualifier)

    @property
    def record(self) -> bool:
        return any(f.value.qualifier == "record" for f in self.facts)

    @property
    def attribution(self) -> str:
        """'Wikipedia[1][2]; China-Russia Dashboard[3]' with one entry per source."""
        by_source: dict[str, list[int]] = {}
        records: set[str] = set()
        for fact in self.facts:
            marks = by_source.setdefault(fact.source_name, [])
            marks.extend(n for n in fact.cites if n not in marks)
            if fact.value.qualifier == "record":
                records.add(fact.source_name)
        return "; ".join(
            name + (", a record" if name in records else "") + "".join(f"[{n}]" for n in marks)
            for name, marks in by_source.items()
        )

    @property
    def period_text(self) -> str:
        return self.facts[0].period_text


def group_facts(facts: list[Fact]) -> list[Group]:
    """Merge facts with the same period, value and unit, keeping their order."""
    groups: dict[tuple, Group] = {}
    for fact in facts:
        v = fact.value
        key = (v.period, v.value, v.unit, v.derived)
        if key in groups:
            groups[key].facts.append(fact)
        else:
            groups[key] = Group([fact])
    return list(groups.values())


class Engine(TimelineAnswers):
    def __init__(self, db_path: Path | str):
        self.store = Store(db_path)
        self.metrics = self.store.metrics
        self.matcher = MetricMatcher(self.store.aliases, {m.id: m.name for m in self.metrics.values()},
                                     self.store.domain_words - COMMON_SUBJECT_WORDS)

    def ask(self, question: str, previous: Answer | None = None) -> Answer:
        """Answer one question; `previous` is the conversation's last answer, if any."""
        question = (question or "").strip()
        intent = understand(question[:MAX_QUESTION], self.matcher)
        intent.question = question
        self._drop_excluded(intent)
        if OFF_SUBJECT.search(intent.normalized) and not re.search(
                r"\b(?:china|chinese|russia|russian|sino|beijing|moscow|putin|xi|yuan|ruble)\b", intent.normalized):
            intent.kind, intent.metric_id = "unknown", None
        elif OFF_SUBJECT.search(intent.normalized) and re.search(r"\b(?:weather|forecast|temperature|recipe|football|soccer|movie|film|song)\b", intent.normalized):
            intent.kind, intent.metric_id = "unknown", None
        try:
            if previous is not None:
                if intent.kind == "sources":
                    return self._previous_sources(intent, previous)
                self._apply_context(intent, previous)
            self._prefer_metrics_with_data(intent)
            answer = getattr(self, f"_answer_{intent.kind}")(intent)
            answer.context = {
                "kind": intent.kind,
                "metric": intent.metric_id,
                "periods": [
                    {"label": p.label, "start": p.start.isoformat() if p.start else None,
                     "end": p.end.isoformat() if p.end else None, "form": p.form, "phrase": p.phrase}
                    for p in intent.periods
                ],
            }
            if previous is not None and intent.kind == "sources":
                answer.context = previous.context
            return answer
        except Exception:
            if os.environ.get("CRR_DEBUG"):
                raise
            return Answer.model_construct(
                question=question, answered=False, kind="error",
                interpretation="The question could not be read.",
                text="Sorry, crr could not answer that question. Try rephrasing it, "
                     "or ask 'help' to see what crr can answer.",
                suggestions=self._starters(),
            )

    # --- helpers -----------------------------------------------------------

    def _drop_excluded(self, intent: Intent) -> None:
        """Set aside metrics whose `not_for` words the question uses: asked
        for the trade surplus, crr must not answer with total trade."""
        kept = [(score, m) for score, m in intent.candidates
                if not any(re.search(rf"\b{re.escape(w)}", intent.normalized) for w in self.metrics[m].not_for)]
        if len(kept) == len(intent.candidates):
            return
        intent.candidates = kept
        intent.metric_id = kept[0][1] if kept else None
        intent.metric_phrase = self.metrics[kept[0][1]].name.lower() if kept else ""
        intent.alternatives = [m for _, m in kept[1:4]]
        if intent.metric_id is None and intent.kind in {"value", "span", "change", "latest", "peak", "lowest", "series"}:
            intent.kind = "unknown"

    def _apply_context(self, intent: Intent, previous: Answer) -> None:
        """Fill what a follow-up leaves out from the previous question."""
        before = previous.context or {}
        metric = before.get("metric")
        periods = [
            Period(p["label"], date.fromisoformat(p["start"]) if p["start"] else None,
                   date.fromisoformat(p["end"]) if p["end"] else None, p["form"], p["phrase"])
            for p in before.get("periods", [])
        ]
        if intent.kind == "sources":
            return
        metric_kinds = {"value", "span", "change", "latest", "peak", "lowest", "series", "unknown"}
        if intent.kind not in metric_kinds and not intent.follow_up:
            return
        if intent.metric_id is None and metric in self.metrics and (
            intent.periods or intent.follow_up or intent.asked_kind
        ):
            intent.metric_id = metric
            intent.metric_phrase = self.metrics[metric].name.lower()
            intent.candidates = [(99.0, metric)]
        elif intent.metric_id and not intent.periods and intent.follow_up and periods:
            intent.periods = periods
        if intent.metric_id is None:
            return
        if intent.compare and periods and intent.periods:
            intent.periods = [periods[0], intent.periods[0]]
            intent.kind = "change"
            return
        intent.kind = metric_kind(intent.asked_kind, intent.periods)

    def _previous_sources(self, intent: Intent, previous: Answer) -> Answer:
        text = render("answers/sources.txt.j2", previous=previous)
        return Answer.model_construct(
            question=intent.question, answered=bool(previous.citations), kind="sources",
            interpretation=f"Read as a request for the sources of the answer to '{previous.question}'.",
            text=text, values=previous.values, events=previous.events,
            citations=previous.citations, suggestions=previous.suggestions, context=previous.context,
        )

    def _answer_sources(self, intent: Intent) -> Answer:
        """The sources of the previous answer ("source?")."""
        draft = Draft(self.store)
        return draft.answer(intent, False, "sources", "Read as a request for sources.",
                            "Ask a question first; crr then lists the sources of its answer.",
                            self._starters())

    def _prefer_metrics_with_data(self, intent: Intent) -> None:
        """Among metrics that match the words about equally well, prefer one
        that holds a figure for the asked period ("Power of Siberia 2025"
        means the 2025 exports, not the pipeline's capacity)."""
        if not intent.candidates:
            return
        self._prefer_specific(intent)
        if not intent.periods or self._holds(intent.metric_id, intent.periods[0]):
            return
        if intent.kind == "change" and (self._points(intent.metric_id)
                                        or self.store.change_metrics(intent.metric_id)):
            return  # a change is read from the metric's own values and stated changes
        top = intent.candidates[0][0]
        topic = self.metrics[intent.metric_id].topic
        close = [metric_id for score, metric_id in intent.candidates
                 if score >= 2.5 and (score >= top * 0.25 or self.metrics[metric_id].topic == topic)]
        holding = [m for m in close if self._holds(m, intent.periods[0])]
        if holding and holding[0] != intent.metric_id:
            self._switch(intent, holding[0])

    UNIT_HINTS = [
        (re.compile(r"\bhow many years\b|\bhow long\b|\bduration\b|\bterm\b"), ("years",)),
        (re.compile(r"\bwhat (?:share|percentage|portion|proportion|percent)\b|\bshare of\b|%"), ("percent",)),
        (re.compile(r"\bhow much money\b|\bworth\b|\bcost\b|\bvalue of\b|\bspen[dt]\b"), ("USD bn", "USD mn")),
        (re.compile(r"\bbarrels?(?: a| per)? day\b|\bb/d\b|\bbpd\b"), ("barrels per day",)),
    ]

    def _prefer_specific(self, intent: Intent) -> None:
        """A part of the top metric that the question names (naval of all
        exercises), or a metric in the unit the question asks for ("how many
        years"), beats a broader match."""
        scores = dict((m, score) for score, m in intent.candidates)
        top = intent.metric_id
        for metric_id, score in scores.items():
            if self.metrics[metric_id].part_of == top and score >= 0.6 * scores[top]:
                self._switch(intent, metric_id)
                return
        for pattern, units in self.UNIT_HINTS:
            if pattern.search(intent.normalized) and self.metrics[top].unit not in units:
                fitting = [m for s, m in intent.candidates if self.metrics[m].unit in units
                           and s >= 0.4 * scores[top]]
                if fitting:
                    self._switch(intent, fitting[0])
                return

    def _switch(self, intent: Intent, metric_id: str) -> None:
        intent.alternatives = [intent.metric_id, *[m for m in intent.alternatives if m != metric_id]][:3]
        intent.metric_id = metric_id
        intent.metric_phrase = self.metrics[metric_id].name.lower()

    def _holds(self, metric_id: str, period: Period) -> bool:
        for row in self.store.observations(metric_id):
            if period.form == "point" and row["period"] == period.label:
                return True
            if period.form in ("since", "range", "before") and "/" in row["period"]:
                if _same_span_start(row, period):
                    return True
        return False

    def _metric(self, intent: Intent) -> MetricRow:
        return self.metrics[intent.metric_id]

    def _interpretation(self, intent: Intent, reading: str) -> str:
        metric = self._metric(intent)
        text = f"Assuming '{intent.metric_phrase}' means {metric.name} ({metric.unit}), {reading}."
        if intent.alternatives:
            others = ", ".join(self.metrics[m].name for m in intent.alternatives)
            text += f" Other readings: {others}."
        return text

    def _points(self, metric_id: str) -> list[sqlite3.Row]:
        return [r for r in self.store.observations(metric_id) if "/" not in r["period"]]

    def _holdings(self, metric: MetricRow) -> str:
        """What the data holds for a metric, in one sentence."""
        rows = self.store.observations(metric.id)
        points = sorted({r["period"] for r in rows if "/" not in r["period"]})
        spans = sorted({r["period"] for r in rows if "/" in r["period"]})
        parts = []
        if points:
            parts.append(_join([describe_label(p) for p in points]))
        if spans:
            parts.append("the spans " + _join([describe_period(p) for p in spans]))
        return " and ".join(parts) if parts else "no figures"

    def _suggest(self, metric: MetricRow, *extra: str) -> list[str]:
        name = metric.name.lower()
        return [*extra, f"{name} over time", f"latest {name}", "what can I ask?"]

    def _starters(self) -> list[str]:
        return ["trade in 2024?", "joint exercises since 2022?", "what can I ask?"]

    def _differences(self, draft: Draft, metric: MetricRow, facts: list[Fact]) -> list[Fact]:
        """Where sources differ on one period: the gap between each pair, derived."""
        by_source: dict[str, Fact] = {}
        for fact in facts:
            by_source.setdefault(fact.value.source, fact)
        gaps = []
        ordered = list(by_source.values())
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                a, b = first.value.value, second.value.value
                if a != b and first.value.unit == second.value.unit:
                    high, low = (first, second) if a > b else (second, first)
                    gap = round(high.value.value - low.value.value, 3)
                    formula = f"{format_number(high.value.value)} − {format_number(low.value.value)} = {format_number(gap)}"
                    gaps.append(draft.derived(metric, first.value.period, gap, formula, [high, low],
                                              unit=_difference_unit(metric.unit)))
        return gaps

    # --- kinds ---------------------------------------------------------------

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
        if not metric_ids and not topic:
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
        if not intent.periods and not intent.follow_up and self._find_events(intent, limit=1):
            return self._answer_about(intent)  # a subject the events cover ("border checkpoints")
        return self._unknown(intent)

    def _unknown(self, intent: Intent) -> Answer:
        draft = Draft(self.store)
        in_subject = any(word in intent.normalized for word in ("china", "chinese", "russia", "russian", "sino", "beijing", "moscow", "kremlin", "putin", "xi "))
        text = render("answers/unknown.txt.j2", question=intent.question,
                      topics=self.store.topics, in_subject=in_subject)
        return draft.answer(intent, False, "unknown",
                            "No metric or topic of the database was recognised in the question.",
                            text, self._starters())

    def _answer_value(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        period = intent.periods[0]
        draft = Draft(self.store)
        rows = [r for r in self._points(metric.id) if r["period"] == period.label]
        within = []
        if not rows:
            within = [r for r in self._points(metric.id)
                      if period.start <= date.fromisoformat(r["period_start"])
                      and date.fromisoformat(r["period_end"]) <= period.end]
        facts = [draft.observed(r, metric) for r in rows or within]
        derivations = self._derive_level(draft, metric, period, {f.value.source for f in facts})
        interpretation = self._interpretation(intent, f"in {period.phrase}")
        if not facts and not derivations:
            text = render("answers/no_value.txt.j2", metric=metric, period=period.phrase,
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "value", interpretation, text,
                                self._suggest(metric))
        observed_and_derived = facts + [d["result"] for d in derivations]
        gaps = self._differences(draft, metric, observed_and_derived)
        notes = self.store.disagreement_notes([f.value.observation_id for f in facts])
        text = render("answers/value.txt.j2", metric=metric, period=period.phrase,
                      groups=group_facts(facts), within=bool(within), derivations=derivations, gaps=gaps,
                      notes=notes)
        year = period.label[:4]
        follow = [f"{metric.name.lower()} {int(year) - 1}"] if year.isdigit() else []
        return draft.answer(intent, True, "value", interpretation, text,
                            self._suggest(metric, *follow))

    def _derive_level(self, draft: Draft, metric: MetricRow, period: Period,
                      have: set[str]) -> list[dict]:
        """A level from a source's stated change on the year before (245 and -6.9% -> 228.1)."""
        if not period.label.isdigit():
            return []
        previous = str(int(period.label) - 1)
        found = []
        for change_id in self.store.change_metrics(metric.id):
            change_metric = self.metrics[change_id]
            for change in self._points(change_id):
                if change["period"] != period.label or change["source_id"] in have:
                    continue
                bases = [r for r in self._points(metric.id)
                         if r["period"] == previous and r["source_id"] == change["source_id"]]
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
        spans = [r for r in self.store.observations(metric.id) if "/" in r["period"]]
        exact, related = [], []
        for row in spans:
            start = row["period_start"]
            if period.form == "before":
                if start is None and row["period_end"] <= period.end.isoformat():
                    exact.append(row)
            elif _same_span_start(row, period) and (
                period.end is None or row["period_end"] == period.end.isoformat()
            ):
                exact.append(row)
            elif period.form == "since" and start and start[:4] == period.start.isoformat()[:4]:
                related.append(row)
            elif (period.form == "range" and start and start >= period.start.isoformat()
                  and row["period_end"] <= period.end.isoformat()):
                related.append(row)  # a span inside the one asked about (1992-1994 in the 1990s)
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
            text = render("answers/no_value.txt.j2", metric=metric, period=period.phrase,
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "span", interpretation, text, self._suggest(metric))
        facts = [draft.observed(r, metric) for r in points]
        total, missing = self._total(draft, metric, period, facts)
        text = render("answers/span_values.txt.j2", metric=metric, period=period.phrase,
                      groups=group_facts(facts), total=total, missing=missing)
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

    def _total(self, draft: Draft, metric: MetricRow, period: Period, facts: list[Fact]):
        """A derived total of yearly values, only for additive metrics with no year missing."""
        if not metric.additive or period.start is None or period.end is None:
            return None, []
        years = range(period.start.year, period.end.year + 1)
        for source in sorted({f.value.source for f in facts}):
            yearly = {f.value.period: f for f in facts if f.value.source == source and f.value.period.isdigit()}
            missing = [str(y) for y in years if str(y) not in yearly]
            if not missing:
                chosen = [yearly[str(y)] for y in years]
                total = sum(f.value.value for f in chosen)
                formula = " + ".join(format_number(f.value.value) for f in chosen) + f" = {format_number(total)}"
                return draft.derived(metric, f"{years[0]}/{years[-1]}", total, formula, chosen), []
        have = {f.value.period for f in facts}
        return None, [str(y) for y in years if str(y) not in have]

    def _answer_series(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        draft = Draft(self.store)
        rows = self._points(metric.id) or self.store.observations(metric.id)
        facts = [draft.observed(r, metric) for r in rows]
        interpretation = self._interpretation(intent, "every value the data holds, in order")
        if not facts:
            text = render("answers/no_value.txt.j2", metric=metric, period="any single year",
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "series", interpretation, text, self._suggest(metric))
        text = render("answers/series.txt.j2", metric=metric, groups=group_facts(facts))
        return draft.answer(intent, True, "series", interpretation, text, self._suggest(metric))

    def _answer_latest(self, intent: Intent) -> Answer:
        return self._extreme(intent, "latest")

    def _answer_peak(self, intent: Intent) -> Answer:
        return self._extreme(intent, "peak")

    def _answer_lowest(self, intent: Intent) -> Answer:
        return self._extreme(intent, "lowest")

    def _extreme(self, intent: Intent, kind: str) -> Answer:
        metric = self._metric(intent)
        draft = Draft(self.store)
        rows = self._points(metric.id)
        reading = {"latest": "its most recent value", "peak": "its highest value",
                   "lowest": "its lowest value"}[kind]
        interpretation = self._interpretation(intent, reading)
        if not rows:
            rows = self.store.observations(metric.id)
        if not rows:
            text = render("answers/no_value.txt.j2", metric=metric, period=reading,
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, kind, interpretation, text, self._suggest(metric))
        if kind == "latest":
            rows = self.store.observations(metric.id)
            key = max(r["period_end"] for r in rows)
            chosen = [r for r in rows if r["period_end"] == key]
        else:
            pick = max if kind == "peak" else min
            key = pick(r["value"] for r in rows)
            chosen = [r for r in rows if r["value"] == key]
        facts = [draft.observed(r, metric) for r in chosen]
        text = render("answers/extreme.txt.j2", metric=metric, kind=kind, groups=group_facts(facts),
                      count=len(rows))
        return draft.answer(intent, True, kind, interpretation, text, self._suggest(metric))

    def _answer_change(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        ranges = [p for p in intent.periods if p.form == "range"]
        if ranges and any(r["period"] == ranges[0].label for r in self.store.observations(metric.id)):
            return self._answer_span(intent)  # the source states this span's figure itself
        if metric.change_of:
            # "change in oil exports 2022-2024" reads the level's metric, with the stated change.
            metric = self.metrics[metric.change_of]
            intent.metric_id = metric.id
        draft = Draft(self.store)
        points = self._points(metric.id)
        everything = self.store.observations(metric.id)  # a "before the war" span is an end too
        ranges = [p for p in intent.periods if p.form == "range"]
        if len(intent.periods) == 1 and ranges:
            labels = [str(ranges[0].start.year), str(ranges[0].end.year)]
        elif len(intent.periods) >= 2:
            first, second = sorted(intent.periods[:2], key=lambda p: p.start or date.min)
            labels = [first.label, second.label]
        else:
            since = intent.periods[0]
            later = [r for r in points if since.start and r["period_start"] >= since.start.isoformat()]
            labels = [since.label.split("/")[0], later[-1]["period"] if later else ""]
        interpretation = self._interpretation(intent, f"the change from {describe_period(labels[0])} to {describe_period(labels[1]) if labels[1] else 'the latest value'}")
        pairs = []
        for source in sorted({r["source_id"] for r in everything}):
            start = [r for r in everything if r["period"] == labels[0] and r["source_id"] == source]
            end = [r for r in everything if r["period"] == labels[1] and r["source_id"] == source]
            if start and end:
                pairs.append((start[0], end[0]))
        if not pairs:
            # Different sources for the two ends are still comparable; say so.
            start = [r for r in everything if r["period"] == labels[0]]
            end = [r for r in everything if r["period"] == labels[1]]
            if start and end:
                pairs.append((start[0], end[0]))
        stated = [r for change_id in self.store.change_metrics(metric.id)
                  for r in self.store.observations(change_id)
                  if _states_change(r["period"], labels)]
        if not pairs and not stated:
            text = render("answers/no_value.txt.j2", metric=metric,
                          period=f"both {describe_period(labels[0])} and {describe_period(labels[1]) if labels[1] else 'a later year'}",
                          holdings=self._holdings(metric))
            return draft.answer(intent, False, "change", interpretation, text, self._suggest(metric))
        changes = []
        for start_row, end_row in pairs:
            a, b = draft.observed(start_row, metric), draft.observed(end_row, metric)
            diff = round(b.value.value - a.value.value, 3)
            span = f"{labels[0].split('/')[-1]}/{labels[1]}"
            absolute = draft.derived(metric, span, diff,
                                     f"{format_number(b.value.value)} − {format_number(a.value.value)} = {format_number(diff)}",
                                     [b, a], unit=_difference_unit(metric.unit))
            percent = None
            if a.value.value and metric.unit not in ("percent",):
                pct = round(100 * diff / a.value.value, 1)
                percent = draft.derived(metric, span, pct,
                                        f"({format_number(b.value.value)} − {format_number(a.value.value)}) / {format_number(a.value.value)} × 100 = {format_number(pct)}",
                                        [b, a], unit="percent")
            changes.append({"start": a, "end": b, "absolute": absolute, "percent": percent})
        stated_facts = [draft.observed(r, self.metrics[r["metric_id"]]) for r in stated]
        text = render("answers/change.txt.j2", metric=metric, changes=changes, stated=stated_facts)
        return draft.answer(intent, True, "change", interpretation, text, self._suggest(metric))


def _states_change(period: str, labels: list[str]) -> bool:
    """A source's stated change fits the asked one: the same span, or a
    change on the year before when the two years asked are consecutive."""
    first, last = labels[0].split("/")[-1], labels[1]
    if period == f"{first}/{last}":
        return True
    return period == last and first.isdigit() and last.isdigit() and int(last) - int(first) == 1


def _same_span_start(row: sqlite3.Row, period: Period) -> bool:
    """A span starting when the question's does: the same day, or the same
    month when the source dates its start only to the month."""
    start = row["period_start"]
    if period.start is None:
        return start is None
    if not start:
        return False
    asked = period.start.isoformat()
    if start == asked:
        return True
    left = row["period"].split("/")[0]
    return len(left) == 7 and start[:7] == asked[:7]


def _difference_unit(unit: str) -> str:
    """The difference of two shares is in percentage points, not percent."""
    return "percentage points" if unit == "percent" else unit


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
