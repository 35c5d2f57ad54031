"""Second readings of a question the first reading left unanswered or half answered:
a few words that name an event rather than a figure ("first joint submarine patrol"),
a claim to check that states a figure ("is it true that ..."), and a poll asked of no
side, answered with each side it holds.  Mixed into Engine,
which provides the reading, the resolver, the event search and the answers."""

from __future__ import annotations

import re
from dataclasses import replace

from ..answer import Answer, Value
from ..writing.render import render
from .draft import Draft
from ..reading.read import Intent, normalized_text, read
from ..reading.periods import extract_periods
from ..reading.cues import YES_NO
from ..reading.words import STOPWORDS, Lazy, _stem
from ..writing.reading import reading_of
from . import compound
from .event_words import event_stem
from .figures import _rounding
from .thresholds import against_the_claim, against_the_level

# The side of a poll's answer: "favourable", "a negative view", "see ... positively".
# What one country sells another, a figure of trade: "exports", "imports".
TRADED = Lazy(r"\b(?:exports?|imports?|exported|imported)\b")
TRADE_WITH = Lazy(r"\b(?:trade|trading|turnover|commerce)\b")
SIDES = Lazy(r"\b(?:an? )?(?:un)?(?:favou?rabl[ey]|positive(?:ly)?|negative(?:ly)?|good|bad|like|dislike|"
             r"friendly|hostile|trust|distrust|approve|disapprove|support|oppose)\b")
# Both countries asked at once: "each side", "both countries".
EACH_SIDE = Lazy(r"\b(?:each|both|either) (?:side|sides|country|countries|party|parties)\b|\bthe two sides each\b")
_SWAPPED = {"Chinese": "Russian", "Russian": "Chinese", "China": "Russia", "Russia": "China",
            "China's": "Russia's", "Russia's": "China's"}
_SWAP = Lazy(r"\b(?:Chinese|Russian|China's|Russia's|China|Russia)\b")
# The rules by which a figure of the subject asked is held in another shape than asked.
FIGURE_SHAPES = frozenset({"flow", "flow_end", "party", "currency", "unit", "measure", "together", "part", "whole",
                           "rank", "base", "multiple", "per_time", "owner"})
# A claim to check, asked before it: "is it true that ...", "true or false: ...", "can you confirm
# ...", or after what someone said ("I read that ...", "a colleague says ..."); after a preface
# that ends in a colon or a dash ("I'm writing on the Arctic: is it true ...").
CLAIM = Lazy(r"^(?:[^?]{0,160}?(?::|\s[-–—]+)\s+)?(?:(?:is it|it is|is this|is that) (?:really )?(?:true|correct|right|accurate|"
             r"the case)(?: that)?|true or false:?|fact[- ]check:?|(?:can|could) you (?:please )?(?:confirm|check|verify)"
             r"(?: for me)?(?: that| whether| if)?|please (?:confirm|check|verify)(?: that| whether| if)?|(?:confirm|verify)"
             r"(?: that)?:?|double[- ]check(?:ing)?:?|sanity check:?|(?:i(?:'ve| have)?|we(?:'ve| have)?) (?:read|heard|seen|been told)"
             r"(?: somewhere| online| in the press)?(?: that)?|(?:someone|somebody|a colleague|an analyst|an expert|my editor|"
             r"a source|a friend|a reader|a panelist|a panellist|people|they|a (?:news )?report|an article|a blog|a journalist)"
             r"(?: [\w'-]+){0,4}? (?:said|says|told me|tells me|claims|claimed|wrote|writes|reckons|reported|argues|insists)"
             r"(?: that)?"
             # a line of one's own writing to check: "my draft says ...", "draft line: ...",
             # "can I write that ...?", "correct me if I'm wrong: ..."
             r"|(?:(?:my|our|the|this|a) )?(?:(?:chart|graphic|news|first|second|final|latest|current) )?"
             r"(?:draft|copy|story|article|piece|text|paper|report|essay|slide|notes?|"
             r"thesis|brief|briefing|script|sentence|line|caption|headline|writer|author|reporter|para|"
             r"paragraph)(?: [\w'-]+){0,3}? "
             r"(?:says|said|states|claims|reads|has|puts it)(?: that)?:?"
             r"|(?:(?:my|our|the) )?(?:[\w-]+ )?(?:draft|piece|story|copy|article|claim|statement|line|sentence|headline|"
             r"caption|para|paragraph)"
             r"(?: (?:line|sentence|claim))?\s*:"
             r"|(?:fact[- ]?check|check|verify|confirm)(?: this| that)?\s*:"
             r"|(?:can|could|may|should) (?:i|we) (?:safely |still |really )?(?:say|write|state|claim|report|assert|put)"
             r"(?: it)?(?: that)?"
             r"|(?:is it|would it be) (?:ok|okay|safe|fair|accurate|correct|right|fine) to (?:say|write|state|claim|report)"
             r"(?: that)?"
             r"|(?:correct me(?: if i(?:'?m| am) wrong)?|unless i(?:'?m| am) (?:wrong|mistaken)|i (?:may|might|could) be wrong)"
             r"(?:,? but)?:?"
             r"|am i right (?:in saying|to say|that)(?: that)?)\s+(.+)$", re.IGNORECASE)
# ... or a tag after it: "..., correct?", "... - is that right?", "..., isn't it?", "... true?".
CLAIM_TAG = Lazy(r"^(?!(?:and |so |but )?(?:who|whom|what|which|when|where|why|how)\b)(.+?)(?:[\s,;:–—-]+(?:(?:is|was) (?:that|this|it) "
                 r"(?:really )?(?:right|correct|true|accurate|so)|am i right|(?:does|did) (?:that|this|it) (?:check out|hold up|add up|stand up)"
                 r"|(?:isn't|wasn't|didn't|doesn't|aren't|weren't|hasn't|haven't|hadn't) (?:it|they|that|there|he|she)"
                 r"|(?:or not|or am i wrong|or is that wrong))"
                 # a word after a mark or a quote: "... Accurate?", "...' Right?", "... — confirm?"
                 r"|\s*(?=[,;:–—.!'\"’”-])[,;:–—.!-]?['\"’”]?\s*[,;:–—.!-]?\s*(?:right|correct|true|yes|no|accurate|"
                 r"ok|okay|agreed|fair|true or false|right or wrong|accurate or not|correct or not|yes or no|"
                 r"confirm|check|close enough|(?:is )?(?:the )?(?:date|month|year|day|figure|number) (?:right|correct)|"
                 r"(?:right|correct) (?:date|month|year|day|figure|number))"
                 # "... Can you check the 2022 number before I file?": a check of the line said
                 r"|\s*[.!]?['\"’”]?\s*(?:can|could) you (?:please )?(?:check|verify|confirm)(?: (?:that|this|it|the (?:\w+ ){0,2}"
                 r"(?:number|figure|date|year|claim)))?(?: (?:before|so) [\w' ]{1,30})?"
                 # "... - is that the right figure?", "Is the 2000 number right?", "Tonnage right?"
                 r"|\s*(?=[,;:–—.!'\"’”-])[,;:–—.!-]?['\"’”]?\s*[,;:–—.!-]?\s*(?:is (?:that|this|it) (?:the )?"
                 r"(?:right|correct|reported|real|actual) (?:figure|number|date|year)|is the (?:\w+ ){0,2}(?:number|figure|date|year)"
                 r" (?:right|correct)|[a-z]+ (?:right|correct)))\s*(?:\?+|[.!]?)\s*$"  # (the mark may be left off)
                 # "... — check against the IMF numbers.", "... Check.", "... — confirm with the latest figure"
                 r"|^(?!(?:and |so |but )?(?:who|whom|what|which|when|where|why|how)\b)(.+?)\s*(?=[,;:–—.!'\"’”-])[,;:–—.!-]?['\"’”]?"
                 r"\s*[,;:–—.!-]?\s*(?:check|confirm|verify)(?: (?:pls|please|it|this|that))?"
                 r"(?: (?:against|vs\.?|versus|with|per|in) [\w'’ .-]{1,40}?)?\s*[.?!]*\s*$",
                 re.IGNORECASE)
CLAIM_WORDS = Lazy(r"(?i)true|correct|right|accurate|the case|fact|confirm|check|verify|read|heard|seen|told|said|says|"
                   r"draft|write|claim|\bsay\b|\bok\b|okay|agreed|fair|"
                   r"claim|wrote|writes|reckons|reported|argues|insists|n't\b|\bno\?|\byes\?|\bso\?")
# A figure asked, then the number a draft or a colleague gives it: "Border length — draft says
# 4,300km. What's the correct figure?", "gas to China in 2022, EI numbers — we've got 15bcm".
CLAIM_AFTER = Lazy(r"^(?P<asked>.+?[\w)'%])\s*(?:[?.:;,]|\s[-–—]+)\s+(?:but |and )?"
                   r"(?:(?:the|our|my|this|a|his|her|their|your) )?(?:(?:current |first |latest )?draft|copy|piece|story|"
                   r"article|writer|author|reporter|text|para(?:graph)?|caption|chart|graphic|line|sentence|headline|slide|"
                   r"editor|desk|we|i|they)(?:'ve got|'ve| have got| have| has)?(?: (?:still|currently|already|now|just))?"
                   # ("draft 13.6%", "draft: 40%": the number straight after)
                   r"(?: (?:says?|said|has|have|had|got|gets|puts? (?:it|them|this|that|the \w+)(?: at)?|reads|gives|states|"
                   r"claims|wrote|written|writes|is at|are at|uses|used|shows)\b|(?=:?\s*(?:[$~]|\d|about |around |nearly )))"
                   r":?\s*"
                   r"(?P<said>[^?!]*?)\s*(?:(?<!\d)[.?!]\s*(?P<tag>[^?]*\??))?\s*$", re.IGNORECASE)
# What may follow the number said: nothing, or words that ask it checked.
CHECK_ASKED = Lazy(r"^(?:(?:is (?:that|this|it) )?(?:the )?(?:right|correct|true|accurate|ok|okay|reported|real|actual)"
                   r"(?: (?:figure|number|date|year|word))?|(?:the )?(?:right |correct )?(?:[a-z]+ )?(?:number|figure|date|"
                   r"year|tonnage|value|total)(?: (?:right|correct))?|(?:can you )?(?:confirm|check|verify)(?: (?:pls|please|it|"
                   r"that|this|the \w+))?|close enough|what'?s the (?:correct|right|actual|real) (?:figure|number|date|year)"
                   r"|need a number|agreed)?\s*[.?!]*\s*$", re.IGNORECASE)
# The number a draft gives, with a word that asks it checked at its end ("42%, confirm").
SAID_CHECK = Lazy(r"[\s,;–—-]+(?:confirm|check|verify|right|correct|ok)\W*$", re.IGNORECASE)
# The words that may open the number said: a hedge ("about $4bn"), "it's", "back to".
SAID_OPENING = Lazy(r"^(?:it'?s |it is |that'?s |that it'?s |them at |it at )?(?:about |around |roughly |nearly |almost |some |"
                    r"over |under |more than |less than |just over |just under |back to |up to |down to )?", re.IGNORECASE)
# A year, or a day of a month: parts of a date, which no figure claimed is ("14 October 2008")
YEAR = Lazy(r"\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)? (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
            r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)
FUTURE_CLAIM = Lazy(r"\b(?:will|won't|shall|going to|(?:is|are) (?:set|expected|likely|poised|due|bound) to)\b", re.IGNORECASE)
NUMBER_IN_CLAIM = Lazy(r"\d|\b(?:half|a third|one third|a quarter|three quarters|two thirds|twice|double|"
                       r"tripled?|doubled|hundred|thousand|million|billion|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)


MORE_OR_LESS = Lazy(r"\b(?:more|fewer|less|larger|smaller|bigger|higher|lower|greater) (?:\w+ ){0,3}?than\b|\bmajority\b", re.IGNORECASE)
# A question of the date itself: "right month?", "is the year correct?", "was it in 2013 that ...?".
DATE_ASKED = Lazy(r"\b(?:right|correct|wrong|exact) (?:date|month|year|day)\b|\b(?:date|month|year|day) (?:right|correct|wrong)\b"
                  r"|^(?:and |so )?(?:was|is) it (?:in|on|back in) |\bwhen\b", re.IGNORECASE)


# A claim that ends with the time it says a thing happened: "... was 2019", "... in March 2021".
DATE_CLAIMED = Lazy(r"\b(?:was|were|in|on|back in|during)\s+(?:(?:early|late|mid)[- ])?(?:[a-z]+\s+)?(?:\d{1,2}\s+)?(?:1[89]|20)\d\d$",
                    re.IGNORECASE)
REPEATED_ACT = Lazy(r"\b(?:visit\w*|met|meet\w*|trips?|travel\w*|call\w*|talk\w*|exercises?|drills?|patrols?|summits?|"
                    r"votes?|voted|spoke|phoned)\b")
BARE_TAG = Lazy(r"^(.+?\b(?:1[89]|20)\d\d)\s+(?:yes|right|correct|true|no)\s*\?+$", re.IGNORECASE)


# Acts done once to a thing, which a date held for it answers of any other date: it was
# signed (opened, founded ...) then, and not in the year a question puts.
ONCE_DONE = Lazy(r"\b(?:signed|opened|founded|established|completed|finished|launched|inaugurated|ratified|concluded|"
                 r"created|formed|annexed|collapsed|dissolved|split|handed over|transferred|began|begun|started|ended|"
                 r"proclaimed|declared|announced)\b")


# A claim put as a statement of one sentence, with a figure it says a thing reached: "China–Russia
# trade hit $250bn in 2024", "Russia supplied 90% of China's arms imports in 2023?".
STATEMENT = Lazy(r"^(?!(?:and |so |but |then )?(?:who|whom|whose|what|which|when|where|why|how|is|was|were|are|did|does|do|"
                 r"has|have|had|can|could|will|would|should|may|might|list|show|give|tell|compare|name)\b)"
                 r"[^?.!;:]*\b(?:hit|reached|topped|totall?ed|stood at|came to|amounted to|rose to|fell to|grew to|climbed to|"
                 r"dropped to|exceeded|surpassed|supplied|accounted for|made up|was|were)\b[^?!;:]*\?*$", re.IGNORECASE)


# A statement, then the question that rests on it: "The contract is 40-year — how much is it worth?".
# (a sentence before it, "Trade hit a record in 2024. What was it in 2020?", is read as said, apart)
STATED_FIRST = Lazy(r"^([^?]{8,}?)\s*(?:[—–:]|\s-\s)\s*((?:and |so |but |then )?"
                    r"(?:(?:over|in|for|during|by|from|since|with|of|to|at|on) (?=what|which|how|whom|when))?"
                    r"(?:what|how|which|who|whom|when|where|why|is|was|"
                    r"were|are|did|does|do|has|have)\b[^?]*\?)\s*$", re.IGNORECASE)
# The verdict of a check that the figure held is not the one stated, and the number stated.
REFUTED = Lazy(r"\bAgainst the claim, derived by crr: no\b.*?\bnot the claim's (?:[A-Z]{3} |rank )?(-?[\d,]*\.?\d+)")
RANK_WRITTEN = Lazy(r"#\s?\d|\bno\.\s?\d|\b\d+(?:st|nd|rd|th)\b|\bnumber (?:one|two|three|\d)\b", re.IGNORECASE)
# A verb that states a thing of a figure: "the deals included 36 jets", "CNPC wanted USD 5bn".
STATING_VERB = Lazy(r"\b(?:is|was|were|are|hit|reached|included|includes|include|wanted|sought|got|took|had|has|have|"
                    r"totall?ed|totals|stood|came|amounted|rose|fell|grew|climbed|dropped|exceeded|surpassed|supplied|"
                    r"accounted|made|counts|counted|sent|bought|sold|signed|cost|costs|carried|carries)\b", re.IGNORECASE)
# A first place a claim states of a country: "Russia is China's top crude supplier".
FIRST_PLACE_STATED = Lazy(r"^(china|russia|beijing|moscow|the prc|the russian federation) (is|was|remains|became|has become) "
                          r"((?:still |now )?(?:(?:the|its|their|china's|russia's|chinas|russias) )?(?:single |biggest single )?"
                          r"(?:top|largest|biggest|main|leading|number one|no\. 1|#1|chief|principal)\b.*)$", re.IGNORECASE)
ASKING_WORD = Lazy(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.IGNORECASE)


def claimed(question: str) -> str | None:
    """The claim a question asks crr to check, without the words that ask it ("is it true that",
    "..., correct?"), or put as a statement with a figure; None when it asks no check of a claim."""
    text = question.strip()
    tagged = CLAIM_TAG.match(text)
    if tagged:
        text = (tagged.group(1) or tagged.group(2)).strip(" '\"‘’“”")
    if (framed := CLAIM.match(text)):
        return framed.group(1).strip(" '\"‘’“”")
    if not tagged and STATEMENT.match(text) and NUMBER_IN_CLAIM.search(YEAR.sub(" ", text)) \
            and not re.search(r"\.\s+\S", text) and not ASKING_WORD.search(text):
        return text.rstrip("?").strip()
    return text if tagged else None


# A few words naming a thing, with no word of asking: "first joint submarine patrol".
# A few words that end in a plural ("joint bomber patrols"): the things of that kind, not one.
PLURAL_LAST = Lazy(r"\b[a-z]{3,}[^s'\W]s\W*$", re.IGNORECASE)
KEYWORDS_ONLY = Lazy(r"^(?!.*\b(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|"
                     r"can|could|should|will|would|much|many|share|percent|total|value|number)\b)"
                     r"[\w'’ .,–-]{3,80}\??$", re.IGNORECASE)



# "What were the Years of Media?", "what are the main ...?": things asked for by what they are.
THINGS_ASKED = Lazy(r"^(?:so |and )?(?:what|which) (?:were|are) (?:the |their |its )?(?:[\w'-]+ ){0,5}?[\w'-]+\??$",
                    re.IGNORECASE)

# "What was Ocean-2024?", "what is the SCO energy club?": a thing named, asked what it was.
# (Not a thing asked of a time, "what was trade in 2022?", nor a name asked, "the name of ...".)
WHAT_WAS = Lazy(r"^(?:so |and )?(?:what|which) (?:was|is|were|are) (?:the |an? )?(?!names? of\b)"
                r"((?:(?!\b(?:in|during|for|by|since|on) (?:\w+ )?(?:19|20)\d\d\b)[\w'’ .,–-]){3,80}?)\??$", re.IGNORECASE)
ABOUT_A_THING = Lazy(r"^(?:so |and )?(?:what about|how about|tell me about) (?:the |an? )?([\w'’ .,–-]{3,80}?)\??$", re.IGNORECASE)
# "In how many years between 2001 and 2022 did crude imports fall?": a count of the years a
# "which years" question lists.
# ("in how many years of the 1990s ...?" counts years within a time; "how many years of talks?" and
# "how many months after the invasion ...?" are lengths; "how many years between 2000 and 2019 ...?" a count)
# A preface that names where to look may come first ("In the SIPRI export, in how many years
# ...?", "Per Chinese customs, ...").
HOW_MANY_YEARS = Lazy(r"^(?P<preface>(?:[^,:;?]{3,80}[,:] +)?)(?:so |and )?"
                      r"(?:(?P<within>in|for|during) how many (?P<counted_within>years|months)\b(?! (?:ago|long|old)\b)"
                      r"|how many (?P<counted>years|months)\b(?! (?:ago|long|old|of|later|earlier)\b)"
                      r"(?! (?:after|before|since|until|between|from) (?!(?:19|20)\d\d\b))"
                      r"(?!.*\b(?:did|does|will|would) it take\b))"
                      r"(?P<where> (?:in|of|according to|per) (?:the )?[\w'. -]{2,40}? "
                      r"(?:data|dataset|figures|series|export|statistics|numbers)\b)?", re.IGNORECASE)


# Acts done once, whose year an event's words may give beside its own date.
DONE_ACT = Lazy(r"\b(?:signed|completed|finished|concluded|ratified|founded|established|opened|launched|built)\b")


class SecondReadings:
    """Questions read again; mixed into Engine."""

    def _years_counted(self, question: str, previous: Answer | None) -> Answer | None:
        """"In how many years did X fall from the year before?": the years "in which years ...?"
        lists, counted; the count is worked out by crr and cites every figure it counts.
        None when the question is no such one, or the list is not answered."""
        asked = HOW_MANY_YEARS.match(question.strip())
        if not asked:
            return None
        unit = asked.group("counted_within") or asked.group("counted")
        preface = asked.group("preface") or ""
        if asked.group("where"):
            preface += asked.group("where").strip() + ", "  # "how many years in the SIPRI data did ...?"
        listed = self._ask_one(f"{preface}{'in' if preface else 'In'} which {unit}{question.strip()[asked.end():]}",
                               previous)
        stated = [v for v in listed.values if not v.derived]
        times = sorted({v.period for v in stated})
        if not listed.answered or listed.kind != "when" or not stated or len({v.metric for v in stated}) != 1 \
                or not all(re.fullmatch(r"\d{4}" if unit == "years" else r"\d{4}-\d\d", t) for t in times):
            within = (asked.group("within") or "").lower()
            if not within or within == "for" and not (listed.kind == "when" and stated):
                return None  # ("how many years did the treaty run?", "for how many years ...?": a length, asked as such)
            # "In how many years of the 1990s ...?": a count of years within a time, which
            # nothing but the years listed answers.
            listed.answered, listed.values, listed.kind = False, [], "unknown"
            listed.text = (f"crr cannot count the {unit} this asks of: it holds no figure for each of them to "
                           f"count, so it gives no number.\n\n{listed.text}")
            listed.question = question
            if listed.reading:
                listed.reading["summary"] = f"how many of the {unit}: {listed.reading.get('summary', '')} — not held"
            return listed
        first = stated[0]
        asked_years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", question)]
        named = read(question, self.lexicon).sources
        within = first.source if named == [first.source] and all(v.source == first.source for v in stated) else None
        if (gaps := self._years_lacking_within(first.metric, times, asked_years, within)):
            # "In how many years did trade top USD 100 bn?": with 2021 and 2023 not held, the
            # years held above it are no count of the years that were.
            listed.answered, listed.values, listed.kind = False, [], "unknown"
            listed.text = (f"crr cannot count the {unit} this asks of: it lacks {', '.join(gaps)} among the {unit} "
                           f"of its figures, so the {unit} it holds are not all of them, and it gives no number. "
                           f"Those it holds:\n\n{listed.text}")
            listed.question = question
            if listed.reading:
                listed.reading["summary"] = (f"how many of the {unit}: {listed.reading.get('summary', '')} — not held: "
                                             f"{', '.join(gaps)} lacking")
            return listed
        count = Value.model_construct(
            metric=first.metric, label=f"Number of {unit} listed", period="; ".join(times),
            value=float(len(times)), unit=unit, qualifier="", source=first.source, locator=first.locator,
            derived=True, formula=f"count of {', '.join(times)} = {len(times)}", observation_id=None,
            cites=sorted({n for v in stated for n in v.cites}), reporter="")
        listed.values = [count, *listed.values]
        listed.text = (f"{len(times)} {unit if len(times) != 1 else unit[:-1]} "
                       f"({', '.join(times)}): worked out by crr, counting the {unit} below.\n\n{listed.text}")
        listed.question = question
        listed.kind = "value"
        if listed.reading:
            listed.reading["summary"] = f"how many of the {unit}: {listed.reading['summary']}"
        return listed

    def _years_lacking_within(self, metric_id: str, times: list[str], asked: list[int],
                              source: str | None = None) -> list[str]:
        """The years between the first and last year a metric is held for, by any source (by
        `source` alone, when the question names it: "in the IMF data"), and within the years
        the question names, if two or more, that it is not held for, when the times counted
        are years; the months lacking when they are months (`_months_lacking`); [] otherwise."""
        if all(re.fullmatch(r"\d{4}-\d\d", t) for t in times):
            return self._months_lacking(metric_id, source)
        if not all(re.fullmatch(r"\d{4}", t) for t in times):
            return []
        held = {int(r["period"]) for r in self.store.observations(metric_id) if re.fullmatch(r"\d{4}", r["period"] or "")
                and (source is None or r["source_id"] == source)}
        if not held:
            return []
        low, high = min(held), max(held)
        if len(asked) >= 2:
            low, high = max(low, min(asked)), min(high, max(asked))
        return [str(y) for y in range(low, high + 1) if y not in held]

    def _months_lacking(self, metric_id: str, source: str | None) -> list[str]:
        """The months between the first and last a metric is held for by the month that it is
        not; with fewer than three months held, every other month ("in how many months ...?"
        of a figure held for one month is no count)."""
        held = sorted({r["period"] for r in self.store.observations(metric_id)
                       if re.fullmatch(r"\d{4}-\d\d", r["period"] or "") and (source is None or r["source_id"] == source)})
        if len(held) < 3:
            return [f"every month but {', '.join(held)}" if held else "every month"]
        index = [int(p[:4]) * 12 + int(p[5:]) - 1 for p in held]
        return [f"{i // 12}-{i % 12 + 1:02d}" for i in range(index[0], index[-1] + 1) if i not in index]

    def _premise_refuted(self, question: str, previous: Answer | None) -> Answer | None:
        """"The 2015 arms deals included 36 Su-35 fighters — what were the deals worth?": a
        statement with a figure, before the question, that the figure crr holds says is not
        so; the question rests on it, so crr answers it not as put but sets the statement
        against its record.  None when there is no such statement, or crr cannot say it is wrong."""
        if previous is not None or not (said := STATED_FIRST.match(question.strip())) \
                or not NUMBER_IN_CLAIM.search(YEAR.sub(" ", said.group(1))) or ASKING_WORD.match(said.group(1)):
            return None
        statement = said.group(1).strip(" ,;")
        if not STATING_VERB.search(statement) or RANK_WRITTEN.search(statement):
            return None  # ("Power of Siberia 2 (not 1) — ...": a name, no statement; "the #3 source": a place)
        checked = self._claim_checked(f"is it true that {statement}?", None)
        if checked is None or not checked.answered or not (refuted := REFUTED.search(checked.text)):
            return None
        # (wrong by far, not by how it is rounded: "$10 billion in 2001" is IMF's 10.7, "60 items"
        # may be 55 to 65 but not 50; nor by a tenth, where sources and reporters differ)
        claim = float(refuted.group(1).replace(",", ""))
        held = [v.value for v in checked.values if not v.derived and v.value]
        if not held or any(abs(h - claim) <= max(_rounding(claim), 0.1 * max(abs(h), abs(claim))) for h in held):
            return None
        text = (f"The question rests on “{statement}”, which crr's record does not bear out:\n{checked.text.rstrip()}\n"
                "So crr gives no answer to the question as put; ask it again without that statement for the figure held.\n")
        # (the figure held is the record the statement is set against, cited, not an answer to
        # the question: it is no value of the answer)
        answer = replace(checked, question=question, text=text, answered=False, values=[])
        answer.reading = dict(checked.reading, summary=f"{checked.reading.get('summary', '')} (a statement before the "
                                                         "question, set against crr's record)")
        return answer

    def _number_after_checked(self, question: str, previous: Answer | None) -> Answer | None:
        """"Chinese master's students in Russia in 2024 — draft says 16,400": the figure asked, as
        crr holds it, with the number the draft gives set against it; None when the question
        asks no figure before a number said, or crr holds none for it."""
        after = CLAIM_AFTER.match(question.strip())
        if after is None or not CHECK_ASKED.match(after.group("tag") or ""):
            return None
        said = SAID_CHECK.sub("", after.group("said")).strip(" '\"‘’“”.")
        figure = SAID_OPENING.sub("", said, count=1)
        if not said or len(figure.split()) > 5 or not re.search(r"\d|\b(?:half|a third|a quarter|nine|eight|seven|"
                                                                r"six|five|four|three|two|twelve|ten|eleven)\b", figure) \
                or STATING_VERB.search(figure) or ASKING_WORD.search(figure):
            return None  # (a statement said after it, "draft says Gazprom pumped ...", is a claim of its own)
        asked = after.group("asked").strip()
        answer = self._ask_whole(asked, previous)
        if answer.kind in ("error", "help", "sources", "judgement", "about") or not answer.answered and not (
                (answer.reading or {}).get("metric") or "not held" in (answer.reading or {}).get("summary", "")):
            return None  # (a figure asked and not held is said so, the number said set aside with it)
        answer.question = question
        if answer.reading is not None:
            answer.reading = {**answer.reading, "summary": f"{answer.reading.get('summary', '')} (the number the "
                                                           f"question gives, “{said}”, to be judged by it)"}
        spaced = re.sub(r"(?<=\d)(?=[a-z])", " ", said)  # ("4,300km": the number apart from its unit)
        if answer.kind in ("value", "latest") and NUMBER_IN_CLAIM.search(YEAR.sub(" ", said)) \
                and (verdict := against_the_claim(self, f"is it so that {asked.rstrip('?')} was {spaced}", answer)):
            answer.text = answer.text.rstrip("\n") + verdict + "\n"
        answer.unread = [w for w in answer.unread if w.lower() not in said.lower()]
        return answer

    def _claim_checked(self, question: str, previous: Answer | None) -> Answer | None:
        """"Is it true that China took 40% of Russia's imports in 2022?": the claim's figure,
        as crr holds it, for the asker to judge the claim by; None when the claim states no
        figure, or names none crr holds (crr judges no claim, nor answers it with an event)."""
        if (checked := self._number_after_checked(question, previous)) is not None:
            return checked
        if not CLAIM_WORDS.search(question) and not (STATEMENT.match(question.strip()) and not ASKING_WORD.search(question)):
            return None
        claim = claimed(question)
        if not claim or FUTURE_CLAIM.search(claim):
            return None  # (a claim of what is to come is a forecast, which no figure held checks)
        if not NUMBER_IN_CLAIM.search(YEAR.sub(" ", claim)):
            # A claim with no figure of its own but a year is not checked against a figure
            # first: one that states an event ("fact check: Xi visited Moscow in March 2023")
            # is asked as it stands, as the same words with nothing around them are, and
            # answered with the event's record and its date.
            answer = self._ask_whole(claim, previous)
            if answer.answered and answer.kind in ("when", "what_happened"):
                answer.question = question
                answer.reading["summary"] = (answer.reading.get("summary", "") +
                                             " (the claim read as a question: the record crr holds, to judge it by)")
                return answer
            if (place := FIRST_PLACE_STATED.match(claim.strip().rstrip(".!?"))):
                # "Story says Russia is China's top crude supplier": the place claimed, asked
                # as a question of it is ("is Russia China's top crude supplier?")
                verb = "was" if place.group(2) in ("was", "became") else "is"
                answer = self._ask_whole(f"{verb} {place.group(1)} {place.group(3)}?", previous)
                answer.question = question
                if answer.reading is not None:
                    answer.reading["summary"] = (answer.reading.get("summary", "") +
                                                 " (the claim read as a question of the place it states)")
                return answer
            if not NUMBER_IN_CLAIM.search(claim):
                return None  # a claim with no figure of its own is not checked against one
        answer = self._ask_one(claim, previous, claim=True)
        if answer.kind in ("who", "when", "what_happened", "error", "help", "sources") \
                or answer.answered and not answer.values:
            return None
        if not answer.answered and not NUMBER_IN_CLAIM.search(YEAR.sub(" ", claim)):
            return None  # (a claim with only a date no figure holds is read as the question reads)
        answer.question = question
        answer.reading["summary"] = (answer.reading.get("summary", "") +
                                     " (the claim read as a question: the figure crr holds, to judge it by)")
        # (a claim asks yes or no, however it is put: "..., correct?", "I read that ...")
        asked = f"is it so that {claim}"
        if answer.answered and answer.kind in ("value", "latest") and (
                verdict := against_the_level(self, asked, answer) or against_the_claim(self, asked, answer)):
            answer.text = answer.text.rstrip("\n") + verdict + "\n"
        # (the claim's own number is what the figure shown is to be judged against: a word used)
        answer.unread = [w for w in answer.unread if not re.fullmatch(r"[\d.]+", w)]
        return answer

    def _events_named(self, question: str, previous: Answer | None, refused: Answer) -> Answer | None:
        """"first joint submarine patrol", "Mishustin visit to Beijing": a few words with no
        question word and no measure, which no figure answers, may name an event; the events
        that have every one of those words are the answer, read as such."""
        if (named := WHAT_WAS.match(question.strip())) and not KEYWORDS_ONLY.match(question):
            question = named.group(1)  # "what was Ocean-2024?": the thing named
        elif previous is None and (named := ABOUT_A_THING.match(question.strip())):
            # "what about the 1994 border security agreement?" with nothing before it: the thing
            # named (after an answer, "what about coal?" turns that answer to coal instead).
            question = named.group(1)
        if refused.kind not in (*compound.FIGURE_KINDS, "unknown", "about") or not KEYWORDS_ONLY.match(question):
            return None
        intent = read(question, self.lexicon)  # a few words: KEYWORDS_ONLY bounds them
        intent.question = question
        if previous is not None and intent.follow_up:
            return None  # "and LNG?" is asked of the answer before, not of the timeline
        if previous is not None and not (intent.subjects or intent.content or intent.people or intent.parties):
            return None  # "which was the biggest?": of what was just shown, no name of an event
        self.resolver.resolve(intent)
        # Another country named ("a joint exercise in Iran", "a drill with Mongolia") must be one
        # of the event's parties: the figures it rules out are no reason to refuse.  Not two
        # countries side by side ("China-Ukraine trade", "US China trade war"): a relation
        # between them, which crr holds no figure or event of.
        phrases = [phrase for phrase, facet in intent.bound.items() if facet == "party"]
        others = {v for phrase in phrases for v in self.lexicon.values_of(phrase, "party") if v in intent.others}
        if others and _side_by_side(phrases, intent.normalized):
            return None
        shapes = FIGURE_SHAPES - {"party"}
        if intent.metric_id and self._leaves_a_kind_of_thing(intent):
            intent.metric_id = None  # "2004 border deal": a deal, which the border's length is not
        # A figure its words name that crr lacks for the time asked ("border war 1969": the
        # border's length) leaves the events of that time, if one has every word.
        # So does one that leaves a word of the question unplaced ("China abstained on the UN
        # vote condemning the invasion": no count of roll calls condemns anything).
        lacking = bool(intent.metric_id and not intent.measures and self._words_beyond(intent, intent.metric_id)
                       and (intent.periods and not self.resolver.holds(intent.metric_id, intent.periods[0])
                            or not intent.periods and refused.unread))
        if intent.metric_id and not lacking or intent.measures or intent.currency or intent.units or intent.judgement \
                or not intent.people and any(rule in shapes for _, rule in intent.rejected[:1]):
            # A figure it names, held for other times ("trade 2023"), of another country
            # ("China-Ukraine trade") or the other way ("Russian students in China"), is no event.
            return None
        if any(intent.flow) and TRADED.search(intent.normalized) or all(intent.flow) and any(
                "goods" in self.resolver.facts.ancestors(s) for group in intent.subjects for s in group):
            # "Russia's oil exports to the EU", "Russian wheat to China 2023": a flow of goods,
            # which is a figure, not an event (a strike on a grain terminal)
            return None
        if intent.others and intent.rejected and intent.rejected[0][1] == "party" and TRADE_WITH.search(intent.normalized):
            return None  # "trade with Ukraine": a figure of trade with another country, not an event naming it
        if all(intent.flow) and intent.others and intent.rejected and intent.rejected[0][1] == "party":
            # "Chinese students in the US": a figure crr holds for Russia asked of another
            # country, not an event that happens to name both.
            return None
        intent.kind = "when"  # one event: every word of the question must find it
        rows = self._find_events(intent, limit=3)
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized)) - {"first", "last", "latest"}
        # (a body named, "SCO", is checked among the event's parties below, not among its words)
        terms -= {event_stem(_stem(w)) for phrase in phrases for w in phrase.split()}
        if not rows or self.event_vocab.missing_terms(rows[0], terms) \
                or not others <= set((rows[0]["parties"] or "").split("; ")):
            return None
        title = {_stem(w) for w in re.findall(r"[a-z]+", rows[0]["title"].lower())}
        if lacking and not ((not intent.periods or intent.periods[0].first_day <= rows[0]["date_start"]
                             <= intent.periods[0].last_day)
                            and all(_stem(w) in title for w in self._words_beyond(intent, intent.metric_id))):
            return None  # (an event of another time, or not named by the words, answers no figure of this one)
        if lacking:
            intent.metric_id, intent.candidates, intent.alternatives = None, [], []
        several = [r for r in rows if not self.event_vocab.missing_terms(r, terms)]
        if PLURAL_LAST.search(question) and len({r["claim"] or r["id"] for r in several}) > 1:
            # "joint bomber patrols": several events have every word; each, in order of date.
            intent.kind = "what_happened"
            answer = self._answer_what_happened(intent)
        else:
            answer = self._answer_when(intent)
        if not answer.answered and intent.people:
            # "Shoigu military bloc": his words on it, which say none is made, are no date of
            # one, but they are the events the few words name: listed as such.
            intent.kind = "what_happened"
            answer = self._answer_what_happened(intent)
        if not answer.answered:
            return None
        answer.context = self._context(intent, answer)  # what a follow-up may borrow: the event shown
        answer.reading, answer.unread = reading_of(self, intent, answer)
        return answer

    def _better_at_another_time(self, question: str, previous: Answer | None, answer: Answer) -> Answer | None:
        """"Did the crude pipeline start pumping in 2010?" answered with an event of 2010 that
        says less of it (a statement on nuclear ties) than the event its words find at another
        time (oil flowing in 2011): that one, dated otherwise, as _event_at_another_time gives
        it.  None when the event of the time asked says as much."""
        if previous is not None or not answer.answered or answer.kind != "when" or not answer.events \
                or not YES_NO.match(question.lower().strip()):
            return None
        other = self._event_at_another_time(question, previous, answer.model_copy(update={"answered": False}))
        if other is None or not other.events:
            return None
        intent = read(question, self.lexicon)
        shown, found = (self.store.rows("select * from events where id = ?", (e.event_id,))
                        for e in (answer.events[0], other.events[0]))
        if not shown or not found:
            return None
        # ("the pipeline completed in 2010 began delivering oil in 2011" dates the completion
        # asked of 2011 at another year: no event of 2011's completion)
        act = DONE_ACT.search(intent.normalized)
        said = act and re.search(rf"\b{re.escape(act.group(0)[:5])}\w*\s+in\s+(\d{{4}})\b",
                                 f"{shown[0]['title']}. {shown[0]['summary'] or ''}".lower())
        elsewhere = bool(said) and intent.periods and intent.periods[0].first_day is not None \
            and not intent.periods[0].first_day[:4] <= said.group(1) <= intent.periods[0].last_day[:4]
        if not elsewhere and self._words_met(intent, found[0]) <= self._words_met(intent, shown[0]):
            return None
        return other

    def _event_at_another_time(self, question: str, previous: Answer | None, refused: Answer) -> Answer | None:
        """"Was the friendship treaty signed in 2002?", "is it true that the no limits statement
        was issued in 2021?": a yes or no (or a claim) of an event at a time crr holds no such
        event; the event its words name, dated at another time, is what crr can say of it.
        None when it is no such question, or the words find no event at all."""
        if previous is not None or refused.answered or refused.kind in ("error", "help", "sources", "judgement"):
            return None
        # (or a date put with a bare tag: "sino-soviet split was 1959 yes?")
        claim = claimed(question) or ((tag := BARE_TAG.match(question.strip())) and tag.group(1))
        asked = (claim or question).strip().rstrip("?.! ")
        if not claim and not YES_NO.match(asked.lower()):
            return None
        if NUMBER_IN_CLAIM.search(YEAR.sub(" ", asked)) or MORE_OR_LESS.search(asked):
            return None  # ("did China send 2,500 troops to Vostok 2018?": a figure, no date, is in doubt)
        intent = read(asked, self.lexicon)
        if len(intent.periods) != 1 or intent.periods[0].first_day is None or intent.measures or intent.currency:
            return None
        period = intent.periods[0]
        _, rest = extract_periods(normalized_text(asked, self.lexicon))
        rest = re.sub(r"\s+", " ", re.sub(r"\b(?:in|during|on|by|at|since)\s*$", "", rest.strip(" ,.?"))).strip()
        if not rest:
            return None
        # (a time finer than a year: first the year's, "Xi in Moscow in April 2023": March 2023)
        year = period.first_day[:4]
        tries = [f"when {rest} in {year}?"] if year == period.last_day[:4] \
            and (period.first_day[5:], period.last_day[5:]) != ("01-01", "12-31") else []
        # ("the sino-soviet split was 1959": when was the split)
        if (linked := re.match(r"^(.+?)\s+(was|were|is|happened|took place|occurred)$", rest)) is not None:
            tries.append(f"when {linked.group(2)} {linked.group(1)}?" if linked.group(2) in ("was", "were", "is")
                         else f"when did {linked.group(1)} {'happen' if linked.group(2) == 'happened' else 'take place'}?")
        for asking in [*tries, f"when {rest}?"]:
            when = self._ask_one(asking, None)
            if not when.answered or when.kind != "when" or not when.events:
                continue
            rows = self.store.rows("select date_start, date_end from events where id = ?", (when.events[0].event_id,))
            if not rows:
                continue
            start, end = rows[0]["date_start"], rows[0]["date_end"] or rows[0]["date_start"]
            if start <= period.last_day and end >= period.first_day:
                return None  # (held at the time asked: the refusal stands for its own reason)
            break
        else:
            return None
        text = (f"crr's timeline holds no such event in {period.phrase.removeprefix('in ')}; the event its words find "
                f"is dated otherwise:\n{when.text}")
        # (no yes or no of its own: the timeline is no full record of every event of a kind, and
        # the event shown is of another time; but a question of the date itself, "right
        # month?", "was it in 2013 that ...?", is answered by the date held)
        # (nor of a thing done once, named as the one thing: "was the friendship treaty signed
        # in 1999?" is answered no by the date it was signed)
        once = ONCE_DONE.search(asked.lower()) and re.search(r"\bthe\b", asked.lower())
        # (and a claim that says only when it was: "the lunar station deal was 2019, right?")
        # (not of a thing done again and again, "Xi made a state visit in January 2024", unless
        # it is the first or the last: the timeline is no full record of every visit)
        dated_claim = bool(claim) and DATE_CLAIMED.search(asked) is not None \
            and (not REPEATED_ACT.search(asked.lower()) or re.search(r"\b(?:first|last|only)\b", asked.lower()))
        answer = replace(when, question=question, text=text,
                         answered=bool(DATE_ASKED.search(question) or once or dated_claim))
        answer.reading = dict(when.reading, summary=f"{when.reading.get('summary', '')} (asked of {period.phrase}, "
                                                      "at which crr holds no such event)")
        return answer

    def _events_of_a_kind(self, question: str, previous: Answer | None, refused: Answer) -> Answer | None:
        """"What border agreements did Russia and China sign in 1994?": a kind of thing that
        any figure may be of (agreements, deals), which the figure its other words found (the
        border's length, of no 1994) is not; the events of that time that are of it.  None
        when it is no such question, or no such event is held."""
        if refused.answered or refused.kind not in compound.FIGURE_KINDS or previous is not None:
            return None
        intent = read(question, self.lexicon)
        intent.question = question
        self.resolver.resolve(intent)
        if not (intent.metric_id and intent.periods and not intent.measures and self._leaves_a_kind_of_thing(intent)):
            return None
        intent.metric_id, intent.candidates, intent.alternatives = None, [], []
        intent.kind = "what_happened"
        answer = self._answer_what_happened(intent)
        if not answer.answered:
            return None
        answer.context = self._context(intent, answer)
        answer.reading, answer.unread = reading_of(self, intent, answer)
        return answer

    def _things_named(self, question: str, previous: Answer | None, found: Answer) -> Answer | None:
        """"What were the Russia-China Years of Media?": things asked for by what they are,
        with no measure, which a figure the words barely match (a 2007 rank) is not; the events
        whose title has every word of the question, when there are such.  None otherwise."""
        if not found.answered or found.kind not in compound.FIGURE_KINDS or previous is not None \
                or not THINGS_ASKED.match(question.strip()):
            return None
        intent = read(question, self.lexicon)
        intent.question = question
        if intent.measures or intent.units or intent.currency or intent.numbers:
            return None
        terms = set(self.event_vocab.search_terms(intent.residue or intent.normalized))
        self.resolver.resolve(intent)
        intent.metric_id, intent.candidates, intent.alternatives = None, [], []
        intent.kind = "what_happened"
        # (the events whose titles say every word: "Year of Russian Media in China" and its pair)
        rows = [row for row in self._find_events(intent, limit=25)
                if not self.event_vocab.missing_terms(row, terms, ("title",))]
        if not terms or not rows:
            return None
        draft = Draft(self.store)
        rows.sort(key=lambda r: (r["date_start"], r["id"]))
        text = render("answers/events.txt.j2", events=self._cite_events(draft, rows), total=len(rows),
                      when="any date", what="all", asked="")
        answer = draft.answer(intent, True, "what_happened", "Read as a request for the events the words name.",
                              text, [])
        answer.context = self._context(intent, answer)
        answer.reading, answer.unread = reading_of(self, intent, answer)
        return answer

    def _words_beyond(self, intent: Intent, metric: str) -> list[str]:
        """The question's words that the figure's own words do not have ("war" of "border
        war 1969", beside the border's length)."""
        words = self.matcher.words_of(metric)
        return [w for w in intent.residue.split() if w.isalpha() and w not in STOPWORDS and _stem(w) not in words
                and w not in words and not self.lexicon.has(w, "party")]

    def _leaves_a_kind_of_thing(self, intent: Intent) -> bool:
        """Whether the question names a kind of thing that any figure may be of ("deal",
        "agreement": a weak subject) that the figure chosen does not name, and the figure
        has nothing for the time asked: a deal about the border is no length of the border."""
        facts, metric = self.resolver.facts, intent.metric_id
        if not intent.periods or self.resolver.holds(metric, intent.periods[0]):
            return False
        words = self.matcher.words_of(metric)
        return any(all(s in facts.weak_subjects for s in group) and not set(phrase.split()) & words
                   for phrase, group in zip(intent.subject_words, intent.subjects))

    def _each_side(self, intent: Intent, previous: Answer | None) -> Answer | None:
        """"Levada poll 2022: Russians' view of China": each side the poll gives, not one alone."""
        sides = self._other_sides(intent) if intent.kind not in ("when", "who", "what_happened") else []
        if not sides:
            return None  # (a date or a name asked is no figure of two sides: "when was Peace Mission 2005?")
        # (a phrase that is the first figure's own name is each figure's own name in its part)
        named = intent.metric_phrase == self.metrics[intent.metric_id].name.lower()
        parts = [self._answer(replace(intent, metric_id=m, alternatives=[],
                                      metric_phrase=self.metrics[m].name.lower() if named else intent.metric_phrase),
                              previous)
                 for m in [intent.metric_id, *sides]]
        if not all(p.answered for p in parts):
            return None
        intent.shown = [intent.metric_id, *sides]  # the reading names both
        intent.alternatives = [m for m in intent.alternatives if m not in sides]
        return compound.join(intent.question, parts)

    def _other_sides(self, intent: Intent) -> list[str]:
        """A poll's other side, for a question that names no side ("how do Russians view
        China?"): the figures whose names differ from the one chosen only in the side."""
        metric = self.metrics.get(intent.metric_id) if intent.metric_id else None
        if metric is not None and (EACH_SIDE.search(intent.normalized) or (
                not intent.parties and not intent.flow[0] and not intent.flow[1] and _SWAP.search(metric.name)
                and metric.measure in ("count", "volume"))):
            # (a figure named for one country when the question names neither: "Peace
            # Mission 2005 troops" is both sides' troops)
            # "How many troops did each side send?": the figure named for the other country too.
            other = _SWAP.sub(lambda m: _SWAPPED[m.group(0)], metric.name)
            return [m for m in intent.alternatives if m in self.metrics and other != metric.name
                    and self.metrics[m].name == other and self.metrics[m].unit == metric.unit][:1]
        if metric is None or "opinion" not in metric.subjects or SIDES.search(intent.normalized):
            return []
        own = SIDES.sub("", metric.name.lower())
        if own == metric.name.lower():
            return []
        return [m for m in intent.alternatives if m in self.metrics and m != metric.id
                and SIDES.sub("", self.metrics[m].name.lower()) == own]


def _side_by_side(phrases: list[str], text: str) -> bool:
    """Whether two of the country names are written side by side ("china-ukraine", "us china",
    "india and russia"): a relation between the two."""
    for a in phrases:
        for b in phrases:
            if a != b and re.search(rf"\b{re.escape(a)}(?:'s)?\s*(?:-|–|and|&|,|/)?\s*{re.escape(b)}\b", text):
                return True
    return False
