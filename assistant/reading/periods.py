"""The times a question asks about: points, spans, open spans and named moments.

`extract_periods` finds them in normalized text and returns the text without
them; `describe_label` and `describe_period` put a period label into words.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..data.periods import parse_period
from . import patterns

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"

# Named moments people use instead of dates.
INVASION = date(2022, 2, 24)
MOMENTS = [
    (r"(?:the )?(?:(?:full[- ]scale|russian|russia's|ukraine) ){0,2}invasion(?: (?:of )?ukraine)?(?: (?:began|started))?|(?:the )?(?:ukraine )?war(?: (?:in )?ukraine)?(?: (?:began|started|start))?|(?:the )?start of the war|russia invaded ukraine|24 feb(?:ruary)? 2022|feb(?:ruary)? 24,? 2022",
     INVASION, "the invasion of Ukraine (24 February 2022)"),
    (r"(?:the )?(?:annexation of )?crimea(?: annexation)?", date(2014, 3, 1),
     "the annexation of Crimea (March 2014)"),
    (r"(?:the )?(?:western )?sanctions", INVASION,
     "the Western sanctions that followed the invasion (24 February 2022)"),
    (r"(?:the )?pandemic|covid(?:-19)?", date(2020, 1, 1), "the COVID-19 pandemic (2020)"),
    (r"(?:the )?(?:collapse|break-?up|dissolution|fall|end) of the (?:ussr|soviet union)"
     r"|the (?:ussr|soviet union) (?:broke up|collapsed|dissolved|fell|ended)"
     r"|(?:the )?(?:soviet|ussr|ussr's|soviet union's) (?:collapse|break-?up|dissolution|fall|end)", date(1991, 12, 26),
     "the dissolution of the Soviet Union (26 December 1991)"),
]

# The patterns of extract_periods, written out once (each compiled by re's cache when first used).
_MOMENT_PATTERNS = [(rf"\b(?:since|after|following|post)\s+(?:{pattern})", rf"\b(?:before|prior to|pre)[- ](?:{pattern})",
                     moment, phrase) for pattern, moment, phrase in MOMENTS]
# "In the year Russia launched its full-scale invasion": the year of a named moment.
# "The year before the invasion", "the year after Crimea": a year on from that one.
# ("Year before the invasion: ..." opening the question too; not "the lowest year after ...")
_YEAR_FROM_MOMENT = [(rf"(?:\b(?:in |during )?the |^|(?<=[,;:.] ))year (before|after|following|preceding) (?:{pattern})\b", moment, phrase)
                     for pattern, moment, phrase in MOMENTS]
# "Two years after the invasion", "a year before Crimea": a time that many years on from the
# moment, read as the calendar year it falls in (not "since the invasion").
_YEARS_FROM_MOMENT = [(rf"\b(?:in |during |about |some )?(\d{{1,2}}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
                       rf"(?: full)? years? (before|after|following|on from|prior to) (?:{pattern})\b", moment, phrase)
                      for pattern, moment, phrase in MOMENTS]
# "The first year of the war", "the second year of the invasion": the twelve months on from it.
_NTH_YEAR_OF_MOMENT = [(rf"\b(?:in |during |over )?the (first|1st|second|2nd|third|3rd|fourth|4th) (?:full )?year of (?:{pattern})\b",
                        moment, phrase) for pattern, moment, phrase in MOMENTS]
_NTH = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
_YEAR_OF_MOMENT = [(rf"\b(?:in |during )?the (?:same )?year (?:of |when |that |in which )?(?!before |after |following |preceding )(?:\w+ ){{0,4}}?(?:{pattern})"
                    r"(?: (?:was |were )?(?:annexed|began|begun|started|broke out|hit|struck|happened))?\b",
                    moment, phrase) for pattern, moment, phrase in MOMENTS]
# "In the invasion year", "the Crimea year", "the pandemic year": the same, the moment named first.
_YEAR_OF_MOMENT += [(rf"\b(?:in |during )?(?:the )?(?:{pattern}) year\b", moment, phrase) for pattern, moment, phrase in MOMENTS]


_DURING_THE_PANDEMIC = (r"\b(?:during|amid|amidst|in) (?:the )?(?:covid(?:-19)?(?: pandemic)?|pandemic|coronavirus(?: pandemic)?)\b"
                        # a terse "tourists covid": the pandemic's year, unless a time is set by it
                        r"|(?<!before )(?<!after )(?<!since )(?<!pre-)(?<!post-)(?<!pre )(?<!post )\bcovid(?:-19)?\b(?= *$| +\?| +\d)")


def _nth_year_of(nth: str, moment: date, phrase: str) -> "Period":
    """The calendar year that holds most of the twelve months from the moment's anniversary:
    the first year of the war runs from 24 February 2022 to 23 February 2023, ten months of
    it in 2022, and the figures crr holds are of calendar years, so it is read as 2022 and
    the reading says so."""
    n = _NTH[nth]
    if (moment.month, moment.day) == (1, 1):  # a moment dated by its year: that year, and the next
        year = moment.year + n
        return Period(str(year), date(year, 1, 1), date(year, 12, 31), "point", f"{year}, the {nth} year of {phrase}")
    start = moment.replace(year=moment.year + n)
    year = start.year if start.month <= 6 else start.year + 1
    return Period(str(year), date(year, 1, 1), date(year, 12, 31), "point",
                  f"{year}, the calendar year holding most of the {nth} year of {phrase}")


def _years_from(count: str, way: str, moment: date, phrase: str) -> "Period":
    n = _count(count) * (-1 if way in ("before", "prior to") else 1)
    year = moment.year + n
    said = f"{_count(count)} year{'s' if abs(n) != 1 else ''} {way} {phrase}"
    return Period(str(year), date(year, 1, 1), date(year, 12, 31), "point", f"{year}, the calendar year {said}")


def _year_from(way: str, moment: date, phrase: str) -> "Period":
    year = moment.year + (-1 if way in ("before", "preceding") else 1)
    return Period(str(year), date(year, 1, 1), date(year, 12, 31), "point", f"{year}, the year {way} {phrase}")


def without_moments(text: str) -> str:
    """The text with each named moment of a time ("after the collapse of the Soviet Union")
    said as a plain one ("since then"): its words ask no change of their own."""
    if not _MOMENT_WORD.search(text):
        return text  # (most questions name no moment: no pattern need be tried)
    for since, before, _, _ in _MOMENT_PATTERNS:
        text = re.sub(since, " since then ", text)
        text = re.sub(before, " before then ", text)
    return text


_SHORT_RANGE = rf"\b({_YEAR})\s?[-/]\s?(\d\d)\b(?!-)"
# "93-97", "'05-'07": two years of one century by their last two digits (those of the
# 1950s on, or with a leading zero), not two amounts ("93-97%", "10-15 bn").
_TWO_DIGIT_RANGE = (r"(?:\b(in|from|during|over|between|for|of|across|throughout)\s+)?(?<![\w.$\u00a7-])['\u2019]?([5-9]\d|0\d)"
                    r"\s?-\s?['\u2019]?([5-9]\d|0\d)\b")
# "between early 2022 and early 2026": a span of those years, whose figures say their months.
_ROUGHLY = r"(?:(?:early|late|mid|mid-|the start of|the end of|the beginning of)\s*)?"
_YEARS_RANGE = (rf"\bbetween\s+{_ROUGHLY}({_YEAR})\s+and\s+{_ROUGHLY}({_YEAR})\b"
                rf"|\b(?:from\s+{_ROUGHLY})?({_YEAR})\s*(?:-|to|until|till|through|up to|up until|/)\s*{_ROUGHLY}({_YEAR})\b")
_BARE_YEAR_PAIR = rf"\bbetween\s+({_YEAR})\s+({_YEAR})\b(?!,? (?:and |or )?\d)"
_SINCE_YEAR = rf"\b(?:since|after)\s+(?:({_MONTH})\s+)?({_YEAR})\b(?!\s*(?:-|to|until|till|through)\s)"
# "since they began in 2003", "since the line opened in December 2019": since the time the clause dates.
_SINCE_CLAUSE_YEAR = (rf"\bsince\s+(?:(?:they|it|the|their|its|this|that|we|he|she|these|those|first|[a-z'-]+)\s+){{1,5}}?"
                      rf"(?:began|begun|started|opened|launched|first|was|were|came|took|signed|formed|founded|"
                      rf"established|created|set up|kicked off|got going)\b(?:\s+[a-z]+){{0,2}}?\s+(?:back\s+)?in\s+"
                      rf"(?:({_MONTH})\s+)?({_YEAR})\b")
_BY_YEAR = rf"(?<!\d{{4}} )(?<!walk )(?<!walk me )(?<!take me )(?<!go )\b(?:by|up to|up until|up till|through|thru|to the end of)(?: and including)? (?:the end of )?({_YEAR})\b"
_END_OF_YEAR = rf"\b(?:at |in |as of )?(?:the )?(?:very )?end of ({_YEAR})\b|\b(?:year-?\s?)?end[- ]({_YEAR})\b"
_BEFORE_YEAR = rf"\b(?:before|prior to|until)\s+({_YEAR})\b"
_HALF = rf"\b(?:(first|1st|second|2nd) half(?: of)?|h([12]))\s+({_YEAR})\b|\b({_YEAR})\s*-?\s*h([12])\b"
_QUARTER = (rf"\bq([1-4])\s+({_YEAR})\b|\b({_YEAR})\s*-?\s*q([1-4])\b|\b([1-4])q\s+({_YEAR})\b"
            rf"|\b(first|1st|second|2nd|third|3rd|fourth|4th|last|final) quarter(?: of)?\s+({_YEAR})\b")
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "last": 4, "final": 4}
# "autumn 2022", "in the spring of 2023": the season's three months ("fall" is left out:
# it is far more often a verb of change).
_SEASON = rf"\b(spring|summer|autumn)(?: of)?\s+({_YEAR})\b"
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
_DAY_MONTH_YEAR = rf"\b(\d{{1,2}})\s+({_MONTH})\s+({_YEAR})\b"
_MONTH_DAY_YEAR = rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+({_YEAR})\b"
_MONTH_YEAR = rf"\b({_MONTH})\s+({_YEAR})\b"
# "between June and December 2022": the first month is of the year the second gives.
_MONTHS_OF_A_YEAR = rf"\b(between|from)\s+({_MONTH})\s+(and|to|until|till|through|-)\s+({_MONTH})\s+({_YEAR})\b"
_ISO_DAY = rf"\b({_YEAR})-(0[1-9]|1[0-2])(?:-(\d{{2}}))?\b"


@dataclass(frozen=True)
class Period:
    """A time the question asks about (frozen: one point is made once and shared)."""

    label: str            # ISO-style label, e.g. 2024, 2022-12, 2022-02-24/..
    start: date | None
    end: date | None      # None: open, up to the data's latest date
    form: str             # point, since, range, before
    phrase: str           # how it reads in words

    @staticmethod
    def point(label: str) -> "Period":
        return _point(label)

    @property
    def first_day(self) -> str:
        """The start as ISO text; an open start is the earliest date there is."""
        return self.start.isoformat() if self.start else "0000-01-01"

    @property
    def first_event_day(self) -> str | None:
        """The first day an event may fall on (after a year, the next year's first: the
        period starts there); None when open."""
        if self.start is None:
            return None
        return self.start.isoformat()

    @property
    def last_day(self) -> str:
        """The end as ISO text; an open end runs to the latest date there is."""
        return self.end.isoformat() if self.end else "9999-12-31"

    def takes_in(self, row) -> bool:
        """Whether a figure's period (an observation row) lies wholly inside this one."""
        return (row["period_start"] or "0000-01-01") >= self.first_day \
            and (row["period_end"] or "9999-12-31") <= self.last_day


@lru_cache(maxsize=4096)  # "2024" comes in question after question: each label is read once
def _point(label: str) -> Period:
    start, end = parse_period(label)
    return Period(label, start, end, "point", describe_label(label))


def period_of_label(label: str) -> Period:
    """The period a figure is held for, as a question's period: "2022-12", "../2022-02-23"
    (before 24 February 2022), "2022-02/2026-02"."""
    if "/" not in label:
        return _point(label)
    left, right = label.split("/")
    start, end = parse_period(left)[0] if left != ".." else None, parse_period(right)[1] if right != ".." else None
    form = "before" if start is None else "since" if end is None else "range"
    return Period(label, start, end, form, describe_period(label))


def describe_label(label: str) -> str:
    """2024 -> '2024'; 2022-12 -> 'December 2022'; 2022-02-24 -> '24 February 2022'."""
    if "/" in label:  # a span: "2022-06/2022-12"
        return describe_period(label)
    parts = label.split("-")
    if len(parts) == 2 and parts[1].isdigit():
        return f"{MONTH_NAMES[int(parts[1])]} {parts[0]}"
    if len(parts) == 2 and parts[1][0] in "HQ":
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1])]} {parts[0]}"
    return label


@lru_cache(maxsize=4096)  # every answer describes its rows' periods: each label is worded once
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
    if re.fullmatch(r"\d{3}0", left) and re.fullmatch(r"\d{3}9", right) and left[:3] == right[:3]:
        return f"the {left}s"  # "2000/2009": a decade, as the sources write it ("the early 2000s")
    return f"{describe_label(left)} to {describe_label(right)}"


def today() -> date:
    """Today's date, or $CRR_TODAY (YYYY-MM-DD) so that answers can be reproduced."""
    if env := os.environ.get("CRR_TODAY"):
        return date.fromisoformat(env)
    return date.today()


# --- periods ---------------------------------------------------------------

def _first_month_dated(m: re.Match) -> str:
    """The span's first month given its year: the same as the last month's, or the year
    before when it comes later in the year ("from November to February 2023")."""
    first, last = MONTHS[m[2].rstrip(".")], MONTHS[m[4].rstrip(".")]
    year = int(m[5]) - (1 if first > last else 0)
    return f"{m[1]} {m[2]} {year} {m[3]} {m[4]} {m[5]}"


def _month_label(month_word: str, year: str) -> str:
    return f"{year}-{MONTHS[month_word.rstrip('.')]:02d}"


def _sub(text: str, triggers: tuple[str, ...], pattern: str, replace) -> str:
    """re.sub, skipped when no trigger word is in the text.

    Compiling the larger patterns costs more than answering a question, so a
    pattern is compiled (once per process, by re's cache) only when its
    words occur.
    """
    if triggers and not any(map(text.__contains__, triggers)):
        return text
    return re.sub(pattern, replace, text)


_MONTH_WORDS = tuple(MONTHS)
_MOMENT_WORDS = ("invasion", "invade", "war", "crimea", "sanction", "pandemic", "covid", "coronavirus", "feb", "ussr", "soviet")
# Any of them anywhere in the text, even inside a word, in one search.
_MONTH_WORD = patterns.compile("|".join(re.escape(word) for word in _MONTH_WORDS))
_MOMENT_WORD = patterns.compile("|".join(re.escape(word) for word in _MOMENT_WORDS))


def extract_periods(text: str) -> tuple[list[Period], str]:
    """Find the periods in normalized text; return them and the text without them."""
    found: list[Period] = []

    def take(match: re.Match, period: Period) -> str:
        # A mark in place of the words, so that "from §a to §b" can be read as one span.
        found.append(period)
        return f" {_MARK}{_tag(len(found) - 1)} "

    # since/after a named moment, or before it
    if _MOMENT_WORD.search(text):
        for pattern, moment, phrase in _YEARS_FROM_MOMENT:
            text = _sub(text, ("year",), pattern, lambda m, d=moment, p=phrase: take(
                m, _years_from(m.group(1), m.group(2), d, p)))
        for pattern, moment, phrase in _YEAR_FROM_MOMENT:
            text = _sub(text, ("year",), pattern, lambda m, d=moment, p=phrase: take(m, _year_from(m.group(1), d, p)))
        for pattern, moment, phrase in _NTH_YEAR_OF_MOMENT:
            text = _sub(text, ("year",), pattern, lambda m, d=moment, p=phrase: take(m, _nth_year_of(m.group(1), d, p)))
        for pattern, moment, phrase in _YEAR_OF_MOMENT:
            text = _sub(text, ("year",), pattern, lambda m, d=moment, p=phrase: take(
                m, Period(str(d.year), date(d.year, 1, 1), date(d.year, 12, 31), "point", f"{d.year}, the year of {p}")))
        # "trade during covid": the pandemic's year, which is the one the moment is dated to.
        text = _sub(text, ("during", "amid", "covid", "pandemic", "coronavirus"), _DURING_THE_PANDEMIC, lambda m: take(
            m, Period("2020", date(2020, 1, 1), date(2020, 12, 31), "point", "2020, the year of the COVID-19 pandemic")))
        for since, before, moment, phrase in _MOMENT_PATTERNS:
            text = _sub(text, ("since", "after", "following", "post"), since,
                        lambda m, d=moment, p=phrase: take(
                            m, Period(f"{d.isoformat()}/..", d, None, "since", f"since {p}")))
            text = _sub(text, ("before", "prior", "pre"), before,
                        lambda m, d=moment, p=phrase: take(
                            m, Period(f"../{(d - timedelta(days=1)).isoformat()}", None,
                                      d - timedelta(days=1), "before", f"before {p}")))
    if not any(map(str.isdigit, text)):
        return _relative(text, found, take)
    # ranges: between 2018 and 2024, from 2018 to 2024, 2018-2024, 2018 to 2024, 1993-97
    text = _sub(text, ("-", "/"), _SHORT_RANGE,
                lambda m: take(m, _range(m[1], m[1][:2] + m[2])) if int(m[1][:2] + m[2]) > int(m[1]) else m[0])
    text = _sub(text, ("-",), _TWO_DIGIT_RANGE, _two_digit_range(take))
    if len(_FOUR_DIGITS.findall(text)) >= 2:
        text = re.sub(_YEARS_RANGE, lambda m: take(m, _range(m[1] or m[3], m[2] or m[4])), text)
        # "between 2022 2026": a span, as a terse question writes one ("1992 1994" alone may be a list).
        text = re.sub(_BARE_YEAR_PAIR, lambda m: take(m, _range(m[1], m[2])) if int(m[2]) > int(m[1]) else m[0], text)
    text = _sub(text, ("since",), _SINCE_CLAUSE_YEAR, lambda m: take(m, _since(m[1], m[2])))
    text = _sub(text, ("since", "after"), _SINCE_YEAR,
                lambda m: take(m, _since(m[1], m[2], after=m[0].startswith("after"))))
    text = _sub(text, ("by ", "up ", "through ", "thru ", "end of "), _BY_YEAR,
                lambda m: take(m, Period(f"../{m[1]}", None, date(int(m[1]), 12, 31), "before",
                                         f"by the end of {m[1]}")))
    # "at the end of 2022", "end-2022", "year-end 2022": its last month
    text = _sub(text, ("end",), _END_OF_YEAR, lambda m: take(m, Period.point(f"{m[1] or m[2]}-12")))
    text = _sub(text, ("before", "prior", "until"), _BEFORE_YEAR,
                lambda m: take(m, Period(f"../{int(m[1]) - 1}-12-31", None,
                                         date(int(m[1]) - 1, 12, 31), "before", f"before {m[1]}")))
    # halves and quarters
    text = _sub(text, ("half", "h1", "h2"), _HALF,
                lambda m: take(m, Period.point(_half(m))))
    text = _sub(text, ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "quarter"), _QUARTER,
                lambda m: take(m, Period.point(_quarter(m))))
    text = _sub(text, ("spring", "summer", "autumn"), _SEASON, lambda m: take(m, _season(m[1], m[2])))
    # days and months
    if _MONTH_WORD.search(text):
        text = re.sub(_MONTHS_OF_A_YEAR, _first_month_dated, text)
        text = re.sub(_DAY_MONTH_YEAR,
                      lambda m: take(m, Period.point(f"{_month_label(m[2], m[3])}-{int(m[1]):02d}")), text)
        text = re.sub(_MONTH_DAY_YEAR,
                      lambda m: take(m, Period.point(f"{_month_label(m[1], m[3])}-{int(m[2]):02d}")), text)
        text = re.sub(_MONTH_YEAR,
                      lambda m: take(m, Period.point(_month_label(m[1], m[2]))), text)
    text = _sub(text, ("-",), _ISO_DAY,
                lambda m: take(m, Period.point(m[0])))
    text = _YEAR_RE.sub(lambda m: take(m, _year_or_decade(m)), text)
    if "year " in text:
        # "in the year 3000": a year however far, which no figure holds (said, not dropped).
        text = _FAR_YEAR.sub(lambda m: take(m, Period.point(m[1])), text)
    # "trade in 3024": a number of four figures where a time is asked, read as that year
    # (no figure holds it), not left unread for the latest figure.
    text = _FAR_YEAR_IN.sub(lambda m: take(m, Period.point(m[1])), text)
    if "0s" in text:
        text = _SHORT_DECADE.sub(lambda m: take(m, _year_or_decade(_YEAR_RE.match(f"19{m[1]}s"))), text)
    return _relative(text, found, take)


_LAST_N_YEARS = patterns.compile(r"\b(?:the |over the |in the |during the |for the |across the )?(?:last|past|latest|most recent|final) "
                                 r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:full |calendar )?years\b"
                                 r"(?: (?:of|in) (?:the |its )?(?:[a-z]+ )?(?:data|dataset|series|figures|record|statistics|numbers))?")
_YEARS_AGO = patterns.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b")


# The year before or after the one a question names: "the previous year", "the year before
# (it)", "a year earlier"; "the following year", "a year later" (group 1: after).
_YEAR_NEXT_TO = patterns.compile(
    r"\b(?:the (?:previous|prior|preceding) year|the year (?:before|prior)(?: (?:it|that|then))?(?! *[a-z\u00a70-9])"
    r"|a year (?:earlier|before)"
    r"|(the (?:following|next|subsequent) year|the year after(?: (?:it|that|then))?(?! *[a-z\u00a70-9])|a year later))")


def _next_to(named: int, after: bool) -> Period:
    year = named + (1 if after else -1)
    return Period(str(year), date(year, 1, 1), date(year, 12, 31), "point",
                  f"{year}, the year {'after' if after else 'before'} {named}")


def reads_a_year_next_to(periods: list[Period]) -> bool:
    """Whether a year next to one the question names was read ("compared with the year
    before"), so that no follow-up moves from the year shown by those words again."""
    return any(re.fullmatch(r"\d{4}, the year (?:before|after) \d{4}", p.phrase) for p in periods)


def _count(word: str) -> int:
    from .words import NUMBER_WORDS

    return int(word) if word.isdigit() else 1 if word in ("a", "an") else NUMBER_WORDS[word]


def _relative(text: str, found: list, take) -> tuple[list[Period], str]:
    """Years relative to today; spans between two points; then the periods in the
    order the question gives them, and the text without them."""
    if "year" in text:
        current = today().year
        # "the next year" is the one after another year the conversation named, not ours.
        for pattern, year in [(r"\bthe year before last\b", current - 2), (r"\bthe year after next\b", current + 2),
                              (r"(?<!the )\blast year\b", current - 1), (r"\bthis year\b", current),
                              (r"(?<!the )\bnext year\b", current + 1)]:
            text = re.sub(pattern, lambda m, y=year: take(m, Period.point(str(y))), text)
        if "ago" in text:  # "two years ago", "a year ago": so many years before this one
            text = _YEARS_AGO.sub(lambda m: take(m, Period.point(str(current - _count(m[1])))), text)
        if "last" in text or "past" in text or "latest" in text or "recent" in text:
            # "over the last five years (of the data)": the full years before this one; the engine
            # moves them to end at the last year a figure is held for (Engine._latest_years_held)
            def last(m: re.Match) -> str:
                n = _count(m[1])
                if not 2 <= n <= 30:
                    return m[0]
                first, end = current - n, current - 1
                return take(m, Period(f"{first}/{end}", date(first, 1, 1), date(end, 12, 31), "range",
                                      f"the last {n} years"))
            text = _LAST_N_YEARS.sub(last, text)
    if _MARK not in text:
        return [], " ".join(text.split())
    if "year" in text and len(found) == 1 and found[0].form == "point" and found[0].label.isdigit():
        # "how did 2024 compare with the year before?", "trade in 2024 and a year later": the
        # year next to the one the question names.
        # (not one said before the year it names: "and the year before, 2024?" is 2024)
        named = int(found[0].label)
        text = _YEAR_NEXT_TO.sub(lambda m: take(m, _next_to(named, after=bool(m[1])))
                                 if _MARK in m.string[:m.start()] else m[0], text)

    def merge(m: re.Match) -> str:
        if m[3] == "and" and m[1] != "between":
            return m[0]  # "in 2010 and 2024" asks for two years, not a span
        first, last = found[_index(m[2])], found[_index(m[4])]
        if first.form != "point" or last.form != "point" or first.start > last.end:
            return m[0]
        return take(m, Period(f"{first.label}/{last.label}", first.start, last.end, "range",
                              f"{first.phrase} to {last.phrase}"))

    if text.count(_MARK) >= 2:  # a span joins two marks
        text = _SPAN.sub(merge, text)

    def opened(m: re.Match) -> str:
        point = found[_index(m[2])]
        if point.form != "point":
            return m[0]
        if m[1] in ("before", "until", "till", "prior to"):
            end = point.start - timedelta(days=1)
            return take(m, Period(f"../{end.isoformat()}", None, end, "before", f"before {point.phrase}"))
        if m[1] == "by" and len(point.label) > 4:
            return f" {_MARK}{m[2]} "  # "by December 2022": as of then, the month itself
        if m[1] == "by":
            return take(m, Period(f"../{point.label}", None, point.end, "before", f"by {point.phrase}"))
        return take(m, Period(f"{point.label}/..", point.start, None, "since", f"since {point.phrase}"))

    if any(map(text.__contains__, _OPENING_WORDS)):
        text = _OPEN.sub(opened, text)
    periods = [found[_index(tag)] for tag in _MARKS.findall(text)]
    if len(periods) == 2 and {p.form for p in periods} == {"since", "before"}:
        # "since 2015, up to 2019", "post-Soviet years up to 2019": one span, from the one to the other.
        since, until = sorted(periods, key=lambda p: p.form != "since")
        if since.start and until.end and since.start < until.end:
            first, last = since.label.split("/")[0], until.label.split("/")[1]
            periods = [Period(f"{first}/{last}", since.start, until.end, "range",
                              f"{since.phrase.removeprefix('since ')} to {until.phrase.removeprefix('by ')}")]
    if len(periods) == 2:
        periods = _one_span_said_twice(periods)
    # "Chinese tourists 2019 vs Russian tourists 2019": one time, said for each side.
    periods = [p for i, p in enumerate(periods) if all(p.label != q.label for q in periods[:i])]
    return periods, " ".join(_MARKS.sub(" ", text).split())


def _one_span_said_twice(periods: list[Period]) -> list[Period]:
    """"Over the 2000s, from 2001 to 2010", "the post-Soviet years 1992 to 1999": a span
    named and the same span given by its years are one, the years' (those asked exactly)."""
    given = [p for p in periods if p.form == "range" and " to " in p.phrase and p.start and p.end]
    if len(given) != 1:
        return periods
    span, other = given[0], next(p for p in periods if p is not given[0])
    if other.form not in ("range", "since") or (other.start is None and other.end is None):
        return periods
    start, end = max(span.start, other.start or span.start), min(span.end, other.end or span.end)
    shared = (end - start).days + 1
    return [span] if shared >= 0.8 * ((span.end - span.start).days + 1) else periods


_MARK = "\u00a7zz"  # a mark no word of a question looks like
_LETTERS = "bcdghiklmpqrstuvwxy"


def _tag(index: int) -> str:
    letters = ""
    while True:
        index, rest = divmod(index, len(_LETTERS))
        letters = _LETTERS[rest] + letters
        if not index:
            return letters
        index -= 1


def _index(tag: str) -> int:
    value = 0
    for letter in tag:
        value = value * len(_LETTERS) + _LETTERS.index(letter) + 1
    return value - 1


_MARKS = patterns.compile(rf"{_MARK}([{_LETTERS}]+)")
# (a word may name the first end's figure: "from the 2022 record to 2024")
_SPAN = patterns.compile(rf"(?:\b(between|from)\s+(?:the\s+)?)?{_MARK}([{_LETTERS}]+)"
                   rf"(?:\s+(?:record|peak|high|low|level|figure|total|value|mark|lows?|highs?))?\s*(to|until|till|through|and|-)\s*"
                   rf"{_MARK}([{_LETTERS}]+)")
_OPENING_WORDS = ("since", "after", "following", "from", "before", "until", "till", "prior to", "by")
_OPEN = patterns.compile(rf"(?<!\bapart )(?<!\baside )\b({'|'.join(_OPENING_WORDS)})\s+(?:the\s+)?{_MARK}([{_LETTERS}]+)")


_FOUR_DIGITS = patterns.compile(r"\d{4}")
_YEAR_RE = patterns.compile(rf"\b({_YEAR})s?\b")
_FAR_YEAR = patterns.compile(r"\b(?:the )?year ([1-9]\d{3})\b")
_FAR_YEAR_IN = patterns.compile(r"\b(?:in|during) ([1-9]\d{3})(?=\s*(?:[?.!,;]|$|and\b|or\b))")
# "the 90s", "the '60s": a decade of the last century (the 20s and 10s are left unread,
# as they may be this century's).
_SHORT_DECADE = patterns.compile(r"(?<![\w.$])['\u2019]?([3-9]0)s\b")


def _two_digit_range(take):
    def replace(m: re.Match) -> str:
        # (said at the end of the question, or after a word of time: "50-60 ships" is a count)
        at_end = m.end() == len(m.string) or m.string[m.end():].lstrip()[:1] in "?.!,;:)"
        if not (m[1] or at_end) or (m[2][0] == "0") != (m[3][0] == "0") or int(m[3]) <= int(m[2]):
            return m[0]
        century = "20" if m[2][0] == "0" else "19"
        kept = f" {m[1]} " if m[1] not in (None, "from", "between") else " "  # ("from" opens the span)
        return kept + take(m, _range(century + m[2], century + m[3]))
    return replace


def _range(first: str, last: str) -> Period:
    a, b = sorted((int(first), int(last)))
    return Period(f"{a}/{b}", date(a, 1, 1), date(b, 12, 31), "range", f"{a} to {b}")


def _season(season: str, year: str) -> Period:
    first, last = _SEASON_MONTHS[season]
    start, end = date(int(year), first, 1), parse_period(f"{year}-{last:02d}")[1]
    return Period(f"{year}-{first:02d}/{year}-{last:02d}", start, end, "range", f"{season} {year}")


def _since(month_word: str | None, year: str, after: bool = False) -> Period:
    """Since a month or a year, or after one ("after 2017": its events from 2018 on,
    Period.first_event_day)."""
    word = "after" if after else "since"
    if month_word:
        label = _month_label(month_word, year)
        start = parse_period(label)[0]
        return Period(f"{label}/..", start, None, "since", f"{word} {describe_label(label)}")
    # ("after 2023" starts with 2024: a figure of 2023 is not after it)
    first = int(year) + (1 if after else 0)
    return Period(f"{first}/..", date(first, 1, 1), None, "since", f"{word} {year}")


def _half(m: re.Match) -> str:
    if m[3]:
        half = 1 if (m[1] or "").startswith(("first", "1st")) or m[2] == "1" else 2
        return f"{m[3]}-H{half}"
    return f"{m[4]}-H{m[5]}"


def _quarter(m: re.Match) -> str:
    if m[1]:
        return f"{m[2]}-Q{m[1]}"
    if m[3]:
        return f"{m[3]}-Q{m[4]}"
    if m[7]:
        return f"{m[8]}-Q{_QUARTER_WORDS[m[7]]}"
    return f"{m[6]}-Q{m[5]}"


def _year_or_decade(m: re.Match) -> Period:
    if m[0].endswith("s") and m[1].endswith("0"):
        start = int(m[1])
        return Period(f"{start}/{start + 9}", date(start, 1, 1), date(start + 9, 12, 31),
                      "range", f"the {start}s")
    return Period.point(m[1])


def names_a_thing(phrase: str, text: str) -> bool:
    """Whether a year is part of a name ("the 2001 treaty", "their 2014 gas deal"), not
    the time asked about."""
    return bool(phrase.isdigit() and re.search(
        rf"\b(?:the|their|its|this|that|a) {phrase} (?!and\b|or\b|to\b|through\b|until\b|till\b|-)[a-z]", text))
