"""Finding events: full-text search on their titles and summaries, narrowed by
the question's periods and facets, and the lines an answer lists them in.

A question that finds nothing says so rather than offering a loosely related
event as the answer: an event must use the question's rare words and names.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cached_property, lru_cache
from typing import Callable

from ..answer import EventRef
from ..reading.periods import describe_label, names_a_thing
from ..reading.read import DID_IT, NAME_KIND_ASKED, Intent
from ..resolving.acts import ACTS
from ..resolving.rules import nationality_swapped
from ..reading.words import _SMALL_NUMBERS, STOPWORDS, Lazy, _stem, normalize
from .acts_on import done_to_another, said_not_done
from .turn_words import NAMING
from .event_words import (OCCURRENCE, ORDINALS, EventWords, acronyms, another_numbered, event_stem, modified,
                          event_words, names_another, numbered_names)

RARE_WORD = 4.0  # an event-title word's weight when it is in about five titles or fewer
STARTING = frozenset(("begin", "began", "start", "commenc", "kick"))
# A word this few events' records use names the event by itself.
RARE_EVENT_WORD = 3
# "start importing", "begin to": the start of a doing, which an event must say.
STARTING_TO = Lazy(r"\b(?:start|starts|started|begin|begins|began|commenc\w*|kick\w* off)\s+(?:\w+ing|to)\b")
# What an event's title says that dates a start ("deliveries begin", "the first", "launched"),
# and what says a thing going on changed ("coal exports level off", "trade surges"): such a
# title, with no start in it, dates no start ("level off" is read as its "off").
START_SAID = frozenset(("start", "begin", "began", "commenc", "kick", "first", "launch", "open", "inaugurat",
                        "initiat", "introduc", "establish"))
CHANGE_SAID = frozenset(("level", "off", "plateau", "stagnat", "stall", "slow", "fall", "fell", "drop", "declin", "rise", "rose",
                         "grow", "grew", "surg", "climb", "peak", "record", "rebound", "recover", "doubl", "reach", "hit"))
MIN_COVER = 0.4  # the share of a question's words (by weight) an event must have
# "The first", "the last", "most recently": which of the events found a question asks for.
ORDER = Lazy(r"\b(last|latest|most recent|most recently|recently|first|earliest)\b")
ORDER_WORDS = frozenset({"last", "latest", "recent", "recently", "first", "earliest", "most", "second", "third", "fourth",
                         "fifth"})
# "For the second time": the occurrence of a thing done again and again, by its place in time.
NTH_TIME = Lazy(r"\bfor (?:the|a) (second|third|fourth|fifth) time\b")
NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
LATEST_WORDS = frozenset({"last", "latest", "recent", "recently"})
# A model's designation: "S-300", "Su-35", "J-11".
MODEL = Lazy(r"\b[a-z]{1,3}-(?!(?:1[89]|20)\d\d\b)\d{2,4}(?=s?\b)")  # not "mid-2024"
# A word written with a capital after a small word (not the question's first), and the
# word with a capital right before one ("Amur " before "River").
PROPER = Lazy(r"(?<=[a-z,)] |[a-z]\u2013|[a-z]-)(?:[A-Z][a-z]{2,}|[A-Z]{3,5}\b)")
# What is done to a state itself: founded, established, dissolved.
STATE_ACTS = frozenset({"found", "establish", "form", "creat", "proclaim", "collaps", "dissolv", "dissolution",
                        "birth", "born", "end"})
@lru_cache(maxsize=4096)
def _spaced_title(title: str) -> str:
    """An event's title as a question's words are read, with a space at each end."""
    return f" {normalize(title)} "


# Verbs of goods going one way (sent, sold, shipped, supplied) or passed on ("passing
# secrets to Russia").
_SENT = (r"send|sends|sent|sell|sells|sold|ship|ships|shipped|suppl(?:y|ies|ied)|deliver(?:s|ed|ing)?"
         r"|pass(?:es|ed|ing)?|leak(?:s|ed|ing)?|transferr?(?:s|ed|ing)?")
# A question of goods going one way ...
SENDING = Lazy(rf"\b(?:{_SENT}|export(?:s|ed)?|hand(?:s|ed|ing)? over"
               # ... or bought, by the other: "did Russia buy weapons from China?"
               r"|buy|buys|bought|purchas(?:e|es|ed)|imported|ordered|acquir(?:e|es|ed)|receiv(?:e|es|ed))\b")
# The side a when-question has do the act, and the verb: "when did Russia (sharply) cut ...".
DOER_ASKED = Lazy(r"^(?:when|in what year|what year|in which year|on what date)\s+(?:did|has|have|had|does|do)\s+(?:the\s+)?(.+)")
# Goods or secrets sent to one of the two, however far the sender is named before.
SENT_TO = Lazy(rf"\b(?:{_SENT}) (?:[\w'-]+ ){{0,3}}?to (china|russia|beijing|moscow)\b")
# An event title's receiver of goods: "China acquires ...", "... to Russia".
_RECEIVES = Lazy(r"^(china|russia)\b[^;:]*?\b(?:acquires?|buys?|bought|orders?|ordered|receives?|received|imports?|purchases?)\b"
                 r"|\bto (china|russia)\b")


# The two countries as a thing's owner ("Russia's") or named bare ("China becomes ...").
_OWNER = Lazy(r"\b(china|russia)(?:['’]s)?\b")


def _roles(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the countries a text names bare, those it names as owners)."""
    named = [(m.group(1), m.group(0) != m.group(1)) for m in _OWNER.finditer(text.lower())]
    return (frozenset(c for c, owner in named if not owner), frozenset(c for c, owner in named if owner))


def roles_swapped(question: str, title: str) -> bool:
    """Whether a title has the country the question names as an owner do what the question
    has the other do: "China becomes Russia's largest trading partner" is not Russia
    becoming China's, nor is "China becomes Norilsk's largest market"; nor, with no one named
    to do it, does it say who is China's."""
    (doer, owner), (held_doer, held_owner) = _roles(question), _roles(title)
    if not doer and owner and held_owner and owner.isdisjoint(held_owner) and owner <= held_doer:
        return True  # "which country is China's largest trading partner?": China is Russia's
    return bool(doer and held_doer and doer.isdisjoint(held_doer) and held_doer <= owner)


# Acts that undo one another: a thing stopped is not a thing resumed, a country put on a list
# is not one taken off it, a treaty joined is not one left.  Each pair: (the act, its undoing).
OPPOSED_ACTS = (
    (Lazy(r"\b(?:stop|stops|stopped|halt|halts|halted|suspend|suspends|suspended|ceas|freez|froze|pause|paused|"
          r"block|blocks|blocked|cut off|cuts off|shut|shuts|closed?|closes)\w*"),
     Lazy(r"\b(?:resum|restart|reopen|unfreez|unblock|again\b|once more\b|back on\b)")),
    (Lazy(r"\b(?:put|puts|putting|add|adds|added|adding|plac|includ|impos|list(?:s|ed|ing)? (?:as|among)|blacklist|designat)\w*"),
     Lazy(r"\b(?:remov|delist|take \w+ (?:back )?off|took \w+ (?:back )?off|taken \w+ (?:back )?off|taking \w+ (?:back )?off|"
          r"struck off|strike \w+ off|lift|lifts|lifted|scrap|revok|drop(?:s|ped)? \w+ from)\w*")),
    (Lazy(r"\b(?:join|joins|joined|sign|signs|signed|ratif|accede|enter(?:s|ed)? into|extend|extension|renew|prolong)\w*"),
     Lazy(r"\b(?:withdr|leav|left|quit|exit|pull(?:s|ed)? out|renounc|abrogat|denounc|terminat|annul)\w*")),
)


# A place at the top of a ranking: "the largest", "its biggest", "the top", "second-largest".
TOP_PLACE = Lazy(r"\b(?:(?:second|third)[- ])?(?:largest|biggest|number one|no\. 1|top(?! (?:leader|official|diplomat|general|"
                 r"brass|job|post|envoy|level|table)s?\b))\b")
# The way a vote was cast: "voted against", "abstains", "vetoed", "voted for".
VOTE_CAST = Lazy(r"\b(?:(abstain\w*|abstention)|(veto\w*)|vot\w* (against)|vot\w* (for|in favou?r))\b")


def _vote_cast(text: str) -> str:
    """How a text says a vote was cast ("abstain", "veto", "against", "for"); "" if it does not."""
    said = VOTE_CAST.search(text)
    if not said:
        return ""
    return ["abstain", "veto", "against", "for"][next(i for i, g in enumerate(said.groups()) if g)]


# A count of a thing said in words or digits: "ten years", "25 documents", "a 30-year deal".
COUNT_SAID = Lazy(r"(?<![\w-])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
                  r"[ -](?:(?:chinese|russian|more|new|other|foreign|state|state-owned) )?(years?|months?|days?|documents?|agreements?|deals?|ships?|jets?|fighters?|submarines?|destroyers?|"
                  r"exercises?|patrols?|islands?|firms?|companies|banks?|countries)\b")


def _counts_said(text: str) -> dict[str, float]:
    """The things a text counts, each with its number: {"year": 10} of "another ten years"."""
    return {_stem(thing): float(number) if number.isdigit() else float(_SMALL_NUMBERS[number])
            for number, thing in COUNT_SAID.findall(text)}


def act_undone(question: str, title: str) -> bool:
    """Whether the question asks for an act that a title's act undoes, or undoes the one
    the title has: "start processing payments again" is not "stops payments", "take
    Taiwan off the list" not "puts Taiwan on it"."""
    question, title = question.lower(), title.lower()
    for act, undoing in OPPOSED_ACTS:
        asked_undo, held_undo = bool(undoing.search(question)), bool(undoing.search(title))
        if asked_undo != held_undo and (act.search(title) if asked_undo else act.search(question)) \
                and not (act.search(question) and asked_undo):
            return True
    return False


def _receiver(title: str) -> str | None:
    """Which of the two countries an event's title has receive goods, if it says."""
    found = _RECEIVES.search(title.lower())
    return (found.group(1) or found.group(2)) if found else None


# One of the two helping the other: "Chinese firms aiding Russia's war", "Russian help to
# China", "China supplied Russia with ...", "Russia backed China over Taiwan".
_NATION = r"(chin(?:a|ese)|russi(?:a|an)|beijing|moscow)"
_HELPED = Lazy(rf"\b{_NATION}(?:['’]s)? (?:[\w-]+ ){{0,2}}?(?:aid(?:s|ed|ing)?|help(?:s|ed|ing)?|assist\w*|"
               rf"support(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|back(?:s|ed|ing)?)\b (?:[\w-]+ ){{0,2}}?{_NATION}")


def helper_and_helped(text: str) -> tuple[str, str] | None:
    """(the one that helps, the one helped) of the two, as a text says it; None if it does not."""
    found = _HELPED.search(text.lower())
    if not found:
        return None
    helper, helped = ("china" if n.startswith(("chin", "beij")) else "russia" for n in found.groups())
    return (helper, helped) if helper != helped else None


# The currencies an event's words may name, each by its forms.
CURRENCY_WORDS = {"CNY": r"yuan|renminbi|rmb", "RUB": r"rubles?|roubles?", "USD": r"dollars?|usd", "EUR": r"euros?"}


def currencies_named(text: str) -> set[str]:
    """The currencies a text names ("the ruble's share": RUB)."""
    return {code for code, words in CURRENCY_WORDS.items() if re.search(rf"\b(?:{words})(?:['’]s)?\b", text)}


# A part of a thing owned by a place: "Kazakhstan's section", "Turkmenistan's stretch".
_OWNED_PART = Lazy(r"\b([a-z]+)['’]s (section|stretch|leg|segment|part|portion)\b")


def owned_part(text: str) -> tuple[str, str] | None:
    """(whose, what part) of a thing a text names ("kazakhstan", "section"), the owner cut to
    its first five letters; None if it names none."""
    found = _OWNED_PART.search(text.lower())
    if not found or found.group(1) in ("that", "this", "which", "what", "it", "one", "each"):
        return None  # ("what's part of ...": a contraction, no owner)
    return found.group(1)[:5], found.group(2)


def event_ref(row: sqlite3.Row) -> EventRef:
    return EventRef.model_construct(date=row["date"], title=row["title"], source=row["source_id"],
                    locator=row["locator"], event_id=row["id"], summary=row["summary"])


# A document named by a place: "the treaty of Nerchinsk", "the Treaty of Beijing".
DOCUMENT_OF = Lazy(r"\b(?:treaty|treaties|convention|conventions|protocol|protocols) of ([a-z]+)\b")

# What one is said to have done, asked of: "what is Norinco accused of?", "what was it sanctioned for?".
CHARGED_WITH = Lazy(r"\b(accused|suspected|charged|blamed|sanctioned|critici[sz]ed|punished|known|famous|responsible|"
                    r"arrested|convicted) (?:of|for|with)\b")

# An ordinal that is part of a name for others: "which third country", "the third world".
THIRD_PARTY = Lazy(r"\b(second|third)[ -](?=countr|part(?:y|ies)\b|world\b|side\b|state)")

# What one said of a thing: "what did China say about Crimea?" asks of Crimea.
SAID_ABOUT = Lazy(r"\bwhat (?:did|does|do|has|have|had) .{2,40}? (say|said|says|state|stated|declare|declared|think|thought)"
                  r" (?:about|of|on|regarding)\b")


def asking_words(intent: Intent) -> set[str]:
    """The words that say what a question of events asks of its thing, as events' words are
    cut, which an event need not repeat: "accused" of "what is Norinco accused of?", "say" of
    "what did China say about Crimea?"."""
    if intent.kind != "what_happened":
        return set()
    found = [m.group(1) for pattern in (CHARGED_WITH, SAID_ABOUT) if (m := pattern.search(intent.normalized))]
    return {event_stem(_stem(w)) for w in found}


# Verbs of holding an event, which no event need say: "hold", "stage", "conduct".
HELD_ACTS = frozenset({"hold", "held", "stag", "conduct"})  # (as events' words are cut)
# Countries asked for: "which Central Asian countries ...", "which other nations ...".
COUNTRIES_ASKED = Lazy(rf"\b(?:which|{NAMING}) ((?:[\w-]+ ){{0,3}}?)(countries|nations|states|members)\b")
# Words before the kind of name asked that count the names or set them apart: "which four
# other countries", "list the two firms".
COUNTING = frozenset("two three four five six seven eight nine ten other others another remaining".split())


# An event that is a year the two sides gave a theme: "Year of Chinese Tourism in Russia".
THEMED_YEAR = Lazy(r"Year of\b")
# A themed year's theme and host: "year of (the) Chinese language in Russia".
YEAR_HOSTED = Lazy(r"\byear of (?:the )?((?:[\w-]+ ){0,3}?[\w-]+) in (china|russia)\b")
NATIONAL = Lazy(r"\b(chin|russi)(?:a|ese|an)\b")


def _hosted(text: str) -> tuple[set[str], str] | None:
    """(the sides its theme names, its host) of a themed year said with its host: "Year of
    Chinese Media in Russia" is ({"chin"}, "russia")."""
    found = YEAR_HOSTED.search(text.lower())
    return ({m.group(1) for m in NATIONAL.finditer(found.group(1))}, found.group(2)) if found else None


# Places too broad to place an event by: "in the West", "in Asia".
VAGUE_PLACES = frozenset({"west", "east", "asia", "asian", "southeast asia", "asia-pacific"})

# A decade as a source names it: "early 2000s", "mid-2000s", "the 1990s".
DECADE = re.compile(r"\b(?:(?:early|mid|late)[- ])?(?:1[89]|20)\d0s\b", re.IGNORECASE)

class EventSearch:
    """Finding and citing events; mixed into Engine, which provides store and resolver."""

    @cached_property
    def event_vocab(self) -> EventWords:
        return EventWords.of(self.store.event_search)

    def _people_in(self, text: str) -> list[sqlite3.Row]:
        """People the question names, by full name, alias or family name."""
        if getattr(self, "_names_pattern", None) is None:
            # One pattern for every name, built once: asked for each question, it must be quick.
            self._name_owner = self._names_of_people
            names = sorted(self._name_owner, key=len, reverse=True)
            self._names_pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")
            self._person_order = {p["id"]: i for i, p in enumerate(self.store.people)}
        found = []
        for match in self._names_pattern.finditer(text):
            person = self._name_owner[match.group(1)]
            if person not in found:
                found.append(person)
        order = self._person_order
        return sorted(found, key=lambda p: order[p["id"]])


    def _name_words_unsearched(self, intent: Intent) -> set[str]:
        """A person the question names is found by the event's people (_event_fits); of their
        name, only the word events call them by is searched for ("Xi Jinping" is "Xi" in
        "Xi attends the Victory Day Parade"), never the rest of it."""
        short = {event_stem(_stem(w)) for p in intent.people for w in self.lexicon.short_name(p).lower().split()}
        return {event_stem(_stem(w)) for phrase, facet in intent.bound.items() if facet == "person"
                for w in phrase.split()} - short

    def _find_events(self, intent: Intent, limit: int = 8) -> list[sqlite3.Row]:
        """Events whose words best match the question, within its periods."""
        # The countries a question names are a facet, checked on their own (_event_fits),
        # not words an event must repeat ("Washington and London ban ..." is the US and UK's
        # ban); a city stays a word to find ("Xi's last visit to Moscow").
        named = {event_stem(_stem(w)) for phrase, facet in intent.bound.items()
                 if facet == "party" and not self.lexicon.has(phrase, "city") or facet == "source"
                 for w in phrase.split()}
        named |= self._name_words_unsearched(intent)
        terms = [t for t in self.event_vocab.search_terms(intent.residue or intent.normalized) if t not in named]
        # "When did Putin and Xi last meet?": which of the events is for _latest_or_first to
        # choose; no event need say "last" (one the sources call the first may say "first").
        terms = [t for t in terms if t not in LATEST_WORDS] or terms
        if (nth := NTH_TIME.search(intent.normalized)):
            terms = [t for t in terms if t != event_stem(_stem(nth.group(1)))] or terms  # "for the second time"
        terms = [t for t in terms if t not in asking_words(intent) | self._saying_verbs(intent)] or terms
        # "a third country", "the third world": no third occurrence of anything
        idioms = set(THIRD_PARTY.findall(intent.normalized))
        terms = [t for t in terms if t not in idioms] or terms
        if intent.kind == "who" and (kind := NAME_KIND_ASKED.search(intent.normalized)):
            # "Which company went bankrupt?", "which countries formed it?": the answer is a company,
            # countries; its event names them and need not say what kind of thing they are.
            asked = {event_stem(_stem(w)) for w in kind.group(1).split()}
            terms = [t for t in terms if t not in asked] or terms
        elif intent.kind == "who" and (kind := COUNTRIES_ASKED.search(intent.normalized)):
            # ... nor how many of them are asked for, or that they are others ("the four other
            # countries that founded the SCO with China and Russia")
            asked = {event_stem(_stem(w)) for w in [kind.group(2), *(set(kind.group(1).split()) & COUNTING)]}
            terms = [t for t in terms if t not in asked] or terms
        # "together with China and Russia": the ones named beside, no word an event must have
        terms = [t for t in terms if t != "together"] or terms
        # "when did they hold an exercise with Mongolia?": holding is what every exercise is,
        # no word its event need repeat
        if intent.kind == "when":  # (where one was held is asked by "held": "in which country was it held?")
            terms = [t for t in terms if t not in HELD_ACTS] or terms
        state: list[frozenset[str]] = []
        if terms and set(terms) <= STATE_ACTS:
            # "When was the PRC founded?": the state named is the thing founded; an event that
            # names it, by any of its names of several words, comes first (not the Shanghai Five's
            # forming): "the People's Republic of China", "the Soviet Union".
            values = {v for phrase, facet in intent.bound.items() if facet == "party"
                      and not self.lexicon.has(phrase, "city") for v in self.lexicon.values_of(phrase, "party")}
            state = [frozenset(event_stem(_stem(w)) for w in key if w not in ("of", "the"))
                     for key, bindings in self.lexicon.entries.items() if len(key) > 1
                     and any(b.facet == "party" and b.value in values for b in bindings)]
        reporters = self._reporters(intent) & set(terms)
        terms = [t for t in terms if t not in reporters] or terms
        if not terms:
            return self._titled_by_things(intent, limit) or self._with_the_parties(intent, limit)
        terms = self._hyphens_joined(terms)
        expanded = terms + [s for t in terms for s in self.event_vocab.synonyms.get(t, [])]
        expanded += [w for t in terms for w in self._acronym_names().get(t, ())]  # "sco"
        expanded += sorted(reporters | set().union(*state))
        if intent.of_the_figure:  # its people find their events, whatever those call them
            expanded += [self.lexicon.short_name(p) for p in intent.people]
        rows = self.store.search_events(" ".join(expanded), limit=80)
        # "When was the 2001 treaty extended?" asks for a date after 2001, of an event that
        # names the year or is of it: "the 1950 treaty" is not the 2001 one.
        naming = [p for p in intent.periods if intent.kind == "when" and names_a_thing(p.phrase, intent.normalized)]
        for period in naming + intent.name_years:
            year = str(period.start.year) if period.start else period.phrase.strip()[-4:]
            rows = [r for r in rows if r["date_start"].startswith(year) or year in f"{r['title']} {r['summary']}"]
        if intent.figure_year:
            # "when was that?" after the value of the 2015 deals: that year's event of them, where
            # there is one, before a deal of 1996 of the same words.
            rows = [r for r in rows if r["date_start"][:4] == intent.figure_year] or rows
        # An event of any of the times asked ("the Sept 2004 agreements that set exports for
        # 2006": the one of 2004); an open span's bound cuts ("since 2022").
        bounds = []
        for period in intent.periods:
            if period in naming:
                continue
            start = period.first_event_day or "0000"
            end = period.end.isoformat() if period.end else "9999"
            bounds.append((start, end, (period.start is None) != (period.end is None)))
        if bounds:
            rows = [r for r in rows if any(r["date_end"] >= start and r["date_start"] <= end and (
                not open_span or (r["date_end"] <= end and r["date_start"] >= start)) for start, end, open_span in bounds)]
        rows = list(filter(self._event_fits(intent), rows))
        if (counted := {thing: n for thing, n in _counts_said(intent.normalized).items()
                        if thing not in ("year", "month", "day", "countri", "country")}):
            # "When did the EU blacklist 42 Chinese companies?": an event that counts as many of
            # them, where one does, before one that counts none (or another number)
            # (for a date, one that counts none is no answer: another number may be the true one)
            rows = [r for r in rows if any(_counts_said(f"{r['title']} {r['summary'] or ''}".lower()).get(thing) == number
                                           for thing, number in counted.items())] or ([] if intent.kind == "when" else rows)
        if intent.own_terms and (own := set(self.event_vocab.search_terms(intent.own_terms))):
            # "when did it stop publishing?" after the yuan's share: of its events, the one that
            # stops publishing, if one does, not the one with the most words of the figure's name
            rows = [r for r in rows if own <= event_words(f"{r['title']} {r['summary']}".lower())] or rows
        # Require at least two matching words when the question has several,
        # so that one common word ("agreement") does not pick an event.
        weight = self._event_word_weights()
        people = self._people_in(intent.normalized)
        if intent.of_the_figure:  # a figure's people, lent by the answer before ("the last one")
            people += [p for p in self.store.people if p["id"] in intent.people and p not in people]
        named = {p["id"] for p in people}
        with_people = set()
        # Each person's events: those that list them, or whose words name them.
        events_of = {}
        for person in people:
            events_of[person["id"]] = {e["id"] for e in self.store.events_with_person(person["id"])}
            with_people |= events_of[person["id"]]
        # The words of the names asked: a person is a facet, checked on its own (below),
        # not a word that finds an event ("Medvedev's first trip to China" is a trip).
        names_asked = [tuple(event_stem(_stem(w)) for w in m.group(1).split())
                       for m in self._names_pattern.finditer(intent.normalized)] if people else []
        asked_subjects = {event_stem(_stem(w)) for phrase in intent.subject_words for w in phrase.split()}
        # Names the question writes with a capital (not its first word): "Kazan", "Nerchinsk";
        # of a name of several words, its first ("the Amur River" is named by "Amur").
        proper = {event_stem(_stem(m.group(0).lower())) for m in PROPER.finditer(intent.question)
                  if not self._later_word_of_place(intent.question, m)}
        # A place the vocabulary knows is a name however written ("kharkiv", "odesa").
        proper |= {event_stem(_stem(w)) for w in intent.normalized.split() if w in self.event_vocab.places}
        proper -= {w for phrase in intent.bound for w in phrase.split()}  # parties and people are facets
        # The place a treaty is named by is a name however written ("the treaty of nerchinsk").
        proper |= {event_stem(_stem(m.group(1))) for m in DOCUMENT_OF.finditer(intent.normalized)
                   if m.group(1) not in STOPWORDS}
        # A city named for its country ("Beijing's peace plan") says little about which event.
        cities = {event_stem(_stem(w)) for phrase, facet in intent.bound.items() if facet == "party"
                  and self.lexicon.has(phrase, "city") for w in phrase.split()}
        numbered = numbered_names(intent.normalized) | numbered_names(intent.residue or "")
        models = set(MODEL.findall(intent.normalized))
        cut_text = {r["id"]: f"{r['title']} {r['summary']}".lower() for r in rows} if models else {}
        counted = {m.group(1) for m in OCCURRENCE.finditer(intent.normalized)}
        named_others = [frozenset(event_stem(_stem(w)) for w in phrase.split()) for phrase, facet in intent.bound.items()
                        if facet == "party" and any(v in intent.others for v in self.lexicon.values_of(phrase, "party"))]
        # The names of those bodies, and their acronyms, are asked for, not extra words of a title.
        named_words = [w | {w2 for t in w for w2 in self._acronym_names().get(t, ())} for w in named_others]
        others_named = [(words_of, re.compile(rf"\b{re.escape(phrase)}\b")) for words_of, phrase in zip(named_others, [
            phrase for phrase, facet in intent.bound.items()
            if facet == "party" and any(v in intent.others for v in self.lexicon.values_of(phrase, "party"))])]
        synonyms = self.event_vocab.synonyms
        # Each term and its synonyms: an event has the term when it has any of them.
        forms = {t: frozenset((t, *synonyms.get(t, ()))) for t in terms}
        # How much each word says about which event (below); "last", "first" choose among
        # the events found (_latest_or_first).  The same for every event: worked out once.
        counts = self._event_text_counts()
        # A word no event uses weighs as its synonyms that some do ("sit" down with: met).
        cover = {t: 1.0 if t in cities else self._cover_weight(t, proper) if t in counts else min(
                     [self._cover_weight(f, proper) for f in forms[t] if f in counts] or [self._cover_weight(t, proper)])
                 for t in terms if t not in ORDER_WORDS}
        # A person asked for is one word, of a common word's weight, however rare the name.
        for name in names_asked:
            for t in name:
                if t in cover:
                    cover[t] = 1.0 / len(name)
        # An office ("as China's leader") or a role ("which prime minister") says who, a facet
        # of the people; its words may help choose an event, but an event need not have them.
        said_of_people = {event_stem(_stem(t)) for phrase, _ in intent.offices for t in phrase.split()}
        said_of_people |= self.event_vocab.role_stems
        for t in said_of_people & cover.keys():
            cover[t] = 0.0
        optional = set()
        if intent.kind == "when" and not STARTING_TO.search(intent.normalized):
            # "When did the visit begin?": a thing's date is when it began; an event need not say
            # so, though one that does ("deliveries begin") still scores the word.
            optional = STARTING & cover.keys()
            for t in optional:
                cover[t] = 0.0
        total = sum(cover.values())
        # A capital says little; a word no title has weighs as rare as the texts that have it.
        term_weight = {t: 1.0 if t in cities else weight.get(t, cover.get(t, 1.0) if t in counts else 1.0)
                       for t in terms}
        term_forms = [(t, forms[t]) for t in terms]
        # A capital standing for its country is no word to find, unless the question has no other.
        # "First", "last" choose among the events found; they do not find one.
        needed = min(2, len([t for t in terms if t not in cities and t not in ORDER_WORDS])
                     or len([t for t in terms if t not in ORDER_WORDS]) or len(terms))
        kept = [t for t in terms if t not in cities and t not in ORDER_WORDS and t not in optional]
        if needed == 2 and len(kept) == 1 and counts.get(kept[0], 0) <= RARE_EVENT_WORD:
            # (nor is a word an event need not have, beside a word few events use: "when did
            # the split begin?" needs "split" alone; "when did the visit begin?" more)
            needed = 1
        # What follows from which of the terms an event has (whether it is enough, the
        # words it lacks, its share of the question) is the same for every event with
        # those terms: worked out once for each set of them.
        fit_of: dict[tuple[str, ...], tuple[float, float, tuple[str, ...]] | None] = {}
        said_of: dict[tuple[str, ...], set[str]] = {}
        # "maritime patrol": of the kind its word before says; "bomber patrol" is another kind.
        kinded, kinds = self.event_vocab.kinded, self.event_vocab.kinds
        kinds_asked = [(kind, thing) for kind, thing in modified(intent.residue or intent.normalized)
                       if thing in kinded and kind in kinds and kind in forms and thing in forms]
        asked_words = set(terms)
        # "in the Pacific": an event whose title places it elsewhere ("in the Arctic Ocean") is another.
        places = self._place_stems
        # (a place the question itself writes: "do it again?" after the Sea of Japan patrol is
        # asked of the patrol, wherever the next one flew)
        written = {event_stem(_stem(w)) for w in re.findall(r"[a-z][a-z'-]*", (intent.question or "").lower())}
        places_asked = {t for t in terms if t in places and t in written}
        # Three words in a row that an event's title has too ("russian language in china") tell
        # apart titles with the same words in another order ("chinese language in russia").
        said = intent.normalized.split()
        runs = {" ".join(said[i:i + 3]) for i in range(len(said) - 2)}
        scored = []
        one_event = intent.kind in ("when", "who")
        start_asked = intent.kind == "when" and STARTING_TO.search(intent.normalized)
        question_text = intent.question or intent.normalized
        cut = self._cut_events
        for row in rows:
            event_id = row["id"]
            if event_id not in cut:
                text = row["title"] + " " + row["summary"]
                title_words = event_words(row["title"].lower()) | acronyms(row["title"])
                ignore = self.event_vocab.ignored_stems
                cut[event_id] = (event_words(text.lower()) | acronyms(text), title_words,
                                 tuple((w, weight.get(w, 1.0)) for w in title_words if w not in ignore))
            words, title_words, title_weights = cut[event_id]
            if people and not all(event_id in events_of[p["id"]] or self._named_in(p, words) for p in people):
                continue  # an event without a person asked for is another event
            if models and not all(m in cut_text[event_id] for m in models):
                continue  # "S-300" is a name: an event must have it, not the S-400
            if numbered and (any(name not in words for name, _ in numbered) or another_numbered(
                    numbered, words, numbered_names((row["title"] + " " + row["summary"]).lower()))):
                continue  # "Power of Siberia-2" is a name: an event must have it, not Power of Siberia (-1)
            if one_event and roles_swapped(question_text, row["title"]):
                continue  # "Russia became China's partner" is not China becoming Russia's
            if nationality_swapped(intent.normalized, row["title"]):
                continue  # "42 Russian companies" are not the title's "42 Chinese companies"
            if act_undone(question_text, row["title"]):
                continue  # payments stopped are not payments resumed
            if intent.kind == "who" and done_to_another(intent.normalized, row["title"], self._single_names):
                continue  # "Putin calls China an ally" is no one calling Russia one
            if intent.kind == "who" and said_not_done(intent.normalized, f"{row['title']}. {row['summary'] or ''}"):
                continue  # "are not creating a military bloc" is no one saying they are
            if start_asked and title_words.isdisjoint(START_SAID) and not title_words.isdisjoint(CHANGE_SAID):
                continue  # "when did China start buying coal?": "coal exports level off" dates no start
            if kinds_asked and self._another_kind(row, kinds_asked, forms, title_words, asked_words, kinds):
                continue
            if places_asked and places_asked.isdisjoint(words):
                continue  # "the Arctic agreement": one that never names the Arctic is another
            matched = tuple([t for t, f in term_forms if not f.isdisjoint(words)])
            if counted and any(t in counted for t in matched) and any(
                    t in counted and t not in {m.group(1) for m in OCCURRENCE.finditer(
                        f"{row['title']} {row['summary']}".lower())} for t in matched):
                continue  # "the third patrol": an event's "no third country" is no third of anything
            if one_event and len(matched) == len(terms) - 1:
                # Its category is a word of it when it lacks no other: "Xi in Moscow" is a visit,
                # though it never says so; a "mutual defence treaty" is no defence agreement.
                # (A list of events is of those that say so: "energy deals" are not all energy.)
                category = event_stem(row["category"] or "")
                matched = tuple([t for t, f in term_forms if t in matched or category in f])
            if matched in fit_of:
                fit = fit_of[matched]
            else:
                fit = fit_of[matched] = self._terms_fit(matched, terms, needed, weight, asked_subjects, counts,
                                                        proper, counted, cover, total, term_weight, cities)
            if fit is None:
                continue
            base, lacking, ordinals = fit
            # An ordinal the event lacks ("second") says it is another event.
            if ordinals and any(names_another(t, counts, title_words, proper, counted) for t in ordinals):
                continue
            # Rare words count more; title words the question did not ask
            # for count against ("naval" when asked about any exercise).
            score = base
            in_title = tuple([t for t, f in term_forms if not f.isdisjoint(title_words)])
            said = said_of.get(in_title)
            if said is None:
                said = said_of[in_title] = set().union(*(forms[t] for t in in_title), *named_words)
            score += 0.5 * sum([term_weight[t] for t in in_title])
            named_state = next((name for name in state if name <= words), frozenset())
            score -= 0.3 * sum([w_weight for w, w_weight in title_weights if w not in said and w not in named_state])
            score += 3.0 if event_id in with_people else 0.0
            # The title names the body or country the question names ("the SCO founded").
            # (a short name, "US", is no word an event's words keep: its title is read as written)
            score += 2.0 * (sum(1 for words_of, pattern in others_named if words_of <= title_words
                                or pattern.search(row["title"].lower())) if others_named else 0)
            # A word of the question the event lacks ("gas" for an oil pipeline) counts against.
            score -= lacking
            score += 1.0 * len(reporters & words)  # the report named, when the event names it
            score += 2.0 if named_state else 0.0  # the state founded or ended, named
            if runs:
                title = _spaced_title(row["title"])
                score += 0.7 * min(3, sum(1 for run in runs if f" {run} " in title))
            scored.append((-score, row["rank"], row))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [row for *_, row in scored[:limit]]


    def _named_in(self, person: sqlite3.Row, words: frozenset[str]) -> bool:
        """Whether an event's words name a person: their family name, or an alias of one word."""
        names = [person["name"], *filter(None, (person["aliases"] or "").split("; "))]
        return any(event_stem(_stem(n.lower().split()[-1])) in words for n in names if n)


    def _terms_fit(self, matched: tuple[str, ...], terms: list[str], needed: int, weight: dict[str, float],
                   asked_subjects: set[str], counts: dict[str, int], proper: set[str], counted: set[str],
                   cover: dict[str, float], total: float, term_weight: dict[str, float],
                   cities: set[str] = frozenset()):
        """For an event having the terms `matched` of the question's: None when that is not
        enough to be the event asked about; else its score from them, the weight of the
        terms it lacks (counted against it), and the ordinals among those, which the
        event's title decides."""
        # One subject word rare among the titles ("espionage", "S-400") is enough alone.
        if not (len([t for t in matched if t not in ORDER_WORDS]) >= needed or any(
                weight.get(t, 0.0) >= RARE_WORD and (t in self.event_vocab.subject_words or t in asked_subjects)
                for t in matched)):
            return None
        lacking = [t for t in terms if t not in matched]
        # A rare word of the question ("Kazan", "Nerchinsk") the event lacks says it is another event;
        # a capital standing for its country ("the split between Beijing and the USSR") does not.
        if any(t not in ORDINALS and t not in cities and names_another(t, counts, frozenset(), proper, counted)
               for t in lacking):
            return None
        # An event must account for about half of what the question says, weighed
        # by how rare each word is: "their mutual defence alliance treaty" is not
        # the five-year defence cooperation agreement.
        if total and sum([cover.get(t, 0.0) for t in matched]) < MIN_COVER * total:
            return None
        return (sum([term_weight[t] for t in matched]), 0.8 * sum([term_weight[t] for t in lacking]),
                tuple(t for t in lacking if t in ORDINALS))

    @cached_property
    def _names_of_people(self) -> dict[str, sqlite3.Row]:
        """Every name of a person, full name or alias, in small letters -> the person."""
        owners: dict[str, sqlite3.Row] = {}
        for person in self.store.people:
            for name in [person["name"], *filter(None, (person["aliases"] or "").split("; "))]:
                owners.setdefault(name.lower(), person)
        return owners

    @cached_property
    def _single_names(self) -> dict[str, str]:
        """A person's one-word names ("xi", "putin", a family name) -> their id, for whom an
        act is done to."""
        names = {name: person["id"] for name, person in self._names_of_people.items() if " " not in name}
        for person in self.store.people:
            names.setdefault(person["name"].split()[-1].lower(), person["id"])
        return names

    @cached_property
    def _claim_text(self) -> dict[str, str]:
        """A claim's words, in every record of it: one source's summary may give the length
        of a treaty that the other's leaves out."""
        texts: dict[str, list[str]] = {}
        for row in self.store.events_between(None, None):
            if row["claim"]:
                texts.setdefault(row["claim"], []).append(f"{row['title']} {row['summary'] or ''}")
        return {claim: " ".join(text) for claim, text in texts.items()}

    @cached_property
    def _cut_events(self) -> dict[str, tuple[frozenset[str], frozenset[str], tuple[tuple[str, float], ...]]]:
        """Event id -> the words of its title and summary, those of its title alone, and
        the weights of its title's words that say something (in the order of those words):
        each event's text is cut once, though many questions find it."""
        return {}

    @staticmethod
    def _when_of(row) -> str:
        """A question of an event's date to try next, whole in itself (the site's links are
        asked afresh) and with the title as written: "when: Land border demarcated?"."""
        return f"when: {row['title']}?"

    def _who_took_part(self, rows) -> list[str]:
        """"who took part?" as a question to try next, where the record names someone for it."""
        return ["who took part?"] if any(self.store.people_of_event(row["id"]) for row in rows) else []

    def _cite_events(self, draft, rows: list[sqlite3.Row]) -> list[dict]:
        """The events as lines to show: the same claim on the same date from two sources
        is one line with both citations, at the place of the first."""
        cited, by_claim = [], {}
        for row in rows:
            draft.events.append(event_ref(row))
            number = draft.cite(row["source_id"], row["locator"])
            claim = (row["claim"], row["date"])  # two dates for one claim stay two lines
            if row["claim"] and claim in by_claim:
                line = by_claim[claim]
                # One source may name the people of an event the other leaves unnamed.
                line["people"] += [p["name"] for p in self.store.people_of_event(row["id"])
                                   if p["name"] not in line["people"]]
                if f"[{number}]" not in line["marks"]:
                    line["marks"] += f"[{number}]"
                    if draft.short(row["source_id"]) not in line["source_name"]:
                        line["source_name"] += f"; {draft.short(row['source_id'])}"
                continue
            date = describe_label(row["date"])
            written = row["date_as_written"] or ""
            if _YEAR.search(written) and written.strip() != date and DECADE.search(written) and re.fullmatch(r"\d{4}", date):
                # A decade the source names ("early 2000s") is the date it gives, the year it
                # is filed under no more than that: the source's words lead, not a year to cite.
                date = f"{DECADE.search(written).group(0)} (as the source puts it; filed under {date})"
            elif _YEAR.search(written) and written.strip() != date:
                # The stored date is as precise as the schema allows ("2000");
                # the source's own words say how loose it is ("early 2000s").
                date += f" (the source: \u201c{written.strip()}\u201d)"
            elif row["unverifiable"] and not written:
                date = f"undated, filed under {date}"  # (the source gives it no date: the record says why)
            cited.append({"row": row, "date": date, "marks": f"[{number}]",
                          "source_name": draft.short(row["source_id"]),
                          "people": [p["name"] for p in self.store.people_of_event(row["id"])]})
            if row["claim"]:
                by_claim[claim] = cited[-1]
        return cited

    def _event_fits(self, intent: Intent, by_subject: bool = False) -> Callable[[sqlite3.Row], bool]:
        """Whether an event answers: it contradicts no facet the question binds (the
        other parties it names, the people it names and, for events chosen by their
        subject rather than their words (a list of a year's events), its subjects).
        What the question asks is worked out once, for all the events it is tried on."""
        others = intent.others
        subjects_asked = intent.subjects if by_subject else []
        # Found by its words, an event must still be about something the question asks of:
        # a tourism event is no date for coal imports, though both say "top".
        facts = self.resolver.facts
        loose = facts.weak_subjects | facts.of_people  # "travel", "agreement": words, not what it is about
        any_of = [] if by_subject else [a for a in intent.subjects if not set(a) <= loose]
        people = set(intent.people)
        going = self._destination(intent.normalized)
        journey = bool(_JOURNEY.search(intent.normalized))  # (not "since when has China been Russia's ...")
        # A place the question names (not a country it binds): "what happened on Damansky island?"
        # is answered by no border event that never names it.
        named = {event_stem(_stem(w)) for phrase, facet in intent.bound.items() if facet in ("party", "source")
                 for w in phrase.split()}
        written = {event_stem(_stem(w)) for w in re.findall(r"[a-z][a-z'-]*", (intent.question or "").lower())}
        # (a capital written as where it happened is a place, though it stands for its country
        # elsewhere: "what did Xi do in Moscow?" asks of Moscow, "what did Moscow say?" of Russia)
        located = {event_stem(_stem(w)) for w in re.findall(r"\b(?:in|at) ([a-z][a-z'-]*)", (intent.question or "").lower())
                   if self.lexicon.has(w, "city")}
        places_asked = {t for t in self.event_vocab.search_terms(intent.residue or intent.normalized)
                        if (t in self._place_stems and t not in named or t in located) and t in written} \
            if by_subject else set()
        # Goods sent one way ("did China send weapons to Russia?"): an event of the other way,
        # whose title has its receiver buy, order or receive, or the goods go to it, is another.
        to = intent.flow[1] if all(intent.flow) and SENDING.search(intent.normalized) else None
        if to is None and (sent := SENT_TO.search(intent.normalized)):
            to = {"beijing": "china", "moscow": "russia"}.get(sent.group(1), sent.group(1))  # "passing secrets to Russia"
        helping = helper_and_helped(intent.normalized)
        part_asked = owned_part(intent.normalized)
        money_asked = currencies_named(intent.normalized) | ({intent.currency} if intent.currency else set())
        themed = self.event_vocab.themed_year_asked(intent.normalized)  # "the language years"
        hosted = _hosted(intent.normalized)  # "the Year of Russian Media in Russia": its host and side
        # The side that did the act asked, when the question and the title say it with one verb
        # (of a date asked, weighed once the event is found: timeline's _says_otherwise):
        # "when did Russia cut its imports of Chinese seafood?" is not "China cuts imports of
        # Russian seafood".
        doer = self._doer_asked(intent.normalized)

        # A firm the question names is the event's, when the event names firms: Yukos's halt is
        # no Rosneft halt (though Power of Siberia's launch, naming none, is Gazprom's).
        firms = [f for f in self.event_vocab.firms if re.search(rf"\b{re.escape(f)}\b", intent.normalized)]

        # (a length in years is weighed once an event is found: see timeline's _says_otherwise)
        counted_asked = {thing: n for thing, n in _counts_said(intent.normalized).items() if thing != "year"}

        # "Did China vote against ...?": an event with another vote cast answers it (no), so it
        # stays; "when did China vote against ...?" is no abstention's date.
        vote_asked = "" if DID_IT.match(intent.normalized) else _vote_cast(intent.normalized)
        # "When did China become the world's largest importer?": a place at the top, which an
        # event must say ("net importer" is none).
        top_asked = intent.kind == "when" and bool(TOP_PLACE.search(intent.normalized))
        # "over the South China Sea": a sea named in words of others ("China") must be named whole.
        seas_asked = [place for place in self.event_vocab.places if re.search(r"\b(?:sea|ocean)\b", place)
                      and " " in place and re.search(rf"\b{re.escape(place)}\b", intent.normalized)]
        # "When was the first joint submarine patrol in the Arctic?": a place a date is asked at
        # must be the event's (one whose record names no place is not placed there).
        placed_at = [place for place in self.event_vocab.places if place not in VAGUE_PLACES
                     and re.search(rf"\b(?:in|over|off|near|at|through|across) (?:the )?{re.escape(place)}\b", intent.normalized)] \
            if intent.kind == "when" and not seas_asked else []
        # (with a sea named, the kind of event asked must be the event's: "bombers patrol over ...")
        synonyms = self.event_vocab.synonyms
        heads_asked = {event_stem(_stem(w)) for w in intent.normalized.split()} & self.event_vocab.kinded \
            if seas_asked else set()

        def fits(row: sqlite3.Row) -> bool:
            if top_asked and not TOP_PLACE.search(row["title"].lower()):
                return False
            if seas_asked and not any(sea in f"{row['title']} {row['summary'] or ''}".lower() for sea in seas_asked):
                return False
            if placed_at and not any(re.search(rf"\b{re.escape(p)}", f"{row['title']} {row['summary'] or ''}".lower())
                                     for p in placed_at):
                return False
            if heads_asked and not any(({h, *synonyms.get(h, ())}) & event_words(
                    f"{row['title']} {row['summary'] or ''}".lower()) for h in heads_asked):
                return False  # a patrol asked is no dispute at sea
            if vote_asked and (cast := _vote_cast(row["title"].lower())) and cast != vote_asked:
                return False  # a vote against is no abstention
            if counted_asked and (held := _counts_said(row["title"].lower())) and any(
                    thing in held and held[thing] != number for thing, number in counted_asked.items()):
                return False  # "extended for another ten years" is no extension "for five years"
            if doer and intent.kind != "when" and self._done_by_another(doer, row["title"]):
                return False
            if firms:
                text = f"{row['title']} {row['summary']}".lower()
                named = {f for f in self.event_vocab.firms if re.search(rf"\b{re.escape(f)}\b", text)}
                if named and not all(f in named for f in firms):
                    return False
            if themed is not None and not (THEMED_YEAR.match(row["title"])
                                           and themed <= event_words(row["title"].lower())):
                return False  # "the media years": a year of media, not of tourism
            if hosted and (not (held := _hosted(row["title"])) or held[1] != hosted[1] or hosted[0] and held[0] != hosted[0]):
                return False  # the Year of Chinese Media in China is not the one held in Russia, nor any other event
            if to and (receiver := _receiver(row["title"])) and receiver != to:
                return False
            if money_asked and (held := currencies_named(row["title"].lower())) and not held & money_asked:
                return False  # "trade measured in rubles", "the ruble's share": the yuan's is of another currency
            if part_asked and (held := owned_part(row["title"])) and held[1] == part_asked[1] and held[0] != part_asked[0]:
                return False  # Turkmenistan's section of the pipeline is not Kazakhstan's
            if helping and (held := helper_and_helped(row["title"])) and held != helping:
                return False  # Russian help to China is not China supplying Russia
            if others:
                parties = set((row["parties"] or "").split("; "))
                if any(p not in parties and not self._mentions(row, p) for p in others):
                    return False
            if subjects_asked or any_of:
                subjects = tuple(s for s in (row["subjects"] or "").split("; ") if s)
                if not all(self.resolver.facts.covers(subjects, asked) for asked in subjects_asked):
                    return False
                if any_of and subjects and not any(self._related(subjects, asked) for asked in any_of):
                    return False
            if people:
                present = {p["id"] for p in self.store.people_of_event(row["id"])}
                if not people <= present:
                    return False
            if places_asked and places_asked.isdisjoint(event_words(f"{row['title']} {row['summary'] or ''}".lower())):
                return False
            if going and self._destination(row["title"], where=True) not in (None, going):
                return False  # "Putin's visits to China" are not Xi's visits to Moscow
            if going and journey and not _JOURNEY.search(f"{row['title']} {row['summary'] or ''}".lower()) \
                    and self._destination(row["summary"] or "", where=True) != going:
                return False  # a visit asked: Moscow and Beijing rejecting a warning went nowhere
            return True

        return fits

    def _doer_asked(self, text: str) -> tuple[str, str] | None:
        """(the side, the verb) of "when did Russia (sharply) cut ...?", "when did CNPC stop
        ...?", "when did the US capture ...?": the country, or the side of the firm or person,
        the question has do the act, named first, and its verb; None otherwise."""
        found = DOER_ASKED.match(text)
        return self._doer_and_act(found.group(1).split()) if found else None

    def _doer_and_act(self, words: list[str]) -> tuple[str, str] | None:
        """(the side, the verb) of words that open with one who does something: a country
        ("the United States", "Kremlin's"), or a firm or person of one side ("Yukos", "Putin")."""
        size = next((n for n in (3, 2, 1) if self._doer_named(words[:n])), 0)
        if not size:
            return None
        sides, rest = self._doer_named(words[:size]), words[size:]
        while rest and (rest[0].endswith("ly") or rest[0] in ("first", "actually")):
            rest = rest[1:]  # ("sharply cut", "reportedly asks")
        if len(sides) != 1 or not rest or not re.fullmatch(r"[a-z]+", rest[0]) or rest[0] in ("and", "or"):
            return None
        return next(iter(sides)), rest[0]

    def _country_of(self, name: str) -> list[str]:
        """The party a name is, in one word or several ("the united states", kept by their stems)."""
        return self.lexicon.values_of(name, "party") or (
            self.lexicon.values_of(" ".join(_stem(w) for w in name.split()), "party") if " " in name else [])

    def _doer_titled(self, title: str) -> tuple[frozenset[str], str] | None:
        """(the sides, the verb) of a title that opens with a party or two doing something
        ("China cuts imports ...", "Kremlin rejects ...", "US and UK ban ...", "Russia reportedly
        asks ..."); None otherwise."""
        words = title.lower().split()
        sides, at = set(), 1 if title.lower().startswith("the ") else 0
        while at < len(words):
            # (a country by a name of words, "the United States"; a firm or a person of one side
            # does it for that side: "Yukos stops rail shipments")
            size = next((n for n in (3, 2, 1) if self._doer_named(words[at:at + n])), 0)
            if not size:
                break
            sides.update(sorted(self._doer_named(words[at:at + size]))[:1])
            at += size
            if at < len(words) and words[at] in ("and", "&"):
                at += 1
                continue
            break
        while at < len(words) and words[at].endswith("ly"):
            at += 1  # ("reportedly asks")
        if not sides or at >= len(words) or words[at] in ("and", "&", "–", "-"):
            return None
        return frozenset(sides), words[at]

    def _done_by_another(self, doer: tuple[str, str], title: str) -> bool:
        """Whether a title has another side than the question's do the act it asks, with one
        verb: "Yukos stops rail shipments to CNPC" for "when did CNPC stop ...?", or "the US
        capture of Maduro" for "when did China capture Maduro?"."""
        side, verb = doer
        if (done := self._doer_titled(title)) and self._one_act(verb, done[1]):
            return side not in done[0]
        words = re.findall(r"[\w'-]+", title.lower())
        for at, word in enumerate(words):
            if at and self._one_act(verb, word):
                # (the names right before it, each of them: "Putin–Xi phone call" is both's)
                named, end = set(), at
                while end > 0:
                    if words[end - 1] == "and":
                        end -= 1
                        continue
                    size = next((n for n in (3, 2, 1) if end - n >= 0 and self._doer_named(words[end - n:end])), 0)
                    if not size:
                        break
                    named |= self._doer_named(words[end - size:end])
                    end -= size
                if named:
                    return side not in named
        return False

    def _person_and_act(self, words: list[str]) -> tuple[str, str] | None:
        """(the person, the verb) of words that open with a person doing something ("Xi Jinping
        succeeds ..."); None otherwise."""
        def person(name: str) -> list[str]:  # (kept by their stems: "xi jinp")
            return self.lexicon.values_of(" ".join(_stem(w) for w in name.removesuffix("'s").split()), "person")

        size, ids = next(((n, ids) for n in (3, 2, 1) if (ids := person(" ".join(words[:n])))), (0, []))
        rest = [w for w in words[size:] if not w.endswith("ly")]  # ("reportedly succeeds")
        if not ids or not rest or not re.fullmatch(r"[a-z]+", rest[0]) or rest[0] in ("and", "or"):
            return None
        return ids[0], rest[0]

    def _another_person_did_it(self, question: str, title: str) -> bool:
        """Whether a title has another person do the act a when-question has its person do,
        with one verb: "Xi Jinping succeeds Hu Jintao" for "when did Hu succeed Xi?"."""
        found = DOER_ASKED.match(question)
        asked = self._person_and_act(found.group(1).split()) if found else None
        held = self._person_and_act(title.lower().split()) if asked else None
        return bool(held) and asked[0] != held[0] and self._one_act(asked[1], held[1])

    def _doer_named(self, words: list[str]) -> set[str]:
        """The side words name as a country, or as a firm or person of one side."""
        name = " ".join(words).removesuffix("'s")
        firms = self.resolver.facts.doers
        return set(self._country_of(name)) or ({firms[name]} if name in firms else set())

    def _one_act(self, asked: str, titled: str) -> bool:
        """Whether two verbs are one verb ("cut", "cuts"), or one of the vocabulary's synonyms
        of it ("reduce" for "cut"); a verb of the other end of one deal ("hand over", "buys")
        may say the other side's part of it, and is none."""
        asked, titled = event_stem(_stem(asked)), event_stem(_stem(titled))
        if asked == titled:
            return True
        ends = {event_stem(_stem(w)) for w in ACTS["buy"] | ACTS["sell"]}
        return titled in self.event_vocab.synonyms.get(asked, ()) and not {asked, titled} <= ends

    def _related(self, held: tuple[str, ...], asked: tuple[str, ...]) -> bool:
        """Whether an event's subjects and an asked one share a line: the same, narrower,
        broader or of one parent (troops and exercises are both military), unless that
        parent's narrower subjects are things apart (oil is no event of gas)."""
        facts = self.resolver.facts
        # An event filed under energy and oil is about oil: its broader subjects say no more.
        narrowest = [h for h in held if not any(o != h and h in facts.ancestors(o) for o in held)]
        return any(facts.akin(h, a) for h in narrowest for a in asked)

    def _destination(self, text: str, where: bool = False) -> str | None:
        """The country a visit goes to, by its name or a city's ("visit China", "a state
        visit to Moscow"); with `where`, also the country an event takes place in ("Xi in
        Moscow", "the parade in Beijing"). None when the text names none."""
        cache = self.__dict__.setdefault("_destinations", {})
        key = (text, where)
        if key not in cache:
            from ..reading.facets import marked
            from ..reading.lexicon import words_and_spellings
            from ..reading.words import normalize

            words, written = words_and_spellings(normalize(text))
            text_marked = marked(words, self.lexicon.scan(words, frozenset({"party"})), written)
            match = _GOING_TO.search(text_marked) or (where and _TAKING_PLACE.search(text_marked))
            cache[key] = match.group(1) if match else None
        return cache[key]

    def _mentions(self, row: sqlite3.Row, party: str) -> bool:
        """Whether an event's words name a party its curated parties leave out ("US
        Treasury warns ..."): by any of the names the vocabulary gives it."""
        if not hasattr(self, "_party_names"):
            self._party_names: dict[str, list[re.Pattern]] = {}
            for key, bindings in self.lexicon.entries.items():
                for binding in bindings:
                    if binding.facet == "party":
                        cased = binding.cased or ""
                        self._party_names.setdefault(binding.value, []).append(
                            re.compile(rf"\b{re.escape(cased)}\b") if cased
                            else re.compile(rf"\b{re.escape(' '.join(key))}\w*\b", re.IGNORECASE))
            self._mentioned: dict[tuple[str, str], bool] = {}  # (event id, party): each looked for once
        asked = (row["id"], party)
        if asked not in self._mentioned:
            text = f"{row['title']} {row['summary']}"
            # (a region is named by any party in it: Central Asia by "Kazakhstan")
            self._mentioned[asked] = any(pattern.search(text) for named in (party, *self.store.party_members.get(party, ()))
                                         for pattern in self._party_names.get(named, ()))
        return self._mentioned[asked]


# A name of three or more capitalised words, with "of" or "and" between them:
# "Shanghai Cooperation Organisation", "Collective Security Treaty Organization".

# A visit and where it goes, in a text with its places marked (facets.marked).
_GOING_TO = Lazy(r"\b(?:visit\w*|trip\w*|travel\w*|went|go|goe|going|been|arriv\w*|tour\w*)"
                 # ("visits by Putin to China": the visitor between the trip and where it went)
                 r"(?: by (?:[a-z'-]+ ){0,2}?[a-z'-]+(?= to @))? (?:to |in |of )?@([a-z_]+)")
_TAKING_PLACE = Lazy(r"\b(?:in|at) @([a-z_]+)")
# Words of an event that took someone somewhere, or happened at a place.
_JOURNEY = Lazy(r"\b(?:visit\w*|trip\w*|travel\w*|went|goes|arriv\w*|tour\w*|attend\w*|journey\w*|came|come"
                r"|flew|host\w*|summit\w*|talks|met|meet\w*)\b")


_YEAR = Lazy(r"\d{4}")
