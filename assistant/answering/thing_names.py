"""The name of a thing asked: "what was the 20-year treaty of 2001 called?", "what's the name of
the pipeline Yukos pitched?", "what was it called?" after an event.  The event the question's
words find is shown, with the names its record writes that the question does not; a record
that writes none gives no name, and crr says so rather than offer its own title as one."""

from __future__ import annotations

import re

from ..answer import Answer
from ..reading.read import Intent
from ..reading.question_kind import TOPIC_FIRST
from ..reading.words import Lazy, _stem
from .draft import Draft
from .event_words import _stemmed_words

# The kinds of thing a name may be asked of: documents, lines, drills, groups, plans, machines.
THING = (r"treat(?:y|ies)|agreements?|accords?|pacts?|deals?|contracts?|documents?|declarations?|statements?|"
         r"communiqu\w*|memorand(?:um|a)|charters?|protocols?|pipelines?|routes?|exercises?|drills?|manoeuvres?|"
         r"maneuvers?|patrols?|operations?|groups?|groupings?|blocs?|forums?|clubs?|programmes?|programs?|plans?|"
         r"projects?|initiatives?|missions?|mechanisms?|strateg(?:y|ies)|formats?|stations?|fighters?|jets?|"
         r"aircraft|missiles?|warships?|destroyers?|submarines?|variants?|copy|copies|versions?|clones?|"
         r"summits?|fields?|mines?|bridges?|railways?|orbiters?|probes?|spacecraft|satellites?|systems?|resolutions?")
# One thing of those kinds, asked for by "which": "which pipeline", not "which exercises" (a list).
THING_ONE = (r"treaty|agreement|accord|pact|deal|contract|document|declaration|statement|memorandum|charter|"
             r"pipeline|route|exercise|drill|operation|group|grouping|bloc|forum|club|programme|program|plan|project|"
             r"initiative|mission|mechanism|strategy|format|station|fighter|jet|missile|warship|variant|copy|version|"
             r"summit|field|mine|bridge|railway|orbiter|probe|spacecraft|satellite|resolution")
# What a question about a thing asks of it when it is no name: "what was the deal worth?".
NOT_A_NAME = (r"worth|about|for|price|cost|value|capacity|length|size|total|figure|share|amount|volume|term|"
              r"rate|rates|level|levels|number|count|percent|percentage|"
              r"duration|deadline|goal|aim|target|purpose|reason|outcome|result|impact|effect|status|date|year|"
              r"like|to|in|on|at|with|between|and|or|"
              # what a line or a deal carries: "pipeline gas", "pipeline oil", "deal volumes"
              r"gas|oil|crude|lng|exports?|imports?|flows?|deliveries|shipments?|supplies|throughput|volumes?")
# A name asked in so many words: "what's the name of the 20-year treaty ...", "the official
# title of the first joint statement", "what was the big naval exercise of 2024 called?".
NAME_ASKED = Lazy(
    rf"\b(?:names?|titles?|designations?) (?:of|for|given to) (?:the |a |an |this |that |their |its |china's |russia's )?"
    rf"(?:[\w'-]+ ){{0,5}}?(?:{THING})\b"
    rf"|^(?:and |so |ok )?what (?:is|was|are|were|'s) (?!the (?:relationship|partnership|ties)\b)[\w'’ ,-]{{0,160}}? (?:called|named)\W*$"
    rf"|^(?:and |so )?what (?:do|did|does) (?:they|people|the (?:sources?|records?|article|dashboard)) call (?:it|that|this|them)\W*$")
# A thing asked for by its kind, which its name answers: "what was the pipeline Yukos pitched
# in 2001?", "what programme did Moscow put Gazprom in charge of?", "which pipeline started ...?"
THING_ASKED = Lazy(
    rf"^(?:and |so )?what (?:is|was) (?:the |china's |russia's |its |their )(?:[\w'-]+ ){{0,4}}?(?:{THING_ONE})"
    rf"(?!['’]s)(?! (?:{NOT_A_NAME})\b) [\w'-]+")
WHICH_THING = Lazy(
    rf"^(?:and |so )?(?:what|which) (?:[\w'-]+ ){{0,2}}?(?:{THING_ONE}) (?:did|does|do|was|is|has|had|that|which|"
    rf"started|began|opened|carried|linked|brought|took|gave|ended|became|first)\b")
# One thing of those kinds asked alone, of what was just shown: "through which pipeline?", "which treaty?"
WHICH_THING_ALONE = Lazy(rf"^(?:and |so )?(?:(?:through|via|by|on|in|under|at|from|with|along) )?(?:what|which) "
                         rf"(?:{THING_ONE})(?: (?:was|is) (?:it|that|this))?\W*$")
# A thing asked for by a rank is a ranking's ("which exercise had the most troops?").
RANKED = Lazy(r"\b(?:most|least|largest|biggest|highest|lowest|smallest|fewest|longest|shortest|busiest|"
              r"best|worst|top|main|leading)\b")
# The names of many ("all 96 joint exercises", "the names of the two projects"): a list,
# which the answers for things counted say crr does not hold.
EVERY = Lazy(r"\b(?:all|every|each|names)\b")
# A name in quotation marks, as a record writes an official title.
QUOTED = Lazy(r"[\"“]([A-Z][^\"”]{2,200})[\"”]")
# A document's official name: "Declaration on the Trend to a Multi-polar World and ...".
DOCUMENT = Lazy(r"\b(?:Joint )?(?:Treaty|Agreement|Declaration|Statement|Memorandum|Charter|Protocol|Accord|Communiqu\w*|"
                r"Programme|Program|Plan|Concept|Doctrine)(?: (?:of|on|for|to|and|in)(?: the| a| an)? [A-Z][\w-]*"
                r"(?:(?: the| a| an| of| and| for| to)? [A-Z][\w-]*)*)+")
# A name as records write one, its parts joined by spaces, "of" or a dash: "Eastern Siberia–Pacific Ocean".
NAMED = Lazy(r"\b[A-Z][\w'’-]*(?:(?:\s+of\s+|\s+|[–—])[A-Z0-9][\w'’-]*)*")
LEADING = Lazy(r"^(?:(?:In|On|At|By|The|A|An|During|After|Before|When|From|Since|Also|About|Under|With|For|Its|Their)(?:\s+|$))+")
# The words before a place: "in the Russian Far East", "near Vladivostok", "from Angarsk".
PLACED = Lazy(r"\b(?:in|at|near|from|to|across|via|into|off|around|outside|between|over|above|through|along|on|"
              r"under|inside|within|beyond) (?:the )?$|\band (?:the )?$")
ORDINAL = Lazy(r"^(?:First|Second|Third|Fourth|Fifth|Last|Latest|New|Joint|Major|Big|Large)$")
CURRENCY_CODES = frozenset({"USD", "EUR", "CNY", "RMB", "RUB", "US$", "bn"})
OWNER = Lazy(r"^([A-Z][\w-]*)['’]s\s+")
# A name that only dates or counts: "December 2019", "The", a month, a weekday.
MONTHS = Lazy(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def asks_a_things_name(intent: Intent, shown: bool = True) -> bool:
    """Whether the question asks the name of a thing, not a figure of it or who did it;
    "through which pipeline?" alone only of a thing `shown` before."""
    text = intent.normalized
    if intent.kind in ("help", "sources", "judgement", "count_events", "when") or re.match(r"(?:and |so )?(?:who|whom)\b", text) \
            or RANKED.search(text) or EVERY.search(text):
        return False
    if NAME_ASKED.search(text):
        return True
    if WHICH_THING_ALONE.match(text):
        return shown
    if (topic := TOPIC_FIRST.match(text)) and WHICH_THING_ALONE.match(text[topic.end():]):
        return True  # "... votes in the Security Council - on what resolution?": the topic names the thing
    return intent.kind != "what_happened" and (bool(WHICH_THING.search(text))
                                               or bool(THING_ASKED.search(text)) and not intent.measures and not intent.numbers)


def _gives_number(text: str, number: float) -> bool:
    """Whether a record's words give a number ("8,000 troops" gives 8000)."""
    plain = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return bool(re.search(rf"(?<![\d.]){re.escape(f'{number:g}')}(?![\d]|\.\d)", plain))


class ThingNames:
    """Names of things asked; mixed into Engine."""

    def _answer_things_name(self, intent: Intent, previous: Answer | None) -> Answer:
        draft = Draft(self.store)
        interpretation = "Read as a question about the name of a thing an event's record gives."
        intent.kind = "name"
        intent.metric_id, intent.alternatives, intent.candidates = None, [], []
        if previous is not None and previous.events and previous.events[0].event_id and self._the_thing_shown(intent, previous):
            # "what was it called?", "what was the pipeline called?" after the date of its opening
            rows = self.store.rows("SELECT * FROM events WHERE id = ?", (previous.events[0].event_id,))
        else:
            rows = self._find_events(intent, limit=5)
            if named := self._names_asked_of(intent):
                # "Which deal did CNPC sign with Rosneft?": an event that names neither is of another deal.
                rows = [r for r in rows if named <= _stemmed_words(f"{r['title']} {r['summary']}".lower())]
        if not rows:
            return self._no_event(intent, draft, interpretation)
        shown_before = previous is not None and bool(previous.events) and rows[0]["id"] == previous.events[0].event_id
        if intent.numbers and not shown_before:
            # "Which exercise had 2,000 troops?": a thing known by a figure is one whose record
            # gives that figure; another's (8,000 troops) is not it.
            stated = [r for r in rows if all(_gives_number(f"{r['title']} {r['summary']}", n) for n in intent.numbers)]
            units = {u for group in intent.quantity_units for u in group}
            held = units and all(self.store.rows(
                f"select 1 from observations where abs(value - ?) < 1e-9 and unit in ({','.join('?' * len(units))}) limit 1",
                (n, *units)) for n in intent.numbers)
            if not stated and not held:
                # (a figure crr holds in the unit the question gives, "its 38 bcm/yr capacity", is
                # the thing's own, though its event's words do not give it)
                numbers = " and ".join(f"{n:,g}" for n in intent.numbers)
                cited = self._cite_events(draft, rows[:1])
                nearest = "; ".join(f"{c['row']['title']}, {c['date']} ({c['source_name']}{c['marks']})" for c in cited)
                text = (f"No record crr holds gives {numbers} for what the question asks, so it names nothing. "
                        f"The nearest it found: {nearest}.\n")
                return draft.answer(intent, False, "name", interpretation, text, [self._when_of(rows[0])])
            rows = stated or rows
        if intent.sources:  # "per Wikipedia": its records first
            rows = [r for r in rows if r["source_id"] in intent.sources] + [r for r in rows if r["source_id"] not in intent.sources]
        rows = self._latest_or_first(intent, rows) or rows  # "the first joint exercise": the earliest
        names, best = [], self._same_claim(rows[:1])
        for candidate in rows[:2]:  # the best match, or the next when the best writes no name
            group = self._same_claim([candidate])  # (with the other source's record of it)
            names = list(dict.fromkeys(n for row in group for n in self._names_written(row, intent)))
            if names:
                best = group
                break
        cited = self._cite_events(draft, best)
        where = "; ".join(f"{c['row']['title']}, {c['date']} ({c['source_name']}{c['marks']})" for c in cited)
        summaries = "\n".join(dict.fromkeys(c["row"]["summary"] for c in cited if c["row"]["summary"]))
        row = best[0]
        if names:
            text = (f"{'; '.join(names)}: the {'name' if len(names) == 1 else 'names'} its record writes. "
                    f"{where}.\n{summaries}\n")
        else:
            text = (f"The record crr found writes no name for it beyond what it says happened: {where}.\n"
                    f"{summaries}\n")
        answer = draft.answer(intent, bool(names), "name", interpretation, text,
                              [self._when_of(row), *self._who_took_part(best)])
        answer.context = self._context(intent, answer)  # (what a follow-up borrows: the event's date)
        return answer

    def _the_thing_shown(self, intent: Intent, previous: Answer) -> bool:
        """Whether a name question points back to the event just shown: by a pronoun, or
        by words its record has ("the pipeline" after the opening of Power of Siberia-1),
        naming no time, person or other subject of its own."""
        if intent.periods or intent.people or not previous.events:
            return False
        if re.search(r"\b(?:it|that|this|they|them|its)\b", intent.normalized) and not intent.subjects:
            return True
        shown = previous.events[0]
        said = _stemmed_words(f"{shown.title} {shown.summary}".lower())
        asked = {w for w in _stemmed_words(" ".join(intent.content)) if not re.fullmatch(THING_ONE, w)}
        kinds = {_stem(m.group(0)) for m in re.finditer(THING, intent.normalized)}
        return bool(kinds) and asked <= said

    def _names_written(self, row, intent: Intent) -> list[str]:
        """The names an event's record writes that the question does not: a name in quotation
        marks or a document's official name first, then those holding a word of the kind asked
        ("Power of Siberia-1" for "which pipeline"); failing those, one of several words or with
        a number ("Ocean-2024") that names no person, country, source or month."""
        text = f"{row['title']}. {row['summary'] or ''}"
        said = {_stem(w) for w in re.findall(r"[a-z0-9]+", intent.normalized)}
        initials = set(re.findall(r"\b[A-Z]{2,}\b", intent.question))
        kinds = {_stem(m.group(0).lower()) for m in re.finditer(THING, intent.normalized)}
        found = []
        candidates = [(m.group(1), "") for m in QUOTED.finditer(text)] + [(m.group(0), "") for m in DOCUMENT.finditer(text)]
        documents = [name for name, _ in candidates]
        for match in NAMED.finditer(text):
            if PLACED.search(text[max(0, match.start() - 12):match.start()].lower()):
                continue  # "in the Russian Far East": a place, not the thing's name
            kind = re.match(rf" ((?:\w+ )?(?:{THING}))\b", text[match.end():].lower())
            # ("the Eastern Siberia–Pacific Ocean pipeline": the name with the kind it names)
            suffix = text[match.end():match.end() + kind.end()] if kind and {_stem(w) for w in kind.group(1).split()} & kinds else ""
            candidates.append((match.group(0), suffix))
        found = []
        for name, suffix in candidates:
            name = re.sub(r"['’]s$", "", LEADING.sub("", name.strip().rstrip(".,;:")))
            if (owner := OWNER.match(name)) and (self.lexicon.values_of(owner.group(1).lower(), "party")
                                                 or self._people_in(owner.group(1).lower())):
                name = name[owner.end():]  # "Russia's Ocean-2024": Ocean-2024
            if re.search(r"[\w][-–][a-z]", name) and not re.search(r"\d", name):
                continue  # "Russian-hosted": a word of a sentence, not a name
            proper = [w for w in re.split(r"[\s–—]+", name) if re.search(r"[A-Za-z]", w) and w not in CURRENCY_CODES
                      and not (self.lexicon.values_of(w.lower(), "party") or ORDINAL.match(w))]
            if not proper:
                continue  # "First Chinese": an ordinal and a country's word
            words = {_stem(w) for w in re.findall(r"[a-z0-9]+", name.lower())}
            if not words or words <= said or MONTHS.match(name) or len(name) < 3 \
                    or name in self._source_words \
                    or "".join(w[0] for w in name.split() if w[0].isupper()) in initials \
                    or all(self.lexicon.values_of(part.lower(), "party") for part in re.split(r"[–—-]", name)) \
                    or self._people_in(name.lower()):
                continue
            name += suffix
            if not any(name in other for other in found):
                found.append(name)
        documents = [n for n in found if any(n in d or d in n for d in documents)]
        of_the_kind = [n for n in found if n not in documents
                       and {_stem(w) for w in re.findall(r"[a-z]+", n.lower())} & kinds]
        if documents or of_the_kind:
            return documents + of_the_kind
        return [n for n in found if " " in n or re.search(r"\d", n)]

    @property
    def _source_words(self) -> set[str]:
        """The names of the sources, which are no thing's: "Dashboard", "Wikipedia"."""
        names = {"Dashboard", "Wikipedia", "China-Russia Dashboard"}
        for source in self.store.sources.values():
            names |= {source.short_name, source.producer} - {""}
        return names
