"""Which of a question's words a metric explains: its name, aliases and records; the verbs
that only say what happened, the kind of name a who-question asks, and the words a figure
is not meant for."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..data.store import MetricRow
from ..reading.read import Intent
from ..reading.words import NOT_INFLECTED, PLAIN_VERBS, Lazy, _stem
from .counted import counts_the_asked, is_noted

if TYPE_CHECKING:
    from .rules import Facts


DID_ASKED = Lazy(r"\b(?:did|does|do)\b")

# The kinds of name a who-question may ask for besides a person's or a firm's.
NAME_OF_KIND = Lazy(r"bod(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|governments?|departments?|ministr(?:y|ies)|"
                    r"organi[sz]ations?|institutions?|regulators?|watchdogs?|entit(?:y|ies)")

ORDINAL_NUMBERS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}

PERCENT_WORDS = frozenset({"percent", "percentage", "per cent", "%", "pct"})


def unplaced(intent: Intent, metric: MetricRow, facts: Facts, verbs: bool = False) -> list[str]:
    """The question's words that neither a facet nor this metric's name and aliases explain;
    with `verbs`, inflected verbs too (to compare two metrics: "adopted" resolutions)."""
    if not intent.content:
        return []
    words = facts.words_of(metric.id)
    noted = facts.noted_words(metric.id) if counts_the_asked(intent, metric, facts) else frozenset()
    # (what the things counted did, "suppliers of weapon components", said by its records)
    # Inflected verbs ("saw", "evolved", "publishing") say what happened to a figure, not
    # which figure: only the other words must be placed.
    plain_verbs = PLAIN_VERBS if not verbs and DID_ASKED.search(intent.normalized) else frozenset()
    content = [w for w in intent.content if w not in intent.neutral
               and (verbs or intent.spelled.get(w, w) in WHAT_BEFELL or not (intent.spelled.get(w, w).endswith(("ed", "ing"))
                                  or intent.spelled.get(w, w) in IRREGULAR_PARTICIPLES)
                    or intent.spelled.get(w, w) in NOT_INFLECTED or _a_noun(intent, intent.spelled.get(w, w)))
               and intent.spelled.get(w, w) not in plain_verbs]
    if intent.kind == "who":
        # "Which US body ...": the kind of name asked is the answer's, no word of the figure.
        content = [w for w in content if not NAME_OF_KIND.fullmatch(intent.spelled.get(w, w))]
    spelled = [intent.spelled.get(w, w) for w in content]
    return [shown for raw, shown, word in zip(content, spelled, facts.correct(spelled))
            if word not in words and raw not in words
            and not (noted and is_noted(word, noted) and not _kind_of_the_counted(intent, shown, metric))
            and not _ordinal_of_the_name(shown, metric.name)
            # "Gazprom's Power of Siberia": the firm owning a thing of a side the figure is of says
            # no more than that side (not "what Rosneft sold": one firm's sales are not the country's)
            # (when the figure is of the thing it owns: Norinco's shipments are no joint exercises)
            and not (re.search(r"['’]s$", shown) and facts.firms.get(re.sub(r"['’]s$", "", shown)) in metric.parties
                     and _owned_placed(intent, shown, words))]


def _kind_of_the_counted(intent: Intent, word: str, metric: MetricRow) -> bool:
    """Whether a word names a kind of the things a count counts, said right before them
    ("bachelor's students"): a record's note that names that kind beside the count
    ("bachelor's students are the larger group") does not make the count one of them."""
    unit = _stem(metric.unit.split()[0]) if metric.unit else ""
    words = intent.normalized.split()
    return bool(unit) and any(w == word and i + 1 < len(words) and _stem(words[i + 1]) == unit
                              for i, w in enumerate(words))


def _owned_placed(intent: Intent, owner: str, words) -> bool:
    """Whether the word after a firm's possessive ("Gazprom's power ...") is a word of the metric."""
    found = re.search(rf"{re.escape(owner)}\s+([\w-]+)", intent.normalized)
    if found is None:
        return True
    # (a word of a whole kind, "Rosneft's oil", "Gazprom's total gas exports", is no thing the
    # firm owns: its figure is the firm's, which the country's is not)
    generic = {phrase for phrase, facet in intent.bound.items() if facet == "subject" and " " not in phrase} | intent.neutral
    return found.group(1) not in generic and (found.group(1) in words or _stem(found.group(1)) in words)


# Participles that say what befell the people or things counted ("troops stationed in China",
# "students expelled"), which a count of others (troops in an exercise) is not: they must be placed.
WHAT_BEFELL = frozenset({"stationed", "garrisoned", "killed", "wounded", "injured", "arrested", "detained",
                         "expelled", "deported", "jailed", "imprisoned", "executed", "evacuated", "naturalized",
                         "naturalised",
                         # a stage of a deal other than the goods that came: "arms ordered" are not those delivered
                         "ordered", "cancelled", "canceled"})


# Participles and past forms that do not end in -ed, inflected as those are ("the first pipeline ever built").
IRREGULAR_PARTICIPLES = frozenset({"built", "begun", "held", "sold", "bought", "paid", "sent", "made", "won", "brought",
                                   "drawn", "grown", "laid", "undertaken", "written", "spent", "shipped",
                                   # and past forms so written: "the plant the two began building in 1999"
                                   "began", "took", "drew", "grew", "wrote"})


def _a_noun(intent: Intent, word: str) -> bool:
    """Whether a word that ends as a verb does is a noun here: "Medvedev's warning", "the
    meeting", after a possessive or a determiner."""
    words = intent.normalized.split()
    return any(w == word and i and (words[i - 1] in DETERMINERS or words[i - 1].endswith("'s"))
               for i, w in enumerate(words))


DETERMINERS = frozenset("the a an his her its their this that".split())


def _ordinal_of_the_name(word: str, name: str) -> bool:
    """Whether an ordinal is the number of a numbered name ("the second line" of Power of
    Siberia-2)."""
    number = ORDINAL_NUMBERS.get(word)
    return bool(number) and re.search(rf"[a-z][- ]{number}\b", name.lower()) is not None


def _placed(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """A reading must leave none of the question's words unplaced: "drop table
    observations" is not a question about a change of arms imports, nor "discount
    on Russian crude" one about its volume."""
    return not unplaced(intent, metric, facts)


def _not_for_named(intent: Intent, metric: MetricRow) -> list[str]:
    """The words the metric is not for ("per capita") that the question names."""
    said = []  # each as the question writes it, once ("exports", not "export", "exports", "exp")
    for word in metric.not_for:
        if (found := _word_start(word).search(intent.normalized)):
            # (as many words as the phrase has: "of rosneft's", not "of")
            count = max(1, len(word.split()))
            written = re.match(rf"[\w'%-]+(?:\s+[\w'%-]+){{0,{count - 1}}}", intent.normalized[found.start():]).group(0)
            if written not in said:
                said.append(written)
    return said


def _names_not_for(intent: Intent, metric: MetricRow) -> bool:
    """Whether the question names any word the metric is not for; a change asked in percent
    ("how much did exports grow, in percent?") names no share."""
    words = metric.not_for
    if words and intent.derive and "growth" in intent.derive:
        words = tuple(w for w in words if w not in PERCENT_WORDS)
    return bool(words) and _any_word_start(tuple(words)).search(intent.normalized) is not None


@cache
def _word_start(word: str) -> re.Pattern:
    """A word (or the start of one) where a word starts, compiled once."""
    return re.compile(rf"\b{re.escape(word)}")


@cache
def _any_word_start(words: tuple[str, ...]) -> re.Pattern:
    """Any of the words where a word starts: one search for all of a metric's words."""
    return re.compile("|".join(rf"\b{re.escape(word)}" for word in words))
