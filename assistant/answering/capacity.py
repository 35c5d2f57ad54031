"""Whether a thing reached its capacity: "did Power of Siberia live up to its promised
capacity?", "has Gazprom filled the pipeline to its nominal capacity?", "and did it get
there?" after its capacity.

The capacity is the level, not the figure asked: the answer gives what the thing carried
(in the year asked, the highest year for "ever", else the latest) beside its capacity,
each cited, and how the two compare, worked out by crr.  A thing crr holds a capacity
for but no volume of gets no figure: its capacity alone does not say whether it was met.
"""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.read import read
from ..reading.words import Lazy, normalize
from ..writing.render import format_number, format_value
from . import compound

# A verb of getting to a level, then the capacity: "reach its nominal capacity", "live up to
# its promised capacity", "run at full capacity", "fill Power of Siberia to capacity".
REACH_CAPACITY = Lazy(r"\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|fill(?:ed|s|ing)?|live[ds]? up to|lived up to|"
                      r"living up to|run(?:s|ning)? at|ran at|operat(?:e|ed|es|ing) at|work(?:ed|s|ing)? at|"
                      r"me(?:e)?t|attain(?:ed|s)?|achiev(?:e|ed|es)|get to|got to|come close to|came close to|"
                      r"match(?:ed|es)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s)?|outstrip(?:ped|s)?|"
                      r"go(?:es)? (?:above|beyond|over)|went (?:above|beyond|over))\b"
                      r"(?: [\w'-]+){0,5}? (?:(?:its|their|the|a) )?(?:(?:full|nominal|design(?:ed)?|promised|planned|"
                      r"maximum|max|rated|plateau|stated|target|intended) )?capacity\b")
# A yes or no, or how near: the question this answers ("who reached it?" asks a name).
WHETHER = Lazy(r"^(?:and |so |but )?(?:did|does|do|is|are|was|were|has|have|had|how close|how near)\b")
# Whether the capacity just shown was reached: "and did it get there?", "has it hit that?".
REACHED_IT = Lazy(r"^(?:and |so |but )?(?:did|has|have|does|is) (?:it|they|that|the pipeline) "
                  r"(?:ever |actually |finally |already |now )?(?:get there|got there|reach(?:ed)? (?:it|that|capacity|full capacity)|"
                  r"hit (?:it|that)|get to (?:it|that)|got to (?:it|that)|fill(?:ed)? (?:it|up)|"
                  r"run(?:ning)? at (?:it|that|capacity|full capacity))\b")
EVER = Lazy(r"\b(?:ever|at any point|at any time|yet)\b")


def _capacity_of(engine, text: str, numbers: list[float]):
    """The capacity metric the question's words match best; of those its words match, the
    one whose figure the question states ("its 38 bcm capacity") if any is."""
    matched = [engine.metrics[m] for _, m, _ in engine.matcher.match(text) if engine.metrics[m].measure == "capacity"]
    stated = [m for m in matched if any(r["value"] in numbers for r in engine._observations(m.id))]
    return (stated or matched or [None])[0]


def _aliases(engine) -> dict[str, set[str]]:
    """Each metric -> the aliases it is asked by."""
    aliases: dict[str, set[str]] = {}
    for alias, metric_id, _ in engine.store.aliases:
        aliases.setdefault(metric_id, set()).add(alias)
    return aliases


def _volume_beside(engine, capacity, text: str, aliases: dict[str, set[str]] | None = None):
    """The volume crr holds of the thing whose capacity is named: a volume figure in the
    capacity's unit (bcm for bcm a year) that the question names by an alias the two
    share ("power of siberia")."""
    unit = capacity.unit.removesuffix(" per year").removesuffix(" a year")
    aliases = aliases if aliases is not None else _aliases(engine)
    # (a name said as its owner's: "Power of Siberia's capacity")
    names = {a for a in aliases.get(capacity.id, ()) if re.search(rf"(?<![\w-]){re.escape(a)}(?:'s)?(?![\w-])", text)
             and "capacity" not in a}
    for metric in engine.metrics.values():
        if metric.measure == "volume" and metric.unit == unit and names & aliases.get(metric.id, set()):
            return metric
    return None


def _capacity_beside(engine, volume):
    """The capacity of the thing a volume figure is of ("did it reach its capacity?" after the
    gas Power of Siberia carried): the one whose volume beside it is that figure."""
    aliases = _aliases(engine)
    return next((c for c in engine.metrics.values() if c.measure == "capacity"
                 and _volume_beside(engine, c, " ".join(sorted(aliases.get(c.id, ()))), aliases) is volume), None)


def capacity_reached(engine, question: str, previous: Answer | None) -> Answer | None:
    """The answer to whether a thing reached its capacity; None when the question asks no
    such thing, or names no capacity crr holds."""
    asked = question.lower().strip()
    if previous is None and not (WHETHER.match(asked) and REACH_CAPACITY.search(asked)) \
            or previous is not None and not (REACHED_IT.match(asked) or WHETHER.match(asked) and REACH_CAPACITY.search(asked)
                                             and re.search(r"\b(?:it|its|they|their)\b", asked)):
        return None  # ("which company reached its capacity?" asks a name, not whether)
    intent = read(question, engine.lexicon)
    if previous is None:
        text = normalize(question)
        capacity = _capacity_of(engine, text, intent.numbers)
    else:
        # "and did it get there?" after a capacity shown: whether that one was reached.
        shown = [engine.metrics[v.metric] for v in previous.values if v.metric in engine.metrics]
        capacity = next((m for m in shown if m.measure == "capacity"), None) or next(
            (c for m in shown if m.measure == "volume" for c in [_capacity_beside(engine, m)] if c), None)
        text = normalize(capacity.name) if capacity else ""
    if capacity is None:
        return None
    # (named by the question, or by the capacity's own names: "has pipeline gas reached capacity?")
    volume = _volume_beside(engine, capacity, text) or _volume_beside(
        engine, capacity, " ".join(sorted(_aliases(engine).get(capacity.id, ()))))
    if volume is None:
        text = (f"crr holds a capacity ({capacity.name}) but no figure of how much was carried, so it cannot say "
                f"whether that capacity was reached; it gives no figure rather than the capacity alone.\n")
        return Answer.model_construct(question=question, answered=False, kind="unknown",
                                      interpretation=f"Read as whether a capacity was reached: {capacity.name}.",
                                      text=text, values=[], events=[], citations=[],
                                      suggestions=[capacity.name], context={},
                                      reading={"kind": "unknown", "summary": f"whether a capacity was reached: {capacity.name} "
                                                                            f"— not held: no volume carried"},
                                      unread=[])
    rows = [r for r in engine._observations(volume.id) if r["value"] is not None and r["period"].isdigit()]
    if intent.periods:
        rows = [r for r in rows if intent.periods[0].takes_in(r)]
    if not rows:
        # The time asked holds no volume: the volume's own answer says so, and what it holds.
        asked = f"{volume.name} in {intent.periods[0].label}" if intent.periods else volume.name
        return _read_as(engine._ask_one(asked, None), question, capacity, volume)
    row = max(rows, key=lambda r: r["value"]) if EVER.search(question.lower()) and not intent.periods \
        else max(rows, key=lambda r: r["period"])
    carried = engine._ask_one(f"{volume.name} in {row['period']}", None)
    held = engine._ask_one(f"{capacity.name}", None)
    if not (carried.answered and held.answered and carried.values and held.values):
        return None
    joined = compound.join(question, [carried, held])
    a = next(v for v in joined.values if v.metric == volume.id and not v.derived)
    b = next(v for v in joined.values if v.metric == capacity.id and not v.derived)
    gap = round(a.value - b.value, 3)
    side = "above" if gap > 0 else "below" if gap < 0 else "at"
    formula = f"{format_number(a.value)} − {format_number(b.value)} = {format_number(gap)}"
    compound._add_worked(joined, a, b, f"{volume.name} against {capacity.name}", gap, formula)
    joined.text = joined.text.rstrip("\n") + (
        f"\n\nAgainst its capacity, derived by crr: {_yes_or_no(question, gap >= 0)}"
        f"{format_value(a.value, a.unit)} in {row['period']} is {side} "
        f"{format_value(b.value, b.unit)} ({formula}).")
    joined.kind = "compound"
    return _read_as(joined, question, capacity, volume)


def _yes_or_no(question: str, reached: bool) -> str:
    """"yes, " or "no, " when the question is a yes or no ("did Gazprom reach it?"); else ""."""
    asked = re.match(r"^(?:yes or no\W+)?(?:and |so )?(?:did|does|has|have|had|was|is|were|are)\b", question.lower().strip())
    return ("yes, " if reached else "no, ") if asked else ""


def _read_as(answer: Answer, question: str, capacity, volume) -> Answer:
    """The answer under the question as asked, its reading line saying it was read as
    whether the capacity was reached."""
    answer.question = question
    answer.reading = {**(answer.reading or {}), "kind": answer.kind,
                      "summary": f"whether a capacity was reached: {volume.name} against {capacity.name}"
                                 + (f"; {answer.reading['summary']}" if not answer.answered and answer.reading else "")}
    answer.unread = []
    return answer

