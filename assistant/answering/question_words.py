"""The words of a question that the engine reads before choosing how to answer it: what
one country sells the other, what someone did, a thing pointed at, a year asked of a peak,
a word of talk before the question."""

from __future__ import annotations

import re

from ..reading.words import Lazy

# "What does China sell to Russia?": the products of one country's sales to the other.
COMPOSITION = Lazy(r"\bwhat (?:doe|does|do|did) @(?:china|russia) (?:sell|export|ship|supply|buy|import)\b"
                         r"|\b(?:main|top|biggest|largest|leading|key) (?:export|import|good|product)\b"
                         r"|\bcomposition\b|\bwhat (?:good|product)\b|\bexport (?:mix|basket)\b"
                         # as a learner asks it: "what China export to Russia most?", "the main
                         # thing China export to Russia"
                         r"|^what @(?:china|russia) (?:sell|export|ship|supply|buy|import)s? (?:to |from )?(?:@(?:china|russia) )?most\b"
                         r"|\b(?:main|top|biggest|largest|leading|key) (?:thing|things|goods|products|items) (?:that )?"
                         r"@(?:china|russia) (?:sell|export|ship|supply|buy|import)")
# "The main groups of Russia's imports", "top categories of its exports", "the breakdown of
# China's exports": the goods of a flow, whatever else the question's form asks.
CATEGORIES = Lazy(r"\b(?:main|top|biggest|largest|leading|key|product) (?:categor|group|item|commodit)[a-z]* "
                  r"(?:of |in |that |which )?(?:@(?:china|russia)(?:'s)? )?(?:export|import|sell|sold|buy|bought|ship|suppl)"
                  r"|\b(?:breakdown|make-?up|structure) of (?:@(?:china|russia)(?:'s)? )?(?:export|import)"
                  # "break down China's exports to Russia by main category"
                  r"|\bbreak(?:s|ing)? down (?:@(?:china|russia)(?:'s)? )?(?:export|import)[a-z]*(?: (?:to|from) @(?:china|russia))?"
                  r" by (?:main |product |broad )?(?:categor|group|product|good)")

# "What did Russia export to China?": the goods, or else the flow as a whole.
WHAT_FLOWED = Lazy(r"\bwhat (?:doe|does|do|did) @(?:china|russia) (?:sell|export|ship|supply|buy|import)\b")

# "What did Fu Ying say in 2016?": a question about what someone did.
PERSON_ACTS = Lazy(r"^(?:and )?what (?:did|does|has|have) .+? (?:do|done|say|said|tell|told|sign|signed|"
                   r"announce|announced|propose|proposed|visit|visited|agree|agreed|warn|warned|promise|"
                   r"promised|claim|claimed|offer|offered|ask|asked|discuss|discussed|decide|decided)\b")


# "What is the SCO?", "tell me about the SCO": a body asked about as a whole.
# "And the submarine patrol?": one thing named as known.
THE_THING_NAMED = Lazy(r"^(?:and|what about|how about) the ")
# "Who signed it?", "when was it ratified?": a verb of a thing only pointed at.
POINTING_ACT = Lazy(r"^(?:and |so )?(?:who|whom|when) (?:(?:did|was|were|is|has|had) )?([a-z]+) (?:it|that|this|them|those)\??$")
# "peak year", "the year of the record": a year asked of a peak or a low.
YEAR_ASKED = Lazy(r"^(?!.*\bhow (?:many|much)\b).*(?:\b(?:peak|record|highest|lowest|top|best|worst) (?:year|month)\b"
                  r"|\b(?:which|what) (?:year|month)\b|\bwhen\b|\b(?:year|month) of (?:the |its )?(?:peak|record|high|low)\b)")
BODY_ASKED = Lazy(r"^(?:what (?:is|are|was|were) (?:the )?\S+(?: \S+)?|tell me (?:more )?about (?:the )?\S+(?: \S+)?)\??$")




# Words of talk that open a question: "ok and ...", "right, so ...", "hmm, ...".
# "The other way round? Russia's share of China's imports?": a turn's pointer, then the question
# it points to in full, which is what is asked.
POINTER_THEN_QUESTION = Lazy(r"^(?:and |so |what about |how about )?(?:the |in the )?(?:other way(?: round| around)?|reverse|vice versa|"
                             r"conversely|opposite direction|other direction)\s*\?\s+(?=(?:\S+\s+){2,}\S)", re.IGNORECASE)
INTERJECTION = Lazy(r"^(?:(?:ok|okay|k|right|alright|all right|well|hmm+|cool|great|thanks|thank you|got it|i see|nice|"
                    r"yo|hey|hi|hello|um+|uh+|oh|ah)"
                    r"\b[,.!]*|(?:fine|sure|perfect|interesting|good|understood|noted|excellent)[,.!]+"
                    # "Yes or no: is it an alliance?": how to answer, which a yes-or-no question says already
                    r"|(?:yes or no|yes/no|yes-no|true or false)\s*[:,.?-])\s+(?=\S)", re.IGNORECASE)
