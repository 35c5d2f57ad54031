"""The words that say how a follow-up leans on the answer before it: "and after?",
"which was higher?", "since then", "how much of that was from Russia?"."""

from __future__ import annotations

from ..reading.periods import Period
from ..reading.read import NAME_KINDS
from ..reading.words import Lazy

# Words every question about the relationship may use without naming a subject.
COMMON_SUBJECT_WORDS = frozenset(
    "china chinese russia russian russia-china china-russia sino-russian soviet first begin "
    "start sign signed agree agreement year years deal new joint over time latest record highest "
    "lowest peak growth change rise fall grow increase decline compare versus each every trend "
    "history total average most least before after since until when during".split()
)
# A follow-up asking for a part of the figure just given.
PART_OF_THOSE = Lazy(r"\bhow many of (?:those|these|them)\b|\b(?:of|among) (?:those|these|them),? how many\b"
                     r"|^(?:and )?(?:of|among) (?:which|those|these|them)\b")  # "of which naval?"
# A kind of name asked alone, perhaps of a country: "which chinese companies?", "which bank?".
WHICH_KIND_ALONE = Lazy(rf"^(?:and |so )?(?:which|what) (?:(?:chinese|russian|state|state-owned) )?"
                        rf"(?:{NAME_KINDS}|bod(?:y|ies)|institutions?|ministr(?:y|ies)|agenc(?:y|ies)|buyers?|sellers?)"
                        r"(?: (?:was|were) (?:it|they|that))?\??$")
# Every country a thing comes from: "and from all suppliers combined?".
# "And after?", "and before?": the other side of the moment a span was asked of.
AFTER_ALONE = Lazy(r"^(?:and |what about |how about |and what about )?(?:after(?:wards)?|after that|since(?: then)?|later)\W*$")
BEFORE_ALONE = Lazy(r"^(?:and |what about |how about |and what about )?(?:before(?: that)?|earlier)\W*$")


def _the_other_side_of(text: str, period: Period) -> Period | None:
    """The span on the other side of the moment a "before" or "since" span turns on."""
    from datetime import timedelta

    if period.form == "before" and period.end is not None and AFTER_ALONE.match(text):
        start = period.end + timedelta(days=1)
        return Period(f"{start.isoformat()}/..", start, None, "since", period.phrase.replace("before", "since", 1))
    if period.form == "since" and period.start is not None and BEFORE_ALONE.match(text):
        end = period.start - timedelta(days=1)
        return Period(f"../{end.isoformat()}", None, end, "before", period.phrase.replace("since", "before", 1))
    if period.form == "point" and period.label.isdigit():
        # "and before that?" after a year: the year before; "and after?", the year after.
        if BEFORE_ALONE.match(text):
            return Period.point(str(int(period.label) - 1))
        if AFTER_ALONE.match(text):
            return Period.point(str(int(period.label) + 1))
    return None


# A part of the figure shown, by where it came from: "how much of that was from Russia?".
PART_FROM = Lazy(r"\b(?:how (?:much|many)|what) of (?:that|those|it|this|them|the total)\b.*\b(?:from|by|of)\b")
# Events asked outright: "what happened", "what went on", "what took place".
HAPPENED = Lazy(r"\bwhat (?:else )?(?:happened|happens|went on|took place|occurred)\b")
# "What happened to it that year?": what a figure just shown did.
HAPPENED_TO_IT = Lazy(r"\bwhat (?:[\w']+ ){0,4}?(?:happened|happens|happen) to (?:it|that|them|this|those)\b")
ALL_SUPPLIERS = Lazy(r"\b(?:all|every|each) (?:suppliers?|sources?|countries|partners?|sellers?|exporters?)\b|\bworldwide\b"
                    r"|^(?:and |what about |how about )?(?:the |in )?(?:total|overall|all)(?: of them| together| in all)?\W*$"
                    # "and total imports that year?" after those from one country
                    r"|^(?:and |what about |how about )?(?:the |its |their )?(?:total|overall) (?:arms )?(?:imports|purchases)\b")
# "Who is Andrey Belousov?": a question of who someone is.
WHO_IS = Lazy(r"^(?:and )?(?:who|whom) (?:is|was|are|were)\b")
# "And with 2014?", "versus 2010?": another time set against the first of a comparison.
AND_WITH = Lazy(r"^(?:and |what about |how about )?(?:with|against|versus|vs\.?) ")
# "Difference?", "what's the gap?": between the two figures just shown.
GAP_ALONE = Lazy(r"^(?:and |so )?(?:(?:what(?:'s| is| was) )?the )?(?:difference|gap)(?: between (?:them|the two|those|these))?\W*$"
                 r"|^(?:and |so )?how far apart(?: (?:are|were) they)?\W*$")
# "When was that?", "when?": the time of what was just shown, and nothing more.
BARE_WHEN = Lazy(r"^(?:and |so )?(?:since when|from when|when|(?:in |on )?(?:what|which) (?:year|month|date|day))"
                 r"(?: (?:was|is|did) (?:that|it|this)(?: happen)?)?\s*\??$")
# "Which was higher?", "which one is bigger?": of the two figures just talked of.
WHICH_MORE = Lazy(r"^(?:and |so )?which (?:one |year |of (?:them|the two) )?(?:was|is|were|are) "
                  r"(?:the )?(?:higher|bigger|larger|greater|lower|smaller|more|less)\b")
# Once more: "when did he go back for it?", "when did they do it again?".
ONCE_MORE = Lazy(r"\b(?:go|went|come|came|gone) back\b|\bagain\b|\breturn(?:ed|s)?\b|\bthe next time\b")
# "And the second time?" after the date of a first: the same thing, the next time, as asked.
NEXT_TIME = Lazy(r"^(?:and |so |what about |how about |when was |and when was )?(?:the )?(?:second|next|following)"
                 r"(?: time| one| occasion)?\W*$")
# "since" with no time of its own, or "since then": from the time just shown.
SINCE_THEN = Lazy(r"\bsince(?: then| that time| that date)?\s*(?:\??$|\?\s|[,;-]\s|(?=(?:to|by) how\b))")  # ("since? to how much?")
# "From then to 2024": from the time just shown to the one named.
FROM_THEN = Lazy(r"\bfrom (?:then|that (?:year|time|date|point|month))\s+(?:to|until|till|through|on to)\b")
# "Which country had joined before them?": before the time of the figure or event shown.
BEFORE_THEN = Lazy(r"\b(?:before (?:them|that|then|him|her|it|this|those|these)|earlier than (?:that|them|then)|"
                   r"previously|before that time)\b"
                   # ... or said alone: "and before?", "earlier?"
                   r"|^(?:and |so |what about |how about )?(?:before|earlier)\W*$")
# "Was it enlarged later?": after the time of the figure or event shown (not "a year later").
LATER_ON = Lazy(r"(?<!year )(?<!years )(?<!month )(?<!months )\b(?:later(?: on)?|afterwards?|subsequently|thereafter|since then|after that)\b")
# Asked as it is now ("how long is the border?"): no figure of the time of an event shown.
AS_IT_IS = Lazy(r"^(?:and |so )?(?:how (?:long|big|large|wide|much|many)|what) (?:is|are)\b(?!.*\b(?:then|that (?:year|day|time)))")
# A follow-up about the people of the event just shown: "who took part?", "who signed it?".
WHO_OF_PREVIOUS = Lazy(
    r"^(?:and |so )?who (?:took part|takes part|was there|were there|attended|participated|was involved|"
    r"were involved|signed(?: it| that| this| them)?|was present|were present|came|met|went|led it|"
    r"was in it|were they|were the two|are the two|were both|are they|"
    # "who led the Russian side?", "who commanded the Chinese contingent?": one side's leader
    r"(?:led|headed|commanded|represented) (?:the )?(?:chinese|russian) (?:side|contingent|delegation|team|forces|troops|navy))"
    # "who signed for China?": one side's people
    r"(?: (?:for|from|on behalf of) (?:the )?(?:china|russia|chinese side|russian side|beijing|moscow)"
    r"| on the (?:chinese|russian) side)?\s*\??$"
    # "name them", "which were they?" after a count: whom or what it counts
    r"|^(?:and |so |ok,? )?(?:(?:please )?(?:name|list|identify) (?:them|those|these)"
    r"|(?:who|which) (?:are|were) (?:they|those|these|the ones))\s*\??$")
# "Who refused?", "and who declined?": a verb alone, of the event just shown.
BARE_ACT = Lazy(r"^(?:and |so |but )?who (?:was |were |got |had been |has been )?([a-z]+ed)"
                r"(?: to [a-z]+(?: (?:him|her|them|it|with him|with her|with them))?)?\s*\??$")  # "who refused to meet him?"
EVENT_KINDS = frozenset({"what_happened", "when", "who", "count_events", "label", "balance", "name", "reason"})
# "Who signed the deal?": the thing named is one the events just shown speak of.
THE_THING_SHOWN = Lazy(r"^(?:and |so )?who (?:signed|negotiated|agreed|brokered|struck|announced|proposed|built|"
                       r"financed|led|made) the (deal|agreement|treaty|contract|pact|accord|statement|memorandum|"
                       r"project|pipeline|loan)\W*$")
# "When was the contract signed?" after gas began to flow: the date of the deal the events
# just shown speak of, not any contract's.
WHEN_OF_THE_THING_SHOWN = Lazy(r"^(?:and |so )?when (?:was|were|did) (?:the|its|their|that) (deal|agreement|contract|"
                               r"pact|accord|memorandum|loan)(?: (?:get |first )?(?:signed|agreed|struck|announced|made|"
                               r"concluded|reached|sealed|finali[sz]ed))?\W*$")
# The words a deal goes by: a contract asked of is the deal or agreement an event names.
DEAL_WORDS = ("deal", "agreement", "contract", "pact", "accord")
# The first or last of what was just shown: "which was the last of those?", "the first
# time, I mean", "and the earliest one?".
ORDER_OF_SHOWN = Lazy(r"^(?:(?:and|so|ok|no|sorry),? )?(?:(?:which|what|when) (?:was|is|were) )?(?:the )?"
                      r"(first|earliest|last|latest|most recent)(?: (?:one|time|of (?:those|them|these)))*"
                      r"(?:,? i mean)?\W*$")
# "When was it demarcated?": an act done to the thing just shown.
IT_DONE = Lazy(r"^(?:and |so )?when (?:was|were|did) (?:it|they) \w+(?: \w+)?\??$"
               # "when is it due to start deliveries?", "when will it open?": an act of the thing shown
               r"|^(?:and |so )?when (?:is|are|will|was|were) (?:it|they) (?:due|set|expected|planned|scheduled|meant|supposed)?"
               r"(?: to)? ?\w+(?: \w+)?\??$")
# "How big was it?": the size of what was just shown, a figure.
HOW_BIG = Lazy(r"^(?:and |so )?how (?:big|large|much|many|high|small|long)\b")
# "Which was the first?", "and the last?": one of the things a count just shown counts.
WHICH_FIRST = Lazy(r"^(?:and |so )?(?:(?:which|what) (?:was|were|is) )?the (?:first|last|latest|earliest|most recent)(?: one)?\??$")
ONE_OF_THEM = Lazy(r"\b(?:the (?:first|last|latest|earliest|most recent|next) ones?|th(?:at|is) one)\b")
POINTED_NOUN = Lazy(r"\b(?:this|that|these|those) ([a-z]+)\b")
OTHER_WAY = Lazy(r"\b(?:other (?:direction|way)|the reverse|reversed?|vice versa|opposite direction)\b")
# "what total did Russia report?" after one way of a flow: both ways together.
BOTH_WAYS = Lazy(r"\b(?:total|both ways|both directions|two-way|combined)\b")
# "Why so low?", "why the drop?": a word of a figure's level or its change.
SO_LEVEL = Lazy(r"\b(?:so|that|this) (?:low|high|big|small|large|much|little|few|many|fast|slow|sharp|steep)\b"
                r"|\b(?:the )?(?:drop|fall|fell|rise|rose|jump|jumped|dip|dipped|spike|surge|decline|declined|grow|grew|growth"
                r"|increase|decrease|change|gap|difference)\b")
WHY = Lazy(r"(?:and |but |so )?(?:why|how come|for what reason)\b")
SHIFT_WORDS = Lazy(r"\b(?:the |a )?(?:next|following|previous|preceding|prior) (?:month|year)\b"
                   r"|\b(?:the |a )?(?:month|year) (?:after|before|later|earlier)\b")



# "and the border war?": another thing named, nothing else asked.
AND_A_THING = Lazy(r"^(?:and|what about|how about) (?!(?:the |its |their )?(?:other|same|next|previous|year|one|according)\b)"
                   # (an order alone asks of what was shown: "and the second?"; with a thing named,
                   # "and the first coast guard patrol?", it is another thing)
                   r"(?!(?:the |its |their )?(?:first|second|third|fourth|fifth|last)(?: (?:one|ones|time|times))?\W*$)"
                   r"(?:the |its |their )?[a-z][a-z' -]*$")
# How often people did something, over their years, not at one event.
FREQUENCY = Lazy(r"\bhow (?:often|frequently)\b|\bhow many times\b")
# The date of a figure shown, asked: "when was it released?", "when was the poll taken?".
# ("when was that?" alone is of the event the figure is of, which may give the day)
_FIGURE_DATED_BY = (r"(?:first )?(?:released|published|taken|conducted|carried out|done|held|made|issued|out|measured|"
                    r"recorded|compiled|collected|fielded|reported|come out)")
FIGURE_DATED = Lazy(rf"^(?:and |so |ok )?when (?:was|were|did) (?:(?:it|that|this|they|those) {_FIGURE_DATED_BY}|the (?:poll|"
                    rf"survey|figure|data|number|estimate|study|report|census|count|reading)(?: {_FIGURE_DATED_BY})?)\s*\??$")
# The whole a share shown is of: "what about the total?", "and total imports that year?".
WHOLE_ASKED = Lazy(r"^(?:and |so |ok |what about |how about |and what about |what was |what is |and what was )?(?:the )?"
                   r"(?:total|whole|overall|all of it|grand total)(?: [a-z]+){0,2}?(?: (?:that|the same) year| then)?\s*\??$")


# A request that asks for names as "which" does: "name the ...", "list the ...".
NAMING = r"(?:name|identify|list|give) (?:all )?the"
