"""Question text -> Intent: what kind of question, which metric, which periods.

Reading is rule-based and explainable: every Intent can say in words how the
question was read (the `interpretation` of an Answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..resolving.matcher import MetricMatcher
from .kinds import COMPARE, EXTREME_WORDS, FOLLOW_UP, FOLLOW_UP_MIN_SCORE, metric_kind, read_event_kind, read_kind
from .periods import Period, extract_periods
from .words import normalize


FILLER = re.compile(
    r"\b(?:please|pls|tell me|show me|give me|can you|could you|i want to know|"
    r"what was|what were|what is|what's|whats|what are|how much|how many|the|a|an|of|for|"
    r"in|on|at|by|to|did|does|do|was|were|is|are|china|chinese|russia|russian|russia's|"
    r"china's|between the two|sino-russian|and|from|with|about|total|value|figure|number)\b"
)


@dataclass
class Intent:
    question: str
    kind: str = "unknown"
    metric_id: str | None = None
    metric_phrase: str = ""
    alternatives: list[str] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    normalized: str = ""
    residue: str = ""  # words left once periods and the metric are read
    candidates: list[tuple[float, str]] = field(default_factory=list)
    asked_kind: str | None = None
    follow_up: bool = False
    compare: bool = False
    # Metrics set aside as not what was asked, and why (in words for the reader):
    # the question uses their `not_for` words, or asks for another unit.
    set_aside: list[str] = field(default_factory=list)
    not_held: str = ""


def understand(question: str, matcher: MetricMatcher) -> Intent:
    intent = Intent(question=question, normalized=normalize(question))
    periods, rest = extract_periods(intent.normalized)
    intent.periods = periods
    # Words that ask for the highest, lowest or latest value say nothing of the metric
    # ("when did the yuan share peak" is about the yuan share, not a "peak" metric).
    matches = matcher.match(EXTREME_WORDS.sub(" ", rest)) or matcher.match(rest)
    if not matches and FOLLOW_UP.search(intent.normalized):
        # "and oil?": a follow-up names a new subject in a word or two, which
        # would be too weak a match alone; the previous question gives the rest.
        matches = matcher.match(rest, min_score=FOLLOW_UP_MIN_SCORE)
    if matches:
        intent.metric_id = matches[0][1]
        intent.metric_phrase = matches[0][2]
        intent.alternatives = [m[1] for m in matches[1:4]]
        intent.candidates = [(m[0], m[1]) for m in matches[:6]]
    intent.residue = FILLER.sub(" ", rest).strip()
    intent.follow_up = bool(FOLLOW_UP.search(intent.normalized) or COMPARE.search(intent.normalized))
    intent.compare = bool(COMPARE.search(intent.normalized))
    kind = read_kind(intent.normalized)
    event_kind = read_event_kind(intent.normalized)
    intent.asked_kind = kind
    if event_kind in ("help", "sources"):
        intent.kind = event_kind
    elif event_kind == "about" and not periods:
        intent.kind = "about"
    elif event_kind == "when" and kind in ("peak", "lowest") and intent.metric_id and re.search(
            r"\b(?:highest|peak|lowest|smallest|weakest|strongest|minimum|maximum)\b", intent.normalized):
        intent.kind = kind
    elif event_kind in ("when", "who", "what_happened", "count_events"):
        intent.kind = event_kind
    elif intent.metric_id is None:
        intent.kind = "what_happened" if periods and not intent.follow_up and len(intent.residue.split()) <= 3 else "unknown"
    else:
        intent.kind = metric_kind(kind, periods)
    return intent


