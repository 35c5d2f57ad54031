"""The kind of a question: a figure, its change, its series or extremes, a
date, what happened, who, how many times, help, or a follow-up."""

from __future__ import annotations


from .periods import Period
from .words import Lazy

KIND_WORDS = [
    ("help", r"^(?:help|\?|what can (?:i|you) ask|what can you do|examples?|how do i use)"),
    ("series", r"\bover time\b|\bby year\b|^(?:please )?(?:trace|track|chart|plot)\b|\bper year\b|\beach year\b|\bseries\b|\btrend\b|\bhistory of\b|\bevery year\b|\byear[- ]by[- ]year\b|\ball years\b"),
    # "The biggest drop", "fell the most": the largest change from one year to the next.
    ("swing", r"\b(?:biggest|largest|sharpest|steepest|greatest|worst|strongest|fastest|steepest|most)\s+"
              r"(?:annual\s+|yearly\s+|one-year\s+|single-year\s+|year-on-year\s+)?"
              r"(?:drop|fall|decline|decrease|contraction|slump|plunge|rise|increase|jump|growth|gain|change|swing|surge)s?\b"
              r"|\b(?:fell|fall|dropped|drop|declined|decline|decreased|decrease|shrank|shrink|rose|rise|grew|grow"
              r"|increased|increase|jumped|jump|changed|change)\s+(?:the\s+)?(?:most|fastest|furthest|sharpest|hardest)\b"),
    # "lowest on record" is a low: the lowest words are read before "record".
    ("lowest", r"\b(?:lowest|minimum|min|smallest|(?<!\bat )least|bottom|weakest|quietest|record low|(?:its|an all-time) low|low point)\b"
               # "the worst SIPRI year", "the year exports bottomed out": the year of the lowest figure
               r"|\b(?:worst|poorest|slowest) (?:single |full |calendar )?(?:year|month)s?\b|\bbottom(?:ed|s)? out\b"),
    # "the top 3 years": the highest of the yearly figures, several of them
    ("peak", r"\btop (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ ){0,3}?years?\b"),
    # "record" as a noun, not the verb ("what did Russia record as its imports", "to record").
    # ("the biggest supplier", "the main source", "the largest group of students": a place among
    # others, not a figure's peak)
    ("peak", r"\b(?:peak|(?<!\bto )(?<!\bdid )(?<!\bdoes )(?<!\bdo )(?<!\bdashboard )(?<!\bsipri )(?<!\bcustoms )(?<!\bwikipedia )"
             r"(?<!\bsource )(?<!\bsources )(?<!\bdata )(?<!\bthey )(?<!\bit )record(?!\s+(?:as|that|its|their)\b)|highest|maximum|max|busiest|"
             r"(?<!world's )(?<!worlds )(?<!world )(?<!global )(?:largest|biggest)(?! (?:[\w-]+ ){0,2}?(?:suppliers?|sources?|partners?|buyers?|customers?|markets?|destinations?|sellers?|vendors?|groups?|contingents?|"
             r"exporters?|importers?|providers?|senders?|countr(?:y|ies) of origin)\b)"
             r"|most ever|most valuable|all-time high|its high|high point|high-water mark)\b"
             # "the top year", "Power of Siberia's best year so far": the year of the highest figure
             r"|\b(?:top|best|strongest|bumper) (?:single |full |calendar )?(?:year|month)s?\b"
             # "the most exercises in one year": the highest of the yearly figures
             r"|\bmost\b(?:\s+\S+){0,5}?\s+in (?:one|a|a single|any|any one|a given) year\b"
             # "which year had the most crude": the year of the highest figure ("most of": a majority)
             r"|\b(?:which|what) (?:year|month)\b(?:\s+\S+){0,12}?\s+(?:the\s+)?most\b(?!\s+of\b)"
             r"|\bthe (?:year|month) with the most\b(?!\s+of\b)"),
    ("latest", r"\b(?:latest|most recent|recent|recently|lately|of late|current|currently|now|nowadays|today|newest|last known|these days|final (?:year|value|figure|reading|data point)s?)\b"),
    ("change", r"\b(?:vs\.?|versus|compare[ds]?|comparison|change[ds]?|grow|grew|grown|growth|increase[ds]?|decrease[ds]?|decline[ds]?|fell|fall|drop(?:ped)?|rise|rose|risen|shr[iau]nk(?:en)?|contracted(?! (?:to|with|for)\b)|slump(?:ed|s)?|plunge[ds]?|climb(?:ed|s)?|gain(?:ed|s)?|difference|move[ds]?|jump(?:ed|s)?|shift(?:ed|s)?|evolv(?:e|ed|es|ing)|slip(?:ped|s)?|slid(?:e|es)?"
               # words of a sharp change: "did trade collapse in 2025?", "did oil sales take off?"
               r"|collaps(?:e|ed|es)|crash(?:ed|es)?|tumbl(?:e|ed|es)|plummet(?:ed|s)?|soar(?:ed|s)?|surg(?:e|ed|es)"
               r"|recover(?:ed|s|y)?|rebound(?:ed|s)?|bounce[ds]? back|(?:slow|slowed|slows|slowing)(?: down)?"
               r"|doubl(?:e|ed|es)|tripl(?:e|ed|es)|halv(?:e|ed|es)"
               r"|slump|(?:take|took|taken|takes) off)\b"
               # "between 2019 and 2023, how many more tonnes went to China": the change, no sum
               r"|\bhow (?:many|much) (?:more|less|fewer)\b"
               # "how did trade develop since 2022?", "how has it fared?"
               r"|\bhow (?:did|has|have|does|do) (?:[\w'-]+ ){1,5}?(?:develop(?:ed)?|fared?|evolved?)\b"
               # "more crude in 2021 than in 2020": two times compared (not "more than 100 bn", nor
               # "more than a quarter": a level)
               r"|\b(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater)\b(?:\s+\S+){0,8}?\s+than\b"
               r"(?!\s+(?:usd\s+|us\$\s*|\$\s*)?(?!(?:19|20)\d\d\b)\d)"
               r"(?!\s+(?:a |one )?(?:half|third|quarter|fifth|tenth|majority|two thirds|three quarters)\b)"),
]



# --- question kinds --------------------------------------------------------

# Each kind of event question: how such a question starts (matched at its start only)
# and words that say it anywhere; the first kind either finds is the question's.
# "Who said so?", "according to whom?", "says who?": whose word the answer before is (a
# source of a figure; the people of an event, who said what it records).
WHO_SAID_IT = (r"(?:and |but )?(?:who|whom) (?:says|said|claims|claimed|reports|reported|published|gives|gave)"
               r"(?: (?:so|that|this|it))?\W*$|(?:and |but )?(?:according to|per|says|said by|reported by) (?:whom|who)\W*$")
WHO_SAID = Lazy(WHO_SAID_IT)
EVENT_KIND_PATTERNS = [
    ("help",
     Lazy(r"(?:help|\?|what can (?:i|you) (?:ask|do)|what (?:do|can) you (?:know|answer)$|examples?|how do i use|what questions"
          r"|what (?:topics|subjects|areas|data|figures|things) (?:do|does|can) (?:you|crr|it) (?:cover|hold|have|know|answer)\b)"),
     Lazy(r"\bwhat (?:kinds?|sorts?|types?) of questions\b|\bwhat can i ask\b")),
    ("sources",
     Lazy(r"(?:and )?(?:the )?(?:sources?|citations?|cite( it| that| this)?|references?|where (?:is|does) (?:that|this|it) (?:come )?from)\b"
          # "which source says 76?", "whose figure is that?"
          r"|(?:and )?(?:which|what) (?:sources?|documents?|of the (?:two )?(?:sources|documents)) (?:says?|gives?|has|have|reports?|is|are|puts?)\b"
          r"|whose (?:figure|number)s? (?:is|are)\b"
          # "who says 76%?", "who gives 79?": the source of a figure just shown
          r"|(?:and )?who (?:says|said|gives|gave|puts it at|reports|reported|has) (?:the )?(?:usd |\$)?\d[\d.,]*\b"
          # "what's the source for the 245 billion figure?"
          r"|(?:what(?:'s| is| are| was)|give me|show me) (?:the )?(?:sources?|citations?|references?) (?:for|of|behind)\b"
          # "what are the sources?", "what are your sources?": of the answer before, or all of crr's
          r"|(?:what(?:'s| is| are| were)|which are|list|show me|give me) (?:the |your |crr's |its )?(?:sources?|references?)\W*$"
          # "who said so?", "according to whom?", "says who?": whose word the answer before is
          rf"|{WHO_SAID_IT}"
          # "which source?", "what source was that?": of the answer before
          r"|(?:and )?(?:which|what|whose) (?:sources?|data|dataset)(?: (?:is|was|were|are) (?:that|this|it|those|these))?\W*$"),
     None),
    ("count_events",
     None,
     Lazy(r"\bhow (?:many times(?! (?:bigger|larger|more|higher|greater|smaller|as|over|the))|often)\b|\bnumber of (?:times|meetings|visits)\b")),
    ("when",
     Lazy(r"(?:when|since when|by when|until when|till when|from when)\b|(?:on |in |from |since )?(?:exactly |precisely )?(?:what|which) (?:exact |precise |specific |particular )?(?:date|year|month|day)\b"
          # "the year Russia started selling S-400s", "date of the gas deal", "exact date Yukos said ..."
          # ("in the year of 2022 how much LNG": a learner's "in 2022", a time given)
          # (nor "the year before the invasion", "last year's LNG": a time given)
          r"|(?:the |in the )?(?:exact |precise |specific )?(?:year|date|month|day)(?: of| when| that| in which)?\b(?!(?: of)? \d{4}\b)"
          r"(?! (?:before|after|following|preceding)\b)(?!['’]s\b)(?![ -](?:on[ -]year|over[ -]year|by[ -]year|to[ -]date|by[ -]month|on[ -]month|by[ -]day|by[ -]week|by[ -]quarter))"
          r"|(?:the |in the )?(?:first|last) (?:year|month|time|date)\b(?!['’]s\b)"
          # "exact signing date of the treaty", "launch day of ...": an act's date
          r"|(?:the )?(?:exact |precise |specific )?(?:signing|signature|start|starting|opening|launch|founding|completion|"
          r"delivery|handover|release|inauguration|commissioning) (?:date|day)\b"
          r"|(?:list|name|give(?: me)?|show(?: me)?) the (?:years|dates|months)\b|(?:in |over |during |across )?(?:which|what) (?:years|months)\b"
          r"|(?:the )?(?:years|dates|months) (?:when|in which|that|where)\b"),  # "years when it was above 90%"
     Lazy(r"\bwhen (?:was|did|were|is)\b|\bsince when\b|\bthe (?:exact |precise )?date of\b"
          r"|(?:\s[-–—:]\s?|, )(?:exact |precise )?date of\b"  # "Wang Yi and Lavrov - date of their last meeting?"
          r"|\b(?:over|during|across|in|between) (?:what|which) (?:months|years)\b"
          # ("what was the first day's trading volume?": a figure of that day, no date)
          r"|^(?:what|which) (?:was|is|were) the (?:first|earliest|last|final) (?:year|month|date|day)\b(?!['’]s)"
          r"|^(?:what|which) (?:was|is|were) the (?:exact |precise |specific )?(?:(?:planned|expected|scheduled|projected|target|official) )?"
          r"(?:(?:start|starting|opening|signing|launch|founding|"
          r"closing|end|ending|completion) )?(?:date|day)\b(?![- ](?:on|by|to)\b)(?!['’]s)|\b(?:in|on) (?:what|which) (?:year|month|date|day)\b|\bwhen\s*$|\bwhat date\b|\b(?:what|which) (?:year|month|day)\s*$"
          r"|^(?!.*\b(?:what|how|which|who)\b).*\b(?:date|exact date)\s*$")),  # "li shangfu trip date"
    ("who",
     Lazy(r"(?:(?:by|with|to|from|for) (?=whom\b))?(?:who|whom|whose|whos)\b|(?:name|identify) (?:the(?! (?:first|last|earliest|latest|most recent) )"
          # ("name the seas of the 2015 and 2017 manoeuvres": places, which the events' titles give)
          r"(?! (?:[\w-]+ ){0,2}(?:seas?|places?|locations?|venues?|cities|sites?|waters)\b)"
          # ("name the joint exercises of 2024": the events, which are listed)
          r"(?! (?:[\w-]+ ){0,2}(?:exercises|drills|patrols|meetings|visits|summits|treaties|agreements|deals|sanctions|events)\b)"
          r"|all|every|them|those|these)\b|list (?:them|those|these)\b"
          # "company exported 38.8 bcm gas china 2025", "pollster found 88% ...": a terse who, its doer first
          r"|(?!.*\b(?:what|how|which|when|where)\b)(?:the )?(?:[\w-]+ ){0,2}(?:compan(?:y|ies)|firms?|pollsters?|banks?|refiner(?:y|ies)|makers?) (?:that |which |who )?"
          r"(?:[a-z]+ed|sent|sold|bought|found|won|got|led|ran|paid|gave|took|made|built|put up)\b"
          # "list the firms": names; "list the treaties": events (below)
          r"|list (?:the|all|every)(?: [\w-]+){0,3}? (?:people|persons|leaders|officials|ministers|presidents|premiers|"
          r"diplomats|envoys|ambassadors|firms|companies|banks|pollsters|countries|names|members|signatories|"
          r"participants|makers|producers|exporters|importers|suppliers|buyers|refiners|refineries)\b|(?:the )?names? of (?!(?:the )?(?:share|value|number|amount|figure|total)\b)"
          r"|what (?:is|was|are|were) the (?:longest|largest|biggest|smallest|main|leading|top)\b"
          # (not "what was the largest annual value of crude imports?": a figure's extreme)
          r"(?! (?:[\w-]+ ){0,2}?(?:values?|shares?|numbers?|amounts?|figures?|totals?|volumes?|levels?|annual|yearly|"
          r"monthly|imports?|exports?|trade|rises?|falls?|drops?|increases?|decreases?|changes?|growth|gaps?|surplus\w*|deficits?)\b)"
          # "what is his name?", "what was she called?": a person asked for by name
          r"|what(?:'s| is| was) (?:his|her) name\b|what (?:is|was) (?:he|she) called\b"
          # "which were the 8 firms", not "what was the 2014 gas deal"
          r"|(?:which|what|name|list)(?: (?:were|are|was|is))?(?: (?:some|any|all|a few|several|one|two|three)(?: of)?)?"
          r"(?: the)? (?!(?:1[89]|20)\d\d\b)\d+ \w+"
          # "what are the two Yamal LNG projects ...?": things counted by word, asked by name
          r"|^(?:which|what) (?:were|are|was|is) the (?:two|three|four|five|six|seven|eight|nine|ten|both) (?:[\w-]+ ){0,3}?"
          r"(?:projects|firms|companies|banks|ministers|leaders|officials|presidents|premiers|men|women|people|persons|"
          r"countries|states|cities|ports|islands|terminals|fields|plants|refineries|ventures|pollsters|makers|"
          r"producers|suppliers|buyers|jets|fighters|aircraft|systems|ships|submarines|destroyers|routes)\b"
          # "which ..." asks for a name, unless it asks for a time or a share
          # ("which China-Russia events": a list of events)
          r"|which (?!(?:share|percentage|proportion|portion|part|year|years|month|months|date|dates|day|days|period|time|ones?|"
          # ("which volume of gas ...": a learner's "what volume", a figure)
          r"rank|ranking|place|position|spot|volume|amount|sum|quantity|number|value|level|size|total|percent)\b"
          # ("which were the two highest years": years, ranked)
          r"|(?:were|are|was|is) the (?:[\w-]+ ){0,2}?(?:years?|months?)\b"
          # "which is bigger, A or B?": a comparison of figures, no name
          r"|(?:is|was|are|were) (?:the )?(?:bigger|larger|higher|greater|smaller|lower|more|less)\b"
          # "which is Russia's biggest export to China?": a good, which its share names
          r"|(?:is|was|are|were) (?:the )?(?:[\w-]+'s )?(?:biggest|largest|main|top|leading|chief|principal) "
          r"(?:exports?|imports?|products?|goods|commodit(?:y|ies)|items?)\b"
          r"|(?:\S+ ){0,3}(?:events?|developments|happenings|milestones|exercises|drills|manoeuvres|maneuvers|"
          r"patrols|treaties|agreements|summits|visits|incidents|cases)\b)\w+"
          r"|which\b(?:\s+\w+){0,2}\s+(?:person|people|leaders?|ministers?|officials?|diplomats?|presidents?|premiers?|envoys?)\b"
          # "what Chinese arms maker shipped ...": a name, as "which" asks one
          r"|^what (?!(?:[\w-]+ ){0,3}?(?:share|portion|percentage|proportion|number|percent|fraction|part|amount|value)\b)"
          r"(?:[\w-]+ ){0,3}?(?:pollster|compan(?:y|ies)|firms?|banks?|makers?|producers?|exporters?|suppliers?|refiner(?:y|ies)|islands|islets|ports|terminals|oilfields|provinces)\b"
          r"(?! (?:share|value|number|count|volume|figure|stake)s?\b)(?!'s)"
          # "Kremlin spokesman who brushed off the plan?": a role, and who held it then
          r"|(?:the )?(?:[\w'-]+ ){0,3}(?:spokes\w+|ministers?|officials?|diplomats?|presidents?|premiers?|envoys?"
          r"|ambassadors?|generals?|leaders?|chiefs?|heads?|compan(?:y|ies)|firms?|banks?) who\b"),
     Lazy(r"(?:\bwho (?:signed|attended|visited|met|led|hosted|took part)\W*$)|"
          # "Wang Yi told which EU official ...": a name asked after the verb that acts on it
          r"\b(?:told|tells|tell|met|meets|meet|called|phoned|visited|named|sanctioned|targeted|hosted|received|"
          r"invited|backed|critici[sz]ed|blamed|thanked|warned|accused) which\b|"
          r"(?:^|, |\bbesides (?:\w+ ){1,2}|^(?:through|via|from|to|with|by|in|into|for|of) )which (?:\w+ ){0,4}?(?:pollsters?|compan(?:y|ies)|firms?|refiner(?:y|ies)|banks?|countr(?:y|ies)|"
          r"organi[sz]ations?|institutes?|ministr(?:y|ies)|agenc(?:y|ies)|makers?|producers?|"
          r"exporters?|importers?|suppliers?|markets?|destinations?|buyers?|customers?|pair)\b|\bambassador\b|\benvoy\b"
          # "... to help which Russian company buy Yuganskneftegaz?": a firm's name, asked anywhere
          r"|\b(?<!in )(?<!of )which (?:[\w-]+ ){0,2}(?:compan(?:y|ies)|firms?|banks?|refiner(?:y|ies)|makers?|conglomerates?)\b(?! (?:share|value|number|count|volume|figure|stake)s?\b)"
          # "what was the name of the Yukos boss ...?", "give me the name of the firm ...": a person's or a body's
          r"|\b(?:what(?:'s| is| was| are| were)|give me|tell me) the names? of (?:the|a|an|this|that) (?:[\w'-]+ ){0,3}?"
          r"(?:boss|head|chief|leader|president|premier|minister|official|spokes\w+|envoy|ambassador|general|commander|"
          r"executive|ceo|chairman|director|scholar|expert|analyst|compan(?:y|ies)|firm|bank|pollster|refinery|maker|"
          r"agency|ministry|broadcaster|outlet|newspaper)s?\b"
          # "to which port?", "a shareholder in which Russian oil major": a name asked mid-question.
          r"|\b(?:through|via|from|to|with|by|in|into|for|at|on) which (?!(?:share|percentage|proportion|"
          r"years?|months?|days?|dates?|periods?|times?|ways?|extent|case|currenc\w*|categor\w*|"
          r"sectors?|units?|products?|goods|items?|"
          # "roll calls in which both voted": a clause about what is counted, no name asked
          r"both|the|a|an|they|it|he|she|we|china|russia|beijing|moscow|all|each|every|its|their)\b)[a-z]")),
    ("what_happened",
     Lazy(r"where (?:(?:in|on|at|near|off) (?:[\w'-]+ ){1,4}?)?(?:did|was|were|is|are|do|does|has|have|had)\b(?!.*\b(?:rank|among)\b)|list (?:the|all|every)\b(?! (?:numbers?|figures?|values?|amounts?|shares?|totals?|counts?|years?|volumes?|levels?|data)\b)"
          # "what was the first joint exercise": an event, not a count of them
          r"|(?:what (?:was|were|is) the names? of|name) the (?:first|last|earliest|latest|most recent) (?=\w)"
          r"|(?:what|which) (?:was|were|is) the (?:first|last|earliest|latest|most recent) "
          r"(?!(?:[\w'-]+ ){0,5}?(?:share|value|number|count|volume|amount|figure|total|level|year|date|month|day|"
          r"imports?|exports?|trade|price|capacity|rate)\b)"
          r"|how did (?:[\w'-]+ ){1,5}?(?:react|respond)\b"  # "how did China react to ...?": what it did
          r"|what did .{3,60}? (?:say|said|declare|announce|propose|claim|warn|promise|agree|sign|conclude|offer|pledge|"
          r"demand|request|suggest|threaten|approve|ban|block|order)\b"
          # (not "what did Russia say it exported?": its own figure of what it traded)
          r"(?! (?:it|they|that it|that they) (?:export|import|sold|bought|shipped|sent|received|traded)\w*)"
          # "what is Norinco accused of?", "what was Huawei sanctioned for?": what it did, its events
          r"|what (?:is|was|are|were|has|have|had) (?:[\w'-]+ ){1,3}?(?:been )?(?:accused|suspected|charged|blamed|sanctioned|"
          r"critici[sz]ed|punished|known|famous|responsible|arrested|convicted) (?:of|for|with)\b"
          # "what was the SCO called before 2001?": a former name, which its events give
          r"|what (?:was|were) the (?:[\w'-]+ ){1,5}?(?:called|known as|named)\b(?! (?:in|on|by)\b)"
          # "how did China vote on the resolutions ...?": how it voted, which its events say
          r"|how did (?:[\w'-]+ ){1,3}?vote\b"
          # "in what country was the SCO exercise held?": where, which its events say
          r"|(?:in|at) (?:what|which) (?:country|city|place|port|region|town|sea|location|province)\b"
          # "what was signed in 2015?": what was done, the events that did it
          r"|what (?:was|were|got|has been|have been|had been) (?:\w+ )?(?:signed|agreed|concluded|announced|launched|decided|opened|unveiled)\b"
          r"|(?:what|which) (?:sanction|deal|agreement|treat(?:y|ie)|exercise|drill|event|step|measure|visit|summit|incident|contract|project"
          r"|statement|declaration|accord|pact|patrol)s?\b(?! (?:share|value|worth|number|count|volume))"
          r"|(?:was|were|has|have|did) there (?:ever )?(?:been )?(?:any|a|an)\b"
          # "were any in the Arctic?": whether some happened, its events
          r"|^(?:and |so )?(?:were|was|are|is|have|has|did) any (?:of (?:them|those|these) )?(?:in|at|near|with|by|of|on)\b"),
     Lazy(r"\bwhat (?:else )?happened\b|\bwhat else (?:did|does|do|has|have|had|was|were) (?:he|she|they|it|[a-z][\w'-]+)\b|\bhappen(?:ed|s|ing)? (?:with|to)\b|\bstory (?:with|of|behind)\b|\bwhat became of\b|(?<!how many )(?<!number of )\bevents?\b|\btimeline\b|\bchronology\b|\bkey dates\b|\bmilestones\b|\bwhat (?:went on|took place)\b|\banything (?:notable|important|happen)|\bwhat did (?:china|russia|they|the two|[a-z][\w'-]+(?: [a-z][\w'-]+)?)\b.*\bdo\b|\bactivity\b|\bnews\b|\bdevelopments\b")),
    ("about",
     Lazy(r"(?:what (?:do you|does crr) know (?:about|on)|(?:what )?(?:can|could) you tell me (?:about|on)|tell me (?:about|on)|"
          # ("About 75% of Chinese respondents said ...": roughly, no subject asked about)
          r"explain|define|describe|info on|information on|about(?! (?:\$|usd |us\$|rmb |eur )?\d| (?:a |one )?(?:third|quarter|half|fifth|tenth|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a dozen|a hundred|a thousand|a million|a billion)\b))\b"
          r"|(?:what is|what's|what are|whats)\s+(?!the\b|a\b|an\b)[\w-]+(?:\s+[\w-]+)?\s*\??$"
          # "what was the resolution about?": what a thing named is about, no figure of it
          r"|(?:and |so )?what (?:was|were|is|are) (?:[\w'-]+ ){1,5}about\s*\??$"),
     None),
]


def read_kind(text: str) -> str | None:
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return None


_KIND_PATTERNS = [(kind, Lazy(pattern)) for kind, pattern in KIND_WORDS]


# "Which reports higher trade, China or Russia?": two reporters' figures compared, no name asked.
REPORTERS_COMPARED = Lazy(r"\b(?:who|which(?: side| country| one| reporter| source)?)(?: [\u2014\u2013-] (?:china|russia) or (?:china|russia) [\u2014\u2013-])? "
                          r"(?:report(?:s|ed)?|record(?:s|ed)?|puts?|"
                          r"counts?|counted|gives?|gave|shows?|showed|has|had) "
                          r"(?:a |the )?(?:higher|more|lower|less|bigger|larger|smaller)\b")


# "Which year had more joint exercises, 2024 or 2025?": one of two times, by their figures.
YEARS_TO_CHOOSE = Lazy(r"^(?:so |and )?(?:in )?(?:which|what) (?:year|month)\b(?=.*\b(?:more|less|fewer|higher|lower|bigger|"
                       r"smaller|larger|greater)\b)(?=.*\b(?:19|20)\d\d\b,? (?:or|and) (?:in )?(?:19|20)\d\d\b)")


def read_event_kind(text: str) -> str | None:
    if REPORTERS_COMPARED.search(text) or YEARS_TO_CHOOSE.search(text):
        return None  # a figure, as each reporter gives it; each time's, to choose between
    for kind, start, anywhere in EVENT_KIND_PATTERNS:
        if (start is not None and start.match(text)) or (anywhere is not None and anywhere.search(text)):
            return kind
    return None


# "Is China (still) the largest source of ...?", "is Russia China's top supplier?": first place asked of a country.
FIRST_PLACE_ASKED = Lazy(r"^(?:is|was|are|were|does|did|has|remains?) (?:the )?(china|russia|beijing|moscow|the prc|the russian federation) "
                         r"(?:still |now |really |actually )?(?:(?:the|its|their|china's|russia's|chinas|russias) )?"
                         r"(?:single |biggest single )?(?:top|largest|biggest|main|leading|number one|no\. 1|#1|chief|principal)\b")
FOLLOW_UP = Lazy(r"^(?:and|what about|how about|and what about|same for|now|ok|okay|then)\b|^(?:in|for)\s+\d{4}\b"
                 # a correction of the question before: "sorry, I meant exports"
                 r"|^(?:(?:no|sorry|oops|ah|actually)\W+)*(?:i )?(?:meant|mean)\b"
                 # words that point back: "how many were naval?", "what share is that?", "of those"
                 r"|^how many (?:of (?:them|those) )?were\b|\b(?:is|was) (?:that|this|it)\s*\??$"
                 r"|\bof (?:those|them|these)\b|^(?:and )?(?:which|what) ones?\b"
                 # a pronoun for what was just shown: "how long was it meant to last?"
                 r"|^(?:how \w+|what) (?:was|is|were|did|does|do|will|would|had|has) (?:it|they|that|this)\b(?! \w+ (?:of|in) \w)"
                 # a time alone, counted from the one before: "the year after?", "a year earlier?"
                 r"|^(?:the (?:next|following|previous|preceding|prior) year|the year (?:after|before)"
                 r"|a year (?:later|earlier|before))\W*$"
                 # whose figures alone: "what did Russia report?", "according to China?", "Russia's figure?"
                 r"|^(?:(?:what|how much) (?:did|does|do) |according to |as |per |by )?(?:the )?(?:china|russia|chinese|russian)"
                 r"(?:'s)?(?: own)?(?: (?:report\w*|figures?|data|numbers?|statistics|stats|side|version|account|customs)"
                 r"(?: (?:say|says|said|show|shows|give|gives))?(?: it)?)?\W*$(?<!^china)(?<!^russia)(?<!^chinese)(?<!^russian)")
COMPARE = Lazy(r"^(?:and )?(?:compare(?:d)?|vs\.?|versus|how (?:did|does|do|is|was) (?:that|this|it) compare)\b")
FOLLOW_UP_MIN_SCORE = 1.0
EXTREME_WORDS = Lazy(r"\b(?:peak(?:ed|s)?|record|highest|maximum|max|largest|biggest|busiest|quietest|lowest|minimum|min|"
                     r"smallest|least|latest|most recent|recent|recently|current|currently|newest)\b")


def metric_kind(kind: str | None, periods: list[Period]) -> str:
    """The kind of a question about a metric, from its words and its periods."""
    # (Three times or more in a list, "in 1993, 2008 and 2020", are each asked: a list, not one change.)
    if kind == "change" and (len(periods) == 2 or any(p.form in ("since", "range") for p in periods)):
        return "change"
    if kind in ("series", "peak", "lowest", "latest", "swing") and not any(p.form == "point" for p in periods):
        return kind
    if any(p.form in ("since", "range", "before") for p in periods):
        return "span"
    if periods:
        return "value"
    return "latest"
