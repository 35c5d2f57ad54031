"""When a metric cannot answer a question: one table, one row a rule.

A metric is a candidate only if it contradicts no facet the question binds.
Each rule is a check of a metric against the reading and the reason, in
words for the reader, why the metric does not fit.  Scores choose only among
the metrics that pass every rule (resolve.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Callable, Mapping

from ..data.store import MetricRow
from ..reading.cues import YES_NO
from ..reading.facets import opposed
from ..reading.read import COUNTRIES, Intent
from ..reading.words import STOPWORDS, Lazy, _stem
from .counted import (asks_counted, counted_said, counts_by_extreme, not_one_of_several, other_thing_counted, part_unheld,
                      subject_missing, thing_unsaid, together_asked)
from .acts import OPPOSITE, asks_an_act, other_doer
from .terms import length_contradicted
from .placed import _any_word_start, _names_not_for, _not_for_named, _placed, unplaced


# What people told a poll: "what share of Russians agreed?", "how many respondents said yes?"
# (not "which Russian company agreed", nor "Chinese banks that said no").
_POLLED_PEOPLE = (r"(?:(?:the )?russians|the chinese|(?:russian|chinese) (?:people|respondents|citizens|adults)|people|"
                  r"respondents|citizens|adults|the public)")
POLL_ASKED = Lazy(rf"\b(?:(?:what|which) (?:share|percentage|proportion|percent|part|fraction)|what %|how many)"
                  rf"(?: of)? (?:all )?{_POLLED_PEOPLE}(?: (?:polled|surveyed|asked))?(?: who)? (?:said|say|says|think|"
                  r"thought|believe[sd]?|agreed?|answered|responded|viewed|saw|see|feel|felt)\b")


@dataclass(frozen=True)
class Facts:
    """What the rules need besides the reading and the metric."""

    subject_parents: dict[str, str | None]
    weak_subjects: frozenset[str]
    of_people: frozenset[str]                   # subjects that are what people do (meet, visit)
    of_whom: frozenset[str]                     # subjects that are what is said of someone (a poll's views)
    kinds_apart: frozenset[str]                 # subjects whose narrower ones are things apart (energy: oil, gas)
    subject_currency: dict[str, str]
    unit_names: dict[str, tuple[str, ...]]      # unit id -> the metric units it asks for
    unit_words: dict[str, str]                  # unit id -> its name in words
    party_names: dict[str, str]
    currency_names: dict[str, str]
    person_names: dict[str, str]
    words_of: Callable[[str], set[str]]          # a metric's words, as the matcher reads them
    wholes: dict[str, tuple[tuple[str, ...], ...]]  # metric id -> the subjects of the whole it is a share of
    ranked_among: dict[str, str]                 # rank metric id -> whose list it ranks in
    ranked_of: dict[str, str]                    # rank metric id -> what it ranks ("lukoil")
    whole_places: dict[str, str]                 # share metric id -> where its whole is ("car sales in Russia")
    owners: dict[str, str]                       # stake metric id -> whose stake it is ("China's stake")
    correct: Callable[[list[str]], list[str]]    # question words with typos of known words mended
    things: frozenset[str] = frozenset()        # subject phrases that name one thing ("zhenbao")
    subject_phrases: Callable[[str], frozenset[str]] = lambda subject: frozenset()  # a subject's words, as read
    own_aliases: Callable[[str], frozenset[str]] = lambda metric: frozenset()  # aliases no facet reads
    all_aliases: Callable[[str], frozenset[str]] = lambda metric: frozenset()  # every alias, as read
    noted_words: Callable[[str], frozenset[str]] = lambda metric: frozenset()  # the words of its records' notes
    name_words: Callable[[str], set[str]] = lambda metric: set()  # its name's and aliases' words, not its description's
    same_as: Callable[[str], frozenset[str]] = lambda stem: frozenset({stem})  # a word's group ("firm", "company")
    counted_as: dict[str, frozenset[str]] = field(default_factory=dict)  # a count's unit -> the nouns counting it
    countables: frozenset[str] = frozenset()     # the nouns "how many" may count, as stems
    firms: Mapping[str, str] = field(default_factory=dict)  # a firm of one side ("gazprom") -> that side
    firm_names: frozenset[str] = frozenset()    # every name of a firm, of one word or more ("shandong yulong")
    doers: Mapping[str, str] = field(default_factory=dict)  # a firm or a person of one side ("putin") -> that side
    # Each subject's ancestors, worked out the first time they are asked for: the rules
    # and the search by subject ask for them many times a question.
    _ancestry: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # Whether held subjects cover asked ones, worked out once a pair: every rule and
    # every candidate metric asks again.
    _covering: dict[tuple, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def ancestors(self, subject: str) -> frozenset[str]:
        """The subject and every broader one above it (pipeline gas, gas, energy)."""
        found = self._ancestry.get(subject)
        if found is None:
            found = self._ancestry[subject] = frozenset(self._walk_up(subject))
        return found

    def _walk_up(self, subject: str) -> set[str]:
        found = set()
        while subject and subject not in found:
            found.add(subject)
            subject = self.subject_parents.get(subject)
        return found

    def akin(self, held: str, asked: str) -> bool:
        """Whether two subjects share a line: one is the other or under it, or both are
        under a subject whose narrower ones are not things apart (troops and exercises
        are both military; oil and gas are both energy, but one is no other)."""
        up, other = self.ancestors(held), self.ancestors(asked)
        if held in other or asked in up:
            return True
        common = up & other
        nearest = max(common, key=lambda s: len(self.ancestors(s)), default=None)
        return nearest is not None and nearest not in self.kinds_apart

    def apart(self, one: str, other: str) -> bool:
        """Whether two subjects are things apart: neither is under the other, and the
        nearest subject over both is one whose narrower ones are apart (oil and pipeline gas)."""
        up, down = self.ancestors(one), self.ancestors(other)
        if one in down or other in up:
            return False
        nearest = max(up & down, key=lambda s: len(self.ancestors(s)), default=None)
        return nearest in self.kinds_apart

    def covers(self, held: tuple[str, ...], asked: tuple[str, ...]) -> bool:
        """A metric about `held` covers a question subject that may be any of `asked`:
        the same subject or a narrower one (asked about gas, pipeline gas covers it)."""
        found = self._covering.get((held, asked))
        if found is None:
            found = self._covering[(held, asked)] = any(s in self.weak_subjects for s in asked) or any(
                a in self.ancestors(h) for a in asked for h in held)
        return found


# The units of a count of things that happen somewhere: a count of them all is none of those
# in one country ("exercises held in Russia").
OCCURRENCES = frozenset({"exercises", "meetings", "visits", "patrols", "engagements", "interactions", "events"})


@dataclass(frozen=True)
class Rule:
    name: str
    fits: Callable[[Intent, MetricRow, Facts], bool]
    reason: Callable[[Intent, MetricRow, Facts], str]


def _parties_fit(intent: Intent, metric: MetricRow) -> bool:
    """Another party named must be one the metric is about; and a metric about a third
    country (a Kazakh pipeline) answers no question that names Russia or China it lacks."""
    held = metric.parties
    if any(p not in held for p in intent.parties if p not in COUNTRIES):
        return False
    return not _names_a_third(held) or all(p in held for p in intent.parties)


@cache
def _names_a_third(parties: tuple[str, ...]) -> bool:
    """Whether a metric's parties name a country other than China and Russia."""
    return any(p not in COUNTRIES for p in parties)


def _unit_currency(unit: str) -> str | None:
    match = re.match(r"^([A-Z]{3}) ", unit)
    return match.group(1) if match else None


# Words that ask for the parts of a figure apart: "in yuan as opposed to rubles", "the split".
SPLIT_ASKED = Lazy(r"\bas opposed to\b|\bversus\b|\bvs\b|\b(?:the )?split (?:between|by|into|of)\b|\bseparately\b|\beach of (?:them|the two)\b|"
                   r"\bbreak(?:down| down| it down)\b|\bhow much (?:of it )?(?:in|was) \w+ and how much\b")

# A figure that is the top or the bottom of a range over years ("Highest yearly number of
# resolutions ... over a span"), which answers no question of one year's figure ...
EXTREME_NAMED = Lazy(r"^(?:Highest|Lowest|Peak|Maximum|Minimum)\b")
# ... unless the question asks the extreme or the range.
EXTREME_ASKED = Lazy(r"\b(?:highest|lowest|most|fewest|least|max\w*|min\w*|peak\w*|record|range|top|bottom|busiest|quietest)\b")
# Words that ask shares to be added up: "combined stake", "just add them", "cumulative share".
SUM_ASKED = Lazy(r"\b(?:combined|summed|sum (?:up|of|them)|add(?:s|ed|ing)? (?:up|them|together)|just add|cumulative(?:ly)?|"
                 r"altogether|all together|taken together|put together)\b")
# Words that ask for one thing as a multiple of another ("how many times bigger").
# A question of where a change started or ended: "from what level?", "to what level?".
LEVEL_ASKED = Lazy(r"\b(?:from|to|at) what (?:level|figure|value|amount|number)\b|\breach(?:ed)? what\b|\bwhat level\b")
MULTIPLE_ASKED = Lazy(r"\bsame size\b|\bas (?:big|large|small) as\b|\b(?:times|relative|compared?|comparison|ratio|multiple|bigger|larger|smaller|greater|"
                      r"than|versus|vs|grew|grow|growth|increase|increased|rose|quadrupl\w*|doubl\w*|tripl\w*|fold)\b")


def _multiple_fits(intent: Intent, metric: MetricRow) -> bool:
    """A multiple ("China's economy is 3.5 times Russia's") answers a question that asks
    how many times, or compares; "Russia's GDP in 2008" asks a level it does not give."""
    if metric.measure == "ratio" and LEVEL_ASKED.search(intent.normalized):
        return False  # "it nearly quadrupled; to what level?": the level, not the multiple
    return metric.measure != "ratio" or "ratio" in intent.measures or bool(MULTIPLE_ASKED.search(intent.normalized))


def _currency_fits(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    held = _unit_currency(metric.unit)
    if held:
        return held == intent.currency
    # A share is in no currency: "the share of trade in yuan" is about the yuan, but
    # "bilateral trade in rubles" asks for an amount no share answers.
    return "share" in intent.measures and any(facts.subject_currency.get(s) == intent.currency for s in metric.subjects)


IMPORTS = Lazy(r"\bimport(?:s|ed|ing)?\b")
EXPORTS = Lazy(r"\bexport(?:s|ed|ing)?\b")


def _other_way_of_trade(intent: Intent, metric: MetricRow) -> bool:
    """"Yuan share of imports": a figure of one country's exports alone (a flow with only
    its start) is none of its imports, nor the other way, when no country says whose."""
    if intent.flow != (None, None) or all(metric.flow):
        return False
    imports, exports = IMPORTS.search(intent.normalized), EXPORTS.search(intent.normalized)
    if bool(imports) == bool(exports):
        return False
    if not any(metric.flow):
        # A figure of both ways ("Russia's trade settlements") is neither, unless it says it is.
        said = f"{metric.name} {metric.description}".lower()
        asked, other = (IMPORTS, EXPORTS) if imports else (EXPORTS, IMPORTS)
        return not asked.search(said) or bool(other.search(said))
    return bool(metric.flow[0]) if imports else bool(metric.flow[1])


def _measure_fits(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    # "How many Chinese-brand cars were sold?" is not answered by their share of sales.
    return not intent.measures or metric.measure in intent.measures or _a_value_by_its_unit(intent, metric, facts) \
        or _a_poll_share_by_count(intent, metric, facts) or _a_size_set_against(intent, metric)


# "How big is China's economy vs Russia's?": one size against another, which a multiple gives.
SET_AGAINST = Lazy(r"\b(?:how (?:big|large|much bigger|much larger)) (?:is|was|are|were) (?:[\w'-]+ ){1,4}?"
                   r"(?:vs\.?|versus|compared (?:to|with)|relative to|against)\b")


def _a_size_set_against(intent: Intent, metric: MetricRow) -> bool:
    return metric.measure == "ratio" and bool(SET_AGAINST.search(intent.normalized))


# Words that ask how many people a poll asked, which no share of them says.
POLLED = Lazy(r"\b(?:polled|surveyed|asked|interviewed|questioned|respondents|sample|took part|participants)\b"
              r"|\bdid (?:the )?\w+(?: \w+)?(?: center| centre)? (?:survey|poll|ask|interview|question)\b"
              # ... or a number of people in thousands or millions, which no share is
              r"|\bin (?:millions|thousands)\b|\bhow many (?:million|thousand)\b")


def _a_poll_share_by_count(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """"How many were negative?" of a poll: its people are counted only as a share of
    those asked; how many it asked is another figure."""
    return intent.measures == {"count"} and metric.measure == "share" and facts.covers(metric.subjects, ("opinion",)) \
        and not POLLED.search(intent.normalized)


# Those polled who say no: "disagreed that backing Russia served China", "opposed", "do
# not think".  A poll's share of those who say yes is no figure of them.
DISSENT = Lazy(r"\b(?:disagree\w*|disapprov\w*|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|"
               r"(?:do|does|did)(?:n't| not) (?:think|believe|agree|support|back|see)|against (?:it|that|backing|supporting))\b")
_SAYS_NO = Lazy(r"\b(?:negative\w*|unfavou?rabl\w*|oppos\w*|against|disagree\w*)\b|(?<!not )\bwrong\b", re.I)


def _dissent_fits(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """"What share disagreed that …": a poll's share of those who said no, not of those
    who said yes (a metric whose name says no leaning against)."""
    return not DISSENT.search(intent.normalized) or not facts.covers(metric.subjects, ("opinion",)) \
        or bool(_SAYS_NO.search(metric.name))


_NOT_WORD = Lazy(r"\b(?:not|never|no longer)\s+(\w+)")
# A word a figure's name leaves out: "countries other than China", "excluding oil".
_LEFT_OUT_WORD = Lazy(r"\b(?:other than|excluding|except|apart from|besides|without)\s+(\w+)")


def _a_plain_word(word: str) -> bool:
    """A word a denial says something of ("wrong"), not a function word or a name's piece
    ("not the 2014 deal", "Su-27s, not Su-35s")."""
    return word.isalpha() and len(word) > 3 and word not in STOPWORDS


def _negation_unmet(intent: Intent, metric: MetricRow) -> tuple[str, str] | None:
    """(the word, how the metric has it) when the question and the metric's name say a word
    one plainly, the other denied: "said Russia's actions were wrong" is not the share who
    said they are "not wrong", nor the other way round; None when they agree."""
    if YES_NO.match(intent.normalized):
        return None  # "did most think it was wrong?": a figure of either side bears on it
    name = metric.name.lower()
    denied = {m.group(1) for m in _NOT_WORD.finditer(name) if _a_plain_word(m.group(1))}
    asked_denied = {m.group(1) for m in _NOT_WORD.finditer(intent.normalized.replace("n't", " not"))
                    if _a_plain_word(m.group(1))}
    for word in denied - asked_denied:
        if re.search(rf"\b{re.escape(word)}\b", intent.normalized):
            return word, f"not {word}"
    for word in asked_denied - denied:
        if re.search(rf"\b{re.escape(word)}\b", name):
            return f"not {word}", word
    return None


def _a_value_by_its_unit(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """"The SIPRI value of arms imports": a figure whose unit is itself called a value
    (SIPRI's trend-indicator values) is the value asked for, when no word asks for money."""
    if not intent.measure_words or not all("value" in w for w in intent.measure_words):
        return False
    if any(w.split()[0] in ("dollar", "money", "usd") for w in intent.measure_words):
        return False
    return any(metric.unit in units and "value" in facts.unit_words.get(unit, "")
               for unit, units in facts.unit_names.items())


def _open_end(intent: Intent, metric: MetricRow) -> str | None:
    """The party the question names at an end of a flow that the metric leaves open and
    is not about: "arms imports from Russia" against China's imports from all suppliers."""
    for asked, held in zip(intent.flow, metric.flow):
        if asked and held is None and asked not in metric.parties:
            return asked
    return None


# Words that ask for a country's flow with every partner: "Russia's total oil exports" (and
# not "total imports from Russia", which names the partner).
# Money a seller takes in ("Gazprom's revenue from China", "how much does Russia earn"), which
# a cost, a loan or a price paid by a buyer is not; sales or exports by value are.
EARNINGS_ASKED = Lazy(r"\b(?:revenues?|earn|earns|earned|earning|earnings|income|profits?|proceeds|takings)\b")
EARNED = Lazy(r"\b(?:revenues?|earn\w*|income|profits?|proceeds|exports?|sales|sold|value)\b")
PEOPLE_COUNTED = Lazy(r"\b(?:students|tourists|tourist visits|visitors|visits|arrivals|trips)\b")
SHARE_WORDS = Lazy(r"\b(?:share|shares|percent|percentage|proportion|fraction|portion|%)|%")
PEOPLE_MOVED = frozenset({"students", "visits", "tourists", "visitors", "people"})
ALL_PARTNERS = Lazy(r"\b(?:total|overall|worldwide|global|all)\b")
# How two voted against each other: alike ("the same way", "together") or apart ("against
# each other", "opposing votes"); a figure of the one way is no answer for the other.
VOTED_ALIKE = Lazy(r"\b(?:the same way|same way|alike|together|in agreement|in line|identically|in unison|agree\w*|coincid\w*)\b",
                   re.IGNORECASE)
VOTED_APART = Lazy(r"\b(?:against each other|against one another|opposing|opposite(?: ways?| sides)?|oppos\w+ ways|differently|"
                   r"split|diverg\w*|disagree\w*)\b", re.IGNORECASE)
VOTE_ASKED = Lazy(r"\bvot\w*")


def _vote_way_swapped(intent: Intent, metric: MetricRow) -> bool:
    """Whether the question asks votes cast one way (alike or apart) and the metric counts the other."""
    alike, apart = bool(VOTED_ALIKE.search(intent.normalized)), bool(VOTED_APART.search(intent.normalized))
    if alike == apart or metric.measure == "share" or not VOTE_ASKED.search(intent.normalized):
        return False  # (a share of votes alike gives the share apart, worked out as the rest)
    held_alike, held_apart = bool(VOTED_ALIKE.search(metric.name)), bool(VOTED_APART.search(metric.name))
    return alike and held_apart and not held_alike or apart and held_alike and not held_apart


# Every partner named as such: "from all countries", "from all suppliers", "worldwide".
EVERY_PARTNER = Lazy(r"\b(?:from|to|with) (?:all|every) (?:\w+ )?(?:countries|country|suppliers?|sources|origins|partners?|buyers?|"
                     r"destinations?|nations?)\b|\bfrom (?:everywhere|around the world|the (?:whole )?world)\b|\bworldwide\b")
PARTNER_NAMED = Lazy(r"\b(?:from|to|into|with|by) (?:the )?(?:russia|china|prc|russian federation|moscow|beijing|the kremlin)\b")


def _people_total_asked(intent: Intent) -> bool:
    """"Total students in Russia", "all tourist visits": a number of people or their
    visits in all, which no share of them is."""
    return intent.aggregate == "total" and bool(PEOPLE_COUNTED.search(intent.normalized)) \
        and not SHARE_WORDS.search(intent.normalized)


def _all_partners_asked(intent: Intent, metric: MetricRow, facts: Facts | None = None) -> bool:
    """"Russia's total oil exports", naming one of the two countries (or a firm of one,
    "Gazprom's total gas exports") and a total: its exports to everyone, which a figure of
    its exports to China is a part of."""
    named = [p for p in intent.parties if p in ("china", "russia")]
    if not named and facts is not None and not intent.parties:
        named = sorted({side for name, side in facts.firms.items() if re.search(rf"\b{re.escape(name)}\b", intent.normalized)})
    # ("all master's students in Russia", "total tourists to China": people from everywhere,
    # of whom those from the other country are a part)
    if not (len(named) == 1 and all(metric.flow) and not intent.whole and ALL_PARTNERS.search(intent.normalized)):
        return False
    if metric.unit in PEOPLE_MOVED:  # (where they go is named, "to Russia"; where from is not)
        return named == [metric.flow[1]]
    return bool(EXPORTS.search(intent.normalized) or IMPORTS.search(intent.normalized)) \
        and not PARTNER_NAMED.search(intent.normalized)


# A route asked for: "crude shipped by rail", "seaborne", "by pipeline".
ROUTE_ASKED = Lazy(r"\bby (?:rail|railway|train|pipeline|sea|tanker|tankers|ship|ships|road|truck)\b|\bseaborne\b|"
                   r"\bvia (?:rail|pipeline|sea)\b|\b(?:rail|pipeline|seaborne|maritime) (?:crude|oil) (?:exports?|imports?|shipments?|deliveries)\b")
# A figure of a country's dealings with everyone but the other ("other than China"), and the
# words of a question that asks for such a figure ("third countries", "excluding China").
# A deal asked as the thing a figure is of: "how much was the 2019 gas deal worth?", "the 2014
# oil deal - how much was that?"; not one that only dates or frames it ("gas under the 2014
# deal", "trade after the agreement").
DEAL_NOUN = Lazy(r"\b(deal|contract|pact)s?\b")
FRAMING_WORDS = frozenset({"under", "after", "since", "before", "by", "through", "following", "per", "via", "within",
                           "from", "until", "till", "despite", "to", "into"})
# Words of a figure that is a deal's: its terms, its value, what it sells or lends.
OF_A_DEAL = Lazy(r"\b(?:deal|contract|agree|accord|pact|memorand|ipo|purchas|acqui|bought|stake|loan|lend|sale|sold|"
                 r"order|signed|treaty|swap|financ|fund|invest|prepay|terms?)\w*", re.I)


def deal_asked(normalized: str) -> bool:
    """Whether the question asks a figure of a deal, named as the thing it is of: the deal's
    noun with no word before its phrase that only frames it in time or by its terms."""
    for found in DEAL_NOUN.finditer(normalized):
        if re.search(r"\b(?:big|bigger|great|good|huge|real|large) (?:a )?$", normalized[:found.start()]):
            continue  # "how big a deal is the yuan?": no deal
        before = normalized[:found.start()].split()[-6:]
        # (back over the deal's own words to the one before its article: "under the 2014 gas deal")
        for word in reversed(before):
            if word in FRAMING_WORDS:
                break
            if word in ("the", "that", "this", "a", "an", "its", "their", "his", "her"):
                continue
            if word in ("of", "was", "is", "were", "worth", "value", "size", "and", "-", "what", "how"):
                return True
        else:
            return True
    return False


def _doer_reason(intent: Intent, metric: MetricRow, facts: Facts) -> str:
    act, asked, held = other_doer(intent.normalized, f"{metric.name}. {metric.description or ''}", facts.doers)
    names = lambda sides: " or ".join(facts.party_names.get(s, s) for s in sides.split("/"))
    done = {"buy": "bought", "sell": "sold", "pay": "paid or lent", "say": "said"}
    if not held:
        return f"{metric.name} is of what {names(asked)}'s side {done[OPPOSITE[act]]}, and the question has it {done[act]}"
    return f"{metric.name} is of what {names(held)}'s side {done[act]}, not {names(asked)}'s side"


def _of_a_deal(metric: MetricRow) -> bool:
    return bool(OF_A_DEAL.search(f"{metric.name} {metric.description or ''}"))


LEAVES_OUT = Lazy(r"\b(?:other than|excluding|except|not) (?:china|russia)\b|\bthird countr", re.I)
LEFT_OUT_ASKED = Lazy(r"\b(?:other than|excluding|except|besides|apart from|not with|outside|beyond) (?:the )?"
                      r"(?:china|russia|prc|people's republic|russian federation|beijing|moscow)\b|"
                      r"\bthird[- ]countr|\bother (?:countries|partners|states)\b|\bnon-(?:china|chinese|russia|russian)\b|"
                      r"\binternational currency\b|\bworld(?:wide)?\b|\bglobal(?:ly)?\b")
# A share asked of all of a kind ("as a share of all university students"), which a share of
# a narrower kind ("foreign students") is not.
OF_ALL = Lazy(r"\b(?:share|percent|percentage|proportion|fraction) of all (?:the )?(?:[\w-]+ ){0,2}?([\w-]+s)\b")
NARROWING = ("foreign", "international", "exchange", "overseas", "visiting")


def _narrower_whole(intent: Intent, metric: MetricRow) -> str:
    """The narrower kind a share metric is of ("foreign students"), when the question asks a
    share of all of that kind and does not itself narrow it; else ""."""
    asked = OF_ALL.search(intent.normalized)
    if not asked or metric.measure != "share":
        return ""
    noun = asked.group(1)
    found = re.search(rf"\b({'|'.join(NARROWING)}) (?:[\w-]+ )?{re.escape(noun)}\b", metric.name.lower())
    return found.group(0) if found and found.group(1) not in intent.normalized else ""


# A figure's own words that say it is of goods or money that go between countries.
OF_A_FLOW = Lazy(r"\b(?:export\w*|import\w*|trade|trading partners?|sales?|sold|purchases?|bought|shipments?|shipped|"
                 r"supplie[sd]|supply|deliver\w*|payments?|settle\w*|flows?|transfers?|tourist|students|visits)\b")


def _flow_asked_of_no_flow(intent: Intent, metric: MetricRow) -> bool:
    """"What share of Russia's exports to China was in yuan?": a figure that goes nowhere
    (the yuan's share of trading on Moscow's exchange) is no figure of exports."""
    return all(intent.flow) and not any(metric.flow) \
        and bool(EXPORTS.search(intent.normalized) or IMPORTS.search(intent.normalized)) \
        and not OF_A_FLOW.search(f"{metric.name} {metric.description}".lower())


def _flow_end_fits(intent: Intent, metric: MetricRow) -> bool:
    return not (any(metric.flow) and _open_end(intent, metric))


def _base_fits(intent: Intent, metric: MetricRow) -> bool:
    """A figure relative to a base year (a multiple of the 2020 level) is no change between
    two other periods: "trade in 2025 compared with 2024" is not measured against 2020."""
    if not metric.base:
        return True
    ends = intent.periods
    if len(ends) < 2 and not (ends and ends[0].form == "range" and intent.asked_kind == "change"):
        return True
    # (an open end counts from its other one: "before the pandemic" ends in 2019)
    return any((p.start or p.end).year == int(metric.base) for p in ends if p.start or p.end)


# A figure asked of one of many people or homes ("per capita", "the average household"): held
# only as such ("households' holdings" are of them all).
PER_ONE_OF_MANY = frozenset("capita head person citizen resident inhabitant household family individual consumer".split())


# A question that asks which firm did it: "which refinery", "what company".
FIRM_ASKED = Lazy(r"\b(?:which|what|whose|name the|name of the) (?:[\w-]+ ){0,2}(?:firms?|refiners?|compan(?:y|ies)|refiner(?:y|ies)|"
                  r"producers?|buyers?|sellers?|suppliers?|exporters?|importers?|banks?|bodies|body|organi[sz]ations?)\b")


def _firms_unnamed(intent: Intent, metric: MetricRow, facts: Facts) -> list[str]:
    """The firms a flow metric is of ("Shandong Yulong Petrochemical imports of Russian oil"),
    when the question names none of them nor asks which firm: one firm's oil is not a
    country's."""
    if not any(metric.flow) or metric.measure not in ("volume", "amount") \
            or not (intent.subject_words or intent.parties) or FIRM_ASKED.search(intent.normalized):
        # (a poll's share, "Levada Center", is of the people it asked; "was that?" points to a
        # figure shown; "how many barrels a day does China buy?" names the country, not the firm)
        return []
    name = metric.name.lower()
    held = [firm for firm in facts.firm_names if re.search(rf"\b{re.escape(firm)}\b", name)]
    if not held or any(re.search(rf"\b{re.escape(firm)}\b", intent.normalized) for firm in held):
        return []
    stemmed = " ".join(_stem(w) for w in intent.normalized.split())
    if any(" " in alias and " per " not in alias and re.search(rf"\b{re.escape(alias)}\b", stemmed)
           for alias in facts.all_aliases(metric.id)):
        return []  # "the loans-for-oil deal", "the Shandong refinery": the firm's flow named otherwise
    return [max(held, key=len)]


def _whole_fits(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """A share of Russian oil in China's energy imports is no share of China's oil imports,
    nor one of Russia's imports one of China's exports: the whole a question takes a share
    of must be the metric's whole, or within it, and belong to the same country."""
    held = facts.wholes.get(metric.id)
    if not intent.whole:
        return True
    if metric.base:
        return False  # a level set against its own base year ("the 2019 peak") is a share of no whole asked
    asked_owner = next((g[1:] for g in intent.whole if g[0] == "@"), None)
    if not held:
        # A share of one country's exports or imports ("of Russia's LNG exports") is none of
        # a figure that goes no way and is a share of no whole crr knows (a stake in a project).
        return not (asked_owner and len(asked_owner) == 2 and None in asked_owner and not any(metric.flow))
    held_owner = next((g[1:] for g in held if g[0] == "@"), None)
    if asked_owner and held_owner and asked_owner != held_owner:
        return False  # whose total, going which way
    if asked_owner and not held_owner and len(asked_owner) == 2 and None in asked_owner:
        return False  # a share of Russia's exports is no share of all its trade, both ways
    asked_subjects = [g for g in intent.whole if g[0] != "@"]
    held_subjects = [g for g in held if g[0] != "@"]
    if not asked_subjects or not held_subjects:
        return True
    return all(any(facts.covers(asked, tuple(h)) and facts.covers(h, asked) for h in held_subjects)
               for asked in asked_subjects)


# Who holds the first place is asked: "China's largest oil supplier?", "Russia's biggest gas buyer?"
# (one party named, whose the place is; "is Russia China's largest arms supplier?" names the holder).
HOLDER_ASKED = Lazy(r"\b[\w-]+(?:'s|s') (?:(?:single|very|current|present) )?"
                    r"(?:largest|biggest|top|main|leading|number one|chief|principal|greatest|no\.? ?1)\s+"
                    r"(?:[\w-]+\s+){0,2}?(supplier|buyer|customer|partner|importer|exporter|source|destination|market|"
                    r"lender|investor|creditor|client)s?\b")


def _holder_words(metric: MetricRow) -> str:
    """Whom a rank metric places, by its name: "ranks only among China's Russian oil suppliers"."""
    group = re.split(r"\bamong\b", metric.name, maxsplit=1)
    return f"ranks only among {group[1].strip()}" if len(group) == 2 else "ranks another kind of thing"


def _holder_fits(intent: Intent, metric: MetricRow) -> bool:
    """"China's largest oil supplier?" asks who is first among all of China's oil suppliers: a
    rank among some of them ("among China's Russian oil suppliers") or of another kind of thing
    ("the 2014 deal in the industry's history") is not it.  A rank among the very group asked
    ("China's rank among Russia's trading partners") is."""
    asked = HOLDER_ASKED.search(intent.normalized)
    if asked is None or intent.ranked or len(set(intent.parties)) > 1 or intent.people:
        return True
    if metric.measure != "rank":
        return False  # (a volume supplied is no first place: "Russian oil exports to China")
    if _stem(asked.group(1)) not in {_stem(w) for w in re.findall(r"[a-z]+", metric.name.lower())}:
        return False
    group = re.split(r"\bamong\b", metric.name, maxsplit=1)
    if len(group) < 2:
        return True
    # (the names in the group say which of them: "China's Russian oil suppliers" are not all of
    # China's; "suppliers of high-tech and digital products" are those of "high-tech goods")
    said = {_stem(w) for w in re.findall(r"[a-z]+", intent.normalized)}
    return all(_stem(w.lower()) in said for w in re.findall(r"\b[A-Z][a-z]+", group[1]))


def _ranked_among(metric: MetricRow, facts: Facts) -> str | None:
    """Whose list a rank metric places its thing in: a party ("among Russia's trading
    partners"), "world" for a world rank, or None when its name does not say."""
    return facts.ranked_among.get(metric.id) or ("world" if re.search(r"\bworld\b", metric.name, re.IGNORECASE) else None)


def _part_of(metric: MetricRow, facts: Facts) -> str | None:
    """Whose share a share metric is, by its name ("China's share of ..." -> china;
    "Yuan's share of ..." -> yuan); None when its name does not say."""
    match = re.match(r"([A-Za-z-]+)(?:'s|\u2019s) share\b", metric.name)
    return match.group(1).lower() if match else None


def _part_fits(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    """"Russia's share of China's trade" is no share the yuan has: a share asked of a
    country is a share metric of that country, where the metric's name says whose."""
    if not intent.share_part or metric.measure != "share":
        return True
    part = _part_of(metric, facts)
    return part is None or part == intent.share_part


def _people_fits(intent: Intent, metric: MetricRow, facts: Facts) -> bool:
    # A count of the five military leaders' engagements is no count of Shoigu's with Dong Jun;
    # tourists' visits are no count of Putin's; the people who signed a deal do not change its figures.
    if not intent.people:
        return True
    if metric.people:
        return set(intent.people) == set(metric.people)
    # A poll's views of Russia are none of Putin's.
    return not any((facts.of_people | facts.of_whom) & facts.ancestors(s) for s in metric.subjects)


# The kinds of place a figure may be counted at: "at Russian airports", "in shopping malls".
PLACE_KIND = Lazy(r"\b(airports?|(?:shopping )?malls?|shops?|stores?|supermarkets?|markets?|hotels?|restaurants?|"
             r"railway stations?|stations?|seaports?|ports?|border crossings?|checkpoints?|duty-free shops?)\b")


def _place_kind_unmet(intent: Intent, metric: MetricRow) -> tuple[str, str] | None:
    """(the kind of place asked, the figure's) when the question counts at another kind of
    place than the figure names ("shopping malls" against "Russian airports"); None otherwise."""
    held = {_stem(v) for v in PLACE_KIND.findall(metric.name.lower())}
    if not held:
        return None
    asked = [v for v in PLACE_KIND.findall(intent.normalized) if _stem(v) not in held]
    return (asked[0], ", ".join(PLACE_KIND.findall(metric.name.lower()))) if asked and not any(
        _stem(v) in held for v in PLACE_KIND.findall(intent.normalized)) else None


# A model's code: "Su-27", "S-400", "Tu-22M", "Su-35".
MODEL_CODE = Lazy(r"\b([a-z]{1,3})-?(\d{2,3})([a-rt-z]?)s?\b")


# The makers' letters a model's code starts with ("Su", "S", "Tu", "MiG"), so that "h1 2025" is none.
_MODEL_MAKERS = frozenset({"su", "s", "tu", "mig", "il", "ka", "mi", "yak", "an", "j"})


def _model_codes(text: str) -> set[str]:
    """The models a text names, as "su-27", "s-400", "tu-22m"."""
    return {f"{a}-{n}{b}" for a, n, b in MODEL_CODE.findall(text.lower()) if a in _MODEL_MAKERS}


def _model_unmet(intent: Intent, metric: MetricRow) -> tuple[str, str] | None:
    """(the model asked, the metric's) when the question names a model the metric, which names
    models of its own, does not ("Su-30" against "Su-27 fighters ordered"); None otherwise."""
    held = _model_codes(metric.name)
    if not held:
        return None
    asked = _model_codes(intent.question or intent.normalized)
    unmet = sorted(asked - held)
    return (_as_written(unmet[0]), ", ".join(_as_written(c) for c in sorted(held))) if unmet and not asked & held else None


def _as_written(code: str) -> str:
    """A model's code as it is written: "su-27" -> "Su-27", "tu-22m" -> "Tu-22M"."""
    maker, number = code.split("-", 1)
    return f"{maker.capitalize()}-{number.upper()}"


# What was in fact done, asked ("how much did Yukos actually deliver?"), which a plan, a target
# or an agreed figure does not say.
DONE_ASKED = Lazy(r"\b(?:actually|in (?:reality|practice|the end)|in fact|really)\b(?:\s+[\w-]+){0,2}?\s+"
                  r"(?:deliver\w*|ship\w*|sen[dt]|sold|sell\w*|suppl\w*|add\w*|buil[dt]\w*|export\w*|import\w*|"
                  r"pump\w*|carr\w*|transferr?\w*|hand\w*|pa(?:id|y\w*)|lent|lend\w*|receiv\w*|flow\w*|arriv\w*|reach\w*|"
                  r"went|gone|go(?:es)?|moved?|travell?ed|came|drawn|used|spent)\b"
                  # "how much oil has Russia delivered so far?": what was done by now
                  r"|\b(?:deliver\w*|ship\w*|sent|suppl\w*|export\w*|pump\w*|carri\w*|receiv\w*|reach\w*)\b(?:\s+[\w-]+){0,4}?"
                  r"\s+(?:so far|to date|thus far|by now)\b"
                  r"|\b(?:actual|real|realised|realized)\s+(?:deliveries|shipments|exports|imports|supplies|volumes?|flows?)\b"
                  # goods that came: "how many Su-27s had China received by 2000?"
                  r"|\b(?:received|taken delivery|took delivery|been delivered|were delivered|was delivered|arrived)\b")
A_PLAN = Lazy(r"\b(?:to be|expected|target\w*|planned|plans?|were to|was to|agreed|contracted|ordered|would|eventual\w*)\b", re.I)
# What was sought or bid for, by a figure's name, is no more than what was got ("Rosneft shares
# CNPC sought"; not "the share of its sought stake that CNPC obtained").
SOUGHT = Lazy(r"\b(?:(?<!its )sought|bid for|requested)\b", re.I)


# A deed, plainly, done or being done: "how much gas did Sidanko export to China?", "how many
# barrels a day of Russian oil does China buy?" ...
# (what was bought is what was ordered, "how many Su-27s did China buy?"; what is bought, done)
PAST_DEED = Lazy(r"\b(?:(?:did|does|do|has|have|had)\s+(?:[\w'-]+\s+){1,5}?(?<!\bto )(?:export|send|ship|deliver|supply|sell|pump|carry|"
                 r"transfer|hand over|build|import|get|receive|obtain|raise|earn)"
                 r"|(?:does|do)\s+(?:[\w'-]+\s+){1,5}?(?<!\bto )(?:buy|purchase))\b(?!\s+(?:bans?|controls?|lists?|licen\w*|restrictions?|curbs?|rules?))")
# ... unless the question asks of a plan itself: "how much did Yukos agree to sell?"
PLAN_ASKED = Lazy(r"\b(?:agree\w*|plan\w*|commit\w*|promis\w*|pledg\w*|deals?|contract\w*|agreements?|target\w*|expect\w*|to be|meant|"
                  r"supposed|intend\w*|would|will|was to|were to|eventual\w*|order\w*|design\w*|capacity|propos\w*|announc\w*)\b")


# What a thing built cost to build: "how much did the Power of Siberia pipeline cost?", "the
# bridge's price tag"; a figure of goods that go through it is no such cost.
BUILT_THING = r"(?:pipelines?|bridges?|plants?|railways?|rail lines?|terminals?|refiner(?:y|ies)|tunnels?|reactors?|ports?|stations?)"
BUILD_COST = Lazy(rf"\b{BUILT_THING}\W+(?:[\w-]+ ){{0,3}}?(?:cost|costs|costed|price tag)\b"
                  rf"|\b(?:cost|costs|price tag) (?:of|for) (?:building |constructing )?(?:the |a |an |its |their )?(?:[\w-]+ ){{0,4}}?{BUILT_THING}\b"
                  r"|\b(?:cost|costs|costed|spent|paid) (?:[\w-]+ ){0,3}?to (?:build|construct|lay)\b")
COST_HELD = Lazy(r"\b(?:cost|costs|invest\w*|build|built|construct\w*|price tag|financ\w*|loans?)\b", re.IGNORECASE)


def _deed_asked(text: str) -> bool:
    """Whether a question asks what was done, not what was planned or agreed."""
    return bool(DONE_ASKED.search(text) or PAST_DEED.search(text) and not PLAN_ASKED.search(text))


# The two countries' adjectives before a noun of those who act: "Russian companies", "Chinese banks".
NATIONAL_NOUN = Lazy(r"\b(chinese|russian)\s+(compan\w*|firms?|entit\w*|banks?|businesses|students?|tourists?|visitors?|"
                     r"troops|soldiers?|nationals?|citizens?|workers?|officials?|scientists?|academics?|hackers?|spies|"
                     r"ships?|vessels?|refiners?|buyers?|sellers?|suppliers?|importers?|exporters?|investors?|brands?|"
                     r"consulates?|embass(?:y|ies)|diplomats?|journalists?|ambassadors?|"
                     # those a poll asked: "Russian respondents", "Chinese who say ..."
                     r"respondents?|people|public|adults|who)\b")
# The words for those a poll asked, one noun.
POLLED_NOUNS = frozenset({"respondent", "respondents", "people", "public", "adults", "who"})
OTHER_NATION = {"chinese": "russian", "russian": "chinese"}
OF_A_NATION = Lazy(r"\b([a-z]+) of (china|russia)\b")


def nationality_swapped(question: str, held: str) -> str:
    """The held text's own "<nationality> <noun>" (a metric's name, an event's title), when
    the question gives that noun only the other country's adjective ("42 Russian companies"
    against "Chinese companies added to the Entity List"); "" otherwise."""
    def noun(word: str) -> str:
        return "people" if word in POLLED_NOUNS else _stem(word)

    named = {(n, noun(w)) for n, w in NATIONAL_NOUN.findall(held.lower())}
    if not named:
        return ""
    # ("Bank of China" is a Chinese bank)
    named |= {({"china": "chinese", "russia": "russian"}[c], noun(w)) for w, c in OF_A_NATION.findall(held.lower())}
    written = {(n, noun(w)): w for n, w in NATIONAL_NOUN.findall(question) if w != "who"}
    for (nation, noun), word in sorted(written.items()):
        if (OTHER_NATION[nation], noun) in named and (nation, noun) not in named \
                and (OTHER_NATION[nation], noun) not in written:
            return f"{OTHER_NATION[nation].capitalize()} {word}, not of {nation.capitalize()} {word}"
    return ""


def _nationality_swapped(intent: Intent, metric: MetricRow) -> str:
    return nationality_swapped(intent.normalized, metric.name)


def _names(ids, names: dict[str, str]) -> str:
    ids = list(ids)
    words = [names.get(i, i) for i in ids]
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def counted_together(intent: Intent, metrics: dict[str, MetricRow], facts: Facts) -> list[dict]:
    """The figures set aside because they count several things as one, of which the question
    asks for fewer: named, with what they add up, so that the reader knows what crr holds."""
    return [{"id": m, "figure": "", "name": metrics[m].name, "several": _names(metrics[m].together, {}),
             "asked": _names(together_asked(intent, metrics[m], facts), {})}
            for m, rule in intent.rejected if rule == "together" and m in metrics]


def _flow_words(ends: tuple[str | None, str | None], facts: Facts) -> str:
    source, target = ends
    parts = [f"from {facts.party_names.get(source, source)}" if source else "",
             f"to {facts.party_names.get(target, target)}" if target else ""]
    return " ".join(p for p in parts if p)


RULES: list[Rule] = [
    Rule("party",
         lambda i, m, f: _parties_fit(i, m),
         lambda i, m, f: f"crr holds {m.name} for {_names(m.parties, f.party_names)}, not for "
                         f"{_names([p for p in i.parties if p not in m.parties], f.party_names)}"),
    Rule("unknown_name",
         lambda i, m, f: not i.unknown_names,
         lambda i, m, f: f"crr holds nothing on '{i.unknown_names[0]}', only on others of that name"),
    Rule("counted",
         lambda i, m, f: counted_said(i, m, f),
         lambda i, m, f: f"{m.name} counts {m.unit}, which the question does not ask for"),
    Rule("thing",
         lambda i, m, f: not thing_unsaid(i, m, f),
         lambda i, m, f: f"crr holds no figure for {thing_unsaid(i, m, f)} ({m.name} is not about it)"),
    Rule("subject",
         lambda i, m, f: not subject_missing(i, m, f),
         lambda i, m, f: f"{m.name} is not about '{subject_missing(i, m, f)}'"),
    Rule("flow",
         lambda i, m, f: not opposed(i.flow, m.flow),
         lambda i, m, f: f"{m.name} goes {_flow_words(m.flow, f)}, not {_flow_words(i.flow, f)}"),
    Rule("trade_way",
         lambda i, m, f: not _other_way_of_trade(i, m),
         lambda i, m, f: f"{m.name} is not of {'imports' if IMPORTS.search(i.normalized) else 'exports'} alone, "
                         f"which the question asks of"),
    Rule("no_flow",
         lambda i, m, f: not _flow_asked_of_no_flow(i, m),
         lambda i, m, f: f"{m.name} is no figure of goods that go from one country to another, which the "
                         "question asks about"),
    Rule("route",
         lambda i, m, f: not ("all routes" in (m.description or "") and ROUTE_ASKED.search(i.normalized)),
         lambda i, m, f: f"{m.name} is of every route together, and the question asks for one route alone"),
    Rule("all_of",
         lambda i, m, f: not _narrower_whole(i, m),
         lambda i, m, f: f"{m.name} is a share of {_narrower_whole(i, m)} only, and the question asks "
                         "for a share of all of them"),
    Rule("total_no_share",
         lambda i, m, f: m.measure != "share" or "share" in i.measures or not _people_total_asked(i),
         lambda i, m, f: f"{m.name} is a share, and the question asks for a total of people"),
    Rule("earnings",
         lambda i, m, f: not EARNINGS_ASKED.search(i.normalized) or bool(EARNED.search(f"{m.name} {m.description or ''}".lower())),
         lambda i, m, f: f"{m.name} is no revenue or earnings, which the question asks for"),
    Rule("without",
         lambda i, m, f: not LEAVES_OUT.search(f"{m.name} {m.description or ''}") or LEFT_OUT_ASKED.search(i.normalized),
         lambda i, m, f: f"{m.name} leaves out China–Russia trade itself, which the question does not leave out"),
    Rule("doer",
         lambda i, m, f: other_doer(i.normalized, f"{m.name}. {m.description or ''}", f.doers) is None,
         lambda i, m, f: _doer_reason(i, m, f)),
    Rule("deal",
         lambda i, m, f: not deal_asked(i.normalized) or _of_a_deal(m),
         lambda i, m, f: f"{m.name} is no figure of a deal, and the question asks one of a deal"),
    Rule("flow_end",
         lambda i, m, f: _flow_end_fits(i, m),
         lambda i, m, f: f"{m.name} counts every {'supplier' if m.flow[1] else 'buyer'}, not "
                         f"{f.party_names.get(_open_end(i, m), _open_end(i, m))} alone"),
    Rule("vote_way",
         lambda i, m, f: not _vote_way_swapped(i, m),
         lambda i, m, f: f"{m.name} counts votes cast the other way than the question asks"),
    Rule("every_partner",
         lambda i, m, f: not (EVERY_PARTNER.search(i.normalized) and all(m.flow) and m.measure != "share"),
         lambda i, m, f: f"{m.name} is only what goes {_flow_words(m.flow, f)}, and the question asks the total with "
                         "every partner"),
    Rule("whole_flow",
         lambda i, m, f: not _all_partners_asked(i, m, f),
         lambda i, m, f: f"{m.name} is only what goes {_flow_words(m.flow, f)}, and the question asks for "
                         "the total with every partner"),
    Rule("people",
         lambda i, m, f: _people_fits(i, m, f),
         lambda i, m, f: f"{m.name} is not about {_names(i.people, f.person_names)}"),
    Rule("currency",
         lambda i, m, f: i.currency is None or _currency_fits(i, m, f),
         lambda i, m, f: f"crr holds {m.name} in {m.unit}, not in {f.currency_names.get(i.currency, i.currency)}, "
                         "and does not convert currencies"),
    Rule("unit",
         lambda i, m, f: not i.units or any(m.unit in f.unit_names.get(u, ()) for u in i.units),
         lambda i, m, f: f"crr holds {m.name} in {m.unit}, not in "
                         f"{' or '.join(f.unit_words.get(u, u) for u in i.units)}, and does not convert units"),
    Rule("polled",
         # "what share of Russians agreed?": what people told a poll, which no other share is
         lambda i, m, f: not POLL_ASKED.search(i.normalized) or f.covers(m.subjects, ("opinion",)),
         lambda i, m, f: f"{m.name} is no poll, and the question asks what people said"),
    Rule("dissent",
         lambda i, m, f: _dissent_fits(i, m, f),
         lambda i, m, f: f"{m.name} counts those who said yes, and the question asks for those who said no"),
    Rule("negated",
         lambda i, m, f: _negation_unmet(i, m) is None,
         lambda i, m, f: f"{m.name} says “{_negation_unmet(i, m)[1]}”, and the question asks "
                         f"“{_negation_unmet(i, m)[0]}”"),
    Rule("whole",
         lambda i, m, f: _whole_fits(i, m, f),
         lambda i, m, f: f"{m.name} is a share of {_whole_words(f.wholes.get(m.id, ()), f)}, "
                         f"not of {_whole_words(i.whole, f)}"),
    Rule("part",
         lambda i, m, f: _part_fits(i, m, f),
         lambda i, m, f: f"{m.name} is the share of {_part_of(m, f)}, not {f.party_names.get(i.share_part, i.share_part)}'s"),
    Rule("rank",
         lambda i, m, f: not i.among or m.measure != "rank" or _ranked_among(m, f) in (None, i.among),
         lambda i, m, f: (f"{m.name} is a place in the world, not among {f.party_names.get(i.among, i.among)}'s "
                          "partners or neighbours" if _ranked_among(m, f) == "world" else
                          f"{m.name} is a place among {f.party_names.get(_ranked_among(m, f), 'another country')}'s "
                          f"partners, not among {f.party_names.get(i.among, i.among)}'s")),
    Rule("whole_place",
         lambda i, m, f: not i.whole_place or f.whole_places.get(m.id) in (None, i.whole_place),
         lambda i, m, f: f"{m.name} is a share of a whole in {f.party_names.get(f.whole_places.get(m.id), '')}, "
                         f"not in {f.party_names.get(i.whole_place, i.whole_place)}"),
    Rule("owner",
         lambda i, m, f: not i.owner or f.owners.get(m.id) in (None, i.owner),
         lambda i, m, f: f"{m.name} is {f.party_names.get(f.owners.get(m.id), '')}'s stake or money put in, "
                         f"not {f.party_names.get(i.owner, i.owner)}'s"),
    Rule("holder",
         lambda i, m, f: _holder_fits(i, m),
         lambda i, m, f: (f"{m.name} {_holder_words(m)}, and the question asks who comes first among all"
                          if m.measure == "rank" else
                          f"{m.name} is {_a(m.measure)}, and the question asks who comes first")),
    Rule("ranked",
         lambda i, m, f: not i.ranked or m.measure != "rank" or f.ranked_of.get(m.id) in (None, i.ranked),
         lambda i, m, f: f"{m.name} is no rank of {f.party_names.get(i.ranked, i.spelled.get(i.ranked, i.ranked))}"),
    Rule("measure",
         lambda i, m, f: _measure_fits(i, m, f),
         lambda i, m, f: f"{m.name} is {_a(m.measure)}, and the question asks for "
                         f"{' or '.join(_a(x) for x in sorted(i.measures))}"),
    # "Treaties since 2000", "border agreements in the 1990s": a span of years and the acts
    # of it, with no other word, ask for the acts, not a treaty's term or the border's rank.
    Rule("length_unasked",
         lambda i, m, f: m.measure not in ("duration", "length") or not _only_a_span_of_acts(i),
         lambda i, m, f: f"{m.name} is {_a(m.measure)}, and the question asks for no length, over a span of years"),
    Rule("act_unheld",
         lambda i, m, f: not _only_a_span_of_acts(i) or all(
             any(a in f.ancestors(h) for a in group for h in m.subjects)
             # (its own word for it: "voting agreement" is the UN votes' share cast alike)
             or all(w in f.words_of(m.id) or w.rstrip("s") in f.words_of(m.id) for w in words.split())
             for words, group in zip(i.subject_words, i.subjects) if set(group) & LISTED_ACTS),
         lambda i, m, f: f"{m.name} is not about the acts the question lists over a span of years"),
    Rule("length",
         lambda i, m, f: not length_contradicted(i.normalized, f"{m.name} {m.description}"),
         lambda i, m, f: f"{m.name} is of something that ran for another length of time than the question gives"),
    Rule("alone",
         lambda i, m, f: not_one_of_several(i, m),
         lambda i, m, f: f"{m.name} is a figure of several together, and the question asks for one of them alone"),
    Rule("together",
         lambda i, m, f: not m.together or len(together_asked(i, m, f)) == len(m.together),
         lambda i, m, f: f"{m.name} counts {_names(m.together, {})} together, and the question asks for "
                         f"{_names(together_asked(i, m, f), {})} alone"),
    Rule("apart",
         lambda i, m, f: not m.together or not (i.subjects or i.currency) or not SPLIT_ASKED.search(i.normalized),
         lambda i, m, f: f"{m.name} counts {_names(m.together, {})} together, and the question asks for "
                         "each of them apart"),
    Rule("extreme_of_a_span",
         lambda i, m, f: not (EXTREME_NAMED.match(m.name) and i.periods and all(p.form == "point" for p in i.periods)
                              and not EXTREME_ASKED.search(i.normalized)),
         lambda i, m, f: f"{m.name} is the end of a range over a span of years, not the figure of the year asked"),
    Rule("share_sum",
         lambda i, m, f: not (m.measure == "share" and not m.together and SUM_ASKED.search(i.normalized)),
         lambda i, m, f: f"{m.name} is a share, and the question asks a sum of shares, which do not add up "
                         "(each is of its own whole)"),
    Rule("rate_total",
         lambda i, m, f: not (i.aggregate == "total" and m.measure == "rate"),
         lambda i, m, f: f"{m.name} is a rate (how often a year), and the question asks for a total"),
    Rule("multiple",
         lambda i, m, f: _multiple_fits(i, m),
         lambda i, m, f: f"{m.name} is a multiple of one figure in another, and the question asks for a level"),
    Rule("base",
         lambda i, m, f: _base_fits(i, m),
         lambda i, m, f: f"{m.name} compares each year with {m.base}, and the question compares "
                         "two other periods"),
    Rule("excluded",
         # (a figure whose name denies the word is of those who deny it: "not wrong"; one that
         # leaves it out too is of the rest: "trade with countries other than China"; a word
         # of its description alone says what it is beside, "not the S-400 — how many Su-35s?",
         # when the thing is set aside before the question; a kind turned down beside the one
         # asked is what the description may count in: "bilateral (not multilateral) meetings")
         lambda i, m, f: not i.excluded or not (set(i.excluded) & (f.name_words if i.after_except else f.words_of)(m.id)
                                                - {d.group(1) for d in _NOT_WORD.finditer(m.name.lower())}
                                                - {d.group(1) for d in _LEFT_OUT_WORD.finditer(m.name.lower())}),
         lambda i, m, f: f"the question leaves out {', '.join(i.excluded)}, which {m.name} is about"),
    Rule("not_for",
         lambda i, m, f: not _names_not_for(i, m),
         lambda i, m, f: f"the question asks for {' or '.join(repr(w) for w in _not_for_named(i, m))}, "
                         f"which {m.name} is not"),
    Rule("only_with",
         lambda i, m, f: not m.only_with or _any_word_start(m.only_with).search(i.normalized) is not None,
         lambda i, m, f: f"{m.name} is a figure relative to another, asked for with words such as "
                         f"{' or '.join(repr(w) for w in m.only_with[:2])}, which the question does not use"),
    Rule("venue",
         lambda i, m, f: not i.venue or m.unit not in OCCURRENCES or i.venue == m.flow[1]
         or f.party_names.get(i.venue, i.venue).lower() in m.name.lower(),
         lambda i, m, f: f"{m.name} counts them wherever they took place, not only in "
                         f"{f.party_names.get(i.venue, i.venue)}"),
    Rule("per_time",
         lambda i, m, f: not i.per_time or (f"per {i.per_time}" if i.per_time in PER_ONE_OF_MANY else i.per_time.rstrip("i"))
         in f"{m.unit} {m.name}".lower()
         or i.per_time == "year" and not re.search(r"\bper (?:day|week|month)\b", m.unit),
         lambda i, m, f: f"{m.name} is not held per {i.per_time.replace('dai', 'day')}, and crr does not "
                         + ("add up a rate over a year" if i.per_time == "year" else
                            "divide a figure into parts of its time" if i.per_time in ("month", "week", "dai", "day", "quarter")
                            else "hold population figures to divide it by")),
    Rule("place_kind",
         lambda i, m, f: not _place_kind_unmet(i, m),
         lambda i, m, f: f"crr holds {m.name}, a figure of {_place_kind_unmet(i, m)[1]}, not of {_place_kind_unmet(i, m)[0]}"),
    Rule("model",
         lambda i, m, f: not _model_unmet(i, m),
         lambda i, m, f: f"crr holds {m.name}, a figure of the {_model_unmet(i, m)[1]}, not of the {_model_unmet(i, m)[0]}"),
    Rule("done",
         lambda i, m, f: not (_deed_asked(i.normalized)
                              and (A_PLAN.search(f"{m.name}. {m.description}") or SOUGHT.search(m.name))),
         lambda i, m, f: f"crr holds {m.name}, what was ordered, planned or agreed, not what was actually done"),
    Rule("build_cost",
         lambda i, m, f: not BUILD_COST.search(i.normalized) or bool(COST_HELD.search(f"{m.name}. {m.description}")),
         lambda i, m, f: f"{m.name} is not what a thing built cost, and the question asks that cost"),
    Rule("nationality",
         lambda i, m, f: not _nationality_swapped(i, m),
         lambda i, m, f: f"crr holds {m.name}, a figure of {_nationality_swapped(i, m)}"),
    Rule("counted_thing",
         lambda i, m, f: not other_thing_counted(i, m, f),
         lambda i, m, f: f"{m.name} counts {m.unit}, not '{other_thing_counted(i, m, f)}'"),
    Rule("one_firm",
         lambda i, m, f: not _firms_unnamed(i, m, f),
         lambda i, m, f: f"{m.name} is what {' and '.join(_firms_unnamed(i, m, f))} alone sent or bought, and the "
                         "question names no firm"),
    Rule("basis",
         lambda i, m, f: not i.basis,
         lambda i, m, f: f"crr holds {m.name} as its source gives it, not {i.basis}, and does not adjust figures"),
    Rule("words",
         lambda i, m, f: _placed(i, m, f),
         lambda i, m, f: f"crr could not place {', '.join(repr(w) for w in unplaced(i, m, f))} in any figure it "
                         f"holds (the nearest is {m.name})"),
    Rule("part_of_count",
         lambda i, m, f: not part_unheld(i, m, f),
         lambda i, m, f: f"crr holds {m.name} only in all, with no count of those the question names "
                         f"({' '.join(part_unheld(i, m, f))})"),
]

# What each rule reads of the question: a reading that binds none of it ("trade in 2024"
# names no currency, unit or people) passes the rule whatever the metric, so the rule
# is not tried on each candidate (rules_for).  A rule not named here is always tried.
ASKS: dict[str, Callable[[Intent], bool]] = {
    "party": lambda i: bool(i.parties),
    "part_of_count": lambda i: "how many" in i.normalized,
    "subject": lambda i: bool(i.subject_words) and bool(i.subjects),
    "thing": lambda i: bool(i.subject_words),
    "counted": lambda i: asks_counted(i),
    "counted_thing": lambda i: "count" in i.measures or counts_by_extreme(i),
    "unknown_name": lambda i: bool(i.unknown_names),
    "flow": lambda i: any(i.flow),
    "flow_end": lambda i: any(i.flow),
    "no_flow": lambda i: all(i.flow),
    "route": lambda i: bool(ROUTE_ASKED.search(i.normalized)),
    "apart": lambda i: (bool(i.subjects) or i.currency is not None) and bool(SPLIT_ASKED.search(i.normalized)),
    "all_of": lambda i: "share" in i.measures,
    "total_no_share": lambda i: i.aggregate == "total",
    "whole_flow": lambda i: bool(i.parties) or bool(ALL_PARTNERS.search(i.normalized)),
    "every_partner": lambda i: bool(EVERY_PARTNER.search(i.normalized)),
    "vote_way": lambda i: bool(VOTE_ASKED.search(i.normalized)),
    "people": lambda i: bool(i.people),
    "deal": lambda i: deal_asked(i.normalized),
    "doer": lambda i: asks_an_act(i.normalized),
    "currency": lambda i: i.currency is not None,
    "unit": lambda i: bool(i.units),
    "whole": lambda i: bool(i.whole),
    "dissent": lambda i: bool(DISSENT.search(i.normalized)),
    "part": lambda i: bool(i.share_part),
    "rank": lambda i: bool(i.among),
    "nationality": lambda i: bool(NATIONAL_NOUN.search(i.normalized)),
    "done": lambda i: _deed_asked(i.normalized),
    "build_cost": lambda i: bool(BUILD_COST.search(i.normalized)),
    "model": lambda i: bool(MODEL_CODE.search(i.normalized)),
    "place_kind": lambda i: bool(PLACE_KIND.search(i.normalized)),
    "ranked": lambda i: bool(i.ranked),
    "whole_place": lambda i: bool(i.whole_place),
    "per_time": lambda i: bool(i.per_time),
    "basis": lambda i: bool(i.basis),
    "venue": lambda i: bool(i.venue),
    "owner": lambda i: bool(i.owner),
    "measure": lambda i: bool(i.measures),
    "together": lambda i: bool(i.subjects) or i.currency is not None,
    "excluded": lambda i: bool(i.excluded),
    "words": lambda i: bool(i.content),
    "rate_total": lambda i: i.aggregate == "total",
}


def rules_for(intent: Intent) -> list[Rule]:
    """The rules a metric may break for this reading, in their order."""
    return [rule for rule in RULES if rule.name not in ASKS or ASKS[rule.name](intent)]


MEASURE_WORDS = {"amount": "an amount of money", "volume": "a volume", "share": "a share (percent)",
                 "count": "a count", "rank": "a rank", "capacity": "a capacity", "duration": "a length of time",
                 "length": "a length", "growth": "a rate of change", "ratio": "a multiple",
                 "rate": "a rate (how often a year)", "price": "a price per unit", "age": "an age"}


def _whole_words(whole, facts: Facts) -> str:
    """A share's whole in words: ("oil",), ("@", "china", None) -> "China's oil exports"."""
    what = " and ".join(g[0] for g in whole if g[0] != "@" and g != ("trade",))
    owner = next((g[1:] for g in whole if g[0] == "@"), None)
    if not owner:
        return f"{what} trade" if what else "that total"
    names = [facts.party_names.get(p, p) if p else None for p in owner]
    what = f"{what} " if what else ""
    if len(names) != 2:
        return f"{' and '.join(n for n in names if n)}'s {what}trade"
    source, target = names
    if source and target:
        return f"{source}'s {what}exports to {target}"
    return f"{source}'s {what}exports" if source else f"{target}'s {what}imports"


def broken(intent: Intent, metric: MetricRow, facts: Facts, rules: list[Rule] | None = None) -> int:
    """How many rules the metric breaks for this reading: the nearest misses break fewest.
    Of `rules`, when rules_for has already set aside those the reading gives nothing to check."""
    return sum(1 for rule in (RULES if rules is None else rules) if not rule.fits(intent, metric, facts))


def _a(measure: str) -> str:
    return MEASURE_WORDS.get(measure, measure)


# What people do that the timeline dates one by one (meetings, visits, treaties, calls).
LISTED_ACTS = frozenset({"meetings", "treaties", "leader_visits", "calls"})


def _only_a_span_of_acts(intent) -> bool:
    """A span of years with subjects and no other word: no measure, unit, number or
    word left over ("treaties since 2000", "border agreements in the 1990s")."""
    return any(p.form in ("range", "since", "before") for p in intent.periods) \
        and not (intent.measures or intent.units or intent.numbers or intent.content) \
        and any(set(group) & LISTED_ACTS for group in intent.subjects)


def misfit(intent: Intent, metric: MetricRow, facts: Facts, rules: list[Rule] | None = None) -> Rule | None:
    """The first rule the metric breaks for this reading, or None when it fits; of
    `rules`, when rules_for has already set aside those the reading gives nothing to check."""
    for rule in RULES if rules is None else rules:
        if not rule.fits(intent, metric, facts):
            return rule
    return None


def reading_reason(rule: str, intent: Intent, nearest: MetricRow, facts: Facts) -> str:
    """Why crr holds no figure for the question, when no candidate passes `rule`."""
    if rule == "party" and intent.others:
        return f"crr holds no figure on this for {_names(intent.others, facts.party_names)}"
    if rule == "party" and intent.subject_words:
        return f"crr holds no figure for '{intent.as_written(intent.subject_words[0])}' {_flow_words(intent.flow, facts)}".rstrip()
    if rule == "subject":
        missing = next((w for w, a in zip(intent.subject_words, intent.subjects)
                        if not facts.covers(nearest.subjects, a)), intent.subject_words[0] if intent.subject_words else "")
        if not missing:  # (no subject named: the words it could not place)
            words = ", ".join(repr(intent.as_written(w)) for w in intent.content[:3])
            return f"crr holds no figure for {words}" if words else "crr holds no figure that fits these words"
        return f"crr holds no figure for '{intent.as_written(missing)}'"
    if rule == "flow" and intent.subject_words:
        return f"crr holds no figure for '{intent.as_written(intent.subject_words[0])}' {_flow_words(intent.flow, facts)}"
    if rule == "flow":
        return (f"crr holds no figure for this flow ({_flow_words(intent.flow, facts)}); "
                f"what it holds goes the other way")
    if rule == "people":
        return f"crr holds no figure about {_names(intent.people, facts.person_names)} for this"
    if rule == "whole" and intent.measures and "share" not in intent.measures:
        # ("how long did it take to reach 40% of Russia's imports?": a length asked, the share its level)
        asked = " or ".join(_a(m) for m in sorted(intent.measures))
        return f"crr holds no figure that is {asked} for this"
    if rule == "whole":
        return (f"crr holds no share of {_whole_words(intent.whole, facts)}; "
                f"the shares it holds are of other totals")
    if rule == "measure" and len(intent.measures) > 4:
        # (a follow-up's new subject, asked as the figure before it: all but that one measure)
        return f"crr holds only {_a(nearest.measure)} for this, not a figure of the kind just shown"
    if rule == "measure":
        asked = " or ".join(_a(m) for m in sorted(intent.measures))
        return f"crr holds no figure that is {asked} for this, only {_a(nearest.measure)}"
    if rule == "not_for":
        words = _not_for_named(intent, nearest)
        return "crr holds no figure for " + " or ".join(f"'{w}'" for w in words)
    for candidate in RULES:
        if candidate.name == rule:
            return candidate.reason(intent, nearest, facts)
    return "crr holds no figure for this"
