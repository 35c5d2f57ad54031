"""What an answer leaves unmet, found after it is made: a first holder of a post that no
record calls the first, a place in a ranking that no rank held is, one of two offered that
a figure of both together does not choose, one of a time a question asks a later one than, an exercise held elsewhere than the question
places it (venues.py).

Each check gives the words that withdraw the answer (said before what it held, which is
shown for what it is worth) and the words the reading line adds; None when it is met.
"""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.cues import YES_NO
from ..reading.words import Lazy, normalize
from .thresholds import FIRST

# The first holder of a post asked: "who was the first Chinese ambassador to Russia?".
FIRST_HOLDER = Lazy(r"\bwho (?:was|were|became) (?:the )?(?:very )?first ((?:chinese |russian |soviet )?(?:ambassador|envoy|"
                    r"president|premier|prime minister|foreign minister|defence minister|defense minister|leader|head|chief|"
                    r"secretary|chairman|governor|consul)\b[\w ]*)", re.I)
# A place in a ranking asked: "ranks fourth", "the second largest".
PLACE_ASKED = Lazy(r"\b(?:ranks?|ranked|placed?|comes?|came|is|was|are) (?:in )?(second|third|fourth|fifth|sixth|seventh|eighth|"
                   r"ninth|tenth)\b|\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[- ](?:largest|biggest|"
                   r"highest|most|top|leading|place|ranked)\b", re.I)
# "Again since its 2021 renewal", "once more after 2019": a later one than the one of that year.
AGAIN_SINCE = Lazy(r"\b(?:again|once more|a second time|anew)\b.*\b(?:since|after)\b[^0-9]{0,30}\b((?:19|20)\d\d)\b", re.I)
PLACES = {w: n for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), start=2)}


def first_holder_unmet(question: str, answer: Answer) -> tuple[str, str] | None:
    """"Who was the first Chinese ambassador to Russia?": the holder crr holds (today's) is no
    first one, unless the answer's record says so."""
    first = FIRST_HOLDER.search(question.rstrip("?. "))
    if answer.kind != "who" or not first or re.search(r"\b(?:first|1st)\b", answer.text.split("\n")[0].lower()):
        return None
    return (f"crr holds no record of who was the first {first.group(1)}: the holder it names below is not said "
            f"to be the first.\n\n", "no first holder named")


def again_unmet(question: str, answer: Answer) -> tuple[str, str] | None:
    """"Has the treaty been extended again since its 2021 renewal?": one after that one, which
    the one of 2021 itself is not; asked of each part of a question of two, too."""
    if not (again := AGAIN_SINCE.search(question)):
        return None
    times = [v.period[:4] for v in answer.values] + [e.date[:4] for e in answer.events]
    if not times or any(t > again.group(1) for t in times):
        return None
    return (f"crr holds nothing of this after {again.group(1)}: what it holds is of {again.group(1)} or before, the "
            f"time the question counts from, so it gives no answer. What it holds:\n\n", f"nothing after {again.group(1)}")


def total_of_a_rate(metrics, aggregate: str, answer: Answer) -> tuple[str, str] | None:
    """"And Putin and Hu altogether?" after a count of meetings: a rate (meetings a year) is
    no total, however the figure was reached (the rules say so of a question asked whole)."""
    stated = [v for v in answer.values if not v.derived and v.metric in metrics]
    if aggregate != "total" or not stated or any(metrics[v.metric].measure != "rate" for v in stated):
        return None
    return (f"crr holds {metrics[stated[0].metric].name} only as a rate (how often a year), not a total, so it "
            "gives no total:\n\n", "a rate, not a total")


def first_after_figures(store, metric_id: str | None, question: str, answer: Answer) -> tuple[str, str] | None:
    """"When did China first import Russian LNG?": an event crr holds (cargoes of 2025) is
    no first one when its record does not call it so and the figures of what the question
    asks (LNG imports) go back before it (to 2010)."""
    if answer.kind != "when" or not answer.events or not metric_id or not FIRST.search(question.lower()):
        return None
    event = answer.events[0]
    if re.search(r"\b(?:first|1st|began|begins|start|starts|launch\w*)\b", f"{event.title} {event.summary or ''}".lower()):
        return None
    rows = store.rows("select period, value, unit from observations where metric_id = ? and value > 0 "
                      "order by period_start limit 1", (metric_id,))
    if not rows or rows[0]["period"][:4] >= event.date[:4]:
        return None
    return (f"crr holds no record of the first time: the event below is not called the first, and its figures of "
            f"this go back to {rows[0]['period']} ({rows[0]['value']:g} {rows[0]['unit']}), before it; they start "
            "where the source's series starts, which says no more of a first time.\n\n", f"figures from {rows[0]['period']}, no first named")


SOVIET_NAMED = Lazy(r"\bchina(?:'s)?\s*(?:and|with|[–-])\s*(?:the )?(?:soviet union|ussr)\b"
                    r"|\b(?:soviet union|ussr)(?:'s)?\s*(?:and|with|[–-])\s*china\b", re.I)
# Words that set the Soviet Union in the past, or name Russia beside it ("USSR/Russia"): a later
# figure asked is Russia's as the question knows.
SOVIET_ENDED = Lazy(r"\b(?:russia\w*|former|collapse\w*|dissol\w*|gone|fell|fall|break-?up|end(?:ed)?|after)\b", re.I)


def soviet_after_1991(question: str, answer: Answer) -> tuple[str, str] | None:
    """"UN voting agreement between China and the Soviet Union in 1992?": the Soviet Union
    was dissolved in 1991, and a figure of a later year is Russia's, not the one asked."""
    later = sorted({v.period[:4] for v in answer.values if v.period[:4] >= "1992"})
    if answer.kind in ("when", "what_happened", "who") or not SOVIET_NAMED.search(question) or SOVIET_ENDED.search(question) \
            or not later \
            or any(v.period[:4] < "1992" for v in answer.values):
        return None
    return (f"The Soviet Union was dissolved in 1991 (Wikipedia, section “History”), so crr holds no figure of it for "
            f"{', '.join(later)}; the figure below is Russia's:\n\n", "no Soviet Union after 1991")


# A yearly rate asked: "how many tons a year", "annual", "per year".
A_YEAR_ASKED = Lazy(r"\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b", re.I)
# (a quarter or a half; a month-dated figure is as often a one-off, a cost or a deal, as a flow)
PART_OF_A_YEAR = Lazy(r"^\d{4}-(?:Q[1-4]|H[12])$")


def _years_spanned(period: str) -> int:
    """How many calendar years a period of two ends runs over ("2022-02/2026-02": 5); 1 for one time."""
    start, _, end = period.partition("/")
    return int(end[:4]) - int(start[:4]) + 1 if end[:4].isdigit() and start[:4].isdigit() else 1


def not_a_year(question: str, answer: Answer) -> tuple[str, str] | None:
    """"How many tons of oil a year via Kazakhstan?", "how many times a year have Xi and Putin
    met since 2022?": a figure held only for a part of a year (a quarter, a half), or only as
    one total of several years, is no yearly figure, and crr neither scales nor divides it."""
    stated = [v for v in answer.values if not v.derived]
    if answer.kind in ("when", "what_happened", "who", "series") or not stated or not A_YEAR_ASKED.search(question) \
            or any("per " in v.unit or "a year" in v.unit or A_YEAR_ASKED.search(v.label) for v in stated) \
            or any(v.derived for v in answer.values):
        return None  # (a series gives each year; an average a year is worked out, and shown as derived)
    if all(PART_OF_A_YEAR.match(v.period) for v in stated):
        return ("The question asks a figure for a year, and crr holds this one only for a part of a year; it does "
                "not scale it up:\n\n", "no yearly figure held")
    if all(_years_spanned(v.period) > 1 for v in stated):
        return ("The question asks a figure for a year, and crr holds this one only as one total over several years; "
                "it does not divide it:\n\n", "no yearly figure held")
    return None


# A share the question states, with whose it is: "74% of Russians", "40% of China's imports".
_SHARE_OF_WHOM = r"(?:%|percent|per cent)\s+(?:of\s+)?(?:the\s+)?(?:all\s+)?([a-z]+)"


def _whose(word: str) -> str:
    """"china" or "russia" for a word of either ("Russians", "China's", "Chinese"); "" otherwise."""
    return "china" if word.startswith("chin") else "russia" if word.startswith("russ") else ""


def share_said_otherwise(question: str, answer: Answer) -> tuple[str, str] | None:
    """"Which pollster found 74% of Russians view China's influence positively?": a record
    that gives 74% of Chinese (and another share of Russians) says otherwise; a who or a
    figure it answers with is of another share."""
    asked = [(number, word) for number, word in re.findall(rf"\b(\d+(?:\.\d+)?)\s*{_SHARE_OF_WHOM}", question.lower())
             if _whose(word)]
    if not asked or not answer.answered or not answer.events:
        return None
    for event in answer.events:
        text = f"{event.title} {event.summary}".lower()
        for number, word in asked:
            held = [w for w in re.findall(rf"(?<![\d.]){re.escape(number)}\s*{_SHARE_OF_WHOM}", text) if _whose(w)]
            if not held and (at := re.search(rf"(?<![\d.]){re.escape(number)}\s*(?:%|percent|per cent)", text)):
                # ("found 39.5% of Chinese respondents saying ..., 21.5% calling ...": the people
                # of the share before it in the sentence)
                sentence = re.split(r"(?<=[.;])\s", text[:at.start()])[-1]
                held = [w for w in re.findall(rf"\d\s*{_SHARE_OF_WHOM}", sentence) if _whose(w)][-1:]
            if held and all(_whose(w) != _whose(word) for w in held):
                said, asked_of = held[0].capitalize(), word.capitalize()
                return (f"The record crr found gives {number}% of {said}, not {number}% of {asked_of}, so it names no one "
                        f"for the share the question states:\n\n", f"{number}% held of {said}, not of {asked_of}")
    return None


# Whose a figure the question states is: "which source says trade reached $245bn in 2025?".
SOURCE_OF_A_FIGURE = Lazy(r"\b(?:which|what|whose) (?:sources?|documents?|datasets?|reports?|figures?|data|of the (?:two )?(?:sources|documents))\b[^?]*?\b(?:says?|said|gives?|gave|"
                          r"puts?|reports?|reported|has|have|shows?|showed)\b|\bwho (?:says|said|gives|gave|reports|reported|puts)\b",
                          re.I)
_STATED_NUMBER = Lazy(r"(?<![\w.])(\d(?:[\d,]*\d)?(?:\.\d+)?)(?!\d)")  # (no comma after it: "in 2010, and ...")


def stated_figure_unheld(question: str, answer: Answer) -> tuple[str, str] | None:
    """"Which source says trade reached $245bn in 2025?": when no figure the answer gives is the
    one the question states (245 is 2024's), no source says it, and the figures shown are of
    another level; None when one of them is it, or the question asks whose no figure is."""
    asked = (answer.reading or {}).get("periods") or []
    # (of the time asked: a figure of the year before, shown beside it, is no source's for it)
    stated = [v for v in answer.values if not v.derived and (not asked or any(v.period.startswith(p) for p in asked))]
    if not stated or not answer.answered or not SOURCE_OF_A_FIGURE.search(question):
        return None
    numbers = [n for n in _STATED_NUMBER.findall(question) if not re.fullmatch(r"(?:19|20)\d\d", n)]
    if not numbers:
        return None
    def meets(written: str) -> bool:
        number, places = float(written.replace(",", "")), len(written.partition(".")[2])
        return any(abs(v.value - number) <= 0.5 * 10 ** -places + 1e-9 for v in stated)
    if any(meets(n) for n in numbers):
        return None
    return (f"No source crr holds gives {' or '.join(numbers)} for this, so it names none; the figures it holds "
            f"are these:\n\n", f"no source gives {' or '.join(numbers)}")


def events_of_an_unread_act(question: str, answer: Answer) -> tuple[str, str] | None:
    """"How did Beijing respond?": a list of events of any time and subject, chosen by no word
    of the question but a country, is no answer to an act crr could not place ("respond")."""
    reading = answer.reading or {}
    if answer.kind != "what_happened" or not answer.answered or not answer.unread or len(answer.events) < 3 \
            or reading.get("periods") or reading.get("subjects") or reading.get("people") \
            or "named by its year" in reading.get("summary", "") \
            or "(all categories)" not in (answer.interpretation or ""):  # ("the 2002 SCO drills", "energy deals")
        return None
    words = ", ".join(f"“{w}”" for w in answer.unread)
    return (f"crr could not place {words} in any event it holds, so the events below, of any time and subject, "
            f"do not answer the question:\n\n", f"no event of {words}")


def place_unheld(question: str, answer: Answer) -> tuple[str, str] | None:
    """"Which country ranks fourth ...?": the answer's ranks are figures, and none is the place asked."""
    ranks = [v for v in answer.values if v.unit == "rank" and not v.derived]
    asked = PLACE_ASKED.search(normalize(question))
    if not ranks or not asked or YES_NO.match(normalize(question).strip()):
        return None  # ("is China Russia's second-largest partner?": its rank, set against the place said)
    place = next(g for g in asked.groups() if g).lower()
    if any(v.value == PLACES[place] for v in ranks):
        return None
    return (f"crr holds no figure that names who is {place}: the ranks it holds are shown below, for what they "
            f"are worth.\n\n", f"no one ranked {place}")


# A choice of two a who-question offers: "who initiated most of those calls, Xi or Putin?".
CHOICE_OF_TWO = Lazy(r"^(?:and |so |but )?(?:who|which)\b.*,\s*(?:was it )?(?:the )?([\w'-]+(?: [\w'-]+)?) or (?:the )?"
                     r"([\w'-]+(?: [\w'-]+)?)\W*$", re.I)


def choice_unmet(question: str, answer: Answer) -> tuple[str, str] | None:
    """"Who initiated most of those calls, Xi or Putin?": a figure of the two together says
    of neither that it was the one."""
    choice = CHOICE_OF_TWO.search(question.strip())
    if not choice or not answer.values or any(v.derived for v in answer.values):
        return None  # (a figure worked out says which: "which country exports more, China or Russia?")
    one, other = (c.split()[-1].lower().removesuffix("'s") for c in choice.groups())
    if not any(re.search(rf"\b{re.escape(one)}", v.label.lower()) and re.search(rf"\b{re.escape(other)}", v.label.lower())
               for v in answer.values):
        return None
    return (f"crr holds the figure below for {choice.group(1)} and {choice.group(2)} together, not for each of them, "
            f"so it says of neither that it is the one.\n\n", f"no figure of {choice.group(1)} or {choice.group(2)} alone")
