"""A figure asked of one source ("according to SIPRI") or of one country's statistics
("as Russia reports it") is that source's figure: where it gives none, another
source's figure answers another question, so it is named, not given."""

from __future__ import annotations

from typing import Callable

from ..answer import Answer
from ..data.store import Store
from ..reading.read import Intent


def held_as_asked(intent: Intent, answer: Answer, store: Store, reported: Callable[[str], bool],
                  other_unit: Callable[[str, str, str], str | None] = lambda *_: None) -> Answer:
    """The answer, or, when none of its figures is from the source or the statistics the
    question asks for, an answer that says so and where crr holds the figure instead.
    Whose statistics matter only for a figure whose records say whose they are."""
    stated = [v for v in answer.values if not v.derived]
    if not (intent.sources or intent.reporter) or not answer.answered or not stated:
        return answer
    reporter = intent.reporter if any(reported(v.metric) for v in stated) else None
    if any((not intent.sources or v.source in intent.sources) and (not reporter or v.reporter == reporter)
           for v in stated):
        silent = [s for s in intent.sources if s in store.sources and not any(v.source == s for v in stated)]
        if len(intent.sources) > 1 and silent:
            # "arms imports 2023, SIPRI vs the Dashboard": a source named that gives no figure says
            # so, or that it gives it in another unit ("pipeline gas 2021, customs vs the EI").
            label, lines = stated[0].label, []
            for source in silent:
                unit = other_unit(source, stated[0].metric, stated[0].period)
                name = store.sources[source].short_name
                lines.append(f"{name} gives {label} for the time asked in {unit}, not in {stated[0].unit}; "
                             f"ask for it in {unit}." if unit else
                             f"{name} gives no figure for {label} for the time asked.")
            answer.text = answer.text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
        return answer
    if not intent.sources and not reporter:
        return answer
    asked = [store.sources[s].short_name for s in intent.sources if s in store.sources]
    if reporter:
        asked.append(f"{reporter.title()}'s own statistics")
    verb = "give" if len(asked) > 1 else "gives"
    others = list(dict.fromkeys(store.sources[v.source].short_name for v in stated if v.source in store.sources))
    label = stated[0].label
    label = label[0].lower() + label[1:] if label[1:2].islower() else label
    answer.answered, answer.values, answer.citations = False, [], []
    units = {other_unit(s, stated[0].metric, stated[0].period) for s in intent.sources} - {None}
    if len(units) == 1 and not reporter:
        # "how much gas flowed in 2021, according to customs?": Customs weighs it, in tonnes.
        unit = units.pop()
        answer.text = (f"{' and '.join(asked)} {verb} {label} for the time asked in {unit}, not in "
                       f"{stated[0].unit}, and crr does not convert units: ask for it in {unit}. "
                       f"crr holds it in {stated[0].unit} from {' and '.join(others)}.\n")
        answer.suggestions = [f"{label.lower()} {stated[0].period} in {unit}"]
        return answer
    answer.text = (f"{' and '.join(asked)} {verb} no figure for {label} for the time asked, so crr gives none. "
                   f"crr holds it from {' and '.join(others)}: ask without naming a source to see it.\n")
    answer.suggestions = [f"{label.lower()} {stated[0].period}"]
    return answer
