"""Answers about people: who took part, who holds a role, whose figure it is.

A figure stated in the question ("met 19 times") names the people it counts;
a role names its latest holder the sources date; an event names its people.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cached_property

from ..reading.offices import HELD_WHEN, holder
from ..reading.read import NAME_KIND_ASKED, NAME_KINDS, Intent
from ..reading.words import STOPWORDS, _stem, content_tokens
from .draft import Draft, join_words
from .event_words import event_stem
from .events import event_ref
from ..reading.words import Lazy

ENTITY = Lazy(rf"\bwhich (?:\w+ ){{0,3}}?(?:countr(?:y|ies)|{NAME_KINDS})\b")
# "Who is the Chinese president?", "who was Russia's leader in 2010?": an office and a time.
OFFICE_ONLY = Lazy(r"^(?:and )?(?:who|whom)(?:'s| is| was| are| were)\b")
OFFICE_FILLER = frozenset("who whom is was are were the then now today currently at that time in of and 's s".split())
# Words by which a record speaks of a kind of name asked for ("survey" of a pollster).
KIND_MARKS = {"pollster": r"\b(?:survey|poll|pollster)", "survey": r"\b(?:survey|poll)", "poll": r"\b(?:survey|poll)",
              "bank": r"\bbank", "company": r"\b(?:compan|firm|corporation)", "firm": r"\b(?:compan|firm|corporation)",
              "refinery": r"\brefiner", "institute": r"\binstitut", "maker": r"\bmaker", "producer": r"\bproducer",
              "exporter": r"\bexporter", "supplier": r"\bsupplier", "organisation": r"\borgani[sz]ation",
              "organization": r"\borgani[sz]ation"}
# Kinds of name narrow enough that a record must tie a name to the kind ("which bank": not
# any company its record names); a firm or a company is any organisation named.
NARROW_KINDS = frozenset({"bank", "refiner", "pollster", "institute", "ministr", "agenc"})
# "which were the 8 firms", "name the 42 companies": the names of what a count counts.
COUNTED = Lazy(r"^(?:which|what|name|list|who)(?: (?:were|are|was|is))?"
               r"(?: (?:some|any|all|a few|several|one|two|three)(?: of)?)?(?: the)? \d+\b"
               r"|^(?:which (?:were|are) the|name the|list the|who (?:were|are) the)\b")
# ... of people: "which were the 2 leaders", "name the military leaders behind the 14 ...".
COUNTED_PEOPLE = Lazy(r"^(?:\S+ ){0,5}?(?:leaders|presidents|ministers|people|persons|officials|diplomats|"
                      r"generals|men|women|heads)\b")
# "which refinery is the largest buyer": a ranking, which a figure of one is not.
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
PERSON_ACT = Lazy(r"^which (?:\w+ ){0,2}?(?:general|commander|minister|official|diplomat|spokes\w+|envoy|"
                  r"ambassador|premier|president|leader)\b"
                  r"|^who (?:\w+ ){0,2}?(?:negotiat\w*|disclos\w*|reveal\w*|made public|publici[sz]ed|said|says|announc\w*|command\w*|"
                  r"led|headed|signed|warned|claimed|wrote|told|stated|declared|admitted|confirmed)\b")
WHERE = Lazy(r"^(?:and )?where\b")
COUNTRY_WORD = Lazy(r"\b(chin|russi)(?:a|an|ese)(?:'s|s)?\b")
HOW_MUCH = Lazy(r"\bhow (?:much|many|big|large)\b")
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
        # The names the question writes itself ("Shandong Yulong"), not its common words ("navy").
        named_by_question = {_stem(w.lower()) for w in re.findall(r"(?<=\S )[A-Z][\w-]*", question)}
        names = []
        for match in NAME.finditer(text):
            opening = match.start() == 0 or text[:match.start()].rstrip().endswith((".", ":", "("))
            if opening and " " not in match.group(0) and not _NAME_ALONE.search(match.group(0)) \
                    and not (countries and self._country_named(match.group(0))):
                continue  # "Volume of crude oil ...": a sentence's first word, unless only a name is so written
            # "Harbin Turbine-led", "Gazprom-owned": the name without the word joined to it.
            name = re.sub(r"['’]s$", "", re.sub(r"-(?:led|owned|backed|run|based|controlled)\b.*$|-[a-z]+$", "",
                                                 match.group(0)))
            while " " in name and self._a_measure_word(name.rsplit(" ", 1)[1]):
                name = name.rsplit(" ", 1)[0]  # "Transneft USD 400 mn": the name, not its currency
            cased = re.findall(r"[A-Za-z0-9]+", re.sub(r"['’]s\b", "", name))
            whole = [w.lower() for w in cased]
            if opening and not (len(whole) > 1 and self._named_thing(" ".join(whole), countries)):
                name = self._without_opening_words(name, kind)
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
        return [n for n in names if not any(_part_of(n, other) for other in names)]

    def _a_measure_word(self, word: str) -> bool:
        """A currency or a unit written large ("USD", "TIV")."""
        return self.lexicon.has(word.lower(), "currency") or self.lexicon.has(word.lower(), "unit")

    def _without_opening_words(self, name: str, kind: set[str]) -> str:
        """A name where a sentence opens, without the words that say nothing of whom and
        are written large only because they open it ("Value of Rosneft" is Rosneft, "A Pew
        Research Center" is Pew Research Center); the kind asked stays ("Bank of China")."""
        words = name.split()
        while len(words) > 1 and words[0].isalpha() and words[0].istitle() and _stem(words[0].lower()) not in kind \
                and self._says_nothing(words[0].lower()):
            words = words[1:]
            if words[0] in ("of", "de"):
                words = words[1:]
        return " ".join(words)

    def _says_nothing(self, word: str) -> bool:
        """A small word, or one crr reads as harmless or as a measure ("value", "share")."""
        entries = (*self.lexicon.entries.get((word,), ()), *self.lexicon.entries.get((_stem(word),), ()))
        return word in STOPWORDS or any(b.facet in ("harmless", "measure") for b in entries)

    def _is_place(self, words: list[str]) -> bool:
        """Whether a name is only a place (db/vocabulary.yaml: places), perhaps of a country
        ("Russia's Far East", "Russian Arctic")."""
        places = self.event_vocab.places
        while len(words) > 1 and self.lexicon.values_of(words[0], "party"):
            words = words[1:]
        return " ".join(words) in places

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
        if len(asked) != 1:
            return []
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
        if by_figure is not None:
            return by_figure
        # A figure whose records name no one may still have an event that does ("which
        # bank stopped payments": a share of banks, and the event of the one that did).
        by_metric = self._who_by_metric(intent)
        if by_metric is not None and (by_metric.interpretation != NAMES_NO_ONE or not self._find_events(intent, limit=1)):
            return by_metric
        named = self._people_in(intent.normalized)
        if named and re.match(r"^(?:who is|who was|who's|whos|who are)\b", intent.normalized):
            return self._answer_person(intent, draft, named[:2])
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
        return self._with_the_figure_asked(intent, draft, self._who_by_events(intent, draft, interpretation, by_metric))

    def _holding_the_role(self, intent: Intent, row) -> set[str]:
        """The names of an event's people whose role is the one the question names, of the
        country it names ("Chinese premier": Wen Jiabao, not Putin); none when none is."""
        roles = [r for r in self.event_vocab.roles if re.search(rf"\b{r}", intent.normalized)]
        if not roles:
            return set()
        country = _country_asked(intent.normalized)
        return {p["name"] for p in self.store.people_of_event(row["id"])
                if any(r in (p["role"] or "").lower() for r in roles)
                and (country is None or (p["country"] or "").lower() == country)}

    @staticmethod
    def _names_of(answer) -> list[str]:
        """The names a who-answer over figures gives from its records' words."""
        names = []  # (the names a record's words give, not a count's own people, who are all its names)
        for line in answer.text.splitlines():
            if line.startswith("Its record names ") and ":" in line:
                head = line.split(":", 1)[0].removeprefix("Its record names ")
                names += [n.strip() for n in re.split(r",| and ", head) if n.strip()]
        return names

    def _with_figures(self, intent: Intent, draft, by_event, by_figure):
        """The event's answer, and after it the figures the question states that crr holds."""
        found = []
        for value in by_figure.values:
            rows = self.store.rows("select * from observations where id = ?", (value.observation_id,))
            found += [(rows[0], self.metrics[value.metric])] if rows else []
        return self._and_figures(intent, draft, by_event, found)

    def _and_figures(self, intent: Intent, draft, by_event, found):
        lines = []
        for row, metric in found:
            fact = draft.observed(row, metric)
            lines.append(f"{metric.name}, {fact.period_text}: {fact.text}{fact.marks}.")
        text = by_event.text.rstrip("\n") + "\n" + "\n".join(lines)
        return draft.answer(intent, True, "who", by_event.interpretation, text, by_event.suggestions)

    def _with_the_figure_asked(self, intent: Intent, draft, by_event):
        """"Who revealed the financing, and how much was it?": the event's people, and the
        figure the question resolves to, of the event's year (or its only figures)."""
        metric = self.metrics.get(intent.metric_id) if intent.metric_id else None
        if not by_event.answered or not by_event.events or metric is None or not HOW_MUCH.search(intent.normalized):
            return by_event
        rows = self.store.observations(metric.id)
        year = by_event.events[0].date[:4]
        rows = [r for r in rows if str(r["period"]).startswith(year)] or (rows if len(rows) <= 2 else [])
        if not rows:
            return by_event
        return self._and_figures(intent, draft, by_event, [(r, metric) for r in rows])

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
        rows = [r for r in rows if people_of[r["id"]] - asked] or [r for r in rows if people_of[r["id"]]] or rows
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
        organisation = (bool(ENTITY.search(intent.normalized)) and not COUNTRIES.search(intent.normalized)) \
            or bool(PLACES_ASKED.search(intent.normalized))  # "to which port": the place its words name
        names = [] if cited[0]["people"] and not organisation else [
            n for n in self._names_beyond(f"{rows[0]['title']}. {rows[0]['summary']}", intent.question, intent.parties)
            if not (organisation and self._people_in(n.lower()))]
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

    def _who_held_office(self, intent: Intent):
        """"Who was China's president when Yeltsin made his first official visit?": the
        event the rest of the question finds, and who held the office on its date."""
        from ..reading.periods import Period
        from ..writing.render import render

        before_the_list = bool(intent.periods) and holder(intent.open_offices[0], intent.periods) is None
        rows = [] if before_the_list else self._find_events(intent, limit=1)
        if not rows:
            if not before_the_list:
                return None
            # "Who was the Chinese president in 1960?": before the first holder crr lists.
            first_since, first = intent.open_offices[0].split()[1].split(":", 1)
            names = {p["id"]: p["name"] for p in self.store.people}
            text = (f"crr's list of who held this office begins with {names.get(first, first)}, from "
                    f"{first_since}; it names no one for {intent.periods[0].phrase}.")
            return Draft(self.store).answer(intent, False, "who", "Read as a question about who held an office.",
                                            text, [f"who is {names.get(first, first)}?"])
        person_id = holder(intent.open_offices[0], [Period.point(rows[0]["date"].split("/")[0])])
        people = {p["id"]: p for p in self.store.people}
        if person_id not in people:
            return None
        draft = Draft(self.store)
        cited = self._cite_events(draft, rows)
        named = person_id in {p["id"] for p in self.store.people_of_event(rows[0]["id"])}
        text = render("answers/who_office.txt.j2", holder=people[person_id]["name"], event=cited[0], named=named)
        return draft.answer(intent, True, "who", "Read as a question about who held an office at the time of an event.",
                            text, [f"who is {people[person_id]['name']}?"])

    def _who_by_figure(self, intent: Intent, draft):
        """"Which two leaders met 19 times since the war began?", "which pollster found 88%
        of Russians favourable?": whose is the figure the question states, when crr holds it.
        A number crr does not hold for this is said; so are names it does not hold ("which
        were the 8 firms": crr holds how many, not which)."""
        from ..writing.render import render

        if not intent.numbers:
            return None
        marks = ",".join("?" for _ in intent.numbers)
        rows = self.store.rows(f"select * from observations where value in ({marks}) order by id",
                               tuple(intent.numbers))
        facts = self.resolver.facts
        hits = []
        for row in rows:
            metric = self.metrics[row["metric_id"]]
            if not all(facts.covers(metric.subjects, a) for a in intent.subjects) \
                    or any(p not in metric.parties for p in intent.others):
                continue
            if intent.periods and not any(_within(row, period) or period.label in metric.name
                                          for period in intent.periods):
                # "signed in 1997 to sell oil for 1999": either year may be the figure's; so
                # may the year its name gives ("capacity from the 2008 deal", held for 2011).
                continue
            if intent.quantity_units and not any(metric.unit in units for units in intent.quantity_units):
                continue  # "$6 billion" is no rank of 6
            hits.append((row, metric))
        interpretation = "Read as a question about whose figure it is."
        if not hits:
            text = (f"crr holds no figure of {' or '.join(f'{n:g}' for n in intent.numbers)} that fits this "
                    "question, so it names no one.")
            return draft.answer(intent, False, "who", interpretation, text, self._starters())
        # "What were the 25 documents?": a count's people (whose visit it was) are not the
        # things counted, unless people are what it counts ("which were the 2 leaders").
        things = COUNTED.search(intent.normalized) and not COUNTED_PEOPLE.search(intent.normalized)
        counted = [metric for row, metric in hits if metric.measure == "count"
                   and COUNTED.search(intent.normalized) and (not metric.people or things)]
        if counted:
            unit = counted[0].unit
            text = (f"The sources give how many {unit} ({counted[0].name}), not which: crr holds no names "
                    f"of the {unit}.")
            return Draft(self.store).answer(intent, False, "who", interpretation, text,
                                            [f"{counted[0].name.lower()}"])
        people = {p["id"]: p for p in self.store.people}
        # The figure's own note may name whose it is ("Gazprom's exports through ..."); what
        # only a person does ("who negotiated", "who disclosed") needs a person crr knows.
        person = bool(PERSON_ACT.search(intent.normalized))
        # "Which bank put up the $6bn?": a record that says "Chinese banks" names no bank; a
        # name is one of a kind that narrow only when its record ties the two ("Bank of
        # China", "the Shandong Yulong refinery").
        entity = ENTITY.search(intent.normalized)
        root = re.sub(r"(?:ies|y|s)$", "", entity.group(0).split()[-1]) if entity else ""
        root = root if root in NARROW_KINDS else ""

        def names_whose(record: str) -> bool:
            names = self._names_beyond(record, intent.question, intent.parties)
            if root and re.search(rf"\b{root}", record, re.I) and not any(_tied(n, root, record) for n in names):
                return False
            return bool(names) and not (person and not self._people_in(record.lower()))

        hits = [(row, metric) for row, metric in hits if metric.people or names_whose(_record(metric, [row]))]
        if not hits:
            text = ("crr holds the figure the question gives, but no record of it names who it is of, "
                    "so it names no one.")
            return draft.answer(intent, False, "who", interpretation, text, self._starters())
        lines = []
        for row, metric in hits[:3]:
            fact = draft.observed(row, metric)
            names = [people[p]["name"] for p in metric.people if p in people]
            # A figure that names no one of its own: the names its record gives, as its words'.
            worded = [] if names else self._names_beyond(_record(metric, [row]), intent.question, intent.parties)
            lines.append({"fact": fact, "metric": metric, "said": _said(metric, [row]), "names": names,
                          "worded": worded})
        text = render("answers/who_figure.txt.j2", lines=lines)
        return draft.answer(intent, True, "who", interpretation, text, [])

    def _who_by_metric(self, intent: Intent):
        """"Who are the top diplomats the Dashboard counts, and how often did they meet?":
        a count of the people named answers with their names and its figure."""
        metric = self.metrics.get(intent.metric_id) if intent.metric_id else None
        # A metric matched well, or the only one that fits every facet the question binds.
        strong = bool(intent.candidates) and (intent.candidates[0][0] >= 3 or len(intent.candidates) == 1)
        entity = bool(ENTITY.search(intent.normalized))  # "which two countries ...", "which pollster ..."
        if not (metric and ((metric.people and (intent.people or (strong and intent.measures))) or (strong and entity))):
            return None
        if metric.people and set(metric.people) <= set(intent.people) and not intent.measures:
            return None  # "who succeeded Yeltsin?": a figure of Yeltsin's names no one else
        from ..reading.kinds import metric_kind

        if SUPERLATIVE.search(intent.normalized) and metric.measure != "rank" and not metric.people:
            text = (f"crr holds {metric.name} but no ranking that names which is the largest or the most, "
                    "so it names none.")
            return Draft(self.store).answer(intent, False, "who", "Read as a question about which ranks first.",
                                            text, [f"latest {metric.name.lower()}"])
        rows = [r for r in self._observations(metric.id)
                if not intent.periods or any(_within(r, period) for period in intent.periods)]
        if not metric.people and not self._names_beyond(_record(metric, rows), intent.question, intent.parties):
            text = f"crr holds {metric.name}, but no record of it names who it is of, so it names no one."
            return Draft(self.store).answer(intent, False, "who", NAMES_NO_ONE,
                                            text, [f"latest {metric.name.lower()}"])
        kind = metric_kind(intent.asked_kind, intent.periods)
        answer = getattr(self, f"_answer_{kind}")(intent)
        names = {p["id"]: p["name"] for p in self.store.people}
        who = " and ".join(names[p] for p in metric.people if p in names)
        # Without people, the metric's records name whom its figure is of, in their words.
        worded = [] if who else self._names_beyond(_record(metric, rows), intent.question, intent.parties)
        if who:
            answer.text = f"{who}: " + answer.text
        else:
            lead = f"Its record names {', '.join(worded)}: " if worded else ""
            answer.text = lead + answer.text.rstrip("\n") + f"\n({_said(metric, rows)})"
        answer.kind = "who"
        return answer

    def _answer_who_of_previous(self, intent: Intent, event_id: str):
        """"Who took part?" after an answer about an event: that event's people."""
        from ..writing.render import render

        draft = Draft(self.store)
        rows = self.store.rows("select * from events where id = ?", (event_id,))
        if not rows:
            return self._no_event(intent, draft, "Read as a follow-up about the event just shown.")
        cited = self._cite_events(draft, self._same_claim(rows))  # each source's account of it
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

    def _answer_who_of_figure(self, intent: Intent, metric_id: str):
        """"Who signed it?" after a figure ("the 2014 gas deal's value"): the people its
        records name; else that they name no one, with what they say of it."""
        metric = self.metrics[metric_id]
        draft = Draft(self.store)
        rows = self._observations(metric_id)
        interpretation = f"Read as a follow-up: who is named in crr's records of {metric.name}."
        names = {p["id"]: p["name"] for p in self.store.people}
        people = [names[p] for p in metric.people if p in names]
        asked = NAME_KIND_ASKED.search(intent.normalized)
        record = _record(metric, rows)
        if not people and asked and re.search(KIND_MARKS.get(_stem(asked.group(1)), r"$^"), record, re.I):
            # "Which pollster was it?": a kind of name asked, which the figure's record gives
            # when it speaks of one ("a Levada Center survey"); trade's record names no company.
            people = self._names_beyond(record, intent.question, intent.parties)
        if not people:
            # The names a figure's words give ("Crimea", "Power of Siberia") are not who did it.
            text = (f"crr's records of {metric.name} name no one who took part in it, so it names no one; "
                    f"what they say of it: {_said(metric, rows)}")
            return draft.answer(intent, False, "who", interpretation, text, [])
        facts = [draft.observed(r, metric) for r in rows[:1]]
        text = (f"{join_words(people)}: {metric.name}, {facts[0].period_text}: {facts[0].text}{facts[0].marks}.\n"
                f"({_said(metric, rows)})\n")
        return draft.answer(intent, True, "who", interpretation, text, [])

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

    def _people_by_role(self, intent: Intent) -> list[sqlite3.Row]:
        """Holders of the role the question names, best first: the country named
        first is the person's ("China's ambassador to Russia"), and unless the
        question gives a time, the holder the sources date latest comes first."""
        # Spellings, roles and the role's words, cut as the search terms are ("defence": "defenc").
        spell = {event_stem(k): event_stem(v) for k, v in self.event_vocab.spellings.items()}
        terms = [spell.get(t, t) for t in self.event_vocab.search_terms(intent.normalized)]
        # ... and the words as mended ("ambasador": ambassador).
        mended = " ".join(intent.content)
        terms += [t for t in dict.fromkeys(spell.get(t, t) for t in self.event_vocab.search_terms(mended))
                  if t not in terms]
        country = _country_asked(intent.normalized)
        now = not intent.periods or re.search(r"\b(?:current|currently|now|today|present|incumbent)\b",
                                              intent.normalized)
        # Words that say nothing of whose role ("the two countries'", "each other") need no match.
        harmless = {event_stem(w) for w in content_tokens(intent.normalized) if self.lexicon.has(w, "harmless")}
        # ... nor do words no record has, as typed ("whos", "chinas"; a typo mended is a term too).
        harmless |= {event_stem(w) for w in content_tokens(intent.normalized) if w not in self.lexicon.real_words}
        needed = min(2, len([t for t in terms if t not in harmless])) or 1
        scored = []
        for person in self.store.people:
            role = (person["role"] or "").lower()
            words = {spell.get(w, w) for w in map(event_stem, content_tokens(role))}
            hits = [t for t in terms if t in words]
            if any(t in self.event_vocab.role_stems for t in hits) and len(hits) >= needed:
                score = len(hits) + (1 if person["country"].lower() == country else 0)
                # Unless the question gives a time, the holder the sources date latest comes first.
                latest = max((int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", role)), default=0) if now else 0
                scored.append((-score, -latest, person["name"], person))
        scored.sort(key=lambda item: item[:3])
        people = [p for *_, p in scored]
        # "The Chinese ambassador in Moscow and the Russian ambassador in Beijing": a role
        # asked twice, once for each country, is both holders.
        both = sum(t in self.event_vocab.role_stems for t in terms) >= 2 \
            and len(set(re.findall(r"\b(chin|russi)(?:a|an|ese)\b", intent.normalized))) == 2
        if country and not both and any(p["country"].lower() == country for p in people):
            people = [p for p in people if p["country"].lower() == country]  # China's, not Russia's, ambassador
        return people[:2]

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


def _country_asked(text: str) -> str | None:
    """The first of the two countries a question names ("China's", "Russian", "chinas")."""
    found = COUNTRY_WORD.search(text)
    return {"chin": "china", "russi": "russia"}[found.group(1)] if found else None


def _tied(name: str, kind: str, record: str) -> bool:
    """Whether the record makes `name` one of `kind`: in the name, or next to it."""
    said = re.escape(name)
    return kind in name.lower() or bool(re.search(rf"{said}(?:['’]s)?\W+(?:[\w-]+\W+)?{kind}|{kind}\w*\W+{said}",
                                                   record, re.I))


def _part_of(name: str, other: str) -> bool:
    """Whether `name` is written whole within the longer name `other` ("Rosneft" within
    "Rosneft's Yuganskneftegaz"): named once, in the longer."""
    words, longer = re.sub(r"['’]s\b", "", name).split(), re.sub(r"['’]s\b", "", other).split()
    return len(longer) > len(words) and any(longer[i:i + len(words)] == words
                                            for i in range(len(longer) - len(words) + 1))


def _within(row: sqlite3.Row, period) -> bool:
    """A figure's period that fits the asked one: for "since" a span that starts then
    (the same year will do), else one that overlaps it."""
    start = row["period_start"] or "0000"
    if period.form == "since":
        return period.start is not None and start[:4] == period.first_day[:4]
    asked_start = period.start.isoformat() if period.start else "0000"
    asked_end = period.end.isoformat() if period.end else "9999"
    end = row["period_end"] or "9999"
    if period.form == "point":  # a figure for 2023 itself, not a span that takes it in
        # ... though a month of a year is the year's: "the June 1997 deal" has a figure for 1997.
        within_year = start[:4] == end[:4] == asked_start[:4] == asked_end[:4]
        return start >= asked_start and end <= asked_end or within_year and start <= asked_start and end >= asked_end
    return start <= asked_end and end >= asked_start


def _record(metric, rows) -> str:
    """What crr's records say of a figure: the metric's name and description, and the
    notes of its observations ("Gazprom's exports through Power of Siberia-1")."""
    notes = ". ".join(dict.fromkeys(r["note"] for r in rows if r["note"]))
    return f"{metric.name}. {metric.description}. {notes}"


def _said(metric, rows) -> str:
    """The description of a figure, and its observations' notes where they say more."""
    notes = " ".join(dict.fromkeys(r["note"].rstrip(".") + "." for r in rows if r["note"]))
    return f"{metric.description.rstrip('.')}. {notes}".strip() if notes else metric.description
