"""An answer being assembled: its values and events, numbered citations, and
the groups of facts that the answer templates put into words."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

from ..answer import Answer, Citation, EventRef, Value
from ..writing.render import TRAILING_QUALIFIERS, format_value
from ..data.store import MetricRow, SourceRow, Store
from ..reading.periods import describe_period
from ..reading.read import Intent
from ..reading.words import Lazy


# A warning in an observation's note ("Caution: the source writes million ..."),
# repeated in every answer that states the value.
CAUTION = Lazy(r"\bCaution: ([^.]*\.)")

# What a locator names in each kind of source.
LOCATOR_WORDS = {"encyclopedia": "section", "dashboard": "chart", "dataset": "table"}


@lru_cache(maxsize=4096)
def _cautions(note: str) -> tuple[str, ...]:
    """The warnings in an observation's note, found once for each note."""
    return tuple(CAUTION.findall(note))


# (a row's id, a metric's id) -> what a value of the row always holds (Draft._stamp).  The
# row is kept with it, so that no other row can take its id while it is here.
_STAMPS: dict[tuple[int, str], tuple] = {}
MAX_STAMPS = 8192


_READ_FROM: dict[tuple[str, str, str], str] = {}


def _read_from(source: SourceRow, locator: str) -> str:
    """Where crr read the source's figures cited at the locator, when not from its producer."""
    from ..writing.cite import provenance_note

    edition = source.edition(locator)
    published = edition[0] if edition else source.date_published
    key = (source.id, published, source.vintage)
    if key not in _READ_FROM:
        _READ_FROM[key] = provenance_note(source, published)
    return _READ_FROM[key]


@dataclass
class Draft:
    """An answer being assembled: values and events, with numbered citations."""

    store: Store
    values: list[Value] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    cautions: list[str] = field(default_factory=list)  # the curators' warnings on stated values
    # (source id, locator) -> its citation's number: a series cites the same few for every value.
    numbers: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)

    def cite(self, source_id: str, locator: str) -> int:
        number = self.numbers.get((source_id, locator))
        if number is not None:
            return number
        source = self.store.sources[source_id]
        anchor = self.store.anchors.get((source_id, locator), "")
        url = source.url_main + (f"#{anchor}" if anchor else "")
        word = LOCATOR_WORDS.get(source.kind, "part")
        text = (f"{source.producer}, \u201c{source.title}\u201d, {word} \u201c{locator}\u201d, "
                f"{url}, accessed {source.date_accessed}.")
        if source.processing:
            text += f" {source.processing.split('. ')[0].rstrip('.')}."
        if (read := _read_from(source, locator)):
            text += f" {read[:1].upper()}{read[1:]}."  # (the vendor's export, the copy crr read)
        self.citations.append(Citation.model_construct(source=source_id, locator=locator, text=text, url=url,
                                       accessed=source.date_accessed))
        number = self.numbers[(source_id, locator)] = len(self.citations)
        return number

    def observed(self, row: sqlite3.Row, metric: MetricRow) -> "Fact":
        # A series states every row of a metric, and the same rows question after
        # question: what a row's value and fact always hold is worked out once a row.
        stamp = _STAMPS.get((id(row), metric.id))
        if stamp is None or stamp[0] is not row:
            stamp = self._stamp(row, metric)
        _, fields, cited, cautions, source_name, period_text, note, written = stamp
        number = self.numbers.get(cited) or self.cite(*cited)
        cites = [number]
        value = Value(**fields, cites=cites)
        self.values.append(value)
        for caution in cautions:
            if caution not in self.cautions:
                self.cautions.append(caution)
        return Fact(value, cites, source_name, period_text, note, written)

    def _stamp(self, row: sqlite3.Row, metric: MetricRow) -> tuple:
        """(the row, its value's fields, its citation's source and locator, the cautions of
        its note, its source's name, its period in words, its note, a fraction's words), kept
        for the row."""
        source_id, period, locator, reporter = row["source_id"], row["period"], row["locator"], row["reporter"] or ""
        fields = dict(metric=metric.id, label=metric.name, period=period, value=row["value"], unit=row["unit"],
                      qualifier=row["qualifier"] or "", source=source_id, locator=locator,
                      observation_id=row["id"], reporter=reporter)
        note = row["note"] or ""
        source = self.store.sources[source_id]
        stamp = (row, fields, (source_id, locator), _cautions(note) if note else (),
                 source.short_name + as_reported(reporter) if reporter else source.short_name,
                 describe_period(period, source.as_of), note, _fraction_written(row))
        if len(_STAMPS) >= MAX_STAMPS:
            _STAMPS.pop(next(iter(_STAMPS)))  # the oldest goes first
        _STAMPS[(id(row), metric.id)] = stamp
        return stamp

    def derived(self, metric: MetricRow, period: str, number: float, formula: str,
                inputs: list["Fact"], unit: str | None = None, label: str = "") -> "Fact":
        """A figure crr works out from cited ones; `label` says what it is when it is not
        the metric itself (a total, a gap between sources)."""
        source = inputs[0].value.source
        value = Value.model_construct(
            metric=metric.id, label=label or metric.name, period=period, value=round(number, 3),
            # ("about" only where the working out rounds: 13.6 / 9.4, not 57.092 − 50.608)
            unit=unit or metric.unit, qualifier="about" if abs(round(number, 3) - number) > 1e-9 else "",
            source=source, locator=inputs[0].value.locator, derived=True, formula=formula,
        )
        self.values.append(value)
        cites = value.cites = sorted({n for fact in inputs for n in fact.cites})
        sources = sorted({fact.source_name for fact in inputs})
        return Fact(value, cites, " and ".join(sources),
                    describe_period(period), "")

    def _disputes(self) -> list[str]:
        """A pointer to each value stated here that the curators record a disagreement on
        (the note itself, with its figures, comes with the question about that value)."""
        disputed = self.store.disputed_records([v.observation_id for v in self.values if v.observation_id])
        seen, said, lines = set(), set(), []
        for value in self.values:
            key = (value.label, value.period)
            if value.observation_id in disputed and key not in seen:
                seen.add(key)
                when = describe_period(value.period)
                if "/" not in value.period:
                    lines.append(f"Note: the sources disagree on {value.label} for {when}; "
                                 f"ask “{value.label.lower()} {when}” for the note on it.")
                    continue
                # A span has no question of its own to ask the note with: the note itself, once.
                for row in self.store.disagreement_notes([value.observation_id]):
                    if row["id"] not in said:
                        said.add(row["id"])
                        lines.append(f"Note: {row['note']}")
        return lines

    def _with_lower_bounds(self, text: str) -> str:
        """A value that is the upper end of a range the source gives ("five or six times a
        year", stored as two records, the lower one under the metric's id with "_low") is
        given with its lower end, so that no one quotes the one end as the figure."""
        metrics = self.store.metrics
        lines = []
        for value in list(self.values):
            low = metrics.get(f"{value.metric}_low")
            if value.derived or low is None or any(v.metric == low.id for v in self.values):
                continue
            rows = [r for r in self.store.observations(low.id)
                    if r["period"] == value.period and r["source_id"] == value.source]
            if rows:
                fact = self.observed(rows[0], low)
                high = format_value(value.value, value.unit, value.qualifier)
                lines.append(f"The source gives a range: {fact.text} to {high} ({fact.source_name}{fact.marks}).")
        return text.rstrip("\n") + "\n" + "\n".join(lines) + "\n" if lines else text

    def short(self, source_id: str) -> str:
        return self.store.sources[source_id].short_name

    def answer(self, intent: Intent, answered: bool, kind: str, interpretation: str,
               text: str, suggestions: list[str]) -> Answer:
        if answered:
            # What a reader must not miss goes in the text itself, so that every front
            # end, copy and export carries it: the curators' cautions, and their notes
            # on sources that disagree about a value stated here.
            text = self._with_lower_bounds(text)
            warnings = [] if "Note: " in text else self._disputes()
            warnings += [f"Caution: {c}" for c in self.cautions]
            if warnings:
                text = text.rstrip("\n") + "\n" + "\n".join(warnings)
        # An event cited twice (found again for a list after a first try) is one event.
        events = _first_of_each(self.events)
        return Answer.model_construct(
            question=intent.question, answered=answered, kind=kind,
            interpretation=interpretation, text=text, values=self.values,
            events=events, citations=self.citations, suggestions=suggestions,
        )


def _first_of_each(events: list[EventRef]) -> list[EventRef]:
    """Each event once, where it was first cited."""
    seen: dict[tuple, EventRef] = {}
    for event in events:
        seen.setdefault((event.event_id or event.title, event.date, event.source, event.locator), event)
    return list(seen.values())


# How a derived figure that is itself the answer is labelled: a total or an average of
# the years asked, or a whole less the part a question leaves out.  Front ends show it first.
TOTAL_OF, AVERAGE_OF, LEAVING_OUT, AS_A_SHARE = "Total of ", "Average of ", ", leaving out ", " as a share of "
REST_OF = "The rest of: "  # 100 less a share, where the rest of its whole is asked


def is_the_answer(value: Value) -> bool:
    """Whether a derived value is the figure asked for, not a step or a gap beside it."""
    return value.derived and (value.label.startswith((TOTAL_OF, AVERAGE_OF, REST_OF)) or LEAVING_OUT in value.label
                              or AS_A_SHARE in value.label)


@dataclass
class Fact:
    """One value as the templates use it: with its citation numbers and words."""

    value: Value
    cites: list[int]
    source_name: str
    period_text: str
    note: str
    written: str = ""  # a share the source gives as a fraction ("a third"), as it writes it

    @property
    def text(self) -> str:
        return worded(self.value, self.value.qualifier, self.written)

    @property
    def marks(self) -> str:
        return "".join(f"[{n}]" for n in self.cites)


# A share written as a fraction: "a third", "one half", "two thirds", "a quarter".
FRACTION = Lazy(r"^(?:a|an|one|two|three)?\s*(?:half|halves|thirds?|quarters?|fifths?)$", re.IGNORECASE)


def _fraction_written(row: sqlite3.Row) -> str:
    """The words of a share the source gives as a fraction ("a third"), else nothing."""
    try:
        written = row["as_written"] or ""
    except IndexError:  # a row of a query without the column
        return ""
    return written if FRACTION.match(written) else ""


def worded(value: Value, qualifier: str, written: str = "") -> str:
    """A value as a writer would put it; a share the source gives as a fraction keeps its
    words, the percent worked out from them beside them, as the fraction's and not the
    figure's when the source gives a bound ("more than a third (a third is 33.3%)")."""
    if not written:
        return format_value(value.value, value.unit, qualifier)
    number = format_value(value.value, value.unit)
    return f"{qualifier} {written} ({written} is {number})" if qualifier and qualifier not in TRAILING_QUALIFIERS \
        else f"{written} ({number}{', ' + qualifier if qualifier else ''})"


def as_reported(reporter: str) -> str:
    """', as China reports it' for a figure from one side's statistics; else nothing."""
    return f", as {reporter.title()} reports it" if reporter else ""


@dataclass
class Group:
    """Facts that state the same value for the same period, from one or more records."""

    facts: list[Fact]

    @property
    def text(self) -> str:
        head = self.facts[0].value
        if len(self.facts) == 1:  # most groups: a series' values are one record each
            qualifier = head.qualifier
        else:
            qualifiers = {f.value.qualifier for f in self.facts}
            qualifier = qualifiers.pop() if len(qualifiers) == 1 else ""
        written = {f.written for f in self.facts}
        return worded(head, "" if qualifier == "record" else qualifier, written.pop() if len(written) == 1 else "")

    @property
    def record(self) -> bool:
        return any(f.value.qualifier == "record" for f in self.facts)

    @property
    def attribution(self) -> str:
        """'Wikipedia[1][2]; China-Russia Dashboard[3]' with one entry per source (and
        reporter: 'IMF Direction of Trade Statistics, as China reports it[4]')."""
        if len(self.facts) == 1:  # most groups: a series' values are one record each
            fact = self.facts[0]
            cites = fact.cites
            marks = f"[{cites[0]}]" if len(cites) == 1 else "".join([f"[{n}]" for n in dict.fromkeys(cites)])
            return f"{fact.source_name}, a record{marks}" if fact.value.qualifier == "record" \
                else f"{fact.source_name}{marks}"
        by_source: dict[str, list[int]] = {}
        records: set[str] = set()
        for fact in self.facts:
            name = fact.source_name
            marks = by_source.setdefault(name, [])
            for number in fact.cites:
                if number not in marks:
                    marks.append(number)
            if fact.value.qualifier == "record":
                records.add(name)
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

def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
