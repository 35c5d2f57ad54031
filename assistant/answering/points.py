"""A metric's figures for one year, month or day (not spans), looked up by period.

A question about one period of a metric reads its rows for that period, the
latest before it and those within it; a series has tens of rows, and the same
metrics are asked about question after question, so each metric's rows are
indexed once (figures.py keeps them) rather than scanned for every question.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left
from datetime import date


class Points:
    """The point rows of a metric, in the database's order (earliest period first)."""

    __slots__ = ("_by_period", "_dates", "_starts", "rows")

    def __init__(self, rows: tuple[sqlite3.Row, ...]):
        self.rows = rows
        self._by_period: dict[str, tuple[sqlite3.Row, ...]] | None = None
        self._starts: list[str] | None = None
        self._dates: list[tuple[date, date]] | None = None

    def at(self, label: str) -> list[sqlite3.Row]:
        """The rows for the period `label` itself ("2024")."""
        if self._by_period is None:
            by_period: dict[str, list[sqlite3.Row]] = {}
            for row in self.rows:
                by_period.setdefault(row["period"], []).append(row)
            self._by_period = {label: tuple(rows) for label, rows in by_period.items()}
        return list(self._by_period.get(label, ()))

    def latest_before(self, day: str) -> sqlite3.Row | None:
        """The first of the rows with the latest start before `day` (an ISO date)."""
        if self._starts is None:
            starts = [row["period_start"] for row in self.rows]
            if any(type(start) is not str for start in starts) or starts != sorted(starts):
                return _latest_before(self.rows, day)  # rows not as the database orders them
            self._starts = starts
        end = bisect_left(self._starts, day)
        if not end:
            return None
        return self.rows[bisect_left(self._starts, self._starts[end - 1], 0, end)]

    def within(self, start: date, end: date) -> list[sqlite3.Row]:
        """The rows whose periods lie within `start` to `end`, both days included."""
        if self._dates is None:
            try:
                self._dates = [(date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"]))
                               for row in self.rows]
            except (TypeError, ValueError):  # a period the database does not date: row by row
                return [r for r in self.rows if start <= date.fromisoformat(r["period_start"])
                        and date.fromisoformat(r["period_end"]) <= end]
        return [row for row, (first, last) in zip(self.rows, self._dates) if start <= first and last <= end]


def _latest_before(rows, day: str) -> sqlite3.Row | None:
    before = [r for r in rows if r["period_start"] < day]
    return max(before, key=lambda r: r["period_start"]) if before else None
