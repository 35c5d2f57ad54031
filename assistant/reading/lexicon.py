"""The curated vocabulary as a lookup: phrases -> what they stand for.

The build writes every phrase of db/vocabulary.yaml (and the names of the
people in db/people) as a row (phrase, facet, value); the reader scans a
question's words against them, longest phrase first.  A phrase is stored as
its stemmed words, so "tourists" finds "tourist" and "China's" finds "china".
Scanning is a dictionary lookup per word and phrase length: no pattern to
compile at start-up.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from . import patterns
from .words import STOPWORDS, _stem

# Words as the lexicon cuts them: letters and digits with inner dots, hyphens,
# apostrophes, slashes and plus signs ("u.s.", "two-way", "b/d", "opec+"), or a
# sign that is a word of its own ("%", "$", "€").
LEXICON_WORD = patterns.compile(r"[a-z0-9][a-z0-9.'/+&-]*[a-z0-9+]|[a-z0-9]|[%$€£]")
COUNTRY_OF = {"chinese": "china", "russian": "russia"}  # an office's adjective, as its country


def lexicon_words(text: str) -> list[str]:
    """The stemmed words of normalized text, as the lexicon stores and scans them."""
    return [_stem(word.rstrip(".")) for word in LEXICON_WORD.findall(text)]


def spellings(text: str) -> dict[str, str]:
    """Each stemmed word of normalized text -> the word as written, to name it to a reader."""
    return words_and_spellings(text)[1]


def words_and_spellings(text: str) -> tuple[list[str], dict[str, str]]:
    """`lexicon_words` and `spellings` of the text, cut once."""
    written = [word.rstrip(".") for word in LEXICON_WORD.findall(text)]
    words = [_stem(word) for word in written]
    spelled: dict[str, str] = {}
    for word, as_written in zip(words, written):
        spelled.setdefault(word, as_written)
    return words, spelled


def phrase_key(phrase: str) -> str:
    return " ".join(lexicon_words(phrase.lower()))


@dataclass(frozen=True)
class Binding:
    facet: str   # party, person, people, subject, currency, unit, measure, judgement, harmless, shorthand
    value: str
    cased: str = ""  # a name that is one only as written in capitals ("US", not "us")


def values_by_facet(bindings: tuple[Binding, ...]) -> dict[str, tuple[str, ...]]:
    """Each facet of the bindings -> its values, in order."""
    values: dict[str, tuple[str, ...]] = {}
    for binding in bindings:
        values[binding.facet] = values.get(binding.facet, ()) + (binding.value,)
    return values


@dataclass(frozen=True)
class Found:
    """A phrase found in a question: its words' positions and what it stands for."""

    start: int          # index of its first word
    end: int            # index after its last word
    text: str           # its words as written (stemmed)
    bindings: tuple[Binding, ...]
    # values_by_facet(bindings): the reading asks a phrase for its values many times, so the
    # lexicon works them out once for each of its phrases.
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        if not self.facets and self.bindings:
            object.__setattr__(self, "facets", values_by_facet(self.bindings))

    def values(self, facet: str) -> tuple[str, ...]:
        return self.facets.get(facet, ())


# The phrases found with all their bindings, by place and words: a Found is frozen, and
# the same few ("the" at 0, "trade" at 1) are found in question after question.
_FOUND_AT: dict[tuple[int, tuple[str, ...]], Found] = {}
KEPT_PHRASES = 1 << 14


class Lexicon:
    def __init__(self, rows: list[tuple[str, str, str, str]]):
        """`rows` holds (phrase key, facet, value, cased), the key as `phrase_key` made it."""
        self.entries: dict[tuple[str, ...], list[Binding]] = {}
        for key, facet, value, cased in rows:
            words = tuple(key.split())
            if words:
                bindings = self.entries.setdefault(words, [])
                binding = Binding(facet, value, cased)
                if binding not in bindings:
                    bindings.append(binding)
        self.parents: dict[str, str | None] = {}  # subject -> its broader subject, set by the engine
        self.real_words: frozenset[str] = frozenset()  # words of the records: no typos, set by the engine
        self.mendable: frozenset[str] = frozenset()  # words besides the lexicon's that typos are mended to
        self.set_entries(self.entries)

    def set_entries(self, entries: dict[tuple[str, ...], list[Binding]]) -> None:
        """The phrase table, and what is worked out from it."""
        self.entries = entries
        self.longest = max((len(words) for words in entries), default=1)
        # The longest phrase that begins with each word: a scan tries no longer one there.
        self.longest_from: dict[str, int] = {}
        for words in entries:
            if len(words) > self.longest_from.get(words[0], 0):
                self.longest_from[words[0]] = len(words)
        self._mender = None
        # Each phrase as a scan finds it: its text, its bindings, their values by facet, and
        # whether a binding counts only as written in capitals.
        self._found: dict[tuple[str, ...], tuple[str, tuple[Binding, ...], dict[str, tuple[str, ...]], bool]] = {
            words: (" ".join(words), tuple(bindings), values_by_facet(tuple(bindings)), any(b.cased for b in bindings))
            for words, bindings in entries.items()}
        self.party_keys = frozenset(k[0] for k, bs in entries.items() if len(k) == 1 and any(b.facet == "party" for b in bs))

    def numbered(self) -> dict[str, frozenset[str]]:
        """Names the vocabulary gives with a number ("power of siberia 2"): each name's
        words without the number, and the numbers it is known by."""
        if getattr(self, "_numbered", None) is None:
            found: dict[str, set[str]] = {}
            for words in self.entries:
                if len(words) > 1 and words[-1].isdigit() and len(words[-1]) == 1:
                    found.setdefault(" ".join(words[:-1]), set()).add(words[-1])
            self._numbered = {name: frozenset(numbers) for name, numbers in found.items()}
        return self._numbered

    def short_name(self, person: str) -> str:
        """The one word a person goes by ("putin", "xi"), for searching events by; the id's
        words when the lexicon has none."""
        if getattr(self, "_short_names", None) is None:
            names: dict[str, str] = {}
            for key, bindings in self.entries.items():
                for binding in bindings:
                    if binding.facet == "person" and len(key) == 1:
                        # (of its one-word names, the one its id is written with: "putin", not
                        # "pujing", a spelling of it in another language)
                        if binding.value not in names or (key[0] in binding.value.split("-")
                                                          and names[binding.value] not in binding.value.split("-")):
                            names[binding.value] = key[0]
            self._short_names = names
        return self._short_names.get(person, person.replace("-", " "))

    def mend(self, words: list[str], spelled: dict[str, str]) -> list[str]:
        """The words with typos of the lexicon's words mended ("exercies", "studnets")."""
        if self._mender is None:
            from .typos import Mender

            # Subjects and harmless words are mended ("tarde betwen"); a typo of a name
            # ("pair" for "paris") is a guess too far.
            single = [(key[0], bindings) for key, bindings in self.entries.items() if len(key) == 1]
            # ... and the longer words of a subject's or a source's phrases ("powr of siberia",
            # "peace mision", "china custms").
            in_phrases = {word for key, bindings in self.entries.items() if len(key) > 1
                          and any(b.facet in ("subject", "source") for b in bindings)
                          for word in key if len(word) >= 5 and word.isalpha()}
            self._mender = Mender(
                [*(word for word, bindings in single
                   if any(b.facet in ("subject", "harmless") or (b.facet == "party" and len(word) >= 5 and not b.cased)
                          or (b.facet == "unit" and len(word) >= 7)  # "megawats", "kilometres"
                          for b in bindings)), *in_phrases, *self.mendable],
                near_only=(word for word, bindings in single if all(b.facet == "harmless" for b in bindings)))
        if getattr(self, "_phrase_words", None) is None:
            # A word of a phrase the lexicon knows ("feet" of "cubic feet") is a word, no typo.
            self._phrase_words = frozenset(w for key in self.entries if len(key) > 1 for w in key)
        out = []
        for word in words:
            raw = spelled.get(word, word)
            # An inflected word ("trading", "shipped") is a word of its own, not a typo.
            if (word,) in self.entries or word in self.real_words or word in self._phrase_words or not word.isalpha() \
                    or raw.endswith(("ing", "ed")) or len(raw) < 5 and self._mender.mend(raw) in self.party_keys:
                out.append(word)
            else:
                out.append(self._mender.mend(raw) or word)
        return out

    def scan(self, words: list[str], facets: frozenset[str] | None = None,
             cased: set[str] = frozenset()) -> list[Found]:
        """Every phrase in `words`, longest first at each position, without overlaps.
        With `facets`, only phrases that bind one of them count; a name that is one
        only in capitals counts when `cased` holds it as the question wrote it."""
        found, i, count = [], 0, len(words)
        longest_from, table = self.longest_from, self._found
        while i < count:
            for length in range(min(longest_from.get(words[i], 0), count - i), 0, -1):
                key = tuple(words[i:i + length])
                entry = table.get(key)
                if entry is None:
                    continue
                text, bindings, values, any_cased = entry
                if facets is None and not any_cased:  # the phrase with all its bindings
                    phrase = _FOUND_AT.get((i, key))
                    if phrase is None or phrase.bindings is not bindings:  # not yet found, or by another lexicon
                        if len(_FOUND_AT) >= KEPT_PHRASES:
                            _FOUND_AT.clear()  # a long stream of new questions: start again rather than grow
                        phrase = _FOUND_AT[(i, key)] = Found(i, i + length, text, bindings, values)
                else:
                    kept = tuple(b for b in bindings if (facets is None or b.facet in facets)
                                 and (not b.cased or b.cased in cased))
                    phrase = kept and Found(i, i + length, text, kept,
                                            values if len(kept) == len(bindings) else values_by_facet(kept))
                if phrase:
                    found.append(phrase)
                    i += length
                    break
            else:
                i += 1
        return found

    def split_compounds(self, words: list[str], spelled: dict[str, str] | None = None) -> list[str]:
        """"us-mexico", "sino-russian", "imf-reported": a hyphenated word the lexicon does not
        know, made of words it knows, is read as those words; "s-400" and "dual-use" stay whole.
        Each part is cut as written ("chn-rus" is "chn" and "rus", not "ru")."""
        out = []
        for word in words:
            if "-" not in word:
                out.append(word)
                continue
            parts = [_stem(part) for part in (spelled or {}).get(word, word).split("-")]
            whole = [b for b in self.entries.get((word,), ()) if b.facet != "harmless"] \
                or self.longest_from.get(word, 0) > 1  # the start of a name ("china-russia dashboard")
            if len(parts) > 1 and not whole and all(
                    (part,) in self.entries or part in self.real_words for part in parts):
                out.extend(parts)
            else:
                out.append(word)
        return out

    def values_of(self, phrase: str, facet: str) -> list[str]:
        """The values `phrase` binds in `facet`; a phrase as written ("United Arab Emirates")
        is looked up as the vocabulary keys it too ("unit arab emirate")."""
        bindings = self.entries.get(tuple(phrase.split())) or self.entries.get(tuple(phrase_key(phrase).split()), ())
        return [b.value for b in bindings if b.facet == facet]

    def names_nothing(self, word: str) -> bool:
        """Whether a word is a word of asking, or of a subject, a measure or a unit: no name."""
        return word in STOPWORDS or any(b.facet in ("subject", "measure", "harmless", "unit", "currency", "judgement")
                                        for b in self.entries.get((word,), ()))

    def has(self, word: str, facet: str) -> bool:
        return any(b.facet == facet for b in self.entries.get((word,), ()))

    def written_out(self, text: str) -> str:
        """The text with each short form the vocabulary knows written out ("crude frm
        russia": "crude from russia")."""
        words = text.split()

        def out(word: str) -> str:
            # (a short form in the plural is the plural's: "mtgs" is read as "mtg" is)
            # ("trading" is no short form of "trad": only a plural's -s is taken off)
            plural = self.entries.get((phrase_key(word),), ()) if word.endswith("s") else ()
            # (and with the full stop of an abbreviation: "acc. to", "approx.")
            dotted = self.entries.get((word[:-1],), ()) if word.endswith(".") and len(word) > 3 else ()
            return next((b.value for b in (*self.entries.get((word,), ()), *plural, *dotted) if b.facet == "shorthand"),
                        word)
        # (and one joined by a hyphen is written out in its place: "russ-china" is "russia-china")
        full = [out(word) if "-" not in word or out(word) != word else "-".join(out(part) for part in word.split("-"))
                for word in words]
        return " ".join(full) if full != words else text


def vocabulary_rows(vocabulary, people, sources: set[str] | None = None) -> list[tuple[str, str, str, str]]:
    """(phrase key, facet, value, cased) for every phrase of the vocabulary and every
    person's names; a phrase written in capitals in the vocabulary ("US") is cased."""
    rows = []

    def add(phrases, facet: str, value: str, names_of_people: bool = False) -> None:
        for phrase in phrases:
            phrase = str(phrase)
            key = phrase_key(phrase)
            cased = phrase.rstrip(".") if phrase.isupper() and not names_of_people and facet != "harmless" else ""
            if key:
                rows.append((key, facet, value, cased))

    for party in vocabulary.parties:
        add(party.names, "party", party.id)
        # A capital (among its names) stands for its state, unless something happens in it;
        # another city ("how much gas did Shanghai get?") is never the state.
        add(party.cities, "city", party.id)
    for subject in vocabulary.subjects:
        add(subject.words, "subject", subject.id)
        add(subject.things, "subject", subject.id)
    for currency in vocabulary.currencies:
        add(currency.names, "currency", currency.id)
    for unit in vocabulary.units:
        add(unit.names, "unit", unit.id)
    for measure in vocabulary.measures:
        add(measure.cues, "measure", measure.id)
    for basis in getattr(vocabulary, "bases", ()):  # (a vocabulary of an older shape has none)
        add(basis.cues, "basis", basis.name)
    for source in vocabulary.sources:
        if sources is None or source.id in sources:
            add(source.names, "source", source.id)
    add(vocabulary.judgement, "judgement", "judgement")
    add(vocabulary.off_subject, "off_subject", "off_subject")
    add(vocabulary.harmless, "harmless", "harmless")
    add(getattr(vocabulary, "uncounted", ()), "uncounted", "uncounted")
    for short, full in vocabulary.shorthand.items():
        add([short], "shorthand", full)
    for group in vocabulary.people_groups:
        add(group.names, "people", " ".join([*group.people, *([f"since={group.since}"] if group.since else [])]))
    for office in vocabulary.offices:
        # The holders in order of time, each "since:person", read against the question's time;
        # "Russia's current president", "the sitting Chinese president": the same office now.
        names = list(office.names)
        # "the leader of China" as well as "the Chinese leader"
        names += [f"{the}{m.group(2)} of {COUNTRY_OF[m.group(1)]}" for name in office.names
                  if (m := re.match(r"^(?:the )?(chinese|russian) (.+)$", name)) for the in ("", "the ")]
        names += [re.sub(r"^((?:the )?\S+'s|the) ", rf"\1 {word} ", name) for name in office.names
                  if re.match(r"^(?:the )?\S+'s |^the ", name) for word in ("current", "sitting", "incumbent")]
        add(names, "office", " ".join([f"party={office.party}", *(f"{t.since}:{t.person}" + (f":{t.after}" if t.after else "") for t in office.holders)]))
    for person in people:
        add([person.name, *person.aliases], "person", person.id, names_of_people=True)
    # One row a phrase, facet and value: a name given in capitals ("CHN") and in small
    # letters ("chn") is a name however written.
    uncased = {(key, facet, value) for key, facet, value, cased in rows if not cased}
    return sorted({row for row in rows if not row[3] or row[:3] not in uncased})
