"""When a figure did something: "in what year did trade first top USD 100 bn?",
"which year did Russia's share drop to 39.1%?", "when were arms deliveries highest?".

The answer is a period read off the metric's own values, each cited; a
threshold the data never crosses is said, not guessed.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace

from ..answer import Answer
from ..reading.periods import describe_period, today
from ..reading.cues import YES_NO
from ..reading.read import Intent
from ..writing.render import format_value, render
from .draft import Draft
from .event_words import _stemmed_words, event_stem, numbered_names
from .events import _vote_cast
from .spans import _runs
from .timeline import finer_than
from ..reading.words import Lazy, _stem, normalize

ABOVE = Lazy(r"\b(?:more than|(?:longer|larger|bigger|greater|higher) than|over|above|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?|surpass(?:ed|es|ing)?|pass(?:ed|ing)?|"
             r"went above|rose above|cross(?:ed|es|ing)?|beyond|reached|reach|hit)\b")
BELOW = Lazy(r"\b(?:less than|(?:shorter|smaller|lower) than|under|below|fell below|drop(?:ped)? below|fall below|beneath)\b")
EQUAL = Lazy(r"\b(?:drop(?:ped)? to|fell to|rose to|was|were|stood at|amounted to|equal(?:led)?|of)\b")
# ("record" with an article after it is what a source did: "customs record a drop")
# ("the world's largest importer" is a rank among the world's, no highest of a figure)
HIGHEST = Lazy(r"\b(?:most(?! recent)|highest|peak(?:ed)?|(?<!world's )(?<!world )(?<!global )(?:largest|biggest)|maximum|record(?! (?:a|an|any|the|its|their)\b)|"
               r"(?:its|a|the|an all-time) high)\b")
LOWEST = Lazy(r"\b(?:least|lowest|smallest|fewest|minimum|(?:its|a|the|an all-time|record) low)\b")
FIRST = Lazy(r"\b(?:first|earliest|begin|began|start(?:ed)?)\b")
LAST = Lazy(r"\b(?:last|latest|most recent)\b")
FELL = Lazy(r"(?<!\bto )\b(?:fall|fell|fallen|falls|drop|dropped|drops|decline|declined|declines|decrease|decreased|shrink|shrank|"
            r"dip|dipped|dips|contracted|go down|went down)\b(?! (?:the|a|an|its|their|his|her)\b)")
ROSE = Lazy(r"(?<!\bto )\b(?:rise|rose|risen|rises|grow|grew|grown|grows|increase|increased|increases|climb|climbed|go up|went up)\b(?! (?:the|a|an|its|their|his|her)\b)")
# A level that may be met exactly or passed: "at least 90%", "no less than 50 Mt".
AT_LEAST = Lazy(r"\b(?:at least|no less than|not less than|no fewer than|a minimum of)\b")
# Getting to a level, at it or beyond: "reached", "hit", "got to half".
REACHED = Lazy(r"\b(?:reached|reach|reaches|hit|hits|get to|got to|gets to|come close to|came close to)\b")
# Whether it ever did ("did trade exceed $200bn?"): the figure that did, though when it
# first did is not known.
WHETHER = Lazy(r"^(?:and )?(?:did|has|have|had|was|were|is|does|do)\b")
SAME_SIZE = Lazy(r"\bsame size\b|\bas (?:big|large) as\b|\bequal(?:ly)? (?:in )?size\b")
# A share's level said as a fraction: "more than half", "under a third", "a majority".
FRACTION = Lazy(r"\b(half|(?:one |a )?third|(?:one |a )?quarter|two thirds|three quarters|majority)\b")
FRACTION_SHARES = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "two thirds": 200 / 3, "three quarters": 75.0,
              "majority": 50.0}


# A level the question hedges ("reach nearly 40%", "hit about USD 200 bn"): the figure held so.
HEDGED = Lazy(r"\b(?:nearly|almost|about|around|approximately|roughly|close to|some|(?:just )?(?:shy|short) of|"
              r"in the region of|on the order of)\s*(?:usd|us\$|\$)?\s*$")


@dataclass
class Condition:
    test: str          # above, below, equal, highest, lowest
    number: float | None
    words: str         # how the answer names it
    said: str = ""     # the level as the question says it, when in words ("half", "a third")


# A thing named by its worth: "the gas deal worth 400 billion", "a contract valued at $2bn".
WORTH_NAMED = Lazy(r"\b(?:deal|contract|agreement|loan|project|order|sale|purchase)s? "
                   r"(?:worth|valued at|totalling|totaling|costing|of)\s*(?:about |around |some |nearly )?(?:usd |us\$|\$)?$")
# A number after an article or a possessive names the thing counted: "the 24 Su-35 fighters",
# "its 38 bcm capacity"; one after "at the", "to the" is a level ("at the 100 bn mark").
THE_NUMBERED = Lazy(r"(?<!\bat )(?<!\bto )\b(?:the|its|their|those|these)\s*(?:usd |us\$|\$)?$")


def condition(intent: Intent, name: str = "", unit: str = "") -> Condition | None:
    """What the question asks the figure to have done, if it names a number or an extreme.
    The number of a numbered name the figure has ("Power of Siberia 2") is no such number.
    A share's level may be a fraction in words ("more than half": above 50%)."""
    text = intent.normalized
    named = {float(n) for word, n in numbered_names(name.lower()) if re.search(rf"\b{word}\w*[- ]{n}\b", text)}
    # A name the question writes with a capital or as an acronym ("Arctic LNG 2", "Siberia-2").
    # (not a currency's code before an amount: "USD 5 billion")
    named |= {float(n) for n in re.findall(r"\b(?!(?:USD|US|EUR|CNY|RMB|RUB|GBP|JPY)\b)(?:[A-Z][a-z]+|[A-Z]{2,})[- ]([1-9])\b(?![.,]?\d)",
                                           intent.question)}
    numbers = [n for n in intent.numbers if n not in named]
    number = numbers[0] if numbers else None
    if number is None and unit == "times" and SAME_SIZE.search(text):
        return Condition("equal", 1.0, "at", "the same size")  # "when was China's economy the same size as Russia's?"
    fraction = FRACTION.search(text) if number is None and unit == "percent" else None
    if fraction:
        number = FRACTION_SHARES[fraction.group(1).removeprefix("one ").removeprefix("a ")]
        if fraction.group(1) == "majority" and not BELOW.search(text):
            return Condition("above", number, "above", "half")
        said = fraction.group(1)
        text = text[:fraction.start()] + f"{number:g}" + text[fraction.end():]
    if number is not None:
        # The words just before the number say how it is compared ("topped USD 100 bn"):
        # "over supplies to Russia" elsewhere in the question compares nothing.
        near = _before_number(text, number)
        said = said if fraction else ""
        if HEDGED.search(near):
            return Condition("equal", number, "at", said)  # "reach nearly 40%": the level as hedged, no bound
        if AT_LEAST.search(near):
            return Condition("at_least", number, "at or above", said)
        if BELOW.search(near):
            return Condition("below", number, "below", said)
        if ABOVE.search(near) and not REACHED.search(near):
            return Condition("above", number, "above", said)
        if REACHED.search(near):
            return Condition("at_least", number, "at or above", said)
        if THE_NUMBERED.search(near) or WORTH_NAMED.search(near):
            # "when did China receive the 24 Su-35s?", "when was the gas deal worth 400 billion
            # signed?": the number names the thing, no level
            return None
        return Condition("equal", number, "at", said)
    if HIGHEST.search(text):
        return Condition("highest", None, "at its highest in the data")
    if LOWEST.search(text):
        return Condition("lowest", None, "at its lowest in the data")
    if FELL.search(text):
        return Condition("fell", None, "lower than the year before")
    if ROSE.search(text):
        return Condition("rose", None, "higher than the year before")
    return None


_MAGNITUDE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
              "trillion": 1e12, "tn": 1e12}
_UNIT_MAGNITUDE = Lazy(r"\b(thousand|million|mn|billion|bn|trillion|tn)\b")


def in_the_unit(text: str, number: float, unit: str) -> float:
    """A level the question states with its magnitude ("one million visits", "1.5 bn"), in the
    unit the figure is held in (visits; USD bn): 1 million visits is 1,000,000 visits."""
    written = f"{number:g}"
    said = re.search(rf"(?<![\d.]){re.escape(written)}\s*(thousand|million|billion|trillion|mn|bn|tn|k|m|b)\b", text)
    if not said:
        return number
    held = _UNIT_MAGNITUDE.search(unit.lower())
    return number * _MAGNITUDE[said.group(1)] / (_MAGNITUDE[held.group(1)] if held else 1.0)


def _before_number(text: str, number: float) -> str:
    """The few words before a number in the question (the whole question when it is
    not written as digits there: "a third")."""
    written = f"{number:g}"
    match = re.search(rf"(?<![\d.]){re.escape(written)}(?![\d])", text)
    if not match:
        return text
    return " ".join(text[:match.start()].split()[-4:])


def _level(cond: Condition, unit: str) -> str:
    """The level a figure is set against, as the question says it ("a third") or in the unit."""
    if cond.said:
        return f"{cond.said} ({format_value(round(cond.number, 1), unit)})"
    return format_value(cond.number, unit)


def _meets(value: float, qualifier: str, cond: Condition) -> bool:
    if cond.test == "above":
        # A level held as a lower bound at the level asked is above it ("more than USD 4 bn"
        # exceeds 4 bn); so is "more than a third", held as 33.3, a third (33.33...).
        return value > cond.number or qualifier in ("more than", "over", "above") \
            and (abs(value - cond.number) < 0.05 if cond.said else value >= cond.number)
    if cond.test == "at_least":
        # ("nearly 40%" held as 40 has not reached 40%)
        return value > cond.number or value == cond.number and qualifier not in SHORT_OF
    if cond.test == "below":
        return value < cond.number and qualifier not in ("more than", "over", "at least")
    # "fell 6.9%": a stated fall of -6.9 is that number too
    return abs(abs(value) - cond.number) <= 1e-9 * max(1.0, abs(cond.number))


def _undecided(value: float, qualifier: str, cond: Condition) -> bool:
    """Whether a figure held as a bound leaves the level asked open: "more than 108" against
    "at least 110", "less than 2%" against "below 1%"."""
    if cond.test in ("above", "at_least") and qualifier in LOWER_BOUNDS:
        return value < cond.number and not _meets(value, qualifier, cond)
    if cond.test == "below" and qualifier in ("less than", "under", "below", "up to"):
        return value > cond.number
    return False


def answer_when_figure(engine, intent: Intent) -> Answer | None:
    """The period in which the metric met the question's condition, or None when the
    question is no such question (then the events are searched)."""
    metric = engine.metrics.get(intent.metric_id) if intent.metric_id else None
    if metric and intent.quantity_units and not any(metric.unit in units for units in intent.quantity_units):
        # "first fell below 500 million TIV": a figure in the unit of the level stated.
        metric = next((engine.metrics[m] for _, m in intent.candidates
                       if any(engine.metrics[m].unit in units for units in intent.quantity_units)), None)
        if metric is None:
            return None
        intent.metric_id, intent.metric_phrase = metric.id, metric.name.lower()
    if metric is not None and metric.measure != "ratio" and multiple_asked(intent.normalized):
        # "When did LNG exports double?": of the multiple held of the exports, if crr holds one.
        metric = next((m for m in engine.metrics.values() if m.change_of == metric.id and m.measure == "ratio"), metric)
        intent.metric_id, intent.metric_phrase = metric.id, metric.name.lower()
    if metric is not None and metric.measure == "ratio" and (times := multiple_asked(intent.normalized)):
        # "When did LNG imports quadruple?": the time a multiple held of that size spans.
        return _when_multiplied(engine, intent, metric, times)
    cond = condition(intent, metric.name if metric else "", metric.unit if metric else "")
    if metric is not None and cond is not None and cond.number is None and cond.test in ("fell", "rose") \
            and metric.change_of in engine.metrics and metric.measure == "growth":
        # "Which years did trade fall from the year before?": the years of its levels, which a
        # rate of change held for one year does not give ("fell 6.9%" is the rate's own).
        base = engine.metrics[metric.change_of]
        intent.metric_id, intent.metric_phrase, metric = base.id, base.name.lower(), base
        cond = condition(intent, metric.name, metric.unit)
    if cond is not None and cond.number is not None and metric is not None:
        cond.number = in_the_unit(intent.normalized, cond.number, metric.unit)
    if metric is None or cond is None or metric.measure == "rank":
        return None  # when a rank was first held is an event ("became the largest partner")
    rows = [r for r in engine._observations(metric.id) if "/" not in r["period"] and r["value"] is not None]
    spans = [r for r in engine._observations(metric.id) if "/" in r["period"] and r["value"] is not None]
    whether = WHETHER.match(intent.normalized) and cond is not None and cond.number is not None
    since = [r for r in spans for p in intent.periods[:1] if p.form == "since" and p.start
             and (r["period_start"] or "") == p.start.isoformat()] if whether and metric.additive else []
    if since:
        rows = since  # "were there more than 100 joint exercises since 2003?": the count since then
    elif not rows and whether:
        # "Did Xi and Putin meet more than 40 times?": a count held over a span, set against the level.
        rows = spans
    held_at_all = rows
    if intent.periods and not since:
        rows = [r for r in rows if intent.periods[0].takes_in(r)]
    draft = Draft(engine.store)
    if not rows and held_at_all and cond.test in ("highest", "lowest"):
        # "In which year before 2020 were there the most Chinese students in Russia?": crr holds
        # the figure, for no year of the time asked; no event's date answers it.
        held = ", ".join(_runs_of(sorted({str(r["period"]) for r in held_at_all})))
        text = (f"crr holds {metric.name} for {held} only, none of them {intent.periods[0].phrase}, so it cannot say "
                f"when it was {'highest' if cond.test == 'highest' else 'lowest'} then.\n")
        return draft.answer(intent, False, "when", f"Assuming '{intent.metric_phrase}' means {metric.name}.", text,
                            [f"{metric.name.lower()} over time"])
    if not rows or cond.test in ("fell", "rose") and sum(r["period"].isdigit() for r in rows) < 2:
        return None  # a figure of one year neither fell nor rose: the events say what did
    interpretation = (f"Assuming '{intent.metric_phrase}' means {metric.titled}, read as a "
                      f"question about when it was {cond.words}"
                      + (f" {_level(cond, metric.unit)}" if cond.number is not None else "") + ".")
    chosen = _choose(rows, cond, intent)
    if (lacking := _years_lacking(engine, intent, rows)) and cond.test not in ("highest", "lowest"):
        # "Which years from 2015 to 2025 did China supply over 35% of Russia's imports?": every
        # year of the span is asked, and a year crr does not hold may be one; those it holds
        # that meet it are named, as what it has, not given as the list.
        met = [describe_period(r["period"]) for r in chosen]
        text = (f"crr cannot list every year of {intent.periods[0].phrase} in which {metric.name} was {cond.words}"
                + (f" {_level(cond, metric.unit)}" if cond.number is not None else "")
                + f": it holds no figure for {', '.join(lacking)}.\n"
                + (f"Of the years it holds, {', '.join(met)} {'was' if len(met) == 1 else 'were'}; ask for those, "
                   "or for all it holds over time.\n" if met else "None of the years it holds was.\n"))
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    if cond.test in ("highest", "lowest") and (ends := _ends_lacking(engine, intent, rows)):
        # "Which year between 2015 and 2025 saw the most crude?", with 2025 not held: the
        # highest of the years held is no highest of the span.
        text = (f"The data does not hold {metric.name} for every year of {intent.periods[0].phrase}: it lacks "
                f"{', '.join(ends)}, so crr cannot say when it was {cond.words.removeprefix('at its ').split(' in the')[0]}.\n")
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    if cond.test in ("highest", "lowest") and (few := _too_few_to_rank(metric, rows, spans, cond.test)):
        # "In which year did they hold the fewest joint exercises?": of 2024 and 2025 alone, with
        # a count since 2003 showing years before them, neither is named the lowest.
        return draft.answer(intent, False, "when", interpretation, few, [f"{metric.name.lower()} over time"])
    exact = [r for r in rows if abs(r["value"] - cond.number) < 1e-9 and (r["qualifier"] or "") not in SHORT_OF] \
        if cond.test == "at_least" else []
    if exact:
        chosen = exact  # "when did trade hit $190 bn?": the year it stood at that very figure
    if not chosen and DEED_ASKED.search(intent.normalized) and rows and all(_a_plan(metric, r) for r in rows):
        # "Did the Atasu-Alashankou pipeline reach 20 million tons a year by 2010?": a figure
        # planned or agreed says nothing of what was reached.
        text = (f"crr holds {metric.name} only as a plan, target or agreement, not as what was done, so it cannot "
                f"say whether it was {cond.words}" + (f" {_level(cond, metric.unit)}" if cond.number is not None else "")
                + ".\n")
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    floors = [r for r in rows if (r["qualifier"] or "") in LOWER_BOUNDS and cond.number is not None
              and r["value"] < cond.number] if not chosen and cond.test in ("above", "at_least") else []
    if floors:
        # "Did Xi meet Putin more than 50 times by 2025?" when the source says "more than 40":
        # a lower bound below the level neither reaches it nor rules it out.
        said = "; ".join(dict.fromkeys(f"{format_value(r['value'], r['unit'], r['qualifier'] or '')} for "
                                       f"{describe_period(r['period'])}" for r in floors))
        text = (f"crr cannot say: the sources give {metric.name} only as a lower bound below "
                f"{_level(cond, metric.unit)} ({said}), which neither reaches that level nor rules it out, so it "
                "gives no answer rather than guess.\n")
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    if not chosen:
        # "Did the yuan ever get to half ...?": no, and the nearest it came, the answer to
        # the yes or no; a "when" has no answer.
        nearest = _nearest(rows, cond) if WHETHER.match(intent.normalized) else []
        text = render("answers/when_figure_none.txt.j2", metric=metric, cond=cond,
                      number=_level(cond, metric.unit) if cond.number is not None else "",
                      first=describe_period(rows[0]["period"]), last=describe_period(rows[-1]["period"]),
                      nearest=[draft.observed(r, metric) for r in nearest],
                      nearest_words="highest" if cond.test in ("above", "at_least") else "lowest")
        # "In which years was Russia's share above 90%?": never in the yearly figures, but a
        # figure over a span crr holds is (97% from 1992 to 1994): said, not left out.
        over_spans = _choose([r for r in spans if not intent.periods or intent.periods[0].takes_in(r)], cond, intent) \
            if cond.test in ("above", "below", "at_least") and cond.number is not None and rows is not spans \
            and not metric.additive else []
        for row in over_spans:
            fact = draft.observed(row, metric)
            text = text.rstrip("\n") + "\n" + (f"Over a span, though: {fact.text} for {describe_period(row['period'])}, "
                     f"{cond.words} {_level(cond, metric.unit)} ({fact.source_name}[{fact.cites[0]}]).\n")
        return draft.answer(intent, bool(nearest or over_spans), "when", interpretation, text,
                            [f"{metric.name.lower()} over time"])
    if len(chosen) == 1 and cond.test in ("above", "below", "at_least") and FIRST.search(intent.normalized) \
            and not any(r["period_start"] < chosen[0]["period_start"] for r in rows):
        # "When did dual-use exports first exceed USD 4 bn?": crr's earliest figure is already
        # beyond it, so when it first was is before what crr holds.
        text = (f"crr cannot say when {metric.name} first went {cond.words} {_level(cond, metric.unit)}: the "
                f"earliest figure it holds, for {describe_period(chosen[0]['period'])}, is already {cond.words} it.\n")
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    unheld = _unheld_before(rows, chosen[0]) if len(chosen) == 1 and cond.number is not None and not exact else []
    if unheld and cond.test in ("above", "below", "at_least") and not LAST.search(intent.normalized) \
            and not WHETHER.match(intent.normalized):
        # When it first crossed is not held: in the years between two figures, which it
        # may have crossed in any of.  Said with those years, and no figure as the answer.
        before = max((r for r in rows if r["period_start"] < chosen[0]["period_start"]),
                     key=lambda r: r["period_start"])
        text = render("answers/when_figure_between.txt.j2", metric=metric, cond=cond, unheld=unheld,
                      threshold=_level(cond, metric.unit), before=before["period"],
                      after=chosen[0]["period"])
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    finer = chosen and all(finer_than(intent.normalized, r["period"]) for r in chosen) \
        and finer_than(intent.normalized, chosen[0]["period"])
    if finer:
        # "On which day was the $400 bn deal signed?": the figure is held for a year, which
        # is no day; said with its period and source, and no figure as the answer.
        dated: dict[str, str] = {}
        for r in chosen:
            dated[r["period"]] = dated.get(r["period"], "") + f"[{draft.cite(r['source_id'], r['locator'])}]"
        text = render("answers/when_figure_coarser.txt.j2", metric=metric, asked=finer,
                      dated=[(describe_period(period), marks) for period, marks in dated.items()])
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    if DEED_ASKED.search(intent.normalized) and all(_a_plan(metric, r) for r in chosen):
        # "When did Harbin Turbine's 41,000 MW come online?": a capacity to be added by 2011
        # under a 2008 deal dates the plan, not when it was done; a figure of what was done
        # in the same unit, read nearly as well, may date it ("when did Power of Siberia hit
        # its 38 bcm capacity?": the year its exports reached it).
        unit = metric.unit.split()[0]
        for _, other in intent.candidates[1:4]:
            done = engine.metrics[other]
            if done.unit.split()[0] == unit and not _a_plan(done, {"note": ""}):
                again = replace(intent, metric_id=other, metric_phrase=done.name.lower(),
                                candidates=[c for c in intent.candidates if c[1] != metric.id])
                found = answer_when_figure(engine, again)
                if found is not None:
                    return found
        text = (f"crr holds {metric.name} only as a plan or target for "
                f"{', '.join(dict.fromkeys(describe_period(r['period']) for r in chosen))}, not as done, "
                "so it cannot say when it happened.\n")
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    facts = {}
    for fact in (draft.observed(r, metric) for r in chosen):
        # One figure of one source, given in two of its sections (Wikipedia's lead and its
        # economy section): one line, with both citations.
        same = facts.setdefault((fact.text, fact.period_text, fact.source_name), fact)
        if same is not fact:
            same.cites.extend(n for n in fact.cites if n not in same.cites)
    facts = list(facts.values())
    text = render("answers/when_figure.txt.j2", metric=metric, facts=facts, cond=cond, unheld=unheld,
                  threshold=_level(cond, metric.unit) if cond.number is not None else "")
    return draft.answer(intent, True, "when", interpretation, text, [f"{metric.name.lower()} over time"])


# A growth said as a multiple: "doubled", "nearly quadruple", "grew fivefold", "three times over".
_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "twofold": 2.0, "threefold": 3.0, "fourfold": 4.0,
              "fivefold": 5.0, "tenfold": 10.0}
MULTIPLIED = Lazy(r"\b(doubl|tripl|quadrupl|(?:two|three|four|five|ten)fold)\w*")


def _runs_of(periods: list[str]) -> list[str]:
    """Periods as a reader would list them: years in runs ("1992 to 2020"), others as said."""
    years = [p for p in periods if p.isdigit()]
    return [*(_runs(years) if years else []), *(describe_period(p) for p in periods if not p.isdigit())]


def _too_few_to_rank(metric, rows: list[sqlite3.Row], spans: list[sqlite3.Row], test: str) -> str:
    """Why the times held cannot name the highest or lowest: a count whose figures over a span
    take in years before (or after) those held one by one, or one or two times held that no
    source calls the extreme asked; "" when they can."""
    from .changes import EXTREME_SAID

    word = "highest" if test == "highest" else "lowest"
    said = EXTREME_SAID["peak" if test == "highest" else "lowest"]
    if any(said.search(" ".join(str(r[c] or "") for c in ("qualifier", "note", "as_written"))) for r in rows):
        return ""  # a source calls one the extreme asked: "an all-time high of 11 exercises in 2024"
    years = sorted({str(r["period"])[:4] for r in rows})
    if metric.additive and years and any((r["period_start"] or "9999")[:4] < years[0] or
                                         (r["period_end"] or "0000")[:4] > years[-1] for r in spans):
        return (f"crr holds {metric.name} year by year for {', '.join(years)} only; its figures over longer spans "
                f"take in years it holds no figure of its own for, so it cannot say which year was {word}.\n")
    if len({r["period"] for r in rows}) < 3:
        held = " and ".join(describe_period(str(r["period"])) for r in sorted(rows, key=lambda r: r["period_start"] or ""))
        return (f"crr holds {metric.name} for {held} only, and no source calls one of them the {word}, so crr "
                f"cannot say when it was {word}.\n")
    return ""


def multiple_asked(text: str) -> float | None:
    """The multiple a question's verb of growth says ("quadrupled": 4), or None."""
    said = MULTIPLIED.search(text)
    return _MULTIPLES[said.group(1)] if said else None


def _when_multiplied(engine, intent: Intent, metric, times: float) -> Answer:
    """The period of a multiple held about the size asked (a source's "nearly 4 times" is a
    quadrupling); another size held is said, and no time given for the one asked."""
    rows = [r for r in engine._observations(metric.id) if r["value"] is not None
            and (not intent.periods or intent.periods[0].takes_in(r))]
    draft = Draft(engine.store)
    cond = Condition("equal", times, "at")
    interpretation = (f"Assuming '{intent.metric_phrase}' means {metric.titled}, read as a question "
                      f"about when it grew {times:g} times over.")
    chosen = [r for r in rows if abs(r["value"] - times) <= 0.25 * times]
    if not chosen:
        held = "; ".join(f"{format_value(r['value'], metric.unit, r['qualifier'] or '')} for "
                        f"{describe_period(r['period'])}" for r in rows)
        grown = engine.metrics[metric.change_of].name if metric.change_of in engine.metrics else metric.name
        text = (f"crr holds no time over which {grown} grew {times:g} times over"
                + (f"; it holds {held}." if held else ".") + "\n")
        return draft.answer(intent, False, "when", interpretation, text, [f"{metric.name.lower()} over time"])
    facts = [draft.observed(r, metric) for r in chosen]
    text = render("answers/when_figure.txt.j2", metric=metric, facts=facts, cond=cond, unheld=[], threshold="")
    return draft.answer(intent, True, "when", interpretation, text, [f"{metric.name.lower()} over time"])


# A question of when a thing was done: "come online", "hit its capacity", "reach".
DEED_ASKED = Lazy(r"\b(?:come online|came online|go online|went online|hit|reach(?:ed)?|achiev\w*|start\w*|began|begin|"
                  r"complet\w*|finish\w*|open\w*|launch\w*|enter\w* service|commission\w*)\b")
# A figure recorded as a plan or a target: "to be added by 2011", "expected by 2010".
PLANNED_FIGURE = Lazy(r"\b(?:to be|expected|target\w*|planned|plans?|were to|was to|agreed|would)\b", re.I)


def _a_plan(metric, row: sqlite3.Row) -> bool:
    """Whether crr's record of a figure says it is a plan or a target, not a thing done."""
    return bool(PLANNED_FIGURE.search(f"{metric.name}. {metric.description}. {row['note'] or ''}"))


def _nearest(rows: list[sqlite3.Row], cond: Condition) -> list[sqlite3.Row]:
    """The figures nearest a level never crossed: the highest held for a level never
    reached, the lowest for one never gone below; none for a test of no level."""
    if cond.number is None or cond.test not in ("above", "at_least", "below"):
        return []
    pick = min if cond.test == "below" else max
    best = pick(r["value"] for r in rows)
    return [r for r in rows if r["value"] == best][:2]


def _changed(rows: list[sqlite3.Row], way: str) -> list[sqlite3.Row]:
    """The years a yearly figure fell (or rose) from the year before, each within one
    source's own series (and one reporter's): two sources' levels are not compared."""
    series = {(r["source_id"], _reporter(r), r["period"]): r for r in rows if r["period"].isdigit()}
    found = []
    for (source, reporter, year), row in sorted(series.items(), key=lambda item: item[0][2]):
        before = series.get((source, reporter, str(int(year) - 1)))
        if before is not None and (row["value"] < before["value"] if way == "fell" else row["value"] > before["value"]):
            if not any(r["period"] == year for r in found):
                found.append(row)
    return found


def _reporter(row: sqlite3.Row) -> str:
    return row["reporter"] if "reporter" in row.keys() and row["reporter"] else ""


# A question of every year that met a condition: "in which years", "list the years".
YEARS_ASKED = Lazy(r"\b(?:which|what|list|name) (?:(?:of the|were the|are the|the) )?years\b|\byears (?:in which|when|that)\b")


def _years_lacking(engine, intent: Intent, rows: list[sqlite3.Row]) -> list[str]:
    """The years of a span asked year by year ("which years from 2019 to 2025 ...") that
    the data holds no figure for; none when the question asks no such list."""
    span = intent.periods[0] if len(intent.periods) == 1 else None
    if span is None or span.form not in ("range", "since") or span.start is None or not YEARS_ASKED.search(intent.normalized):
        return []
    held = {int(r["period"][:4]) for r in rows if r["period"][:4].isdigit()}
    # ("since 2000": to the last year the series holds, which its producer had then published)
    last = span.end.year if span.end else max(held, default=span.start.year)
    return [str(y) for y in range(span.start.year, last + 1) if y not in held]


def _ends_lacking(engine, intent: Intent, rows: list[sqlite3.Row]) -> list[str]:
    """The first or last year of a span asked ("between 2015 and 2025") that a series held
    year by year lacks, up to the year before its sources were written (later ones are to come)."""
    span = intent.periods[0] if len(intent.periods) == 1 else None
    held = {int(r["period"]) for r in rows if r["period"].isdigit() and len(r["period"]) == 4}
    if span is None or span.form != "range" or not span.start or not span.end or not held \
            or not all(r["period"].isdigit() and len(r["period"]) == 4 for r in rows):
        return []
    written = max(int(s.as_of[:4]) for s in engine.store.sources.values() if (s.as_of or "")[:4].isdigit())
    # (a first year before the series begins lacks every year up to its first: "1995 to 1999")
    return [f"{y} to {min(held) - 1}" if y < min(held) - 1 else str(y) for y in (span.start.year, span.end.year)
            if y not in held and y <= max(max(held) + 1, written - 1)]


def _unheld_before(rows: list[sqlite3.Row], chosen: sqlite3.Row) -> list[str]:
    """The years between the last figure before the one chosen and it that the data
    lacks: the condition may first have held in one of them."""
    if not chosen["period"].isdigit():
        return []
    earlier = [int(r["period"]) for r in rows if r["period"].isdigit() and int(r["period"]) < int(chosen["period"])]
    if not earlier:
        return []
    return [str(y) for y in range(max(earlier) + 1, int(chosen["period"]))]


def _choose(rows: list[sqlite3.Row], cond: Condition, intent: Intent) -> list[sqlite3.Row]:
    if cond.test in ("highest", "lowest"):
        pick = max if cond.test == "highest" else min
        best = pick(r["value"] for r in rows)
        return [r for r in rows if r["value"] == best]
    if cond.test in ("fell", "rose"):
        meeting = _changed(rows, cond.test)
    else:
        meeting = [r for r in sorted(rows, key=lambda r: r["period_start"] or "")
                   if _meets(r["value"], r["qualifier"] or "", cond)]
    if not meeting:
        return []
    if re.search(r"\b(?:years|dates|months)\b", intent.normalized):
        return meeting  # "which years ...": all of them
    if LAST.search(intent.normalized):
        return [meeting[-1]]
    if FIRST.search(intent.normalized) or cond.test in ("above", "below", "at_least"):
        return [meeting[0]]
    return meeting


LOWER_BOUNDS = ("more than", "over", "above", "at least")
# Qualifiers of a figure held short of its number: "nearly 40%" is below 40%.
SHORT_OF = ("nearly", "almost", "less than", "under", "below", "up to", "just under")
# The qualifiers that say how near the number is ("more than USD 4 bn"), not what it was ("a record").
NUMBER_QUALIFIERS = (*LOWER_BOUNDS, "less than", "under", "below", "up to", "nearly", "almost", "about", "around",
                     "approximately", "roughly", "some", "over")


def _level_asked(engine, question: str, answer: Answer, tests: tuple[str, ...] = ("above", "below", "at_least")):
    """(the figures stated, their metric, the level asked in its unit) when the answer states
    figures of one metric and time and the question sets them against a level (above, below,
    at least, or those `tests` name); else None."""
    from ..reading.read import read

    stated = [v for v in answer.values if not v.derived]
    if not stated or len({(v.metric, v.period) for v in stated}) != 1 or stated[0].metric not in engine.metrics:
        return None
    metric = engine.metrics[stated[0].metric]
    cond = condition(read(question, engine.lexicon), metric.name, metric.unit)
    if cond is None or cond.number is None or cond.test not in tests:
        return None
    if metric.unit != "percent" and re.search(rf"(?<![\d.]){re.escape(f'{cond.number:g}')}\s*(?:%|percent\b|per cent\b|pct\b)",
                                             question.lower()):
        return None  # ("did trade grow more than 5%?": a level of a rate, no level of USD bn)
    cond.number = in_the_unit(question.lower(), cond.number, metric.unit)
    return stated, metric, cond


def bound_short_of_the_level(engine, question: str, answer: Answer) -> str:
    """"Did dual-use exports top USD 5 bn in 2025?" when the source gives only "more than USD 4
    bn": a lower bound below the level asked, which neither reaches it nor rules it out; the
    reason, or "" when the figure decides the question."""
    asked = _level_asked(engine, question, answer)
    if asked is None or len(asked[0]) != 1 or (asked[0][0].qualifier or "") not in LOWER_BOUNDS:
        return ""
    stated, metric, cond = asked
    if stated[0].value >= cond.number:
        return ""  # at or past the level: decided
    return (f"crr cannot say: the sources give {metric.name} for {describe_period(stated[0].period)} only as a lower "
            f"bound below {_level(cond, metric.unit)}, which neither reaches that level nor rules it out, so it gives "
            f"no answer rather than guess. Ask “{metric.name.lower()} {stated[0].period}” for the figure held.\n")


# "Was 2024 the busiest year for joint exercises?", "was 2022 a record year for trade?": one
# year asked against every year held.
YEAR_EXTREME = Lazy(r"^(?:and |so )?(?:was|is|were) ((?:19|20)\d\d) (?:the|a|an|its|their) (?:[\w-]+ )?"
                    r"(record|busiest|biggest|highest|largest|best|peak|strongest|worst|lowest|smallest|weakest|quietest)\b")
_LOW_WORDS = ("worst", "lowest", "smallest", "weakest", "quietest")


def against_the_years(engine, question: str, answer: Answer) -> str:
    """A line setting the year asked against the highest (or lowest) single-year figure crr
    holds of the figure shown, worked out by crr, saying which years it holds; "" when the
    question asks no such thing or the answer is of more than one figure."""
    asked = YEAR_EXTREME.match(question.lower().strip())
    stated = [v for v in answer.values if not v.derived]
    if not asked or not stated or len({v.metric for v in stated}) != 1 or stated[0].metric not in engine.metrics:
        return ""
    metric = engine.metrics[stated[0].metric]
    rows = [r for r in engine._observations(metric.id)
            if re.fullmatch(r"\d{4}", r["period"]) and r["value"] is not None
            and (r["qualifier"] or "") not in (*LOWER_BOUNDS, "less than", "under", "up to")]
    years = sorted({r["period"] for r in rows})
    if len(years) < 2 or asked.group(1) not in years:
        return ""
    low = asked.group(2) in _LOW_WORDS
    best = (min if low else max)(r["value"] for r in rows)
    tops = sorted({r["period"] for r in rows if r["value"] == best})
    word = "lowest" if low else "highest"
    held = f"{years[0]}–{years[-1]}" if len(years) > 4 else ", ".join(years)
    said = "is" if asked.group(1) in tops else "is not"
    return (f"\nAgainst the years crr holds ({held}), derived by crr: {_yes_or_no(question, [said == 'is'])}the {word} figure is "
            f"{format_value(best, metric.unit)}, in {' and '.join(tops)}; {asked.group(1)} {said} that year.")


def against_the_level(engine, question: str, answer: Answer) -> str:
    """"Did the Chinese share fall below 1% in 2021?" answered with that year's figure: a
    line setting each figure stated against the level asked, worked out by crr; "" when the
    question states no level, or the answer is of more than one figure or time."""
    if (asked := _level_asked(engine, question, answer)) is None:
        return ""
    stated, metric, cond = asked
    if metric.measure == "growth" and cond.number > 0 and WENT_DOWN.search(question.lower()) \
            and all(v.value < 0 for v in stated):
        # "Was the 2025 decline bigger than 5%?": the size of a fall (-6.9%) set against the level
        said = [f"a fall of {format_value(-v.value, v.unit)} is {'' if _meets(-v.value, v.qualifier or '', cond) else 'not '}"
                f"{cond.words} {_level(cond, metric.unit)}" for v in stated]
        return "\nAgainst the level asked, derived by crr: " + _yes_or_no(question, [
            _meets(-v.value, v.qualifier or "", cond) for v in stated]) + "; ".join(dict.fromkeys(said)) + "."
    if (open_ended := [v for v in stated if _undecided(v.value, v.qualifier or "", cond)]):
        # "did crude reach 110 Mt?" of "more than 108 Mt": a bound short of the level asked
        # neither reaches it nor rules it out
        v = open_ended[0]
        return (f"\nAgainst the level asked, derived by crr: crr cannot say; {v.qualifier} {format_value(v.value, v.unit)} "
                f"is a bound short of {_level(cond, metric.unit)}, which neither meets that level nor rules it out.")
    said = [f"{v.qualifier + ' ' if (v.qualifier or '') in NUMBER_QUALIFIERS else ''}{format_value(v.value, v.unit)} is "
            f"{'' if _meets(v.value, v.qualifier or '', cond) else 'not '}"
            f"{cond.words} {_level(cond, metric.unit)}" for v in stated]
    return "\nAgainst the level asked, derived by crr: " + _yes_or_no(question, [
        _meets(v.value, v.qualifier or "", cond) for v in stated]) + "; ".join(dict.fromkeys(said)) + "."


# A place in a ranking a claim gives: "the world's fourth-longest", "the 2nd largest", "ranked 3rd".
ORDINALS = {word: n for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}
RANK_CLAIMED = Lazy(r"\b(?:(" + "|".join(ORDINALS) + r")|(\d{1,2})(?:st|nd|rd|th))[- ]?(?:longest|largest|biggest|greatest|"
                    r"highest|most|top|ranked|place)\b|\b(?:ranks?|ranked|number|no\.|#)\s?(\d{1,2}|" + "|".join(ORDINALS) + r")\b")


def _rank_claimed(engine, question: str, answer: Answer) -> str:
    """"Is the China–Russia border the world's fourth-longest?": the place a claim gives set
    against the rank held, worked out by crr; "" when the answer is no rank or the claim
    gives no place."""
    stated = [v for v in answer.values if not v.derived]
    if not stated or len({v.metric for v in stated}) != 1 or stated[0].unit != "rank" \
            or len(found := RANK_CLAIMED.findall(normalize(question))) != 1:
        return ""
    word, digits, ranked = found[0]
    place = ORDINALS[word] if word else int(digits) if digits else ORDINALS.get(ranked) or int(ranked)
    said = [f"crr holds {format_value(v.value, v.unit)}, " + ("the claim's place" if v.value == place else
                                                              f"not the claim's rank {place}") for v in stated]
    return ("\nAgainst the claim, derived by crr: " + _yes_or_no(question, [v.value == place for v in stated])
            + "; ".join(dict.fromkeys(said)) + ".")


def against_the_claim(engine, question: str, answer: Answer) -> str:
    """"Is it true that Russia shipped over 100 Mt of crude to China in 2023?", "... that 88% of
    Russians viewed China favourably?": the claim's level, or its number as the source would
    round it, set against the figure held, worked out by crr; "" when the claim states neither
    plainly (a hedged "nearly 40%", a figure held as a bound)."""
    if (ranked := _rank_claimed(engine, question, answer)):
        return ranked
    if (asked := _level_asked(engine, question, answer, tests=("equal",))) is None:
        return ""  # (a level, "over 100 Mt", is set against the figure as any yes or no's is)
    stated, metric, cond = asked
    if cond.said or any(v.qualifier not in ("", "record") for v in stated) \
            or HEDGED.search(_before_number(normalize(question), cond.number) + " "):
        return ""
    written = next((w for w in re.findall(r"\d[\d,]*(?:\.\d+)?", question) if float(w.replace(",", "")) == cond.number), "")
    places = len(written.partition(".")[2])
    # (a claim rounds as it is written: "USD 245 bn" is met by 244.8, "88%" by 88)
    meets = [abs(v.value - cond.number) <= 0.5 * 10 ** -places + 1e-9 for v in stated]
    claimed = format_value(cond.number, metric.unit)
    said = [f"crr holds {format_value(v.value, v.unit)}, "
            + (f"the claim's {claimed}" if ok and v.value == cond.number else
               f"which the claim's {claimed} rounds" if ok else f"not the claim's {claimed}") for v, ok in zip(stated, meets)]
    return "\nAgainst the claim, derived by crr: " + _yes_or_no(question, meets) + "; ".join(dict.fromkeys(said)) + "."


def _yes_or_no(question: str, verdicts: list[bool]) -> str:
    """"yes, " or "no, " before what a yes-or-no question was set against, when every
    figure says the same; "" when the question asks no yes or no, or the figures differ."""
    if not verdicts or len(set(verdicts)) != 1 or not YES_NO.match(question.lower().strip()):
        return ""
    return "yes, " if verdicts[0] else "no, "



# A way a figure moved, asked with a yes or no: "did trade go down in 2025?", "did crude rise?".
WENT_DOWN = Lazy(r"\b(?:go(?:es)? down|gone down|went down|fall|falls|fell|fallen|drop|drops|dropped|declines?|declined|"
                 r"shrink|shrinks|shrank|shrunk|contract|contracted|decrease[ds]?|dip|dipped|slump|slumped|slide|slid)\b")
WENT_UP = Lazy(r"\b(?:go(?:es)? up|gone up|went up|rise|rises|rose|risen|grow|grows|grew|grown|increase[ds]?|climb|"
               r"climbed|jump|jumped|expand|expanded|rebound|rebounded|bounce[ds]? back|bounced back|pick(?:ed)? up)\b")


# A span asked that runs up to now: "since 2018", "in recent years", "lately".
UP_TO_NOW = Lazy(r"\bsince\b|\b(?:recently|recent years|lately|so far|to date|until now|up to now|these days)\b")
# How many years before this one a span's last figure may end and still answer for it up to now.
YEARS_SHORT_OF_NOW = 2


def direction_short_of_now(question: str, answer: Answer) -> str:
    """"Has UN voting alignment declined since 2018?" answered from figures that end in 2019:
    the span asked runs to now, years past the last figure, so the way the figures moved is no
    yes or no to it.  The line that says so, to go before the figures; "" otherwise."""
    text = question.lower()
    if not (WENT_DOWN.search(text) or WENT_UP.search(text)) or not YES_NO.match(text.strip()) \
            or not UP_TO_NOW.search(text):
        return ""
    ends = [int(end[:4]) for v in answer.values if (end := v.period.rpartition("/")[2])[:4].isdigit()]
    if not ends or max(ends) >= today().year - YEARS_SHORT_OF_NOW:
        return ""
    return (f"The figures crr holds for this end in {max(ends)}, years short of now, so they say neither yes "
            "nor no for the whole span asked; what they show up to then follows.\n")


def against_the_direction(engine, question: str, answer: Answer) -> str:
    """"Did trade go down in 2025?" answered with the year's change: a line saying yes or no,
    worked out by crr from the changes the answer states (a yearly change a source gives, or
    one derived between two years of one source), when they all move the same way; "" when
    the question asks no direction, or the changes shown move both ways or not at all."""
    text = question.lower()
    down, up = bool(WENT_DOWN.search(text)), bool(WENT_UP.search(text))
    if down == up or not YES_NO.match(text.strip()):
        return ""
    changes = [v for v in answer.values
               if v.metric in engine.metrics and (engine.metrics[v.metric].measure == "growth" and not v.derived
                                                  or v.derived and "/" in v.period and v.unit != "percent")]
    if not changes or any(v.value == 0 for v in changes) or len({v.value > 0 for v in changes}) != 1:
        return ""
    fell = changes[0].value < 0
    moved = "fell" if fell else "rose"
    def when(period: str) -> str:
        start, _, end = period.partition("/")
        return f"from {describe_period(start)} to {describe_period(end)}" if end else f"in {describe_period(period)}"

    said = "; ".join(dict.fromkeys(f"{format_value(v.value, v.unit)} {when(v.period)}" for v in changes))
    return (f"\nThe way it moved, derived by crr from the changes above: {'yes' if fell == down else 'no'}, "
            f"it {moved}: {said}.")


# Words a record says a thing was not done with, beside those of a denial: "abstained".
NOT_DONE = Lazy(r"\b(?:not|never|neither|nor|den(?:y|ies|ied)|refus\w*|reject\w*|declin\w* to|withh[eo]ld\w*|"
                r"abstain\w*|halt\w*|suspend\w*|blocks?|blocked)\b|n't\b", re.I)
# Verbs that say only that something was done, which a record says by its act: "run", "hold".
LIGHT_VERBS = frozenset(event_stem(_stem(w)) for w in (
    "run ran hold held have had do did done get got go went put conduct conducted stage staged carry carried "
    "take took join joined ever actually really already still say said").split())


VOTES_CAST = {"abstain": "an abstention", "veto": "a veto", "against": "a vote against", "for": "a vote for"}


def yes_or_no_of_events(engine, question: str, answer: Answer) -> tuple[bool, str] | None:
    """For a yes-or-no question of an act answered with the events that share its words
    ("has the SCO ever run an exercise in Iran?"): (answered, a line saying yes or no) from
    the first event, when its record has every word the question asks with and says the act
    was done, or says it was not; (False, why) when its record does not say the act asked
    ("did China send armed drones?": Russia asked for them); None when neither is clear."""
    if not YES_NO.match(question.lower().strip()) or not answer.events or len(answer.events) > 3 \
            or not answer.events[0].event_id:
        return None
    rows = engine.store.rows("SELECT * FROM events WHERE id = ?", (answer.events[0].event_id,))
    if not rows:
        return None
    row, text = rows[0], normalize(question)
    if (act := engine.event_vocab.act_unsaid(text, row)):
        return False, (f"No record crr holds says this was done (“{act}”): the nearest, “{row['title']}”, "
                       "says something else, shown below for what it is worth.")
    asked_cast, held_cast = _vote_cast(text), _vote_cast(row["title"].lower())
    if asked_cast and held_cast and asked_cast != held_cast:
        # "Did China vote against the resolutions condemning the invasion?": a record of
        # another vote cast (it abstained) says no.
        return True, (f"No, by the record below, which records {VOTES_CAST[held_cast]}, not {VOTES_CAST[asked_cast]} "
                      "(derived by crr from its words).")
    said = _stemmed_words(f"{row['title']} {row['summary'] or ''}".lower())
    synonyms = engine.event_vocab.synonyms
    terms = [t for t in engine.event_vocab.search_terms(text) if t not in LIGHT_VERBS]
    if not terms or any(not ({t, *synonyms.get(t, ())} & said) for t in terms):
        return None
    # A title with every word asked says what was done: "almost never ... one case, in November
    # 2024" in its summary is no denial of "China and Russia cast directly opposing votes".
    titled = _stemmed_words(row["title"].lower())
    record = row["title"] if all({t, *synonyms.get(t, ())} & titled for t in terms) \
        else f"{row['title']}. {row['summary'] or ''}"
    # (of the record, the clauses that say most of what was asked: "On a visit by Hu Jintao to
    # Russia in 2011, the sides agreed to ..." did visit, whatever they agreed to do)
    clauses = [c for c in re.split(r"[,;.:]\s+", record) if c]
    met = [sum(bool({t, *synonyms.get(t, ())} & _stemmed_words(c.lower())) for t in terms) for c in clauses]
    saying = " ".join(c for c, n in zip(clauses, met) if n == max(met, default=0)) or record
    if PLANNED_FIGURE.search(saying) and not PLANNED_FIGURE.search(text):
        # "Did Russian gas actually reach Shanghai homes?": a record that it was expected to
        # says nothing of whether it did.
        return False, (f"No record crr holds says this was done: the nearest, “{row['title']}”, says only that it "
                       "was planned or expected, shown below for what it is worth.")
    # (a denial asked of, "did Putin say there is no alliance?", is met by the record that denies)
    denied = bool(NOT_DONE.search(record)) and not NOT_DONE.search(text) and not re.search(r"\bno\b", text)
    return True, (f"{'No' if denied else 'Yes'}, by the record below"
                  f"{', which says it was not done' if denied else ''} (derived by crr from its words).")


# "Is Russia still China's top arms supplier?": first place asked, which a rank answers.
FIRST_PLACE = Lazy(r"\b(?:top|main|biggest|largest|leading|first|number one|no\. 1|#1|chief|principal)\b")


def against_the_rank(engine, question: str, answer: Answer) -> str:
    """A line saying yes or no, worked out by crr, when a yes-or-no question asks whether
    one is first and the answer is its rank; "" otherwise."""
    text = question.lower()
    ranks = [v for v in answer.values if not v.derived and v.metric in engine.metrics
             and engine.metrics[v.metric].measure == "rank"]
    if not ranks or not YES_NO.match(text.strip()) or not FIRST_PLACE.search(text) or len({v.value for v in ranks}) != 1:
        return ""
    # (only of a rank whose names the question gives: "Lukoil's rank" is no answer about Russia)
    said = text.replace("'s", "")
    names = [w for w in re.findall(r"[A-Z][\w-]+", engine.metrics[ranks[0].metric].name.replace("'s", ""))
             if not engine.lexicon.values_of(w.lower(), "party")]
    if any(w.lower() not in said for w in names):
        return ""
    first = ranks[0].value == 1
    return (f"\nAgainst first place, derived by crr: {'yes' if first else 'no'}, rank {ranks[0].value:g} "
            f"({describe_period(ranks[0].period)}).")


# "Was trade higher in 2024 than in 2022?": one time set against another.
COMPARED = Lazy(r"\b(higher|more|larger|bigger|greater|lower|less|smaller|fewer)\b")


def against_the_other_time(engine, question: str, answer: Answer) -> str:
    """A line saying yes or no, worked out by crr, when a yes-or-no question asks whether a
    figure was higher (or lower) at one time than at another and each source or reporter
    shown gives both; "" otherwise."""
    text = question.lower()
    said = COMPARED.search(text)
    than = text.find(" than ")
    if not said or than < 0 or not YES_NO.match(text.strip()):
        return ""
    before = re.findall(r"\b(?:19|20)\d\d\b", text[:than])
    after = re.findall(r"\b(?:19|20)\d\d\b", text[than:])
    if len(before) != 1 or len(after) != 1 or before == after:
        return ""
    first, second = before[0], after[0]
    stated = [v for v in answer.values if not v.derived]
    pairs: dict[tuple, dict[str, float]] = {}
    for v in stated:
        pairs.setdefault((v.metric, v.source, v.reporter or ""), {})[v.period] = v.value
    verdicts = {vals[first] > vals[second] for vals in pairs.values() if first in vals and second in vals
                and vals[first] != vals[second]}
    if len(verdicts) != 1:
        return ""
    higher = verdicts.pop()
    asked_higher = said.group(1) in ("higher", "more", "larger", "bigger", "greater")
    return (f"\nOne time against the other, derived by crr: {'yes' if higher == asked_higher else 'no'}, "
            f"{first} {'above' if higher else 'below'} {second}.")
