"""The table of what each rule reads of a question (rules.ASKS) agrees with the rules."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.reading.read import read
from assistant.resolving.rules import ASKS, RULES, misfit, rules_for

TESTS = Path(__file__).resolve().parent


def _readings(engine):
    for name in ("questions.jsonl", "trap_questions.jsonl"):
        for line in (TESTS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                intent = read(json.loads(line)["q"], engine.lexicon)
                engine.resolver.resolve(intent)
                yield intent


def test_a_rule_the_reading_gives_nothing_to_check_passes_every_metric(engine):
    names = {rule.name for rule in RULES}
    assert set(ASKS) <= names
    tried = 0
    for intent in _readings(engine):
        idle = [rule for rule in RULES if rule.name in ASKS and not ASKS[rule.name](intent)]
        for metric in engine.metrics.values():
            for rule in idle:
                assert rule.fits(intent, metric, engine.resolver.facts), (intent.question, rule.name, metric.id)
                tried += 1
    assert tried > 10_000


def test_misfit_finds_the_same_rule_with_the_rules_for_the_reading(engine):
    for intent in _readings(engine):
        rules = rules_for(intent)
        for metric in engine.metrics.values():
            assert misfit(intent, metric, engine.resolver.facts, rules) is \
                misfit(intent, metric, engine.resolver.facts), (intent.question, metric.id)
