"""A question that rests on how a figure moved: "Since pipeline gas peaked in 2021, how much has
it declined?", "LNG dipped in 2019 because of the pandemic — by how much?".

The answer found for the question names the figure; its yearly record says whether the year
the question gives was its high (or its low), or a year it fell (or rose).  When the record
says plainly it was not, the question is not answered as put: the figures that show the
premise wrong are given instead, cited, as a statement refuted is (second_readings.py).
"""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.words import Lazy
from ..writing.render import format_value
from .draft import Draft

_YEAR = r"((?:19|20)\d\d)"
# (words between the verb and its year that make the year no time of the move: "fell from 95 in 2014")
_BETWEEN = r"(?: (?!(?:from|to|since|after|between|by|until|till|before|than)\b)[\w'-]+){0,3}?"
# A high or a low the question says the figure had in a year: "peaked in 2021", "its all-time high
# in 2019", "the 2019 peak"; and a year it says the figure fell or rose in.
PREMISES = {
    # (a peak is a year above the years either side: "peaked in 2014", before 2015's fall)
    "peak": Lazy(rf"\b(?:peak(?:ed|ing)?|topped out)\b{_BETWEEN} (?:in|of) {_YEAR}\b"
                 rf"|\b(?:the|its) {_YEAR} (?:peak|high)\b"),
    "trough": Lazy(rf"\b(?:bottom(?:ed)? out|hit (?:a |its )?(?:low|bottom|trough))\b{_BETWEEN} (?:in|of) {_YEAR}\b"
                   rf"|\b(?:the|its) {_YEAR} (?:low|trough|bottom)\b"),
    # (an all-time high is above every year; a record, above every year before it: "trade hit
    # a record in 2022" is not undone by 2024)
    "high": Lazy(rf"\ball[- ]time (?:high|peak)\b{_BETWEEN} (?:in|of) {_YEAR}\b|\b(?:the|its) {_YEAR} all[- ]time high\b"),
    "low": Lazy(rf"\ball[- ]time low\b{_BETWEEN} (?:in|of) {_YEAR}\b"),
    "record": Lazy(rf"\b(?:record (?:high|peak)|(?:hit|reached|set) (?:a |its )?(?:new )?(?:record|high))"
                   rf"\b{_BETWEEN} (?:in|of) {_YEAR}\b"),
    "record low": Lazy(rf"\brecord low\b{_BETWEEN} (?:in|of) {_YEAR}\b"),
    "fell": Lazy(rf"\b(?:dipped|fell|dropped|declined|slumped|shrank|contracted|sank|plunged|slid|decreased)\b{_BETWEEN}"
                 rf" in {_YEAR}\b"),
    "rose": Lazy(rf"\b(?:rose|grew|jumped|climbed|surged|increased|soared|expanded)\b{_BETWEEN} in {_YEAR}\b"),
}
# The years a high or a low is set against: its neighbours, every year, or every year before it.
AGAINST = {"peak": "neighbours", "trough": "neighbours", "high": "all", "low": "all", "record": "before",
           "record low": "before"}
# A word of a figure moving, with or without its year.
MOVED = Lazy(r"\b(?:dipped|fell|dropped|declined|slumped|shrank|contracted|sank|plunged|slid|decreased|rose|grew|jumped|"
             r"climbed|surged|increased|soared|expanded|peaked)\b")
# How far apart two figures must be for one to be said above the other: sources round.
MARGIN = 0.02


def refuted(engine, question: str, answer: Answer) -> Answer | None:
    """The answer to a question whose premise of a high, a low, a fall or a rise in a year the
    yearly figures of the metric it was answered with show wrong; None when it states no such
    premise, or the record bears it out or cannot say."""
    if not answer.values or not isinstance(question, str):
        return None
    text = question.lower()
    if sum(len(pattern.findall(text)) for pattern in PREMISES.values()) > 1 or MOVED.search(text) and any(
            kind in ("fell", "rose") and pattern.search(text) for kind, pattern in PREMISES.items()) \
            and len(MOVED.findall(text)) > 1:
        return None  # ("value fell in 2015 even though volumes rose": which moved how is not the figure's to say)
    said = next(((kind, match) for kind, pattern in PREMISES.items() if (match := pattern.search(text))), None)
    metrics = {v.metric for v in answer.values if not v.derived}
    if said is None or len(metrics) != 1 or (metric := engine.metrics.get(metrics.pop())) is None:
        return None
    kind, match = said
    year = next(g for g in match.groups() if g)
    rows = [r for r in engine.store.observations(metric.id) if re.fullmatch(r"(?:19|20)\d\d", r["period"] or "")]
    stated = [r for r in rows if r["period"] == year]
    if not stated:
        return None  # (a year crr holds no figure for: the answer says so already)
    if kind in AGAINST:
        sign = -1 if kind in ("trough", "low", "record low") else 1
        near = {str(int(year) - 1), str(int(year) + 1)}
        against = [r for r in rows if AGAINST[kind] == "all" or AGAINST[kind] == "before" and r["period"] <= year
                   or AGAINST[kind] == "neighbours" and r["period"] in near
                   and any(r["source_id"] == s["source_id"] for s in stated)]
        if not against:
            return None
        best = max(against, key=lambda r: sign * r["value"])
        mark = max(stated, key=lambda r: sign * r["value"])
        if sign * (best["value"] - mark["value"]) <= MARGIN * abs(best["value"]):
            return None
        shown = [best, mark]
        which = "lowest" if sign < 0 else "highest"
        span = {"all": "", "before": f" up to {year}", "neighbours": f" in the years either side of {year}"}[AGAINST[kind]]
        detail = (f"the {which} yearly figure of {metric.name} it holds{span} is {{0}} in {best['period']}, "
                  f"and for {year} it holds {{1}}")
    else:
        pairs = [(before, row) for row in stated for before in rows
                 if before["source_id"] == row["source_id"] and before["period"] == str(int(year) - 1)]
        went_against = [(b, r) for b, r in pairs
                        if (r["value"] - b["value"]) * (1 if kind == "fell" else -1) > MARGIN * max(abs(b["value"]), 1e-9)]
        if not pairs or len(went_against) != len(pairs):
            return None
        shown = list(went_against[0])
        detail = (f"{metric.name} {'rose' if kind == 'fell' else 'fell'} from {{0}} in {int(year) - 1} "
                  f"to {{1}} in {year}")
    draft = Draft(engine.store)
    figures = [f"{format_value(r['value'], r['unit'], r['qualifier'] or '')} "
               f"({draft.short(r['source_id'])}[{draft.cite(r['source_id'], r['locator'])}])" for r in shown]
    premise = question[match.start():match.end()]
    text = (f"The question rests on \u201c{premise}\u201d, which crr's record does not bear out: "
            f"{detail.format(*figures)}.\nSo crr gives no answer to the question as put; ask it again without "
            "that premise for the figures held.\n")
    summary = (answer.reading or {}).get("summary", "")
    return answer.model_copy(update={
        "answered": False, "values": [], "text": text, "citations": draft.citations,
        "reading": {**(answer.reading or {}), "summary": f"{summary} (a premise of how the figure moved, set against "
                                                         "crr's record)"}})
