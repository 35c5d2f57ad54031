"""Who-questions about a figure: the people, firms or bodies a figure's records or its
event name, with the figure asked beside them."""

from __future__ import annotations

import re
from dataclasses import replace
import sqlite3

from ..reading.read import NAME_KIND_ASKED, Intent
from ..reading.words import _SMALL_NUMBERS, _stem
from .draft import Draft, join_words
from ..reading.words import Lazy
from ..resolving.acts import who_act_word
from .record_names import MONTHS, NARROW_KINDS, _tied
from .turn_words import NAMING, POINTED_NOUN
from .asked_names import HOST_ASKED, PEOPLE_OF_A_KIND
from .thresholds import FRACTION, FRACTION_SHARES
from .people import (PLACES_ASKED, COUNTRIES, ENTITY, FIGURE_NAMES_NO_ONE, HEAD_ASKED, LED_GROUP, NAMES_NO_ONE, PERSON_ACT, SUPERLATIVE,
                     acts_asked, says_an_act)
from ..resolving.counted import subject_missing
from ..resolving.rules import nationality_swapped


# Who made, ran or paid for a thing: the record must say that act of the name it gives.
MADE_IT = Lazy(r"\bwho (?:\w+ )?(built|buil|construct|design|operat|own|financ|fund|lent|lend|manufactur|develop)\w*\b")
# Words by which a record speaks of a kind of name asked for ("survey" of a pollster).
KIND_MARKS = {"pollster": r"\b(?:survey|poll|pollster)", "survey": r"\b(?:survey|poll)", "poll": r"\b(?:survey|poll)",
              "bank": r"\bbank", "company": r"\b(?:compan|firm|corporation)", "firm": r"\b(?:compan|firm|corporation)",
              "refinery": r"\brefiner", "institute": r"\binstitut",
              "institution": r"\b(?:institut|bank|agency|ministry|cent(?:er|re)\b|office)", "maker": r"\bmaker", "producer": r"\bproducer",
              "exporter": r"\bexporter", "supplier": r"\bsupplier", "organisation": r"\borgani[sz]ation",
              "organization": r"\borgani[sz]ation"}
# The one a record says put its figures together, which did none of what they count: "(as compiled by Wind)".
COMPILED_BY = Lazy(r"\b(?:compiled|collected|published|calculated|estimated) by (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")
# Whose word a figure is asked as: "according to which institution?", "per which source?".
REPORTER_ASKED = Lazy(r"\b(?:according to|per|reported by|citing) (?:which|what|whom)\b|\bwho (?:reported|published|says so|said so)\b")
# Who put a figure together: "whose monthly figures are behind the series?", "who compiled them?".
COMPILER_ASKED = Lazy(r"\bwhose (?:[\w-]+ ){0,2}?(?:figures|data|numbers|statistics|series|estimates?)\b"
                      r"|\bwho (?:compiled|collected|calculated|produced|compiles|collects|produces)\b")
# ... and as its record says it: "Per the Russian central bank: ...", "according to the Bank of Russia".
REPORTED_IN_RECORD = Lazy(r"\b(?:[Pp]er|[Aa]ccording to|[Cc]iting|[Rr]eported by) ((?:the )?(?:[A-Z][\w'’-]*)"
                          r"(?: (?:[A-Z][\w'’-]*|of|central|bank|ministry|customs|statistics|service|office|agency))*)")
# Which end of a flow is asked, by what that end does, as what the question asks: "which
# supplier ...", "who bought ..." (not "who was running Gazprom when it delivered ...").
SUPPLIER_ASKED = Lazy(r"^(?:\w+ )?(?:who|which|what)(?: [\w-]+)?? (?:suppl(?:ier|iers|ied|ies)|exporters?|exported|sold|sells|sellers?|sent|delivered)\b")
BUYER_ASKED = Lazy(r"^(?:\w+ )?(?:who|which|what)(?: [\w-]+)?? (?:buyers?|bought|buys|importers?|imported|customers?|purchased)\b")


# A kind of name asked for, which the names a record gives must be of: "which banks", "which country".
KIND_OF_NAME = Lazy(rf"\b(?:which|what|{NAMING}) (?:of (?:the|these|those) )?(?:\d+ )?(?:[\w-]+ ){{0,2}}?(banks?|countr(?:y|ies)|universit(?:y|ies)|shipyards?|"
                    r"compan(?:y|ies)|firms?|exporters?|producers?|"
                    r"executives?|heads?|chiefs?|ceos?|officials?|ministers?|directors?|chairm[ae]n|persons?|people)\b")
# The kinds of name that are a person's: "which executive", "which officials".
PERSON_KINDS = ("executive", "head", "chief", "ceo", "official", "minister", "director", "chairm", "person", "people")
# A word that says a name is a firm's: "Silk Road Fund", "China National Nuclear Corporation".
FIRM_WORD = Lazy(r"\b(?:Corp(?:oration)?|Compan(?:y|ies)|Co|Group|Holdings?|Ltd|Limited|Inc|L?L?C|[OP]?JSC|Fund|Bank|"
                 r"Petroleum|Petrochemicals?|Oil|Gas|Gaz|Neft\w*|Energy|Industr(?:y|ies)|Motors|Airlines?|Shipping|Shipyards?|"
                 r"Works|Technolog(?:y|ies)|Telecom|Electric|Power|Nuclear|Atom\w*|Mining|Metals?|Investments?|Capital|"
                 r"Exchange|Partners)\b")
# A body or an office of a state, which no firm is: "US Department of Commerce", "Ministry of
# Finance", "Director of National Intelligence".
STATE_BODY = Lazy(r"\b(?:Department|Ministry|Commission|Council|Agency|Treasury|Government|Administration|Bureau|"
                  r"Parliament|Senate|Congress|Duma|Kremlin|Office|Director|Minister|Secretary|Ambassador|"
                  r"President|Intelligence)\b")
# A name that is a nationality and a common noun ("Russian LNG"), which no firm is called.
NATIONALITY_LED = Lazy(r"^(?:Russian|Chinese|Soviet|Kazakh|Mongolian|Indian|Japanese|American|European)\b")


def reported_by(record: str) -> list[str]:
    """The ones a figure's record says it is from ("Per the Russian central bank: ...")."""
    return list(dict.fromkeys(m.group(1).removeprefix("the ") for m in REPORTED_IN_RECORD.finditer(record)))


# A firm of polls: "which polling firm", "what survey company".
POLLING = Lazy(r"\b(?:polling|poll|survey|opinion)\b")
# Who ran a survey shown: "who ran it?", "who carried it out?".
RAN_A_SURVEY = Lazy(r"^(?:and |so )?who (?:ran|conducted|did|carried out|commissioned|held|organi[sz]ed|took) (?:it|that|this)\b"
                    r"|^(?:and |so )?who (?:ran|conducted|did|carried|commissioned|held|organi[sz]ed|took) (?:it|that|this) out\b")
# Who put a survey's questions: "who asked them?", "who polled them?".
ASKED_OF_RESPONDENTS = Lazy(r"^(?:and |so )?who (?:asked|polled|surveyed|questioned|interviewed) (?:them|those people|the respondents)\b")
# "which were the 8 firms", "name the 42 companies": the names of what a count counts.
COUNTED = Lazy(r"^(?:which|what|name|list|who)(?: (?:were|are|was|is))?"
               r"(?: (?:some|any|all|a few|several|one|two|three)(?: of)?)?(?: the)? \d+\b"
               r"|^(?:which (?:were|are) the|name the|list the|who (?:were|are) the)\b")
# ... of people: "which were the 2 leaders", "name the military leaders behind the 14 ...".
COUNTED_PEOPLE = Lazy(r"^(?:\S+ ){0,5}?(?:leaders|presidents|ministers|people|persons|officials|diplomats|"
                      r"generals|men|women|heads|chiefs|commanders|officers|envoys|ambassadors|premiers|"
                      r"negotiators|signatories|statesmen)\b")

# Which of several did more: "who initiated more of them", "which of the two hosted more".
WHICH_OF_THEM_MORE = Lazy(r"\b(?:who|which)\b.*\b(?:more|most|fewer|less|majority)\b(?! than\b)")
# Who said or made public what a figure is of.
SAID_IT = Lazy(r"^(?:and |so )?who (revealed|disclosed|announced|said|reported|made (?:it|that) public|"
               r"inaugurated|opened|launched|unveiled|commissioned|built|signed|agreed|proposed)\b")
SAID_VERBS = {"revea": "reveal|disclos|announc|made public", "discl": "reveal|disclos|announc|made public",
              "annou": "announc|reveal|disclos", "said": "said|say|stated", "repor": "report", "made ": "reveal|disclos|made public",
              # what opens a thing: "who inaugurated it?" of a line "Nazarbayev opened"
              "inaug": "inaugurat|open|launch", "opene": "open|inaugurat|launch", "launc": "launch|open|inaugurat",
              "unvei": "unveil|launch|open", "commi": "commission|open|inaugurat", "signe": "sign", "agree": "agree",
              "propo": "propos|call"}
# Which of several had the most of a count they share.
MOST_OF = Lazy(r"\b(?:the most|most of|the largest share|the biggest share|the fewest|the least|the lion's share)\b")
HOW_MUCH = Lazy(r"\bhow (?:much|many|big|large)\b|\bwhat (?:did|does|do|was|were|is) (?:[\w-]+ ){0,4}?(?:cost|worth)\b")


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
        # ... and a figure said by a month of the year ("by February 2005") is that year's too.
        said_by = not row["period_start"] and end[:4] == asked_start[:4] == asked_end[:4]
        return start >= asked_start and end <= asked_end or within_year and start <= asked_start and end >= asked_end \
            or said_by
    return start <= asked_end and end >= asked_start


# A note's sentence on where crr took a figure from ("Computed from the SIPRI Arms Transfers
# Database ..."): it names the producer, never who did what the figure counts.
PROVENANCE = Lazy(r"(?:^|(?<=\. ))(?:Taken|Computed|Summed|Aggregated|Compiled|Derived)\b (?:by year )?from\b[^.]*(?:\.|$)")


def _narrower_than_asked(intent: Intent, metric, facts) -> bool:
    """Whether a figure is only of a part of each subject the question asks (master's
    students, of students asked): a place among a part is no place among the whole."""
    asked = {s for subjects in intent.subjects for s in subjects}
    # (a figure filed under students and master's students is of master's students)
    narrowest = [h for h in metric.subjects if not any(o != h and h in facts.ancestors(o) for o in metric.subjects)]
    return bool(asked) and bool(narrowest) and all(
        all(a in facts.ancestors(held) and a != held for held in narrowest) for a in asked)


def _record(metric, rows, sources: bool = False) -> str:
    """What crr's records say of a figure: the metric's name and description, and the
    notes of its observations ("Gazprom's exports through Power of Siberia-1"); the notes'
    word on where the figure was taken from only when `sources` (whose figures are asked)."""
    notes = ". ".join(dict.fromkeys((r["note"] if sources else PROVENANCE.sub("", r["note"]).strip())
                                    for r in rows if r["note"]))
    return f"{metric.name}. {metric.description}. {notes}"


def _said(metric, rows) -> str:
    """The description of a figure, and its observations' notes where they say more."""
    notes = " ".join(dict.fromkeys(r["note"].rstrip(".") + "." for r in rows if r["note"]))
    return f"{metric.description.rstrip('.')}. {notes}".strip() if notes else metric.description


class WhoOfFigures:
    """Who-questions answered from figures; mixed into Engine."""

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
        if not by_event.answered or not by_event.events or metric is None:
            return by_event
        rows = self.store.observations(metric.id)
        year = by_event.events[0].date[:4]
        rows = [r for r in rows if str(r["period"]).startswith(year)] or (rows if len(rows) <= 2 else [])
        if not HOW_MUCH.search(intent.normalized):
            # "Who signed the five-year defence agreement of 1993?": the figure the question
            # names the thing by, of the event's year, is said with it.
            said = {float(_SMALL_NUMBERS[w]) for w in re.findall(r"[a-z]+", intent.normalized) if w in _SMALL_NUMBERS
                    and w != "a"} | set(intent.numbers)
            rows = [r for r in rows if r["value"] in said]
        if not rows:
            return by_event
        return self._and_figures(intent, draft, by_event, [(r, metric) for r in rows])

    def _counted_after(self, intent: Intent, value: float) -> frozenset[str]:
        """What a number in the question counts, when the word after it (or after one word
        more, "8 Chinese firms") is the unit some count of crr's is in: that word's group."""
        if not hasattr(self, "_count_units"):
            self._count_units = {_stem(m.unit.split()[-1]) for m in self.metrics.values() if m.measure == "count" and m.unit}
        number = f"{value:g}"
        for match in re.finditer(rf"(?<![\d.]){re.escape(number)}\s+(?:[a-z-]+\s+)?([a-z]+)", intent.normalized):
            word = _stem(match.group(1))
            if word in self._count_units:
                return self.resolver.facts.same_as(word)
        return frozenset()

    def _who_by_figure(self, intent: Intent, draft):
        """"Which two leaders met 19 times since the war began?", "which pollster found 88%
        of Russians favourable?": whose is the figure the question states, when crr holds it.
        A number crr does not hold for this is said; so are names it does not hold ("which
        were the 8 firms": crr holds how many, not which)."""
        from ..writing.render import render

        if HEAD_ASKED.match(intent.normalized) and not LED_GROUP.match(intent.normalized):
            # "Who ran Rosneft when CNPC bought $500m of its shares?": a person asked, whom a
            # figure the question states only dates; the figure's record words are no one's name.
            return None
        if intent.numbers:
            marks = ",".join("?" for _ in intent.numbers)
            rows = self.store.rows(f"select * from observations where value in ({marks}) order by id",
                                   tuple(intent.numbers))
        elif (said := FRACTION.search(intent.normalized)) and said.group(1) != "majority" \
                and intent.normalized[said.end():].startswith(" of"):
            # "which survey found three quarters of Chinese respondents ...": a share said in
            # words is the percent held that rounds to it (75 for three quarters, 67 for two thirds).
            share = FRACTION_SHARES[re.sub(r"^(?:one|a) ", "", said.group(1))]
            rows = self.store.rows("select o.* from observations o join metrics m on m.id = o.metric_id "
                                   "where m.unit = 'percent' and abs(o.value - ?) < 0.7 order by o.id", (share,))
            if not rows:
                return None
        else:
            return None
        facts = self.resolver.facts
        hits = []
        for row in rows:
            metric = self.metrics[row["metric_id"]]
            # (a subject its records say of what it counts is its own: "firms ... for missiles")
            if subject_missing(intent, metric, facts) or any(p not in metric.parties for p in intent.others):
                continue
            if nationality_swapped(intent.normalized, metric.name):
                continue  # "42 Russian companies" are not the figure's "Chinese companies"
            if metric.measure == "rank" and _narrower_than_asked(intent, metric, facts):
                continue  # first among master's students is no first source of all foreign students
            if intent.periods and not any(_within(row, period) or period.label in metric.name
                                          or re.search(rf"\b{re.escape(period.label)}\b", metric.description or "")
                                          for period in intent.periods):
                # "signed in 1997 to sell oil for 1999": either year may be the figure's; so
                # may the year its name gives ("capacity from the 2008 deal", held for 2011).
                continue
            if intent.quantity_units and not any(metric.unit in units for units in intent.quantity_units):
                continue  # "$6 billion" is no rank of 6
            if (counted := self._counted_after(intent, row["value"])) and not counted & facts.same_as(
                    _stem(metric.unit.split()[-1]) if metric.unit else "") \
                    and not counted & {_stem(s) for s in metric.subjects if metric.measure == "count"}:
                # "8 Chinese firms" is no trade of USD 8 bn; "19 meetings" are of a count of
                # interactions whose subjects are meetings and calls.
                continue
            hits.append((row, metric))
        interpretation = "Read as a question about whose figure it is."
        shared = [(row, metric) for row, metric in hits if metric.measure == "count" and len(metric.people) > 1]
        if shared and WHICH_OF_THEM_MORE.search(intent.normalized):
            # "Who initiated more of the 19 Xi–Putin contacts, Xi or Putin?": the count is of
            # them together; which of them did more is no figure crr holds.
            row, metric = shared[0]
            names = " and ".join(p["name"] for p in self.store.people if p["id"] in metric.people)
            text = (f"The sources give {row['value']:g} {metric.unit} of {names} together ({metric.name}), "
                    f"not how many each of them accounts for, so crr says of neither that it was more.")
            return draft.answer(intent, False, "who", interpretation, text, [metric.name.lower()])
        if not hits and not intent.numbers:
            return None  # (a share said in words may be no figure at all: "half of them")
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
        person = bool(PERSON_ACT.search(intent.normalized) or PEOPLE_OF_A_KIND.search(intent.normalized))
        # "Which bank put up the $6bn?": a record that says "Chinese banks" names no bank; a
        # name is one of a kind that narrow only when its record ties the two ("Bank of
        # China", "the Shandong Yulong refinery").
        entity = ENTITY.search(intent.normalized)
        root = re.sub(r"(?:ies|y|s)$", "", entity.group(0).split()[-1]) if entity else ""
        root = root if root in NARROW_KINDS else ""

        act = MADE_IT.search(intent.normalized)

        # "according to which institution?": the one the record says the figure is from.
        reporter_asked = bool(REPORTER_ASKED.search(intent.normalized))
        acted_by_another = []  # the figures whose record has someone else do the act asked

        def names_whose(record: str) -> bool:
            if reporter_asked and reported_by(record):
                return True
            if act and not re.search(rf"\b{act.group(1)}", record, re.I):
                return False  # "who built the pipeline?": a record that names it but not its builder
            names = self._names_beyond(record, intent.question, intent.parties)
            if root and re.search(rf"\b{root}", record, re.I) and not any(_tied(n, root, record) for n in names):
                return False
            if names and self._kind_unnamed(intent, names):
                return False  # "which company exported the 9.9 Mt?": "Russian LNG" is no company
            if names and self._only_acronyms(names):
                return False  # "who inaugurated the crude pipeline?": "ESPO" is the pipeline's own name
            if self._doing_the_act(intent, record, names) == []:
                acted_by_another.append(record)
                return False  # "which Russian company paid CNPC?": the record has CNPC pay
            return bool(names) and not (person and not self._people_in(record.lower()))

        sources = reporter_asked or bool(COMPILER_ASKED.search(intent.normalized))
        hits = [(row, metric) for row, metric in hits if metric.people or self._flow_end_asked(intent, metric)
                or names_whose(_record(metric, [row], sources))]
        if hits and MOST_OF.search(intent.normalized) and all(len(metric.people) > 1 for _, metric in hits):
            # "Which minister had the most of the 14 engagements?": the count is of them all
            # together; who had the most of it is not held.
            metric = hits[0][1]
            text = (f"The sources give {metric.name} for {join_words([people[p]['name'] for p in metric.people if p in people])} "
                    "together, not for each of them, so crr cannot say who had the most.")
            return draft.answer(intent, False, "who", interpretation, text, [metric.name.lower()])
        if not hits:
            record = re.sub(r"\.\.+", ".", acted_by_another[0]) if acted_by_another else ""
            text = FIGURE_NAMES_NO_ONE if not acted_by_another else (
                f"crr holds the figure the question gives, but its record has someone other than those the "
                f"question asks do what it asks (the one who {who_act_word(intent.normalized)}), so it "
                f"names no one. The record: {record}")
            return draft.answer(intent, False, "who", interpretation, text, self._starters())
        lines = []
        for row, metric in hits[:3]:
            fact = draft.observed(row, metric)
            names = [people[p]["name"] for p in metric.people if p in people]
            # A figure that names no one of its own: the names its record gives, as its words'.
            worded = [] if names else (reporter_asked and reported_by(_record(metric, [row], True))) \
                or self._names_beyond(_record(metric, [row], sources), intent.question, intent.parties) \
                or self._flow_end_asked(intent, metric)
            if worded and (kept := self._doing_the_act(intent, _record(metric, [row]), worded)) is not None:
                worded = kept  # ("who paid Transneft?": CNPC, not "CNPC's March")
            lines.append({"fact": fact, "metric": metric, "said": _said(metric, [row]), "names": names,
                          "worded": [self._in_full(n) for n in worded or []]})
        text = render("answers/who_figure.txt.j2", lines=lines)
        return draft.answer(intent, True, "who", interpretation, text, [])

    def _rank_naming_others(self, intent: Intent, metric):
        """The rank of a figure among other countries (its subjects, its parties) whose
        records name those countries, or None."""
        for ranked in self.metrics.values():
            if ranked.measure == "rank" and set(ranked.subjects) == set(metric.subjects) \
                    and set(ranked.parties) == set(metric.parties) \
                    and any(self.lexicon.values_of(name.lower(), "party") for name in
                            self._names_beyond(_record(ranked, self._observations(ranked.id)), intent.question,
                                               intent.parties)):
                return ranked
        return None

    def _who_by_metric(self, intent: Intent):
        """"Who are the top diplomats the Dashboard counts, and how often did they meet?":
        a count of the people named answers with their names and its figure."""
        metric = self.metrics.get(intent.metric_id) if intent.metric_id else None
        # A metric matched well, or the only one that fits every facet the question binds.
        strong = bool(intent.candidates) and (intent.candidates[0][0] >= 3 or len(intent.candidates) == 1)
        entity = bool(ENTITY.search(intent.normalized))  # "which two countries ...", "which pollster ..."
        if not (metric and ((metric.people and (intent.people or (strong and intent.measures))) or (strong and entity))):
            return None
        if HOST_ASKED.search(intent.normalized) and metric.measure != "rank":
            return None  # "which country hosted Vostok 2018?": a count of those who took part names no host
        if metric.people and set(metric.people) <= set(intent.people) and not intent.measures:
            return None  # "who succeeded Yeltsin?": a figure of Yeltsin's names no one else
        from ..reading.kinds import metric_kind

        if SUPERLATIVE.search(intent.normalized) and metric.measure != "rank" and not metric.people \
                and COUNTRIES.search(intent.normalized) and (ranked := self._rank_naming_others(intent, metric)) is not None:
            # "Which countries send the most students to Russia?": the rank of the figure among
            # others, whose record names those ahead of it.
            metric = ranked
            intent.metric_id, intent.metric_phrase = ranked.id, ranked.name.lower()
        if COUNTRIES.search(intent.normalized) and not metric.people \
                and (other := self._naming_other_countries(intent, metric)) is not None:
            # "Which governments drew up the Common High Priority List?": of two readings about as
            # close, the one whose record names countries besides the two crr is about.
            metric = other
            intent.metric_id, intent.metric_phrase = other.id, other.name.lower()
        if SUPERLATIVE.search(intent.normalized) and metric.measure != "rank" and not metric.people:
            text = (f"crr holds {metric.name} but no ranking that names which is the largest or the most, "
                    "so it names none.")
            return Draft(self.store).answer(intent, False, "who", "Read as a question about which ranks first.",
                                            text, [f"latest {metric.name.lower()}"])
        rows = [r for r in self._observations(metric.id)
                if not intent.periods or any(_within(r, period) for period in intent.periods)]
        acts = acts_asked(intent)
        if acts and not metric.people and not says_an_act(_record(metric, rows), acts):
            # "Which body ratified the transfer?": an act the figure's records do not say, and
            # an event's do, is the event's to answer.
            found = self._find_events(intent, limit=1)
            if found and says_an_act(f"{found[0]['title']} {found[0]['summary']}", acts):
                return None
            record = _record(metric, rows, sources=True)
            names = self._names_beyond(record, intent.question, intent.parties)
            if names and set(names) <= set(COMPILED_BY.findall(record)):
                # "Which Russian company supplied Chinese LNG in 2020?": the firm that compiled
                # the figures is the only name the record gives, and it supplied nothing.
                text = f"crr holds {metric.name}, but no record of it says who {acts[0]} it, so it names no one."
                return Draft(self.store).answer(intent, False, "who", NAMES_NO_ONE, text, [f"latest {metric.name.lower()}"])
        if not metric.people and not self._names_beyond(_record(metric, rows), intent.question, intent.parties) \
                and not self._flow_end_asked(intent, metric):
            text = f"crr holds {metric.name}, but no record of it names who it is of, so it names no one."
            return Draft(self.store).answer(intent, False, "who", NAMES_NO_ONE,
                                            text, [f"latest {metric.name.lower()}"])
        kind = metric_kind(intent.asked_kind, intent.periods)
        answer = getattr(self, f"_answer_{kind}")(intent)
        if not answer.answered and not answer.values:
            answer.kind = "who"
            return answer  # (no figure of the time asked: whom it names is no answer either)
        names = {p["id"]: p["name"] for p in self.store.people}
        who = " and ".join(names[p] for p in metric.people if p in names)
        # Without people, the metric's records name whom its figure is of, in their words.
        worded = [] if who else (self._names_beyond(_record(metric, rows), intent.question, intent.parties)
                                 or self._flow_end_asked(intent, metric))
        worded = self._as_many_as_counted(intent, metric, rows, worded)
        if worded and self._only_acronyms(worded):
            # "Who inaugurated the crude pipeline?": "ESPO", "IPO" name the thing, not who did it.
            text = f"crr holds {metric.name}, but no record of it names who it is of, so it names no one."
            return Draft(self.store).answer(intent, False, "who", NAMES_NO_ONE, text, [f"latest {metric.name.lower()}"])
        if (kept := self._doing_the_act(intent, _record(metric, rows), worded)) is not None:
            # "Which Russian company paid CNPC $400 million?": the record has CNPC pay Transneft
            worded = kept
            if not worded:
                text = (f"crr holds {metric.name}, but its record names no one of those the question asks "
                        f"as the one who {who_act_word(intent.normalized)}, so it names no one.")
                return Draft(self.store).answer(intent, False, "who", NAMES_NO_ONE, text, [f"latest {metric.name.lower()}"])
        if worded and (kind := self._kind_unnamed(intent, worded)):
            # "Name the Chinese banks that financed the purchase": a record that names a firm and
            # a minister, and no bank, does not answer it.
            text = (f"crr holds {metric.name}, but its record names no {kind}: it names "
                    f"{', '.join(map(self._in_full, worded))}, so it names no {kind}.")
            return Draft(self.store).answer(intent, False, "who", NAMES_NO_ONE, text,
                                            [f"latest {metric.name.lower()}"])
        if SUPERLATIVE.search(intent.normalized) and metric.measure == "rank" and rows \
                and all(r["value"] != 1 for r in rows) and metric.flow[0]:
            # "Which country sends the most students to Russia?": not China, third; the others
            # its record names ahead of it, of which it does not say which leads.
            worded = [n for n in worded if metric.flow[0] not in self.lexicon.values_of(n.lower(), "party")]
            if len(worded) > 1:
                # (so the question has no answer: the names are shown as what the record says,
                # and China's own rank is no answer to it)
                answer.text = answer.text.rstrip("\n") + "\nWhich of them ranks first, the record does not say.\n"
                if not re.search(r"\b(?:two|three|countries|ones|others|more than|ahead|above)\b", intent.normalized):
                    answer.answered, answer.values = False, []  # (one asked for, "the most")
        if who:
            answer.text = f"{who}: " + answer.text
        else:
            lead = f"Its record names {', '.join(map(self._in_full, worded))}: " if worded else ""
            answer.text = lead + answer.text.rstrip("\n") + f"\n({_said(metric, rows)})"
        answer.kind = "who"
        return answer

    def _flow_end_asked(self, intent: Intent, metric) -> list[str]:
        """"Which supplier accounted for 79% of China's arms imports?": of a figure that goes
        from one country to another, the end the question leaves open, asked by what that
        end does (supplying, buying) and not as a firm or a person."""
        if not all(metric.flow) or metric.people or (KIND_OF_NAME.search(intent.normalized)
                                                     and not COUNTRIES.search(intent.normalized)):
            return []
        if SUPPLIER_ASKED.match(intent.normalized):
            end, other = metric.flow
        elif BUYER_ASKED.match(intent.normalized):
            other, end = metric.flow
        else:
            return []
        if end in intent.parties or other not in intent.parties:
            return []
        return [self.store.parties[end]]

    def _only_acronyms(self, names: list[str]) -> bool:
        """Whether a record's names are only short capitals crr knows as no firm or country
        ("ESPO", "IPO"): the thing's own name, no one who did it."""
        return all(re.fullmatch(r"[A-Z]{2,4}", n) and n.lower() not in self.event_vocab.firms
                   and not self.lexicon.values_of(n.lower(), "party") for n in names)

    def _kind_unnamed(self, intent: Intent, names: list[str]) -> str:
        """The kind of name asked for ("which banks", "which country") that none of the names
        a record gives is; "" when one is, or no such kind is asked."""
        asked = KIND_OF_NAME.search(intent.normalized)
        if not asked:
            return ""
        kind = asked.group(1)
        if kind.startswith("bank"):
            return "" if any("bank" in n.lower() for n in names) else "bank"
        if kind.startswith("countr"):
            return "" if any(self.lexicon.values_of(n.lower(), "party") for n in names) else "country"
        if kind.startswith(PERSON_KINDS):
            # "Which executive ran Rosneft ...?": a person crr holds, or a name of two or three
            # words that is no firm, body or country ("IPO" is none)
            held = {p["name"].split()[-1].lower() for p in self.store.people}
            return "" if any(set(n.lower().split()) & held or re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}", n)
                             and not (FIRM_WORD.search(n) or STATE_BODY.search(n) or self.lexicon.values_of(n.lower(), "party"))
                             for n in names) else "person"
        if kind.startswith(("universit", "shipyard")):
            stem = "universit" if kind.startswith("universit") else "yard"
            return "" if any(stem in n.lower() for n in names) else kind.rstrip("s").replace("universitie", "university")
        # a company: one crr knows as a firm, or a name that is not a nationality and a common noun
        firms = self.event_vocab.firms
        if (side := re.search(r"\b(chinese|russian) (?:[\w-]+ )?(?:compan|firm|exporter|producer)", intent.normalized)):
            # "Which Chinese company signed ...?": a record that names only Russia's firms
            # (Gazprom Neft, TNK-BP) names no Chinese one.
            asked = {"chinese": "china", "russian": "russia"}[side.group(1)]
            sides = [firms.get(n.lower()) or firms.get(n.lower().split()[0]) for n in names]
            if sides and all(s is not None and s != asked for s in sides):
                return f"{side.group(1).capitalize()} company"
        # (nor is a body or an office of a state: "US Department of Commerce")
        # (nor a place, "Tianwan", nor a short acronym crr does not know as a firm's, "IPO")
        # (nor a country: "China", first among a firm's markets, is none of its buyers)
        return "" if any(n.lower() in firms or not (NATIONALITY_LED.match(n) or STATE_BODY.search(n) or n.lower() in self.event_vocab.places
                                                    or self.lexicon.values_of(n.lower(), "party")
                                                    or re.fullmatch(r"[A-Z]{2,4}", n))
                         for n in names) else "company"

    def _as_many_as_counted(self, intent: Intent, metric, rows, names: list[str]) -> list[str]:
        """"Which countries founded the Shanghai Five?": a count of countries names that many,
        the countries its record gives first (not Uzbekistan, which it says joined later)."""

        if metric.measure != "count" or metric.unit != "countries" or not COUNTRIES.search(intent.normalized):
            return names
        countries = [n for n in names if self.lexicon.values_of(n.lower(), "party")
                     and not re.search(r"\b(?:Organi[sz]ation|Union|Council|Group|Forum|Alliance|Assembly)\b", n)]
        counts = {r["value"] for r in rows if r["value"] is not None}
        if len(counts) != 1 or not countries:
            return names
        count = counts.pop()
        return countries[:int(count)] if count == int(count) and len(countries) > count else names

    def _answer_who_of_figure(self, intent: Intent, metric_id: str):
        """"Who signed it?" after a figure ("the 2014 gas deal's value"): the people its
        records name; else that they name no one, with what they say of it."""
        metric = self.metrics[metric_id]
        draft = Draft(self.store)
        rows = self._observations(metric_id)
        interpretation = f"Read as a follow-up: who is named in crr's records of {metric.name}."
        names = {p["id"]: p["name"] for p in self.store.people}
        people = [names[p] for p in metric.people if p in names]
        # "which pollster was it?": a kind of name asked; "who ran that poll?": the kind of
        # the thing pointed at, whose name is asked.
        asked = NAME_KIND_ASKED.search(intent.normalized) or next(
            (m for m in POINTED_NOUN.finditer(intent.normalized) if _stem(m.group(1)) in KIND_MARKS), None)
        record = _record(metric, rows)
        marks = KIND_MARKS.get(_stem(asked.group(1)), r"$^") if asked else r"$^"
        polled = "opinion" in metric.subjects and bool(RAN_A_SURVEY.match(intent.normalized))
        if asked and POLLING.search(asked.group(0)) or not asked and (ASKED_OF_RESPONDENTS.search(intent.normalized) or polled):
            marks = KIND_MARKS["pollster"]  # "which polling firm ...?", "who asked them?": the one who ran the survey
        if not people and marks != r"$^" and re.search(marks, record, re.I):
            # (the figure's record gives one when it speaks of one: "a Levada Center survey";
            # trade's record names no company)
            people = self._names_beyond(record, intent.question, intent.parties)
            # (the one the figure's own name gives, "(YouGov)", not another its notes compare it with)
            people = [n for n in people if n in metric.name] or people
        if not people and (act := SAID_IT.search(intent.normalized)):
            # "Who revealed that?": a person crr knows whom the record says did it ("Finance
            # Minister Alexei Kudrin disclosed the loans").
            verbs = SAID_VERBS.get(act.group(1)[:5], act.group(1)[:5])
            people = [p["name"] for p in self._people_in(record.lower())
                      if re.search(rf"\b{re.escape(p['name'].split()[-1])}\b\W+(?:\w+\W+){{0,2}}?(?:{verbs})", record, re.I)]
        if not people and PLACES_ASKED.search(intent.normalized) \
                and (placed := self._place_of_the_named(intent, record, draft, interpretation)) is not None:
            return placed  # "Which province is it in?" after a refinery's record intake: the event says
        if not people:
            # The names a figure's words give ("Crimea", "Power of Siberia") are not who did it.
            text = (f"crr's records of {metric.name} name no one who took part in it, so it names no one; "
                    f"what they say of it: {_said(metric, rows)}")
            return draft.answer(intent, False, "who", interpretation, text, [])
        facts = [draft.observed(r, metric) for r in rows[:1]]
        text = (f"{join_words(people)}: {metric.name}, {facts[0].period_text}: {facts[0].text}{facts[0].marks}.\n"
                f"({_said(metric, rows)})\n")
        return draft.answer(intent, True, "who", interpretation, text, [])

    def _place_of_the_named(self, intent: Intent, record: str, draft, interpretation: str, names=None):
        """Where the thing a figure's record names is ("Shandong Yulong Petrochemical"), or one
        of `names`, as an event that names it says: the place it is "in"; None when no event says one."""
        for name in self._names_beyond(record, "", ()) if names is None else names:
            rows = self.store.rows("select * from events where title like ? or summary like ? order by date_start",
                                   (f"%{name}%", f"%{name}%"))
            for row in rows:
                if not re.search(rf"\b{re.escape(name)}\b", f"{row['title']} {row['summary']}"):
                    continue  # ("CIF" within "Pacific")
                for found in re.finditer(r"\bin ((?:[A-Z][\w'-]+ ?)+)", row["summary"] or ""):
                    place = found.group(1).strip()
                    if place == name or place.split()[0].lower() in MONTHS or self.lexicon.values_of(place.lower(), "party"):
                        continue
                    cited = self._cite_events(draft, [row])[0]
                    text = (f"{name} is in {place}, as the source puts it: {row['title']}, {cited['date']} "
                            f"({cited['source_name']}{cited['marks']}).\n")
                    return draft.answer(intent, True, "who", interpretation, text, [])
        return None

    def _ranked_first(self, intent: Intent):
        """"What was the biggest gas deal?": a rank crr holds among the close readings of the
        question that puts its thing first (the 2014 deal, the largest in Russian gas history),
        answered as that figure; None when none does."""
        for score, metric_id in intent.candidates[:3]:
            metric = self.metrics[metric_id]
            if metric.measure != "rank" or score < intent.candidates[0][0] * 0.8:
                continue
            firsts = [r for r in self._observations(metric_id) if r["value"] == 1]
            if intent.periods:  # ("before China overtook it in 2010": a first place of another time is none)
                firsts = [r for r in firsts if all(p.takes_in(r) for p in intent.periods)]
            whose = re.match(r"^([A-Z][\w-]*)['’]s rank\b", metric.name)
            if firsts and whose and self._kind_unnamed(intent, [whose.group(1)]):
                continue  # "which Chinese firm buys the most?": China, first among markets, is no firm
            if firsts:
                ranked = replace(intent, metric_id=metric_id, kind="latest", periods=[])
                answer = self._answer_latest(ranked)
                answer.context = self._context(ranked, answer)
                if whose:
                    answer.text = f"{whose.group(1)}: " + answer.text  # the one it puts first, named
                return answer
        return None

    def _naming_other_countries(self, intent: Intent, metric):
        """Of the readings about as close as `metric` (within a fifth of the best score), the
        first whose record names a country other than China and Russia, when `metric`'s record
        names none: the two are in every record, so naming them answers no "which countries"."""
        def others_named(m) -> bool:
            names = self._names_beyond(_record(m, self._observations(m.id)), intent.question, intent.parties)
            return any(set(self.lexicon.values_of(n.lower(), "party")) - {"china", "russia"} for n in names)

        if not intent.candidates or others_named(metric):
            return None
        top = intent.candidates[0][0]
        return next((self.metrics[m] for score, m in intent.candidates[:4] if m != metric.id and score >= 0.8 * top
                     and not self.metrics[m].people and others_named(self.metrics[m])), None)
