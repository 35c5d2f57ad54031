"""The question as it is read, before it is read: typos of the words it turns on mended
(reading/typos.NameMender: "Read “Rusia” as “Russia”"), a question after a statement put as
one ("... - which one?") and the times of figures it states set aside (prefaces.py); each
said in the reading."""

from __future__ import annotations

import os

from ..answer import Answer
from ..reading.typos import NameMender
from ..reading.words import _stem
from .prefaces import MAX_QUESTION, stated_times_set_aside, which_one_asked


class Spelling:
    """Mixed into Engine, which provides the lexicon and the store."""

    def _as_read(self, question) -> tuple:
        """(the question as crr reads it, what was done to it: mended words, the question
        it was put as, the statement whose times were set aside)."""
        notes: dict = {}
        if not isinstance(question, str) or len(question) > MAX_QUESTION:
            return question, notes
        try:
            mended_question, mended = self._names_mended(question)
            # "... sent rifles to Russia - which one?": which maker sent them.
            turned = which_one_asked(mended_question)
            # "After the $190bn record of 2022, what did trade come to in 2023?": the stated
            # figure's year is no time asked.
            asked = stated_times_set_aside(turned)
        except Exception:
            if os.environ.get("CRR_DEBUG"):
                raise
            return question, notes
        notes = {key: value for key, value in (("mended", mended), ("asked_as", turned if turned != mended_question else ""),
                                               ("stated", mended_question if asked != turned else "")) if value}
        return asked, notes

    @staticmethod
    def _noted(answer: Answer, notes: dict, written) -> Answer:
        """The answer, its reading saying what was done to the question, and the question as asked."""
        if notes and answer.reading is not None:
            answer.reading = {**(answer.reading or {}), **notes}
            if answer.question and isinstance(written, str):
                answer.question = written.strip()
        return answer

    def _names_mended(self, question: str) -> tuple[str, dict[str, str]]:
        """(the question with its typos mended, each typo as written -> the word read)."""
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

        def targets() -> tuple[list[str], list[str], list[str]]:
            found = store.typo_words  # worked out by the build
            return found.get("words", []), found.get("english", []), found.get("common", [])

        return NameMender(targets, known)
