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

from .facets import (asked_currency, both_reporters, flow, marked, ranked_among, ranked_one, reporter, share_part,
                     stake_owner, whole_of_share, whole_place)
from .bind import (FLOW_VERBS, bind_words, counted_of, its_flow, joined_subjects, negated_subjects,
                   origin_or_buyer, parts_asked, quantity_key, subjects_of_cues, union_of_subjects,
                   unknown_numbered_name)
from .kinds import COMPARE, FIRST_PLACE_ASKED, FOLLOW_UP, read_event_kind
from .lexicon import Lexicon, lexicon_words, words_and_spellings
from .offices import before_their_time, bind_offices, tenure
from .periods import MONTHS, Period, extract_periods, today
from .cues import (PREMISE, A_YEARS_RATE, AGAINST_NOW, EACH_ONE_COST, EVER_CHANGED, GAP_WORDS, LOWER_US, PARTNER_OF,
                   PERCENT_OF, PREFACE, RANKED_BY, SET_AGAINST, SHARE_ASKED, SPAN_LENGTH, WRITING)
from .words import NUMBER_WORDS, STOPWORDS, Lazy, _stem, normalize

FILLER = Lazy(
    r"^list\b|\b(?:please|pls|tell me|show me|give me|can you|could you|i want to know|i need to know|"
    r"i'd like to know|i would like to know|"
    r"what was|what were|what is|what's|whats|what are|how much|how many|the|a|an|of|for|"
    r"in|on|at|by|to|did|does|do|was|were|is|are|china|chinese|russia|russian|russia's|"
    r"china's|between the two|sino-russian|and|from|with|about|total|value|figure|number)\b"
)
COUNTRIES = ("china", "russia")
DIGIT = Lazy(r"\d")
# A unit glued to its number ("$400m", "6bn") leaves the number a figure.
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH = Lazy(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_WORD})\b(?!\.? ?\d)"
                 rf"|\b({_MONTH_WORD}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? ?\d)")
NUMBER = Lazy(r"(?<![\w.-])(\d+(?:\.\d+)?)(?:bn|mn|m|b)?(?![\w-]|\.\d)")
# A number with its unit ("$6 billion", "88%", "38.8 bcm"): the metric units it can be.
QUANTITY = Lazy(r"(?P<money>\$|us\$|usd )?\s?\d+(?:\.\d+)?\s?(?P<unit>million tiv|mn tiv|tiv|b/d|bpd|billion|bn|b|million tonnes|million tons|million|mn|m|%|"
                r"percent|per cent|bcm|mt|tonnes|tons|mw|megawatts|kw|barrels|km)?(?!\w)")  # (the longer unit first: "b/d", not "b")
UNIT_OF_QUANTITY = {("$", "billion"): ("USD bn",), ("$", "million"): ("USD mn",), ("", "%"): ("percent",),
                    ("", "billion"): ("USD bn", "bcm", "bcm per year"),  # "6bn": an amount, not a rank of 6
                    ("", "bcm"): ("bcm", "bcm per year"), ("", "million tonnes"): ("million tonnes", "million tonnes per year"),
                    ("", "tonnes"): ("tonnes",), ("", "mw"): ("MW",), ("", "kw"): ("kW",),
                    ("", "barrels"): ("barrels per day",), ("", "km"): ("km",), ("", "tiv"): ("TIV mn",)}
# Numbers in words count only as a figure ("five or six times a year"), not as how
# many are asked for ("which two leaders").
COUNTED_WORDS = Lazy(r"\b(" + "|".join(NUMBER_WORDS) + r")\b(?= (?:or \w+ )?(?:times|a year|per year|"
                     r"annually|percent|per cent|%|meetings|visits|exercises))")
CROSSED_LEVEL = Lazy(r"\bcross(?:es|ed|ing)?(?= (?:the |a )?(?:usd |us\$|\$|€)?\d)")
DIGITS_LEVEL = Lazy(r"\b(double|triple|single)[- ]digits?(?: (?:number|figure|count|level)s?)?(?: of)?\b")
# A level said in words: "at least five", "more than a dozen", "over ten".
# (not a fraction, "about three quarters", nor a length of time, "over five years")
LEVEL_IN_WORDS = Lazy(r"\b(?:at least|more than|fewer than|less than|over|under|above|below|exceed(?:ed|s)?|topped|"
                      r"reach(?:ed)?|nearly|almost|around|about) (?:a )?(dozen|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b"
                      r"(?![- ](?:quarters?|thirds?|fifths?|tenths?|eighths?|halves|years?|months?|decades?|days?|weeks?)\b)")
# "which pollster", "which Russian company": the kind of name a who-question asks for.
NAME_KINDS = (r"pollsters?|compan(?:y|ies)|firms?|refiner(?:y|ies)|banks?|lenders?|organi[sz]ations?|institutes?|institutions?|makers?|"
              r"producers?|exporters?|suppliers?|operators?|conglomerates?|insurers?")
NAME_KIND_ASKED = Lazy(rf"(?:\bwhich|^what(?! (?:[\w-]+ ){{0,3}}?(?:share|portion|percentage|proportion|number|percent|fraction|part|amount|value)\b))"
                       rf" (?:[\w-]+ ){{0,3}}?({NAME_KINDS}|surveys?|polls?)\b")
# A time's own words, left when its years are taken out: "the longer [1990 to 2005] stretch",
# "the whole [2000-2010] period"; no length or duration asked.
TIME_SPAN_WORDS = Lazy(r"\b(?:longer|shorter|whole|full|entire|wider|broader)\s+(?:period|stretch|span|window|timeframe|"
                       r"time frame|interval|run|era|phase)\b")
THAT_YEAR_SAID = Lazy(r"\b(?:that|the same) year\b")
# "that day", "then": a follow-up about the time of the answer before.
# The sources set against each other: "the gap between the sources", "the two sources' figures".
SOURCES_SET_APART = Lazy(r"\b(?:the|both|two|its|their) (?:sources|reporters)\b|\bsources (?:differ|disagree)\b")
DEICTIC = Lazy(r"\b(?:that (?:day|year|month|time|week|point|moment|stage)|the same (?:day|year|month|time)|at the time|then)\b")
# A prediction or an explanation asked for: "will ...?", "why ...?" ("could you" is politeness).
SPECULATION = Lazy(r"^(?:why|will|should|might|would|could|is it likely|how likely|when (?:will|might|could|would))\b(?! you\b)"
                   # "Is the yuan going to replace the dollar by 2030?": what is to come
                   r"|^(?:is|are) (?:[\w'-]+ ){1,6}?(?:going to|likely to|poised to|set to|bound to)\b")
# ("share of total visits": the whole a share is of, no sum of the years asked)
TOTAL = Lazy(r"\b(?:in total|(?<!of )(?<!of the )total|combined|altogether|cumulative|cumulatively|sum|all together|(?<=\d )together|"
             r"(?<=\d )put together|taken together|"
             r"add(?:s|ed|ing)? (?:up|together)|sum(?:s|med|ming)? up|summed)\b")
AVERAGE = Lazy(r"\b(?:average|on average|mean|per year on average|typical year)\b")
# A size asked beside another's: a multiple answers it as an amount does.
HOW_MUCH_MORE = Lazy(r"\bhow much (?:bigger|larger|greater|smaller|richer|poorer|more|less|higher|lower)\b"
                     r"(?: [\w']+){0,6}? than\b"
                     # "how big was China's economy compared with Russia's?": one as a multiple of the other
                     r"|\bhow (?:big|large|small|rich)\b(?: [\w']+){0,6}? (?:compared (?:with|to)|next to|against|relative to)\b")
# "How many billions of dollars ...?", "how many yuan": an amount of money, not a count.
HOW_MANY_MONEY = Lazy(r"\bhow many (?:(?:billions?|millions?|trillions?|thousands?) (?:of )?)?(?:us )?(?:dollars|usd|yuan|rmb|"
                      r"renminbi|rubles|roubles|euros)\b"
                      # (then a verb: "how many yuan savings accounts" counts accounts)
                      r"(?=\s+(?:was|were|is|are|did|does|do|has|have|had|will|would|worth)\b|\s*\?|\s*$)")
# "how many of the 11 exercises were aerial", "of Wang Yi's 30 meetings, how many ...",
# "of the 42 companies, which were the biggest": the question states a total and asks
# for a part of it.
GIVEN_WHOLE = Lazy(r"\b(?:how (?:many|much)|what (?:share|part|proportion|percentage|fraction|portion)) of (?:the|these|those|its|their|his|her|all|all the)?\s*(?:[\w'-]+ ){0,5}?(?!(?:19|20)\d\d\b)(?:[$\u20ac\u00a3\u00a5]|usd |us\$)?(\d+(?:\.\d+)?)(?![\d.])(?= ?[a-z])"
                   r"|^(?:out )?of (?:[\w'-]+ ){0,4}?[$\u20ac\u00a3\u00a5]?(\d+(?:\.\d+)?)(?:%| ?percent)? [^?]{1,60}? (?:how many|how much|which|who|what)\b")
# Words that ask what a thing was worth, in money.
WORTH_ASKED = Lazy(r"\b(?:worth|cost|costs|value of|valued|paid|price)\b")
# A figure asked per a time shorter than a year: "and per month?", "daily", "a week".
# A year to come that something is asked to have happened by: a forecast.
FUTURE_BY = Lazy(r"\b(?:by|before) (?:the (?:end|close) of |end of |the year )?((?:20|21)\d\d)\b(?![-/]\d)")
PER_TIME = Lazy(r"\b(?:per|a|each|every|an) (month|week|day|quarter)\b(?!(?<=\ba quarter) of\b)"
                # ("more than a quarter", "nearly a quarter": a fraction, no time)
                r"(?<!than a quarter)(?<!over a quarter)(?<!ly a quarter)(?<!about a quarter)(?<!most a quarter)|\b(month|week|dai|quarter)ly\b"
                r"|\b(month|week|day|quarter)[ -](?:by|on|after|over)[ -](?:month|week|day|quarter)\b"  # "month-on-month"
                r"|\b(?:single|one|any one|any single)[ -](month|week|day|quarter)\b"  # "the largest single-month import"
                r"|\b(?:by|per|each|every|for each) (?:calendar |fiscal )?(month|quarter)s?\b(?! of\b)"  # "deliveries by quarter"
                r"|\bper (?:russian |chinese )?(capita|head|person|citizen|resident|inhabitant|household|family)s?\b"  # (not "per Chinese customs")
                # "per 1,000 people", "per hundred thousand inhabitants": a figure of one of many
                r"|\bper (?:[\d,.]+k?|one|a|ten|hundred|thousand|million)(?: (?:hundred|thousand|million))* (?:of (?:the )?)?"
                r"(?:russian |chinese )?(people|person|persons|population|citizen|resident|inhabitant|capita)s?\b"
                # ... or of so many of a people: "per 100k Russians"
                r"|\bper (?:[\d,.]+k?|one|a|ten|hundred|thousand|million)(?: (?:hundred|thousand|million))* (russian|chinese)s?\b"
                # "the average Russian household", "each Chinese citizen": a figure of one of many
                r"|\b(?:the average|an average|the typical|a typical|each|every) (?:russian |chinese )?"
                r"(household|family|person|citizen|resident|inhabitant|individual|consumer)\b"
                # ... or a year, said of a figure held by a shorter time: "barrels a year"
                r"|\b(?:barrels|tonnes|tons|cubic metres|cubic meters|bcm) (?:per|a|each|every) (year)\b"
                r"|\b(?:oil|crude|gas|lng|coal|imports?|exports?) (?:per|a) (year)\b")  # "oil per yr": a year's worth
# A figure asked at one year's prices ("at 2015 prices", "in constant 2010 dollars"): a basis no
# figure is given on, and its year no time asked.  ("Trade in 2014, USD" names the year of the
# figure and its currency.)
AT_YEAR_PRICES = Lazy(r"\b(?:at|in) (?:constant )?((?:19|20)\d\d)(?:'s)? (?:prices|money|terms)\b"
                      r"|\bin constant ((?:19|20)\d\d) (?:dollars|us dollars|usd)\b")
# How many years a ranking asks for: "the top 3 years", "the three biggest years".
_COUNT = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
TOP_COUNT = Lazy(rf"\b(?:top|bottom|leading)\s+{_COUNT}\b(?!\s*(?:%|percent|per cent|bn|billion|million))"
                 rf"|\b{_COUNT}\s+(?:biggest|largest|highest|best|strongest|busiest|record|lowest|smallest|weakest|worst|"
                 rf"quietest)\s+(?:[\w-]+\s+){{0,2}}?years?\b")


def top_count(text: str) -> int | None:
    """How many years "the top 3 years" asks for; None when it asks for no such number."""
    found = TOP_COUNT.search(text)
    if not found:
        return None
    word = found.group(1) or found.group(2)
    return int(word) if word.isdigit() else NUMBER_WORDS[word]

# Where the things counted took place: "held in Russia", "on Chinese soil", "hosted by China".
VENUE = Lazy(r"\b(?:held|staged|conducted|hosted|took place|take place|taking place|happened|carried out) "
             r"(?:(?:in|on) )?(?:the )?(china|russia|chinese soil|russian soil|chinese territory|russian territory|beijing|moscow)\b"
             r"|\bhosted by (china|russia)\b|\bon (chinese|russian) (?:soil|territory)\b"
             # "in what year did China host the first BRIC summit?"
             # ("Moscow and Beijing staged": the two held it, no host)
             r"|(?<!\band )\b(china|russia|beijing|moscow) (?:host|hosts|hosted)\b")
# ("leaving China aside, ...", "leave the 88% aside: which pollster ...?", "not Shoigu — which other ...?")
EXCEPT = Lazy(r"^(?:(?:besides|apart from|aside from|other than|except(?: for)?|excluding|without|leaving out|not counting|"
              r"leaving aside|setting aside|putting aside|with the exception of)\s+"
              r"|(?:leaving|leave|setting|set|putting|put)\s+(?=[^,;:?]{2,40}?\s+(?:aside|out|to one side)\b)"
              # ("not Shoigu — which other ...?": only before a question of who or which)
              r"|(?:not|forget(?:ting)?(?: about)?)\s+(?=[^,;:?]{2,40}?(?:,|:|\s+[—–-]+)\s*(?:which|who|whom|what|how|when|where)\b))"
              r"([^,;:?]{2,40}?)(?:\s+(?:aside|out|to one side))?(?:,|:|\s+[—–-]+|(?=\s+(?:who|whom|which)\b))")
# A year left out: "which year had the highest trade, other than 2024?", "excluding 2022, ...".
_LEAVING = (r"\b(?:excluding|except(?: for)?|other than|apart from|aside from|besides|not counting|leaving out|"
            r"leaving aside|setting aside|putting aside|bar|ignoring)")
YEAR_LEFT_OUT = Lazy(_LEAVING + r"\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d\d)\b(?!\s*(?:-|to|until|till|through)\s)(?!['’]s)")
# (the words that left it out, once the year is read: "which year was highest, other than")
LEAVING_WORDS = Lazy(_LEAVING + r"(?:\s+the)?(?:\s+year)?\s*(?=[,;:?.!]|$)")
# A party left out of a whole, mid-question: "from suppliers other than Russia", "excluding Russia".
PARTY_LEFT_OUT = Lazy(r"\b(?:excluding|except(?: for)?|others? than|apart from|besides|not counting|leaving out|bar|but)"
                      r" (?:from )?(?:the )?(russia|russian|moscow|china|chinese|beijing)(?:'s)?\b(?! and\b)")
# "After Russia, which country sold China the most arms?": the first is left out of the asking.
SECOND_TO = Lazy(r"^after\s+([^,;?]{2,40}?),(?=\s*(?:which|who|whom)\b)")
CHANGE_WORDS = Lazy(r"\b(?:change[ds]?|evolv\w*|develop(?:ed|s)?|fared?|grow|grew|grown|growth|increase[ds]?|decrease[ds]?|decline[ds]?|fell|fall|"
                    r"fallen|drop(?:ped)?|rise|rose|risen|shr[aiu]nk|multiple|times|collaps(?:e|ed)|crash(?:ed)?|"
                    r"tumbled?|plummet(?:ed)?|soar(?:ed)?|surged?|boom(?:ed|ing)?|balloon(?:ed)?|skyrocket(?:ed)?|jump(?:ed)?|climb(?:ed)?|slump(?:ed)?|"
                    r"doubl(?:e[ds]?|ing)|tripl(?:e[ds]?|ing)|quadrupl(?:e[ds]?|ing)|halv(?:e[ds]?|ing)|\w+fold)\b")
# The nouns of a share: "percent" alone may be a rate of change, "share" never is.
SHARE_NOUN = Lazy(r"\b(?:shares?|proportion|portion|fraction|part)\b")
# "more students than China", "bigger than Russia": a place in a ranking, against a party.
RANKED_ABOVE = Lazy(r"\b(?:(?:more|larger|bigger|higher|greater)\b(?: [\w'-]+){0,4}? than|ahead of|rank(?:ed|s)? above|above) (?:the )?([\w-]+)")
# A time pointed back at: "that year", "the same month".
THAT_TIME = Lazy(r"\b(?:that|this|the same) (?:year|month|day|quarter)\b")
# A place in a ranking said by its ordinal: "the second-longest", "4th largest", "ranked third".
PLACE_IN_RANKING = Lazy(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))[- ]"
                        r"(?:longest|largest|biggest|greatest|highest)\b|\branked (?:second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))\b")
# "what % of Chinese said ...", "how many Russians think ...": the share a poll found.
POLLED = Lazy(r"\b(?:what|which|how many|how much|what share|the share|percentage|percent)\b[^?]{0,40}?"
              r"\b(?:of )?(?:chinese|russians?|people|respondents|citizens|the public)\b[^?]{0,12}?"
              r"\b(?:said|say|says|think|thought|believe[sd]?|view(?:ed)?|saw|see|feel|felt|agreed?|answered|responded)\b")
# A part of a year named alone: "the second half", "H2", "the third quarter", "Q3".
PART_OF_THE_YEAR = Lazy(r"\b(?:the )?(first|second|1st|2nd) half\b|\bh([12])\b|"
                        r"\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b|\bq([1-4])\b")
_ORDINAL = {"first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3, "3": 3,
            "fourth": 4, "4th": 4, "4": 4}


def year_part_label(part: re.Match) -> str:
    """The label of a part of a year named ("H2", "Q3") from a PART_OF_THE_YEAR match."""
    half, quarter = part.group(1) or part.group(2), part.group(3) or part.group(4)
    return f"H{_ORDINAL[half]}" if half else f"Q{_ORDINAL[quarter]}"


ASKED_TIME = Lazy(r"\b(?:which|what) (?:year|month|date|day)s?\b"
                  # "the year with the highest agreement": the time of a peak asked, no figure of years
                  r"|\bthe (?:year|month)s? (?=with (?:the )?(?:highest|lowest|most|least|biggest|largest|smallest|fewest|"
                  r"peak|record|top|best|worst)\b)")
# Money lent, borrowed or paid: "how much did Russia lend", "how much was borrowed".
MONEY_MOVED = Lazy(r"\b(?:lend|lends|lent|lending|loan|loans|loaned|borrow|borrows|borrowed|borrowing|pay|pays|paid|"
                   r"invest|invests|invested|spend|spends|spent)\b")
# One kind asked and another turned down beside it: "bilateral (not multilateral) meetings".
# A measure or unit turned down beside the one asked: "the dollar value, not the tonnage", "in
# dollars rather than tonnes", "instead of barrels".
# (a currency dropped is what an event may be about: "settle trade in rubles and yuan instead of dollars")
NOT_THE_MEASURE = Lazy(r",?\s*\b(?:not|rather than|instead of)\s+(?:the |in |by |as )?(tonnage|tonnes|tons|volume|volumes|"
                       r"weight|value|values|barrels|bcm|cubic metres|cubic meters|amount|count|number|share|percentage)\b,?")
NOT_ALSO = Lazy(r"\b[a-z-]{4,} (?:not|rather than|but not) ([a-z-]{4,}) (?=[a-z])")
# "How much gas", "how much Russian crude": a quantity of goods, which no sum of money is.
# "how much people?", "how much exercises": things counted, asked as a learner may.
HOW_MUCH_COUNTED = Lazy(r"\bhow much (?:more |fewer |less )?(?:[\w-]+ )?(?:people|persons|students|tourists|visitors|"
                        r"exercises|drills|meetings|times|troops|soldiers|firms|companies|banks|visits|ships|jets|men)\b")
HOW_MUCH_GOODS = Lazy(r"\bhow much (?:more |less )?(?:russian |chinese )?(?:natural gas|pipeline gas|gas|oil|crude|lng|coal|"
                      r"electricity|power|grain|wheat|timber|nickel)\b")
# Words that ask a sum of money, whatever it is of: "worth", "value", "in dollars".
MONEY_WORDS = Lazy(r"\b(?:worth|values?|valued|costs?|costing|price[ds]?|dollars?|usd|us\$|yuan|rmb|rubles?|roubles?|euros?|"
                   r"money|revenues?|earn\w*|bills?|sums?|funds?|funding|financ\w*|sales?|sold|buy|bought|purchase[ds]?)\b|\$")
# What did go through, against what could: "actual throughput", "the real flow".
ACTUALLY = (r"\b(?:actual(?:ly)?|real|realised|realized|achieved) (?:[\w-]+ )?(?:throughput|flows?|volumes?|deliveries|"
            r"deliver(?:ed)?|export(?:s|ed)?|import(?:s|ed)?|suppl(?:y|ied)|sen[dt]|ship(?:ped)?|carr(?:y|ied)|pump(?:ed)?)\b")
ACTUAL_FLOW = Lazy(ACTUALLY +
                   # "how much did it carry in 2021?": what it carried then, not what it can
                   r"|\b(?:did|has|have|had) (?:[\w-]+ ){1,3}?(?:carry|carried|transport|transported|pump|pumped|ship|shipped|"
                   r"deliver|delivered|supply|supplied|send|sent)\b")
CAPACITY_WORDS = ("capacit", "design", "nominal", "can carry", "able to carry")
CAPABLE = Lazy(r"\b(?:can|could|able to|designed to|meant to|built to|capable)\b"
               # "how many bcm will Power of Siberia 1 carry?": what a line carries at full load, its capacity
               # (not of a time to come: "in its first year", "by 2030" ask a forecast)
               r"|\bwill (?:[\w-]+ ){0,5}?(?:carry|transport|pump|move)\b"
               r"(?!.*\b(?:in|by|during|within|from) (?:its |the |their )?(?:first|second|third|next|initial|early|\d))")
# Patterns most questions give no occasion to try: each is tried only when the text has
# a string every match of it has ("non-", " or not", a hyphen, a capital, a digit).
NON_WORD = Lazy(r"\bnon-([a-z]+)")
# The answer's own measure, said outright: "as a share", "in percent".
AS_A_SHARE = Lazy(r"\b(?:as an? (?:share|percentage|proportion|fraction|percent)|in percent(?:age)?(?: terms)?)\b")
NOT_ONLY = Lazy(r"\bnot (?:just|only|merely|solely|simply)(?: the| a| an)? [a-z][a-z'-]*"
               # "(a count, not a share)": a measure said not to be asked
               r"|\bnot (?:a |an |the |as an? |in )?(?:share|percentage|percent|proportion|count|number|amount|value|total)\b")
OR_NOT = Lazy(r"\b[\w'-]+ or not\b")
NUMBER_RANGE = Lazy(r"(\d)-(\d)")
CAPITALS = Lazy(r"\b[A-Z][A-Z.]+\b")


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
    meant: str = ""           # the question with typos of words no subject's mended, for its kind
    off_subject: bool = False                               # "weather", "football": nothing crr could hold
    bound: dict[str, str] = field(default_factory=dict)     # phrase -> what it was read as
    content: list[str] = field(default_factory=list)        # words no facet took, for the matcher
    spelled: dict[str, str] = field(default_factory=dict)   # a stemmed word -> as the question wrote it
    after_except: str = ""   # the question after "apart from X,"
    neutral: frozenset[str] = frozenset()                   # words read as something else than a subject
    unread: list[str] = field(default_factory=list)         # words nothing used
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (metric id, the rule it breaks: rules.py)
    parts: list[str] = field(default_factory=list)          # questions it holds two of ("imports and exports")
    parts_of: str = ""                                       # what the parts differ in: a subject, a measure, a party
    whole: list[tuple[str, ...]] = field(default_factory=list)  # subjects of what a share is asked of
    counted: str = ""                                        # the noun after "how many"
    among: str | None = None                                 # whose list a rank is in ("among China's partners")
    ranked: str | None = None                                # what a rank is of ("where does Russia rank")
    whole_place: str | None = None                           # where a share's whole is ("of car sales in China")
    owner: str | None = None                                 # whose a stake is ("China's stake in Yamal")
    aggregate: str = ""                                      # "total" or "average" over a span
    year_part: str = ""                                      # a part of a year named with no year ("H2")
    deictic: bool = False                                    # "that day": the time of the answer before
    quantity_units: set = field(default_factory=set)         # the units of numbers given ("$6 billion")
    derive: set = field(default_factory=set)                 # a ratio or a rate asked of two figures
    excluded: list[str] = field(default_factory=list)        # "besides Shandong Yulong": words ruled out
    negated: list[str] = field(default_factory=list)         # "not naval": subjects the figure must leave out
    parties_out: list[str] = field(default_factory=list)     # "arms imports other than Russia's": a supplier left out
    years_out: list[str] = field(default_factory=list)       # "the highest year other than 2024": years left out
    of_the_figure: bool = False  # "when was the first one?": its words are the things a figure just shown counts
    shown: list[str] = field(default_factory=list)           # the metrics an answer gives, when more than one
    extreme_only: bool = False   # its metric was found only by the words of an extreme ("the record")
    aside: list[str] = field(default_factory=list)           # words about the asker ("for my essay")
    besides_events: list[str] = field(default_factory=list)  # "what else?": the events shown before, left out
    besides_people: list[str] = field(default_factory=list)  # "who else?": the people named before, left out
    offices: list[tuple[str, str]] = field(default_factory=list)  # (phrase, its holders): "the Russian president"
    open_offices: list[str] = field(default_factory=list)  # offices whose holder the time of an event decides
    office_of: dict[str, str] = field(default_factory=dict)  # person id -> the office phrase they were read from
    tenure_of: str | None = None  # the person whose time in office is the time asked ("under Yeltsin")
    groups_since: list[tuple[str, str]] = field(default_factory=list)  # ("the two leaders", since when they were)
    name_years: list[Period] = field(default_factory=list)   # "the 2001 treaty": years read as part of a name
    own_terms: str = ""  # "when did it stop publishing?": the follow-up's own words, which its event must have where one does
    figure_year: str = ""  # "when was that?" after a figure: the year it was shown for, whose events come first
    unknown_names: list[str] = field(default_factory=list)  # "power of siberia 3": a name not held
    given_whole: float | None = None                         # "how many of the 11 ...": a total the question states
    given_whole_unit: str = ""                               # ... its unit, when it is the figure just shown
    claim: bool = False                                      # a claim to check: its numbers are what is tested
    day_month: tuple[int, int] | None = None                  # "on 4 February", with no year: (month, day)
    per_time: str = ""                                       # "per month", "daily": a rate over that time asked
    venue: str = ""                                          # "held in Russia": where the things counted took place
    stated_share: bool = False                               # a percent the question states ("its 30% stake")
    basis: str = ""  # a basis no figure is given on, in words: "adjusted for inflation" (db/vocabulary.yaml: bases)

    @property
    def others(self) -> list[str]:
        """The parties named other than China and Russia."""
        return [p for p in self.parties if p not in COUNTRIES]

    def as_written(self, phrase: str) -> str:
        """A phrase of stemmed words ("vetoe") as the question wrote them ("vetoes")."""
        return " ".join(self.spelled.get(w, w) for w in phrase.split())


# "China's biggest arms supplier", "Russia's main trading partner": a place among others.
PLACE_AMONG = Lazy(r"\b(?:biggest|largest|main|top|leading|chief|principal|number one|no\.? 1)\b(?: [\w-]+){0,2}? "
                   r"(?:suppliers?|sources?|partners?|buyers?|customers?|markets?|destinations?)\b")


# "Highest year of China–Russia agreement": the year a figure was highest, not a "Year of China"
# (the cultural year), which "year of" before a country's name otherwise reads.
SUPERLATIVE_YEAR_OF = Lazy(r"\b((?:highest|lowest|peak|best|worst|top|record|biggest|smallest|busiest|quietest|strongest|weakest)"
                           r" (?:single )?years?) of\b")
# The reason an act was taken, said after it: "put on the Entity List ... for helping Russia's
# military", "sanctioned for aiding Moscow's war effort": why, which no figure is of.
REASON_GIVEN = Lazy(r"\b(?:for|over) (?:helping|aiding|assisting|supporting|backing|arming|equipping|supplying|abetting)"
                    r" (?:russia|moscow|the kremlin|russia's|moscow's|the kremlin's|china|beijing|china's|beijing's)"
                    r"(?:'s)?(?: (?:military|army|armed forces|war(?: effort| machine)?|defen[cs]e (?:industry|sector)|"
                    r"military[- ]industrial (?:base|complex)))?\b")
# Two words offered as one, with a slash: "the fence/border", "pupils/students".
# (words written small: "Wang Yi/Lavrov" joins two names, each of which is read)
SLASHED = Lazy(r"\b([a-z][a-z'-]+)/([a-z][a-z'-]+)\b")


def _slashed_known(found, lexicon: Lexicon) -> str:
    """Of two words offered with a slash, the one crr's words know where only one is known
    ("fence/border": border); both, as written apart, otherwise."""
    known = [bool(lexicon.entries.get((w.lower(),)) or lexicon.entries.get((_stem(w.lower()),))) for w in found.groups()]
    if known[0] != known[1]:
        return found.group(1) if known[0] else found.group(2)
    return f"{found.group(1)}/{found.group(2)}"


# "How high did the yuan's share get?": a level reached, not goods got ("get" as a flow's verb).
LEVEL_GOT = Lazy(r"\b(how (?:high|low|big|large|far|close)\b[^?]{1,80}?\b)(?:get|got|gotten)\b(?!\s+(?:from|to|out|into)\b)")
# "(the number, not %)", "a count rather than a share", "not as a percentage".
MEASURE_DENIED = Lazy(r"(?:[,(–—-]\s*(?:but\s+|and\s+)?not|\brather than|\binstead of)\s+(?:as\s+|in\s+)?(?:an?\s+|the\s+)?"
                      r"(?:%|percent(?:ages?)?|per cent|shares?|proportions?|numbers?|counts?|totals?)(?=[\s).,;:?!]|$)", re.IGNORECASE)


def normalized_text(question: str, lexicon: Lexicon) -> str:
    """The question's words as the reading reads them."""
    # "non-naval" leaves out what "naval" names, as "not naval" does ("non-ferrous" stays a word).
    # "how many banks (the number, not %)": a measure said not to be asked is no measure asked
    if "/" in question:  # ("the fence/border": the word crr knows)
        question = SLASHED.sub(lambda m: _slashed_known(m, lexicon), question)
    text = lexicon.written_out(normalize(MEASURE_DENIED.sub(" ", question)))
    text = LEVEL_GOT.sub(r"\1reach", text) if " g" in text else text
    text = SUPERLATIVE_YEAR_OF.sub(r"\1 for", text) if "year" in text else text
    text = REASON_GIVEN.sub(" ", text) if " for " in text or " over " in text else text
    # "cross 10 million tonnes": passing a level, not a border crossing; "double-digit": at least 10
    text = CROSSED_LEVEL.sub("passed", text)
    text = DIGITS_LEVEL.sub(lambda m: {"double": "at least 10", "triple": "at least 100", "single": "under 10"}[m.group(1)],
                            text)
    # "at least five of them", "more than a dozen": a level said in words is its number
    text = LEVEL_IN_WORDS.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)].removesuffix("a ")
                              + str(12 if m.group(1) == "dozen" else NUMBER_WORDS[m.group(1)]), text)
    if "non-" not in text:
        return text
    return NON_WORD.sub(lambda m: f"non {m.group(1)}" if lexicon.has(_stem(m.group(1)), "subject")
                        else m.group(0), text)


def names_a_period(question: str, lexicon: Lexicon) -> bool:
    """Whether the reading of the question would find a period in it: the first step of
    `read`, for a caller that needs a period before it needs the rest."""
    return bool(extract_periods(normalized_text(question, lexicon))[0])


# A number written with a thousands comma ("the 1,600 PLA troops"): a count, never a year.
COUNT_LIKE_A_YEAR = Lazy(r"(?<![\d,.])([12]),(\d{3})(?![\d,])")


def _the_closer_times(periods: list[Period]) -> list[Period]:
    """"In the decade before the war, 2012 through 2021": an open time ("before the war") and
    years written within it say one time, the years; the open one only describes them."""
    # (a range of years; a day or a year is the open time's own start: "since the war began on 24 February 2022")
    closed = [p for p in periods if p.start and p.end and p.form == "range" and p.start.year < p.end.year]
    open_ = [p for p in periods if p.form in ("before", "since")]
    if not closed or not open_:
        return periods
    inside = [o for o in open_ if all((o.start is None or c.start > o.start) and (o.end is None or c.end <= o.end)
                                      for c in closed)]
    return [p for p in periods if p not in inside]


# A measure's words that name the dollar: "dollar value", "in dollar terms", "usd amount".
DOLLAR_WORTH = Lazy(r"\b(?:dollar|usd|us dollar)[- ](?:value|terms|equivalent|amount|worth)s?\b")


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
    if said_first and not rest.startswith(said_first + " ") and extract_periods(said_first)[0]:
        # A time in the preface ("for my essay on the post-2014 pivot, ...") is no time asked.
        # (unless what follows points back at it: "I need the 2023 number: how much ... that year?")
        after = question[preface.end():]
        own = _periods_of(after, normalized_text(after, lexicon))
        if own[0] or not THAT_TIME.search(after.lower()):
            periods, rest = own[0], f"{said_first} {own[1]}"
    elif (premise := PREMISE.match(question)) \
            and (stated := extract_periods(normalized_text(premise.group(1) or premise.group(2), lexicon)))[0] \
            and (own := _periods_of(question[premise.end():], normalized_text(question[premise.end():], lexicon)))[0]:
        # A premise's time and numbers ("since the number halved between 2020 and 2024, what was
        # the 2022 count?") are what it says, not what is asked, when the question asks a time of
        # its own; its words stay, as what is asked of.  (With none, "what figure did it reach?"
        # asks of the premise's time.)
        periods, rest = own
        rest = f"{re.sub(r'[0-9][0-9,.]*', ' ', stated[1])} {rest}"
    elif (first := EXCEPT.match(question.lower().lstrip())) \
            and (stated := extract_periods(normalized_text(first.group(1), lexicon)))[0] \
            and set(stated[1].split()) - STOPWORDS:
        # "Not the 2014 deal: when was the pipeline opened?": the time of a thing set aside is
        # no time asked (a time alone set aside, "apart from 2022, ...", is read as before).
        after = question.lstrip()[first.end():]
        periods, rest = _periods_of(after, normalized_text(after, lexicon))
        rest = f"{stated[1]} {rest}"
    if said_first and rest.startswith(said_first + " "):
        intent.aside += [w.strip(".,:;") for w in said_first.split() if w.strip(".,:;") not in STOPWORDS]
        rest = rest[len(said_first) + 1:]
    elif rest.startswith("for ") and (writing := WRITING.match(rest)):
        intent.aside += [w for w in writing.group(0).strip(" ,:").split() if w not in STOPWORDS]
        rest = rest[writing.end():]
    if " or not" in rest:
        rest = OR_NOT.sub(" ", rest)  # "naval or not": no condition at all
    if "not " in rest:
        rest = NOT_ONLY.sub(" ", rest)  # "all exercises, not just naval": a part, no condition
    turned_down = [m.group(1) for m in NOT_THE_MEASURE.finditer(rest)]
    if turned_down:
        # "the dollar value, not the tonnage": the measure turned down is no word of the one asked
        rest = NOT_THE_MEASURE.sub(" ", rest)
        intent.normalized = re.sub(r"\s+", " ", NOT_THE_MEASURE.sub(" ", intent.normalized)).strip()
    if "which" in rest or "what" in rest or "the year" in rest or "the month" in rest:
        rest = ASKED_TIME.sub(" ", rest)  # "which year was the record": the question's words, no metric's
    if periods:
        rest = TIME_SPAN_WORDS.sub(" ", rest)  # "over the longer 1990 to 2005 stretch": the time's own words
    elif (part := PART_OF_THE_YEAR.search(rest)) and not re.search(r"\b(?:19|20)\d\d\b", rest):
        # "and in the second half?": a part of a year it leaves to the question before, no
        # word of a figure ("second" is no Power of Siberia-2).
        intent.year_part, rest = year_part_label(part), PART_OF_THE_YEAR.sub(" ", rest)
    if "that year" in rest or "the same year" in rest:
        rest = THAT_YEAR_SAID.sub(" ", rest)  # "the total that year": a time pointed back to, no figure of years
    if (years_out := YEAR_LEFT_OUT.findall(intent.normalized)):
        # A year left out is no time asked: the question is of the years besides it.
        intent.years_out = sorted(set(years_out))
        periods = [p for p in periods if not (p.form == "point" and p.label in intent.years_out)]
        rest = LEAVING_WORDS.sub(" ", rest)
    intent.periods, intent.rest = _the_closer_times(periods), rest
    words, intent.spelled = words_and_spellings(rest)
    split = lexicon.split_compounds(words, intent.spelled)
    words = lexicon.mend(split, intent.spelled)
    # A typo's mending, as written, for the words events are searched by ("SCO exersize").
    # Only a subject's: a word that is no typo of crr's ("black") may be near a small word ("back").
    mended = {intent.spelled.get(a, a): b for a, b in zip(split, words)
              if a != b and lexicon.has(b, "subject")} if len(split) == len(words) else {}
    if len(split) == len(words) and (typos := {a: b for a, b in zip(split, words) if a != b and a.isalpha()
                                               and not lexicon.has(b, "subject")}):
        # The question as meant, for the kind it asks: "ambasador of China" asks who, as
        # "ambassador" does (a subject's typo is read through `mended`, by its words).
        intent.meant = re.sub(r"[a-z]+", lambda m: typos.get(m.group(0), m.group(0)), intent.normalized)
    found = lexicon.scan(words, cased=_cased_words(question))
    intent.currency, currency_at = asked_currency(words, found)
    if intent.currency is None and DOLLAR_WORTH.search(" ".join(words)):
        intent.currency = "USD"  # "the dollar value of the swap line": its worth in dollars, a measure's words
    bind_words(intent, words, found, currency_at, aside)
    if (by := FUTURE_BY.search(intent.normalized)) and int(by.group(1)) > today().year:
        # "approved by 2027?", "trade by 2028?": what will have happened by a year to come, a forecast
        intent.judgement = True
    if not intent.periods and intent.people and (term := tenure(intent, words, found, lexicon)):
        # "Trade in Yeltsin's time": his years in office, and no figure of his.
        person, period, (first, last) = term
        intent.periods = [period]
        if not any(person in phrase.values("person") and not first <= phrase.start < last for phrase in found):
            intent.people.remove(person)  # (not one named again: "have Xi and Putin met since Xi took power?")
        intent.tenure_of = person
        said = set(words[first:last])
        intent.content = [w for w in intent.content if w not in said]
        words_read = {w for phrase in found if phrase.values("person") and person in phrase.values("person")
                      for w in phrase.text.split()}
        intent.bound = {k: v for k, v in intent.bound.items() if not set(k.split()) & words_read}
        rest = intent.rest = " ".join(w for i, w in enumerate(words) if not first <= i < last)
    length_asked = "duration" in intent.measures and any(w.startswith(("how many", "how long")) for w in intent.measure_words)
    # ("when its share fell to 39%, was Russia still China's top supplier?": a place asked)
    place_asked = PLACE_AMONG.search(intent.normalized) is not None
    if intent.stated_share and (intent.measures & {"amount", "volume", "count", "price", "rank"} or length_asked
                                or place_asked) \
            and not [w for w in intent.measure_words if w not in ("%", "percent", "per cent")
                     and set(lexicon.values_of(w, "measure")) & {"share"}
                     # ("how many ... in 2021, when their share was 7.7%?": the share is stated)
                     and not re.search(rf"\b{re.escape(w)} (?:was|is|were|stood at|of|reached|hit|"
                                       r"(?:fell|rose|dropped|climbed|slipped|sank|jumped|grew|declined|increased|decreased) to) "
                                       r"(?:about |around |some )?[\d.]+ ?(?:%|percent|per cent)"
                                       # ("with a 76% share, is Russia its top supplier?")
                                       rf"|[\d.]+ ?(?:%|percent|per cent) {re.escape(w)}\b",
                                       intent.normalized)]:
        # "What did China pay for its 30% stake?": the share is given, an amount asked ("how many
        # months did it take to reach 40%?": a length of time).
        intent.measures -= {"share", "growth"}
    subjects_of_cues(intent, found, lexicon)
    unknown_numbered_name(intent, words, lexicon)
    if aside:  # words of a preface the caller set aside: named as not used, not matched
        intent.aside += [intent.spelled.get(w, w) for w in intent.content if w in aside]
        intent.content = [w for w in intent.content if w not in aside]
    text = marked(words, found, intent.spelled)
    intent.flow = its_flow(origin_or_buyer(flow(text), words, found), words, found)
    intent.reporter = reporter(text)
    if both_reporters(text) or len(intent.sources) >= 2 or SOURCES_SET_APART.search(intent.normalized):
        # "the gap between China's and Russia's figures": each side's figure, and how far apart
        # they are, which the answer says of sources that differ; so too "the gap between SIPRI
        # and the dashboard", "how far apart are the sources".
        intent.neutral = intent.neutral | GAP_WORDS
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
    if not intent.among and (partner := PARTNER_OF.search(text)):
        # "is Russia China's largest trading partner?": Russia ranked among China's partners.
        intent.among, intent.ranked = partner.group(2) or partner.group(3) or partner.group(5), partner.group(1) or partner.group(4)
        intent.measures = intent.measures or {"rank"}  # a place among partners: a rank, no amount of trade
    if "rank" in intent.normalized or " among " in intent.normalized:
        intent.ranked = ranked_one(intent.normalized, lexicon) or intent.ranked
    intent.counted = counted_of(words, found)
    if intent.counted in intent.content:
        # "how many ships": the noun counted, which a figure must be of, not a verb of trade.
        intent.neutral = intent.neutral - {intent.counted}
    if TOTAL.search(intent.normalized):
        intent.aggregate = "total"
    elif AVERAGE.search(intent.normalized):
        intent.aggregate = "average"
    figures = NUMBER_RANGE.sub(r"\1 \2", rest) if "-" in rest else rest  # "370000-405000": two numbers
    if not intent.periods and (dated := DAY_MONTH.search(figures)):
        # "who met on 4 February?": a day of a month with no year, which a follow-up dates by
        # the year shown; its day is no number asked
        day, month = dated.group(1) or dated.group(4), dated.group(2) or dated.group(3)
        intent.day_month = (MONTHS[month.rstrip(".")], int(day))
        figures = figures[:dated.start()] + " " + figures[dated.end():]
    digits = DIGIT.search(figures) is not None
    intent.numbers = [float(n) for n in NUMBER.findall(figures)] if digits else []
    intent.numbers += [float(NUMBER_WORDS[w]) for w in COUNTED_WORDS.findall(rest)]
    intent.neutral = intent.neutral | set(COUNTED_WORDS.findall(rest))
    if re.search(r"\bzero\b", rest) and 0.0 not in intent.numbers:
        # "the year LNG imports were zero": a level, 0, said in a word
        intent.numbers.append(0.0)
        intent.neutral = intent.neutral | {"zero"}
    if digits:  # a quantity has a number
        intent.quantity_units = {UNIT_OF_QUANTITY[key] for m in QUANTITY.finditer(figures)
                                 for key in [quantity_key(m)] if key in UNIT_OF_QUANTITY}
    if {"amount", "volume"} <= intent.measures and intent.quantity_units \
            and all(not u.startswith("USD") for units in intent.quantity_units for u in units) and WORTH_ASKED.search(intent.normalized):
        # "What was the 38.8 bcm of gas worth?": the stated volume names the thing; its worth is asked.
        intent.measures.discard("volume")
    intent.deictic = bool(DEICTIC.search(intent.normalized))
    if (held := VENUE.search(intent.normalized)):
        place = next(g for g in held.groups() if g)
        intent.venue = "china" if place.startswith(("chin", "beij")) else "russia"
    if (priced := AT_YEAR_PRICES.search(intent.normalized)):
        year = int(priced.group(1) or priced.group(2))
        intent.basis = f"set at {year} prices"
        intent.periods = [p for p in intent.periods if not (p.start and p.end and p.start.year == p.end.year == year)]
    if (per := PER_TIME.search(intent.normalized)):
        intent.per_time = next(g for g in per.groups() if g)
        if intent.per_time in ("people", "persons", "population"):
            intent.per_time = "person"
        if intent.per_time in ("russian", "chinese"):
            intent.per_time = f"{intent.per_time.title()} citizen"  # "per Russian citizen"
    if EACH_ONE_COST.search(intent.normalized):
        # "What did each Su-35 cost?": a price of one, which a deal's whole value is not.
        intent.measures = (intent.measures - {"amount"}) | {"price"}
    if intent.periods and (length := SPAN_LENGTH.search(intent.normalized)):
        # "the three-year total" of a span given: its length, which no figure need say.
        intent.content = [w for w in intent.content if w != length.group(1)]
    if (given := GIVEN_WHOLE.search(intent.normalized)):
        intent.given_whole = float(given.group(1) or given.group(2))
    if turned_down:
        intent.excluded = [*intent.excluded, *turned_down]
    if (rather := NOT_ALSO.search(intent.normalized)):
        # "bilateral (not multilateral) meetings": the kind turned down is left out
        intent.excluded = [rather.group(1)]
    left_by_name: set[str] = set()  # the words of people left out by name, no words to search by
    if (besides := EXCEPT.search(question.lower().strip()) or SECOND_TO.search(question.lower().strip())):
        intent.excluded = [w for w in lexicon_words(besides.group(1)) if w not in STOPWORDS]
        # "Apart from", "besides": words that say what is left out, read as that.
        opening = set(lexicon_words(besides.group(0)[:besides.start(1)]))
        intent.content = [w for w in intent.content if w not in opening and _stem(w) not in opening
                          and intent.spelled.get(w, w) not in opening]
        intent.after_except = normalize(question[besides.end():])
        # "Not counting presidents or foreign ministers, how many engagements ...": the people the
        # words left out stand for are none of those asked about.
        left_out = set(intent.excluded) | STOPWORDS
        for phrase, facet in intent.bound.items():
            if facet == "person" and set(lexicon_words(phrase)) <= left_out:
                # "other than Jiang, who did he meet?": one left out, not the one asked about
                gone = set(lexicon.values_of(phrase, facet))
                intent.people = [p for p in intent.people if p not in gone]
                intent.besides_people = sorted(set(intent.besides_people) | gone)
                left_by_name.update(phrase.split())
                intent.excluded = [w for w in intent.excluded if w not in lexicon_words(phrase)]
            if facet == "people" and set(lexicon_words(phrase)) <= left_out:
                gone = {v for value in lexicon.values_of(phrase, facet) for v in value.split() if "=" not in v}
                intent.people = [p for p in intent.people if p not in gone]
                # (its words are people, left out as such: no word a figure may not be about)
                intent.excluded = [w for w in intent.excluded if w not in lexicon_words(phrase)]
        if read_event_kind(intent.after_except) == "who" and all(intent.bound.get(w) == "party" for w in intent.excluded):
            # "Apart from China, which countries joined?": the others of a list that names
            # China too, so a figure of that list is no figure left out.
            intent.excluded = []
    intent.negated = negated_subjects(intent.normalized, found)
    if (out := PARTY_LEFT_OUT.search(intent.normalized)) and not EXCEPT.match(intent.normalized):
        # "China's arms imports from suppliers other than Russia": that supplier left out of the whole
        intent.parties_out = [p for p in lexicon.values_of(out.group(1), "party") if p in ("china", "russia")]
    if intent.negated:
        # What a question leaves out is not what it asks about: "trade not counting oil" is trade.
        kept = [(w, s) for w, s in zip(intent.subject_words, intent.subjects) if not set(s) & set(intent.negated)]
        intent.subject_words, intent.subjects = [w for w, _ in kept], [s for _, s in kept]
    union_of_subjects(intent, words, found, lexicon.parents)
    joined_subjects(intent, words, found, lexicon)
    intent.parts = parts_asked(intent, words, found)
    intent.residue = FILLER.sub(" ", rest).strip()
    if mended:
        intent.residue = " ".join(mended.get(w, w) for w in intent.residue.split())
    if left_by_name:
        intent.residue = " ".join(w for w in intent.residue.split() if w not in left_by_name)
    if aside:  # the events searched for are the question's, not its preface's
        set_aside = {w for phrase in aside for w in phrase.split()}
        intent.residue = " ".join(w for w in intent.residue.split() if _stem(w) not in set_aside and w not in set_aside)
    if intent.groups_since:
        before_their_time(intent, lexicon)
    if intent.offices:
        bind_offices(intent, lexicon)
    intent.compare = bool(COMPARE.search(intent.normalized))
    intent.follow_up = intent.compare or bool(FOLLOW_UP.search(intent.normalized))
    # "since 2020" runs to the source's latest figure: two ends, as "from 2020 to 2024" has.
    two_ends = len(intent.periods) >= 2 or any(p.form in ("range", "since") for p in intent.periods)
    if intent.whole and {"share", "growth"} <= intent.measures and PERCENT_OF.search(intent.normalized) \
            and not CHANGE_WORDS.search(intent.normalized):
        # "What percent of Russia's exports to China are oil?": a share of a whole, no change.
        intent.measures.discard("growth")
    if {"share", "growth"} <= intent.measures \
            and (CHANGE_WORDS.search(intent.normalized) or SET_AGAINST.search(intent.normalized)) \
            and not SHARE_NOUN.search(intent.normalized) and two_ends:
        # "by what percentage did trade grow from 2022 to 2023": a percent of change between
        # two ends, worked out from the levels, and no share of anything.
        intent.measures.discard("share")
    if "ratio" in intent.measures and "count" in intent.measures and re.search(r"\bhow many times (?:the|its|their|that|what)\b",
                                                                            intent.normalized):
        intent.measures.discard("count")  # "how many times its 2001 level": a multiple, no count
    if intent.measures and intent.measures <= {"ratio", "growth"} and two_ends:
        # "how many times bigger in 2022 than in 2012": worked out from the two levels.
        intent.derive, intent.measures = set(intent.measures), set()
        intent.asked_kind = intent.asked_kind or "change"
    elif "ratio" in intent.measures and two_ends:
        # ... of a measure it names too ("how many times over did volumes grow from 2018 to 2022")
        intent.derive.add("ratio")
        intent.measures.discard("ratio")
        intent.asked_kind = intent.asked_kind or "change"
    if (above := RANKED_ABOVE.search(intent.normalized)) and (lexicon.has(_stem(above.group(1)), "party")
                                                              or above.group(1) in ("it", "them", "that", "this")) \
            and read_event_kind(intent.normalized) == "who":
        # "Which countries send more students than China?", "which are ahead of China?":
        # those ranked above China (or above the one just shown: "ahead of it"); the words
        # that say so are placed.
        intent.measures = {"rank"}
        intent.content = [w for w in intent.content if w not in ("ahead", "above", "rank", "ranked", "rank")]
    if (first := FIRST_PLACE_ASKED.match(intent.normalized)) and lexicon.values_of(first.group(1), "party") \
            and not intent.periods and not (intent.measures - {"rank"}):
        # "Is China the largest source of foreign students in Russia?": a place among them,
        # which a rank says, and a share shows; never an event's words ("Lukoil became the
        # largest Russian supplier" is no place of Russia's).
        intent.measures = {"rank", "share"}
        intent.allowed_only.add("share")  # (a share, where no rank is held: "76% of China's arms imports")
    if "count" in intent.measures and POLLED.search(intent.normalized):
        # "How many Russians said ...": a poll gives the share of those it asked.
        intent.measures.add("share")
    if "share" in intent.measures and intent.units and "percent" not in intent.units and SHARE_ASKED.search(intent.normalized):
        # "What proportion of arms imports were Russian, by SIPRI TIV?": a share, of figures in
        # that unit; the unit says what the share is worked from, not the answer's own.
        intent.measures -= {"volume", "amount", "count"}
        intent.units = []
    if (place := PLACE_IN_RANKING.search(intent.normalized)):
        # "Is the border the world's second-longest?", "ranked third in the world": a place in a
        # ranking, which a rank gives; the ordinal is the place said, no word of a subject.
        intent.measures = {"rank"}
        said = {w for w in place.group(0).replace("-", " ").split()}
        intent.content = [w for w in intent.content if w not in said]
    if "rank" in intent.measures and RANKED_BY.search(intent.normalized):
        # "What rank is the border by length?": the rank, of which length is the measure ranked.
        intent.measures = {"rank"}
    if "share" in intent.measures and AS_A_SHARE.search(intent.normalized):
        intent.measures -= {"count", "amount", "volume"}  # "how many were naval, as a share?": the share
    intent.kind = question_kind(intent)
    if intent.kind == "swing":
        # "the biggest percentage drop in trade": the change worked out as a percent of the
        # year before, of a figure in its own unit (no figure that is itself a share or a rate)
        intent.measures -= {"share", "growth"}
    if intent.kind in ("when", "who", "what_happened") and (said := [p for p in intent.periods if said_would_be(p, intent.normalized)]):
        # "Who said in Tashkent that the club could start as early as 2008?": a time in what
        # was said will be is no time of the saying; an event whose words name it may be.
        intent.periods = [p for p in intent.periods if p not in said]
        intent.name_years += said
    if len(intent.periods) == 1 and intent.periods[0].form == "point" and AGAINST_NOW.search(intent.normalized):
        # "yuan share Jan 2024 vs now": from that time to the latest figure.
        point = intent.periods[0]
        intent.periods = [Period(f"{point.label}/..", point.start, None, "since", f"since {point.phrase}")]
        intent.kind = intent.asked_kind = "change"
    if intent.kind == "series" and intent.aggregate == "average" and any(p.form in ("range", "since") for p in intent.periods):
        intent.kind = "span"  # "arms imports 2000-2005, average per year": one figure of the span
    if intent.kind in ("peak", "lowest") and (top := TOP_COUNT.search(intent.normalized)):
        # "the three biggest years": how many years, ranked, which no figure's name says
        intent.neutral = intent.neutral | {top.group(1) or top.group(2), "year", "years"}
    if intent.kind == "who" and (asked := NAME_KIND_ASKED.search(intent.normalized)):
        # "Which pollster measured ...": the kind of name asked for, which the answer's names
        # give, not a word a figure must hold.
        intent.neutral = intent.neutral | {_stem(asked.group(1))}
    if "capacity" in intent.measures and "volume" in intent.measures and not asks_capacity(intent):
        # "Power of Siberia 2025 bcm": a unit both a volume and a capacity are given in; with
        # no word of capacity, what went through, though a capacity may answer.
        intent.allowed_only.add("capacity")
    elif "capacity" in intent.measures and "volume" in intent.measures \
            and any(w.startswith(CAPACITY_WORDS) for w in intent.measure_words) and A_YEARS_RATE.search(intent.normalized):
        # "nominal capacity in million tonnes per year": the unit is the capacity's, and what
        # went through (a volume in tonnes) is no answer.
        intent.measures.discard("volume")
    if "capacity" in intent.measures and ACTUAL_FLOW.search(intent.normalized) and not re.search(r"\bcapacit", intent.normalized):
        # "the actual throughput in 2010": what went through, which the line's capacity is not.
        intent.measures = (intent.measures - {"capacity"}) | {"volume"}
    elif not intent.measures and re.search(ACTUALLY, intent.normalized) and not re.search(r"\bcapacit", intent.normalized):
        # "and the actual flow?", "how much did it actually export?" after a capacity: what went
        # through, in goods or money, which the line's capacity is not.
        intent.measures.update(("volume", "amount"))
    if "count" in intent.measures and HOW_MANY_MONEY.search(intent.normalized):
        intent.measures = (intent.measures - {"count"}) | {"amount"}  # "how many billions of dollars": money
    if intent.measures and HOW_MUCH_MORE.search(intent.normalized) and re.search(r"\bhow (?:big|large|small|rich)\b", intent.normalized):
        intent.measures.add("ratio")  # "how big was China's economy compared with Russia's?": a multiple too
    between_the_two = set(intent.flow) == {"china", "russia"}
    if not intent.measures and not intent.derive and (
            "how much" in intent.normalized or (between_the_two and any(w.startswith(FLOW_VERBS) for w in words)
                                               and not PLACE_AMONG.search(intent.normalized))):
        # "How much", or a flow with no other word of measure ("Russia's imports from China
        # in 2020"), asks for an amount or a volume (or how it changed), never a share or a count.
        intent.measures.update(("amount", "volume", "capacity"))
        if HOW_MUCH_COUNTED.search(intent.normalized):
            intent.measures.add("count")  # "how much people?", "how much students": a learner's "how many"
        if MONEY_MOVED.search(intent.normalized) and re.search(r"\bhow much (?:money )?(?:did|does|do|was|were|has|have|had|is|will)\b",
                                                              intent.normalized):
            intent.measures -= {"volume", "capacity"}  # "how much did Russia lend China?": money, no oil
        # (a name of words joined, "the loans-for-oil deal", names a deal, not money asked)
        unnamed = re.sub(r"\b[\w]+(?:-[\w]+){2,}", " ", intent.normalized)
        if HOW_MUCH_GOODS.search(intent.normalized) and not intent.currency \
                and not (MONEY_MOVED.search(unnamed) or MONEY_WORDS.search(unnamed)):
            intent.measures.discard("amount")  # "how much gas a year is in the deal?": gas, not its price
        if ACTUAL_FLOW.search(intent.normalized) and not CAPABLE.search(intent.normalized) \
                and not re.search(r"\bcapacit", intent.normalized):
            # "how much gas has Power of Siberia-2 delivered?": what it did, which no capacity is
            intent.measures.discard("capacity")
        elif not CAPABLE.search(intent.normalized):
            # "how much gas went through": what did; "how much can it carry": what it can.
            intent.allowed_only.add("capacity")
        if intent.asked_kind == "change" or CHANGE_WORDS.search(intent.normalized):
            # "How much did exercises increase?": a change of a count is so many more.
            intent.measures.update(("growth", "ratio", "count"))
            if len(intent.periods) == 2 or any(p.form == "range" for p in intent.periods):
                # "How much did voting agreement change between 1991 and 2001?": a share's
                # change from one time to another is so many points; allowed, not said.
                intent.measures.add("share")
                intent.allowed_only.add("share")
        elif HOW_MUCH_MORE.search(intent.normalized):
            intent.measures.add("ratio")  # "how much bigger than Russia's": so many times as large
    if "growth" in intent.measures and intent.asked_kind == "change" and len(intent.periods) == 1 \
            and not intent.derive:
        # "How far did trade fall in 2015, in percent?": a rate of change, stated or worked out
        # from the year before's level and that year's.
        intent.measures.update(("amount", "volume", "count"))
    if intent.derive and intent.kind in ("value", "span"):
        intent.kind = "change"
    if intent.kind in ("what_happened", "latest", "value", "change") and intent.subjects and not intent.numbers \
            and len(intent.periods) < 2 and EVER_CHANGED.search(intent.normalized):
        # "Was there ever a year LNG imports fell?", "did trade ever drop?": the years it did.
        intent.kind = "when"
    return intent


def _cased_words(question: str) -> set[str]:
    """Words written in capitals ("US"): a few names are names only when so written; and
    "us" in small letters beside a country or a thing between countries ("china us trade",
    "us-china"), which no pronoun is."""
    found = {"US"} if LOWER_US.search(question) else set()
    if question.lower() == question:
        return found
    return found | {word.rstrip(".") for word in CAPITALS.findall(question)}


# "Did China abstain on the UN vote?": whether something was done, which an event answers.
DID_IT = Lazy(r"^(?:and )?(?:did|does|do|has|have|had)\b")
# Words that point back at what was said before ("it", "that", "did they sign on that trip?").
POINTING = Lazy(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|there)\b")


def asks_capacity(intent: Intent) -> bool:
    """Whether a question asks what a thing can carry ("design capacity", "able to carry"),
    not what it carried."""
    return bool(CAPABLE.search(intent.normalized)) or any(w.startswith(CAPACITY_WORDS) for w in intent.measure_words)


# Last: the kind of a question is read from the Intent this module defines.
from .question_kind import question_kind  # noqa: E402

# A saying that tells what will or could be: "said ... that X could start as early as 2008".
SAID_WOULD = Lazy(r"\b(?:say|said|says|announc(?:e|ed|es)|predict(?:s|ed)?|forecast|expect(?:s|ed)?|promis(?:e|ed|es)|"
                  r"pledg(?:e|ed|es)|warn(?:s|ed)?|claim(?:s|ed)?|argu(?:e|ed|es)|insist(?:s|ed)?|suggest(?:s|ed)?|hint(?:s|ed)?|"
                  r"tell \w+|told \w+)\b (?:[^.?!;]* )?(?:that )?[^.?!;]*?\b(?:could|would|might|may|will|"
                  r"should|was to|were to)\b [^.?!;]*$")


def said_would_be(period: Period, text: str) -> bool:
    """Whether a time is in a clause that tells what someone said would or could be."""
    at = re.search(rf"(?<![\w-]){re.escape(period.phrase.lower())}(?![\w-])", text)
    for year in ([] if at else re.findall(r"(?:19|20)\d\d", period.label)[:1]):
        at = re.search(rf"(?<![\w-]){year}(?![\w-])", text)  # ("by 2019", described as "by the end of 2019")
    return bool(at) and bool(SAID_WOULD.search(text[:at.start()]))
