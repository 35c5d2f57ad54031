"""Binding a question's words to its facets: the flow and its ends, what is counted, a
stated quantity, the subjects denied or joined, and the parts a question asks in turn.
read.py calls these as it builds an Intent."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from .facets import coordinated
from .lexicon import Found, Lexicon
from .words import STOPWORDS, Lazy, _stem, normalize

if TYPE_CHECKING:
    from .read import Intent


# How the words of a flow begin ("exports", "shipped", "supplies").
FLOW_VERBS = ("export", "import", "sell", "sold", "sale", "buy", "bought", "purchas", "ship", "suppl", "send", "sent",
              "deliver", "receiv", "flow", "provid")
# Units a measure is read from: a question in bcm asks for a volume.
UNIT_MEASURES = {"bcm": ("volume", "capacity"), "tonnes": ("volume", "capacity"), "barrels": ("volume", "capacity"),
                 "km": ("length",), "miles": ("length",), "tiv": ("volume",), "watts": ("capacity",)}
AFTER_AMOUNT = frozenset("did does do were was is are has have had in of for from to worth a per".split())
PLACE_WORDS = frozenset({"in", "to", "at", "into", "from", "near", "around"})
LOCATIVE = frozenset({"in", "at", "near", "around"})
# A capital before these names its country's: "the Moscow exchange", "Beijing's stock market".
OF_THE_COUNTRY = frozenset({"stock", "exchange", "bourse", "market", "markets", "stocks"})
# Words of people going somewhere: with them, "to Moscow" is the city.
GOING = ("tourist", "visitor", "visit", "student", "trip", "travel", "flight", "went", "go", "come", "came",
         "arriv", "studi", "migrant", "worker", "holiday")
# Words of goods or trade: what goes "to Beijing" with them goes to China.
GOODS = ("export", "import", "shipment", "sale", "trade", "oil", "crude", "gas", "lng", "coal", "arms", "weapon",
         "goods", "deliver", "suppl", "money", "payment", "invest")
# The facet a phrase is named as having been read as, the first it binds of these.
READ_AS = ("person", "people", "office", "party", "source", "subject", "unit", "currency", "measure", "basis", "judgement",
           "off_subject")
# "... 2024 value": a money value asked, the last word of a few.
VALUE_LAST = Lazy(r"\b(?:value|worth)\s*\??$")
NUMERIC = Lazy(r"^[\d.,%$]+(?:bn|mn|m|b)?$")

# What an agreement provides, asked in the future tense: "under the 2009 deal".
UNDER_TERMS = Lazy(r"\bunder (?:the|its|that|this|their) (?:\S+ ){0,3}(?:deal|agreement|contract|treaty|accord|"
                   r"pact|memorandum|arrangement)s?\b")

# A judgement's word said by those polled: "said Russia's actions should be opposed".
REPORTED_CUES = frozenset({"should", "good for", "bad for", "likely"})
SAID_BEFORE = Lazy(r"\b(?:said|say|says|saying|think|thinks|thought|believe|believes|believed|agree|agreed|agrees|felt|feel|"
                   r"feels|answered|replied|responded)\b")
POLL_ASKED = Lazy(r"\b(?:share|percent|percentage|proportion|%|how many|what fraction|respondents|polled|surveyed)\b")

# "Besides Shandong Yulong, which refineries ...": a leading clause leaves a name out.
ASKER_WORDS = frozenset({"my", "our", "mine"})
# Words of magnitude before a currency or a unit: "how many billion dollars".
MAGNITUDES = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn", "tn", "m"})
# "how many times bigger": a multiple, not a count.
MULTIPLE = Lazy(r"\bhow many times (?:bigger|larger|more|higher|greater|smaller|as|over)\b"
                # ... or grown between two times: "how many times did LNG grow from 2019 to 2025?"
                r"|\bhow many times (?:did|has|have|had) (?:[\w'-]+ ){1,6}?(?:grow|grown|increase|increased|rise|risen|multiply|multiplied|expand|expanded)"
                r"\b(?=.*\b(?:from|between|since)\b)")
# "how many extra years": a length of time, not a count.
# "How long is" a thing with ends (a pipeline, the border) asks its length, not a time.
# The price of a good, not of a deal: "what price does China pay for Power of Siberia gas?".
UNIT_PRICE = Lazy(r"\bprices?\b(?: [\w'-]+){0,6}? (?:for|of) (?:[\w'-]+ ){0,4}?(?:gas|oil|crude|lng|coal|electricity)\b"
                  r"(?! (?:deal|deals|contract|contracts|agreement|pipeline|pipelines|project|projects|stake|field)\b)")
# "What did it cost per barrel?": money a unit of a good, a price, not a sum.
PER_UNIT = Lazy(r"\b(?:per|a|each|every)\s(?:1,?000\s|one thousand\s|thousand\s|million\s|mn\s)?(?:barrel|tonne|ton|cubic met(?:re|er)|thousand cubic met(?:re|er)|"
                r"mmbtu|btu|kwh|kilowatt[- ]hour|megawatt[- ]hour|mwh)s?\b")
# Things with two ends, whose length is a distance.
_LINES = (r"(?:pipelines?|border|boundary|frontier|railway|rail line|line|bridge|river|road|route|tunnel|cable|spur|"
          r"power of siberia(?:[- ]?(?:1|2|one|two))?|espo|skovorodino[\w-]*)\b")
FOR_HOW_LONG = Lazy(r"\bfor how long\b|\bhow long (?:did|does|do|will|would) (?:[\w'-]+ ){0,4}?(?:last|run|stay)\b")
HOW_LONG_THING = Lazy(r"\bhow long (?:is|are|was|were|will be|would be) (?:the |a |an |this |that |its )?"
                      r"(?:[\w'-]+ ){0,4}?(?:pipelines?|border|boundary|frontier|railway|rail line|line|bridge|"
                      r"river|road|route|tunnel|cable|spur)\b"
                      # "how long did the shared land frontier turn out to be?"
                      r"|\bhow long (?:did|does|do) (?:the |a |an |this |that |its )?(?:[\w'-]+ ){0,4}?(?:pipelines?|border|"
                      r"boundary|frontier|railway|rail line|line|bridge|road|route|tunnel|cable|spur) "
                      r"(?:turn out to be|end up|measure|stretch)\b"
                      # "Power of Siberia's length", "the length of the border"
                      rf"|\b{_LINES}(?:['’]s)? length\b|\blength of (?:the |a |an |this |that |its )?(?:[\w'-]+ ){{0,4}}?{_LINES}")
# A word that leaves out what follows it: "not naval", "non-naval", "excluding LNG".
NEGATION = Lazy(r"\b(?:(?<!\bor )not(?: counting| including| by| via| over| through)?|non|excluding|except(?: for)?|"
                r"other than|apart from|aside from|leaving out|leaving aside|setting aside|putting aside|besides|without)"
                r"[ -](?:the |a |an |any )?([a-z][a-z'-]*)")
HOW_OFTEN = Lazy(r"\bhow (?:often|frequently)\b")
PER_YEAR = Lazy(r"\b(?:a|per|each|every) year\b|\bannual|\byearly\b|\bon average\b")
DURATION_COUNT = Lazy(r"\bhow many (?:[a-z]+ )?(?:years|months|weeks|days|decades)\b")
# A length of time a thing runs for, given as a number: "signed for 30 years", "a 30-year deal"
# (not a time counted back or on: "30 years ago", "20 years later").
TERM_GIVEN = Lazy(r"\b(?:for|of|a|an|lasting|running)\s+\d{1,2}(?:\.\d+)?[- ](?:years?|months?)\b"
                  r"(?!\s+(?:ago|old|later|earlier|after|before|since|on)\b)")

FLOW_PAIR = Lazy(r"\b(import|export)s? (?:and|or|&|vs|versus) (import|export)s?\b")
# Each of the two ways asked, each on its own: "goods trade each way in 2024".
EACH_WAY = Lazy(r"\b(?:in |by )?(?:each|either|every) (?:way|direction)\b|\bby direction\b|\bper direction\b")

NEGATION_WORDS = ("not", "non", "excluding", "except", "other than", "apart from", "aside from", "leaving out",
                  "leaving aside", "setting aside", "putting aside", "besides", "without")

# A people's name as an adjective ("Russian", "Chinese", "Turkish"), not the country's own.
DEMONYM = Lazy(r"(?:ian|ean|can|man|ese|ish|ench)$")

APART = frozenset(["and", "or", "vs", "versus", "than", "not", "&"])


def quantity_key(match: re.Match) -> tuple[str, str]:
    unit = {"b": "billion", "bn": "billion", "m": "million", "mn": "million"}.get(match["unit"], match["unit"] or "")
    unit = {"percent": "%", "per cent": "%", "million tons": "million tonnes", "mt": "million tonnes",
            "tons": "tonnes", "b/d": "barrels", "bpd": "barrels", "megawatts": "mw",
            "million tiv": "tiv", "mn tiv": "tiv"}.get(unit, unit)
    return ("$" if match["money"] else "", unit)


def _mass_follows(words: list[str], found: list[Found], start: int, said: str) -> bool:
    """Whether the first phrase after `start` past small words and parties is a noun of a
    mass, written as one ("oil", "crude oil"; not "oils"): nothing "how many" can count."""
    if (magnitude := re.search(r"\bhow many (bn|billions?|millions?|mn|mln|trillions?)\b(?: (\w+))?", said)) is not None \
            and (magnitude.group(2) is None or magnitude.group(2) in STOPWORDS):
        return True  # "... in 2001, how many bn?": a sum in billions, nothing counted
    for i in range(start, min(len(words), start + 4)):
        here = next((f for f in found if f.start == i), None)
        if here is not None and here.values("party") and not here.values("subject"):
            continue
        if (here is None or set(here.facets) == {"harmless"}) and words[i] in STOPWORDS | {"is", "are", "was", "were"}:
            continue
        if here is None or not here.values("uncounted") or re.search(rf"\b{re.escape(here.text)}e?s\b", said):
            return False  # (as written: "how many gases" would count kinds)
        # ("how many LNG cargoes": a plural noun after it, as written, is what is counted)
        written = re.search(rf"\b{re.escape(here.text)} ([a-z][\w-]*)", said)
        after = written.group(1) if written else ""
        return not (after.endswith("s") and after not in STOPWORDS and not after.startswith(FLOW_VERBS)
                    and after not in MASS_VERBS)
    return False


# Verbs in "s" that may follow a mass noun ("how many gas goes through ..."): no plural noun.
MASS_VERBS = frozenset({"goes", "does", "is", "was", "has", "gets", "comes", "flows", "passes", "runs", "costs"})


def counted_of(words: list[str], found: list[Found]) -> str:
    """What "how many" counts: the first word after it that names no party."""
    parties = {i for f in found if f.values("party") for i in range(f.start, f.end)}
    for i, word in enumerate(words[:-2]):
        if word == "how" and words[i + 1] == "many":
            return next((w for j, w in enumerate(words[i + 2:], start=i + 2)
                         if j not in parties and w not in STOPWORDS), "")
    return ""


def unknown_numbered_name(intent: Intent, words: list[str], lexicon: Lexicon) -> None:
    """"Power of Siberia 3": a name known only with other numbers (1 and 2) is another
    thing, which crr holds nothing of; the name with its number is a word no figure places."""
    numbered = lexicon.numbered()
    if not numbered:
        return
    text = " ".join(words)
    for name, numbers in numbered.items():
        if name in text:
            for match in re.finditer(rf"\b{re.escape(name)}[ -]?(\d)\b", text):
                if match.group(1) not in numbers:
                    intent.unknown_names.append(f"{name} {match.group(1)}")


def subjects_of_cues(intent: Intent, found: list[Found], lexicon: Lexicon) -> None:
    """A cue of measure that names its subject ("crude oil value", "trade value") asks for
    that subject too: the amount of crude, not an amount of anything."""
    for phrase in found:
        if phrase.values("measure") and not phrase.values("subject") and " " in phrase.text:
            inner = phrase.text.split()
            for part in lexicon.scan(inner[:-1]) + lexicon.scan(inner[1:]):
                if (subjects := part.values("subject")) and part.text not in intent.subject_words:
                    intent.subjects.append(tuple(subjects))
                    intent.subject_words.append(part.text)


# A source's figure stated, then another's asked: "Customs has 7.54 Mt for 2021 - what does the
# Energy Institute give?", "Wikipedia has $100bn for 2018; what does the IMF show?".
ANOTHER_SOURCE_ASKED = Lazy(r"(?:[;:–—]|\s-+\s|,)\s*(?:and |but |so |then )?(?:what|how much|which (?:figure|number)|what (?:figure|number))"
                            r"\b[^;:–—]*?\b(?:gives?|shows?|says?|has|have|puts?|reports?|records?)\b[^;:–—]*$", re.IGNORECASE)


def sources_asked_last(question: str, sources: list[str], words: dict[str, str]) -> list[str]:
    """Of several sources named, those the question asks of, when a statement of another's
    figure comes first; else all of them."""
    found = ANOTHER_SOURCE_ASKED.search(question or "")
    if found is None:
        return sources
    tail = normalize(question[found.start():])
    asked = [s for s in sources if s in words and re.search(rf"\b{re.escape(words[s])}\b", tail)]
    return asked if asked and len(asked) < len(sources) else sources


def bind_words(intent: Intent, words: list[str], found: list[Found], currency_at: int | None = None,
          aside: frozenset[str] = frozenset()) -> None:
    """Each phrase to its facet; the words left over are content for the matcher.
    A currency asked for ("in rubles") is a unit of the answer, not its subject; a cue of
    judgement in `aside` is a preface's, set aside."""
    taken, cues = set(), []
    source_words: dict[str, str] = {}
    for phrase in found:
        # The phrase's values by facet; most phrases are one harmless word ("the", "in").
        facets = phrase.facets
        if "city" in facets and _a_place(words, phrase.start):
            continue  # "tourists who visited Moscow": the city, which no national figure counts
        if phrase.start == currency_at:
            taken.update(range(phrase.start, phrase.end))
            intent.bound[phrase.text] = "currency"
            continue
        taken.update(range(phrase.start, phrase.end))
        for party in facets.get("party", ()):
            if party not in intent.parties:
                intent.parties.append(party)
        intent.offices += [(phrase.text, office) for office in facets.get("office", ())]
        if "person" in facets or "people" in facets:
            for person in [*phrase.values("person"), *(p for group in phrase.values("people") for p in group.split())]:
                if person.startswith("since="):
                    intent.groups_since.append((phrase.text, person.removeprefix("since=")))
                elif person not in intent.people:
                    intent.people.append(person)
        if (subjects := facets.get("subject")) and " ".join(words[phrase.end:phrase.end + 2]) != "or not":
            intent.subjects.append(tuple(subjects))
            intent.subject_words.append(phrase.text)
        if (units := facets.get("unit")) and _stated_quantity(words, phrase.start):
            units = []  # "to deliver 300 million tons": a quantity the question gives, not its unit
        if units:
            intent.units += [u for u in units if u not in intent.units]
            for unit in units:
                intent.measures.update(UNIT_MEASURES.get(unit, ()))
        if (measures := facets.get("measure")) and phrase.text in ("%", "percent", "per cent") \
                and _stated_quantity(words, phrase.start):
            intent.stated_share = True  # "its 30% stake": a share the question gives (see read)
        if measures:
            # ("how many billion dollars": the currency after a word of magnitude)
            skip = 1 if phrase.end < len(words) and words[phrase.end] in MAGNITUDES else 0
            following = next((f for f in found if f.start == phrase.end + skip), None)
            after = words[following.end] if following and following.end < len(words) else ""
            if "count" in measures and following and (following.values("currency") or following.values("unit")) \
                    and (after in AFTER_AMOUNT or not after):
                # "how many dollars did ...", not "how many yuan accounts"
                measures = ["amount"] if following.values("currency") else []
            elif "count" in measures and phrase.text == "how many" and _mass_follows(words, found, phrase.end, intent.normalized):
                # "how many LNG did China import?", "how many is the trade?": a learner's "how much"
                measures = [m for m in measures if m != "count"]
            if measures:
                cues.append(set(measures))
            intent.measure_words.append(phrase.text)
        if "judgement" in facets and phrase.text in aside:
            taken.update(range(phrase.start, phrase.end))
            intent.aside.append(phrase.text)  # a preface's cue ("Is Russia the junior partner?")
            continue
        if "judgement" in facets and phrase.text.startswith(("will ", "would ")) and UNDER_TERMS.search(intent.normalized):
            # "How much oil will Russia deliver under the loans-for-oil deal?": the deal's terms.
            taken.update(range(phrase.start, phrase.end))
            continue
        if "judgement" in facets and phrase.text in REPORTED_CUES \
                and SAID_BEFORE.search(" ".join(words[max(0, phrase.start - 6):phrase.start])) \
                and POLL_ASKED.search(intent.normalized):
            # "What share of Chinese said Russia's actions should be opposed?": what those polled
            # said, whose share is a figure, not a judgement asked of crr.
            taken.update(range(phrase.start, phrase.end))
            continue
        if "judgement" in facets:
            intent.judgement = True
        if "off_subject" in facets:
            intent.off_subject = True
        if "basis" in facets:
            intent.basis = phrase.values("basis")[0]
        if "source" in facets:
            intent.sources += [s for s in facets["source"] if s not in intent.sources]
            source_words.update({s: phrase.text for s in facets["source"]})
        read_as = next(filter(facets.__contains__, READ_AS), "")
        if read_as:
            intent.bound[phrase.text] = read_as
        elif "harmless" not in facets:
            taken.difference_update(range(phrase.start, phrase.end))
    if len(intent.sources) > 1:
        intent.sources = sources_asked_last(intent.question, intent.sources, source_words)
    if "how many times" in intent.normalized and MULTIPLE.search(intent.normalized):
        cues = [c for c in cues if c != {"count"}] + [{"ratio"}]  # a multiple, not a count
    if DURATION_COUNT.search(intent.normalized) or TERM_GIVEN.search(intent.normalized):
        cues = [c for c in cues if c != {"count"}] + [{"duration"}]
    if FOR_HOW_LONG.search(intent.normalized):
        # "for how long?", "how long did it last?": a time, never a length in km
        cues = [c - {"length"} if c >= {"duration", "length"} else c for c in cues]
    elif HOW_LONG_THING.search(intent.normalized):
        # "how long is the pipeline": its length in km, not the months it was early
        cues = [c - {"duration"} if c >= {"duration", "length"} else c for c in cues]
    if HOW_OFTEN.search(intent.normalized) and (any(p.form != "point" for p in intent.periods) or not intent.periods) \
            and not PER_YEAR.search(intent.normalized):
        # "how often did they meet after the invasion": how many times in that span
        cues = [c | {"count"} if c & {"rate", "share"} else c for c in cues]
    if PER_YEAR.search(intent.normalized) and not intent.periods and any("count" in c for c in cues) \
            and re.search(r"\bhow many times\b", intent.normalized):
        # "how many times did Hu and Putin meet a year?": so many times a year, a rate
        cues = [c | {"rate"} if "count" in c else c for c in cues]
    if VALUE_LAST.search(intent.normalized) and not cues:
        cues = [{"amount"}]  # "energy exports to china 2024 value": its worth in money
    if cues:
        # Each cue allows some measures; together they allow those all allow ("the share, in %"),
        # or, when they disagree ("how many percent"), any of them.
        common = set.intersection(*cues)
        intent.measures.update(common or set.union(*cues))
    if UNIT_PRICE.search(intent.normalized) or (PER_UNIT.search(intent.normalized) and intent.measures & {"amount", "price"}):
        # "what price per barrel does China pay for the crude": so much a unit (the barrel is
        # the price's unit), no deal's value and no volume
        intent.measures, intent.units = {"price"}, []
    harmless = {f.text for f in found if "harmless" in f.facets}
    content = [(i, w) for i, w in enumerate(words) if i not in taken and w not in STOPWORDS
               and not NUMERIC.match(w) and len(w) > 1 and w not in harmless]
    # "for my essay", "according to my grandmother": words about the one asking, not the figure.
    askers = {j for i, w in enumerate(words) if w in ASKER_WORDS for j in (i + 1, i + 2)}
    intent.aside += [intent.spelled.get(w, w) for i, w in content if i in askers]
    intent.content = [w for i, w in content if i not in askers]
    intent.neutral = frozenset(
        word for phrase in found if "subject" not in phrase.facets and phrase.start in taken
        for word in phrase.text.split()) | {w for i, w in enumerate(words) if w.startswith(FLOW_VERBS) and not _vessels(words, i)}


# Words before "ships" that make it vessels counted or named, not a flow's verb: "how many ships",
# "what about ships?", "two ships".
VESSELS_AFTER = frozenset({"about", "and", "many", "the", "those", "these", "of", "any", "no", "which", "what", "or",
                           "navy", "naval", "war", "its", "their"})


def _vessels(words: list[str], i: int) -> bool:
    """Whether the word at `i` is "ship" or "ships" said of vessels, not of goods sent."""
    return words[i] in ("ship", "ships") and i > 0 and (words[i - 1] in VESSELS_AFTER or words[i - 1].isdigit())


def its_flow(ends: tuple[str | None, str | None], words: list[str], found: list[Found]) -> tuple:
    """"Russia's own figure for its exports to China": "its" is the other country the
    question names, the end the flow's words left open."""
    if (ends[0] is None) == (ends[1] is None):
        return ends
    owner = any(w in ("its", "their") and i + 1 < len(words) and words[i + 1].startswith(FLOW_VERBS)
                for i, w in enumerate(words))
    named = [p for f in found for p in f.values("party") if p not in ends]
    if not owner or len(set(named)) != 1:
        return ends
    return (named[0], ends[1]) if ends[0] is None else (ends[0], named[0])


def origin_or_buyer(ends: tuple[str | None, str | None], words: list[str], found: list[Found]) -> tuple:
    """"Russian crude imports" may be Russia's imports of crude or imports of Russian crude
    (China's, paid for in dollars): a people's adjective before a thing traded and
    "imports", with nothing else to say which way, names one end of the flow but not which."""
    if ends[0] is not None or ends[1] is None:
        return ends
    for phrase in found:
        if (phrase.values("party") == (ends[1],) and phrase.end - phrase.start == 1
                and DEMONYM.search(words[phrase.start])):
            things = [f for f in found if f.start >= phrase.end and f.values("subject") and not f.values("party")]
            thing = things[0] if things else None
            if (thing and thing.start == phrase.end and thing.end < len(words)
                    and words[thing.end] == "import"):
                return None, None
    return ends


# Posts a state keeps in another's capital, which stands for that state.
POSTS = ("ambassador", "embass", "envoy", "consul", "diplomat", "mission", "representative", "attach")


def _a_place(words: list[str], start: int) -> bool:
    """Whether the city at `start` is a place people are in or go to ("in Moscow", "tourists
    who went to Moscow"), not its country's capital standing for it ("arms from Moscow")."""
    before = words[start - 1] if start else ""
    if words[start + 1:start + 2] and words[start + 1] in OF_THE_COUNTRY:
        return False  # "in Moscow stock market trading": the country's market, named by its capital
    near = words[max(0, start - 5):start - 1]
    if before in LOCATIVE and any(w.startswith(POSTS) for w in words[max(0, start - 6):start]):
        return False  # "China's ambassador in Moscow": a post to the state
    if before.startswith(("visit", "tour")) or before in LOCATIVE:
        return True
    # "what share of Moscow's exports went to Beijing": goods go to the state, people to the city.
    return before in PLACE_WORDS and any(w.startswith(GOING) for w in near) \
        and not any(w.startswith(GOODS) for w in near)


def _stated_quantity(words: list[str], start: int) -> bool:
    """Whether the unit at `start` follows a number: "300 million tons", "5 bcm"."""
    before = words[max(0, start - 2):start]
    return bool(before) and (NUMERIC.match(before[-1]) is not None or (
        before[-1] in MAGNITUDES and len(before) == 2 and NUMERIC.match(before[0]) is not None))


def negated_subjects(text: str, found: list[Found]) -> list[str]:
    """The subjects a question leaves out: "exercises that were not naval", "non-naval",
    "excluding LNG"."""
    negated = []
    if not any(word in text for word in NEGATION_WORDS):
        return negated
    for match in NEGATION.finditer(text):
        word = _stem(match.group(1))
        for phrase in found:
            if phrase.text.split()[0] == word:
                negated += [s for s in phrase.values("subject") if s not in negated]
    return negated


def union_of_subjects(intent: Intent, words: list[str], found: list[Found], parents: dict) -> None:
    """"met or spoke", "meetings or calls": either of two related subjects is their common one;
    "meetings and phone calls" (a subject and a part of it) is the subject."""
    def line(subject: str) -> list[str]:
        out = []
        while subject:
            out.append(subject)
            subject = parents.get(subject)
        return out

    named = [f for f in found if f.values("subject")]
    # "meet or talk": either, though "talk" may be a meeting as well as a call.
    either = [(first, second) for first, second in zip(named, named[1:])
              if second.start == first.end + 1 and words[first.end] == "or"
              and not set(first.values("subject")).isdisjoint(second.values("subject"))]
    for first, second in coordinated(found, words, "subject") + either:
        a, b = first.values("subject")[0], second.values("subject")[0]
        common = next((s for s in line(a) if s in line(b)), None)
        # "meetings or calls" is their common subject; so is "meetings and phone calls",
        # a subject with a part of it; "oil and gas" asks two questions.
        if words[first.end] != "or" and common not in (a, b):
            continue
        if common and (first.text, second.text) != (common, common):
            for phrase in (first.text, second.text):
                if phrase in intent.subject_words:
                    i = intent.subject_words.index(phrase)
                    intent.subject_words.pop(i)
                    intent.subjects.pop(i)
            intent.subject_words.append(f"{first.text} or {second.text}")
            # Their common subject, then each of the two: a figure of both counted as one
            # (meetings and calls) is asked for whole.
            either_of = (common, *dict.fromkeys(x for x in (a, b) if x != common))
            intent.subjects.append(either_of)
            # "meet or talk by phone": another word of either ("phone") is within the either.
            kept = [(w, s) for w, s in zip(intent.subject_words, intent.subjects)
                    if s == either_of or not all(common in line(x) for x in s)]
            intent.subject_words, intent.subjects = [w for w, _ in kept], [s for _, s in kept]


def joined_subjects(intent: Intent, words: list[str], found: list[Found], lexicon: Lexicon) -> None:
    """"gas to China through the pipeline": two words a few apart that together name one
    subject ("pipeline gas") are that subject, not two; not when a word between sets them
    apart ("oil and gas pipelines" are no pipeline oil)."""
    named = [f for f in found if f.values("subject") and f.end - f.start == 1]
    for first, second in pairwise(named):
        between = words[first.end:second.start]
        if len(between) > 4 or APART.intersection(between):
            continue
        joined = (lexicon.values_of(f"{first.text} {second.text}", "subject")
                  or lexicon.values_of(f"{second.text} {first.text}", "subject"))
        if not joined or first.text not in intent.subject_words or second.text not in intent.subject_words:
            continue
        at = intent.subject_words.index(first.text)
        kept = [(w, s) for w, s in zip(intent.subject_words, intent.subjects) if w not in (first.text, second.text)]
        kept.insert(at, (f"{first.text} {second.text}", tuple(joined)))
        intent.subject_words, intent.subjects = [w for w, _ in kept], [s for _, s in kept]
        return


# The two countries' people, set side by side: "Chinese vs Russian tourist visits",
# "Russian and Chinese students" (not "Chinese and Russian leaders", a pair of people).
PEOPLES_PAIR = Lazy(r"\b(chinese|russian|china|russia)s? (?:and|vs\.?|versus|or|compared (?:with|to)) (chinese|russian|china|russia)s? "
                    r"((?:tourist |student |exchange )?(?:tourists?|visits?|visitors?|students?|travell?ers?|arrivals?|trips?"
                    # each side's part in a joint exercise: "Russian vs Chinese troops", "russia vs china troops"
                    r"|troops?|soldiers?|servicemen|personnel|contingents?))\b")
COUNTRY_OF = {"chinese": "china", "china": "china", "russian": "russia", "russia": "russia"}

def parts_asked(intent: Intent, words: list[str], found: list[Found]) -> list[str]:
    """Two questions in one: "imports and exports", "oil and gas", each asked on its own."""
    text = intent.normalized
    if (people := PEOPLES_PAIR.search(text)) and COUNTRY_OF[people.group(1)] != COUNTRY_OF[people.group(2)]:
        # "Chinese vs Russian tourist visits": each country's people, each a question.
        whole, intent.parts_of = people.group(0), "party"
        return [text.replace(whole, f"{people.group(1)} {people.group(3)}"),
                text.replace(whole, f"{people.group(2)} {people.group(3)}")]
    if (each := EACH_WAY.search(text)) and not any(intent.flow):
        intent.parts_of = "flow"  # "trade each way": from China to Russia, and back, each a question
        return [text.replace(each.group(0), "from china to russia"), text.replace(each.group(0), "from russia to china")]
    pair = FLOW_PAIR.search(text)
    if pair and pair.group(1) != pair.group(2):
        whole, intent.parts_of = pair.group(0), "flow"  # "imports and exports": each way, each a question
        return [text.replace(whole, f"{pair.group(1)}s"), text.replace(whole, f"{pair.group(2)}s")]
    for first, second in [*coordinated(found, words, "subject"), *coordinated(found, words, "measure")]:
        intent.parts_of = "measure" if first.values("measure") and not first.values("subject") else "subject"
        if words[first.end] == "or":
            continue
        joined = " ".join(words[first.start:second.end])
        if joined not in text:  # as written: "students and tourists"
            joined = " ".join(intent.spelled.get(w, w) for w in words[first.start:second.end])
            first_said = " ".join(intent.spelled.get(w, w) for w in words[first.start:first.end])
            second_said = " ".join(intent.spelled.get(w, w) for w in words[second.start:second.end])
        else:
            first_said, second_said = first.text, second.text
        if joined in text:
            return [text.replace(joined, first_said), text.replace(joined, second_said.removeprefix("and "))]
    return []
