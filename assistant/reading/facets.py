"""Facets that depend on word order: which way a flow goes, whose statistics,
a currency asked for, and two things asked at once.

Each works on the question's lexicon words with every party name replaced by
its id ("how much oil did @china buy from @russia"), so one pattern serves
China, Russia, Beijing, the Kremlin or India alike.
"""

from __future__ import annotations

import re

from .lexicon import Found, phrase_key
from .words import Lazy

_P = r"@([a-z_]+)"
_W = r"(?:[^ ]+ )"  # any one word
_N = r"(?:[^@ ][^ ]* )"  # any one word that names no party
_SELL = r"(?:export|sell|sold|sale|ship|shipment|suppli(?!er)|supply|send|sent|deliver|deliveri|provid|transfer|flow|pump)"
_VIEW = r"(?:view|opinion|attitude|perception|perceive|see|saw|seen|think|thought|feel|felt|regard|rate|support|favour|favor|unfavour|unfavor|respondent|polled|surveyed)"
_BUY = r"(?:import|buy|bought|purchas|receiv|get|got|take|took|acquir|spen|order(?! to)|procur)"
# Money received: its giver buys from its receiver.
_MONEY = r"(?:money|revenue|income|earning|cash|dollar|paid|payment)"
_EARN = r"(?:get|gets|got|gotten|getting|receiv|earn|make|makes|made|making|rake)"
_DEPEND = r"(?:depend|relian|rely|relie|relied)"
# "Russia depends on China", "the dependence of Russia on China": the one depending, then the other.
_DEPENDS = rf"{_P} (?:[^@ ]+ ){{0,2}}?{_DEPEND}[^ ]* (?:on|upon) (?:[^@ ]+ ){{0,2}}?{_P}"
_DEPENDENCE_OF = (rf"{_DEPEND}[^ ]* (?:of|is|are|was|were|has|have|had|did|does) (?:[^@ ]+ )?{_P} (?:[^@ ]+ )?"
                  rf"(?:on|upon) (?:[^@ ]+ ){{0,2}}?{_P}")
_AS_BUYER_AFTER = r"(?= (?:[^@ ]+ ){0,3}?(?:export|sale|sell|market|buyer|customer|client|demand))"
_GO = r"(?:student|studying|study|studie|tourist|visitor|visit|trip|traveller|traveler|worker|migrant|people|citizen|national|holidaymaker|investor|soldier|troop|serviceman|servicemen|contingent|personnel)"


# A trip named by where it goes: "China visit", "Moscow trip".
_TRIPS = frozenset({"visit", "visits", "trip", "trips", "tour", "tours", "journey", "journeys"})

_COUNTED_GOERS = Lazy(rf"\bhow many {_P} {_N}?{_GO}")


def _literals(alternation: str) -> tuple[str, ...]:
    """The words of an alternation ("(?:ship|suppli(?!er))") as plain text: a text that
    the alternation matches in has one of them."""
    return tuple(re.sub(r"\(\?!.*?\)", "", word) for word in alternation[3:-1].split("|"))


# What a pattern below needs in the text to match it, by name: a word of a kind, or a
# preposition before a party.  A pattern whose needs a text lacks is not tried.
_CUES = {"sell": _literals(_SELL), "buy": _literals(_BUY), "go": _literals(_GO), "view": _literals(_VIEW),
         "from": ("from @",), "to": ("to @",), "by": ("by @",),  # "into @" too
         "supplier": ("supplier",), "depend": _literals(_DEPEND), "customer": ("customer", "buyer", "client"), "payment": ("payment",),
         "money": _literals(_MONEY)}

# (pattern, which groups give (from, to), the cues it needs), most specific first.
_FLOWS = [
    (Lazy(rf"\bfrom {_P} {_W}{{0,4}}?(?:to|into) {_P}"), (1, 2), {"from", "to"}),
    # Said the other way round: "Russian LNG imported by China", "Chinese goods sold by Russia".
    (Lazy(rf"{_P} {_N}{{0,3}}?{_BUY}[^ ]* by {_P}"), (1, 2), {"buy", "by"}),
    (Lazy(rf"{_P} {_W}{{0,3}}?{_SELL}[^ ]* {_W}{{0,4}}?(?:to|into) {_P}"), (1, 2), {"sell", "to"}),
    # Money got for goods comes from their buyer: "how much money does Russia get from China
    # for oil", "Russia gets paid by China for its oil" send the oil from the first to the second.
    (Lazy(rf"{_MONEY}[^ ]* (?:[^@ ]+ ){{0,3}}?{_P} {_N}{{0,2}}?{_EARN}[^ ]* (?:[^@ ]+ ){{0,4}}?(?:from|by) {_P}"),
     (1, 2), {"money"}),
    (Lazy(rf"{_P} {_N}{{0,2}}?{_EARN}[^ ]* (?:[^@ ]+ ){{0,1}}?{_MONEY}[^ ]* (?:[^@ ]+ ){{0,4}}?(?:from|by) {_P}"),
     (1, 2), {"money"}),
    (Lazy(rf"{_P} {_W}{{0,3}}?{_BUY}[^ ]* {_W}{{0,4}}?from {_P}"), (2, 1), {"buy", "from"}),
    # The seller named as the goods' maker: "did China buy the most Russian arms", "how much
    # Russian oil did China import" (not "China bought a third of Russia's exports").
    # (not "Russian crude imports into China": the goods of the first, bought by the second)
    (Lazy(rf"{_P} {_N}{{0,2}}?{_BUY}[^ ]* (?!\d|a third|a quarter|half|most of|the bulk)(?:(?!into |to |by )[^@ \d]+ ){{0,3}}?{_P} (?![^ ]*'s)(?!and )"),
     (2, 1), {"buy"}),
    (Lazy(rf"{_P} {_N}{{1,3}}?(?:did|does|do|has|have|had|will|would) {_P} {_N}{{0,2}}?{_BUY}"), (1, 2), {"buy"}),
    # "What share of China's visitors were Russian?": visitors to the first, from the second.
    (Lazy(rf"{_P} (?:[^@ ]+ ){{0,3}}?(?:visitor|arrival|guest)[^ ]* (?:who |that )?(?:were|was|are|is|came from|come from|from) {_P}"),
     (2, 1), {"go"}),
    # "tourists in China who came from Russia": to the first, from the second.
    (Lazy(rf"{_GO}[^ ]* (?:in|to|into|visiting) {_P} (?:who |that )?(?:came|come|were|was|are) from {_P}"), (2, 1), {"go"}),
    (Lazy(rf"{_P} {_N}{{0,3}}?{_GO}[^ ]* {_W}{{0,2}}?(?:in|to|into|visiting|studying in|going to|travelling to|traveling to|at) {_P}"), (1, 2), {"go"}),
    (Lazy(rf"{_P} {_N}{{0,3}}?{_GO}[^ ]* vis[a-z]* {_P}"), (1, 2), {"go"}),  # "Chinese tourists visited Russia"
    (Lazy(rf"{_GO}[^ ]* from {_P} {_W}{{0,2}}?(?:in|to|into|at) {_P}"), (1, 2), {"go", "from"}),
    # Said in shorthand, a flow's verb between its two ends: "China exports Russia 2015",
    # "Russia imports China 2020".
    # "What does China sell Russia?": the question's own words before the first.
    (Lazy(rf"^(?:[^@ ]+ |(?:what|how much|how many) (?:[^@ ]+ )?(?:does|doe|did|do) )?{_P} {_SELL}[^ ]* {_P}(?:$| (?!'s))"),
     (1, 2), {"sell"}),
    (Lazy(rf"^(?:[^@ ]+ |(?:what|how much|how many) (?:[^@ ]+ )?(?:does|doe|did|do) )?{_P} {_BUY}[^ ]* {_P}(?:$| (?!'s))"),
     (2, 1), {"buy"}),
    # Money paid or lent goes from the payer to the payee: "how much did Russia pay China".
    (Lazy(rf"{_P} (?:[^@ ]+ ){{0,2}}?(?:pay|paid|lend|lent|loan|loaned|owe|owed|give|gave|grant|granted) {_P}"),
     (1, 2), set()),
    # "where does Russia rank among China's trading partners": the one ranked, then the one it is ranked for.
    # "Is Russia China's biggest arms supplier?", "Russia remains China's main supplier": the
    # one said to be the supplier supplies the other.
    (Lazy(rf"(?:^|\b(?:is|was|are|were|remains?|remained|became|become|still|now) ){_P} (?:is |was |remains |remained |became |still |now |really ){{0,2}}{_P} {_N}{{0,3}}?supplier"),
     (1, 2), {"supplier"}),
    # "Russia's place as the largest oil supplier to China": the supplier, then whom it supplies.
    # ("is Russia the largest supplier of crude to China?" asks whether it is: no possessive, no flow read here)
    (Lazy(rf"{_P} (?:(?!(?:the|a|an|is|was|are|were|still|now|become|became|remains?) )[^@ ][^ ]* ){{0,3}}?supplier[^ ]* "
          rf"(?:of (?:[^@ ]+ ){{1,3}}?)?(?:to|for) {_P}"), (1, 2), {"supplier"}),
    # "China's Russian oil suppliers": oil from Russia, supplying China.
    (Lazy(rf"{_P} {_P} {_N}{{0,3}}?supplier"), (2, 1), {"supplier"}),
    # Who depends on whom: "how dependent is Russia on China", "China's reliance on Russian
    # arms" ask of goods from the one depended on to the other; as a buyer ("dependent on
    # China as a market", "... for its exports"), the other way.
    (Lazy(rf"{_DEPENDS}{_AS_BUYER_AFTER}"), (1, 2), {"depend"}),
    (Lazy(rf"{_DEPENDENCE_OF}{_AS_BUYER_AFTER}"), (1, 2), {"depend"}),
    (Lazy(_DEPENDS), (2, 1), {"depend"}),
    (Lazy(_DEPENDENCE_OF), (2, 1), {"depend"}),
    # An opinion goes from its holders to what they judge: "Russians with a favourable view of China".
    (Lazy(rf"{_P} {_W}{{0,4}}?{_VIEW}[^ ]* {_W}{{0,2}}?(?:of|on|about|toward|towards)? ?{_P}"), (1, 2), {"view"}),
    # A follow-up that leaves its noun to the question before: "and Russia's in China?" after
    # Chinese students in Russia asks for Russia's (students) in China.
    (Lazy(rf"^(?:and |but |so |what about |how about |now )*{_P} in {_P}$"), (1, 2), set()),
    # "russian oil to china", "visits did russians make to china"; not "according to russia",
    # "receipts at russian airports go to chinese citizens" (who the money goes to).
    (Lazy(rf"(?<![^ ]){_P} (?:(?!according |go |goes |went |going |compared |relative |close |react |reacted |respond |responded |reply |replied |object |objected )[^ ]+ ){{0,2}}?"
          rf"(?:to|into) {_P}\b(?! and)(?! {_GO})(?! (?:citizen|traveller|traveler|national|people|buyer|customer))"),
     (1, 2), {"to"}),
]
_ONE_END = [
    # "payments from China": money goes from it; "payments to Russia", to it.
    (Lazy(rf"\bpayment[^ ]* (?:[^@ ]+ ){{0,2}}?from {_P}"), "from", {"payment", "from"}),
    (Lazy(rf"\bpayment[^ ]* (?:[^@ ]+ ){{0,2}}?to {_P}"), "to", {"payment", "to"}),
    # "LNG imported by China" goes to China; "arms sold by Russia" come from Russia.
    (Lazy(rf"{_BUY}[^ ]* by {_P}"), "to", {"buy", "by"}),
    (Lazy(rf"{_SELL}[^ ]* by {_P}"), "from", {"sell", "by"}),
    # "Russia's arms suppliers" supply Russia; "China's customers" buy from China.
    (Lazy(rf"{_P} {_N}{{0,3}}?supplier"), "to", {"supplier"}),
    (Lazy(rf"{_P} {_N}{{0,3}}?(?:customer|buyer|client)"), "from", {"customer"}),
    (Lazy(rf"{_SELL}[^ ]* {_W}{{0,3}}?(?:to|into) {_P}"), "to", {"sell", "to"}),
    (Lazy(rf"{_BUY}[^ ]* {_W}{{0,3}}?from {_P}"), "from", {"buy", "from"}),
    # ("how many visits were there to Russia": the same)
    (Lazy(rf"{_GO}[^ ]* (?:(?:were |was |are |is )?there )?(?:in|to|into|visiting|visit|at) {_P}"), "to", {"go"}),
    # "visitors from China", "visits that came from China"
    (Lazy(rf"{_GO}[^ ]* (?:(?:that |which |who )?(?:came|come|comes|coming|arriv[^ ]*|originat[^ ]*) )?from {_P}"),
     "from", {"go", "from"}),
    # (Not across another party: "china share russias exports" are Russia's.)
    (Lazy(rf"{_P} {_N}{{0,2}}?{_SELL}"), "from", {"sell"}),
    # (Not "China took 40% of Russia's imports": a share taken, no flow.)
    (Lazy(rf"{_P} {_N}{{0,2}}?{_BUY}(?![^ ]* (?:\d|a third|a quarter|half|most|the bulk))"), "to", {"buy"}),
    (Lazy(rf"{_P} {_N}{{0,3}}?{_GO}"), "from", {"go"}),  # "Chinese share of total tourist visits"
]


def marked(words: list[str], found: list[Found], written: dict[str, str] | None = None) -> str:
    """The words with each party phrase replaced by @id (`written`: each word as the
    question wrote it, where the words are cut)."""
    out, i = [], 0
    parties = {f.start: f for f in found if f.values("party")}
    while i < len(words):
        phrase = parties.get(i)
        if phrase:
            if out and out[-1] == "the":
                out.pop()  # "to the PRC" goes to China as "to China" does
            out.append("@" + phrase.values("party")[0])
            # "Russians in China", "Chinese in Russia": a people named by their country go
            # where the words after say, as "Russian visitors in China" do.
            last, after = words[phrase.end - 1], words[phrase.end:phrase.end + 1]
            last = (written or {}).get(last, last)
            trip = (written or {}).get(after[0], after[0]) if after else ""
            if trip in _TRIPS and not last.endswith(("ese", "ian", "ians", "an", "ans", "'s")) \
                    and not trip.endswith(("ed", "ing")) and phrase.end + 1 not in parties:
                # "Yeltsin's China visit", "a Moscow trip": a trip to the place, not by its people
                # ("Beijing visited Moscow", "China visits Russia": a trip by the one before).
                out[-1:] = [after[0], "to", out[-1]]
                i = phrase.end + 1
                continue
            if last.endswith("ians") or last.endswith("ans") and len(last) > 5 \
                    or last.endswith("ese") and after and after[0] in ("in", "visiting", "visit", "going", "travell",
                                                                        "traveling", "coming", "head", "heading", "flying"):
                out.append("people")
            i = phrase.end
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


# "Chinese tourists in China", "Russian students studying in Russia": people of a country in
# their own country, which no flow between the two countries is; the place said last, so
# that "Russian soldiers in Russia's Vostok exercise" is no such thing.
_AT_HOME = Lazy(rf"{_P} {_N}{{0,3}}?{_GO}[^ ]* (?:{_N}{{0,2}}?(?:in|to|into)|vis[a-z]*) {_P}"
                rf"(?=$| (?:in|for|during|between|since|from|by|as of|@|\d))")


# A party named just after another: the second of a pair ("@russia @china gas supply"), when
# the two differ ("students in Russia, Russians included" names one).
_PAIRED = Lazy(r"@([a-z_]+) $")


def flow(text: str) -> tuple[str | None, str | None]:
    """(from, to) party ids of the flow a marked text asks about, None where unsaid."""
    if "@" not in text:
        return None, None  # every pattern needs a party named
    cues = {cue for cue, words in _CUES.items() if any(map(text.__contains__, words))}
    if "go" in cues and (home := _AT_HOME.search(text)) and home.group(1) == home.group(2):
        return home.group(1), home.group(2)
    # "How many Russian soldiers joined the PLA troops at Chelyabinsk": those counted are
    # whose the flow is, whatever the rest of the question says of the others.
    head = _COUNTED_GOERS.search(text) if "go" in cues and "how many" in text else None
    for pattern, (source, target), needs in _FLOWS:
        match = pattern.search(text) if needs <= cues else None
        if match and match.group(source) != match.group(target):
            if head and head.group(1) != match.group(source):
                return head.group(1), next((p for p in (match.group(target), match.group(source))
                                            if p != head.group(1)), None)
            return match.group(source), match.group(target)
    ends: dict[str, str] = {}
    for pattern, end, needs in _ONE_END:
        if needs <= cues and end not in ends:
            # "the Russia–China gas supply deal": a party of a pair ends no flow by the words after.
            match = next((m for m in pattern.finditer(text) if not (
                m.start() == m.start(1) - 1 and (pair := _PAIRED.search(text, 0, m.start()))
                and pair.group(1) != m.group(1))), None)
            if match:
                ends[end] = match.group(1)
    if ends.get("from") == ends.get("to"):
        # "Russian soldiers at the Chelyabinsk drill": whose they are, not where they went.
        return ends.get("from"), None
    return ends.get("from"), ends.get("to")


def opposed(asked: tuple[str | None, str | None], held: tuple[str | None, str | None]) -> bool:
    """Whether a held flow goes another way than the one asked about."""
    (asked_from, asked_to), (held_from, held_to) = asked, held
    return bool((asked_from and held_from and asked_from != held_from)
                or (asked_to and held_to and asked_to != held_to)
                or (asked_from and asked_from == held_to)
                or (asked_to and asked_to == held_from))


_REPORTER = [
    # Named outright ("as reported by Russia", "according to China's customs") before a
    # country that merely ends the flow ("imports from China as reported by Russia").
    Lazy(rf"\b(?:report(?:ed|s)? by|accord(?:ing)? to) {_P}\b"),
    Lazy(rf"{_P} as (?:the )?reporter\b|\breporter:? {_P}\b"),  # "China as reporter"
    Lazy(rf"\b(?:as|accord(?:ing)? to|report(?:ed)? by|by|in|from|per) {_P}(?: {_W}{{0,1}}?(?:report|figure|data|statistic|stats?\b|customs|count|number|side|version|account)[^ ]*)?\b"),
    Lazy(rf"{_P}(?:-| )(?:itself |themselves )?(?:report(?!edly)|side|record(?= as| for)|(?:say|said)(?= (?:it |they )?(?:import|export|sold|bought|ship|sent|receiv)))[^ ]*\b"),
    Lazy(rf"{_P} own (?:figure|data|statistic|number|count|report|account)[^ ]*\b"),  # "Russia's own figure"
    Lazy(rf"{_P} (?:statistic|stats?\b)[^ ]*\b"),  # "trade 2010 Russian statistics"
    Lazy(rf"{_P} (?:figure|number|data|version|book)s?\b"),  # "and Russia's figure?", "Russian data", "Russia's books"
    Lazy(rf"{_P} (?:customs|official|government|trade) ?(?:data|statistic|figure|number|report)?\b"),
]
_PER_PARTY_LAST = Lazy(r"per @(?:china|russia)\W*$")
_REPORT_WORDS = Lazy(r"\b(?:report|reported|reporter|figure|data|statistic|stats?\b|customs|side|version|account|accord|record|own|say|said|book)"
                     r"|\bper @(?:china|russia)\W*$")  # "trade 2010 per Russia": as Russia gives it


def both_reporters(text: str) -> bool:
    """Whether a question names both countries' own statistics ("the gap between China's and
    Russia's trade figures"), in the text with parties marked."""
    return bool(_BOTH_REPORTERS.search(text)) if _REPORT_WORDS.search(text) else False


def reporter(text: str) -> str | None:
    """The country whose statistics the question asks for: "as China reports it", "Russian customs data"."""
    if not _REPORT_WORDS.search(text):
        return None
    if _BOTH_REPORTERS.search(text):
        return None  # "reported by China and by Russia": each side's, compared
    for pattern in _REPORTER:
        found = {match.group(1) for match in pattern.finditer(text)
                 if match.group(1) in ("china", "russia") and (_REPORT_WORDS.search(match.group(0))
                                                             or _PER_PARTY_LAST.match(text, match.start()))
                 and not text[:match.start(1) - 1].endswith(("@china ", "@russia "))}  # "the Russo-Chinese figure": the pair's
        if found:
            # ("as China reports it and as Russia reports it": each side's, both named apart)
            return found.pop() if len(found) == 1 else None
    return None


# Both sides' statistics asked: "reported by China and by Russia", "China's and Russia's own reports".
_BOTH_REPORTERS = Lazy(r"\bby @(china|russia) (?:and|or|vs\.?|versus) (?:by )?@(?!\1)(?:china|russia)\b"
                       r"|@(china|russia)(?:'s)? and @(?!\2)(?:china|russia)(?:'s)? (?:[^@ ]+ ){0,2}?(?:own )?(?:report|figure|statistic|data|number)"
                       # "China-reported vs Russia-reported", "China's figure and Russia's"
                       r"|@(china|russia) (?:report|figure|statistic|data|number)[^ ]* (?:vs\.?|versus|and|or|against) "
                       r"(?:the )?@(?!\3)(?:china|russia)\b")


def asked_currency(words: list[str], found: list[Found]) -> tuple[str | None, int | None]:
    """A currency the figure is asked in ("in euros"), not one it is about ("the yuan's
    share", "how much yuan households hold"): after "in", "into" or "how many", or a
    currency that is no subject of crr's."""
    loose = None
    for phrase in found:
        currencies = phrase.values("currency")
        if not currencies:
            continue
        before = " ".join(words[max(0, phrase.start - 4):phrase.start])
        if phrase.values("subject") and (
                re.search(r"\b(?:settl\w*|paid|pay\w*|invoic\w*|denominat\w*|conduct\w*)(?: (?:in|into))?$", before)
                # "how much were households holding in yuan": the yuan held, an amount of it asked
                or re.search(r"\b(?:hold\w*|held|kept|keep\w*|pil\w*|put|puts|mov\w*|switch\w*|sav\w*|deposit\w*|"
                             r"invest\w*|convert\w*)(?: (?:in|into))?$", before)
                and re.search(r"\bhow much\b|\bamount\b|\bworth\b", " ".join(words))
                or re.search(r"^(?:savings?|accounts?)\b", " ".join(words[phrase.end:phrase.end + 1]))):
            continue  # "settled in yuan", "yuan savings": what the figure is of, not the unit it is asked in
        # "in euros", "into yuan", "in billions of rubles"; "how many yuan" counts the currency's units;
        # "the ruble value", "in dollar terms", "its yuan equivalent": a figure's worth in it
        if re.match(r"(?:values?|terms|equivalents?|amounts?|prices?|costs?|worth|sums?)\b", " ".join(words[phrase.end:phrase.end + 1])):
            return currencies[0], phrase.start
        if re.search(r"(?:\bin|\binto)(?: (?:trillions?|billions?|millions?|thousands?|tn|bn|mn)(?: of)?)?$|\bhow many$", before):
            return currencies[0], phrase.start
        if not phrase.values("subject") and loose is None:
            # (a currency no subject of crr's, "$6bn", yields to one asked after it: "how many yuan is that?")
            loose = currencies[0], phrase.start
    return loose or (None, None)


def share_part(text: str) -> str | None:
    """The country a share is asked of ("Russia's share of China's trade" -> russia),
    in the text with parties marked; None when the part is no country."""
    if "@" not in text:
        return None
    if (other := _SHARE_OF_GOODS_WITH.search(text)):
        return other.group(1)  # "Russia's share of imports from China": China's share of Russia's imports
    match = _SHARE_PART.search(text)
    if match:
        return match.group(1)
    if (partner := _SHARE_WITH_PARTNER.search(text)) and not _PAID_IN.search(text):
        return partner.group(1)  # "what share of Russia's trade is with China?": China's share
    return None


def whole_place(text: str) -> str | None:
    """Where the whole of a share is ("share of car sales in @china" -> china), in the
    text with parties marked; None when the share's whole names no place."""
    match = _WHOLE_PLACE.search(text) if "@" in text else None
    return (match.group(1) or match.group(2)) if match else None


def stake_owner(text: str) -> str | None:
    """Whose a stake is ("China's stake in Yamal", "stakes did Russian companies take"), in
    the text with parties marked; None when no country holds it."""
    match = _STAKE_OWNER.search(text) if "@" in text and ("stake" in text or "invest" in text) else None
    return next((g for g in match.groups() if g), None) if match else None


# (and whose money is put in: "Russian investment in China", "how much has China invested")
def investor(text: str) -> str | None:
    """Whose money bought, funded or lent for a thing, in a figure's name with parties (and
    firms, as their side) marked: "@china funding for the spur", "shares @china was allowed to buy"."""
    match = _INVESTOR.search(text) if "@" in text else None
    return match.group(1) if match else None


_INVESTOR = Lazy(r"@([a-z_]+) (?:[^@ ]+ ){0,3}?(?:buy|bought|acquir\w*|financ\w*|fund\w*|lend\w*|loan\w*|lent)\b")
_STAKE_OWNER = Lazy(r"@([a-z_]+) (?:[^@ ]+ ){0,2}?(?:stake|invest)"
                    r"|(?:stakes?|invest\w*) (?:did|do|does|have|has|had) (?:the )?@([a-z_]+)"
                    r"|\binvest\w* (?:[^@ ]+ ){0,2}?(?:in|into) @[a-z_]+ (?:by|from) @([a-z_]+)")
# (a country may name the part before it: "share of Russian cars in car sales in China")
_WHOLE_PLACE = Lazy(r"\b(?:share|percentage|proportion|portion|fraction) of (?:[^@ ]+ |@[a-z_]+ (?=[^@ ]+ )){1,5}?(?:in|at) @([a-z_]+)"
                    # "share of China's car market": a market is where its sales are
                    r"|\b(?:share|percentage|proportion|portion|fraction) of (?:the )?@([a-z_]+) (?:[^@ ]+ ){0,2}?market")
# A country right before "share" is the part when nothing it could be the place of comes
# first: "what was Russia's share", not "Chinese students Russia share" (students in Russia).
_SHARE_PART = Lazy(r"(?:^|\b(?:what|whats|was|is|were|are|the|and|did|does|how|has|had|in|by|so|also|then) )"
                   r"@([a-z_]+) (?:share|percentage|proportion|portion|fraction)\b")


# The share one country has of another's goods bought from it or sold to it: "Russia's share
# of imports from China" is China's part of Russia's imports.
_SHARE_OF_GOODS_WITH = Lazy(r"@[a-z_]+ (?:share|percentage|proportion|portion|fraction) of (?:its |their |total )?(?:[a-z-]+ )?"
                            r"(?:imports?|purchases?|exports?|sales?|supplies|supply|trade|turnover) (?:from|to|with) @([a-z_]+)")
# The part a share is of, named after its whole: "what share of Russia's trade is with China",
# "the percentage of China's imports that came from Russia"; the whole question, so that no
# other part is named ("clothing's share of ...", "... from China is clothing"), nor a currency
# the share is paid in ("what share of Russia's trade with China is in yuan").
_SHARE_WITH_PARTNER = Lazy(r"^(?:so |and )?(?:(?:what|which|how (?:big|large)(?: a)?|how much(?: of a)?) (?:is |was |were |are )?)?"
                           r"(?:the )?(?:share|percentage|proportion|portion|fraction|percent) of @[a-z_]+ "
                           r"(?:total |overall |foreign |international )?(?:trade|imports?|exports?|turnover|purchases|sales)"
                           r"(?: (?:that|which|is|was|are|were|goes|go|went|comes|come|came|done|conducted|carried out))* "
                           r"(?:with|from|to) @([a-z_]+)(?: (?:in|during|for|since|by|as of) [\w ]+)?\??$")
_PAID_IN = Lazy(r"\b(?:yuan|renminbi|rmb|cny|rubles?|roubles?|rub|dollars?|usd|euros?|currenc\w*|settle\w*|paid|payments?|invoic\w*)\b")
_SHARE_OF = ("share", "percentage", "proportion", "portion", "fraction", "percent", "%", "cent", "pct")
_WHOLE_ENDS = frozenset("from in that which were was is are came come go went by did doe does do for with to "
                        "made paid accounted account held".split()
                        # "exports settled in yuan": how the part is paid ends the whole
                        ) | {"settl", "settled", "invoic", "invoiced", "denominat", "denominated", "conduct", "conducted"}


def whole_of_share(words: list[str], found: list[Found]) -> list[tuple[str, ...]]:
    """The subjects of what a share is taken of: "share of China's oil imports" -> oil."""
    for i, word in enumerate(words[:-1]):
        # ("how much of Russia's gas exports go to China": a share of those exports too)
        # ("what did trade with Russia make up of China's total trade?", "account for of": a share too)
        if (word in _SHARE_OF or word in ("much", "many") and i and words[i - 1] == "how"
                or word == "up" and i and words[i - 1] in ("make", "makes", "made", "making")
                or word == "for" and i and words[i - 1] in ("account", "accounts", "accounted", "accounting")) \
                and words[i + 1] == "of":
            begin = i + 2
            end = next((j for j in range(begin, len(words)) if words[j] in _WHOLE_ENDS), len(words))
            if end + 2 < len(words) and words[end] in ("from", "to") and words[end + 2] in ("in", "among", "within") \
                    and any(f.start == end + 1 and f.values("party") for f in found) \
                    and any(f.start == end + 3 and f.values("party") for f in found):
                end += 2  # "the share of crude from Russia in China's energy imports": the part goes on
            trade_words = ("export", "import", "trade")
            if end < len(words) - 1 and words[end] in ("in", "among", "within") \
                    and not any(w.startswith(trade_words) for w in words[begin:end]):
                # "the share of machinery in China's exports": the whole follows "in" when it
                # names a trade or a group; "the share of trade in yuan" is a share of trade.
                after = next((j for j in range(end + 1, len(words)) if words[j] in _WHOLE_ENDS), len(words))
                named = [f for f in found if end < f.start < after and f.values("subject")]
                if any(w.startswith(trade_words) for w in words[end + 1:after]) or any(
                        not f.values("currency") for f in named):
                    begin, end = end + 1, after
            whole = [tuple(f.values("subject")) for f in found
                     if begin <= f.start < end and f.values("subject")]
            if not whole and any(w.startswith(("export", "import")) for w in words[begin:end]):
                whole = [("trade",)]  # "share of Russia's exports": of all its goods
            # Whose whole it is, and which way it goes: "China's exports" are not "Russia's
            # imports", but "China's imports from Russia" are "Russia's exports to China".
            # "the share of China's imports from Russia that were fuels": the whole goes on to
            # "from Russia"; in "the share of Russia's imports from China", "from China" is the part.
            part_named = any(f.values("subject") and not (begin <= f.start < end + 2) for f in found)
            reach = end + 2 if end < len(words) and words[end] in ("from", "to") and part_named else end
            owners = {f.values("party")[0] for f in found if begin <= f.start < reach and f.values("party")}
            flows = any(w.startswith(("export", "import")) for w in words[begin:end])
            with_the_other = end + 1 < len(words) and words[end] == "with" and not flows \
                and any(f.start == end + 1 and f.values("party") and f.values("party")[0] not in owners for f in found)
            if owners and (("trade",) in whole or flows) and not with_the_other:
                # (also "Russia's arms exports", "Russia's trade settlements"; "Chinese trade with
                # Russia" is the trade of the two, no one side's whole)
                ends = flow(_marked_between(words, found, begin, reach))
                ends = _the_other_end(ends, words[begin:reach])
                whole.append(("@", *ends) if ends != (None, None) else ("@", *sorted(owners)))
            return whole
    return _whole_depended_for(words, found)


# "How dependent is Russia on China", "China's reliance on Russian arms": the one depending
# (first) and the one depended on (second).
_DEPENDING = (Lazy(_DEPENDS), Lazy(_DEPENDENCE_OF))
_AS_BUYER = Lazy(r"\b(?:export|sale|sell|market|buyer|customer|client|demand)")


def _whole_depended_for(words: list[str], found: list[Found]) -> list[tuple[str, ...]]:
    """How far one party depends on another is the other's share of the first's supplies
    (its imports, or its exports where the other is asked of as a buyer): that whole, of
    the things named ("arms"), or of all goods."""
    said = marked(words, found)
    match = next((m for pattern in _DEPENDING if (m := pattern.search(said))), None)
    if match is None or match.group(1) == match.group(2):
        return []
    one = match.group(1)
    whole = [tuple(f.values("subject")) for f in found if f.values("subject")] or [("trade",)]
    return whole + [("@", one, None) if _AS_BUYER.search(" ".join(words)) else ("@", None, one)]


def _the_other_end(ends: tuple[str | None, str | None], words: list[str]) -> tuple[str | None, str | None]:
    """"Exports to China" with no exporter said, in a question of the two countries: Russia's
    exports to China; "imports from Russia", China's.  ("China's imports" keep no other end.)"""
    pair = {"china": "russia", "russia": "china"}
    said = " ".join(words)
    if ends[0] is None and ends[1] in pair and re.search(r"\bexport[^ ]* (?:\S+ )?to\b", said):
        return pair[ends[1]], ends[1]
    if ends[1] is None and ends[0] in pair and re.search(r"\bimport[^ ]* (?:\S+ )?from\b", said):
        return ends[0], pair[ends[0]]
    return ends


def _marked_between(words: list[str], found: list[Found], begin: int, end: int) -> str:
    """`marked` for words[begin:end] only."""
    inside = [Found(f.start - begin, f.end - begin, f.text, f.bindings, f.facets) for f in found
              if begin <= f.start and f.end <= end]
    return marked(words[begin:end], inside)


def ranked_among(words: list[str], found: list[Found]) -> str | None:
    """Whose list a rank is in: "rank among China's trading partners" -> china."""
    for i, word in enumerate(words[:-1]):
        if word == "among":
            nxt = i + 2 if words[i + 1] == "the" else i + 1
            party = next((f.values("party")[0] for f in found if f.start == nxt and f.values("party")), None)
            if party:
                return party
    return None


# What a rank is of, as English marks it: "Russia's rank", "China's world rank", "where
# does Russia rank", "the rank of Russia".
RANKED = Lazy(r"\b([a-z][a-z-]*)'s (?:[a-z]+ )?(?:rank|(?:place|position|spot|standing) among)\b|\b(?:does|did|do) ([a-z][a-z-]*) rank"
              r"|\brank of (?:the )?([a-z][a-z-]*)(?= among\b| in\b| as\b| by\b|[,?.]|$)"
              # "what rank does China hold among ...?", "which place did Russia take?"
              r"|\b(?:rank|place|position) (?:does|did|do|has|had) ([a-z][a-z-]*) (?:hold|have|has|take|occupy|get)\b")


def ranked_one(text: str, lexicon) -> str | None:
    """What a rank is of: "Russia's rank among ...", "where does Russia rank" -> russia;
    "Lukoil's rank" -> lukoil, a name (no word of asking, subject or measure); "where does
    the border rank" names no one."""
    for match in RANKED.finditer(text):
        word = next(g for g in match.groups() if g)
        parties = lexicon.values_of(phrase_key(word), "party")
        if parties:
            return parties[0]
        if not lexicon.names_nothing(phrase_key(word)):
            return phrase_key(word)
    return None


def coordinated(found: list[Found], words: list[str], facet: str) -> list[tuple[Found, Found]]:
    """Two phrases of one facet joined by "and", "or" or "vs" ("imports and exports",
    "oil and gas"): the question asks about each."""
    pairs = []
    named = [f for f in found if f.values(facet)]
    for first, second in zip(named, named[1:]):
        if second.start == first.end + 1 \
                and words[first.end] in ("and", "or", "vs", "versus", "&") \
                and set(first.values(facet)).isdisjoint(second.values(facet)):
            pairs.append((first, second))
        elif second.start == first.end and second.text.startswith("and ") \
                and set(first.values(facet)).isdisjoint(second.values(facet)):
            pairs.append((first, second))  # "volume and value": a cue that takes its "and" along
    return pairs
