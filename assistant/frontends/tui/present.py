"""An Answer laid out for the terminal app: headline, value rows, marks, footnotes, chart series.

Pure functions of the Answer and the read-only Store, with no Textual here:
the widgets only place what `Presenter.layout` returns, and these functions
are tested without an app.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import cached_property

from ...answer import Answer, Value
from ...answering.figures import can_both_hold
from ...reading.periods import describe_label, describe_period
from ...data.periods import PeriodError, parse_period
from ...writing.render import format_number
from ...data.store import Store
from ...writing.reading import read_as_line
from .writing import FALLBACK_STYLE, footnotes

# Kinds whose answers draw the metric's series (the issue asks for series,
# span and change; latest, peak and lowest read well on a chart too).
CHART_KINDS = ("series", "span", "change", "latest", "peak", "lowest")
UNIT_WORDS = {"percent": "%", "percentage points": "percentage points"}


@dataclass(frozen=True)
class Headline:
    number: str       # "245", "+55", "2,300,000"
    unit: str         # "USD bn", "%", "exercises"
    caption: str      # "Bilateral trade, 2024"
    qualifier: str = ""


@dataclass(frozen=True)
class ValueRow:
    metric: str
    period: str
    value: str
    unit: str
    qualifier: str
    source: str       # "Wikipedia [2]"
    derived: bool
    disputed: str  # "≠ Wikipedia 31": what another source gives instead, or ""
    reporter: str = ""  # "China": whose statistics, where a producer gives each country's


@dataclass(frozen=True)
class EventRow:
    date: str
    title: str
    source: str


@dataclass(frozen=True)
class SeriesLine:
    source: str
    xs: list[float]
    ys: list[float]
    periods: list[str]

    def runs(self) -> list[list[int]]:
        """The indexes of the points in runs of adjacent periods (2019, 2020, 2021;
        or months in a row): a line joins the points of a run, never two runs, so a
        period with no figure shows as a gap."""
        runs: list[list[int]] = []
        previous = None
        for index, period in sorted(enumerate(self.periods), key=lambda item: self.xs[item[0]]):
            try:
                start, end = parse_period(period)
            except PeriodError:
                start = end = None
            adjacent = (previous is not None and start is not None
                        and (start == previous[0] or start == previous[1] + timedelta(days=1)))
            if adjacent:
                runs[-1].append(index)
            else:
                runs.append([index])
            previous = (start, end) if start is not None else None
        return runs


@dataclass(frozen=True)
class Series:
    """A metric's point values by source, with what the question asked marked."""

    title: str
    unit: str
    lines: list[SeriesLine]
    highlight: list[tuple[float, float]] = field(default_factory=list)
    window: tuple[float, float] | None = None   # a span's first and last moment
    note: str = ""    # what the chart does not show: the years of a span not held one by one


@dataclass(frozen=True)
class Display:
    answer: Answer
    question: str
    answered: bool
    kind: str
    headline: Headline | None
    text: str
    interpretation: str
    rows: list[ValueRow]
    several_metrics: bool
    events: list[EventRow]
    derivations: list[str]
    disagreements: list[str]
    footnotes: list[str]
    suggestions: list[str]
    series: Series | None
    chart_note: str = ""


LINK_LABEL_WIDTH = 44  # a link's label fits a line of the narrowest answer, so it never wraps


def link_label(url: str, width: int = LINK_LABEL_WIDTH) -> str:
    """A web address as a reader recognises it, short enough never to wrap:
    'https://en.wikipedia.org/wiki/China%E2%80%93Russia_relations#Economic_relations'
    -> 'en.wikipedia.org/…#Economic_relations'.  The link itself keeps the address."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    path = unquote(parts.path).rstrip("/")
    fragment = unquote(parts.fragment)
    whole = host + path + (f"#{fragment}" if fragment else "")
    if len(whole) <= width:
        return whole
    tail = f"#{fragment}" if fragment else "/" + path.rsplit("/", 1)[-1]
    shown = f"{host}/…{tail}" if path.count("/") > 1 or fragment else f"{host}{tail}"
    if len(shown) > width:  # cut between words of the address where it can be
        cut = shown[:width - 1]
        words = max(cut.rfind("-"), cut.rfind("_"))
        shown = (cut[:words + 1] if words > len(host) + 4 else cut) + "…"
    return shown


def decimal_year(label: str) -> float:
    """Where a period sits on a time axis: 2024 -> 2024.0, 2022-07 -> 2022.5."""
    start, _ = parse_period(label)
    if label.isdigit():
        return float(start.year)
    return start.year + (start.timetuple().tm_yday - 1) / 365.25


def signed(value: float) -> str:
    return ("+" if value > 0 else "") + format_number(value)


class Presenter:
    """Lays answers out for the app; one per open database."""

    def __init__(self, store: Store):
        self.store = store

    @cached_property
    def disputed_records(self) -> dict[str, list[str]]:
        """Observation id -> what other records that contradict it give (the `conflicts` view):
        another source's figure for the same metric and period ("Wikipedia 31"), or the other
        source and what a curated disagreement is about ("Wikipedia, on exercises before 2012")."""
        try:
            rows = self.store.rows("select kind, about, record_a, source_a, value_a, record_b, source_b, value_b "
                                   "from conflicts")
        except Exception:  # an older database without the view: no marks
            return {}
        others: dict[str, list[str]] = {}
        for r in rows:
            for mine, theirs in (("a", "b"), ("b", "a")):
                source = self.short_name(r[f"source_{theirs}"])
                if r["kind"] == "curated":
                    said = f"{source}, on {r['about'].replace('-', ' ')}"
                else:
                    said = f"{source} {format_number(r[f'value_{theirs}'])}"
                mentioned = others.setdefault(r[f"record_{mine}"], [])
                if said not in mentioned:
                    mentioned.append(said)
        return others

    def short_name(self, source_id: str) -> str:
        source = self.store.sources.get(source_id)
        return source.short_name if source else source_id

    def layout(self, answer: Answer, style: str = FALLBACK_STYLE) -> Display:
        """The answer laid out, its footnotes in citation `style`."""
        marks = {(c.source, c.locator): n for n, c in enumerate(answer.citations, start=1)}
        rows = self._rows(answer.values, marks)
        series, chart_note = self.series(answer)
        return Display(
            answer=answer,
            question=answer.question,
            answered=answer.answered,
            kind=answer.kind,
            headline=self.headline(answer),
            text=answer.text_beside_citations(),
            interpretation=read_as_line(answer) or answer.interpretation,
            rows=rows,
            several_metrics=len({v.metric for v in answer.values}) > 1,
            events=self._event_rows(answer, marks),
            derivations=[f"{v.label}, {v.period}: {v.formula}" for v in answer.values if v.derived],
            disagreements=self.disagreements(answer),
            footnotes=footnotes(answer, style, self.store.sources),
            suggestions=answer.suggestions,
            series=series,
            chart_note=chart_note,
        )

    # --- pieces -------------------------------------------------------------

    def _source_cell(self, source_id: str, locator: str, marks: dict,
                     numbers: list[int] | None = None) -> str:
        numbers = numbers or [n for n in [marks.get((source_id, locator))] if n]
        return self.short_name(source_id) + (" " + "".join(f"[{n}]" for n in numbers) if numbers else "")

    def _rows(self, values: list[Value], marks: dict) -> list[ValueRow]:
        """One row per figure: the same figure cited from two sections of one source
        (Wikipedia's lead and its economy section) is one row with both marks."""
        groups: dict[tuple, list[Value]] = {}
        for value in values:
            key = (value.label, value.period, value.value, value.unit, value.qualifier,
                   value.source, value.derived, value.formula if value.derived else "")
            groups.setdefault(key, []).append(value)
        rows = []
        for group in groups.values():
            numbers = sorted({n for v in group for n in (
                v.cites or [n for n in [marks.get((v.source, v.locator))] if n])})
            row = self._row(group[0], marks, numbers)
            disputed = next((d for v in group if (d := self._disputed(v))), "")
            rows.append(row if row.disputed == disputed else replace(row, disputed=disputed))
        return rows

    def _event_rows(self, answer: Answer, marks: dict) -> list[EventRow]:
        """One row per event: the same event from two sections (the lead and the body) is one
        row with both marks, as the answer's text gives it once."""
        ids = [e.event_id for e in answer.events if e.event_id]
        try:
            claims = {row["id"]: row["claim"] for row in self.store.rows(
                f"select id, claim from events where id in ({','.join('?' * len(ids))}) and claim != ''", ids)} if ids else {}
        except Exception:  # an older database without claims: each record its own row
            claims = {}
        groups: dict[tuple, list] = {}
        for event in answer.events:
            same = claims.get(event.event_id or "") or event.title
            groups.setdefault((event.date, same, event.source), []).append(event)
        rows = []
        for (date, _, source), group in groups.items():
            numbers = sorted({n for e in group for n in [marks.get((e.source, e.locator))] if n})
            rows.append(EventRow(date, group[0].title, self._source_cell(source, group[0].locator, marks, numbers)))
        return rows

    def _disputed(self, value: Value) -> str:
        others = self.disputed_records.get(value.observation_id or "")
        return "≠ " + "; ".join(others) if others else ""

    def _row(self, value: Value, marks: dict, numbers: list[int] | None = None) -> ValueRow:
        source = self._source_cell(value.source, value.locator, marks, numbers or value.cites)
        if value.derived:
            # a figure worked out from several sources' figures (79 − 76) names each of them
            cited = {n: source_id for (source_id, _), n in marks.items()}
            used = numbers or value.cites
            inputs = list(dict.fromkeys(cited[n] for n in used if n in cited))
            if len(inputs) > 1:
                source = " and ".join(self.short_name(i) for i in inputs) + " " + "".join(f"[{n}]" for n in used)
        return ValueRow(
            metric=value.label, period=value.period, value=format_number(value.value),
            unit=value.unit, qualifier=value.qualifier,
            source=f"crr, from {source}" if value.derived else source,
            derived=value.derived,
            disputed=self._disputed(value),
            reporter=value.reporter.title() if value.reporter else "",
        )

    def headline(self, answer: Answer) -> Headline | None:
        """The figure to show large: the asked value, a change, or a series' latest."""
        if not answer.answered or not answer.values:
            return None
        observed = [v for v in answer.values if not v.derived]
        derived = [v for v in answer.values if v.derived]
        from ...answering.draft import is_the_answer  # here: the app's first screen needs no engine

        asked = [v for v in derived if is_the_answer(v)] or (derived[:1] if answer.kind == "balance" else [])
        if asked:  # a total, an average, a whole less a part, a balance: the figure asked for
            return _headline(asked[0], f"{asked[0].label}, {describe_period(asked[0].period)}, derived by crr")
        if answer.kind in ("change", "swing"):  # a change asked, or the largest of a year's
            percents = [v for v in derived if "× 100" in (v.formula or "")]
            absolutes = [v for v in derived if v not in percents]
            if absolutes:
                change = absolutes[0]
                caption = f"change in {change.label}, {describe_period(change.period)}"
                if percents:
                    caption += f" ({signed(percents[0].value)}%)"
                return Headline(signed(change.value), _unit(change.unit), caption)
        # A span the sources give no figure for is shown as its years are: the latest of them,
        # never the first year as though it were the span's.
        years_only = len({v.period for v in observed}) > 1 and not any("/" in v.period for v in observed)
        if observed and (answer.kind == "series" or answer.kind == "span" and years_only):
            latest = max(observed, key=lambda v: _sort_key(v.period))
            first = min(observed, key=lambda v: _sort_key(v.period))
            periods = {v.period for v in observed}
            caption = (f"{latest.label} in {describe_period(latest.period)}, the latest "
                       f"of {len(periods)} periods from {describe_period(first.period)}"
                       if len(periods) > 1 else
                       f"{latest.label} in {describe_period(latest.period)}, the only period in the data")
            return _headline(latest, caption + _range_of(latest, observed))
        chosen = observed[0] if observed else answer.values[0]
        as_of = self._as_of(chosen.source)
        when = describe_period(chosen.period, as_of)
        # ("Su-27 fighters ordered by China in 1992": a name with its time says it once)
        caption = chosen.label if when in chosen.label else f"{chosen.label}, {when}"
        # (the one figure held is no latest of several)
        held_once = answer.kind == "latest" and len({r["period"] for r in self.store.observations(chosen.metric)}) < 2
        if answer.kind in ("peak", "lowest", "latest") and not held_once:
            word = {"peak": "highest", "lowest": "lowest", "latest": "latest"}[answer.kind]
            caption = f"{word} {caption}"
        if chosen.derived:
            caption += ", derived by crr"
        return _headline(chosen, caption + _range_of(chosen, observed))

    def _as_of(self, source_id: str) -> str | None:
        source = self.store.sources.get(source_id)
        return source.as_of if source else None

    def disagreements(self, answer: Answer) -> list[str]:
        """Curated notes on the records the answer uses, and same-period splits."""
        notes = []
        ids = [v.observation_id for v in answer.values if v.observation_id]
        try:
            # Curated notes already in the answer's text are not said twice.
            notes = [row["note"] for row in self.store.disagreement_notes(ids)
                     if row["note"] and row["note"] not in answer.text]
        except Exception:
            notes = []
        by_key: dict[tuple, list[Value]] = {}
        for value in answer.values:
            if not value.derived:
                by_key.setdefault((value.label, value.period, value.unit), []).append(value)
        for (label, period, unit), values in by_key.items():
            if len({v.value for v in values}) > 1 and not all(
                    can_both_hold(a, b, self.store.bounds) for i, a in enumerate(values) for b in values[i + 1:]):
                # (two floors, "over 2.3 million" and "more than 2 million", never clash: the
                # answers of every front end say so alike)
                # (one source's figures as each country reports them: the reports differ, not the sources)
                stated = "; ".join(f"{format_number(v.value)} ({self.short_name(v.source)}"
                                   f"{f', as {v.reporter.title()} reports it' if v.reporter else ''})"
                                   for v in values)
                who = "the sources" if len({v.source for v in values}) > 1 else "the two countries' reports"
                notes.append(f"{label}, {period}: {who} differ — {stated}.")
        return notes

    def series(self, answer: Answer) -> tuple[Series | None, str]:
        """The chart of the answer's metric, or why there is none."""
        if answer.kind not in CHART_KINDS or not answer.answered or not answer.values:
            return None, ""
        # The metric the question was read as (a change answer may show only a stated change).
        metric = self.store.metrics.get(answer.context.get("metric") or answer.values[0].metric)
        if metric is None:
            return None, ""
        lines: dict[str, SeriesLine] = {}
        points = spans = 0
        for row in self.store.observations(metric.id):
            label = row["period"]
            if row["value"] is None:
                continue
            if "/" in label:
                spans += 1  # ("since February 2024": a span, which a line of years does not draw)
                continue
            try:
                x = decimal_year(label)
            except PeriodError:
                continue
            name = self.short_name(row["source_id"])
            reporter = row["reporter"] if "reporter" in row.keys() else ""
            if reporter:  # one line for each side's own figures (the IMF's China and Russia)
                name += f", as {reporter.title()} reports it"
            line = lines.setdefault(name, SeriesLine(name, [], [], []))
            line.xs.append(x)
            line.ys.append(float(row["value"]))
            line.periods.append(label)
            points += 1
        if len({x for line in lines.values() for x in line.xs}) < 2:
            held = "no figure" if points == 0 else "one figure"
            spanned = f", and {spans} for spans of time, which a line of years does not draw" if spans else ""
            return None, (f"No chart: of {metric.name} the data holds {held} dated to a single year or month"
                          f"{spanned}; a chart needs two.")
        highlight, window = self._asked(answer, metric.id, lines)
        return Series(metric.titled, metric.unit, list(lines.values()),
                      highlight, window, span_note(lines.values(), window)), ""

    def _asked(self, answer: Answer, metric_id: str, lines: dict[str, SeriesLine]):
        """The points and the window the question asked about."""
        asked = [v for v in answer.values if v.metric == metric_id and not v.derived]
        window = None
        periods: set[str] = set()
        if answer.kind == "span":
            spans = [v.period for v in asked if "/" in v.period]
            if spans:
                start, end = parse_period(spans[0])
                low = min(x for line in lines.values() for x in line.xs)
                window = (decimal_year(start.isoformat()) if start else low,
                          decimal_year(end.isoformat()))
            else:
                periods = {v.period for v in asked}
        elif answer.kind != "series":
            periods = {v.period for v in asked if "/" not in v.period}
        highlight = []
        for line in lines.values():
            for x, y, period in zip(line.xs, line.ys, line.periods):
                if period in periods or (window and window[0] <= x <= window[1]):
                    highlight.append((x, y))
        return highlight, window


def span_note(lines, window: tuple[float, float] | None) -> str:
    """For a span: which of its years the data holds one by one, and which it does not
    (the span's figure counts them, the chart cannot show them)."""
    if window is None:
        return ""
    years = range(int(window[0]), int(window[1] - 1e-9) + 1)
    held = sorted({int(period) for line in lines for period in line.periods
                   if period.isdigit() and int(period) in years})
    missing = [year for year in years if year not in held]
    if not missing:
        return ""
    if not held:
        return (f"No year from {years[0]} to {years[-1]} is held on its own: the data holds the "
                "span's figure, not its years.")
    return (f"Year by year the data holds {_and(held)} only; {_and(_ranges(missing))} "
            f"{'is' if len(missing) == 1 else 'are'} in the span's figure but not held year by year.")


def _ranges(years: list[int]) -> list[str]:
    """[2022, 2023, 2026] -> ['2022–2023', '2026']."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return [f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs]


def _and(items) -> str:
    items = [str(item) for item in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _range_of(value: Value, observed: list[Value]) -> str:
    """", the upper end of a range from 5" when the answer gives the value's lower end too."""
    low = next((v for v in observed if v.metric == f"{value.metric}_low" and v.period == value.period), None)
    return f", the upper end of a range from {format_number(low.value)}" if low else ""


def _unit(unit: str) -> str:
    return UNIT_WORDS.get(unit, unit)


def _headline(value: Value, caption: str) -> Headline:
    return Headline(format_number(value.value), _unit(value.unit), caption, value.qualifier)


def _sort_key(label: str):
    try:
        start, end = parse_period(label)
    except PeriodError:
        return ("", label)
    return (end.isoformat(), (start.isoformat() if start else ""))


def example_questions(store: Store, metric_id: str) -> list[tuple[str, str]]:
    """(short label, question) pairs the data can answer about one metric, for the sidebar."""
    metric = store.metrics[metric_id]
    name = metric.name  # as written: the question asked is shown, kept and exported
    rows = store.observations(metric_id)
    points = [r["period"] for r in rows if "/" not in r["period"]]
    spans = [r["period"] for r in rows if "/" in r["period"] and not r["period"].startswith("..")]
    questions = []
    if points:
        when = describe_label(points[-1])
        questions.append((f"in {when}", f"{name} in {when}"))
    if len(set(points)) >= 2:
        questions.append(("over time (chart)", f"{name} over time"))
        years = sorted({p for p in points if p.isdigit()})
        if len(years) >= 2:
            questions.append((f"{years[-1]} vs {years[0]}", f"{name} {years[-1]} vs {years[0]}"))
    if spans:
        since = describe_label(spans[0].split("/")[0])
        questions.append((f"since {since}", f"{name} since {since}"))
    if rows:
        questions.append(("latest", f"{name}, latest"))
    return questions
