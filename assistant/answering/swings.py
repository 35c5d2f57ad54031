"""The largest change from one year to the next: "the biggest drop in trade", "in which
year did the yuan share rise the most?".

No source states these; crr works each one out from two years that one source gives
back to back, shows the arithmetic, and says over which years it looked.
"""

from __future__ import annotations

import sqlite3

from ..answer import Answer
from ..reading.read import Intent
from ..writing.render import format_number, render
from .draft import Draft, join_words
from .figures import BOUNDS, _difference_unit, _runs_of_years
from ..reading.words import Lazy

FALLING = Lazy(r"\b(?:drops?|dropped|falls?|fell|declin\w*|decreas\w*|contraction|contracted|shr[iau]nk\w*"
               r"|slump\w*|plung\w*|worst|losses|loss)\b")
RISING = Lazy(r"\b(?:rises?|rose|risen|increas\w*|jump\w*|grow\w*|grew|growth|gains?|gained|surg\w*|climb\w*)\b")
# Measured as a percent of the year before, not in the figure's own unit.
RELATIVE = Lazy(r"\b(?:fastest|percent|percentage|per cent|rate)\b|%")


class SwingAnswers:
    """Mixed into Engine, beside FigureAnswers, which provides the metric and its rows."""

    def _answer_swing(self, intent: Intent) -> Answer:
        metric = self._metric(intent)
        if metric.change_of:  # "the biggest change in trade": worked out from the levels
            metric = self.metrics[metric.change_of]
            intent.metric_id = metric.id
        draft = Draft(self.store)
        text_asked = intent.normalized
        way = "fall" if FALLING.search(text_asked) else "rise" if RISING.search(text_asked) else "either"
        # (the question as written: "biggest percentage drop" is read as "biggest drop")
        relative = bool(RELATIVE.search(text_asked) or RELATIVE.search(intent.question.lower())) and metric.unit != "percent"
        reading = {"fall": "its largest fall", "rise": "its largest rise", "either": "its largest change"}[way]
        interpretation = self._interpretation(intent, f"{reading} from one year to the next")
        rows = [r for r in self._within_asked(intent, self._points(metric.id))[0] if len(r["period"]) == 4]
        steps = _steps(rows)
        if relative:
            steps = [s for s in steps if s[0]["value"] > 0]
        if way != "either":
            steps = [s for s in steps if (s[1]["value"] - s[0]["value"] < 0) == (way == "fall")
                     and s[1]["value"] != s[0]["value"]]
        years = sorted({r["period"] for r in rows})
        if not steps:
            text = render("answers/swing_none.txt.j2", metric=metric, way=way,
                          years=join_words(_runs_of_years(years)) if years else "")
            return draft.answer(intent, False, "swing", interpretation, text, self._suggest(metric))

        def size(step: tuple[sqlite3.Row, sqlite3.Row]) -> float:
            start, end = step[0]["value"], step[1]["value"]
            change = (end - start) / start if relative else end - start
            return abs(change)

        biggest = max(size(s) for s in steps)
        lines = [self._swing_line(draft, metric, s) for s in steps if size(s) == biggest]
        pairs = len({(s[0]["period"], s[1]["period"]) for s in _steps(rows)})
        other = None
        if not relative and metric.unit != "percent" and (positive := [s for s in steps if s[0]["value"] > 0]):
            # ranked by the amount: the step largest as a percent of the year before, when another
            def rate(step: tuple[sqlite3.Row, sqlite3.Row]) -> float:
                return abs((step[1]["value"] - step[0]["value"]) / step[0]["value"])
            step = max(positive, key=rate)
            if size(step) != biggest:
                other = self._swing_line(draft, metric, step)
        text = render("answers/swing.txt.j2", metric=metric, way=way, lines=lines, relative=relative,
                      pairs=pairs, years=join_words(_runs_of_years(years)), other=other)
        return draft.answer(intent, True, "swing", interpretation, text, self._suggest(metric))


    def _swing_line(self, draft: Draft, metric, step: tuple[sqlite3.Row, sqlite3.Row]) -> dict:
        """One year's change to the next: both figures, cited, and the change in the unit
        and as a percent of the year before, each derived with its arithmetic."""
        start_row, end_row = step
        start, end = draft.observed(start_row, metric), draft.observed(end_row, metric)
        a, b = start_row["value"], end_row["value"]
        span = f"{start_row['period']}/{end_row['period']}"
        diff = round(b - a, 3)
        absolute = draft.derived(metric, span, diff, f"{format_number(b)} − {format_number(a)} = {format_number(diff)}",
                                 [end, start], unit=_difference_unit(metric.unit))
        percent = None
        if a > 0 and metric.unit != "percent":
            pct = round(100 * diff / a, 1)
            percent = draft.derived(metric, span, pct,
                                    f"({format_number(b)} − {format_number(a)}) / {format_number(a)} × 100 = {format_number(pct)}",
                                    [end, start], unit="percent")
        return {"start": start, "end": end, "absolute": absolute, "percent": percent}


def _steps(rows: list[sqlite3.Row]) -> list[tuple[sqlite3.Row, sqlite3.Row]]:
    """Each pair of back-to-back years that one source (and reporter) gives as levels,
    earlier first.  A bound ("more than 30,000") gives no step."""
    by_giver: dict[tuple[str, str], dict[int, sqlite3.Row]] = {}
    for row in rows:
        if (row["qualifier"] or "") in BOUNDS:
            continue
        by_giver.setdefault((row["source_id"], row["reporter"] or ""), {}).setdefault(int(row["period"]), row)
    steps = []
    for giver in sorted(by_giver):
        years = by_giver[giver]
        steps += [(years[y], years[y + 1]) for y in sorted(years) if y + 1 in years]
    return steps
