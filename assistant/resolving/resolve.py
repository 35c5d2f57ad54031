"""Reading -> the metric that answers it, in one step.

Candidates come from the matcher (metric names and aliases, scored by their
words).  A candidate that contradicts a facet of the reading is set aside
with its reason (rules.py); scores choose only among those left.  When none
is left, the reading keeps the reason of the best one set aside, and the
answer says what crr holds instead of giving a number for another question.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from ..data.store import MetricRow
from ..reading.facets import investor, stake_owner, whole_place
from ..reading.kinds import EXTREME_WORDS, FOLLOW_UP_MIN_SCORE
from ..reading.lexicon import Lexicon
from ..reading.words import _stem
from ..reading.read import Intent
from .matcher import MetricMatcher
from ..reading.facets import opposed
from .settle import Settling
from .metric_words import MetricWords
from .rules import A_PLAN, PLAN_ASKED, Facts, Rule, broken, misfit, reading_reason, rules_for
from ..reading.words import Lazy

# Kinds of question that need no metric: they keep their kind when none fits.
NON_FIGURE_KINDS = frozenset({"when", "who", "what_happened", "count_events", "name", "reason", "about", "help", "sources",
                              "judgement"})
# A fitting metric must match nearly as well as the best one set aside for what it
# is about: asked for the trade surplus, a loose match on "trade" (oil trade) is no
# answer either.  One set aside for its unit or measure sets no floor: the metric
# in the unit asked for is the answer ("pipeline gas in bcm").
FLOOR = 0.75
NEARLY = 0.9  # a match this close to the best is about as good
ROUGHLY = 1e-6  # how far two scores added up in another order may stray
FLOORED = frozenset({"party", "subject", "flow", "people", "not_for"})
# Readings that agree with a facet the question names (its flow, its measure, its
# subject) are preferred among metrics whose words match about as well.
AGREEMENT_BONUS = 0.5
# What a metric loses, by the word's weight, for each word of a broad subject the question
# names that none of its own names has ("agreement" asked of a count of UN votes).
SAID_BONUS = 0.5
# What a metric's name gains for each of its words when the question has it whole, its
# year taken as the time asked ("gas pipelines to China announced in 2006").
NAME_WITH_YEAR = 0.5
# What a metric's name gains from the question's extreme words ("the 2019 peak").
NAMED_EXTREME = 0.5
# What a count of the very people a question names scores, whatever its name says.
PEOPLE_SCORE = 2.0
# What a count of the things a question counts, about the other party it names, scores.
COUNTED_SCORE = 2.0
# Just above the matcher's minimum: a metric found by its subject alone wins only
# when the question's other facets (flow, measure, period) agree with it.
SUBJECT_SCORE = 1.6
# Sets of subjects asked whose covering metrics a resolver keeps (_covering).
KEPT_SUBJECTS = 4096
# A flow from or to every other party: "China's total arms imports", "from all suppliers".
# Whose exports or imports a question names: one side's figure of a flow both count.
WHOSE_FLOW = Lazy(r"\b(?:china|russia)'s (?:exports|imports)\b")
FROM_ALL = Lazy(r"\b(?:total|overall|(?:all|every|each) (?:suppliers?|sources?|countr(?:y|ies)|partners?|buyers?)|worldwide|"
                r"from (?:all|everyone|every country)|to (?:all|every country))\b")


class Resolver(MetricWords, Settling):
    def __init__(self, store, matcher: MetricMatcher, lexicon: Lexicon,
                 wholes: dict[str, tuple[tuple[str, ...], ...]] | None = None):
        """`wholes` as `wholes_of` gives them, when the build has already worked them out."""
        self.store, self.matcher, self.lexicon = store, matcher, lexicon
        self._placing: dict[str, set[str]] = {}
        self._sources: dict[str, set[str]] = {}
        self._held: dict[str, frozenset[str]] = {}
        self._covering_of: dict[tuple, tuple[int, list[tuple[MetricRow, int]]]] = {}
        self._phrases_by_subject: dict[str, frozenset[str]] | None = None
        self._aliases_of: dict[str, list[str]] | None = None
        self._alias_keys: dict[tuple[str, bool], frozenset[str]] = {}
        self._last_corrected: tuple[tuple[str, ...], list[str]] = ((), [])
        self.metrics = store.metrics
        subjects = store.subjects
        self.facts = Facts(
            subject_parents={s: row["parent"] for s, row in subjects.items()},
            weak_subjects=frozenset(s for s, row in subjects.items() if row["weak"]),
            of_people=frozenset(s for s, row in subjects.items() if row["of_people"]),
            of_whom=frozenset(s for s, row in subjects.items() if row["of_whom"]),
            kinds_apart=frozenset(s for s, row in subjects.items() if row["kinds_apart"]),
            subject_currency={s: row["currency"] for s, row in subjects.items() if row["currency"]},
            unit_names={u: tuple(x for x in row["metric_units"].split("; ") if x) for u, row in store.units.items()},
            unit_words={u: row["name"] for u, row in store.units.items()},
            party_names=store.parties,
            currency_names=store.currencies,
            person_names={p["id"]: p["name"] for p in store.people},
            words_of=self._placing_words,
            name_words=self.matcher.words_of,
            wholes=self.wholes_of(self.metrics, lexicon) if wholes is None else wholes,
            ranked_among=self._ranked_among(lexicon),
            ranked_of=self._ranked_of(lexicon),
            # Worked out only for a question that asks of them (few do): start-up stays short.
            whole_places=_Lazy(lambda: self._named_by(lexicon, whole_place, "share")),
            # (whose a stake is, or whose money bought or funded it: "CNPC funding for the spur")
            owners=_Lazy(lambda: {**self._named_by(lexicon, investor, firms={
                name: party for party, names in store.event_search.get("firms", {}).items() for name in names}),
                **self._named_by(lexicon, stake_owner)}),
            correct=self._corrected,
            things=store.subject_things,
            subject_phrases=self._subject_phrases,
            own_aliases=self._own_aliases,
            all_aliases=lambda metric_id: self._own_aliases(metric_id, every=True),
            noted_words=self._noted_words,
            same_as=lambda stem: self.matcher.synonyms.get(stem, frozenset({stem})),
            **self._counted_nouns(store),
            # (read only for a firm's possessive, "Gazprom's": not on every start)
            firms=_Lazy(lambda: {name: party for party, names in store.event_search.get("firms", {}).items()
                                 for name in names if " " not in name}),
            firm_names=frozenset(name for names in store.event_search.get("firms", {}).values() for name in names),
            # (and who does an act a figure is of: its firms and people, by their side)
            doers=_Lazy(lambda: _doers(store)),
        )

    def _counted_nouns(self, store) -> dict:
        """Each count's unit with the nouns that count the same things, and every noun
        "how many" may count (db/vocabulary.yaml: counts, not_counted)."""
        said = store.counts
        counted_as = {}
        for metric in self.metrics.values():
            if metric.measure == "count" and metric.unit:
                words = [metric.unit.split()[-1], metric.unit.split()[0], *said["counts"].get(metric.unit, ())]
                counted_as[metric.unit] = frozenset(_stem(w.lower()) for w in words)
        countables = frozenset().union(*counted_as.values(), (_stem(w) for w in said["not_counted"]))
        return {"counted_as": counted_as, "countables": countables}


    def resolve(self, intent: Intent) -> None:
        """Set the intent's metric (or the reason none fits) and settle its kind."""
        # The names of sources asked for say whose figure, not which, unless they are all a
        # question names ("does SIPRI's own data agree?").
        text, neutral = _without_sources(intent), intent.neutral
        if text != intent.rest and not self.matcher.match(text, neutral=neutral):
            text = intent.rest
        # Words that ask for the highest, lowest or latest value say nothing of the metric
        # ("when did the yuan share peak"), unless a metric's own name has them.
        best = {metric_id: score for score, metric_id, _ in
                self.matcher.match(EXTREME_WORDS.sub(" ", text), neutral=neutral)}
        plain = set(best)
        for score, metric_id, alias in self.matcher.match(text, neutral=neutral):
            if f" {alias} " in f" {intent.normalized} ":
                if f" {alias} " not in f" {text} ":
                    # Its whole name, year and all ("... announced in 2006"): the phrase the
                    # matcher could not see for the year taken out as the time asked.
                    score += NAME_WITH_YEAR * len(alias.split())
                best[metric_id] = max(score, best.get(metric_id, score))  # its whole name, as asked
                continue
            stripped = best.get(metric_id, score - NAMED_EXTREME)
            if self.metrics[metric_id].base:
                # (a figure relative to a base names its base's extreme, "the 2019 peak": no
                # peak of its own, so the word asks for nothing of it)
                best[metric_id] = stripped
                continue
            best[metric_id] = stripped + min(NAMED_EXTREME, max(0.0, score - stripped))
        if not best and intent.follow_up:
            # "and oil?": a follow-up names a new subject in a word or two.
            for score, metric_id, _ in self.matcher.match(text, min_score=FOLLOW_UP_MIN_SCORE, neutral=neutral):
                best[metric_id] = score
        scored = sorted(((score, metric_id) for metric_id, score in best.items()), key=lambda s: (-s[0], s[1]))
        matched = {m for _, m in scored}
        by_flow = self._by_flow(intent, matched)
        by_subject = self._by_subjects(intent, matched) + by_flow
        scored += self._by_people(intent, matched) + by_subject + self._by_counted(intent, matched)
        self.choose(intent, scored)
        intent.extreme_only = intent.metric_id is not None and intent.metric_id not in plain \
            and intent.metric_id in matched
        # A metric found by its subject alone, with no figure for the time asked, is too
        # loose a reading ("gas 2023" is not the length of the 2014 gas deal), unless the
        # question names its subject and both ends of its flow ("pipeline gas from Russia
        # to China in 2025, in tonnes": a figure the data lacks for that year), or names
        # both ends alone ("Russian exports to China in 2023": the goods trade that way).
        # Nor one whose subject and measure the question both names ("crude oil value 2023").
        if intent.metric_id in {m for _, m in by_subject} and intent.periods \
                and not (None not in intent.flow and (self._on_subject(intent, intent.metric_id)
                                                      or intent.metric_id in {m for _, m in by_flow})) \
                and not (self._on_subject(intent, intent.metric_id)
                         and self.metrics[intent.metric_id].measure in intent.measures - intent.allowed_only) \
                and not any(self.holds(m, intent.periods[0]) for _, m in intent.candidates[:5]):
            intent.metric_id, intent.alternatives, intent.candidates = None, [], []
        if intent.metric_id and intent.parts and intent.subjects and intent.parts_of not in ("measure", "party", "flow") and all(
                self.facts.covers(self.metrics[intent.metric_id].subjects, asked) for asked in intent.subjects) \
                and (self.metrics[intent.metric_id].measure != "share" or "share" in intent.measures) \
                and (not intent.periods or self.holds(intent.metric_id, intent.periods[0])):
            # "oil and gas share": one figure of both, not two questions; but "oil and gas
            # imports in 2022" asks no share, and a share not held that year answers nothing.
            intent.parts = []
        self._settle_kind(intent)

    def _by_subjects(self, intent: Intent, matched: set[str]) -> list[tuple[float, str]]:
        """Metrics whose main subject is what the question is about ("how much oil did
        Beijing buy"), found by their facets when their names share few of its words."""
        strong, covering = self._covering(tuple(intent.subjects))
        found = []
        for metric, held in covering:
            if metric.id in matched:
                continue
            # A series, not a one-off deal's term: "how long is the pipeline" is not found in
            # the months it was finished ahead of time by its subject alone; a stated change
            # is found when a change is asked.
            # Two or more subjects asked that the metric has all of ("military chiefs meet")
            # say which figure as well as a name would.
            if held >= 3 or (metric.change_of and intent.asked_kind == "change") or strong >= 2:
                found.append((SUBJECT_SCORE + 0.05 * min(held, 10), metric.id))
        return found

    def _covering(self, subjects: tuple[tuple[str, ...], ...]) -> tuple[int, list[tuple[MetricRow, int]]]:
        """How many of the subjects asked are not weak, and the metrics whose main subject
        is, or is narrower than, one of those and that cover every subject asked, with how
        many figures each holds.  It depends on the subjects alone, and questions ask the
        same few again and again: worked out once for each."""
        known = self._covering_of.get(subjects)
        if known is not None:
            return known
        strong = [asked for asked in subjects if not all(s in self.facts.weak_subjects for s in asked)]
        within = self._main_subject_within
        covering = []
        for index in sorted({i for asked in strong for s in asked for i in within.get(s, ())}):
            metric, _, held = self._main_subjects[index]
            if all(self.facts.covers(metric.subjects, asked) for asked in subjects):
                covering.append((metric, held))
        if len(self._covering_of) >= KEPT_SUBJECTS:
            self._covering_of.clear()  # a long stream of new questions: start again rather than grow
        known = self._covering_of[subjects] = (len(strong), covering)
        return known

    @cached_property
    def _main_subjects(self) -> list[tuple[MetricRow, frozenset[str], int]]:
        """Each metric with subjects, the ancestors of its main subject and how many
        figures it holds: the same for every question, so worked out once."""
        counts = self.store.observation_counts
        return [(metric, self.facts.ancestors(metric.subjects[0]), counts.get(metric.id, 0))
                for metric in self.metrics.values() if metric.subjects]

    @cached_property
    def _main_subject_within(self) -> dict[str, list[int]]:
        """Each subject -> the metrics (by their place in `_main_subjects`) whose main
        subject is it or a narrower one."""
        within: dict[str, list[int]] = {}
        for index, (_, main, _) in enumerate(self._main_subjects):
            for subject in main:
                within.setdefault(subject, []).append(index)
        return within

    def _by_flow(self, intent: Intent, matched: set[str]) -> list[tuple[float, str]]:
        """"Russia's exports to China in 2019": with no subject named, a flow named both
        ways is the goods trade going that way."""
        if intent.subjects or None in intent.flow:
            return []
        return [(SUBJECT_SCORE, m.id) for m in self.metrics.values()
                if m.id not in matched and m.flow == intent.flow and m.subjects == ("trade",)]

    def _by_counted(self, intent: Intent, matched: set[str]) -> list[tuple[float, str]]:
        """"How many Chinese firms did the EU target?": the counts of the things asked for
        ("firms", or a word of their group) that are about the other party named."""
        if not intent.counted or not intent.others:
            return []
        asked = next((g for g in self._word_groups if intent.counted in g), frozenset({intent.counted}))
        return [(COUNTED_SCORE, m.id) for m in self.metrics.values()
                if m.id not in matched and m.measure == "count" and m.unit
                and _stem(m.unit.split()[-1]) in asked and all(o in m.parties for o in intent.others)]

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
        in_another_unit = None  # the best match, set aside only for its currency
        top = max((score for score, _ in scored), default=0.0)
        rules = rules_for(intent)  # those this reading gives something to check, found once
        said = self._subject_words_said(intent)
        for score, metric_id in scored:
            rule = misfit(intent, self.metrics[metric_id], self.facts, rules)
            if rule:
                rejected.append((score, metric_id, rule.name))
                # Only the best match sets a floor: it is what the question is about.
                if rule.name in FLOORED and score >= top and score > floor:
                    floor, floored_by = score, (rule.name, metric_id)
                elif rule.name == "currency" and score >= top:
                    in_another_unit = (score, metric_id)
            else:
                fitting.append((score + self._agreement(intent, metric_id, said), score, metric_id))
        if floored_by and any(score >= floor - ROUGHLY and rule not in FLOORED for score, _, rule in rejected):
            # As good a match set aside only for its measure or unit ("Chinese tourist visits"
            # asked as a share; its twin the other way set aside for its flow): the question
            # is about that figure's subject, which a fitting metric may give another way.
            floor, floored_by = 0.0, None
        fitting.sort(key=lambda item: (-item[0], item[2]))
        if fitting and intent.measures - intent.allowed_only == {"rank"} \
                and self.metrics[fitting[0][2]].measure in intent.allowed_only:
            # "Is China the largest source of foreign students?": of two about as close, the
            # figure of the measure asked (a rank) before the one only allowed (a share).
            said = [f for f in fitting if self.metrics[f[2]].measure in intent.measures - intent.allowed_only
                    and f[0] >= NEARLY * fitting[0][0]]
            if said:
                fitting.remove(said[0])
                fitting.insert(0, said[0])
        fitting = [f for f in fitting if f[1] >= FLOOR * floor
                   or (floored_by and floored_by[0] == "subject" and self._on_subject(intent, f[2]))
                   # "Hu and Putin": a figure of just the people named, however loosely its words match
                   or (floored_by and floored_by[0] == "people" and intent.people
                       and set(self.metrics[f[2]].people) == set(intent.people))
                   # "US sanctions on Chinese firms": one of the other country named, though the
                   # EU's ban matched more of the words
                   or (floored_by and floored_by[0] == "party" and intent.others
                       and set(intent.others) <= set(self.metrics[f[2]].parties))
                   # "China's exports to Russia": the goods going just the way asked, though a
                   # figure going the other way ("Russian oil exports ... change") matched more words
                   or (floored_by and floored_by[0] == "flow" and self._just_the_flow(intent, f[2]))]
        if in_another_unit:
            # "the 150bn yuan swap line in dollars": the same figure in the currency asked (a
            # twin: the same things going the same way) answers it, a loose match on "yuan" does
            # not.  (A unit set aside sets no such floor: "tons of oil Yukos agreed to sell" is
            # the sale's tonnes, though the contracts' count matched more words.)
            best, held = in_another_unit
            fitting = [f for f in fitting if f[1] >= FLOOR * best or self.twins(f[2], held) or self._same_thing(f[2], held)]
        if len(fitting) > 1 and A_PLAN.search(self.metrics[fitting[0][2]].name) and not PLAN_ASKED.search(intent.normalized):
            # "latest gas exports": what went (a series of the same unit, about as close), before
            # what a 1997 deal agreed
            unit = self.metrics[fitting[0][2]].unit
            went = next((f for f in fitting[1:4] if f[0] >= fitting[0][0] - AGREEMENT_BONUS
                         and self.metrics[f[2]].unit == unit and not A_PLAN.search(self.metrics[f[2]].name)
                         and len(self.store.observations(f[2])) > 1), None)
            if went:
                fitting.remove(went)
                fitting.insert(0, went)
        intent.rejected = [(metric_id, rule) for _, metric_id, rule in rejected]
        intent.candidates = [(score, metric_id) for score, _, metric_id in fitting]
        if fitting:
            intent.metric_id = fitting[0][2]
            intent.metric_phrase = self.metrics[intent.metric_id].name.lower()
            intent.alternatives = [metric_id for _, _, metric_id in fitting[1:4]]
            intent.set_aside = [metric_id for _, metric_id, _ in rejected[:3]]
            self._years_of_the_name(intent)
            chosen = intent.metric_id
            self.prefer_metrics_with_data(intent)
            if intent.metric_id != chosen:
                self._years_of_the_name(intent)  # (of the figure now chosen: the year that dates its act)
            self._prefer_the_named_source(intent)
            self._prefer_the_stated_figure(intent)
            return
        intent.metric_id, intent.metric_phrase, intent.alternatives = None, "", []
        if floored_by and len(rejected) < len(scored):
            # Some metric fits, but far more loosely than the one the question is about.
            rule, metric_id = self._nearest_miss(intent, floored_by, scored, rules)
            rule = self._no_such_whole(intent, rule, [m for _, m in scored], rules)
            intent.not_held = reading_reason(rule, intent, self.metrics[metric_id], self.facts)
            nearest = self._nearest(intent, rule, [m for _, m in scored])
            intent.set_aside = [metric_id] + [m for m in nearest if m != metric_id][:2]
        elif rejected:
            self._not_held(intent, sorted(scored, key=lambda item: -item[0]), rules)

    def twins(self, metric_id: str, other_id: str) -> bool:
        """Two metrics of the same things going the same way (in two units, as a rule)."""
        a, b = self.metrics[metric_id], self.metrics[other_id]
        return set(a.subjects) == set(b.subjects) and a.flow == b.flow

    def _same_thing(self, metric_id: str, other_id: str) -> bool:
        """Two figures of one thing, measured two ways: "Length of the 2014 Russia–China gas
        deal" and "Value of the 2014 Russia–China gas deal" differ in their first word alone."""
        a, b = (self.metrics[m].name.split() for m in (metric_id, other_id))
        return len(a) >= 4 and a[1:] == b[1:]

    def _just_the_flow(self, intent: Intent, metric_id: str) -> bool:
        """A metric going the way the question names, of its subjects, or of the goods
        traded when it names none."""
        metric = self.metrics[metric_id]
        if intent.flow == (None, None) or any(asked not in (None, held) for asked, held in zip(intent.flow, metric.flow)):
            return False
        if None in intent.flow:
            # "imports from China", one end named: only the goods traded, no thing of a kind
            return not intent.subjects and metric.subjects == ("trade",)
        return set(metric.subjects) <= set(intent.subjects) if intent.subjects else metric.subjects == ("trade",)

    def _of_the_subjects_asked(self, intent: Intent, metric_id: str) -> bool:
        """Whether a metric is of every subject the question names, or of a narrower one."""
        return all(self.facts.covers(self.metrics[metric_id].subjects, asked) for asked in intent.subjects)

    def _on_subject(self, intent: Intent, metric_id: str) -> bool:
        """A metric whose own subject is each one the question names, going the way it
        asks: no loose match, however few of the question's words its name shares.  A
        better match set aside for being about another subject sets it no floor."""
        metric = self.metrics[metric_id]
        # ("gas from Russia to China": pipeline gas and LNG are each of it)
        return bool(intent.subjects) \
            and all(set(asked) & set(metric.subjects)
                    or self.facts.subject_parents.get(metric.subjects[0]) in asked  # (a kind of it, not "energy")
                    for asked in intent.subjects) \
            and all(asked in (None, held) for asked, held in zip(intent.flow, metric.flow))

    def _not_held(self, intent: Intent, scored: list[tuple[float, str]], rules: list[Rule]) -> None:
        """Why no candidate answers, said of the question: the rule that rules out the
        best match ("crr holds no figure for 'coal'", "... not in euros"); what crr holds
        nearest follows.  `rules`: those the reading gives something to check (rules_for)."""
        left = [metric_id for _, metric_id in scored]
        best = misfit(intent, self.metrics[left[0]], self.facts, rules)
        rule, metric_id = self._nearest_miss(intent, (best.name, left[0]), scored, rules)
        if rule not in ("unit", "currency") and (intent.units or intent.currency):
            # "oil 2023 in bcm": a figure of the thing asked, held in another unit, says why
            # better than one in the unit asked of another thing (gas in bcm).
            in_another_unit = [m for m in left if self._broken(intent, m, rules) == 1 and misfit(
                intent, self.metrics[m], self.facts, rules).name in ("unit", "currency")]
            if in_another_unit:
                rule, metric_id = misfit(intent, self.metrics[in_another_unit[0]], self.facts, rules).name, in_another_unit[0]
        rule = self._no_such_whole(intent, rule, left, rules)
        if rule == "currency" and self.metrics[metric_id].measure != "amount":
            # "trade in rubles": of the figures held in another currency, an amount of money
            # says why (bilateral trade in USD), not a share whose name says "rubles".
            amounts = [m for m in left if self.metrics[m].measure == "amount"
                       and (miss := misfit(intent, self.metrics[m], self.facts, rules)) is not None
                       and miss.name == "currency"]
            if amounts:
                metric_id = amounts[0]
        intent.not_held = reading_reason(rule, intent, self.metrics[metric_id], self.facts)
        # (the figures of the subject asked first, nearest)
        on_subject = [m for m in left if intent.subjects
                      and self._of_the_subjects_asked(intent, m)]
        left = on_subject + [m for m in left if m not in on_subject]
        intent.set_aside = self._nearest(intent, rule, [metric_id] + [m for m in left if m != metric_id])

    def _no_such_whole(self, intent: Intent, rule: str, metric_ids: list[str], rules: list[Rule]) -> str:
        """"What share of China's imports come from Russia?": when no share of the whole
        asked is held at all, that says more than the way the nearest share goes."""
        whole = next((r for r in rules if r.name == "whole"), None)
        if rule == "flow" and whole and not any(self.facts.wholes.get(m) and whole.fits(intent, self.metrics[m], self.facts)
                                                for m in metric_ids):
            return "whole"
        return rule

    def _nearest_miss(self, intent: Intent, best: tuple[str, str],
                      scored: list[tuple[float, str]], rules: list[Rule]) -> tuple[str, str]:
        """The (rule, metric) that says best why nothing answers: of the metrics that
        match nearly as well as the best, the one that breaks fewest rules ("what % of
        China's exports": Russia's imports is another whole, not only another way).  A
        rule the reading gives nothing to check (not in `rules`) no metric breaks."""
        top = max(score for score, _ in scored)
        on_subject = {m for _, m in scored if intent.subjects and self._of_the_subjects_asked(intent, m)}
        if on_subject and best[1] not in on_subject:
            # "how much gas did China send to Russia?": the figures of the subject asked say why,
            # not a better-scored one of another subject (destroyers, by the word "send")
            scored = [(score, m) for score, m in scored if m in on_subject]
            if (broken_first := misfit(intent, self.metrics[scored[0][1]], self.facts, rules)) is not None:
                best = (broken_first.name, scored[0][1])
            top = max(score for score, _ in scored)
        near = [(self._broken(intent, m, rules), -score, m) for score, m in scored
                if score >= FLOOR * top and misfit(intent, self.metrics[m], self.facts, rules)]
        if not near:
            return best
        fewest = min(near)
        # (of those, one of the subject asked first: "gas from China to Russia" is said of gas,
        # not of destroyers the word "send" finds)
        most_said = min((n for n in near if n[0] == fewest[0]),
                        key=lambda n: (not self._of_the_subjects_asked(intent, n[2]),
                                       misfit(intent, self.metrics[n[2]], self.facts, rules).name == "measure", n))
        broken_best = self._broken(intent, best[1], rules)
        if fewest[0] > broken_best or fewest[0] == broken_best and not (
                best[0] == "measure" and most_said[2] != best[1]
                and misfit(intent, self.metrics[most_said[2]], self.facts, rules).name != "measure"):
            return best
        # (as many broken as the best, which only measures otherwise: the one that says which
        # word of the question it lacks, "how many ships" of a count of patrols)
        metric_id = most_said[2] if fewest[0] == broken_best else fewest[2]
        return misfit(intent, self.metrics[metric_id], self.facts, rules).name, metric_id

    def _broken(self, intent: Intent, metric_id: str, rules: list[Rule]) -> int:
        return broken(intent, self.metrics[metric_id], self.facts, rules)

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


    def _agreement(self, intent: Intent, metric_id: str, said: frozenset[str]) -> float:
        """What the metric's facets add to its score for agreeing with the reading's;
        `said`: the question's words for weak subjects (_subject_words_said)."""
        metric = self.metrics[metric_id]
        bonus = 0.0
        if intent.flow != (None, None) and metric.flow == intent.flow:
            bonus += 3 * AGREEMENT_BONUS  # a flow named both ways is the most specific of facets
        elif intent.flow != (None, None):
            bonus += AGREEMENT_BONUS * sum(1 for asked, held in zip(intent.flow, metric.flow) if asked and asked == held)
        if intent.measures and metric.measure in intent.measures - intent.allowed_only:
            bonus += AGREEMENT_BONUS
        if metric.measure == "capacity" and "capacity" not in intent.measures - intent.allowed_only \
                and intent.kind in ("value", "span", "series", "change") and intent.periods:
            bonus -= AGREEMENT_BONUS  # "Power of Siberia gas in 2025": what went through, not what it can carry
        if None in intent.flow and intent.flow != (None, None) and metric.flow == intent.flow \
                and FROM_ALL.search(intent.normalized):
            bonus += 3 * AGREEMENT_BONUS  # "total arms imports": every supplier, as specific as a flow both ways
        if intent.people and set(intent.people) == set(metric.people):
            bonus += AGREEMENT_BONUS
        if intent.asked_kind == "change" and metric.measure in ("growth", "ratio") and len(intent.periods) < 2:
            bonus += AGREEMENT_BONUS  # "how much did trade drop in 2025": a stated change
        exact = sum(1 for asked in intent.subjects if set(asked) & set(metric.subjects))
        # A word the question uses for a broad subject ("agreement") that the metric's own
        # names lack, when another's have it ("UNGA agreement"), says it is the other.
        if said:
            bonus -= SAID_BONUS * sum(map(self.matcher.weights.get, said - self.matcher.words_of(metric_id)))
        if intent.sources and self._sources_of(metric_id) & set(intent.sources):
            bonus += 2 * AGREEMENT_BONUS  # "per Customs": a metric Customs gives figures for
        whose = WHOSE_FLOW.search(intent.normalized)
        if whose and whose.group(0) in metric.name.lower():
            bonus += AGREEMENT_BONUS  # "China's exports to Russia": as the question's own side counts it
        return bonus + 0.3 * exact

    def _subject_words_said(self, intent: Intent) -> frozenset[str]:
        """The words of the question's weak subjects that the matcher knows, as it reads them."""
        phrases = [phrase for phrase, asked in zip(intent.subject_words, intent.subjects)
                   if all(s in self.facts.weak_subjects for s in asked)]
        if not phrases:
            return frozenset()
        return frozenset(self._corrected(" ".join(phrases).split())) & self.matcher.weights.keys()

    def _sources_of(self, metric_id: str) -> set[str]:
        if metric_id not in self._sources:
            self._sources[metric_id] = {r["source_id"] for r in self.store.observations(metric_id)}
        return self._sources[metric_id]


def _without_sources(intent: Intent) -> str:
    """The question's words without the names of the sources it asks for ("per the Energy
    Institute"): they say whose figure, not which ("energy" is no word of the figure)."""
    named = [phrase.split() for phrase, facet in intent.bound.items() if facet == "source"]
    if not named:
        return intent.rest
    written = intent.rest.split()
    cut = [_stem(w.strip(".,'")) for w in written]
    drop: set[int] = set()
    for phrase in named:
        for i in range(len(cut) - len(phrase) + 1):
            if cut[i:i + len(phrase)] == phrase:
                drop.update(range(i, i + len(phrase)))
    return " ".join(w for i, w in enumerate(written) if i not in drop)


class _Lazy(Mapping):
    """A mapping worked out the first time it is read."""

    def __init__(self, make):
        self._make, self._made = make, None

    def _mapping(self) -> dict:
        if self._made is None:
            self._made = self._make()
        return self._made

    def __getitem__(self, key):
        return self._mapping()[key]

    def __iter__(self):
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._mapping())




def _doers(store) -> dict[str, str]:
    """Every firm and person of one side, by the names a question or a record calls them
    ("cnpc", "putin", "xi jinping", "xi"), with that side."""
    found = {name: party for party, names in store.event_search.get("firms", {}).items() for name in names}
    for person in store.people:
        side = (person["country"] or "").lower()
        if side not in ("china", "russia"):
            continue
        words = person["name"].lower().split()
        family = words[-1] if side == "russia" else words[0]
        for name in (person["name"].lower(), family):
            found.setdefault(name, side)
    return found
