"""The names a record's words give, and which of them can answer who: not places,
countries, subjects or the words that open a sentence."""

from __future__ import annotations

import re
from functools import cached_property

from ..reading.read import NAME_KIND_ASKED, Intent
from ..reading.words import STOPWORDS, _stem, normalize
from ..reading.words import Lazy
from .people import COUNTRIES, PLACES_ASKED
from ..resolving.acts import OPPOSITE, act_of_who, doing_it, named_doers

# A kind asked for by a word that a name of that kind does not hold: "which lender" is answered
# by "Bank of China", "which operator" by "Transneft Company".
KIND_NAMED_AS = {"lender": "bank", "creditor": "bank", "operator": "company", "insurer": "company"}


DOCUMENT_NAME = Lazy(r"\b(?:Treaty|Agreement|Declaration|Statement|Memorandum|Charter|Protocol|Accord|Communiqu\w*)"
                     r" (?:of|on|for) [A-Z][\w-]*(?: (?:and|of|on|for|the) [A-Z][\w-]*| [A-Z][\w-]*)*")

# A name as the sources write it: capitalised words ("Harbin Turbine", "TNK-BP").
# ("the Bank for Development and Foreign Economic Affairs": one name, "for ... and ..." within it)
NAME = Lazy(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
            r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
            r"|\b[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’-]*)*")
# A word written as only a name is, even where a sentence opens: "Gazprom's", "CNPC", "TNK-BP".
_NAME_ALONE = Lazy(r"['’]s$|^[A-Z]{2,}|\w[A-Z]")

# "which Chinese bank ...": the words that say what kind of name is asked for.
# A model's designation ("S-400", "Su-35", "Tu-95MS"): a thing, no one who acts.
MODEL = Lazy(r"[A-Z][A-Za-z]{0,3}-\d+[A-Z]*")
# Kinds of thing whose name a model's designation is ("which missile system": the S-400).
THING_KINDS = frozenset({"system", "missile", "aircraft", "fighter", "jet", "plane", "weapon", "model", "helicopter",
                         "submarine", "engine", "tank", "ship", "type", "bomber", "drone"})
# The kinds asked that a side answers ("which country sold ...").
COUNTRY_KINDS = frozenset({"country", "countries", "nation", "state", "side", "government", "partner"})
ASKED_KIND = Lazy(r"\b(?i:which|what|(?:name|identify) the)((?: (?!(?:is|was|are|were|did|does|do|has|have|had|will|can)\b)[\w-]+){1,3})")

# Kinds of name narrow enough that a record must tie a name to the kind ("which bank": not
# any company its record names); a firm or a company is any organisation named.
NARROW_KINDS = frozenset({"bank", "refiner", "pollster", "institute", "ministr", "agenc"})


def _tied(name: str, kind: str, record: str) -> bool:
    """Whether the record makes `name` one of `kind`: in the name, or next to it ("Shandong
    Yulong Petrochemical, a large refinery")."""
    said = re.escape(name)
    return kind in name.lower() or bool(re.search(rf"{said}(?:['’]s)?\W+(?:[\w-]+\W+){{0,2}}{kind}|{kind}\w*\W+{said}",
                                                   record, re.I))


# The kinds of place a name may end with: "Shandong Province", "Jiangsu province".
PLACE_KINDS = frozenset("province region oblast krai district city town river island islands sea strait bay port".split())

MONTHS = frozenset("january february march april may june july august september october november december".split())

# Words of asking who said or reported a thing ("who revealed it?", "which outlet reported ...").
SAYING = Lazy(r"\b(?:said|say|says|saying|report|reported|reporting|reports|told|tell|claim|claimed|stated|revealed?|"
              r"disclos\w*|announc\w*|broadcast\w*|outlet|newspaper|media|quoted|according|source|wrote|write)\b")


def _reporter(name: str, text: str) -> bool:
    """Whether a record gives `name` only as the one who reported or said something
    ("CCTV said", "according to Politico", "state broadcaster CCTV")."""
    places = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(places) and all(
        REPORTED_AFTER.match(text, end) or REPORTED_BEFORE.search(text[max(0, start - 30):start])
        for start, end in places)


REPORTED_AFTER = Lazy(r"(?:\s*\([^()]*\))?\W+(?:said|says|reported|reports|told|claimed|wrote)\b")  # (its short name between)
REPORTED_BEFORE = Lazy(r"\b(?:according to|per|broadcaster|newspaper|outlet|news agency)\W+(?:the\W+)?$")


def _part_of(name: str, other: str) -> bool:
    """Whether `name` is written whole within the longer name `other` ("Rosneft" within
    "Rosneft's Yuganskneftegaz"): named once, in the longer."""
    words, longer = re.sub(r"['’]s\b", "", name).split(), re.sub(r"['’]s\b", "", other).split()
    return len(longer) > len(words) and any(longer[i:i + len(words)] == words
                                            for i in range(len(longer) - len(words) + 1))


class RecordNames:
    """Names in the words of records; mixed into Engine."""

    def _names_beyond(self, text: str, question: str, parties=()) -> list[str]:
        """The names `text` gives that the question does not: an answer to "which
        company" must name one.  The countries crr reads as parties (unless the question
        asks which countries, and then not those it names: `parties`), months and the small
        words that open a sentence are no answer.  A name holding the kind of thing asked
        for as a name ("Bank of China" for "which bank") is one; a name sharing a word
        with the question is the question's own ("Shandong Yulong Petrochemical")."""
        asked = {_stem(w) for w in re.findall(r"[a-z0-9]+", question.lower())}
        # A country the question names in any form ("Russian" for "of Russia") is its own word.
        asked_parties = {v for w in re.findall(r"[a-z]+", question.lower()) for v in self.lexicon.values_of(w, "party")}
        # The kind is a common noun, written small ("which Chinese bank"; not "which Yamal LNG projects").
        kind = {_stem(w) for m in ASKED_KIND.finditer(question) for w in m.group(1).split()
                if w.islower() and not self.lexicon.has(_stem(w), "party") and not self.lexicon.has(w, "party")}
        kind |= {KIND_NAMED_AS[k] for k in kind if k in KIND_NAMED_AS}  # "which lender": a bank's name
        # (as read: "... third countries - which ones?" asks which countries)
        countries = bool(COUNTRIES.search(question.lower()) or COUNTRIES.search(normalize(question)))
        side = self._side_of_kind(question)
        places_asked = bool(PLACES_ASKED.search(question.lower()))
        kind_word = {_stem(m.group(1)) for m in [NAME_KIND_ASKED.search(question.lower())] if m}
        # The names the question writes itself ("Shandong Yulong"), not its common words ("navy").
        named_by_question = {_stem(w.lower()) for w in re.findall(r"(?<=\S )[A-Z][\w-]*", question)}
        names = []
        # Where a figure is, or goes when no destination is asked: "students in Russia", "sent to Russia".
        said = question.lower()
        where_only = () if re.search(r"\bin (?:which|what)\b|\bwhere\b|\bheld\b|\bhost|\btook place\b|\bvenue", said) else \
            ("in ",) if re.search(r"\bto\b|market|destination|buyer|import|customer", said) else ("in ", "to ")
        # A document's name ("the Treaty of Good-Neighborliness and Friendly Cooperation") is
        # what was signed, not who signed it.
        documents = [m.span() for m in DOCUMENT_NAME.finditer(text)]
        for match in NAME.finditer(text):
            if any(start <= match.start() < end for start, end in documents):
                continue
            if " " not in match.group(0) and text[match.end():match.end() + 1] == ":":
                continue  # "Caution:", "Note:": a label of the curators' words, no one's name
            opening = match.start() == 0 or text[:match.start()].rstrip().endswith((".", ":", "("))
            # ... unless what the question asks is done right after it ("Sidanko goes bankrupt"
            # for "which company went bankrupt?"): the one who did it.
            # (A name with "of" after it is a thing's: "Exports of dual-use items".)
            after = text[match.end():match.end() + 30].lower()
            # (nor a word with a preposition after it: "Ban on dual-use exports ...")
            acting = set() if re.match(r" (?:of|on|in|for|to|with|at|by|from|over|against) ", after) else \
                {_stem(w) for w in re.findall(r"[a-z]+", after)[:3]} & (asked - {_stem(w) for w in STOPWORDS} - kind_word)
            if opening and " " not in match.group(0) and not _NAME_ALONE.search(match.group(0)) \
                    and not (countries and self._country_named(match.group(0))) \
                    and not (acting and not self.lexicon.has(match.group(0).lower(), "party")
                             and not self._says_nothing(match.group(0).lower())):
                continue  # "Volume of crude oil ...": a sentence's first word, unless only a name is so written
            # "Harbin Turbine-led", "Gazprom-owned": the name without the word joined to it.
            name = re.sub(r"['’]s$", "", re.sub(r"-(?:led|owned|backed|run|based|controlled)\b.*$|-[a-z]+$", "",
                                                 match.group(0)))
            while " " in name and self._a_measure_word(name.rsplit(" ", 1)[1]):
                name = name.rsplit(" ", 1)[0]  # "Transneft USD 400 mn": the name, not its currency
            cased = re.findall(r"[A-Za-z0-9]+", re.sub(r"['’]s\b", "", name))
            whole = [w.lower() for w in cased]
            if opening and not (len(whole) > 1 and self._named_thing(" ".join(whole), countries)):
                name = self._without_opening_words(name, kind_word or kind)
                cased = re.findall(r"[A-Za-z0-9]+", re.sub(r"['’]s\b", "", name))
                whole = [w.lower() for w in cased]
            if MODEL.fullmatch(name) and kind & THING_KINDS:
                if not re.search(rf"\b{re.escape(name.lower())}s?\b", question.lower()):
                    names.append(name)  # "which missile system": the S-400, a model the question does not name
                continue
            if MODEL.fullmatch(name) or (len(whole) > 1 and len({v for w in whole for v in self.lexicon.values_of(w, "party")}
                                                                 & {"china", "russia"}) == 2):
                continue  # "Su-35", "S-400": a thing's model; "China Russia's S-400": two sides run together
            if not places_asked and self._is_place(whole):
                continue  # "Crimea", "the Amur River": where it happened, not who
            if re.fullmatch(r"(?:Sino|Russo|Soviet|Chinese|Russian)(?:-(?:Sino|Russo|Soviet|Chinese|Russian))+", name):
                continue  # "Sino-Soviet border war": the two sides, no one's name ("Russo-Georgian" names Georgia)
            if len(whole) > 1 and self._named_thing(" ".join(whole), countries):
                continue  # "Power of Siberia": a subject as a whole
            if set(self.lexicon.values_of(" ".join(whole), "party")) & set(parties):
                continue  # "United Arab Emirates" for "apart from the UAE"
            if countries:  # "which countries": a country the question does not name, and nothing else
                # (not one named only as where the figure is: "foreign students in Russia")
                if self._country_named(name) and any(_stem(w) not in asked for w in whole) \
                        and not all(text[max(0, m.start() - 3):m.start()] in where_only for m in re.finditer(rf"\b{re.escape(name)}\b", text)):
                    names.append(name)
                continue
            if kind and self._country_named(name):
                continue  # "which company signed": Russia is no company
            if side and self._of_another_side(name, side):
                continue  # "which Chinese company": Gazprom is Russia's
            if kind_word and self._people_in(name.lower()):
                continue  # ... nor is Putin, whom crr holds as a person
            # The kind asked for counts as a name's word only written as a name's is ("Bank", not "brand").
            named_kind = {w.lower() for w in cased if w[0].isupper() and _stem(w.lower()) in kind}
            # Two capitalised words crr knows apart ("Harbin", "Turbine") are a name together.
            together = len([w for w in cased if w[0].isupper()]) >= 2 and not any(
                self.lexicon.values_of(" ".join(whole), facet) for facet in ("party", "subject"))
            distinct = [w for w in whole if w not in MONTHS and w not in STOPWORDS and not w.isdigit()
                        and (together or w in named_kind or not self._named_thing(w, countries))]
            own = [w for w in distinct if _stem(w) in named_by_question and _stem(w) not in kind
                   and not self.lexicon.values_of(w, "party")]
            if own and (len(own) >= 2 or len(own) == len(distinct)):
                # "Shandong Yulong Petrochemical" for "besides Shandong Yulong": the question's
                # own; not for "which Shandong refinery", which names only where it is.
                continue
            if any(_stem(w) not in asked and not set(self.lexicon.values_of(w, "party")) & asked_parties
                   for w in distinct) or named_kind & set(distinct):
                names.append(name)  # a name new to the question, or "Bank of China" for "which bank"
        names = list(dict.fromkeys(names))
        # "Which bank ...?" of a record that says "Chinese banks": a name it ties to no bank is none.
        narrow = next((k for k in NARROW_KINDS for w in kind_word if w.startswith(k)), "")
        if narrow and re.search(rf"\b{narrow}", text, re.I):
            names = [n for n in names if _tied(n, narrow, text)]
        if not SAYING.search(question.lower()):
            # "CCTV said Russian gas would reach Shanghai": who reported a thing did not do it.
            names = [n for n in names if not _reporter(n, text)]
        names = [n for n in names if not any(_part_of(n, other) for other in names)]
        # "China Central Television (CCTV)": one body, its name with its short name.
        short = {n: m for n in names for m in names if m != n and f"{n} ({m})" in text}
        return [f"{n} ({short[n]})" if n in short else n for n in names if n not in short.values()]

    def _doing_the_act(self, intent: Intent, record: str, names: list[str]) -> list[str] | None:
        """Of the names a who-answer would give, those the record has do the act of money the
        question asks the doer of ("who lent $6 billion to Rosneft?": not Kudrin, who revealed
        it), or failing those the side or firm it has do it, of the side asked; None when the
        question asks no such act or the record says no one does it."""
        act = act_of_who(intent.normalized)
        if not act:
            return None
        firms = self.resolver.facts.doers
        said = named_doers(record, names, firms)
        done = said.get(act)
        if not done:
            # "Which Russian firm bought oil from CNPC?": Yukos, whom the record has sell it, is
            # the other end of the deal, no buyer.
            other = said.get(OPPOSITE.get(act, ""))
            if not other or not doing_it(names, other, firms, self._side_of_kind(intent.question)):
                return None
            # "Who sold China the S-400?" of "China buys ... Russia's S-400": of a deal between
            # the two sides, the other end of the one who bought is the other side, when the
            # record names it and the question asks of no kind ("which company").
            ends = {"china": "russia", "russia": "china"}
            if act in OPPOSITE and len(other) == 1 and (side := next(iter(other))) in ends \
                    and all(k.group(1).split()[0].lower() in COUNTRY_KINDS for k in ASKED_KIND.finditer(intent.question)) \
                    and re.search(rf"\b{self.store.parties[ends[side]]}\b", record):
                return [self.store.parties[ends[side]]]
            return []
        kept = doing_it(names, done, firms, self._side_of_kind(intent.question))
        return [n for n in names if n in kept] or [self._doer_as_written(k, record) for k in kept]

    def _doer_as_written(self, doer: str, record: str) -> str:
        """A doer as a who-answer names it: a side by its name, a firm as the record writes
        it ("CNPC")."""
        if doer in self.store.parties:
            return self.store.parties[doer]
        found = re.search(rf"\b{re.escape(doer)}\b", record, re.IGNORECASE)
        return found.group(0) if found else doer

    def _side_of_kind(self, question: str) -> str:
        """The side a kind asked for is of ("which Chinese company": china), or ""."""
        for match in ASKED_KIND.finditer(question):
            words = match.group(1).lower().split()
            for word in words[:2][:len(words) - 1]:
                sides = set(self.lexicon.values_of(word, "party")) & {"china", "russia"}
                if len(sides) == 1:
                    return sides.pop()
        return ""

    def _of_another_side(self, name: str, side: str) -> bool:
        """Whether a name is a firm or body of the side other than `side` (db/vocabulary.yaml:
        firms), or is written as that side's ("Russia's Bank", "Russian Railways")."""
        bare = re.sub(r"['’]s$", "", name).lower()
        held = self.event_vocab.firms.get(bare)
        if held:
            return held != side
        first = bare.split()[0] if " " in bare else ""
        # ("US Treasury" is no Chinese bank: a name first written as any other country's)
        owner = set(self.lexicon.values_of(re.sub(r"['’]s$", "", first), "party"))
        return bool(owner) and side not in owner

    def _a_measure_word(self, word: str) -> bool:
        """A currency or a unit written large ("USD", "TIV")."""
        return self.lexicon.has(word.lower(), "currency") or self.lexicon.has(word.lower(), "unit")

    def _without_opening_words(self, name: str, kind: set[str]) -> str:
        """A name where a sentence opens, without the words that say nothing of whom and
        are written large only because they open it ("Value of Rosneft" is Rosneft, "A Pew
        Research Center" is Pew Research Center); the kind asked stays ("Bank of China")."""
        words = name.split()
        # (... nor a thing traded written large by the same chance: "Oil Yukos agreed" is Yukos)
        while len(words) > 1 and words[0].isalpha() and words[0].istitle() and _stem(words[0].lower()) not in kind \
                and (self._says_nothing(words[0].lower()) or self._a_thing_traded(words[0].lower())):
            words = words[1:]
            if words[0] in ("of", "de"):
                words = words[1:]
        return " ".join(words)

    def _a_thing_traded(self, word: str) -> bool:
        """A word that is a subject of one word and no party ("oil", "gas", "arms")."""
        return self.lexicon.has(word, "subject") and not self.lexicon.has(word, "party") \
            and not self.lexicon.has(word, "person")

    def _says_nothing(self, word: str) -> bool:
        """A small word, or one crr reads as harmless or as a measure ("value", "share")."""
        entries = (*self.lexicon.entries.get((word,), ()), *self.lexicon.entries.get((_stem(word),), ()))
        return word in STOPWORDS or any(b.facet in ("harmless", "measure") for b in entries)

    def _is_place(self, words: list[str]) -> bool:
        """Whether a name is only a place (db/vocabulary.yaml: places, and the parties'
        cities), perhaps of a country ("Russia's Far East", "Russian Arctic")."""
        places = self.event_vocab.places
        while len(words) > 1 and self.lexicon.values_of(words[0], "party"):
            words = words[1:]
        if len(words) > 1 and words[-1] in PLACE_KINDS and " ".join(words[:-1]) in places:
            return True  # "Shandong Province", "Amur River": a place by the kind it is
        return " ".join(words) in places or bool(self.lexicon.values_of(" ".join(words), "city"))

    def _country_named(self, name: str) -> bool:
        """Whether a name is a country's own ("the United Arab Emirates", "UAE"), not a
        word made from one ("Chinese") or a body of one ("US Defense Department")."""
        words = re.sub(r"['’]s$", "", name).lower().removeprefix("the ").split()
        values = self.lexicon.values_of(" ".join(words), "party") or [
            b.value for b in self.lexicon.entries.get(tuple(_stem(w) for w in words), ()) if b.facet == "party"]
        own = {self.store.parties.get(v, "").lower().removeprefix("the ") for v in values}
        return bool(values) and (" ".join(words) in own or name.isupper())

    def _the_other_party(self, intent: Intent, title: str) -> list[str]:
        """Asked who stands to one of the two countries ("who is Russia's largest trading
        partner?"), the other, when an event's title opens with it ("China becomes Russia's
        largest trading partner")."""
        asked = set(intent.parties) & {"china", "russia"}
        kind = NAME_KIND_ASKED.search(intent.normalized)
        if len(asked) != 1 or kind and not re.match(r"countr|partner|nation|state", kind.group(1)):
            return []  # "which Chinese company signed": Russia is no company
        first = title.split()[0].strip(",:'’s") if title else ""
        other = self.lexicon.values_of(first.lower(), "party")
        return [first] if other and other[0] in {"china", "russia"} - asked else []

    def _named_thing(self, word: str, countries: bool = False) -> bool:
        """Whether a capitalised word names no one: a country or body crr reads as a party
        (unless countries are what is asked), a subject ("Power of Siberia"), a unit or
        currency ("USD"), a word that says nothing, or a source ("Wikipedia")."""
        if word in self._source_words:
            return True
        key = tuple(_stem(w) for w in word.split())
        facets = ("harmless", "subject", "unit", "currency", "measure") + (() if countries else ("party",))
        return any(b.facet in facets
                   for b in (*self.lexicon.entries.get(tuple(word.split()), ()), *self.lexicon.entries.get(key, ())))

    @cached_property
    def _source_words(self) -> frozenset[str]:
        return frozenset(w for source in self.store.sources.values()
                         for w in re.findall(r"[a-z]+", source.short_name.lower()))

