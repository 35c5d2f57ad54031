"""The question as it is read, before it is read: typos of the words it turns on mended
(reading/typos.NameMender: "Read “Rusia” as “Russia”"), a question after a statement put as
one ("... - which one?"), a person's counterpart and a firm described by what it is put as
their names ("Xi's counterpart": Vladimir Putin; "Russia's state oil major": Rosneft), and the
times of figures it states set aside (prefaces.py); each said in the reading."""

from __future__ import annotations

import os
import re
from collections import Counter
from functools import cached_property

from ..answer import Answer
from ..reading.typos import NameMender
from ..reading.words import _stem
from .prefaces import MAX_QUESTION, stated_times_set_aside, which_one_asked

# "Xi's counterpart", "the counterpart of Lavrov": the one of the other side who meets them.
COUNTERPART = re.compile(r"\b(?:([A-Z][\w.-]+(?: [A-Z][\w.-]+)?)['’]s (?:(?:russian|chinese) )?(?:counterpart|opposite number)"
                         r"|(?:the )?(?:counterpart|opposite number) of ([A-Z][\w.-]+(?: [A-Z][\w.-]+)?)"
                         # "Lavrov ... met his opposite number": the one named before
                         r"|(?:his|her) (?:(?:russian|chinese) )?(?:counterpart|opposite number))\b"
                         r"(?: (?:in|from) (?:beijing|moscow|china|russia)\b)?", re.IGNORECASE)  # ("in Beijing": where they are)


# A question put in the negative, asking to have it confirmed ("wasn't trade 245 billion in
# 2024?", "..., but didn't they top 4bn?"): it asks what the same words without "not" ask.
NEGATIVE_ASKING = re.compile(r"(^|[,;:–—]\s*|\s-\s*)((?:(?:but|so|and|ok|okay|well|then),?\s+)?)"
                             r"(is|was|were|are|did|does|do|has|have|had)n['’]?t\b"
                             # (a clause that asks: it runs on to the question mark or the end;
                             # not a tag after a statement, "..., isn't it?", which claims read)
                             r"(?=[^:;!?]*(?:\?|$))(?!\s+(?:it|they|he|she|there|that|this|we|you|i)\W*$)",
                             re.IGNORECASE)


def asked_positively(question: str) -> str:
    """The question with a clause that asks in the negative asked plainly ("wasn't" → "was")."""
    return NEGATIVE_ASKING.sub(lambda m: m.group(1) + m.group(2) + m.group(3), question)


# The office a role opens with, as counterparts share it: the first of these its words name.
OFFICES = (("foreign", r"foreign minister|minister of foreign affairs"), ("defence", r"defen[cs]e minister|minister of defen[cs]e"),
           ("premier", r"premier|prime minister"), ("head", r"president|general secretary|chairman|leader"))


def _office(role: str) -> str:
    found = [(m.start(), name) for name, pattern in OFFICES for m in [re.search(pattern, (role or "").lower())] if m]
    return min(found)[1] if found else ""


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
            turned = self._topic_alone(
                self._described_named(self._counterparts_named(which_one_asked(asked_positively(mended_question)))))
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

    def _topic_alone(self, question: str) -> str:
        """A topic's name alone ("energy", "Arms?"), which no figure goes by, asked as what crr
        holds on it ("tell me about energy"), not as one figure of many picked for it."""
        word = question.strip().strip("?!. ").lower()
        if word in self._topics_alone:
            return f"tell me about {word}"
        return question

    @cached_property
    def _topics_alone(self) -> frozenset[str]:
        topics = {r["topic"].lower() for r in self.store.rows("select distinct topic from metrics") if r["topic"]}
        named = {r["alias"] for r in self.store.rows("select alias from metric_aliases")}
        return frozenset(topics - named)

    def _described_named(self, question: str) -> str:
        """The question with a firm described by what it is put as its name ("Russia's state
        oil company": Rosneft), unless the question also names it."""
        if self._description is None:
            return question
        def named(match: re.Match) -> str:
            name = self._described[match.group(0).lower()]
            return match.group(0) if re.search(rf"\b{re.escape(name)}\b", question, re.I) else name
        return self._description.sub(named, question)

    @cached_property
    def _described(self) -> dict[str, str]:
        return {d.lower(): name for name, descriptions in self.store.described.items() for d in descriptions}

    @cached_property
    def _description(self):
        if not self._described:
            return None
        phrases = sorted(self._described, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(p).replace("'", "['’]") for p in phrases) + r")\b", re.I)

    def _counterparts_named(self, question: str) -> str:
        """The question with "X's counterpart" put as the name of that counterpart."""
        def named(match: re.Match) -> str:
            if not (match.group(1) or match.group(2)):
                before = [self._counterpart[w] for w in self._people_named(question[:match.start()])
                          if w in self._counterpart]
                return before[-1] if len(set(before)) == 1 else match.group(0)
            words = (match.group(1) or match.group(2)).split()
            if " ".join(words).lower() in self._counterpart:
                return self._counterpart[" ".join(words).lower()]
            if len(words) == 2 and words[1].lower() in self._counterpart:
                return f"{words[0]} {self._counterpart[words[1].lower()]}"  # ("did Xi's counterpart")
            return match.group(0)
        return COUNTERPART.sub(named, question)

    @cached_property
    def _counterpart(self) -> dict[str, str]:
        """Each name and alias of a Chinese or Russian person -> the name of the person of the
        other country whom the most events name with them (Xi: Putin; Lavrov: Wang Yi), where
        one does most often."""
        people = {p["id"]: p for p in self.store.people if p["country"] in ("China", "Russia")}
        met: dict[str, Counter] = {pid: Counter() for pid in people}
        for pid in people:
            for event in self.store.events_with_person(pid):
                for other in self.store.people_of_event(event["id"]):
                    if other["id"] in people and other["country"] != people[pid]["country"]:
                        met[pid][other["id"]] += 1
        # A count of two people's meetings ("Wang Yi and Lavrov met 30 times") pairs them too.
        for metric in self.metrics.values():
            pair = [p for p in metric.people if p in people]
            if len(pair) == 2 and people[pair[0]]["country"] != people[pair[1]]["country"]:
                met[pair[0]][pair[1]] += 1
                met[pair[1]][pair[0]] += 1
        found = {}
        for pid, counts in met.items():
            # A premier's counterpart is a premier, a foreign minister's a foreign minister.
            office = _office(people[pid]["role"])
            if office:
                counts = Counter({o: n for o, n in counts.items() if _office(people[o]["role"]) == office})
            ranked = counts.most_common(2)
            if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
                continue  # none, or no one most often
            person = people[pid]
            for name in [person["name"], *[a.strip() for a in (person["aliases"] or "").split(";") if a.strip()]]:
                found[name.lower()] = people[ranked[0][0]]["name"]
        return found

    def _people_named(self, text: str) -> list[str]:
        """The names of the people `text` names, as crr reads it (an office too: "Russia's top
        diplomat" is Lavrov)."""
        from ..reading.read import read

        names = {p["id"]: p["name"].lower() for p in self.store.people}
        return [names[p] for p in read(text, self.lexicon).people if p in names]

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
