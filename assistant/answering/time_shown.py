"""The times an answer showed, which a follow-up borrows: its periods, its date, and the
year a step on from it."""

from __future__ import annotations

import re

from datetime import date

from ..answer import Answer
from ..reading.periods import MOMENTS, Period
from ..reading.read import PART_OF_THE_YEAR, year_part_label
from ..reading.words import Lazy

# (not a year on from a moment named, which periods.py reads: "the year before the war" is no
# year before the one shown)
_NO_MOMENT = "(?! (?:" + "|".join(pattern for pattern, _, _ in MOMENTS) + r")\b)"
NEXT_YEAR = Lazy(r"\bthe (?:next|following) year\b|\b(?:the|a|one) year after\b" + _NO_MOMENT +
                 r"|\b(?:a|one) year (?:later|on)\b")
YEAR_BEFORE = Lazy(r"\bthe (?:previous|preceding|prior) year\b|\b(?:the|a|one) year (?:before|prior)\b" + _NO_MOMENT +
                   r"|\b(?:a|one) year earlier\b")
MONTHS_ON = Lazy(r"\b(\d{1,2}|a|one|two|three|four|five|six|a couple of|a couple) months? "
                 r"(later|after|afterwards|on|earlier|before|prior)\b")
YEARS_ON = Lazy(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years? "
                r"(later|after|afterwards|on|earlier|before|prior)\b")
# "a decade later", "two decades earlier": ten years on for each.
DECADES_ON = Lazy(r"\b(a|one|two|three) decades? (later|after|afterwards|on|earlier|before|prior)\b")


# "four years later", "two years earlier": so many years on from the time asked before.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

NEXT_MONTH = Lazy(r"\bthe (?:next|following) month\b|\bthe month after\b|\ba month later\b")
MONTH_BEFORE = Lazy(r"\bthe (?:previous|preceding|prior) month\b|\bthe month before\b|\ba month (?:earlier|before)\b")


# "that year", "the same year": the year of the time shown.
# "That month", "that same day": the time of the event shown, at that precision.
THAT_PART_OF_IT = Lazy(r"\b(?:that|the same|that same) (month|day)\b")
THAT_YEAR = Lazy(r"\b(?:that|the same|this) year\b|\bin that year\b")


def periods_in_context(context: dict) -> list[Period]:
    return [
        Period(p["label"], date.fromisoformat(p["start"]) if p["start"] else None,
               date.fromisoformat(p["end"]) if p["end"] else None, p["form"], p["phrase"])
        for p in context.get("periods", [])
    ]


def date_shown(previous: Answer) -> str | None:
    """The date (or the start of the period) of the event or figure an answer showed first,
    if it showed one: "1992-12-23", "2010"."""
    when = previous.events[0].date if previous.events else next((v.period for v in previous.values), "")
    when = when.split("/")[0]
    return when if when[:4].isdigit() else None


def _shift_year(text: str, periods: list[Period]) -> list[Period]:
    """"and the next year?": the year after the previous question's; "the year before" too;
    "the next month" after a month, the month after it."""
    if (part := PART_OF_THE_YEAR.search(text)) and not re.search(r"\b(?:19|20)\d\d\b", text) \
            and (years := [p.label[:4] for p in periods if p.label[:4].isdigit()]):
        # "and in the second half?" after H1 2023: that part of the year shown.
        return [Period.point(f"{years[-1]}-{year_part_label(part)}")]
    month_step = 1 if NEXT_MONTH.search(text) else -1 if MONTH_BEFORE.search(text) else 0
    if not month_step and (on := MONTHS_ON.search(text)):
        # "two months later" after a day or a month: the month that many on
        count = int(on.group(1)) if on.group(1).isdigit() else _COUNTS.get(on.group(1), 2 if "couple" in on.group(1) else 1)
        month_step = -count if on.group(2) in ("earlier", "before", "prior") else count
        periods = [Period.point(p.label[:7]) if p.form == "point" and len(p.label) == 10 else p for p in periods]
    months = [p for p in periods if p.form == "point" and len(p.label) == 7]
    if month_step and months:
        year, month = map(int, months[-1].label.split("-"))
        year, month = divmod(year * 12 + month - 1 + month_step, 12)
        return [Period.point(f"{year}-{month + 1:02d}")]
    step = 1 if NEXT_YEAR.search(text) else -1 if YEAR_BEFORE.search(text) else 0
    if not step and (on := YEARS_ON.search(text) or DECADES_ON.search(text)):
        count = int(on.group(1)) if on.group(1).isdigit() else _COUNTS.get(on.group(1), 1)
        count *= 10 if "decade" in on.group(0) else 1
        step = -count if on.group(2) in ("earlier", "before", "prior") else count
    years = [p for p in periods if p.form == "point" and len(p.label) == 4]
    if step and not years and months:
        # "what was it a year earlier?" after January 2024: January 2023
        year, month = months[-1].label.split("-")
        return [Period.point(f"{int(year) + step}-{month}")]
    if not step or not years:
        return []
    return [Period.point(str(int(years[-1].label) + step))]


# A month named alone, no year after it: "and in October?", "how many did the US add in October?".
MONTH_ALONE = Lazy(r"\b(?:in |during |by |for )?(january|february|march|april|may|june|july|august|september|october|"
                   r"november|december)\b(?! ?(?:\d|of (?:19|20)\d\d))")
_MONTHS = ("january february march april may june july august september october november december").split()


def month_of_the_year_shown(text: str, previous: Answer) -> tuple[Period, str] | None:
    """The month a follow-up names alone, of the year the answer before was of (October
    after May 2023 is October 2023), and the word that named it; None when there is none."""
    from ..reading.periods import period_of_label

    named = MONTH_ALONE.search(text)
    shown = date_shown(previous) or next((p["label"] for p in (previous.context or {}).get("periods", [])), "")
    if not named or not shown[:4].isdigit() or named.group(1) == "may" and not named.group(0).startswith(("in ", "by ")):
        return None  # ("may" is a month only where a time is plainly named: "in May")
    label = f"{shown[:4]}-{_MONTHS.index(named.group(1)) + 1:02d}"
    return period_of_label(label), named.group(1)
