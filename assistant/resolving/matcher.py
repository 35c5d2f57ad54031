"""Which metric a question names: aliases scored by the weight of their words.

Rare words weigh more; typos of vocabulary words are corrected; a metric
that leaves a subject word of the question unexplained scores less.
"""

from __future__ import annotations

from functools import cached_property, lru_cache

from ..reading.typos import Mender
from ..reading.words import STOPWORDS, _WORD, _stem, content_tokens, normalize
from ..reading.words import Lazy

KEPT_MATCHES = 1024  # matches a matcher keeps
# What a metric gains for each word of the question, by its weight, that its best alias
# lacks and another of its names has.
ELSEWHERE = 0.5
# How far a score added up in another order may stray from the score itself.
ROUGHLY = 1e-6
# Words of size, never typos of one another ("million" is not "billion").
MAGNITUDES = frozenset({"thousand", "thousands", "million", "millions", "billion", "billions", "trillion"})
# Words of order, which only qualify a thing ("the second pipeline"): alone they name none.
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "next", "last", "previous"})
_NUMBERED = Lazy(r"\b([a-z]{3,})[- ]([1-9])\b")


def _numbering_penalty(name: str, asked: set[str]) -> float:
    """Against a metric named with another number than the question's ("Power of
    Siberia 1" is not Power of Siberia-2), and, slightly, against a second or
    later one when the question gives no number (plain "Power of Siberia" is the first).
    `asked` holds the numbers that follow a word in the question (typos and all)."""
    penalty = 0.0
    for number in _numbers_in(name):
        if asked and number not in asked:
            penalty += 3.0
        elif not asked and number != "1":
            penalty += 0.3
    return penalty


@lru_cache(maxsize=1024)
def _numbers_in(name: str) -> tuple[str, ...]:
    """The numbers that follow a word in a metric's name, found once a name."""
    return tuple(number for _, number in _NUMBERED.findall(name.lower()))


class MetricMatcher:
    """Finds the metric a question names, from the names and aliases in the database.

    Each alias is scored by the weight of its words found in the question
    (rare words weigh more), less a part of the weight of its words that are
    missing, plus a bonus when the alias appears as a phrase.  Words that are
    not in the vocabulary are mapped to a close one (a typo) only when they
    are very similar, so that nonsense never becomes a metric.
    """

    MIN_SCORE = 1.5

    def __init__(self, aliases: list[tuple[str, str, str]], names: dict[str, str],
                 domain_words: frozenset[str] = frozenset(), party_words: frozenset[str] = frozenset(),
                 place_words: frozenset[str] = frozenset()):
        """`aliases` holds (alias, metric id, content words), the words read
        at build time so that start-up does not read them again.  Words that
        name a country (`party_words`) count on neither side: which way a
        figure goes and whose it is are facets of the reading, not words to match."""
        self.names = names
        self.domain_words = domain_words
        self.party_words = party_words
        # A third country's name ("via Kazakhstan") counts for an alias that has it when the
        # question says it, and never against one the question leaves it out of.
        self.place_words = place_words
        self.entries: list[tuple[frozenset[str], str, str, str]] = []
        for alias, metric_id, joined in aliases:
            words = [w for w in joined.split() if w not in party_words]
            if words:
                self.entries.append((frozenset(words), " ".join(words), metric_id, alias))
        frequency: dict[str, set[str]] = {}
        for words, _, metric_id, _ in self.entries:
            for word in words:
                frequency.setdefault(word, set()).add(metric_id)
        total = len(names) or 1
        import math

        self.weights = {w: math.log(1 + total / len(ids)) for w, ids in frequency.items()}
        self.vocabulary = sorted(self.weights)
        self.mender = Mender(self.weights)
        self.real_words: frozenset[str] = frozenset()  # the records' words, stemmed: no typos (set at startup)
        # Which entries hold each word, so that a question is scored only against the
        # aliases that share a word with it (the countries' words aside: alone they match nothing).
        self.holding: dict[str, list[int]] = {}
        for index, (words, _, _, _) in enumerate(self.entries):
            for word in words:
                self.holding.setdefault(word, []).append(index)
        self._name_words: dict[str, frozenset[str]] = {}
        self.synonyms: dict[str, frozenset[str]] = {}
        self.said_as: dict[str, str] = {}  # a word no name uses -> the word of its group that one does

    @cached_property
    def _matched(self) -> dict[tuple, list[tuple[float, str, str]]]:
        """The last few matches made, by their words, minimum and neutral words."""
        return {}

    @cached_property
    def _scored(self) -> list[tuple[frozenset[str], str, str, str, set[str]]]:
        """Each alias as `match` scores it: its words, its phrase between spaces, its
        metric, the alias and every word of its metric's names."""
        return [(words, f" {phrase} ", metric_id, alias, self.words_of(metric_id))
                for words, phrase, metric_id, alias in self.entries]

    @cached_property
    def _offsets(self) -> list[float]:
        """What each alias's best possible score adds to 1.6 times the weight of its words
        that the question has: less 0.6 times the weight of all its words (a third country's
        name aside: it costs nothing left out), plus 0.5 a word."""
        return [0.5 * len(words) - 0.6 * sum(self.weights[w] for w in words - self.place_words)
                for words, _, _, _ in self.entries]

    def words_of(self, metric_id: str) -> set[str]:
        """Every word of a metric's name and aliases, as the matcher reads them."""
        if not hasattr(self, "_words_of"):
            self._words_of: dict[str, set[str]] = {}
            for words, _, owner, _ in self.entries:
                # With the parts of a hyphened word: "kilo class" says what "kilo-class" does.
                parts = [part for w in words if "-" in w for part in w.split("-") if len(part) > 1]
                self._words_of.setdefault(owner, set()).update(words, parts)
        return self._words_of.get(metric_id, set())

    def group_words(self, groups: list[list[str]]) -> None:
        """Words that say the same of a figure (db/vocabulary.yaml: word_groups): a
        question's word that a metric's names say in another word of its group is explained."""
        self.synonyms, self.said_as = {}, {}
        for group in groups:
            ordered = list(dict.fromkeys(_stem(w) for w in group))
            stems = frozenset(ordered)
            for word in stems:
                self.synonyms[word] = self.synonyms.get(word, frozenset()) | stems
            # A word no name uses is read as the first of its group that one does ("megadeal": deal).
            held = next((w for w in ordered if w in self.weights), None)
            for word in ordered:
                if held and word not in self.weights:
                    self.said_as.setdefault(word, held)

    def _unexplained(self, words: set[str], held: set[str]) -> set[str]:
        """The question's subject words that none of a metric's names (`held`, its words)
        says, itself or in a word of its group ("ship" is said by "shipment" and "supply")."""
        return {w for w in words - held if self.synonyms.get(w, frozenset()).isdisjoint(held)}

    def _words_of_name(self, name: str) -> frozenset[str]:
        if name not in self._name_words:
            self._name_words[name] = frozenset(content_tokens(normalize(name)))
        return self._name_words[name]

    def correct(self, text: str) -> tuple[list[str], dict[str, str]]:
        """The question's content words, stemmed, with likely typos of
        vocabulary words replaced (compared before stemming, which would
        otherwise turn "exercies" into "exercy")."""
        fixed, corrections = [], {}
        for raw in _WORD.findall(text):
            raw = raw.strip(".-'")
            word = _stem(raw)
            if len(word) < 2 or word in STOPWORDS:
                continue
            mended = None if word in self.weights or raw in MAGNITUDES else (
                self.said_as.get(word) or self.mender.mend(raw))
            if mended and word in self.real_words and mended[:4] != word[:4] and mended != self.said_as.get(word):
                # (a word the records use is mended only into a form of itself, "siberian" into
                # "siberia": "gain" is a word, no typo of "grain")
                mended = None
            if mended:
                corrections[raw] = mended
            fixed.append(mended or word)
        return fixed, corrections

    def match(self, text: str, min_score: float | None = None,
              neutral: frozenset[str] = frozenset()) -> list[tuple[float, str, str]]:
        """(score, metric id, alias) best first, above the minimum score.  Words in
        `neutral` were read as something else (a party, a person, a unit): they do
        not count against a metric that leaves them unexplained."""
        min_score = self.MIN_SCORE if min_score is None else min_score
        # The same words come again and again: matched twice for one question (its extreme
        # words taken out, then kept), and for every question that differs only in its
        # time ("trade in 2024", "trade in 2023"), which the text here leaves out.
        key = (text, min_score, frozenset(neutral))
        matched = self._matched.get(key)
        if matched is not None:
            return list(matched)
        words, mended = self.correct(text)
        words = [w for w in words if w not in self.party_words]
        # The question's words are matched as stems, typos mended: so are those read as
        # something else ("based on" is no word of "base metals").
        neutral = neutral | {_stem(w) for w in neutral} | {mended[w] for w in neutral if w in mended}
        present = set(words)
        joined = " " + " ".join(words) + " "
        best: dict[str, tuple[float, str]] = {}
        # Roughly, the weight of each alias's words the question has, added up word by
        # word through the aliases that hold each word: an alias that falls short of the
        # minimum even so, with the bonus of a phrase when the question has it as one, is
        # no metric's best match and is not scored.  (The score itself is added up as
        # before, so that equal matches stay equal to the last digit.)
        found: dict[int, float] = {}
        for word in present:
            weight = self.weights.get(word)
            if weight is not None:
                for index in self.holding[word]:
                    found[index] = found.get(index, 0.0) + weight
        scored = self._scored
        weight = self.weights.__getitem__
        # Subject words of the question (from event titles) that a metric's names must
        # explain: "coal" in "coal exports 2023" rules out a metric of all exports.
        subject_words = {w for w in present - neutral if w in self.domain_words}
        floor = min_score - ROUGHLY
        offsets = self._offsets
        place_words = self.place_words
        for index in sorted([index for index, had in found.items() if 1.6 * had + offsets[index] >= floor]):
            alias_words, phrase, metric_id, alias, metric_words = scored[index]
            as_phrase = phrase in joined
            if not as_phrase and 1.6 * found[index] + offsets[index] - 0.5 * len(alias_words) < floor:
                continue  # not a phrase of the question, and short of the minimum without that bonus
            shared = alias_words & present
            if place_words and shared <= place_words:
                continue  # a third country's name alone, like the two's, names no figure
            if shared <= ORDINALS:
                continue  # "who was second?" names no second pipeline
            score = sum(map(weight, shared))
            score -= 0.6 * sum(map(weight, alias_words - present - place_words))
            if subject_words:
                score -= 1.5 * len(self._unexplained(subject_words, metric_words))
            if as_phrase:
                score += 0.5 * len(alias_words)
            if score > best.get(metric_id, (-1e9, ""))[0]:
                best[metric_id] = (score, alias, alias_words)
        ranked = []
        asked_numbers = {number for _, number in _NUMBERED.findall(text.lower())}
        known = (present - neutral) & self.weights.keys()
        for metric_id, (score, alias, alias_words) in best.items():
            if score >= min_score:
                # Words of the question that the metric's other names explain ("votes"
                # beside "General Assembly agreement") count for it, a part of their weight:
                # a metric is scored by its best alias, and judged by all of its names.
                score += ELSEWHERE * sum(map(weight, (known - alias_words) & self.words_of(metric_id)))
                # Between equal matches, the metric whose name asks for less
                # that the question did not say: "oil exports" is not "oil
                # exports via Kazakhstan".
                name = self.names.get(metric_id, "")
                extra = self._words_of_name(name) - present
                ranked.append((score - 0.01 * len(extra) - _numbering_penalty(name, asked_numbers),
                               metric_id, alias))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        if len(self._matched) >= KEPT_MATCHES:
            self._matched.pop(next(iter(self._matched)))  # the oldest goes first
        self._matched[key] = ranked
        return list(ranked)


