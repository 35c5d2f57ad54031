"""Typos of known words: "exercies" is "exercise", "tarde" is "trade", "trde" too.

One mender for each vocabulary (the lexicon's words, the metric aliases'): a
word it does not know is read as the one known word it most likely misspells,
and only when the two are very close, so that nonsense never becomes a word.
"""

from __future__ import annotations

import re

from .words import Lazy, _stem

TYPO_CUTOFF = 84
KEPT_WORDS = 1 << 16  # words whose mending a Mender keeps


_SOUNDS = [(Lazy(r"ph"), "f"), (Lazy(r"c(?=[eiy])"), "s"), (Lazy(r"ck|c|q"), "k"),
           (Lazy(r"z"), "s"), (Lazy(r"(.)\1"), r"\1")]


def _sound(word: str) -> str:
    """A word as it sounds, near enough: letters that are said alike made one ("exersize"
    and "exercise", "milion" and "million", "tarif" and "tariff")."""
    for pattern, said in _SOUNDS:
        word = pattern.sub(said, word)
    return word


class Mender:
    def __init__(self, known, near_only=()):
        """`known` holds the vocabulary's words, stemmed; a word of `near_only` (the
        small words, "between", "through") is a mending only one edit away: "betwen"
        is "between", but "thought" is a word of its own, not "through"."""
        self.known = frozenset(known)
        self.near_only = frozenset(near_only)
        self.sorted = sorted(self.known)
        self.five = [w for w in self.sorted if len(w) == 5]
        # Each word's mending, worked out once: the same words come in question after question.
        self._mended: dict[str, str | None] = {}
        self._near_in_length: dict[int, list[str]] = {}
        self._shortened: dict[str, list[str]] | None = None
        self._by_sound: dict[str, list[str]] | None = None
        self._skeletons: dict[str, list[str]] | None = None

    def mend(self, raw: str) -> str | None:
        """The known word (stemmed) `raw` misspells, or None."""
        if raw in self._mended:
            return self._mended[raw]
        if len(self._mended) >= KEPT_WORDS:
            self._mended.clear()  # a long stream of new words: start again rather than grow
        found = self._mended[raw] = self._mend_once(raw)
        return found

    def _mend_once(self, raw: str) -> str | None:
        found = self._mend(raw)
        if found in self.near_only and len(found) < 5 and found != self._transposed(raw) \
                and not raw.startswith(found):  # ("fully" is "full" said another way)
            return None  # "heihe" is a name, not "hehe": a short small word only by two letters swapped
        if found in self.near_only:
            from rapidfuzz.distance import DamerauLevenshtein

            if min(DamerauLevenshtein.distance(raw, found), DamerauLevenshtein.distance(_stem(raw), found)) > 1:
                return None
        return found

    def _mend(self, raw: str) -> str | None:
        word = _stem(raw)
        if word in self.known or raw.isdigit() or len(raw) < 3:
            return None
        if len(raw) == 3:  # "lgn" for "lng": in a word this short, only two letters swapped
            return self._transposed(raw)
        swapped = self._transposed(raw)
        if swapped:  # "yaun" for "yuan": two neighbouring letters swapped
            return swapped
        alike = self._sounded_alike(word)
        if alike:  # "exersize" for "exercise": letters that sound the same
            return alike
        if len(raw) >= 4 and raw.isalpha() and not re.search(r"[aeiou]", raw):
            # "stdnts", "mtgs": a word written without its vowels, the one known word it leaves
            return self._unvowelled(word)
        if len(raw) == 4:  # "trde": a short word with one letter left out
            found = self._shortened_to(raw)
            return found[0] if len(found) == 1 else None
        from rapidfuzz import fuzz, process

        best = None
        for candidate in (raw, word):
            found = process.extractOne(candidate, self._near_in_length_to(len(candidate)),
                                       scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            # (a known word with letters added at its end is another word: "customer" is no "custom")
            if found and abs(len(found[0]) - len(candidate)) <= 2 and (best is None or found[1] > best[1]) \
                    and not (raw.startswith(found[0]) and len(raw) - len(found[0]) >= 2):
                best = found
        return best[0] if best else None

    def _shortened_to(self, raw: str) -> list[str]:
        """The five-letter words that are `raw` with one letter more, in order."""
        if self._shortened is None:
            self._shortened = {}
            for word in self.five:
                for shorter in dict.fromkeys(word[:i] + word[i + 1:] for i in range(5)):
                    self._shortened.setdefault(shorter, []).append(word)
        return self._shortened.get(raw, [])

    def _near_in_length_to(self, length: int) -> list[str]:
        """The known words, in order, that a word of `length` letters may be a typo of:
        fuzz.ratio counts every letter one word has beyond the other's length against the
        two, so a word whose length differs by more than (100 - TYPO_CUTOFF)% of the two
        lengths together scores below TYPO_CUTOFF, and is left out."""
        near = self._near_in_length.get(length)
        if near is None:
            near = self._near_in_length[length] = [
                w for w in self.sorted if 100 * abs(len(w) - length) <= (100 - TYPO_CUTOFF) * (len(w) + length)]
        return near

    def _sounded_alike(self, word: str) -> str | None:
        """The one known word spelled as `word` sounds, or None."""
        if self._by_sound is None:
            by_sound: dict[str, list[str]] = {}
            for known in self.sorted:
                by_sound.setdefault(_sound(known), []).append(known)
            self._by_sound = by_sound
        found = self._by_sound.get(_sound(word), [])
        return found[0] if len(found) == 1 else None

    def _unvowelled(self, word: str) -> str | None:
        """The one known word whose letters without their vowels are `word`'s, or None."""
        if self._skeletons is None:
            skeletons: dict[str, list[str]] = {}
            for known in self.sorted:
                if len(known) >= 4:
                    skeletons.setdefault(re.sub(r"[aeiou]", "", known), []).append(known)
            self._skeletons = skeletons
        found = self._skeletons.get(word, [])
        return found[0] if len(found) == 1 else None

    def _transposed(self, raw: str) -> str | None:
        for i in range(len(raw) - 1):
            candidate = _stem(raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:])
            if candidate in self.known:
                return candidate
        return None


# A word of a question, as the name mender cuts it (a hyphen joins two: "China-Rusia").
_LETTERS = Lazy(r"[A-Za-z]+")
# Shorter words are left as written: a typo there is too easily another word.
SHORTEST_MENDED = 5


class NameMender:
    """Typos of the words a question turns on, mended in the question itself before it is
    read: the names of the parties and the people ("Rusia", "Chniese", "Bijing", "Yetlsin"),
    the months ("Feburary", "Novmeber"), the words of a span ("btween") and every other
    word of the records ("financal").  The periods, the kind and the event search all read
    the question's words as written, so a typo there would lose the time asked or the
    event; the lexicon's own mending comes later and reads only the words of subjects.

    A word is mended only when it is no word crr knows, nor an English word a typo may
    look like ("trough", "quiet"), and one word alone is one letter off (`_nearest`)."""

    def __init__(self, targets, known):
        """`targets()` gives (the words a typo may be of, as written; English words near
        them), asked for only when a question has a word crr does not know; `known(word)`
        whether a word is crr's."""
        self._targets = targets
        self._index: tuple | None = None
        self.known = known
        self._mended: dict[str, str | None] = {}

    def mend(self, question: str) -> tuple[str, dict[str, str]]:
        """(the question with its typos mended, each typo as written -> its mending)."""
        mended: dict[str, str] = {}

        def one(match) -> str:
            raw = match.group(0)
            word = self._mend(raw.lower()) if len(raw) >= SHORTEST_MENDED - 1 else None
            if word is None:
                return raw
            fixed = word.capitalize() if raw[0].isupper() else word
            mended[raw] = fixed
            return fixed

        return _LETTERS.sub(one, question), mended

    def _mend(self, word: str) -> str | None:
        if word in self._mended:
            return self._mended[word]
        if len(self._mended) >= KEPT_WORDS:
            self._mended.clear()
        found = self._mended[word] = None if self.known(word) else self.nearest(word)
        return found

    def _indexed(self):
        if self._index is None:
            words, english, *common = self._targets()
            self._index = _one_letter_index(words) + (frozenset(english), frozenset(common[0] if common else ()))
        return self._index

    def nearest(self, word: str) -> str | None:
        """The one word `word` is a typo of.  A typo keeps its first letter ("Qiang" is no
        "Jiang"); it is a letter left out, added or swapped with the next, not another letter
        ("ditch" is no "dutch", "failing" no "falling"), and never two letters ("Gorbachev"
        is no "Grachev"); an ending is no typo ("judged" of "judge")."""
        words, shortened, english, common = self._indexed()
        if word in english or word in words:
            return None
        # A letter left out is the commonest typo, then two swapped, then one added: "Beijng" is
        # "Beijing", not "being" with a "j" added.  Of the likeliest kind, one word alone is a guess.
        # (a key held down twice, "tradde", before two swapped: "trade", not "traded")
        doubled = {word[:i] + word[i + 1:] for i in range(len(word) - 1) if word[i] == word[i + 1]}
        ways = (set(shortened.get(word, ())), doubled & words, {w for w in _swapped(word) if w in words},
                {w for w in _one_less(word) if w in words})
        if len(word) < SHORTEST_MENDED:
            # "chna": a word this short only as a letter left out of one the records use often
            ways = ({w for w in ways[0] if w in common},)
        for near in ways:
            near = {w for w in near if w[0] == word[0] and not (w.startswith(word) or word.startswith(w))}
            if len(near) > 1:
                near = near & common or near  # of two as near, the one the records use often
            if near:
                return near.pop() if len(near) == 1 else None  # two as near: no guess
        return None


def _one_less(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _swapped(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)} - {word}


def _one_letter_index(words) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """(the words, each word with a letter left out -> the words it is)."""
    shortened: dict[str, list[str]] = {}
    words = frozenset(w.lower() for w in words if len(w) >= SHORTEST_MENDED and w.isalpha())
    for word in words:
        for short in _one_less(word):
            shortened.setdefault(short, []).append(word)
    return words, {k: tuple(v) for k, v in shortened.items()}


def typo_words(texts, extra=(), english=None) -> dict[str, list[str]]:
    """What the name mender needs, worked out by the build: the words of `texts` (the
    records' and the vocabulary's, as written) with `extra`, and of `english` (word ->
    frequency), the common English words a typo of one of them could be mistaken for."""
    from collections import Counter

    counts = Counter(w for text in texts for w in _LETTERS.findall(text.lower()))
    words = sorted(w for w in set(counts) | {w.lower() for w in extra} if len(w) >= SHORTEST_MENDED)
    mender = NameMender(lambda: (words, ()), lambda _: False)
    near = sorted(w for w, count in (english or {}).items()
                  if count >= COMMON_ENGLISH and len(w) >= SHORTEST_MENDED and w.isalpha() and mender.nearest(w))
    common = sorted(w for w in words if counts[w] >= COMMON_IN_RECORDS)
    return {"words": words, "english": near, "common": common}


# A word the records use this often is the likelier of two a typo is as near to ("exprts" is
# "exports", used hundreds of times, not "experts").
COMMON_IN_RECORDS = 20


# The words of a span or a time, whose typo would lose the time asked ("btween 2020 and 2022").
TIME_WORDS = ("between", "through", "until", "during", "before", "after", "since")

# How often (in pyspellchecker's English frequency list) a word is seen to be a word of
# its own, not a typo: "trough" (1,474) is; "boarder" (344) is read as "border".
COMMON_ENGLISH = 1000
