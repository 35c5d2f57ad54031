"""A figure asked of events just shown: "What did Norinco ship to Russia in 2022?", then "what
were the shipments worth?".  The figure is the events' own or none: a metric the question's
loose words find ("worth" finds the value of crude sales) answers another question when it
is about none of the subjects of the events shown, and the question names none of its own.
"""

from __future__ import annotations

from ..answer import Answer
from ..reading.read import read
from ..reading.words import Lazy
from .compound import FIGURE_KINDS
from .draft import Draft


THE_TWO = frozenset({"china", "russia"})
# What went along a line shown: "how much oil went through it?".
THROUGH_IT = Lazy(r"\b(?:through|via|along) (?:it|that|this)\b")
# The thing shown, pointed at: "how much oil went through it?", "its capacity".
POINTS_AT_IT = Lazy(r"\b(?:through|via|along|in|of|from|by) (?:it|that|this)\b|\bits\b")


def unrelated(engine, question: str, previous: Answer | None, answer: Answer) -> Answer | None:
    """The answer withdrawn, when it gives a figure about none of the subjects of the events
    the conversation showed last and the question names no subject or time of its own; None
    when the figure may be theirs."""
    if previous is None or not answer.answered or answer.kind not in FIGURE_KINDS or not isinstance(question, str):
        return None
    if (of_figure := _of_another_partys_thing(engine, question, previous, answer)) is not None:
        return of_figure
    if not previous.events or any(not v.derived for v in previous.values):
        return None
    metrics = {v.metric for v in answer.values if not v.derived and v.metric in engine.metrics}
    shown = [e.event_id for e in previous.events[:5] if e.event_id]
    if not metrics or not shown:
        return None
    own = read(question, engine.lexicon)
    pointing = THROUGH_IT.search(own.normalized) is not None
    if own.periods and not pointing:
        return None  # ("and how much crude did China buy that year?": a figure asked of its own)
    own_subjects = {s for group in own.subjects for s in group}
    rows = engine.store.rows(f"select id, subjects, parties from events where id in ({','.join('?' * len(shown))})", tuple(shown))
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
    # (a figure asked of "it", the thing shown, is of its parties too: oil "through it", of
    # Kazakhstan's line to China, is not Russia's oil)
    # (a third country's, or, of a third country's thing shown, one of the two's: China and
    # Russia are the parties of every conversation)
    first = next((row for row in rows if row["id"] == shown[0]), None)
    event_parties = {p.strip() for p in ((first["parties"] if first else "") or "").split(";") if p.strip()}
    others = {p for m in metrics for p in engine.metrics[m].parties} - event_parties - set(own.parties) \
        - (THE_TWO if event_parties <= THE_TWO else frozenset())
    if of_figures & (event_subjects | own_subjects) and not (pointing and event_parties and others):
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


def _of_another_partys_thing(engine, question: str, previous: Answer, answer: Answer) -> Answer | None:
    """"How long is it?" of the Russia–China crude pipeline, then "what's its annual throughput?":
    a figure asked of "it", the thing of the figure shown, that its words find for a thing of
    another country (the Atasu–Alashankou line, Kazakhstan's) is withdrawn."""
    before = {v.metric for v in previous.values if not v.derived and v.metric in engine.metrics}
    now = {v.metric for v in answer.values if not v.derived and v.metric in engine.metrics}
    if not before or not now or now & before or not POINTS_AT_IT.search(question.lower()):
        return None
    own = read(question, engine.lexicon)
    shown = {p for m in before for p in engine.metrics[m].parties}
    others = {p for m in now for p in engine.metrics[m].parties} - shown - set(own.parties) - THE_TWO
    if not others:
        return None
    names = "; ".join(dict.fromkeys(engine.metrics[m].name for m in now))
    was = "; ".join(dict.fromkeys(engine.metrics[m].name for m in before))
    text = (f"The question asks of what was shown before ({was}), and crr holds no such figure of it: the figure its "
            f"words find, {names}, is of another thing, so it gives no answer rather than answer another question.\n")
    summary = (answer.reading or {}).get("summary", "")
    return answer.model_copy(update={
        "answered": False, "values": [], "text": text, "citations": Draft(engine.store).citations, "events": [],
        "reading": {**(answer.reading or {}), "summary": f"{summary} — not held: no such figure of the thing shown"}})
