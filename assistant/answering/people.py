"""Answers about people: who took part, who holds a role, whose figure it is.

A figure stated in the question ("met 19 times") names the people it counts;
a role names its latest holder the sources date; an event names its people.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cached_property

from ..reading.offices import HELD_WHEN
from ..reading.read import NAME_KIND_ASKED, NAME_KINDS, Intent
from ..reading.words import STOPWORDS, _stem
from .draft import Draft
from .event_words import event_words
from .events import ORDER, event_ref
from .roles import _country_asked
from ..reading.words import Lazy

ENTITY = Lazy(rf"\bwhich (?:\w+ ){{0,3}}?(?:countr(?:y|ies)|{NAME_KINDS})\b")
# "Who is the Chinese president?", "who was Russia's leader in 2010?": an office and a time.
OFFICE_ONLY = Lazy(r"^(?:and )?(?:who|whom)(?:'s| is| was| are| were|(?= (?:led|ran|ruled|headed|leads|runs|rules|heads)\b))")
OFFICE_FILLER = frozenset("who whom is was are were the then now today currently at that time in of and 's s "
                          "led ran ruled headed leads runs rules heads".split())
DOCUMENT_NAME = Lazy(r"\b(?:Treaty|Agreement|Declaration|Statement|Memorandum|Charter|Protocol|Accord|Communiqu\w*)"
                     r" (?:of|on|for) [A-Z][\w-]*(?: (?:and|of|on|for|the) [A-Z][\w-]*| [A-Z][\w-]*)*")
# "which refinery is the largest buyer": a ranking, which a figure of one is not.
# Who led a group of firms: a firm ("who led the Chinese consortium").
LED_GROUP = Lazy(r"^who (?:led|headed|ran|leads|heads) (?:the |a |an )?(?:\w+ ){0,2}?(?:consortium|group|companies|firms|venture|syndicate|alliance)\b")
# A figure held whose records name no one.
FIGURE_NAMES_NO_ONE = ("crr holds the figure the question gives, but no record of it names who it is of, "
                       "so it names no one.")
SUPERLATIVE = Lazy(r"\b(?:largest|biggest|most|top|leading|main|greatest|highest|best|worst)\b")


# A name as the sources write it: capitalised words ("Harbin Turbine", "TNK-BP").
NAME = Lazy(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’-]*)*")
# A word written as only a name is, even where a sentence opens: "Gazprom's", "CNPC", "TNK-BP".
_NAME_ALONE = Lazy(r"['’]s$|^[A-Z]{2,}|\w[A-Z]")
# "which countries ...": countries are the names asked for.
COUNTRIES = Lazy(r"\b(?:which|what) (?:\w+ ){0,3}?(?:countr(?:y|ies)|neighbou?rs?|nations?)\b|\bwho else\b")
# "which Chinese bank ...": the words that say what kind of name is asked for.
ASKED_KIND = Lazy(r"\b(?i:which|what)((?: (?!(?:is|was|are|were|did|does|do|has|have|had|will|can)\b)[\w-]+){1,3})")
# "Who negotiated ...", "who disclosed ...": what a person does, not a company.
# A signature asked for: "who signed it?", "the signatories"; not "who was president when it was signed".
SIGNING = Lazy(r"^(?:and |so )?(?:who|which \w+) (?:\w+ )?(?:signed|signs|put (?:their|his|her) names?)\b|\bsignator(?:y|ies)\b|\bsigners?\b")
PERSON_ACT = Lazy(r"^which (?:\w+ ){0,2}?(?:general|commander|minister|official|diplomat|spokes\w+|envoy|"
                  r"ambassador|premier|president|leader)\b"
                  r"|^who (?:\w+ ){0,2}?(?:negotiat\w*|disclos\w*|reveal\w*|made public|publici[sz]ed|said|says|announc\w*|command\w*|"
                  r"(?:led|headed)(?! (?:the |a |an )?(?:\w+ ){0,2}?(?:consortium|group|companies|firms|venture|syndicate|alliance))|signed|warned|claimed|wrote|told|stated|declared|admitted|confirmed)\b")
WHERE = Lazy(r"^(?:and )?where\b")
# "where ...", "which region ...": places are the names asked for.
PLACES_ASKED = Lazy(r"\bwhere\b|\b(?:which|what) (?:\w+ ){0,2}?(?:region|province|city|cities|town|place|"
                    r"river|island|sea|field|port|area|territor(?:y|ies)|oblast|krai)s?\b")
# A question whose answer is a number: "how many days", "what was the dollar value".
ASKS_NUMBER = Lazy(r"\bhow (?:many|much|long|big|large)\b|\bnumber of\b|\bwhat (?:share|percentage|proportion)\b"
                   r"|\b(?:what|which) (?:was|is|were|are) the (?:[\w-]+ ){0,2}?(?:value|worth|cost|number|amount|share|total)\b")
# How a figure whose records name no one is read: an event may still name the one asked for.
NAMES_NO_ONE = "Read as a question about whose figure it is; its records name no one."
MONTHS = frozenset("january february march april may june july august september october november december".split())


# "For China", "on the Russian side": one side of an event asked about.
_SIDE = Lazy(r"\b(?:for|from|on behalf of) (?:the )?(china|russia|chinese side|russian side|beijing|moscow)\b"
             r"|\bon the (chinese|russian) side\b")
_SIDES = {"china": "china", "chinese side": "china", "beijing": "china", "chinese": "china",
          "russia": "russia", "russian side": "russia", "moscow": "russia", "russian": "russia"}


def _side_asked(text: str) -> str | None:
    found = _SIDE.search(text)
    return _SIDES[found.group(1) or found.group(2)] if found else None


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


REPORTED_AFTER = Lazy(r"\W+(?:said|says|reported|reports|told|claimed|wrote)\b")
REPORTED_BEFORE = Lazy(r"\b(?:according to|per|broadcaster|newspaper|outlet|news agency)\W+(?:the\W+)?$")


class PeopleAnswers:
    """Who questions; mixed into Engine, which provides store, metrics and the event search."""

    def _names_beyond(self, text: str, question: str, parties=()) -> list[str]:
        """The names `text` gives that the question does not: an answer to "which
        company" must name one.  The countries crr reads as parties (unless the question
        asks which countries, and then not those it names: `parties`), months and the small
        words that open a sentence are no answer.  A name holding the kind of thing asked
        for as a name ("Bank of China" for "which bank") is one; a name sharing a word
        with the question is the question's own ("Shandong Yulong Petrochemical")."""
        asked = {_stem(w) for w in re.findall(r"[a-z0-9]+", question.lower())}
        # The kind is a common noun, written small ("which Chinese bank"; not "which Yamal LNG projects").
        kind = {_stem(w) for m in ASKED_KIND.finditer(question) for w in m.group(1).split()
                if w.islower() and not self.lexicon.has(_stem(w), "party") and not self.lexicon.has(w, "party")}
        countries = bool(COUNTRIES.search(question.lower()))
        places_asked = bool(PLACES_ASKED.search(question.lower()))
        kind_word = {_stem(m.group(1)) for m in [NAME_KIND_ASKED.search(question.lower())] if m}
        # The names the question writes itself ("Shandong Yulong"), not its common words ("navy").
        named_by_question = {_stem(w.lower()) for w in re.findall(r"(?<=\S )[A-Z][\w-]*", question)}
        names = []
        # A document's name ("the Treaty of Good-Neighborliness and Friendly Cooperation") is
        # what was signed, not who signed it.
        documents = [m.span() for m in DOCUMENT_NAME.finditer(text)]
        for match in NAME.finditer(text):
            if any(start <= match.start() < end for start, end in documents):
                continue
            opening = match.start() == 0 or text[:match.start()].rstrip().endswith((".", ":", "("))
            # ... unless what the question asks is done right after it ("Sidanko goes bankrupt"
            # for "which company went bankrupt?"): the one who did it.
            acting = {_stem(w) for w in re.findall(r"[a-z]+", text[match.end():match.end() + 30].lower())[:3]} \
                & (asked - {_stem(w) for w in STOPWORDS} - kind_word)
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
            if not places_asked and self._is_place(whole):
                continue  # "Crimea", "the Amur River": where it happened, not who
            if len(whole) > 1 and self._named_thing(" ".join(whole), countries):
                continue  # "Power of Siberia": a subject as a whole
            if set(self.lexicon.values_of(" ".join(whole), "party")) & set(parties):
                continue  # "United Arab Emirates" for "apart from the UAE"
            if countries:  # "which countries": a country the question does not name, and nothing else
                if self._country_named(name) and any(_stem(w) not in asked for w in whole):
                    names.append(name)
                continue
            if kind and self._country_named(name):
                continue  # "which company signed": Russia is no company
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
            if any(_stem(w) not in asked for w in distinct) or named_kind & set(distinct):
                names.append(name)  # a name new to the question, or "Bank of China" for "which bank"
        names = list(dict.fromkeys(names))
        if not SAYING.search(question.lower()):
            # "CCTV said Russian gas would reach Shanghai": who reported a thing did not do it.
            names = [n for n in names if not _reporter(n, text)]
        return [n for n in names if not any(_part_of(n, other) for other in names)]

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

    def _answer_who(self, intent: Intent):
        from ..writing.render import render

        draft = Draft(self.store)
        interpretation = "Read as a question about who took part or who holds a role."
        if intent.open_offices and (HELD_WHEN.search(intent.normalized) or intent.periods) \
                and (held := self._who_held_office(intent)) is not None:
            return held
        if intent.offices and not intent.open_offices and OFFICE_ONLY.match(intent.normalized) \
                and not set(intent.residue.split()) - OFFICE_FILLER - {w for p in intent.people for w in p.split("-")}:
            # "Who was the Russian president in 2010?": the office's holder then, and who they are.
            rows = [p for p in self.store.people if p["id"] in intent.people]
            if rows:
                return self._answer_person(intent, draft, rows)
        by_figure = self._who_by_figure(intent, draft)
        if by_figure is not None and by_figure.answered and PERSON_ACT.search(intent.normalized):
            # "Who disclosed the $6 bn?": the act is an event's, the figure only what it was about;
            # the figure is given beside the event, cited to its own record.
            shared = Draft(self.store)
            by_event = self._who_by_events(intent, shared, interpretation, None)
            if by_event.answered:
                return self._with_figures(intent, shared, by_event, by_figure)
        if by_figure is not None and by_figure.answered:
            # "Which Russian firm agreed in 1997 to ship 3 to 3.5 bcm?": the event the figure is
            # of, when one names whom the figure's records name, dates it; the figure follows.
            shared = Draft(self.store)
            by_event = self._who_by_events(intent, shared, interpretation, None)
            named = self._names_of(by_figure)
            if by_event.answered and by_event.events and named and any(
                    n.lower() in f"{by_event.events[0].title} {by_event.events[0].summary}".lower() for n in named):
                return self._with_figures(intent, shared, by_event, by_figure)
        if by_figure is not None and by_figure.text.startswith(FIGURE_NAMES_NO_ONE) \
                and (PERSON_ACT.search(intent.normalized) or LED_GROUP.search(intent.normalized)):
            # The figure is held, but not who said or led what it is of: an event may name them.
            shared = Draft(self.store)
            by_event = self._who_by_events(intent, shared, interpretation, None)
            if by_event.answered:
                return by_event
        if by_figure is not None:
            return by_figure
        # A figure whose records name no one may still have an event that does ("which
        # bank stopped payments": a share of banks, and the event of the one that did).
        by_metric = self._who_by_metric(intent)
        if by_metric is not None and not by_metric.answered and intent.periods \
                and not SUPERLATIVE.search(intent.normalized) and not ORDER.search(intent.normalized):
            # A figure crr lacks for the time asked: an event of that time that names whom the
            # question asks answers it instead ("which oil company stopped rail deliveries in
            # September 2004?" is no question of the oil Yukos was to sell in 1999); not one that
            # ranks or orders ("the most", "first"), which an event of one of them does not.
            by_event = self._who_by_events(intent, Draft(self.store), interpretation, None)
            if by_event.answered:
                return by_event
        if by_metric is not None and (by_metric.interpretation != NAMES_NO_ONE or not self._find_events(intent, limit=1)):
            return by_metric
        named = self._people_in(intent.normalized)
        if named and re.match(r"^(?:who is|who was|who's|whos|who are)\b", intent.normalized):
            return self._answer_person(intent, draft, named[:2])
        country = _country_asked(intent.normalized)
        if country and not intent.periods and "people" in intent.bound.values() \
                and re.match(r"^(?:who is|who's|whos)\b", intent.normalized):
            # "Who is China's foreign minister?": of the pair a phrase names ("the foreign
            # ministers"), the one of the country asked.
            own = [p for p in self.store.people if p["id"] in intent.people and p["country"].lower() == country]
            if len(own) == 1:
                return self._answer_person(intent, draft, own)
        if any(word in f"{intent.normalized} {' '.join(intent.content)}" for word in self.event_vocab.roles) \
                and not intent.periods:
            people = self._people_by_role(intent)
            if people:
                marks = self._cite_people_events(draft, people)
                now = bool(re.search(r"\b(?:current|currently|now|today|present|incumbent)\b", intent.normalized))
                # Asked who holds it now, a holder the sources date ("head of CNPC in 2006") is
                # no answer; one they give undated holds the post as of their writing.
                dated = all(re.search(r"\b(?:19|20)\d\d\b", p["role"] or "") for p in people)
                text = render("answers/who_role.txt.j2", people=people, marks=marks, now=now and dated)
                return draft.answer(intent, not (now and dated), "who", interpretation, text, [])
        answer = self._with_the_figure_asked(intent, draft, self._who_by_events(intent, draft, interpretation, by_metric))
        if not answer.answered and not answer.events and intent.periods \
                and any(word in f"{intent.normalized} {' '.join(intent.content)}" for word in self.event_vocab.roles):
            # "Who was China's ambassador to Russia in 2024?": no event of that year names the
            # holder, and the sources date no term of the post; whom they name, and that, is said.
            people = [p for p in self._people_by_role(intent) if not re.search(r"\b(?:19|20)\d\d\b", p["role"] or "")]
            if people:
                named = Draft(self.store)
                marks = self._cite_people_events(named, people)
                holders = "; ".join(f"{p['name']} ({p['role']}){m}" for p, m in zip(people, marks))
                when = intent.periods[0].phrase
                when = f"in {when}" if when[:1].isdigit() else when
                text = (f"The sources date no term of this post, so crr cannot say who held it {when}. "
                        f"They name, as of their writing: {holders}.\n")
                return named.answer(intent, False, "who", interpretation, text, [])
        return answer


    @staticmethod
    def _names_of(answer) -> list[str]:
        """The names a who-answer over figures gives from its records' words."""
        names = []  # (the names a record's words give, not a count's own people, who are all its names)
        for line in answer.text.splitlines():
            if line.startswith("Its record names ") and ":" in line:
                head = line.split(":", 1)[0].removeprefix("Its record names ")
                names += [n.strip() for n in re.split(r",| and ", head) if n.strip()]
        return names


    def _role_country(self, intent: Intent) -> str | None:
        """The country a role asked for belongs to, when the question names one country and a
        role ("Russia's defence minister", "the Chinese ambassador"); else None."""
        if intent.people:
            return None  # the holder is named already ("the Kremlin spokesman")
        roles = "|".join(re.escape(r) for r in self.event_vocab.roles)
        found = re.search(rf"\b(china|chinese|prc|beijing|russia|russian|moscow)(?:'s)? (?:\w+ ){{0,2}}?(?:{roles})s?\b",
                          intent.normalized)
        if not found:
            return None
        return "china" if found.group(1) in ("china", "chinese", "prc", "beijing") else "russia"

    def _signers_unnamed(self, intent: Intent, row) -> bool:
        """"Who signed it?" of an event whose words name none of its people: the record lists
        who took part (Putin, president then), not who signed; the source names no signer."""
        if not SIGNING.search(intent.normalized):
            return False
        words = event_words(f"{row['title']} {row['summary']}".lower())
        return not any(self._named_in(p, words) for p in self.store.people_of_event(row["id"]))

    def _doers(self, intent: Intent, row, asked: set[str], of_event: set[str]) -> set[str]:
        """The names of the event's people (`of_event`) that the clause matching the question
        names, besides those asked about; none when that clause names none of them."""
        _, clause = self.supporting_text(intent, row)
        return {p["name"] for p in self._people_in(clause.lower()) if p["id"] not in asked and p["id"] in of_event}

    def _who_by_events(self, intent: Intent, draft, interpretation: str, by_metric):
        """Whom the events the question's words find name; `by_metric`, the answer from a
        figure's people, stands when they name no one."""
        from ..writing.render import render

        rows = self._find_events(intent, limit=3)
        # An answer to "who" names someone the question does not ("who refused to meet Yeltsin?");
        # a holder of an office the question names ("which EU foreign policy chief") is asked for.
        by_role = {p for phrase, facet in intent.bound.items() if facet == "person"
                   and set(phrase.split()) & self.event_vocab.role_stems
                   for p in self.lexicon.values_of(phrase, "person")}
        asked = set(intent.people) - set(intent.office_of) - by_role
        people_of = {r["id"]: {p["id"] for p in self.store.people_of_event(r["id"])} for r in rows}
        if not (ENTITY.search(intent.normalized) and not COUNTRIES.search(intent.normalized)):
            # (a firm or a body asked for is named by the event's words, whoever its people are)
            rows = [r for r in rows if people_of[r["id"]] - asked] or [r for r in rows if people_of[r["id"]]] or rows
        if (country := self._role_country(intent)) is not None:
            # "Who was Russia's defence minister in 2023?": an event with a Russian in that role,
            # not China's minister on a trip to Russia.
            rows = [r for r in rows if any(p["country"].lower() == country for p in self.store.people_of_event(r["id"])
                                           if p["id"] not in asked)]
        if not rows:
            return by_metric or self._no_event(intent, draft, interpretation)
        if SUPERLATIVE.search(intent.normalized) and not SUPERLATIVE.search(f"{rows[0]['title']} {rows[0]['summary']}".lower()):
            # "Which bank processes the most payments?": an event of one bank ranks none.
            text = (f"crr holds no ranking that names which is the largest or the most; the nearest event it "
                    f"holds, “{rows[0]['title']}”, ranks no one, so it names none.")
            return draft.answer(intent, False, "who", "Read as a question about which ranks first.", text,
                                [f"when was {rows[0]['title'].lower()}?"])
        if COUNTRIES.search(intent.normalized):
            # "Through which countries ...": of the close matches, the first that names one.
            naming = [r for r in rows if self._names_beyond(f"{r['title']}. {r['summary']}", intent.question,
                                                             intent.parties)]
            rows = naming[:1] + [r for r in rows if r not in naming[:1]]
        cited = self._cite_events(draft, rows[:1])
        if self._signers_unnamed(intent, rows[0]):
            cited[0]["people"] = []
        if country is not None:
            ours = {p["name"] for p in self.store.people_of_event(rows[0]["id"]) if p["country"].lower() == country}
            cited[0]["people"] = [n for n in cited[0]["people"] if n in ours]
        # "Who refused to meet Yeltsin?": of the event's people, those the clause that says
        # what the question asks names ("Deng Xiaoping declined to see him").
        doers = self._doers(intent, rows[0], asked, people_of[rows[0]["id"]])
        if doers and cited[0]["people"]:
            cited[0]["people"] = [n for n in cited[0]["people"] if n in doers]
        if len(cited[0]["people"]) > 1 and (holding := self._holding_the_role(intent, rows[0])):
            # "Who was Chinese premier in 2010?": of the event's people, the one whose role it is.
            cited[0]["people"] = [n for n in cited[0]["people"] if n in holding]
        # An event with no people of its own may still name the one asked for in its words
        # ("which company ..."): those names are shown as the source's, to judge.  Asked for
        # a company, a bank or a body, the names its words give lead, whoever its people are.
        organisation = (bool(ENTITY.search(intent.normalized) or LED_GROUP.search(intent.normalized))
                        and not COUNTRIES.search(intent.normalized)) \
            or bool(PLACES_ASKED.search(intent.normalized))  # "to which port": the place its words name
        names = [] if cited[0]["people"] and not organisation else [
            n for n in self._names_beyond(f"{rows[0]['title']}. {rows[0]['summary']}", intent.question, intent.parties)
            if not (organisation and self._people_in(n.lower()))]
        if cited[0]["people"] and COUNTRIES.search(intent.normalized):
            # "Which country was ready to fund the pipeline?": the countries its words name lead,
            # not the people who took part (Putin is no country).
            countries = [n for n in self._names_beyond(f"{rows[0]['title']}. {rows[0]['summary']}", intent.question,
                                                       intent.parties) if self.lexicon.values_of(n.lower(), "party")]
            if countries:
                names, organisation = countries, True
        if PERSON_ACT.search(intent.normalized) and not self._people_in(" ".join(names).lower()):
            names = []  # "who commanded the Chinese side": the PLA is no one who commands
        elif not cited[0]["people"] and not names:
            names = self._the_other_party(intent, rows[0]["title"])
        text = render("answers/who.txt.j2", events=cited, names=names, lead=organisation)
        # An event that names no one (no people of its own, no name in its words) answers
        # no "who": it is shown, and the question stays unanswered.
        named = bool(cited[0]["people"]) and (bool(people_of[rows[0]["id"]] - asked) or not asked) or bool(names)
        if not named and by_metric is not None:
            return by_metric
        return draft.answer(intent, named, "who", interpretation, text,
                            [f"when was {rows[0]['title'].lower()}?"])


    def _answer_who_of_previous(self, intent: Intent, event_id: str, besides: set[str] = frozenset()):
        """"Who took part?" after an answer about an event: that event's people; those the
        question's words say what of ("who did he meet?": those its clause of meeting
        names), `besides` the one asked about before."""
        from ..writing.render import render

        draft = Draft(self.store)
        rows = self.store.rows("select * from events where id = ?", (event_id,))
        if not rows:
            return self._no_event(intent, draft, "Read as a follow-up about the event just shown.")
        cited = self._cite_events(draft, self._same_claim(rows))  # each source's account of it
        for line, row in zip(cited, self._same_claim(rows)):
            if self._signers_unnamed(intent, row):
                line["people"] = []
        if besides:
            of_event = {p["id"] for p in self.store.people_of_event(event_id)}
            doers = self._doers(intent, rows[0], besides, of_event)
            left = {p["name"] for p in self.store.people if p["id"] in of_event - besides}
            for line in cited:
                line["people"] = [n for n in line["people"] if n in (doers or left)]
        side = _side_asked(intent.normalized)
        if side:
            # "Who signed for China?": that side's people only; none named is said, not filled in.
            of_side = {p["name"] for p in self.store.people_of_event(event_id) if p["country"].lower() == side}
            for line in cited:
                line["people"] = [name for name in line["people"] if name in of_side]
            if not cited[0]["people"]:
                text = (f"The source names no one from {side.title()} for this event: {rows[0]['title']}, "
                        f"{cited[0]['date']} ({cited[0]['source_name']}{cited[0]['marks']}).\n")
                return draft.answer(intent, False, "who", f"Read as a follow-up: who took part in "
                                    f"'{rows[0]['title']}' for {side.title()}.", text, [])
        # With no people of its own, the names its words give are shown as the source's, to judge.
        names = [] if cited[0]["people"] or side else self._names_beyond(
            f"{rows[0]['title']}. {rows[0]['summary']}", intent.question, intent.parties)
        text = render("answers/who.txt.j2", events=cited, names=names, lead=False)
        return draft.answer(intent, bool(cited[0]["people"] or names), "who",
                            f"Read as a follow-up: who took part in '{rows[0]['title']}'.",
                            text, [f"what happened in {rows[0]['date_start'][:4]}?"])


    def _answer_person_events(self, intent: Intent, people: list[sqlite3.Row]):
        """"What did Fu Ying say in 2016?": the events of the people named, in the period."""
        from ..writing.render import render

        draft = Draft(self.store)
        period = intent.periods[0] if intent.periods else None
        names = " and ".join(p["name"] for p in people)
        when = period.phrase if period else "any date"
        interpretation = f"Read as a question about what {names} did, {when}."
        rows = {}
        for person in people:
            for row in self.store.events_with_person(person["id"]):
                if period is None or (row["date_end"] >= period.first_day
                                      and row["date_start"] <= period.last_day):
                    rows[row["id"]] = row
        fits = self._event_fits(intent, by_subject=True)
        rows = {i: r for i, r in rows.items() if fits(r)}
        if not rows:
            return self._no_event(intent, draft, interpretation)
        ordered = self._most_said(intent, people, sorted(rows.values(), key=lambda r: (r["date_start"], r["id"])))
        cited = self._cite_events(draft, ordered[:25])
        # "How many days did Yeltsin spend in China?", "where did they meet?": a number or a
        # place their events do not give; the events are shown, the question stays unanswered.
        asked = "place" if WHERE.match(intent.normalized) else (
            "figure" if ASKS_NUMBER.search(intent.normalized) or intent.given_whole is not None else "")
        text = render("answers/person_events.txt.j2", events=cited, names=names, when=when, total=len(ordered),
                      asked=asked)
        return draft.answer(intent, not asked, "what_happened", interpretation, text,
                            [f"who is {people[0]['name']}?"])

    def _most_said(self, intent: Intent, people: list[sqlite3.Row], rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
        """"Did Xi attend the Victory Day parade?": of the person's events, those whose words
        say the most of the question's other words, when some say two or more of them."""
        names = {w for p in people for w in p["name"].lower().split()}
        terms = [t for t in self.event_vocab.search_terms(intent.normalized) if t not in names]
        said = [(sum(t in f"{r['title']} {r['summary']}".lower() for t in terms), r) for r in rows]
        most = max((n for n, _ in said), default=0)
        return [r for n, r in said if n == most] if most >= 2 else rows

    def _answer_person(self, intent: Intent, draft, people: list[sqlite3.Row]):
        """Who someone is: the role the sources give, and the events they took part in."""
        from ..writing.render import render

        marks = self._cite_people_events(draft, people)
        entries = []
        for person, mark in zip(people, marks):
            events = self._cite_events(draft, self.store.events_with_person(person["id"])[:8])
            entries.append({"person": person, "marks": mark, "events": events})
        text = render("answers/person.txt.j2", entries=entries)
        names = " and ".join(p["name"] for p in people)
        return draft.answer(intent, True, "who", f"Read as a question about {names}.", text,
                            [f"how many times did {people[0]['name'].split()[-1]} meet Putin?"])


    def _cite_people_events(self, draft, people) -> list[str]:
        """Cite where each person's role is stated: the person's own source,
        else the first event the person took part in."""
        marks = []
        for person in people:
            if person["source_id"]:
                marks.append(f"[{draft.cite(person['source_id'], person['locator'])}]")
                continue
            events = self.store.events_with_person(person["id"])
            if events:
                draft.events.append(event_ref(events[0]))
                marks.append(f"[{draft.cite(events[0]['source_id'], events[0]['locator'])}]")
            else:
                marks.append("")
        return marks


def _part_of(name: str, other: str) -> bool:
    """Whether `name` is written whole within the longer name `other` ("Rosneft" within
    "Rosneft's Yuganskneftegaz"): named once, in the longer."""
    words, longer = re.sub(r"['’]s\b", "", name).split(), re.sub(r"['’]s\b", "", other).split()
    return len(longer) > len(words) and any(longer[i:i + len(words)] == words
                                            for i in range(len(longer) - len(words) + 1))


