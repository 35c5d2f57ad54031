"""Question text -> Intent: how crr reads a question, word by word.

A question becomes a typed reading: its kind, its periods, and its facets
(parties, subjects, flow, currency, unit, measure, people, sources), each
bound from the curated vocabulary (db/vocabulary.yaml, as a Lexicon).  The
words no facet takes are kept: the resolver matches them against metric
names, and those it cannot place are named in the answer as unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .facets import (asked_currency, coordinated, flow, marked, ranked_among, ranked_one, reporter, share_part,
                     stake_owner, whole_of_share, whole_place)
from .kinds import COMPARE, FOLLOW_UP, metric_kind, read_event_kind, read_kind
from .lexicon import Found, Lexicon, lexicon_words, words_and_spellings
from .offices import bind_offices
from .periods import Period, extract_periods
from .words import STOPWORDS, _stem, normalize
from .words import Lazy

FILLER = Lazy(
    r"\b(?:please|pls|tell me|show me|give me|can you|could you|i want to know|"
    r"what was|what were|what is|what's|whats|what are|how much|how many|the|a|an|of|for|"
    r"in|on|at|by|to|did|does|do|was|were|is|are|china|chinese|russia|russian|russia's|"
    r"china's|between the two|sino-russian|and|from|with|about|total|value|figure|number)\b"
)
COUNTRIES = ("china", "russia")
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
# The facet a phrase is named as having been read as, the first it binds of these.
READ_AS = ("person", "people", "office", "party", "source", "subject", "unit", "currency", "measure", "judgement", "off_subject")
NUMERIC = Lazy(r"^[\d.,%$]+(?:bn|mn|m|b)?$")
DIGIT = Lazy(r"\d")
# A unit glued to its number ("$400m", "6bn") leaves the number a figure.
NUMBER = Lazy(r"(?<![\w.-])(\d+(?:\.\d+)?)(?:bn|mn|m|b)?(?![\w-]|\.\d)")
# A number with its unit ("$6 billion", "88%", "38.8 bcm"): the metric units it can be.
QUANTITY = Lazy(r"(?P<money>\$|us\$|usd )?\s?\d+(?:\.\d+)?\s?(?P<unit>million tiv|mn tiv|tiv|billion|bn|b|million|mn|m|%|percent|per cent|"
                r"bcm|million tonnes|million tons|mt|tonnes|tons|mw|megawatts|kw|barrels|b/d|bpd|km)?\b")
UNIT_OF_QUANTITY = {("$", "billion"): ("USD bn",), ("$", "million"): ("USD mn",), ("", "%"): ("percent",),
                    ("", "billion"): ("USD bn", "bcm", "bcm per year"),  # "6bn": an amount, not a rank of 6
                    ("", "bcm"): ("bcm", "bcm per year"), ("", "million tonnes"): ("million tonnes", "million tonnes per year"),
                    ("", "tonnes"): ("tonnes",), ("", "mw"): ("MW",), ("", "kw"): ("kW",),
                    ("", "barrels"): ("barrels per day",), ("", "km"): ("km",), ("", "tiv"): ("TIV mn",)}
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
# Numbers in words count only as a figure ("five or six times a year"), not as how
# many are asked for ("which two leaders").
COUNTED_WORDS = Lazy(r"\b(" + "|".join(NUMBER_WORDS) + r")\b(?= (?:or \w+ )?(?:times|a year|per year|"
                     r"annually|percent|per cent|%|meetings|visits|exercises))")
# "which pollster", "which Russian company": the kind of name a who-question asks for.
NAME_KINDS = (r"pollsters?|compan(?:y|ies)|firms?|refiner(?:y|ies)|banks?|organi[sz]ations?|institutes?|makers?|"
              r"producers?|exporters?|suppliers?")
NAME_KIND_ASKED = Lazy(rf"\bwhich (?:[\w-]+ ){{0,3}}?({NAME_KINDS}|surveys?|polls?)\b")
# "that day", "then": a follow-up about the time of the answer before.
DEICTIC = Lazy(r"\b(?:that (?:day|year|month|time|week)|the same (?:day|year|month|time)|at the time|then)\b")
# What an agreement provides, asked in the future tense: "under the 2009 deal".
UNDER_TERMS = Lazy(r"\bunder (?:the|its|that|this|their) (?:\S+ ){0,3}(?:deal|agreement|contract|treaty|accord|"
                   r"pact|memorandum|arrangement)s?\b")
# A prediction or an explanation asked for: "will ...?", "why ...?" ("could you" is politeness).
SPECULATION = Lazy(r"^(?:why|will|should|might|would|could|is it likely|how likely)\b(?! you\b)")
# ("share of total visits": the whole a share is of, no sum of the years asked)
TOTAL = Lazy(r"\b(?:in total|(?<!of )(?<!of the )total|combined|altogether|cumulative|cumulatively|sum|all together|(?<=\d )together|"
             r"(?<=\d )put together|taken together|"
             r"add(?:s|ed|ing)? (?:up|together)|sum(?:s|med|ming)? up|summed)\b")
AVERAGE = Lazy(r"\b(?:average|on average|mean|per year on average|typical year)\b")
# "Besides Shandong Yulong, which refineries ...": a leading clause leaves a name out.
ASKER_WORDS = frozenset({"my", "our", "mine"})
# What an asker is writing, before the question: "For a class paper, ...", "For the school report:".
_WRITTEN = (r"(?:paper|essay|thesis|report|assignment|homework|article|piece|story|presentation|project|seminar|"
            r"lecture|dissertation|blog|post|newsletter|podcast|briefing|memo|class|course|coursework|"
            r"feature|column|op-ed|explainer|book|chapter|documentary|talk)s?")
# "... I'm writing on the energy relationship, could you ...": what the asker is doing with it,
# up to the words that begin the question (the comma is gone from the text read).
_WRITING_ON = (r"(?: (?:i'm|i am|we're|we are|i'll be|i will be) (?:writing|working on|preparing|doing|putting together)"
               r"(?: (?:on|about)(?: (?!(?:could|can|would|please|what|how|when|who|which|where|tell|give|show)\b)[\w'-]+){1,10})?"
               r"(?= (?:could|can|would|please|what|how|when|who|which|where|tell|give|show)\b))?")
WRITING = Lazy(rf"^for (?:a|an|the|my|our|this|his|her) (?:[\w-]+ ){{0,3}}?{_WRITTEN}(?: {_WRITTEN})*\b{_WRITING_ON}[,:]?\s*")
# The same preface, as written, up to the comma, colon or full stop that ends it: "For my
# piece on energy dependence, ...", "I'm writing a piece on energy dependence: can you ...".
PREFACE = Lazy(rf"^\s*(?:for (?:a|an|the|my|our|this|his|her) (?:[\w-]+ ){{0,3}}?{_WRITTEN}\b[^,:;?]{{0,80}}[,:;]"
               r"|(?:i'm|i am|i’m|we're|we’re|we are|i'll be|i will be) (?:writing|working on|preparing|"
               r"researching|doing|putting together)\b[^,:;?.]{0,80}[,:;.])\s*", re.I)
# A size asked beside another's: a multiple answers it as an amount does.
HOW_MUCH_MORE = Lazy(r"\bhow much (?:bigger|larger|greater|smaller|richer|poorer|more|less|higher|lower)\b"
                     r"(?: [\w']+){0,6}? than\b")
MAGNITUDES = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn", "m"})
# "how many times bigger": a multiple, not a count.
MULTIPLE = Lazy(r"\bhow many times (?:bigger|larger|more|higher|greater|smaller|as|over)\b")
# "how many extra years": a length of time, not a count.
# "How long is" a thing with ends (a pipeline, the border) asks its length, not a time.
# The price of a good, not of a deal: "what price does China pay for Power of Siberia gas?".
UNIT_PRICE = Lazy(r"\bprices?\b(?: [\w'-]+){0,6}? (?:for|of) (?:[\w'-]+ ){0,4}?(?:gas|oil|crude|lng|coal|electricity)\b"
                  r"(?! (?:deal|deals|contract|contracts|agreement|pipeline|pipelines|project|projects|stake|field)\b)")
# "What did it cost per barrel?": money a unit of a good, a price, not a sum.
PER_UNIT = Lazy(r"\b(?:per|a|each|every)\s(?:barrel|tonne|ton|cubic met(?:re|er)|thousand cubic met(?:re|er)s|"
                r"mmbtu|btu|kwh|kilowatt[- ]hour|megawatt[- ]hour|mwh)\b")
FOR_HOW_LONG = Lazy(r"\bfor how long\b|\bhow long (?:did|does|do|will|would) (?:[\w'-]+ ){0,4}?(?:last|run|stay)\b")
HOW_LONG_THING = Lazy(r"\bhow long (?:is|are|was|were|will be|would be) (?:the |a |an |this |that |its )?"
                      r"(?:[\w'-]+ ){0,4}?(?:pipelines?|border|boundary|frontier|railway|rail line|line|bridge|"
                      r"river|road|route|tunnel|cable|spur)\b")
# A word that leaves out what follows it: "not naval", "non-naval", "excluding LNG".
NEGATION = Lazy(r"\b(?:(?<!\bor )not(?: counting| including)?|non|excluding|except(?: for)?|other than|apart from|"
                r"aside from|leaving out|without)[ -](?:the |a |an |any )?([a-z][a-z'-]*)")
HOW_OFTEN = Lazy(r"\bhow (?:often|frequently)\b")
PER_YEAR = Lazy(r"\b(?:a|per|each|every) year\b|\bannual|\byearly\b|\bon average\b")
DURATION_COUNT = Lazy(r"\bhow many (?:[a-z]+ )?(?:years|months|weeks|days|decades)\b")
# "how many of the 11 exercises were aerial", "of Wang Yi's 30 meetings, how many ...",
# "of the 42 companies, which were the biggest": the question states a total and asks
# for a part of it.
GIVEN_WHOLE = Lazy(r"\bhow many of (?:the|these|those|its|their|his|her|all|all the)?\s*(?:[\w'-]+ ){0,5}?(?!(?:19|20)\d\d\b)(\d+)\b(?= [a-z])"
                   r"|^(?:out )?of (?:[\w'-]+ ){0,4}?(\d+) [^?]{1,60}? (?:how many|which|who|what)\b")
# A figure asked per a time shorter than a year: "and per month?", "daily", "a week".
PER_TIME = Lazy(r"\b(?:per|a|each|every|an) (month|week|day|quarter)\b|\b(month|week|dai|quarter)ly\b")
EXCEPT = Lazy(r"^(?:besides|apart from|other than|except(?: for)?|excluding|leaving out)\s+([^,;?]{2,40}?),")
# "After Russia, which country sold China the most arms?": the first is left out of the asking.
SECOND_TO = Lazy(r"^after\s+([^,;?]{2,40}?),(?=\s*(?:which|who|whom)\b)")
CHANGE_WORDS = Lazy(r"\b(?:change[ds]?|evolv\w*|grow|grew|grown|growth|increase[ds]?|decrease[ds]?|decline[ds]?|fell|fall|"
                    r"fallen|drop(?:ped)?|rise|rose|risen|shr[aiu]nk|multiple|times)\b")
# The nouns of a share: "percent" alone may be a rate of change, "share" never is.
SHARE_NOUN = Lazy(r"\b(?:shares?|proportion|portion|fraction|part)\b")
# "more students than China", "bigger than Russia": a place in a ranking, against a party.
RANKED_ABOVE = Lazy(r"\b(?:more|larger|bigger|higher|greater)\b(?: [\w'-]+){0,4}? than (?:the )?([\w-]+)")
# "what % of Chinese said ...", "how many Russians think ...": the share a poll found.
POLLED = Lazy(r"\b(?:what|which|how many|how much|what share|the share|percentage|percent)\b[^?]{0,40}?"
              r"\b(?:of )?(?:chinese|russians?|people|respondents|citizens|the public)\b[^?]{0,12}?"
              r"\b(?:said|say|says|think|thought|believe[sd]?|view(?:ed)?|saw|see|feel|felt|agreed?|answered|responded)\b")
ASKED_TIME = Lazy(r"\b(?:which|what) (?:year|month|date|day)s?\b")
CAPACITY_WORDS = ("capacit", "design", "nominal", "throughput", "can carry", "able to carry")
CAPABLE = Lazy(r"\b(?:can|could|able to|designed to|meant to|built to|capable)\b")
# How the words of a flow begin ("exports", "shipped", "supplies").
FLOW_VERBS = ("export", "import", "sell", "sold", "sale", "buy", "bought", "purchas", "ship", "suppl", "send", "sent",
              "deliver", "receiv", "flow")
FLOW_PAIR = Lazy(r"\b(import|export)s? (?:and|or|&|vs|versus) (import|export)s?\b")
# Patterns most questions give no occasion to try: each is tried only when the text has
# a string every match of it has ("non-", " or not", a hyphen, a capital, a digit).
NON_WORD = Lazy(r"\bnon-([a-z]+)")
OR_NOT = Lazy(r"\b[\w'-]+ or not\b")
NUMBER_RANGE = Lazy(r"(\d)-(\d)")
CAPITALS = Lazy(r"\b[A-Z][A-Z.]+\b")
NEGATION_WORDS = ("not", "non", "excluding", "except", "other than", "apart from", "aside from", "leaving out",
                  "without")


@dataclass
class Intent:
    """A question as crr read it, and, once resolved, the metric that answers it."""

    question: str
    kind: str = "unknown"
    metric_id: str | None = None
    metric_phrase: str = ""
    alternatives: list[str] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    normalized: str = ""
    rest: str = ""     # the normalized question without its periods
    residue: str = ""  # words left once periods and the metric are read
    candidates: list[tuple[float, str]] = field(default_factory=list)
    asked_kind: str | None = None
    follow_up: bool = False
    compare: bool = False
    # Metrics set aside as not what was asked, and why (in words for the reader).
    set_aside: list[str] = field(default_factory=list)
    not_held: str = ""
    # --- facets: what the words bind (db/vocabulary.yaml) ---
    parties: list[str] = field(default_factory=list)      # every party named, in order
    subjects: list[tuple[str, ...]] = field(default_factory=list)  # per phrase: the subjects it may mean
    subject_words: list[str] = field(default_factory=list)
    flow: tuple[str | None, str | None] = (None, None)
    currency: str | None = None                            # a currency the figure is asked in
    units: list[str] = field(default_factory=list)          # unit ids asked for
    measures: set[str] = field(default_factory=set)         # measures the words allow (empty: any)
    allowed_only: set[str] = field(default_factory=set)     # of those, allowed but not said ("how much": a capacity)
    measure_words: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)         # person ids
    reporter: str | None = None
    share_part: str | None = None                         # whose share ("Russia's share of ...")
    sources: list[str] = field(default_factory=list)        # sources named ("according to SIPRI")
    numbers: list[float] = field(default_factory=list)      # numbers that are not periods
    judgement: bool = False
    off_subject: bool = False                               # "weather", "football": nothing crr could hold
    bound: dict[str, str] = field(default_factory=dict)     # phrase -> what it was read as
    content: list[str] = field(default_factory=list)        # words no facet took, for the matcher
    spelled: dict[str, str] = field(default_factory=dict)   # a stemmed word -> as the question wrote it
    after_except: str = ""   # the question after "apart from X,"
    neutral: frozenset[str] = frozenset()                   # words read as something else than a subject
    unread: list[str] = field(default_factory=list)         # words nothing used
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (metric id, the rule it breaks: rules.py)
    parts: list[str] = field(default_factory=list)          # questions it holds two of ("imports and exports")
    whole: list[tuple[str, ...]] = field(default_factory=list)  # subjects of what a share is asked of
    counted: str = ""                                        # the noun after "how many"
    among: str | None = None                                 # whose list a rank is in ("among China's partners")
    ranked: str | None = None                                # what a rank is of ("where does Russia rank")
    whole_place: str | None = None                           # where a share's whole is ("of car sales in China")
    owner: str | None = None                                 # whose a stake is ("China's stake in Yamal")
    aggregate: str = ""                                      # "total" or "average" over a span
    deictic: bool = False                                    # "that day": the time of the answer before
    quantity_units: set = field(default_factory=set)         # the units of numbers given ("$6 billion")
    derive: set = field(default_factory=set)                 # a ratio or a rate asked of two figures
    excluded: list[str] = field(default_factory=list)        # "besides Shandong Yulong": words ruled out
    negated: list[str] = field(default_factory=list)         # "not naval": subjects the figure must leave out
    shown: list[str] = field(default_factory=list)           # the metrics an answer gives, when more than one
    extreme_only: bool = False   # its metric was found only by the words of an extreme ("the record")
    aside: list[str] = field(default_factory=list)           # words about the asker ("for my essay")
    offices: list[tuple[str, str]] = field(default_factory=list)  # (phrase, its holders): "the Russian president"
    open_offices: list[str] = field(default_factory=list)  # offices whose holder the time of an event decides
    office_of: dict[str, str] = field(default_factory=dict)  # person id -> the office phrase they were read from
    name_years: list[Period] = field(default_factory=list)   # "the 2001 treaty": years read as part of a name
    unknown_names: list[str] = field(default_factory=list)  # "power of siberia 3": a name not held
    given_whole: float | None = None                         # "how many of the 11 ...": a total the question states
    per_time: str = ""                                       # "per month", "daily": a rate over that time asked
    stated_share: bool = False                               # a percent the question states ("its 30% stake")

    @property
    def others(self) -> list[str]:
        """The parties named other than China and Russia."""
        return [p for p in self.parties if p not in COUNTRIES]

    def as_written(self, phrase: str) -> str:
        """A phrase of stemmed words ("vetoe") as the question wrote them ("vetoes")."""
        return " ".join(self.spelled.get(w, w) for w in phrase.split())


def normalized_text(question: str, lexicon: Lexicon) -> str:
    """The question's words as the reading reads them."""
    # "non-naval" leaves out what "naval" names, as "not naval" does ("non-ferrous" stays a word).
    text = normalize(question)
    if "non-" not in text:
        return text
    return NON_WORD.sub(lambda m: f"non {m.group(1)}" if lexicon.has(_stem(m.group(1)), "subject")
                        else m.group(0), text)


def names_a_period(question: str, lexicon: Lexicon) -> bool:
    """Whether the reading of the question would find a period in it: the first step of
    `read`, for a caller that needs a period before it needs the rest."""
    return bool(extract_periods(normalized_text(question, lexicon))[0])


# A number written with a thousands comma ("the 1,600 PLA troops"): a count, never a year.
COUNT_LIKE_A_YEAR = Lazy(r"(?<![\d,.])(1|20),?(\d{3})(?![\d,])")


def _periods_of(question: str, normalized: str) -> tuple[list[Period], str]:
    """The question's periods and what is left of it: a four-digit number written
    with a thousands comma is a number, not a year."""
    counts = {a + b for a, b in COUNT_LIKE_A_YEAR.findall(question) if "," in question}
    counts = {n for n in counts if re.search(rf"(?<![\d,.]){n[:-3]},{n[-3:]}(?![\d,])", question)}
    if not counts:
        return extract_periods(normalized)
    hidden = re.sub(r"\b(" + "|".join(counts) + r")\b", r"n\1", normalized)
    periods, rest = extract_periods(hidden)
    return periods, re.sub(r"\bn(\d{4})\b", r"\1", rest)


def read(question: str, lexicon: Lexicon, aside: frozenset[str] = frozenset()) -> Intent:
    """The reading of one question (the metric is chosen later, by the resolver)."""
    intent = Intent(question=question, normalized=normalized_text(question, lexicon))
    # A date that does not exist ("31 June 2022") raises PeriodError: `Engine.ask` answers it.
    periods, rest = _periods_of(question, intent.normalized)
    preface = PREFACE.match(question)
    said_first = normalize(preface.group(0)) if preface else ""
    if said_first and rest.startswith(said_first + " "):
        intent.aside += [w for w in said_first.split() if w not in STOPWORDS]
        rest = rest[len(said_first) + 1:]
    elif rest.startswith("for ") and (writing := WRITING.match(rest)):
        intent.aside += [w for w in writing.group(0).strip(" ,:").split() if w not in STOPWORDS]
        rest = rest[writing.end():]
    if " or not" in rest:
        rest = OR_NOT.sub(" ", rest)  # "naval or not": no condition at all
    if "which" in rest or "what" in rest:
        rest = ASKED_TIME.sub(" ", rest)  # "which year was the record": the question's words, no metric's
    intent.periods, intent.rest = periods, rest
    words, intent.spelled = words_and_spellings(rest)
    split = lexicon.split_compounds(words, intent.spelled)
    words = lexicon.mend(split, intent.spelled)
    # A typo's mending, as written, for the words events are searched by ("SCO exersize").
    # Only a subject's: a word that is no typo of crr's ("black") may be near a small word ("back").
    mended = {intent.spelled.get(a, a): b for a, b in zip(split, words)
              if a != b and lexicon.has(b, "subject")} if len(split) == len(words) else {}
    found = lexicon.scan(words, cased=_cased_words(question))
    intent.currency, currency_at = asked_currency(words, found)
    _bind(intent, words, found, currency_at, aside)
    if intent.stated_share and intent.measures & {"amount", "volume", "count", "price"} \
            and not [w for w in intent.measure_words if w not in ("%", "percent", "per cent")
                     and set(lexicon.values_of(w, "measure")) & {"share"}]:
        # "What did China pay for its 30% stake?": the share is given, an amount asked.
        intent.measures -= {"share", "growth"}
    _subjects_of_cues(intent, found, lexicon)
    _unknown_numbered_name(intent, words, lexicon)
    if aside:  # words of a preface the caller set aside: named as not used, not matched
        intent.aside += [intent.spelled.get(w, w) for w in intent.content if w in aside]
        intent.content = [w for w in intent.content if w not in aside]
    text = marked(words, found, intent.spelled)
    intent.flow = _its_flow(_origin_or_buyer(flow(text), words, found), words, found)
    intent.reporter = reporter(text)
    if intent.reporter and intent.periods:
        # Read again with its times in place: "from Russia between 2015 and 2020, customs data"
        # names no Russian customs, though without the years the words meet.
        whole = lexicon.split_compounds(lexicon_words(intent.normalized))
        intent.reporter = reporter(marked(whole, lexicon.scan(whole, cased=_cased_words(question))))
    intent.whole = whole_of_share(words, found)
    intent.share_part = share_part(text)
    intent.whole_place = whole_place(text)
    intent.owner = stake_owner(text)
    intent.among = ranked_among(words, found)
    if "rank" in intent.normalized:
        intent.ranked = ranked_one(intent.normalized, lexicon)
    intent.counted = _counted(words, found)
    if intent.counted in intent.content:
        # "how many ships": the noun counted, which a figure must be of, not a verb of trade.
        intent.neutral = intent.neutral - {intent.counted}
    if TOTAL.search(intent.normalized):
        intent.aggregate = "total"
    elif AVERAGE.search(intent.normalized):
        intent.aggregate = "average"
    figures = NUMBER_RANGE.sub(r"\1 \2", rest) if "-" in rest else rest  # "370000-405000": two numbers
    digits = DIGIT.search(figures) is not None
    intent.numbers = [float(n) for n in NUMBER.findall(figures)] if digits else []
    intent.numbers += [float(NUMBER_WORDS[w]) for w in COUNTED_WORDS.findall(rest)]
    if digits:  # a quantity has a number
        intent.quantity_units = {UNIT_OF_QUANTITY[key] for m in QUANTITY.finditer(figures)
                                 for key in [_quantity_key(m)] if key in UNIT_OF_QUANTITY}
    intent.deictic = bool(DEICTIC.search(intent.normalized))
    if (per := PER_TIME.search(intent.normalized)):
        intent.per_time = next(g for g in per.groups() if g)
    if (given := GIVEN_WHOLE.search(intent.normalized)):
        intent.given_whole = float(given.group(1) or given.group(2))
    if (besides := EXCEPT.search(question.lower().strip()) or SECOND_TO.search(question.lower().strip())):
        intent.excluded = [w for w in lexicon_words(besides.group(1)) if w not in STOPWORDS]
        # "Apart from", "besides": words that say what is left out, read as that.
        opening = set(lexicon_words(besides.group(0)[:besides.start(1)]))
        intent.content = [w for w in intent.content if w not in opening and _stem(w) not in opening
                          and intent.spelled.get(w, w) not in opening]
        intent.after_except = normalize(question[besides.end():])
        if read_event_kind(intent.after_except) == "who" and all(intent.bound.get(w) == "party" for w in intent.excluded):
            # "Apart from China, which countries joined?": the others of a list that names
            # China too, so a figure of that list is no figure left out.
            intent.excluded = []
    intent.negated = _negated(intent.normalized, found)
    if intent.negated:
        # What a question leaves out is not what it asks about: "trade not counting oil" is trade.
        kept = [(w, s) for w, s in zip(intent.subject_words, intent.subjects) if not set(s) & set(intent.negated)]
        intent.subject_words, intent.subjects = [w for w, _ in kept], [s for _, s in kept]
    _union_of_subjects(intent, words, found, lexicon.parents)
    _joined_subjects(intent, words, found, lexicon)
    intent.parts = _parts(intent, words, found)
    intent.residue = FILLER.sub(" ", rest).strip()
    if mended:
        intent.residue = " ".join(mended.get(w, w) for w in intent.residue.split())
    if aside:  # the events searched for are the question's, not its preface's
        set_aside = {w for phrase in aside for w in phrase.split()}
        intent.residue = " ".join(w for w in intent.residue.split() if _stem(w) not in set_aside and w not in set_aside)
    if intent.offices:
        bind_offices(intent, lexicon)
    intent.compare = bool(COMPARE.search(intent.normalized))
    intent.follow_up = intent.compare or bool(FOLLOW_UP.search(intent.normalized))
    # "since 2020" runs to the source's latest figure: two ends, as "from 2020 to 2024" has.
    two_ends = len(intent.periods) >= 2 or any(p.form in ("range", "since") for p in intent.periods)
    if {"share", "growth"} <= intent.measures and CHANGE_WORDS.search(intent.normalized) \
            and not SHARE_NOUN.search(intent.normalized) and two_ends:
        # "by what percentage did trade grow from 2022 to 2023": a percent of change between
        # two ends, worked out from the levels, and no share of anything.
        intent.measures.discard("share")
    if intent.measures and intent.measures <= {"ratio", "growth"} and two_ends:
        # "how many times bigger in 2022 than in 2012": worked out from the two levels.
        intent.derive, intent.measures = set(intent.measures), set()
        intent.asked_kind = intent.asked_kind or "change"
    if (above := RANKED_ABOVE.search(intent.normalized)) and lexicon.has(_stem(above.group(1)), "party") \
            and read_event_kind(intent.normalized) == "who":
        # "Which countries send more students than China?": those ranked above China.
        intent.measures = {"rank"}
    if "count" in intent.measures and POLLED.search(intent.normalized):
        # "How many Russians said ...": a poll gives the share of those it asked.
        intent.measures.add("share")
    intent.kind = _kind(intent)
    if intent.kind == "who" and (asked := NAME_KIND_ASKED.search(intent.normalized)):
        # "Which pollster measured ...": the kind of name asked for, which the answer's names
        # give, not a word a figure must hold.
        intent.neutral = intent.neutral | {_stem(asked.group(1))}
    if "capacity" in intent.measures and "volume" in intent.measures and not CAPABLE.search(intent.normalized) \
            and not any(w.startswith(CAPACITY_WORDS) for w in intent.measure_words):
        # "Power of Siberia 2025 bcm": a unit both a volume and a capacity are given in; with
        # no word of capacity, what went through, though a capacity may answer.
        intent.allowed_only.add("capacity")
    between_the_two = set(intent.flow) == {"china", "russia"}
    if not intent.measures and not intent.derive and (
            "how much" in intent.normalized or (between_the_two and any(w.startswith(FLOW_VERBS) for w in words))):
        # "How much", or a flow with no other word of measure ("Russia's imports from China
        # in 2020"), asks for an amount or a volume (or how it changed), never a share or a count.
        intent.measures.update(("amount", "volume", "capacity"))
        if not CAPABLE.search(intent.normalized):
            # "how much gas went through": what did; "how much can it carry": what it can.
            intent.allowed_only.add("capacity")
        if intent.asked_kind == "change" or CHANGE_WORDS.search(intent.normalized):
            # "How much did exercises increase?": a change of a count is so many more.
            intent.measures.update(("growth", "ratio", "count"))
        elif HOW_MUCH_MORE.search(intent.normalized):
            intent.measures.add("ratio")  # "how much bigger than Russia's": so many times as large
    if "growth" in intent.measures and intent.asked_kind == "change" and len(intent.periods) == 1 \
            and not intent.derive:
        # "How far did trade fall in 2015, in percent?": a rate of change, stated or worked out
        # from the year before's level and that year's.
        intent.measures.update(("amount", "volume", "count"))
    if intent.derive and intent.kind in ("value", "span"):
        intent.kind = "change"
    return intent


def _cased_words(question: str) -> set[str]:
    """Words written in capitals ("US"): a few names are names only when so written; and
    "us" in small letters beside a country or a thing between countries ("china us trade",
    "us-china"), which no pronoun is."""
    found = {"US"} if LOWER_US.search(question) else set()
    if question.lower() == question:
        return found
    return found | {word.rstrip(".") for word in CAPITALS.findall(question)}


LOWER_US = Lazy(r"\b(?:china|chinese|russia|russian|eu|beijing|moscow)[- ]us\b(?! (?:to|with|about|on|in)\b)"
                r"|\bus[- ](?:china|chinese|russia|russian|trade|sanctions|dollars?|treasury|commerce)\b")


def _quantity_key(match: re.Match) -> tuple[str, str]:
    unit = {"b": "billion", "bn": "billion", "m": "million", "mn": "million"}.get(match["unit"], match["unit"] or "")
    unit = {"percent": "%", "per cent": "%", "million tons": "million tonnes", "mt": "million tonnes",
            "tons": "tonnes", "b/d": "barrels", "bpd": "barrels", "megawatts": "mw",
            "million tiv": "tiv", "mn tiv": "tiv"}.get(unit, unit)
    return ("$" if match["money"] else "", unit)


def _counted(words: list[str], found: list[Found]) -> str:
    """What "how many" counts: the first word after it that names no party."""
    parties = {i for f in found if f.values("party") for i in range(f.start, f.end)}
    for i, word in enumerate(words[:-2]):
        if word == "how" and words[i + 1] == "many":
            return next((w for j, w in enumerate(words[i + 2:], start=i + 2)
                         if j not in parties and w not in STOPWORDS), "")
    return ""


def _unknown_numbered_name(intent: Intent, words: list[str], lexicon: Lexicon) -> None:
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


def _subjects_of_cues(intent: Intent, found: list[Found], lexicon: Lexicon) -> None:
    """A cue of measure that names its subject ("crude oil value", "trade value") asks for
    that subject too: the amount of crude, not an amount of anything."""
    for phrase in found:
        if phrase.values("measure") and not phrase.values("subject") and " " in phrase.text:
            inner = phrase.text.split()
            for part in lexicon.scan(inner[:-1]) + lexicon.scan(inner[1:]):
                if (subjects := part.values("subject")) and part.text not in intent.subject_words:
                    intent.subjects.append(tuple(subjects))
                    intent.subject_words.append(part.text)


def _bind(intent: Intent, words: list[str], found: list[Found], currency_at: int | None = None,
          aside: frozenset[str] = frozenset()) -> None:
    """Each phrase to its facet; the words left over are content for the matcher.
    A currency asked for ("in rubles") is a unit of the answer, not its subject; a cue of
    judgement in `aside` is a preface's, set aside."""
    taken, cues = set(), []
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
                if person not in intent.people:
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
            following = next((f for f in found if f.start == phrase.end), None)
            after = words[following.end] if following and following.end < len(words) else ""
            if "count" in measures and following and (following.values("currency") or following.values("unit")) \
                    and (after in AFTER_AMOUNT or not after):
                # "how many dollars did ...", not "how many yuan accounts"
                measures = ["amount"] if following.values("currency") else []
            if measures:
                cues.append(set(measures))
            intent.measure_words.append(phrase.text)
        if "judgement" in facets and phrase.text in aside:
            taken.update(range(phrase.start, phrase.end))
            intent.aside.append(phrase.text)  # a preface's cue ("Is Russia the junior partner?")
            continue
        if "judgement" in facets and phrase.text.startswith("will ") and UNDER_TERMS.search(intent.normalized):
            # "How much oil will Russia deliver under the loans-for-oil deal?": the deal's terms.
            taken.update(range(phrase.start, phrase.end))
            continue
        if "judgement" in facets:
            intent.judgement = True
        if "off_subject" in facets:
            intent.off_subject = True
        if "source" in facets:
            intent.sources += [s for s in facets["source"] if s not in intent.sources]
        read_as = next(filter(facets.__contains__, READ_AS), "")
        if read_as:
            intent.bound[phrase.text] = read_as
        elif "harmless" not in facets:
            taken.difference_update(range(phrase.start, phrase.end))
    if "how many times" in intent.normalized and MULTIPLE.search(intent.normalized):
        cues = [c for c in cues if c != {"count"}] or [{"ratio"}]  # a multiple, not a count
    if DURATION_COUNT.search(intent.normalized):
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
        for word in phrase.text.split()) | {w for w in words if w.startswith(FLOW_VERBS)}


def _its_flow(ends: tuple[str | None, str | None], words: list[str], found: list[Found]) -> tuple:
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


# A people's name as an adjective ("Russian", "Chinese", "Turkish"), not the country's own.
DEMONYM = Lazy(r"(?:ian|ean|can|man|ese|ish|ench)$")


def _origin_or_buyer(ends: tuple[str | None, str | None], words: list[str], found: list[Found]) -> tuple:
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


def _a_place(words: list[str], start: int) -> bool:
    """Whether the city at `start` is a place people are in or go to ("in Moscow", "tourists
    who went to Moscow"), not its country's capital standing for it ("arms from Moscow")."""
    before = words[start - 1] if start else ""
    if words[start + 1:start + 2] and words[start + 1] in OF_THE_COUNTRY:
        return False  # "in Moscow stock market trading": the country's market, named by its capital
    if before.startswith(("visit", "tour")) or before in LOCATIVE:
        return True
    return before in PLACE_WORDS and any(w.startswith(GOING) for w in words[max(0, start - 5):start - 1])


def _stated_quantity(words: list[str], start: int) -> bool:
    """Whether the unit at `start` follows a number: "300 million tons", "5 bcm"."""
    before = words[max(0, start - 2):start]
    return bool(before) and (NUMERIC.match(before[-1]) is not None or (
        before[-1] in MAGNITUDES and len(before) == 2 and NUMERIC.match(before[0]) is not None))


def _negated(text: str, found: list[Found]) -> list[str]:
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


def _union_of_subjects(intent: Intent, words: list[str], found: list[Found], parents: dict) -> None:
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


APART = frozenset(["and", "or", "vs", "versus", "than", "not", "&"])


def _joined_subjects(intent: Intent, words: list[str], found: list[Found], lexicon: Lexicon) -> None:
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


def _parts(intent: Intent, words: list[str], found: list[Found]) -> list[str]:
    """Two questions in one: "imports and exports", "oil and gas", each asked on its own."""
    text = intent.normalized
    pair = FLOW_PAIR.search(text)
    if pair and pair.group(1) != pair.group(2):
        whole = pair.group(0)
        return [text.replace(whole, f"{pair.group(1)}s"), text.replace(whole, f"{pair.group(2)}s")]
    for first, second in coordinated(found, words, "subject"):
        if words[first.end] == "or":
            continue
        joined = " ".join(words[first.start:second.end])
        if joined in text:
            return [text.replace(joined, first.text), text.replace(joined, second.text)]
    return []


LEADING_JOIN = Lazy(r"^(?:and|so|but|then|ok|okay|also)\s+(?=(?:who|whom|whose|when|where)\b)")


# "When the EU went after Chinese suppliers, how many firms did it name?": a clause of time
# before the question; the question is what follows it.
TIME_CLAUSE = Lazy(r"^\s*(?:when|after|as|once|while|before|since)\b"
                   r"(?! (?:did|does|do|was|were|is|are|has|have|had|will|would|could|exactly)\b)[^,?;]{8,},\s*"
                   r"(?=(?:how|what|which|who|whom|where|did|does|do|was|were|is|are)\b)", re.I)


def _kind(intent: Intent) -> str:
    text = intent.normalized
    if clause := TIME_CLAUSE.match(intent.question):
        text = normalize(intent.question[clause.end():])
    kind = read_kind(text)
    # "Apart from China, which countries ...": what is asked follows what is left out.
    # "And who signed for China?": the kind is that of what follows the joining word.
    event_kind = (intent.after_except and read_event_kind(intent.after_except)) or read_event_kind(
        LEADING_JOIN.sub("", text))
    intent.asked_kind = kind
    # "Which source gives a higher figure for trade in 2025?" names its figure: the answer
    # gives it with every source's value; a bare "which source says that?" asks of the last.
    if event_kind == "help" or (event_kind == "sources" and not (intent.periods or intent.subjects)):
        return event_kind
    # "Should" in a poll's question is its content: a poll's subject, or the share of people who said it.
    polled = any("opinion" in group for group in intent.subjects) or bool(POLLED.search(text))
    if (intent.judgement or SPECULATION.match(text)) and not polled:
        return "judgement"
    if event_kind == "about" and not intent.periods:
        return "about"
    if kind == "swing" and event_kind in ("who", "what_happened") and not re.match(r"(?:who|whom|whose)\b", text):
        # "What was the largest one-year fall in arms imports?": a change worked out, no event.
        return metric_kind(kind, intent.periods)
    if event_kind in ("when", "who", "what_happened", "count_events"):
        return event_kind
    if metric_kind(kind, intent.periods) == "latest" and _yes_or_no_of_an_act(intent, text):
        return "what_happened"
    if metric_kind(kind, intent.periods) == "latest" and FIRST_ONE.match(text) and not intent.measures:
        return "when"  # "first joint military exercise china russia": the first one, an event
    return metric_kind(kind, intent.periods)


# A few words that name the first of something, with no question word: its date.
FIRST_ONE = Lazy(r"^(?:the )?(?:first|earliest|first-ever|first ever)\b")
# "Did China abstain on the UN vote?": whether something was done, which an event answers.
DID_IT = Lazy(r"^(?:and )?(?:did|does|do|has|have|had)\b")
# Words that point back at what was said before ("it", "that", "did they sign on that trip?").
POINTING = Lazy(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|there)\b")


def _yes_or_no_of_an_act(intent: Intent, text: str) -> bool:
    """A yes-or-no question of an act with no time, no figure word and no flow ("did China
    abstain on the UN vote condemning the invasion?"): the events say whether it was
    done; the latest of a count of roll calls says nothing of it."""
    return bool(DID_IT.match(text)) and not (
        intent.follow_up or POINTING.search(text) or any("opinion" in group for group in intent.subjects) or intent.periods or intent.measures or intent.numbers or intent.currency or intent.units
        or CHANGE_WORDS.search(text) or any(w.startswith(FLOW_VERBS) for w in text.split()))
