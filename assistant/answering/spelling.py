"""Typos of the words a question turns on, mended before the question is read
(reading/typos.NameMender), and said in the reading: "Read “Rusia” as “Russia”"."""

from __future__ import annotations

from ..reading.typos import NameMender
from ..reading.words import _stem


class Spelling:
    """Mixed into Engine, which provides the lexicon and the store."""

    def _names_mended(self, question: str) -> tuple[str, dict[str, str]]:
        mender = getattr(self, "_name_mender", None)
        if mender is None:
            mender = self._name_mender = self._make_name_mender()
        return mender.mend(question)

    def _make_name_mender(self) -> NameMender:
        lexicon, store = self.lexicon, self.store
        phrase_words = {w for key in lexicon.entries for w in key}
        real = lexicon.real_words

        def known(word: str) -> bool:
            stem = _stem(word)
            return word in real or stem in real or word in phrase_words or stem in phrase_words

        def targets() -> tuple[list[str], list[str]]:
            found = store.typo_words  # worked out by the build
            return found.get("words", []), found.get("english", [])

        return NameMender(targets, known)
