"""Another figure like the one just shown, for a follow-up: the same figure the other way or
both ways, of another party, measure or subject, or of the people just named."""

from __future__ import annotations

import re

from ..reading.periods import Period
from ..reading.read import POINTING, Intent
from ..reading.words import Lazy, normalize
from ..resolving.rules import EXPORTS, IMPORTS, misfit
from .turn_words import COMMON_SUBJECT_WORDS


# Measures of a thing itself, not of what happened in a year: a pipeline's capacity, a border's length,
# a standing held over years ("China has been Russia's first trading partner since 2010").
PROPERTIES = frozenset({"capacity", "length", "duration", "rank"})


class Siblings:
    """Related figures for follow-ups; mixed into Engine."""

    def _from_all(self, metric_id: str) -> str | None:
        """The figure of the same thing from every country (China's arms imports from all
        suppliers) beside one from a country (from Russia); None when crr holds none."""
        shown = self.metrics[metric_id]
        return next((m.id for m in self.metrics.values() if m.id != metric_id and m.unit == shown.unit
                     and m.measure == shown.measure and set(m.subjects) == set(shown.subjects)
                     and m.flow == (None, shown.flow[1])), None)

    def _of_the_subject_shown(self, intent: Intent, metric: str | None) -> None:
        """"What rank in the world?" after the border's length: of the readings about as good
        as the best (within a tenth), one of the subject just shown (the border's world
        rank, not oil consumption's), when the question names no subject of its own."""
        if metric not in self.metrics or intent.subjects or len(intent.candidates) < 2:
            return
        top = intent.candidates[0][0]
        shown = set(self.metrics[metric].subjects)
        close = [m for score, m in intent.candidates if score >= 0.9 * top and m != metric]
        of_it = [m for m in close if set(self.metrics[m].subjects) & shown]
        # ... and going the way it went ("and BBC 2017?" after Russians' view of China: the
        # Russians' view in the BBC's poll, not the Chinese view of Russia, scored alike)
        flow = self.metrics[metric].flow
        same_way = [m for m in of_it if self.metrics[m].flow == flow] if any(flow) and not any(intent.flow) else []
        if same_way and intent.metric_id not in same_way:
            self.resolver.choose(intent, [(99.0, same_way[0])])
        elif of_it and intent.metric_id not in of_it:
            self.resolver.choose(intent, [(99.0, of_it[0])])

    def _of_the_event_shown(self, intent: Intent, previous) -> None:
        """"How much gas went through it last year?" after Power of Siberia's launch: of the
        readings about as good as the best, one of the subject the event shown is of (pipeline
        gas, not LNG), when the question points back at it and names a broader subject."""
        if not previous.events or not previous.events[0].event_id or len(intent.candidates) < 2 \
                or not POINTING.search(intent.normalized) or intent.people:
            return
        rows = self.store.rows("select subjects from events where id = ?", (previous.events[0].event_id,))
        subjects = {s.strip() for s in (rows[0]["subjects"] or "").split(";")} - {"", "energy", "economy", "trade"} \
            if rows else set()
        if not subjects or any(set(asked) <= subjects for asked in intent.subjects):
            return
        top = intent.candidates[0][0]
        of_it = [m for score, m in intent.candidates if score >= 0.6 * top and set(self.metrics[m].subjects) & subjects]
        # (one that holds the time asked, before one that does not)
        of_it = [m for m in of_it if all(self.resolver.holds(m, p) for p in intent.periods)] or of_it
        if of_it:
            # (the one chosen kept, if it is of it; the other kinds no longer readings)
            self.resolver.choose(intent, [(99.0, intent.metric_id if intent.metric_id in of_it else of_it[0])])

    def _the_other_trade_way(self, intent: Intent) -> None:
        """"and exports?" after China's share of Russia's imports: the same figure of exports,
        or none when crr lacks it for the time; never the imports figure again."""
        metric = self.metrics.get(intent.metric_id or "")
        said = intent.normalized
        if metric is None or bool(IMPORTS.search(said)) == bool(EXPORTS.search(said)):
            return
        asked, other = ("export", "import") if EXPORTS.search(said) else ("import", "export")
        if other not in metric.name.lower() or asked in metric.name.lower():
            return
        name = metric.name.lower().replace(other, asked)
        twin = next((m for m in self.metrics.values() if m.name.lower() == name and m.unit == metric.unit), None)
        if twin is None:
            return
        intent.metric_id, intent.metric_phrase = twin.id, twin.name.lower()
        if intent.periods and not self.resolver.holds(twin.id, intent.periods[0]):
            intent.set_aside, intent.metric_id, intent.kind = [twin.id], None, "unknown"
            intent.not_held = f"crr holds no figure for {intent.periods[0].phrase} for {twin.name}"

    def _swap_parties(self, text: str, old: list[str], new: list[str]) -> str:
        """The text with each party of `old` named as the one in the same place of `new`."""
        names = {party: self.store.parties.get(party, party).lower() for party in new}

        def swapped(word: str) -> str:
            if "-" in word and not self.lexicon.has(normalize(word), "party"):  # "germany-russia"
                return "-".join(swapped(part) for part in word.split("-"))
            key = normalize(word).removesuffix("'s")
            party = next((p for p, n in zip(old, new)
                          if self.lexicon.has(key, "party") and p in {b.value for b in self.lexicon.entries.get((key,), ())}), None)
            if party:
                return names[new[old.index(party)]] + ("'s" if word.endswith("'s") else "")
            return word

        return " ".join(swapped(word) for word in text.split())

    def _with_people_swapped(self, metric: str, named: list[str]) -> str | None:
        """The metric of the same subject whose people are the shown one's, each person named
        in place of the one of the same country: Xi for Hu beside Putin."""
        country = {p["id"]: p["country"] for p in self.store.people}
        shown = self.metrics[metric]
        people = {next((n for n in named if country.get(n) == country.get(p)), p) for p in shown.people}
        people |= set(named)
        if not people & set(shown.people):
            return None  # everyone new ("and Xi and Putin?"): a question of its own, read as such
        alike = [m for m in self.metrics.values() if m.id != metric and set(m.people) == people
                 and set(m.subjects) & set(shown.subjects)]
        alike.sort(key=lambda m: (m.measure != shown.measure, len(set(m.subjects) ^ set(shown.subjects)), bool(m.together), m.id))
        return alike[0].id if alike else None

    def _one_off_elsewhere(self, metric_id: str, period: Period) -> bool:
        """A property of a thing (its capacity, its length) held for one time only, not the
        time just asked ("what is its capacity?" after the gas of 2022): the question asks
        that figure, not one for the time before.  An amount or a share is of its time."""
        if self.metrics[metric_id].measure not in PROPERTIES:
            return False
        held = {row["period"] for row in self._points(metric_id)}
        return len(held) == 1 and not self.resolver.holds(metric_id, period)

    def _same_talk(self, metric_id: str, before: str | None, periods: list) -> bool:
        """"What share of foreign students?" after Chinese students in 2020: another figure of
        the same subject, held for the time just asked, is asked for that time."""
        if before not in self.metrics or metric_id == before or len(periods) != 1:
            return False
        weak = self.resolver.facts.weak_subjects
        shared = set(self.metrics[metric_id].subjects) & set(self.metrics[before].subjects) - weak
        return bool(shared) and self.resolver.holds(metric_id, periods[0])

    @staticmethod
    def _one_of_those_shown(metric_id: str, previous) -> bool:
        """"How many Chinese troops?" after the Chinese and the Russian troops of Peace Mission
        2005: one of several figures just shown, asked again alone, is asked for their time."""
        shown = {v.metric for v in previous.values if not v.derived}
        return len(shown) > 1 and metric_id in shown

    def _firms_named(self, name: str) -> set[str]:
        """The firms of one side a metric's name names ("Shandong Yulong Petrochemical")."""
        return {firm for firm in self.event_vocab.firms if re.search(rf"\b{re.escape(firm)}\b", name.lower())}

    def _twin_holding(self, intent: Intent, metric_id: str, period: Period) -> str | None:
        """A metric of the same things flowing the same way, of the same measure in another
        unit, that holds a figure for the period."""
        metric = self.metrics[metric_id]
        if metric.flow == (None, None) or intent.units or intent.currency:
            return None
        # (one firm's figure has no twin in the whole country's: Shandong Yulong's barrels a
        # day are not Russia's oil exports to China in tonnes)
        firms = self._firms_named(metric.name)
        twins = [m for m in self.metrics.values() if m.id != metric_id and self.resolver.twins(m.id, metric_id)
                 and m.unit != metric.unit and self._firms_named(m.name) == firms
                 and m.measure == metric.measure and self.resolver.holds(m.id, period)
                 and misfit(intent, m, self.resolver.facts) is None]
        return twins[0].id if twins else None

    def _reversed(self, metric_id: str, parties_turned: bool = False) -> str | None:
        """The metric of the same subjects going the other way (Russian visits to China ->
        Chinese visits to Russia).  With `parties_turned` (the follow-up names the two the
        other way round, "and Russia's in China?"), a country's share keeps its place in the
        flow: after China's share of Russia's imports, Russia's share of China's imports,
        not China's share of Russia's exports."""
        metric = self.metrics[metric_id]
        if metric.flow == (None, None):
            return None
        flipped = (metric.flow[1], metric.flow[0])
        same = [m for m in self.metrics.values() if m.flow == flipped and m.measure == metric.measure
                and set(m.subjects) == set(metric.subjects) and m.unit == metric.unit
                and not (parties_turned and _part_place(m) != _part_place(metric))]
        # Of several, the one whose name shares most words with it: the same poll asked the
        # other way ("Russians who see China's influence positively (BBC ...)"), not another.
        words = _name_words(metric.name)
        # (a view the other way is of the same leaning: favourable is not negative)
        leaning = _leaning(metric.name)
        same = [m for m in same if not leaning or _leaning(m.name) in (leaning, "")]
        same.sort(key=lambda m: (_leaning(m.name) != leaning, -len(_name_words(m.name) & words)))
        return same[0].id if same else None

    def _both_ways(self, metric_id: str) -> str | None:
        """The metric of the same subjects both ways together (goods from Russia to China ->
        bilateral trade), in the same unit."""
        metric = self.metrics[metric_id]
        if metric.flow == (None, None):
            return None
        same = [m for m in self.metrics.values() if m.flow == (None, None) and m.measure == metric.measure
                and set(m.subjects) == set(metric.subjects) and m.unit == metric.unit
                and set(m.parties) == set(metric.parties)]
        return same[0].id if same else None

    def _sibling(self, intent: Intent, metric_id: str, periods: list[Period]) -> str | None:
        """The metric a short follow-up turns the previous one into: its name with the
        follow-up's words ("imports", "naval"), if one metric has them all."""
        by_measure = self._sibling_by_measure(intent, metric_id, periods)
        if by_measure:
            return by_measure
        words = set(self.matcher.correct(intent.residue)[0]) - COMMON_SUBJECT_WORDS - {"one"}  # "which ones"
        words = {w for w in words if not w.isdigit()}
        # ("and the negative share?" after a share: "share" is the measure shown, no new word)
        measure_words = {w for phrase, facet in intent.bound.items() if facet == "measure" for w in phrase.split()}
        if self.metrics[metric_id].measure == "share" and "share" in intent.measures:
            words -= measure_words
        if not words or len(words) > 2 or words <= self.matcher.words_of(metric_id):
            return None
        combined = f"{normalize(self.metrics[metric_id].name)} {' '.join(sorted(words))}"
        measure = self.metrics[metric_id].measure
        # Of the measure shown, unless the follow-up asks another: "and oil?" after gas
        # exports is oil exports, not the oil pipeline's length.
        # Of the subject shown, unless the follow-up names another: "what was it worth?" after
        # LNG is no value of crude, though "worth" is a word of that figure.
        shown = tuple(self.metrics[metric_id].subjects)

        def fit(candidate: str) -> bool:
            return candidate != metric_id and words <= self.matcher.words_of(candidate) \
                and (bool(intent.measures) or self.metrics[candidate].measure == measure) \
                and (bool(intent.subjects) or not shown
                     or self.resolver.facts.covers(tuple(self.metrics[candidate].subjects), shown)) \
                and misfit(intent, self.metrics[candidate], self.resolver.facts) is None

        fitting = [candidate for _, candidate, _ in self.matcher.match(combined) if fit(candidate)]
        if fitting and self._a_series(metric_id) and not self._a_series(fitting[0]):
            # After a figure held year by year, one held year by year, of the follow-up's own
            # readings if need be ("what about pipeline gas?" after trade: its value, not the
            # one-off cost of the pipelines in dollars, which the words together rank first).
            series = [m for m in dict.fromkeys(fitting + [m for _, m in intent.candidates]) if self._a_series(m) and fit(m)]
            fitting = series[:1] + fitting
        if fitting:
            # ... one the source asked for gives figures for, if any ("per the Energy Institute").
            named = [m for m in fitting if self._gives(intent, m)] if intent.sources or intent.reporter else []
            return (named or fitting)[0]
        return self._sibling_by_subject(intent, metric_id, periods)

    def _a_series(self, metric_id: str) -> bool:
        """Whether crr holds the figure for three periods or more."""
        return len({r["period"] for r in self.store.observations(metric_id)}) >= 3

    def _sibling_by_measure(self, intent: Intent, metric_id: str, periods: list[Period]) -> str | None:
        """"What about the value?" after crude imports in tonnes, "in bcm?" after LNG in
        tonnes: the same flow of the same subjects, measured (or in the unit) the follow-up
        asks, one with a figure for the period first."""
        metric = self.metrics[metric_id]
        if not (intent.measures or intent.units or intent.currency) or self._new_content(intent) \
                or misfit(intent, metric, self.resolver.facts) is None:
            return None
        # Of the same flow, or of none: a deal's length goes no way, though its gas does (and
        # from its length, its value goes the way its gas does).  Of the same subjects, or of
        # more that take in those the follow-up names, the same first: "what were those deals
        # worth?" after the Su-35s of 2015 is the value of the deals (arms, aircraft, missiles,
        # treaties).
        shown = set(metric.subjects)
        if intent.subjects and all(set(g) & shown for g in intent.subjects):
            return None  # ("how many had a negative opinion?" after a poll: its sibling by words)
        alike = [m for m in self.metrics.values() if m.id != metric_id
                 and shown <= set(m.subjects) and all(set(g) & set(m.subjects) for g in intent.subjects)
                 and misfit(intent, m, self.resolver.facts) is None]
        # (a figure of no flow is no measure of a flow held year by year: "what was it worth?"
        # after a year's LNG is not the cost of China's stakes in LNG projects that year)
        series = metric.flow != (None, None) and self._a_series(metric_id)
        fits = [m for m in alike if m.flow == metric.flow or metric.flow == (None, None)
                or m.flow == (None, None) and not series]
        if not fits and not any(intent.flow):
            # "share in 2023?" after Russian visits to China: the only share of the subject is
            # of the other way (China's share of visits to Russia), still the subject talked of.
            fits = [m for m in alike if m.flow != (None, None) or not series]
        periods = intent.periods or periods
        # With no time asked, the series of most figures (crude by year, not one deal's cap).
        fits.sort(key=lambda m: (not (periods and self.resolver.holds(m.id, periods[0])), m.flow != metric.flow,
                                 set(m.subjects) != shown, -len(self.store.observations(m.id)), m.id))
        return fits[0].id if fits else None

    def _sibling_by_party(self, intent: Intent, metric_id: str) -> str | None:
        """The metric of the same measure and unit, sharing a subject, of the other party named."""
        shown = self.metrics[metric_id]
        fits = [m for m in self.metrics.values() if m.id != metric_id and m.measure == shown.measure
                and m.unit == shown.unit and set(m.subjects) & set(shown.subjects)
                and all(o in m.parties for o in intent.others)]
        return fits[0].id if len(fits) == 1 else None

    def _sibling_by_subject(self, intent: Intent, metric_id: str, periods: list[Period]) -> str | None:
        """"How many of them were at sea?" after joint exercises: the metric of the same
        measure with the previous one's subjects and the one the follow-up adds (naval),
        one with a figure for the period asked first."""
        if not intent.subjects:
            return None
        metric = self.metrics[metric_id]
        base = set(metric.subjects)
        if all(set(group) & base for group in intent.subjects):
            return None  # ("how many were ground drills?": drills, the subject shown, adds none)
        fits = [m for m in self.metrics.values() if m.id != metric_id and m.measure == metric.measure
                and base <= set(m.subjects) and all(set(group) & set(m.subjects) for group in intent.subjects)
                and misfit(intent, m, self.resolver.facts) is None] if base else []
        periods = intent.periods or periods
        fits.sort(key=lambda m: (not (periods and self.resolver.holds(m.id, periods[0])), len(m.subjects), m.id))
        return fits[0].id if fits else None


_GOOD = Lazy(r"\b(?:favourabl[ey]|favorabl[ey]|positive(?:ly)?|good|warm)\b", re.I)
_BAD = Lazy(r"\b(?:unfavourabl[ey]|unfavorabl[ey]|negative(?:ly)?|bad|hostile|wrong)\b", re.I)


def _leaning(name: str) -> str:
    """Which way a view a metric counts leans, by its name: "good", "bad" or ""."""
    good, bad = bool(_GOOD.search(name)), bool(_BAD.search(name))
    return "good" if good and not bad else "bad" if bad and not good else ""


def _name_words(name: str) -> set[str]:
    """A metric name's words, less those of the two countries."""
    return set(re.findall(r"[a-z]+", name.lower())) - {"china", "chinese", "russia", "russian", "russians", "s"}


def _part_place(metric) -> int | None:
    """Where in its flow a country's share metric puts the country whose share it is: 0 for
    China's share of Russia's imports (from China), 1 for China's share of Russia's exports."""
    found = re.match(r"([A-Za-z-]+)(?:'s|\u2019s) share\b", metric.name)
    part = found.group(1).lower() if found else None
    return metric.flow.index(part) if part in metric.flow else None
