"""Typos of known words: "exercies" is "exercise", "tarde" is "trade", "trde" too.

One mender for each vocabulary (the lexicon's words, the metric aliases'): a
word it does not know is read as the one known word it most likely misspells,
and only when the two are very close, so that nonsense never becomes a word.
"""

from __future__ import annotations

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
        if len(raw) == 4:  # "trde": a short word with one letter left out
            found = self._shortened_to(raw)
            return found[0] if len(found) == 1 else None
        from rapidfuzz import fuzz, process

        best = None
        for candidate in (raw, word):
            found = process.extractOne(candidate, self._near_in_length_to(len(candidate)),
                                       scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            if found and abs(len(found[0]) - len(candidate)) <= 2 and (best is None or found[1] > best[1]):
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

    def _transposed(self, raw: str) -> str | None:
        for i in range(len(raw) - 1):
            candidate = _stem(raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:])
            if candidate in self.known:
                return candidate
        return None
