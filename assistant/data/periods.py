"""Period labels: ISO 8601 dates and intervals, with a few labels writers use.

A label is one point (``2024``, ``2022-12``, ``2022-02-24``, ``2023-H1``,
``2025-Q4``) or an interval of two points (``2022-02-24/2026-02-11``,
``2011/2021``), or an interval with an open start (``../2022-02-23``) for
figures that the source dates only as "before" a moment.  Every label has a
first and a last day; a point's last day is the end of its year, half,
quarter or month.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_POINT = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?$"
)


class PeriodError(ValueError):
    """A period label that is not one of the accepted forms; `label` is the offending part."""

    def __init__(self, message: str, label: str = ""):
        super().__init__(message)
        self.label = label


def _point_bounds(text: str) -> tuple[date, date, str]:
    """First day, last day and precision of one point label."""
    match = _POINT.match(text)
    if not match:
        raise PeriodError(
            f"{text!r} is not a period: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-H1 or YYYY-Q1", text
        )
    year = int(match["year"])
    try:
        if match["half"]:
            first_month = 1 if match["half"] == "H1" else 7
            return date(year, first_month, 1), _month_end(year, first_month + 5), "half"
        if match["quarter"]:
            first_month = 3 * (int(match["quarter"][1]) - 1) + 1
            return date(year, first_month, 1), _month_end(year, first_month + 2), "quarter"
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day, "day"
        if match["month"]:
            month = int(match["month"])
            return date(year, month, 1), _month_end(year, month), "month"
    except ValueError as error:
        raise PeriodError(f"{text!r} is not a real date ({error})", text) from None
    return date(year, 1, 1), date(year, 12, 31), "year"


def _month_end(year: int, month: int) -> date:
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(label: str) -> tuple[date | None, date]:
    """Return (first day or None for an open start, last day) of a label."""
    label = label.strip()
    if "/" not in label:
        start, end, _ = _point_bounds(label)
        return start, end
    left, _, right = label.partition("/")
    end = _point_bounds(right)[1]
    if left == "..":
        return None, end
    start = _point_bounds(left)[0]
    if start > end:
        raise PeriodError(f"{label!r} starts after it ends", label)
    return start, end


# "the 1990s", "early 2000s", "mid-2000s": a decade as a source writes it, with the part
# of it the words narrow it to (early and late overlap the middle: the words are loose).
_DECADE_WRITTEN = re.compile(r"\b(?:(?P<part>early|mid|middle|late)[- ])?(?P<decade>(?:1[89]|20)\d0)s\b", re.IGNORECASE)
_DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "middle": (3, 7), "late": (5, 9), None: (0, 9)}


def decade_window(written: str, label: str) -> tuple[date, date] | None:
    """First and last day of the decade (or part of one) that `written` names, where
    `label` is a year filed inside it; None when the words name no such decade."""
    match = _DECADE_WRITTEN.search(written or "")
    if not match or not re.fullmatch(r"\d{4}", label.strip()):
        return None
    decade = int(match["decade"])
    first, last = _DECADE_PARTS[match["part"].lower() if match["part"] else None]
    if not decade <= int(label) <= decade + 9:
        return None
    return date(decade + first, 1, 1), date(decade + last, 12, 31)


def precision(label: str) -> str:
    """year, half, quarter, month or day for a point; span for an interval."""
    if "/" in label:
        return "span"
    return _point_bounds(label.strip())[2]


def is_point(label: str) -> bool:
    return "/" not in label
