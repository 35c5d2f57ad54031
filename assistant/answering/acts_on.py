"""Whom an act is done to, and whether it is said done at all.

An event found by the words of a question may share its verb and still say another
thing: "Putin calls China an ally" does not date Putin calling Russia one, "Xi assures
Putin of support" names no one who assured Xi, and "China and Russia are not creating a
military bloc" is nobody saying they are.  These checks read the verb a question and an
event title share, the one it is done to (the country or the person right after it),
and a "not" before it.
"""

from __future__ import annotations

import re

from ..reading.words import STOPWORDS, Lazy, _stem
from .event_words import event_stem

# The two countries by their names and capitals: who an act is done to.
COUNTRY_NAMES = {"china": "china", "chinese": "china", "beijing": "china", "prc": "china",
                 "russia": "russia", "russian": "russia", "moscow": "russia", "kremlin": "russia"}
# Words that say an act was not done: "are not creating", "never recognised", "no longer".
NEGATIONS = frozenset({"not", "never", "n't"})
# A denial the question makes in other words ("refused to recognise", "wouldnt"): none is
# set against one the record makes.
DENYING = Lazy(r"\b(?:refus|declin|reject|fail|den(?:y|ie)|(?:would|could|did|does|do|is|are|was|were|wo|ca|should|has|have|had)nt\b"
              r"|cannot\b|without\b|no\b)")
UNLESS = frozenset({"without", "unless"})
# A word with the one it acts on right after: "calls China", "assured Xi", "visits the Kremlin".
ACTED_ON = Lazy(r"\b([a-z]{4,})\s+(?=(?:the\s+)?([a-z]+)\b)")


def _verb(word: str) -> str:
    return event_stem(_stem(word))


# Acts done to someone, whose doing to one is no doing to another: "calls China an ally",
# "assures Putin of support", "warns Beijing" (stems, as _verb cuts them).
DIRECTED = frozenset({"call", "assur", "reassur", "warn", "accus", "prais", "criticis", "condemn", "blam", "urge", "urged",
                      "urging", "invit", "thank", "congratulat", "tell", "told", "promis", "threaten", "rebuk", "snub",
                      "sanction", "recognis", "welcom", "host"})


def acts_on(text: str, names: dict[str, str]) -> dict[str, set[str]]:
    """verb stem -> whom a text has it done to (a country, or a person by id): "Putin calls
    China an ally" -> {"call": {"china"}}.  `names` maps a person's single-word names
    ("xi", "putin") to their id."""
    done: dict[str, set[str]] = {}
    for found in ACTED_ON.finditer(text.lower()):
        verb, whom = _verb(found.group(1)), found.group(2)
        target = COUNTRY_NAMES.get(whom) or names.get(whom)
        if target and verb in DIRECTED:
            done.setdefault(verb, set()).add(target)
    return done


def done_to_another(question: str, title: str, names: dict[str, str]) -> bool:
    """Whether a title does the act the question asks to another than the question names:
    "who called Russia an ally?" is not answered by "Putin calls China an ally"."""
    asked = acts_on(question, names)
    if not asked:
        return False
    held = acts_on(title, names)
    return any(verb in held and not targets & held[verb] for verb, targets in asked.items())


def _uses(text: str) -> dict[str, set[bool]]:
    """verb stem -> whether each use of it in a text is said not done (a "not" within the
    two words before it)."""
    words = re.findall(r"[a-z]+(?:'[a-z]+)?|n't", text.lower().replace("n't", " n't"))
    uses: dict[str, set[bool]] = {}
    for i, word in enumerate(words):
        if len(word) >= 4 and word not in STOPWORDS:
            # ("could not be built without Chinese partners": no denial, but a need)
            denied = bool(NEGATIONS.intersection(words[max(0, i - 2):i])) and not UNLESS.intersection(words[i + 1:i + 5])
            uses.setdefault(_verb(word), set()).add(denied)
    return uses


def said_not_done(question: str, event_text: str) -> bool:
    """Whether an event says not done an act a question that denies nothing asks as done:
    "who said they are creating a military bloc?" is not answered by one who said they "are
    not creating" one."""
    asked = _uses(question)
    if any(True in said for said in asked.values()) or DENYING.search(question.lower()):
        return False
    held = _uses(event_text)
    return any(held.get(verb) == {True} for verb in asked if len(verb) >= 5)
