"""The engine's start-up objects, made once by the build and kept in the database.

The lexicon's phrase table, the metric matcher's weighted aliases and the
wholes of the share metrics depend only on the database and on the code that
reads it.  The build makes them the way the engine would (`make`), writes
their data as JSON in build_info, and the engine reads it in one query and
rebuilds the same objects (`load`) instead of reading and weighing every
alias and phrase again.  Beside it, build_info's engine_code names the code
the state was made with (a checksum of the reading and resolving modules):
`crr ask` rebuilds a database made by other code (paths.needs_build), and an
engine given one all the same makes the objects itself, as before.  Plain
JSON: nothing in the database is run.
"""

from __future__ import annotations

import json
import os
import zlib
from functools import cache

KEY = "engine_state"
# The state is stored in parts, each well within the longest string `crr serve` lets
# a query return (100,000 bytes; the JSON is ASCII): keys engine_state:000, :001 ...
PART = 60_000
PACKAGE = os.path.dirname(os.path.abspath(__file__))
# The code whose output the state is: a change to any of it makes the state stale.
CODE_FOLDERS = ("reading", "resolving")
CODE_FILES = (os.path.join("answering", "engine.py"), os.path.join("startup.py"))


@cache
def code_checksum() -> str:
    paths = [os.path.join(folder, name) for folder in CODE_FOLDERS
             for name in os.listdir(os.path.join(PACKAGE, folder)) if name.endswith(".py")]
    checksum = 0
    for path in sorted(paths) + list(CODE_FILES):
        with open(os.path.join(PACKAGE, path), "rb") as handle:
            checksum = zlib.crc32(path.encode() + b"\0" + handle.read(), checksum)
    return f"{checksum:08x}"


def make(store) -> tuple:
    """The lexicon, the matcher and the wholes of the share metrics, made from the database."""
    from .answering.turn_words import COMMON_SUBJECT_WORDS
    from .reading.lexicon import Lexicon
    from .resolving.matcher import MetricMatcher
    from .resolving.resolve import Resolver

    lexicon = Lexicon(store.lexicon_rows)
    _attach(store, lexicon)
    # The two countries' names weigh nothing in matching (every figure is theirs); a
    # third country's name is a word the question may share with a metric's names.
    party_words = frozenset(phrase for phrase, facet, party, cased in store.lexicon_rows
                            if facet == "party" and " " not in phrase and not cased)
    two = frozenset(phrase for phrase, facet, party, cased in store.lexicon_rows
                    if facet == "party" and party in ("china", "russia"))
    matcher = MetricMatcher(store.aliases, {m.id: m.name for m in store.metrics.values()},
                            store.domain_words - COMMON_SUBJECT_WORDS, party_words & two, party_words - two)
    matcher.group_words(store.word_groups)
    matcher.real_words = store.corpus_words
    return lexicon, matcher, Resolver.wholes_of(store.metrics, lexicon)


def _attach(store, lexicon) -> None:
    """What the lexicon borrows from other tables: each subject's parent, the records' words."""
    lexicon.parents = {s: row["parent"] for s, row in store.subjects.items()}
    lexicon.real_words = store.corpus_words
    # The words of roles and of the events' categories are mended too ("ambasador", "tresty").
    words = store.event_search
    lexicon.mendable = frozenset(w for w in [*words.get("roles", []), *(w for ws in words.get("category_words", {}).values()
                                                                        for w in ws)]
                                 if " " not in w and len(w) >= 5)


def rows(store) -> list[tuple[str, str]]:
    """The build_info rows (key, value) that hold the state, and the code it was made with."""
    text = state(store)
    parts = [(f"{KEY}:{n:03d}", text[start:start + PART]) for n, start in enumerate(range(0, len(text), PART))]
    return [("engine_code", code_checksum()), *parts]


def state(store) -> str:
    """The data of `make`'s objects as JSON, the same for the same database."""
    lexicon, matcher, wholes = make(store)
    # Each distinct binding once; the entries name theirs by number.
    bindings = sorted({b for found in lexicon.entries.values() for b in found},
                      key=lambda b: (b.facet, b.value, b.cased))
    number = {b: n for n, b in enumerate(bindings)}
    return json.dumps({
        "lexicon": {
            "bindings": [[b.facet, b.value, b.cased] for b in bindings],
            "entries": [[" ".join(words), [number[b] for b in found]] for words, found in lexicon.entries.items()],
            "longest": lexicon.longest,
        },
        "matcher": {
            "names": matcher.names,
            "domain_words": sorted(matcher.domain_words),
            "party_words": sorted(matcher.party_words),
            "place_words": sorted(matcher.place_words),
            "entries": [[sorted(words), phrase, metric_id, alias]
                        for words, phrase, metric_id, alias in matcher.entries],
            "weights": matcher.weights,
            "holding": matcher.holding,
        },
        "wholes": wholes,
    }, sort_keys=True, separators=(",", ":"))


def load(store) -> tuple:
    """`make`'s objects, rebuilt from the state the build stored (made afresh when it is
    missing or was made by other code)."""
    from .reading.lexicon import Binding, Lexicon
    from .resolving.matcher import MetricMatcher

    values = dict(store.connection.execute("select key, value from build_info where key = 'engine_code' "
                                           "or key glob ? order by key", (f"{KEY}:*",)))
    if values.pop("engine_code", None) != code_checksum() or not values:
        return make(store)
    data = json.loads("".join(values.values()))

    lexicon = Lexicon([])
    bindings = [Binding(*b) for b in data["lexicon"]["bindings"]]  # frozen: entries may share them
    lexicon.set_entries({tuple(key.split()): [bindings[n] for n in found] for key, found in data["lexicon"]["entries"]})
    _attach(store, lexicon)

    saved = data["matcher"]
    matcher = MetricMatcher([], saved["names"], frozenset(saved["domain_words"]), frozenset(saved["party_words"]),
                            frozenset(saved["place_words"]))
    matcher.entries = [(frozenset(words), phrase, metric_id, alias) for words, phrase, metric_id, alias in saved["entries"]]
    matcher.weights = saved["weights"]
    matcher.vocabulary = sorted(matcher.weights)
    matcher.mender = type(matcher.mender)(matcher.weights)
    matcher.holding = saved["holding"]
    matcher.group_words(store.word_groups)
    matcher.real_words = store.corpus_words

    wholes = {metric_id: tuple(tuple(subjects) for subjects in whole) for metric_id, whole in data["wholes"].items()}
    return lexicon, matcher, wholes
