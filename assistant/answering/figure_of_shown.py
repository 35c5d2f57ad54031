"""A figure asked of events just shown: "What did Norinco ship to Russia in 2022?", then "what
were the shipments worth?".  The figure is the events' own or none: a metric the question's
loose words find ("worth" finds the value of crude sales) answers another question when it
is about none of the subjects of the events shown, and the question names none of its own.
"""

from __future__ import annotations

from ..answer import Answer
from ..reading.read import read
from .compound import FIGURE_KINDS
from .draft import Draft


def unrelated(engine, question: str, previous: Answer | None, answer: Answer) -> Answer | None:
    """The answer withdrawn, when it gives a figure about none of the subjects of the events
    the conversation showed last and the question names no subject or time of its own; None
    when the figure may be theirs."""
    if previous is None or not previous.events or any(not v.derived for v in previous.values) \
            or not answer.answered or answer.kind not in FIGURE_KINDS or not isinstance(question, str):
        return None
    metrics = {v.metric for v in answer.values if not v.derived and v.metric in engine.metrics}
    shown = [e.event_id for e in previous.events[:5] if e.event_id]
    if not metrics or not shown:
        return None
    own = read(question, engine.lexicon)
    if own.periods:
        return None  # ("and how much crude did China buy that year?": a figure asked of its own)
    own_subjects = {s for group in own.subjects for s in group}
    rows = engine.store.rows(f"select subjects from events where id in ({','.join('?' * len(shown))})", tuple(shown))
    event_subjects = {s.strip() for row in rows for s in (row["subjects"] or "").split(";") if s.strip()}
    if not event_subjects:
        return None
    parents = {row["id"]: row["parent"] for row in engine.store.subjects.values()}

    def with_parents(subject: str) -> set[str]:
        found = set()
        while subject and subject not in found:  # ("pipeline_gas" is gas, and energy)
            found.add(subject)
            subject = parents.get(subject)
        return found
    of_figures = {s for m in metrics for subject in engine.metrics[m].subjects for s in with_parents(subject)}
    if of_figures & (event_subjects | own_subjects):
        return None
    names = "; ".join(dict.fromkeys(engine.metrics[m].name for m in metrics))
    title = previous.events[0].title
    text = (f"The question asks of what was shown before ({title}), and crr holds no figure of it: the figure its "
            f"words find, {names}, is about something else, so it gives no answer rather than answer another "
            "question.\n")
    draft = Draft(engine.store)
    summary = (answer.reading or {}).get("summary", "")
    return answer.model_copy(update={
        "answered": False, "values": [], "text": text, "citations": draft.citations, "events": [],
        "reading": {**(answer.reading or {}), "summary": f"{summary} — not held: no figure of the events shown"}})
