"""The rest of a share's whole: "in what share of votes did China and Russia vote
differently in 1993?" is 100 less the share of the votes they cast alike.

Only a metric that names the words asking for its rest (`complement` in db/metrics)
has one: a whole of exactly two parts. The rest is derived by crr, says so, shows
the arithmetic and cites the share it comes from, which the answer still shows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..answer import Answer, Value
from ..reading.periods import describe_period
from ..reading.words import Lazy, normalize
from ..writing.render import format_value
from .draft import REST_OF

# Words that turn back to the share itself: "and how often did they vote alike?"
SAID_ALIKE = Lazy(r"\b(?:same way|alike|same vote|agree\w*|agreement|together|aligned|alignment)\b")
# The kinds of answer a rest is worked out for: a figure of a time, or of each time.
OF_A_TIME = ("value", "latest", "series")


def rest_asked(metric, question: str) -> str:
    """The words of the question that ask for the rest of the metric's whole; "" if none."""
    text = normalize(question)
    return next((w for w in metric.complement if re.search(rf"\b{re.escape(w)}\b", text)), "")


def the_rest(engine, question: str, answer: Answer, previous: Answer | None = None) -> Answer | None:
    """The answer turned to the rest of its share's whole, when the question asks for that
    rest, or follows one that did ("and in 2014?" after the votes cast differently); a figure
    of another kind (the highest share) is withdrawn, the rest of it not being worked out;
    None when no rest is asked."""
    stated = [v for v in answer.values if not v.derived]
    metrics = {v.metric for v in stated}
    if not answer.answered or len(metrics) != 1 or (metric := engine.metrics.get(metrics.pop())) is None:
        return None
    before = (previous.context or {}) if previous is not None else {}
    asked = rest_asked(metric, question) or (
        before.get("rest_asked", "") if before.get("metric") == metric.id and not SAID_ALIKE.search(normalize(question)) else "")
    if not asked:
        return None
    if answer.kind not in OF_A_TIME:
        return replace(answer, answered=False, values=[], kind="unknown", text=(
            f"crr holds {metric.name} and works out its rest (“{asked}”) for a given time only, as 100 less "
            "the share; it does not work out the highest or lowest of that rest, so it gives no answer rather "
            "than answer another question.\n"))
    rests, lines = [], []
    for v in stated:
        places = len(f"{v.value:g}".partition(".")[2])
        rest = round(100 - v.value, places)
        rests.append(Value.model_construct(
            metric=v.metric, label=f"{REST_OF}{metric.name}", period=v.period, value=rest, unit=v.unit,
            qualifier=v.qualifier, source=v.source, locator=v.locator, derived=True,
            formula=f"100 - {v.value:g} = {rest:g}", observation_id=None, cites=list(v.cites), reporter=v.reporter))
        lines.append(f"- {describe_period(v.period)}: {format_value(rest, v.unit, v.qualifier)} "
                     f"(derived by crr: 100 − {v.value:g} = {rest:g})")
    said = (f"The rest of the whole, asked as “{asked}” (100 less {metric.name[0].lower() + metric.name[1:]}), "
            f"worked out by crr from the figures below:\n" + "\n".join(lines) + "\n\n")
    reading = {**(answer.reading or {}), "summary": f"the rest of the whole (“{asked}”): "
                                                    + (answer.reading or {}).get("summary", "")}
    context = {**(answer.context or {}), "rest_asked": asked}  # (what a follow-up keeps asking)
    return replace(answer, values=[*rests, *answer.values], text=said + answer.text, reading=reading, context=context)
