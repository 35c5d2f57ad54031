"""`crr eval FILE.jsonl`: score the engine on a set of questions with expected answers.

The file format is that of the shared example questions: one JSON object a
line, {"q": ..., "expect": {...}}, optionally with a "kind" (the kind of
answer), a "class" (what the question tests) and a "context" (the questions
asked before it in the same conversation, for a follow-up).  A number is
correct when the answer states it (or the same quantity scaled: 245 USD bn =
245,000,000,000 USD) cited to the expected source; an unanswerable question
is correct when the answer says so and states no number for it.  A number
stated for an unanswerable question is a bluff, counted on its own line:
the worst thing crr can do is cite a figure for a question it does not hold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..answer import Answer

SCALES = (1, 1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9)


@dataclass
class Outcome:
    question: str
    kind: str
    group: str  # the question's class, or its kind when it has none
    correct: bool
    why: str
    expected: dict
    answer: Answer

    @property
    def bluff(self) -> bool:
        return bool(self.expected.get("unanswerable")) and bool(self.answer.values)


def _close(a: float, b: float) -> bool:
    return any(abs(a * scale - b) <= 1e-6 * max(1.0, abs(b)) for scale in SCALES)


def _rounds_to(a: float, target: float) -> bool:
    """Whether `a` is `target` to the decimals `target` is written with (78.767 is 78.77):
    an expected figure worked out by hand and rounded.  A whole number is no rounding."""
    written = repr(float(target))
    if written.endswith(".0") or "e" in written:
        return False
    places = len(written.split(".")[1])
    return any(round(a * scale, places) == round(target, places) for scale in SCALES)


def _squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def judge(expect: dict, answer: Answer) -> tuple[bool, str]:
    """(correct, why not) for one expected answer."""
    if expect.get("unanswerable"):
        if answer.answered:
            return False, "answered a question the data cannot answer"
        if answer.values:
            return False, "stated a number for an unanswerable question"
        return True, ""
    if not answer.answered:
        return False, "did not answer"
    source = expect.get("source", "any")
    if expect.get("value") is not None:
        targets = [expect["value"], *expect.get("also_ok", [])]
        matches = [v for v in answer.values if any(_close(v.value, t) or _close(-v.value, t)
                                                   or v.derived and _rounds_to(v.value, t) for t in targets)]
        if not matches:
            got = ", ".join(f"{v.value:g} {v.unit}" for v in answer.values[:6]) or "no values"
            return False, f"no value {expect['value']} (got {got})"
        if source not in ("any", None) and not any(v.source == source for v in matches):
            return False, f"value not cited to {source}"
    elif expect.get("period") and any(c.isdigit() for c in str(expect["period"])):
        # (a period with no date in it, "undated", "n/a", "present", asks for none)
        # A decade ("1990s") is any date of its years.
        period = re.sub(r"^(\d{3})0s$", r"\1", str(expect["period"]))
        dates = [e.date for e in answer.events] + [v.period for v in answer.values] + [answer.as_of] * bool(answer.as_of)
        start, _, end = period.partition("/")
        if not any(d.startswith(period) or end and start <= d[:len(start)] and d[:len(end)] <= end for d in dates):
            # (a span, "2006/2017", is any date within it: a list of what happened then)
            return False, f"no date starting {period} (got {', '.join(dates[:5]) or 'none'})"
    if expect.get("text"):
        # A string ("China and Mongolia", "A, B") or a list of names, each to be mentioned.
        text = expect["text"]
        names = [n.strip() for part in text.split(" and ") for n in part.split(",")] \
            if isinstance(text, str) else [str(n).strip() for n in text]
        # Spaces, hyphens and case aside: "GazpromNeft" is named by "Gazprom Neft".
        said = _squeezed(answer.text)
        missing = [n for n in names if n and _squeezed(n) not in said]
        if missing:
            return False, f"text does not mention {', '.join(missing)}"
    return True, ""


# The fields of an expectation: what is checked, and notes for the reader ("why", "note").
EXPECT_FIELDS = frozenset({"value", "unit", "period", "also_ok", "source", "text", "unanswerable", "answerable",
                           "why", "note", "years", "series", "also_ok_period"})


class QuestionFileError(ValueError):
    """A line of a question file that cannot be scored, named by file, line and field."""


def _item(path: Path, line_no: int, line: str) -> dict:
    """One question of a file, checked enough to be scored."""
    where = f"{path}, line {line_no}"
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise QuestionFileError(f"{where}: not a JSON object ({error.msg}, column {error.colno})") from None
    if not isinstance(item, dict):
        raise QuestionFileError(f"{where}: not a JSON object")
    if not isinstance(item.get("q"), str) or not item["q"].strip():
        raise QuestionFileError(f"{where}: field 'q' must be the question, a non-empty string")
    if "expect" not in item:
        raise QuestionFileError(f"{where}: field 'expect' is missing: it says what a correct answer holds")
    expect = item["expect"]
    if not isinstance(expect, dict):
        raise QuestionFileError(f"{where}: field 'expect' must be an object")
    # A field misspelt ("vaule") would leave nothing checked, and the line scored correct.
    for key in expect:
        if key not in EXPECT_FIELDS:
            raise QuestionFileError(f"{where}: field 'expect.{key}' is not one crr eval reads "
                                    f"(it reads {', '.join(sorted(EXPECT_FIELDS))})")
    if not expect:
        # (one that says only that the question is answered names its fields empty: "value": null)
        raise QuestionFileError(f"{where}: field 'expect' is empty: it needs 'value', 'period', 'text' or "
                                f"'unanswerable'")
    value = expect.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise QuestionFileError(f"{where}: field 'expect.value' must be a number or null")
    also = expect.get("also_ok", [])
    if not isinstance(also, list) or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in also):
        raise QuestionFileError(f"{where}: field 'expect.also_ok' must be a list of numbers")
    if "unanswerable" in expect and not isinstance(expect["unanswerable"], bool):
        raise QuestionFileError(f"{where}: field 'expect.unanswerable' must be true or false")
    text = expect.get("text")
    if text is not None and not isinstance(text, (str, list)):
        raise QuestionFileError(f"{where}: field 'expect.text' must be a string or a list of names")
    context = item.get("context", [])
    if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
        raise QuestionFileError(f"{where}: field 'context' must be a list of questions")
    return item


def _by_source_id(expect: dict, engine) -> dict:
    """The expectation with a producer's source named by its data file ("sipri-china-arms-
    imports" or "sipri-china-arms-imports.csv", as ../shared/data names it) named by the
    source's id, as answers cite it."""
    named = expect.get("source")
    if not named or named == "any":
        return expect
    rows = engine.store.rows("select id, dataset_file from sources where dataset_file != ''")
    files = {name: row["id"] for row in rows
             for name in (Path(row["dataset_file"]).stem, Path(row["dataset_file"]).name)}
    return {**expect, "source": files.get(named, named)}


def evaluate(engine, path: Path) -> list[Outcome]:
    outcomes = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = _item(path, line_no, line)
        expect = item.get("expect", {})
        kind = item.get("kind") or ("unanswerable" if expect.get("unanswerable") else "value"
                                    if expect.get("value") is not None else "who" if expect.get("text") else "when")
        previous = None
        for earlier in item.get("context", []):
            previous = engine.ask(earlier, previous)
        answer = engine.ask(item["q"], previous)
        correct, why = judge(_by_source_id(expect, engine), answer)
        outcomes.append(Outcome(item["q"], kind, item.get("class", kind), correct, why, expect, answer))
    return outcomes


def _table(title: str, groups: dict[str, list[Outcome]], out) -> None:
    print(f"{title:<18}{'correct':>8}{'total':>7}{'accuracy':>10}{'bluffs':>8}", file=out)
    for name in sorted(groups):
        group = groups[name]
        right = sum(o.correct for o in group)
        bluffs = sum(o.bluff for o in group)
        print(f"{name:<18}{right:>8}{len(group):>7}{right / len(group):>10.1%}{bluffs:>8}", file=out)


def report(outcomes: list[Outcome], out=sys.stdout) -> float:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    by_class: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.kind].append(outcome)
        by_class[outcome.group].append(outcome)
    for outcome in outcomes:
        if not outcome.correct:
            label = outcome.kind if outcome.group == outcome.kind else f"{outcome.group}/{outcome.kind}"
            print(f"{'BLUFF' if outcome.bluff else 'MISS'} [{label}] {outcome.question}", file=out)
            print(f"     expected {json.dumps(outcome.expected, ensure_ascii=False)}", file=out)
            print(f"     got: {outcome.why}; {outcome.answer.text.splitlines()[0][:160] if outcome.answer.text else ''}",
                  file=out)
    print("", file=out)
    if by_class.keys() != by_kind.keys():
        _table("class", by_class, out)
        print("", file=out)
    _table("kind", by_kind, out)
    right = sum(o.correct for o in outcomes)
    score = right / len(outcomes) if outcomes else 0.0
    print(f"{'all':<18}{right:>8}{len(outcomes):>7}{score:>10.1%}{bluffs(outcomes):>8}", file=out)
    print(f"bluffs (a number for an unanswerable question): {bluffs(outcomes)}", file=out)
    return score


def bluffs(outcomes: list[Outcome]) -> int:
    return sum(o.bluff for o in outcomes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="crr eval",
        description="Score crr on questions with expected answers (JSON lines).",
        epilog="example: crr eval tests/questions.jsonl --min 0.95",
    )
    parser.add_argument("file", type=Path, help="questions, one JSON object a line")
    parser.add_argument("--min", type=float, default=0.0, metavar="SCORE",
                        help="exit non-zero when accuracy is below this (0-1)")
    parser.add_argument("--max-bluffs", type=int, default=None, metavar="N",
                        help="exit non-zero when more than N unanswerable questions get a number")
    parser.add_argument("--db", type=Path, help="database to use (default: the built db/)")
    args = parser.parse_args(argv)
    from ..answering.engine import Engine
    from ..paths import ensure_database

    if not args.file.exists():
        print(f"crr eval: no such file: {args.file}", file=sys.stderr)
        return 2
    engine = Engine(ensure_database(args.db))
    try:
        outcomes = evaluate(engine, args.file)
    except (QuestionFileError, UnicodeDecodeError) as error:
        print(f"crr eval: {error}", file=sys.stderr)
        return 2
    score = report(outcomes)
    failed = 0
    if score < args.min:
        print(f"crr eval: accuracy {score:.1%} is below --min {args.min:.1%}", file=sys.stderr)
        failed = 1
    if args.max_bluffs is not None and bluffs(outcomes) > args.max_bluffs:
        print(f"crr eval: {bluffs(outcomes)} bluff(s), more than --max-bluffs {args.max_bluffs}", file=sys.stderr)
        failed = 1
    return failed
