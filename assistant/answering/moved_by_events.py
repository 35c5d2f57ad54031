"""A way a figure moved, asked of a time crr holds no figure for, that an event says:
"Did China-Russia UN voting alignment rise in 2025?" has no yearly figure after 2019, but
the Dashboard's account of 2025 ("alignment rises again") is a dated event of the same
subjects.  The event answers the yes or no, cited as an event, with no number.
"""

from __future__ import annotations

from ..answer import Answer
from ..reading.cues import YES_NO
from ..reading.read import read
from ..reading.words import normalize
from .compound import FIGURE_KINDS
from .draft import Draft
from .events import event_ref
from .thresholds import WENT_DOWN, WENT_UP


def stated_by_events(engine, question: str, answer: Answer) -> Answer | None:
    """The events that say the figure moved the way asked in the time asked, when crr holds
    no figure to say it; None when the answer gave one, or no event says so."""
    metric = engine.metrics.get((answer.context or {}).get("metric") or "")
    text = normalize(question) if isinstance(question, str) else ""
    if answer.answered or answer.kind not in FIGURE_KINDS or metric is None or not YES_NO.match(text):
        return None
    down, up = bool(WENT_DOWN.search(text)), bool(WENT_UP.search(text))
    reading = read(question, engine.lexicon)
    periods = reading.periods
    if down == up or len(periods) != 1 or periods[0].start is None or reading.numbers:
        return None  # (a level, "drop below 70%", is no way of moving an event's words can meet)
    period = periods[0]
    start, end = period.start.isoformat(), (period.end.isoformat() if period.end else None)
    held = [row for row in engine.store.events_between(start, end)
            if set(metric.subjects) <= {s.strip() for s in (row["subjects"] or "").split(";")}
            and row["date_start"] >= start]
    # (a record's title says which way: "UN voting alignment rises again")
    asked_way, other_way = (WENT_DOWN, WENT_UP) if down else (WENT_UP, WENT_DOWN)
    rows = [row for row in held if asked_way.search(row["title"].lower())]
    verdict = "yes"
    if not rows:
        # ("did it fall in 2025?" when the record of 2025 says it rose: no)
        rows, verdict, down = [row for row in held if other_way.search(row["title"].lower())], "no", not down
    if not rows:
        return None
    draft = Draft(engine.store)
    lines = []
    for row in rows[:3]:
        ref = event_ref(row)
        draft.events.append(ref)
        number = draft.cite(row["source_id"], row["locator"])
        lines.append(f"- {row['title']} ({row['date']}; {draft.short(row['source_id'])}[{number}])")
    moved = "fell" if down else "rose"
    body = (f"crr holds no figure of {metric.name} for {period.phrase or period.label}, but the record of an event "
            f"says it {moved}:\n" + "\n".join(lines) + "\n"
            f"The way it moved, as the event's record says: {verdict}, it {moved}; the record gives no number for it.\n")
    summary = (answer.reading or {}).get("summary", "")
    return answer.model_copy(update={
        "answered": True, "kind": "what_happened", "values": [], "events": draft.events, "text": body,
        "citations": draft.citations,
        "reading": {**(answer.reading or {}), "summary": f"{summary} (which way it moved, from a dated event)"}})
