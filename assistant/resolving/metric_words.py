"""What the resolver knows of each metric's words, worked out once: its own aliases, the
words that place a question's words in it, the names its notes give, and the whole, the
list or the party its name says it is of."""

from __future__ import annotations

import re
from functools import cached_property

from ..reading.facets import marked, ranked_among, ranked_one, whole_of_share
from ..reading.lexicon import Lexicon, lexicon_words, phrase_key
from ..reading.words import _stem, normalize


class MetricWords:
    """Mixed into Resolver, which provides the store, the matcher and the metrics."""

    def _own_aliases(self, metric_id: str, every: bool = False) -> frozenset[str]:
        """A metric's aliases that no facet of the vocabulary reads (not "drills", not
        "Mongolia"): names of its own, as the lexicon reads them; with `every`, all of them."""
        # Worked out for a metric the first time a question asks (few do), from the aliases
        # the matcher holds: start-up stays short.
        if self._aliases_of is None:
            self._aliases_of = {}
            for _, _, owner, alias in self.matcher.entries:
                self._aliases_of.setdefault(owner, []).append(alias)
        key = (metric_id, every)
        if key not in self._alias_keys:
            keys = {phrase_key(alias) for alias in self._aliases_of.get(metric_id, [])} - {""}
            if not every:
                entries = self.lexicon.entries
                keys = {k for k in keys if not any(b.facet != "harmless" for b in entries.get(tuple(k.split()), ()))}
            self._alias_keys[key] = frozenset(keys)
        return self._alias_keys[key]

    def _subject_phrases(self, subject: str) -> frozenset[str]:
        """The phrases of the vocabulary that name a subject, as the lexicon reads them."""
        if self._phrases_by_subject is None:
            found: dict[str, set[str]] = {}
            for words, bindings in self.lexicon.entries.items():
                for binding in bindings:
                    if binding.facet == "subject":
                        found.setdefault(binding.value, set()).add(" ".join(words))
            self._phrases_by_subject = {s: frozenset(keys) for s, keys in found.items()}
        return self._phrases_by_subject.get(subject, frozenset())

    def _corrected(self, words: list[str]) -> list[str]:
        """The words with typos of the metrics' words mended.  The rules ask it of the same
        question's words for each metric they try: the last answer serves again."""
        key = tuple(words)
        if self._last_corrected[0] != key:
            mended = self.matcher.correct(" ".join(words))[0] if words else []
            # (a word crr's records use is mended only as typos go, its first letter kept:
            # "warning" is not "earning")
            real = self.lexicon.real_words
            if len(mended) == len(words):
                mended = [w if w in real and m[:1] != w[:1] else m for w, m in zip(words, mended)]
            self._last_corrected = (key, mended)
        return list(self._last_corrected[1])

    def _placing_words(self, metric_id: str) -> set[str]:
        """A metric's words for placing a question's words: its name and aliases, and the
        words of its description, which says what it is ("the land border", "measured in TIV")."""
        if metric_id not in self._placing:
            # Not the figures' notes: they name what the figure is not ("bachelor's students
            # are the largest group, but only master's are counted").
            text = self.metrics[metric_id].description.lower()
            described = {_stem(w) for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text)}
            words = self.matcher.words_of(metric_id) | described | self._names_in_notes(metric_id)
            # A word of a group places the others: "chiefs" for a figure of "leaders".
            self._placing[metric_id] = words.union(*(g for g in self._word_groups if not g.isdisjoint(words)))
        return self._placing[metric_id]

    def _noted_words(self, metric_id: str) -> frozenset[str]:
        """Every word of the figures' notes and of how the sources wrote them, stemmed."""
        rows = self.store.observations(metric_id)
        text = " ".join(f"{r['note'] or ''} {r['as_written'] or ''}" for r in rows).lower()
        words = {_stem(w) for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text)}
        return frozenset(words.union(*(g for g in self._word_groups if not g.isdisjoint(words))))

    def _names_in_notes(self, metric_id: str) -> set[str]:
        """The names the figures' notes give, written large within a sentence ("near
        Chelyabinsk"): where or whose the figures are.  The notes' common words are not
        taken; they may say what a figure is not."""
        notes = " ".join(r["note"] or "" for r in self.store.observations(metric_id))
        return {_stem(w.lower()) for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b", notes)}

    @cached_property
    def _word_groups(self) -> list[frozenset[str]]:
        return [frozenset(_stem(w) for w in group) for group in self.store.word_groups]

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

    def _ranked_among(self, lexicon: Lexicon) -> dict[str, str]:
        """For each rank metric, whose list its name ranks in ("among Russia's trading partners")."""
        found = {}
        for metric in self.metrics.values():
            if metric.measure == "rank":
                words = lexicon_words(normalize(metric.name))
                party = ranked_among(words, lexicon.scan(words))
                if party:
                    found[metric.id] = party
        return found

    def _named_by(self, lexicon: Lexicon, facet, measure: str | None = None,
                  firms: dict[str, str] | None = None) -> dict[str, str]:
        """For each metric (of the measure), the party a facet of its name gives: where a
        share's whole is ("car sales in Russia"), whose a stake is ("China's stake"); with
        `firms`, a firm named stands for its side ("CNPC funding": China's)."""
        found = {}
        for metric in self.metrics.values():
            if measure is None or metric.measure == measure:
                words = lexicon_words(normalize(metric.name))
                text = marked(words, lexicon.scan(words))
                for firm, side in (firms or {}).items():
                    text = re.sub(rf"(?<![\w@]){re.escape(firm)}(?!\w)", f"@{side}", text)
                party = facet(text)
                if party:
                    found[metric.id] = party
        return found

    def _ranked_of(self, lexicon: Lexicon) -> dict[str, str]:
        """For each rank metric, what its name says is ranked ("Lukoil's rank ..." -> lukoil)."""
        found = {}
        for metric in self.metrics.values():
            if metric.measure == "rank":
                ranked = ranked_one(normalize(metric.name), lexicon)
                if ranked:
                    found[metric.id] = ranked
        return found

