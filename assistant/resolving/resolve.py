"""Reading -> the metric that answers it, in one step.

Candidates come from the matcher (metric names and aliases, scored by their
words).  A candidate that contradicts a facet of the reading is set aside
with its reason (rules.py); scores choose only among those left.  When none
is left, the reading keeps the reason of the best one set aside, and the
answer says what crr holds instead of giving a number for another question.
"""

from __future__ import annotations

import re

from ..reading.facets import whole_of_share
from ..reading.kinds import EXTREME_WORDS, FOLLOW_UP_MIN_SCORE, metric_kind
from ..reading.lexicon import Lexicon, lexicon_words
from ..reading.words import normalize
from ..reading.periods import Period
from ..reading.read import Intent
from .matcher import MetricMatcher
from ..reading.facets import opposed
from .rules import Facts, misfit, reading_reason, unplaced

# Kinds of question that need no metric: they keep their kind when none fits.
NON_FIGURE_KINDS = frozenset({"when", "who", "what_happened", "count_events", "about", "help", "sources",
                              "judgement"})
FIGURE_KINDS = frozenset({"value", "span", "change", "series", "latest", "peak", "lowest"})
# A fitting metric must match nearly as well as the best one set aside for what it
# is about: asked for the trade surplus, a loose match on "trade" (oil trade) is no
# answer either.  One set aside for its unit or measure sets no floor: the metric
# in the unit asked for is the answer ("pipeline gas in bcm").
FLOOR = 0.75
FLOORED = frozenset({"party", "subject", "flow", "people", "not_for", "currency"})
# Readings that agree with a facet the question names (its flow, its measure, its
# subject) are preferred among metrics whose words match about as well.
AGREEMENT_BONUS = 0.5
# What a metric's name gains from the question's extreme words ("the 2019 peak").
NAMED_EXTREME = 0.5
YES_NO = re.compile(r"^(?:did|has|have|had|was|were|is|are|does|do)\b")
# Measures one figure may stand in for another of: a pipeline's flow and its capacity.
MEASURE_GROUPS = {"volume": "volume", "capacity": "volume"}
PEOPLE_SCORE = 2.0
# Just above the matcher's minimum: a metric found by its subject alone wins only
# when the question's other facets (flow, measure, period) agree with it.
SUBJECT_SCORE = 1.6
PEAK_OR_LOW = re.compile(r"\b(?:highest|peak|lowest|smallest|weakest|strongest|minimum|maximum)\b")


class Resolver:
    def __init__(self, store, matcher: MetricMatcher, lexicon: Lexicon,
                 wholes: dict[str, tuple[tuple[str, ...], ...]] | None = None):
        """`wholes` as `wholes_of` gives them, when the build has already worked them out."""
        self.store, self.matcher = store, matcher
        self.metrics = store.metrics
        subjects = store.subjects
        self.facts = Facts(
            subject_parents={s: row["parent"] for s, row in subjects.items()},
            weak_subjects=frozenset(s for s, row in subjects.items() if row["weak"]),
            subject_currency={s: row["currency"] for s, row in subjects.items() if row["currency"]},
            unit_names={u: tuple(x for x in row["metric_units"].split("; ") if x) for u, row in store.units.items()},
            unit_words={u: row["name"] for u, row in store.units.items()},
            party_names=store.parties,
            currency_names=store.currencies,
            person_names={p["id"]: p["name"] for p in store.people},
            words_of=matcher.words_of,
            wholes=self.wholes_of(self.metrics, lexicon) if wholes is None else wholes,
            correct=lambda words: matcher.correct(" ".join(words))[0] if words else [],
        )

    @staticmethod
    def wholes_of(metrics: dict, lexicon: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
        """For each share metric, the subjects of the whole its name takes a share of."""
        wholes = {}
        for metric in metrics.values():
            if metric.measure == "share":
                words = lexicon_words(normalize(metric.name))
                whole = whole_of_share(words, lexicon.scan(words))
                if whole:
                    wholes[metric.id] = tuple(whole)
        return wholes

    def resolve(self, intent: Intent) -> None:
        """Set the intent's metric (or the reason none fits) and settle its kind."""
        text, neutral = intent.rest, intent.neutral
        # Words that ask for the highest, lowest or latest value say nothing of the metric
        # ("when did the yuan share peak"), unless a metric's own name has them.
        best = {metric_id: score for score, metric_id, _ in
                self.matcher.match(EXTREME_WORDS.sub(" ", text), neutral=neutral)}
        for score, metric_id, alias in self.matcher.match(text, neutral=neutral):
            if f" {alias} " in f" {intent.normalized} ":
                best[metric_id] = max(score, best.get(metric_id, score))  # its whole name, as asked
                continue
            stripped = best.get(metric_id, score - NAMED_EXTREME)
            best[metric_id] = stripped + min(NAMED_EXTREME, max(0.0, score - stripped))
        if not best and intent.follow_up:
            # "and oil?": a follow-up names a new subject in a word or two.
            for score, metric_id, _ in self.matcher.match(text, min_score=FOLLOW_UP_MIN_SCORE, neutral=neutral):
                best[metric_id] = score
        scored = sorted(((score, metric_id) for metric_id, score in best.items()), key=lambda s: (-s[0], s[1]))
        matched = {m for _, m in scored}
        by_subject = self._by_subjects(intent, matched)
        scored += self._by_people(intent, matched) + by_subject
        self.choose(intent, scored)
        # A metric found by its subject alone, with no figure for the time asked, is too
        # loose a reading ("gas 2023" is not the length of the 2014 gas deal).
        if intent.metric_id in {m for _, m in by_subject} and intent.periods \
                and not any(self.holds(m, intent.periods[0]) for _, m in intent.candidates[:5]):
            intent.metric_id, intent.alternatives, intent.candidates = None, [], []
        if intent.metric_id and intent.parts and intent.subjects and all(
                self.facts.covers(self.metrics[intent.metric_id].subjects, asked) for asked in intent.subjects):
            intent.parts = []  # "oil and gas share": one figure of both, not two questions
        self._settle_kind(intent)

    def _by_subjects(self, intent: Intent, matched: set[str]) -> list[tuple[float, str]]:
        """Metrics whose main subject is what the question is about ("how much oil did
        Beijing buy"), found by their facets when their names share few of its words."""
        strong = [asked for asked in intent.subjects
                  if not all(s in self.facts.weak_subjects for s in asked)]
        if not strong:
            return []
        found = []
        for metric in self.metrics.values():
            if metric.id in matched or not metric.subjects:
                continue
            main = self.facts.ancestors(metric.subjects[0])
            if any(set(asked) & main for asked in strong) and \
                    all(self.facts.covers(metric.subjects, asked) for asked in intent.subjects):
                # Among them, a series (many figures) before a one-off deal term.
                held = min(len(self.store.observations(metric.id)), 10)
                found.append((SUBJECT_SCORE + 0.05 * held, metric.id))
        return found

    def _by_people(self, intent: Intent, matched: set[str]) -> list[tuple[float, str]]:
        """Counts of the very people a question names ("how often did the two presidents
        meet"), found by their people even when their name shares few words with it."""
        if not intent.people:
            return []
        return [(PEOPLE_SCORE, m.id) for m in self.metrics.values()
                if m.id not in matched and m.people and set(intent.people) <= set(m.people)]

    def choose(self, intent: Intent, scored: list[tuple[float, str]]) -> None:
        """The best-scoring metric of `scored` that fits every rule."""
        fitting, rejected, floor, floored_by = [], [], 0.0, None
        for score, metric_id in scored:
            rule = misfit(intent, self.metrics[metric_id], self.facts)
            if rule:
                rejected.append((score, metric_id, rule.reason(intent, self.metrics[metric_id], self.facts)))
                if rule.name in FLOORED and score > floor:
                    floor, floored_by = score, (rule.name, metric_id)
            else:
                fitting.append((score + self._agreement(intent, metric_id), score, metric_id))
        fitting.sort(key=lambda item: (-item[0], item[2]))
        best_rejected = floor
        fitting = [f for f in fitting if f[1] >= FLOOR * best_rejected]
        intent.rejected = [(metric_id, why) for _, metric_id, why in rejected]
        intent.candidates = [(score, metric_id) for score, _, metric_id in fitting]
        if fitting:
            intent.metric_id = fitting[0][2]
            intent.metric_phrase = self.metrics[intent.metric_id].name.lower()
            intent.alternatives = [metric_id for _, _, metric_id in fitting[1:4]]
            intent.set_aside = [metric_id for _, metric_id, _ in rejected[:3]]
            self._years_of_the_name(intent)
            self.prefer_metrics_with_data(intent)
            return
        intent.metric_id, intent.metric_phrase, intent.alternatives = None, "", []
        if floored_by and any(misfit(intent, self.metrics[m], self.facts) is None for _, m in scored):
            # Some metric fits, but far more loosely than the one the question is about.
            rule, metric_id = floored_by
            intent.not_held = reading_reason(rule, intent, self.metrics[metric_id], self.facts)
            nearest = self._nearest(intent, rule, [m for _, m in scored])
            intent.set_aside = [metric_id] + [m for m in nearest if m != metric_id][:2]
        elif rejected:
            self._not_held(intent, sorted(scored, key=lambda item: -item[0]))

    def _not_held(self, intent: Intent, scored: list[tuple[float, str]]) -> None:
        """Why no candidate answers, said of the question: the rule that rules out the
        best match ("crr holds no figure for 'coal'", "... not in euros"); what crr holds
        nearest follows."""
        left = [metric_id for _, metric_id in scored]
        best = self.metrics[left[0]]
        rule = misfit(intent, best, self.facts)
        intent.not_held = reading_reason(rule.name, intent, best, self.facts)
        intent.set_aside = self._nearest(intent, rule.name, left)

    def _nearest(self, intent: Intent, rule: str, left: list[str]) -> list[str]:
        """What crr holds nearest: for a subject it lacks, the figures of the broader
        subject that go the way asked (coal -> Russia's energy exports to China)."""
        if rule != "subject":
            return left[:3]
        asked = next((a for a in intent.subjects if not any(
            self.facts.covers(self.metrics[m].subjects, a) for m in left)), ())
        broader = {self.facts.subject_parents.get(s) for s in asked} - {None}
        near = [m for m in self.metrics.values()
                if broader & self.facts.ancestors(m.subjects[0])
                and not opposed(intent.flow, m.flow) and all(p in m.parties for p in intent.others)]
        near.sort(key=lambda m: (m.flow != intent.flow, bool(intent.measures) and m.measure not in intent.measures,
                                 -len(self.store.observations(m.id)), m.id))
        return [m.id for m in near[:3]] or left[:3]

    def _years_of_the_name(self, intent: Intent) -> None:
        """A year that names the thing ("the 2014 gas deal", "the 2019 peak") is not a
        time the question asks about: the metric's own name has it."""
        name = self.metrics[intent.metric_id].name
        named = [p for p in intent.periods if p.form == "point" and len(p.label) == 4 and p.label in name]
        if named:
            intent.periods = [p for p in intent.periods if p not in named]
            if intent.kind in FIGURE_KINDS:
                intent.kind = metric_kind(intent.asked_kind, intent.periods)

    def _agreement(self, intent: Intent, metric_id: str) -> float:
        metric = self.metrics[metric_id]
        bonus = 0.0
        if intent.flow != (None, None) and metric.flow == intent.flow:
            bonus += 3 * AGREEMENT_BONUS  # a flow named both ways is the most specific of facets
        elif intent.flow != (None, None):
            bonus += AGREEMENT_BONUS * sum(1 for asked, held in zip(intent.flow, metric.flow) if asked and asked == held)
        if intent.measures and metric.measure in intent.measures:
            bonus += AGREEMENT_BONUS
        if intent.people and set(intent.people) == set(metric.people):
            bonus += AGREEMENT_BONUS
        if intent.asked_kind == "change" and metric.measure in ("growth", "ratio") and len(intent.periods) < 2:
            bonus += AGREEMENT_BONUS  # "how much did trade drop in 2025": a stated change
        exact = sum(1 for asked in intent.subjects if set(asked) & set(metric.subjects))
        return bonus + 0.3 * exact

    def _settle_kind(self, intent: Intent) -> None:
        if intent.kind == "when" and intent.metric_id and intent.asked_kind in ("peak", "lowest") \
                and PEAK_OR_LOW.search(intent.normalized):
            intent.kind = intent.asked_kind  # "when did the yuan share peak?"
        elif intent.kind == "count_events" and intent.metric_id and intent.candidates[0][0] >= 2.5 \
                and self.metrics[intent.metric_id].measure in ("count", "share"):
            # A count the source states (19 meetings), or how often as a share (the same vote).
            intent.kind = metric_kind(intent.asked_kind, intent.periods)
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None and intent.people:
            intent.kind = "what_happened"  # "Putin visits to China": the events of the people named
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None and YES_NO.match(intent.normalized):
            intent.kind = "what_happened"  # "did China vote against Russia at the UN?": the events
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None and not intent.not_held:
            # "2014?", "gas in 2023": no figure, so the events of the time; but a word
            # crr could not place ("trde 2024") asks for something it did not understand.
            plain = not intent.content
            intent.kind = "what_happened" if intent.periods and not intent.follow_up and plain else "unknown"
        elif intent.kind in FIGURE_KINDS and intent.metric_id is None:
            intent.kind = "unknown"

    def prefer_metrics_with_data(self, intent: Intent) -> None:
        """Among metrics that match about equally well, one that holds a figure
        for the asked period ("Power of Siberia 2025" means the 2025 exports,
        not the pipeline's capacity)."""
        if not intent.periods or self.holds(intent.metric_id, intent.periods[0]):
            return
        if intent.kind == "change" and (self._points(intent.metric_id)
                                        or self.store.change_metrics(intent.metric_id)):
            return  # a change is read from the metric's own values and stated changes
        top = intent.candidates[0][0]
        topic = self.metrics[intent.metric_id].topic
        close = [m for score, m in intent.candidates
                 if score >= self.matcher.MIN_SCORE and (score >= top * 0.25 or self.metrics[m].topic == topic)]
        # ... that explains the question's words as well: roll calls are no count of resolutions adopted.
        left = len(unplaced(intent, self.metrics[intent.metric_id], self.facts))
        kind = MEASURE_GROUPS.get(self.metrics[intent.metric_id].measure, self.metrics[intent.metric_id].measure)
        holding = [m for m in close if self.holds(m, intent.periods[0])
                   and len(unplaced(intent, self.metrics[m], self.facts)) <= left
                   and MEASURE_GROUPS.get(self.metrics[m].measure, self.metrics[m].measure) == kind]
        if holding and holding[0] != intent.metric_id:
            intent.alternatives = [intent.metric_id, *[m for m in intent.alternatives if m != holding[0]]][:3]
            intent.metric_id = holding[0]
            intent.metric_phrase = self.metrics[holding[0]].name.lower()

    def _points(self, metric_id: str):
        return [r for r in self.store.observations(metric_id) if "/" not in r["period"]]

    def holds(self, metric_id: str, period: Period) -> bool:
        from ..answering.figures import _same_span_start

        for row in self.store.observations(metric_id):
            if period.form == "point" and row["period"] == period.label:
                return True
            if period.form in ("since", "range", "before") and "/" in row["period"]:
                if _same_span_start(row, period):
                    return True
        return False

