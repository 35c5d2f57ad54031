"""Cues of a question's reading that read.py looks for: a preface of who asks and what
for, a span's length, a rate a year, a percent of a whole, the price of one thing, a
rank's measure, one country ranked among the other's partners, two things set against
each other."""

from __future__ import annotations

import re

from .words import Lazy

# What an asker is writing, before the question: "For a class paper, ...", "For the school report:".
_WRITTEN = (r"(?:paper|essay|thesis|report|assignment|homework|article|piece|story|presentation|project|seminar|"
            r"lecture|dissertation|blog|post|newsletter|podcast|briefing|memo|class|course|coursework|"
            r"feature|column|op-ed|explainer|book|chapter|documentary|talk|"
            # (what a newsroom makes: "for tonight's graphic", "for a TV package", "for the bulletin")
            r"graphic|infographic|chart|graph|map|slide|deck|broadcast|bulletin|segment|package|show|programme|program|"
            r"newscast|caption|headline|script|video|reel|thread|newsletter|lower third)s?")
# Whose piece it is: "for a ...", "for tonight's ...", "for our ...".
_FOR_WHOSE = r"(?:a|an|the|my|our|this|his|her|your|their|tonight's|today's|tomorrow's|this week's|the evening's)"
# "... I'm writing on the energy relationship, could you ...": what the asker is doing with it,
# up to the words that begin the question (the comma is gone from the text read).
_WRITING_ON = (r"(?: (?:i'm|i am|we're|we are|i'll be|i will be) (?:writing|working on|preparing|doing|putting together)"
               r"(?: (?:on|about)(?: (?!(?:could|can|would|please|what|how|when|who|which|where|tell|give|show)\b)[\w'-]+){1,10})?"
               r"(?= (?:could|can|would|please|what|how|when|who|which|where|tell|give|show)\b))?")
WRITING = Lazy(rf"^for {_FOR_WHOSE} (?:[\w-]+ ){{0,3}}?{_WRITTEN}(?: {_WRITTEN})*\b{_WRITING_ON}[,:]?\s*")
# The same preface, as written, up to the comma, colon or full stop that ends it: "For my
# piece on energy dependence, ...", "I'm writing a piece on energy dependence: can you ...".
# (a greeting may open it: "Hi! I'm writing a piece on ... — could you ...?"; a dash may end it)
_GREETING = r"(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|dear crr|hi there|hello there)[!,.]?\s+)?"
_PREFACE_END = r"(?:[,:;]|\s[-–—]+\s)"
PREFACE = Lazy(rf"^\s*{_GREETING}(?:for {_FOR_WHOSE} (?:[\w-]+ ){{0,3}}?{_WRITTEN}\b[^,:;?]{{0,80}}?{_PREFACE_END}"
               r"|(?:i'm|i am|i’m|we're|we’re|we are|i'll be|i will be) (?:writing|working on|preparing|"
               r"researching|doing|putting together|making|building|drawing|producing|creating|designing)\b[^,:;?.]{0,80}?"
               r"(?:[,:;.]|\s[-–—]+\s)"
               # "Graphics desk needs: ...", "news desk here -": which desk asks
               r"|(?:the |our )?(?:[\w-]+ ){0,2}desk (?:needs|wants|asks|here|request)\b[^,:;?.]{0,40}?(?:[,:;.]|\s[-–—]+\s)"
               # "Hello, doing some background reading -": what the asker is doing, and no more
               r"|(?:(?:i'm|i am|we're|we are|just) )?doing (?:some )?(?:background )?(?:reading|research|homework)\b[^,:;?.]{0,40}?"
               r"(?:[,:;.]|\s[-–—]+\s)"
               # "I'm a journalist writing about energy.": who asks, and what for
               r"|(?:i'm|i am|i’m|we're|we’re|we are) an? (?:[\w-]+ ){0,3}?(?:analyst|student|journalist|reporter|"
               r"researcher|writer|editor|teacher|historian|economist|academic|diplomat|official)s?\b[^,:;?.]{0,80}[,:;.]"
               # "As a policy analyst I'd like ...", "Quick check: ...": who asks, and how
               r"|as an? (?:[\w-]+ ){0,3}?(?:analyst|student|journalist|reporter|researcher|writer|editor|teacher|"
               # (what they cover may come between: "As a journalist covering the yuan's rise, I'd like ...")
               r"historian|economist|academic|diplomat|official)s?\b[^:;?.]{0,80}?,? (?:i'd|i would|we'd|we would|i want|we want) "
               r"(?:like )?(?:to know|to ask|to check|to find out)?\b,?"
               r"|(?:quick|short|simple) (?:check|question|one)[,:;.-]?"
               r"|just (?:checking|wondering|curious)[,:;.-]?)\s*", re.I)


# A question a yes or a no answers: "was trade above 200 bn?", "did dual-use exports top 4 bn?".
YES_NO = Lazy(r"^(?:and |so |but )?(?:is|was|were|are|did|does|do|has|have|had)\b")


# A premise before the question, a statement it rests on: "Since the number halved between 2020 and
# 2024, what was ...?", "With arms imports rising every year since 2015, what ...?", "As the deal was
# worth ..., how ...?".  (A verb makes it a statement: "since 2022, how many ...?" is a time.)
PREMISE = Lazy(r"^\s*((?:since|as|because|given that|now that|seeing that|considering that|with|if)\s+[^?,;:]{0,120}?"
               r"\b(?:was|were|is|are|has|have|had|halved|doubled|tripled|quadrupled|rose|fell|grew|dropped|shrank|"
               r"surged|soared|collapsed|plunged|slumped|peaked|overtook|reached|hit|topped|rising|falling|growing|"
               r"dropping|shrinking|surging|soaring|climbing|climbed|declining|declined|increased|increasing|"
               r"decreased|decreasing|picked|(?!hundred\b)[a-z]{3,}ed)\b[^?,;:]{0,120}?),\s+(?=(?:and |so |but |then )?(?:what|how|which|when|who|where|"
               r"did|was|were|is|are|do|does)\b)"
               # ... or a statement, then "but" and the question: "They had 19 interactions since 2022, but
               # how many in 2025 alone?"
               r"|^\s*((?!(?:what|how|which|when|who|whom|where|why|did|does|do|was|were|is|are|can|could|will|would|has|"
               r"have|had|give|show|list|tell|and|so|but)\b)[^?,;:]{3,160}?\b(?:was|were|is|are|has|have|had|met|held|"
               r"signed|made|hit|topped|reached|rose|fell|grew|doubled|halved|(?!hundred\b)[a-z]{3,}ed)\b[^?,;:]{0,120}?),\s+"
               r"(?:but|yet|so)\s+(?=(?:what|how|which|when|who|where|did|was|were|is|are|do|does)\b)", re.I)


LOWER_US = Lazy(r"\b(?:china|chinese|russia|russian|eu|beijing|moscow)[- ]us\b(?! (?:to|with|about|on|in)\b)"
                r"|\bus[- ](?:china|chinese|russia|russian|trade|sanctions|dollars?|treasury|commerce)\b")


# How long a span given is, said of what is asked of it: "the three-year total", "a 5-year average".
SPAN_LENGTH = Lazy(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)[- ](?:years?|months?|decades?) "
                   r"(?=(?:total|sum|average|mean|period|span|stretch|window|change|growth|rise|increase|fall|decline|trend)\b"
                   r"|(?:from |of |between |in |to )?(?:19|20)\d\d\b)")  # "over the five years 2019-2023"
# A rate a year said with a unit: "million tonnes per year", "bcm a year", "bcm/y".
A_YEARS_RATE = Lazy(r"\b(?:per|a) (?:year|annum)\b|/y(?:ea)?r?\b|\bannual(?:ly)?\b")
# A percent taken of a whole: "what percent of", "what % of".
PERCENT_OF = Lazy(r"\b(?:percent|percentage|per cent|pct)(?: share)? of\b|% of\b")
# The price of one thing: "what did each Su-35 cost?", "how much apiece?", "cost per jet".
EACH_ONE_COST = Lazy(r"\beach (?:[\w-]+ ){0,2}?(?:cost|costs|worth)\b|\b(?:cost|costs|worth|priced|paid) (?:for )?"
                     r"(?:each|apiece|per (?:jet|plane|aircraft|unit|fighter|ship|submarine|system|piece|item))\b|\bapiece\b"
                     # "what price per share", "the price of a single Su-35": a unit's price
                     r"|\bprice (?:per|of (?:a|one|each)(?: single)?) (?:share|jet|plane|aircraft|unit|fighter|ship|submarine|system|tonne|ton|barrel)\b")
# Whether a figure ever fell or rose from one year to the next.
EVER_CHANGED = Lazy(r"^(?:was there (?:ever )?(?:a|any) (?:single )?(?:year|month|time)|(?:did|has|have|had) (?!.*\b(?:than|from|between|since)\b).*\bever\b"
                    r"|.*?\b(?:which|what) (?:years|months)\b(?:\s+\S+){0,6}?\s+(?:did|has|have|had|was|were)\b)"
                    r".*\b(?:fall|fell|fallen|drop|dropped|decline|declined|decrease|decreased|shrink|shrank|rise|rose|risen|"
                    r"grow|grew|increase|increased)\b")
# What a rank is ranked by: "by length", "in terms of size".
RANKED_BY = Lazy(r"\b(?:by|in terms of|for) (?:its |their )?(?:length|size|value|volume|area|number|amount|capacity)\b")
# A share asked outright: "what share", "what proportion", "what percentage".
# (or a share of a whole named: "Russian share of Chinese arms imports, SIPRI TIV")
SHARE_ASKED = Lazy(r"\b(?:what|which)(?: (?:was|is|were|are))?(?: (?:the|[\w-]+'s))? (?:share|proportion|percentage|portion|fraction|part)\b"
                   r"|\b(?:share|proportion|percentage|percent|per cent|portion|fraction) of\b")


# One country ranked among the other's partners: "is @russia @china largest trad partner",
# "@china top trad partner is @russia".
# (a place among a country's partners, or among those who sell it a thing: "China's biggest
# oil supplier" ranks the countries that sell China oil)
_PARTNER = r"(?:(?:trad|trade|trading|economic|commercial) partner|supplier|buyer|customer)"
PARTNER_OF = Lazy(rf"@([a-z_]+) @([a-z_]+) (?:[a-z-]+ ){{1,3}}?{_PARTNER}"
                  rf"|@([a-z_]+) (?:[a-z-]+ ){{1,3}}?{_PARTNER} (?:is|was|has been) @([a-z_]+)"
                  # "who is China's largest trading partner?": the one ranked first among China's
                  r"|^(?:and )?(?:who|which(?: country)?|what(?: country)?) (?:is|was|are|were|has been) (?:the )?@([a-z_]+) "
                  rf"(?:[a-z-]+ ){{0,3}}?{_PARTNER}")
AGAINST_NOW = Lazy(r"\b(?:vs\.?|versus|compared (?:to|with)|against|to) (?:now|today|the latest|latest|current(?:ly)?|the present)\b")
GAP_WORDS = frozenset({"gap", "difference", "differ", "discrepancy", "disagree", "apart", "mismatch",
                       # ... or whether they agree: "do EI and customs match?", "is Wikipedia consistent with the Dashboard?"
                       "match", "consistent", "agree", "tally", "align", "same", "square", "line"})
# Two times set against each other ("2024 vs 2022 in percent"): a change asked.
SET_AGAINST = Lazy(r"\b(?:vs\.?|versus|compared?|comparison|against)\b")
