"""The words that find events: the vocabulary of db/vocabulary.yaml that events
are searched with, and events' words cut into rough stems, acronyms and numbered
names ("Power of Siberia 2"), each text cut once."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..reading.words import STOPWORDS, _stem, content_tokens
from ..reading.words import Lazy

# Sending a force, a patrol or an envoy is doing it, not sending goods: "send a joint patrol".
# An act said of the thing asked about, in a clause that describes it: "that Russia and
# China joined", "with Brazil and India joining Beijing".
DESCRIBING_ACT = Lazy(r"\b(?:that|which|who)\s+(?:\w+\s+){0,4}?(?:joined|left|withdrew|quit)\b|\bwith\s+(?:\w+\s+){1,4}?(?:joining|leaving)\b"
                      # what was agreed or promised ("agree to stop using the dollar"): the agreement's content
                      r"|\b(?:agree[ds]?|agreeing|decide[ds]?|promise[ds]?|pledge[ds]?|vow(?:ed|s)?|plan(?:ned|s)?) to\s+\w+"
                      # what a deal is for ("the deal for S-400 deliveries"): its content, not its date
                      r"|\b(?:deals?|contracts?|agreements?|accords?|orders?|pacts?) (?:[\w-]+\s+){0,3}?(?:for|on|covering|over) (?:[\w-]+\s+){0,4}?"
                      r"(?:deliveries|delivery|supplies|supply|shipments?|exports?|sales?)\b")
SENT_FORCES = Lazy(r"\b(?:send|sends|sent|sending)\s+(?:(?:a|an|the|their|its|joint|first|naval|military|air|"
                   r"strategic|own|\d+|\w+)\s+){0,3}(?:patrols?|troops|soldiers|forces|units|ships|warships|vessels|"
                   r"bombers|aircraft|jets|fleets?|delegations?|envoys?|missions?|observers|contingents?|sailors|marines)\b")


@dataclass(frozen=True)
class EventWords:
    """The vocabulary that finds events (db/vocabulary.yaml: event_search, roles and places)."""

    ignore: frozenset[str]
    synonyms: dict[str, list[str]]
    category_words: dict[str, list[str]]
    spellings: dict[str, str]
    roles: tuple[str, ...]
    places: frozenset[str] = frozenset()
    # stem of a word that asks for an act -> (the act, the words an event may say it with)
    acts: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # stems of the things that come in kinds ("patrol", "deal"): the word before names the kind
    kinded: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()  # stems of the words that name such a kind ("bomber")
    firms: dict[str, str] = field(default_factory=dict)  # a firm's name -> its side's party id
    themed_years: frozenset[str] = frozenset()  # "the language years": events titled "Year of ..."
    opposites: dict[str, frozenset[str]] = field(default_factory=dict)  # stem of an act -> its opposites' stems
    # category -> stems of the words each of its events has, said or not ("joint" exercises)
    implied: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, stored: dict) -> "EventWords":
        # Synonyms are found among an event's words as cut (event_words): "succeeds" is "succe".
        # The words are looked up as cut too ("refuse" is "refus", as "refused" is).
        synonyms: dict[str, list[str]] = {}
        for word, others in stored.get("synonyms", {}).items():
            forms = [*others, *(event_stem(_stem(o)) for o in others)]
            # (under the word as a question's term is cut too: "seize" is asked as "seiz")
            for key in dict.fromkeys((event_stem(word), event_stem(_stem(word)))):
                synonyms[key] = list(dict.fromkeys([*synonyms.get(key, []), *forms]))
        asked = stored.get("act_asked", {})
        acts = {event_stem(_stem(w)): (act, frozenset(event_stem(_stem(w)) for w in [act, *words]))
                for act, words in stored.get("acts", {}).items() for w in [act, *asked.get(act, ())]}
        return cls(frozenset(stored.get("ignore", [])), synonyms,
                   stored.get("category_words", {}), stored.get("spellings", {}),
                   tuple(stored.get("roles", [])), frozenset(stored.get("places", [])), acts,
                   frozenset(event_stem(_stem(w)) for w in stored.get("kinded", [])),
                   frozenset(event_stem(_stem(w)) for w in stored.get("kinds", [])),
                   {name: party for party, names in stored.get("firms", {}).items() for name in names},
                   frozenset(stored.get("themed_years", [])),
                   {event_stem(_stem(w)): frozenset(event_stem(_stem(o)) for o in others)
                    for w, others in stored.get("opposites", {}).items()},
                   {category: frozenset(event_stem(_stem(w)) for w in words)
                    for category, words in stored.get("category_implied", {}).items()})

    def opposite_titled(self, question: str, title: str) -> str:
        """The opposite of an act the question asks that an event's title says, and not the
        act itself nor its synonyms ("agree to increase troops": "agreement to reduce troops");
        "" when none.  An opposite the question says too ("resume after the halt") is none."""
        asked = {event_stem(_stem(w)) for w in content_tokens(question.lower())}
        said = _stemmed_words(title.lower())
        for act in asked & self.opposites.keys():
            if act in said or said & set(self.synonyms.get(act, ())):
                continue
            if (turned := (self.opposites[act] & said) - asked):
                return sorted(turned)[0]
        return ""

    def act_unsaid(self, question: str, row) -> str:
        """The act the question asks the date of ("receive", "resume") that the event's
        words do not say, in any of its words; "" when none."""
        # (not an act said of the thing asked about: "the exercise that Russia and China
        # joined", "with India joining them" ask when the exercise or summit was)
        question = DESCRIBING_ACT.sub(" ", question.lower())
        asked = {event_stem(_stem(w)) for w in content_tokens(question)}
        if SENT_FORCES.search(question.lower()):
            asked.discard(event_stem(_stem("send")))  # "send a joint patrol": to hold it, no goods sent
        said = _stemmed_words(f"{row['title']} {row['summary'] or ''}".lower())
        return next((act for stem, (act, words) in self.acts.items() if stem in asked and said.isdisjoint(words)), "")

    @cached_property
    def ignored_stems(self) -> frozenset[str]:
        """The ignored words as events' words are cut ("date" is "dat")."""
        return self.ignore | {event_stem(w) for w in self.ignore}

    @cached_property
    def role_stems(self) -> frozenset[str]:
        """The roles ("minister", "president"), cut as a question's words are."""
        return frozenset(event_stem(_stem(r)) for r in self.roles)

    @cached_property
    def subject_words(self) -> frozenset[str]:
        """The words of the event categories, stemmed: subjects, not question words."""
        return frozenset(event_stem(w) for words in self.category_words.values() for w in words)

    def categories_in(self, text: str) -> tuple[str, ...]:
        """The event categories whose words the text uses (at the start of a word), with those
        a broad one takes in ("military firsts": the exercises and arms deals too)."""
        found = {category for category, pattern in self._category_patterns.items() if pattern.search(text)}
        found |= {narrow for broad in found for narrow in TAKES_IN.get(broad, ())}
        return tuple(sorted(found))

    @cached_property
    def _category_patterns(self) -> dict[str, re.Pattern]:
        """Each category's words as one pattern, compiled once: any of them where a word starts."""
        return {category: re.compile("|".join(rf"\b{re.escape(w)}" for w in words))
                for category, words in self.category_words.items() if words}

    def search_terms(self, text: str) -> list[str]:
        """The words of a question that say what it is about, stemmed.  "Year" is a time,
        unless a theme comes before it ("the language years", "the cross years"): then it is
        the themed years' word, with the theme when events file it under a subject, and
        no other word."""
        # ("'firsts'": the word, not its quotes; "the $400bn deal": a sum in billions, as an
        # event writes it, "$400 billion")
        terms = [event_stem(_MAGNITUDE_WORD.get(m.group(1), m.group(1)) if (m := _SUM_WRITTEN.match(t)) else t)
                 for t in (t.strip("'") for t in _with_parts(content_tokens(text)))
                 if t and t not in self.ignore and not t.isdigit()]
        themes = {w for found in self._themed_year.findall(text) for w in re.findall(r"[a-z]+", found)} \
            if self.themed_years else set()
        if not themes:
            return terms
        # (the other words say what the two sides did with it: "held", "hosted", "ran")
        return [t for t in terms if t in {event_stem(w) for w in themes - GENERIC_THEMES} & self.subject_words] + ["year"]

    def themed_year_asked(self, text: str) -> frozenset[str] | None:
        """The themes of the themed years a question asks of ("the media-themed years":
        media; "the cross years": none), as an event's title says them; None when it asks
        of none."""
        found = self._themed_year.findall(text) if self.themed_years else []
        if not found:
            return None
        return frozenset(event_stem(w) for w in re.findall(r"[a-z]+", " ".join(found)) if w not in GENERIC_THEMES) \
            & self.subject_words

    def asks_themed_years(self, text: str) -> bool:
        """Whether the question asks for the themed years themselves ("the language years",
        "the cross year", "the tourism year"), not a figure of one year of culture ("events
        held in a bilateral cultural year")."""
        return any(found.endswith("years") or re.match(r"(?:themed?|cross)\b", found)
                   or set(re.findall(r"[a-z]+", found)) - GENERIC_THEMES - {"year"}
                   for found in (m.group(0) for m in self._themed_year.finditer(text))) if self.themed_years else False

    @cached_property
    def _themed_year(self) -> re.Pattern:
        words = "|".join(sorted(map(re.escape, self.themed_years)))
        return re.compile(rf"\b((?:{words})(?:[ -](?:{words}))*)[ -]years?\b")

    def missing_terms(self, row: sqlite3.Row, terms: set[str],
                      fields: tuple[str, ...] = ("title", "summary")) -> set[str]:
        """The question's words that an event's title and summary do not have."""
        text = " ".join(row[field] or "" for field in fields).lower()
        words = _stemmed_words(text)
        return {t for t in terms if t not in words and not any(s in words for s in self.synonyms.get(t, []))}


# A sum written with its magnitude joined ("400bn"), and the word an event writes it with.
_SUM_WRITTEN = Lazy(r"^\$?\d+(?:\.\d+)?(bn|b|billion|mn|mln|m|million|tn|trillion)$")
_MAGNITUDE_WORD = {"bn": "billion", "b": "billion", "mn": "million", "mln": "million", "m": "million", "tn": "trillion"}

# Words of a themed year that name no theme: "the cultural years", "the national years".
# Event categories a broader one takes in: the military's events are its exercises and arms too.
TAKES_IN = {"military": ("exercise", "arms")}

GENERIC_THEMES = frozenset({"cultural", "culture", "national"})

_IZE = Lazy(r"(?<=[a-z]{3})iz(e[ds]?|ing|ations?)?$")


@lru_cache(maxsize=1 << 16)  # the events' few thousand words, cut again for every question
def event_stem(word: str) -> str:
    """A rough stem for matching event words: signed -> sign, flowing -> flow, seize
    and seized -> seiz; one spelling for -ize and -ise (recognized -> recognis)."""
    if "iz" in word:  # the pattern is slow to try at every letter of every word
        word = _IZE.sub(r"is\1", word)
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    if len(word) > 4 and word.endswith("e") and not word.endswith("ee"):
        return word[:-1]
    if len(word) > 7 and word.endswith("ian"):
        return word[:-1]  # a place's people: "Siberian" is of Siberia, "Mongolian" of Mongolia
    return word


def _with_parts(words: list[str]) -> list[str]:
    """Hyphenated words and their parts: "siberia-1" also reads as "siberia"."""
    out = []
    for word in words:
        out.append(word)
        if "-" in word:
            # (each part as a word of its own is cut: "loans-for-oil" has "loan")
            out.extend(_stem(part) for part in word.split("-")
                       if len(part) > 1 and not part.isdigit() and part not in STOPWORDS)
    return out


# The events' words are read again for every question about events: each text is cut once.
@lru_cache(maxsize=8192)
def _stemmed_words(text: str) -> frozenset[str]:
    # With the parts of a hyphened word: "Ocean-2024" has "ocean".
    return frozenset(event_stem(t) for t in _with_parts(content_tokens(text)))


@lru_cache(maxsize=8192)
def event_words(text: str) -> frozenset[str]:
    return frozenset(event_stem(t) for t in _with_parts(content_tokens(text)))


_PLAIN_WORD = Lazy(r"[a-z][a-z'-]*")


@lru_cache(maxsize=8192)
def modified(text: str) -> frozenset[tuple[str, str]]:
    """Each pair of adjacent words of a text that says what kind of thing the second is:
    "bomber patrol", "gas deal", "maritime patrol" (stems; stopwords pair with nothing)."""
    words = [w.strip("'-") for w in _PLAIN_WORD.findall(text.lower())]
    stems = [None if len(w) < 3 or w in STOPWORDS else event_stem(_stem(w)) for w in words]
    pairs = {(a, b) for a, b in zip(stems, stems[1:]) if a and b}
    # ... and what a thing is "on" or "for": "Agreement on the Sino-Russian Border Management
    # System" is a border agreement.
    for i, word in enumerate(words[1:-1], start=1):
        if word in ("on", "for") and stems[i - 1]:
            pairs |= {(s, stems[i - 1]) for s in stems[i + 1:i + 4] if s}
    return frozenset(pairs)


FULL_NAME = Lazy(r"\b[A-Z][a-z]+(?:'s)?(?:[ \u2013](?:of |and |for )?[A-Z][a-z]+(?:'s)?){2,}")


@lru_cache(maxsize=8192)
def acronyms(text: str) -> frozenset[str]:
    """The acronyms of the names a text writes in full: "sco" for the Shanghai Cooperation Organisation."""
    return frozenset("".join(w[0] for w in m.group(0).split() if w[0].isupper()).lower()
                     for m in FULL_NAME.finditer(text))


_NUMBERED = Lazy(r"\b([a-z]{3,})[- ]([1-9])\b")


def numbered_names(text: str) -> frozenset[tuple[str, str]]:
    """The numbered names in a text: "power of siberia 2" holds ("siberia", "2")."""
    return frozenset((event_stem(_stem(name)), number) for name, number in _NUMBERED.findall(text))


def another_numbered(asked: frozenset[tuple[str, str]], words: frozenset[str],
                      held: frozenset[tuple[str, str]]) -> bool:
    """Whether an event is about another of a numbered series than the question: it
    names another number ("Siberia-1" for "Siberia-2"), or, for a second or later one,
    names the series with no number (the first came before there were others)."""
    for name, number in asked:
        if any(n == name and m != number for n, m in held):
            return True
        if number != "1" and name in words and (name, number) not in held:
            return True
    return False


ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


# An ordinal that counts occurrences ("his second visit"), not "a third country" or "a third of".
OCCURRENCE = Lazy(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:[2-9]|\d\d+)(?:st|nd|rd|th))\b"
                   r"(?![ -](?:countr|part|world|of\b|side|state|half|halves|quarter|week|month|year|decade))")


def names_another(term: str, counts: dict[str, int], title_words: set[str], proper: set[str],
                   counted: set[str] = frozenset()) -> bool:
    """Whether a question's word the event lacks marks it as another event: a word few
    events have (a place: "Kazan"), a name written with a capital that no event has
    ("Nerchinsk"), or an ordinal other than the event's own ("the second patrol" is not
    "the fourth"). A second or later one the event does not call so is another too:
    crr's timeline is no full record to count the occurrences in ("his second visit")."""
    if term in ORDINALS:
        return term in counted or bool(title_words & ORDINALS)
    if term in counted:
        return True  # "the 96th exercise": an ordinal in figures the event does not say
    return term in proper and counts.get(term, 0) <= 2
